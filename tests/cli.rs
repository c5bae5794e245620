//! End to end through the binary, on the bundled seeds.

mod common;
use common::{project, stderr};

use rusqlite::Connection;
use std::path::Path;
use std::process::Output;

fn shanhai(db: &Path, args: &[&str]) -> Output {
    common::run_in_project(db, args)
}

fn ingest_seeds(db: &Path) -> Output {
    let seeds = project().join("seeds");
    shanhai(db, &["ingest", seeds.to_str().unwrap()])
}

#[test]
fn ingesting_the_seeds_twice_stores_them_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let first = ingest_seeds(&db);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stderr(&first).contains("5 stored"), "{}", stderr(&first));
    // Not a terminal: no progress bar, just the one-line summary.
    assert!(
        !stderr(&first).contains("discovering names"),
        "{}",
        stderr(&first)
    );
    // One summary line, and one warning: seed 002 is more related list
    // and advertisement than article.
    let err = stderr(&first);
    let (warnings, rest): (Vec<&str>, Vec<&str>) =
        err.lines().partition(|l| l.starts_with("warning"));
    assert_eq!(rest.len(), 1, "{err}");
    assert_eq!(warnings.len(), 1, "{err}");
    assert!(warnings[0].contains("002_"), "{err}");
    for field in [
        "read",
        "stored",
        "skipped",
        "failed",
        "sentences",
        "mentions",
        "entities",
        "relations",
        " s, ",
        "MB/s",
    ] {
        assert!(
            stderr(&first).contains(field),
            "summary lacks {field}: {}",
            stderr(&first)
        );
    }
    let counts = |db: &Path| -> (i64, i64, i64, i64) {
        let c = Connection::open(db).unwrap();
        c.query_row(
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM sentences),
                    (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM relations)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap()
    };
    let before = counts(&db);
    assert_eq!(before.0, 5);
    let second = ingest_seeds(&db);
    assert!(second.status.success(), "{}", stderr(&second));
    let text = stderr(&second);
    assert!(text.contains("0 stored"), "{text}");
    assert!(text.contains("5 skipped (already stored)"), "{text}");
    assert_eq!(before, counts(&db));
}

#[test]
fn the_schema_doc_examples_return_rows_on_the_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    assert!(ingest_seeds(&db).status.success());
    // As the doc says: the first search brings the full-text index up to date.
    assert!(shanhai(&db, &["search", "储能电池"]).status.success());
    let doc = std::fs::read_to_string(project().join("docs/schema.md")).unwrap();
    let queries: Vec<&str> = doc
        .split("```sql")
        .skip(1)
        .map(|block| block.split("```").next().unwrap())
        .collect();
    assert!(
        queries.len() >= 5,
        "docs/schema.md has {} queries",
        queries.len()
    );
    let c = Connection::open(&db).unwrap();
    for q in queries {
        let mut stmt = c
            .prepare(q)
            .unwrap_or_else(|e| panic!("{e}\nin query:\n{q}"));
        let n = stmt.query_map([], |_| Ok(())).unwrap().count();
        assert!(n > 0, "no rows from:\n{q}");
    }
}

#[test]
fn nothing_from_the_related_article_list_of_seed_002_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    assert!(ingest_seeds(&db).status.success());
    let c = Connection::open(&db).unwrap();
    // Titles of the other articles listed at the end of seed 002.
    for fragment in [
        "张汉坤率队赴浙江考察招商",
        "我省代表团赴江苏浙江广东招商考察",
        "新冠病毒中和抗体",
    ] {
        let n: i64 = c
            .query_row(
                "SELECT COUNT(*) FROM sentences WHERE text LIKE '%' || ?1 || '%'",
                [fragment],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0, "{fragment} reached the database");
    }
    for name in ["甘肃", "桂林", "青海"] {
        let n: i64 = c
            .query_row(
                "SELECT COUNT(*) FROM aliases a JOIN mentions m ON m.entity_id = a.entity_id
                 WHERE a.alias LIKE ?1 || '%'",
                [name],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            n, 0,
            "entity {name} from the related-article list reached the graph"
        );
    }
}

#[test]
fn missing_inputs_are_reported_and_the_rest_goes_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let seed = project().join("seeds/003_b98abf12e2331c8c.txt");
    let out = shanhai(&db, &["ingest", "/no/such/folder", seed.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("/no/such/folder: no such file or folder"));
    assert!(stderr(&out).contains("1 stored"));
}

#[test]
fn stats_counts_tables_and_types() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    assert!(ingest_seeds(&db).status.success());
    let out = shanhai(&db, &["stats"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("documents"), "{text}");
    let docs_line = text.lines().find(|l| l.starts_with("documents")).unwrap();
    assert!(docs_line.trim_end().ends_with(" 5"), "{docs_line}");
    assert!(text.lines().any(|l| l.starts_with("firm")), "{text}");
}

#[test]
fn a_missing_database_is_a_clear_error_for_queries() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("absent.db");
    let out = shanhai(&db, &["stats"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("absent.db"), "{}", stderr(&out));
    assert!(!db.exists(), "a query must not create the database");
}

#[test]
fn eval_after_ingest_scores_the_seeds_above_the_floor() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    assert!(ingest_seeds(&db).status.success());
    let gold = project().join("tests/data/gold_seeds.jsonl");
    let out = shanhai(&db, &["eval", "--gold", gold.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let score: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f1 = |c: &serde_json::Value| {
        let (tp, fp, fn_) = (
            c["tp"].as_f64().unwrap(),
            c["fp"].as_f64().unwrap(),
            c["fn"].as_f64().unwrap(),
        );
        2.0 * tp / (2.0 * tp + fp + fn_)
    };
    let all4 = f1(&score["all4"]);
    assert!(all4 >= 0.95, "all4 F1 {all4:.3}");
    for t in ["county", "firm", "park", "platform"] {
        let f = f1(&score["per_type"][t]);
        assert!(f >= 0.88, "{t} F1 {f:.3}");
    }
    // --verbose names what was missed, so a user can see why.
    let out = shanhai(
        &db,
        &["eval", "--gold", gold.to_str().unwrap(), "--verbose"],
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("all4"), "{text}");
}

#[test]
fn a_user_lexicon_adds_merges_and_vetoes_names() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "浙江翱翔新材料有限公司与星河湾动力签约，共建青松创新工场。\n\
         星河湾动力将在桐庐县投资建厂。",
    )
    .unwrap();
    let names = |db: &Path| -> Vec<(String, String)> {
        let c = Connection::open(db).unwrap();
        let mut s = c
            .prepare("SELECT type, name FROM entities WHERE mention_count > 0 ORDER BY type, name")
            .unwrap();
        let rows = s.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        rows.collect::<Result<_, _>>().unwrap()
    };
    let has = |v: &[(String, String)], t: &str, n: &str| v.iter().any(|(a, b)| a == t && b == n);

    let plain = dir.path().join("plain.db");
    assert!(shanhai(&plain, &["ingest", article.to_str().unwrap()])
        .status
        .success());
    let before = names(&plain);
    assert!(has(&before, "firm", "浙江翱翔新材料有限公司"), "{before:?}");

    let lexicon = dir.path().join("lexicon.tsv");
    std::fs::write(
        &lexicon,
        "# surface\ttype\tcanonical\n\
         星河湾动力\tfirm\t星河湾动力科技有限公司\n\
         青松创新工场\tplatform\n\
         浙江翱翔新材料有限公司\tstop\n",
    )
    .unwrap();
    let with = dir.path().join("with.db");
    let out = shanhai(
        &with,
        &[
            "ingest",
            "--lexicon",
            lexicon.to_str().unwrap(),
            article.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let after = names(&with);
    assert!(has(&after, "firm", "星河湾动力科技有限公司"), "{after:?}");
    assert!(has(&after, "platform", "青松创新工场"), "{after:?}");
    assert!(!after.iter().any(|(_, n)| n.contains("翱翔")), "{after:?}");

    // A malformed lexicon is refused with its file and line.
    std::fs::write(&lexicon, "星河湾动力\tcompany\n").unwrap();
    let out = shanhai(
        &with,
        &[
            "ingest",
            "--lexicon",
            lexicon.to_str().unwrap(),
            article.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("lexicon.tsv") && err.contains("line 1"),
        "{err}"
    );
}

#[test]
fn search_uses_the_index_and_falls_back_to_a_scan_for_short_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    assert!(ingest_seeds(&db).status.success());
    let run = |text: &str| {
        let out = shanhai(&db, &["search", text, "--format", "json"]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let hits = v["sentences"].as_array().unwrap().clone();
        // Exit 0 when something was found, 1 when nothing was.
        let want = if hits.is_empty() { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(want), "{}", stderr(&out));
        hits
    };
    let long = run("储能电池");
    assert!(!long.is_empty());
    assert!(long
        .iter()
        .all(|h| h["text"].as_str().unwrap().contains("储能电池")));
    let short = run("光伏");
    assert!(!short.is_empty());
    assert!(short
        .iter()
        .all(|h| h["text"].as_str().unwrap().contains("光伏")));
    // Query syntax and LIKE wildcards are plain text.
    assert!(run("\"遂昌 OR").is_empty());
    assert!(run("%_").is_empty());
    let table = shanhai(&db, &["search", "光伏"]);
    assert!(String::from_utf8(table.stdout).unwrap().contains("scan"));
}

/// The `shanhai …` examples of a help text (lines of its Examples
/// section) and the subcommands it lists.
fn help_examples(args: &[&str]) -> (Vec<String>, Vec<String>) {
    let mut a = args.to_vec();
    a.push("--help");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_shanhai"))
        .args(&a)
        .output()
        .unwrap();
    assert!(out.status.success(), "{a:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let (mut examples, mut commands) = (Vec::new(), Vec::new());
    let mut section = "";
    for line in text.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            section = line;
            continue;
        }
        let t = line.trim();
        if section == "Examples:" && t.starts_with("shanhai ") {
            examples.push(t.to_string());
        }
        if section == "Commands:" {
            if let Some(c) = t.split_whitespace().next().filter(|c| *c != "help") {
                commands.push(c.to_string());
            }
        }
    }
    (examples, commands)
}

/// `shanhai …` up to a comment, a description column or a shell operator.
fn command_words(example: &str) -> Vec<String> {
    let mut s = example;
    for cut in ["  ", " #", " &&", " |", " >"] {
        if let Some(i) = s.find(cut) {
            s = &s[..i];
        }
    }
    s.split_whitespace().skip(1).map(str::to_string).collect()
}

#[test]
fn every_example_in_the_help_and_the_readme_runs_on_the_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    assert!(ingest_seeds(&db).status.success());
    // Run where relative paths of the examples resolve and outputs land
    // in the temp folder.
    for link in ["seeds", "tests"] {
        std::os::unix::fs::symlink(project().join(link), dir.path().join(link)).unwrap();
    }
    let mut examples: Vec<(String, String)> = Vec::new();
    let mut todo: Vec<Vec<String>> = vec![Vec::new()];
    while let Some(path) = todo.pop() {
        let args: Vec<&str> = path.iter().map(String::as_str).collect();
        let (ex, commands) = help_examples(&args);
        let place = format!("`shanhai {} --help`", path.join(" "));
        examples.extend(ex.into_iter().map(|e| (place.clone(), e)));
        for c in commands {
            let mut p = path.clone();
            p.push(c);
            todo.push(p);
        }
    }
    let readme = std::fs::read_to_string(project().join("README.md")).unwrap();
    let mut in_code = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_code = line.starts_with("```sh");
        } else if in_code && line.starts_with("shanhai ") {
            examples.push(("README.md".into(), line.to_string()));
        }
    }
    // Inline TYPE:NAME examples resolve too.
    for piece in readme.split('`').skip(1).step_by(2) {
        let typed = [
            "county:",
            "firm:",
            "park:",
            "platform:",
            "region:",
            "institution:",
        ];
        if typed.iter().any(|t| piece.starts_with(t)) && !piece.contains(' ') {
            examples.push(("README.md".into(), format!("shanhai show {piece}")));
        }
    }
    assert!(
        examples.len() >= 30,
        "only {} examples found",
        examples.len()
    );
    let mut failed = Vec::new();
    for (place, example) in &examples {
        let words = command_words(example);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_shanhai"))
            .current_dir(dir.path())
            .env_remove("SHANHAI_DB")
            .arg("--db")
            .arg(&db)
            .args(&words)
            .output()
            .unwrap();
        if !out.status.success() {
            failed.push(format!(
                "{place}: `{example}` exited {:?}: {}",
                out.status.code(),
                stderr(&out).trim()
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "examples that fail:\n{}",
        failed.join("\n")
    );
}

fn json_of(db: &Path, args: &[&str]) -> serde_json::Value {
    let out = shanhai(db, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

#[test]
fn browsing_the_seeds_entities_show_and_typed_edges() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    assert!(ingest_seeds(&db).status.success());
    // entities: filtered, sorted, counted, with first/last seen.
    let v = json_of(&db, &["entities", "-t", "county", "-n", "2", "-f", "json"]);
    let rows = v["entities"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert!(v["total"].as_u64().unwrap() > 2, "{v}");
    assert_eq!(rows[0]["name"], "遂昌");
    assert!(rows[0]["mentions"].as_i64() >= rows[1]["mentions"].as_i64());
    assert!(rows.iter().all(|r| r["type"] == "county"));
    let t =
        String::from_utf8(shanhai(&db, &["entities", "-t", "county", "-n", "2"]).stdout).unwrap();
    assert!(
        t.starts_with(&format!("2 of {} entities", v["total"])),
        "{t}"
    );
    let v = json_of(&db, &["entities", "--like", "holo", "-f", "json"]);
    assert_eq!(v["entities"][0]["name"], "HOLOVIS");
    let by_name = json_of(
        &db,
        &["entities", "--sort", "name", "-n", "500", "-f", "json"],
    );
    let names: Vec<&str> = by_name["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]));
    let nothing = shanhai(&db, &["entities", "--like", "不存在的名字"]);
    assert_eq!(nothing.status.code(), Some(1));
    // show: Latin case ignored; hierarchy, aliases, documents, dates.
    let v = json_of(&db, &["show", "holovis", "-f", "json"]);
    assert_eq!(v["entity"]["name"], "HOLOVIS");
    let v = json_of(&db, &["show", "county:遂昌", "-f", "json"]);
    let parents: Vec<&str> = v["parents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(parents, ["丽水", "浙江"]);
    assert_eq!(v["entity"]["admin_code"], "331123");
    assert!(v["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == "遂昌县"));
    assert_eq!(v["documents_total"], 2);
    assert_eq!(v["entity"]["first_seen"], "2021-10-11 07:33:27");
    assert!(v["children"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["name"] == "浙江遂昌经济开发区"));
    assert_eq!(v["neighbors"][0]["name"], "阿里云");
    let unknown = shanhai(&db, &["show", "遂昌乡下"]);
    assert_eq!(
        unknown.status.code(),
        Some(1),
        "unknown name: nothing found"
    );
    assert!(
        stderr(&unknown).contains("did you mean 遂昌"),
        "{}",
        stderr(&unknown)
    );
    // neighbors: the hierarchy beside co-occurrence, and --relation.
    let v = json_of(&db, &["neighbors", "遂昌", "-n", "100", "-f", "json"]);
    let row = |v: &serde_json::Value, name: &str| {
        v["neighbors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("{name} not in {v}"))
    };
    assert_eq!(
        row(&v, "丽水")["relations"],
        serde_json::json!(["located_in", "cooccurs"])
    );
    assert_eq!(row(&v, "浙江遂昌经济开发区")["relations"][0], "contains");
    let up = json_of(
        &db,
        &[
            "neighbors",
            "上虞",
            "--relation",
            "located_in",
            "--depth",
            "3",
            "-f",
            "json",
        ],
    );
    let names: Vec<&str> = up["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["绍兴", "浙江"]);
    // path over the hierarchy, saying which edges it used.
    let v = json_of(&db, &["path", "浙江", "上虞", "-f", "json"]);
    let hops: Vec<(&str, &str)> = v["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["to"]["name"].as_str().unwrap(),
                h["relation"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(hops[0], ("绍兴", "contains"), "{v}");
    assert_eq!(hops.last().unwrap().0, "上虞");
    let v = json_of(
        &db,
        &["path", "上虞", "浙江", "--via", "hierarchy", "-f", "json"],
    );
    assert_eq!(v["hops"], 2);
    let none = shanhai(
        &db,
        &[
            "path",
            "浙江",
            "上虞",
            "--via",
            "cooccurrence",
            "--max-hops",
            "1",
        ],
    );
    assert_eq!(none.status.code(), Some(1));
    assert!(stderr(&none).contains("no path"));
    // why: labelled counts; a date range keeps the sentences of its
    // documents only.
    let v = json_of(&db, &["why", "阿里云", "遂昌", "-f", "json"]);
    assert_eq!(v["relations"][0]["counts"]["sentence"], 4);
    assert_eq!(v["a"]["type"], "firm");
    let dated = json_of(
        &db,
        &["why", "阿里云", "遂昌", "--since", "2021-10", "-f", "json"],
    );
    let n = dated["relations"][0]["evidence_count"].as_i64().unwrap();
    assert!(n > 0 && n < 4, "{dated}");
    assert!(dated["relations"][0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["published"].as_str().is_some_and(|p| p >= "2021-10")));
    let none = shanhai(&db, &["why", "阿里云", "遂昌", "--until", "2021-01"]);
    assert_eq!(none.status.code(), Some(1));
    // entities in a date range: only those named in its documents.
    let v = json_of(
        &db,
        &["entities", "--since", "2024", "-n", "500", "-f", "json"],
    );
    let names: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"衢州") && !names.contains(&"遂昌"),
        "{names:?}"
    );
}

#[test]
fn one_vocabulary_formats_counts_exit_codes_and_pipes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    assert!(ingest_seeds(&db).status.success());
    // "N of M" where a limit cuts.
    let t = String::from_utf8(shanhai(&db, &["search", "遂昌", "-n", "5"]).stdout).unwrap();
    let v = json_of(&db, &["search", "遂昌", "-n", "5", "-f", "json"]);
    let total = v["total"].as_i64().unwrap();
    assert!(total > 5);
    assert_eq!(v["sentences"].as_array().unwrap().len(), 5);
    assert!(t.starts_with(&format!("5 of {total} sentences")), "{t}");
    // Several terms: every sentence has all; a date range narrows.
    let both = json_of(&db, &["search", "遂昌", "阿里云", "-f", "json"]);
    let hits = both["sentences"].as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| {
        let s = h["text"].as_str().unwrap();
        s.contains("遂昌") && s.contains("阿里云")
    }));
    let later = json_of(
        &db,
        &[
            "search", "遂昌", "--since", "2021-10", "-n", "1000", "-f", "json",
        ],
    );
    assert!(later["total"].as_i64().unwrap() < total);
    assert!(later["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["published"].as_str().is_some_and(|p| p >= "2021-10")));
    let early = shanhai(&db, &["search", "遂昌", "--until", "2000"]);
    assert_eq!(early.status.code(), Some(1), "nothing found");
    let bad = shanhai(&db, &["search", "遂昌", "--since", "yesterday"]);
    assert_eq!(bad.status.code(), Some(2), "usage error");
    // --format on stats and eval; --json kept as an alias.
    let v = json_of(&db, &["stats", "-f", "json"]);
    assert!(v["cooccurring_pairs"]["sentence"].as_i64().unwrap() > 0);
    assert_eq!(v, json_of(&db, &["stats", "--json"]));
    let tsv = String::from_utf8(shanhai(&db, &["stats", "-f", "tsv"]).stdout).unwrap();
    assert!(tsv.lines().any(|l| l == "rows\tdocuments\t5"), "{tsv}");
    let gold = project().join("tests/data/gold_seeds.jsonl");
    let gold = gold.to_str().unwrap();
    let tsv =
        String::from_utf8(shanhai(&db, &["eval", "--gold", gold, "-f", "tsv"]).stdout).unwrap();
    assert!(
        tsv.starts_with("type\ttp\tfp\tfn\tprecision\trecall\tf1\n"),
        "{tsv}"
    );
    assert!(tsv.lines().any(|l| l.starts_with("all4\t")));
    let v = json_of(&db, &["eval", "--gold", gold, "--format", "json"]);
    assert!(v["all4"].is_object());
    // A closed pipe ends quietly with exit 0, in every format.
    for format in ["table", "json", "tsv"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_shanhai"))
            .args([
                "--db",
                db.to_str().unwrap(),
                "search",
                "的",
                "-n",
                "100000",
                "-f",
                format,
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // the reader goes away at once
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr(&out));
        assert!(out.stderr.is_empty(), "{format}: {}", stderr(&out));
    }
}

#[test]
fn the_default_seeds_drawing_holds_every_entity_mentioned_ten_times() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    std::os::unix::fs::symlink(project().join("seeds"), dir.path().join("seeds")).unwrap();
    // An empty PATH: no `dot`, so only the DOT file is written, quickly.
    let empty = dir.path().join("empty-path");
    std::fs::create_dir(&empty).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_shanhai"))
        .current_dir(dir.path())
        .env_remove("SHANHAI_DB")
        .env("PATH", &empty)
        .arg("--db")
        .arg(&db)
        .arg("build")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("rendered"), "{}", stderr(&out));
    let dot = std::fs::read_to_string(dir.path().join("graph_out/seeds.dot")).unwrap();
    let conn = Connection::open(&db).unwrap();
    let mut stmt = conn
        .prepare("SELECT name, mention_count FROM entities WHERE mention_count >= 10")
        .unwrap();
    let important: Vec<(String, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(important.iter().any(|(n, _)| n == "上虞"), "{important:?}");
    let fontsize = |name: &str| -> f64 {
        let line = dot
            .lines()
            .find(|l| l.contains(&format!("[label=\"{name}\"")))
            .unwrap_or_else(|| panic!("{name} is not in the drawing"));
        let at = line.find("fontsize=").unwrap() + "fontsize=".len();
        line[at..].split(',').next().unwrap().parse().unwrap()
    };
    for (name, _) in &important {
        fontsize(name);
    }
    // Size means mentions: the most mentioned is drawn largest.
    let (top, _) = important.iter().max_by_key(|(_, m)| *m).unwrap();
    let smallest = dot
        .lines()
        .filter_map(|l| l.split("fontsize=").nth(1))
        .filter_map(|f| f.split([',', ']']).next()?.parse::<f64>().ok())
        .fold(f64::MAX, f64::min);
    assert!(fontsize(top) > smallest, "{dot}");
    // The legend is one table: its rows keep the order written.
    let legend = dot.lines().find(|l| l.contains("legend [")).unwrap();
    let county = legend.find("县 county").unwrap();
    let firm = legend.find("企业 firm").unwrap();
    assert!(
        county < firm && legend.contains("size = mentions"),
        "{legend}"
    );
    // A whole-graph drawing too big to read warns and suggests an ego view.
    let o = shanhai(&db, &["export", "dot", "--window", "document"]);
    assert!(o.status.success());
    assert!(
        stderr(&o).contains("--center NAME --depth 1"),
        "{}",
        stderr(&o)
    );
    let o = shanhai(&db, &["export", "dot", "--center", "遂昌"]);
    assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn seed_path(prefix: &str) -> String {
    let dir = project().join("seeds");
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn each_document_records_what_cleaning_kept_and_dropped_and_stats_sums_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    assert!(ingest_seeds(&db).status.success());
    let c = Connection::open(&db).unwrap();
    let rows: Vec<(String, i64, i64, i64)> = c
        .prepare(
            "SELECT file_name, kept_chars, dropped_chars,
                    (SELECT SUM(length(text)) FROM sentences s WHERE s.document_id = d.id)
             FROM documents d ORDER BY file_name",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), 5);
    for (name, kept, dropped, sentence_chars) in &rows {
        // sentences are the kept lines, trimmed: never more than was kept
        assert!(
            *kept >= *sentence_chars && *sentence_chars > 0,
            "{name}: {kept} {sentence_chars}"
        );
        assert!(*dropped > 0, "{name}: every seed page has furniture");
    }
    let (kept, dropped): (i64, i64) = rows.iter().fold((0, 0), |(k, d), r| (k + r.1, d + r.2));
    let out = shanhai(&db, &["stats"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let line = |label: &str| {
        text.lines()
            .find(|l| l.starts_with(label))
            .unwrap_or_else(|| panic!("no {label} line: {text}"))
            .to_string()
    };
    assert!(line("kept ").contains(&kept.to_string()), "{text}");
    assert!(line("dropped ").contains(&dropped.to_string()), "{text}");
    assert!(
        text.contains("documents that lost more than half of their text: 1 of 5"),
        "{text}"
    );
}

#[test]
fn show_doc_prints_the_kept_text_and_each_dropped_block_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let seed = seed_path("002");
    let out = shanhai(&db, &["show-doc", &seed]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let (kept, dropped) = text.split_once("== dropped").expect("dropped section");
    assert!(kept.contains("== kept text"), "{text}");
    assert!(kept.contains("专家认为,山区26县凭借资源禀赋"), "{kept}");
    assert!(!kept.contains("13391219793"), "{kept}");
    // the contact advertisement and the related list, each under its reason
    let block = |reason: &str, needle: &str| {
        let at = dropped
            .find(&format!("[{reason}"))
            .unwrap_or_else(|| panic!("no [{reason}] block: {dropped}"));
        let body = &dropped[at..];
        let end = body[1..].find("\n[").map_or(body.len(), |e| e + 1);
        assert!(body[..end].contains(needle), "{reason}: {}", &body[..end]);
    };
    block("contact advertisement", "13391219793");
    block("related-article list", "青海大学国家大学科技园");
    assert!(text.contains("not stored"), "{text}");

    // once stored, the recorded counts are shown too
    assert!(ingest_seeds(&db).status.success());
    let text = stdout(&shanhai(&db, &["show-doc", "--dropped-only", &seed]));
    assert!(text.lines().any(|l| l.starts_with("stored in ")), "{text}");
    assert!(!text.contains("== kept text"), "{text}");
    // any spelling of the path finds the record: stored paths are canonical
    let name = Path::new(&seed).file_name().unwrap().to_str().unwrap();
    let relative = format!("seeds/./{name}");
    let text = stdout(&shanhai(&db, &["show-doc", "--dropped-only", &relative]));
    assert!(text.lines().any(|l| l.starts_with("stored in ")), "{text}");

    let missing = shanhai(&db, &["show-doc", "no/such/page.html"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("no/such/page.html"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn ingest_warns_naming_a_page_that_loses_more_than_half_of_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let mostly_furniture = dir.path().join("menu_page.txt");
    let mut page = String::from(
        "首页 | 新闻 | 政务 | 服务 | 互动\n您当前的位置：首页 > 新闻 > 正文\n\n\
         青松县新建标准厂房12万平方米，已有9家企业签约入驻，园区配套设施正在完善。\n\n",
    );
    for i in 0..12 {
        page.push_str(&format!(
            "版权所有 青松县融媒体中心 第{i}号 未经授权不得转载\n"
        ));
    }
    std::fs::write(&mostly_furniture, page).unwrap();
    let article = dir.path().join("article.txt");
    std::fs::write(
        &article,
        "青松县经济开发区今年新引进项目12个，总投资58亿元，其中亿元以上项目7个。\n责任编辑：张三\n",
    )
    .unwrap();
    let out = shanhai(
        &db,
        &[
            "ingest",
            mostly_furniture.to_str().unwrap(),
            article.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("warning")).collect();
    assert_eq!(warnings.len(), 1, "{err}");
    assert!(warnings[0].contains("menu_page.txt"), "{err}");
    assert!(warnings[0].contains("show-doc"), "{err}");
    assert!(
        err.contains("2 stored"),
        "the page is stored all the same: {err}"
    );
}

#[test]
fn a_database_of_schema_version_1_migrates_and_keeps_its_documents() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.db");
    {
        let c = Connection::open(&db).unwrap();
        c.execute_batch(include_str!("../migrations/0001_init.sql"))
            .unwrap();
        c.execute(
            "INSERT INTO documents (path, file_name, hash, encoding, char_count, byte_count,
                                    paragraph_count, sentence_count)
             VALUES ('old.txt', 'old.txt', 'abc', 'utf-8', 10, 30, 1, 1)",
            [],
        )
        .unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
    }
    let out = ingest_seeds(&db);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = Connection::open(&db).unwrap();
    let (old_kept, new_kept): (Option<i64>, i64) = c
        .query_row(
            "SELECT (SELECT kept_chars FROM documents WHERE path = 'old.txt'),
                    (SELECT COUNT(kept_chars) FROM documents)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((old_kept, new_kept), (None, 5));
    let text = stdout(&shanhai(&db, &["stats"]));
    assert!(
        text.contains("1 of 5 (1 more stored by an older shanhai have no record)"),
        "{text}"
    );
}
