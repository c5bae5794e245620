//! Recognition on real articles it was not written against: the dev set
//! (`tests/data/dev/`, 24 articles from 12 provinces, gold by
//! ANNOTATION.md). Its two halves are scored apart: `tune` (files numbered
//! 01–04) is where errors were studied, `check` (05–08) confirms that a fix
//! carries over. Each half has a floor a little below its current score, so
//! that a change that loses recognition on real text fails here.
//!
//! `cargo test --release --test extract_dev -- --nocapture` prints both
//! tables and every error.

mod common;

use shanhai::eval::{score, Score};
use shanhai::model::record::{parse_jsonl, DocRecord};

const GOLD: &str = include_str!("data/dev/gold.jsonl");

/// The half a dev file belongs to, by its number (rE01 → tune, rE05 → check).
fn half(doc: &str) -> &'static str {
    match doc.as_bytes().get(3) {
        Some(b'1'..=b'4') => "tune",
        _ => "check",
    }
}

fn score_half(gold: &[DocRecord], pred: &[DocRecord], which: &str) -> Score {
    let pick = |docs: &[DocRecord]| -> Vec<DocRecord> {
        docs.iter()
            .filter(|d| half(&d.doc) == which)
            .cloned()
            .collect()
    };
    score(&pick(gold), &pick(pred))
}

fn print(which: &str, s: &Score) {
    println!("== {which}\n{}", s.table());
    for e in &s.errors {
        println!("-- {}", e.doc);
        for m in &e.missed {
            println!("  missed   {} {}", m.etype, m.name);
        }
        for m in &e.spurious {
            println!("  spurious {} {} {:?}", m.etype, m.name, m.forms);
        }
    }
}

fn check(which: &str, floor_f1: f64, floor_precision: f64) {
    let docs = common::parse_folder("tests/data/dev/docs");
    assert_eq!(docs.len(), 24);
    let gold = parse_jsonl(GOLD).unwrap();
    // the whole set is one corpus, as `shanhai ingest tests/data/dev/docs` sees it
    let pred = common::predict(&docs);
    let s = score_half(&gold, &pred, which);
    print(which, &s);
    let (p, f1) = (s.all4.precision(), s.all4.f1());
    assert!(f1 >= floor_f1, "{which}: all4 F1 {f1:.3} < {floor_f1}");
    assert!(
        p >= floor_precision,
        "{which}: all4 precision {p:.3} < {floor_precision}"
    );
}

#[test]
fn tune_half_scores_above_floor() {
    check("tune", 0.90, 0.93);
}

#[test]
fn check_half_scores_above_floor() {
    check("check", 0.89, 0.92);
}
