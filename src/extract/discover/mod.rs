//! Discovery: the names one document proposes, before the corpus decides.
//!
//! Each sentence goes through the grammars of `grammar` (suffixes with
//! jieba's left boundary, quoted names, lists, partners, projects), and
//! again without a stray space inside a name (`names_across_stray_spaces`);
//! then the document resolves what it shows itself, in this order:
//! 1. `merge_project_firms`: a brand in a project is its registered firm;
//! 2. `named_on_its_own`: a name read inside a longer one counts only where
//!    the document also names it alone (ANNOTATION.md rule 3), and a firm's
//!    name found only inside a longer firm's name ending with it is that
//!    name cut short (`drop_firms_cut_short`); a town the document names
//!    (某某镇) and a trade word is that town's trade, no firm
//!    (`names_a_towns_trade`);
//! 3. `park_variants` and `doc_merge`: one park's spellings, one firm's
//!    short forms, twin firms kept apart;
//! 4. `into_discovered`: records with their aliases, vetoed names out, and
//!    the forms seen literally (evidence for risky short names).

pub mod doc_merge;
pub mod grammar;
pub mod park_variants;

use super::place_names::county_in_name;
use crate::model::{EntityAttrs, EntityKey, EntityRecord, EntityType, ParsedDoc};
use aho_corasick::{AhoCorasick, MatchKind};
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
    let mut cands = sentence_candidates(&doc.sentences, DISCOVER_SECTION_CHARS);
    merge_project_firms(&mut cands);
    let cut_short = firms_cut_short(&cands);
    let forms = own_name_forms(&cands)
        .chain(cut_short.iter().flat_map(|(a, b)| [a.clone(), b.clone()]))
        .chain(town_forms(&cands));
    let counts = Occurrences::new(&doc.text, forms);
    let outers = outers_of_names(&cands);
    cands.retain(|c| named_on_its_own(c, &outers, &counts) && !names_a_towns_trade(c, &counts));
    drop_firms_cut_short(&mut cands, &cut_short, &counts);
    park_variants::merge_park_variants(&mut cands);
    doc_merge::merge_park_forms(&mut cands);
    doc_merge::split_parts_from_named_parents(&mut cands, |s| counts.count(s));
    doc_merge::merge_parks_after_parent(&mut cands);
    doc_merge::merge_parks_under_county(&mut cands);
    doc_merge::merge_zone_named_by_its_county(&mut cands);
    doc_merge::merge_platform_forms(&mut cands);
    park_variants::merge_bare_yuanqu(&mut cands);
    doc_merge::merge_county_spellings(&mut cands);
    doc_merge::merge_unplaced_firm_forms(&mut cands);
    doc_merge::withdraw_shared_firm_forms(&mut cands);
    doc_merge::merge_short_firm_forms(&mut cands);
    doc_merge::merge_placed_forms_into_registered(&mut cands);
    doc_merge::merge_opening_forms_into_registered(&mut cands);
    doc_merge::merge_bare_brands(&mut cands);
    into_discovered(cands, doc, stop)
}

/// A document longer than this many characters (a book, a dump of
/// thousands of articles pasted as one file; every news article is far
/// shorter) is read sentence by sentence in sections of about this size,
/// side by side on every core: one document otherwise leaves all but one
/// core idle. What changes is only that the list rules, which look back at
/// the names found so far, look back within their section; the document's
/// own resolution (`discover`'s steps 1 to 4) still sees every name.
pub const DISCOVER_SECTION_CHARS: usize = 1_000_000;

/// What each sentence proposes, in sentence order; sentences in sections of
/// about `section_chars` characters (cut between sentences) are read in
/// parallel, each section with its own look-back.
fn sentence_candidates(
    sentences: &[crate::model::Sentence],
    section_chars: usize,
) -> Vec<grammar::Cand> {
    use rayon::prelude::*;
    let mut sections: Vec<&[crate::model::Sentence]> = Vec::new();
    let (mut from, mut chars) = (0, 0);
    for (i, s) in sentences.iter().enumerate() {
        chars += s.end - s.start;
        if chars >= section_chars {
            sections.push(&sentences[from..=i]);
            (from, chars) = (i + 1, 0);
        }
    }
    sections.push(&sentences[from..]);
    let read = |section: &[crate::model::Sentence]| {
        let mut cands = Vec::new();
        let mut earlier = grammar::EarlierNames::default();
        for s in section {
            let first = cands.len();
            grammar::sentence_names_after(&s.text, &mut cands, &mut earlier);
            let across = names_across_stray_spaces(&s.text, &cands[first..]);
            cands.extend(across);
        }
        cands
    };
    if sections.len() == 1 {
        return read(sections[0]);
    }
    let per_section: Vec<Vec<grammar::Cand>> = sections.par_iter().map(|s| read(s)).collect();
    per_section.into_iter().flatten().collect()
}

/// A space between two Chinese characters (U+0020, NBSP or U+3000)
/// separates words in headlines and bylines, but sometimes sits inside a
/// name (青松　科技有限公司). The sentence is read again without such
/// single spaces; a firm, park or platform found there counts when it
/// spans one removed space, has at least two characters left of it, and the
/// part right of it was not already a name of the sentence (for a firm: one
/// with a brand). It is named
/// without the space; the form as written becomes an alias, so linking
/// finds it in the text.
fn names_across_stray_spaces(sentence: &str, found: &[grammar::Cand]) -> Vec<grammar::Cand> {
    let cs: Vec<char> = sentence.chars().collect();
    let is_cjk = grammar::is_han;
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
                // words spaced apart one after another (a tag cloud, a
                // menu) are no name: a stray space sits inside a name once
                if seam_inside(k + 1, a + n).is_some() {
                    return None;
                }
                let right: String = jcs[k..a + n].iter().collect();
                // a firm name without a brand (精密机械有限公司) is no name
                // of its own
                let named_before = found.iter().any(|f| {
                    f.name == right
                        && (f.etype != EntityType::Firm || grammar::firm_has_brand(&right))
                });
                // 即将封顶 高新区将…: a zone's bare suffix after the space
                // opens a clause about the zone, as in a headline
                let bare_zone = c.etype == EntityType::Park
                    && crate::extract::rules::rules()
                        .park_suffixes
                        .contains(right.as_str());
                (k - a >= 2 && !named_before && !bare_zone)
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
    let occurs = Occurrences::new(
        &doc.text,
        cands
            .iter()
            .filter(|c| !stop.contains(&c.name))
            .flat_map(|c| c.observed.iter().cloned()),
    );
    for c in cands {
        if stop.contains(&c.name) {
            continue;
        }
        for o in &c.observed {
            // only forms that really occur in the text
            if observed.contains(o) || occurs.occurs(o) {
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
        let all: &[grammar::Cand] = cands;
        let owners: Vec<usize> = grammar::brands_before_industry(&c.name)
            .iter()
            .filter_map(|b| brands.get(b).map(|v| (b, trade_after(&c.name, b), v)))
            .flat_map(|(b, trade, v)| {
                v.iter()
                    .copied()
                    .filter(move |&j| !another_firm_of_brand(&all[j].name, b, trade))
            })
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

/// What follows `brand` in a firm's short name: its trade.
fn trade_after<'n>(name: &'n str, brand: &str) -> &'n str {
    name.find(brand).map_or("", |at| &name[at + brand.len()..])
}

/// Is a short form, `brand` and a firm's `trade` (某某科技), another firm
/// than the registered one of its brand? It is when the registered name
/// carries a trade of its own and not this one (某某技术装备有限公司); a
/// group's name has none (某某集团), and a product after the brand (某某
/// 新能源汽车) is made by the registered firm.
fn another_firm_of_brand(registered: &str, brand: &str, trade: &str) -> bool {
    grammar::is_firm_head(trade) && !registered.contains(trade) && has_trade(registered, brand)
}

/// Does a registered name carry a trade after `brand` (某某技术装备有限公司
/// does, 某某集团 not)?
fn has_trade(registered: &str, brand: &str) -> bool {
    let bare = grammar::strip_firm_suffix(registered);
    let after = trade_after(bare, brand);
    // an industry word anywhere in it opens a trade
    !grammar::brands_before_industry(after).is_empty()
}

/// A name read from inside a longer name counts only where the document
/// also names it on its own (ANNOTATION.md rule 3): some form of it occurs
/// more often than the longer names it was read from (`outers`, all the
/// document's for this name) do together. A firm in a project's name
/// counts anyway (rule 6), and a park name followed by 项目 is a project's.
fn named_on_its_own(c: &grammar::Cand, outers: &Outers, counts: &Occurrences<'_>) -> bool {
    let Some(outer) = &c.nested_in else {
        return true;
    };
    if counts.occurs(&format!("{outer}项目")) || project_in_phases(counts, outer) {
        return true;
    }
    let outer_count: usize = outers.get(&c.name).map_or_else(
        || counts.count(outer),
        |all| all.iter().map(|o| counts.count(o)).sum(),
    );
    std::iter::once(&c.name)
        .chain(&c.aliases)
        .any(|f| counts.count(f) > outer_count)
}

/// What follows a place below the county in its name (某某镇, 某某乡).
const TOWN_MARKS: [&str; 3] = ["镇", "乡", "街道"];

/// The towns a firm's name could open with: two or three characters
/// before one trade word (某某堡 + 鞋业).
fn towns_before_a_trade(name: &str) -> impl Iterator<Item = &str> {
    name.char_indices()
        .skip(2)
        .take(2)
        .filter(move |&(i, _)| grammar::is_firm_head(&name[i..]))
        .map(move |(i, _)| &name[..i])
}

/// The town names (某某镇) that would make a firm's name a town's trade.
fn town_names_before_a_trade(c: &grammar::Cand) -> impl Iterator<Item = String> + '_ {
    let firm = (c.etype == EntityType::Firm).then_some(c.name.as_str());
    firm.into_iter()
        .flat_map(towns_before_a_trade)
        .flat_map(|town| TOWN_MARKS.map(|m| format!("{town}{m}")))
}

/// Every town name a candidate firm's name could open with, counted in
/// the document's one pass.
fn town_forms(cands: &[grammar::Cand]) -> impl Iterator<Item = String> + '_ {
    cands.iter().flat_map(town_names_before_a_trade)
}

/// 某某鞋业 where the document names 某某镇 (or 乡, 街道): the trade the
/// town is known for, as a county's industries are spoken of (依托某某袜业、
/// 某某鞋业等产业基础), not a firm; a firm named after its town carries a
/// brand of its own as well (某镇某某科技开发公司).
fn names_a_towns_trade(c: &grammar::Cand, counts: &Occurrences<'_>) -> bool {
    town_names_before_a_trade(c).any(|town| counts.occurs(&town))
}

/// Pairs of firm names where the second ends with the first and is longer
/// (某某集团 and 极某某集团): the first may be the second cut short.
/// Each name's tails are looked up, so a long document's thousands of
/// candidates cost no more than their characters.
fn firms_cut_short(cands: &[grammar::Cand]) -> Vec<(String, String)> {
    let firms: std::collections::BTreeSet<&str> = cands
        .iter()
        .filter(|c| c.etype == EntityType::Firm)
        .map(|c| c.name.as_str())
        .collect();
    let mut pairs = Vec::new();
    for long in &firms {
        for (at, _) in long.char_indices().skip(1) {
            if firms.contains(&long[at..]) {
                pairs.push((long[at..].to_string(), long.to_string()));
            }
        }
    }
    pairs
}

/// 在极某某集团: jieba read the brand's first character with the word
/// before it, and the grammar found the name without it. A firm's name
/// that the text writes only inside a longer firm's name ending with it
/// names nothing of its own (ANNOTATION.md rule 3): dropped.
fn drop_firms_cut_short(
    cands: &mut Vec<grammar::Cand>,
    pairs: &[(String, String)],
    counts: &Occurrences<'_>,
) {
    let firms: HashSet<String> = cands
        .iter()
        .filter(|c| c.etype == EntityType::Firm)
        .map(|c| c.name.clone())
        .collect();
    let only_inside = |name: &str| {
        pairs.iter().any(|(short, long)| {
            short == name && firms.contains(long) && counts.count(short) <= counts.count(long)
        })
    };
    cands.retain(|c| c.etype != EntityType::Firm || !only_inside(&c.name));
}

/// The longest phase written in brackets between a name and 项目 (一期,
/// 二期工程) that `project_in_phases` reads.
const PHASE_MAX_CHARS: usize = 6;

/// 某某产业园(一期)项目: a name with its phase in brackets before 项目 is
/// a project's name too.
fn project_in_phases(counts: &Occurrences<'_>, outer: &str) -> bool {
    let opened = ['(', '（']
        .iter()
        .any(|b| counts.occurs(&format!("{outer}{b}")));
    opened
        && counts.text.match_indices(outer).any(|(at, _)| {
            let rest = &counts.text[at + outer.len()..];
            let Some(inside) = rest.strip_prefix(['(', '（']) else {
                return false;
            };
            inside
                .char_indices()
                .take(PHASE_MAX_CHARS + 1)
                .find(|(_, c)| matches!(c, ')' | '）'))
                .is_some_and(|(close, c)| {
                    inside[..close].contains('期')
                        && inside[close + c.len_utf8()..].starts_with("项目")
                })
        })
}

/// For each name read inside longer names, those longer names; one that
/// holds another of them is left out, its occurrences being the other's too
/// (某某产业园管委会 holds 某某产业园).
/// Owned, so the candidates can be filtered while it is read (only names
/// read inside others are in it: few per document).
type Outers = HashMap<String, Vec<String>>;

fn outers_of_names(cands: &[grammar::Cand]) -> Outers {
    let mut outers: Outers = HashMap::new();
    for c in cands {
        if let Some(outer) = &c.nested_in {
            let all = outers.entry(c.name.clone()).or_default();
            if !all.contains(outer) {
                all.push(outer.clone());
            }
        }
    }
    for all in outers.values_mut() {
        let snapshot = all.clone();
        all.retain(|o| !snapshot.iter().any(|p| p != o && o.contains(p)));
    }
    outers
}

/// The strings `named_on_its_own` counts for the candidates.
fn own_name_forms(cands: &[grammar::Cand]) -> impl Iterator<Item = String> + '_ {
    cands.iter().flat_map(|c| {
        c.nested_in.iter().flat_map(move |outer| {
            [
                format!("{outer}项目"),
                format!("{outer}("),
                format!("{outer}（"),
                outer.clone(),
            ]
            .into_iter()
            .chain(std::iter::once(c.name.clone()))
            .chain(c.aliases.iter().cloned())
        })
    })
}

/// How often strings occur in one text, counted as `str::matches` counts
/// (leftmost, non-overlapping), for many strings in one pass over a long
/// text: counting each candidate's forms by scanning the whole text made
/// a long document's discovery quadratic. In a text shorter than
/// `Occurrences::ONE_PASS_BYTES` (every news article), and for a string not
/// given up front, each string is counted by a scan: building an automaton
/// per article cost more than the scans (8% of discovering 3,000 articles).
struct Occurrences<'t> {
    text: &'t str,
    counts: HashMap<String, usize>,
}

impl<'t> Occurrences<'t> {
    /// Counts every one of `strings` in `text` (the empty string is left
    /// to `count`'s scan).
    const ONE_PASS_BYTES: usize = 64 << 10;

    /// A text at least this long is scanned in pieces of this size side
    /// by side on every core (a 60 MB document otherwise scans on one).
    const PIECE_BYTES: usize = 4 << 20;

    fn new(text: &'t str, strings: impl IntoIterator<Item = String>) -> Self {
        Self::in_pieces(text, strings, Self::PIECE_BYTES)
    }

    fn in_pieces(
        text: &'t str,
        strings: impl IntoIterator<Item = String>,
        piece_bytes: usize,
    ) -> Self {
        let mut counts: HashMap<String, usize> = HashMap::new();
        if text.len() < Self::ONE_PASS_BYTES {
            return Occurrences { text, counts };
        }
        let mut patterns: Vec<String> = strings.into_iter().filter(|p| !p.is_empty()).collect();
        patterns.sort_unstable();
        patterns.dedup();
        if patterns.is_empty() {
            return Occurrences { text, counts };
        }
        let built = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(&patterns);
        if let Ok(ac) = built {
            let n = if text.len() >= 2 * piece_bytes {
                count_in_pieces(&ac, &patterns, text, piece_bytes)
            } else {
                count_in_one_pass(&ac, patterns.len(), text)
            };
            counts.extend(patterns.into_iter().zip(n));
        }
        Occurrences { text, counts }
    }

    /// Whether `s` occurs at all (a scan stops at the first occurrence).
    fn occurs(&self, s: &str) -> bool {
        match self.counts.get(s) {
            Some(&n) => n > 0,
            None => self.text.contains(s),
        }
    }

    /// How often `s` occurs in the text, as `text.matches(s).count()`.
    fn count(&self, s: &str) -> usize {
        match self.counts.get(s) {
            Some(&n) => n,
            None => self.text.matches(s).count(),
        }
    }
}

/// Occurrences of each pattern in `text`, counted as `str::matches`
/// counts them: in one pass of the automaton.
fn count_in_one_pass(ac: &AhoCorasick, patterns: usize, text: &str) -> Vec<usize> {
    let mut n = vec![0usize; patterns];
    // Where the last counted occurrence of each pattern ends.
    let mut free_from = vec![0usize; patterns];
    // Occurrences of one pattern arrive in order of their start (all end
    // in order and have one length): counting those that start after the
    // last counted one ends is what `matches` does.
    for m in ac.find_overlapping_iter(text) {
        let p = m.pattern().as_usize();
        if m.start() >= free_from[p] {
            n[p] += 1;
            free_from[p] = m.end();
        }
    }
    n
}

/// `count_in_one_pass`, with the text cut into pieces of about
/// `piece_bytes` scanned side by side; each piece counts the occurrences
/// that start in it. Two occurrences of a pattern can overlap only when
/// the pattern's end repeats its start (甲甲 in 甲甲甲), and only then
/// does `matches` skip one: such patterns (few in names) are counted again
/// by `matches` itself.
fn count_in_pieces(
    ac: &AhoCorasick,
    patterns: &[String],
    text: &str,
    piece_bytes: usize,
) -> Vec<usize> {
    use rayon::prelude::*;
    let longest = patterns.iter().map(String::len).max().unwrap_or(0);
    let mut cuts = vec![0];
    while let Some(&last) = cuts.last() {
        if last >= text.len() {
            break;
        }
        let mut cut = (last + piece_bytes).min(text.len());
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        cuts.push(cut);
    }
    let per_piece: Vec<Vec<usize>> = cuts
        .par_windows(2)
        .map(|w| {
            let (from, to) = (w[0], w[1]);
            let mut reach = (to + longest).min(text.len());
            while !text.is_char_boundary(reach) {
                reach += 1;
            }
            let mut n = vec![0usize; patterns.len()];
            for m in ac.find_overlapping_iter(&text[from..reach]) {
                if from + m.start() < to {
                    n[m.pattern().as_usize()] += 1;
                }
            }
            n
        })
        .collect();
    let mut n = vec![0usize; patterns.len()];
    for piece in per_piece {
        for (total, k) in n.iter_mut().zip(piece) {
            *total += k;
        }
    }
    let recounted: Vec<(usize, usize)> = patterns
        .par_iter()
        .enumerate()
        .filter(|(_, p)| overlaps_itself(p))
        .map(|(i, p)| (i, text.matches(p.as_str()).count()))
        .collect();
    for (i, count) in recounted {
        n[i] = count;
    }
    n
}

/// Whether two occurrences of `p` can overlap: some proper end of it is
/// also its start.
fn overlaps_itself(p: &str) -> bool {
    p.char_indices()
        .skip(1)
        .any(|(i, _)| p.starts_with(&p[i..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forms of the firm record whose canonical name is `name`.
    fn firm_forms(found: &Discovered, name: &str) -> Vec<String> {
        found
            .candidates
            .iter()
            .find(|r| r.key.etype == EntityType::Firm && r.key.canonical == name)
            .map(|r| r.aliases.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_brand_with_another_trade_is_not_the_registered_firm_of_the_brand() {
        let text = "星岚技术装备有限公司的车间满负荷生产。\n\
                    星岚科技、翊岙电子等外地的企业陆续落户。\n\
                    翠屿电池有限公司投资的翠屿电池项目开工。\n\
                    翠峦集团投资的翠峦电子项目开工。\n";
        let doc = crate::extract::tests::doc("brands.txt", text);
        let found = crate::extract::Extractor::new(Default::default()).discover(&doc);
        let apart = firm_forms(&found, "星岚技术装备有限公司");
        assert!(
            !apart.is_empty() && !apart.iter().any(|f| f == "星岚科技"),
            "{apart:?}"
        );
        let one = firm_forms(&found, "翠屿电池有限公司");
        assert!(one.iter().any(|f| f == "翠屿电池"), "{one:?}");
        // a group's name has no trade: any trade of its brand is the group's
        let group = firm_forms(&found, "翠峦集团");
        assert!(group.iter().any(|f| f == "翠峦电子"), "{group:?}");
    }

    #[test]
    fn a_name_spans_one_stray_space_not_a_run_of_spaced_words() {
        let one = names_across_stray_spaces("青屿　科技有限公司投产。", &[]);
        assert!(one.iter().any(|c| c.name == "青屿科技有限公司"), "{one:?}");
        let cloud = "氢能科技 岚溪绿色种养产业模式 星澜科技 青屿科技 园区 园区 园区";
        let run = names_across_stray_spaces(cloud, &[]);
        assert!(run.iter().all(|c| !c.name.ends_with("园区")), "{run:?}");
    }

    #[test]
    fn a_long_document_read_in_sections_proposes_what_it_proposes_whole() {
        // Sentences that stand alone (no list looks back), each naming
        // invented firms and parks.
        let text: String = (0..60)
            .map(|i| {
                let brand = ["青松", "翠湖", "远山", "石桥", "云溪", "白鹭"][i % 6];
                format!("{brand}光电科技有限公司在{brand}经济开发区新建第{i}条生产线。\n")
            })
            .collect();
        let d = crate::extract::tests::doc("long.txt", &text);
        let whole = sentence_candidates(&d.sentences, usize::MAX);
        assert!(whole.len() >= 100, "{}", whole.len());
        for section in [40, 100, 333] {
            assert_eq!(
                sentence_candidates(&d.sentences, section),
                whole,
                "{section}"
            );
        }
    }

    proptest::proptest! {
        /// One pass counts every string as `str::matches` does, overlaps
        /// of a string with itself (甲甲 in 甲甲甲) included.
        #[test]
        fn occurrences_count_as_str_matches(
            text in "[甲乙丙a]{1,40}",
            strings in proptest::collection::vec("[甲乙丙a]{0,4}", 0..8),
            other in "[甲乙]{1,3}",
        ) {
            // Repeated past the length from which one pass counts.
            let long = text.repeat(Occurrences::ONE_PASS_BYTES / text.len() + 1);
            for text in [text.clone(), long] {
                // Whole, and in pieces (of 7 bytes: cut inside characters,
                // and occurrences across every cut).
                for piece_bytes in [Occurrences::PIECE_BYTES, 7] {
                    let counts = Occurrences::in_pieces(&text, strings.iter().cloned(), piece_bytes);
                    for s in strings.iter().chain(std::iter::once(&other)) {
                        proptest::prop_assert_eq!(counts.count(s), text.matches(s.as_str()).count(), "{:?}", s);
                        proptest::prop_assert_eq!(counts.occurs(s), text.contains(s.as_str()), "{:?}", s);
                    }
                }
            }
        }

        /// Asking once for every brand a project's firm may start with
        /// answers as asking each brand in turn.
        #[test]
        fn brands_before_industry_as_asking_each_brand(
            place in proptest::sample::select(vec!["", "宁波", "浙江", "杭州市"]),
            brand in "[青松澜星云帆]{1,3}",
            industry in proptest::sample::select(vec!["新能源", "科技", "电子", "汽车", ""]),
            tail in "[电机项目部件]{0,3}",
            asked in "[青松澜星云帆]{0,3}",
        ) {
            let name = format!("{place}{brand}{industry}{tail}");
            let all = grammar::brands_before_industry(&name);
            for b in [brand.as_str(), asked.as_str()] {
                proptest::prop_assert_eq!(
                    all.iter().any(|x| x == b),
                    grammar::brand_then_industry(&name, b),
                    "{:?} in {:?}: {:?}", b, name, all
                );
            }
        }
    }
}
