//! Killing an ingest at any moment leaves every stored document complete
//! and none half-written; running it again completes the set.
//!
//! A kill counts only if it lands mid-ingest: some documents stored, not
//! all. Documents are stored only after a first pass over every file,
//! whose length depends on the machine and its load, so the kill is timed
//! from the first stored batch (watched through a read-only connection)
//! rather than from the start; when a kill still comes too late (or too
//! early), the delay is adjusted and the ingest repeated, a bounded number
//! of times. The test fails if no kill lands mid-ingest.

use rusqlite::{Connection, OpenFlags};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const FILES: usize = 600;

/// Ingests killed before giving up on landing a kill mid-ingest.
const TRIES: usize = 8;

/// How long to wait for the first stored batch before calling it a failure.
const FIRST_BATCH_WITHIN: Duration = Duration::from_secs(120);

/// FILES distinct articles made from the seeds (each gets its own line so
/// that no two share a content hash).
fn corpus(dir: &Path) {
    let seeds: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    for i in 0..FILES {
        let text = format!("第{i}期\n\n{}\n\n本期编号{i}。\n", seeds[i % seeds.len()]);
        std::fs::write(dir.join(format!("{i:04}.txt")), text).unwrap();
    }
}

/// A shell that starts a job in the background without job control
/// (`cmd &` in a script) ignores SIGINT in it, and the ignore is inherited:
/// the child gets the default action back, as a terminal's Ctrl-C would
/// find it.
fn with_default_sigint(c: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: signal() is async-signal-safe.
    unsafe {
        c.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
}

fn ingest(db: &Path, dir: &Path) -> std::process::Child {
    let mut c = Command::new(env!("CARGO_BIN_EXE_shanhai"));
    with_default_sigint(&mut c);
    c.arg("--db")
        .arg(db)
        .arg("ingest")
        .args(["--batch-docs", "40"])
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Every stored document has all its sentences, and the file passes
/// SQLite's integrity check. Returns the number of documents.
fn check_consistent(db: &Path) -> i64 {
    // Opening through the store applies the WAL as a reader would.
    drop(shanhai::store::Store::open(db).unwrap());
    let c = Connection::open(db).unwrap();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let incomplete: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM documents d
             WHERE d.sentence_count != (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(incomplete, 0, "half-written documents after the kill");
    let orphans: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM mentions m LEFT JOIN documents d ON d.id = m.document_id WHERE d.id IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
    c.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
        .unwrap()
}

/// Documents the running ingest has committed so far, as a reader sees
/// them; 0 while the database or its schema does not exist yet.
fn committed(db: &Path) -> i64 {
    Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0)))
        .unwrap_or(0)
}

/// Waits until the ingest `child` has committed a first batch, then
/// `extra` longer. Returns early, with true, if it exits (it is then
/// reaped: its process id is no longer ours to signal).
fn wait_for_first_batch(child: &mut std::process::Child, db: &Path, extra: Duration) -> bool {
    let deadline = Instant::now() + FIRST_BATCH_WITHIN;
    while committed(db) == 0 {
        if child.try_wait().unwrap().is_some() {
            return true;
        }
        assert!(
            Instant::now() < deadline,
            "no document stored within {FIRST_BATCH_WITHIN:?}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let kill_at = Instant::now() + extra;
    while let Some(left) = kill_at.checked_duration_since(Instant::now()) {
        if child.try_wait().unwrap().is_some() {
            return true;
        }
        std::thread::sleep(left.min(Duration::from_millis(5)));
    }
    false
}

/// Ingests the corpus and sends `signal` (number `signo`) `extra` after the
/// first batch is stored, until a kill lands mid-ingest: a kill too late
/// (everything stored) halves `extra`, one too early (nothing stored)
/// doubles it. Checks what the killed ingest left, then that a second
/// ingest completes the set.
fn kill_mid_ingest_and_resume(signal: &str, signo: i32, mut extra: Duration) {
    let dir = tempfile::tempdir().unwrap();
    let articles: PathBuf = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    corpus(&articles);
    let mut tried = Vec::new();
    for attempt in 1..=TRIES {
        let db = dir.path().join(format!("k{attempt}.db"));
        let mut child = ingest(&db, &articles);
        if !wait_for_first_batch(&mut child, &db, extra) {
            let sent = Command::new("kill")
                .args([signal, &child.id().to_string()])
                .status()
                .unwrap();
            assert!(sent.success(), "kill {signal} failed");
        }
        let status = child.wait().unwrap();
        let stored = if db.exists() {
            check_consistent(&db)
        } else {
            0
        };
        tried.push((extra, stored));
        if stored > 0 && stored < FILES as i64 {
            eprintln!(
                "{signal} {extra:?} after the first batch: {stored} of {FILES} documents stored (try {attempt})"
            );
            assert_eq!(
                status.signal(),
                Some(signo),
                "ingest stopped with {status}, not by {signal}"
            );
            let status = ingest(&db, &articles).wait().unwrap();
            assert!(status.success());
            assert_eq!(check_consistent(&db), FILES as i64);
            return;
        }
        extra = if stored == 0 {
            (extra * 2).max(Duration::from_millis(10))
        } else {
            extra / 2
        };
    }
    panic!(
        "{signal} never landed mid-ingest in {TRIES} tries; \
         (delay after the first batch, documents stored of {FILES}): {tried:?}"
    );
}

#[test]
fn sigkill_mid_ingest_leaves_complete_documents_and_resumes() {
    // Right after the first batch, and further in.
    for ms in [0, 300, 700] {
        kill_mid_ingest_and_resume("-KILL", 9, Duration::from_millis(ms));
    }
}

#[test]
fn sigint_mid_ingest_leaves_complete_documents_and_resumes() {
    kill_mid_ingest_and_resume("-INT", 2, Duration::from_millis(400));
}
