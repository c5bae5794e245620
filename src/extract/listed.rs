//! Firms known by name, from whole public lists with their provenance and
//! licences (`data/firms/`): China's A-share listed companies, the
//! companies listed in Hong Kong (short names only) and the central
//! state-owned enterprises (registered names, their short names and the
//! short names with 集团). A full registered name found in the text is a
//! firm; a short name (证券简称) is one only
//! when it cannot be an ordinary word: jieba does not read it as common
//! words only (a proper or unknown word, a character it reads alone such
//! as 迅 in 光迅, a rare brand word before a trade, rare words only, or a
//! figure coined into a brand before nouns, 八一钢铁), it
//! is not a place (nor a township's or a street's name, from the
//! admin-divisions data), and it stands on word boundaries in the text. A
//! project's name opened by a short name (某某动力电池项目) names that
//! company.

use super::discover::grammar::{is_firm_head, is_place_word};
use super::gazetteer::{gazetteer, Level};
use super::name_trie::NameTrie;
use super::rules::rules;
use super::JIEBA;
use std::sync::LazyLock;

const LIST: &str = include_str!("../../data/firms/listed_companies.tsv");
const HK_LIST: &str = include_str!("../../data/firms/hk_listed_companies.tsv");
const SOE_LIST: &str = include_str!("../../data/firms/central_soes.tsv");

/// One known company as the text may name it.
pub struct ListedFirm {
    /// The form to look for (a short or a full name).
    pub surface: String,
    /// The registered full name; a Hong Kong listing's short name, as the
    /// list gives no other.
    pub full: String,
    /// Is the surface a short name, found only on a word's boundaries?
    pub is_short: bool,
    /// Is it a state firm's coined name (华电), read only where no word of
    /// a longer name follows it?
    pub coined: bool,
}

struct Index {
    firms: Vec<ListedFirm>,
    /// Every surface, matched leftmost-longest; name i is `firms[i]`.
    names: NameTrie,
}

/// Endings of short names that more often name something else: a
/// government bureau (招商局 is also every county's investment office) or
/// the hotel where a meeting is held (a listed hotel firm's short name is
/// its hotel's).
const NAMES_NO_FIRM_ENDINGS: [&str; 4] = ["局", "酒店", "饭店", "宾馆"];

/// Could this short name be read as an ordinary word or phrase?
fn short_name_is_safe(short: &str) -> bool {
    // news sites (某某网) appear in articles as source credits, not as firms;
    // a power grid or a pipeline network (某某电网, 某某管网) is no site
    let news_site = short.ends_with('网') && !short.ends_with("电网") && !short.ends_with("管网");
    if short.chars().count() < rules().thresholds.listed_short_name_min_chars
        || is_place_word(short)
        || crate::extract::gazetteer::is_local_place_stem(short)
        || news_site
        || NAMES_NO_FIRM_ENDINGS.iter().any(|e| short.ends_with(e))
    {
        return false;
    }
    if short.chars().any(|c| c.is_ascii_alphanumeric()) {
        return short.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 3;
    }
    // every word of it common (集成电路, 农产品): not a name
    let words = JIEBA.tag(short, false);
    words.iter().enumerate().any(|(i, t)| {
        !JIEBA.has_word(t.word)
            || (is_proper_tag(t.tag) && !(i == 0 && is_generic_modifier(t.word)))
    }) || words.iter().any(|t| is_brand_char(t.word, t.tag))
        || rare_brand_and_trade(short)
        || only_rare_words(&words)
        || one_unknown_noun(short)
        || numeral_brand(short)
}

/// A numeral word opening a short name of four characters or more, before
/// nouns only (八一/m 钢铁/n): a figure coined into a brand, no phrase.
fn numeral_brand(short: &str) -> bool {
    let words = JIEBA.tag(short, false);
    short.chars().count() >= 4
        && words.len() >= 2
        && words[0].tag == "m"
        && words[0].word.chars().count() >= 2
        && words[0]
            .word
            .chars()
            .all(|c| "一二三四五六七八九十百千万亿两".contains(c))
        && words[1..].iter().all(|t| t.tag.starts_with('n'))
}

fn is_proper_tag(tag: &str) -> bool {
    matches!(tag, "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j")
}

/// A word that describes a kind of thing (智慧 in 智慧农业, which jieba's
/// dictionary tags as a person's name): opening a short name, its tag is
/// no sign of a name.
fn is_generic_modifier(word: &str) -> bool {
    rules().generic_modifiers.contains(word)
}

/// Read with jieba's model for unknown words, the whole short name is one
/// noun jieba's dictionary lacks (新/达/普 becomes one coined word): the
/// characters were put together as a name, not a phrase.
fn one_unknown_noun(short: &str) -> bool {
    match JIEBA.tag(short, true).as_slice() {
        [only] => !JIEBA.has_word(only.word) && only.tag.starts_with('n'),
        _ => false,
    }
}

/// Two words or more, none of them common (圆通/速递, 泸州/老窖): an
/// ordinary phrase is made of common words, a brand seldom is.
fn only_rare_words(words: &[jieba_rs::Tag]) -> bool {
    words.len() >= 2
        && words
            .iter()
            .all(|t| JIEBA.suggest_freq(t.word) < rules().thresholds.common_word_freq)
}

/// A brand jieba knows as a rare word, or not at all, before a firm's
/// trade (a coined brand + 科技, + 重工): a name, while a place or a common word
/// before a trade (中国医药, 龙头股份) is a phrase.
fn rare_brand_and_trade(short: &str) -> bool {
    // a trade in 业 (药业, 铝业) counts as the listed heads do
    let last_two = short
        .char_indices()
        .rev()
        .nth(1)
        .map(|(i, _)| &short[i..])
        .filter(|w| is_firm_head(w));
    let Some(head) = rules()
        .firm_short_heads
        .iter()
        .copied()
        .filter(|h| short.ends_with(*h))
        .chain(last_two)
        .max_by_key(|h| h.len())
    else {
        return false;
    };
    let brand = &short[..short.len() - head.len()];
    // an industry before the trade (氯碱化工) names a field, not a firm
    brand.chars().count() >= 2
        && !rules().industry_words.contains(brand)
        && (local_place(brand)
            || !is_place_word(brand)
                && (!JIEBA.has_word(brand)
                    || JIEBA.suggest_freq(brand) < rules().thresholds.common_word_freq))
}

/// A county's or a prefecture's name and no province's (某县 + 汽车 of a
/// listed firm named after its home town): before a trade it names the
/// firm, as a province's name seldom does (某省 + 医药 is the province's
/// industry as often).
fn local_place(brand: &str) -> bool {
    let g = gazetteer();
    g.names_level(brand, &[Level::County, Level::Prefecture])
        && !g.names_level(brand, &[Level::Province])
}

/// A character jieba can only read alone, and not as a function word, an
/// adjective, a verb or a time (华 in 光迅科技, 曙 in it): brands are coined from
/// such characters, ordinary phrases are not (新产业, 值得买, 全新好).
fn is_brand_char(word: &str, tag: &str) -> bool {
    word.chars().count() == 1
        && !matches!(
            tag,
            "a" | "ad" | "d" | "m" | "f" | "p" | "c" | "u" | "uj" | "ul" | "v" | "r" | "q" | "t"
        )
        && JIEBA.suggest_freq(word) < rules().thresholds.brand_char_max_freq
}

/// A tab-separated list's rows after its `#` header and column names.
fn table(list: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    list.lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|line| line.split('\t').collect())
}

/// The registered companies' rows as (short name, registered name): the
/// A-share list's, then the central state-owned enterprises'.
fn rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    let a_share = table(LIST).filter_map(|f| Some((*f.get(1)?, *f.get(2)?)));
    let central = table(SOE_LIST).filter_map(|f| Some((*f.get(1)?, *f.first()?)));
    a_share.chain(central)
}

/// The Hong Kong listings' short names.
fn hk_short_names() -> impl Iterator<Item = &'static str> {
    table(HK_LIST).filter_map(|f| f.get(1).copied())
}

/// A central state-owned enterprise's short name with 集团 (某某集团 of
/// 某某集团有限公司), when its registered name has it.
fn soe_group_names() -> impl Iterator<Item = (String, &'static str)> {
    table(SOE_LIST).filter_map(|f| {
        let (full, short) = (*f.first()?, *f.get(1)?);
        full.contains("集团")
            .then(|| (format!("{short}集团"), full))
    })
}

/// A central state-owned enterprise's name as the press writes it: its
/// short name, or that without 中国 (华电 of 中国华电), when jieba's
/// dictionary knows the form as one proper name it seldom sees (a name
/// coined for the firm, two characters allowed). A frequent one names
/// something else as often (南水北调, the project).
fn soe_coined_names() -> impl Iterator<Item = (&'static str, &'static str)> {
    table(SOE_LIST).flat_map(|f| {
        let (full, short) = (f.first().copied(), f.get(1).copied());
        let forms = short
            .into_iter()
            .flat_map(|s| [Some(s), s.strip_prefix("中国")]);
        forms
            .flatten()
            .filter(|form| is_coined_proper_name(form))
            .filter_map(move |form| Some((form, full?)))
            .collect::<Vec<_>>()
    })
}

fn is_coined_proper_name(form: &str) -> bool {
    let words = JIEBA.tag(form, false);
    form.chars().count() >= 2
        && !is_place_word(form)
        && matches!(words.as_slice(), [only] if is_proper_tag(only.tag))
        && JIEBA.suggest_freq(form) < rules().thresholds.rare_word_freq
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut firms = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add = |surface: &str, full: &str, is_short: bool, coined: bool| {
        if seen.insert(surface.to_string()) {
            firms.push(ListedFirm {
                surface: surface.to_string(),
                full: full.to_string(),
                is_short,
                coined,
            });
        }
    };
    for (short, full) in rows() {
        add(full, full, false, false);
        if short_name_is_safe(short) {
            add(short, full, true, false);
        }
    }
    for (group, full) in soe_group_names() {
        add(&group, full, true, false);
    }
    for (name, full) in soe_coined_names() {
        add(name, full, true, true);
    }
    for short in hk_short_names().filter(|s| short_name_is_safe(s)) {
        add(short, short, true, false);
    }
    // 13,000 surfaces: far below the trie's limit
    let names = NameTrie::new(firms.iter().map(|f| f.surface.as_str()))
        .expect("known company names fit the trie");
    Index { firms, names }
});

/// Every listed company's short name, the ones that may be read as
/// ordinary words included, to its registered name: for frames that
/// only firms fill (以某某为龙头), where an ordinary phrase is unlikely.
static EVERY_SHORT_NAME: LazyLock<std::collections::HashMap<&'static str, &'static str>> =
    LazyLock::new(|| {
        let mut names: std::collections::HashMap<_, _> =
            hk_short_names().map(|short| (short, short)).collect();
        // a registered name wins over a Hong Kong listing's short name
        names.extend(rows());
        names
    });

/// The registered name of the listed company whose short name is exactly
/// `name`, whether or not the short name may be an ordinary word.
pub fn listed_by_short_name(name: &str) -> Option<&'static str> {
    EVERY_SHORT_NAME.get(name).copied()
}

/// Words after a brand in a listed company's short name that say its legal
/// form or its trade (某某控股, 某某股份, 某某快递): the press names the
/// company by the brand before them.
const BRAND_TAILS: [&str; 4] = ["控股", "股份", "集团", "快递"];

/// Every listed company's brand (its short name without a `BRAND_TAILS`
/// word or a Hong Kong listing's -W mark) of two characters or more that
/// is no place, to the company's registered name (or the Hong Kong short
/// name); the first company listed wins a brand several share.
static BRANDS: LazyLock<std::collections::HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut brands = std::collections::HashMap::new();
    let hk = hk_short_names().map(|short| (short, short));
    for (short, full) in rows().chain(hk) {
        let short = short.split('-').next().unwrap_or(short);
        let Some(brand) = BRAND_TAILS.iter().find_map(|t| short.strip_suffix(t)) else {
            continue;
        };
        if brand.chars().count() >= 2 && !is_place_word(brand) {
            brands.entry(brand.to_string()).or_insert(full);
        }
    }
    brands
});

/// The registered name of the listed company whose brand `word` is (桐昆 of
/// 桐昆股份), for lists that name companies by their brands alone.
pub fn listed_brand(word: &str) -> Option<&'static str> {
    BRANDS.get(word).copied()
}

/// Every registered name the lists give (某某股份有限公司).
static REGISTERED_NAMES: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| rows().map(|(_, full)| full).collect());

/// Is `name` a registered name one of the lists gives?
pub fn is_registered_name(name: &str) -> bool {
    REGISTERED_NAMES.contains(name)
}

/// The longest registered name that ends `name` and is shorter than it
/// (某某 of 运营商某某股份有限公司), if any.
pub fn registered_name_ending(name: &str) -> Option<&str> {
    name.char_indices()
        .skip(1)
        .map(|(at, _)| &name[at..])
        .find(|tail| REGISTERED_NAMES.contains(tail))
}

/// Builds the index and the registered names now rather than on first
/// use (see `extract::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&INDEX);
    LazyLock::force(&REGISTERED_NAMES);
    LazyLock::force(&BRANDS);
}

/// A listed company a sentence names.
pub struct ListedMention {
    pub firm: &'static ListedFirm,
    /// The places written right before a short name where the registered
    /// name has them (某市 + 简称 of 某市某某股份有限公司, 某省某市 + 简称
    /// of 某省某市某某股份有限公司): the text names the firm with its
    /// home, as the annotators keep it.
    pub home: Option<String>,
    /// Another province written right before a short name (某省 + 简称 of
    /// a firm registered elsewhere): the firm's arm in that province, named
    /// with it.
    pub province: Option<String>,
}

/// Listed companies a sentence names, each with the surface as written.
pub fn listed_in(sentence: &str) -> Vec<ListedMention> {
    let idx = &*INDEX;
    let chars: Vec<char> = sentence.chars().collect();
    // byte offset of each char, and of the end
    let bytes: Vec<usize> = sentence
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(sentence.len()))
        .collect();
    let mut out = Vec::new();
    for m in idx.names.find_all(&chars) {
        let firm = &idx.firms[m.name];
        let (start, end) = (bytes[m.start], bytes[m.end]);
        if !firm.is_short {
            out.push(ListedMention {
                firm,
                home: None,
                province: None,
            });
            continue;
        }
        let Some(before) = cut_around(sentence, start, end) else {
            continue;
        };
        if firm.coined && opens_longer_name(&sentence[end..]) {
            continue;
        }
        if !inside_longer_name(before, &sentence[end..]) {
            let home = home_before(&sentence[..start], firm);
            let province = home
                .is_none()
                .then(|| province_before(&sentence[..start]))
                .flatten();
            out.push(ListedMention {
                firm,
                home,
                province,
            });
        }
    }
    out
}

/// The places the registered name puts before its short name, as far
/// as the text writes them right before it (吉林省某市 + 简称 of
/// 吉林省某市某某股份有限公司, or 某市 + 简称 alone): made of place words only.
fn home_before(text_before: &str, firm: &ListedFirm) -> Option<String> {
    let at = firm.full.find(firm.surface.as_str())?;
    let places = &firm.full[..at];
    places
        .char_indices()
        .map(|(i, _)| &places[i..])
        .find(|home| text_before.ends_with(home) && only_place_words(home))
        .map(str::to_string)
}

/// The province, by its full or short name, that ends `text_before`.
fn province_before(text_before: &str) -> Option<String> {
    let chars: Vec<char> = text_before.chars().collect();
    (2..=3).rev().filter(|&n| n <= chars.len()).find_map(|n| {
        let p: String = chars[chars.len() - n..].iter().collect();
        gazetteer().names_level(&p, &[Level::Province]).then_some(p)
    })
}

fn only_place_words(text: &str) -> bool {
    JIEBA.cut(text, false).iter().all(|w| is_place_word(w.word))
}

/// The listed company whose short name opens `name` and leaves a product
/// after it (a project's name: 某某动力电池), if any.
pub fn listed_opening(name: &str) -> Option<&'static ListedFirm> {
    let idx = &*INDEX;
    let chars: Vec<char> = name.chars().collect();
    idx.names
        .find_all(&chars)
        .into_iter()
        .filter(|m| m.start == 0 && m.end + 2 <= chars.len())
        .map(|m| &idx.firms[m.name])
        .find(|f| f.is_short)
}

/// Is a short name part of another firm's name: after a word jieba does
/// not know (a coined brand: 某某 + 光迅科技产业园), or before a firm's
/// suffix (某某光电股份有限公司)? `before` is the word before it, `rest`
/// the text after it.
fn inside_longer_name(before: Option<&str>, rest: &str) -> bool {
    rules().firm_suffixes.iter().any(|x| rest.starts_with(x))
        || before.is_some_and(|w| {
            w.chars().count() >= 2
                && w.chars().all(crate::extract::discover::grammar::is_han)
                && !JIEBA.has_word(w)
        })
}

/// How far past a coined name `opens_longer_name` reads for the next word.
const NEXT_WORD_CHARS: usize = 8;

/// Does the text right after a coined name go on with a word of a longer
/// name (某某电力 of the firm's power arm, 某某光伏产业园 of a park)? A
/// place may follow (the firm's plant there), as may a verb, a function
/// word or a stop; a noun, an adjective or a distinguishing word may not.
fn opens_longer_name(rest: &str) -> bool {
    // the next word is all that is read: a few characters hold it
    let near = rest
        .char_indices()
        .nth(NEXT_WORD_CHARS)
        .map_or(rest, |(i, _)| &rest[..i]);
    let Some(next) = JIEBA.tag(near, true).into_iter().next() else {
        return false;
    };
    let noun = next.tag.starts_with('n') && next.tag != "ns";
    !is_place_word(next.word) && (noun || matches!(next.tag, "a" | "b" | "vn" | "j" | "l" | "eng"))
}

/// When jieba cuts the sentence at both ends of `start..end` (bytes): the
/// word before it, if any. None when a word crosses either end.
fn cut_around(sentence: &str, start: usize, end: usize) -> Option<Option<&str>> {
    let mut at = 0usize;
    let (mut left, mut right) = (false, false);
    let mut before = None;
    for w in JIEBA.cut(sentence, true) {
        left |= at == start;
        if at + w.word.len() <= start {
            before = Some(w.word);
        }
        at += w.word.len();
        right |= at == end;
        if at >= end {
            break;
        }
    }
    (left && right).then_some(before)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The surfaces of the known firms `listed_in` finds in a sentence.
    fn surfaces(sentence: &str) -> Vec<&'static str> {
        listed_in(sentence)
            .iter()
            .map(|f| f.firm.surface.as_str())
            .collect()
    }

    #[test]
    fn a_hong_kong_listing_is_named_by_its_short_name() {
        let found = listed_in("签约仪式上，腾讯控股与县政府签署战略合作协议。");
        assert!(found.iter().any(|f| f.firm.surface == "腾讯控股"));
    }

    #[test]
    fn a_central_state_firm_is_named_by_its_group() {
        let found = listed_in("中国宝武钢铁集团在县里投资建设精品钢项目。");
        assert!(found
            .iter()
            .any(|f| f.firm.full == "中国宝武钢铁集团有限公司" && f.firm.is_short));
    }

    #[test]
    fn a_state_firms_coined_name_is_read_where_it_stands_alone() {
        assert!(surfaces("岚石县与华电签署新能源项目投资协议。").contains(&"华电"));
        assert!(short_name_is_safe("星澜电网"));
        assert!(!short_name_is_safe("星澜网"));
        // opening a longer name it is that name's, not the firm's
        assert!(!surfaces("华电光伏产业园位于岚石县。").contains(&"华电"));
        // a frequent word is no coined name (the project)
        assert!(!surfaces("星澜县参与南水北调工程建设。").contains(&"南水北调"));
    }

    #[test]
    fn a_home_towns_name_before_a_trade_is_a_listed_firms_short_name() {
        assert!(short_name_is_safe("安阳钢铁"));
        assert!(short_name_is_safe("淮北矿业"));
        assert!(surfaces("县财政对淮北矿业的依赖逐年下降。").contains(&"淮北矿业"));
        // a province's name before a trade is its industry as often
        assert!(!short_name_is_safe("四川路桥"));
    }

    #[test]
    fn a_bureau_or_a_hotel_is_no_short_name() {
        assert!(!short_name_is_safe("中国旅游"));
        assert!(listed_in("县招商局局长介绍了项目情况。").is_empty());
        assert!(!short_name_is_safe("美丽华酒店"));
    }

    #[test]
    fn common_words_in_the_list_are_not_names() {
        for word in [
            "机器人",
            "农产品",
            "生物",
            "新产业",
            "值得买",
            "全新好",
            "线上线下",
        ] {
            assert!(!short_name_is_safe(word), "{word}");
        }
    }

    #[test]
    fn an_industry_before_a_trade_is_no_brand() {
        // 氯碱 is rare in jieba's dictionary, yet an industry, not a coined brand
        assert!(!short_name_is_safe("氯碱化工"));
        assert!(short_name_is_safe("海天味业"));
    }

    #[test]
    fn a_modifier_jieba_tags_as_a_name_opens_no_short_name() {
        // jieba's dictionary tags 智慧 as a person's name; after a brand it
        // still ends one
        assert!(!short_name_is_safe("智慧农业"));
        assert!(short_name_is_safe("科远智慧"));
        assert!(listed_in("发展智慧农业，推进数字乡村建设。").is_empty());
    }

    #[test]
    fn a_short_name_that_is_a_townships_or_streets_name_is_the_place() {
        // 徐家汇 and 天目湖 are streets and towns before they are firms
        for word in ["徐家汇", "天目湖"] {
            assert!(!short_name_is_safe(word), "{word}");
        }
        assert!(listed_in("天气晴好时还可远眺徐家汇的地标建筑。").is_empty());
    }

    #[test]
    fn a_short_name_opened_by_a_figure_before_nouns_is_a_name() {
        // 八一/m 钢铁/n: a date coined into a brand
        assert!(short_name_is_safe("八一钢铁"));
        assert!(listed_in("加快八一钢铁二期项目建设。")
            .iter()
            .any(|m| m.firm.surface == "八一钢铁"));
    }

    #[test]
    fn a_short_name_coined_from_single_characters_is_a_name() {
        // jieba reads 光/迅/科技 and 瑞/芯/微; 双枪 is a rare word
        for word in ["光迅科技", "瑞芯微", "双枪科技"] {
            assert!(short_name_is_safe(word), "{word}");
        }
    }

    #[test]
    fn a_short_name_of_rare_words_only_is_a_name() {
        // jieba knows each word, and none of them is common
        for word in ["泸州老窖", "古井贡酒", "东阿阿胶"] {
            assert!(short_name_is_safe(word), "{word}");
        }
        assert!(listed_in("古井贡酒在当地投资建设项目。")
            .iter()
            .any(|f| f.firm.surface == "古井贡酒"));
    }

    #[test]
    fn a_short_name_read_as_one_coined_word_is_a_name() {
        // jieba's dictionary reads 新/达/普 as common characters; its model for
        // unknown words joins them into one coined noun
        assert!(short_name_is_safe("新达普"));
        // a phrase of known words is not one
        assert!(!one_unknown_noun("新产业"));
    }

    #[test]
    fn a_rare_brand_before_a_trade_in_ye_is_a_name() {
        // 丰原/ns (a rare word, no county) before 药业: a trade in 业 counts as the
        // listed heads do
        assert!(short_name_is_safe("丰原药业"));
        assert!(listed_in("丰原药业、星澜科技等项目加快落地")
            .iter()
            .any(|f| f.firm.surface == "丰原药业"));
        // a common word before it is a phrase
        assert!(!short_name_is_safe("国际实业"));
    }

    #[test]
    fn the_places_the_registered_name_has_before_the_short_name_go_with_it() {
        let found = listed_in("引进了安徽古井贡酒等项目。");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].home.as_deref(), Some("安徽"));
        // a place the registered name does not have before it is not its home
        let found = listed_in("引进了岳西古井贡酒等项目。");
        assert_eq!(found[0].home, None);
        // a province and a city before the short name, as the registered
        // name has them, or the city alone
        for (text, home) in [
            ("广西梧州中恒集团董事长代表企业发言。", "广西梧州"),
            ("梧州中恒集团董事长代表企业发言。", "梧州"),
        ] {
            let found = listed_in(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].home.as_deref(), Some(home), "{text}");
        }
    }

    #[test]
    fn a_full_registered_name_is_found_anywhere() {
        let found = listed_in("平安银行股份有限公司发布公告");
        assert!(found.iter().any(|f| f.firm.full == "平安银行股份有限公司"));
    }

    #[test]
    fn a_short_name_inside_another_firm_s_name_is_not_that_firm() {
        // after a coined brand, before a firm's suffix
        assert!(!surfaces("星澜光迅科技产业园项目开工").contains(&"光迅科技"));
        assert!(!surfaces("福建翊澜光电股份有限公司成立于2002年").contains(&"光电股份"));
        // on its own it is still found
        assert!(surfaces("与光迅科技签约").contains(&"光迅科技"));
    }
}
