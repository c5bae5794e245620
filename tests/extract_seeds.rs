//! End-to-end extraction on the seed articles, scored against the gold.

mod common;

use shanhai::eval::{score, Score};
use shanhai::extract::{Extractor, UserLexicon};
use shanhai::model::record::{parse_jsonl, DocRecord};
use shanhai::model::{EntityType, ParsedDoc};

const GOLD: &str = include_str!("data/gold_seeds.jsonl");

fn seed_docs() -> Vec<ParsedDoc> {
    common::parse_folder("seeds")
}

fn run(docs: &[ParsedDoc]) -> Vec<DocRecord> {
    common::predict(docs)
}

fn print(score: &Score) {
    println!("{}", score.table());
    for e in &score.errors {
        println!("== {}", e.doc);
        for m in &e.missed {
            println!("  missed   {} {} {:?}", m.etype, m.name, m.forms);
        }
        for m in &e.spurious {
            println!("  spurious {} {} {:?}", m.etype, m.name, m.forms);
        }
    }
}

#[test]
fn seeds_score_above_floor() {
    let docs = seed_docs();
    assert_eq!(docs.len(), 5);
    let gold = parse_jsonl(GOLD).unwrap();
    let pred = run(&docs);
    let s = score(&gold, &pred);
    print(&s);
    let floor_all4 = 0.95;
    assert!(
        s.all4.f1() >= floor_all4,
        "all4 F1 {:.3} < {floor_all4}",
        s.all4.f1()
    );
    for (t, floor) in [
        (EntityType::County, 0.95),
        (EntityType::Firm, 0.95),
        (EntityType::Park, 0.95),
        (EntityType::Platform, 0.88),
    ] {
        let f = s.per_type[&t].f1();
        assert!(f >= floor, "{t} F1 {f:.3} < {floor}");
    }
}

/// `cargo test --test extract_seeds dump -- --ignored --nocapture`
#[test]
#[ignore]
fn dump_candidates() {
    let ex = Extractor::new(UserLexicon::default());
    for d in seed_docs() {
        println!("== {}", d.file_name);
        for c in ex.discover(&d).candidates {
            println!("  {} {} {:?}", c.key.etype, c.key.canonical, c.aliases);
        }
    }
}

/// Throughput of discover + link on the seeds repeated 50 times.
/// `cargo test --release --test extract_seeds throughput -- --ignored --nocapture`
#[test]
#[ignore]
fn throughput() {
    let base = seed_docs();
    let mut docs = Vec::new();
    for i in 0..50 {
        for d in &base {
            let mut d = d.clone();
            d.hash = format!("{}-{i}", d.hash);
            docs.push(d);
        }
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let ex = Extractor::new(UserLexicon::default());
    // warm up the shared automata and jieba
    let _ = ex.discover(&base[0]);
    let t0 = std::time::Instant::now();
    let disc: Vec<_> = docs.iter().map(|d| ex.discover(d)).collect();
    let t1 = std::time::Instant::now();
    let lex = ex.build_lexicon(&disc, &[]).expect("lexicon");
    let _ = ex.link(&lex, &base[0]);
    let t2 = std::time::Instant::now();
    let mut n = 0;
    for d in &docs {
        n += ex.link(&lex, d).mentions.len();
    }
    let t3 = std::time::Instant::now();
    let mb = bytes as f64 / 1e6;
    let secs = |a: std::time::Instant, b: std::time::Instant| (b - a).as_secs_f64();
    println!(
        "{mb:.2} MB: discover {:.1} MB/s, lexicon {:.3}s, link {:.1} MB/s, both {:.1} MB/s (1 core), {n} mentions",
        mb / secs(t0, t1),
        secs(t1, t2),
        mb / secs(t2, t3),
        mb / (secs(t0, t1) + secs(t2, t3)),
    );
}
