//! Shared helpers of the integration tests: a temp database holding the
//! standard hand-made graph, and running the binary on it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Db {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

/// A fresh database with `shanhai::graph::fixture::standard()` in it.
pub fn standard_db() -> Db {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("test.db");
    shanhai::graph::fixture::standard_db(&path).expect("fixture db");
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
