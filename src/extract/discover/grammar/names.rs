//! The shape of a name: its core before the suffix, whether that core is
//! named (a proper word) or generic, and the forms it is stripped to (a
//! firm's short names, place prefixes and function words taken off).

use super::*;

/// Characters of a park's name before its suffix (产业园 → 0).
pub fn park_core_chars(name: &str) -> usize {
    name.chars().count() - park_suffix_chars(name)
}

/// A park's name before its suffix (某某产业园 → 某某).
pub(crate) fn park_core(name: &str) -> &str {
    let end = name
        .char_indices()
        .nth(park_core_chars(name))
        .map_or(name.len(), |(i, _)| i);
    &name[..end]
}

/// The suffixes of a development zone, which its place names (a county
/// has one zone of each), longest first.
pub const DEV_ZONE_SUFFIXES: [&str; 6] = [
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "开发区",
    "经开区",
    "高新区",
];

/// Characters of the longest park suffix a name ends with.
pub(crate) fn park_suffix_chars(name: &str) -> usize {
    rules()
        .park_suffixes
        .iter()
        .filter(|x| name.ends_with(*x))
        .map(|x| x.chars().count())
        .max()
        .unwrap_or(0)
}

/// Does a platform suffix of three or more characters end at `end`
/// (孵化器, 众创空间: a platform's kind, not just 平台 or 中心)?
pub(super) fn platform_kind_ends_at(cs: &[char], end: usize) -> bool {
    rules().platform_suffixes.iter().any(|x| {
        let n = x.chars().count();
        n >= 3 && end >= n && x.chars().eq(cs[end - n..end].iter().copied())
    })
}

/// Does a park suffix of two or more characters end at `end`?
pub(super) fn park_suffix_ends_at(cs: &[char], end: usize) -> bool {
    rules().park_suffixes.iter().any(|x| {
        let n = x.chars().count();
        n >= 2 && end >= n && x.chars().eq(cs[end - n..end].iter().copied())
    })
}

/// Does a token end like a park or platform name (某某产业园, 开发区) or a
/// park's part (某某片区)?
pub(super) fn ends_org_name(w: &str) -> bool {
    w.chars().count() >= 2
        && rules()
            .park_suffixes
            .iter()
            .chain(&rules().platform_suffixes)
            .chain(&rules().park_sub_units)
            .any(|x| w.ends_with(x) && x.chars().count() >= 2)
}

/// A verb that introduces a firm: 迎来某某公司, 引进某某集团.
pub(super) fn is_intro_verb(t: &Tok) -> bool {
    t.tag.starts_with('v') && t.end - t.start >= 2 && is_leading_verb(&t.word)
        || matches!(
            t.word.as_str(),
            "迎来" | "携手" | "联手" | "牵手" | "联合" | "新引进" | "新落户" | "新签约"
        )
}

pub(super) fn chars_str(cs: &[char], a: usize, b: usize) -> String {
    cs[a..b].iter().collect()
}

/// Parts of speech that never make a phrase a name on their own: verbs,
/// adverbs, prepositions, conjunctions, time and direction words, idioms
/// (力促产业园, 到产业新城 are not names).
/// Words jieba guesses (not in its dictionary) are name material whatever
/// their tag: its HMM tags unknown brands as verbs (元立/v).
pub(super) fn carries_no_name(t: &jieba_rs::Tag) -> bool {
    let tag = t.tag;
    // a place jieba reads as a verb (某封/v) names the place
    JIEBA.has_word(t.word)
        && matches!(
            tag,
            "v" | "vd" | "d" | "ad" | "p" | "c" | "t" | "f" | "i" | "l" | "vg" | "dg"
        )
        && !is_place_word(t.word)
        || tag.starts_with('u')
}

/// Does `core` carry a name (not only generic modifiers)?
pub(super) fn named_core(core: &str) -> bool {
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
            || rules().industry_words.contains(w)
            || matches!(t.tag, "m" | "q" | "r") && !coined_measure(w, t.tag)
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
pub fn has_proper_token(core: &str) -> bool {
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
pub(super) fn has_named_token(core: &str) -> bool {
    JIEBA.tag(core, true).iter().any(|t| {
        is_place_word(t.word) || matches!(t.tag, "ns" | "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j")
    })
}

/// Does jieba's dictionary hold the whole phrase as an organisation's or
/// other proper name (农业银行/nt)?
pub(super) fn jieba_knows_as_name(phrase: &str) -> bool {
    JIEBA.has_word(phrase)
        && JIEBA
            .tag(phrase, false)
            .first()
            .is_some_and(|t| matches!(t.tag, "nt" | "nz" | "j"))
}

pub(super) fn common_in_dictionary(w: &str) -> bool {
    JIEBA.has_word(w) && JIEBA.suggest_freq(w) >= rules().thresholds.common_word_freq
}

/// Words of grade, type or manner (世界级, 百亿级, 综合型, 集团化): they
/// rank a thing, they do not name it.
pub(super) fn is_grade_word(w: &str) -> bool {
    let n = w.chars().count();
    n >= 2 && (w.ends_with('级') || w.ends_with('型')) || n >= 3 && w.ends_with('化')
}

/// Core of a firm name is more than place, industry and generic words.
pub(super) fn named_firm_core(core: &str) -> bool {
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
        if s.generic.contains(w) || rules().industry_words.contains(w) {
            continue;
        }
        if w.chars().all(|c| !c.is_alphanumeric()) || s.strong.contains(w) {
            continue;
        }
        // what a registered firm does (加工, 投资) is its trade, no brand
        if rules().project_activity_words.contains(w) || rules().registered_trade_verbs.contains(w)
        {
            continue;
        }
        // unlike other names, a firm's brand may be any word (翱翔, 腾飞)
        if matches!(t.tag, "m" | "q" | "r" | "t")
            && !coined_measure(w, t.tag)
            && !coined_figure(w, t.tag)
            || rules().park_suffixes.contains(w)
            || rules().platform_suffixes.contains(w)
        {
            continue;
        }
        return true;
    }
    false
}

/// Is a firm's core, its brackets included, named? Outside the brackets
/// as `named_firm_core` judges, or by a brand that shares a place's name
/// and is registered in another province: 某某(安徽)环保科技, where the
/// word before the bracketed place lies in none of its provinces.
pub(super) fn named_firm_core_bracketed(core: &str) -> bool {
    named_firm_core(&remove_brackets(core)) || brand_registered_elsewhere(core)
}

fn brand_registered_elsewhere(core: &str) -> bool {
    let toks = JIEBA.tag(core, true);
    let Some([brand, open, place, close]) = toks.get(..4) else {
        return false;
    };
    let bracketed = matches!(open.word, "(" | "（") && matches!(close.word, ")" | "）");
    if !bracketed || !is_place_word(brand.word) || !is_place_word(place.word) {
        return false;
    }
    let registered = provinces_of(place.word);
    !registered.is_empty()
        && provinces_of(brand.word)
            .iter()
            .all(|p| !registered.contains(p))
}

/// The provinces a place name may lie in.
pub(super) fn provinces_of(w: &str) -> Vec<&'static str> {
    let g = gazetteer();
    g.lookup(w)
        .iter()
        .map(|&i| g.places[i].province.as_str())
        .collect()
}

/// A county-level name right after places of other provinces only.
pub(super) fn brand_not_place(w: &str, provinces_before: &[&str]) -> bool {
    let g = gazetteer();
    !provinces_before.is_empty()
        && g.lookup(w).iter().all(|&i| {
            let p = &g.places[i];
            p.level == crate::extract::gazetteer::Level::County
                && !provinces_before.contains(&p.province.as_str())
        })
}

/// Strips a firm suffix: the longest of rules().firm_suffixes at the end.
pub fn strip_firm_suffix(name: &str) -> &str {
    let mut best = name;
    for suf in &rules().firm_suffixes {
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

/// Is `w` a province or a prefecture-level city, by its full or short name?
fn city_or_province(w: &str) -> bool {
    use crate::extract::gazetteer::Level;
    gazetteer().names_level(w, &[Level::Province, Level::Prefecture])
}

/// Is `w` a place that may start a name: a province or prefecture, a
/// Zhejiang county (full or short), another county's full name, a country.
pub fn is_prefix_place(w: &str) -> bool {
    let g = gazetteer();
    SETS.countries.contains(w)
        || g.lookup(w).iter().any(|&i| {
            let p = &g.places[i];
            match p.level {
                crate::extract::gazetteer::Level::Province
                | crate::extract::gazetteer::Level::Prefecture => true,
                crate::extract::gazetteer::Level::County => {
                    p.province == crate::extract::gazetteer::HOME_PROVINCE
                        || p.full == w
                        || p.former.iter().any(|f| f == w)
                }
                _ => false,
            }
        })
}

/// Is `s` places only, one after another (湖南广东: two provinces)?
pub fn places_only(s: &str) -> bool {
    !s.is_empty() && JIEBA.cut(s, true).iter().all(|t| is_prefix_place(t.word))
}

/// Strips leading places (浙江, 杭州市, 日本…) from a name, by jieba
/// tokens, keeping at least 2 chars.
pub fn strip_place_prefix(s: &str) -> String {
    // a region jieba cuts into pieces (大湾/区) is a place too
    let s = economic_region_opening(s).map_or(s, |r| &s[r.len()..]);
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

/// A group or registered company named by its place and its trade (某省
/// 水务投资集团, 某市城市建设投资控股有限公司): the place is what tells it
/// apart, as with most state-owned firms of a province or city. Its forms
/// without the place stay generic.
pub(super) fn is_place_named_group(name: &str) -> bool {
    let registered = name.ends_with("集团") || name.contains("有限");
    let core = remove_brackets(strip_firm_suffix(name));
    let trade = strip_place_prefix(&core);
    // the place as jieba reads it too: 阿里 is a prefecture's short form
    // but reads as a name (阿里/nrt before a trade is a brand); a place it
    // reads as an abbreviation (通化/j) is still the place
    let read_as_place = JIEBA
        .tag(&core, true)
        .first()
        .is_some_and(|t| matches!(t.tag, "ns" | "j"));
    registered && read_as_place && trade.len() < core.len() && trade.chars().count() >= 2
}

/// A firm name with nothing to tell it apart: once the place prefix and
/// the organisational suffix are gone, only industry words are left
/// (汽车零部件有限公司, 浙江新材料). Such a form must never name or merge
/// firms.
pub fn is_generic_firm_name(name: &str) -> bool {
    // 中国某业公司: a listed firm's short name is no kind of firm
    let listed = || crate::extract::listed::listed_by_short_name(strip_firm_suffix(name)).is_some();
    if is_place_named_group(name) || listed() {
        return false;
    }
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
    // 某某茶叶加工厂 is also written 某某茶叶: what a works does drops out
    if full.ends_with('厂') {
        if let Some(made) = rules()
            .project_activity_words
            .iter()
            .find_map(|w| core.strip_suffix(*w))
        {
            push(made.to_string());
        }
    }
    // 某某控股有限公司 is also written 某某控股(公司), 某某集团有限公司 某某集团
    let suffix = &full[strip_firm_suffix(full).len()..];
    if let Some(head) = ["控股集团", "控股", "集团"]
        .iter()
        .find(|h| suffix.starts_with(*h))
    {
        if suffix != *head {
            push(format!("{core0}{head}"));
            push(format!("{core}{head}"));
        }
    }
    // 某某集团某某有限公司, the group's name before its subsidiary's, is
    // also written as the subsidiary's name alone
    if let Some(subsidiary) = subsidiary_after_group(full) {
        push(subsidiary.to_string());
        for short in firm_short_names(subsidiary) {
            push(short);
        }
    }
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
            push(bare.clone());
        }
        // 某某创新科技 is also written 某某科技: a generic modifier between
        // the brand and the trade drops out of the short name
        let trade = &core[m.start()..m.end()];
        if let Some(brand) = rules()
            .generic_modifiers
            .iter()
            .filter(|g| g.chars().count() >= 2)
            .find_map(|g| bare.strip_suffix(*g))
            .filter(|b| b.chars().count() >= 2 && named_firm_core(b))
        {
            push(format!("{brand}{trade}"));
        }
    } else if cchars.len() >= 3 && full.ends_with("集团") {
        // 某某集团 → 某某 (kept only when 3+ chars)
    }
    // 第二某某 (the works' number without its place) names no one firm
    out.retain(|s| !s.starts_with('第'));
    out.retain(|s| {
        named_firm_core(s) || s.chars().any(|c| c.is_ascii_alphabetic()) || place_and_state_kind(s)
    });
    out
}

/// The subsidiary's registered name in 某某集团某某有限公司, where what
/// follows 集团 names a firm of its own (not 某某集团有限公司 or 某某集团
/// 股份有限公司).
fn subsidiary_after_group(full: &str) -> Option<&str> {
    if !full.ends_with("有限公司") {
        return None;
    }
    let (at, _) = full.match_indices("集团").find(|(at, _)| *at > 0)?;
    let subsidiary = &full[at + "集团".len()..];
    named_firm_core(strip_firm_suffix(subsidiary)).then_some(subsidiary)
}

/// 某县城投, 某省交投: a place and the kind of its state investment
/// company name that company, as a brand would.
fn place_and_state_kind(s: &str) -> bool {
    rules().state_investment_kinds.iter().any(|kind| {
        s.strip_suffix(*kind)
            .is_some_and(|place| is_place_word(place) || places_only(place))
    })
}

/// Does `s` contain an unknown word or a proper-noun-tagged word that is
/// not a place?
pub(super) fn has_brand_token(s: &str) -> bool {
    JIEBA.tag(s, true).iter().any(|t| {
        !is_place_word(t.word)
            && !SETS.generic.contains(t.word)
            && !rules().industry_words.contains(t.word)
            && !rules().technology_acronyms.contains(t.word)
            && (is_named_tag(t.tag) && !common_abbreviation(t) || !JIEBA.has_word(t.word))
    })
}

/// jieba tags common words as abbreviations or bodies (环保/j, 仓储/j):
/// frequent ones are no brand.
fn common_abbreviation(t: &jieba_rs::Tag) -> bool {
    matches!(t.tag, "j" | "nt") && common_in_dictionary(t.word)
}

/// Does a firm's name carry a brand (an unknown or proper word besides its
/// place, industry and suffix)? 青岚光电有限公司 does, 精密机械有限公司 not.
pub fn firm_has_brand(name: &str) -> bool {
    has_brand_token(&strip_place_prefix(strip_firm_suffix(name)))
}

pub(super) fn ends_with_industry(s: &str) -> bool {
    rules().industry_words.iter().any(|w| s.ends_with(w))
}

pub(super) fn generic_new_district(core: &str) -> bool {
    if rules().new_district_marks.iter().any(|m| core.contains(m)) {
        return false;
    }
    // 某市新城, 某省新区: a city's or province's new part of town, a place
    // of its own, not an industrial zone
    if city_or_province(core) {
        return true;
    }
    let body = strip_place_prefix(core);
    // 浦东新区: a national-level new area that is a district or
    // administers whole counties is a place; one run by a management
    // committee (某某新区 of national_new_areas.tsv's zones) is a park
    if rules().new_areas_that_are_places.contains(&body) {
        return true;
    }
    // a word jieba hardly ever saw is a place's (横琴/n, 5 times), not a
    // part of town (城东, 东部)
    let rare =
        JIEBA.has_word(&body) && JIEBA.suggest_freq(&body) < rules().thresholds.rare_word_freq;
    (body.chars().count() <= 2 && !has_proper_token(&body) && !rare)
        || rules()
            .new_district_generic_words
            .iter()
            .any(|w| body.contains(w))
}

/// 了某某新能源 → 某某新能源: function words before a name are not part
/// of it.
pub fn strip_function_head(name: &str) -> String {
    let mut s = name.trim().to_string();
    while let Some(c) = s.chars().next() {
        let rest: String = s.chars().skip(1).collect();
        if rest.chars().count() < 2 {
            break;
        }
        let strip = if rules().particle_heads.contains(&c) {
            true
        } else if rules().function_heads.contains(&c) {
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

pub(super) fn strip_level_before_place(name: &str) -> String {
    for level in &rules().level_prefixes {
        if let Some(rest) = name.strip_prefix(level) {
            let first = JIEBA.cut(rest, true);
            if first.first().is_some_and(|t| is_place_word(t.word)) {
                return rest.to_string();
            }
        }
    }
    name.to_string()
}

/// A firm's name never holds a dash: what precedes one describes the firm
/// after it (产业中的新锐——某省某某科技有限公司), when that has a name of
/// its own.
pub(super) fn firm_after_dash(name: &str) -> String {
    for dash in ["——", "—"] {
        if let Some(p) = name.rfind(dash) {
            let rest = &name[p + dash.len()..];
            let core = remove_brackets(strip_firm_suffix(rest));
            if rest.chars().count() >= 4 && named_firm_core(&core) {
                return rest.to_string();
            }
        }
    }
    name.to_string()
}

/// A park name after a dash is the name, whether a name of its own or its
/// industry opens it; what precedes the dash describes it (历史性时刻——
/// 中外(某市)产业合作园, 百亿产业集群——精密机械产业园), unless it is a
/// place the dash pairs with another (某地—某地科技园).
pub(super) fn park_after_dash(name: &str) -> String {
    for dash in ["——", "—"] {
        if let Some(p) = name.rfind(dash) {
            let rest = &name[p + dash.len()..];
            if dash == "—" && is_place_word(&name[..p]) {
                break;
            }
            if rest.chars().count() >= 4 {
                return rest.to_string();
            }
        }
    }
    name.to_string()
}
