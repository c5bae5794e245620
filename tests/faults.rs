//! Bad input and faults: a clear error naming the file, nothing lost,
//! nothing corrupted, the documented exit code.
//!
//! Permission faults hold for root too (CI runs as root): where a test
//! needs a file root could otherwise read or a folder root could write,
//! the binary runs under `setpriv` without the capabilities that let root
//! override file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so
//! the permission bits apply to it as to anyone. Nothing is skipped.

mod common;
use common::{project, stderr};

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn shanhai(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_shanhai"))
        .env_remove("SHANHAI_DB")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run shanhai")
}

fn seed(name: &str) -> PathBuf {
    project().join("seeds").join(name)
}

fn documents(db: &Path) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
        .unwrap()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// The capabilities that let root read, write and search past permission bits.
const DROP_DAC: &str = "-dac_override,-dac_read_search";

/// Like `shanhai`, but bound by file permissions even when run as root:
/// then the binary runs under `setpriv` without root's capabilities to
/// override them.
fn shanhai_bound_by_permissions(db: &Path, args: &[&str]) -> Output {
    let bin = env!("CARGO_BIN_EXE_shanhai");
    let mut cmd = if is_root() {
        let mut c = Command::new("setpriv");
        c.args(["--bounding-set", DROP_DAC, bin]);
        c
    } else {
        Command::new(bin)
    };
    let out = cmd
        .env_remove("SHANHAI_DB")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run shanhai (as root: under setpriv, from util-linux)");
    assert!(
        !stderr(&out).starts_with("setpriv:"),
        "setpriv could not drop root's permission override: {}",
        stderr(&out)
    );
    out
}

/// Checks the premise of a permission test: `path` is unreadable to a
/// process run like `shanhai_bound_by_permissions` runs the binary.
fn assert_unreadable(path: &Path) {
    let mut cmd = if is_root() {
        let mut c = Command::new("setpriv");
        c.args(["--bounding-set", DROP_DAC, "cat"]);
        c
    } else {
        Command::new("cat")
    };
    let out = cmd.arg(path).output().expect("run cat");
    assert!(
        !out.status.success(),
        "{} is readable despite mode 000",
        path.display()
    );
}

/// A folder with one good article and every kind of bad file.
fn messy_folder(dir: &Path) {
    std::fs::copy(seed("003_b98abf12e2331c8c.txt"), dir.join("good.txt")).unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    // A PNG header and some pixels, named like an article.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..4000u32).map(|i| (i * 7919 % 251) as u8));
    std::fs::write(dir.join("picture.txt"), &png).unwrap();
    // A zip archive's local header.
    let mut zip = b"PK\x03\x04\x14\0\0\0\x08\0".to_vec();
    zip.extend((0..4000u32).map(|i| (i * 104729 % 253) as u8));
    std::fs::write(dir.join("archive.html"), &zip).unwrap();
    // Bytes that are neither UTF-8 nor GBK: 0x80 and 0xFF lead bytes.
    let invalid: Vec<u8> = (0..3000)
        .map(|i| if i % 2 == 0 { 0xFF } else { 0x80 })
        .collect();
    std::fs::write(dir.join("garbage.txt"), invalid).unwrap();
    // Text without any entity.
    std::fs::write(
        dir.join("plain.txt"),
        "今天天气很好。我们去公园散步，看见了很多花。\n晚上回家吃饭。",
    )
    .unwrap();
    // HTML whose scripts and styles mention names that must not be read.
    std::fs::write(
        dir.join("page.html"),
        "<html><head><title>测试页面</title><style>.a{font:12px}</style>\
         <script>var x = '宁波市北仑区';</script></head>\
         <body><p>浙江省杭州市余杭区的未来科技城迎来新项目。</p></body></html>",
    )
    .unwrap();
}

#[test]
fn bad_files_are_reported_by_name_and_the_good_ones_stored() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    messy_folder(&input);
    let db = dir.path().join("m.db");
    let out = shanhai(&db, &["ingest", input.to_str().unwrap()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for bad in ["empty.txt", "picture.txt", "archive.html", "garbage.txt"] {
        assert!(
            err.lines()
                .any(|l| l.starts_with("error:") && l.contains(bad)),
            "{bad} not reported:\n{err}"
        );
    }
    assert!(err.contains("4 failed"), "{err}");
    assert_eq!(documents(&db), 3, "{err}");
    let c = Connection::open(&db).unwrap();
    let script_text: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM sentences WHERE text LIKE '%var x%' OR text LIKE '%font%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(script_text, 0);
}

#[test]
fn a_folder_without_usable_files_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("nothing-here");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("notes.docx"), b"PK\x03\x04").unwrap();
    let db = dir.path().join("e.db");
    let out = shanhai(
        &db,
        &[
            "ingest",
            empty.to_str().unwrap(),
            seed("000_d613ea0ce723ce67.txt").to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nothing-here: folder has no usable files"));
    assert_eq!(documents(&db), 1);
}

#[test]
fn an_unreadable_file_is_named_and_the_rest_goes_in() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(seed("000_d613ea0ce723ce67.txt"), input.join("a.txt")).unwrap();
    // A link to nowhere cannot be read by anyone, root included.
    std::os::unix::fs::symlink("/no/such/target.txt", input.join("broken.txt")).unwrap();
    let locked = input.join("locked.txt");
    std::fs::write(&locked, "浙江省的文章。").unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    assert_unreadable(&locked);
    let db = dir.path().join("u.db");
    let out = shanhai_bound_by_permissions(&db, &["ingest", input.to_str().unwrap()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("broken.txt"), "{err}");
    assert!(err.contains("locked.txt: permission denied"), "{err}");
    assert!(err.contains("2 failed"), "{err}");
    assert_eq!(documents(&db), 1, "{err}");
}

#[test]
fn a_database_in_a_read_only_place_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    // /proc refuses new files even to root.
    let db = PathBuf::from("/proc/shanhai-test.db");
    let out = shanhai(
        &db,
        &["ingest", seed("000_d613ea0ce723ce67.txt").to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("/proc/shanhai-test.db"),
        "{}",
        stderr(&out)
    );
    // And a folder made read-only, where the permission applies (to root
    // too, without its override).
    use std::os::unix::fs::PermissionsExt;
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    let out = shanhai_bound_by_permissions(
        &ro.join("x.db"),
        &["ingest", seed("000_d613ea0ce723ce67.txt").to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("x.db"), "{}", stderr(&out));
    assert!(!ro.join("x.db").exists());
}

#[test]
fn a_non_sqlite_file_or_newer_schema_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.db");
    std::fs::write(&notes, "我的笔记，不是数据库。".repeat(100)).unwrap();
    let before = std::fs::read(&notes).unwrap();
    let out = shanhai(
        &notes,
        &["ingest", seed("000_d613ea0ce723ce67.txt").to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("notes.db is not a shanhai database"),
        "{}",
        stderr(&out)
    );
    assert_eq!(before, std::fs::read(&notes).unwrap());

    let newer = dir.path().join("newer.db");
    {
        let c = Connection::open(&newer).unwrap();
        c.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 999;")
            .unwrap();
    }
    let before = std::fs::read(&newer).unwrap();
    for args in [
        vec!["ingest", seed("000_d613ea0ce723ce67.txt").to_str().unwrap()],
        vec!["stats"],
    ] {
        let out = shanhai(&newer, &args);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("newer than this shanhai supports"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(before, std::fs::read(&newer).unwrap());
}

#[test]
fn two_ingests_at_once_store_every_document_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let seeds = project().join("seeds");
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_shanhai"))
            .arg("--db")
            .arg(&db)
            .arg("ingest")
            .arg(&seeds)
            .output()
    };
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(spawn);
        let b = s.spawn(spawn);
        (a.join().unwrap().unwrap(), b.join().unwrap().unwrap())
    });
    assert!(a.status.success(), "{}", stderr(&a));
    assert!(b.status.success(), "{}", stderr(&b));
    assert_eq!(documents(&db), 5);
    let c = Connection::open(&db).unwrap();
    let dup: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM (SELECT file_name FROM documents GROUP BY file_name HAVING COUNT(*) > 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(dup, 0);
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn a_long_line_and_a_large_file_are_handled() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    // 100,000 characters, no punctuation.
    let line: String = "浙江山区县发展新材料产业园"
        .chars()
        .cycle()
        .take(100_000)
        .collect();
    std::fs::write(input.join("line.txt"), &line).unwrap();
    // About 50 MB of real article text.
    let article = std::fs::read_to_string(seed("000_d613ea0ce723ce67.txt")).unwrap();
    let mut big = String::with_capacity(51 << 20);
    let mut i = 0;
    while big.len() < 50 << 20 {
        big.push_str(&format!("第{i}段。\n"));
        big.push_str(&article);
        i += 1;
    }
    std::fs::write(input.join("big.txt"), &big).unwrap();
    let db = dir.path().join("l.db");
    let out = shanhai(&db, &["ingest", input.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = Connection::open(&db).unwrap();
    let longest: i64 = c
        .query_row("SELECT MAX(length(text)) FROM sentences", [], |r| r.get(0))
        .unwrap();
    assert!(longest <= 2_000, "a sentence of {longest} chars");
    assert_eq!(documents(&db), 2);
}

#[test]
fn a_missing_database_is_named_once_and_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    let out = shanhai(&db, &["stats"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.matches("no database at").count(), 1, "{err}");
    assert!(
        err.contains("none.db") && err.contains("shanhai build"),
        "{err}"
    );
    assert!(!db.exists());
}

/// A database at schema version 3 holding one document.
fn version_3_database(path: &Path) {
    let conn = Connection::open(path).unwrap();
    for (_, sql) in &shanhai::store::MIGRATIONS[..3] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "PRAGMA user_version = 3;
         INSERT INTO documents (path, file_name, hash, encoding, char_count, byte_count,
                                paragraph_count, sentence_count)
         VALUES ('/a.txt', 'a.txt', 'h', 'utf-8', 9, 27, 1, 1);",
    )
    .unwrap();
}

#[test]
fn a_query_migrates_an_older_database_or_says_why_it_cannot() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.db");
    version_3_database(&db);
    let out = shanhai(&db, &["stats", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let version: i64 = Connection::open(&db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, shanhai::store::SCHEMA_VERSION);
    assert_eq!(documents(&db), 1);

    // Read-only: refused with the reason, the file untouched.
    let ro = dir.path().join("ro.db");
    version_3_database(&ro);
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&ro).unwrap();
    let out = shanhai_bound_by_permissions(&ro, &["stats"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("ro.db has schema version 3") && err.contains("could not be migrated"),
        "{err}"
    );
    assert_eq!(before, std::fs::read(&ro).unwrap());
}
