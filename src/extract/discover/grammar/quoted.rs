//! Names in quotation marks, firms cued by a quoted short name, leaders
//! (以某某为龙头) and brand + industry short names (某某铝业).

use super::*;

pub(super) static QUOTED_WHOLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[“「『]([^“”「」『』\x22]{4,14})[”」』]").expect("regex"));

pub(super) static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[“「『\x22]([^“”「」『』\x22]{2,20})[”」』\x22]((?:管理|服务|数字|智慧|信息|综合|协同)*(?:平台|应用|系统|APP|App|app|小程序))")
        .expect("regex")
});

pub(super) static QUOTED_LIST_PLATFORMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[“「]([^“”「」]{4,60})[”」][一二三四五六七八九十两\d]+大(平台)").expect("regex")
});

/// Quoted names written one after another and summed up as platforms
/// (“某某”“某某”两大平台): each is a platform's name.
pub(super) static QUOTED_RUN_PLATFORMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:[“「][^“”「」、，,。]{2,12}[”」])+)[一二三四五六七八九十两\d]+大平台")
        .expect("regex")
});

/// A project's phase after its owner's name (某某二期): not part of the name.
pub(super) static PHASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[一二三四五六七八九十0-9]+期(?:工程)?$").expect("regex"));

/// Firms counted by who owns them or what they make, in one word of 企
/// (等央企, 国企, 车企): a list they sum up names firms.
const KINDS_OF_FIRM: &str = "[央国民外名车药房险台港京沪]企";

/// Firms by what they do in a market (某某、某某两大汽车生产商): after a
/// count of the great ones (两大, 三大) they sum up a list of firms.
const MAKERS: &str = "(?:生产|制造|供应|运营|开发|经销)商";

/// What closes a list of firms (某某、某某等一批企业, 某某、某某等长期合作的
/// 客户: an industrial firm's customers are firms; 等四大某业集团). Not 产业集群: a list
/// summed up as clusters names industries (医药健康、智能装备等千亿级产业集群),
/// or a place's industry (某县电动车、某镇工业炉等产业集群), not firms.
pub(super) static LIST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    let gap = r"(?:[^，。；、“”,.;:!?：]|“[^，。；、“”]{1,6}”)";
    // after 等 a longer description without figures may come between
    // (等一批为某某配套的国内外著名企业); a count (某某家) is read close
    // to its head, since 某家 also opens place names (五家渠)
    let long_gap = r"(?:[^，。；、“”,.;:!?：0-9０-９]|“[^，。；、“”]{1,6}”)";
    // a count (户 counts firms as 家 does) may have the listed firms in
    // brackets after it (等11户(某某、某某…)企业), or two trades joined
    // by 、 (等9家钢铁、焦化企业)
    let count = r"(?:\d+|[一二三四五六七八九十几数百]+)[家户]";
    let after_count = r"(?:[(（][^()（）。]{2,120}[)）]|[^，。；、“”,.;:!?：()（）]{1,4}、)?";
    // rankings joined before the head (等世界500强、中国500强企业)
    let rankings = r"(?:[^，。；、“”,.;:!?：]{0,4}(?:\d+|[一二三四五六七八九十百]+)强[、和及与])+";
    // the kinds of the counted projects or firms joined by 、 before the
    // head (等8个高技术、高产出、低能耗项目, 等一批科技型、环保型项目)
    let kinds_after_count = r"(?:[^，。；、“”,.;:!?：()（）]{1,4}、){0,3}";
    Regex::new(&format!(
        r"(?:等(?:一批{kinds_after_count}|多家|{count}{after_count}|为代表的|在内的|{rankings})?(?:{gap}{{0,12}}?|{long_gap}{{13,16}}?)|等?(?:[两三四五六七八九十多]|\d+)[家户个]{kinds_after_count}{gap}{{0,12}}?)(?:企业|公司|集团|厂商|厂家|大厂|品牌|客户|项目|龙头|{KINDS_OF_FIRM}|厂(?:[^房区长]|$))|等?[两三四五六七八九十]大{gap}{{0,8}}?{MAKERS}"
    ))
        .expect("regex")
});

/// What opens a list of firms after their count (参展企业共有11家,分别是…).
pub(super) static FIRMS_NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:企业|公司|厂商|\d+家|[两三四五六七八九十]+家)[^。；，,]{0,8}?[，,]?\s*(?:分别是|分别为)[:：]?")
        .expect("regex")
});

/// What opens a list of firms that their kind sums up before it
/// (规模以上企业主要有某某、某某; 重点企业包括…; 包括某开发区企业某某、
/// 某某): the list runs to the end of its clause.
pub(super) static FIRMS_LISTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"企业(?:主要|还|则)?(?:有|包括)[:：]?|包括[^，。；、,;:：]{0,12}?企业[:：]?")
        .expect("regex")
});

/// The numbered engineering bureaus of the central state builders, named
/// by the group's abbreviation, an ordinal and 局 or 公局 (中冶五局, 中铁
/// 十一局, 中交二公局): the convention every such bureau follows.
pub(super) static STATE_BUREAU: LazyLock<Regex> = LazyLock::new(|| {
    // 中冶's numbered companies go by their number alone (十九冶, 二十二冶)
    Regex::new(
        r"中(?:建|铁|交|冶|能建|电建|水电|核)[一二三四五六七八九十]{1,3}(?:公)?局(?:集团)?(?:\p{Han}{2,4}?公司)?|(?:中国)?[一二三四五六七八九十]{1,3}冶(?:集团)?",
    )
        .expect("regex")
});

/// The builder of a project: 由某某投资建设, 由某某承建.
pub(super) static BUILDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"由([^，。、；：“”,.;:!?由]{4,16}?)(?:投资建设|投资兴建|投资|承建|建设|兴建)")
        .expect("regex")
});

pub(super) static PARTNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:与|同|携手)([^，。、；：“”,.;:!?与和同的]{2,10}?)(?:等(?:企业|单位|公司|机构)?)?(?:积极|友好|深度|全面|战略|紧密|密切|广泛|长期|务实|深入|成功|顺利|正式|共同|再次|现场|集中)?(?:开展|进行|深化|加强|展开)?(?:合作|签约|签订|共建|达成|携手)",
    )
    .expect("regex")
});

pub(super) static OFFICER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([^，。、；：“”,.;:!?的与和在是]{2,10}?)(?:董事长|副董事长|总经理|副总经理|总裁|副总裁|创始人|CEO|首席执行官)").expect("regex")
});

pub(super) static SHORT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^[（(](?:以下)?简称[:：]?[“"「]?([^”"」）)，,]{2,12})[”"」]?[）)]"#)
        .expect("regex")
});

pub(super) static PROJECT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"项目").expect("regex"));

/// “某某”平台 → 某某平台 (alias 某某); “A、B、C”三大平台 → A平台, B平台, C平台.
pub(super) fn quoted_names(s: &str, out: &mut Vec<Cand>) {
    // “某某产业大脑”: a quoted name ending in a platform suffix is a name
    // even when its core is only an industry (the quotes make it one)
    for c in QUOTED_WHOLE.captures_iter(s) {
        let inner = c[1].trim();
        if inner.contains(['、', '，'])
            || inner.chars().any(|c| c.is_ascii_digit())
            || one_per_formula(inner)
        {
            continue;
        }
        // “某某科学园”高科技产业园: a quoted park's name before the kind
        // of park it is
        let after = &s[c.get(0).map_or(0, |m| m.end())..];
        let etype = match suffix_kind(inner) {
            Some(Kind::Platform) if chat_group_after(after) => continue,
            Some(Kind::Platform) => EntityType::Platform,
            Some(Kind::Park) if kind_of_park_after(after) => EntityType::Park,
            _ => continue,
        };
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
        // “某某是全省最大的孵化器”: a quoted sentence, not a name
        if toks.iter().any(|t| matches!(t.word, "是" | "的")) {
            continue;
        }
        let generic = toks.iter().all(|t| SETS.generic.contains(t.word))
            || (toks.len() == 1
                && JIEBA.has_word(core)
                && JIEBA.suggest_freq(core) >= rules().thresholds.generic_core_freq
                && !rules().industry_words.contains(core));
        if generic {
            continue;
        }
        push_cand(out, etype, inner.to_string(), vec![]);
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
    for c in QUOTED_RUN_PLATFORMS.captures_iter(s) {
        let run = c.get(1).expect("run");
        let names: Vec<&str> = run
            .as_str()
            .split(['“', '”', '「', '」'])
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .collect();
        // one quoted name counts when it closes a run whose opening quote
        // the page lost (…平台某某”“某某”两大平台)
        let run_goes_on = s[..run.start()].ends_with(['”', '」']);
        if names.len() >= 2 || run_goes_on {
            for name in names {
                push_cand(out, EntityType::Platform, name.to_string(), vec![]);
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

/// Does `after` open (past a closing quote) with a chat group's word
/// (“某某创客空间”微信群)? The name before it is the group's, where
/// members talk, not a carrier's.
pub(super) fn chat_group_after(after: &str) -> bool {
    const CHAT_GROUPS: [&str; 3] = ["微信群", "QQ群", "群聊"];
    let after = after.trim_start_matches(['”', '"', '」', '’']);
    CHAT_GROUPS.iter().any(|g| after.starts_with(g))
}

/// Does `after` open with the kind of park a quoted name is (高科技产业园),
/// a few characters up to the next punctuation that end in a park's suffix?
fn kind_of_park_after(after: &str) -> bool {
    const MAX_KIND_CHARS: usize = 6;
    let kind: String = after
        .chars()
        .take_while(|c| is_han(*c))
        .take(MAX_KIND_CHARS + 1)
        .collect();
    (3..=MAX_KIND_CHARS).contains(&kind.chars().count()) && suffix_kind(&kind) == Some(Kind::Park)
}

/// “高端某某产业园”: a park whose name the quotes give in full, where the
/// suffix grammar left its opening modifiers out; the quoted form is the
/// name. Only generic modifiers are restored, so a designation or a
/// phrase of praise (“省内领先的…园区”) never becomes a park.
pub(super) fn quoted_park_openings(s: &str, first: usize, out: &mut Vec<Cand>) {
    for c in QUOTED_WHOLE.captures_iter(s) {
        let inner = c[1].trim();
        let cut = out[first..].iter().find_map(|p| {
            let opening = inner.strip_suffix(p.name.as_str())?;
            (p.etype == EntityType::Park && !opening.is_empty()).then_some((opening, &p.name))
        });
        let Some((opening, park)) = cut else {
            continue;
        };
        let modifiers = JIEBA.tag(opening, true);
        if modifiers.iter().all(|t| SETS.generic.contains(t.word)) {
            let park = park.clone();
            push_cand(out, EntityType::Park, inner.to_string(), vec![park]);
        }
    }
}

/// A formula of counted things (一镇一平台, 一企一策, 五通一平, 三区三线)
/// is a policy's slogan: it names kinds of thing to have, not one thing.
/// The count opens the formula and counts again a word or two later; 万,
/// 千 and 百 are left out, as they open brands (万向一二三).
fn one_per_formula(s: &str) -> bool {
    const COUNTS: &str = "一二两三四五六七八九十";
    let cs: Vec<char> = s.chars().collect();
    let counted = |i: usize| cs.get(i).is_some_and(|c| COUNTS.contains(*c));
    counted(0) && (2..=3).any(counted)
}

/// 以某某为龙头/为代表 (…的产业): the items are the firms that lead an
/// industry. With 为主/为核心 only items with a firm suffix count, since
/// those cues mostly introduce products (以园林工具为主).
pub(super) static LEADER: LazyLock<Regex> = LazyLock::new(|| {
    let cues = LEADER_CUES.join("|");
    Regex::new(&format!(r"以([^，。；：“”,;:!?以]{{2,40}}?)为({cues})")).expect("regex")
});

/// What the items of 以…为 are said to be: leaders (龙头, 代表, 引领) or
/// the core (主, 核心).
pub(super) const LEADER_CUES: [&str; 5] = ["龙头", "代表", "引领", "主", "核心"];

pub(super) fn leader_firms(s: &str, out: &mut Vec<Cand>) {
    for c in LEADER.captures_iter(s) {
        let m = c.get(0).expect("whole match");
        let strong_cue = matches!(&c[2], "龙头" | "代表" | "引领") || core_of_a_park(&s[m.end()..]);
        for it in leading_items(&c[1]).split(['、', '和', '及']) {
            let it = it.trim();
            // 以某某科技项目为龙头: the firm's project leads (rule 6)
            let it = it.strip_suffix("项目").unwrap_or(it);
            let suffix = suffix_kind(it);
            let firm_suffix = suffix == Some(Kind::Firm);
            if suffix.is_some() && !firm_suffix {
                continue;
            }
            if !firm_item_ok(it) || rules().industry_words.contains(it) {
                continue;
            }
            // jieba tags brands as abbreviations (j) or as places it does
            // not know from the gazetteer (ns)
            let brand = has_brand_token(it)
                || has_latin_brand(it)
                || JIEBA.tag(it, true).iter().any(|t| {
                    // 光电/j: a trade jieba reads as an abbreviation
                    t.tag == "j" && !rules().industry_words.contains(t.word)
                        || t.tag == "ns" && !is_place_word(t.word)
                });
            // a listed company's short name fills the frame whatever words
            // it is made of (以某某精密为龙头)
            let listed = crate::extract::listed::listed_by_short_name(it);
            if firm_suffix || (strong_cue && brand) {
                push_cand(out, EntityType::Firm, it.to_string(), firm_short_names(it));
            } else if let Some(full) = listed.filter(|_| strong_cue) {
                push_cand(
                    out,
                    EntityType::Firm,
                    it.to_string(),
                    vec![full.to_string()],
                );
            }
        }
    }
}

/// 以某某、某某等龙头企业为代表: the items end at 等, whatever kind of
/// firm the words after it say they are.
fn leading_items(listed: &str) -> &str {
    let kinds = ["企业", "公司", "单位", "品牌", "项目"];
    match listed.rfind('等') {
        Some(p)
            if kinds.iter().any(|k| listed[p..].ends_with(k))
                || p + '等'.len_utf8() == listed.len() =>
        {
            &listed[..p]
        }
        _ => listed,
    }
}

/// 以某某为核心的某某产业园: what a park is built around is a firm, as
/// what leads an industry is; products and industries are built into a
/// park's name, not around it.
fn core_of_a_park(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('的') else {
        return false;
    };
    let clause = rest.split(|c: char| is_hard(c)).next().unwrap_or("");
    rules()
        .park_suffixes
        .iter()
        .any(|x| x.chars().count() >= 2 && clause.ends_with(*x))
}

/// Does `s` hold a run of Latin letters that is no technology's acronym
/// (`technology_acronyms`: LED光电 names a field, XYZ光电 a firm)?
fn has_latin_brand(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_alphabetic())
        .any(|run| !run.is_empty() && !rules().technology_acronyms.contains(run))
}

/// A quoted short name the text presents as a firm: 龙头企业“某某”,
/// “某某”“某某”等一批企业.
pub(super) static QUOTED_SHORT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"“([^“”，。、,;；]{2,10})”").expect("regex"));
/// What follows the quotes in the same clause (an ASCII comma ends it as
/// the full-width one does).
pub(super) static FIRMS_AFTER_QUOTES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[、和及]?“[^“”]{2,10}”)*等[^，。；“”,;]{0,10}?(?:企业|公司|厂商|龙头)")
        .expect("regex")
});

pub(super) fn quoted_firms(s: &str, out: &mut Vec<Cand>) {
    for c in QUOTED_SHORT.captures_iter(s) {
        let m = c.get(0).expect("whole match");
        let before = &s[..m.start()];
        let after = &s[m.end()..];
        let inner = c[1].trim();
        // after 企业 a quoted common word is a figure of speech (企业“家门口”)
        let cued = (rules()
            .firm_before_quote
            .iter()
            .any(|w| before.ends_with(w))
            && (has_brand_token(inner) || !JIEBA.has_word(inner)))
            || FIRMS_AFTER_QUOTES.is_match(after)
            // “某某”公司是一家…: the quotes name the company after them
            || ["公司", "集团"].iter().any(|w| after.starts_with(w));
        // 该公司“某某生产线项目”: the firm's project, quoted, is no firm
        let project = inner.ends_with("项目");
        if !cued
            || project
            || names_a_means(after)
            || !firm_item_ok(inner)
            || rules().industry_words.contains(inner)
        {
            continue;
        }
        // 企业“拎包入住”: a phrase that ends in a verb jieba knows says
        // what firms do; a brand is no such phrase
        let ends_in_verb = JIEBA
            .tag(inner, true)
            .last()
            .is_some_and(|t| t.tag.starts_with('v') && JIEBA.has_word(t.word));
        if ends_in_verb && JIEBA.tag(inner, true).len() > 1 {
            continue;
        }
        if four_character_phrase(inner) {
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

/// 政府+企业“某某”合作模式: the quotes name a way of working (a word of
/// means after them, 合作 allowed between), not a firm.
fn names_a_means(after: &str) -> bool {
    let rest = after.strip_prefix("合作").unwrap_or(after);
    rules().means_words.iter().any(|w| rest.starts_with(w))
}

/// 企业“组链成群”, 企业“群龙共舞”: four characters in two words, the
/// second a word of the dictionary, neither a name's (力诺/nz 流体 is a
/// brand) and no trade among them, are a figure of speech in the manner of
/// an idiom.
fn four_character_phrase(inner: &str) -> bool {
    let toks = JIEBA.tag(inner, true);
    inner.chars().count() == 4
        && toks.len() == 2
        && toks.iter().all(|t| t.word.chars().count() == 2)
        && JIEBA.has_word(toks[1].word)
        && !toks.iter().any(|t| is_named_tag(t.tag))
        && !toks.iter().any(|t| is_trade_word(t.word))
}

/// A brand followed by a strong industry word, standing alone between
/// function words or punctuation (华某铝业把握…, 与某某电子合作): a firm's
/// short name. The brand must be a word jieba does not know or knows as a
/// name, and not a place.
pub(super) fn brand_industry_firms(s: &str, out: &mut Vec<Cand>) {
    // jieba cuts at punctuation anyway: tag only the clauses that hold a
    // head word (tagging every sentence whole cost a tenth of the ingest)
    let clauses: Vec<&str> = s.split(is_hard).filter(|c| may_hold_firm_head(c)).collect();
    if clauses.is_empty() {
        return;
    }
    let kinds = listed_kinds(s);
    let industries = industry_lists(s);
    for clause in clauses {
        let at = clause.as_ptr() as usize - s.as_ptr() as usize;
        let clause = without_figure_mark(&s[..at], clause);
        if kinds.iter().any(|k| clause.ends_with(k))
            || industries.iter().any(|r| r.contains(&at))
            || in_list_of_products(&s[..at])
        {
            continue;
        }
        brand_industry_in_clause(&s[..at], clause, out);
    }
}

/// 主要生产钢化、中空、夹胶玻璃: a clause that goes on a list a verb of
/// making opens (`product_verbs`) names the last product, whatever jieba
/// makes of its words. `before` is the sentence up to the clause.
fn in_list_of_products(before: &str) -> bool {
    let Some(list) = before.strip_suffix('、') else {
        return false;
    };
    let opening = list
        .char_indices()
        .rev()
        .find(|&(_, c)| is_hard(c) && c != '、')
        .map_or(list, |(p, c)| &list[p + c.len_utf8()..]);
    super::lists::opened_by_making(opening.split('、').next().unwrap_or(opening))
}

/// A clause cut at a figure opens with the day's 日 or 号 of a date, or
/// the 强 of a rank (500强), which jieba reads into the next word (13
/// 日岚石/n 集团, 500 强青屿/n 集团; 日中 is a word): the clause without it.
fn without_figure_mark<'a>(before: &str, clause: &'a str) -> &'a str {
    match (before.chars().next_back(), clause.chars().next()) {
        (Some(figure), Some(mark))
            if super::left::is_day_mark(figure, mark) || is_digit(figure) && mark == '强' =>
        {
            &clause[mark.len_utf8()..]
        }
        _ => clause,
    }
}

/// A 、 list the text sums up as industries (新能源汽车、某某电池等
/// 战略性新兴产业; …等产业): its items are trades, not firms. A list of
/// an industry's firms, projects or parks (等产业链企业, 等产业项目) is not one.
static INDUSTRY_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"等[^，。；：、,;:！？]{0,8}?(?:产业|行业|领域|业态)([项园基链企集区]?)")
        .expect("regex")
});

/// The byte ranges of the lists `INDUSTRY_CUE` sums up: from the last hard
/// boundary other than 、 before the cue to the cue.
fn industry_lists(s: &str) -> Vec<std::ops::Range<usize>> {
    INDUSTRY_CUE
        .captures_iter(s)
        .filter(|c| c.get(1).is_some_and(|m| m.as_str().is_empty()))
        .filter_map(|c| {
            let m = c.get(0)?;
            let start = s[..m.start()]
                .char_indices()
                .rev()
                .find(|(_, ch)| is_hard(*ch) && *ch != '、')
                .map_or(0, |(i, ch)| i + ch.len_utf8());
            s[start..m.start()]
                .contains('、')
                .then_some(start..m.start())
        })
        .collect()
}

/// Heads that end three or more items of one list (科技金融、绿色金融、普惠金融):
/// a list of the kinds of one trade, not of firms. An item a place opens
/// (西安某某电子、西安某某电子) is a firm's name whatever its head.
fn listed_kinds(s: &str) -> Vec<&str> {
    let mut heads: Vec<(&str, usize)> = Vec::new();
    for item in s.split(['、', '，', '。', '；']) {
        let Some((i, _)) = item.char_indices().rev().nth(1) else {
            continue;
        };
        let head = &item[i..];
        if !is_firm_head(head) || opens_with_place(&item[..i]) {
            continue;
        }
        match heads.iter_mut().find(|(h, _)| *h == head) {
            Some((_, n)) => *n += 1,
            None => heads.push((head, 1)),
        }
    }
    heads
        .into_iter()
        .filter(|(_, n)| *n >= 3)
        .map(|(h, _)| h)
        .collect()
}

pub(super) static FIRM_HEAD_AC: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(&rules().firm_short_heads).expect("firm head automaton"));

pub(super) fn may_hold_firm_head(clause: &str) -> bool {
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

pub(super) fn brand_industry_in_clause(before: &str, s: &str, out: &mut Vec<Cand>) {
    let toks = JIEBA.tag(s, true);
    for i in 0..toks.len().saturating_sub(1) {
        let (brand, head) = (&toks[i], &toks[i + 1]);
        if !is_firm_head(head.word) {
            continue;
        }
        let coined = coined_clause_opening(&toks, i);
        // 广西岚乔/n 实业: a noun jieba hardly ever saw, after a place that
        // stands free, is a brand; so is a word its model made up there
        // (某省某某/a 科技), whatever its reading; Latin letters of a
        // technology or a fuel name a field there too (某县CNG汽车)
        let rare_placed = placed_brand(&toks, i)
            && (brand.tag.starts_with('n') || !JIEBA.has_word(brand.word))
            && brand.word.chars().count() >= 2
            && !brand.word.ends_with('等')
            && !is_place_word(brand.word)
            && !rules().technology_acronyms.contains(brand.word)
            && JIEBA.suggest_freq(brand.word) < rules().thresholds.rare_word_freq;
        // 深化/j 科技创新: a verb jieba tags otherwise is no brand
        let verb = rules().cut_verbs.contains(brand.word);
        if verb || !brand_like(brand) && !coined && !rare_placed {
            continue;
        }
        if after_capacity(before, &toks[..i]) {
            continue;
        }
        // 电池级, 食品级: a trade before 级 grades a product
        if toks.get(i + 2).is_some_and(|t| t.word.starts_with('级')) {
            continue;
        }
        if paired_phrase(brand.word, head.word) || head_opens_suffix(head.word, toks.get(i + 2)) {
            continue;
        }
        // 培育/vn 某某化工: a verb that opens lists of names (`is_leading_verb`)
        // reads as a verbal noun, yet it carries no name on
        let left_free = i == 0
            || !continues_name(&toks[i - 1])
            || is_leading_verb(toks[i - 1].word)
            || after_phase_opening(&toks, i);
        let right_free = toks.get(i + 2).is_none_or(|t| {
            let new_facility =
                t.word == "新" && toks.get(i + 3).is_some_and(|f| is_facility(f.word));
            // 某某枣业总投资2500万元: the sum invested follows the firm
            let sum_invested = t.word == "总" && toks.get(i + 3).is_some_and(|f| f.word == "投资");
            // 某某鞋业落户/n: a word that breaks names ends this one, though
            // jieba reads it as a noun
            let breaks = SETS.strong.contains(t.word);
            !continues_name(t) || is_facility(t.word) || new_facility || sum_invested || breaks
        });
        let name = format!("{}{}", without_glued_preposition(&toks, i), head.word);
        if left_free && (right_free || coined) {
            push_cand(out, EntityType::Firm, name, vec![]);
        } else if right_free && placed_brand(&toks, i) {
            // 陕西某某电子: the place opens the firm's name
            let placed = format!("{}{name}", toks[i - 1].word);
            push_cand(out, EntityType::Firm, placed, vec![name]);
        }
    }
}

/// 某某科技/n 城内/s: jieba cut a park's or a platform's suffix (科技城)
/// after the trade word it opens with; the name is that park's, no firm's.
fn head_opens_suffix(head: &str, next: Option<&jieba_rs::Tag>) -> bool {
    let Some(next) = next else {
        return false;
    };
    let joined = format!("{head}{}", next.word);
    rules()
        .park_suffixes
        .iter()
        .chain(rules().platform_suffixes.iter())
        .any(|x| x.len() > head.len() && x.starts_with(head) && joined.starts_with(x))
}

/// 年产100吨某某材料: after what a plant makes a year and how much comes
/// the product, not its maker. The clause was cut at the figure's digits,
/// so what came `before` it is read too.
fn after_capacity(before: &str, opening: &[jieba_rs::Tag]) -> bool {
    let figure_start = opening
        .iter()
        .rposition(|t| t.tag != "m")
        .map_or(0, |p| p + 1);
    let words: String = opening[..figure_start].iter().map(|t| t.word).collect();
    let text = format!("{before}{words}");
    let verb_end = text.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let has_figure = figure_start < opening.len() || verb_end.len() < text.len();
    has_figure
        && super::lists::CAPACITY_VERBS
            .iter()
            .any(|v| verb_end.ends_with(v))
}

/// 宜居宜业, 亦工亦农: two words of two characters that open with the
/// same character make a set phrase of praise, not a brand and its trade.
fn paired_phrase(first: &str, second: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (first.chars().collect(), second.chars().collect());
    a.len() == 2 && b.len() == 2 && a[0] == b[0]
}

/// Brand `i` without the preposition jieba's HMM glued to it (由某某/nr,
/// and opening a clause 以某某/nr of 以某某集团为龙头): a word it made up
/// of three characters or more.
fn without_glued_preposition<'a>(toks: &[jieba_rs::Tag<'a>], i: usize) -> &'a str {
    let w = toks[i].word;
    // after 了 (形成了以某某集团为龙头) 以 opens a phrase as it opens a clause
    let opens_clause = i == 0
        || toks[i - 1].word.chars().all(|c| !c.is_alphanumeric())
        || toks[i - 1].word == "了";
    match w.chars().next() {
        Some(c)
            if super::left::is_glued_preposition(c, opens_clause)
                && w.chars().count() >= 3
                && !JIEBA.has_word(w) =>
        {
            &w[c.len_utf8()..]
        }
        _ => w,
    }
}

/// Does the clause open with a word jieba has never seen, read as a noun
/// or a name (a coined brand), before a trade at `i + 1` that is no field
/// word (某某制药智能化提取车间完成…, 某某药业质检中心进入…)? Such an
/// opening is the firm's short name whatever nouns follow, unless a park's
/// name goes on from it (a firm named only inside a park's name is not
/// annotated on its own). Unknown words of other readings open clauses as
/// phrases (一是/v, 这一/r); one jieba reads as a locality (某上/f)
/// coins a brand as a noun does. A field word (环保, 科技) goes on into a field
/// (低碳环保产业), a word that ends names on the left describes the
/// firms (规上: above the reporting size), a trade followed by a field
/// word names the field
/// (某系材料产业链: `field_after_trade`), and a trade followed by 的 is as
/// often what a thing belongs to (产线物流的作业效率).
fn coined_clause_opening(toks: &[jieba_rs::Tag], i: usize) -> bool {
    if i != 0 && !after_phase_opening(toks, i) {
        return false;
    }
    let brand = toks[i].word;
    let possessive = toks.get(i + 2).is_some_and(|t| t.word == "的");
    let field_follows = toks
        .get(i + 2)
        .is_some_and(|t| rules().field_after_trade.contains(t.word));
    let park_follows = || {
        let rest: String = toks[i + 2..].iter().take(3).map(|t| t.word).collect();
        rules()
            .park_suffixes
            .iter()
            .any(|x| x.chars().count() >= 2 && rest.contains(*x))
    };
    !possessive
        && !field_follows
        && (toks[i].tag.starts_with('n') && toks[i].tag != "ng" || toks[i].tag == "f")
        && (!rules().generic_modifiers.contains(toks[i + 1].word)
            || modifier_ends_name(toks, i + 1))
        && !SETS.strong.contains(brand)
        && !brand.ends_with(['镇', '乡', '村', '县', '市', '区', '省'])
        && (2..=4).contains(&brand.chars().count())
        && (!JIEBA.has_word(brand) || rare_noun(&toks[i]))
        // 电芯及/n 电池系统: jieba glued the 及 joining two products to the
        // first; no coined brand ends with it
        && !brand.ends_with('及')
        && brand.chars().all(is_han)
        && !is_place_word(brand)
        && !is_reduplicated(brand)
        && !park_follows()
}

/// 其中二期某某电子已竣工投产: a phase of the works (其中 before it or
/// not) opens the clause; what comes next is what the phase holds.
fn after_phase_opening(toks: &[jieba_rs::Tag], i: usize) -> bool {
    let phase = |w: &str| PHASE.find(w).is_some_and(|m| m.start() == 0);
    i > 0 && phase(toks[i - 1].word) && toks[..i - 1].iter().all(|t| t.word == "其中")
}

/// 某峰/n 热电: a noun jieba's dictionary holds yet hardly ever saw
/// (below `rare_word_freq`) reads as a coined brand does.
fn rare_noun(t: &jieba_rs::Tag) -> bool {
    t.tag == "n" && JIEBA.suggest_freq(t.word) < rules().thresholds.rare_word_freq
}

/// A generic modifier that is also a trade (科技) after a coined word ends
/// the name when no noun follows it to describe and the clause goes on to
/// what a firm builds (某某科技报废/v 汽车拆解生产线): the two are the
/// firm's short name, not a modifier and its noun (某某科技创新/v 平台).
fn modifier_ends_name(toks: &[jieba_rs::Tag], k: usize) -> bool {
    is_firm_head(toks[k].word)
        && toks.get(k + 1).is_some_and(|t| !continues_name(t))
        && toks[k + 1..].iter().any(|t| is_facility(t.word))
}

/// What a firm has or builds (车间, 生产线, 二期…, also after 新): after a
/// brand and its trade it leaves them standing as the firm's short name.
fn is_facility(w: &str) -> bool {
    rules().firm_facility_words.contains(w)
}

/// Is the brand at `i` opened by a place that itself stands free (…、
/// 陕西某某电子、…)?
fn placed_brand(toks: &[jieba_rs::Tag], i: usize) -> bool {
    i >= 1 && is_place_word(toks[i - 1].word) && (i == 1 || !continues_name(&toks[i - 2]))
}

/// A trade: an industry word (新材料) or a firm's head (钙业, 药业).
pub fn is_trade_word(w: &str) -> bool {
    rules().industry_words.contains(w) || is_firm_head(w)
}

pub fn is_firm_head(w: &str) -> bool {
    rules().firm_short_heads.contains(w)
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

pub(super) fn brand_like(t: &jieba_rs::Tag) -> bool {
    let n = t.word.chars().count();
    // Latin letters name a brand (XYZ资本)
    if t.tag == "eng" {
        return (2..=8).contains(&n)
            && t.word.chars().all(|c| c.is_ascii_alphabetic())
            && !rules().technology_acronyms.contains(t.word);
    }
    // jieba glues a list's 等 to a brand it does not know (宏兆等/nz)
    let closes_list = t.word.ends_with('等');
    (2..=4).contains(&n)
        && !closes_list
        && !is_place_word(t.word)
        && !SETS.generic.contains(t.word)
        && !rules().industry_words.contains(t.word)
        && t.word.chars().all(|c| !is_hard(c))
        && matches!(t.tag, "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j" | "ns")
        && !is_reduplicated(t.word)
        // 某某大学化学与分子工程学院: a university's name before a field
        && !rules()
            .institution_suffixes
            .iter()
            .any(|x| t.word.ends_with(x))
}

/// 一排排, 家家: a repeated character describes, it does not name.
pub(super) fn is_reduplicated(w: &str) -> bool {
    let cs: Vec<char> = w.chars().collect();
    cs.windows(2).any(|p| p[0] == p[1])
}

/// Would this token carry a name on (a noun, a name, Latin letters)?
pub(super) fn continues_name(t: &jieba_rs::Tag) -> bool {
    t.word.chars().any(|c| c.is_alphanumeric())
        && (t.tag.starts_with('n') || matches!(t.tag, "j" | "eng" | "x" | "b" | "a" | "an" | "vn"))
}
