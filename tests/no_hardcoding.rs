//! Guard against hard-coding: no gold entity name or alias may appear as a
//! literal in the extractor's sources or rule data. Gazetteer place names
//! (administrative divisions, the generic list of countries, and the city
//! clusters of the national five-year plan, taken whole from that public
//! document) are facts, not hard-coding, and are exempt unless the entity is
//! a firm, park or platform.

use shanhai::extract::gazetteer::gazetteer;
use shanhai::extract::rules::rules;
use shanhai::model::record::parse_jsonl;
use shanhai::model::EntityType;
use std::path::Path;

/// The seeds' gold and the dev set's gold (real articles): neither may be
/// written into the recogniser.
const GOLDS: &[&str] = &[
    include_str!("data/gold_seeds.jsonl"),
    include_str!("data/dev/gold.jsonl"),
];

fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    // the recogniser's code and its word lists and thresholds
    let mut stack = vec![root.join("src/extract"), root.join("data/rules")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(text) = std::fs::read_to_string(&p) {
                out.push((p.display().to_string(), text));
            }
        }
    }
    out
}

#[test]
fn no_gold_name_in_extractor_sources() {
    let g = gazetteer();
    let gold: Vec<_> = GOLDS.iter().flat_map(|g| parse_jsonl(g).unwrap()).collect();
    let files = sources();
    assert!(files.iter().any(|(p, _)| p.ends_with("industry_words.tsv")));
    assert!(files.len() >= 4);
    let mut hits = Vec::new();
    for d in &gold {
        for e in &d.entities {
            let strict = matches!(
                e.etype,
                EntityType::Firm | EntityType::Park | EntityType::Platform
            );
            for name in std::iter::once(&e.name).chain(e.forms.iter()) {
                let place = !g.lookup(name).is_empty()
                    || rules().countries.contains(name.as_str())
                    || rules().economic_regions.contains(name.as_str());
                if !strict && place {
                    continue;
                }
                for (path, text) in &files {
                    if text.contains(name.as_str()) {
                        hits.push(format!("{} {name} in {path}", e.etype));
                    }
                }
            }
        }
    }
    assert!(
        hits.is_empty(),
        "gold names hard-coded:\n{}",
        hits.join("\n")
    );
}
