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
    assert_eq!(stderr(&first).lines().count(), 1, "{}", stderr(&first));
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
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice::<Vec<serde_json::Value>>(&out.stdout).unwrap()
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
