//! Entity recognition and resolution. Pure: documents in, mentions out.
//!
//! Two passes over a corpus:
//! 1. `Extractor::discover` finds candidate names in one document
//!    (gazetteer, suffix grammars, segmentation, context cues);
//! 2. `Extractor::build_lexicon` merges the candidates of every document
//!    (and the entities already stored) into one `Lexicon` that resolves
//!    every surface form to one canonical entity;
//! 3. `Extractor::link` matches every known name in a document
//!    (aho-corasick, leftmost-longest) and returns its mentions.

pub mod doc_merge;
pub mod gazetteer;
pub mod grammar;
pub mod lexicon_file;
pub mod listed;
pub mod lists;
pub mod park_variants;

use crate::eval::normalize_name;
use crate::model::{
    DocExtraction, EntityAttrs, EntityKey, EntityRecord, EntityType, Mention, ParsedDoc,
};
use crate::text::script;
use aho_corasick::{AhoCorasick, MatchKind};
use gazetteer::{gazetteer, Level};
use grammar::JIEBA;
pub use lexicon_file::{LexiconFileError, UserLexicon};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

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

/// Every known surface form, resolved to its entity.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub entities: Vec<EntityRecord>,
    /// Per document hash: surfaces discovered there.
    evidence: HashMap<String, HashSet<String>>,
    /// Surfaces the user declared: never risky.
    user_surfaces: HashSet<String>,
    /// Surfaces the user vetoed.
    stop: HashSet<String>,
    index: OnceLock<LinkIndex>,
}

#[derive(Debug)]
struct Target {
    ent: usize,
    risky: bool,
}

#[derive(Debug)]
struct LinkIndex {
    ac: Option<AhoCorasick>,
    /// Surface -> pattern id.
    pat_of: HashMap<String, usize>,
    targets: Vec<Vec<Target>>,
    /// Per entity: its gazetteer place, if any.
    place: Vec<Option<usize>>,
    /// Per gazetteer place: its entity.
    ent_of_place: HashMap<usize, usize>,
    /// County canonical name -> its entity.
    county_ent: HashMap<String, usize>,
    /// Per pattern of a non-place name: the county entity whose full form
    /// it contains (某某县竹木产业园 → 某某).
    nested_county: Vec<Option<usize>>,
}

impl Lexicon {
    /// Number of distinct surfaces known.
    pub fn surface_count(&self) -> usize {
        self.index().targets.len()
    }

    fn index(&self) -> &LinkIndex {
        self.index.get_or_init(|| LinkIndex::build(self))
    }
}

fn is_common_word(s: &str) -> bool {
    if !JIEBA.has_word(s) {
        return false;
    }
    let tags = JIEBA.tag(s, false);
    let tag = tags.first().map_or("", |t| t.tag);
    !matches!(tag, "nz" | "nt" | "nr" | "nrt" | "nrfg" | "eng" | "x")
}

/// Is `s` free of a common-word reading: unknown to jieba's dictionary,
/// or known there as a proper name of some kind (its tags for places are
/// not reliable: 余姚/nr), not as a noun like 资源?
fn jieba_reads_as_place(s: &str) -> bool {
    !JIEBA.has_word(s)
        || JIEBA
            .tag(s, false)
            .first()
            .is_some_and(|t| matches!(t.tag, "ns" | "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j"))
}

/// A county or region short form that needs evidence in the document.
fn risky_place_short(short: &str, province: &str) -> bool {
    if province != gazetteer::HOME_PROVINCE {
        return true;
    }
    if lists::AMBIGUOUS_SHORT_FORMS.contains(&short) {
        return true;
    }
    if !JIEBA.has_word(short) {
        return false;
    }
    let tags = JIEBA.tag(short, false);
    let tag = tags.first().map_or("", |t| t.tag);
    tag != "ns" || JIEBA.suggest_freq(short) >= 300
}

impl LinkIndex {
    fn build(lex: &Lexicon) -> LinkIndex {
        let g = gazetteer();
        let code_to_place: HashMap<&str, usize> = g
            .places
            .iter()
            .enumerate()
            .map(|(i, p)| (p.code.as_str(), i))
            .collect();
        let mut place = Vec::with_capacity(lex.entities.len());
        let mut ent_of_place = HashMap::new();
        for (ei, e) in lex.entities.iter().enumerate() {
            let p = match e.key.etype {
                EntityType::County | EntityType::Region | EntityType::Park => e
                    .attrs
                    .admin_code
                    .as_deref()
                    .and_then(|c| code_to_place.get(c).copied()),
                _ => None,
            };
            if let Some(p) = p {
                ent_of_place.insert(p, ei);
            }
            place.push(p);
        }
        let mut pat_of: HashMap<&str, usize> = HashMap::new();
        let mut pats: Vec<&str> = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        for (ei, e) in lex.entities.iter().enumerate() {
            let mut seen: HashSet<&str> = HashSet::new();
            for a in std::iter::once(&e.key.canonical).chain(e.aliases.iter()) {
                let a = a.as_str();
                if a.is_empty() || !seen.insert(a) || lex.stop.contains(a) {
                    continue;
                }
                // the canonical of a county may be a synthetic name
                if place[ei].is_some() && a == e.key.canonical && !e.aliases.iter().any(|x| x == a)
                {
                    continue;
                }
                let risky = if lex.user_surfaces.contains(a) {
                    false
                } else if let Some(p) = place[ei] {
                    let pl = &g.places[p];
                    (pl.short.as_deref() == Some(a) && risky_place_short(a, &pl.province))
                        || (pl.full == a && a.chars().count() <= 2)
                } else {
                    a.chars().count() <= 2 || is_common_word(a)
                };
                let pi = *pat_of.entry(a).or_insert_with(|| {
                    pats.push(a);
                    targets.push(Vec::new());
                    pats.len() - 1
                });
                targets[pi].push(Target { ent: ei, risky });
            }
        }
        let ac = if pats.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&pats)
                .ok()
        };
        let pat_of = pats
            .iter()
            .enumerate()
            .map(|(i, p)| (p.to_string(), i))
            .collect();
        let county_ent = lex
            .entities
            .iter()
            .enumerate()
            .filter(|(ei, e)| e.key.etype == EntityType::County && place[*ei].is_some())
            .map(|(ei, e)| (e.key.canonical.clone(), ei))
            .collect();
        let nested_county = pats
            .iter()
            .zip(&targets)
            .map(|(p, ts)| {
                if p.chars().count() < 4 || !ts.iter().any(|t| place[t.ent].is_none()) {
                    return None;
                }
                county_full_in_name(p).and_then(|c| ent_of_place.get(&c).copied())
            })
            .collect();
        LinkIndex {
            ac,
            county_ent,
            nested_county,
            pat_of,
            targets,
            place,
            ent_of_place,
        }
    }
}

/// Counties a surface names (only by their full form when `full_only`),
/// and those of them in the home province.
fn counties_named(surface: &str, full_only: bool) -> (Vec<usize>, Vec<usize>) {
    let g = gazetteer();
    let hits: Vec<usize> = g
        .lookup(surface)
        .iter()
        .copied()
        .filter(|&i| {
            g.places[i].level == Level::County && (!full_only || g.places[i].full == surface)
        })
        .collect();
    let home = hits
        .iter()
        .copied()
        .filter(|&i| g.places[i].province == gazetteer::HOME_PROVINCE)
        .collect();
    (hits, home)
}

/// The county whose full form (某某县, 某某市) a longer name contains, if
/// exactly one county (Zhejiang preferred) has that full form.
fn county_full_in_name(name: &str) -> Option<usize> {
    let cs: Vec<char> = name.chars().collect();
    for a in 0..cs.len() {
        for b in (a + 3..=cs.len().min(a + 8)).rev() {
            if b == cs.len() && a == 0 {
                continue;
            }
            let sub: String = cs[a..b].iter().collect();
            let (hits, home) = counties_named(&sub, true);
            if home.len() == 1 {
                return Some(home[0]);
            }
            if hits.len() == 1 {
                return Some(hits[0]);
            }
        }
    }
    None
}

/// The county a park's name places it in: 浙江某某经济开发区 → 某某
/// (Zhejiang counties preferred; ambiguous names elsewhere are not used).
pub fn county_in_name(name: &str) -> Option<String> {
    let g = gazetteer();
    let cs: Vec<char> = name.chars().collect();
    for a in 0..cs.len() {
        for b in (a + 2..=cs.len().min(a + 8)).rev() {
            let sub: String = cs[a..b].iter().collect();
            let (hits, home) = counties_named(&sub, false);
            let pick = if home.len() == 1 {
                Some(home[0])
            } else if hits.len() == 1 && g.places[hits[0]].full == sub {
                Some(hits[0])
            } else {
                None
            };
            if let Some(i) = pick {
                return Some(g.places[i].canonical.clone());
            }
        }
    }
    None
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
        let owners: Vec<usize> = grammar::brands_before_industry(&c.name)
            .iter()
            .filter_map(|b| brands.get(b))
            .flat_map(|v| v.iter().copied())
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
fn named_on_its_own(c: &grammar::Cand, counts: &Occurrences<'_>) -> bool {
    let Some(outer) = &c.nested_in else {
        return true;
    };
    if counts.occurs(&format!("{outer}项目")) {
        return true;
    }
    let outer_count = counts.count(outer);
    std::iter::once(&c.name)
        .chain(&c.aliases)
        .any(|f| counts.count(f) > outer_count)
}

/// The strings `named_on_its_own` counts for the candidates.
fn own_name_forms(cands: &[grammar::Cand]) -> impl Iterator<Item = String> + '_ {
    cands.iter().flat_map(|c| {
        c.nested_in.iter().flat_map(move |outer| {
            [format!("{outer}项目"), outer.clone()]
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
/// per article cost more than the scans.
struct Occurrences<'t> {
    text: &'t str,
    counts: HashMap<String, usize>,
}

impl<'t> Occurrences<'t> {
    const ONE_PASS_BYTES: usize = 64 << 10;

    fn new(text: &'t str, strings: impl IntoIterator<Item = String>) -> Self {
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
            let mut n = vec![0usize; patterns.len()];
            // Where the last counted occurrence of each pattern ends.
            let mut free_from = vec![0usize; patterns.len()];
            // Occurrences of one pattern arrive in order of their start
            // (all end in order and have one length): counting those that
            // start after the last counted one ends is what `matches` does.
            for m in ac.find_overlapping_iter(text) {
                let p = m.pattern().as_usize();
                if m.start() >= free_from[p] {
                    n[p] += 1;
                    free_from[p] = m.end();
                }
            }
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

    fn count(&self, s: &str) -> usize {
        match self.counts.get(s) {
            Some(&n) => n,
            None => self.text.matches(s).count(),
        }
    }
}

pub struct Extractor {
    user: UserLexicon,
    stop: HashSet<String>,
}

/// One raw match of a known surface.
struct RawMatch {
    sentence: usize,
    start: usize,
    end: usize,
    pat: usize,
}

/// How often a risky place short form must occur in one document to be
/// taken as that place without any other evidence.
const PLACE_REPEATS_AS_EVIDENCE: usize = 3;

const PLACE_CUE_BEFORE: &[&str] = &[
    "在", "于", "赴", "到", "至", "位于", "落户", "来到", "走进", "地处", "前往", "和", "与",
];
const PLACE_CUE_AFTER: &[&str] = &[
    "县委",
    "市委",
    "区委",
    "县政府",
    "市政府",
    "区政府",
    "人民",
    "全县",
    "全市",
    "全区",
    "当地",
    "境内",
    "县城",
    "城区",
    "经济开发区",
    "开发区",
    "高新区",
    "籍",
];

impl Extractor {
    pub fn new(user: UserLexicon) -> Self {
        let stop = user.stop.iter().cloned().collect();
        Extractor { user, stop }
    }

    /// Whether the user's lexicon vetoes this name (`NAME<TAB>stop`).
    pub fn is_stopped(&self, name: &str) -> bool {
        self.stop.contains(name)
    }

    /// Names one document proposes. A traditional-script document is read
    /// through its simplified view (`text::script`), so its names are found
    /// and named as in simplified text.
    pub fn discover(&self, doc: &ParsedDoc) -> Discovered {
        match script::simplified_view(doc) {
            Some(view) => self.discover_in(&view),
            None => self.discover_in(doc),
        }
    }

    fn discover_in(&self, doc: &ParsedDoc) -> Discovered {
        let mut cands = Vec::new();
        let mut earlier = grammar::EarlierNames::default();
        for s in &doc.sentences {
            grammar::sentence_names_after(&s.text, &mut cands, &mut earlier);
        }
        merge_project_firms(&mut cands);
        let counts = Occurrences::new(&doc.text, own_name_forms(&cands));
        cands.retain(|c| named_on_its_own(c, &counts));
        park_variants::merge_park_variants(&mut cands);
        doc_merge::merge_park_forms(&mut cands);
        doc_merge::withdraw_shared_firm_forms(&mut cands);
        doc_merge::merge_short_firm_forms(&mut cands);
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
                .filter(|c| !self.stop.contains(&c.name))
                .flat_map(|c| c.observed.iter().cloned()),
        );
        for c in cands {
            if self.stop.contains(&c.name) {
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
                if !aliases.contains(&a) && !self.stop.contains(&a) {
                    aliases.push(a);
                }
            }
            let attrs = EntityAttrs {
                county: if c.etype == EntityType::Park {
                    county_in_name(&c.name)
                } else {
                    None
                },
                ..EntityAttrs::default()
            };
            out.candidates.push(EntityRecord {
                key: EntityKey::new(c.etype, c.name),
                attrs,
                aliases,
            });
        }
        let mut obs: Vec<String> = observed.into_iter().collect();
        obs.sort();
        out.observed = obs;
        out
    }

    pub fn build_lexicon<'a>(
        &self,
        discovered: impl IntoIterator<Item = &'a Discovered>,
        known: &[EntityRecord],
    ) -> Lexicon {
        let g = gazetteer();
        let mut entities: Vec<EntityRecord> = Vec::new();
        let mut key_index: HashMap<EntityKey, usize> = HashMap::new();
        // 1. the gazetteer
        for p in &g.places {
            let parent = p.parent.map(|i| g.places[i].canonical.clone());
            let mut aliases = vec![p.full.clone()];
            if let Some(s) = &p.short {
                aliases.push(s.clone());
            }
            let key = EntityKey::new(p.etype(), p.canonical.clone());
            if key_index.contains_key(&key) {
                continue;
            }
            key_index.insert(key.clone(), entities.len());
            entities.push(EntityRecord {
                key,
                attrs: EntityAttrs {
                    admin_code: Some(p.code.clone()),
                    parent,
                    county: None,
                },
                aliases,
            });
        }
        let n_gaz = entities.len();
        let gaz_surfaces: HashSet<&str> = g.by_surface.keys().map(String::as_str).collect();

        // 2. candidate records: known, user, discovered
        struct Rec {
            etype: EntityType,
            name: String,
            aliases: Vec<String>,
            fixed: bool,
            attrs: EntityAttrs,
        }
        let mut recs: Vec<Rec> = Vec::new();
        let mut evidence: HashMap<String, HashSet<String>> = HashMap::new();
        let mut user_surfaces: HashSet<String> = HashSet::new();
        for k in known {
            if let Some(&i) = key_index.get(&k.key) {
                for a in &k.aliases {
                    if !entities[i].aliases.contains(a) {
                        entities[i].aliases.push(a.clone());
                    }
                }
                continue;
            }
            recs.push(Rec {
                etype: k.key.etype,
                name: k.key.canonical.clone(),
                aliases: k.aliases.clone(),
                fixed: true,
                attrs: k.attrs.clone(),
            });
        }
        for (surface, t, canonical) in &self.user.entries {
            user_surfaces.insert(surface.clone());
            user_surfaces.insert(canonical.clone());
            // a user alias of a gazetteer place
            let gi = key_index
                .get(&EntityKey::new(*t, canonical.clone()))
                .copied();
            if let Some(i) = gi.filter(|&i| i < n_gaz) {
                if !entities[i].aliases.contains(surface) {
                    entities[i].aliases.push(surface.clone());
                }
                continue;
            }
            recs.push(Rec {
                etype: *t,
                name: canonical.clone(),
                aliases: vec![surface.clone(), canonical.clone()],
                fixed: true,
                attrs: EntityAttrs::default(),
            });
        }
        for d in discovered {
            evidence
                .entry(d.doc_hash.clone())
                .or_default()
                .extend(d.observed.iter().cloned());
            for c in &d.candidates {
                let generic =
                    |s: &str| c.key.etype == EntityType::Firm && grammar::is_generic_firm_name(s);
                if generic(&c.key.canonical) {
                    continue;
                }
                recs.push(Rec {
                    etype: c.key.etype,
                    name: c.key.canonical.clone(),
                    aliases: c.aliases.iter().filter(|a| !generic(a)).cloned().collect(),
                    fixed: false,
                    attrs: c.attrs.clone(),
                });
            }
        }
        // type votes per normalised surface
        let mut votes: HashMap<String, BTreeMap<EntityType, usize>> = HashMap::new();
        for r in &recs {
            let w = if r.fixed { 1000 } else { 2 };
            *votes
                .entry(normalize_name(&r.name))
                .or_default()
                .entry(r.etype)
                .or_default() += w;
            for a in &r.aliases {
                if a != &r.name {
                    *votes
                        .entry(normalize_name(a))
                        .or_default()
                        .entry(r.etype)
                        .or_default() += 1;
                }
            }
        }
        let best_type = |s: &str| -> Option<EntityType> {
            votes.get(&normalize_name(s)).and_then(|m| {
                m.iter()
                    .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
                    .map(|(t, _)| *t)
            })
        };
        // union-find over (type, normalised alias)
        let mut parent: Vec<usize> = (0..recs.len()).collect();
        fn find(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        let mut owner: HashMap<(EntityType, String), usize> = HashMap::new();
        let mut keep = vec![true; recs.len()];
        for (i, r) in recs.iter_mut().enumerate() {
            if !r.fixed {
                if best_type(&r.name) != Some(r.etype) || self.stop.contains(&r.name) {
                    keep[i] = false;
                    continue;
                }
                // a gazetteer name is the gazetteer's
                if gaz_surfaces.contains(r.name.as_str()) {
                    keep[i] = false;
                    continue;
                }
                let et = r.etype;
                r.aliases.retain(|a| {
                    best_type(a) == Some(et)
                        && !gaz_surfaces.contains(a.as_str())
                        && !grammar::is_place_word(a)
                });
            }
            r.aliases.retain(|a| !self.stop.contains(a));
            if !r.aliases.contains(&r.name) {
                r.aliases.insert(0, r.name.clone());
            }
        }
        for i in 0..recs.len() {
            if !keep[i] {
                continue;
            }
            for a in recs[i].aliases.clone() {
                let k = (recs[i].etype, normalize_name(&a));
                match owner.get(&k) {
                    Some(&j) => {
                        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                        if ri != rj {
                            parent[ri] = rj;
                        }
                    }
                    None => {
                        owner.insert(k, i);
                    }
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, _) in keep.iter().enumerate().filter(|(_, k)| **k) {
            let r = find(&mut parent, i);
            groups.entry(r).or_default().push(i);
        }
        for (_, members) in groups {
            let etype = recs[members[0]].etype;
            let mut count: HashMap<&str, usize> = HashMap::new();
            let mut aliases: Vec<String> = Vec::new();
            for &m in &members {
                *count.entry(recs[m].name.as_str()).or_default() += 1;
                for a in &recs[m].aliases {
                    if !aliases.contains(a) {
                        aliases.push(a.clone());
                    }
                }
            }
            let fixed = members
                .iter()
                .find(|&&m| recs[m].fixed)
                .map(|&m| recs[m].name.clone());
            let canonical = fixed.unwrap_or_else(|| {
                let mut names: Vec<&str> = members.iter().map(|&m| recs[m].name.as_str()).collect();
                names.sort_by(|a, b| {
                    b.chars()
                        .count()
                        .cmp(&a.chars().count())
                        .then(count[b].cmp(&count[a]))
                        .then(a.cmp(b))
                });
                names[0].to_string()
            });
            let attrs = members
                .iter()
                .map(|&m| recs[m].attrs.clone())
                .find(|a| !a.is_empty())
                .unwrap_or_default();
            let key = EntityKey::new(etype, canonical);
            if let Some(&i) = key_index.get(&key) {
                for a in aliases {
                    if !entities[i].aliases.contains(&a) {
                        entities[i].aliases.push(a);
                    }
                }
                continue;
            }
            key_index.insert(key.clone(), entities.len());
            entities.push(EntityRecord {
                key,
                attrs,
                aliases,
            });
        }
        Lexicon {
            entities,
            evidence,
            user_surfaces,
            stop: self.stop.clone(),
            index: OnceLock::new(),
        }
    }

    /// Every known name in one document. A traditional-script document is
    /// matched through its simplified view; its mentions keep the surface
    /// as written, which also becomes an alias of the entity.
    pub fn link(&self, lexicon: &Lexicon, doc: &ParsedDoc) -> DocExtraction {
        let Some(view) = script::simplified_view(doc) else {
            return self.link_in(lexicon, doc);
        };
        let mut found = self.link_in(lexicon, &view);
        for m in &mut found.mentions {
            let written: String = doc.sentences[m.sentence]
                .text
                .chars()
                .skip(m.start)
                .take(m.end - m.start)
                .collect();
            if written == m.surface {
                continue;
            }
            if let Some(e) = found.entities.iter_mut().find(|e| e.key == m.entity) {
                if !e.aliases.contains(&written) {
                    e.aliases.push(written.clone());
                }
            }
            m.surface = written;
        }
        found
    }

    fn link_in(&self, lexicon: &Lexicon, doc: &ParsedDoc) -> DocExtraction {
        let idx = lexicon.index();
        let Some(ac) = &idx.ac else {
            return DocExtraction::default();
        };
        let g = gazetteer();
        let empty = HashSet::new();
        let evidence = lexicon.evidence.get(&doc.hash).unwrap_or(&empty);
        // 1. raw matches
        let mut raw: Vec<RawMatch> = Vec::new();
        let mut sent_chars: Vec<Vec<char>> = Vec::with_capacity(doc.sentences.len());
        for (si, s) in doc.sentences.iter().enumerate() {
            let text = s.text.as_str();
            let cs: Vec<char> = text.chars().collect();
            // byte offset -> char offset
            let mut b2c = vec![0usize; text.len() + 1];
            for (ci, (bi, ch)) in text.char_indices().enumerate() {
                b2c[bi..bi + ch.len_utf8()].fill(ci);
            }
            b2c[text.len()] = cs.len();
            for m in ac.find_iter(text) {
                let (start, end) = (b2c[m.start()], b2c[m.end()]);
                // ASCII names must not be part of a longer ASCII word
                if start > 0
                    && cs[start].is_ascii_alphanumeric()
                    && cs[start - 1].is_ascii_alphanumeric()
                {
                    continue;
                }
                if end < cs.len()
                    && cs[end - 1].is_ascii_alphanumeric()
                    && cs[end].is_ascii_alphanumeric()
                {
                    continue;
                }
                raw.push(RawMatch {
                    sentence: si,
                    start,
                    end,
                    pat: m.pattern().as_usize(),
                });
            }
            sent_chars.push(cs);
        }
        // 2. entities present through safe surfaces
        let mut present: HashSet<usize> = HashSet::new();
        for r in &raw {
            for t in &idx.targets[r.pat] {
                if !t.risky {
                    present.insert(t.ent);
                }
            }
        }
        // counties named by their full form inside a longer name (某某县竹木
        // 产业园, 某某县委): evidence for the short form standing alone
        let mut nested_county: HashSet<usize> = HashSet::new();
        for r in &raw {
            if let Some(e) = idx.nested_county[r.pat] {
                nested_county.insert(e);
            }
        }
        // a place's short form the document names again and again, as a
        // proper name (not a common word: 资源), is that place
        let mut times_named: HashMap<usize, usize> = HashMap::new();
        for r in &raw {
            *times_named.entry(r.pat).or_default() += 1;
        }
        let place_present = |p: usize| {
            idx.ent_of_place
                .get(&p)
                .is_some_and(|e| present.contains(e))
        };
        // 3. choose a target for each match
        let mut mentions: Vec<Mention> = Vec::new();
        let mut chosen: Vec<Option<usize>> = Vec::with_capacity(raw.len());
        let mut nested: Vec<(usize, Mention)> = Vec::new();
        for (ri, r) in raw.iter().enumerate() {
            let cs = &sent_chars[r.sentence];
            let surface: String = cs[r.start..r.end].iter().collect();
            let observed = evidence.contains(&surface);
            let place_cue = || {
                let before: String = cs[r.start.saturating_sub(2)..r.start].iter().collect();
                let after: String = cs[r.end..cs.len().min(r.end + 5)].iter().collect();
                // a conjunction cannot make a common word a place (和资源循环);
                // a locative (在开化) can
                let common_word = !jieba_reads_as_place(&surface);
                PLACE_CUE_BEFORE
                    .iter()
                    .filter(|c| !(common_word && matches!(**c, "和" | "与")))
                    .any(|c| before.ends_with(c))
                    || PLACE_CUE_AFTER.iter().any(|c| after.starts_with(c))
                    || (r.start > 0
                        && cs[r.start - 1] == '、'
                        && ri > 0
                        && raw[ri - 1].sentence == r.sentence
                        && raw[ri - 1].end + 1 == r.start
                        && chosen[ri - 1].is_some_and(|e| idx.place[e].is_some()))
                    || (r.end < cs.len()
                        && cs[r.end] == '、'
                        && raw.get(ri + 1).is_some_and(|n| {
                            n.sentence == r.sentence
                                && n.start == r.end + 1
                                && idx.targets[n.pat]
                                    .iter()
                                    .any(|t| idx.place[t.ent].is_some())
                        }))
            };
            let ok: Vec<&Target> = idx.targets[r.pat]
                .iter()
                .filter(|t| {
                    if !t.risky || observed || present.contains(&t.ent) {
                        return true;
                    }
                    match idx.place[t.ent] {
                        Some(p) => {
                            let pl = &g.places[p];
                            if nested_county.contains(&t.ent)
                                && pl.short.as_deref() == Some(surface.as_str())
                                && !lists::AMBIGUOUS_SHORT_FORMS.contains(&surface.as_str())
                            {
                                return true;
                            }
                            // the parent named in the document helps a safe-tagged short form
                            let parent_named = pl.province == gazetteer::HOME_PROVINCE
                                && !lists::AMBIGUOUS_SHORT_FORMS.contains(&surface.as_str())
                                && pl.parent.is_some_and(|q| {
                                    g.places[q].level == Level::Prefecture && place_present(q)
                                });
                            let repeated = times_named.get(&r.pat).copied().unwrap_or(0)
                                >= PLACE_REPEATS_AS_EVIDENCE
                                && jieba_reads_as_place(&surface);
                            parent_named || repeated || place_cue()
                        }
                        None => false,
                    }
                })
                .collect();
            // 某某镇, 某某乡: a township that shares a county's short form
            let township_next = cs
                .get(r.end)
                .is_some_and(|c| matches!(c, '镇' | '乡' | '村'))
                || cs[r.end..].starts_with(&['街', '道']);
            let ok: Vec<&Target> = ok
                .into_iter()
                .filter(|t| {
                    !(township_next
                        && idx.place[t.ent].is_some_and(|p| g.places[p].level == Level::County))
                })
                .collect();
            if ok.is_empty() {
                chosen.push(None);
                continue;
            }
            let pick = if ok.len() == 1 {
                ok[0].ent
            } else {
                // prefer a non-place entity discovered here, then places by context
                let non_place = ok.iter().find(|t| idx.place[t.ent].is_none() && observed);
                match non_place {
                    Some(t) => t.ent,
                    None => {
                        let score = |t: &&Target| -> (
                            bool,
                            bool,
                            bool,
                            std::cmp::Reverse<Level>,
                            std::cmp::Reverse<usize>,
                        ) {
                            match idx.place[t.ent] {
                                Some(p) => {
                                    let pl = &g.places[p];
                                    let ctx = g.ancestors(p).into_iter().any(place_present);
                                    (
                                        true,
                                        ctx,
                                        pl.province == gazetteer::HOME_PROVINCE,
                                        std::cmp::Reverse(pl.level),
                                        std::cmp::Reverse(t.ent),
                                    )
                                }
                                None => (
                                    false,
                                    false,
                                    false,
                                    std::cmp::Reverse(Level::Township),
                                    std::cmp::Reverse(t.ent),
                                ),
                            }
                        };
                        ok.iter()
                            .max_by_key(|t| score(t))
                            .map(|t| t.ent)
                            .unwrap_or(ok[0].ent)
                    }
                }
            };
            chosen.push(Some(pick));
            // firms named inside a park or platform name (某某集团科创城)
            // (and parks inside an institution's name: 某某高新区党工委)
            let outer = lexicon.entities[pick].key.etype;
            if matches!(
                outer,
                EntityType::Park | EntityType::Platform | EntityType::Institution
            ) {
                let n = r.end - r.start;
                for a in 0..n {
                    for b in (a + 2..=n).rev() {
                        if b - a == n {
                            continue;
                        }
                        let sub: String = cs[r.start + a..r.start + b].iter().collect();
                        let Some(&pi) = idx.pat_of.get(&sub) else {
                            continue;
                        };
                        // a short brand counts where this document proposed it
                        let seen_here = evidence.contains(&sub);
                        let firm = idx.targets[pi].iter().find(|t| {
                            let et = lexicon.entities[t.ent].key.etype;
                            (!t.risky || seen_here)
                                && (et == EntityType::Firm
                                    || (et == EntityType::Park && outer == EntityType::Institution))
                        });
                        if let Some(t) = firm {
                            nested.push((
                                t.ent,
                                Mention {
                                    sentence: r.sentence,
                                    start: r.start + a,
                                    end: r.start + b,
                                    surface: sub,
                                    entity: lexicon.entities[t.ent].key.clone(),
                                },
                            ));
                            break;
                        }
                    }
                }
            }
            mentions.push(Mention {
                sentence: r.sentence,
                start: r.start,
                end: r.end,
                surface,
                entity: lexicon.entities[pick].key.clone(),
            });
        }
        let mut ents: Vec<usize> = chosen.iter().flatten().copied().collect();
        for (e, m) in nested {
            ents.push(e);
            mentions.push(m);
        }
        mentions.sort_by_key(|m| (m.sentence, m.start, m.end));
        // The administrative ancestors of every place mentioned come along
        // (without mentions), so the store can link county → prefecture →
        // province even where the document names only the county.
        let g = gazetteer();
        // the county a park lies in comes along too (for `located_in`)
        let mut county_of: Vec<usize> = Vec::new();
        for &e in &ents {
            if let Some(c) = &lexicon.entities[e].attrs.county {
                if let Some(&ce) = idx.county_ent.get(c.as_str()) {
                    county_of.push(ce);
                }
            }
        }
        ents.extend(county_of);
        let mentioned = ents.len();
        for k in 0..mentioned {
            if let Some(place) = idx.place[ents[k]] {
                for ancestor in g.ancestors(place) {
                    if let Some(&e) = idx.ent_of_place.get(&ancestor) {
                        ents.push(e);
                    }
                }
            }
        }
        ents.sort_unstable();
        ents.dedup();
        DocExtraction {
            mentions,
            entities: ents
                .into_iter()
                .map(|e| lexicon.entities[e].clone())
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn doc(name: &str, text: &str) -> ParsedDoc {
        ParsedDoc {
            path: Path::new(name).to_path_buf(),
            file_name: name.to_string(),
            hash: crate::text::content_hash(text.as_bytes()),
            encoding: "utf-8".into(),
            title: None,
            published: None,
            text: text.to_string(),
            sentences: crate::text::split::split(text),
            byte_len: text.len(),
        }
    }

    fn run(ex: &Extractor, texts: &[&str]) -> Vec<(ParsedDoc, DocExtraction)> {
        let docs: Vec<ParsedDoc> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| doc(&format!("d{i}.txt"), t))
            .collect();
        let disc: Vec<Discovered> = docs.iter().map(|d| ex.discover(d)).collect();
        let lex = ex.build_lexicon(&disc, &[]);
        docs.into_iter()
            .map(|d| {
                let x = ex.link(&lex, &d);
                (d, x)
            })
            .collect()
    }

    /// (type, canonical, surface) of every mention.
    fn found(x: &DocExtraction) -> Vec<(EntityType, String, String)> {
        x.mentions
            .iter()
            .map(|m| {
                (
                    m.entity.etype,
                    m.entity.canonical.clone(),
                    m.surface.clone(),
                )
            })
            .collect()
    }

    fn check(texts: &[&str], doc_i: usize, expected: &[(&str, &str, &str)], absent: &[&str]) {
        check_with(
            &Extractor::new(UserLexicon::default()),
            texts,
            doc_i,
            expected,
            absent,
        )
    }

    fn check_with(
        ex: &Extractor,
        texts: &[&str],
        doc_i: usize,
        expected: &[(&str, &str, &str)],
        absent: &[&str],
    ) {
        let out = run(ex, texts);
        let (d, x) = &out[doc_i];
        for m in &x.mentions {
            let s: String = d.sentences[m.sentence]
                .text
                .chars()
                .skip(m.start)
                .take(m.end - m.start)
                .collect();
            assert_eq!(s, m.surface);
        }
        let got = found(x);
        for (t, canon, surface) in expected {
            let t: EntityType = t.parse().unwrap();
            assert!(
                got.iter()
                    .any(|(gt, gc, gs)| *gt == t && gc == canon && gs == surface),
                "expected {t} {canon} ({surface}) in {got:?}"
            );
        }
        for a in absent {
            assert!(
                !got.iter().any(|(_, _, gs)| gs == a),
                "unexpected {a} in {got:?}"
            );
        }
    }

    #[test]
    fn counties_with_codes_and_evidence() {
        check(
            &["桐庐县今年招商成绩亮眼。桐庐的企业加快转型。"],
            0,
            &[("county", "桐庐", "桐庐县"), ("county", "桐庐", "桐庐")],
            &[],
        );
        // a common-word short form needs evidence
        check(&["大好江山处处新景。"], 0, &[], &["江山"]);
        check(
            &["江山市推进工业强市。江山的企业很多。"],
            0,
            &[("county", "江山", "江山")],
            &[],
        );
        check(
            &["记者在开化采访时看到。"],
            0,
            &[("county", "开化", "开化")],
            &[],
        );
        let ex = Extractor::new(UserLexicon::default());
        let out = run(&ex, &["磐安县加快发展。"]);
        let rec = out[0]
            .1
            .entities
            .iter()
            .find(|e| e.key.canonical == "磐安")
            .unwrap();
        assert_eq!(rec.attrs.admin_code.as_deref(), Some("330727"));
        assert_eq!(rec.attrs.parent.as_deref(), Some("金华"));
        assert!(rec.aliases.contains(&"磐安县".to_string()));
    }

    #[test]
    fn names_inside_a_longer_name_count_only_when_also_alone() {
        // a park named only in its administration's name (rule 3)
        let park = "龙泉市溪口工业园区";
        check(
            &["龙泉市溪口工业园区管委会主任介绍了情况。"],
            0,
            &[],
            &[park],
        );
        check(
            &["龙泉市溪口工业园区管委会介绍，龙泉市溪口工业园区今年引进项目12个。"],
            0,
            &[("park", park, park)],
            &[],
        );
        // a research body named only as its unit's parent
        let unit = "浙江翊澜研究院智能装备创新中心";
        check(
            &["为浙江翊澜研究院智能装备创新中心揭牌。"],
            0,
            &[("platform", unit, unit)],
            &["浙江翊澜研究院"],
        );
    }

    #[test]
    fn county_full_form_inside_a_name_is_evidence() {
        // 磐安县 only inside longer names; 磐安 alone later
        let texts = [
            "在磐安县中药材产业园，企业忙生产。磐安县委负责人介绍。所在的磐安，还引进了新项目。",
        ];
        check(&texts, 0, &[("county", "磐安", "磐安")], &[]);
        // no full form anywhere: a risky short form stays unlinked
        check(&["大好江山处处新景。"], 0, &[], &["江山"]);
        // ambiguous short forms still need their own evidence
        check(
            &["江山市光电产业园开工。大好江山处处新景。"],
            0,
            &[],
            &["江山"],
        );
        // the park lies in its county, even when the county has no mention
        let ex = Extractor::new(UserLexicon::default());
        let out = run(&ex, &["在磐安县中药材产业园，企业忙生产。"]);
        let x = &out[0].1;
        let park = x
            .entities
            .iter()
            .find(|e| e.key.canonical == "磐安县中药材产业园")
            .expect("park");
        assert_eq!(park.attrs.county.as_deref(), Some("磐安"));
        assert!(x
            .entities
            .iter()
            .any(|e| e.key.canonical == "磐安" && e.key.etype == EntityType::County));
        assert!(!x.mentions.iter().any(|m| m.surface == "磐安"));
    }

    #[test]
    fn project_firm_joins_the_registered_firm_with_its_brand() {
        let texts =
            ["投资20亿元的澜星新能源汽车电机项目落户，由宁波澜星动力科技有限公司投资建设。"];
        check(
            &texts,
            0,
            &[
                ("firm", "宁波澜星动力科技有限公司", "澜星新能源汽车电机"),
                (
                    "firm",
                    "宁波澜星动力科技有限公司",
                    "宁波澜星动力科技有限公司",
                ),
            ],
            &[],
        );
        let out = run(&Extractor::new(UserLexicon::default()), &texts);
        let firms: HashSet<&str> = out[0]
            .1
            .mentions
            .iter()
            .filter(|m| m.entity.etype == EntityType::Firm)
            .map(|m| m.entity.canonical.as_str())
            .collect();
        assert_eq!(firms.len(), 1, "{firms:?}");
    }

    #[test]
    fn park_county_attribute() {
        assert_eq!(
            county_in_name("浙江桐庐经济开发区").as_deref(),
            Some("桐庐")
        );
        assert_eq!(
            county_in_name("磐安县新材料产业园").as_deref(),
            Some("磐安")
        );
        assert_eq!(county_in_name("青峰智谷"), None);
    }

    #[test]
    fn names_resolve_across_documents() {
        let texts = [
            "3月，浙江星澜光电材料有限公司在海宁投产。",
            "星澜光电的新工厂已经满负荷运行。",
            "今年的星澜光电材料订单增长。",
        ];
        check(
            &texts,
            1,
            &[("firm", "浙江星澜光电材料有限公司", "星澜光电")],
            &[],
        );
        check(
            &texts,
            2,
            &[("firm", "浙江星澜光电材料有限公司", "星澜光电材料")],
            &[],
        );
    }

    #[test]
    fn risky_short_names_need_evidence() {
        let texts = ["星澜集团投资建设新基地。星澜的订单充足。", "天空星澜闪烁。"];
        check(&texts, 0, &[("firm", "星澜集团", "星澜")], &[]);
        check(&texts, 1, &[], &["星澜"]);
    }

    #[test]
    fn quoted_and_separated_platforms() {
        let texts = [
            "企业在“浙里帮”平台上提交诉求。",
            "青峰之城——智能绿谷开园。“青峰之城·智能绿谷”吸引企业。",
        ];
        check(&texts, 0, &[("platform", "浙里帮平台", "浙里帮")], &[]);
        let out = run(&Extractor::new(UserLexicon::default()), &texts);
        let ents: HashSet<String> = out[1]
            .1
            .mentions
            .iter()
            .map(|m| m.entity.canonical.clone())
            .collect();
        assert_eq!(ents.len(), 1, "{ents:?}");
    }

    #[test]
    fn user_lexicon_adds_merges_and_vetoes() {
        let user = UserLexicon::parse("云帆\tfirm\t云帆智造有限公司\n浙里帮平台\tstop\n").unwrap();
        let ex = Extractor::new(user);
        let texts = ["云帆今年产值翻番。企业在“浙里帮”平台上提交诉求。"];
        check_with(
            &ex,
            &texts,
            0,
            &[("firm", "云帆智造有限公司", "云帆")],
            &["浙里帮平台", "浙里帮"],
        );
    }

    #[test]
    fn odd_input_yields_no_empty_or_bare_suffix_names_and_offsets_hold() {
        let ex = Extractor::new(UserLexicon::default());
        let texts = [
            "",
            "（）()“”公司有限公司集团平台",
            "ＡＢＣ有限公司、、、等企业",
            "与合作",
            "𠀀𠀁有限公司 ☃ 产业园\u{0}",
            "(浙江)有限公司",
            "等一批企业",
        ];
        let bare = ["", "公司", "有限公司", "集团", "平台", "产业园", "企业"];
        for (d, x) in run(&ex, &texts) {
            for m in &x.mentions {
                let written: String = d.sentences[m.sentence]
                    .text
                    .chars()
                    .skip(m.start)
                    .take(m.end - m.start)
                    .collect();
                assert_eq!(written, m.surface, "{}", d.file_name);
                assert!(
                    !bare.contains(&m.surface.as_str()),
                    "{}: a bare suffix or nothing was taken for a name: {m:?}",
                    d.file_name
                );
            }
        }
        // full-width Latin letters read as ASCII: ＡＢＣ有限公司 is a firm
        let out = run(&ex, &["ＡＢＣ有限公司今年投产。"]);
        assert!(
            out[0]
                .1
                .mentions
                .iter()
                .any(|m| m.surface == "ＡＢＣ有限公司"),
            "{:?}",
            out[0].1.mentions
        );
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
            let long = text.repeat(Occurrences::ONE_PASS_BYTES / text.len().max(1) + 1);
            for text in [text.clone(), long] {
                let counts = Occurrences::new(&text, strings.iter().cloned());
                for s in strings.iter().chain(std::iter::once(&other)) {
                    proptest::prop_assert_eq!(counts.count(s), text.matches(s.as_str()).count(), "{:?}", s);
                    proptest::prop_assert_eq!(counts.occurs(s), text.contains(s.as_str()), "{:?}", s);
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
        #[test]
        fn random_text_never_panics_and_offsets_hold(
            a in "[公司集团有限股份平台产业园区县市镇浙江杭州桐庐（）()“”「」、，。等与和合作的项目星澜云帆A-Za-z0-9·—\\n]{0,80}",
            b in "\\PC{0,40}",
        ) {
            let ex = Extractor::new(UserLexicon::default());
            let text = format!("{a}{b}{a}");
            for (d, x) in run(&ex, &[&text, &a]) {
                for m in &x.mentions {
                    let s: String = d.sentences[m.sentence].text.chars().skip(m.start).take(m.end - m.start).collect();
                    proptest::prop_assert_eq!(s, m.surface.clone());
                }
            }
        }
    }
}
