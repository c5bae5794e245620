//! Output files that appear whole or not at all. A file is written under a
//! temporary name in its destination folder (same file system, so the
//! final rename is atomic) and renamed into place only when complete: a
//! full disk, an error or a kill midway never leaves a truncated file
//! under the final name, and an older file there stays as it was. A
//! destination that is not a regular file (a device, a FIFO) is written
//! into as it is.

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

/// Where the bytes for `dest` go: a regular file (or none yet) is replaced
/// whole through a temporary file beside it, the file a symbolic link
/// points to included (the link stays a link); anything else that exists
/// there (a device such as /dev/stdout, a FIFO) is written into directly,
/// since renaming over it would replace the device with a plain file.
enum Target {
    Replace(PathBuf),
    Direct,
}

fn target_of(dest: &Path) -> io::Result<Target> {
    match std::fs::metadata(dest) {
        Ok(m) if m.is_dir() => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "it is a folder; name a file to write",
        )),
        Ok(m) if m.is_file() => Ok(Target::Replace(std::fs::canonicalize(dest)?)),
        Ok(_) => Ok(Target::Direct),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Target::Replace(dest.to_path_buf())),
        Err(e) => Err(e),
    }
}

/// A file being written. `flush` completes it: the data is synced and the
/// file renamed to its final name. Dropped before that, the temporary file
/// is removed.
pub struct AtomicFile {
    file: File,
    /// The temporary file and the file it becomes; `None` once renamed,
    /// or for a destination written directly.
    pending: Option<(PathBuf, PathBuf)>,
    /// The destination as named, for messages.
    dest: PathBuf,
}

impl AtomicFile {
    pub fn create(dest: &Path) -> io::Result<AtomicFile> {
        let (file, pending) = match target_of(dest)? {
            Target::Replace(real) => {
                let temp = temp_path(&real);
                (File::create(&temp)?, Some((temp, real)))
            }
            Target::Direct => (std::fs::OpenOptions::new().write(true).open(dest)?, None),
        };
        Ok(AtomicFile {
            file,
            pending,
            dest: dest.to_path_buf(),
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
        if let Some((temp, real)) = &self.pending {
            self.file.sync_data().map_err(|e| self.named(e))?;
            std::fs::rename(temp, real).map_err(|e| self.named(e))?;
            self.pending = None;
        }
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if let Some((temp, _)) = &self.pending {
            let _ = std::fs::remove_file(temp);
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

    #[test]
    fn a_link_stays_a_link_and_a_device_stays_a_device() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        let link = dir.path().join("link.txt");
        std::fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        // A FIFO takes the bytes and stays a FIFO (as a device such as
        // /dev/stdout would stay a device, not become a plain file).
        let fifo = dir.path().join("pipe");
        let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        write(&fifo, b"through").unwrap();
        assert_eq!(reader.join().unwrap(), b"through");
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
        // A folder is refused by name.
        let err = write(dir.path(), b"x").unwrap_err();
        assert!(err.to_string().contains("is a folder"), "{err}");
    }
}
