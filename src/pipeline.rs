//! Orchestration: files → parse → discover → lexicon → link → store.
//!
//! Two streaming passes over the inputs keep memory bounded by a chunk and
//! a fixed budget, not by the corpus: pass 1 parses each file and keeps the
//! names it proposes, and the parsed documents themselves while they fit in
//! `KEEP_PARSED_BYTES`; pass 2 parses the others again, links every known
//! name and hands the results to the single writer in batched
//! transactions.

use crate::extract::{Discovered, Extractor, Lexicon, LexiconError, RunText};
use crate::model::{DocExtraction, ParsedDoc};
use crate::store::{BatchWriter, DocOutcome, DocToWrite, Store, StoreError};
use crate::text::{self, Kept};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// File extensions ingested from folders. Files named explicitly are read
/// whatever their extension.
pub const EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// Files parsed together before their results go to the writer.
const CHUNK_FILES: usize = 256;
/// How documents are grouped into write transactions: a transaction closes
/// after this many documents or bytes. Larger batches merge more counts in
/// memory; a kill loses at most the open batch.
#[derive(Debug, Clone, Copy)]
pub struct Batching {
    pub docs: usize,
    pub bytes: usize,
}

impl Default for Batching {
    fn default() -> Self {
        Batching {
            docs: 1024,
            bytes: 16 << 20,
        }
    }
}
/// Input bytes whose parsed documents pass 1 keeps for pass 2, which then
/// need not read and parse them again (a parsed document takes about twice
/// its input in memory). Parsing is a tenth of a 60 MB document's ingest,
/// on one core; beyond the budget, documents are parsed twice.
const KEEP_PARSED_BYTES: usize = 64 << 20;
/// A run of at most this many input bytes links through an index of only
/// the names its documents may hold (`extract::RunText`): a small run into
/// a large database otherwise pays for indexing every stored name. Above
/// it, collecting the run's text costs more than it saves.
const RUN_TEXT_MAX_BYTES: u64 = 4 << 20;
/// Larger files are refused: one article is never this big, and reading it
/// whole would make memory unbounded.
pub const MAX_FILE_BYTES: u64 = 64 << 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFailure {
    pub path: PathBuf,
    pub reason: String,
}

impl std::fmt::Display for FileFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct IngestReport {
    pub read: usize,
    pub stored: usize,
    pub replaced: usize,
    pub skipped: usize,
    #[serde(skip)]
    pub failures: Vec<FileFailure>,
    pub sentences: usize,
    pub mentions: usize,
    pub bytes: u64,
    pub seconds: f64,
    /// Wall time of pass 1 (parse and discover) and of the lexicon build.
    pub discover_seconds: f64,
    /// Time the writer spent inside write transactions.
    pub write_seconds: f64,
    /// Totals in the database after the run.
    pub entities_total: i64,
    pub relations_total: i64,
}

impl IngestReport {
    pub fn failed(&self) -> usize {
        self.failures.len()
    }

    pub fn megabytes_per_second(&self) -> f64 {
        if self.seconds > 0.0 {
            self.bytes as f64 / 1e6 / self.seconds
        } else {
            0.0
        }
    }

    /// The one-line summary printed at the end of a run.
    pub fn summary_line(&self) -> String {
        format!(
            "documents: {} read, {} stored ({} replaced), {} skipped (already stored), {} failed; \
             {} sentences, {} mentions; {} entities, {} relations in the database; {:.2} s, {:.2} MB/s",
            self.read,
            self.stored,
            self.replaced,
            self.skipped,
            self.failed(),
            self.sentences,
            self.mentions,
            self.entities_total,
            self.relations_total,
            self.seconds,
            self.megabytes_per_second()
        )
    }
}

/// Callbacks for progress and per-file messages; the CLI draws a bar.
pub trait Progress: Sync {
    fn start_phase(&self, _name: &str, _total_bytes: u64) {}
    fn advance(&self, _bytes: u64) {}
    fn message(&self, _line: &str) {}
    fn finish(&self) {}
}

/// Progress that shows nothing.
pub struct Quiet;
impl Progress for Quiet {}

/// The argument that names standard input.
pub const STDIN: &str = "-";

/// Expands files and folders (recursively) into the list of files to read,
/// each by its canonical path (absolute, symlinks resolved), so one file
/// under two spellings is one input and one document. `-` stands for
/// standard input. A missing path, a folder with no usable file or a
/// special file (device, FIFO, socket) is a failure of its own; the other
/// inputs still go in.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<FileFailure>) {
    let mut files = Vec::new();
    let mut failures = Vec::new();
    let mut seen = HashSet::new();
    for path in paths {
        if path.as_os_str() == STDIN {
            if seen.insert(path.clone()) {
                files.push(path.clone());
            }
            continue;
        }
        // The type first: `/dev/stdin` or `<(…)` on a pipe has no path to
        // resolve, but is a FIFO to refuse.
        let meta = std::fs::metadata(path);
        if let Some(m) = meta.as_ref().ok().filter(|m| !m.is_dir() && !m.is_file()) {
            failures.push(FileFailure {
                path: path.clone(),
                reason: not_a_file(&m.file_type()),
            });
            continue;
        }
        let canonical = match meta.and_then(|m| Ok((m, std::fs::canonicalize(path)?))) {
            Ok((_, c)) => c,
            Err(e) => {
                failures.push(FileFailure {
                    path: path.clone(),
                    reason: io_reason(&e),
                });
                continue;
            }
        };
        if std::fs::metadata(&canonical).is_ok_and(|m| m.is_dir()) {
            let before = files.len();
            let mut found: Vec<PathBuf> = Vec::new();
            for entry in walkdir::WalkDir::new(&canonical).follow_links(true) {
                match entry {
                    Ok(e) if e.file_type().is_file() && has_known_extension(e.path()) => {
                        // A symlink inside the folder is stored where it leads.
                        let p = std::fs::canonicalize(e.path()).unwrap_or_else(|_| e.into_path());
                        found.push(p)
                    }
                    Ok(_) => {}
                    Err(e) => failures.push(FileFailure {
                        path: e
                            .path()
                            .map(Path::to_path_buf)
                            .unwrap_or_else(|| path.clone()),
                        reason: e.io_error().map(io_reason).unwrap_or_else(|| e.to_string()),
                    }),
                }
            }
            found.sort();
            for f in found {
                if seen.insert(f.clone()) {
                    files.push(f);
                }
            }
            if files.len() == before {
                failures.push(FileFailure {
                    path: path.clone(),
                    reason: format!(
                        "folder has no usable files (looked for .{})",
                        EXTENSIONS.join(", .")
                    ),
                });
            }
        } else if seen.insert(canonical.clone()) {
            files.push(canonical);
        }
    }
    (files, failures)
}

/// Why a special file is refused. Reading one could block forever (a
/// FIFO) or never end (/dev/zero, /dev/urandom); standard input is read,
/// once, only when named `-`.
fn not_a_file(t: &std::fs::FileType) -> String {
    use std::os::unix::fs::FileTypeExt;
    let kind = if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "a special file"
    };
    format!("{kind}, not a regular file; to read standard input pass `-`")
}

fn has_known_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn too_large(len: u64) -> String {
    format!(
        "file is {} MB, larger than the {} MB limit for one article",
        len >> 20,
        MAX_FILE_BYTES >> 20
    )
}

/// Reads one file, refusing what is too large to be an article or is not
/// a regular file. Opened without blocking and checked on the open handle,
/// so a FIFO put in a file's place cannot stall the run; read at most one
/// byte past the limit, whatever size the file claims.
fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| io_reason(&e))?;
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if meta.is_dir() {
        return Err("is a folder".into());
    }
    if !meta.is_file() {
        return Err(not_a_file(&meta.file_type()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    read_limited(file).map_err(|e| match e {
        Limited::Io(e) => io_reason(&e),
        Limited::TooLarge => too_large(MAX_FILE_BYTES + 1),
    })
}

enum Limited {
    Io(std::io::Error),
    TooLarge,
}

/// Reads to the end, but never more than `MAX_FILE_BYTES`.
fn read_limited(r: impl std::io::Read) -> Result<Vec<u8>, Limited> {
    use std::io::Read;
    let mut bytes = Vec::new();
    r.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(Limited::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Limited::TooLarge);
    }
    Ok(bytes)
}

/// Standard input, read once, whole, with the size limit.
fn read_stdin() -> Result<Vec<u8>, String> {
    read_limited(std::io::stdin().lock()).map_err(|e| match e {
        Limited::Io(e) => format!("cannot read: {e}"),
        Limited::TooLarge => format!(
            "more than the {} MB limit for one article",
            MAX_FILE_BYTES >> 20
        ),
    })
}

/// One input's bytes: standard input from memory (it can be read only
/// once), a file from disk.
fn bytes_of<'a>(
    path: &Path,
    stdin: Option<&'a [u8]>,
) -> Result<std::borrow::Cow<'a, [u8]>, String> {
    match stdin {
        Some(bytes) if path.as_os_str() == STDIN => Ok(std::borrow::Cow::Borrowed(bytes)),
        _ => read_file(path).map(std::borrow::Cow::Owned),
    }
}

/// A parsed document and what cleaning kept of it; `Ok(None)` when its
/// content is stored already.
type LoadResult = Result<Option<(ParsedDoc, Kept)>, String>;

/// Reads and parses one file. `Ok(None)` when its content is stored already.
/// A document from standard input is stored under `stdin:` and the start
/// of its hash: each text piped in is a document of its own.
fn load(path: &Path, stored: &HashMap<String, String>, stdin: Option<&[u8]>) -> LoadResult {
    load_hashed(path, stored, stdin).1
}

/// `load`, and the hash of the content when it could be read.
fn load_hashed(
    path: &Path,
    stored: &HashMap<String, String>,
    stdin: Option<&[u8]>,
) -> (Option<String>, LoadResult) {
    let bytes = match bytes_of(path, stdin) {
        Ok(b) => b,
        Err(e) => return (None, Err(e)),
    };
    let hash = text::content_hash(&bytes);
    if stored.contains_key(&hash) {
        return (Some(hash), Ok(None));
    }
    let doc = parse_loaded(path, &bytes, &hash);
    (Some(hash), doc)
}

fn parse_loaded(path: &Path, bytes: &[u8], hash: &str) -> LoadResult {
    let (mut doc, kept) = text::parse_document_counted(path, bytes).map_err(|e| e.to_string())?;
    if path.as_os_str() == STDIN {
        doc.path = PathBuf::from(format!("stdin:{}", &hash[..16]));
        doc.file_name = "stdin".into();
    }
    if doc.sentences.is_empty() {
        return Err(format!(
            "no text left after removing markup and page furniture ({} characters dropped; \
             `shanhai show-doc` lists them)",
            kept.dropped_chars
        ));
    }
    Ok(Some((doc, kept)))
}

/// Why an ingest stopped: the store failed, or the run's names could not
/// be made into a lexicon. Problems with single files are not errors: they
/// are reported in `IngestReport::failures` and the other files stored.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
}

/// Ingests `inputs` (files or folders) into `store`.
pub fn ingest(
    store: &mut Store,
    extractor: &Extractor,
    inputs: &[PathBuf],
    progress: &dyn Progress,
) -> Result<IngestReport, IngestError> {
    ingest_batched(store, extractor, inputs, progress, Batching::default())
}

/// `ingest` with explicit transaction batching.
pub fn ingest_batched(
    store: &mut Store,
    extractor: &Extractor,
    inputs: &[PathBuf],
    progress: &dyn Progress,
    batching: Batching,
) -> Result<IngestReport, IngestError> {
    let started = Instant::now();
    crate::extract::warm_up();
    let (mut files, mut failures) = collect_inputs(inputs);
    let stdin = take_stdin(&mut files, &mut failures);
    let stdin = stdin.as_deref();
    for f in &failures {
        progress.message(&format!("error: {f}"));
    }
    let stored = store.stored_hashes()?;
    let total_bytes: u64 = files.iter().map(|f| input_len(f, stdin)).sum();

    // Pass 1: discover names in every new document.
    progress.start_phase("discovering names", total_bytes);
    let with_text = total_bytes <= RUN_TEXT_MAX_BYTES;
    // The stored names are read while pass 1 runs: neither needs the other.
    let (pass_one, known) = std::thread::scope(|scope| {
        let pass =
            scope.spawn(|| discover_all(&files, &stored, stdin, extractor, progress, with_text));
        let known = store.known_entities();
        (pass.join(), known)
    });
    let pass_one = pass_one.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let known = known?;
    let PassOne {
        discovered,
        hashes: run_hashes,
        parsed,
        run_text,
    } = pass_one;
    let stale = stale_documents(&stored, &run_hashes);
    // A moved file is linked in pass 2 without having been read in pass 1.
    let lexicon = match run_text.filter(|_| stale.is_empty()) {
        Some(run_text) => extractor.build_lexicon_for(&discovered, &known, &run_text)?,
        None => extractor.build_lexicon(&discovered, &known)?,
    };
    drop(discovered);
    let discover_seconds = started.elapsed().as_secs_f64();
    let stored: HashMap<String, String> = stored
        .into_iter()
        .filter(|(hash, key)| !stale.contains(&(key.clone(), hash.clone())))
        .collect();

    // Pass 2: link every known name and store.
    progress.start_phase("linking and storing", total_bytes);
    let mut report = IngestReport {
        read: files.len(),
        discover_seconds,
        ..IngestReport::default()
    };
    let input = PassTwo {
        files: &files,
        parsed,
        stored: &stored,
        stale: &stale,
        stdin,
    };
    link_and_write(
        store,
        extractor,
        &lexicon,
        input,
        batching,
        &mut report,
        &mut failures,
        progress,
    )?;
    progress.finish();
    (report.entities_total, report.relations_total) = store.entity_and_relation_counts()?;
    report.failures = failures;
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// What pass 1 leaves: the names every new document proposes, the
/// content hash of each input read (by path key), and per input the
/// parsed document while `KEEP_PARSED_BYTES` lasts. When asked for, the
/// text of the documents pass 2 will link: only if every one of them was
/// kept (pass 2 reads no other text).
struct PassOne {
    discovered: Vec<Discovered>,
    hashes: HashMap<String, String>,
    parsed: Vec<Option<(ParsedDoc, Kept)>>,
    run_text: Option<RunText>,
}

/// Pass 1 over the inputs. A file that cannot be read or parsed proposes
/// nothing here; pass 2 reads it again and reports why.
fn discover_all(
    files: &[PathBuf],
    stored: &HashMap<String, String>,
    stdin: Option<&[u8]>,
    extractor: &Extractor,
    progress: &dyn Progress,
    with_text: bool,
) -> PassOne {
    let mut pass = PassOne {
        discovered: Vec::new(),
        hashes: HashMap::new(),
        parsed: Vec::with_capacity(files.len()),
        run_text: with_text.then(RunText::default),
    };
    let mut budget = KEEP_PARSED_BYTES;
    for chunk in files.chunks(CHUNK_FILES) {
        let found: Vec<FoundInPassOne> = chunk
            .par_iter()
            .map(|path| {
                let (hash, result) = load_hashed(path, stored, stdin);
                progress.advance(input_len(path, stdin));
                let stored_already = matches!(result, Ok(None));
                let found = result.ok().flatten().map(|(doc, kept)| {
                    let names = extractor.discover(&doc);
                    let text = with_text.then(|| {
                        let mut text = RunText::default();
                        extractor.add_run_text(&mut text, &doc);
                        text
                    });
                    (doc, kept, names, text)
                });
                let key = crate::model::path_key(path);
                (key, hash, stored_already, found)
            })
            .collect();
        for (key, hash, stored_already, found) in found {
            if let Some(hash) = hash {
                pass.hashes.insert(key, hash);
            }
            let kept = found.and_then(|(doc, kept, names, text)| {
                pass.discovered.push(names);
                if let (Some(run), Some(text)) = (pass.run_text.as_mut(), text) {
                    run.extend(text);
                }
                (doc.byte_len <= budget).then(|| {
                    budget -= doc.byte_len;
                    (doc, kept)
                })
            });
            if kept.is_none() && !stored_already {
                pass.run_text = None;
            }
            pass.parsed.push(kept);
        }
    }
    pass
}

/// Per input in pass 1: its path key, its content hash if read, whether
/// that content is stored already, and if parsed its document, what
/// cleaning kept, the names it proposes and (when asked for) its text.
type FoundInPassOne = (
    String,
    Option<String>,
    bool,
    Option<(ParsedDoc, Kept, Discovered, Option<RunText>)>,
);

/// What pass 2 reads: the inputs, the documents already stored (hash →
/// path key) and those this run replaces.
struct PassTwo<'a> {
    files: &'a [PathBuf],
    /// Per file, its document as pass 1 parsed it, if kept.
    parsed: Vec<Option<(ParsedDoc, Kept)>>,
    stored: &'a HashMap<String, String>,
    stale: &'a HashSet<(String, String)>,
    stdin: Option<&'a [u8]>,
}

/// Pass 2: every document parsed and linked on rayon threads, chunk by
/// chunk, while the single writer stores the previous chunk (a bounded
/// channel between them). Each document goes into the open transaction as
/// soon as it arrives, and the transaction commits when the batch is full,
/// so one transaction can span several chunks and linking never waits for
/// a batch to fill (it did: with 1,000 documents in one batch, the writer
/// started only after the last was linked).
#[allow(clippy::too_many_arguments)] // the run's state, passed once
fn link_and_write(
    store: &mut Store,
    extractor: &Extractor,
    lexicon: &Lexicon,
    input: PassTwo,
    batching: Batching,
    report: &mut IngestReport,
    failures: &mut Vec<FileFailure>,
    progress: &dyn Progress,
) -> Result<(), StoreError> {
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Loaded>(1);
    std::thread::scope(|scope| {
        let PassTwo {
            files,
            mut parsed,
            stored,
            stale,
            stdin,
        } = input;
        scope.spawn(move || {
            for (i, chunk) in files.chunks(CHUNK_FILES).enumerate() {
                let first = i * CHUNK_FILES;
                let earlier: Vec<Option<(ParsedDoc, Kept)>> = parsed[first..first + chunk.len()]
                    .iter_mut()
                    .map(Option::take)
                    .collect();
                let loaded: Loaded = chunk
                    .par_iter()
                    .zip(earlier)
                    .map(|(path, earlier)| {
                        let doc = match earlier {
                            Some(doc) => Ok(Some(doc)),
                            None => load(path, stored, stdin),
                        };
                        let result =
                            doc.map(|d| d.map(|(doc, kept)| link(extractor, lexicon, doc, kept)));
                        (path.clone(), result)
                    })
                    .collect();
                if sender.send(loaded).is_err() {
                    return; // the writer stopped on an error
                }
            }
        });
        // Each document is written as soon as it is linked, while the
        // next chunk is being linked; the batch's transaction commits when
        // it is full.
        // Owned here, so that a write error drops it and the linking
        // thread's next send fails instead of waiting for ever.
        let receiver = receiver;
        let mut queue: VecDeque<Ready> = VecDeque::new();
        let mut next = |report: &mut IngestReport, failures: &mut Vec<FileFailure>| loop {
            if let Some(ready) = queue.pop_front() {
                return Some(ready);
            }
            let loaded = receiver.recv().ok()?;
            queue.extend(sort_chunk(loaded, report, failures, progress));
        };
        while let Some(first) = next(report, failures) {
            let mut writer = store.begin_batch(stale)?;
            let mut written = Written::default();
            let mut item = Some(first);
            while let Some((doc, kept, extraction)) = item.take() {
                let write_started = Instant::now();
                let outcome = writer.add(&DocToWrite {
                    doc: &doc,
                    extraction: &extraction,
                    kept: Some(kept),
                })?;
                report.write_seconds += write_started.elapsed().as_secs_f64();
                written.bytes += doc.byte_len;
                written.docs.push((doc.path, doc.byte_len, outcome));
                let full =
                    written.docs.len() >= batching.docs.max(1) || written.bytes >= batching.bytes;
                if !full {
                    item = next(report, failures);
                }
            }
            commit_batch(writer, written, report, progress)?;
        }
        Ok(())
    })
}

/// The documents of an open batch: path, size and outcome of each, counted
/// in the report once the batch is committed.
#[derive(Default)]
struct Written {
    docs: Vec<(PathBuf, usize, DocOutcome)>,
    bytes: usize,
}

/// Takes `-` out of `files` and reads standard input for it, once; a
/// failure when it cannot be read or is too large.
fn take_stdin(files: &mut Vec<PathBuf>, failures: &mut Vec<FileFailure>) -> Option<Vec<u8>> {
    let at = files.iter().position(|f| f.as_os_str() == STDIN)?;
    match read_stdin() {
        Ok(bytes) => Some(bytes),
        Err(reason) => {
            files.remove(at);
            failures.push(FileFailure {
                path: PathBuf::from("standard input"),
                reason,
            });
            None
        }
    }
}

fn input_len(path: &Path, stdin: Option<&[u8]>) -> u64 {
    match stdin {
        Some(bytes) if path.as_os_str() == STDIN => bytes.len() as u64,
        _ => file_len(path),
    }
}

/// Stored documents, as (path key, hash), whose file now holds other
/// text (read in this run) or is gone: a file of this run with the same
/// content takes such a document over instead of being skipped as its
/// copy. Documents not from files (standard input) are never stale.
fn stale_documents(
    stored: &HashMap<String, String>,
    run_hashes: &HashMap<String, String>,
) -> HashSet<(String, String)> {
    let claimed: HashSet<&String> = run_hashes.values().collect();
    stored
        .iter()
        .filter(|(hash, _)| claimed.contains(hash))
        .filter(|(hash, key)| match run_hashes.get(*key) {
            Some(now) => now != *hash,
            None => key.starts_with('/') && !crate::model::key_path(key).exists(),
        })
        .map(|(hash, key)| (key.clone(), hash.clone()))
        .collect()
}

/// Removes stored documents whose file, at or under one of `inputs`, no
/// longer exists, with everything they contributed. Returns the paths
/// removed, as shown to people.
pub fn prune(store: &mut Store, inputs: &[PathBuf]) -> Result<Vec<String>, StoreError> {
    let roots: Vec<PathBuf> = inputs
        .iter()
        .filter(|p| p.as_os_str() != STDIN)
        .filter_map(|p| {
            std::fs::canonicalize(p)
                .or_else(|_| std::path::absolute(p))
                .ok()
        })
        .collect();
    let mut gone = Vec::new();
    let mut shown = Vec::new();
    for (id, key, _) in store.document_paths()? {
        let path = crate::model::key_path(&key);
        if path.is_absolute()
            && roots.iter().any(|r| path.starts_with(r))
            && std::fs::symlink_metadata(&path).is_err()
        {
            gone.push(id);
            shown.push(path.display().to_string());
        }
    }
    store.remove_documents(&gone)?;
    Ok(shown)
}

/// A document ready to store: what cleaning kept, and its extraction.
type Ready = (ParsedDoc, Kept, DocExtraction);

/// One parsed chunk: per file, the document ready to store, `None` when
/// it is already stored, or the error that stopped it.
type Loaded = Vec<(PathBuf, Result<Option<Ready>, String>)>;

/// Sorts a parsed chunk: skipped and failed files are counted and
/// reported, the documents ready to store are returned.
fn sort_chunk(
    loaded: Loaded,
    report: &mut IngestReport,
    failures: &mut Vec<FileFailure>,
    progress: &dyn Progress,
) -> Vec<Ready> {
    let mut ready = Vec::new();
    for (path, result) in loaded {
        match result {
            Ok(Some(doc)) => {
                warn_if_mostly_dropped(&path, &doc.1, progress);
                ready.push(doc)
            }
            Ok(None) => {
                report.skipped += 1;
                progress.message(&format!("{}: skipped (already stored)", path.display()));
                progress.advance(file_len(&path));
            }
            Err(reason) => {
                let failure = FileFailure { path, reason };
                progress.message(&format!("error: {failure}"));
                progress.advance(file_len(&failure.path));
                failures.push(failure);
            }
        }
    }
    ready
}

/// Nothing is dropped silently: a page that lost more than half of its
/// text to cleaning is named, so a layout the cleaner misreads is seen.
fn warn_if_mostly_dropped(path: &Path, kept: &Kept, progress: &dyn Progress) {
    if kept.mostly_dropped() {
        progress.message(&format!(
            "warning: {}: cleaning dropped {:.0}% of its text ({} of {} characters kept); \
             `shanhai show-doc {}` shows what was dropped and why",
            path.display(),
            kept.dropped_percent(),
            kept.kept_chars,
            kept.kept_chars + kept.dropped_chars,
            path.display()
        ));
    }
}

/// Commits a batch and counts its documents' outcomes.
fn commit_batch(
    writer: BatchWriter<'_>,
    written: Written,
    report: &mut IngestReport,
    progress: &dyn Progress,
) -> Result<(), StoreError> {
    let write_started = Instant::now();
    writer.commit()?;
    report.write_seconds += write_started.elapsed().as_secs_f64();
    for (path, byte_len, outcome) in written.docs {
        report.bytes += byte_len as u64;
        progress.advance(byte_len as u64);
        match outcome {
            DocOutcome::Stored {
                replaced,
                sentences,
                mentions,
            } => {
                report.stored += 1;
                report.replaced += usize::from(replaced);
                report.sentences += sentences;
                report.mentions += mentions;
            }
            DocOutcome::Skipped { existing_path } => {
                report.skipped += 1;
                progress.message(&format!(
                    "{}: skipped (already stored as {existing_path})",
                    path.display()
                ));
            }
        }
    }
    Ok(())
}

fn link(extractor: &Extractor, lexicon: &Lexicon, doc: ParsedDoc, kept: Kept) -> Ready {
    let mut extraction = extractor.link(lexicon, &doc);
    drop_stopped(extractor, &mut extraction);
    (doc, kept, extraction)
}

/// A vetoed name stays out of the graph altogether: linking never
/// mentions it, and here the places it would still come in as (a county
/// named as a park's county or a township's parent, without a mention of
/// its own) go too, with the located_in edges that would lead to them.
fn drop_stopped(extractor: &Extractor, extraction: &mut DocExtraction) {
    let mentioned: HashSet<&crate::model::EntityKey> =
        extraction.mentions.iter().map(|m| &m.entity).collect();
    let mut vetoed: HashSet<String> = HashSet::new();
    let mut gone: HashSet<crate::model::EntityKey> = HashSet::new();
    for r in &extraction.entities {
        let stopped = extractor.is_stopped(&r.key.canonical)
            || (!mentioned.contains(&r.key) && r.aliases.iter().any(|a| extractor.is_stopped(a)));
        if stopped {
            vetoed.insert(r.key.canonical.clone());
            vetoed.extend(r.aliases.iter().cloned());
            gone.insert(r.key.clone());
        }
    }
    if gone.is_empty() {
        return;
    }
    extraction.entities.retain(|r| !gone.contains(&r.key));
    extraction.mentions.retain(|m| !gone.contains(&m.entity));
    for r in &mut extraction.entities {
        for link in [&mut r.attrs.parent, &mut r.attrs.county] {
            if link.as_ref().is_some_and(|n| vetoed.contains(n)) {
                *link = None;
            }
        }
    }
}

fn file_len(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// Runs extraction on documents in memory (no store): used by `eval` on
/// files and by tests.
pub fn extract_all(
    extractor: &Extractor,
    docs: &[ParsedDoc],
) -> Result<Vec<DocExtraction>, LexiconError> {
    let discovered: Vec<Discovered> = docs.par_iter().map(|d| extractor.discover(d)).collect();
    let lexicon = extractor.build_lexicon(&discovered, &[])?;
    Ok(docs
        .par_iter()
        .map(|d| extractor.link(&lexicon, d))
        .collect())
}
