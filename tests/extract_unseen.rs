//! End-to-end extraction on invented articles (never seen while the rules
//! were written for the seeds), scored against a small hand-made gold.

mod common;

use shanhai::eval::{parse_jsonl, score, EvalDoc};
use shanhai::model::ParsedDoc;

const GOLD: &str = include_str!("data/unseen/gold.jsonl");

fn docs() -> Vec<ParsedDoc> {
    common::parse_folder("tests/data/unseen")
}

fn run(docs: &[ParsedDoc]) -> Vec<EvalDoc> {
    common::predict(docs)
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
