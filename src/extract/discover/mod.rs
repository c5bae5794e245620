//! Discovery: the names one document proposes, before the corpus decides.
//!
//! Each sentence goes through the grammars of `grammar` (suffixes with
//! jieba's left boundary, quoted names, lists, partners, projects), and
//! again without a stray space inside a name (`names_across_stray_spaces`);
//! then the document resolves what it shows itself, in this order:
//! 1. `merge_project_firms`: a brand in a project is its registered firm;
//! 2. `named_on_its_own`: a name read inside a longer one counts only where
//!    the document also names it alone (ANNOTATION.md rule 3);
//! 3. `park_variants` and `doc_merge`: one park's spellings, one firm's
//!    short forms, twin firms kept apart;
//! 4. `into_discovered`: records with their aliases, vetoed names out, and
//!    the forms seen literally (evidence for risky short names).

pub mod doc_merge;
pub mod grammar;
pub mod park_variants;

use super::place_names::county_in_name;
use crate::model::{EntityAttrs, EntityKey, EntityRecord, EntityType, ParsedDoc};
use std::collections::{HashMap, HashSet};

/// Names a document proposes, before corpus-level resolution.
#[derive(Clone, Debug, Default)]
pub struct Discovered {
    pub candidates: Vec<EntityRecord>,
    /// Hash of the document (`ParsedDoc::hash`) the names come from.
    pub doc_hash: String,
    /// Surfaces seen literally in the document: evidence that lets risky
    /// short names (2 chars, common words) be linked in this document.
    pub observed: Vec<String>,
}

/// The names one document (already in the recognition view) proposes;
/// names in `stop` are vetoed.
pub(super) fn discover(doc: &ParsedDoc, stop: &HashSet<String>) -> Discovered {
    let mut cands = Vec::new();
    for s in &doc.sentences {
        let first = cands.len();
        grammar::sentence_names(&s.text, &mut cands);
        let across = names_across_stray_spaces(&s.text, &cands[first..]);
        cands.extend(across);
    }
    merge_project_firms(&mut cands);
    cands.retain(|c| named_on_its_own(c, &doc.text));
    park_variants::merge_park_variants(&mut cands);
    doc_merge::merge_park_forms(&mut cands);
    doc_merge::withdraw_shared_firm_forms(&mut cands);
    doc_merge::merge_short_firm_forms(&mut cands);
    into_discovered(cands, doc, stop)
}

/// A space between two Chinese characters (U+0020, NBSP or U+3000)
/// separates words in headlines and bylines, but sometimes sits inside a
/// name (青松　科技有限公司). The sentence is read again without such
/// single spaces; a firm, park or platform found there counts when it
/// spans a removed space, has at least two characters left of it, and the
/// part right of it was not already a name of the sentence (for a firm: one
/// with a brand). It is named
/// without the space; the form as written becomes an alias, so linking
/// finds it in the text.
fn names_across_stray_spaces(sentence: &str, found: &[grammar::Cand]) -> Vec<grammar::Cand> {
    let cs: Vec<char> = sentence.chars().collect();
    let is_cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let stray = |i: usize| {
        matches!(cs[i], ' ' | '\u{a0}' | '\u{3000}')
            && i > 0
            && i + 1 < cs.len()
            && is_cjk(cs[i - 1])
            && is_cjk(cs[i + 1])
    };
    // joined text, and for each of its chars the char of the sentence
    let kept: Vec<usize> = (0..cs.len()).filter(|&i| !stray(i)).collect();
    if kept.len() == cs.len() {
        return Vec::new();
    }
    let joined: String = kept.iter().map(|&i| cs[i]).collect();
    let jcs: Vec<char> = joined.chars().collect();
    let seam_inside = |a: usize, b: usize| (a + 1..b).find(|&k| kept[k] != kept[k - 1] + 1);
    let mut again = Vec::new();
    grammar::sentence_names(&joined, &mut again);
    let mut out = Vec::new();
    for mut c in again {
        if !matches!(
            c.etype,
            EntityType::Firm | EntityType::Park | EntityType::Platform
        ) {
            continue;
        }
        let n = c.name.chars().count();
        let spaced = (0..jcs.len().saturating_sub(n) + 1)
            .filter(|&a| jcs[a..a + n].iter().copied().eq(c.name.chars()))
            .find_map(|a| {
                let k = seam_inside(a, a + n)?;
                let right: String = jcs[k..a + n].iter().collect();
                // a firm name without a brand (精密机械有限公司) is no name
                // of its own
                let named_before = found.iter().any(|f| {
                    f.name == right
                        && (f.etype != EntityType::Firm || grammar::firm_has_brand(&right))
                });
                (k - a >= 2 && !named_before)
                    .then(|| cs[kept[a]..=kept[a + n - 1]].iter().collect::<String>())
            });
        if let Some(written) = spaced {
            c.aliases.push(written.clone());
            c.observed.push(written);
            out.push(c);
        }
    }
    out
}

/// One record per (type, name), in order of first proposal, with the
/// forms each candidate saw that really occur in the text.
fn into_discovered(
    cands: Vec<grammar::Cand>,
    doc: &ParsedDoc,
    stop: &HashSet<String>,
) -> Discovered {
    let mut out = Discovered {
        doc_hash: doc.hash.clone(),
        ..Discovered::default()
    };
    let mut observed: HashSet<String> = HashSet::new();
    let mut seen: HashSet<(EntityType, String)> = HashSet::new();
    for c in cands {
        if stop.contains(&c.name) {
            continue;
        }
        for o in &c.observed {
            if observed.contains(o) || doc.text.contains(o.as_str()) {
                observed.insert(o.clone());
            }
        }
        if !seen.insert((c.etype, c.name.clone())) {
            continue;
        }
        let mut aliases = vec![c.name.clone()];
        for a in c.aliases {
            if !aliases.contains(&a) && !stop.contains(&a) {
                aliases.push(a);
            }
        }
        let county = (c.etype == EntityType::Park)
            .then(|| county_in_name(&c.name))
            .flatten();
        out.candidates.push(EntityRecord {
            key: EntityKey::new(c.etype, c.name),
            attrs: EntityAttrs {
                county,
                ..EntityAttrs::default()
            },
            aliases,
        });
    }
    let mut obs: Vec<String> = observed.into_iter().collect();
    obs.sort();
    out.observed = obs;
    out
}

/// A firm named by brand in a project (某某新能源汽车电机项目) is the
/// registered firm of the document with that brand (宁波某某动力科技有限
/// 公司), when exactly one has it: its names become aliases there.
fn merge_project_firms(cands: &mut Vec<grammar::Cand>) {
    let mut brands: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.etype == EntityType::Firm {
            if let Some(b) = grammar::registered_brand(&c.name) {
                if !brands
                    .get(&b)
                    .is_some_and(|v| v.iter().any(|&j| cands[j].name == c.name))
                {
                    brands.entry(b).or_default().push(i);
                }
            }
        }
    }
    if brands.is_empty() {
        return;
    }
    let mut drop = vec![false; cands.len()];
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.etype != EntityType::Firm || grammar::strip_firm_suffix(&c.name) != c.name {
            continue;
        }
        let owners: Vec<usize> = brands
            .iter()
            .filter(|(b, _)| grammar::brand_then_industry(&c.name, b))
            .flat_map(|(_, v)| v.iter().copied())
            .collect();
        let names: HashSet<&str> = owners.iter().map(|&j| cands[j].name.as_str()).collect();
        if names.len() != 1 {
            continue;
        }
        let j = owners[0];
        let mut moved = vec![c.name.clone()];
        moved.extend(c.aliases.iter().cloned());
        let obs = c.observed.clone();
        for a in moved {
            if !cands[j].aliases.contains(&a) && a != cands[j].name {
                cands[j].aliases.push(a);
            }
        }
        for o in obs {
            if !cands[j].observed.contains(&o) {
                cands[j].observed.push(o);
            }
        }
        drop[i] = true;
    }
    doc_merge::drop_marked(cands, &drop);
}

/// A name read from inside a longer name counts only where the document
/// also names it on its own (ANNOTATION.md rule 3): some form of it occurs
/// more often than the longer name does. A firm in a project's name counts
/// anyway (rule 6), and a park name followed by 项目 is a project's.
fn named_on_its_own(c: &grammar::Cand, text: &str) -> bool {
    let Some(outer) = &c.nested_in else {
        return true;
    };
    if text.contains(&format!("{outer}项目")) {
        return true;
    }
    let outer_count = text.matches(outer.as_str()).count();
    std::iter::once(&c.name)
        .chain(&c.aliases)
        .any(|f| text.matches(f.as_str()).count() > outer_count)
}
