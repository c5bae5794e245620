//! Names in relations: partners (与某某合作), officers (某某董事长),
//! projects (某某新能源项目), developers' brands, the clipped 经开 form and
//! the units of research bodies, and a listed firm before its site
//! elsewhere (某地照明某市基地).

use super::*;

pub(super) fn partner_firms(s: &str, out: &mut Vec<Cand>) {
    for c in PARTNER.captures_iter(s) {
        let x = c[1].trim();
        if suffix_kind(x).is_some() || !firm_item_ok(x) || names_own_place(x) {
            continue;
        }
        let toks = JIEBA.tag(x, true);
        // 与投资客商上台签约: a kind of partner among the words, not a name
        if toks.iter().any(|t| {
            matches!(
                t.tag,
                "r" | "m" | "q" | "t" | "p" | "c" | "d" | "f" | "s" | "v" | "uj"
            ) || SETS.partners.contains(t.word)
        }) {
            continue;
        }
        let named = toks.iter().any(|t| {
            !is_place_word(t.word)
                && !SETS.generic.contains(t.word)
                && !SETS.partners.contains(t.word)
                && (is_named_tag(t.tag)
                    || !JIEBA.has_word(t.word)
                    || JIEBA.suggest_freq(t.word) < rules().thresholds.partner_name_freq)
        });
        if !named {
            continue;
        }
        // 与某地某某园签订: a partner named by a place and 园 is a park (a
        // firm's name seldom holds a place before 园)
        if x.ends_with('园') && toks.iter().any(|t| is_place_word(t.word) || t.tag == "ns") {
            push_cand(out, EntityType::Park, x.to_string(), Vec::new());
            continue;
        }
        let aliases = firm_short_names(x);
        push_cand(out, EntityType::Firm, x.to_string(), aliases);
    }
}

/// 与我县签约, 同本市合作: a pronoun and an administrative unit name the
/// writer's own place (jieba may read 我县 as one unknown word).
fn names_own_place(x: &str) -> bool {
    let mut cs = x.chars();
    matches!(
        (cs.next(), cs.next(), cs.next()),
        (
            Some('我' | '本' | '该' | '贵' | '此'),
            Some('县' | '市' | '区' | '省' | '州' | '镇' | '乡' | '村'),
            None
        )
    )
}

/// 某某汽车河南区域总经理: the region an officer runs (a place and 区域 or
/// 大区) is no part of the firm's name.
fn without_region(x: &str) -> String {
    let Some(rest) = x.strip_suffix("区域").or_else(|| x.strip_suffix("大区")) else {
        return x.to_string();
    };
    let toks = JIEBA.cut(rest, true);
    match toks.last() {
        Some(last) if is_place_word(last.word) => rest[..rest.len() - last.word.len()].to_string(),
        _ => x.to_string(),
    }
}

/// 中冶五局, 中交二公局, 十九冶: a central state builder's numbered bureau or company.
pub(super) fn state_bureau_firms(s: &str, out: &mut Vec<Cand>) {
    for m in STATE_BUREAU.find_iter(s) {
        push_cand(out, EntityType::Firm, m.as_str().to_string(), vec![]);
    }
}

/// 由某某印业投资建设: the builder of a project, when it is a brand and
/// its trade (a registered name is the suffix grammar's).
pub(super) fn builder_firms(s: &str, out: &mut Vec<Cand>) {
    for c in BUILDER.captures_iter(s) {
        // 由某某集团和某某集团投资: two builders, each a name of its own
        for builder in c[1].split(['和', '与', '及']) {
            firm_in_name(builder.trim(), out);
        }
    }
}

/// 某某科技董事长 → 某某科技: a brand before a company officer's title.
pub(super) fn officer_firms(s: &str, out: &mut Vec<Cand>) {
    // the regex has no literal prefix to skip ahead with: most sentences
    // hold no title at all, and a plain search settles that quickly
    const TITLES: [&str; 6] = ["董事长", "总经理", "总裁", "创始人", "CEO", "首席执行官"];
    if !TITLES.iter().any(|t| s.contains(t)) {
        return;
    }
    for c in OFFICER.captures_iter(s) {
        let x = without_region(&strip_leading_words(c[1].trim()));
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
        // a brand (unknown word, proper-noun tag or a word too rare to be
        // common: the title vouches for a firm) followed by an industry word
        let named = toks.iter().any(|t| {
            !is_place_word(t.word)
                && !SETS.generic.contains(t.word)
                && (is_named_tag(t.tag) || !common_in_dictionary(t.word))
        });
        if !named || !ends_with_industry(&x) || !named_firm_core(&x) {
            continue;
        }
        let aliases = firm_short_names(&x);
        push_cand(out, EntityType::Firm, x, aliases);
    }
}

pub(super) fn project_firms(s: &str, cs: &[char], out: &mut Vec<Cand>) {
    for m in PROJECT
        .find_iter(s)
        .chain(HEADQUARTERS.find_iter(s))
        .chain(PLANT.find_iter(s))
    {
        let hs = s[..m.start()].chars().count();
        let Some((start, after_digit)) = find_left(cs, hs, Kind::Firm) else {
            continue;
        };
        if after_digit || after_quantity(cs, start) || after_registered_name(cs, start) {
            continue;
        }
        let core = chars_str(cs, start, hs);
        let core = without_township(&core);
        if core.contains("年产")
            || core.chars().count() > rules().thresholds.project_firm_core_max_chars
        {
            // 某省某某涂料年产4.5万吨…项目, 某省某某科技电子产品生产项目:
            // the firm that opens a long project's name
            let (opening, capacity) = match core.split_once("年产") {
                Some((opening, _)) => (opening, true),
                None => (core.as_str(), false),
            };
            let carrier = matches!(
                lists::suffix_kind(opening),
                Some(Kind::Inst | Kind::Platform | Kind::Park)
            );
            if carrier {
                continue;
            }
            if let Some(firm) = leading_firm(opening, capacity) {
                if let Some(target) = lists::merger_target(&opening[firm.len()..]) {
                    let aliases = firm_short_names(&target);
                    push_cand(out, EntityType::Firm, target, aliases);
                }
                let aliases = firm_short_names(&firm);
                push_cand(out, EntityType::Firm, firm, aliases);
            }
            continue;
        }
        firm_in_name(without_activity(&core), out);
    }
    capacity_firms(s, out);
    brands_building_in_a_place(s, out);
}

/// 某某动力电池工厂, 某某燃料电池厂房: the plant a firm builds or opens
/// names the firm as its project does.
static PLANT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"工厂|厂房").expect("regex"));

/// 某某光电科技研发总部: a firm's (research) headquarters, built or
/// opened, names the firm as its project does (ANNOTATION rule 6).
static HEADQUARTERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:研发)?总部").expect("regex"));

/// 某某有限公司某某产业研发基地项目: a project right after a firm's
/// registered name (or its group's) is that firm's; the project's opening
/// says what is built, it names no other firm.
fn after_registered_name(cs: &[char], start: usize) -> bool {
    let before = chars_str(cs, start.saturating_sub(2), start);
    before == "公司" || before == "集团"
}

/// 某某泾县智能制造基地项目: a coined brand, then the county or city
/// where it builds, then the facility. The brand names the firm
/// (ANNOTATION rule 6); the place says where, not who.
fn brands_building_in_a_place(s: &str, out: &mut Vec<Cand>) {
    const FACILITIES: [&str; 3] = ["基地", "工厂", "总部"];
    let g = crate::extract::gazetteer::gazetteer();
    for m in PROJECT.find_iter(s) {
        let clause: Vec<char> = clause_before(&s[..m.start()]).chars().collect();
        let facility = clause.len() >= 2
            && FACILITIES
                .iter()
                .any(|w| chars_str(&clause, clause.len() - 2, clause.len()) == *w);
        if !facility {
            continue;
        }
        let found = (2..=4).find_map(|b| {
            let brand = chars_str(&clause, 0, b);
            let place = (2..=3)
                .map(|n| chars_str(&clause, b, (b + n).min(clause.len())))
                .find(|p| p.chars().count() >= 2 && g.is_place(p))?;
            (clause.len() >= b + place.chars().count() + 4).then_some(brand)
        });
        let Some(brand) = found else { continue };
        let coined = JIEBA
            .tag(&brand, true)
            .iter()
            .all(|t| !JIEBA.has_word(t.word) || t.word.chars().count() == 1 || is_named_tag(t.tag));
        if coined
            && !is_place_word(&brand)
            && named_firm_core(&brand)
            && !SETS.generic.contains(brand.as_str())
            && firm_item_ok(&brand)
        {
            push_cand(out, EntityType::Firm, brand, Vec::new());
        }
    }
}

/// A project named by its township (某县某某乡新能源汽车充电站项目):
/// the place and the township say where it stands; only what follows may
/// name a firm.
fn without_township(core: &str) -> String {
    // most projects name no township: skip jieba's cut for them
    if !core.contains(['镇', '乡']) {
        return core.to_string();
    }
    let body: Vec<char> = strip_place_prefix(core).chars().collect();
    match left::township_end(&body, 0, body.len()) {
        Some(end) => body[end..].iter().collect(),
        None => core.to_string(),
    }
}

/// The end of `before` back to the clause's start or 的: where a name
/// written before a project or a capacity figure can open.
fn clause_before(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_hard(c) || c == '的')
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// A project's name without the change it makes at its end (某某铝业技改,
/// 某某电子扩建): the firm is what comes before. A verb of making
/// (某某玻璃生产) follows a product, not a firm, and stays.
fn without_activity(core: &str) -> &str {
    let mut rest = core;
    while let Some(done) = rules().project_activity_words.iter().find(|w| {
        !rules().product_verbs.contains(**w)
            && rest
                .strip_suffix(**w)
                .is_some_and(|r| r.chars().count() >= 2)
    }) {
        rest = &rest[..rest.len() - done.len()];
    }
    rest
}

/// Does a quantity end right before `start` (年产500吨某某材料项目, 2万台
/// 某某设备项目)? What follows it is the product, not a firm.
fn after_quantity(cs: &[char], start: usize) -> bool {
    const UNITS: &str = "吨万千亿台套件只辆片个条颗块箱头亩米升";
    let units = cs[..start]
        .iter()
        .rev()
        .take_while(|c| UNITS.contains(**c))
        .count();
    (1..=3).contains(&units) && start > units && cs[start - units - 1].is_ascii_digit()
}

/// 的某省某某涂料年产4.5万吨…项目: the firm right before a capacity figure,
/// back to the clause's start or 的.
fn capacity_firms(s: &str, out: &mut Vec<Cand>) {
    for (at, word) in s.match_indices("年产") {
        let figure = s[at + word.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c));
        if !figure {
            continue;
        }
        let opening = strip_leading_words(clause_before(&s[..at]));
        // 某某环保新建年产…: what the firm does to the plant is no part of
        // its name
        let opening = without_activity(&opening).to_string();
        // the whole stretch is place, brand and trade: a registered name
        // (某某集团有限公司年产…) is the suffix grammar's
        if let Some(firm) = leading_firm(&opening, true).filter(|f| *f == opening) {
            let aliases = firm_short_names(&firm);
            push_cand(out, EntityType::Firm, firm, aliases);
        } else if coined_before_capacity(&opening) {
            push_cand(out, EntityType::Firm, opening, vec![]);
        }
    }
}

/// A short stretch right before a capacity figure made of a coined brand
/// and nouns (某某水晶年产60万箱…, 某某某某年产1.5万吨…): the producer's
/// short name, though no trade word closes it. Every word is a place, a
/// noun or a word jieba does not know, and one that is no place is
/// unknown or a name.
fn coined_before_capacity(opening: &str) -> bool {
    let toks = JIEBA.tag(opening, true);
    let coined = |t: &jieba_rs::Tag| {
        !is_place_word(t.word) && (!JIEBA.has_word(t.word) || is_named_tag(t.tag))
    };
    (3..=8).contains(&opening.chars().count())
        && (1..=3).contains(&toks.len())
        && opening.chars().all(is_han)
        && toks.iter().all(|t| {
            (is_place_word(t.word) || !JIEBA.has_word(t.word) || t.tag.starts_with('n'))
                && !SETS.generic.contains(t.word)
        })
        && toks.iter().any(coined)
        && toks.last().is_some_and(|t| !is_place_word(t.word))
        && firm_item_ok(opening)
}

/// The firm opening a long project's name: its places, a brand (words
/// jieba tags as names, does not know or has rarely seen), then its run of
/// trade words, when more follows (the product). None when any part is
/// missing.
pub(super) fn leading_firm(core: &str, capacity_follows: bool) -> Option<String> {
    let toks = JIEBA.tag(core, true);
    // an industry word, or a trade in 业 (钙业, 豆业)
    let trade = is_trade_word;
    // jieba cuts a coined brand into words it knows (福尔/ns 程/n): one
    // character of a content word goes with it
    let one_char = |t: &jieba_rs::Tag| {
        t.word.chars().count() == 1 && matches!(t.tag, "n" | "nr" | "ng" | "g" | "zg" | "a" | "v")
    };
    let brand_like = |t: &jieba_rs::Tag| {
        !trade(t.word)
            && (is_named_tag(t.tag)
                || !JIEBA.has_word(t.word)
                || JIEBA.suggest_freq(t.word) < rules().thresholds.common_word_freq
                || one_char(t))
    };
    let mut i = 0;
    while i < toks.len() && is_place_word(toks[i].word) {
        i += 1;
    }
    // a word jieba glued from a trade and what is done (机械制造/b,
    // 机械加工/l): the trade it opens with
    let glued_trade = |w: &str| {
        rules()
            .industry_words
            .iter()
            .filter(|iw| {
                w.strip_prefix(**iw)
                    .is_some_and(|done| rules().project_activity_words.contains(done))
            })
            .max_by_key(|iw| iw.len())
            .copied()
    };
    let brand_from = i;
    let latin = |t: &jieba_rs::Tag| t.word.chars().all(|c| c.is_ascii_alphanumeric());
    while i < toks.len()
        && brand_like(&toks[i])
        && glued_trade(toks[i].word).is_none()
        && !(i > brand_from && latin(&toks[i]))
    {
        i += 1;
    }
    let brand: String = toks[brand_from..i].iter().map(|t| t.word).collect();
    // 智能网/n 联/v: words jieba split out of an industry's name are no brand
    if brand.chars().count() < 2 || rules().industry_words.contains(brand.as_str()) {
        return None;
    }
    // 某某IGBT芯片: a product's code after the brand opens the product;
    // the brand alone names the firm
    if toks.get(i).is_some_and(latin) && toks.len() > i + 1 {
        return Some(toks[..i].iter().map(|t| t.word).collect());
    }
    if let Some(iw) = toks.get(i).and_then(|t| glued_trade(t.word)) {
        let opening: String = toks[..i].iter().map(|t| t.word).collect();
        return Some(format!("{opening}{iw}"));
    }
    let trade_from = i;
    // a trade in 业 or 科技 closes the name (某某钙业环保节能…, 某某科技
    // 工业废渣…): the words after it are the product
    let closes = |w: &str| w == "科技" || (w.ends_with('业') && is_firm_head(w));
    // after a firm's head (橡胶, 电子), a weaker trade word opens the
    // product (某某橡胶智能交通装备), not more of the name
    let mut headed = false;
    while i < toks.len() && trade(toks[i].word) && (!headed || is_firm_head(toks[i].word)) {
        headed |= is_firm_head(toks[i].word);
        i += 1;
        if closes(toks[i - 1].word) {
            break;
        }
    }
    // 某县金龙工业集中区…: the trade word opens a park's suffix
    let from_trade: String = toks[trade_from..].iter().map(|t| t.word).collect();
    if rules()
        .park_suffixes
        .iter()
        .any(|p| from_trade.starts_with(p))
    {
        return None;
    }
    // the product follows the trade, or the capacity (某某涂料年产…)
    let more_follows = i < toks.len() || capacity_follows;
    (i > trade_from && more_follows).then(|| toks[..i].iter().map(|t| t.word).collect())
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
        if rules().park_suffixes.iter().any(|p| core.contains(p)) {
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
pub(super) fn strip_place_chars(s: &str) -> String {
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
        .is_some_and(|rest| rules().industry_words.iter().any(|w| rest.starts_with(w)))
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
        .filter(|&at| {
            rules()
                .industry_words
                .iter()
                .any(|w| s[at..].starts_with(w))
        })
        .map(|at| s[..at].to_string())
        .collect()
}

/// 某某经开 with no 区: news clips a place's 经开区 to four characters
/// (在某某经开落户). Only a known place before it makes a name.
pub(super) fn clipped_dev_zones(s: &str, cs: &[char], out: &mut Vec<Cand>) {
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
pub(super) fn developer_brands(first: usize, out: &mut Vec<Cand>) {
    // a zone places build together (某某(某县)经济合作区, 某某协作园) is
    // named by those places, not by a developer
    let joint_zone = |name: &str| ["合作", "协作", "经合"].iter().any(|w| name.contains(w));
    let brands: Vec<String> = out[first..]
        .iter()
        .filter(|c| c.etype == EntityType::Park && !joint_zone(&c.name))
        .filter_map(|c| brand_before_bracketed_place(&c.name))
        .collect();
    for brand in brands {
        push_cand(out, EntityType::Firm, brand, Vec::new());
    }
}

/// The brand of 某某(地名)…: two to four characters, not a place, before a
/// bracketed place. A word of direction or area (西部/f (某市)科学城) is
/// where the place lies, not a brand.
pub(super) fn brand_before_bracketed_place(name: &str) -> Option<String> {
    let (open, bracket) = name.char_indices().find(|(_, c)| matches!(c, '(' | '（'))?;
    let brand = without_trailing_place(&name[..open]);
    let inner = &name[open + bracket.len_utf8()..];
    let close = inner.find([')', '）'])?;
    let place = &inner[..close];
    let n = brand.chars().count();
    ((2..=4).contains(&n)
        && is_place_word(place)
        && !is_place_word(brand)
        && named_firm_core(brand)
        && !SETS.generic.contains(brand)
        && !names_an_area(brand))
    .then(|| brand.to_string())
}

/// 某某云浮(罗定)创业园: the brand with the city the bracketed county lies
/// in after it; the brand is what comes before that city.
fn without_trailing_place(brand: &str) -> &str {
    let cs: Vec<(usize, char)> = brand.char_indices().collect();
    (2..cs.len().saturating_sub(1))
        .map(|k| cs[k].0)
        .find(|&at| is_place_word(&brand[at..]))
        .map_or(brand, |at| &brand[..at])
}

/// Is `word` one word jieba reads as a direction or an area (西部/f,
/// 华东/s)?
fn names_an_area(word: &str) -> bool {
    let toks = JIEBA.tag(word, true);
    toks.len() == 1 && matches!(toks[0].tag, "f" | "s")
}

/// 某某研究院某某实验室, 某某大学某某创新中心, 某某科技园某省创新中心: a
/// research body's or science park's unit, named by its parent's name plus
/// its own. The parent counts on its own
/// only where the text also names it alone.
pub(super) fn sub_unit_platforms(s: &str, first: usize, out: &mut Vec<Cand>) {
    // a science park runs units of its own too (某某科技园浙江创新中心)
    let science_park = |c: &&Cand| c.etype == EntityType::Park && c.name.ends_with("科技园");
    let parents: Vec<String> = out[first..]
        .iter()
        .filter(|c| {
            matches!(c.etype, EntityType::Platform | EntityType::Institution)
                && rules().research_parents.iter().any(|p| c.name.ends_with(p))
                || science_park(c)
        })
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
pub(super) fn sub_unit_after(rest: &str) -> Option<String> {
    let cs: Vec<char> = rest
        .chars()
        .take(rules().thresholds.sub_unit_middle_max_chars + 6)
        .collect();
    let head: String = cs.iter().collect();
    let (middle_end, suffix) = rules()
        .platform_suffixes
        .iter()
        .chain(&rules().research_unit_suffixes)
        .filter(|x| **x != "研究院" && x.chars().count() >= 2)
        .filter_map(|x| head.find(x).map(|i| (i, *x)))
        .min_by_key(|(i, x)| (*i, std::cmp::Reverse(x.len())))?;
    let middle = &head[..middle_end];
    let n = middle.chars().count();
    if !(1..=rules().thresholds.sub_unit_middle_max_chars).contains(&n)
        || middle
            .chars()
            .any(|c| is_hard(c) || "和与及或、".contains(c))
    {
        return None;
    }
    // any particle (的/uj, the 等/u closing a list) ends the parent's name;
    // a verb after a noun makes a field with it (成果/n 转化/v), a verb
    // right after the parent is what the parent does (某研究院搭建/v 平台),
    // and so is a verb that breaks names (某研究所农业室共建/v 某某工作站)
    let toks = JIEBA.tag(middle, true);
    let plain = toks.iter().enumerate().all(|(k, t)| {
        let field_verb =
            t.tag == "v" && k > 0 && toks[k - 1].tag == "n" && !SETS.strong.contains(t.word);
        !t.tag.starts_with('u')
            && (field_verb || !matches!(t.tag, "v" | "p" | "c" | "d" | "r" | "m" | "q" | "f" | "t"))
    });
    plain.then(|| format!("{middle}{suffix}"))
}

/// 某地照明某市基地: a listed firm's short name made of a place and a
/// trade (kept out of the listed index, as such words often name no firm)
/// names the firm right before another place where it has a facility (a
/// base, a plant, a production line): a place's trade has no site
/// elsewhere.
pub(super) fn listed_firm_sites(s: &str, out: &mut Vec<Cand>) {
    let toks = JIEBA.tag(s, true);
    for k in 2..toks.len() {
        let site = &toks[k - 1];
        let facility =
            rules().firm_facility_words.contains(toks[k].word) && !toks[k].word.ends_with('期');
        if !facility || !is_place_word(site.word) {
            continue;
        }
        let name = (k.saturating_sub(4)..k - 1).find_map(|a| {
            let name: String = toks[a..k - 1].iter().map(|t| t.word).collect();
            crate::extract::listed::listed_by_short_name(&name).map(|full| (name, full))
        });
        if let Some((name, full)) = name {
            push_cand(out, EntityType::Firm, name, vec![full.to_string()]);
        }
    }
}
