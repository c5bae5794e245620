//! A small run links through an index of only the names its documents may
//! hold, over only the stored entities that can matter to it
//! (`extract::RunText`). It must find exactly what the index of every
//! stored name finds.

use shanhai::extract::{Extractor, RunText, UserLexicon};
use shanhai::model::{DocExtraction, ParsedDoc};
use shanhai::pipeline::{ingest, Quiet};
use shanhai::store::Store;
use shanhai::text::parse_document;
use std::path::{Path, PathBuf};

fn parse_dir(dir: &Path) -> Vec<ParsedDoc> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| parse_document(p, &std::fs::read(p).unwrap()).unwrap())
        .collect()
}

/// What linking decided: every mention, and the key and attributes of
/// every entity record. (Records may differ in aliases stored already:
/// the filtered lexicon does not load those no document of the run holds.)
fn decided(x: &DocExtraction) -> String {
    let records: Vec<String> = x
        .entities
        .iter()
        .map(|r| format!("{:?} {:?}", r.key, r.attrs))
        .collect();
    format!("{:?}\n{records:?}", x.mentions)
}

/// Links `docs` against the entities stored from `earlier` (files or
/// folders), through every stored name and through the names of the run's
/// text only: both must decide the same. Returns (surfaces indexed by
/// each lexicon, mentions found).
fn check(earlier: &[PathBuf], docs: &[ParsedDoc]) -> ((usize, usize), usize) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("g.db")).unwrap();
    let ex = Extractor::new(UserLexicon::default());
    ingest(&mut store, &ex, earlier, &Quiet).unwrap();
    let known = store.known_entities().unwrap();
    let found: Vec<_> = docs.iter().map(|d| ex.discover(d)).collect();
    let mut run = RunText::default();
    for d in docs {
        ex.add_run_text(&mut run, d);
    }
    let every = ex.build_lexicon(&found, &known).unwrap();
    let only = ex.build_lexicon_for(&found, &known, &run).unwrap();
    let mut mentions = 0;
    for d in docs {
        let (a, b) = (ex.link(&every, d), ex.link(&only, d));
        assert_eq!(decided(&a), decided(&b), "{}", d.path.display());
        mentions += a.mentions.len();
    }
    ((every.surface_count(), only.surface_count()), mentions)
}

#[test]
fn a_small_run_links_as_through_every_stored_name() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Articles that name the stored entities (some seeds again), and
    // articles that name others (dev).
    let mut docs = parse_dir(&root.join("seeds"));
    docs.truncate(12);
    docs.extend(parse_dir(&root.join("tests/data/dev/docs")));
    let ((every, only), mentions) = check(&[root.join("seeds")], &docs);
    assert!(only < every / 2, "{only} of {every} surfaces indexed");
    assert!(mentions > 300, "the dev articles name things: {mentions}");
}

/// `check` with an earlier article and later ones given as text.
fn check_later_run(earlier: &str, later: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("earlier.txt");
    std::fs::write(&first, earlier).unwrap();
    let docs: Vec<ParsedDoc> = later
        .iter()
        .enumerate()
        .map(|(i, t)| parse_document(Path::new(&format!("later{i}.txt")), t.as_bytes()).unwrap())
        .collect();
    check(&[first], &docs);
}

#[test]
fn a_stored_name_the_run_spells_otherwise_still_joins() {
    // The later article spells the park without 县 and the firm without
    // 有限公司: the stored entities hold neither spelling as written.
    check_later_run(
        "文成县经济开发区管委会与翊澜新材料有限公司签约。\n\n翊澜新材料有限公司将在文成县经济开发区建设新厂。",
        &["翊澜新材料在文成经济开发区的新厂投产。\n\n文成经济开发区今年引进项目十二个。"],
    );
}

#[test]
fn a_stored_name_written_with_another_joiner_still_joins() {
    // 中欧·汭峰 stored; the later article writes 中欧—汭峰: one name once
    // normalised, though the stored spelling is not in the later text.
    check_later_run(
        "中欧·汭峰产业园由中欧·汭峰科技有限公司运营。\n\n中欧·汭峰产业园位于文成县。",
        &["中欧—汭峰产业园二期开工。\n\n中欧—汭峰科技有限公司总经理出席。"],
    );
}
