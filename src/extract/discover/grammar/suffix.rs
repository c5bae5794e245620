//! The suffix grammar: a firm, park, platform or institution suffix with
//! the name to its left, checked by type (core length, named core, generic
//! cores) and pushed with its derived aliases.

use super::*;

const DASHES: [char; 5] = ['—', '-', '–', '─', '―'];

/// A name read across a bracket that does not close in it (某某产业园(某某
/// 工业园, 某某综合体(某某产业园) is two names: the part before the bracket
/// when it has a suffix of its own or nothing follows, else the part
/// inside.
fn closed_part(name: &str) -> &str {
    let mut open = None;
    for (i, c) in name.char_indices() {
        match c {
            '(' | '（' => open = Some((i, c.len_utf8())),
            ')' | '）' => open = None,
            _ => {}
        }
    }
    match open {
        Some((i, len))
            if suffix_kind(&name[..i]).is_some() || name[i + len..].chars().count() < 2 =>
        {
            &name[..i]
        }
        Some((i, len)) => &name[i + len..],
        None => name,
    }
}

/// 某地(某市)某某科创园 cut after its first place leaves 某市)某某科创园:
/// a form with a closing bracket it never opened is no name.
fn closes_no_unopened_bracket(form: &str) -> bool {
    let mut depth = 0usize;
    for c in form.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' if depth == 0 => return false,
            ')' | '）' => depth -= 1,
            _ => {}
        }
    }
    true
}

/// 某某·某地新一代信息技术(科创产业园): a partner's name and a place's
/// joined by a dot name a joint park or project; no firm spans the dot.
fn joins_a_place(name: &str) -> bool {
    name.split(['·', '•', '・']).skip(1).any(opens_with_place)
}

/// 构建高水平对外开放平台, 筑牢产业平台, 聚全县之智抓实平台: a slogan's
/// verb (`slogan_verbs`) opening the name, or followed by nothing that
/// names, makes the platform or park its object, named nowhere.
fn slogan_object(name: &str) -> bool {
    rules().slogan_verbs.iter().any(|v| {
        name.match_indices(v).any(|(at, _)| {
            let rest = &name[at + v.len()..];
            at == 0 || !has_proper_token(rest)
        })
    })
}

/// 建强某地经济开发区平台: a park's whole name before a bare 平台 calls
/// the park a platform for growth; the park is named, no platform is.
fn park_called_a_platform(name: &str) -> bool {
    name.strip_suffix("平台").is_some_and(|zone| {
        rules()
            .park_suffixes
            .iter()
            .any(|p| p.chars().count() >= 2 && zone.ends_with(p))
    })
}

pub(super) fn push_cand(
    out: &mut Vec<Cand>,
    etype: EntityType,
    name: String,
    aliases: Vec<String>,
) {
    // a dash introduces a name (龙头企业——某某有限公司); it never opens one
    let cleaned = |s: &str| closed_part(s.trim().trim_start_matches(DASHES)).to_string();
    let aliases: Vec<String> = aliases
        .iter()
        .map(|a| cleaned(a))
        .filter(|a| closes_no_unopened_bracket(a))
        .collect();
    let mut raw = strip_level_before_place(&cleaned(&name));
    if etype == EntityType::Park {
        raw = park_after_dash(&raw);
    }
    if etype == EntityType::Firm {
        raw = without_county_before_short_name(&firm_after_dash(&raw));
    }
    let name = strip_function_head(&raw);
    if name.chars().count() < 2 {
        return;
    }
    if matches!(etype, EntityType::Platform | EntityType::Park) && slogan_object(&name) {
        return;
    }
    if etype == EntityType::Platform && park_called_a_platform(&name) {
        return;
    }
    if etype == EntityType::Firm && opens_with_count_of_kinds(&name) {
        return;
    }
    // 某某交大: a university's short name
    let school = rules()
        .school_short_endings
        .iter()
        .any(|e| name.ends_with(e));
    if etype == EntityType::Firm && (school || joins_a_place(&name)) {
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
    let mut aliases = aliases;
    if matches!(etype, EntityType::Platform | EntityType::Park) {
        if let Some(short) = abbreviated(&name).filter(|s| !aliases.contains(s)) {
            aliases.push(short);
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

/// 某县科技创新中心 goes by 某县科创中心 too: 科创 is how Chinese
/// shortens 科技创新, in any name.
fn abbreviated(name: &str) -> Option<String> {
    name.contains("科技创新")
        .then(|| name.replacen("科技创新", "科创", 1))
}

/// 某某区某某药业(项目): a county's full name before a firm's short name
/// says where the firm or its project is; only a registered name
/// (某某县某某有限公司) carries its county.
fn without_county_before_short_name(name: &str) -> String {
    if strip_firm_suffix(name) != name {
        return name.to_string();
    }
    let county = name
        .char_indices()
        .skip(1)
        .take(6)
        .map(|(at, c)| at + c.len_utf8())
        .filter(|&end| name[..end].ends_with(['县', '区', '旗']))
        .find(|&end| crate::extract::place_names::is_county_full_name(&name[..end]));
    match county {
        Some(end) if name[end..].chars().count() >= 2 => name[end..].to_string(),
        _ => name.to_string(),
    }
}

pub(super) fn park_aliases(name: &str, core: &str) -> Vec<String> {
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
    // 某某(brand)某市中小企业孵化园 → 某市中小企业孵化园: a developer's
    // brand before the place the park is named by
    if let Some(placed) = after_brand_before_place(name) {
        out.push(placed.to_string());
    }
    // 某某集团南湖智谷 → 南湖智谷: the part after a firm inside a park name
    // (after the whole of 某某集团有限公司, not inside it)
    let firm_end = FIRM_ENDINGS_BEFORE_PARK
        .iter()
        .chain(&["公司"])
        .filter_map(|mark| name.find(mark).map(|p| p + mark.len()))
        .max();
    if let Some(rest) = firm_end.map(|end| &name[end..]) {
        if rest.chars().count() >= 4 {
            out.push(rest.to_string());
        }
    }
    out
}

/// The part of a park's name from a place on, where a brand of two to
/// four characters (a word jieba does not know, or a name) opens it.
fn after_brand_before_place(name: &str) -> Option<&str> {
    name.char_indices().skip(2).take(3).find_map(|(at, _)| {
        let (brand, rest) = name.split_at(at);
        let place = super::lists::leading_place(rest);
        (!place.is_empty()
            && rest.chars().count() >= place.chars().count() + 4
            && has_brand_token(brand)
            && !is_place_word(brand))
        .then_some(rest)
    })
}

/// One suffix match with the name to its left.
struct SuffixMatch<'a> {
    cs: &'a [char],
    /// The suffix as written (有限公司, 产业园…).
    suffix: &'a str,
    /// End of the name (after a sub-unit: 某某实验室某某分中心).
    he: usize,
    /// The name before its suffix.
    core: String,
    name: String,
    /// The name is the whole sentence (a heading).
    whole_line: bool,
}

impl SuffixMatch<'_> {
    /// Where the name starts in `cs`.
    fn start(&self) -> usize {
        self.he - self.name.chars().count()
    }
}

/// Every name the suffix grammar finds in one sentence: each suffix with
/// the name jieba's tokens allow to its left, checked by its type.
pub(super) fn suffix_names(s: &str, cs: &[char], out: &mut Vec<Cand>) {
    let table = &*SUFFIXES;
    for m in table.ac.find_iter(s) {
        let kind = table.kinds[m.pattern().as_usize()];
        let hs = s[..m.start()].chars().count();
        let he = with_sub_unit(cs, kind, hs + s[m.start()..m.end()].chars().count());
        // 某某新城区: a town's quarter, not a park named 某某新城
        if kind == Kind::Park && s[..m.end()].ends_with('城') && cs.get(he) == Some(&'区') {
            continue;
        }
        if runs_into_township(cs, hs, he) {
            continue;
        }
        // a list item's park may have no name left of its suffix in
        // running text (…、某和工业园: 和 ends names) and still be one
        let item_only = (kind == Kind::Park).then_some((hs, false));
        let Some((start, after_digit)) = find_left(cs, hs, kind).or(item_only) else {
            continue;
        };
        if after_digit {
            continue;
        }
        let start = lone_place_char_start(cs, start, hs);
        let start = if kind == Kind::Park {
            let start = list_item_start(cs, start, hs, he, rules().thresholds.park_core_max_chars);
            let start = if named_core(&chars_str(cs, start, hs)) {
                start
            } else {
                industry_run_start(cs, hs).unwrap_or(start)
            };
            let start = joined_industries_start(cs, start, hs);
            let start = after_parent_park(cs, start, hs, &s[m.start()..m.end()]);
            // a firm builds a 园 (产业园, 科技园); a zone (新区, 开发区) is
            // the place's
            if s[..m.end()].ends_with('园') {
                firm_before_parks_place(cs, start, hs)
            } else {
                start
            }
        } else if kind == Kind::Firm && s[m.start()..m.end()].contains("有限") {
            // a registered name between two marks of a 、-list is the
            // whole item, whatever jieba reads in its brand (某某/m 光电);
            // not a description before it (第一纳税大户某某有限公司: a
            // common word that is no figure nor place)
            let item = list_item_start(cs, start, hs, he, rules().thresholds.firm_core_max_chars);
            let extra = chars_str(cs, item, start);
            let described = JIEBA
                .tag(&extra, true)
                .iter()
                .any(|t| common_in_dictionary(t.word) && !is_place_word(t.word) && t.tag != "m");
            if described {
                start
            } else {
                item
            }
        } else {
            start
        };
        let found = SuffixMatch {
            cs,
            suffix: &s[m.start()..m.end()],
            he,
            core: chars_str(cs, start, hs),
            name: chars_str(cs, start, he),
            whole_line: start == 0 && he == cs.len(),
        };
        match kind {
            Kind::Firm => firm_by_suffix(&found, out),
            Kind::Park => park_by_suffix(&found, out),
            Kind::Platform => platform_by_suffix(&found, out),
            Kind::Inst => institution_by_suffix(&found, out),
        }
    }
}

/// 某某集聚区某某分区: a park's part starts after its parent's suffix,
/// also where jieba glued the suffix's last character to the part's name
/// (集聚/区星/澜). Other parks' names may hold a park suffix.
fn after_parent_park(cs: &[char], start: usize, hs: usize, suffix: &str) -> usize {
    if !rules().park_sub_units.contains(suffix) {
        return start;
    }
    (start + 1..hs)
        .rev()
        .find(|&k| park_suffix_ends_at(cs, k))
        .unwrap_or(start)
}

/// 某县纸厂河镇: a suffix (厂) inside a township's name, which runs on
/// after it to 镇 or 乡, names no firm.
fn runs_into_township(cs: &[char], hs: usize, he: usize) -> bool {
    (he..(he + 3).min(cs.len()))
        .filter(|&end| matches!(cs[end], '镇' | '乡'))
        .any(|end| {
            (hs.saturating_sub(3)..=hs)
                .any(|st| crate::extract::gazetteer::is_township_stem(&chars_str(cs, st, end)))
        })
}

/// The words that end a firm's name written right before a park it
/// built (某某集团某地产业园), longest first.
const FIRM_ENDINGS_BEFORE_PARK: [&str; 4] = ["集团有限公司", "股份有限公司", "有限公司", "集团"];

/// 某某集团某地新材料产业园: a firm's park named by the firm and its place.
/// The name opens with the firm, as it does without the place (某某集团
/// 智慧产业园). Returns where the firm starts, or `start` when the name
/// does not open with a place after a firm's name, or names the firm's
/// brand itself (某地某某水泥有限公司某地某某建材产业园).
fn firm_before_parks_place(cs: &[char], start: usize, hs: usize) -> usize {
    let core = chars_str(cs, start, hs);
    let opens_with_place = JIEBA
        .tag(&core, true)
        .first()
        .is_some_and(|t| is_place_word(t.word) && t.word.chars().count() < core.chars().count());
    let before = chars_str(cs, start.saturating_sub(6), start);
    let Some(ending) = FIRM_ENDINGS_BEFORE_PARK
        .iter()
        .find(|e| before.ends_with(*e))
    else {
        return start;
    };
    let firm_hs = start - ending.chars().count();
    match find_left(cs, firm_hs, Kind::Firm) {
        Some((firm_start, false))
            if opens_with_place
                && firm_start < firm_hs
                && named_firm_core(&chars_str(cs, firm_start, firm_hs))
                && !names_brand_of(&core, &chars_str(cs, firm_start, firm_hs)) =>
        {
            firm_start
        }
        _ => start,
    }
}

/// Does a park's core hold the brand of the firm before it (the first two
/// characters after the firm's places)?
fn names_brand_of(park_core: &str, firm_core: &str) -> bool {
    let brand: String = strip_place_prefix(firm_core).chars().take(2).collect();
    brand.chars().count() == 2 && park_core.contains(&brand)
}

/// A park (or a registered firm) that is an item of a 、-list
/// (…、某某养生中药产业园、…) is the whole item: the list marks both its
/// edges, so words that would end a name in running text (a verb, 和, an
/// idiom) are read as part of it.
/// Not across figures or a frequent verb (…、加快建设某某产业园).
fn list_item_start(cs: &[char], start: usize, hs: usize, he: usize, max_core: usize) -> usize {
    let closes_item = cs
        .get(he)
        .is_none_or(|&c| c == '等' || c == '、' || is_hard(c));
    let lim = hs.saturating_sub(max_core);
    let bracket = |c: char| matches!(c, '(' | ')' | '（' | '）');
    let Some(open) = (lim..start)
        .rev()
        .find(|&k| is_hard(cs[k]) && !bracket(cs[k]))
    else {
        return start;
    };
    if !closes_item || cs[open] != '、' || open + 1 >= start {
        return start;
    }
    let extra = chars_str(cs, open + 1, start);
    // a frequent verb opening the item opens a clause (加快建设…); inside
    // it, it is part of the name (…智能制造总部产业园)
    let clause = JIEBA.tag(&extra, true).iter().enumerate().any(|(k, t)| {
        t.word.chars().any(|c| c.is_ascii_digit())
            || is_leading_verb(t.word)
            || k == 0
                && matches!(t.tag, "v" | "vn" | "vd")
                && JIEBA.suggest_freq(t.word) >= rules().thresholds.clause_verb_freq
    });
    if clause {
        start
    } else {
        open + 1
    }
}

/// The end of a name whose suffix ends at `he`, with a sub-unit after it:
/// 某某实验室某某分中心, 某某集聚区某某分区.
fn with_sub_unit(cs: &[char], kind: Kind, mut he: usize) -> usize {
    // 某某物流园区, 某某生态园区: the 园 suffixes take a following 区
    if kind == Kind::Park && he > 0 && cs[he - 1] == '园' && cs.get(he) == Some(&'区') {
        he += 1;
    }
    // 某某研究院(上海): a place in brackets right after a platform's
    // suffix names its branch there, part of the name
    if kind == Kind::Platform {
        he = after_bracketed_place(cs, he);
    }
    let rest: String = cs[he..cs.len().min(he + 9)].iter().collect();
    if kind == Kind::Platform {
        for mark in &rules().platform_sub_units {
            if let Some(p) = rest.find(mark) {
                let pre = &rest[..p];
                let n = pre.chars().count();
                // the middle names the branch's place: 某地, or a city or
                // zone of five characters (某某科学城)
                let place = (2..=4).contains(&n) || n == 5 && pre.ends_with(['城', '区']);
                if place && pre.chars().all(|c| !is_hard(c)) {
                    he += n + mark.chars().count();
                }
                break;
            }
        }
    }
    if kind == Kind::Park {
        let sub = rules()
            .park_sub_units
            .iter()
            .filter_map(|mark| rest.find(mark).map(|p| (p, *mark)))
            .min_by_key(|(p, mark)| (*p, std::cmp::Reverse(mark.len())));
        if let Some((p, mark)) = sub {
            let pre = &rest[..p];
            // not over 等 or a conjunction (某某物流园等重点片区, 某某开发区
            // 和某某园区)
            if pre.chars().count() >= 2
                && pre
                    .chars()
                    .all(|c| !is_hard(c) && !"等和与及或".contains(c))
            {
                he += pre.chars().count() + mark.chars().count();
            }
        }
    }
    he
}

/// Where a bracketed place right at `he` ends (after its closing
/// bracket), or `he` when none is there.
fn after_bracketed_place(cs: &[char], he: usize) -> usize {
    const LONGEST_PLACE: usize = 6;
    if !matches!(cs.get(he), Some('(' | '（')) {
        return he;
    }
    let Some(close) =
        (he + 1..cs.len().min(he + LONGEST_PLACE + 2)).find(|&k| matches!(cs[k], ')' | '）'))
    else {
        return he;
    };
    let inner = chars_str(cs, he + 1, close);
    if gazetteer().is_place(&inner) {
        close + 1
    } else {
        he
    }
}

/// 某某汽车某地工厂, 某某某地电厂, 某某某地厂: a brand's plant in a place.
/// The firm is the brand, the plant's name one of its forms. Pushes it and
/// says so.
fn brand_plant(m: &SuffixMatch, out: &mut Vec<Cand>) -> bool {
    let core = rules()
        .plant_kinds
        .iter()
        .find_map(|k| m.core.strip_suffix(k))
        .unwrap_or(&m.core);
    let cs: Vec<char> = core.chars().collect();
    let place_len = (2..=4).rev().find(|&n| {
        n + 2 <= cs.len() && is_place_word(&cs[cs.len() - n..].iter().collect::<String>())
    });
    let Some(n) = place_len else {
        return false;
    };
    // the name's left edge may hold a time word (短期内某某重庆工厂)
    let brand = strip_leading_words(&cs[..cs.len() - n].iter().collect::<String>());
    if brand.chars().count() < 2
        || is_place_word(&brand)
        || !named_firm_core(&brand)
        || !has_proper_token(&brand)
    {
        return false;
    }
    push_cand(out, EntityType::Firm, brand, vec![m.name.clone()]);
    true
}

/// Is the core of a works a facility of a development zone (某某工业
/// 集中区污水处理厂): a park's name, then words without a brand?
fn zone_facility(core: &str) -> bool {
    rules()
        .park_suffixes
        .iter()
        .filter_map(|p| core.rfind(p).map(|i| &core[i + p.len()..]))
        .any(|facility| !facility.is_empty() && !has_brand_token(facility))
}

/// A firm: a named core (or a bank's place or kind), not a clause, a
/// copula, a bare 工厂 or a 股份 without a brand; with its short names.
fn firm_by_suffix(m: &SuffixMatch, out: &mut Vec<Cand>) {
    // a bank is named by its place or its kind (浙江某某农商银行,
    // 中国工商银行): any core but a generic one (商业银行)
    // (某县农商行: a rural commercial bank by its short name)
    let bank = matches!(m.suffix, "银行" | "农商行" | "城商行")
        && m.core.chars().count() >= 2
        && !rules().generic_bank_cores.contains(m.core.as_str())
        && (has_named_token(&m.core) || jieba_knows_as_name(&m.name));
    // a 银行 that is not a bank's name is a kind of bank; the central bank
    // (中国人民银行) and the banks of nations (世界银行, 亚洲开发银行) are
    // public bodies, not firms
    let public_bank = m.suffix == "银行"
        && (m.core.ends_with("人民")
            || ["世界", "亚洲", "欧洲", "国际"]
                .iter()
                .any(|w| m.core.starts_with(w)));
    let generic_bank = m.suffix == "银行" && (!bank || public_bank);
    // 都是公司, 全是公司产品: a copula, not a brand, before 公司; 央企三级
    // 公司: a grade, not a name
    let copula = m.core.ends_with('是') || m.core.ends_with('级');
    // 某某药业母公司, 央企二三级子公司: a firm's parent or subsidiary named
    // by its relation, not a name; the firm before it is one
    if m.suffix == "公司" && !relation_inside_word(&m.core) {
        if let Some(related) = m.core.strip_suffix(['母', '子']) {
            if is_firm_head(last_word(related)) && named_firm_core(related) {
                push_cand(out, EntityType::Firm, related.to_string(), vec![]);
            }
            return;
        }
    }
    if m.core.chars().count() > rules().thresholds.firm_core_max_chars
        || copula
        || generic_bank
        || !(bank
            || named_firm_core_bracketed(&m.core)
            || is_place_named_group(&m.name)
            || listed_core(m))
    {
        return;
    }
    if m.suffix == "厂" && brand_plant(m, out) {
        return;
    }
    // 某某仪器厂 names a works; 厂房, 厂区, 厂长 and a bare 工厂 do not
    if m.suffix == "厂"
        && (m
            .cs
            .get(m.he)
            .is_some_and(|c| "房区长家商里内".contains(*c))
            || m.core.ends_with('工') && !m.core.ends_with("加工")
            || !has_proper_token(&m.core)
            || verb_before_works(&m.core)
            || zone_facility(&m.core))
    {
        return;
    }
    if described_not_named(m)
        || bare_kind_as_object(m)
        || counts_firms(&m.core)
        || outlet_of_reporter(m)
    {
        return;
    }
    // 某某股份 needs a brand-like word (not 部分股份)
    if m.suffix == "股份" && !has_brand_token(&m.core) {
        return;
    }
    if let Some(name) = after_address(&m.name).or_else(|| after_description_of(&m.name)) {
        let aliases = firm_short_names(&name);
        push_cand(out, EntityType::Firm, name, aliases);
        return;
    }
    let mut aliases = firm_short_names(&m.name);
    // 某某有限公司（以下简称“某某股份”）
    let after: String = m.cs[m.he..m.cs.len().min(m.he + 16)].iter().collect();
    if let Some(c) = SHORT_NAME.captures(&after) {
        let a = c[1].trim().to_string();
        if a.chars().count() >= 2 && !aliases.contains(&a) {
            aliases.push(a);
        }
    }
    push_cand(out, EntityType::Firm, m.name.clone(), aliases);
}

/// 某某报业集团记者 某某: the byline's outlet, furniture of the page, not
/// a firm the article speaks of.
fn outlet_of_reporter(m: &SuffixMatch) -> bool {
    let after = chars_str(m.cs, m.he, m.cs.len().min(m.he + 3));
    after.starts_with("记者") || after.starts_with("通讯员")
}

/// A firm's name written after its address (某省某市某县某市某某有限公司):
/// where a place of the chain that opens the name repeats an earlier one
/// (某市 … 某), the registered name starts at the repeat. None otherwise.
fn after_address(name: &str) -> Option<String> {
    let bare = |w: &str| {
        w.strip_suffix(['省', '市', '县', '区'])
            .unwrap_or(w)
            .to_string()
    };
    let mut seen: Vec<String> = Vec::new();
    let mut at = 0;
    for t in JIEBA.tag(name, true) {
        if !is_place_word(t.word) {
            break;
        }
        let b = bare(t.word);
        if at > 0 && seen.contains(&b) {
            return Some(name[at..].to_string());
        }
        seen.push(b);
        at += t.word.len();
    }
    None
}

/// A registered name written after words describing the firm (运营商某某
/// 股份有限公司, 合作方某某集团有限公司): the name starts where the lists'
/// registered name does. Places before it are the name's own.
fn after_description_of(name: &str) -> Option<String> {
    let registered = crate::extract::listed::registered_name_ending(name)?;
    let before = &name[..name.len() - registered.len()];
    (!names::places_only(before)).then(|| registered.to_string())
}

/// 某某电子公司, 某某酵母公司: a 子 or 母 ending a word of the trade (电子,
/// 酵母) is no subsidiary or parent of a firm named before it.
fn relation_inside_word(core: &str) -> bool {
    // most cores end in neither: skip jieba's cut for them
    core.ends_with(['子', '母'])
        && JIEBA.tag(core, true).last().is_some_and(|t| {
            t.word.chars().count() >= 2 && t.word.ends_with(['子', '母']) && JIEBA.has_word(t.word)
        })
}

/// 某某集团某省某某科技有限公司: a group's name written right before its
/// subsidiary's registered name, no mark between, names two firms where
/// what follows 集团 opens, after its places, with a brand of its own.
/// Otherwise the walk's one registered name stands: 某某集团第五工程有限
/// 公司, 某某集团某地电机厂有限公司, and any name a list of listed
/// companies gives whole.
pub(super) fn split_group_before_subsidiary(first: usize, out: &mut Vec<Cand>) {
    for i in first..out.len() {
        if out[i].etype != EntityType::Firm {
            continue;
        }
        let Some((group, subsidiary)) = group_and_subsidiary(&out[i].name) else {
            continue;
        };
        let aliases = firm_short_names(&subsidiary);
        out[i] = Cand {
            etype: EntityType::Firm,
            name: subsidiary,
            aliases,
            observed: Vec::new(),
            nested_in: None,
        };
        // a group's name that names nothing (综合集团) is what is left of
        // a name the walk cut short: the subsidiary alone is named
        if names::named_firm_core(group.trim_end_matches("集团")) {
            let aliases = firm_short_names(&group);
            push_cand(out, EntityType::Firm, group, aliases);
        }
    }
}

/// A park whose name follows its group's with nothing between (某某集团
/// 星澜南宁产业园): where the park's own name opens with a brand of its own
/// (a word jieba does not know), the park is that name; the group is a
/// firm the suffix grammar reads apart. A park named by the group's trade
/// alone (某某集团高端材料产业园) or by a place keeps the group's name.
pub(super) fn parks_named_apart_from_their_group(first: usize, out: &mut [Cand]) {
    for c in out[first..]
        .iter_mut()
        .filter(|c| c.etype == EntityType::Park)
    {
        let Some((at, _)) = c.name.match_indices("集团").find(|(at, _)| *at > 0) else {
            continue;
        };
        let group = &c.name[..at + "集团".len()];
        let park = &c.name[group.len()..];
        let core = names::park_core(park);
        let opens_with_brand = JIEBA.tag(core, true).first().is_some_and(|t| {
            t.word.chars().count() >= 2
                && t.word.chars().all(is_han)
                && !JIEBA.has_word(t.word)
                && !is_place_word(t.word)
        });
        if group.chars().count() >= 4 && core.chars().count() >= 4 && opens_with_brand {
            c.name = park.to_string();
            c.aliases.clear();
        }
    }
}

fn group_and_subsidiary(name: &str) -> Option<(String, String)> {
    const REGISTERED: [&str; 3] = ["股份有限公司", "有限责任公司", "有限公司"];
    let suffix = REGISTERED.iter().find(|x| name.ends_with(**x))?;
    if crate::extract::listed::is_registered_name(name) {
        return None;
    }
    let (at, _) = name.match_indices("集团").find(|(at, _)| *at > 0)?;
    let group = &name[..at + "集团".len()];
    let subsidiary = &name[group.len()..];
    let core = &subsidiary[..subsidiary.len() - suffix.len()];
    let brand = strip_place_prefix(core);
    let opens_with_brand = JIEBA.tag(&brand, true).first().is_some_and(|t| {
        t.word.chars().count() >= 2
            && !is_place_word(t.word)
            && !SETS.generic.contains(t.word)
            && (is_named_tag(t.tag) && !matches!(t.tag, "m" | "f" | "s") || !JIEBA.has_word(t.word))
    });
    (group.chars().count() >= 4 && brand.chars().count() >= 4 && opens_with_brand)
        .then(|| (group.to_string(), subsidiary.to_string()))
}

/// 在某地建厂, 设厂, 出厂, 全厂: the character before 厂 makes a word with
/// it that is an act or a pronoun's works (建/v, 全/a, 该/r), where a works'
/// name has a product there (药厂, 电厂, 酒厂).
fn verb_before_works(core: &str) -> bool {
    let Some(last) = core.chars().last() else {
        return false;
    };
    let word = format!("{last}厂");
    let last = last.to_string();
    let tags = JIEBA.tag(&last, false);
    JIEBA.has_word(&word)
        && tags
            .first()
            .is_some_and(|t| matches!(t.tag, "v" | "a" | "r"))
}

/// 为实现公司主营业务, 有助于提高公司产品, 传输到公司: a frequent
/// verb right before a bare 公司 or 集团 takes the company as its object
/// (an adjective before the verb makes a brand of it: 新希望), and one
/// before a bare 平台 the platform (某县人民政府提供平台与硬件条件).
fn bare_kind_as_object(m: &SuffixMatch) -> bool {
    if !matches!(m.suffix, "公司" | "集团" | "平台") {
        return false;
    }
    let toks = JIEBA.tag(&m.core, true);
    let Some((last, rest)) = toks.split_last() else {
        return false;
    };
    // 投产后公司年产值: a time or place word ends a clause before it
    if last.tag == "f" && rest.last().is_some_and(|t| t.tag.starts_with('v')) {
        return true;
    }
    // (分公司, 子公司: a unit's kind, not a verb)
    matches!(last.tag, "v" | "vd")
        && !SETS.generic.contains(last.word)
        && JIEBA.has_word(last.word)
        && JIEBA.suggest_freq(last.word) >= rules().thresholds.clause_verb_freq
        && rest.last().is_none_or(|t| t.tag != "a")
}

/// 中国某业公司: a listed firm's short name before 公司 or 集团 names
/// that firm, though its words (a place and a trade) name no brand.
fn listed_core(m: &SuffixMatch) -> bool {
    matches!(m.suffix, "公司" | "集团")
        && crate::extract::listed::listed_by_short_name(&m.core).is_some()
}

/// 一家外贸公司, 720家跨国公司, 世界最大的港口设计建设公司: after a
/// determiner, a count, 的 or the 等 closing a list (某某集团等某业行业
/// 龙头公司), a firm's kind with no brand describes a firm
/// without naming it. A registered name (某某有限公司) names one even when
/// its brand is a common word (位于某县的浙江某某精密机械有限公司).
fn described_not_named(m: &SuffixMatch) -> bool {
    let start = m.start();
    if start == 0
        || m.suffix.contains("有限")
        || is_place_named_group(&m.name)
        || has_brand_token(&strip_place_prefix(&remove_brackets(&m.core)))
    {
        return false;
    }
    let before = chars_str(m.cs, start.saturating_sub(4), start);
    JIEBA
        .tag(&before, true)
        .last()
        .is_some_and(|t| matches!(t.tag, "uj" | "m" | "q" | "r" | "mq") || t.word == "等")
}

/// 某某、某某两大集团, 市属国有八大工业集团: a count of great firms (两大,
/// 八大 as a word of its own) sums up firms named elsewhere and names none.
/// A place whose name opens with such a count is one word to jieba.
fn counts_firms(core: &str) -> bool {
    JIEBA.tag(core, true).iter().any(|t| {
        t.word
            .strip_suffix('大')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| "两二三四五六七八九十".contains(c)))
    })
}

static COUNTED_PLACES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[两二三四五六七八九十几多各][省市县区地]").expect("regex"));

/// 四大服务平台, 三大产业园: a count of kinds before the suffix sums
/// carriers up, it names none; so does a range of levels (省级以上开发区),
/// and a rank among a hundred or ten (十快产业集聚区, 百强园区) is a title.
static COUNTED_KINDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:[两三四五六七八九十几]|[0-9]+)大(?:[^学]|$)|级以[上下]|^[十百千](?:强|佳|快|优)",
    )
    .expect("regex")
});

/// 两大世界顶级科技(项目): a count of kinds (两大, 五大) opening a name sums
/// things up, it names no firm; a place that opens so (五大连池) still
/// names one.
fn opens_with_count_of_kinds(name: &str) -> bool {
    let mut cs = name.chars();
    let counted = matches!(
        (cs.next(), cs.next()),
        (
            Some('两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'),
            Some('大')
        )
    );
    counted
        && !JIEBA
            .tag(name, true)
            .first()
            .is_some_and(|t| is_place_word(t.word))
}

/// The suffixes of a kind of zone that every province has many of.
const GENERIC_ZONE_SUFFIXES: [&str; 10] = [
    "开发区",
    "经济开发区",
    "经济技术开发区",
    "高新技术产业开发区",
    "经开区",
    "高新区",
    "产业集聚区",
    "集聚区",
    "工业园区",
    "产业园区",
];

/// Where industries cluster (产业集聚区, 产业聚集区) is named by the place
/// it lies in (某县产业集聚区, 某镇产业聚集区): with no place, person's
/// or other proper name before the suffix, 核电产业聚集区 describes what
/// a park is becoming, it names none. So is a park's block where projects
/// gather (某某开发区某某项目区): 高标准农田项目区 is a kind of farmland
/// scheme. A word jieba tags ns is a place (浙南) unless it is a common
/// word of the dictionary (关联/ns).
fn unplaced_cluster(m: &SuffixMatch) -> bool {
    let cluster = ["集聚区", "聚集区", "项目区"]
        .iter()
        .any(|s| m.suffix.ends_with(s));
    cluster
        && !JIEBA.tag(&m.core, true).iter().any(|t| {
            is_place_word(t.word)
                || matches!(t.tag, "nr" | "nrt" | "nrfg" | "nz")
                || (t.tag == "ns" && !common_in_dictionary(t.word))
                || (!JIEBA.has_word(t.word) && t.word.chars().count() >= 2)
        })
}

/// 河南省经济开发区: the zones of a province, not one park.
fn province_wide_zones(m: &SuffixMatch) -> bool {
    GENERIC_ZONE_SUFFIXES.contains(&m.suffix) && names_a_province_only(&m.core)
}

/// Is `core` a province (not a municipality, nor a name a city or county
/// also has), with at most grade words (二星级, 省级)? 河南省经济开发区 and
/// 河南省二星级产业集聚区 speak of a kind of zone across a province: no
/// province has one zone of that name. A municipality's are single zones
/// (北京经济技术开发区), as are a city's that shares a province's name.
fn names_a_province_only(core: &str) -> bool {
    let rest: String = JIEBA
        .tag(core, true)
        .iter()
        .filter(|t| !is_grade_word(t.word))
        .map(|t| t.word)
        .collect();
    let g = crate::extract::gazetteer::gazetteer();
    let Some(places) = g.by_surface.get(&rest) else {
        return false;
    };
    const MUNICIPALITIES: [&str; 4] = ["11", "12", "31", "50"];
    !places.is_empty()
        && places.iter().all(|&p| {
            let place = &g.places[p];
            place.level == crate::extract::gazetteer::Level::Province
                && !MUNICIPALITIES.iter().any(|m| place.code.starts_with(m))
        })
}

/// 全市新开工重点工业(项目): a scope (the whole city, this county) opens a
/// description, not a firm's name.
fn opens_with_scope(core: &str) -> bool {
    [
        "全市", "全省", "全县", "全区", "全国", "本市", "本县", "本区",
    ]
    .iter()
    .any(|w| core.starts_with(w))
}

/// Is a bare 园区 named? It is mostly anaphora (该园区, 园区内): only a
/// proper name right before it makes one, or a place that opens it with
/// trade words after (某县农副产品加工园区).
fn bare_park_named(core: &str) -> bool {
    if county_written_in_full(core) {
        return false;
    }
    let last_word = JIEBA.cut(core, true).last().map(|t| t.word.to_string());
    if last_word.is_some_and(|w| has_proper_token(&w)) {
        return true;
    }
    let trade = strip_place_prefix(core);
    trade.len() < core.len()
        && !rules().park_suffixes.iter().any(|p| trade.contains(p))
        && JIEBA
            .tag(&trade, true)
            .iter()
            .all(|t| matches!(t.tag, "n" | "vn" | "v" | "nz" | "b" | "j"))
}

/// 某某县园区: a county written in full before a bare 园区 means the
/// county's parks, all of them; a park's own name takes more than that.
fn county_written_in_full(core: &str) -> bool {
    use crate::extract::place_names::{is_county_former_name, is_county_full_name};
    is_county_full_name(core) || is_county_former_name(core)
}

/// 某市某某新区, where 某某新区 is a district's full name, is the district
/// (jieba may hold the whole as one place word, so the split is by
/// characters).
fn district_after_its_city(name: &str) -> bool {
    let cs: Vec<char> = name.chars().collect();
    (2..cs.len().saturating_sub(2)).any(|k| {
        let (city, rest): (String, String) = (cs[..k].iter().collect(), cs[k..].iter().collect());
        is_place_word(&city) && county_written_in_full(&rest)
    })
}

/// 某市特色工业园区, 某省某某工业专业园区: a province or prefecture
/// alone, then a title word and no proper word, is a title the place
/// awards (`title_words.tsv`), not a park's name; so is a level alone
/// before common words (省级循环经济示范园区).
fn awarded_title(core: &str, suffix: &str) -> bool {
    let g = crate::extract::gazetteer::gazetteer();
    let toks = JIEBA.tag(core, true);
    let Some(first) = toks.first() else {
        return false;
    };
    let above_county = g.lookup(first.word).iter().any(|&i| {
        matches!(
            g.places[i].level,
            crate::extract::gazetteer::Level::Province
                | crate::extract::gazetteer::Level::Prefecture
        )
    });
    let rest: String = toks[1..].iter().map(|t| t.word).collect();
    // 省级循环经济示范园区: a level and no proper word is a rank awarded;
    // a grade (打造世界级某某小镇) is a rank aimed at; a type word (新型)
    // describes what the park holds
    let graded = is_grade_word(first.word) && first.word.ends_with('级');
    let ranked = rules().level_prefixes.contains(first.word) || graded;
    if ranked && !has_proper_token(&rest) {
        return true;
    }
    // the title word may open the suffix (某省循环经济示范园区)
    let titled = toks[1..]
        .iter()
        .any(|t| rules().title_words.contains(t.word))
        || rules().title_words.iter().any(|w| suffix.starts_with(w));
    above_county && titled && !has_proper_token(&rest)
}

/// 成为某地国家农业科技园区(重要)的核心区之一: a name followed by 的, or
/// by a word of quality and 的, owns what comes next; it is what the
/// sentence places a thing in, no title attained.
fn possessor(m: &SuffixMatch) -> bool {
    let after = chars_str(m.cs, m.he, (m.he + 6).min(m.cs.len()));
    let toks = JIEBA.tag(&after, true);
    match toks.as_slice() {
        [first, ..] if first.word == "的" => true,
        [first, second, ..] => first.tag == "a" && second.word == "的",
        _ => false,
    }
}

/// 宣传推介经开区: verbs before a park's suffix introduce a park named
/// elsewhere (or by anaphora); they name none. A place jieba reads as a
/// verb (某口/vn) is a place, and a word it does not know, which its HMM
/// tagged as a verb (某门/v 工业园区), a name.
fn only_verbs(core: &str) -> bool {
    JIEBA.tag(core, true).iter().all(|t| {
        matches!(t.tag, "v" | "vn" | "vd") && !is_place_word(t.word) && JIEBA.has_word(t.word)
    })
}

/// 一站式新型产业园区, 智慧创新产业园: modifiers any park may claim
/// (`generic_modifiers.tsv`) describe a kind of park; they name none.
pub(super) fn generic_words_only(core: &str) -> bool {
    let toks = JIEBA.tag(core, true);
    !toks.is_empty() && toks.iter().all(|t| SETS.generic.contains(t.word))
}

/// 民营企业建园区, 某地办园区: a one-character verb right before the
/// suffix takes the park as its object; the words before it say who acts,
/// they name no park (a park's own name ends in a word of two or more
/// characters there: 化工, 加工, 科技).
fn park_as_object(core: &str) -> bool {
    let tags = JIEBA.tag(core, true);
    let [.., actor, verb] = tags.as_slice() else {
        return false;
    };
    let one_char_verb =
        verb.tag == "v" && verb.word.chars().count() == 1 && JIEBA.has_word(verb.word);
    // the actor is a word (a Latin letter before the verb makes a brand)
    let actor_is_word = actor.word.chars().count() >= 2 && JIEBA.has_word(actor.word);
    one_char_verb && actor_is_word
}

/// 加大力度/ns 推介/v 工业城: a verb jieba knows well ending the words
/// before a park's suffix, after words that hold no place and no brand,
/// takes the park as its object; it names none. A field's verb (创新, or
/// any after a noun: 文化创意), a trade or a verb of making (某地装备制造产业园)
/// is a name's word.
fn park_after_clause_verb(core: &str) -> bool {
    let toks = JIEBA.tag(core, true);
    let Some((verb, before)) = toks.split_last() else {
        return false;
    };
    let clause_verb = verb.tag == "v"
        && verb.word.chars().count() >= 2
        && JIEBA.has_word(verb.word)
        && JIEBA.suggest_freq(verb.word) >= rules().thresholds.rare_word_freq
        && !SETS.generic.contains(verb.word)
        && !rules().industry_words.contains(verb.word)
        && !rules().product_verbs.contains(verb.word)
        && !rules().name_head_words.contains(verb.word);
    let nameless = |t: &jieba_rs::Tag| {
        JIEBA.has_word(t.word) && !is_place_word(t.word) && !has_brand_token(t.word)
    };
    // a noun before the verb makes a field with it (文化/n 创意/v)
    let field = before
        .last()
        .is_some_and(|t| matches!(t.tag, "n" | "vn" | "nz"));
    clause_verb && !field && !before.is_empty() && before.iter().all(nameless)
}

/// The bodies that run a park, named after it (某某高新区管委会,
/// 某某科学城建设管理办公室, the party's 某某经开区党工委 or 工委), and its
/// bureaus (某某开发区经发局, 某某开发区招商局).
const ADMINISTRATIONS: [&str; 14] = [
    "管委会",
    "党工委",
    "工委",
    "党委",
    "管理委员会",
    "管理办公室",
    "建设管理办公室",
    "管理局",
    "经发局",
    "经济发展局",
    "招商局",
    "投资促进局",
    "投促局",
    "财政局",
];

/// A park: a named core, not a bare 园区 or a part of town's 新区; a firm
/// inside its name and its administration (管委会) noted.
/// 某区委常委新城(管委会): a person's office before a body's name, not a
/// park's name; no park is named with a title of office.
fn holds_office_title(core: &str) -> bool {
    rules().office_titles.iter().any(|t| core.contains(t))
}

/// 创建国家电子商务产业园: a park's name opening with the nation or a
/// level, no place before it, is a designation sought or held, not a
/// zone's name (a place opens one: 某县国家电子商务产业园).
fn opens_with_level(core: &str) -> bool {
    core.starts_with("国家") || rules().level_prefixes.iter().any(|l| core.starts_with(l))
}

/// 全面对标国家级高新区, 创建跨省域国家级高新区: a level right before
/// the suffix, with no place before it, makes a designation aimed at,
/// not a park's name (a place names the park: 某市国家级…).
fn level_after_no_place(core: &str) -> bool {
    let Some(before) = rules()
        .level_prefixes
        .iter()
        .find_map(|l| core.strip_suffix(*l))
    else {
        return false;
    };
    !JIEBA
        .tag(before, true)
        .iter()
        .any(|t| is_place_word(t.word))
}

/// 某某股份有限公司(的)电子商务产业园项目: a park named by its field
/// alone right after a company's registered name is that company's
/// project or premises, not a zone of its own. A place opening it names
/// the zone the project goes to (某某有限公司某市某某新区新材料项目), and
/// after a group's short name (某某集团科创城) it may name the zone the
/// group runs.
fn after_registered_firm(m: &SuffixMatch) -> bool {
    let before = chars_str(m.cs, m.start().saturating_sub(3), m.start());
    let opens_with_place = JIEBA
        .tag(&m.core, true)
        .first()
        .is_some_and(|t| is_place_word(t.word));
    (before.ends_with("公司") || before.ends_with("公司的")) && !opens_with_place
}

/// 某某有限公司投资的某某新材料产业园: a park that a firm named right
/// before it builds is that firm's; the words that open the park's name
/// are its field, not another firm.
fn built_by_named_firm(m: &SuffixMatch) -> bool {
    const BUILDS: [&str; 6] = ["投资建设", "投资", "建设", "打造", "开发", "兴建"];
    let before = chars_str(m.cs, m.start().saturating_sub(10), m.start());
    let Some(rest) = before.strip_suffix('的') else {
        return false;
    };
    BUILDS.iter().any(|v| {
        rest.strip_suffix(v)
            .is_some_and(|firm| firm.ends_with("公司") || firm.ends_with("集团"))
    })
}

/// 生活区(生活居住片区、滨河商业片区): parts listed in brackets after a
/// zone's area named by its use (生活区, 生产区: a common word and 区)
/// lay the zone out; they are no parks of their own, whichever grammar
/// read them. Drops such parks proposed from `first` on.
pub(super) fn drop_parts_of_layout_areas(s: &str, first: usize, out: &mut Vec<Cand>) {
    let cs: Vec<char> = s.chars().collect();
    let mut i = first;
    while i < out.len() {
        let c = &out[i];
        let is_part = c.etype == EntityType::Park
            && rules().park_sub_units.iter().any(|u| c.name.ends_with(u))
            && {
                let at: Vec<usize> = char_positions(&cs, &c.name).collect();
                !at.is_empty() && at.iter().all(|&at| inside_a_layout_area(&cs, at))
            };
        if is_part {
            out.remove(i);
        } else {
            i += 1;
        }
    }
}

fn char_positions<'a>(cs: &'a [char], name: &'a str) -> impl Iterator<Item = usize> + 'a {
    let n: Vec<char> = name.chars().collect();
    (0..=cs.len().saturating_sub(n.len()))
        .filter(move |&i| !n.is_empty() && cs[i..].starts_with(&n))
}

fn inside_a_layout_area(cs: &[char], at: usize) -> bool {
    const MAX_LOOKBACK: usize = 40;
    let from = at.saturating_sub(MAX_LOOKBACK);
    let Some(open) = (from..at).rev().find(|&i| matches!(cs[i], '(' | '（')) else {
        return false;
    };
    let closed = cs[open..at]
        .iter()
        .any(|c| matches!(c, ')' | '）' | '。' | '；' | ';'));
    if closed || open < 3 || cs[open - 1] != '区' {
        return false;
    }
    let use_word = chars_str(cs, open - 3, open - 1);
    common_in_dictionary(&use_word) && !is_place_word(&use_word)
}

/// A park's part named on its own (某地片区, 某某分区) is named by a place
/// or a word of its own; a town's quarters named by a common word, a rarer
/// noun or a direction (城南片区, 老城片区, 东部片区) are no park's.
fn names_a_part(core: &str) -> bool {
    let tags = JIEBA.tag(core, true);
    let one_plain_word = matches!(tags.as_slice(), [t] if JIEBA.has_word(t.word)
        && (common_in_dictionary(t.word) || !is_named_tag(t.tag) && t.tag != "ns"));
    let direction = tags.first().is_some_and(|t| t.tag == "f");
    // 老城 is also a district's short form (of 老城区, an ordinary phrase)
    let phrase_district = rules()
        .generic_district_names
        .iter()
        .any(|d| d.strip_suffix('区') == Some(core));
    gazetteer().is_place(core) && !phrase_district || !one_plain_word && !direction
}

fn park_by_suffix(m: &SuffixMatch, out: &mut Vec<Cand>) {
    // a bare 县开发区 is the county's park by anaphora, not a name; 两省开发区,
    // 三市园区 count parks, they do not name one
    let core_ok = (named_core(&m.core) || industry_named_park(m))
        && !counted_after(m)
        && !counted_before(m)
        && !heads_a_roll(m)
        && !COUNTED_PLACES.is_match(&m.core)
        && !COUNTED_KINDS.is_match(&m.core)
        && !province_wide_zones(m)
        && !unplaced_cluster(m)
        && !only_verbs(&m.core)
        && !park_as_object(&m.core)
        && !park_after_clause_verb(&m.core)
        && !generic_words_only(&m.core)
        && !awarded_title(&m.core, m.suffix)
        && !awarded_designation(m)
        && !holds_office_title(&m.core)
        && !level_after_no_place(&m.core)
        && !opens_with_level(&m.core)
        && !industry_among_industries(m)
        && !kind_described_by_its_focus(m)
        && !names_a_category(m)
        && !province_and_standing_only(m);
    if !core_ok || m.core.chars().count() > rules().thresholds.park_core_max_chars {
        return;
    }
    if m.suffix == "园区" && !bare_park_named(&m.core) {
        return;
    }
    // a branch park is named by its place (某县分园); other words before
    // 分园 (该分园, 首批分园) are no name
    if m.suffix == "分园" && !gazetteer().is_place(&m.core) {
        return;
    }
    if rules().park_sub_units.contains(m.suffix) && !names_a_part(&m.core) {
        return;
    }
    if matches!(m.suffix, "新城" | "新区")
        && (generic_new_district(&m.core) || district_after_its_city(&m.name))
    {
        return;
    }
    // 把某园建设成为某县重要支柱产业园: what a park is to become describes
    // it, it names no other park
    if chars_str(m.cs, m.start().saturating_sub(2), m.start()) == "成为" && !possessor(m) {
        return;
    }
    if after_registered_firm(m) || place_of_a_platform_branch(m) {
        return;
    }
    let aliases = park_aliases(&m.name, &m.core);
    // a firm inside a park name: 某某新材料产业园 → 某某新材料
    if matches!(m.suffix, "产业园" | "合作园" | "产业合作园") && !built_by_named_firm(m)
    {
        // two joined industries (某某医疗器械及汽车电子): the brand opens the first
        let first_part = m.core.split(['及', '暨']).next().unwrap_or(&m.core);
        firm_in_name(first_part, out);
        if let Some(firm) = out.last_mut().filter(|c| c.etype == EntityType::Firm) {
            if firm.nested_in.is_none() && m.core.contains(firm.name.as_str()) {
                firm.nested_in = Some(m.name.clone());
            }
        }
    }
    let longest = ADMINISTRATIONS.iter().map(|a| a.chars().count()).max();
    let body_after: String = m.cs[m.he..m.cs.len().min(m.he + longest.unwrap_or(0))]
        .iter()
        .collect();
    let administration = ADMINISTRATIONS
        .iter()
        .find(|a| body_after.starts_with(*a))
        .map(|a| format!("{}{a}", m.name));
    if former_name_of_park(m, out) || new_name_of_park(m, out) {
        return;
    }
    let before = out.len();
    push_cand(out, EntityType::Park, m.name.clone(), aliases);
    // a park named only in its administration's name is not
    // named on its own (ANNOTATION rule 3)
    if let Some(body) = administration.filter(|_| out.len() > before) {
        if let Some(c) = out.last_mut() {
            c.nested_in = Some(body);
        }
    }
}

/// 某某中心某某科学城分中心: a park's name right before 分中心, 分院 or
/// 分平台 names where a platform's branch sits, inside the branch's name.
fn place_of_a_platform_branch(m: &SuffixMatch) -> bool {
    let after: String = m.cs[m.he..m.cs.len().min(m.he + 3)].iter().collect();
    ["分中心", "分院", "分平台"]
        .iter()
        .any(|b| after.starts_with(b))
}

/// 认定某某工业园区为…,同时命名为“某市高新技术产业园区”, 某某园区更名为
/// 某某产业园: the name a park is given (命名为, 更名为) is another name of
/// the park the sentence named before it, not a park of its own. True when
/// it was added to that park.
fn new_name_of_park(m: &SuffixMatch, out: &mut [Cand]) -> bool {
    // most park names follow no such verb: read the few characters before
    // the name first, the whole clause only after one
    let tail = chars_str(m.cs, m.start().saturating_sub(4), m.start());
    let named_as = |t: &str| {
        let t = t.trim_end_matches(['“', '"', '「']);
        t.ends_with("命名为") || t.ends_with("更名为")
    };
    if !named_as(&tail) {
        return false;
    }
    let before = chars_str(m.cs, 0, m.start());
    let lead = before.trim_end_matches(['“', '"', '「']);
    let Some(park) = out.iter_mut().rev().find(|c| {
        c.etype == EntityType::Park && c.name != m.name && lead.contains(c.name.as_str())
    }) else {
        return false;
    };
    if !park.aliases.contains(&m.name) {
        park.aliases.push(m.name.clone());
    }
    true
}

/// 某某化工产业园(原某市生物产业园): a park's former name in brackets
/// right after it is another name of that park, not a park of its own.
/// True when it was added to the park before it.
fn former_name_of_park(m: &SuffixMatch, out: &mut [Cand]) -> bool {
    let Some(former) = m.name.strip_prefix('原') else {
        return false;
    };
    let start = m.start();
    let Some(open) = start
        .checked_sub(1)
        .filter(|&o| matches!(m.cs[o], '(' | '（'))
    else {
        return false;
    };
    let before = chars_str(m.cs, 0, open);
    let Some(park) = out
        .iter_mut()
        .rev()
        .find(|c| c.etype == EntityType::Park && before.ends_with(c.name.as_str()))
    else {
        return false;
    };
    if former.chars().count() >= 4 && !park.aliases.iter().any(|a| a == former) {
        park.aliases.push(former.to_string());
    }
    true
}

/// Where a run of industry words right before a park's suffix starts
/// (新能源汽车, 纺织, 5G), read by characters: jieba cuts them
/// unevenly (新能源/n 汽车). None when the run is shorter than two
/// characters or starts inside one of jieba's words (…通用/v 航空 is
/// fine, 电子信/… is not).
fn industry_run_start(cs: &[char], hs: usize) -> Option<usize> {
    let ending_at = |set: &HashSet<&str>, p: usize| {
        set.iter()
            .map(|w| w.chars().count())
            .filter(|&n| n <= p && set.contains(chars_str(cs, p - n, p).as_str()))
            .max()
    };
    let mut p = hs;
    loop {
        let ascii = cs[..p]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        match ending_at(&INDUSTRY_RUN_WORDS, p).or((ascii > 0).then_some(ascii)) {
            Some(n) => p -= n,
            None => break,
        }
    }
    // a modifier only opens the run (新型建材, 智能装备)
    if p < hs {
        p -= ending_at(&RUN_MODIFIERS, p)
            .or_else(|| set_phrase_opening_item(cs, p))
            .unwrap_or(0);
    }
    if hs - p < 2 {
        return None;
    }
    let from = p.saturating_sub(6);
    let mut at = from;
    let on_boundary = p == 0
        || JIEBA.cut(&chars_str(cs, from, hs), true).iter().any(|w| {
            let starts_here = at == p;
            at += w.word.chars().count();
            starts_here
        });
    on_boundary.then_some(p)
}

/// 、可降解/l 材料产业园: a set phrase jieba knows that opens an item of a
/// list (or a clause) right before an industry run describes what is made
/// there; an idiom that introduces a name would not stand alone as an item.
/// Returns its length in characters.
fn set_phrase_opening_item(cs: &[char], p: usize) -> Option<usize> {
    let from = p.saturating_sub(4);
    let text = chars_str(cs, from, p);
    let words = JIEBA.tag(&text, false);
    let last = words.last()?;
    let n = last.word.chars().count();
    let opens_item = p == n || p > n && (cs[p - n - 1] == '、' || is_hard(cs[p - n - 1]));
    (last.tag == "l" && n >= 3 && JIEBA.has_word(last.word) && opens_item).then_some(n)
}

/// 某某医疗器械及汽车电子产业园, 某地粮油加工暨设施农业示范园区: two
/// industries joined by 及 or 暨 before one park's suffix are one park's
/// name (a list of parks would end its first item with a suffix of its
/// own). The name then opens where the first industry's name does: with
/// the brand or place before it, if any.
fn joined_industries_start(cs: &[char], start: usize, hs: usize) -> usize {
    let Some(joint) = start
        .checked_sub(1)
        .filter(|&j| matches!(cs[j], '及' | '暨'))
    else {
        return start;
    };
    // 暨 joins two names into one; 及 joins two industries, or two items
    if cs[joint] == '及' && industry_run_start(cs, hs) != Some(start) {
        return start;
    }
    let Some(first) = industry_run_start(cs, joint) else {
        return start;
    };
    match find_left(cs, first, Kind::Park) {
        Some((opens, false)) if has_proper_token(&chars_str(cs, opens, first)) => opens,
        _ => first,
    }
}

/// The words a park's industry run is made of: industry words and what
/// is made there (制造, 加工).
static INDUSTRY_RUN_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    rules()
        .industry_words
        .iter()
        .chain(
            rules()
                .project_activity_words
                .iter()
                .filter(|w| matches!(**w, "制造" | "加工")),
        )
        .copied()
        .collect()
});

/// Modifiers that may open a park's industry run (新型建材, 智能装备): the
/// generic modifiers jieba reads as adjectives, not verbs (建设).
static RUN_MODIFIERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    rules()
        .generic_modifiers
        .iter()
        .copied()
        .filter(|w| {
            JIEBA
                .tag(w, false)
                .first()
                .is_some_and(|t| matches!(t.tag, "a" | "b"))
        })
        .collect()
});

/// The last of jieba's words in `s`.
fn last_word(s: &str) -> &str {
    JIEBA.cut(s, true).last().map_or("", |w| w.word)
}

/// A park named by its industry alone (新能源汽车产业园, 纺织产业园):
/// the one park the text speaks of, unless a count, a plural or a list
/// around it makes it a kind (建设一批纺织产业园, 纺织、轴承等产业园).
fn industry_named_park(m: &SuffixMatch) -> bool {
    let industrial = matches!(
        m.suffix,
        "产业园" | "产业园区" | "工业园" | "工业园区" | "科技园" | "科技园区"
    );
    let start = m.start();
    let industry_only = named_by_industry_only(m);
    let plural = kinds_before(m) || matches!(m.cs.get(m.he), Some('等' | '、'));
    industrial
        && industry_only
        && !names_a_project(m)
        && (!plural || among_listed_parks(m.cs, start, m.he))
}

/// A count, a plural or a list right before a name named by its industry
/// (一批, 各类, 、) makes it a kind of carrier, not one the text names.
fn kinds_before(m: &SuffixMatch) -> bool {
    m.start()
        .checked_sub(1)
        .is_some_and(|i| "个批家座多各类些等、".contains(m.cs[i]))
}

/// 以生物医药、电子信息产业区、木制品加工为主导: a zone named by its
/// industry alone, listed in a frame of 以…为 (what leads, what is
/// stressed) with no park beside it, is one of the industries, not a
/// park's name.
fn industry_among_industries(m: &SuffixMatch) -> bool {
    let start = m.start();
    let listed =
        start.checked_sub(1).is_some_and(|i| m.cs[i] == '、') || m.cs.get(m.he) == Some(&'、');
    let opened = clause_up_to(m.cs, start).contains(&'以');
    let closed = m.cs[m.he..]
        .iter()
        .take_while(|c| !CLAUSE_ENDS.contains(**c))
        .any(|&c| c == '为');
    named_by_industry_only(m)
        && listed
        && opened
        && closed
        && !among_listed_parks(m.cs, start, m.he)
}

/// 建设以某某为基础的绿色经济工业区, 以某某加工为主的生态农业产业示范
/// 园区: after what a park is to be built around (以…为…的), a core with
/// no place or name of its own describes a kind of park, it names none.
fn kind_described_by_its_focus(m: &SuffixMatch) -> bool {
    let start = m.start();
    if start == 0 || m.cs[start - 1] != '的' || has_proper_token(&m.core) {
        return false;
    }
    let before = clause_up_to(m.cs, start - 1);
    before
        .iter()
        .rposition(|&c| c == '以')
        .is_some_and(|at| before[at..].contains(&'为'))
}

/// The marks that end a clause.
const CLAUSE_ENDS: &str = "，,。；;！？";

/// The characters of the clause that `cs[end]` ends, from its start.
fn clause_up_to(cs: &[char], end: usize) -> &[char] {
    let from = cs[..end]
        .iter()
        .rposition(|c| CLAUSE_ENDS.contains(*c))
        .map_or(0, |p| p + 1);
    &cs[from..end]
}

/// Is the core a run of industry words (read by characters), or two such
/// runs joined (某某新材料及汽车零部件), and nothing else?
fn named_by_industry_only(m: &SuffixMatch) -> bool {
    let start = m.start();
    let hs = start + m.core.chars().count();
    industry_run_start(m.cs, hs)
        .is_some_and(|run| run == start || joined_industries_start(m.cs, run, hs) == start)
}

/// 某公司投资的新能源产业园项目: a park named by its industry alone and
/// followed by 项目 is what a project will build, not a park that exists.
fn names_a_project(m: &SuffixMatch) -> bool {
    m.cs.get(m.he..m.he + 2) == Some(&['项', '目'][..])
}

/// 某某产业园、化工产业园等: a list whose neighbouring item is itself a
/// park (it ends in a park's suffix) lists parks, each named by its
/// industry; 纺织、轴承等产业园 lists industries of one kind of park.
fn among_listed_parks(cs: &[char], start: usize, end: usize) -> bool {
    let is_park_item = |item: String| {
        rules()
            .park_suffixes
            .iter()
            .any(|x| item.ends_with(x) && item.chars().count() > x.chars().count())
    };
    let item_end = |c: &char| "、，,。；;：:等及和与（(".contains(*c) || c.is_whitespace();
    let before = start.checked_sub(1).filter(|&i| cs[i] == '、').map(|i| {
        let from = cs[..i].iter().rposition(item_end).map_or(0, |p| p + 1);
        chars_str(cs, from, i)
    });
    let after = cs.get(end).filter(|c| **c == '、').map(|_| {
        let to = cs[end + 1..]
            .iter()
            .position(item_end)
            .map_or(cs.len(), |p| end + 1 + p);
        chars_str(cs, end + 1, to)
    });
    before.into_iter().chain(after).any(is_park_item)
}

/// A platform: a named core with a proper word (or a state key lab's
/// field, or a heading), no park or platform inside it.
/// 申报市级某某创新中心5家, 建成省级众创空间3个: a figure and a counter
/// right after the name count a kind of carrier; they do not name one.
/// A list's last item before the count (某某中心、某某中心3个项目) is counted
/// with the others as one of them: the figure counts the list, not a kind.
fn counted_after(m: &SuffixMatch) -> bool {
    let last_of_a_list = m.start() > 0 && m.cs[m.start() - 1] == '、';
    if last_of_a_list {
        return false;
    }
    let after = &m.cs[m.he..m.cs.len().min(m.he + 6)];
    let digits = after.iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0
        && after
            .get(digits)
            .is_some_and(|c| matches!(c, '家' | '个' | '所'))
}

/// 县内主要科创平台一览表, 某省特色产业园区名单: a table or roll right
/// after the words lists carriers of that kind; they name none.
fn heads_a_roll(m: &SuffixMatch) -> bool {
    let after: String = m.cs[m.he..m.cs.len().min(m.he + 3)].iter().collect();
    ["一览表", "名单", "名录", "清单"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// 是某省重点省级开发区, 某省智慧开发区: a province and only words of
/// standing or manner (levels, generic modifiers) before 开发区 make a
/// status a zone holds in the province, not a zone's name (a county or a
/// word of its own names one: 某县智慧开发区).
fn province_and_standing_only(m: &SuffixMatch) -> bool {
    let g = crate::extract::gazetteer::gazetteer();
    let toks = JIEBA.tag(&m.core, true);
    let Some((first, rest)) = toks.split_first() else {
        return false;
    };
    let province = g
        .lookup(first.word)
        .iter()
        .any(|&i| g.places[i].level == crate::extract::gazetteer::Level::Province);
    let standing = |w: &str| {
        SETS.generic.contains(w)
            || rules().level_prefixes.contains(w)
            || rules().level_infixes.contains(w)
    };
    // jieba fuses two of them (省级重点/n)
    let standing_pair = |w: &str| {
        w.char_indices()
            .skip(1)
            .any(|(at, _)| standing(&w[..at]) && standing(&w[at..]))
    };
    // a park's own suffix (产业园, 生物城) is a name's, the bare zone's
    // (开发区) a status's
    m.suffix.ends_with("开发区")
        && province
        && !rest.is_empty()
        && rest
            .iter()
            .all(|t| standing(t.word) || standing_pair(t.word))
}

/// 某某学会园区类继续教育基地: 类 right after the suffix makes it a
/// category (of the park kind), not the end of a name.
fn names_a_category(m: &SuffixMatch) -> bool {
    m.cs.get(m.he) == Some(&'类')
}

/// 在“某某创客空间”微信群: a name right before a chat group's word (past
/// a closing quote) is the group's, where members talk, not a carrier.
fn names_a_chat_group(m: &SuffixMatch) -> bool {
    super::quoted::chat_group_after(&chars_str(m.cs, m.he, m.cs.len().min(m.he + 4)))
}

/// 建设1个经济开发区、1个商贸物流园区, 做强一个国企平台: a figure and a
/// counter right before the name count a kind of park or platform to
/// build; they do not name one.
fn counted_before(m: &SuffixMatch) -> bool {
    let start = m.start();
    let before = &m.cs[start.saturating_sub(2)..start];
    matches!(before, [figure, '个' | '座' | '类']
        if figure.is_ascii_digit() || "一两二三四五六七八九十几".contains(*figure))
}

/// 被认定为国家级某某公共服务平台, 获评某省某某园区, 获批为某省众创空间: a level or a
/// province right after a verb of awarding opens the title a body was
/// given, not the name of a carrier or a park.
fn awarded_designation(m: &SuffixMatch) -> bool {
    let start = m.start();
    let before = chars_str(m.cs, start.saturating_sub(3), start);
    let after_award = [
        "认定为",
        "评为",
        "获评",
        "命名为",
        "列为",
        "授予",
        "获批为",
        "批准为",
    ]
    .iter()
    .any(|v| before.ends_with(v));
    if !after_award {
        return false;
    }
    let g = crate::extract::gazetteer::gazetteer();
    let by_province = JIEBA.tag(&m.core, true).first().is_some_and(|t| {
        g.lookup(t.word)
            .iter()
            .any(|&i| g.places[i].level == crate::extract::gazetteer::Level::Province)
    });
    by_province || rules().level_prefixes.iter().any(|l| m.core.starts_with(l))
}

/// Platform suffixes that a level and a field name as a kind of carrier
/// (省级某某产业基地平台, 省级备案科技企业孵化器), never as one carrier.
/// The levels of a key lab written between its field and 实验室.
pub(super) const KEY_LAB_LEVELS: [&str; 4] = ["全国重点", "国家重点", "省重点", "省级重点"];

const KINDS_BY_LEVEL_AND_FIELD: [&str; 6] = [
    "平台",
    "孵化器",
    "众创空间",
    "孵化基地",
    "创业基地",
    "双创基地",
];

/// 某某产业创新服务综合体, 某某产业服务平台: a service complex or platform
/// is set up for one county's industry and named by it (阀门产业, 汽车零部件
/// 产业), the one carrier the text speaks of, unless a count or a list of
/// fields before it makes it a kind.
fn industry_named_complex(m: &SuffixMatch) -> bool {
    // an industry's service platform is named the same way (某某产业服务平台)
    let field = match m.suffix {
        "平台" => ["产业服务", "产业公共服务"]
            .iter()
            .find_map(|x| m.core.strip_suffix(x)),
        _ if m.suffix.ends_with("综合体") => m.core.strip_suffix("产业"),
        _ => None,
    };
    let Some(field) = field else {
        return false;
    };
    // (a 、 after it lists it beside other names, not other fields)
    let plural = kinds_before(m) || m.cs.get(m.he) == Some(&'等');
    (2..=8).contains(&field.chars().count())
        && !plural
        && JIEBA
            .tag(field, true)
            .iter()
            .all(|t| matches!(t.tag, "n" | "vn" | "nz") || rules().industry_words.contains(t.word))
}

fn platform_by_suffix(m: &SuffixMatch, out: &mut Vec<Cand>) {
    let places_stations =
        m.suffix.starts_with("院士") && (places_only(&m.core) || gazetteer().is_place(&m.core));
    if places_stations
        || firm_named_on(m)
        || firms_unit_in_a_place(m)
        || counted_after(m)
        || counted_before(m)
        || heads_a_roll(m)
        || awarded_designation(m)
        || names_a_chat_group(m)
        || bare_kind_as_object(m)
    {
        return;
    }
    // a state or provincial carrier (国家某某重点实验室, 国家级
    // 某某检测中心) is named by its field; a 平台 or an incubator so named
    // (省级某某产业基地平台, 省级备案科技企业孵化器) is a designation's
    // kind, not a carrier's name
    let field = rules()
        .state_carrier_prefixes
        .iter()
        .find_map(|l| m.core.strip_prefix(l))
        .unwrap_or("");
    // a key lab named by its field before its level (某某与某某全国重点实验室,
    // 某某国家重点实验室)
    let field_before_level = KEY_LAB_LEVELS
        .iter()
        .find_map(|l| m.core.strip_suffix(l))
        .filter(|_| m.suffix == "实验室")
        .unwrap_or("");
    let key_lab = field.chars().count() >= 4
        && named_core(field)
        && !KINDS_BY_LEVEL_AND_FIELD.contains(&m.suffix)
        || field_before_level.chars().count() >= 2;
    if COUNTED_KINDS.is_match(&m.core) {
        return;
    }
    // before the lengths and words of the whole are judged: what precedes
    // the dash describes the platform, however long it is
    if let Some(named) = platform_after_dash(m) {
        push_cand(out, EntityType::Platform, named.to_string(), Vec::new());
        return;
    }
    let named = named_core(&m.core) && (has_proper_token(&m.core) || key_lab);
    // a line of its own names a platform however plain its words, unless
    // they are only modifiers any carrier may claim (a table's cell of
    // kinds: 产业技术研究院)
    let own_line = m.whole_line && !generic_words_only(&m.core);
    if !(named || own_line || industry_named_complex(m))
        || m.core.chars().count() > rules().thresholds.platform_core_max_chars
    {
        return;
    }
    let holds_carrier = |text: &str| {
        rules()
            .park_suffixes
            .iter()
            .chain(&rules().platform_suffixes)
            .any(|x| text.contains(x))
    };
    const SEPARATORS: [&str; 5] = ["·", "——", "•", "・", "—"];
    // 某某科技园·某某科创中心: the park or platform before a separator is
    // the parent the platform is named under, not a carrier inside it
    let own_core = SEPARATORS
        .iter()
        .find_map(|sep| m.core.rfind(sep).map(|p| &m.core[p + sep.len()..]))
        .unwrap_or(&m.core);
    // 某某开发区孵化器: a park's own incubator is named by the park, or
    // by the park and the place where it stands (某某芯谷某县科创中心)
    let without_place = (2..=3)
        .filter_map(|n| {
            let at = own_core.char_indices().rev().nth(n - 1)?.0;
            gazetteer()
                .is_place(&own_core[at..])
                .then(|| &own_core[..at])
        })
        .next()
        .unwrap_or(own_core);
    // read only where a carrier's word stands inside: most cores hold none
    let parks_own = || {
        park_suffix_chars(own_core) > 0
            || park_suffix_chars(without_place) > 0
            || park_then_kind_words(own_core)
    };
    if holds_carrier(own_core) && !parks_own() {
        return;
    }
    // 与某某质量监督检验中心洽谈: a testing centre met as a partner is a
    // public testing body that exists already, not a carrier being built
    if m.suffix == "检验中心" && m.start() > 0 && m.cs[m.start() - 1] == '与' {
        push_cand(out, EntityType::Institution, m.name.clone(), Vec::new());
        return;
    }
    // 中国某某研究院: a national research institute, a public body of the
    // state, not a local carrier of innovation; unless a listed firm's
    // short name opens it (中国某某 + a region + 研究院: the firm's own)
    if m.suffix == "研究院"
        && m.core.starts_with("中国")
        && crate::extract::listed::listed_opening(&m.core).is_none()
    {
        push_cand(out, EntityType::Institution, m.name.clone(), Vec::new());
        return;
    }
    let mut aliases = Vec::new();
    for sep in SEPARATORS {
        if let Some(p) = m.name.find(sep) {
            let (left, right) = (&m.name[..p], &m.name[p + sep.len()..]);
            if holds_carrier(left) {
                if right.chars().count() >= 4 {
                    aliases.push(right.to_string());
                }
            } else if left.chars().count() >= 3 {
                aliases.push(left.to_string());
            }
            break;
        }
    }
    push_cand(out, EntityType::Platform, m.name.clone(), aliases);
}

/// 某某工业园区中小企业创业孵化基地: a named park, then only common
/// words of whom the platform serves (中小企业, 创业): the park's own
/// carrier, as one right after its name is. An unnamed park (一站式某某
/// 小镇科技创新中心) describes the carrier, it names none.
fn park_then_kind_words(core: &str) -> bool {
    let Some((at, end)) = rules()
        .park_suffixes
        .iter()
        .filter(|x| x.chars().count() >= 2)
        .filter_map(|x| core.rfind(*x).map(|at| (at, at + x.len())))
        .max_by_key(|&(at, end)| (end, std::cmp::Reverse(at)))
    else {
        return false;
    };
    let toks = JIEBA.tag(&core[end..], true);
    has_proper_token(&core[..at])
        && (1..=rules().thresholds.park_carrier_kind_words_max).contains(&toks.len())
        && toks.iter().all(|t| {
            JIEBA.has_word(t.word)
                && !is_place_word(t.word)
                && !matches!(t.tag, "ns" | "nr" | "nrt" | "nrfg" | "nz")
        })
}

/// 设立分支机构——某某研究院: a double dash introduces the platform's name,
/// and what precedes it describes the platform, when the name after it is
/// one of its own. A single dash does so after a common noun (服务站—某县某某中心); after
/// a place or a name it joins partners (某国—某某创新中心).
fn platform_after_dash<'m>(m: &'m SuffixMatch) -> Option<&'m str> {
    let p = m.name.rfind('—')?;
    let double = m.name[..p].ends_with('—');
    let before = m.name[..p].trim_end_matches('—');
    let introduced = double
        || JIEBA
            .tag(before, true)
            .last()
            .is_some_and(|t| JIEBA.has_word(t.word) && t.tag == "n" && !is_place_word(t.word));
    if !introduced {
        return None;
    }
    let named = &m.name[p + '—'.len_utf8()..];
    let core = named.strip_suffix(m.suffix).unwrap_or(named);
    (named.chars().count() >= 4 && named_core(core) && has_proper_token(core)).then_some(named)
}

/// Does a firm's suffix follow the platform's name, after at most a
/// bracketed place (某某研究院(杭州)有限公司, 某某创新中心有限公司)? Then
/// the name is the firm's, registered as a company, and no platform.
/// 某某有限公司杭州研发中心: a firm's unit in a place, right after the
/// firm's name, is part of the firm, not a platform of its own.
fn firms_unit_in_a_place(m: &SuffixMatch) -> bool {
    let start = m.start();
    let before: String = m.cs[start.saturating_sub(2)..start].iter().collect();
    before == "公司" && is_place_word(&m.core)
}

fn firm_named_on(m: &SuffixMatch) -> bool {
    let mut at = m.he;
    if matches!(m.cs.get(at), Some('(' | '（')) {
        let close = m.cs[at..]
            .iter()
            .take(FIRM_BRACKET_MAX_CHARS + 2)
            .position(|c| matches!(c, ')' | '）'));
        match close {
            Some(k) => at += k + 1,
            None => return false,
        }
    }
    let after: String = m.cs[at..m.cs.len().min(at + 8)].iter().collect();
    rules()
        .firm_suffixes
        .iter()
        .filter(|x| x.contains("公司"))
        .any(|x| after.starts_with(&**x))
}

/// The longest bracketed place inside a firm's name (内蒙古自治区 is six).
const FIRM_BRACKET_MAX_CHARS: usize = 6;

/// An institution: a named core or a place.
fn institution_by_suffix(m: &SuffixMatch, out: &mut Vec<Cand>) {
    if m.core.chars().count() > rules().thresholds.institution_core_max_chars
        || !named_core(&m.core) && !is_place_word(&m.core)
    {
        return;
    }
    push_cand(out, EntityType::Institution, m.name.clone(), vec![]);
}

/// A firm named inside a longer name or a project: [place] name industry.
pub(super) fn firm_in_name(core: &str, out: &mut Vec<Cand>) {
    let mut c = core.to_string();
    for tail in &rules().park_core_tails {
        if let Some(r) = c.strip_suffix(tail) {
            c = r.to_string();
            break;
        }
    }
    if !ends_with_industry(&c)
        || opens_with_scope(&c)
        || c.chars().count() < rules().thresholds.firm_in_name_min_chars
        || c.chars().count() > rules().thresholds.firm_in_name_max_chars
    {
        return;
    }
    let body = strip_place_prefix(&c);
    // an industry coinage jieba does not know (智造) names no brand
    let named = JIEBA.tag(&body, true).iter().any(|t| {
        is_named_tag(t.tag) && !is_place_word(t.word) && !SETS.generic.contains(t.word)
            || !JIEBA.has_word(t.word)
                && t.word.chars().count() >= 2
                && !rules().industry_words.contains(t.word)
    });
    if !named || !named_firm_core(&body) {
        return;
    }
    // a listed company's short name opening it: the rest is its product
    if let Some(firm) = crate::extract::listed::listed_opening(&body) {
        push_cand(
            out,
            EntityType::Firm,
            firm.surface.clone(),
            vec![firm.full.clone(), c],
        );
        return;
    }
    if let Some(brand) = brand_before_product(&c) {
        push_cand(out, EntityType::Firm, brand, vec![c]);
        return;
    }
    let mut aliases = firm_short_names(&c);
    // 某某电力风电光伏项目: the firm is the brand with its first trade
    // word; what follows is the product (kept as a form of the firm)
    match aliases.iter().position(|a| is_brand_and_first_trade(a, &c)) {
        Some(k) => {
            let short = aliases.remove(k);
            aliases.insert(0, c);
            push_cand(out, EntityType::Firm, short, aliases);
        }
        None => push_cand(out, EntityType::Firm, c, aliases),
    }
}

/// 岚石固态锂电池(项目), 岚石燃料电池(工厂): the first trade word after the
/// brand (锂电, 电池) ends or starts inside a word (锂电池, 燃料电池), so
/// what follows the brand is its product, not
/// its trade; the firm is the brand's words (proper or unknown to jieba)
/// with the place before them.
fn brand_before_product(name: &str) -> Option<String> {
    let body = strip_place_prefix(name);
    let trade = INDUSTRY_AC
        .find_iter(&body)
        .find(|m| body[..m.start()].chars().count() >= 2)?;
    let toks = JIEBA.tag(&body, true);
    let whole_words = toks.iter().any(|t| t.byte_start == trade.start())
        && toks.iter().any(|t| t.byte_end == trade.end());
    if whole_words {
        return None;
    }
    let brand_end = toks
        .iter()
        .take_while(|t| {
            !is_place_word(t.word)
                && !SETS.generic.contains(t.word)
                && (is_named_tag(t.tag) || !JIEBA.has_word(t.word))
        })
        .last()?
        .byte_end;
    let opening = name.len() - body.len() + brand_end;
    (body[..brand_end].chars().count() >= 2 && brand_end <= trade.start())
        .then(|| name[..opening].to_string())
}

/// Is `short` the opening of `name` up to its first trade word after a
/// brand of two or more characters?
fn is_brand_and_first_trade(short: &str, name: &str) -> bool {
    let body = strip_place_prefix(name);
    INDUSTRY_AC
        .find_iter(&body)
        .find(|m| body[..m.start()].chars().count() >= 2)
        .is_some_and(|m| m.end() < body.len() && short == &body[..m.end()])
}
