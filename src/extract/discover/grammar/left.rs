//! The left edge of a name: how far left of its suffix a name reaches,
//! judged on jieba's tokens (strong words break, weak ones are crossed
//! only when a name follows), places at the edge and ordinals.

use super::*;

/// Finds the left edge of a name whose suffix starts at `hs`, and whether
/// the name starts right after a digit (a figure, not a name). Three
/// passes: the hard boundary (`window_start`), jieba's tokens walked
/// right to left (`walk_left`), then a verb jieba missed (`after_cut_verb`).
/// Returns None when no name precedes the suffix.
pub(super) fn find_left(cs: &[char], hs: usize, kind: Kind) -> Option<(usize, bool)> {
    let ws = window_start(cs, hs);
    let after_digit = ws > 0 && is_digit(cs[ws - 1]);
    if ws >= hs {
        return None;
    }
    let start = walk_left(cs, ws, hs, kind);
    if start >= hs {
        return None;
    }
    let start = place_across_edge(cs, start, ws);
    let start = after_date_day(cs, start, hs);
    let start = after_cut_verb(cs, start, hs, kind);
    let start = match kind {
        Kind::Firm if before_registered_suffix(cs, hs) => {
            after_township(cs, county_under_other_place(cs, start, hs), hs)
        }
        Kind::Park => after_township_before_a_name(cs, start, hs),
        _ => start,
    };
    let start = match kind {
        Kind::Firm => province_after_city(cs, start, hs),
        _ => start,
    };
    Some((start, after_digit && start == ws))
}

/// A registered name opens with a county or a larger place, never with a
/// township: in 某县某各庄镇某某动力科技有限公司 the firm is what follows
/// the township's 镇 (or 乡).
fn after_township(cs: &[char], start: usize, hs: usize) -> usize {
    const MIN_NAME_AFTER: usize = 4;
    township_end(cs, start, hs.saturating_sub(MIN_NAME_AFTER)).unwrap_or(start)
}

/// A zone named after its township holds it (某某镇工业园区); one with a
/// name of its own after the township (某县某某镇某省产业园区, 某某镇某某
/// (某地)创业园) lies there: the township is where it is, not its name.
fn after_township_before_a_name(cs: &[char], start: usize, hs: usize) -> usize {
    let name = chars_str(cs, start, hs);
    let places = super::lists::leading_place(&name).chars().count();
    // the township may open after any of the places before it: its own
    // name may be a county's elsewhere, and then reads as a second place
    (0..=places)
        .filter(|&p| p == 0 || p == places || is_place_word(&chars_str(cs, start, start + p)))
        .find_map(|p| {
            let end = township_end(cs, start + p, hs)?;
            let township = chars_str(cs, start + p, end - 1);
            let named_after = named_core(&chars_str(cs, end, hs));
            // with no place before it, a county's name is the county's
            // (镇海/ns opens no township)
            (named_after && (p > 0 || !is_place_word(&township))).then_some(end)
        })
        .unwrap_or(start)
}

/// Where a township's 镇 or 乡 at or after `start` and before `before`
/// ends: a name of two or three characters after `start` or a place's
/// suffix, then 镇 or 乡; a word jieba knows ending in 镇 (古镇, 城镇) is a
/// brand's, not a township.
pub(super) fn township_end(cs: &[char], start: usize, before: usize) -> Option<usize> {
    let mut opened = start;
    for p in start..before {
        if matches!(cs[p], '县' | '区' | '市' | '省') {
            opened = p + 1;
        }
        let township = matches!(cs[p], '镇' | '乡')
            && (2..=3).contains(&(p - opened))
            && !JIEBA.has_word(&chars_str(cs, p - 1, p + 1));
        if township {
            return Some(p + 1);
        }
    }
    None
}

/// A township's name alone (某某店镇, 某某乡), which jieba may not know as
/// a place.
pub(super) fn is_township(word: &str) -> bool {
    let cs: Vec<char> = word.chars().collect();
    township_end(&cs, 0, cs.len()) == Some(cs.len())
}

/// 某某与某某全国/n 重点/n 实验室: a key lab's level stands between its
/// field and 实验室; the field before it is the lab's name.
fn key_lab_level(cs: &[char], toks: &[Tok], k: usize, start: usize, hs: usize, kind: Kind) -> bool {
    kind == Kind::Platform
        && toks
            .get(k + 1)
            .is_some_and(|n| n.start == start && n.end == hs)
        && chars_str(cs, hs, cs.len().min(hs + 3)) == "实验室"
        && super::suffix::KEY_LAB_LEVELS
            .iter()
            .any(|l| l.strip_prefix(toks[k].word.as_str()) == Some(toks[k + 1].word.as_str()))
}

/// 环/v 某某湾/ns 创新中心: 环 makes a ring of the place that opens a
/// park's or platform's name (环某湾, 环某湖), the region it is of; jieba
/// reads it as a verb.
fn ring_around_place(toks: &[Tok], k: usize, start: usize, kind: Kind) -> bool {
    matches!(kind, Kind::Park | Kind::Platform)
        && toks[k].word == "环"
        && toks
            .get(k + 1)
            .is_some_and(|n| n.start == start && (n.tag == "ns" || is_place_word(&n.word)))
}

/// A date's day mark read into the name (13 日岚石/n 集团): a name does
/// not open with the 日 or 号 right after the day's figure.
fn after_date_day(cs: &[char], start: usize, hs: usize) -> usize {
    if start + 1 < hs && start > 0 && is_day_mark(cs[start - 1], cs[start]) {
        start + 1
    } else {
        start
    }
}

/// Is `mark` the 日 or 号 of a date, right after the day's figure?
pub(super) fn is_day_mark(figure: char, mark: char) -> bool {
    let is_figure = is_digit(figure) || "〇一二三四五六七八九十廿卅".contains(figure);
    is_figure && "日号".contains(mark)
}

/// A registered name's places go from the larger to the smaller (某省
/// 某市某县…): a county or prefecture written in full after anything but
/// one of its own parents (…工业集中区新建/ns 某某县某某有限公司, 某镇
/// 某某县…) opens the name, and what comes before it is the sentence's.
fn county_under_other_place(cs: &[char], start: usize, hs: usize) -> usize {
    let g = gazetteer();
    let toks = tag_window(cs, start, hs);
    for k in 1..toks.len() {
        // after a firm's own suffix, a place opens its branch (某某有限
        // 公司某某县分公司): part of the name
        if toks[k - 1].word.contains("公司") {
            break;
        }
        let here: Vec<usize> = g
            .lookup(&toks[k].word)
            .iter()
            .copied()
            .filter(|&i| {
                let p = &g.places[i];
                p.full == toks[k].word && matches!(p.level, Level::County | Level::Prefecture)
            })
            .collect();
        if here.is_empty() {
            continue;
        }
        let under_parent = g
            .lookup(&toks[k - 1].word)
            .iter()
            .any(|&parent| here.iter().any(|&i| g.ancestors(i).contains(&parent)));
        return if under_parent { start } else { toks[k].start };
    }
    start
}

/// A province written right after a prefecture or county (某市某省某某
/// 公司): places in a name go from the larger to the smaller, so the city
/// is where the firm is, and the name opens with the province.
fn province_after_city(cs: &[char], start: usize, hs: usize) -> usize {
    let g = gazetteer();
    let has_level = |w: &str, levels: &[Level], short_too: bool| {
        g.lookup(w).iter().any(|&i| {
            let p = &g.places[i];
            levels.contains(&p.level) && (p.full == w || short_too && p.short.as_deref() == Some(w))
        })
    };
    let toks = tag_window(cs, start, hs);
    for k in 1..toks.len() {
        if has_level(&toks[k].word, &[Level::Province], true)
            && has_level(
                &toks[k - 1].word,
                &[Level::Prefecture, Level::County],
                false,
            )
        {
            return toks[k].start;
        }
    }
    start
}

/// How far left a name may reach: to the first hard boundary (punctuation,
/// digits, space) within the window, across a bracketed place "(浙江)" or
/// group word "(集团)".
fn window_start(cs: &[char], hs: usize) -> usize {
    let lim = hs.saturating_sub(rules().thresholds.left_window_chars);
    let mut i = hs;
    while i > lim {
        let c = cs[i - 1];
        if c == ')' || c == '）' {
            let open = (i.saturating_sub(10).max(lim)..i - 1)
                .rev()
                .find(|&k| cs[k] == '(' || cs[k] == '（');
            if let Some(o) = open {
                let inner: String = cs[o + 1..i - 1].iter().collect();
                // 某省煤气(集团)有限责任公司: a group's word in brackets too
                let group = matches!(inner.as_str(), "集团" | "控股" | "股份");
                // 某某投资(中国)有限公司: a foreign firm's company in a country
                let country = SETS.countries.contains(inner.as_str());
                if (gazetteer().is_place(&inner)
                    || country
                    || group
                    || bracketed_word(cs, o, i, &inner)
                    || bracketed_part_of_place(cs, o, &inner))
                    && o > lim
                {
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
    i
}

/// 某某(国际)数智化产业园, 某某安全(应急)装备产业园: one common word in
/// brackets between two runs of a name's characters is part of the name,
/// and so is a place jieba knows that the gazetteer does not list
/// (某某(京西)人工智能科技园: an area of a city).
fn bracketed_word(cs: &[char], open: usize, close_end: usize, inner: &str) -> bool {
    let cjk = is_han;
    let between_names = open > 0 && cjk(cs[open - 1]) && cs.get(close_end).is_some_and(|&c| cjk(c));
    between_names
        && inner.chars().count() == 2
        && inner.chars().all(cjk)
        && JIEBA
            .tag(inner, false)
            .first()
            .is_some_and(|t| t.word == inner && matches!(t.tag, "n" | "vn" | "ns"))
}

/// 某市(某镇)某某产业园: a place jieba knows (ns) in brackets right after a
/// place of the gazetteer is the part of it that hosts the name, though the
/// gazetteer lists only counties and up.
fn bracketed_part_of_place(cs: &[char], open: usize, inner: &str) -> bool {
    let before: String = cs[open.saturating_sub(MAX_PLACE_CHARS)..open]
        .iter()
        .collect();
    let after_place = before
        .char_indices()
        .any(|(i, _)| before[i..].chars().count() >= 2 && gazetteer().is_place(&before[i..]));
    after_place
        && JIEBA
            .tag(inner, false)
            .first()
            .is_some_and(|t| t.word == inner && t.tag == "ns")
}

/// The longest place name `bracketed_part_of_place` looks for before a
/// bracket: an autonomous region's full name runs to eight characters.
const MAX_PLACE_CHARS: usize = 8;

/// Is `cs[start..hs]` (brackets removed) a name's core of this kind?
fn right_is_named(cs: &[char], start: usize, hs: usize, kind: Kind) -> bool {
    let core = chars_str(cs, start, hs);
    match kind {
        Kind::Firm => named_firm_core_bracketed(&core),
        _ => named_core(&remove_brackets(&core)),
    }
}

/// Walks jieba's tokens of `cs[ws..hs]` from the suffix leftwards and
/// returns where the name starts (`hs` when nothing is a name). Strong
/// words end it; weak ones (verbs, adverbs) are absorbed until the part to
/// their right is a name, after which only a registered place prefix may
/// still join (入驻北京某某科技 → 北京…).
fn walk_left(cs: &[char], ws: usize, hs: usize, kind: Kind) -> usize {
    let toks = tag_window(cs, ws, hs);
    let mut start = hs;
    let mut weak_stop = false;
    let mut in_brand_before_bracket = false;
    for k in (0..toks.len()).rev() {
        let t = &toks[k];
        // a token a rule took with the one after it (某省千/m 和/c 建材
        // 科技有限公司: the split brand) is inside the name already
        if start < hs && t.start >= start {
            continue;
        }
        if start < hs && inner_name_ends(cs, t, start, ws, hs, kind) {
            break;
        }
        if matches!(kind, Kind::Park | Kind::Platform) && verb_after_a_name(cs, &toks, k) {
            break;
        }
        if start < hs && preposition_glued_before_place(&toks, k, start) {
            return t.end;
        }
        // a common verb before an organisation jieba knows (服务/vn
        // 某某汽车/nt 公司) or before a place (消化/vn 某地/ns 公司) takes it
        // as object: the name opens after it, as names open with places
        // (a verb of one character may open the name: 环/v 某湾/ns 创新中心;
        // a registered name may open with a verb for its brand: 振兴/v 某某
        // 有限公司)
        let verb_takes_name = matches!(t.tag.as_str(), "v" | "vn")
            && common_in_dictionary(&t.word)
            && toks.get(k + 1).is_some_and(|n| {
                let place = t.word.chars().count() >= 2
                    && (n.tag == "ns" || is_place_word(&n.word))
                    && !before_registered_suffix(cs, hs);
                n.start == start && (n.tag == "nt" || place)
            });
        if start < hs && verb_takes_name {
            break;
        }
        // a grade by size (千/m 万吨级/b 某某产业园, 百亿级) ranks what it
        // precedes; a grade by level (省级) may be in a name
        let size_grade = t.word.ends_with('级')
            && t.word
                .chars()
                .any(|c| "十百千万亿".contains(c) || c.is_ascii_digit());
        if start < hs && (size_grade || rank_in_a_league(cs, t, ws)) {
            break;
        }
        // 500强某某/nr: jieba's HMM glued the rank's 强 to the brand
        let rank_glued = right_after_figure(cs, t, ws)
            && t.word.starts_with('强')
            && t.word.chars().count() >= 3
            && !JIEBA.has_word(&t.word);
        if rank_glued {
            return t.start + 1;
        }
        let locative_in_name = locative_opens_township(&toks, k, start)
            || locative_opens_clause(cs, &toks, k, start)
            || china_and(&toks, k, start);
        if start < hs && locative_in_name {
            start = t.start;
            continue;
        }
        if start < hs && key_lab_level(cs, &toks, k, start, hs, kind) {
            start = t.start;
            continue;
        }
        if start < hs && ring_around_place(&toks, k, start, kind) {
            start = t.start;
            continue;
        }
        if start < hs && (ordinal_after_place(&toks, k) || numeral_opens_place(&toks, k, start)) {
            start = t.start;
            continue;
        }
        if kind == Kind::Firm && he_opens_brand(&toks, k) && before_registered_suffix(cs, hs) {
            start = t.start;
            continue;
        }
        if kind == Kind::Firm
            && start < hs
            && he_inside_brand(&toks, k, start)
            && before_registered_suffix(cs, hs)
        {
            start = toks[k - 2].start;
            continue;
        }
        if kind == Kind::Firm && numeral_brand_before_suffix(cs, t, hs) {
            // jieba's HMM may glue a preposition to it (由四一/m)
            if glued_preposition(cs, &toks, k) {
                return t.start + 1;
            }
            start = t.start;
            continue;
        }
        if kind == Kind::Firm && numeral_brand_after_place(cs, &toks, k, start, hs) {
            start = t.start;
            continue;
        }
        // a function word jieba's HMM made up right after a place is a
        // brand (某省华自/p 控股有限公司), not a preposition
        if kind == Kind::Firm
            && matches!(t.tag.as_str(), "p" | "c" | "d" | "r")
            && made_up_after_place(&toks, k)
        {
            start = t.start;
            continue;
        }
        if kind == Kind::Park && start == hs && measure_closes_place(&toks, k) {
            return toks[k - 1].start;
        }
        if kind == Kind::Firm && start < hs && measure_opens_brand(cs, &toks, k, start, hs) {
            start = t.start;
            continue;
        }
        if kind == Kind::Firm && start < hs && split_brand_after_place(cs, &toks, k, hs) {
            start = toks[k - 1].start;
            continue;
        }
        // 某某集团实业有限公司: a group's name goes on over its trade, and
        // over its subsidiary's registered name (某某集团某某有限公司 is
        // one registered name: nothing stands between the two)
        let group_in_name = kind == Kind::Firm
            && t.word == "集团"
            && start < hs
            && (!right_is_named(cs, start, hs, kind) || before_registered_suffix(cs, hs));
        // a set phrase before a registered suffix, or before trade words
        // that name nothing yet, is the trade (某某再生资源/l 有限公司,
        // 某某自动化/l 设备有限公司), not an idiom that ends the name
        // …and a product jieba knows as a set phrase right before a
        // project (某某科技新能源有轨电车/l 项目) is what the project makes
        let phrase_as_trade = kind == Kind::Firm
            && t.tag == "l"
            && (before_registered_suffix(cs, hs)
                && (start == hs || !right_is_named(cs, start, hs, kind))
                || start == hs && chars_str(cs, hs, cs.len().min(hs + 2)) == "项目");
        // 某地技术创新/l 研究院: a set phrase right before a platform's
        // suffix is its field, not an idiom that ends the name
        // after a place it is the place's zone or field (某省自由贸易/l 港…
        // 研究院), as an idiom opening a clause would not be
        let phrase_as_field = kind == Kind::Platform
            && t.tag == "l"
            && (start == hs || k > 0 && is_place_word(&toks[k - 1].word));
        // 某区无人机/l 科技产业园: a trade jieba knows as a set phrase is
        // the park's field, not an idiom that ends its name
        let trade_as_field =
            kind == Kind::Park && t.tag == "l" && rules().industry_words.contains(t.word.as_str());
        // 某某企业管理咨询有限公司: 企业 before a trade of firms' affairs
        let enterprise_trade = kind == Kind::Firm
            && (t.word == "企业" || t.word == "中小企业")
            && before_registered_suffix(cs, hs)
            && toks
                .get(k + 1)
                .is_some_and(|n| rules().enterprise_trades.contains(n.word.as_str()));
        // 某某公路规划设计院有限公司: 规划 before 设计 in a registered name is
        // the trade of planning and design, no plan that ends the name
        let planning_trade = kind == Kind::Firm
            && t.word == "规划"
            && before_registered_suffix(cs, hs)
            && toks.get(k + 1).is_some_and(|n| n.word.starts_with("设计"));
        if kind == Kind::Firm && (person_after_title(&toks, k) || party_role(&toks, k))
            || complement_of_verb(&toks, k)
            || carrier_after_firm_role(&toks, k, start, kind)
            || kind == Kind::Firm && former_mark_before_place(&toks, k)
        {
            break;
        }
        // 某某新材料与某某化工产业园, 某某汽车及零部件产业园: 与 (及, 和)
        // between two industries joins the fields of one park
        let joins_fields = kind == Kind::Park
            && matches!(t.word.as_str(), "与" | "及" | "和")
            && k > 0
            && (rules().industry_words.contains(toks[k - 1].word.as_str())
                || ends_in_industry(&cs[toks[k - 1].start..toks[k - 1].end]))
            && toks
                .get(k + 1)
                .is_some_and(|n| n.start == start && ends_in_industry(&cs[start..hs]));
        let joins_study_fields =
            kind == Kind::Platform && start < hs && joins_fields_of_study(&toks, k);
        // 某某/v (某地) 某某有限公司: a name never opens with a bracket,
        // so a word right before a bracketed place inside it is the
        // brand's: a verb jieba reads in it, or a word it made up
        let brand_before_bracket = kind == Kind::Firm
            && start < hs
            && (is_weak(t) || !JIEBA.has_word(&t.word) || single_brand_char(t))
            && bracket_between(cs, t.end, start)
            && !glued_preposition(cs, &toks, k);
        // …and the single characters before it (某/q 某/e (某省) 食品有限
        // 公司): jieba's reading of a coined brand as measures or
        // interjections says nothing of where the name starts
        let brand_run_before_bracket = kind == Kind::Firm
            && start < hs
            && single_brand_char(t)
            && in_brand_before_bracket
            && !glued_preposition(cs, &toks, k);
        // 某某集团(某地)有限公司: the group's company in a place is one
        // registered name, the group's included
        let group_before_bracket =
            kind == Kind::Firm && start == hs && t.word == "集团" && bracket_between(cs, t.end, hs);
        if brand_before_bracket || brand_run_before_bracket || group_before_bracket {
            start = t.start;
            in_brand_before_bracket = true;
            continue;
        }
        in_brand_before_bracket = false;
        if is_strong(t, kind)
            && !joins_study_fields
            && !phrase_as_trade
            && !phrase_as_field
            && !trade_as_field
            && !enterprise_trade
            && !planning_trade
            && !joins_fields
            && !is_head_word(&toks, k, kind)
            && !idiom_brand(cs, t, start, hs, kind)
            && !group_in_name
        {
            break;
        }
        if weak_stop {
            if is_place_word(&t.word) {
                return registered_place_start(&toks, k);
            }
            // another zone's or firm's name before the pause (某某开发区
            // 化工园区被评/v 定为/v 省…) keeps its place to itself
            if is_head_suffix_word(&t.word) {
                break;
            }
            continue;
        }
        // a word jieba reads as a time before the place that opens the
        // name (前往/t 某省某某有限公司, 带领下来/t 某县经济开发区) is no part
        // of it; before a zone's place, no common word is (代表/n 某县经济
        // 开发区)
        let place_opens = toks
            .get(k + 1)
            .is_some_and(|n| n.start == start && is_place_word(&n.word));
        let time_word = t.tag == "t" && JIEBA.has_word(&t.word);
        // (nor is a rarer word jieba knows, 航拍/n 某地开发区, unless it
        // is a place too: 某湾/ns 某县经开区), also where the zone opens a
        // longer park's name (…开发区智能制造产业园)
        let known_word = common_in_dictionary(&t.word) || JIEBA.has_word(&t.word) && t.tag != "ns";
        let common_before_zone = kind == Kind::Park
            && (start..=hs).any(|i| opens_zone_suffix(cs, i))
            && known_word
            && !is_named_tag(&t.tag)
            && !is_place_word(&t.word);
        // a common word of description before the place that opens a
        // registered name or a park's is no part of it (所属/b 某市某某有限
        // 公司, 园区现有/b 某市综合保税区)
        let described_opening = matches!(t.tag.as_str(), "b" | "a" | "ad" | "d" | "v" | "vn")
            && common_in_dictionary(&t.word)
            && (kind == Kind::Firm && before_registered_suffix(cs, hs) || kind == Kind::Park);
        // a verb before the place that opens a park's name introduces it
        // (宣传/vn 某地工业园区, 打响/vn 某地工业园区建设的第一枪): any verb
        // the dictionary knows, but the rare ones that may be coined names
        // and a trade a firm's name ends in (某船重工/vn 某地科技园)
        let verb_before_park = matches!(kind, Kind::Park | Kind::Platform)
            && matches!(t.tag.as_str(), "v" | "vn")
            && !is_firm_head(&t.word)
            && JIEBA.has_word(&t.word)
            && JIEBA.suggest_freq(&t.word) >= rules().thresholds.rare_word_freq;
        // 积极/ad 助推/vn 某某小镇: a verb right after an adverb is the
        // clause's predicate, whatever opens the name after it
        let verb_after_adverb = matches!(kind, Kind::Park | Kind::Platform)
            && start < hs
            && matches!(t.tag.as_str(), "v" | "vn")
            && k > 0
            && matches!(toks[k - 1].tag.as_str(), "d" | "ad")
            && JIEBA.has_word(&toks[k - 1].word)
            && JIEBA.has_word(&t.word)
            && JIEBA.suggest_freq(&t.word) >= rules().thresholds.rare_word_freq;
        // 该区新建光伏产业园: a verb of building takes the park it
        // builds as object
        let builds_park = kind == Kind::Park
            && start < hs
            && t.tag == "v"
            && rules().project_activity_words.contains(t.word.as_str());
        if verb_after_adverb || builds_park {
            break;
        }
        if place_opens
            && (time_word && matches!(kind, Kind::Firm | Kind::Park)
                || common_before_zone
                || verb_before_park
                || described_opening)
        {
            break;
        }
        // a doubled character is one word (盼盼食品: jieba cut 盼/盼)
        if start < hs && t.end == start && t.end - t.start == 1 && cs[t.start] == cs[start] {
            start = t.start;
            continue;
        }
        if glued_preposition(cs, &toks, k) {
            return toks[k].start + 1;
        }
        if kind == Kind::Firm && t.word == "中" && t.start == ws || state_short_name(&toks, k) {
            // 中 opening a clause opens a state firm's short name (中化学,
            // 中核), not a position (…中)
            start = t.start;
            continue;
        }
        // a verb jieba made up right after a place is a brand (某省汇能…
        // 有限公司), not a verb that introduces the name; so is a verb it
        // has hardly ever seen, before a registered suffix (某市某某/v 面业
        // 有限公司)
        let rare_verb_after_place = is_weak(t)
            && k > 0
            && is_place_word(&toks[k - 1].word)
            && t.word.chars().count() >= 2
            && JIEBA.suggest_freq(&t.word) < rules().thresholds.rare_word_freq
            && before_registered_suffix(cs, hs);
        // a verb jieba made up opening the clause before a registered
        // name (，某和某/v 维生素/nr 有限公司) is the brand's start: a verb
        // that introduces a name is one jieba knows
        let made_up_opening = t.start == ws
            && t.word.chars().count() >= 2
            && !JIEBA.has_word(&t.word)
            && before_registered_suffix(cs, hs);
        if kind == Kind::Firm && is_weak(t) && made_up_after_place(&toks, k)
            || kind == Kind::Firm && start < hs && rare_verb_after_place
            || kind == Kind::Firm && start < hs && is_weak(t) && made_up_opening
        {
            start = t.start;
            continue;
        }
        // a direction word jieba made up (not in its dictionary) is a
        // name's characters, not a direction
        let guessed_direction = t.tag == "f" && !JIEBA.has_word(&t.word);
        // a compass word opens a school's name (南方/f 科技大学, 西北/f
        // 某某学院), as universities are named by their part of the country
        let compass_school = t.tag == "f"
            && t.word.chars().all(|c| "东南西北中方华".contains(c))
            && start < hs
            && toks[k + 1..]
                .iter()
                .any(|n| n.word.ends_with("大学") || n.word.ends_with("学院"));
        if compass_school || compass_after_a_boundary(&toks, k, start, hs, kind) {
            start = t.start;
            continue;
        }
        // a zone's bare suffix after a common verb or adjective is the zone
        // the text speaks of (加速壮大/a 开发区), not a zone named by it;
        // after a place or a name it is the name's (某某族自治/vn 经济开发区),
        // and so is a place jieba reads as a verb (某口/vn 高新区)
        if kind == Kind::Park
            && start == hs
            && matches!(t.tag.as_str(), "v" | "vn" | "vd" | "a" | "ad" | "d")
            && common_in_dictionary(&t.word)
            && !is_place_word(&t.word)
            && opens_zone_suffix(cs, hs)
            && !(k > 0 && (is_place_word(&toks[k - 1].word) || is_named_tag(&toks[k - 1].tag)))
        {
            break;
        }
        // a common verb right after another park's name is its predicate
        // (某某工业园纳入/v 省级产业园): the names do not run together; a
        // rare one is the next park's own (某某高新区还乡/v 创业园)
        let after_a_park = k > 0
            && rules()
                .park_suffixes
                .iter()
                .any(|x| x.chars().count() >= 2 && toks[k - 1].word.ends_with(x));
        if kind == Kind::Park
            && matches!(t.tag.as_str(), "v" | "vd")
            && common_in_dictionary(&t.word)
            && after_a_park
        {
            break;
        }
        // 与奋进/v 某某新材料有限公司: right after 与 the object starts,
        // a verb of its own included (a verb that cuts names stays out)
        let object_opening = kind == Kind::Firm
            && k > 0
            && matches!(toks[k - 1].word.as_str(), "与" | "同" | "跟")
            && matches!(t.tag.as_str(), "v" | "vd")
            && t.end - t.start == 2
            && !rules().cut_verbs.contains(t.word.as_str())
            && registered_suffix_at(cs, hs);
        if object_opening {
            start = t.start;
            break;
        }
        // 某地将建/v 高端产业园区: jieba glued an adverb of time to the
        // verb; what will be built is no name's. 一是/v 研发中心: an
        // ordinal glued to the copula opens a point of a list
        let made_up_pair = is_weak(t) && t.word.chars().count() == 2 && !JIEBA.has_word(&t.word);
        let will_build = made_up_pair && t.word.starts_with(['将', '拟']);
        let point_of_list = made_up_pair
            && t.word.ends_with('是')
            && t.word
                .starts_with(|c: char| "一二三四五六七八九十".contains(c));
        if will_build || point_of_list {
            break;
        }
        // a verb jieba made up (智映/v, not in its dictionary) is a coined
        // brand's characters, not a verb that introduces the name; one
        // made of an ordinal and the copula (二是/v) opens a point of a list
        let coined_verb = matches!(t.tag.as_str(), "v" | "vd" | "vn")
            && t.word.chars().count() == 2
            && t.word.chars().all(is_han)
            && !JIEBA.has_word(&t.word)
            && !t.word.ends_with(['是', '为', '在', '要']);
        if coined_verb {
            start = t.start;
            continue;
        }
        // 某某卫星创新/v 应用/v 研究院: two verbs in a row before a
        // platform's suffix are its field, as one is
        let field_of_verbs = kind == Kind::Platform
            && t.tag == "v"
            && t.end - t.start == 2
            && toks
                .get(k + 1)
                .is_some_and(|n| n.start == start && n.tag == "v" && n.end == hs);
        if field_of_verbs {
            start = t.start;
            continue;
        }
        // 某某门窗节能/v 技术某省工程实验室: a trade jieba reads as a
        // verb is a platform's field, as a noun would be
        let trade_verb_as_field = kind == Kind::Platform
            && start < hs
            && rules().industry_words.contains(t.word.as_str());
        if trade_verb_as_field {
            start = t.start;
            continue;
        }
        // 某某产业/n 创新/v 发展/vn 研究院: a verb that describes a field
        // (generic_modifiers.tsv), after a noun and inside the name, is the
        // platform's field, not the verb that introduces it
        let field_verb_after_noun = kind == Kind::Platform
            && start < hs
            && matches!(t.tag.as_str(), "v" | "vn")
            && rules().generic_modifiers.contains(t.word.as_str())
            && k > 0
            && toks[k - 1].tag == "n";
        if field_verb_after_noun {
            start = t.start;
            continue;
        }
        if is_weak(t) && !is_place_word(&t.word) && !guessed_direction {
            match weak_token(cs, t, start, hs, kind) {
                Weak::Absorb => start = t.start,
                Weak::End => {
                    return registered_name_start(cs, &toks, k, hs).unwrap_or(start);
                }
                Weak::Pause => {
                    if kind == Kind::Firm && brand_opens_clause_before_field(cs, &toks, k, hs) {
                        return toks[0].start;
                    }
                    weak_stop = true
                }
            }
            continue;
        }
        if glued_preposition(cs, &toks, k) {
            return toks[k].start + 1;
        }
        start = t.start;
    }
    start
}

/// One character that is no function word (a preposition, a conjunction,
/// a particle, a pronoun), no figure nor a stop: a coined brand's, when a
/// bracketed place follows the run it is in.
fn single_brand_char(t: &Tok) -> bool {
    t.end - t.start == 1
        && !matches!(t.tag.as_str(), "p" | "c" | "r" | "x" | "m")
        && !t.tag.starts_with('u')
        && t.word.chars().all(is_han)
}

/// Do `cs[end..start]` hold a bracketed word and nothing else (the gap
/// `tag_window` left between two tokens)?
fn bracket_between(cs: &[char], end: usize, start: usize) -> bool {
    start > end + 2 && matches!(cs[end], '(' | '（') && matches!(cs[start - 1], ')' | '）')
}

/// A one-character verb right after the suffix of a name or a township
/// (某某中心建/v 某产业园) introduces the next name: it is no name's
/// character, as such verbs are where jieba cut a name it did not know.
/// jieba's HMM may glue the verb to the township's suffix (某店/n 镇建/ns
/// 某某创新中心): a word it made up of 镇 or 乡 and a verb is that verb.
fn verb_after_a_name(cs: &[char], toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let word: Vec<char> = t.word.chars().collect();
    let is_verb = |c: char| {
        JIEBA
            .tag(&c.to_string(), false)
            .first()
            .is_some_and(|t| t.tag == "v")
    };
    let glued = word.len() == 2
        && matches!(word[0], '镇' | '乡')
        && is_verb(word[1])
        && !JIEBA.has_word(&t.word);
    if glued {
        return true;
    }
    if !(word.len() == 1 && t.tag == "v" && k > 0) {
        return false;
    }
    let r = rules();
    let before = chars_str(cs, t.start.saturating_sub(8), t.start);
    let ends_a_name = ['镇', '乡'].iter().any(|&c| before.ends_with(c))
        || ["公司", "集团", "中心"].iter().any(|x| before.ends_with(x))
        || r.platform_suffixes
            .iter()
            .chain(r.park_suffixes.iter())
            .chain(r.institution_suffixes.iter())
            .any(|x| x.chars().count() >= 2 && before.ends_with(x));
    ends_a_name
}

/// Is token `k` a word of two or more characters that jieba does not know
/// (its HMM made it up), right after a place?
fn made_up_after_place(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    !JIEBA.has_word(&t.word)
        && t.word.chars().count() >= 2
        && k > 0
        && is_place_word(&toks[k - 1].word)
}

/// 对台/q 玻/n 光伏玻璃有限公司: a measure word with no figure before it,
/// right after a preposition (or opening the window) and before one more
/// character, is a registered name's first brand character.
fn measure_opens_brand(cs: &[char], toks: &[Tok], k: usize, start: usize, hs: usize) -> bool {
    let t = &toks[k];
    let single = |t: &Tok| t.end - t.start == 1;
    t.tag == "q"
        && single(t)
        && toks
            .get(k + 1)
            .is_some_and(|n| n.start == start && single(n))
        && (k == 0 || toks[k - 1].tag == "p")
        && before_registered_suffix(cs, hs)
}

/// 和府/nr 场/q 开发区: a measure word right before a zone's suffix, after
/// one character that follows a conjunction, a preposition or the window's
/// start, is the second character of the place that names the zone (no
/// figure precedes it, so it counts nothing). So is one that closes a
/// township's name with the word before it (某家/nrfg 场/q 工业园 of
/// 某家场镇).
fn measure_closes_place(toks: &[Tok], k: usize) -> bool {
    let single = |t: &Tok| t.end - t.start == 1;
    let t = &toks[k];
    if k == 0 || t.tag != "q" || !single(t) {
        return false;
    }
    let prev = &toks[k - 1];
    let closes_township =
        || crate::extract::gazetteer::is_township_stem(&format!("{}{}", prev.word, t.word));
    let after_one_character = single(prev)
        && !matches!(prev.tag.as_str(), "m" | "p" | "c" | "r" | "u" | "uj" | "x")
        && (k == 1 || matches!(toks[k - 2].tag.as_str(), "c" | "p" | "x"));
    after_one_character || closes_township()
}

/// Is the suffix at `hs` registered (有限公司, 股份有限公司)?
fn registered_suffix_at(cs: &[char], hs: usize) -> bool {
    before_registered_suffix(cs, hs) || chars_str(cs, hs, cs.len().min(hs + 4)) == "股份有限"
}

/// Does a registered suffix (有限公司, 有限责任公司) start at `hs`?
fn before_registered_suffix(cs: &[char], hs: usize) -> bool {
    chars_str(cs, hs, cs.len().min(hs + 2)) == "有限"
}

/// Does a registered suffix or a cooperative's legal kind (某某专业合作社,
/// registered as a company's name is) start at `hs`?
fn before_legal_kind(cs: &[char], hs: usize) -> bool {
    let rest = chars_str(cs, hs, cs.len().min(hs + 7));
    before_registered_suffix(cs, hs)
        || rules()
            .firm_suffixes
            .iter()
            .any(|x| x.ends_with("合作社") && rest.starts_with(x))
}

/// 某省和/c 某某/v 材料科技有限公司: 和 between a place and a word jieba
/// made up is the brand's first character, not a conjunction. True for
/// both the 和 and the made-up word.
fn he_opens_brand(toks: &[Tok], k: usize) -> bool {
    let made_up = |t: &Tok| !JIEBA.has_word(&t.word);
    let at_he = |h: usize| {
        h > 0
            && toks[h].word == "和"
            && is_place_word(&toks[h - 1].word)
            && toks
                .get(h + 1)
                .is_some_and(|n| n.start == toks[h].end && made_up(n))
    };
    at_he(k) || k > 0 && at_he(k - 1)
}

/// 世界500强某某公司, 中国百强某某集团: a rank in a league (a figure,
/// then 强) describes the firm after it; it is not the name's first
/// character.
fn rank_in_a_league(cs: &[char], t: &Tok, ws: usize) -> bool {
    let after_figure = t.word == "强" && right_after_figure(cs, t, ws);
    let ranked = t.word.chars().count() == 2
        && t.word.ends_with('强')
        && t.word.chars().next().is_some_and(|c| "十百千".contains(c));
    after_figure || ranked
}

/// Does token `t` open the window right after a figure (500强)?
fn right_after_figure(cs: &[char], t: &Tok, ws: usize) -> bool {
    t.start == ws && ws > 0 && is_digit(cs[ws - 1])
}

/// 某省岚德天/q 和/c 管业科技有限公司: jieba's HMM made up a word right
/// after a place and read the brand's last character as a conjunction.
/// The trade after it has no brand of its own, so the 和 is the brand's.
fn he_inside_brand(toks: &[Tok], k: usize, start: usize) -> bool {
    let t = &toks[k];
    k >= 2
        && t.word == "和"
        && toks[k - 1].end == t.start
        && !JIEBA.has_word(&toks[k - 1].word)
        && toks[k - 1].word.chars().count() >= 2
        && is_place_word(&toks[k - 2].word)
        && toks
            .get(k + 1)
            .is_some_and(|n| n.start == start && is_trade_word(&n.word))
}

/// A measure or numeral word right after a place is a brand's, not a
/// count: one character (某省米某某食品: 米/q), a word jieba made up
/// (某市某万/m 集成电路有限公司) or a numeral word before a registered
/// suffix (某省三元/m 新材料有限公司). A count of firms (一家) is none.
/// In a park's name such a word is a part of the place (某江某某段).
fn numeral_brand_after_place(cs: &[char], toks: &[Tok], k: usize, start: usize, hs: usize) -> bool {
    let t = &toks[k];
    let len = t.end - t.start;
    let counts_firms = t
        .word
        .ends_with(['家', '个', '批', '些', '位', '名', '所', '座']);
    matches!(t.tag.as_str(), "q" | "m")
        && !t.word.chars().all(|c| c.is_ascii_digit())
        && start < hs
        && k > 0
        && (is_place_word(&toks[k - 1].word) || is_township(&toks[k - 1].word))
        && (len == 1
            || len == 2 && !counts_firms && (!JIEBA.has_word(&t.word) || before_legal_kind(cs, hs)))
}

/// A figure jieba made up of numerals only (四一/m, 由四一/m with a glued
/// preposition) before a registered suffix is a brand: a count would
/// need a measure word (三家公司).
fn numeral_brand_before_suffix(cs: &[char], t: &Tok, hs: usize) -> bool {
    let numerals = t.word.trim_start_matches(|c| is_glued_preposition(c, true));
    coined_figure(numerals, &t.tag)
        && (registered_suffix_at(cs, hs) || chars_str(cs, hs, cs.len().min(hs + 4)) == "集团有限")
}

/// A registered name's brand of two characters that jieba split into
/// single-character words (某省千/m 和/c 建材科技有限公司): between a place
/// and the trade, before a registered suffix (股份有限公司 too), they are
/// one brand, not a figure and a conjunction.
fn split_brand_after_place(cs: &[char], toks: &[Tok], k: usize, hs: usize) -> bool {
    let single = |t: &Tok| t.end - t.start == 1 && is_han(cs[t.start]);
    k >= 2
        && single(&toks[k])
        && single(&toks[k - 1])
        && is_place_word(&toks[k - 2].word)
        && (registered_suffix_at(cs, hs) || trade_before_company(cs, &toks[k + 1..], hs))
}

/// Is the rest of the name only trade words before a bare 公司 (某省中/f
/// 天/q 农业科技公司)? Place, brand, trade and 公司 make a registered name
/// as 有限公司 does.
fn trade_before_company(cs: &[char], rest: &[Tok], hs: usize) -> bool {
    let trade = |t: &Tok| is_trade_word(&t.word);
    chars_str(cs, hs, cs.len().min(hs + 2)) == "公司"
        && !rest.is_empty()
        && rest.iter().all(|t| t.end <= hs && trade(t))
}

/// jieba's HMM may glue a preposition to the name after it (由某某投资,
/// 据某某控股, 在某某开发区): a word jieba does not know that opens with
/// one, and has a name's two characters after it, starts one character on.
/// So does such a word of two characters when a name's or a place's word
/// follows it (由赛/nr 伯乐/nr 投资集团, 即城/n 东南/ns 综合产业园: the
/// name's first character went to the preposition).
fn glued_preposition(cs: &[char], toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    // 和 opens many names, but right after another organisation's name
    // (某某集团和某某集团) it joins two
    let joins_names = || {
        k > 0 && {
            let prev = &toks[k - 1].word;
            ends_org_name(prev)
                || rules()
                    .firm_suffixes
                    .iter()
                    .any(|x| x.chars().count() >= 2 && prev.ends_with(x))
        }
    };
    // 有 opens many names too, but after a pronoun, a place word or an
    // adverb (这里有, 园区内有, 还有) it is the verb of a list of names
    let verb_of_having = || {
        k > 0 && toks[k - 1].end == t.start && matches!(toks[k - 1].tag.as_str(), "r" | "f" | "d")
    };
    // after 了 (形成了以某某集团为龙头) 以 opens a phrase as it opens a clause
    let opens_clause = t.start == 0 || is_hard(cs[t.start - 1]) || cs[t.start - 1] == '了';
    // 某地以某某小镇为龙头: after its subject, 以 closed by the frame's 为
    let opens_clause = opens_clause
        || t.word.starts_with('以') && toks.last().is_some_and(|l| frame_of_yi_after(cs, l.end));
    // 外 after a distance (5公里外某某公司) says where, it opens no name
    let beyond_distance = || {
        k > 0
            && toks[k - 1].end == t.start
            && matches!(toks[k - 1].word.as_str(), "公里" | "千米" | "米" | "里")
    };
    let opens = |c| {
        is_glued_preposition(c, opens_clause)
            || (c == '和' && joins_names())
            || (c == '有' && verb_of_having())
            || (c == '外' && beyond_distance())
    };
    if glued_opener(&t.word, opens) {
        return true;
    }
    // a word jieba hardly ever saw (由宝/nr 利源/n 农产品购销有限公司)
    // is a name's as much as one it does not know
    let name_follows = toks.get(k + 1).is_some_and(|n| {
        n.start == t.end
            && (is_named_tag(&n.tag)
                || n.tag == "ns"
                || !JIEBA.has_word(&n.word)
                || JIEBA.suggest_freq(&n.word) < rules().thresholds.rare_word_freq)
    });
    t.word.chars().count() == 2
        && t.word.chars().next().is_some_and(opens)
        && !JIEBA.has_word(&t.word)
        && name_follows
}

/// jieba's HMM may glue a preposition to the person or word before it
/// (某某在/nr 某县某某工业园区): a word it does not know that ends in one
/// (`glued_prepositions`) right before the place opening the name ends
/// there, and the name opens after it.
fn preposition_glued_before_place(toks: &[Tok], k: usize, start: usize) -> bool {
    let t = &toks[k];
    t.word.chars().count() >= 3
        && t.word
            .chars()
            .last()
            .is_some_and(|c| rules().glued_prepositions.contains(&c))
        && !JIEBA.has_word(&t.word)
        && toks
            .get(k + 1)
            .is_some_and(|n| n.start == start && n.start == t.end && is_place_word(&n.word))
}

/// Is `word` one jieba does not know, made of an opening character that
/// `opens` accepts glued to two or more characters of a name?
/// A preposition jieba's HMM glues to the name after it
/// (`glued_prepositions.tsv`); 以 and 如 too where they open a clause:
/// they open few names, and there they are the preposition of 以某某为龙头
/// or the 如 of an example (…龙头企业,如某某集团、某某集团), and 但 the
/// conjunction of a contrast (…增速放缓,但某某工业园…).
/// Does the frame 以…为龙头 (为主, 为核心, 为引领, 为载体…) close within a
/// name's suffix after `from`?
fn frame_of_yi_after(cs: &[char], from: usize) -> bool {
    const REACH: usize = 8;
    const HEADS: [&str; 8] = ["龙头", "主", "核心", "引领", "载体", "主体", "支撑", "抓手"];
    let after = chars_str(cs, from, cs.len().min(from + REACH + 2));
    after.char_indices().take(REACH).any(|(i, c)| {
        c == '为'
            && HEADS
                .iter()
                .any(|h| after[i + c.len_utf8()..].starts_with(h))
    })
}

pub(super) fn is_glued_preposition(c: char, opens_clause: bool) -> bool {
    rules().glued_prepositions.contains(&c) || (matches!(c, '以' | '如' | '但') && opens_clause)
}

pub(super) fn glued_opener(word: &str, opens: impl Fn(char) -> bool) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(opens) && chars.count() >= 2 && !JIEBA.has_word(word)
}

/// A park or platform name ending inside a firm candidate, or a verb that
/// introduces a name (迎来, 引进, 签约…), ends the name when the part to
/// its right already is one; so does a park inside a park's name (某某经开区
/// 某某工业园).
fn inner_name_ends(cs: &[char], t: &Tok, start: usize, ws: usize, hs: usize, kind: Kind) -> bool {
    if matches!(kind, Kind::Park | Kind::Platform) && firm_before_place(cs, t, start, hs) {
        return true;
    }
    // 某某科贸有限公司电子商务产业园: a registered name ends before the
    // park or platform it runs
    if matches!(kind, Kind::Park | Kind::Platform) && start < hs && t.word.ends_with("有限公司")
    {
        return true;
    }
    // 某省产业援疆项目某地现代农业科技产业园: a project's name ends before a park's
    if matches!(kind, Kind::Park | Kind::Platform)
        && t.word.ends_with("项目")
        && named_core(&remove_brackets(&chars_str(cs, start, hs)))
    {
        return true;
    }
    // 国家级孵化器某某科创中心: the kind a designation names ends before
    // the platform's own name
    if kind == Kind::Platform
        && platform_kind_ends_at(cs, t.end)
        && named_core(&remove_brackets(&chars_str(cs, start, hs)))
    {
        return true;
    }
    if kind == Kind::Park
        && park_suffix_ends_at(cs, t.end)
        && (named_core(&remove_brackets(&chars_str(cs, start, hs)))
            || designation_before_bare_yuanqu(cs, start, hs))
        && t.end - ws >= 4
    {
        return true;
    }
    kind == Kind::Firm
        && (ends_org_name(&t.word) || is_intro_verb(t))
        && named_firm_core_bracketed(&chars_str(cs, start, hs))
}

/// 某某开发区零碳园区, 某某园区智慧园区: modifiers that name no park
/// (generic_modifiers.tsv) between a park and a bare 园区 make a
/// designation of the park before them, not a park inside it (a 零碳产业园
/// there is a park of its own, for an industry).
fn designation_before_bare_yuanqu(cs: &[char], start: usize, hs: usize) -> bool {
    cs.get(hs..hs + 2) == Some(&['园', '区'])
        && super::suffix::generic_words_only(&chars_str(cs, start, hs))
}

/// 某某有限公司某地新区某某项目, 某某集团某市经开区: a firm's name ends
/// where a park's name opens with a place (a park named after its firm has
/// its brand there: 某某集团光谷产业园).
fn firm_before_place(cs: &[char], t: &Tok, start: usize, hs: usize) -> bool {
    if start >= hs || !(t.word.ends_with("公司") || t.word.ends_with("集团")) {
        return false;
    }
    let right = chars_str(cs, start, hs);
    JIEBA
        .tag(&right, true)
        .first()
        .is_some_and(|f| is_place_word(f.word))
}

/// 调研西部/f 某某产业园, 的南方/f 某某公司, ，北方/f 某某工程设计研究院
/// 有限公司: a compass word after a verb, 的, a preposition or a clause's
/// opening places nothing (a direction follows the place it points from:
/// 县城西部); it opens the name, as firms and parks, like schools, are
/// named by their part of the country.
fn compass_after_a_boundary(toks: &[Tok], k: usize, start: usize, hs: usize, kind: Kind) -> bool {
    let t = &toks[k];
    let compass = t.tag == "f"
        && t.word.chars().count() == 2
        && t.word.chars().all(|c| "东南西北中方部".contains(c));
    let after_boundary = k == 0
        || matches!(toks[k - 1].tag.as_str(), "v" | "uj" | "p" | "x" | "w")
        || toks[k - 1].word.chars().all(|c| !c.is_alphanumeric());
    matches!(kind, Kind::Firm | Kind::Park) && compass && start < hs && after_boundary
}

/// 某地第二某某厂: an ordinal right after a place numbers the works.
/// 上/f 某庄/ns 工业园区: jieba cuts a locative off the place the name
/// opens with; when the two make a township's name (上某庄镇), the
/// locative is the place's first character, not "on".
fn locative_opens_township(toks: &[Tok], k: usize, start: usize) -> bool {
    let t = &toks[k];
    t.tag == "f"
        && t.word.chars().count() == 1
        && toks.get(k + 1).is_some_and(|n| {
            n.start == start
                && (n.tag == "ns" || is_place_word(&n.word))
                && crate::extract::gazetteer::is_township_stem(&format!("{}{}", t.word, n.word))
        })
}

/// 。下/f 某口/ns 工业园区: a locative follows the noun it places (园区
/// 内, 在某地下), so one opening a clause before a place is that place's
/// first character (下某口, 上某庄), not "under" or "on"; so is one that
/// makes a place with the word after it (上/f 某/ng: 上某 is a county).
fn locative_opens_clause(cs: &[char], toks: &[Tok], k: usize, start: usize) -> bool {
    let t = &toks[k];
    let clause_opens = t.start == 0 || is_hard(cs[t.start - 1]);
    t.tag == "f"
        && t.word.chars().count() == 1
        && clause_opens
        && toks.get(k + 1).is_some_and(|n| {
            n.start == start && (n.tag == "ns" || is_place_word(&format!("{}{}", t.word, n.word)))
        })
}

/// 中/f 英/j 某某联合创新中心: jieba reads 中 as "in"; before a country's
/// one-character form (英 of 英国) it is China, the pair's first partner.
fn china_and(toks: &[Tok], k: usize, start: usize) -> bool {
    toks[k].word == "中"
        && toks.get(k + 1).is_some_and(|n| {
            n.start == start
                && n.word.chars().count() == 1
                && SETS.countries.contains(format!("{}国", n.word).as_str())
        })
}

fn ordinal_after_place(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    t.tag == "m" && t.word.starts_with('第') && k > 0 && is_place_word(&toks[k - 1].word)
}

/// 在/p 七/m 河坝/ns 工业集中区: one numeral character right before a
/// place jieba knows only as a rare name, after a preposition, a verb or
/// the window's start, is the place's first character (places open with
/// numerals: 三河, 五里墩); a numeral counts with a measure word after it,
/// never right before a place.
fn numeral_opens_place(toks: &[Tok], k: usize, start: usize) -> bool {
    let t = &toks[k];
    let numeral =
        t.tag == "m" && t.end - t.start == 1 && "一二三四五六七八九十".contains(t.word.as_str());
    let before_free = k == 0 || matches!(toks[k - 1].tag.as_str(), "p" | "v" | "c" | "x");
    numeral
        && before_free
        && toks.get(k + 1).is_some_and(|n| {
            n.start == start
                && n.tag == "ns"
                && JIEBA.suggest_freq(&n.word) < rules().thresholds.common_word_freq
        })
}

/// Words that are also the head of a name right before its suffix: 联合
/// 实验室, 某某投资管理有限公司, 某某建设集团.
fn is_head_word(toks: &[Tok], k: usize, kind: Kind) -> bool {
    let heads = &rules().name_head_words;
    let t = &toks[k];
    toks[k + 1..]
        .iter()
        .all(|x| heads.contains(x.word.as_str()))
        && heads.contains(t.word.as_str())
        && (kind == Kind::Firm
            || matches!(
                t.word.as_str(),
                "联合" | "合作" | "协同" | "共享" | "开放" | "服务" | "创新"
            )
            || cooperation_built_park(toks, k, kind))
}

/// 某地·某县东西部协作共建产业园: after a word of cooperation, 共建 names
/// a park two places build together; alone it is the verb (在某地共建
/// 产业园), and before a platform's suffix too (与某某大学共建双创基地).
fn cooperation_built_park(toks: &[Tok], k: usize, kind: Kind) -> bool {
    kind == Kind::Park
        && toks[k].word == "共建"
        && k > 0
        && matches!(toks[k - 1].word.as_str(), "协作" | "合作")
}

/// jieba reads some brands as idioms (a four-character brand tagged i): an idiom right before a
/// firm's trade (某某饮料有限公司) is its brand while the part to its right
/// names nothing yet.
fn idiom_brand(cs: &[char], t: &Tok, start: usize, hs: usize, kind: Kind) -> bool {
    kind == Kind::Firm
        && t.tag == "i"
        && (start < hs && !right_is_named(cs, start, hs, kind) || idiom_trade(t, start, hs))
}

/// jieba reads a trade and its activity as an idiom (能源开发/i): right
/// before a firm's suffix, an idiom that opens with an industry word is
/// the firm's trade, with its brand further left (某某能源开发有限公司).
fn idiom_trade(t: &Tok, start: usize, hs: usize) -> bool {
    start == hs
        && rules()
            .industry_words
            .iter()
            .any(|w| t.word.starts_with(w) && t.word.len() > w.len())
}

/// What a weak token (verb, adverb) does to the name being read.
enum Weak {
    /// Part of the name: the part to its right is no name yet.
    Absorb,
    /// Ends the name for good (园区迎来某某科技).
    End,
    /// Ends the name unless a registered place prefix comes next.
    Pause,
}

fn weak_token(cs: &[char], t: &Tok, start: usize, hs: usize, kind: Kind) -> Weak {
    let named = right_is_named(cs, start, hs, kind);
    // 某某开发/v 建设股份有限公司, 某某创新/v 科技有限公司: what a
    // registered firm does is its trade
    let trade_verb = kind == Kind::Firm
        && registered_suffix_at(cs, hs)
        && (rules().project_activity_words.contains(t.word.as_str())
            || rules().registered_trade_verbs.contains(t.word.as_str()));
    let absorb = start == hs
        || t.end - t.start == 1
        || trade_verb
        || (kind == Kind::Firm && !matches!(t.tag.as_str(), "v" | "vd"));
    if !named && absorb {
        return Weak::Absorb;
    }
    if kind == Kind::Firm && named && matches!(t.tag.as_str(), "v" | "vd") && t.end - t.start >= 2 {
        return Weak::End;
    }
    Weak::Pause
}

/// 某某/nr 电子/n 防护/v 技术有限公司 opening a clause: a verb right before
/// 技术 or 科技 in a registered name is the field of the technology the
/// firm sells, and a name jieba knows as one (or a word it does not know)
/// opening the clause, with only nouns up to that verb, is the brand. The
/// clause must open with it: a name further in is a subject or object
/// (某某考察/v 某某技术有限公司) and stops at the verb as before.
fn brand_opens_clause_before_field(cs: &[char], toks: &[Tok], k: usize, hs: usize) -> bool {
    let field_next = toks
        .get(k + 1)
        .is_some_and(|n| n.word == "技术" || n.word == "科技");
    let Some(first) = toks.first() else {
        return false;
    };
    let brand_first = (is_named_tag(&first.tag) || !JIEBA.has_word(&first.word))
        && first.word.chars().count() >= 2
        && !is_place_word(&first.word);
    field_next
        && k > 0
        && registered_suffix_at(cs, hs)
        && matches!(toks[k].tag.as_str(), "v" | "vn")
        && brand_first
        && toks[1..k]
            .iter()
            .all(|t| t.tag.starts_with('n') && !is_place_word(&t.word))
}

/// Does a development zone's suffix (开发区, 经开区, 高新区…), which a
/// place names, start at `hs`? (A 产业园 may be named by a brand before
/// its place: 某地航天某县产业园.)
fn opens_zone_suffix(cs: &[char], hs: usize) -> bool {
    let after = chars_str(cs, hs, cs.len().min(hs + 9));
    DEV_ZONE_SUFFIXES.iter().any(|z| after.starts_with(z))
}

/// A registered name reaches over a verb in its trade (某地某某高复合器材
/// 有限公司: 复合/v): where a place opens a word jieba does not know (a
/// coined brand) left of verb `k` with no strong word between them, the
/// name starts at the place. Only before a registered suffix (有限公司,
/// 有限责任公司…), which ends a full registered name.
fn registered_name_start(cs: &[char], toks: &[Tok], k: usize, hs: usize) -> Option<usize> {
    let suffix = chars_str(cs, hs, cs.len().min(hs + 12));
    // (a place in brackets before the suffix is where the firm registered)
    let suffix = match suffix.strip_prefix(['(', '（']) {
        Some(inner) => inner.split_once([')', '）']).map_or("", |(_, after)| after),
        None => &suffix,
    };
    if !(suffix.starts_with("有限") || suffix.starts_with("股份有限")) {
        return None;
    }
    // a single word jieba knows between the verb and the suffix is the firm's
    // trade (某地某某露天/v 煤业股份有限公司), never a whole name
    let right: Vec<&Tok> = toks[k + 1..].iter().filter(|t| t.word != "股份").collect();
    // so are words of trade and what is done there (换热/v 设备制造)
    let trade_words = !right.is_empty()
        && right.iter().all(|t| {
            is_trade_word(&t.word) || rules().project_activity_words.contains(t.word.as_str())
        });
    let trade_only = right.len() == 1 && JIEBA.has_word(&right[0].word) || trade_words;
    // 位于某地的上工/v 缝制机械(某省)有限公司: right after 的, a verb of two
    // characters with only the trade after it is the brand
    let two_chars = toks[k].end - toks[k].start == 2;
    let common_trade = right.last().is_some_and(|t| is_trade_word(&t.word))
        && right
            .iter()
            .all(|t| JIEBA.has_word(&t.word) && t.tag.starts_with(['n', 'v']));
    if k > 0 && toks[k - 1].word == "的" && two_chars && (trade_only || common_trade) {
        return Some(toks[k].start);
    }
    for j in (0..k).rev() {
        let t = &toks[j];
        if is_place_word(&t.word) {
            let brand = &toks[j + 1];
            let coined = j + 1 < k && !JIEBA.has_word(&brand.word) && brand.end - brand.start >= 2;
            let named_before = j + 1 < k && trade_only && brand.end - brand.start >= 2;
            // 某市飞跃/v 塑料制品有限公司: a verb right after the place, with
            // only its trade after it, is the brand
            let verb_as_brand = j + 1 == k && trade_only && brand.end - brand.start == 2;
            return (coined || named_before || verb_as_brand)
                .then(|| registered_place_start(toks, j));
        }
        // a verb jieba made up (某地某某/v 照明/v 器材股份有限公司) is the
        // coined brand's characters: the place may still be before it
        let coined_verb = is_weak(t) && !JIEBA.has_word(&t.word) && t.end - t.start >= 2;
        if is_strong(t, Kind::Firm) || is_weak(t) && !coined_verb {
            return None;
        }
    }
    None
}

/// The start of the run of place words ending at token `k`.
/// Does a word end with a park's, platform's or firm's suffix (开发区,
/// 园区, 有限公司)?
fn is_head_suffix_word(word: &str) -> bool {
    super::lists::suffix_kind(word).is_some()
}

/// The first of the places that run left from token `k`: places in a row
/// (某省某县), or two joined by a dot (某地·某县), as a joint park of two
/// places is named.
fn registered_place_start(toks: &[Tok], k: usize) -> usize {
    let mut j = k;
    loop {
        if j > 0 && is_place_word(&toks[j - 1].word) {
            j -= 1;
        } else if j > 1 && is_joining_dot(&toks[j - 1].word) && is_place_word(&toks[j - 2].word) {
            j -= 2;
        } else {
            break;
        }
    }
    toks[j].start
}

fn is_joining_dot(word: &str) -> bool {
    matches!(word, "·" | "•" | "・")
}

/// jieba may miss a verb that introduces the name (与某市共建某某中心 cut
/// as 共/建武/…): the last such verb, read as text, ends the name when the
/// part to its right already is one.
fn after_cut_verb(cs: &[char], start: usize, hs: usize, kind: Kind) -> usize {
    let span = chars_str(cs, start, hs);
    let cut = match kind {
        Kind::Platform | Kind::Park => last_cut_verb_end(&span).max(slogan_verb_end(&span)),
        _ => last_cut_verb_end(&span),
    };
    let cut = cut.map(|end| span[..end].chars().count());
    match cut {
        // one character left after it is the verb's end read into a word
        // (三合/j 建材/n: 合建 is no verb there)
        Some(at) if start + at + 1 < hs && right_is_named(cs, start + at, hs, kind) => start + at,
        _ => start,
    }
}

/// The byte offset where the last cut verb in `span` ends: every
/// occurrence counts, overlapping ones too.
pub(super) fn last_cut_verb_end(span: &str) -> Option<usize> {
    CUT_VERBS_AC
        .find_overlapping_iter(span)
        .map(|m| m.end())
        .max()
}

/// 做大/a 某地某某孵化平台: a slogan's verb (`slogan_verbs`) jieba read
/// as an adjective takes the platform or park named after it as object;
/// the byte offset where the slogan verbs opening the span end (做大做强
/// 某某园区). Only verbs opening it: inside a name the same characters
/// are other words' (机构建设).
fn slogan_verb_end(span: &str) -> Option<usize> {
    let mut end = 0;
    while let Some(v) = rules()
        .slogan_verbs
        .iter()
        .find(|v| span[end..].starts_with(&***v))
    {
        end += v.len();
    }
    (end > 0).then_some(end)
}

/// 随着/p 中/f 船/n 重工…: jieba gave 中 away as a position word, but with
/// the one character after it 中 makes a state firm's short name its
/// dictionary holds (中船, 中冶, 中核), which opens the name.
fn state_short_name(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    t.word == "中"
        && toks.get(k + 1).is_some_and(|n| {
            n.start == t.end
                && n.word.chars().count() == 1
                && JIEBA.has_word(&format!("中{}", n.word))
        })
}

/// 确定原某地机械厂为…: 原 (former) alone right before the place that
/// opens a firm's name says the name is an old one; it is no part of it.
/// (A park's former name in brackets, （原某县某某产业园）, keeps it: it is
/// how `suffix` knows the name for a former one.)
fn former_mark_before_place(toks: &[Tok], k: usize) -> bool {
    toks[k].word == "原"
        && toks
            .get(k + 1)
            .is_some_and(|n| n.start == toks[k].end && gazetteer().is_place(&n.word))
}

/// 运用好某省某某创新中心, 做大做强特色产业园区: 好 or another
/// one-character adjective right after a verb says how the act ends (a
/// complement); the name starts after it.
fn complement_of_verb(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let Some(prev) = k.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    // after a verb of one character (做强) an adjective is its end; after
    // a longer one it may open what the verb acts on (培育新动能), and
    // after a place the verb and adjective are a brand jieba's HMM cut in
    // two (某省安/v 新/a 能源)
    let after_place = k >= 2 && is_place_word(&toks[k - 2].word);
    let complement = t.word == "好"
        || t.tag == "a"
            && t.word.chars().count() == 1
            && prev.word.chars().count() == 1
            && !after_place;
    complement && prev.end == t.start && matches!(prev.tag.as_str(), "v" | "vn" | "l")
}

/// 引进国际级企业某某化工配套产业园: a role noun (企业, 龙头企业) right before
/// a proper name ends a description of the firm whose park or platform
/// follows (`appositive_roles`); a role noun before common words is the
/// carrier's own (中小企业创业园).
fn carrier_after_firm_role(toks: &[Tok], k: usize, start: usize, kind: Kind) -> bool {
    // every token of every walk comes here: the cheap tests first
    matches!(kind, Kind::Park | Kind::Platform)
        && rules()
            .appositive_roles
            .iter()
            .any(|r| toks[k].word.ends_with(r))
        && toks.get(k + 1).is_some_and(|n| {
            n.start == start && (is_named_tag(&n.tag) || n.tag == "ns" || !JIEBA.has_word(&n.word))
        })
}

/// 运营/vn 方/n 某省某某有限公司: 方 after a verb makes the party that
/// does it (运营方, 管理方), a role like 投资方 whichever verb jieba cut
/// off; what follows is the party's name.
fn party_role(toks: &[Tok], k: usize) -> bool {
    toks[k].word == "方"
        && k > 0
        && toks[k - 1].end == toks[k].start
        && matches!(toks[k - 1].tag.as_str(), "v" | "vn")
}

/// 某某院长张某某某某有限公司 (a list joined without 和): a name jieba
/// reads as a person's, right after a title of office, is the holder of
/// that office, not the start of the firm after it.
fn person_after_title(toks: &[Tok], k: usize) -> bool {
    let is_person = toks[k].tag == "nr" && (2..=3).contains(&toks[k].word.chars().count());
    is_person
        && k > 0
        && toks[k - 1].end == toks[k].start
        && rules()
            .office_titles
            .iter()
            .any(|title| toks[k - 1].word.ends_with(title))
}

/// The cut verbs (`cut_verbs.tsv`), every occurrence found in one pass.
pub(super) static CUT_VERBS_AC: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(rules().cut_verbs.iter()).expect("cut verb automaton"));

/// A name that opens with a lone place character (邛工业园区) lost the
/// first character of a place jieba does not know (it cut 临/邛): the
/// character before it belongs to the name, unless it is a function word
/// or the copula (某某广场是北某地科创中心: 北 is the compass word's).
pub(super) fn lone_place_char_start(cs: &[char], start: usize, hs: usize) -> usize {
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
        && !rules().particle_heads.contains(&before)
        && !rules().function_heads.contains(&before)
        && !"在于到至向从和与及的是".contains(before);
    if first_is_lone_place && joinable {
        start - 1
    } else {
        start
    }
}

/// jieba's HMM may glue a preposition to a place's first character
/// (由宁/波澜/星…): when a place name straddles the left edge, the name
/// starts with the place.
pub(super) fn place_across_edge(cs: &[char], start: usize, ws: usize) -> usize {
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

/// 某地智能装备及仪表研究院, 某某数据与某某技术研究中心: 及 (与) between
/// two fields of study joins them in one platform's name. After a name
/// (某大学与某地研究院) or before a place it is a partnership instead, so
/// the word before and every word after must be words of the dictionary
/// or industry words, none a place or a name.
fn joins_fields_of_study(toks: &[Tok], k: usize) -> bool {
    // a generic modifier jieba tags as a name (高精尖/nr) is still a field's
    let generic = |t: &Tok| rules().generic_modifiers.contains(t.word.as_str());
    let field_word = |t: &Tok| {
        let known = JIEBA.has_word(&t.word) || rules().industry_words.contains(t.word.as_str());
        known && (!is_named_tag(&t.tag) || generic(t)) && !is_place_word(&t.word)
    };
    matches!(toks[k].word.as_str(), "与" | "及")
        && k > 0
        && (toks[k - 1].tag.starts_with('n') || toks[k - 1].tag == "vn")
        && field_word(&toks[k - 1])
        && toks[k + 1..].iter().all(field_word)
}

/// Does the text (characters) end with an industry word (精细化工)?
fn ends_in_industry(cs: &[char]) -> bool {
    let text: String = cs.iter().collect();
    rules()
        .industry_words
        .iter()
        .any(|w| w.chars().count() >= 2 && text.ends_with(w))
}
