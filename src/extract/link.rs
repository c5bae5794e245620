//! Linking: every known surface in a document, matched and resolved.
//!
//! `LinkIndex` (built once per lexicon) holds one aho-corasick automaton
//! over every surface, leftmost-longest, and for each surface the entities
//! it may name, each marked *risky* when the surface alone is weak
//! evidence (a two-character name, a common word, a place's short form
//! that is also a word). Linking a document then:
//! 1. `raw_matches`: every match, ASCII names only on word boundaries;
//! 2. `DocContext`: what the document establishes (entities named by safe
//!    surfaces, counties named in full inside longer names, repeats);
//! 3. per match, `Linker::acceptable` drops risky targets without evidence
//!    and `Linker::choose` picks among the rest (a name discovered here,
//!    then places by context, home province, level);
//! 4. `Linker::nested_names`: firms inside a park's or platform's name;
//! 5. `with_context_entities`: a park's county and every place's ancestors
//!    come along without mentions.

use super::discover::grammar::is_digit;
use super::gazetteer::{self, gazetteer, Level};
use super::lexicon::{Lexicon, LexiconError};
use super::name_trie::NameTrie;
use super::place_names::{
    county_after_its_parent, county_full_in_name, county_in_brackets, county_opening_name,
};
use super::rules::rules;
use super::run_text::RunText;
use super::JIEBA;
use crate::model::{DocExtraction, EntityType, Mention, ParsedDoc};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// One entity a surface may name.
#[derive(Debug)]
pub(super) struct Target {
    ent: usize,
    risky: bool,
    /// Not a place nor the user's: risky too if made of common words only
    /// (worked out on first use, see `LinkIndex::common_words`).
    plain: bool,
}

/// The matching index of a lexicon.
#[derive(Debug)]
pub(super) struct LinkIndex {
    /// Every surface, matched leftmost-longest; name i is pattern i.
    names: NameTrie,
    /// Surface -> pattern id. FxHash here and below: the index is built
    /// at every ingest over every stored name (50,000 at 20,000
    /// articles), and SipHash was a fifth of building it.
    pat_of: FxHashMap<String, usize>,
    pub(super) targets: Vec<Vec<Target>>,
    /// Per entity: its gazetteer place, if any.
    place: Vec<Option<usize>>,
    /// Per gazetteer place: its entity.
    ent_of_place: FxHashMap<usize, usize>,
    /// County canonical name -> its entity.
    county_ent: FxHashMap<String, usize>,
    /// Per pattern: the surface, for what is worked out on first use.
    surfaces: Vec<String>,
    /// Per pattern of a non-place name: the county entity whose full form
    /// it contains (某某县竹木产业园 → 某某); of a park's name, the county
    /// whose name opens it (某某经济开发区 → 某某). Worked out the first time a
    /// document names it: most of a large database's names are never
    /// matched in the documents of an incremental ingest, and the search
    /// over every name was a tenth of such an ingest.
    nested_county: Vec<OnceLock<Option<usize>>>,
    /// Per entity: is it a park?
    is_park: Vec<bool>,
    /// Per pattern: is it made of frequent common words only? Worked out
    /// the first time a document names it, for the same reason.
    common_words: Vec<OnceLock<bool>>,
}

/// Is `s` a word of jieba's dictionary with a common (not name-like) tag?
fn is_common_word(s: &str) -> bool {
    if !JIEBA.has_word(s) {
        return false;
    }
    let tags = JIEBA.tag(s, false);
    let tag = tags.first().map_or("", |t| t.tag);
    !rules().is_name_tag(tag)
}

/// Does the text open with a common noun (钢架上 → 钢架/n)?
fn noun_first(text: &str) -> bool {
    JIEBA
        .tag(text, true)
        .first()
        .is_some_and(|t| t.tag == "n" && t.word.chars().count() >= 2 && JIEBA.has_word(t.word))
}

/// Does the text open with a year (2021年, ２０２１年)?
fn starts_with_year(text: &str) -> bool {
    let cs: Vec<char> = text.chars().take(5).collect();
    cs.len() == 5 && cs[..4].iter().all(|&c| is_digit(c)) && cs[4] == '年'
}

/// Is `s` free of a common-word reading: unknown to jieba's dictionary,
/// or known there as a proper name of some kind (its tags for places are
/// not reliable: 余姚/nr), not as a noun like 资源?
fn jieba_reads_as_place(s: &str) -> bool {
    !JIEBA.has_word(s)
        || JIEBA
            .tag(s, false)
            .first()
            .is_some_and(|t| t.tag == "ns" || rules().is_name_tag(t.tag))
}

/// Does jieba's dictionary read `s` as a person's name (nr, nrt, nrfg)?
fn reads_as_person(s: &str) -> bool {
    JIEBA.has_word(s)
        && JIEBA
            .tag(s, false)
            .first()
            .is_some_and(|t| t.tag.starts_with("nr"))
}

/// A county or region short form that needs evidence in the document.
fn risky_place_short(short: &str, province: &str) -> bool {
    if province != gazetteer::HOME_PROVINCE {
        return true;
    }
    if rules().ambiguous_short_forms.contains(short) {
        return true;
    }
    if !JIEBA.has_word(short) {
        return false;
    }
    let tags = JIEBA.tag(short, false);
    let tag = tags.first().map_or("", |t| t.tag);
    tag != "ns" || JIEBA.suggest_freq(short) >= rules().thresholds.common_word_freq
}

impl LinkIndex {
    /// The county entity whose full form pattern `pat` contains, if it
    /// names something that is not a place, or whose name opens it, if it
    /// names a park (see `nested_county`).
    fn nested_county_of(&self, pat: usize) -> Option<usize> {
        *self.nested_county[pat].get_or_init(|| {
            self.county_full_inside(pat)
                .or_else(|| self.county_opening_park(pat))
        })
    }

    fn county_full_inside(&self, pat: usize) -> Option<usize> {
        let p = &self.surfaces[pat];
        let not_place = self.targets[pat]
            .iter()
            .any(|t| self.place[t.ent].is_none());
        if p.chars().count() < 4 || !not_place {
            return None;
        }
        county_full_in_name(p).and_then(|c| self.ent_of_place.get(&c).copied())
    }

    /// The county whose name opens this park's name (某某经济开发区), or
    /// that it gives in brackets (某市(某某)产业转移工业园): the document
    /// writes the county there, as it does in 某某县竹木产业园.
    fn county_opening_park(&self, pat: usize) -> Option<usize> {
        let park = self.targets[pat].iter().any(|t| self.is_park[t.ent]);
        let name = &self.surfaces[pat];
        park.then(|| {
            county_opening_name(name)
                .or_else(|| county_in_brackets(name))
                .or_else(|| county_after_its_parent(name))
        })
        .flatten()
        .and_then(|c| self.ent_of_place.get(&c).copied())
    }

    /// Is pattern `pat` a two-character place name and nothing else, weak
    /// on its own? Such a match gives way to a longer name of no place
    /// crossing it (共建宁波某某中心: 建宁 is a county, the verb's 建 and the
    /// city's 宁; in 武清城区 the county 清城区 does not take over).
    fn short_place_only(&self, pat: usize) -> bool {
        self.surfaces[pat].chars().count() == 2
            && self.targets[pat]
                .iter()
                .all(|t| t.risky && self.place[t.ent].is_some())
    }

    /// Does pattern `pat` name nothing that is a place?
    fn no_place(&self, pat: usize) -> bool {
        self.targets[pat]
            .iter()
            .all(|t| self.place[t.ent].is_none())
    }

    /// Is target `t` of pattern `pat` weak evidence on its own?
    fn risky(&self, pat: usize, t: &Target) -> bool {
        t.risky
            || (t.plain
                && *self.common_words[pat].get_or_init(|| common_words_only(&self.surfaces[pat])))
    }

    /// The index of an empty lexicon: matches nothing.
    pub(super) fn empty() -> LinkIndex {
        LinkIndex {
            names: NameTrie::default(),
            pat_of: FxHashMap::default(),
            targets: Vec::new(),
            place: Vec::new(),
            ent_of_place: FxHashMap::default(),
            county_ent: FxHashMap::default(),
            surfaces: Vec::new(),
            nested_county: Vec::new(),
            is_park: Vec::new(),
            common_words: Vec::new(),
        }
    }

    /// The index of the lexicon's surfaces; with `run_text`, only of those
    /// that its documents may hold.
    pub(super) fn build(
        lex: &Lexicon,
        run_text: Option<&RunText>,
    ) -> Result<LinkIndex, LexiconError> {
        let (place, ent_of_place) = places_of(lex);
        let mut pat_of: FxHashMap<String, usize> = FxHashMap::default();
        let mut surfaces: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        for (ei, e) in lex.entities.iter().enumerate() {
            seen.clear();
            for a in std::iter::once(&e.key.canonical).chain(e.aliases.iter()) {
                let a = a.as_str();
                if a.is_empty()
                    || !seen.insert(a)
                    || lex.stop.contains(a)
                    || run_text.is_some_and(|run| !run.may_hold(a))
                {
                    continue;
                }
                // the canonical of a county may be a synthetic name
                if place[ei].is_some() && a == e.key.canonical && !e.aliases.iter().any(|x| x == a)
                {
                    continue;
                }
                let user = lex.user_surfaces.contains(a);
                let risky = !user && surface_is_risky(a, place[ei]);
                let plain = !user && place[ei].is_none();
                let pi = match pat_of.get(a) {
                    Some(&pi) => pi,
                    None => {
                        pat_of.insert(a.to_string(), surfaces.len());
                        surfaces.push(a.to_string());
                        targets.push(Vec::new());
                        surfaces.len() - 1
                    }
                };
                targets[pi].push(Target {
                    ent: ei,
                    risky,
                    plain,
                });
            }
        }
        let names =
            NameTrie::new(surfaces.iter().map(String::as_str)).map_err(|source| LexiconError {
                surfaces: surfaces.len(),
                source,
            })?;
        let county_ent = lex
            .entities
            .iter()
            .enumerate()
            .filter(|(ei, e)| e.key.etype == EntityType::County && place[*ei].is_some())
            .map(|(ei, e)| (e.key.canonical.clone(), ei))
            .collect();
        let nested_county = (0..surfaces.len()).map(|_| OnceLock::new()).collect();
        let is_park = lex
            .entities
            .iter()
            .map(|e| e.key.etype == EntityType::Park)
            .collect();
        let common_words = (0..surfaces.len()).map(|_| OnceLock::new()).collect();
        Ok(LinkIndex {
            names,
            county_ent,
            nested_county,
            is_park,
            common_words,
            pat_of,
            surfaces,
            targets,
            place,
            ent_of_place,
        })
    }
}

/// Per entity its gazetteer place (counties, regions and parks with an
/// admin code), and per place its entity.
fn places_of(lex: &Lexicon) -> (Vec<Option<usize>>, FxHashMap<usize, usize>) {
    let g = gazetteer();
    let code_to_place: FxHashMap<&str, usize> = g
        .places
        .iter()
        .enumerate()
        .map(|(i, p)| (p.code.as_str(), i))
        .collect();
    let mut place = Vec::with_capacity(lex.entities.len());
    let mut ent_of_place = FxHashMap::default();
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
    (place, ent_of_place)
}

/// Is a surface weak evidence for its entity: a place's short form that is
/// also a word (or outside the home province), a two-character full place
/// name, or a short or common-word name of anything else?
fn surface_is_risky(surface: &str, place: Option<usize>) -> bool {
    match place {
        Some(p) => {
            let pl = &gazetteer().places[p];
            // a former name (某某县 or 某某市 for 某某区) is as weak as the
            // short form it is made of (合作县: counties paired in 合作); the
            // plain name an autonomous county goes by today is not (通道县
            // of a 某族自治县 says county, whatever 通道 says alone)
            let as_short = if !pl.is_autonomous() && pl.former.iter().any(|f| f == surface) {
                pl.short.as_deref()
            } else {
                Some(surface).filter(|s| pl.short.as_deref() == Some(*s))
            };
            as_short.is_some_and(|short| risky_place_short(short, &pl.province))
                || (pl.full == surface && surface.chars().count() <= 2)
        }
        None => surface.chars().count() <= 2 || is_common_word(surface),
    }
}

/// The short form behind a former name (某某县 or 某某市 for 某某区: see
/// `gazetteer::Place::former`), when `surface` is one.
fn former_county_short(surface: &str) -> Option<&str> {
    let g = gazetteer();
    let former = g
        .lookup(surface)
        .iter()
        .any(|&p| g.places[p].former.iter().any(|f| f == surface));
    surface.strip_suffix(['县', '市', '旗']).filter(|_| former)
}

/// Is `s` made of frequent common words only (交通物流, 科技资源)? Such a
/// name, once in the lexicon, would match running text anywhere. (A
/// one-character word makes a brand's shape: 中石油.)
fn common_words_only(s: &str) -> bool {
    let toks = JIEBA.tag(s, true);
    toks.len() > 1
        && toks.iter().all(|t| {
            t.word.chars().count() >= 2
                && JIEBA.has_word(t.word)
                && !rules().is_name_tag(t.tag)
                && t.tag != "ns"
                && JIEBA.suggest_freq(t.word) >= rules().thresholds.common_word_freq
        })
}

/// One raw match of a known surface (char offsets in its sentence).
struct RawMatch {
    sentence: usize,
    start: usize,
    end: usize,
    pat: usize,
}

/// Every match of a known surface, sentence by sentence, and each
/// sentence's characters. An ASCII name must not be part of a longer
/// ASCII word.
fn raw_matches(
    names: &NameTrie,
    doc: &ParsedDoc,
    on_cores: bool,
    yields: impl Fn(usize) -> bool + Sync,
    takes_over: impl Fn(usize) -> bool + Sync,
) -> (Vec<RawMatch>, Vec<Vec<char>>) {
    let in_sentence = |(si, s): (usize, &crate::model::Sentence)| {
        let cs: Vec<char> = s.text.chars().collect();
        let mut raw = Vec::new();
        for m in names.find_all_yielding(&cs, &yields, &takes_over) {
            let (start, end) = (m.start, m.end);
            let glued =
                |a: usize, b: usize| cs[a].is_ascii_alphanumeric() && cs[b].is_ascii_alphanumeric();
            if (start > 0 && glued(start - 1, start)) || (end < cs.len() && glued(end - 1, end)) {
                continue;
            }
            raw.push(RawMatch {
                sentence: si,
                start,
                end,
                pat: m.name,
            });
        }
        (raw, cs)
    };
    let per_sentence: Vec<(Vec<RawMatch>, Vec<char>)> = if on_cores {
        doc.sentences
            .par_iter()
            .enumerate()
            .map(in_sentence)
            .collect()
    } else {
        doc.sentences.iter().enumerate().map(in_sentence).collect()
    };
    let mut raw = Vec::new();
    let mut sent_chars = Vec::with_capacity(doc.sentences.len());
    for (matches, cs) in per_sentence {
        raw.extend(matches);
        sent_chars.push(cs);
    }
    (raw, sent_chars)
}

/// A document of more sentences than this (a book, a dump pasted as one
/// file; a news article has at most a few hundred) is matched, and its
/// mentions built, on every core: otherwise one document leaves all but
/// one core idle while it is linked.
const PARALLEL_LINK_SENTENCES: usize = 5_000;

/// What the whole document establishes before any match is resolved.
struct DocContext<'a> {
    /// Surfaces this document proposed (evidence for risky ones).
    evidence: &'a HashSet<String>,
    /// Entities named somewhere by a safe surface.
    present: HashSet<usize>,
    /// Counties named by their full form inside a longer name (某某县竹木
    /// 产业园, 某某县委) or opening a park's name (某某经济开发区): evidence
    /// for the short form standing alone.
    nested_county: HashSet<usize>,
    /// Matches per surface.
    times_named: HashMap<usize, usize>,
    /// Two-character place names the document uses as a person's name
    /// somewhere (县领导某某, 某某强调): one sense in the whole document.
    person_names: HashSet<usize>,
}

impl<'a> DocContext<'a> {
    fn new(
        idx: &LinkIndex,
        raw: &[RawMatch],
        sent_chars: &[Vec<char>],
        evidence: &'a HashSet<String>,
    ) -> Self {
        let mut ctx = DocContext {
            evidence,
            present: HashSet::new(),
            nested_county: HashSet::new(),
            times_named: HashMap::new(),
            person_names: HashSet::new(),
        };
        for r in raw {
            let safe = idx.targets[r.pat].iter().filter(|t| !idx.risky(r.pat, t));
            ctx.present.extend(safe.map(|t| t.ent));
            ctx.nested_county.extend(idx.nested_county_of(r.pat));
            *ctx.times_named.entry(r.pat).or_default() += 1;
            let place = idx.targets[r.pat]
                .iter()
                .any(|t| idx.place[t.ent].is_some());
            if place && named_as_person(&sent_chars[r.sentence], r.start, r.end) {
                ctx.person_names.insert(r.pat);
            }
        }
        ctx
    }
}

/// Is the two-character name at `start..end` a person's, by the words
/// around it (县领导某某, 某某强调)?
fn named_as_person(cs: &[char], start: usize, end: usize) -> bool {
    if end - start != 2 {
        return false;
    }
    let before: String = cs[start.saturating_sub(2)..start].iter().collect();
    let after: String = cs[end..cs.len().min(end + 2)].iter().collect();
    rules()
        .person_cue_before
        .iter()
        .any(|w| before.ends_with(w))
        || rules()
            .person_cue_after
            .iter()
            .any(|w| after.starts_with(w))
}

/// Every known name in one document (already in the recognition view).
pub(super) fn link(lexicon: &Lexicon, doc: &ParsedDoc) -> DocExtraction {
    link_on_cores(lexicon, doc, PARALLEL_LINK_SENTENCES)
}

/// `link`, with the parts that do not wait for earlier choices run on
/// every core when the document has more than `parallel_from` sentences.
fn link_on_cores(lexicon: &Lexicon, doc: &ParsedDoc, parallel_from: usize) -> DocExtraction {
    let idx = lexicon.index();
    if idx.pat_of.is_empty() {
        return DocExtraction::default();
    }
    let empty = HashSet::new();
    let evidence = lexicon.evidence.get(&doc.hash).unwrap_or(&empty);
    let long = doc.sentences.len() > parallel_from;
    let (raw, sent_chars) = raw_matches(
        &idx.names,
        doc,
        long,
        |p| idx.short_place_only(p),
        |p| idx.no_place(p),
    );
    let linker = Linker {
        lexicon,
        idx,
        ctx: DocContext::new(idx, &raw, &sent_chars, evidence),
        raw: &raw,
        sent_chars: &sent_chars,
    };
    let mut chosen: Vec<Option<usize>> = Vec::with_capacity(raw.len());
    for ri in 0..raw.len() {
        let pick = linker.resolve(ri, &chosen);
        chosen.push(pick);
    }
    drop_places_named_only_in_titles(idx, &raw, &sent_chars, &mut chosen);
    // Each choice waits for those before it; what follows from a choice
    // does not, and a long document works it out on every core.
    let picked: Vec<(usize, usize)> = chosen
        .iter()
        .enumerate()
        .filter_map(|(ri, pick)| pick.map(|p| (ri, p)))
        .collect();
    let per_match =
        |&(ri, pick): &(usize, usize)| (linker.mention(ri, pick), linker.nested_names(ri, pick));
    let found: Vec<(Mention, Vec<(usize, Mention)>)> = if long {
        picked.par_iter().map(per_match).collect()
    } else {
        picked.iter().map(per_match).collect()
    };
    let mut mentions = Vec::with_capacity(found.len());
    let mut nested = Vec::new();
    for (mention, inner) in found {
        mentions.push(mention);
        nested.extend(inner);
    }
    let mut ents: Vec<usize> = chosen.iter().flatten().copied().collect();
    for (e, m) in nested {
        ents.push(e);
        mentions.push(m);
    }
    mentions.sort_by_key(|m| (m.sentence, m.start, m.end));
    let ents = with_context_entities(lexicon, idx, ents);
    DocExtraction {
        mentions,
        entities: ents
            .into_iter()
            .map(|e| lexicon.entities[e].clone())
            .collect(),
    }
}

/// A place the document names only inside a title in 《》 (a plan, a
/// rule, a report: 《某某县科技创新奖励办法》) is part of that title, not
/// an entity of its own (ANNOTATION.md rule 3); named elsewhere too, it
/// keeps the mention in the title. Other names in a title stay: a title
/// may quote one the document names by another form (a campus, a firm).
fn drop_places_named_only_in_titles(
    idx: &LinkIndex,
    raw: &[RawMatch],
    sent_chars: &[Vec<char>],
    chosen: &mut [Option<usize>],
) {
    let in_title = |r: &RawMatch| inside_book_title(&sent_chars[r.sentence], r.start, r.end);
    let named_outside: FxHashSet<usize> = raw
        .iter()
        .zip(chosen.iter())
        .filter_map(|(r, pick)| pick.filter(|_| !in_title(r)))
        .collect();
    for pick in chosen.iter_mut() {
        if pick.is_some_and(|e| idx.place[e].is_some() && !named_outside.contains(&e)) {
            *pick = None;
        }
    }
}

/// Does `start..end` lie inside 《…》 in the sentence?
fn inside_book_title(cs: &[char], start: usize, end: usize) -> bool {
    let opened = cs[..start]
        .iter()
        .rev()
        .find(|&&c| c == '《' || c == '》')
        .is_some_and(|&c| c == '《');
    opened && cs[end..].iter().find(|&&c| c == '《' || c == '》') == Some(&'》')
}

/// Resolution of one document's matches.
struct Linker<'a> {
    lexicon: &'a Lexicon,
    idx: &'a LinkIndex,
    ctx: DocContext<'a>,
    raw: &'a [RawMatch],
    sent_chars: &'a [Vec<char>],
}

impl Linker<'_> {
    fn chars(&self, ri: usize) -> &[char] {
        &self.sent_chars[self.raw[ri].sentence]
    }

    fn surface(&self, ri: usize) -> String {
        let r = &self.raw[ri];
        self.chars(ri)[r.start..r.end].iter().collect()
    }

    fn mention(&self, ri: usize, ent: usize) -> Mention {
        let r = &self.raw[ri];
        Mention {
            sentence: r.sentence,
            start: r.start,
            end: r.end,
            surface: self.surface(ri),
            entity: self.lexicon.entities[ent].key.clone(),
        }
    }

    fn is_place(&self, ent: usize) -> bool {
        self.idx.place[ent].is_some()
    }

    fn place_present(&self, p: usize) -> bool {
        self.idx
            .ent_of_place
            .get(&p)
            .is_some_and(|e| self.ctx.present.contains(e))
    }

    /// The entity match `ri` names, if any (`chosen` holds the choices of
    /// the matches before it).
    fn resolve(&self, ri: usize, chosen: &[Option<usize>]) -> Option<usize> {
        let surface = self.surface(ri);
        // a former county name (某某县 for 某某区) is judged as its short
        // form: seen where that is, weak where that is
        let short_of_former = former_county_short(&surface);
        // and its 县 is a place's cue when the short form reads as a place
        let observed = self.ctx.evidence.contains(&surface)
            || short_of_former.is_some_and(|short| {
                self.ctx.evidence.contains(short) || jieba_reads_as_place(short)
            });
        let ok: Vec<&Target> = self.idx.targets[self.raw[ri].pat]
            .iter()
            .filter(|t| {
                self.acceptable(t, ri, short_of_former.unwrap_or(&surface), observed, chosen)
            })
            .filter(|t| !(self.township_next(ri) && self.is_county(t.ent)))
            .collect();
        match ok.len() {
            0 => None,
            1 => Some(ok[0].ent),
            _ => Some(self.choose(&ok, observed)),
        }
    }

    fn is_county(&self, ent: usize) -> bool {
        self.idx.place[ent].is_some_and(|p| gazetteer().places[p].level == Level::County)
    }

    /// 某某镇, 某某乡, 某某街道: a township that shares a county's short form.
    fn township_next(&self, ri: usize) -> bool {
        let (cs, end) = (self.chars(ri), self.raw[ri].end);
        cs.get(end).is_some_and(|c| matches!(c, '镇' | '乡' | '村'))
            || cs[end..].starts_with(&['街', '道'])
    }

    /// May this match name this target? A safe surface may; a risky one
    /// needs evidence: proposed in this document, the entity named safely
    /// elsewhere in it, or for a place its county named in full, its
    /// prefecture named, repeats, or a locative cue.
    fn acceptable(
        &self,
        t: &Target,
        ri: usize,
        surface: &str,
        observed: bool,
        chosen: &[Option<usize>],
    ) -> bool {
        if self.idx.place[t.ent].is_some() && !observed && self.in_person_name(ri) {
            return false;
        }
        if let Some(p) = self.idx.place[t.ent] {
            let person = self.ctx.person_names.contains(&self.raw[ri].pat);
            if person && !observed && !self.ancestor_right_before(ri, p, chosen) {
                return false;
            }
            // 城区, 东区, 老城区: a phrase unless under its parent; so is
            // the short form of such a name (城西 of 城西区: 杭州城西)
            let pl = &gazetteer().places[p];
            let phrase = rules().generic_district_names.contains(surface)
                || (pl.short.as_deref() == Some(surface)
                    && rules().generic_district_names.contains(pl.full.as_str()));
            if phrase && !self.parent_written_before(ri, p) {
                return false;
            }
        }
        if self.idx.place[t.ent].is_some()
            && (self.suffix_opens_a_word(ri) || self.names_a_medium(ri))
        {
            return false;
        }
        if let Some(p) = self.idx.place[t.ent] {
            if self.names_a_road_or_bay(ri, p, surface) {
                return false;
            }
        }
        if let Some(p) = self.idx.place[t.ent] {
            if self.short_form_before_another_suffix(ri, p, surface) {
                return false;
            }
        }
        if let Some(p) = self.idx.place[t.ent] {
            if !observed
                && (self.word_across_left_edge(ri) || self.word_across_right_edge(ri))
                && !self.ancestor_right_before(ri, p, chosen)
            {
                return false;
            }
        }
        if !self.idx.risky(self.raw[ri].pat, t) || observed || self.ctx.present.contains(&t.ent) {
            return true;
        }
        let Some(p) = self.idx.place[t.ent] else {
            return false;
        };
        let g = gazetteer();
        let pl = &g.places[p];
        let ambiguous = rules().ambiguous_short_forms.contains(surface);
        if self.ctx.nested_county.contains(&t.ent)
            && (pl.short.as_deref() == Some(surface) || pl.full == surface)
            && !ambiguous
        {
            return true;
        }
        if self.ancestor_right_before(ri, p, chosen) {
            return true;
        }
        // the parent prefecture named in the document makes a short form
        // its county, in any province; not when the prefecture shares the
        // short form (南昌 of 南昌市 and 南昌县: the city is meant)
        let parent_named = !ambiguous
            && pl.parent.is_some_and(|q| {
                let parent = &g.places[q];
                parent.level == Level::Prefecture
                    && !parent.full.starts_with(surface)
                    && self.place_present(q)
            });
        // repeats are no evidence for a short form that is an everyday
        // word (新建厂房 … 新建道路) or a better-known place; they are for
        // one whose other reading is a person's name (某某/nr): a person
        // is not the subject of an article's every sentence
        let repeated = (!ambiguous || reads_as_person(surface))
            && self
                .ctx
                .times_named
                .get(&self.raw[ri].pat)
                .copied()
                .unwrap_or(0)
                >= rules().thresholds.place_repeats_as_evidence
            && jieba_reads_as_place(surface);
        // a county's two-character full name (某县, 某旗) under its
        // prefecture or province named in the document
        let two_char_county = pl.level == Level::County
            && pl.full == surface
            && surface.chars().count() == 2
            && (surface.ends_with('县') || surface.ends_with('旗'));
        let ancestor_named =
            two_char_county && g.ancestors(p).iter().any(|&q| self.place_present(q));
        parent_named
            || repeated
            || ancestor_named
            || self.child_written_after(ri, p)
            || self.place_cue(ri, surface, chosen)
    }

    /// Is the match right before a name of one of its own places (云南某某:
    /// the province, then its county)? Each is evidence for the other: the
    /// county is then taken under the province by `ancestor_right_before`.
    fn child_written_after(&self, ri: usize, p: usize) -> bool {
        let r = &self.raw[ri];
        let Some(next) = self.raw.get(ri + 1) else {
            return false;
        };
        next.sentence == r.sentence
            && next.start == r.end
            && self.idx.targets[next.pat].iter().any(|t| {
                self.idx.place[t.ent].is_some_and(|q| gazetteer().ancestors(q).contains(&p))
            })
    }

    /// Does the place's last character open a common word with the text
    /// after it (某原区域指挥部: 区域, not a district; 某乌市场: 市场, not a
    /// city)?
    fn suffix_opens_a_word(&self, ri: usize) -> bool {
        let (r, cs) = (&self.raw[ri], self.chars(ri));
        let (Some(&last), Some(&next)) = (cs.get(r.end.wrapping_sub(1)), cs.get(r.end)) else {
            return false;
        };
        matches!((last, next), ('区', '域') | ('市', '场'))
    }

    /// Does a place's short form open a road's name (某某路以东, 某某大道)?
    /// Cities name their streets after places anywhere in the country. A
    /// place written right after it (某市路桥: a district) is no road. A
    /// bay (某某湾) is named after the place on its shore, and is no place
    /// of the gazetteer either.
    fn names_a_road_or_bay(&self, ri: usize, p: usize, surface: &str) -> bool {
        let (r, cs) = (&self.raw[ri], self.chars(ri));
        let after: String = cs[r.end..(r.end + 2).min(cs.len())].iter().collect();
        gazetteer().places[p].short.as_deref() == Some(surface)
            && (after.starts_with('路')
                || after.starts_with('湾')
                || after == "大道"
                || after == "大街")
            && !self
                .raw
                .iter()
                .any(|o| o.sentence == r.sentence && o.start == r.end)
    }

    /// Does a place's name open a news outlet's (某某日报, 某某在线)?
    fn names_a_medium(&self, ri: usize) -> bool {
        let after = &self.chars(ri)[self.raw[ri].end..];
        rules()
            .media_words
            .iter()
            .any(|w| w.chars().count() <= after.len() && w.chars().zip(after).all(|(a, &b)| a == b))
    }

    /// Is a county's short form followed by 区 when the county is no
    /// district (合作区 of a 合作市: a zone's short name, 某某合作区)? The
    /// place would have been written with its own suffix. Not where 区
    /// opens a common word (结合某某区位优势: 区位, a location).
    fn short_form_before_another_suffix(&self, ri: usize, p: usize, surface: &str) -> bool {
        let pl = &gazetteer().places[p];
        let (r, cs) = (&self.raw[ri], self.chars(ri));
        let opens_a_word = cs
            .get(r.end + 1)
            .is_some_and(|c| matches!(c, '位' | '域' | '间' | '别'));
        pl.level == Level::County
            && pl.short.as_deref() == Some(surface)
            && !pl.full.ends_with('区')
            && cs.get(r.end) == Some(&'区')
            && !opens_a_word
    }

    /// Is the match right after its own province or prefecture (山西某某,
    /// 某某市某某)? A place written under its parent is that place.
    fn ancestor_right_before(&self, ri: usize, p: usize, chosen: &[Option<usize>]) -> bool {
        let r = &self.raw[ri];
        let Some(prev) = ri.checked_sub(1).map(|k| &self.raw[k]) else {
            return false;
        };
        let adjacent = prev.sentence == r.sentence && prev.end == r.start;
        let parent = chosen[ri - 1]
            .and_then(|e| self.idx.place[e])
            .is_some_and(|q| gazetteer().ancestors(p).contains(&q));
        adjacent && parent
    }

    /// Is the match right after a name of one of its ancestors (西宁某区),
    /// whether or not that name was taken as the place?
    fn parent_written_before(&self, ri: usize, p: usize) -> bool {
        let r = &self.raw[ri];
        let Some(prev) = ri.checked_sub(1).map(|k| &self.raw[k]) else {
            return false;
        };
        let ancestors = gazetteer().ancestors(p);
        prev.sentence == r.sentence
            && prev.end == r.start
            && self.idx.targets[prev.pat]
                .iter()
                .any(|t| self.idx.place[t.ent].is_some_and(|q| ancestors.contains(&q)))
    }

    /// Does a common word end inside the match, begun before it (沿海城市:
    /// 沿海/f 城市, not the city 海城市)? The match's first character then
    /// belongs to that word.
    fn word_across_left_edge(&self, ri: usize) -> bool {
        let r = &self.raw[ri];
        self.token_across_left_edge(ri)
            .is_some_and(|(end, word, tag)| {
                end < r.end
                    && JIEBA.has_word(&word)
                    && !matches!(tag.as_str(), "ns" | "nr" | "nrfg" | "nrt" | "nz" | "nt")
            })
    }

    /// Does a dictionary word begin with the match and go on past it (玄武岩
    /// after the short form 玄武: basalt, not a district)? A place word
    /// jieba knows there (五台山/ns) is another place, so the county is
    /// named only inside a longer name; one in the gazetteer is not.
    /// A common word that begins inside the match and goes on past it
    /// counts too (建平台: 平台, not the county 建平).
    fn word_across_right_edge(&self, ri: usize) -> bool {
        let (r, cs) = (&self.raw[ri], self.chars(ri));
        let window: String = cs[r.start..(r.end + 2).min(cs.len())].iter().collect();
        let len = r.end - r.start;
        let mut at = 0;
        for t in JIEBA.tag(&window, true) {
            let n = t.word.chars().count();
            let crosses = at < len && at + n > len;
            at += n;
            if !crosses {
                continue;
            }
            let from_inside_common = at - n > 0
                && JIEBA.suggest_freq(t.word) >= rules().thresholds.common_word_freq
                && !matches!(t.tag, "nr" | "nrfg" | "nrt");
            // a longer place word that opens with the match (五台山/ns of
            // the county 五台) is another place: a name inside a longer one
            let other_place = at - n == 0 && t.tag == "ns";
            return (at - n == 0 || from_inside_common)
                && JIEBA.has_word(t.word)
                && (other_place || !matches!(t.tag, "ns" | "nt" | "nz"))
                && gazetteer().lookup(t.word).is_empty();
        }
        false
    }

    /// Is the match the end of a person's name jieba reads across its left
    /// edge (县领导王建华 → 王建华/nr, not the district 建华)? Officials are
    /// listed by name in most regional news, and given names are often
    /// place names.
    fn in_person_name(&self, ri: usize) -> bool {
        let r = &self.raw[ri];
        r.end - r.start <= 2
            && self
                .token_across_left_edge(ri)
                .is_some_and(|(end, _, tag)| {
                    end >= r.end && matches!(tag.as_str(), "nr" | "nrfg" | "nrt")
                })
    }

    /// jieba's word that begins before the match and goes on into it, read
    /// in a window of two characters before the match to one after it: its
    /// end (in the sentence's characters), the word and its tag.
    fn token_across_left_edge(&self, ri: usize) -> Option<(usize, String, String)> {
        let (r, cs) = (&self.raw[ri], self.chars(ri));
        if r.start == 0 {
            return None;
        }
        let from = r.start.saturating_sub(2);
        let window: String = cs[from..(r.end + 1).min(cs.len())].iter().collect();
        let mut at = from;
        for t in JIEBA.tag(&window, true) {
            let end = at + t.word.chars().count();
            if at < r.start && end > r.start {
                return Some((end, t.word.to_string(), t.tag.to_string()));
            }
            at = end;
        }
        None
    }

    /// A word before or after the match that makes it a place (在某某,
    /// 某某县委), or a neighbour in a 、 list that is a place.
    fn place_cue(&self, ri: usize, surface: &str, chosen: &[Option<usize>]) -> bool {
        let (r, cs) = (&self.raw[ri], self.chars(ri));
        let before: String = cs[r.start.saturating_sub(2)..r.start].iter().collect();
        let after: String = cs[r.end..cs.len().min(r.end + 5)].iter().collect();
        // a conjunction cannot make a common word a place (和资源循环);
        // a locative (在开化) can
        let common_word = !jieba_reads_as_place(surface);
        // nor can the end of another word (达到资源, 处于资源)
        let cue_in_word = |c: &str| {
            common_word && c.chars().count() == 1 && JIEBA.has_word(&before) && before.ends_with(c)
        };
        // nor can a locative when a noun goes on after the word: 在高台钢架上
        // is on a high platform's frame
        let cue_before = rules()
            .place_cue_before
            .iter()
            .filter(|c| !(common_word && matches!(**c, "和" | "与")))
            .filter(|c| !cue_in_word(c))
            .any(|c| before.ends_with(c))
            && !(common_word && noun_first(&after));
        let cue_after = rules().place_cue_after.iter().any(|c| after.starts_with(c));
        // a list makes a place of a place name, not of a common word
        // (北京的科技资源、天津的制造业优势)
        let frequent_word =
            common_word && JIEBA.suggest_freq(surface) >= rules().thresholds.common_word_freq;
        let listed =
            !frequent_word && (self.place_listed_before(ri, chosen) || self.place_listed_after(ri));
        // a headline's place and year (某某2021年重点项目…)
        let year_after = !frequent_word && starts_with_year(&after);
        cue_before || cue_after || listed || year_after
    }

    /// 某地、某某: the match right before, across a 、, was taken as a place.
    fn place_listed_before(&self, ri: usize, chosen: &[Option<usize>]) -> bool {
        let (r, cs) = (&self.raw[ri], self.chars(ri));
        r.start > 0
            && cs[r.start - 1] == '、'
            && ri > 0
            && self.raw[ri - 1].sentence == r.sentence
            && self.raw[ri - 1].end + 1 == r.start
            && chosen[ri - 1].is_some_and(|e| self.is_place(e))
    }

    /// 某某、某地: the match right after, across a 、, may be a place.
    fn place_listed_after(&self, ri: usize) -> bool {
        let (r, cs) = (&self.raw[ri], self.chars(ri));
        r.end < cs.len()
            && cs[r.end] == '、'
            && self.raw.get(ri + 1).is_some_and(|n| {
                n.sentence == r.sentence
                    && n.start == r.end + 1
                    && self.idx.targets[n.pat].iter().any(|t| self.is_place(t.ent))
            })
    }

    /// Among several acceptable targets: a non-place name discovered in
    /// this document, else the best place by (a place at all, an ancestor
    /// named in the document, in the home province, higher level, earlier
    /// entity).
    fn choose(&self, ok: &[&Target], observed: bool) -> usize {
        if let Some(t) = ok.iter().find(|t| !self.is_place(t.ent) && observed) {
            return t.ent;
        }
        let g = gazetteer();
        // a province's name means the province, whatever else it may name
        // (天津、河北 is not Tianjin's district 河北区)
        let province = |t: &&&Target| {
            self.idx.place[t.ent].is_some_and(|p| g.places[p].level == Level::Province)
        };
        if let Some(t) = ok.iter().find(province) {
            return t.ent;
        }
        let score = |t: &&&Target| match self.idx.place[t.ent] {
            Some(p) => {
                let pl = &g.places[p];
                let ctx = g.ancestors(p).into_iter().any(|q| self.place_present(q));
                // 东山 after 东山县 was written (a firm's 东山县某某有限公司)
                // is that county, not a namesake district elsewhere
                let named_in_full = self.ctx.nested_county.contains(&t.ent);
                (
                    true,
                    named_in_full,
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
                false,
                std::cmp::Reverse(Level::Township),
                std::cmp::Reverse(t.ent),
            ),
        };
        ok.iter().max_by_key(score).map_or(ok[0].ent, |t| t.ent)
    }

    /// Firms named inside a park's or platform's name (某某集团科创城), and
    /// parks inside an institution's name (某某高新区党工委): the longest
    /// known name at each start, a short brand only where this document
    /// proposed it.
    fn nested_names(&self, ri: usize, pick: usize) -> Vec<(usize, Mention)> {
        let outer = self.lexicon.entities[pick].key.etype;
        if !matches!(
            outer,
            EntityType::Park | EntityType::Platform | EntityType::Institution
        ) {
            return Vec::new();
        }
        let (r, cs) = (&self.raw[ri], self.chars(ri));
        let n = r.end - r.start;
        // a firm named only inside a platform's name is one of its own only
        // where the sentence counts the platform among projects (某某创新
        // 中心等一批项目, ANNOTATION.md rule 6), not in a list of institutes
        let firm_counts = |ent: usize, sub: &str| {
            outer != EntityType::Platform
                || self.ctx.present.contains(&ent)
                || mentions_project(&cs[r.end..])
                || names_itself_a_firm(sub)
        };
        // The name's text once, and where each of its chars starts in it:
        // every substring is then a slice, not a new string.
        let text: String = cs[r.start..r.end].iter().collect();
        let at: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        let mut found = Vec::new();
        for a in 0..n {
            for b in (a + 2..=n).rev().filter(|&b| b - a != n) {
                let sub = &text[at[a]..at[b]];
                let Some(&pi) = self.idx.pat_of.get(sub) else {
                    continue;
                };
                let seen_here = self.ctx.evidence.contains(sub);
                let inner = self.idx.targets[pi].iter().find(|t| {
                    let et = self.lexicon.entities[t.ent].key.etype;
                    (!self.idx.risky(pi, t) || seen_here)
                        && ((et == EntityType::Firm && firm_counts(t.ent, sub))
                            || (et == EntityType::Park && outer == EntityType::Institution))
                });
                if let Some(t) = inner {
                    let mention = Mention {
                        sentence: r.sentence,
                        start: r.start + a,
                        end: r.start + b,
                        surface: sub.to_string(),
                        entity: self.lexicon.entities[t.ent].key.clone(),
                    };
                    found.push((t.ent, mention));
                    break;
                }
            }
        }
        found
    }
}

/// 某某集团某某工程研究中心: a firm's name that ends with a company word
/// inside a platform's name says the platform is that firm's, which a
/// bare brand (某某技术研究院) does not.
fn names_itself_a_firm(sub: &str) -> bool {
    ["集团", "公司"].iter().any(|w| sub.ends_with(w))
}

/// Does the text (the rest of a sentence) speak of a project?
fn mentions_project(rest: &[char]) -> bool {
    rest.windows(2).any(|w| w == ['项', '目'])
}

/// The entities mentioned, plus the county a park lies in (for
/// `located_in`) and the administrative ancestors of every place, so the
/// store can link county → prefecture → province even where the document
/// names only the county. Sorted, without repeats.
fn with_context_entities(lexicon: &Lexicon, idx: &LinkIndex, mut ents: Vec<usize>) -> Vec<usize> {
    let g = gazetteer();
    let counties: Vec<usize> = ents
        .iter()
        .filter_map(|&e| lexicon.entities[e].attrs.county.as_deref())
        .filter_map(|c| idx.county_ent.get(c).copied())
        .collect();
    ents.extend(counties);
    let mentioned = ents.len();
    for k in 0..mentioned {
        if let Some(place) = idx.place[ents[k]] {
            for ancestor in g.ancestors(place) {
                ents.extend(idx.ent_of_place.get(&ancestor).copied());
            }
        }
    }
    ents.sort_unstable();
    ents.dedup();
    ents
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_frequent_common_words_are_risky() {
        assert!(common_words_only("交通物流"));
        assert!(common_words_only("科技资源"));
        // a one-character word or a rare one makes a brand's shape
        assert!(!common_words_only("中石油"));
        assert!(!common_words_only("翠微光电"));
    }

    #[test]
    fn ascii_names_match_only_as_whole_words() {
        let names = NameTrie::new(["QX", "翠微"]).unwrap();
        let (raw, _) = raw_matches(
            &names,
            &crate::extract::tests::doc("t.txt", "QXR和QX在翠微。"),
            false,
            |_| false,
            |_| false,
        );
        let spans: Vec<(usize, usize)> = raw.iter().map(|r| (r.start, r.end)).collect();
        assert_eq!(spans, vec![(4, 6), (7, 9)]);
    }

    #[test]
    fn a_long_document_linked_on_every_core_gets_what_it_gets_on_one() {
        // Invented firms, parks with a firm inside their names, counties.
        let text: String = (0..40)
            .map(|i| {
                let brand = ["青松", "翠湖", "远山", "石桥"][i % 4];
                format!(
                    "{brand}光电科技有限公司在{brand}光电产业园新建第{i}条生产线，\
                     {brand}光电与嵩明县签约。\n"
                )
            })
            .collect();
        let doc = crate::extract::tests::doc("long.txt", &text);
        let extractor = crate::extract::Extractor::new(Default::default());
        let found = extractor.discover(&doc);
        let lexicon = extractor
            .build_lexicon(std::slice::from_ref(&found), &[])
            .unwrap();
        let one = link_on_cores(&lexicon, &doc, usize::MAX);
        let all = link_on_cores(&lexicon, &doc, 1);
        assert!(one.mentions.len() >= 120, "{}", one.mentions.len());
        assert_eq!(all.mentions, one.mentions);
        let keys = |x: &DocExtraction| x.entities.iter().map(|e| e.key.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&all), keys(&one));
    }

    #[test]
    fn short_and_common_names_are_risky_long_proper_ones_are_not() {
        assert!(surface_is_risky("翠微", None));
        assert!(surface_is_risky("资源", None));
        assert!(!surface_is_risky("翠微光电有限公司", None));
    }
}
