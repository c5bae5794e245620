//! The store's promises: migrations, refusal of foreign or newer files,
//! hash-keyed idempotence, replacement without leftovers, counts that add
//! up.

mod common;

use rusqlite::Connection;
use shanhai::model::{
    DocExtraction, EntityAttrs, EntityKey, EntityRecord, EntityType, Mention, ParsedDoc,
};
use shanhai::store::{DocOutcome, Store, StoreError, SCHEMA_VERSION, WINDOW_WHOLE_CHARS};
use std::path::{Path, PathBuf};

/// A document from text lines (one sentence per line, one paragraph per
/// line) whose mentions are every occurrence of the given names.
fn doc(path: &str, lines: &[&str], names: &[(EntityType, &str)]) -> (ParsedDoc, DocExtraction) {
    let text = lines.join("\n");
    let parsed = shanhai::text::parse_document(Path::new(path), text.as_bytes()).unwrap();
    let mut mentions = Vec::new();
    let mut entities = Vec::new();
    for &(etype, name) in names {
        let key = EntityKey::new(etype, name);
        for (i, s) in parsed.sentences.iter().enumerate() {
            let chars: Vec<char> = s.text.chars().collect();
            let needle: Vec<char> = name.chars().collect();
            for start in 0..chars.len().saturating_sub(needle.len() - 1) {
                if chars[start..start + needle.len()] == needle[..] {
                    mentions.push(Mention {
                        sentence: i,
                        start,
                        end: start + needle.len(),
                        surface: name.to_string(),
                        entity: key.clone(),
                    });
                }
            }
        }
        entities.push(EntityRecord {
            key,
            attrs: EntityAttrs::default(),
            aliases: vec![name.to_string()],
        });
    }
    (parsed, DocExtraction { mentions, entities })
}

fn write(store: &mut Store, docs: &[(ParsedDoc, DocExtraction)]) -> Vec<DocOutcome> {
    common::fixture::write_docs(store, docs).unwrap()
}

fn count(store: &Store, sql: &str) -> i64 {
    store.connection().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("test.db");
    (dir, path)
}

const FIRM: EntityType = EntityType::Firm;
const PARK: EntityType = EntityType::Park;

#[test]
fn migrating_twice_is_a_no_op() {
    let (_dir, path) = temp_db();
    let schema = |p: &Path| -> Vec<String> {
        let c = Connection::open(p).unwrap();
        let mut s = c
            .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            .unwrap();
        let rows = s.query_map([], |r| r.get(0)).unwrap();
        rows.collect::<Result<_, _>>().unwrap()
    };
    drop(Store::open(&path).unwrap());
    let first = schema(&path);
    drop(Store::open(&path).unwrap());
    assert_eq!(first, schema(&path));
    let version: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}

#[test]
fn a_database_newer_than_the_binary_is_refused_untouched() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    {
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "journal_mode", "DELETE").unwrap();
        c.pragma_update(None, "user_version", SCHEMA_VERSION + 7)
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("must refuse");
    assert!(matches!(err, StoreError::TooNew { found, .. } if found == SCHEMA_VERSION + 7));
    assert!(err.to_string().contains("newer"), "{err}");
    assert_eq!(before, std::fs::read(&path).unwrap());
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let (_dir, path) = temp_db();
    let junk = "这不是数据库 — just some text that is long enough to be a header".repeat(20);
    std::fs::write(&path, &junk).unwrap();
    let err = Store::open(&path).err().expect("must refuse");
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err:?}");
    assert!(err.to_string().contains("test.db"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), junk.as_bytes());
}

#[test]
fn the_same_content_is_stored_once() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let a = doc(
        "/news/a.txt",
        &["华越科技有限公司落户青田经济开发区。"],
        &[(FIRM, "华越科技有限公司"), (PARK, "青田经济开发区")],
    );
    assert!(matches!(
        write(&mut store, std::slice::from_ref(&a))[0],
        DocOutcome::Stored { .. }
    ));
    // Same bytes again, and the same bytes under another path.
    let mut copy = a.clone();
    copy.0.path = PathBuf::from("/mirror/a.txt");
    let outcomes = write(&mut store, &[a.clone(), copy]);
    assert!(outcomes.iter().all(
        |o| matches!(o, DocOutcome::Skipped { existing_path } if existing_path == "/news/a.txt")
    ));
    assert_eq!(count(&store, "SELECT COUNT(*) FROM documents"), 1);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM mentions"), 2);
    assert_eq!(
        count(
            &store,
            "SELECT sentence_count FROM relations WHERE kind = 'cooccurs'"
        ),
        1
    );
}

#[test]
fn a_mention_outside_its_document_is_refused_with_its_batch() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let a = doc(
        "/news/a.txt",
        &["华越科技有限公司落户青田经济开发区。"],
        &[(FIRM, "华越科技有限公司")],
    );
    let mut b = doc(
        "/news/b.txt",
        &["青田经济开发区新签约项目三个。"],
        &[(PARK, "青田经济开发区")],
    );
    b.1.mentions[0].sentence = 7;
    let err = common::fixture::write_docs(&mut store, &[a, b]).unwrap_err();
    let message = err.to_string();
    assert!(
        matches!(
            err,
            StoreError::MentionOutsideDocument {
                sentence: 7,
                sentences: 1,
                ..
            }
        ),
        "{message}"
    );
    assert!(
        message.contains("/news/b.txt") && message.contains("青田经济开发区"),
        "{message}"
    );
    // Nothing of the batch is stored, the sound document included.
    assert_eq!(count(&store, "SELECT COUNT(*) FROM documents"), 0);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM entities"), 0);
}

#[test]
fn a_changed_file_replaces_its_old_version_without_leftovers() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let old = doc(
        "/news/a.txt",
        &[
            "华越科技有限公司落户青田经济开发区。",
            "东源材料有限公司也在青田经济开发区。",
        ],
        &[
            (FIRM, "华越科技有限公司"),
            (FIRM, "东源材料有限公司"),
            (PARK, "青田经济开发区"),
        ],
    );
    let other = doc(
        "/news/b.txt",
        &["东源材料有限公司与华越科技有限公司签约。"],
        &[(FIRM, "华越科技有限公司"), (FIRM, "东源材料有限公司")],
    );
    write(&mut store, &[old, other]);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM entities"), 3);
    let new = doc(
        "/news/a.txt",
        &["华越科技有限公司迁往丽水经济开发区。"],
        &[(FIRM, "华越科技有限公司"), (PARK, "丽水经济开发区")],
    );
    let outcome = write(&mut store, &[new]);
    assert!(matches!(
        outcome[0],
        DocOutcome::Stored { replaced: true, .. }
    ));
    assert_eq!(count(&store, "SELECT COUNT(*) FROM documents"), 2);
    // 青田经济开发区 was only in the old version: gone, with its relations.
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM entities WHERE name = '青田经济开发区'"
        ),
        0
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM relations_named WHERE source = '青田经济开发区' OR target = '青田经济开发区'"
        ),
        0
    );
    // Counts equal a fresh recount from the mentions.
    assert_eq!(
        count(
            &store,
            "SELECT mention_count FROM entities WHERE name = '华越科技有限公司'"
        ),
        2
    );
    assert_eq!(
        count(
            &store,
            "SELECT document_count FROM entities WHERE name = '东源材料有限公司'"
        ),
        1
    );
    assert_eq!(
        count(
            &store,
            "SELECT document_count FROM relations_named WHERE source = '华越科技有限公司' AND target = '东源材料有限公司'
             OR target = '华越科技有限公司' AND source = '东源材料有限公司'"
        ),
        1
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM mentions m LEFT JOIN sentences s ON s.id = m.sentence_id WHERE s.id IS NULL"
        ),
        0
    );
    // The window totals kept by triggers equal a recount.
    let totals = |sql: &str| -> (i64, i64, i64) {
        store
            .connection()
            .query_row(sql, [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
    };
    assert_eq!(
        totals("SELECT documents, paragraphs, sentences FROM corpus_totals"),
        totals("SELECT COUNT(*), SUM(paragraph_count), SUM(sentence_count) FROM documents")
    );
    // The old version was replaced before any search indexed it: the
    // first search indexes only what is stored now.
    assert_eq!(Store::update_search_index(&path, |_| {}).unwrap(), 2);
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH '青田经济'"
        ),
        0
    );
    // The new version is searchable.
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH '丽水经济'"
        ),
        1
    );
}

/// (sentence, paragraph, document) counts of the co-occurrence of two
/// names, if stored.
fn pair_counts(store: &Store, a: &str, b: &str) -> Option<(i64, i64, i64)> {
    store
        .connection()
        .query_row(
            "SELECT sentence_count, paragraph_count, document_count FROM relations_named
             WHERE kind = 'cooccurs' AND (source = ?1 AND target = ?2 OR source = ?2 AND target = ?1)",
            [a, b],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .ok()
}

/// Lines of filler sentences (no names) totalling at least `chars`.
fn filler(chars: usize) -> Vec<String> {
    let sentence = "本地经济稳步发展。";
    let line = sentence.repeat(50);
    let per_line = line.chars().count();
    vec![line; chars.div_ceil(per_line)]
}

#[test]
fn a_long_document_counts_pairs_within_sections_and_is_replaced_cleanly() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let names = [
        (FIRM, "华越科技有限公司"),
        (FIRM, "东源材料有限公司"),
        (FIRM, "青松电子有限公司"),
        (PARK, "青田经济开发区"),
        (PARK, "丽水经济开发区"),
    ];
    // 华越 and 东源 open the document; 青松 and 华越 meet a whole window
    // later; one paragraph longer than a window names 青田 at its start
    // and 丽水 at its end.
    let mut lines: Vec<String> = vec!["华越科技有限公司与东源材料有限公司签约。".into()];
    lines.extend(filler(WINDOW_WHOLE_CHARS + 10));
    lines.push("青松电子有限公司与华越科技有限公司合作。".into());
    lines.extend(filler(WINDOW_WHOLE_CHARS + 10));
    lines.push(format!(
        "青田经济开发区扩建。{}丽水经济开发区扩建。",
        filler(WINDOW_WHOLE_CHARS + 10).concat()
    ));
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    write(&mut store, &[doc("/news/long.txt", &lines, &names)]);
    assert_eq!(
        pair_counts(&store, "华越科技有限公司", "东源材料有限公司"),
        Some((1, 1, 1))
    );
    assert_eq!(
        pair_counts(&store, "华越科技有限公司", "青松电子有限公司"),
        Some((1, 1, 1))
    );
    // Further apart than a window: no document or paragraph pair.
    assert_eq!(
        pair_counts(&store, "东源材料有限公司", "青松电子有限公司"),
        None
    );
    assert_eq!(
        pair_counts(&store, "青田经济开发区", "丽水经济开发区"),
        None
    );
    // Entities still count once per document and paragraph.
    assert_eq!(
        count(
            &store,
            "SELECT document_count FROM entities WHERE name = '华越科技有限公司'"
        ),
        1
    );
    assert_eq!(
        count(
            &store,
            "SELECT paragraph_count FROM entities WHERE name = '青田经济开发区'"
        ),
        1
    );
    // Smaller windows lie inside larger ones, and no pair counts more
    // windows than either of its ends.
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM relations r JOIN entities s ON s.id = r.source_id
             JOIN entities t ON t.id = r.target_id WHERE r.kind = 'cooccurs' AND NOT (
               r.sentence_count <= r.paragraph_count AND r.paragraph_count <= r.document_count
               AND r.document_count <= min(s.document_count, t.document_count)
               AND r.paragraph_count <= min(s.paragraph_count, t.paragraph_count))"
        ),
        0
    );
    // A new version subtracts exactly what the old one added.
    write(
        &mut store,
        &[doc(
            "/news/long.txt",
            &["华越科技有限公司迁往丽水经济开发区。"],
            &names,
        )],
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM relations WHERE kind = 'cooccurs'"
        ),
        1
    );
    assert_eq!(
        pair_counts(&store, "华越科技有限公司", "丽水经济开发区"),
        Some((1, 1, 1))
    );
    assert_eq!(
        count(&store, "SELECT SUM(document_count) FROM entities"),
        2,
        "only the two names of the new version count"
    );
}

#[test]
fn located_in_links_a_county_to_its_prefecture() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let (parsed, mut extraction) = doc(
        "/news/c.txt",
        &["青田县与丽水市签约。"],
        &[
            (EntityType::County, "青田县"),
            (EntityType::Region, "丽水市"),
        ],
    );
    extraction.entities[0].attrs.parent = Some("丽水市".into());
    write(&mut store, &[(parsed, extraction)]);
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM relations_named WHERE kind = 'located_in' AND source = '青田县' AND target = '丽水市'"
        ),
        1
    );
}

#[test]
fn measures_view_matches_hand_computation() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    // Two sentences mention both, one only the firm: n_firm = 3, n_park = 2,
    // c = 2, N = 4 sentences.
    let d = doc(
        "/news/m.txt",
        &[
            "华越科技有限公司在青田经济开发区。",
            "青田经济开发区欢迎华越科技有限公司。",
            "华越科技有限公司很好。",
            "天气晴朗。",
        ],
        &[(FIRM, "华越科技有限公司"), (PARK, "青田经济开发区")],
    );
    write(&mut store, &[d]);
    let (c, assoc, jaccard, cosine, pmi): (i64, f64, f64, f64, f64) = store
        .connection()
        .query_row(
            "SELECT count, association_strength, jaccard, cosine, pmi
             FROM cooccurrence_measures WHERE window = 'sentence'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(c, 2);
    assert!((assoc - 2.0 / 6.0).abs() < 1e-9);
    assert!((jaccard - 2.0 / 3.0).abs() < 1e-9);
    assert!((cosine - 2.0 / 6f64.sqrt()).abs() < 1e-9);
    assert!((pmi - (2.0f64 * 4.0 / 6.0).ln()).abs() < 1e-9);
}

/// The full-text index is brought up to date by the first search after an
/// ingest; a document replaced after it was indexed leaves the index too,
/// and the index stays consistent (FTS5's integrity check).
#[test]
fn search_index_follows_ingests_and_replacements() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let a = doc(
        "/news/a.txt",
        &["华越科技有限公司落户青田经济开发区。"],
        &[],
    );
    let b = doc(
        "/news/b.txt",
        &["东源材料有限公司也在青田经济开发区。"],
        &[],
    );
    write(&mut store, &[a, b]);
    let matches = |store: &Store, text: &str| {
        count(
            store,
            &format!("SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH '\"{text}\"'"),
        )
    };
    assert_eq!(
        matches(&store, "青田经济"),
        0,
        "ingest leaves indexing to search"
    );
    assert_eq!(store.unindexed_sentences().unwrap().0, 2);
    // Search is exact before the index is brought up to date: it scans.
    assert_eq!(searched(&store, "青田经济"), (2, false));
    assert_eq!(Store::update_search_index(&path, |_| {}).unwrap(), 2);
    // Its writes are checkpointed although `store` is still open: a WAL left
    // behind is read whole by every read-only query that follows.
    let wal = std::fs::metadata(path.with_extension("db-wal")).map_or(0, |m| m.len());
    assert_eq!(wal, 0, "the index update left a {wal}-byte WAL");
    assert_eq!(Store::update_search_index(&path, |_| {}).unwrap(), 0);
    assert_eq!(matches(&store, "青田经济"), 2);
    assert_eq!(searched(&store, "青田经济"), (2, true));
    // Replace an indexed document, then a not-yet-indexed one.
    let a2 = doc(
        "/news/a.txt",
        &["华越科技有限公司迁往丽水经济开发区。"],
        &[],
    );
    write(&mut store, &[a2]);
    let a3 = doc(
        "/news/a.txt",
        &["华越科技有限公司又迁往龙泉经济开发区。"],
        &[],
    );
    write(&mut store, &[a3]);
    assert_eq!(Store::update_search_index(&path, |_| {}).unwrap(), 1);
    assert_eq!(matches(&store, "青田经济"), 1);
    assert_eq!(matches(&store, "丽水经济"), 0);
    assert_eq!(matches(&store, "龙泉经济"), 1);
    store
        .connection()
        .execute(
            "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)",
            [],
        )
        .unwrap();
}

/// A database of schema 1 (full-text index kept by the writer) migrates:
/// its sentences stay searchable, the unused index is gone.
#[test]
fn a_version_1_database_migrates_and_stays_searchable() {
    let (_dir, path) = temp_db();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(shanhai::store::MIGRATIONS[0].1).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO documents (path, file_name, hash, encoding, char_count, byte_count,
                                    paragraph_count, sentence_count)
             VALUES ('/a.txt', 'a.txt', 'h', 'utf-8', 9, 27, 1, 1);
             INSERT INTO sentences (document_id, paragraph, idx, char_start, char_end, text)
             VALUES (1, 0, 0, 0, 9, '青田经济开发区扩区。');
             INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences;",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(count(&store, "PRAGMA user_version"), SCHEMA_VERSION);
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'mentions_by_entity'"
        ),
        0
    );
    assert_eq!(store.unindexed_sentences().unwrap().0, 0);
    assert_eq!(searched(&store, "青田经济"), (1, true));
}

/// How many sentences a one-term search finds, and whether the index
/// served it.
fn searched(store: &Store, text: &str) -> (usize, bool) {
    let found = store
        .search_sentences(&[text.to_string()], None, None, 10)
        .unwrap();
    (found.hits.len(), found.indexed)
}
