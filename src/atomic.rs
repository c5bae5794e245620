//! Output files that appear whole or not at all. A file is written under a
//! temporary name in its destination folder (same file system, so the
//! final rename is atomic) and renamed into place only when complete: a
//! full disk, an error or a kill midway never leaves a truncated file
//! under the final name, and an older file there stays as it was.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The temporary name `dest` is written under: hidden, beside it, and
/// naming this process.
pub fn temp_path(dest: &Path) -> PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    dest.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

/// Moves a complete temporary file into place (its data synced first, so
/// a late "disk full" is an error here, not a short file later).
pub fn persist(temp: &Path, dest: &Path) -> io::Result<()> {
    File::open(temp)?.sync_data()?;
    std::fs::rename(temp, dest)
}

/// A file being written. `flush` completes it: the data is synced and the
/// file renamed to its final name. Dropped before that, the temporary file
/// is removed.
pub struct AtomicFile {
    file: File,
    temp: PathBuf,
    dest: PathBuf,
    done: bool,
}

impl AtomicFile {
    pub fn create(dest: &Path) -> io::Result<AtomicFile> {
        let temp = temp_path(dest);
        let file = File::create(&temp)?;
        Ok(AtomicFile {
            file,
            temp,
            dest: dest.to_path_buf(),
            done: false,
        })
    }
}

impl AtomicFile {
    /// The error, naming the file it was meant for.
    fn named(&self, e: io::Error) -> io::Error {
        io::Error::new(
            e.kind(),
            format!("cannot write {}: {e}", self.dest.display()),
        )
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.write(buf).map_err(|e| self.named(e))
    }

    /// Completes the file (see the type's documentation); later writes
    /// go on into the renamed file.
    fn flush(&mut self) -> io::Result<()> {
        self.file.flush().map_err(|e| self.named(e))?;
        if !self.done {
            self.file.sync_data().map_err(|e| self.named(e))?;
            std::fs::rename(&self.temp, &self.dest).map_err(|e| self.named(e))?;
            self.done = true;
        }
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Like `std::fs::write`, whole or not at all.
pub fn write(dest: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = AtomicFile::create(dest)?;
    f.write_all(bytes)?;
    f.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_appears_only_when_flushed() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.txt");
        std::fs::write(&dest, "old").unwrap();
        {
            let mut f = AtomicFile::create(&dest).unwrap();
            f.write_all(b"half").unwrap();
            assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old");
        }
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "temp left"
        );
        write(&dest, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
