//! Name grammars for one sentence: organisational suffixes with
//! segmentation-based left boundaries, quoted names, lists of firms, firms
//! as partners and inside project names.

use crate::extract::gazetteer::{gazetteer, Level};
use crate::extract::rules::rules;
use crate::extract::JIEBA;
use crate::model::EntityType;
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashSet;
use std::sync::LazyLock;

mod left;
mod lists;
mod names;
mod officers;
mod partners;
mod quoted;
mod suffix;

use left::*;
pub use lists::EarlierNames;
use lists::*;
pub use names::*;
use officers::*;
pub use partners::*;
use quoted::*;
pub use quoted::{is_firm_head, is_trade_word};
use suffix::*;

/// A name a sentence proposes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cand {
    pub etype: EntityType,
    /// The name as written in the text (quotation marks removed).
    pub name: String,
    /// Other forms of the name: derived short names, quoted parts.
    pub aliases: Vec<String>,
    /// Forms seen literally in the text (evidence for risky short names).
    pub observed: Vec<String>,
    /// The longer name this one was read from (a firm inside a park's
    /// name): it counts only where the document also names it on its own.
    pub nested_in: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Firm,
    Park,
    Platform,
    Inst,
}

struct SuffixTable {
    ac: AhoCorasick,
    kinds: Vec<Kind>,
    /// Each suffix's kind by its text, for the suffix a name ends with
    /// (the automaton's leftmost-longest scan can step over it).
    kind_of: FxHashMap<&'static str, Kind>,
}

static SUFFIXES: LazyLock<SuffixTable> = LazyLock::new(|| {
    let mut pats: Vec<&str> = Vec::new();
    let mut kinds = Vec::new();
    for (list, k) in [
        (&rules().firm_suffixes[..], Kind::Firm),
        (&rules().park_suffixes[..], Kind::Park),
        (&rules().platform_suffixes[..], Kind::Platform),
        (&rules().institution_suffixes[..], Kind::Inst),
    ] {
        for p in list {
            if !pats.contains(p) {
                pats.push(p);
                kinds.push(k);
            }
        }
    }
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&pats)
        .expect("suffix automaton");
    let kind_of = pats.iter().copied().zip(kinds.iter().copied()).collect();
    SuffixTable { ac, kinds, kind_of }
});

static INDUSTRY_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&rules().industry_words)
        .expect("industry automaton")
});

static SETS: LazyLock<Sets> = LazyLock::new(|| Sets {
    generic: rules().generic_modifiers.iter().copied().collect(),
    strong: rules().strong_break_words.iter().copied().collect(),
    firm_break: rules().firm_break_words.iter().copied().collect(),
    countries: rules().countries.iter().copied().collect(),
    economic_regions: rules().economic_regions.iter().copied().collect(),
    partners: rules().generic_partners.iter().copied().collect(),
});

/// Builds the grammar's automata and word sets now rather than on first
/// use (see `extract::warm_up`).
pub fn warm_up() {
    LazyLock::force(&SUFFIXES);
    LazyLock::force(&INDUSTRY_AC);
    LazyLock::force(&SETS);
    LazyLock::force(&quoted::FIRM_HEAD_AC);
    LazyLock::force(&left::CUT_VERBS_AC);
}

struct Sets {
    generic: FxHashSet<&'static str>,
    strong: FxHashSet<&'static str>,
    firm_break: FxHashSet<&'static str>,
    countries: FxHashSet<&'static str>,
    economic_regions: FxHashSet<&'static str>,
    partners: FxHashSet<&'static str>,
}

/// A token of a tagged window, with char offsets into the sentence.
#[derive(Clone, Debug)]
struct Tok {
    start: usize,
    end: usize,
    word: String,
    tag: String,
}

/// Punctuation a name never runs across.
fn is_hard(c: char) -> bool {
    crate::model::QUOTE_MARKS.contains(&c)
        || matches!(
            c,
            '，' | '。'
                | '、'
                | '；'
                | '：'
                | '！'
                | '？'
                | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '…'
                | '/'
                | '|'
                | '（'
                | '('
                | '）'
                | ')'
                | '【'
                | '】'
                | '['
                | ']'
                | '+'
                | '%'
                | '~'
                | '～'
        )
        || c.is_whitespace()
        || is_digit(c)
}

pub fn is_place_word(w: &str) -> bool {
    gazetteer().is_place(w) || SETS.countries.contains(w) || is_economic_region(w)
}

/// A city cluster spanning provinces or cities (成渝, 成渝地区), named
/// where an article says where firms come from.
fn is_economic_region(w: &str) -> bool {
    let core = ["区域", "地区"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    SETS.economic_regions.contains(core)
}

/// The city cluster or strategic region (`economic_regions`) that opens
/// `s`, when something follows it.
pub(super) fn economic_region_opening(s: &str) -> Option<&'static str> {
    SETS.economic_regions
        .iter()
        .copied()
        .filter(|r| s.len() > r.len() && s.starts_with(r))
        .max_by_key(|r| r.len())
}

fn is_named_tag(tag: &str) -> bool {
    rules().is_name_tag(tag)
}

/// A character of the CJK Unified Ideographs block: what names are
/// written in, as against Latin letters, digits and punctuation.
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A digit, ASCII or full-width (2021, ２０２１).
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Tags `cs[ws..we]` with bracketed place groups "(浙江)" left out of the
/// text given to jieba but kept in the offsets.
fn tag_window(cs: &[char], ws: usize, we: usize) -> Vec<Tok> {
    let mut text = String::new();
    let mut map: Vec<usize> = Vec::new();
    let mut i = ws;
    while i < we {
        let c = cs[i];
        if c == '(' || c == '（' {
            if let Some(close) = (i + 1..we.min(i + 10)).find(|&k| cs[k] == ')' || cs[k] == '）') {
                i = close + 1;
                continue;
            }
        }
        text.push(c);
        map.push(i);
        i += 1;
    }
    let mut out = Vec::new();
    let mut pos = 0usize;
    for t in JIEBA.tag(&text, true) {
        let n = t.word.chars().count();
        if n == 0 {
            continue;
        }
        let start = map[pos];
        let end = map[pos + n - 1] + 1;
        out.push(Tok {
            start,
            end,
            word: t.word.to_string(),
            tag: t.tag.to_string(),
        });
        pos += n;
    }
    join_split_industry_words(&mut out);
    join_split_places(&mut out);
    building_verbs_read_as_places(&mut out);
    level_glued_after_a_pronoun(&mut out);
    out
}

/// 我/r 县岚石/ng: jieba's HMM reads a pronoun alone and glues the level of
/// government it points at to the word after it: the level goes back to
/// the pronoun (我县, the writer's own county), so the name starts after it.
fn level_glued_after_a_pronoun(toks: &mut [Tok]) {
    for k in 1..toks.len() {
        let (before, rest) = toks.split_at_mut(k);
        let (pronoun, word) = (&mut before[k - 1], &mut rest[0]);
        let glued = pronoun.tag == "r"
            && pronoun.end - pronoun.start == 1
            && pronoun.end == word.start
            && word.end - word.start >= 3
            && !JIEBA.has_word(&word.word)
            && word
                .word
                .chars()
                .next()
                .is_some_and(|level| pronoun_and_level(&format!("{}{level}", pronoun.word)));
        if glued {
            let level = word.word.remove(0);
            pronoun.word.push(level);
            pronoun.end += 1;
            word.start += 1;
        }
    }
}

/// A county's short form that is also a verb of building (新建/ns, a
/// district of Nanchang) opens a clause, not a name, unless 区 or 县 follows
/// it: 该区新建光伏产业园 builds a park.
fn building_verbs_read_as_places(toks: &mut [Tok]) {
    for k in 0..toks.len() {
        let w = toks[k].word.as_str();
        let building_verb = toks[k].tag == "ns"
            && rules().ambiguous_short_forms.contains(w)
            && rules().project_activity_words.contains(w);
        if building_verb
            && !toks
                .get(k + 1)
                .is_some_and(|n| n.word.starts_with(['区', '县']))
        {
            toks[k].tag = "v".to_string();
        }
    }
}

/// jieba cuts some two-character places into two single characters it
/// reads as words (正/d 安/v for a county): joined again as the place, so
/// that the left edge does not stop inside it; not where one is a
/// function word jieba reads as one.
fn join_split_places(toks: &mut Vec<Tok>) {
    let mut k = 0;
    while k + 1 < toks.len() {
        let (a, b) = (&toks[k], &toks[k + 1]);
        let singles = a.end - a.start == 1 && b.end - b.start == 1 && a.end == b.start;
        // a function word is read as one (云/ns 和/c: a place and 和)
        let function_word = |t: &Tok| {
            matches!(
                t.tag.as_str(),
                "c" | "p" | "r" | "m" | "q" | "f" | "x" | "w"
            ) || t.tag.starts_with('u')
        };
        let joined = format!("{}{}", a.word, b.word);
        if singles && !function_word(a) && !function_word(b) && gazetteer().is_place(&joined) {
            let next = toks.remove(k + 1);
            toks[k].end = next.end;
            toks[k].word = joined;
            toks[k].tag = "ns".to_string();
        }
        k += 1;
    }
}

/// jieba cuts some industry words in two (再/d 制造/v): joined again, so
/// that the left edge does not stop at the adverb inside one.
fn join_split_industry_words(toks: &mut Vec<Tok>) {
    let mut k = 0;
    while k + 1 < toks.len() {
        let joined = format!("{}{}", toks[k].word, toks[k + 1].word);
        if toks[k].end == toks[k + 1].start && rules().industry_words.contains(joined.as_str()) {
            let next = toks.remove(k + 1);
            toks[k].end = next.end;
            toks[k].word = joined;
            toks[k].tag = "n".to_string();
        }
        k += 1;
    }
}

/// A word that ends a name on its left (`strong_break_words`), or two of
/// them of two characters or more jieba fused into one word (全力支持/n,
/// 积极推动); single characters fused (正和) may be a brand's.
pub(super) fn is_strong_word(w: &str) -> bool {
    let s = &*SETS;
    let word_of_two = |x: &str| x.chars().count() >= 2 && s.strong.contains(x);
    s.strong.contains(w)
        || w.char_indices()
            .skip(1)
            .any(|(at, _)| word_of_two(&w[..at]) && word_of_two(&w[at..]))
}

fn is_strong(t: &Tok, kind: Kind) -> bool {
    let s = &*SETS;
    // a word of scope (国内, 省内, 海外) describes the name after it
    if is_strong_word(&t.word) || t.tag == "s" && s.generic.contains(t.word.as_str()) {
        return true;
    }
    if kind == Kind::Firm && s.firm_break.contains(t.word.as_str()) {
        return true;
    }
    // jieba fuses role nouns (上市公司, 龙头企业, 大学教授): a word that ends
    // in one is a description, never the start of a firm's name
    if kind == Kind::Firm
        && t.word.chars().count() > 2
        && rules().role_endings.iter().any(|r| t.word.ends_with(r))
    {
        return true;
    }
    if adverb_and_verb(&t.word)
        || pronoun_and_copula(&t.word)
        || glued_demonstrative(&t.word)
        || pronoun_and_level(&t.word)
    {
        return true;
    }
    let tag = t.tag.as_str();
    // a county jieba reads as a count (八步/m: eight steps) names a place
    if tag == "m" && (coined_numeral(&t.word) || gazetteer().is_place(&t.word)) {
        return false;
    }
    if coined_measure(&t.word, tag) {
        return false;
    }
    // a county's short form jieba never saw gets a guessed tag (某当/p):
    // it names the place, it is no function word
    if t.end - t.start >= 2 && !JIEBA.has_word(&t.word) && gazetteer().is_place(&t.word) {
        return false;
    }
    // nor is one jieba knows as a conjunction (且末/c): its other sense is
    // rare, its place's name is the one in news
    if t.end - t.start >= 2 && tag == "c" && gazetteer().is_place(&t.word) {
        return false;
    }
    // an idiom or set phrase jieba only guessed (某某/i, not in its
    // dictionary) is its reading of an unknown brand, as a guessed verb is
    // (`names::carries_no_name`)
    if matches!(tag, "i" | "l") && !JIEBA.has_word(&t.word) {
        return false;
    }
    // an archaic pronoun (吾, 尔) is a name's character, not a pronoun
    if tag == "r"
        && t.end - t.start == 1
        && !t.word.chars().all(|c| rules().live_pronouns.contains(&c))
    {
        return false;
    }
    matches!(
        tag,
        "p" | "c"
            | "uj"
            | "ul"
            | "uz"
            | "ug"
            | "ud"
            | "uv"
            | "r"
            | "m"
            | "q"
            | "w"
            | "y"
            | "e"
            | "o"
            | "i"
            | "l"
    ) || (t.word.chars().all(|c| !c.is_alphanumeric())
        && !matches!(t.word.as_str(), "·" | "-" | "－" | "•" | "・" | "―")
        && !t.word.contains('—'))
}

/// A four-character dictionary word that is an adverb and a verb (充分发挥,
/// tagged n): a clause's verb phrase, whatever its tag, never part of a name.
fn adverb_and_verb(w: &str) -> bool {
    let cs: Vec<char> = w.chars().collect();
    if cs.len() != 4 || !JIEBA.has_word(w) {
        return false;
    }
    let tag_of = |part: &[char]| {
        let p: String = part.iter().collect();
        let tags = JIEBA.tag(&p, false);
        (tags.len() == 1 && JIEBA.has_word(&p)).then(|| tags[0].tag.to_string())
    };
    let adverb = tag_of(&cs[..2]).is_some_and(|t| matches!(t.as_str(), "ad" | "d"));
    let verb = tag_of(&cs[2..]).is_some_and(|t| t == "v");
    adverb && verb
}

/// 这是/v 园区…: jieba's HMM glues a demonstrative to the copula after
/// it; the pair opens a clause that says what something is, never a name.
fn pronoun_and_copula(w: &str) -> bool {
    let cs: Vec<char> = w.chars().collect();
    matches!(cs.as_slice(), [p, '是'] if rules().live_pronouns.contains(p)) && !JIEBA.has_word(w)
}

/// 我县/n, 本市/n, 我区/n: a pronoun and a level of government (the
/// writer's own county, city or district) point at a place, they name none;
/// jieba tags them nouns, and a zone after them is named without them.
fn pronoun_and_level(w: &str) -> bool {
    let cs: Vec<char> = w.chars().collect();
    matches!(cs.as_slice(), [p, level] if rules().live_pronouns.contains(p)
        && "省市县区州旗盟镇乡".contains(*level))
}

/// 使该/v 公司: jieba's HMM glues a verb or preposition to the
/// demonstrative after it; 该 or 此 ending a word it made up points back
/// to a firm already named, it ends no brand.
fn glued_demonstrative(w: &str) -> bool {
    w.chars().count() == 2 && w.ends_with(['该', '此']) && !JIEBA.has_word(w)
}

/// A word jieba made up and read as a figure for a numeral in it, with a
/// character that is no numeral's (宏一/m 兄弟集团): a brand, not a count.
pub(super) fn coined_numeral(w: &str) -> bool {
    const NUMERAL: &str =
        "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿几多余半数第";
    w.chars().count() >= 2
        && !JIEBA.has_word(w)
        && w.chars().any(|c| is_han(c) && !NUMERAL.contains(c))
}

/// A figure of two numerals jieba made up (四一/m), not an approximate
/// count it knows (三五, 十几): a coined brand.
pub(super) fn coined_figure(w: &str, tag: &str) -> bool {
    const NUMERALS: &str = "零〇一二两三四五六七八九十百千万";
    tag == "m"
        && w.chars().count() == 2
        && w.chars().all(|c| NUMERALS.contains(c))
        && !JIEBA.has_word(w)
}

/// A word jieba made up and guessed a measure (某泓/q 集团): a coined
/// brand, since measure words are single characters or words it knows.
pub(super) fn coined_measure(w: &str, tag: &str) -> bool {
    tag == "q" && w.chars().count() >= 2 && !JIEBA.has_word(w)
}

fn is_weak(t: &Tok) -> bool {
    matches!(
        t.tag.as_str(),
        "v" | "vd" | "d" | "ad" | "f" | "vg" | "dg" | "zg"
    )
}

/// A registered firm's branch in a place (某某有限公司新疆分公司) is a firm
/// of its own, named whole; the parent named only inside it is not.
fn branch_firms(s: &str, first: usize, out: &mut Vec<Cand>) {
    name_in_a_place(s, first, out, EntityType::Firm, "分公司", |c| {
        c.name.ends_with("公司")
    });
    // 某某保险有限公司四川公司: a registered firm's company in a province
    name_in_a_place(s, first, out, EntityType::Firm, "公司", |c| {
        c.name.ends_with("有限公司")
    });
    // 某某银行某市分行: a bank's branch in a place
    for unit in ["分行", "支行"] {
        name_in_a_place(s, first, out, EntityType::Firm, unit, |c| {
            c.name.ends_with("银行") || c.name.ends_with("有限公司")
        });
    }
    drop_units_named_after_their_firm(s, first, out);
}

/// 某某股份有限公司工程子午胎分公司: a branch written right after its
/// firm's registered name and named by no place is a unit of that firm,
/// named by what it makes; it is no firm of its own.
fn drop_units_named_after_their_firm(s: &str, first: usize, out: &mut Vec<Cand>) {
    let registered: Vec<String> = out[first..]
        .iter()
        .filter(|c| c.etype == EntityType::Firm && c.name.ends_with("公司"))
        .map(|c| c.name.clone())
        .collect();
    let after_registered = |name: &str| {
        let mut at = s.match_indices(name).map(|(i, _)| i).peekable();
        at.peek().is_some() && at.all(|i| registered.iter().any(|r| s[..i].ends_with(r.as_str())))
    };
    let mut k = first;
    while k < out.len() {
        let c = &out[k];
        if c.etype == EntityType::Firm && c.name.ends_with("分公司") && after_registered(&c.name)
        {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// A park's sub-park in a place (某某科技园区通州园, 某某工业园区星澜园):
/// the park's name, a place, 园 (not 园区, the suffix grammar's). The park
/// alone stays a name of its own.
fn sub_parks(s: &str, first: usize, out: &mut Vec<Cand>) {
    name_in_a_place(s, first, out, EntityType::Park, "园", |_| true);
    // 某某科技园某地分园: a branch park in a place
    name_in_a_place(s, first, out, EntityType::Park, "分园", |_| true);
}

/// A park named by its place right after its parent park, with nothing
/// between (某某经济技术开发区某镇工业园, 某某科学城某区园区): one name, the
/// part's; the parent is a name of its own only where it is written alone
/// too (ANNOTATION.md rule 3).
fn parks_after_their_parent(s: &str, first: usize, out: &mut Vec<Cand>) {
    let parks: Vec<String> = out[first..]
        .iter()
        .filter(|c| c.etype == EntityType::Park)
        .map(|c| c.name.clone())
        .collect();
    let mut found = Vec::new();
    for parent in &parks {
        for (at, _) in s.match_indices(parent.as_str()) {
            let rest = &s[at + parent.len()..];
            found.extend(
                parks
                    .iter()
                    .filter(|part| *part != parent && rest.starts_with(part.as_str()))
                    .filter(|part| named_by_its_place(part))
                    .filter(|part| !named_by_a_larger_place(parent, part))
                    .map(|part| format!("{parent}{part}")),
            );
        }
    }
    for name in found {
        push_cand(out, EntityType::Park, name, vec![]);
    }
}

/// Whether `part` is named by a place that holds the place `parent` opens
/// with (某县经开区某州综保区): a part of a park is named by a smaller
/// place, so these are two zones written side by side.
fn named_by_a_larger_place(parent: &str, part: &str) -> bool {
    let g = gazetteer();
    let inner = g.lookup(lists::leading_place(parent));
    g.lookup(names::park_core(part))
        .iter()
        .any(|outer| inner.iter().any(|&i| g.ancestors(i).contains(outer)))
}

/// Whether a park's words before its suffix are a place: a county, a town's
/// stem that is no common word (化工 is a town's stem too).
pub(crate) fn named_by_its_place(park: &str) -> bool {
    let core = names::park_core(park);
    (2..=4).contains(&core.chars().count())
        && (is_place_word(core)
            || crate::extract::gazetteer::is_local_place_stem(core)
                && !names::common_in_dictionary(core))
}

/// Names of `etype` found in this sentence (from `first`) that `s` writes
/// right before a place and `unit`: each such stretch is a name of its own.
fn name_in_a_place(
    s: &str,
    first: usize,
    out: &mut Vec<Cand>,
    etype: EntityType,
    unit: &str,
    takes_units: impl Fn(&Cand) -> bool,
) {
    let mut found = Vec::new();
    let mut parents = Vec::new();
    for (k, c) in out
        .iter()
        .enumerate()
        .skip(first)
        .filter(|(_, c)| c.etype == etype && takes_units(c))
    {
        for (at, _) in s.match_indices(c.name.as_str()) {
            let rest = &s[at + c.name.len()..];
            let Some(p) = rest.find(unit) else { continue };
            let place = &rest[..p];
            // a branch park may be named by its town (某某产业园某镇分园):
            // right after a park's name a town's stem is the place
            let in_place = (1..=4).contains(&place.chars().count())
                && (is_place_word(place)
                    || unit == "分园" && crate::extract::gazetteer::is_local_place_stem(place))
                || unit == "分公司" && place_and_trade(place);
            // 园区 after the place is a park suffix of its own
            let whole_unit = !(unit == "园" && rest[p + unit.len()..].starts_with('区'));
            if in_place && whole_unit {
                found.push(format!("{}{place}{unit}", c.name));
                parents.push((k, found.len() - 1));
            }
        }
    }
    // the zone a branch park belongs to is written here inside the
    // branch's name (ANNOTATION.md rule 3)
    if unit == "分园" {
        for (k, f) in parents {
            out[k].nested_in.get_or_insert_with(|| found[f].clone());
        }
    }
    for name in found {
        push_cand(out, etype, name, vec![]);
    }
}

/// 某地风电 (of 某某有限公司某地风电分公司): a place and one word of the
/// trade the branch does there.
fn place_and_trade(s: &str) -> bool {
    let place = lists::leading_place(s);
    let trade = &s[place.len()..];
    !place.is_empty()
        && (2..=4).contains(&trade.chars().count())
        && trade.chars().all(is_han)
        && JIEBA.has_word(trade)
        && !is_place_word(trade)
}

/// Every name one sentence proposes, `out` holding what was proposed
/// before it (some list rules look at it).
pub fn sentence_names(s: &str, out: &mut Vec<Cand>) {
    sentence_names_after(s, out, &mut EarlierNames::default());
}

/// `sentence_names` for a document read sentence by sentence: `earlier`
/// indexes names of `out`, and is brought up to date here before a list
/// rule reads it, so those rules cost the same in the last sentence of a
/// long document as in the first. Pass the same `EarlierNames` with the
/// same `out` for every sentence of one document.
pub fn sentence_names_after(s: &str, out: &mut Vec<Cand>, earlier: &mut EarlierNames) {
    let cs: Vec<char> = s.chars().collect();
    let first = out.len();
    suffix_names(s, &cs, out);
    if s.contains("分公司") || s.contains("有限公司") || s.contains("分行") || s.contains("支行")
    {
        branch_firms(s, first, out);
    }
    if s.contains('、') {
        registered_firm_siblings(s, first, out);
    }
    sub_parks(s, first, out);
    parks_after_their_parent(s, first, out);
    sub_unit_platforms(s, first, out);
    if s.contains("项目") {
        developer_brands(first, out);
    }
    quoted_names(s, out);
    if s.contains('“') {
        quoted_park_openings(s, first, out);
    }
    // a list closes with 等 or a count (两家企业, 3个项目, 多户企业, 两大生产商)
    if s.contains('等')
        || s.contains('家')
        || ((s.contains('个') || s.contains('大') || s.contains('户')) && s.contains('、'))
    {
        list_firms(s, out);
    }
    if s.contains("分别") || s.contains("企业") {
        firms_named_after_count(s, out);
    }
    if s.contains("是一家") {
        firms_described_as_one(s, out);
    }
    firms_before_their_heads(s, out);
    if s.contains("项目、") {
        project_list_firms(s, out);
    }
    if s.contains('、') && s.contains("项目") {
        shared_project_list_firms(s, out);
    }
    partner_firms(s, out);
    if s.contains('局') || s.contains('冶') {
        state_bureau_firms(s, out);
    }
    if s.contains('由') {
        builder_firms(s, out);
    }
    officer_firms(s, out);
    if s.contains('以') {
        leader_firms(s, out);
    }
    if s.contains('“') {
        quoted_firms(s, out);
    }
    brand_industry_firms(s, out);
    if s.contains('、') {
        short_firm_siblings(s, first, out);
    }
    if s.contains("经开") {
        clipped_dev_zones(s, &cs, out);
    }
    // The index is brought up to date only where a list rule reads it
    // (what it has not indexed yet is read as a list, so either way the
    // rules see every name found so far).
    if PLATFORM_LIST_CUE.is_match(s) {
        earlier.add(out);
        platform_list(s, out, earlier);
    }
    if s.contains("平台") || s.contains("载体") {
        counted_platform_list(s, out);
    }
    if s.contains('园') && s.contains('、') {
        earlier.add(out);
        park_list(s, out, earlier);
        counted_park_list(s, out);
        zone_of_counted_parks(s, out);
    }
    for found in crate::extract::listed::listed_in(s) {
        let firm = found.firm;
        if let Some(home) = found.home {
            let aliases = vec![firm.surface.clone(), firm.full.clone()];
            push_cand(
                out,
                EntityType::Firm,
                format!("{home}{}", firm.surface),
                aliases,
            );
            continue;
        }
        if let Some(province) = found.province {
            // the arm is not the registered firm: only the short name joins it
            let aliases = vec![firm.surface.clone()];
            push_cand(
                out,
                EntityType::Firm,
                format!("{province}{}", firm.surface),
                aliases,
            );
            continue;
        }
        let aliases = if !firm.is_short {
            firm_short_names(&firm.full)
        } else {
            vec![firm.full.clone()]
        };
        push_cand(out, EntityType::Firm, firm.surface.clone(), aliases);
    }
    if rules().firm_facility_words.iter().any(|w| s.contains(w)) {
        listed_firm_sites(s, out);
    }
    if s.contains("项目") || s.contains("总部") || s.contains("工厂") || s.contains("厂房")
    {
        project_firms(s, &cs, out);
    }
    if s.contains('、') {
        list_mates(s, first, out);
        listed_short_name_mates(s, first, out);
        listed_brand_lists(s, out);
    }
    if s.contains("更名") || s.contains("改名") {
        renamed_entities(s, first, out);
    }
    if s.contains(['(', '（']) {
        drop_parts_of_layout_areas(s, first, out);
    }
    if s.contains("集团") {
        split_group_before_subsidiary(first, out);
        parks_named_apart_from_their_group(first, out);
    }
}

/// 某某公司(后更名为“某某公司”): a firm's new name right after it is
/// another name of that firm (ANNOTATION rule 1), not a second firm; so is
/// a park's (某某经济开发区更名为某某高新技术产业园区).
static RENAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(（]?(?:后|现|已|后来)?(?:更名为|改名为)[“「]?([^”」，。；、(（)）]{2,16})")
        .expect("regex")
});

fn renamed_entities(s: &str, first: usize, out: &mut Vec<Cand>) {
    let renamable = |t: EntityType| matches!(t, EntityType::Firm | EntityType::Park);
    for c in RENAMED.captures_iter(s) {
        let (Some(whole), Some(new)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let new_name = new.as_str();
        let before = &s[..whole.start()];
        let Some(old) = (first..out.len())
            .rev()
            .find(|&i| renamable(out[i].etype) && before.ends_with(out[i].name.as_str()))
        else {
            continue;
        };
        let Some(renamed) = (first..out.len())
            .find(|&i| i != old && out[i].etype == out[old].etype && out[i].name == new_name)
        else {
            continue;
        };
        let taken = out.remove(renamed);
        let old = if renamed < old { old - 1 } else { old };
        let target = &mut out[old];
        for form in std::iter::once(taken.name).chain(taken.aliases) {
            if form != target.name && !target.aliases.contains(&form) {
                target.aliases.push(form);
            }
        }
        target.observed.extend(taken.observed);
    }
}

#[cfg(test)]
mod invented_news;
#[cfg(test)]
mod tests;
