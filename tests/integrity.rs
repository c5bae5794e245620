//! Integrity under hostile input (issue 11): special files, hostile
//! arguments, other programs' databases, half-written outputs, odd paths,
//! lexicon edge cases and consistent reads. No panic, no hang past a few
//! seconds, no lost or doubled document, no foreign file changed.
//!
//! Hangs are guarded by killing the child after a generous timeout
//! (`run_for`), never by timing assertions.

mod common;
use common::project;

use rusqlite::Connection;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Seconds a command may take before it counts as hung.
const HANG: u64 = 5;

fn seed(name: &str) -> PathBuf {
    project().join("seeds").join(name)
}

const SEED_A: &str = "000_d613ea0ce723ce67.txt";
const SEED_B: &str = "001_b48e8107e4da6452.txt";
const SEED_C: &str = "003_b98abf12e2331c8c.txt";

fn cmd(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_shanhai"));
    c.env_remove("SHANHAI_DB")
        .env("NO_COLOR", "1")
        .arg("--db")
        .arg(db);
    c
}

/// Runs `c` with `input` on stdin (nothing: stdin closed), killing it
/// after `secs`. `None` when it had to be killed (it hung).
fn run_for(mut c: Command, input: Option<Vec<u8>>, secs: u64) -> Option<Output> {
    c.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = c.spawn().expect("spawn shanhai");
    let feeder = child.stdin.take().map(|mut stdin| {
        let input = input.unwrap_or_default();
        // The child may stop reading early (a size limit): ignore EPIPE.
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        })
    });
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let deadline = Instant::now() + Duration::from_secs(secs);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if let Some(f) = feeder {
        let _ = f.join();
    }
    let stdout = out_reader.join().unwrap();
    let stderr = err_reader.join().unwrap();
    status.map(|status| Output {
        status,
        stdout,
        stderr,
    })
}

/// Runs shanhai with the hang guard; panics naming the command if it hung.
fn guarded(db: &Path, args: &[&str], input: Option<Vec<u8>>) -> Output {
    let mut c = cmd(db);
    c.args(args);
    run_for(c, input, HANG)
        .unwrap_or_else(|| panic!("shanhai {args:?} did not return within {HANG} s (killed)"))
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn count(db: &Path, sql: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

fn documents(db: &Path) -> i64 {
    count(db, "SELECT COUNT(*) FROM documents")
}

/// A database holding two seed articles.
fn seeded(dir: &Path) -> PathBuf {
    let db = dir.join("s.db");
    let o = guarded(
        &db,
        &[
            "ingest",
            seed(SEED_A).to_str().unwrap(),
            seed(SEED_B).to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", err(&o));
    db
}

// 1. Special files ----------------------------------------------------------

#[test]
fn devices_are_refused_by_type_without_reading_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    for dev in ["/dev/urandom", "/dev/zero"] {
        let o = guarded(&db, &["ingest", dev, seed(SEED_A).to_str().unwrap()], None);
        let e = err(&o);
        assert_eq!(o.status.code(), Some(1), "{dev}: {e}");
        assert!(
            e.lines().any(|l| l.starts_with("error:")
                && l.contains(dev)
                && l.contains("not a regular file")),
            "{dev} not refused by type:\n{e}"
        );
        assert_eq!(documents(&db), 1, "{e}");
    }
}

#[test]
fn a_fifo_named_on_the_command_line_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let db = dir.path().join("f.db");
    let o = guarded(&db, &["ingest", fifo.to_str().unwrap()], None);
    let e = err(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(
        e.contains("pipe.txt") && e.contains("not a regular file"),
        "{e}"
    );
    assert!(
        e.contains("`-`"),
        "no hint to use `-` for standard input: {e}"
    );
}

#[test]
fn standard_input_is_read_once_as_dash() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("i.db");
    let article = std::fs::read(seed(SEED_A)).unwrap();
    let o = guarded(&db, &["ingest", "-"], Some(article.clone()));
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(documents(&db), 1, "{}", err(&o));
    let mentions = count(&db, "SELECT COUNT(*) FROM mentions");
    assert!(mentions > 0, "the article read from stdin has no mentions");
    // The same text again is recognised as stored.
    let o = guarded(&db, &["ingest", "-"], Some(article));
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("1 skipped"), "{}", err(&o));
    assert_eq!(documents(&db), 1);
    // Standard input on a pipe named by a path (as `<(…)` is) is a FIFO:
    // refused by type, pointing to `-`.
    let o = guarded(&db, &["ingest", "/dev/stdin"], Some(b"x".to_vec()));
    let e = err(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("not a regular file") && e.contains("`-`"), "{e}");
}

#[test]
fn standard_input_over_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("big.db");
    let big = "浙江省遂昌县。\n".repeat((65 << 20) / 22 + 1).into_bytes();
    assert!(big.len() > 64 << 20);
    let mut c = cmd(&db);
    c.args(["ingest", "-"]);
    let o = run_for(c, Some(big), 20).expect("ingest - hung on a large stdin");
    let e = err(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("standard input") && e.contains("limit"), "{e}");
}

// 2. Arguments ----------------------------------------------------------------

/// The entity with the most co-occurrences in `db`.
fn hub(db: &Path) -> String {
    Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT name FROM entity_degrees ORDER BY degree DESC, id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn a_huge_depth_returns_when_nothing_new_is_reached() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let name = hub(&db);
    let shallow = guarded(
        &db,
        &["neighbors", &name, "--depth", "50", "--format", "tsv"],
        None,
    );
    assert!(shallow.status.success(), "{}", err(&shallow));
    let huge = guarded(
        &db,
        &[
            "neighbors",
            &name,
            "--depth",
            "4294967296",
            "--format",
            "tsv",
        ],
        None,
    );
    assert!(huge.status.success(), "{}", err(&huge));
    assert_eq!(out(&shallow), out(&huge));
}

#[test]
fn a_very_long_unknown_name_is_answered_promptly() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    // As many names as a large corpus holds (the benchmark's has 16,600
    // entities and 51,000 aliases), all sharing characters with the query.
    {
        let mut c = Connection::open(&db).unwrap();
        let tx = c.transaction().unwrap();
        for i in 0..20_000 {
            tx.execute(
                "INSERT INTO entities (type, name) VALUES ('firm', ?1)",
                [format!("浙江{i}号新材料有限公司")],
            )
            .unwrap();
            let id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO aliases (entity_id, alias) VALUES (?1, ?2), (?1, ?3)",
                rusqlite::params![
                    id,
                    format!("浙江{i}号新材料有限公司"),
                    format!("{i}号新材料")
                ],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    let long: String = "浙江省丽水市遂昌县新材料产业园区"
        .chars()
        .cycle()
        .take(5000)
        .collect();
    let o = guarded(&db, &["neighbors", &long], None);
    // an unknown name is "nothing found" (exit 1), not an error
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("no entity named"), "{}", err(&o));
}

#[test]
fn min_weight_nan_is_refused_and_negative_values_are_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let name = hub(&db);
    for nan in ["NaN", "nan", "inf"] {
        let o = guarded(&db, &["neighbors", &name, "--min-weight", nan], None);
        assert_eq!(o.status.code(), Some(2), "--min-weight {nan}: {}", err(&o));
        assert!(err(&o).contains("finite number"), "{}", err(&o));
    }
    let o = guarded(
        &db,
        &[
            "neighbors",
            &name,
            "--measure",
            "npmi",
            "--min-weight",
            "-0.5",
        ],
        None,
    );
    assert!(o.status.success(), "--min-weight -0.5: {}", err(&o));
    let o = guarded(
        &db,
        &[
            "export",
            "graphml",
            "--measure",
            "pmi",
            "--min-weight",
            "-1",
        ],
        None,
    );
    assert!(o.status.success(), "--min-weight -1: {}", err(&o));
}

#[test]
fn dash_as_output_means_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let mut c = cmd(&db);
    c.current_dir(dir.path())
        .args(["export", "mentions", "-o", "-"]);
    let o = run_for(c, None, HANG).expect("hung");
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(out(&o).lines().count(), 2, "{}", out(&o));
    assert!(
        !dir.path().join("-").exists(),
        "a file named `-` was written"
    );
}

// 3. Other programs' files -----------------------------------------------------

#[test]
fn another_programs_sqlite_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let schemas = [
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine');",
        // Its own `documents` table, where shanhai would create one.
        "CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO documents (title) VALUES ('mine');",
    ];
    for (i, schema) in schemas.iter().enumerate() {
        let other = dir.path().join(format!("other{i}.sqlite"));
        Connection::open(&other)
            .unwrap()
            .execute_batch(schema)
            .unwrap();
        let before = std::fs::read(&other).unwrap();
        for args in [
            vec!["ingest", seed(SEED_A).to_str().unwrap()],
            vec!["stats"],
        ] {
            let o = guarded(&other, &args, None);
            let e = err(&o);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {e}");
            assert!(
                e.contains(&format!("other{i}.sqlite is not a shanhai database")),
                "{args:?}: {e}"
            );
            assert!(!e.contains("CREATE TABLE"), "SQL in the message: {e}");
        }
        assert_eq!(before, std::fs::read(&other).unwrap(), "{schema}");
        assert!(!dir.path().join(format!("other{i}.sqlite-wal")).exists());
    }
}

// 4. Half-written outputs ------------------------------------------------------

/// Runs `shanhai` under `prlimit --fsize=limit`: writes past `limit` bytes
/// fail as on a full disk.
fn with_file_size_limit(db: &Path, limit: u64, args: &[&str]) -> Output {
    let mut c = Command::new("prlimit");
    c.arg(format!("--fsize={limit}"))
        .arg(env!("CARGO_BIN_EXE_shanhai"))
        .env_remove("SHANHAI_DB")
        .arg("--db")
        .arg(db)
        .args(args);
    run_for(c, None, HANG).expect("hung")
}

#[test]
fn an_export_that_cannot_be_completed_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("all.db");
    let seeds = project().join("seeds");
    let o = run_for(
        {
            let mut c = cmd(&db);
            c.arg("ingest").arg(&seeds);
            c
        },
        None,
        120,
    )
    .expect("ingest hung");
    assert!(o.status.success(), "{}", err(&o));
    let full = dir.path().join("full.graphml");
    let o = guarded(
        &db,
        &["export", "graphml", "-o", full.to_str().unwrap()],
        None,
    );
    assert!(o.status.success(), "{}", err(&o));
    let size = std::fs::metadata(&full).unwrap().len();
    let limit = 40_000;
    assert!(
        size > limit,
        "premise: the export ({size} B) exceeds the limit"
    );
    let cut = dir.path().join("cut.graphml");
    let o = with_file_size_limit(
        &db,
        limit,
        &["export", "graphml", "-o", cut.to_str().unwrap()],
    );
    assert!(!o.status.success(), "a truncated export reported success");
    assert!(!cut.exists(), "a truncated {} was left", cut.display());
    assert!(err(&o).contains("cut.graphml"), "{}", err(&o));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    // An existing file is left as it was.
    std::fs::write(&cut, "old").unwrap();
    let o = with_file_size_limit(
        &db,
        limit,
        &["export", "graphml", "-o", cut.to_str().unwrap()],
    );
    assert!(!o.status.success());
    assert_eq!(std::fs::read_to_string(&cut).unwrap(), "old");
}

/// A folder with a fake GraphViz `dot` that writes half an SVG, records
/// its pid and then waits (or fails at once when `fail`).
fn fake_dot(dir: &Path, fail: bool) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("fakebin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = format!(
        "#!/bin/sh\n# called as: dot -Tsvg -o OUT IN\nprintf '<svg><g class=\"node\">half' > \"$3\"\necho $$ > \"$FAKE_DOT_PID.tmp\" && mv \"$FAKE_DOT_PID.tmp\" \"$FAKE_DOT_PID\"\n{}\n",
        if fail { "exit 1" } else { "exec sleep 60" }
    );
    let dot = bin.join("dot");
    std::fs::write(&dot, script).unwrap();
    std::fs::set_permissions(&dot, std::fs::Permissions::from_mode(0o755)).unwrap();
    bin
}

fn two_seeds(dir: &Path) -> PathBuf {
    let seeds = dir.join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    for s in [SEED_A, SEED_B] {
        std::fs::copy(seed(s), seeds.join(s)).unwrap();
    }
    seeds
}

fn build_cmd(dir: &Path, bin: &Path, pidfile: &Path) -> Command {
    let mut c = cmd(&dir.join("b.db"));
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // a background job of a script without job control ignores SIGINT,
    // and the ignore is inherited: give the child the default back
    // SAFETY: signal() is async-signal-safe.
    unsafe {
        use std::os::unix::process::CommandExt;
        c.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    c.env("PATH", path)
        .env("FAKE_DOT_PID", pidfile)
        .arg("build")
        .arg("--seeds")
        .arg(dir.join("seeds"))
        .arg("--out")
        .arg(dir.join("graph_out"));
    c
}

fn wait_for_file(path: &Path) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(s) = std::fs::read_to_string(path) {
            return s.trim().to_string();
        }
        assert!(
            Instant::now() < deadline,
            "{} never appeared",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn alive(pid: &str) -> bool {
    // A zombie has ended; only its exit status is left.
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            s.rsplit(')')
                .next()
                .is_some_and(|rest| !rest.trim_start().starts_with('Z'))
        })
        .unwrap_or(false)
}

/// Sends `sig` to one process (`group`: to its process group), never to
/// anything but a child this test started.
fn signal(pid: u32, sig: libc::c_int, group: bool) {
    assert!(pid > 1, "refusing to signal pid {pid}");
    let target = if group { -(pid as i32) } else { pid as i32 };
    // SAFETY: a plain system call on a pid this test owns.
    unsafe {
        libc::kill(target, sig);
    }
}

#[test]
fn a_failed_render_leaves_no_svg() {
    let dir = tempfile::tempdir().unwrap();
    two_seeds(dir.path());
    let bin = fake_dot(dir.path(), true);
    let pidfile = dir.path().join("dot.pid");
    let o = run_for(build_cmd(dir.path(), &bin, &pidfile), None, 120).expect("build hung");
    assert!(pidfile.exists(), "the fake dot was not run: {}", err(&o));
    assert!(!o.status.success());
    let out_dir = dir.path().join("graph_out");
    assert!(out_dir.join("seeds.dot").exists());
    assert!(
        !out_dir.join("seeds.svg").exists(),
        "half an SVG left after dot failed"
    );
}

#[test]
fn an_interrupted_render_leaves_no_svg_and_no_renderer() {
    use std::os::unix::process::CommandExt;
    for sig in [libc::SIGINT, libc::SIGKILL] {
        let dir = tempfile::tempdir().unwrap();
        two_seeds(dir.path());
        let bin = fake_dot(dir.path(), false);
        let pidfile = dir.path().join("dot.pid");
        let mut c = build_cmd(dir.path(), &bin, &pidfile);
        c.stdout(Stdio::null()).stderr(Stdio::null());
        c.process_group(0);
        let mut child = c.spawn().unwrap();
        let dot_pid = wait_for_file(&pidfile);
        // Ctrl-C reaches the whole foreground group; SIGKILL is sent to
        // ours only, and the renderer must not outlive it.
        signal(child.id(), sig, sig == libc::SIGINT);
        child.wait().unwrap();
        let deadline = Instant::now() + Duration::from_secs(HANG);
        while alive(&dot_pid) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let survived = alive(&dot_pid);
        if survived {
            // Ours (the fake renderer), by pid: do not leave it behind.
            signal(dot_pid.parse().unwrap(), libc::SIGKILL, false);
        }
        assert!(!survived, "signal {sig}: the renderer outlived shanhai");
        assert!(
            !dir.path().join("graph_out/seeds.svg").exists(),
            "signal {sig}: a half-rendered seeds.svg was left"
        );
    }
}

// 5. Paths ---------------------------------------------------------------------

fn hash_of(path: &Path) -> String {
    shanhai::text::content_hash(&std::fs::read(path).unwrap())
}

fn has_hash(db: &Path, hash: &str) -> bool {
    Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT COUNT(*) FROM documents WHERE hash = ?1",
            [hash],
            |r| r.get::<_, i64>(0),
        )
        .unwrap()
        == 1
}

/// Two GBK file names (啊.txt, 阿.txt) that are not UTF-8 and read the
/// same when decoded lossily.
fn gbk_names(dir: &Path) -> [PathBuf; 2] {
    use std::os::unix::ffi::OsStrExt;
    let a = dir.join(std::ffi::OsStr::from_bytes(b"\xb0\xa1.txt"));
    let b = dir.join(std::ffi::OsStr::from_bytes(b"\xb0\xa2.txt"));
    assert_eq!(a.to_string_lossy(), b.to_string_lossy(), "premise");
    std::fs::copy(seed(SEED_A), &a).unwrap();
    std::fs::copy(seed(SEED_B), &b).unwrap();
    [a, b]
}

#[test]
fn non_utf8_file_names_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let [a, b] = gbk_names(&input);
    // In one batch.
    let db = dir.path().join("one.db");
    let o = guarded(&db, &["ingest", input.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(documents(&db), 2, "{}", err(&o));
    // Across two runs: the second is new, not a replacement.
    let db = dir.path().join("two.db");
    for (p, stored) in [(&a, 1), (&b, 2)] {
        let mut c = cmd(&db);
        c.arg("ingest").arg(p);
        let o = run_for(c, None, 60).expect("hung");
        assert!(o.status.success(), "{}", err(&o));
        assert!(err(&o).contains("1 stored (0 replaced)"), "{}", err(&o));
        assert_eq!(documents(&db), stored);
    }
    // Shown lossily.
    let names = count(
        &db,
        "SELECT COUNT(*) FROM documents WHERE file_name = '\u{FFFD}\u{FFFD}.txt'",
    );
    assert_eq!(names, 2);
}

#[test]
fn one_file_under_two_spellings_is_one_document() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let file = sub.join("a.txt");
    std::fs::copy(seed(SEED_A), &file).unwrap();
    let db = dir.path().join("p.db");
    // Relative, from its folder.
    let mut c = cmd(&db);
    c.current_dir(&sub).args(["ingest", "a.txt"]);
    assert!(run_for(c, None, 60).unwrap().status.success());
    // Edited, then named by an absolute path through `..` and a symlink.
    std::fs::copy(seed(SEED_B), &file).unwrap();
    std::os::unix::fs::symlink(&sub, dir.path().join("link")).unwrap();
    let other = dir.path().join("link/../sub/a.txt");
    let o = guarded(&db, &["ingest", other.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("1 stored (1 replaced)"), "{}", err(&o));
    assert_eq!(documents(&db), 1);
    assert!(has_hash(&db, &hash_of(&file)));
    let stored: String = Connection::open(&db)
        .unwrap()
        .query_row("SELECT path FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, file.canonicalize().unwrap().to_str().unwrap());
    // Through a symlink to the file: the same document again.
    std::os::unix::fs::symlink(&file, dir.path().join("alias.txt")).unwrap();
    let o = guarded(
        &db,
        &["ingest", dir.path().join("alias.txt").to_str().unwrap()],
        None,
    );
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(documents(&db), 1);
}

#[test]
fn a_copy_reported_as_stored_is_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for name in ["a.txt", "b.txt"] {
        std::fs::copy(seed(SEED_A), input.join(name)).unwrap();
    }
    let db = dir.path().join("c.db");
    let o = guarded(&db, &["ingest", input.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(documents(&db), 1);
    // a.txt changes; b.txt still holds the first text.
    std::fs::copy(seed(SEED_B), input.join("a.txt")).unwrap();
    let o = guarded(&db, &["ingest", input.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(documents(&db), 2, "{}", err(&o));
    assert!(has_hash(&db, &hash_of(&input.join("a.txt"))));
    assert!(has_hash(&db, &hash_of(&input.join("b.txt"))), "{}", err(&o));
}

/// Everything a database holds that a document contributes to.
fn fingerprint(db: &Path) -> Vec<String> {
    let c = Connection::open(db).unwrap();
    let rows = |sql: &str| -> Vec<String> {
        let mut stmt = c.prepare(sql).unwrap();
        let v: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        v
    };
    let mut out = rows(
        "SELECT type || ':' || name || ':' || mention_count || ':' || sentence_count || ':' ||
                paragraph_count || ':' || document_count FROM entities ORDER BY type, name",
    );
    out.extend(rows(
        "SELECT kind || ':' || source || ':' || target || ':' || sentence_count || ':' ||
                paragraph_count || ':' || document_count || ':' || evidence_count
           FROM relations_named ORDER BY kind, source, target",
    ));
    out.extend(rows("SELECT file_name FROM documents ORDER BY file_name"));
    out.push(format!(
        "{} sentences, {} mentions, {} fts",
        count(db, "SELECT COUNT(*) FROM sentences"),
        count(db, "SELECT COUNT(*) FROM mentions"),
        count(
            db,
            "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH '浙江'"
        ),
    ));
    out
}

#[test]
fn prune_removes_documents_whose_files_are_gone() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(seed(SEED_A), input.join("a.txt")).unwrap();
    let db = dir.path().join("p.db");
    let o = guarded(&db, &["ingest", input.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", err(&o));
    let only_a = fingerprint(&db);
    std::fs::copy(seed(SEED_C), input.join("c.txt")).unwrap();
    let o = guarded(&db, &["ingest", input.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(documents(&db), 2);
    std::fs::remove_file(input.join("c.txt")).unwrap();
    let o = guarded(&db, &["ingest", "--prune", input.to_str().unwrap()], None);
    let e = err(&o);
    assert!(o.status.success(), "{e}");
    assert!(
        e.lines()
            .any(|l| l.contains("removed") && l.contains("c.txt")),
        "{e}"
    );
    assert_eq!(documents(&db), 1);
    assert_eq!(fingerprint(&db), only_a);
}

// 6. Lexicon ---------------------------------------------------------------------

const LEX_ARTICLE: &str = "星河湾动力在浙江省丽水市遂昌县投资建设新工厂。\n\
     遂昌县表示，星河湾动力的项目将于明年投产。\n";

fn lexicon_run(dir: &Path, lexicon: &str, article: &str) -> (PathBuf, Output) {
    let lex = dir.join("lex.tsv");
    std::fs::write(&lex, lexicon).unwrap();
    let art = dir.join("article.txt");
    std::fs::write(&art, article).unwrap();
    let db = dir.join("lex.db");
    let o = guarded(
        &db,
        &[
            "ingest",
            "--lexicon",
            lex.to_str().unwrap(),
            art.to_str().unwrap(),
        ],
        None,
    );
    (db, o)
}

#[test]
fn a_lexicon_with_a_byte_order_mark_is_read_whole() {
    for lexicon in [
        "\u{FEFF}# surface\ttype\tcanonical\n星河湾动力\tfirm\t星河湾动力科技有限公司\n",
        "\u{FEFF}星河湾动力\tfirm\t星河湾动力科技有限公司\n",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (db, o) = lexicon_run(dir.path(), lexicon, LEX_ARTICLE);
        assert!(o.status.success(), "{lexicon:?}: {}", err(&o));
        let firm = count(
            &db,
            "SELECT COUNT(*) FROM entities WHERE type = 'firm' AND name = '星河湾动力科技有限公司'",
        );
        assert_eq!(firm, 1, "{lexicon:?}: the first entry was dropped");
    }
}

#[test]
fn a_stopped_county_is_not_in_the_graph() {
    let dir = tempfile::tempdir().unwrap();
    let article = "浙江省丽水市遂昌县的遂昌经济开发区迎来新项目。\n\
         遂昌县与星河湾动力签约，遂昌经济开发区将建设新工厂。\n";
    let (db, o) = lexicon_run(dir.path(), "遂昌县\tstop\n遂昌\tstop\n", article);
    assert!(o.status.success(), "{}", err(&o));
    let county = count(
        &db,
        "SELECT COUNT(*) FROM entities e WHERE e.type = 'county'
           AND (e.name LIKE '遂昌%' OR e.id IN (SELECT entity_id FROM aliases WHERE alias LIKE '遂昌%'))",
    );
    // 遂昌 is the only county in the article.
    let edges = count(
        &db,
        "SELECT COUNT(*) FROM relations_named WHERE source_type = 'county' OR target_type = 'county'",
    );
    assert_eq!(
        (county, edges),
        (0, 0),
        "a stopped county is still in the graph"
    );
}

#[test]
fn an_empty_name_in_the_lexicon_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let (db, o) = lexicon_run(
        dir.path(),
        "# surface\ttype\n星河湾动力\tfirm\n\tfirm\t星河湾动力科技有限公司\n",
        LEX_ARTICLE,
    );
    let e = err(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(
        e.contains("lex.tsv") && e.contains("line 3") && e.contains("empty"),
        "{e}"
    );
    assert!(!db.exists() || documents(&db) == 0);
}

// 7. Consistency -------------------------------------------------------------------

#[test]
fn why_with_limit_zero_does_not_contradict_itself() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    // The strongest pair by shared sentences.
    let (a, b): (String, String) = Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT source_type || ':' || source, target_type || ':' || target
               FROM relations_named WHERE kind = 'cooccurs'
              ORDER BY sentence_count DESC, id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let o = guarded(&db, &["why", &a, &b, "--limit", "0"], None);
    assert!(o.status.success(), "{}", err(&o));
    let text = out(&o);
    assert!(!text.contains("no single sentence names both"), "{text}");
    assert!(text.contains("more sentence(s)"), "{text}");
}
