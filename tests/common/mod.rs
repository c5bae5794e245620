//! Shared helpers of the integration tests: a temp database holding the
//! standard hand-made graph (`fixture`), and running the binary on it.
#![allow(dead_code)]

pub mod fixture;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Db {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

/// A fresh database with `fixture::standard()` in it.
pub fn standard_db() -> Db {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("test.db");
    fixture::standard_db(&path).expect("fixture db");
    Db { dir, path }
}

pub fn shanhai(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_shanhai"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run shanhai")
}

/// Runs and expects success; returns stdout.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let o = shanhai(db, args);
    assert!(
        o.status.success(),
        "shanhai {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&o.stderr),
        String::from_utf8_lossy(&o.stdout)
    );
    String::from_utf8(o.stdout).expect("utf-8")
}

/// Runs and expects failure; returns stderr.
pub fn fails(db: &Path, args: &[&str]) -> String {
    let o = shanhai(db, args);
    assert!(
        !o.status.success(),
        "shanhai {args:?} should fail: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    String::from_utf8(o.stderr).expect("utf-8")
}

pub fn has(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Fails the test unless `cmd args` runs and succeeds. For the tests that
/// need an external tool: they are `#[ignore]`d with a reason (so a plain
/// `cargo test` lists them as ignored), and once asked for (`--ignored`,
/// as .ci/run does) they run or fail, never pass without checking.
pub fn require(what: &str, cmd: &str, args: &[&str]) {
    assert!(
        has(cmd, args),
        "this test needs {what} (`{cmd} {}` failed or was not found on PATH); \
         .ci/run installs it, or deselect the test by not passing --ignored",
        args.join(" ")
    );
}

/// The project root.
pub fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary on `db` from the project root, ignoring SHANHAI_DB.
pub fn run_in_project(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_shanhai"))
        .current_dir(project())
        .env_remove("SHANHAI_DB")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run shanhai")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every `.txt` of a folder of the project, parsed, in file-name order.
pub fn parse_folder(relative: &str) -> Vec<shanhai::model::ParsedDoc> {
    let dir = project().join(relative);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| shanhai::text::parse_document(p, &std::fs::read(p).expect("read")).expect("parse"))
        .collect()
}

/// Runs both extraction passes over `docs` and returns the prediction
/// records, checking on the way that every mention's surface is the text
/// at its offsets.
pub fn predict(docs: &[shanhai::model::ParsedDoc]) -> Vec<shanhai::model::record::DocRecord> {
    let extractor = shanhai::extract::Extractor::new(Default::default());
    let extractions = shanhai::pipeline::extract_all(&extractor, docs).expect("lexicon");
    docs.iter()
        .zip(&extractions)
        .map(|(d, x)| {
            for m in &x.mentions {
                assert_eq!(d.written(m), m.surface);
            }
            shanhai::model::record::prediction_record(&d.file_name, x)
        })
        .collect()
}
