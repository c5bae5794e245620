//! End-to-end extraction on invented articles (never seen while the rules
//! were written for the seeds), scored against a small hand-made gold.

use shanhai::eval::{parse_jsonl, prediction_record, score, EvalDoc};
use shanhai::extract::{Extractor, UserLexicon};
use shanhai::model::ParsedDoc;
use std::path::Path;

const GOLD: &str = include_str!("data/unseen/gold.jsonl");

fn docs() -> Vec<ParsedDoc> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/unseen");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| shanhai::text::parse_document(p, &std::fs::read(p).unwrap()).unwrap())
        .collect()
}

fn run(docs: &[ParsedDoc]) -> Vec<EvalDoc> {
    let ex = Extractor::new(UserLexicon::default());
    let disc: Vec<_> = docs.iter().map(|d| ex.discover(d)).collect();
    let lex = ex.build_lexicon(&disc, &[]);
    docs.iter()
        .map(|d| prediction_record(&d.file_name, &ex.link(&lex, d)))
        .collect()
}

/// `cargo test --release --test extract_unseen -- --nocapture`
#[test]
fn unseen_score_above_floor() {
    let docs = docs();
    assert_eq!(docs.len(), 6);
    let gold = parse_jsonl(GOLD).unwrap();
    let s = score(&gold, &run(&docs));
    println!("{}", s.table());
    for e in &s.errors {
        println!("== {}", e.doc);
        for m in &e.missed {
            println!("  missed   {} {} {:?}", m.etype, m.name, m.forms);
        }
        for m in &e.spurious {
            println!("  spurious {} {} {:?}", m.etype, m.name, m.forms);
        }
    }
    let (p, f1) = (s.all4.precision(), s.all4.f1());
    assert!(p >= 0.93, "all4 precision {p:.3} < 0.93");
    assert!(f1 >= 0.92, "all4 F1 {f1:.3} < 0.92");
}
