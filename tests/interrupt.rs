//! Killing an ingest at any moment leaves every stored document complete
//! and none half-written; running it again completes the set.

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const FILES: usize = 600;

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

fn ingest(db: &Path, dir: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_shanhai"))
        .arg("--db")
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

fn kill_and_resume(signal: &str, after: Duration) {
    let dir = tempfile::tempdir().unwrap();
    let articles: PathBuf = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    corpus(&articles);
    let db = dir.path().join("k.db");
    let mut child = ingest(&db, &articles);
    std::thread::sleep(after);
    let status = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success() || child.try_wait().unwrap().is_some());
    let _ = child.wait();
    if db.exists() {
        let stored = check_consistent(&db);
        eprintln!("{signal} after {after:?}: {stored} of {FILES} documents stored");
    }
    let status = ingest(&db, &articles).wait().unwrap();
    assert!(status.success());
    assert_eq!(check_consistent(&db), FILES as i64);
}

#[test]
fn sigkill_mid_ingest_leaves_complete_documents_and_resumes() {
    for ms in [150, 600, 1500] {
        kill_and_resume("-KILL", Duration::from_millis(ms));
    }
}

#[test]
fn sigint_mid_ingest_leaves_complete_documents_and_resumes() {
    kill_and_resume("-INT", Duration::from_millis(1300));
}
