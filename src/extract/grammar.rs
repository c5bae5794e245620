//! Name grammars for one sentence: organisational suffixes with
//! segmentation-based left boundaries, quoted names, lists of firms, firms
//! as partners and inside project names.

use super::gazetteer::gazetteer;
use super::lists::*;
use crate::model::EntityType;
use aho_corasick::{AhoCorasick, MatchKind};
use jieba_rs::Jieba;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

pub static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

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
}

static SUFFIXES: LazyLock<SuffixTable> = LazyLock::new(|| {
    let mut pats: Vec<&str> = Vec::new();
    let mut kinds = Vec::new();
    for (list, k) in [
        (FIRM_SUFFIXES, Kind::Firm),
        (PARK_SUFFIXES, Kind::Park),
        (PLATFORM_SUFFIXES, Kind::Platform),
        (INSTITUTION_SUFFIXES, Kind::Inst),
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
    SuffixTable { ac, kinds }
});

static INDUSTRY_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(INDUSTRY_WORDS)
        .expect("industry automaton")
});

static SETS: LazyLock<Sets> = LazyLock::new(|| Sets {
    generic: GENERIC_MODIFIERS.iter().copied().collect(),
    strong: STRONG_BREAK_WORDS.iter().copied().collect(),
    firm_break: FIRM_BREAK_WORDS.iter().copied().collect(),
    countries: COUNTRIES.iter().copied().collect(),
    partners: GENERIC_PARTNERS.iter().copied().collect(),
});

struct Sets {
    generic: HashSet<&'static str>,
    strong: HashSet<&'static str>,
    firm_break: HashSet<&'static str>,
    countries: HashSet<&'static str>,
    partners: HashSet<&'static str>,
}

/// A token of a tagged window, with char offsets into the sentence.
#[derive(Clone, Debug)]
struct Tok {
    start: usize,
    end: usize,
    word: String,
    tag: String,
}

fn is_hard(c: char) -> bool {
    matches!(
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
            | '“'
            | '”'
            | '"'
            | '「'
            | '」'
            | '『'
            | '』'
            | '《'
            | '》'
            | '…'
            | '/'
            | '|'
            | '\''
            | '‘'
            | '’'
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
    ) || c.is_whitespace()
        || c.is_ascii_digit()
        || ('０'..='９').contains(&c)
}

pub fn is_place_word(w: &str) -> bool {
    gazetteer().is_place(w) || SETS.countries.contains(w)
}

fn is_named_tag(tag: &str) -> bool {
    matches!(
        tag,
        "x" | "nz" | "nr" | "nrt" | "nrfg" | "nt" | "eng" | "j" | "nrf"
    )
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
    out
}

fn is_strong(t: &Tok, kind: Kind) -> bool {
    let s = &*SETS;
    if s.strong.contains(t.word.as_str()) {
        return true;
    }
    if kind == Kind::Firm && s.firm_break.contains(t.word.as_str()) {
        return true;
    }
    // jieba fuses role nouns (上市公司, 龙头企业, 大学教授): a word that ends
    // in one is a description, never the start of a firm's name
    if kind == Kind::Firm
        && t.word.chars().count() > 2
        && ROLE_ENDINGS.iter().any(|r| t.word.ends_with(r))
    {
        return true;
    }
    let tag = t.tag.as_str();
    // an archaic pronoun (吾, 尔) is a name's character, not a pronoun
    if tag == "r" && t.end - t.start == 1 && !t.word.chars().all(|c| LIVE_PRONOUNS.contains(c)) {
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
        && !matches!(t.word.as_str(), "·" | "-" | "－" | "•" | "・")
        && !t.word.contains('—'))
}

/// One-character pronouns and demonstratives of modern prose; jieba tags a
/// few classical ones (吾, 尔, 伊) r too, and those live on in brands.
const LIVE_PRONOUNS: &str = "我你他她它其此该本各每某这那谁您咱彼何哪自";

/// Endings of a fused word that make it a role noun, not a name part.
const ROLE_ENDINGS: &[&str] = &["企业", "公司", "教授", "专家", "院士"];

fn is_weak(t: &Tok) -> bool {
    matches!(
        t.tag.as_str(),
        "v" | "vd" | "d" | "ad" | "f" | "vg" | "dg" | "zg"
    )
}

/// Finds the left edge of a name whose suffix starts at `hs`.
/// Returns None when no name precedes the suffix.
fn find_left(cs: &[char], hs: usize, kind: Kind) -> Option<(usize, bool)> {
    const MAXW: usize = 24;
    let lim = hs.saturating_sub(MAXW);
    let mut i = hs;
    let g = gazetteer();
    while i > lim {
        let c = cs[i - 1];
        if c == ')' || c == '）' {
            // "(浙江)" inside a name
            let open = (i.saturating_sub(10).max(lim)..i - 1)
                .rev()
                .find(|&k| cs[k] == '(' || cs[k] == '（');
            if let Some(o) = open {
                let inner: String = cs[o + 1..i - 1].iter().collect();
                if g.is_place(&inner) && o > lim {
                    i = o;
                    continue;
                }
            }
            break;
        }
        if is_hard(c) {
            break;
        }
        i -= 1;
    }
    let after_digit = i > 0 && (cs[i - 1].is_ascii_digit() || ('０'..='９').contains(&cs[i - 1]));
    let ws = i;
    if ws >= hs {
        return None;
    }
    let toks = tag_window(cs, ws, hs);
    let mut start = hs;
    let mut weak_stop = false;
    let mut k = toks.len();
    while k > 0 {
        k -= 1;
        let t = &toks[k];
        // a park or platform name ending inside a firm candidate, or a
        // verb that introduces a name (迎来, 引进, 签约…), ends the name when
        // the part to its right already is one
        // a park inside a park's name (某某经开区某某工业园): the inner
        // park ends the outer name when the part to its right has a name
        if kind == Kind::Park && start < hs && park_suffix_ends_at(cs, t.end) {
            let right = remove_brackets(&chars_str(cs, start, hs));
            if named_core(&right) && t.end - ws >= 4 {
                break;
            }
        }
        if kind == Kind::Firm && start < hs && (ends_org_name(&t.word) || is_intro_verb(t)) {
            let right = remove_brackets(&chars_str(cs, start, hs));
            if named_firm_core(&right) {
                break;
            }
        }
        // 某地第二某某厂: an ordinal right after a place numbers the works
        if t.tag == "m"
            && t.word.starts_with('第')
            && start < hs
            && k > 0
            && is_place_word(&toks[k - 1].word)
        {
            start = t.start;
            continue;
        }
        if is_strong(t, kind) {
            // words that are also the head of a name right before its
            // suffix: 联合实验室, 某某投资管理有限公司, 某某建设集团
            let only_heads = toks[k + 1..]
                .iter()
                .all(|x| NAME_HEAD_WORDS.contains(&x.word.as_str()));
            let head_word = only_heads
                && (NAME_HEAD_WORDS.contains(&t.word.as_str()))
                && (kind == Kind::Firm
                    || matches!(
                        t.word.as_str(),
                        "联合" | "合作" | "协同" | "共享" | "开放" | "服务" | "创新"
                    ));
            if !head_word {
                break;
            }
        }
        if !weak_stop {
            if is_weak(t) && !is_place_word(&t.word) {
                // a verb or adverb ends the name only when the part to its
                // right already is a name
                let right = remove_brackets(&chars_str(cs, start, hs));
                let named = match kind {
                    Kind::Firm => named_firm_core(&right),
                    _ => named_core(&right),
                };
                let absorb = start == hs
                    || t.end - t.start == 1
                    || (kind == Kind::Firm && !matches!(t.tag.as_str(), "v" | "vd"));
                if !named && absorb {
                    start = t.start;
                    continue;
                }
                if kind == Kind::Firm
                    && named
                    && matches!(t.tag.as_str(), "v" | "vd")
                    && t.end - t.start >= 2
                {
                    // 园区迎来某某科技: a verb before a name ends it for good
                    break;
                }
                weak_stop = true;
                continue;
            }
            start = t.start;
        } else if is_place_word(&t.word) {
            // A registered name starts with its place: 入驻北京某某科技 → 北京…
            let mut s = t.start;
            let mut j = k;
            while j > 0 && is_place_word(&toks[j - 1].word) {
                j -= 1;
                s = toks[j].start;
            }
            start = s;
            break;
        }
    }
    if start >= hs {
        return None;
    }
    start = place_across_edge(cs, start, ws);
    // jieba may miss a verb that introduces the name (与某市共建某某中心
    // cut as 共/建武/…): the last such verb, read as text, ends the name
    // when the part to its right already is one
    let span = chars_str(cs, start, hs);
    let mut cut: Option<usize> = None;
    for v in CUT_VERBS {
        if let Some(p) = span.rfind(v) {
            let at = span[..p + v.len()].chars().count();
            if cut.is_none_or(|c| at > c) {
                cut = Some(at);
            }
        }
    }
    if let Some(at) = cut {
        let right = remove_brackets(&chars_str(cs, start + at, hs));
        let named = match kind {
            Kind::Firm => named_firm_core(&right),
            _ => named_core(&right),
        };
        if named && start + at < hs {
            start += at;
        }
    }
    Some((start, after_digit && start == ws))
}

/// A name that opens with a lone place character (邛工业园区) lost the
/// first character of a place jieba does not know (it cut 临/邛): the
/// character before it belongs to the name, unless it is a function word.
fn lone_place_char_start(cs: &[char], start: usize, hs: usize) -> usize {
    if start == 0 || start >= hs {
        return start;
    }
    let core = chars_str(cs, start, hs);
    let first_is_lone_place = JIEBA
        .tag(&core, true)
        .first()
        .is_some_and(|t| t.tag == "ns" && t.word.chars().count() == 1);
    let before = cs[start - 1];
    let joinable = !is_hard(before)
        && !PARTICLE_HEADS.contains(&before)
        && !FUNCTION_HEADS.contains(&before)
        && !"在于到至向从和与及的".contains(before);
    if first_is_lone_place && joinable {
        start - 1
    } else {
        start
    }
}

/// jieba's HMM may glue a preposition to a place's first character
/// (由宁/波澜/星…): when a place name straddles the left edge, the name
/// starts with the place.
fn place_across_edge(cs: &[char], start: usize, ws: usize) -> usize {
    for back in 1..=2 {
        if start < ws + back {
            break;
        }
        let from = start - back;
        for len in (back + 1..=back + 3).rev() {
            if from + len > cs.len() {
                continue;
            }
            if is_prefix_place(&chars_str(cs, from, from + len)) {
                return from;
            }
        }
    }
    start
}

/// Verbs that introduce a name: what precedes them is not part of it.
const CUT_VERBS: &[&str] = &[
    "共建",
    "联建",
    "合建",
    "共同建设",
    "携手",
    "迎来",
    "引进",
    "落户",
    "签约",
    "牵手",
    "招引",
    "吸引",
];

/// Characters of a park's name before its suffix (产业园 → 0).
pub fn park_core_chars(name: &str) -> usize {
    name.chars().count() - park_suffix_chars(name)
}

/// Characters of the longest park suffix a name ends with.
fn park_suffix_chars(name: &str) -> usize {
    PARK_SUFFIXES
        .iter()
        .filter(|x| name.ends_with(*x))
        .map(|x| x.chars().count())
        .max()
        .unwrap_or(0)
}

/// Does a park suffix of two or more characters end at `end`?
fn park_suffix_ends_at(cs: &[char], end: usize) -> bool {
    PARK_SUFFIXES.iter().any(|x| {
        let n = x.chars().count();
        n >= 2 && end >= n && x.chars().eq(cs[end - n..end].iter().copied())
    })
}

/// Does a token end like a park or platform name (某某产业园, 开发区)?
fn ends_org_name(w: &str) -> bool {
    w.chars().count() >= 2
        && PARK_SUFFIXES
            .iter()
            .chain(PLATFORM_SUFFIXES)
            .any(|x| w.ends_with(x) && x.chars().count() >= 2)
}

/// A verb that introduces a firm: 迎来某某公司, 引进某某集团.
fn is_intro_verb(t: &Tok) -> bool {
    t.tag.starts_with('v') && t.end - t.start >= 2 && is_leading_verb(&t.word)
        || matches!(
            t.word.as_str(),
            "迎来" | "携手" | "联手" | "牵手" | "联合" | "新引进" | "新落户" | "新签约"
        )
}

fn chars_str(cs: &[char], a: usize, b: usize) -> String {
    cs[a..b].iter().collect()
}

/// Parts of speech that never make a phrase a name on their own: verbs,
/// adverbs, prepositions, conjunctions, time and direction words, idioms
/// (力促产业园, 到产业新城 are not names).
/// Words jieba guesses (not in its dictionary) are name material whatever
/// their tag: its HMM tags unknown brands as verbs (元立/v).
fn carries_no_name(t: &jieba_rs::Tag) -> bool {
    let tag = t.tag;
    JIEBA.has_word(t.word)
        && matches!(
            tag,
            "v" | "vd" | "d" | "ad" | "p" | "c" | "t" | "f" | "i" | "l" | "vg" | "dg"
        )
        || tag.starts_with('u')
}

/// Does `core` carry a name (not only generic modifiers)?
fn named_core(core: &str) -> bool {
    if core.is_empty() {
        return false;
    }
    if core.chars().any(|c| c.is_ascii_alphabetic()) {
        return true;
    }
    let s = &*SETS;
    if s.generic.contains(core) {
        return false;
    }
    for t in JIEBA.tag(core, true) {
        let w = t.word;
        if s.generic.contains(w)
            || INDUSTRY_WORDS.contains(&w)
            || matches!(t.tag, "m" | "q" | "r")
            || carries_no_name(&t)
            || is_grade_word(w)
        {
            continue;
        }
        if w.chars().all(|c| !c.is_alphanumeric()) || s.strong.contains(w) {
            continue;
        }
        return true;
    }
    false
}

/// Does a phrase hold a proper name: a place, a word jieba tags as a name
/// or abbreviation, a word it does not know, or Latin letters? Common
/// nouns alone (跨境电商供应平台) make a description, not a name.
fn has_proper_token(core: &str) -> bool {
    core.chars().any(|c| c.is_ascii_alphabetic())
        || JIEBA.tag(core, true).iter().any(|t| {
            let w = t.word;
            is_place_word(w)
                || matches!(t.tag, "ns" | "nr" | "nrt" | "nrfg" | "nz" | "j")
                || (t.tag == "nt" && !common_in_dictionary(w))
                || (!JIEBA.has_word(w) && w.chars().count() >= 2)
        })
}

/// Does a phrase hold a place or a word jieba tags as a name (its guesses
/// at unknown common coinages, tagged n, do not count)?
fn has_named_token(core: &str) -> bool {
    JIEBA.tag(core, true).iter().any(|t| {
        is_place_word(t.word) || matches!(t.tag, "ns" | "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j")
    })
}

/// Does jieba's dictionary hold the whole phrase as an organisation's or
/// other proper name (农业银行/nt)?
fn jieba_knows_as_name(phrase: &str) -> bool {
    JIEBA.has_word(phrase)
        && JIEBA
            .tag(phrase, false)
            .first()
            .is_some_and(|t| matches!(t.tag, "nt" | "nz" | "j"))
}

/// How often a word must occur in jieba's dictionary to be a common word
/// whatever its tag (国际化 is tagged nt, an organisation).
const COMMON_WORD_FREQ: usize = 300;

fn common_in_dictionary(w: &str) -> bool {
    JIEBA.has_word(w) && JIEBA.suggest_freq(w) >= COMMON_WORD_FREQ
}

/// Words of grade or type (世界级, 百亿级, 综合型): they rank a thing, they
/// do not name it.
fn is_grade_word(w: &str) -> bool {
    w.chars().count() >= 2 && (w.ends_with('级') || w.ends_with('型'))
}

/// Core of a firm name is more than place, industry and generic words.
fn named_firm_core(core: &str) -> bool {
    if core.chars().any(|c| c.is_ascii_alphabetic()) {
        return true;
    }
    let s = &*SETS;
    let mut provinces: Vec<&str> = Vec::new();
    for t in JIEBA.tag(core, true) {
        let w = t.word;
        if is_place_word(w) {
            // a county of another province after a place is a brand that
            // shares a place's name (贵州 + a county of another province)
            if brand_not_place(w, &provinces) {
                return true;
            }
            provinces.extend(provinces_of(w));
            continue;
        }
        if s.generic.contains(w) || INDUSTRY_WORDS.contains(&w) {
            continue;
        }
        if w.chars().all(|c| !c.is_alphanumeric()) || s.strong.contains(w) {
            continue;
        }
        // unlike other names, a firm's brand may be any word (翱翔, 腾飞)
        if matches!(t.tag, "m" | "q" | "r" | "t")
            || PARK_SUFFIXES.contains(&w)
            || PLATFORM_SUFFIXES.contains(&w)
        {
            continue;
        }
        return true;
    }
    false
}

/// The provinces a place name may lie in.
fn provinces_of(w: &str) -> Vec<&'static str> {
    let g = gazetteer();
    g.lookup(w)
        .iter()
        .map(|&i| g.places[i].province.as_str())
        .collect()
}

/// A county-level name right after places of other provinces only.
fn brand_not_place(w: &str, provinces_before: &[&str]) -> bool {
    let g = gazetteer();
    !provinces_before.is_empty()
        && g.lookup(w).iter().all(|&i| {
            let p = &g.places[i];
            p.level == super::gazetteer::Level::County
                && !provinces_before.contains(&p.province.as_str())
        })
}

/// Strips a firm suffix: the longest of FIRM_SUFFIXES at the end.
pub fn strip_firm_suffix(name: &str) -> &str {
    let mut best = name;
    for suf in FIRM_SUFFIXES {
        if let Some(rest) = name.strip_suffix(suf) {
            if rest.len() < best.len() {
                best = rest;
            }
        }
    }
    best
}

pub(crate) fn remove_brackets(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Is `w` a place that may start a name: a province or prefecture, a
/// Zhejiang county (full or short), another county's full name, a country.
pub fn is_prefix_place(w: &str) -> bool {
    let g = gazetteer();
    SETS.countries.contains(w)
        || g.lookup(w).iter().any(|&i| {
            let p = &g.places[i];
            match p.level {
                super::gazetteer::Level::Province | super::gazetteer::Level::Prefecture => true,
                super::gazetteer::Level::County => {
                    p.province == super::gazetteer::HOME_PROVINCE || p.full == w
                }
                _ => false,
            }
        })
}

/// Strips leading places (浙江, 杭州市, 日本…) from a name, by jieba
/// tokens, keeping at least 2 chars.
pub fn strip_place_prefix(s: &str) -> String {
    let toks = JIEBA.cut(s, true);
    let total = s.chars().count();
    let mut cut = 0usize;
    for t in toks {
        let n = t.word.chars().count();
        if is_prefix_place(t.word) && total - cut - n >= 2 {
            cut += n;
        } else {
            break;
        }
    }
    let rest: String = s.chars().skip(cut).collect();
    if rest.starts_with(['-', '－', '·', '—', '•', '・', '(', '（', '、']) {
        return s.to_string();
    }
    rest
}

/// A firm name with nothing to tell it apart: once the place prefix and
/// the organisational suffix are gone, only industry words are left
/// (汽车零部件有限公司, 浙江新材料). Such a form must never name or merge
/// firms.
pub fn is_generic_firm_name(name: &str) -> bool {
    let core = strip_place_prefix(&remove_brackets(strip_firm_suffix(name)));
    let mut covered = vec![false; core.len()];
    for m in INDUSTRY_AC.find_iter(&core) {
        covered[m.start()..m.end()]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    let distinctive = core.char_indices().filter(|(i, _)| !covered[*i]).count();
    distinctive < 2
}

/// Short names of a firm: 浙江某某电子材料有限公司 → 某某电子材料, 某某电子;
/// 荷兰某某 → 某某. Names of 3+ chars before the first industry word too.
pub fn firm_short_names(full: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let core0 = remove_brackets(strip_firm_suffix(full));
    let core = strip_place_prefix(&core0);
    let mut push = |s: String| {
        if s.chars().count() >= 2 && s != full && !out.contains(&s) && !is_place_word(&s) {
            out.push(s);
        }
    };
    if core0 != full {
        push(core0.clone());
    }
    push(core.clone());
    // name + first industry word
    let cchars: Vec<char> = core.chars().collect();
    if let Some(m) = INDUSTRY_AC
        .find_iter(&core)
        .find(|m| core[..m.start()].chars().count() >= 2)
    {
        let name_len = core[..m.start()].chars().count();
        let short = format!("{}{}", &core[..m.start()], &core[m.start()..m.end()]);
        let bare = core[..m.start()].to_string();
        push(short);
        if name_len >= 3 && named_firm_core(&bare) {
            push(bare);
        }
    } else if cchars.len() >= 3 && full.ends_with("集团") {
        // 某某集团 → 某某 (kept only when 3+ chars)
    }
    // 第二某某 (the works' number without its place) names no one firm
    out.retain(|s| !s.starts_with('第'));
    out.retain(|s| named_firm_core(s) || s.chars().any(|c| c.is_ascii_alphabetic()));
    out
}

/// Does `s` contain an unknown word or a proper-noun-tagged word that is
/// not a place?
fn has_brand_token(s: &str) -> bool {
    JIEBA.tag(s, true).iter().any(|t| {
        !is_place_word(t.word)
            && !SETS.generic.contains(t.word)
            && (is_named_tag(t.tag) || !JIEBA.has_word(t.word))
    })
}

fn ends_with_industry(s: &str) -> bool {
    INDUSTRY_WORDS.iter().any(|w| s.ends_with(w))
}

fn generic_new_district(core: &str) -> bool {
    const MARKS: &[&str] = &[
        "智造", "智能", "产业", "科技", "科学", "高新", "经济", "工业", "数字", "创新", "金融",
        "临空", "空港", "航空", "国际", "港", "湾", "制造", "智慧",
    ];
    if MARKS.iter().any(|m| core.contains(m)) {
        return false;
    }
    let body = strip_place_prefix(core);
    (body.chars().count() <= 2 && !has_proper_token(&body))
        || [
            "高铁", "城东", "城西", "城南", "城北", "东城", "西城", "南城", "北城", "中心", "老城",
            "滨江",
        ]
        .iter()
        .any(|w| body.contains(w))
}

/// Particles that never start a name, whatever jieba says.
const PARTICLE_HEADS: &[char] = &['了', '的', '着', '过', '等', '被', '把', '及'];
/// Prepositions and conjunctions that start a name only rarely: stripped
/// when jieba reads them as a function word.
const FUNCTION_HEADS: &[char] = &[
    '在', '和', '与', '对', '向', '将', '由', '从', '为', '同', '跟', '给', '让', '以', '于', '或',
];

/// 了某某新能源 → 某某新能源: function words before a name are not part
/// of it.
pub fn strip_function_head(name: &str) -> String {
    let mut s = name.trim().to_string();
    while let Some(c) = s.chars().next() {
        let rest: String = s.chars().skip(1).collect();
        if rest.chars().count() < 2 {
            break;
        }
        let strip = if PARTICLE_HEADS.contains(&c) {
            true
        } else if FUNCTION_HEADS.contains(&c) {
            let toks = JIEBA.tag(&s, true);
            toks.first().is_some_and(|t| {
                t.word.chars().count() == 1
                    && (matches!(t.tag, "p" | "c" | "d") || t.tag.starts_with('u'))
            }) || (2..=4).any(|n| {
                rest.chars().count() > n
                    && is_prefix_place(&rest.chars().take(n).collect::<String>())
            })
        } else {
            false
        };
        if !strip {
            break;
        }
        s = rest;
    }
    s
}

/// Designations of level that stand before a name without being part of
/// it when a place follows (国家级某某经济技术开发区 → 某某经济技术开发区).
const LEVEL_PREFIXES: &[&str] = &["国家级", "省级", "市级", "县级"];

fn strip_level_before_place(name: &str) -> String {
    for level in LEVEL_PREFIXES {
        if let Some(rest) = name.strip_prefix(level) {
            let first = JIEBA.cut(rest, true);
            if first.first().is_some_and(|t| is_place_word(t.word)) {
                return rest.to_string();
            }
        }
    }
    name.to_string()
}

/// A park name after a dash that has a name of its own is the name; what
/// precedes the dash describes it (历史性时刻——中外(某市)产业合作园).
fn park_after_dash(name: &str) -> String {
    for dash in ["——", "—"] {
        if let Some(p) = name.rfind(dash) {
            let rest = &name[p + dash.len()..];
            let rest_core: String = rest
                .chars()
                .take(rest.chars().count() - park_suffix_chars(rest))
                .collect();
            if rest.chars().count() >= 4 && named_core(&rest_core) {
                return rest.to_string();
            }
        }
    }
    name.to_string()
}

fn push_cand(out: &mut Vec<Cand>, etype: EntityType, name: String, aliases: Vec<String>) {
    let mut raw = strip_level_before_place(name.trim());
    if etype == EntityType::Park {
        raw = park_after_dash(&raw);
    }
    let name = strip_function_head(&raw);
    if name.chars().count() < 2 {
        return;
    }
    let aliases: Vec<String> = if name == raw {
        aliases
    } else {
        let mut v: Vec<String> = Vec::new();
        for a in aliases {
            let a = strip_function_head(&a);
            if a != name && a.chars().count() >= 2 && !v.contains(&a) {
                v.push(a);
            }
        }
        v
    };
    let mut observed = vec![name.clone()];
    for a in &aliases {
        if !observed.contains(a) {
            observed.push(a.clone());
        }
    }
    out.push(Cand {
        etype,
        name,
        aliases,
        observed,
        nested_in: None,
    });
}

fn park_aliases(name: &str, core: &str) -> Vec<String> {
    let mut out = Vec::new();
    let stripped = strip_place_prefix(name);
    let suffix_len = name.chars().count() - core.chars().count();
    if stripped != name && stripped.chars().count() >= suffix_len + 2 {
        let score: String = stripped
            .chars()
            .take(stripped.chars().count() - suffix_len)
            .collect();
        if named_core(&score) && !is_prefix_place(&score) {
            out.push(stripped);
        }
    }
    // 某某集团南湖智谷 → 南湖智谷: the part after a firm inside a park name
    for mark in ["集团", "公司"] {
        if let Some(p) = name.find(mark) {
            let rest = &name[p + mark.len()..];
            if rest.chars().count() >= 4 {
                out.push(rest.to_string());
            }
        }
    }
    out
}

/// Every suffix-grammar name of a sentence.
fn suffix_names(s: &str, cs: &[char], out: &mut Vec<Cand>) {
    let table = &*SUFFIXES;
    for m in table.ac.find_iter(s) {
        let kind = table.kinds[m.pattern().as_usize()];
        let hs = s[..m.start()].chars().count();
        let mut he = hs + s[m.start()..m.end()].chars().count();
        // 某某实验室某某分中心
        if kind == Kind::Platform {
            let rest: String = cs[he..cs.len().min(he + 8)].iter().collect();
            for mark in ["分中心", "分院", "分平台", "分基地"] {
                if let Some(p) = rest.find(mark) {
                    let pre = &rest[..p];
                    let n = pre.chars().count();
                    if (2..=4).contains(&n) && pre.chars().all(|c| !is_hard(c)) {
                        he += n + mark.chars().count();
                    }
                    break;
                }
            }
        }
        // 某某集聚区某某分区
        if kind == Kind::Park {
            let rest: String = cs[he..cs.len().min(he + 8)].iter().collect();
            if let Some(p) = rest.find("分区").or_else(|| rest.find("片区")) {
                let pre = &rest[..p];
                if pre.chars().count() >= 2 && pre.chars().all(|c| !is_hard(c)) {
                    he += pre.chars().count() + 2;
                }
            }
        }
        let Some((start, after_digit)) = find_left(cs, hs, kind) else {
            continue;
        };
        if after_digit {
            continue;
        }
        let start = lone_place_char_start(cs, start, hs);
        let core = chars_str(cs, start, hs);
        let name = chars_str(cs, start, he);
        let whole_line = start == 0 && he == cs.len();
        match kind {
            Kind::Firm => {
                let suffix = &s[m.start()..m.end()];
                // a bank is named by its place or its kind (浙江某某农商银行,
                // 中国工商银行): any core but a generic one (商业银行)
                let bank = suffix == "银行"
                    && core.chars().count() >= 2
                    && !GENERIC_BANK_CORES.contains(&core.as_str())
                    && (has_named_token(&core) || jieba_knows_as_name(&name));
                // a 银行 that is not a bank's name is a kind of bank
                let generic_bank = suffix == "银行" && !bank;
                // 都是公司, 全是公司产品: a copula, not a brand, before 公司
                let copula = core.ends_with('是');
                if core.chars().count() > 24
                    || copula
                    || generic_bank
                    || !(bank || named_firm_core(&remove_brackets(&core)))
                {
                    continue;
                }
                // 某某仪器厂 names a works; 厂房, 厂区, 厂长 and a bare 工厂 do not
                if &s[m.start()..m.end()] == "厂"
                    && (cs.get(he).is_some_and(|c| "房区长家商里内".contains(*c))
                        || core.ends_with('工')
                        || !has_proper_token(&core))
                {
                    continue;
                }
                // 某某股份 needs a brand-like word (not 部分股份)
                if &s[m.start()..m.end()] == "股份" && !has_brand_token(&core) {
                    continue;
                }
                let mut aliases = firm_short_names(&name);
                // 某某有限公司（以下简称“某某股份”）
                let after: String = cs[he..cs.len().min(he + 16)].iter().collect();
                if let Some(c) = SHORT_NAME.captures(&after) {
                    let a = c[1].trim().to_string();
                    if a.chars().count() >= 2 && !aliases.contains(&a) {
                        aliases.push(a);
                    }
                }
                push_cand(out, EntityType::Firm, name, aliases);
            }
            Kind::Park => {
                let suffix = &s[m.start()..m.end()];
                // a bare 县开发区 is the county's park by anaphora, not a name
                let core_ok = named_core(&core);
                if !core_ok || core.chars().count() > 20 {
                    continue;
                }
                // bare 园区 is mostly anaphora (该园区, 园区内): only a proper
                // name right before it makes one
                let last_word = JIEBA.cut(&core, true).last().map(|t| t.word.to_string());
                if suffix == "园区" && !last_word.is_some_and(|w| has_proper_token(&w)) {
                    continue;
                }
                if matches!(suffix, "新城" | "新区") && generic_new_district(&core) {
                    continue;
                }
                let aliases = park_aliases(&name, &core);
                // a firm inside a park name: 某某新材料产业园 → 某某新材料
                if matches!(suffix, "产业园" | "合作园" | "产业合作园") {
                    firm_in_name(&core, out);
                    if let Some(firm) = out.last_mut().filter(|c| c.etype == EntityType::Firm) {
                        if firm.nested_in.is_none() && core.contains(firm.name.as_str()) {
                            firm.nested_in = Some(name.clone());
                        }
                    }
                }
                let body_after: String = cs[he..cs.len().min(he + 5)].iter().collect();
                let administration = ["管委会", "管理委员会"]
                    .iter()
                    .find(|a| body_after.starts_with(*a))
                    .map(|a| format!("{name}{a}"));
                let before = out.len();
                push_cand(out, EntityType::Park, name, aliases);
                // a park named only in its administration's name is not
                // named on its own (ANNOTATION rule 3)
                if let Some(body) = administration.filter(|_| out.len() > before) {
                    if let Some(c) = out.last_mut() {
                        c.nested_in = Some(body);
                    }
                }
            }
            Kind::Platform => {
                // a state or provincial carrier (国家某某重点实验室, 国家级
                // 某某检测中心) is named by its field
                let field = ["国家级", "省级", "国家", "省"]
                    .iter()
                    .find_map(|l| core.strip_prefix(l))
                    .unwrap_or("");
                let key_lab = field.chars().count() >= 4 && named_core(field);
                if !(named_core(&core) && (has_proper_token(&core) || key_lab) || whole_line)
                    || core.chars().count() > 16
                {
                    continue;
                }
                if PARK_SUFFIXES
                    .iter()
                    .chain(PLATFORM_SUFFIXES)
                    .any(|x| core.contains(x))
                {
                    continue;
                }
                let mut aliases = Vec::new();
                for sep in ["·", "——", "•", "・", "—"] {
                    if let Some(p) = name.find(sep) {
                        let left = &name[..p];
                        if left.chars().count() >= 3 {
                            aliases.push(left.to_string());
                        }
                        break;
                    }
                }
                push_cand(out, EntityType::Platform, name, aliases);
            }
            Kind::Inst => {
                if core.chars().count() > 20 || !named_core(&core) && !is_place_word(&core) {
                    continue;
                }
                push_cand(out, EntityType::Institution, name, vec![]);
            }
        }
    }
}

/// A firm named inside a longer name or a project: [place] name industry.
fn firm_in_name(core: &str, out: &mut Vec<Cand>) {
    let mut c = core.to_string();
    for tail in ["国际产业", "国际", "产业", "高端", "智能"] {
        if let Some(r) = c.strip_suffix(tail) {
            c = r.to_string();
            break;
        }
    }
    if !ends_with_industry(&c) || c.chars().count() < 4 || c.chars().count() > 12 {
        return;
    }
    let body = strip_place_prefix(&c);
    let named = JIEBA.tag(&body, true).iter().any(|t| {
        is_named_tag(t.tag) && !is_place_word(t.word) && !SETS.generic.contains(t.word)
            || !JIEBA.has_word(t.word) && t.word.chars().count() >= 2
    });
    if !named || !named_firm_core(&body) {
        return;
    }
    let aliases = firm_short_names(&c);
    push_cand(out, EntityType::Firm, c, aliases);
}

static QUOTED_WHOLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[“「『]([^“”「」『』\x22]{4,14})[”」』]").expect("regex"));

static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[“「『\x22]([^“”「」『』\x22]{2,20})[”」』\x22]((?:管理|服务|数字|智慧|信息|综合|协同)*(?:平台|应用|系统|APP|App|app|小程序))")
        .expect("regex")
});

static QUOTED_LIST_PLATFORMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[“「]([^“”「」]{4,60})[”」][一二三四五六七八九十两\d]+大(平台)").expect("regex")
});

/// Verbs whose objects are products or industries, not firms.
const PRODUCT_VERBS: &[&str] = &["生产", "制造", "主营", "主产", "围绕", "研发", "加工"];

/// A project's phase after its owner's name (某某二期): not part of the name.
static PHASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[一二三四五六七八九十0-9]+期(?:工程)?$").expect("regex"));

static LIST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"等(?:一批|多家|\d+家|[一二三四五六七八九十几数百]+家|为代表的|在内的)?(?:[^，。；、“”,.;:!?：]|“[^，。；、“”]{1,6}”){0,12}?(?:企业|公司|厂商|项目|龙头|产业集群)")
        .expect("regex")
});

static PARTNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:与|同|携手)([^，。、；：“”,.;:!?与和同的]{2,10}?)(?:等(?:企业|单位|公司|机构)?)?(?:开展|进行|深化|加强|展开)?(?:合作|签约|签订|共建|达成|携手)",
    )
    .expect("regex")
});

const NAME_HEAD_WORDS: &[&str] = &[
    "联合", "合作", "协同", "共享", "开放", "服务", "创新", "投资", "建设", "发展", "管理", "开发",
    "运营", "控股", "实业", "科技",
];

static OFFICER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([^，。、；：“”,.;:!?的与和在是]{2,10}?)(?:董事长|总经理|副总经理|总裁|创始人|CEO|首席执行官)").expect("regex")
});

static SHORT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^[（(](?:以下)?简称[:：]?[“"「]?([^”"」）)，,]{2,12})[”"」]?[）)]"#)
        .expect("regex")
});

static PROJECT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"项目").expect("regex"));

/// “某某”平台 → 某某平台 (alias 某某); “A、B、C”三大平台 → A平台, B平台, C平台.
fn quoted_names(s: &str, out: &mut Vec<Cand>) {
    // “某某产业大脑”: a quoted name ending in a platform suffix is a name
    // even when its core is only an industry (the quotes make it one)
    for c in QUOTED_WHOLE.captures_iter(s) {
        let inner = c[1].trim();
        if inner.contains(['、', '，']) || inner.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        if suffix_kind(inner) != Some(Kind::Platform) {
            continue;
        }
        let table = &*SUFFIXES;
        let Some(m) = table
            .ac
            .find_iter(inner)
            .filter(|m| m.end() == inner.len())
            .last()
        else {
            continue;
        };
        let core = &inner[..m.start()];
        if core.chars().count() < 2 || SETS.generic.contains(core) {
            continue;
        }
        let toks = JIEBA.tag(core, true);
        let generic = toks.iter().all(|t| SETS.generic.contains(t.word))
            || (toks.len() == 1
                && JIEBA.has_word(core)
                && JIEBA.suggest_freq(core) >= 1000
                && !INDUSTRY_WORDS.contains(&core));
        if generic {
            continue;
        }
        push_cand(out, EntityType::Platform, inner.to_string(), vec![]);
    }
    for c in QUOTED_LIST_PLATFORMS.captures_iter(s) {
        let items = &c[1];
        let suffix = &c[2];
        if items.contains('、') || items.contains('，') {
            for it in items.split(['、', '，']) {
                let it = it.trim();
                if (2..=10).contains(&it.chars().count()) {
                    push_cand(out, EntityType::Platform, format!("{it}{suffix}"), vec![]);
                }
            }
        }
    }
    for c in QUOTED.captures_iter(s) {
        let inner = c[1].trim();
        if inner.contains('、') || inner.contains('，') || inner.chars().any(|c| c.is_ascii_digit())
        {
            continue;
        }
        let suffix = &c[2];
        push_cand(
            out,
            EntityType::Platform,
            format!("{inner}{suffix}"),
            vec![inner.to_string()],
        );
    }
}

/// 以某某为龙头/为代表 (…的产业): the items are the firms that lead an
/// industry. With 为主/为核心 only items with a firm suffix count, since
/// those cues mostly introduce products (以园林工具为主).
static LEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"以([^，。；：“”,;:!?以]{2,40}?)为(龙头|代表|引领|主|核心)").expect("regex")
});

fn leader_firms(s: &str, out: &mut Vec<Cand>) {
    for c in LEADER.captures_iter(s) {
        let strong_cue = matches!(&c[2], "龙头" | "代表" | "引领");
        let items = c[1].trim_end_matches('等');
        for it in items.split(['、', '和', '及']) {
            let it = it.trim();
            let suffix = suffix_kind(it);
            let firm_suffix = suffix == Some(Kind::Firm);
            if suffix.is_some() && !firm_suffix {
                continue;
            }
            if !firm_item_ok(it) || INDUSTRY_WORDS.contains(&it) {
                continue;
            }
            // jieba tags brands as abbreviations (j) or as places it does
            // not know from the gazetteer (ns)
            let brand = has_brand_token(it)
                || it.chars().any(|c| c.is_ascii_alphabetic())
                || JIEBA
                    .tag(it, true)
                    .iter()
                    .any(|t| t.tag == "j" || (t.tag == "ns" && !is_place_word(t.word)));
            if firm_suffix || (strong_cue && brand) {
                push_cand(out, EntityType::Firm, it.to_string(), firm_short_names(it));
            }
        }
    }
}

/// A quoted short name the text presents as a firm: 龙头企业“某某”,
/// “某某”“某某”等一批企业.
static QUOTED_SHORT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"“([^“”，。、]{2,10})”").expect("regex"));
static FIRMS_AFTER_QUOTES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[、和及]?“[^“”]{2,10}”)*等[^，。；“”]{0,10}?(?:企业|公司|厂商|龙头)")
        .expect("regex")
});
const FIRM_BEFORE_QUOTE: &[&str] = &[
    "企业",
    "公司",
    "集团",
    "厂商",
    "提供者",
    "提供商",
    "供应商",
    "制造商",
    "品牌",
    "龙头",
    "冠军",
];

fn quoted_firms(s: &str, out: &mut Vec<Cand>) {
    for c in QUOTED_SHORT.captures_iter(s) {
        let m = c.get(0).expect("whole match");
        let before = &s[..m.start()];
        let after = &s[m.end()..];
        let inner = c[1].trim();
        // after 企业 a quoted common word is a figure of speech (企业“家门口”)
        let cued = (FIRM_BEFORE_QUOTE.iter().any(|w| before.ends_with(w))
            && (has_brand_token(inner) || !JIEBA.has_word(inner)))
            || FIRMS_AFTER_QUOTES.is_match(after);
        if !cued || !firm_item_ok(inner) || INDUSTRY_WORDS.contains(&inner) {
            continue;
        }
        if suffix_kind(inner).is_some_and(|k| k != Kind::Firm) {
            continue;
        }
        push_cand(
            out,
            EntityType::Firm,
            inner.to_string(),
            firm_short_names(inner),
        );
    }
}

/// A brand followed by a strong industry word, standing alone between
/// function words or punctuation (华某铝业把握…, 与某某电子合作): a firm's
/// short name. The brand must be a word jieba does not know or knows as a
/// name, and not a place.
fn brand_industry_firms(s: &str, out: &mut Vec<Cand>) {
    // jieba cuts at punctuation anyway: tag only the clauses that hold a
    // head word (tagging every sentence whole cost a tenth of the ingest)
    for clause in s.split(is_hard).filter(|c| may_hold_firm_head(c)) {
        brand_industry_in_clause(clause, out);
    }
}

static FIRM_HEAD_AC: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(FIRM_SHORT_HEADS).expect("firm head automaton"));

fn may_hold_firm_head(clause: &str) -> bool {
    clause.chars().count() >= 4
        && (FIRM_HEAD_AC.is_match(clause)
            || clause
                .char_indices()
                .filter(|(_, c)| *c == '业')
                .any(|(i, c)| {
                    let start = clause[..i]
                        .chars()
                        .next_back()
                        .map_or(i, |p| i - p.len_utf8());
                    is_firm_head(&clause[start..i + c.len_utf8()])
                }))
}

fn brand_industry_in_clause(s: &str, out: &mut Vec<Cand>) {
    let toks = JIEBA.tag(s, true);
    for i in 0..toks.len().saturating_sub(1) {
        let (brand, head) = (&toks[i], &toks[i + 1]);
        if !is_firm_head(head.word) || !brand_like(brand) {
            continue;
        }
        let left_free = i == 0 || !continues_name(&toks[i - 1]);
        let right_free = toks.get(i + 2).is_none_or(|t| !continues_name(t));
        if left_free && right_free {
            let name = format!("{}{}", brand.word, head.word);
            push_cand(out, EntityType::Firm, name, vec![]);
        }
    }
}

fn is_firm_head(w: &str) -> bool {
    FIRM_SHORT_HEADS.contains(&w)
        || (w.chars().count() == 2
            && w.ends_with('业')
            && w != "企业"
            && w != "产业"
            && w != "行业"
            && w != "就业"
            && w != "创业"
            && w != "事业"
            && w != "农业"
            && w != "工业"
            && w != "商业"
            && w != "作业"
            && w != "专业"
            && w != "职业"
            && w != "营业"
            && w != "林业"
            && w != "渔业"
            && w != "物业")
}

fn brand_like(t: &jieba_rs::Tag) -> bool {
    let n = t.word.chars().count();
    (2..=4).contains(&n)
        && !is_place_word(t.word)
        && !SETS.generic.contains(t.word)
        && !INDUSTRY_WORDS.contains(&t.word)
        && t.word.chars().all(|c| !is_hard(c))
        && matches!(t.tag, "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j" | "ns")
        && !is_reduplicated(t.word)
}

/// 一排排, 家家: a repeated character describes, it does not name.
fn is_reduplicated(w: &str) -> bool {
    let cs: Vec<char> = w.chars().collect();
    cs.windows(2).any(|p| p[0] == p[1])
}

/// Would this token carry a name on (a noun, a name, Latin letters)?
fn continues_name(t: &jieba_rs::Tag) -> bool {
    t.word.chars().any(|c| c.is_alphanumeric())
        && (t.tag.starts_with('n') || matches!(t.tag, "j" | "eng" | "x" | "b" | "a" | "an" | "vn"))
}

/// A list the text sums up as platforms (A、B、C等9个平台): its items that
/// end in a carrier's head are platforms, named or descriptive.
static PLATFORM_LIST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"等(?:\d+|[一二三四五六七八九十几多]+)?(?:个|家|大)?(?:创新|服务|科创)?(?:平台|载体)",
    )
    .expect("regex")
});
const PLATFORM_LIST_HEADS: &[&str] = &[
    "中心",
    "研究院",
    "实验室",
    "平台",
    "综合体",
    "孵化器",
    "众创空间",
    "工作站",
    "基地",
];

fn platform_list(s: &str, out: &mut Vec<Cand>, earlier: &EarlierNames) {
    for m in PLATFORM_LIST_CUE.find_iter(s) {
        let before = &s[..m.start()];
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| is_hard(*c) && *c != '、')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let list = &before[start..];
        if !list.contains('、') {
            continue;
        }
        for it in summed_up_items(list, earlier.with(out)) {
            let n = it.chars().count();
            if (4..=20).contains(&n) && PLATFORM_LIST_HEADS.iter().any(|h| it.ends_with(h)) {
                push_cand(out, EntityType::Platform, it, vec![]);
            }
        }
    }
}

/// The items of a list (A、B、C) as names: the first one loses the verb
/// that opens the list, or is skipped when the grammar has already read
/// its left edge (a name found there ends it).
fn summed_up_items(list: &str, found: Found<'_>) -> Vec<String> {
    let mut items = Vec::new();
    for (k, it) in list.split('、').enumerate() {
        let it = it.trim();
        if k > 0 {
            items.push(it.to_string());
        } else if !found.some_name_ends(it) {
            items.push(strip_leading_words(&cut_after_last_verb(it)));
        }
    }
    items
}

/// A list the text sums up as parks (A、B、C“五大专业园区”, A、B等产业园):
/// its items that end in 园 or 园区 are parks, descriptive names included.
static PARK_LIST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[“\s]*(?:等)?(?:\d+|[一二三四五六七八九十几多]+)?(?:个|大)?(?:专业|特色|主题)?(?:产业园|工业园|园区)")
        .expect("regex")
});

/// A list whose every item ends in 园 or 园区, one of them a park the
/// grammar named after a place (走进某县某某工业园区、某某材料产业园、…): the place
/// before the first item scopes over the rest, so they are parks too.
fn among_named_parks(list: &str, found: Found<'_>) -> bool {
    let ends_as_park = |it: &str| it.ends_with('园') || it.ends_with("园区");
    list.split('、').count() >= 2
        && list.split('、').all(|it| ends_as_park(it.trim()))
        && found
            .parks_in(list)
            .into_iter()
            .any(|(_, name)| strip_place_prefix(name) != name)
}

/// Where a list ends when its last item runs on into the clause
/// (…、某某产业园参观考察): after the park the grammar found in that item.
fn end_at_last_named_park(s: &str, start: usize, end: usize, found: Found<'_>) -> usize {
    let last = s[start..end]
        .rfind('、')
        .map_or(start, |i| start + i + '、'.len_utf8());
    found
        .parks_in(&s[last..end])
        .into_iter()
        .map(|(i, name)| last + i + name.len())
        .max()
        .unwrap_or(end)
}

/// Names proposed by a document's earlier sentences, indexed for the list
/// rules that look at everything found so far (`summed_up_items`,
/// `among_named_parks`, `end_at_last_named_park`): asking every earlier
/// candidate in turn made a long document's discovery quadratic.
#[derive(Debug, Default)]
pub struct EarlierNames {
    /// How many candidates of the document are indexed.
    indexed: usize,
    names: HashSet<String>,
    parks: HashSet<String>,
    /// The longest park name, in bytes.
    longest_park: usize,
}

impl EarlierNames {
    /// Indexes the candidates of `out` not indexed yet.
    fn add(&mut self, out: &[Cand]) {
        for c in out.get(self.indexed..).unwrap_or_default() {
            self.names.insert(c.name.clone());
            if c.etype == EntityType::Park {
                self.parks.insert(c.name.clone());
                self.longest_park = self.longest_park.max(c.name.len());
            }
        }
        self.indexed = self.indexed.max(out.len());
    }

    /// Everything found so far: the indexed candidates and those of
    /// `out` after them (not indexed yet), read as a list.
    fn with<'a>(&'a self, out: &'a [Cand]) -> Found<'a> {
        Found {
            earlier: self,
            current: out.get(self.indexed..).unwrap_or_default(),
        }
    }
}

/// The candidates a document has proposed so far: the indexed ones, and
/// the rest as a list.
#[derive(Clone, Copy)]
struct Found<'a> {
    earlier: &'a EarlierNames,
    current: &'a [Cand],
}

impl Found<'_> {
    /// Does `it` end with some name found so far?
    fn some_name_ends(&self, it: &str) -> bool {
        self.current.iter().any(|c| it.ends_with(c.name.as_str()))
            || it
                .char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(it.len()))
                .any(|i| self.earlier.names.contains(&it[i..]))
    }

    /// The parks found so far that occur in `text`, each with the byte
    /// offset of its first occurrence (as `str::find` gives it).
    fn parks_in<'s>(&'s self, text: &str) -> Vec<(usize, &'s str)> {
        let mut out: Vec<(usize, &'s str)> = self
            .current
            .iter()
            .filter(|c| c.etype == EntityType::Park)
            .filter_map(|c| text.find(c.name.as_str()).map(|i| (i, c.name.as_str())))
            .collect();
        let parks = &self.earlier.parks;
        if parks.is_empty() {
            return out;
        }
        if let Some(empty) = parks.get("") {
            out.push((0, empty.as_str()));
        }
        let mut seen: HashSet<&str> = HashSet::new();
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        for (k, &i) in bounds.iter().enumerate() {
            for &j in &bounds[k + 1..] {
                if j - i > self.earlier.longest_park {
                    break;
                }
                if let Some(name) = parks.get(&text[i..j]) {
                    if seen.insert(name.as_str()) {
                        out.push((i, name.as_str()));
                    }
                }
            }
        }
        out
    }
}

fn park_list(s: &str, out: &mut Vec<Cand>, earlier: &EarlierNames) {
    let mut from = 0;
    for (at, _) in s.match_indices('、') {
        if at < from {
            continue;
        }
        // the list runs from the clause start to the first hard break after it
        let start = s[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| is_hard(*c) && *c != '、')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = s[at..]
            .char_indices()
            .find(|(_, c)| is_hard(*c) && *c != '、')
            .map_or(s.len(), |(i, _)| at + i);
        from = end;
        let end = if PARK_LIST_CUE.is_match(&s[end..]) {
            end
        } else {
            end_at_last_named_park(s, start, end, earlier.with(out))
        };
        let items = summed_up_items(&s[start..end], earlier.with(out));
        let park_like = |it: &String| {
            (4..=16).contains(&it.chars().count()) && (it.ends_with('园') || it.ends_with("园区"))
        };
        if !(PARK_LIST_CUE.is_match(&s[end..])
            || among_named_parks(&s[start..end], earlier.with(out)))
        {
            continue;
        }
        for it in items.into_iter().filter(park_like) {
            push_cand(out, EntityType::Park, it, vec![]);
        }
    }
}

/// Is a list item (or partner) a plausible firm name?
fn firm_item_ok(it: &str) -> bool {
    let n = it.chars().count();
    if !(2..=16).contains(&n) {
        return false;
    }
    if it
        .chars()
        .any(|c| c.is_ascii_digit() || is_hard(c) && c != '(' && c != ')')
    {
        return false;
    }
    if is_place_word(it) || SETS.partners.contains(it) || SETS.generic.contains(it) {
        return false;
    }
    // 教育、医疗等项目 are not firms; 某某医疗 (a brand before the head) is
    if NON_FIRM_HEADS.iter().any(|h| {
        it.strip_suffix(h)
            .is_some_and(|brand| !has_brand_token(brand))
    }) || ["铁路", "公路", "水库", "高速"]
        .iter()
        .any(|h| it.contains(h))
    {
        return false;
    }
    // a very common word alone is not a firm
    let tags = JIEBA.tag(it, true);
    if tags.len() == 1 {
        let t = &tags[0];
        if JIEBA.has_word(t.word)
            && JIEBA.suggest_freq(t.word) >= 5000
            && matches!(t.tag, "n" | "vn" | "v" | "a" | "an")
        {
            return false;
        }
    }
    true
}

/// The type an item's suffix gives it, if any.
fn suffix_kind(it: &str) -> Option<Kind> {
    let table = &*SUFFIXES;
    table
        .ac
        .find_iter(it)
        .filter(|m| m.end() == it.len())
        .map(|m| table.kinds[m.pattern().as_usize()])
        .last()
}

/// Leading verbs and prepositions of a list's first item: 落地某某 → 某某.
fn strip_leading_words(it: &str) -> String {
    let toks = JIEBA.tag(it, true);
    let mut skip = 0usize;
    // 新落地某某: a one-char modifier before a leading verb
    if toks.len() > 2 && toks[0].word.chars().count() == 1 && is_leading_verb(toks[1].word) {
        skip = 1;
    }
    for t in toks.iter().skip(skip) {
        let n = t.word.chars().count();
        let strong = SETS.strong.contains(t.word)
            || matches!(t.tag, "p" | "c" | "r" | "d" | "m" | "t")
            || t.tag.starts_with('u')
            || (matches!(t.tag, "v" | "vn" | "n")
                && n >= 2
                && !is_named_tag(t.tag)
                && JIEBA.has_word(t.word)
                && is_leading_verb(t.word));
        if strong && skip + n < it.chars().count() {
            skip += n;
        } else {
            break;
        }
    }
    it.chars().skip(skip).collect()
}

/// 某某产业园已引进了某某电梯 → 某某电梯: a list's first item starts after
/// the last verb before it, when what follows is a name.
fn cut_after_last_verb(it: &str) -> String {
    let toks = JIEBA.tag(it, true);
    let mut pos = 0usize;
    let mut cut: Option<usize> = None;
    for (i, t) in toks.iter().enumerate() {
        let n = t.word.chars().count();
        pos += n;
        if i + 1 < toks.len()
            // a verbal noun (移动/vn, 制造/vn) names a product, it opens no list
            && ((t.tag.starts_with('v') && t.tag != "vn" && n >= 2 && JIEBA.has_word(t.word))
                || is_leading_verb(t.word))
            // a verb before a role noun describes it (创新企业港): no list opens
            && !toks[i + 1].word.ends_with("企业")
        {
            cut = Some(pos);
        }
    }
    let Some(at) = cut else {
        return it.to_string();
    };
    let rest: String = it.chars().skip(at).collect();
    let rest = strip_function_head(&rest);
    if rest.chars().count() >= 2 && named_firm_core(&rest) {
        rest
    } else {
        it.to_string()
    }
}

fn is_leading_verb(w: &str) -> bool {
    SETS.strong.contains(w)
        || matches!(
            w,
            "落地"
                | "引进"
                | "包括"
                | "引入"
                | "入驻"
                | "落户"
                | "签约"
                | "集聚"
                | "吸引"
                | "招引"
                | "培育"
                | "拥有"
                | "涌现"
                | "聚集"
                | "汇聚"
                | "形成"
                | "诞生"
                | "孵化"
                | "招商"
        )
}

/// A long list item is a firm plus what it makes: 某某精密机械零部件 →
/// 某某精密; [place] name [industry word].
fn trim_item(it: &str) -> Option<String> {
    if it.chars().count() <= 6 {
        return Some(it.to_string());
    }
    let toks = JIEBA.tag(it, true);
    let mut out = String::new();
    let mut i = 0;
    while i < toks.len() && is_place_word(toks[i].word) {
        out.push_str(toks[i].word);
        i += 1;
    }
    let mut name = String::new();
    while i < toks.len() {
        let t = &toks[i];
        let w = t.word;
        let named = is_named_tag(t.tag) || !JIEBA.has_word(w) || JIEBA.suggest_freq(w) < 50;
        if named
            && !SETS.generic.contains(w)
            && !INDUSTRY_WORDS.iter().any(|iw| w.starts_with(iw))
            && name.chars().count() < 5
        {
            name.push_str(w);
            i += 1;
        } else {
            break;
        }
    }
    if name.chars().count() < 2 {
        // a brand jieba cuts into common words (邦/文, 极光) still names the
        // firm when an industry word follows it at once (某某科技液晶…)
        let head = (i..toks.len().min(i + 3)).find(|&j| is_firm_head(toks[j].word))?;
        let brand: String = toks[i..head].iter().map(|t| t.word).collect();
        let plain = toks[i..head].iter().all(|t| {
            (t.tag.starts_with('n') || matches!(t.tag, "a" | "b" | "j"))
                && !SETS.generic.contains(t.word)
                && !is_place_word(t.word)
        });
        if !plain || !(2..=4).contains(&brand.chars().count()) {
            return None;
        }
        name = brand;
        i = head;
    }
    out.push_str(&name);
    // one industry word right after the name, or the whole word jieba
    // reads it in when it ends the item (某某生物制药); anything after
    // that is the product, not the firm
    let rest: String = toks[i..].iter().map(|t| t.word).collect();
    if let Some(w) = INDUSTRY_WORDS
        .iter()
        .filter(|w| rest.starts_with(*w))
        .max_by_key(|w| w.len())
    {
        let last_word = i + 1 == toks.len();
        match toks.get(i).filter(|t| last_word && t.word.starts_with(w)) {
            Some(t) => out.push_str(t.word),
            None => out.push_str(w),
        }
    }
    Some(out)
}

fn list_firms(s: &str, out: &mut Vec<Cand>) {
    let mut prev_end = 0usize;
    for m in LIST_CUE.find_iter(s) {
        let gap = m.as_str();
        let floor = prev_end;
        prev_end = m.end();
        if gap.ends_with("项目")
            && ["产业", "行业", "领域", "标志性", "方面", "板块", "赛道"]
                .iter()
                .any(|w| gap.contains(w))
        {
            continue;
        }
        // 等以某某为主的企业: the items are what those firms make
        if gap.contains('以') && gap.contains("为主") {
            continue;
        }
        let before = &s[floor..m.start()];
        // the list: back to the last hard boundary other than 、
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| {
                is_hard(*c) && *c != '、' && *c != '(' && *c != ')' && *c != '（' && *c != '）'
            })
            .map_or(0, |(i, c)| i + c.len_utf8());
        let list = &before[start..];
        let items: Vec<&str> = list.split('、').collect();
        // 生产A、B等: a list opened by a verb of making names products
        let opened_by = |v: &&str| {
            items[0]
                .find(v)
                .is_some_and(|p| items[0][p + v.len()..].chars().count() >= 2)
        };
        if PRODUCT_VERBS.iter().any(opened_by) {
            continue;
        }
        let cue = m.as_str();
        let firm_cue = cue.contains("企业")
            || cue.contains("公司")
            || cue.contains("龙头")
            || cue.contains("厂商");
        if items.len() < 2 && !firm_cue {
            continue;
        }
        for (k, it) in items.iter().enumerate() {
            let mut it = PHASE.replace(it.trim(), "").into_owned();
            if k == 0 {
                it = strip_leading_words(&cut_after_last_verb(&it));
            }
            if it.contains("项目") {
                continue;
            }
            if let Some(kind) = suffix_kind(&it) {
                if kind != Kind::Firm {
                    continue;
                }
            }
            if !firm_item_ok(&it) {
                continue;
            }
            let Some(name) = trim_item(&it) else { continue };
            if !firm_item_ok(&name) {
                continue;
            }
            let mut aliases = firm_short_names(&name);
            let short = strip_place_prefix(&name);
            if short != name && !aliases.contains(&short) && short.chars().count() >= 2 {
                aliases.push(short);
            }
            // in a list of projects the firm is the brand that opens the
            // item; the item as trimmed stays an alias (某某铝塑膜 → 某某)
            let project = cue.ends_with("项目");
            match leading_brand(&name).filter(|b| project && *b != name) {
                Some(brand) => {
                    aliases.insert(0, name);
                    push_cand(out, EntityType::Firm, brand, aliases);
                }
                None => push_cand(out, EntityType::Firm, name, aliases),
            }
        }
    }
}

/// The brand a project's name opens with: the run of words jieba tags as
/// names or does not know (not places, not industry words), two characters
/// or more.
fn leading_brand(item: &str) -> Option<String> {
    let mut brand = String::new();
    for t in JIEBA.tag(item, true) {
        let proper = matches!(
            t.tag,
            "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j" | "eng" | "ns"
        ) || !JIEBA.has_word(t.word);
        // a common word after the brand (某某 + 智慧/nr) starts the product
        let product_word = brand.chars().count() >= 2 && common_in_dictionary(t.word);
        if !proper
            || product_word
            || is_place_word(t.word)
            || INDUSTRY_WORDS.contains(&t.word)
            || t.word.chars().any(is_hard)
        {
            break;
        }
        brand.push_str(t.word);
    }
    (brand.chars().count() >= 2).then_some(brand)
}

fn partner_firms(s: &str, out: &mut Vec<Cand>) {
    for c in PARTNER.captures_iter(s) {
        let x = c[1].trim();
        if suffix_kind(x).is_some() || !firm_item_ok(x) {
            continue;
        }
        let toks = JIEBA.tag(x, true);
        if toks.iter().any(|t| {
            matches!(
                t.tag,
                "r" | "m" | "q" | "t" | "p" | "c" | "d" | "f" | "s" | "v" | "uj"
            )
        }) {
            continue;
        }
        let named = toks.iter().any(|t| {
            !is_place_word(t.word)
                && !SETS.generic.contains(t.word)
                && !SETS.partners.contains(t.word)
                && (is_named_tag(t.tag)
                    || !JIEBA.has_word(t.word)
                    || JIEBA.suggest_freq(t.word) < 1000)
        });
        if !named {
            continue;
        }
        let aliases = firm_short_names(x);
        push_cand(out, EntityType::Firm, x.to_string(), aliases);
    }
}

/// 某某科技董事长 → 某某科技: a brand before a company officer's title.
fn officer_firms(s: &str, out: &mut Vec<Cand>) {
    for c in OFFICER.captures_iter(s) {
        let x = strip_leading_words(c[1].trim());
        if suffix_kind(&x).is_some() || !firm_item_ok(&x) || x.chars().count() < 3 {
            continue;
        }
        let toks = JIEBA.tag(&x, true);
        if toks
            .iter()
            .any(|t| matches!(t.tag, "r" | "m" | "q" | "t" | "p" | "c" | "d" | "uj" | "v"))
        {
            continue;
        }
        // a brand (unknown word or proper-noun tag) followed by an industry word
        let named = toks.iter().any(|t| {
            !is_place_word(t.word)
                && !SETS.generic.contains(t.word)
                && (is_named_tag(t.tag) || !JIEBA.has_word(t.word))
        });
        if !named || !ends_with_industry(&x) || !named_firm_core(&x) {
            continue;
        }
        let aliases = firm_short_names(&x);
        push_cand(out, EntityType::Firm, x, aliases);
    }
}

fn project_firms(s: &str, cs: &[char], out: &mut Vec<Cand>) {
    for m in PROJECT.find_iter(s) {
        let hs = s[..m.start()].chars().count();
        let Some((start, after_digit)) = find_left(cs, hs, Kind::Firm) else {
            continue;
        };
        if after_digit {
            continue;
        }
        let core = chars_str(cs, start, hs);
        if core.contains("年产") || core.chars().count() > 10 {
            continue;
        }
        firm_in_name(&core, out);
    }
}

/// The brand of a registered firm name: 宁波某某动力科技有限公司 → 某某
/// (the part before the first industry word, 2+ chars).
pub fn registered_brand(name: &str) -> Option<String> {
    let bare = strip_firm_suffix(name);
    if bare == name {
        return None;
    }
    let core = strip_place_chars(&strip_place_prefix(&remove_brackets(bare)));
    let Some(m) = INDUSTRY_AC
        .find_iter(&core)
        .find(|m| core[..m.start()].chars().count() >= 2)
    else {
        // no industry word (某某防护用品): the first word, if it is a name,
        // unless the firm is named after a park it runs (某某创意产业园有限公司)
        if PARK_SUFFIXES.iter().any(|p| core.contains(p)) {
            return None;
        }
        let first = JIEBA.tag(&core, true).into_iter().next()?;
        return (first.word.chars().count() >= 2 && brand_like(&first))
            .then(|| first.word.to_string());
    };
    let brand = &core[..m.start()];
    (named_firm_core(brand) && !is_place_word(brand)).then(|| brand.to_string())
}

/// Leading places read by characters (jieba may cut 宁波澜星 as 宁/波澜/星).
fn strip_place_chars(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    'outer: while i < cs.len() {
        for n in (2..=4).rev() {
            if i + n + 2 <= cs.len() && is_prefix_place(&cs[i..i + n].iter().collect::<String>()) {
                i += n;
                continue 'outer;
            }
        }
        break;
    }
    cs[i..].iter().collect()
}

/// Does `s` (a project's firm: 某某新能源汽车电机) start with `brand`
/// followed by an industry word? (`brands_before_industry` answers for
/// all brands at once; this is its specification, kept for the tests.)
#[cfg(test)]
pub fn brand_then_industry(s: &str, brand: &str) -> bool {
    let s = strip_place_chars(&strip_place_prefix(s));
    s.strip_prefix(brand)
        .is_some_and(|rest| INDUSTRY_WORDS.iter().any(|w| rest.starts_with(w)))
}

/// Every brand `s` may start with in the sense of `brand_then_industry`:
/// the prefixes of `s`, leading places taken off, that an industry word
/// follows. `brand_then_industry(s, b)` holds exactly when `b` is among
/// them, so one call serves all the brands of a document (asking each
/// brand in turn made a long document's discovery quadratic).
pub fn brands_before_industry(s: &str) -> Vec<String> {
    let s = strip_place_chars(&strip_place_prefix(s));
    s.char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(s.len()))
        .filter(|&at| INDUSTRY_WORDS.iter().any(|w| s[at..].starts_with(w)))
        .map(|at| s[..at].to_string())
        .collect()
}

/// 某某经开 with no 区: news clips a place's 经开区 to four characters
/// (在某某经开落户). Only a known place before it makes a name.
fn clipped_dev_zones(s: &str, cs: &[char], out: &mut Vec<Cand>) {
    for (at, _) in s.match_indices("经开") {
        let end = s[..at].chars().count();
        if cs.get(end + 2) == Some(&'区') {
            continue;
        }
        let place = (2..=4)
            .rev()
            .filter(|n| *n <= end)
            .map(|n| cs[end - n..end].iter().collect::<String>())
            .find(|w| is_place_word(w));
        if let Some(place) = place {
            push_cand(out, EntityType::Park, format!("{place}经开"), Vec::new());
        }
    }
}

/// 某某(江阴)科创产业园项目: a park named as a firm's local branch, brand
/// then its place in brackets, is that firm's project; the firm counts
/// (ANNOTATION rule 6).
fn developer_brands(first: usize, out: &mut Vec<Cand>) {
    let brands: Vec<String> = out[first..]
        .iter()
        .filter(|c| c.etype == EntityType::Park)
        .filter_map(|c| brand_before_bracketed_place(&c.name))
        .collect();
    for brand in brands {
        push_cand(out, EntityType::Firm, brand, Vec::new());
    }
}

/// The brand of 某某(地名)…: two to four characters, not a place, before a
/// bracketed place.
fn brand_before_bracketed_place(name: &str) -> Option<String> {
    let (open, bracket) = name.char_indices().find(|(_, c)| matches!(c, '(' | '（'))?;
    let brand = &name[..open];
    let inner = &name[open + bracket.len_utf8()..];
    let close = inner.find([')', '）'])?;
    let place = &inner[..close];
    let n = brand.chars().count();
    ((2..=4).contains(&n)
        && is_place_word(place)
        && !is_place_word(brand)
        && named_firm_core(brand)
        && !SETS.generic.contains(brand))
    .then(|| brand.to_string())
}

/// Longest stretch between a research body's name and its sub-unit's
/// suffix (某某研究院 + 茶生态 + 实验室).
const SUB_UNIT_MIDDLE_MAX: usize = 8;

/// 某某研究院某某实验室, 某某大学某某创新中心: a research body's unit,
/// named by its parent's name plus its own. The parent counts on its own
/// only where the text also names it alone.
fn sub_unit_platforms(s: &str, first: usize, out: &mut Vec<Cand>) {
    const PARENTS: &[&str] = &["研究院", "研究所", "大学", "学院"];
    let parents: Vec<String> = out[first..]
        .iter()
        .filter(|c| matches!(c.etype, EntityType::Platform | EntityType::Institution))
        .filter(|c| PARENTS.iter().any(|p| c.name.ends_with(p)))
        .map(|c| c.name.clone())
        .collect();
    for parent in parents {
        for (at, _) in s.match_indices(parent.as_str()) {
            let Some(unit) = sub_unit_after(&s[at + parent.len()..]) else {
                continue;
            };
            let name = format!("{parent}{unit}");
            if let Some(p) = out[first..].iter_mut().find(|c| c.name == parent) {
                p.nested_in.get_or_insert_with(|| name.clone());
            }
            push_cand(out, EntityType::Platform, name, Vec::new());
        }
    }
}

/// The sub-unit right after a parent's name (茶生态实验室), if the text
/// goes on with a short descriptive stretch and a platform suffix.
fn sub_unit_after(rest: &str) -> Option<String> {
    let cs: Vec<char> = rest.chars().take(SUB_UNIT_MIDDLE_MAX + 6).collect();
    let head: String = cs.iter().collect();
    let (middle_end, suffix) = PLATFORM_SUFFIXES
        .iter()
        .filter(|x| **x != "研究院" && x.chars().count() >= 2)
        .filter_map(|x| head.find(x).map(|i| (i, *x)))
        .min_by_key(|(i, x)| (*i, std::cmp::Reverse(x.len())))?;
    let middle = &head[..middle_end];
    let n = middle.chars().count();
    if !(1..=SUB_UNIT_MIDDLE_MAX).contains(&n)
        || middle
            .chars()
            .any(|c| is_hard(c) || "和与及或、".contains(c))
    {
        return None;
    }
    let plain = JIEBA.tag(middle, true).iter().all(|t| {
        !matches!(
            t.tag,
            "v" | "p" | "c" | "uj" | "d" | "r" | "m" | "q" | "f" | "t"
        )
    });
    plain.then(|| format!("{middle}{suffix}"))
}

/// Every name one sentence proposes, `out` holding what the document's
/// earlier sentences proposed (some list rules look at it).
#[cfg(test)]
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
    sub_unit_platforms(s, first, out);
    if s.contains("项目") {
        developer_brands(first, out);
    }
    quoted_names(s, out);
    if s.contains('等') {
        list_firms(s, out);
    }
    partner_firms(s, out);
    officer_firms(s, out);
    if s.contains('以') {
        leader_firms(s, out);
    }
    if s.contains('“') {
        quoted_firms(s, out);
    }
    brand_industry_firms(s, out);
    if s.contains("经开") {
        clipped_dev_zones(s, &cs, out);
    }
    // The index is brought up to date only where a list rule reads it
    // (what it has not indexed yet is read as a list, so either way the
    // rules see every name found so far).
    if s.contains("平台") || s.contains("载体") {
        earlier.add(out);
        platform_list(s, out, earlier);
    }
    if s.contains('园') && s.contains('、') {
        earlier.add(out);
        park_list(s, out, earlier);
    }
    for firm in super::listed::listed_in(s) {
        let aliases = if firm.surface == firm.full {
            firm_short_names(&firm.full)
        } else {
            vec![firm.full.clone()]
        };
        push_cand(out, EntityType::Firm, firm.surface.clone(), aliases);
    }
    if s.contains("项目") {
        project_firms(s, &cs, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The index of earlier names answers what asking every candidate
        /// found so far answers: a name ending an item, the parks in a
        /// stretch of text and where their first occurrences end.
        #[test]
        fn earlier_names_answer_as_every_candidate(
            found in proptest::collection::vec(("[甲乙园区]{1,4}", proptest::bool::ANY), 0..12),
            split in 0usize..12,
            text in "[甲乙园区、]{0,16}",
        ) {
            let cands: Vec<Cand> = found
                .iter()
                .map(|(name, park)| Cand {
                    etype: if *park { EntityType::Park } else { EntityType::Firm },
                    name: name.clone(),
                    aliases: Vec::new(),
                    observed: Vec::new(),
                    nested_in: None,
                })
                .collect();
            let mut earlier = EarlierNames::default();
            earlier.add(&cands[..split.min(cands.len())]);
            let f = earlier.with(&cands);
            proptest::prop_assert_eq!(
                f.some_name_ends(&text),
                cands.iter().any(|c| text.ends_with(c.name.as_str()))
            );
            let parks = cands.iter().filter(|c| c.etype == EntityType::Park);
            let mut want: Vec<&str> = parks
                .clone()
                .filter(|c| text.contains(c.name.as_str()))
                .map(|c| c.name.as_str())
                .collect();
            let mut got: Vec<&str> = f.parks_in(&text).into_iter().map(|(_, n)| n).collect();
            want.sort_unstable();
            want.dedup();
            got.sort_unstable();
            got.dedup();
            proptest::prop_assert_eq!(got, want);
            proptest::prop_assert_eq!(
                f.parks_in(&text).into_iter().map(|(i, n)| i + n.len()).max(),
                parks.filter_map(|c| text.find(c.name.as_str()).map(|i| i + c.name.len())).max()
            );
        }
    }

    fn names(input: &str) -> Vec<(EntityType, String)> {
        let mut out = Vec::new();
        sentence_names(input, &mut out);
        out.into_iter().map(|c| (c.etype, c.name)).collect()
    }

    fn check(input: &str, expected: &[(&str, &str)]) {
        let got = names(input);
        for (t, n) in expected {
            let t: EntityType = t.parse().unwrap();
            assert!(
                got.iter().any(|(gt, gn)| *gt == t && gn == n),
                "{input}: expected {t} {n}, got {got:?}"
            );
        }
    }

    fn check_absent(input: &str, absent: &[&str]) {
        let got = names(input);
        for n in absent {
            assert!(
                !got.iter().any(|(_, gn)| gn == n),
                "{input}: unexpected {n} in {got:?}"
            );
        }
    }

    #[test]
    fn firms_named_by_cue_without_a_suffix() {
        check(
            "涌现出青澜电瓷等国家及省级专精特新“小巨人”企业22家。",
            &[("firm", "青澜电瓷")],
        );
        check_absent("站房的幕墙也全是公司产品。", &["全是公司"]);
        // a project list's first item: its product (智慧移动建筑) neither
        // opens the list nor lengthens the brand
        check(
            "青岚美筑智慧移动建筑、星澜科技半导体设备等12个项目建成投产。",
            &[("firm", "青岚美筑")],
        );
        check_absent(
            "青岚美筑智慧移动建筑、星澜科技半导体设备等12个项目建成投产。",
            &["青岚美筑智慧", "建筑"],
        );
        check(
            "形成以翊澜为龙头的汽车产业、以TCW为龙头的家电产业。",
            &[("firm", "翊澜"), ("firm", "TCW")],
        );
        check(
            "拥有行业龙头企业“澄翊”，以及“汭峰”“琮昊”等一批专精特新企业。",
            &[("firm", "澄翊"), ("firm", "汭峰"), ("firm", "琮昊")],
        );
        check("今年，鑫锐铝业把握机遇扩大产能。", &[("firm", "鑫锐铝业")]);
        check(
            "浙江翊澜农商银行发放贷款。",
            &[("firm", "浙江翊澜农商银行")],
        );
        check_absent("多家商业银行参与。", &["商业银行"]);
        check_absent(
            "第二种是生产割草机、油锯等以园林工具为主的企业。",
            &["割草机", "油锯"],
        );
    }

    #[test]
    fn lists_summed_up_as_platforms_or_parks() {
        check(
            "已搭建起翊澜研究院、世界竹编设计中心、质量提升服务中心等9个平台。",
            &[
                ("platform", "世界竹编设计中心"),
                ("platform", "质量提升服务中心"),
            ],
        );
        check(
            "代表们走进龙泉市溪口工业园区、储能材料产业园、精细化工产业园参观考察。",
            &[("park", "储能材料产业园"), ("park", "精细化工产业园")],
        );
        check_absent("建设储能材料产业园、精细化工产业园。", &["储能材料产业园"]);
        check(
            "谋划建设光伏材料产业园、竹木加工及家居制造产业园、商务休闲园“三大专业园区”。",
            &[("park", "竹木加工及家居制造产业园"), ("park", "商务休闲园")],
        );
    }

    #[test]
    fn a_park_named_as_a_firms_branch_names_the_firm() {
        check(
            "青澜(龙泉)智能制造产业园项目开工。",
            &[("firm", "青澜"), ("park", "青澜(龙泉)智能制造产业园")],
        );
        check_absent("浙江(龙泉)智能制造产业园项目开工。", &["浙江"]);
    }

    #[test]
    fn units_of_research_bodies() {
        check(
            "为浙江翊澜研究院智能装备创新中心揭牌。",
            &[("platform", "浙江翊澜研究院智能装备创新中心")],
        );
        check_absent(
            "浙江翊澜研究院与青松公司共建实验室。",
            &["浙江翊澜研究院与青松公司共建实验室"],
        );
    }

    #[test]
    fn parks_named_in_short() {
        check(
            "去年，翊澜科技最终选择落户江山经开，总投资5亿元。",
            &[("park", "江山经开")],
        );
        check("项目落户于江山经开区。", &[("park", "江山经开区")]);
        check(
            "项目位于龙港市翊澜新区，由新区管委会负责。",
            &[("park", "龙港市翊澜新区")],
        );
        check_absent("打造城东新区和高铁新区。", &["城东新区", "高铁新区"]);
    }

    #[test]
    fn firm_suffix_grammar() {
        check(
            "1984年，龙泉第二纺织机械厂创立。",
            &[("firm", "龙泉第二纺织机械厂")],
        );
        check(
            "与园区一路之隔的湖北吾澜健康科技有限公司，由5家企业组建。",
            &[("firm", "湖北吾澜健康科技有限公司")],
        );
        check(
            "3月，浙江星澜光电科技股份有限公司在海宁投产。",
            &[("firm", "浙江星澜光电科技股份有限公司")],
        );
        check(
            "县里与澄湖新能源控股集团有限公司签订协议。",
            &[("firm", "澄湖新能源控股集团有限公司")],
        );
        check(
            "位于桐庐的杭州云栖精工机械有限公司扩产。",
            &[("firm", "杭州云栖精工机械有限公司")],
        );
        check(
            "今年又新引进宁波瀚钠电池有限公司等企业。",
            &[("firm", "宁波瀚钠电池有限公司")],
        );
        check(
            "蓝鲸数途科技(宁波)有限公司落户。",
            &[("firm", "蓝鲸数途科技(宁波)有限公司")],
        );
        check_absent("该公司今年上市。", &["该公司"]);
    }

    #[test]
    fn generic_firm_names_have_no_distinctive_part() {
        assert!(is_generic_firm_name("汽车零部件有限公司"));
        assert!(is_generic_firm_name("浙江新材料有限公司"));
        assert!(is_generic_firm_name("电子"));
        assert!(!is_generic_firm_name("浙江星澜光电材料有限公司"));
        assert!(!is_generic_firm_name("星澜光电"));
    }

    #[test]
    fn firm_short_name_derivation() {
        let s = firm_short_names("浙江星澜光电材料有限公司");
        assert!(s.contains(&"星澜光电".to_string()), "{s:?}");
        let s = firm_short_names("瀚钠(浙江)新材料有限公司");
        assert!(s.contains(&"瀚钠新材料".to_string()), "{s:?}");
        let s = firm_short_names("荷兰奥凯");
        assert!(s.contains(&"奥凯".to_string()), "{s:?}");
    }

    #[test]
    fn park_and_platform_grammar() {
        check(
            "去年，浙江桐庐经济开发区获批。",
            &[("park", "浙江桐庐经济开发区")],
        );
        check("项目落户海宁经编产业园。", &[("park", "海宁经编产业园")]);
        check("在湖州南太湖新区举行签约。", &[("park", "湖州南太湖新区")]);
        check_absent("城区、西城新区建设加快。", &["西城新区"]);
        check("企业入驻“浙里帮”平台。", &[("platform", "浙里帮平台")]);
        check(
            "当地推出“亲清在线”管理服务系统。",
            &[("platform", "亲清在线管理服务系统")],
        );
        check(
            "磐石智能制造创新中心正式挂牌。",
            &[("platform", "磐石智能制造创新中心")],
        );
        check(
            "联合浙江工业大学湖州研究院攻关。",
            &[("platform", "浙江工业大学湖州研究院")],
        );
        check_absent("建设数字化平台。", &["数字化平台"]);
        check_absent("共建15家创新平台。", &["创新平台"]);
        check_absent("在开发区内投资。", &["开发区"]);
    }

    #[test]
    fn lists_partners_projects() {
        check(
            "落地星澜光电、云栖精工、Zentra等一批头部企业。",
            &[
                ("firm", "星澜光电"),
                ("firm", "云栖精工"),
                ("firm", "Zentra"),
            ],
        );
        check("与瀚海云图合作的实训基地开班。", &[("firm", "瀚海云图")]);
        check("总投资5亿元的澄湖电子项目开工。", &[("firm", "澄湖电子")]);
        check_absent(
            "西线公路、南山水库、医院等一批重大项目加快建设。",
            &["西线公路", "南山水库", "医院"],
        );
        check_absent("与高校合作。", &["高校"]);
    }
}

#[cfg(test)]
mod invented_news {
    use super::*;

    fn check(input: &str, expected: &[(&str, &str, &[&str])], absent: &[&str]) {
        let mut out = Vec::new();
        sentence_names(input, &mut out);
        for (t, n, aliases) in expected {
            let t: EntityType = t.parse().unwrap();
            let c = out.iter().find(|c| c.etype == t && c.name == *n);
            let Some(c) = c else {
                panic!("{input}: expected {t} {n} in {out:?}")
            };
            for a in *aliases {
                assert!(
                    c.aliases.iter().any(|x| x == a),
                    "{input}: {n} lacks alias {a}: {:?}",
                    c.aliases
                );
            }
        }
        for a in absent {
            assert!(
                !out.iter()
                    .any(|c| c.name == *a || c.aliases.iter().any(|x| x == a)),
                "{input}: unexpected {a} in {out:?}"
            );
        }
    }

    #[test]
    fn typical_regional_sentences() {
        check(
            "海宁经编产业园区内，浙江锦程纺织股份有限公司新上一条智能生产线。",
            &[
                ("park", "海宁经编产业园区", &[]),
                ("firm", "浙江锦程纺织股份有限公司", &["锦程纺织"]),
            ],
            &[],
        );
        check(
            "湖州莫干山高新技术产业开发区党工委相关负责人表示，园区将扩容。",
            &[("park", "湖州莫干山高新技术产业开发区", &[])],
            &[],
        );
        check(
            "嘉兴科技城、杭州未来科技城和宁波前湾新区是重点平台。",
            &[
                ("park", "嘉兴科技城", &[]),
                ("park", "杭州未来科技城", &[]),
                ("park", "宁波前湾新区", &[]),
            ],
            &[],
        );
        check(
            "浙江理工大学湖州研究院与之江实验室签订合作协议。",
            &[
                ("institution", "浙江理工大学", &[]),
                ("platform", "浙江理工大学湖州研究院", &[]),
                ("platform", "之江实验室", &[]),
            ],
            &[],
        );
        check(
            "浙江省智能制造技术创新中心和浙江省柔性电子重点实验室落户。",
            &[
                ("platform", "浙江省智能制造技术创新中心", &[]),
                ("platform", "浙江省柔性电子重点实验室", &[]),
            ],
            &[],
        );
        check(
            "诸暨袜业产业创新服务综合体服务企业3000余家。",
            &[("platform", "诸暨袜业产业创新服务综合体", &[])],
            &[],
        );
        check(
            "柯城-余杭山海协作产业园已入驻企业20家。",
            &[("park", "柯城-余杭山海协作产业园", &[])],
            &["-余杭山海协作产业园"],
        );
        check(
            "浙江锦程纺织股份有限公司（以下简称“锦程股份”）发布公告。",
            &[("firm", "浙江锦程纺织股份有限公司", &["锦程股份"])],
            &[],
        );
        check(
            "星途汽车、零跑科技等龙头企业带动明显。",
            &[("firm", "星途汽车", &[]), ("firm", "零跑科技", &[])],
            &[],
        );
        check(
            "国有公司、城投公司、平台公司转型加快。",
            &[],
            &["城投公司", "国有公司", "平台公司"],
        );
        check(
            "该县打造省级特色小镇和省级高新区。",
            &[],
            &["省级特色小镇", "省级高新区", "特色小镇"],
        );
        check(
            "宁海县与杭州滨江区结对，共建宁海·滨江科创飞地。",
            &[("platform", "宁海·滨江科创飞地", &[])],
            &[],
        );
        check(
            "年产5000吨碳纤维复合材料项目签约落户江山经济开发区。",
            &[("park", "江山经济开发区", &[])],
            &["经济开发区", "碳纤维复合材料"],
        );
        check("缙云县与浙江工业大学共建研究院。", &[], &["研究院"]);
        check(
            "考察了杭州云栖投资管理有限公司、远川建设集团等企业。",
            &[
                ("firm", "杭州云栖投资管理有限公司", &[]),
                ("firm", "远川建设集团", &[]),
            ],
            &[],
        );
        check("研发的中和抗体联合治疗药物获批。", &[], &["抗体"]);
        check(
            "星澜光电董事长王明表示，订单饱满。",
            &[("firm", "星澜光电", &[])],
            &[],
        );
        check(
            "公司董事长表示，该企业总经理也在。",
            &[],
            &["公司", "该企业"],
        );
        check(
            "大华股份、海康威视等企业参展。",
            &[("firm", "大华股份", &[])],
            &[],
        );
        check("公司持有部分股份。", &[], &["部分股份", "持有部分股份"]);
        // a verb and a park name end a firm on its left
        check(
            "11月8日，桐乡毛衫产业园迎来浙江锦澜针织科技股份有限公司年产3万件项目签约。",
            &[
                ("park", "桐乡毛衫产业园", &[]),
                ("firm", "浙江锦澜针织科技股份有限公司", &["锦澜针织"]),
            ],
            &["桐乡毛衫产业园迎来浙江锦澜针织科技股份有限公司"],
        );
        check(
            "园区引进浙江锦澜针织有限公司，又携手杭州云栖精工有限公司。",
            &[
                ("firm", "浙江锦澜针织有限公司", &[]),
                ("firm", "杭州云栖精工有限公司", &[]),
            ],
            &["园区引进浙江锦澜针织有限公司", "又携手杭州云栖精工有限公司"],
        );
        check(
            "嘉善经济开发区浙江锦澜针织有限公司扩产。",
            &[("firm", "浙江锦澜针织有限公司", &[])],
            &["嘉善经济开发区浙江锦澜针织有限公司"],
        );
        // a registered name with a park-like part is still whole
        check(
            "桐乡毛衫产业园开发有限公司成立。",
            &[("firm", "桐乡毛衫产业园开发有限公司", &[])],
            &[],
        );
        // particles and prepositions never start a name
        check(
            "引进了星澜光电、云栖精工、瀚钠新能源等一批龙头企业。",
            &[
                ("firm", "星澜光电", &[]),
                ("firm", "云栖精工", &[]),
                ("firm", "瀚钠新能源", &[]),
            ],
            &["了星澜光电", "引进了星澜光电"],
        );
        check(
            "先后落户了星澜光电、和瀚钠新能源等企业。",
            &[("firm", "星澜光电", &[])],
            &["了星澜光电", "和瀚钠新能源"],
        );
        // a list's first item starts after the verb that introduces it
        check(
            "桐乡毛衫产业园已引进了锦澜针织、云栖精工等企业。",
            &[("firm", "锦澜针织", &[]), ("firm", "云栖精工", &[])],
            &["桐乡毛衫产业园已引进了锦澜针织", "了锦澜针织"],
        );
        check(
            "目前，滨江区已有星澜光电、云栖精工等一批企业落户。",
            &[("firm", "星澜光电", &[])],
            &["滨江区已有星澜光电"],
        );
        // a co-building verb jieba misses still ends the name on its left
        check(
            "县里还与永康市共建武永五金技术创新中心。",
            &[("platform", "武永五金技术创新中心", &[])],
            &["永康市共建武永五金技术创新中心"],
        );
        // a quoted name ending in a platform suffix; a lab's branch
        check(
            "由县经信局牵头打造的“轴承产业大脑”已接入企业200家。",
            &[("platform", "轴承产业大脑", &[])],
            &[],
        );
        check("企业都在用“城市大脑”。", &[], &["城市大脑"]);
        check(
            "首批入驻的湖州青峰实验室安吉分中心同步揭牌。",
            &[("platform", "湖州青峰实验室安吉分中心", &[])],
            &[],
        );
        assert_eq!(strip_function_head("了星澜光电"), "星澜光电");
        assert_eq!(strip_function_head("在海宁经编产业园"), "海宁经编产业园");
        assert_eq!(strip_function_head("星澜光电"), "星澜光电");
        assert_eq!(strip_function_head("向日葵"), "向日葵");
        assert_eq!(
            strip_function_head("由宁波澜星动力科技有限公司"),
            "宁波澜星动力科技有限公司"
        );
        check(
            "永康五金产业大脑上线运行。",
            &[("platform", "永康五金产业大脑", &[])],
            &[],
        );
    }
}
