//! Lists: items of a 、 list summed up as firms, parks or platforms
//! (A、B、C等企业), each item trimmed to its name.

use super::*;

/// A list the text sums up as platforms (A、B、C等9个平台, …等一批众创空间,
/// …等功能性载体,
/// A、B2家众创空间): its items that end in a carrier's head are platforms,
/// named or descriptive.
pub(super) static PLATFORM_LIST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:等(?:\d+|[一二三四五六七八九十几多]+|一批)?|(?:\d+|[两二三四五六七八九十]+)[个家])(?:个|家|大)?(?:\p{Han}{1,8}?(?:产业集群|产业|行业))?(?:生产性|功能性)?(?:公共)?(?:创新|服务|科创)?(?:平台|载体|众创空间|孵化器)",
    )
    .expect("regex")
});

pub(super) fn platform_list(s: &str, out: &mut Vec<Cand>, earlier: &EarlierNames) {
    for m in PLATFORM_LIST_CUE.find_iter(s) {
        let before = &s[..m.start()];
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| is_hard(*c) && *c != '、')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let list = &before[start..];
        if !list.contains('、') || lists_kinds(list) {
            continue;
        }
        for it in summed_up_items(list, earlier.with(out)) {
            let n = it.chars().count();
            if (4..=20).contains(&n) && rules().platform_list_heads.iter().any(|h| it.ends_with(h))
            {
                push_cand(out, EntityType::Platform, it, vec![]);
            }
        }
    }
}

/// 建立各类工业设计中心、企业技术中心等创新平台: a list its first item
/// opens with 各类 (or 各种, 一批…) lists kinds of carrier, not named ones.
fn lists_kinds(list: &str) -> bool {
    let first = list.split('、').next().unwrap_or("");
    ["各类", "各种", "各级", "一批", "若干", "多个", "多家"]
        .iter()
        .any(|w| first.contains(w))
}

/// The items of a list (A、B、C) as names: the first one loses the verb
/// that opens the list, or is skipped when the grammar has already read
/// its left edge (a name found there ends it).
pub(super) fn summed_up_items(list: &str, found: Found<'_>) -> Vec<String> {
    let mut items = Vec::new();
    for (k, it) in list.split('、').enumerate() {
        let it = it.trim();
        if k > 0 {
            items.push(it.to_string());
        } else if !found.some_name_ends(it) {
            // the item ends in the kind's own word (园, 平台), so what
            // follows the verb is a name even when no brand opens it
            // (…依托某某产业园、…)
            // a verb's 了 (搭建了) closes the verb that opens the list:
            // verbs after it are the name's own (某某产业应用服务平台)
            let long_enough = |rest: &String| rest.chars().count() >= 4;
            let named = it
                .rsplit_once('了')
                .map(|(_, rest)| rest.to_string())
                .filter(long_enough)
                .or_else(|| after_last_verb(it).filter(long_enough));
            items.push(strip_leading_words(named.as_deref().unwrap_or(it)));
        }
    }
    items
}

/// The words that sum a list up as parks, after its count (专业园区,
/// 特色产业园, 功能园区, and a zone's 分园区 or 分园): shared by the cue
/// after a list and the count right after its last park.
const PARKS_OF_A_KIND: &str = r"(?:(?:专业|特色|主题|功能|分)?(?:产业园|工业园|园区)|分园)";

/// A list the text sums up as parks (A、B、C“五大专业园区”, A、B等产业园,
/// A、B等一批特色产业园区), or as a zone's layout counted in parks and
/// areas (A园、B园、C区和D区“两园两区”): its items that end in 园 or 园区
/// are parks, descriptive names included.
pub(super) static PARK_LIST_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[“\s]*(?:(?:等)?(?:\d+|[一二三四五六七八九十几多]+)?(?:个|大|批)?{PARKS_OF_A_KIND}|{LAYOUT})"
    ))
    .expect("regex")
});

/// A zone's layout counted in parks and areas (三园两区, 一园三区).
const LAYOUT: &str = r"[一二三四五六七八九十两]园[一二三四五六七八九十两]区";

/// A list whose every item ends in 园 or 园区, one of them a park the
/// grammar named after a place (走进某县某某工业园区、某某材料产业园、…): the place
/// before the first item scopes over the rest, so they are parks too.
pub(super) fn among_named_parks(list: &str, found: Found<'_>) -> bool {
    list.split('、').count() >= 2
        && list.split('、').all(|it| ends_as_park(it.trim()))
        && found
            .parks_in(list)
            .into_iter()
            .any(|(_, name)| strip_place_prefix(name) != name)
}

/// A list of three or more items that all end in a park's suffix, half
/// of them or more parks the grammar named already (某某产业园、某某产业园、
/// 某某装备产业园、某某小镇): the rest are parks of the same list,
/// descriptive names included.
pub(super) fn mostly_named_parks(list: &str, found: Found<'_>) -> bool {
    let items: Vec<&str> = list.split('、').map(str::trim).collect();
    let ends_in_park_suffix = |it: &&str| park_suffix_chars(it) > 0;
    if items.len() < 3 || !items.iter().all(ends_in_park_suffix) {
        return false;
    }
    let named = found.parks_in(list);
    let known = items
        .iter()
        .filter(|it| named.iter().any(|(_, name)| name == *it))
        .count();
    known * 2 >= items.len()
}

/// Where a list ends when its last item runs on into the clause
/// (…、某某产业园参观考察): after the park the grammar found in that item.
pub(super) fn end_at_last_named_park(s: &str, start: usize, end: usize, found: Found<'_>) -> usize {
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
    pub(super) fn add(&mut self, out: &[Cand]) {
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
    pub(super) fn with<'a>(&'a self, out: &'a [Cand]) -> Found<'a> {
        Found {
            earlier: self,
            current: out.get(self.indexed..).unwrap_or_default(),
        }
    }
}

/// The candidates a document has proposed so far: the indexed ones, and
/// the rest as a list.
#[derive(Clone, Copy)]
pub(super) struct Found<'a> {
    earlier: &'a EarlierNames,
    current: &'a [Cand],
}

impl Found<'_> {
    /// Does `it` end with some name found so far?
    pub(super) fn some_name_ends(&self, it: &str) -> bool {
        self.current.iter().any(|c| it.ends_with(c.name.as_str()))
            || it
                .char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(it.len()))
                .any(|i| self.earlier.names.contains(&it[i..]))
    }

    /// The parks found so far that occur in `text`, each with the byte
    /// offset of its first occurrence (as `str::find` gives it).
    pub(super) fn parks_in<'s>(&'s self, text: &str) -> Vec<(usize, &'s str)> {
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

pub(super) fn park_list(s: &str, out: &mut Vec<Cand>, earlier: &EarlierNames) {
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
        // A、B等功能园区: the cue inside the clause, after the last item
        let cue_at = s[at..end]
            .rfind('等')
            .map(|p| at + p)
            .filter(|&p| PARK_LIST_CUE.is_match(&s[p..end]));
        let counted_at = count_after_last_park(&s[at..end])
            .map(|p| at + p)
            .or(cue_at);
        let summed_up = counted_at.is_some() || PARK_LIST_CUE.is_match(&s[end..]);
        let end = match counted_at {
            Some(p) => p,
            None if summed_up => end,
            None => end_at_last_named_park(s, start, end, earlier.with(out)),
        };
        let items: Vec<String> = summed_up_items(&s[start..end], earlier.with(out))
            .iter()
            .flat_map(|it| joined_by_and(it, ends_as_park))
            .collect();
        if !(summed_up
            || among_named_parks(&s[start..end], earlier.with(out))
            || mostly_named_parks(&s[start..end], earlier.with(out)))
        {
            continue;
        }
        for it in items.into_iter().filter(|it| park_like_item(it)) {
            push_cand(out, EntityType::Park, it, vec![]);
        }
    }
}

/// A count of parks that opens the list it then gives (“五园”包括A、B、…,
/// 三大园区分别是A、B、C).
static PARK_COUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{COUNT}(?:个|大)?(?:{PARKS_OF_A_KIND}|园)”?(?:{INTRODUCES}|[(（])"
    ))
    .expect("regex")
});

/// The count that opens a list of carriers (五, 13, 几).
const COUNT: &str = r"(?:\d+|[一二三四五六七八九十两几多]+)";

/// The words after a count that say its items follow (，包括, 即, 是指,
/// 分别是：).
const INTRODUCES: &str = r"[,，]?(?:包括|即|是指|分别是|分别为)[:：]?";

/// The parks a count introduces (“五园”包括A、B、C、D和E): every item that
/// ends in 园 or 园区 is one of them, named by its industry alone or not.
/// The list runs to the clause's end; quotation marks inside an item
/// (某某“双创”科技园) stay part of it.
pub(super) fn counted_park_list(s: &str, out: &mut Vec<Cand>) {
    for it in counted_items(&PARK_COUNT_BEFORE, s, ends_as_park) {
        if park_like_item(&it) || town_park_item(&it) {
            push_cand(out, EntityType::Park, it, vec![]);
        }
    }
}

/// 岚溪园 among counted parks: two characters of a town's or a field's
/// name before 园, no generic kind of park (产业园, 工业园).
fn town_park_item(it: &str) -> bool {
    it.chars().count() == 3
        && it.ends_with('园')
        && !PARK_KIND_ALONE.is_match(it)
        && it.chars().all(is_han)
}

static PARK_KIND_ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{PARKS_OF_A_KIND}$")).expect("regex"));

/// The verbs of planning and building that may open a counted list's first
/// item (是指规划建设某某园、…): what is built, not part of its name.
fn without_building_verbs(mut it: &str) -> &str {
    let verbs = &rules().project_activity_words;
    while let Some(v) = std::iter::once("规划")
        .chain(verbs.iter().copied())
        .find(|v| it.starts_with(v) && it[v.len()..].chars().count() >= 3)
    {
        it = &it[v.len()..];
    }
    it
}

/// The items of every list of two or more that `count` introduces, each
/// up to the clause's end, the first without the verbs of planning and
/// building that open it (`without_building_verbs`): quotation marks
/// inside an item (某某“双创”科技园) stay part of it, a note in brackets
/// closing one (某某产业园(含某某学院)) does not, and two joined by 和 in
/// one item are two where the first ends as the kind counted.
fn counted_items(count: &Regex, s: &str, ends_as_kind: fn(&str) -> bool) -> Vec<String> {
    let mut all = Vec::new();
    for m in count.find_iter(s) {
        let rest = &s[m.end()..];
        let hard_end = |c: char| {
            is_hard(c)
                && !matches!(c, '、' | '(' | ')' | '（' | '）')
                && !crate::model::QUOTE_MARKS.contains(&c)
        };
        // “一心三园”(A、B、C和D): items given in brackets end at the bracket
        let bracketed = m.as_str().ends_with(['(', '（']);
        let end = if bracketed {
            rest.find([')', '）'])
                .filter(|&e| !rest[..e].contains(hard_end))
        } else {
            Some(rest.find(hard_end).unwrap_or(rest.len()))
        };
        let Some(end) = end else { continue };
        let items: Vec<String> = without_building_verbs(&rest[..end])
            .split('、')
            .map(without_trailing_note)
            .flat_map(|it| joined_by_and(it, ends_as_kind))
            .collect();
        if items.len() >= 2 {
            all.extend(items);
        }
    }
    all
}

/// A count of platforms that opens the list it then gives (打造13个创新载体
/// 平台,包括A、B、C; 建成五大平台,分别是…).
static PLATFORM_COUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{COUNT}(?:个|大)(?:公共)?(?:创新|服务|科创)?(?:载体)?(?:平台|载体){INTRODUCES}"
    ))
    .expect("regex")
});

/// The platforms a count introduces: every item ending in a carrier's head
/// (中心, 研究院, 基地…) is one, named by its field alone or not; an item
/// that opens with a level (国家级科技企业孵化器) is a status the place
/// holds, not a name.
pub(super) fn counted_platform_list(s: &str, out: &mut Vec<Cand>) {
    for it in counted_items(&PLATFORM_COUNT_BEFORE, s, ends_as_carrier) {
        let n = it.chars().count();
        let level = rules().level_prefixes.iter().any(|l| it.starts_with(l));
        if (4..=20).contains(&n) && ends_as_carrier(&it) && !level {
            push_cand(out, EntityType::Platform, it, vec![]);
        }
    }
}

/// A zone and its parks counted right after their list (按某某园、某某园、
/// 某某园“一区三园”布局): when the count matches the items and each ends
/// in 园, every item is one of the zone's parks, however short its name
/// (two characters and 园).
pub(super) fn zone_of_counted_parks(s: &str, out: &mut Vec<Cand>) {
    for c in ZONE_AND_PARKS.captures_iter(s) {
        let numeral: Vec<char> = c[1].chars().collect();
        let count = c[1].parse().ok().or_else(|| chinese_count(&numeral));
        let before = &s[..c.get(0).map_or(0, |m| m.start())];
        let before = before.trim_end_matches(|c| crate::model::QUOTE_MARKS.contains(&c));
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| is_hard(c) && c != '、')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let mut items: Vec<String> = before[start..].split('、').map(str::to_string).collect();
        if let Some(first) = items.first_mut() {
            *first = after_last_function_word(first).to_string();
        }
        let parks = items
            .iter()
            .all(|it| it.ends_with('园') && (3..=16).contains(&it.chars().count()));
        if count != Some(items.len()) || items.len() < 2 || !parks {
            continue;
        }
        for it in items {
            push_cand(out, EntityType::Park, it, vec![]);
        }
    }
}

/// What follows the last verb, preposition, conjunction or adverb of a
/// list's first item (开发区依照某某园 → 某某园): a name holds none.
fn after_last_function_word(item: &str) -> &str {
    let toks = JIEBA.tag(item, true);
    toks.iter()
        .rposition(|t| matches!(t.tag, "p" | "v" | "c" | "d") || is_strong_word(t.word))
        .map_or(item, |k| &item[toks[k].byte_end..])
}

static ZONE_AND_PARKS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"一区(\d+|[二三四五六七八九十]+)园").expect("regex"));

/// A list item a park list may name: four to sixteen characters ending in
/// 园 or 园区.
/// An item ending in 园 or 园区.
fn ends_as_park(it: &str) -> bool {
    it.ends_with('园') || it.ends_with("园区")
}

/// An item ending in a carrier's head (某某中心), a type noted after it
/// (某某中心(A型)) or not.
fn ends_as_carrier(it: &str) -> bool {
    let body = match it.strip_suffix([')', '）']) {
        Some(noted) => noted
            .rsplit_once(['(', '（'])
            .map_or(noted, |(body, _)| body),
        None => it,
    };
    rules()
        .platform_list_heads
        .iter()
        .any(|h| body.ends_with(h))
}

fn park_like_item(it: &str) -> bool {
    (4..=16).contains(&it.chars().count()) && ends_as_park(it)
}

/// A count that sums the list up right after its last park, with no break
/// between (…、某某加工园三大专业园区): where the last park ends, in `tail`.
static PARK_COUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:\d+|[一二三四五六七八九十几多]+)[个大]{PARKS_OF_A_KIND}"
    ))
    .expect("regex")
});

fn count_after_last_park(tail: &str) -> Option<usize> {
    PARK_COUNT_AFTER
        .find_iter(tail)
        .map(|m| m.start())
        .find(|&p| ends_as_park(&tail[..p]))
}

/// 某某制造园和某某加工园: two parks of a list joined by 和 (以及, 及, 与) are two
/// items; the kind's ending right before the conjunction marks the join.
fn joined_by_and(item: &str, ends_as_kind: fn(&str) -> bool) -> Vec<String> {
    for and in ["以及", "和", "及", "与"] {
        if let Some(p) = item.find(and) {
            let (left, right) = (&item[..p], &item[p + and.len()..]);
            // (…、某某园等产业园及…: 等 closed the list before the conjunction)
            let kind_before = ends_as_kind(left) && !left.contains('等');
            if kind_before && right.chars().count() >= 4 {
                return vec![left.to_string(), right.to_string()];
            }
        }
    }
    vec![item.to_string()]
}

/// The firm's name after a description of it in a list item (某某行业
/// 领导者某某, 著名食品龙头企业某某食品): what follows the last role noun
/// (`appositive_roles`), when a brand opens it. A registered name with a
/// role noun inside (某某企业管理有限公司) goes on with a common word.
fn after_description(it: &str) -> Option<&str> {
    let (at, role) = rules()
        .appositive_roles
        .iter()
        .filter_map(|r| it.rfind(*r).map(|at| (at, *r)))
        .max_by_key(|(at, r)| at + r.len())?;
    let (described, name) = (&it[..at], it[at + role.len()..].trim_start_matches('”'));
    // jieba may split a coined brand into common words (a brand of three
    // common characters before the firm's own name): a brand further in counts
    // (a place before the brand is the registered name's: 老字号某地某某)
    let toks = JIEBA.tag(name, true);
    let past_place = usize::from(toks.len() > 1 && is_place_word(toks[0].word));
    let opens_with_brand = toks.get(past_place).is_some_and(|t| {
        !is_place_word(t.word)
            && !t.tag.starts_with('v')
            && (is_named_tag(t.tag) || !common_in_dictionary(t.word) || is_branded(name))
    });
    (described.chars().count() >= 2 && name.chars().count() >= 2 && opens_with_brand)
        .then_some(name)
}

/// Is a list item (or partner) a plausible firm name?
pub(super) fn firm_item_ok(it: &str) -> bool {
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
    if is_place_word(it)
        || super::left::is_township(it)
        || SETS.partners.contains(it)
        || SETS.generic.contains(it)
    {
        return false;
    }
    // 区政协副主席: a person's office; 某某推介会: an event; 某某展馆: a venue
    if rules().office_titles.iter().any(|t| it.ends_with(t))
        || rules().event_heads.iter().any(|h| it.ends_with(h))
        || rules().venue_heads.iter().any(|h| it.ends_with(h))
    {
        return false;
    }
    // 教育、医疗等项目 are not firms; 某某医疗 (a brand before the head) is,
    // and so is a listed company's short name of common words
    let listed = crate::extract::listed::listed_by_short_name(it).is_some();
    if !listed
        && rules().non_firm_heads.iter().any(|h| {
            it.strip_suffix(h)
                .is_some_and(|brand| !has_brand_token(brand))
        })
        || rules().infrastructure_words.iter().any(|h| it.contains(h))
    {
        return false;
    }
    // 饲料厂、屠宰场、种鸡场: kinds of facility, no brand among their words
    if facility_kind(it) {
        return false;
    }
    // a very common word alone is not a firm
    let tags = JIEBA.tag(it, true);
    if tags.len() == 1 {
        let t = &tags[0];
        if JIEBA.has_word(t.word)
            && JIEBA.suggest_freq(t.word) >= rules().thresholds.ordinary_item_freq
            && matches!(t.tag, "n" | "vn" | "v" | "a" | "an")
        {
            return false;
        }
        // a rare common noun of three characters or more names a product
        // or a material: the brands the dictionary holds are tagged nz, nr
        // or ns, or are common words (五粮液/n)
        if JIEBA.has_word(t.word)
            && t.tag == "n"
            && t.word.chars().count() >= 3
            && JIEBA.suggest_freq(t.word) < rules().thresholds.rare_word_freq
            && !listed
        {
            return false;
        }
    }
    true
}

/// Is an item a kind of facility (屠宰场, 种鸡场, 污水处理厂, 生产线,
/// 物流配送中心): dictionary words only, none a brand, the last a noun
/// ending in 厂, 场 or 线, or 中心 itself?
fn facility_kind(it: &str) -> bool {
    let toks = JIEBA.tag(it, true);
    let Some(last) = toks.last() else {
        return false;
    };
    let facility = (last.word.ends_with(['厂', '场', '线']) || last.word == "中心")
        && last.word.chars().count() >= 2
        && last.tag == "n"
        && JIEBA.has_word(last.word);
    facility && !has_brand_token(it)
}

/// The type an item's longest suffix gives it, if any: 某某现代物流园区
/// ends in 园区 although a scan from the left reads 物流园 first.
pub(super) fn suffix_kind(it: &str) -> Option<Kind> {
    let kind_of = &SUFFIXES.kind_of;
    it.char_indices()
        .find_map(|(i, _)| kind_of.get(&it[i..]).copied())
}

/// 某地智算中心(某县)某某共创: an item with a park's or platform's suffix
/// inside it and no firm's suffix at its end is that carrier's project;
/// the words before the suffix name the carrier, not a firm.
fn names_a_carrier(it: &str) -> bool {
    if suffix_kind(it) == Some(Kind::Firm) {
        return false;
    }
    let table = &*SUFFIXES;
    table.ac.find_iter(it).any(|m| {
        matches!(
            table.kinds[m.pattern().as_usize()],
            Kind::Park | Kind::Platform
        ) && it[..m.start()].chars().count() >= 2
    })
}

/// Leading verbs and prepositions of a list's first item: 落地某某 → 某某.
pub(super) fn strip_leading_words(it: &str) -> String {
    // 配套的某某示范园: no name holds 的, so the name opens after the last
    let toks = JIEBA.tag(it, true);
    if let Some(de) = toks.iter().rposition(is_structural_de) {
        let rest = &it[toks[de].byte_end..];
        if rest.chars().count() >= 2 {
            return strip_leading_words(rest);
        }
    }
    if let Some(rest) = after_glued_preposition_inside(it, &toks) {
        return strip_leading_words(rest);
    }
    // 园区现有某某、某某等企业: a cut verb introduces the name after it,
    // whatever its subject before
    if let Some(cut) = toks
        .iter()
        .rposition(|t| t.word.chars().count() >= 2 && rules().cut_verbs.contains(t.word))
    {
        let rest = &it[toks[cut].byte_end..];
        if rest.chars().count() >= 2 {
            return strip_leading_words(rest);
        }
    }
    let mut skip = 0usize;
    // 新落地某某: a one-char modifier before a leading verb
    if toks.len() > 2 && toks[0].word.chars().count() == 1 && is_leading_verb(toks[1].word) {
        skip = 1;
    }
    for (k, t) in toks.iter().enumerate().skip(skip) {
        let n = t.word.chars().count();
        // 为国内某某集团: a word of scope (国内, 省内, 海外) describes the item
        let scope = t.tag == "s" && SETS.generic.contains(t.word);
        // 还将退出某某: a common verb before a name is the clause's, and so
        // is one jieba reads as an adjective (配套/a 某某: supplies 某某)
        let verb_before_name = || {
            let rest = &it[t.byte_end..];
            matches!(t.tag, "v" | "a")
                && n >= 2
                && JIEBA.has_word(t.word)
                && common_in_dictionary(t.word)
                && rest.chars().count() >= 2
                && (has_named_token(rest) || has_brand_token(rest))
        };
        // 先后到某某、某某等企业: a one-character preposition or verb (到,
        // 叫) that opens few names (`glued_prepositions`)
        let one_char_opener = n == 1
            && t.word
                .chars()
                .all(|c| rules().glued_prepositions.contains(&c));
        let strong = SETS.strong.contains(t.word)
            || scope
            || one_char_opener
            || verb_before_name()
            // a word jieba guessed a preposition (某至/p: 至 reads as one)
            // is a name's; one guessed a conjunction (某材和/c) joins items
            || matches!(t.tag, "c" | "r" | "d" | "t")
            || t.tag == "p" && (n == 1 || JIEBA.has_word(t.word))
            || (t.tag == "m" && !coined_numeral(t.word))
            || t.tag.starts_with('u')
            || (matches!(t.tag, "v" | "vn" | "n")
                && n >= 2
                && !is_named_tag(t.tag)
                && JIEBA.has_word(t.word)
                && is_leading_verb(t.word));
        // 某县以某某矿业等龙头企业为抓手: a place right before a preposition
        // is the clause's subject; the preposition goes next
        let place_before_preposition = is_place_word(t.word)
            && toks
                .get(k + 1)
                .is_some_and(|next| next.tag == "p" && JIEBA.has_word(next.word))
            && k + 2 < toks.len();
        if (strong || place_before_preposition) && skip + n < it.chars().count() {
            skip += n;
        } else {
            // 有某某、某某等企业: jieba's HMM glues the 有 opening a list to
            // the first name (有某某/x, a word it does not know); so it does
            // a 以 or 如 opening the item (以某某玻璃、某某汽车等…为延伸)
            let opens = |c| c == '有' || (skip == 0 && is_glued_preposition(c, true));
            // 以际/f 某某/nrt 家具: the glued word has only the brand's
            // first character, and a name's word follows it
            let name_follows = toks
                .get(k + 1)
                .is_some_and(|next| is_named_tag(next.tag) || !JIEBA.has_word(next.word));
            let glued_first_char = n == 2
                && t.word.chars().next().is_some_and(opens)
                && !JIEBA.has_word(t.word)
                && name_follows;
            if glued_opener(t.word, opens) || glued_first_char {
                skip += 1;
            }
            break;
        }
    }
    it.chars().skip(skip).collect()
}

/// 部门对某某/nz, 某某生态农业继岚石/nr 糖业、…等公司之后: a preposition
/// jieba's HMM glued to the brand (a word it does not know, opening with
/// one of `glued_prepositions`) after a common word of two or more
/// characters ends the clause before the item: the name starts after it,
/// however far into the item it stands.
fn after_glued_preposition_inside<'a>(it: &'a str, toks: &[jieba_rs::Tag]) -> Option<&'a str> {
    let j = (1..toks.len()).rev().find(|&j| {
        let before = &toks[j - 1];
        glued_opener(toks[j].word, |c| is_glued_preposition(c, false))
            && before.word.chars().count() >= 2
            && JIEBA.has_word(before.word)
            && !is_named_tag(before.tag)
    })?;
    let opener = toks[j].word.chars().next()?.len_utf8();
    Some(&it[toks[j].byte_start + opener..])
}

/// 某某产业园已引进了某某电梯 → 某某电梯: a list's first item starts after
/// the last verb before it, when what follows is a name.
/// The particle 的 that joins a modifier to its noun (配套的某某): no name
/// holds it.
fn is_structural_de(t: &jieba_rs::Tag) -> bool {
    t.word == "的" && t.tag == "uj"
}

pub(super) fn cut_after_last_verb(it: &str) -> String {
    match after_last_verb(it) {
        Some(rest) if rest.chars().count() >= 2 && named_firm_core(&rest) => rest,
        _ => it.to_string(),
    }
}

/// What follows the last verb of a list's first item, if a verb opens the
/// list there.
pub(super) fn after_last_verb(it: &str) -> Option<String> {
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
            // what is done in a trade right after it (装备/n 制造/v) is
            // the field's, no verb that opens the list
            && !(i > 0
                && rules().industry_words.contains(toks[i - 1].word)
                && rules().product_verbs.contains(t.word))
        {
            cut = Some(pos);
        }
    }
    let rest: String = it.chars().skip(cut?).collect();
    Some(strip_function_head(&rest))
}

pub(super) fn is_leading_verb(w: &str) -> bool {
    // 新开工/nz, 新引进: jieba may glue "newly" to the verb
    let w = w
        .strip_prefix('新')
        .filter(|v| v.chars().count() >= 2)
        .unwrap_or(w);
    is_strong_word(w)
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
                | "开工"
        )
}

/// A long list item is a firm plus what it makes: 某某精密机械零部件 →
/// 某某精密; [place] name [industry word].
pub(super) fn trim_item(it: &str) -> Option<String> {
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
        let named = is_named_tag(t.tag)
            || !JIEBA.has_word(w)
            || JIEBA.suggest_freq(w) < rules().thresholds.rare_word_freq;
        if named
            && !SETS.generic.contains(w)
            && !rules().industry_words.iter().any(|iw| w.starts_with(iw))
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
        let head = (i..toks.len().min(i + 3)).find(|&j| is_trade_word(toks[j].word))?;
        let brand: String = toks[i..head].iter().map(|t| t.word).collect();
        let plain = toks[i..head].iter().all(|t| {
            (t.tag.starts_with('n') || matches!(t.tag, "a" | "b" | "j"))
                && !SETS.generic.contains(t.word)
                && !is_place_word(t.word)
        });
        // 中/f 硅/nz 科技: 中 and one character before the trade make a
        // short name in the state firms' style (中某科技), not a position
        let state_style = head == i + 2
            && toks[i].word == "中"
            && toks[i + 1].word.chars().count() == 1
            && toks[i + 1].tag.starts_with('n');
        let plain = plain || state_style;
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
    if let Some(w) = industry_word_opening(&rest) {
        // 某某新型锂盐: a modifier (新型) heads no name on its own; it is
        // the name's only before an industry word (某某新型材料)
        if SETS.generic.contains(w) && !is_firm_head(w) {
            if let Some(w2) = industry_word_opening(&rest[w.len()..]) {
                out.push_str(w);
                out.push_str(w2);
            }
            return Some(out);
        }
        let last_word = i + 1 == toks.len();
        match toks.get(i).filter(|t| last_word && t.word.starts_with(w)) {
            Some(t) => out.push_str(t.word),
            // 某某自动化设备: a second trade that ends the item is the
            // name's too, not a product
            None if rules().industry_words.contains(&rest[w.len()..]) => out.push_str(&rest),
            None => out.push_str(w),
        }
    }
    Some(out)
}

/// The longest industry word that opens `s`.
fn industry_word_opening(s: &str) -> Option<&'static str> {
    rules()
        .industry_words
        .iter()
        .copied()
        .filter(|w| s.starts_with(w))
        .max_by_key(|w| w.len())
}

pub(super) fn list_firms(s: &str, out: &mut Vec<Cand>) {
    let mut prev_end = 0usize;
    for m in LIST_CUE.find_iter(s) {
        let cue = m.as_str();
        let floor = prev_end;
        prev_end = m.end();
        // 某某、某某等企业家: people who run firms, not firms; 等服务企业
        // 制度: measures for firms
        let firms_as_modifier = cue.ends_with("企业")
            && rules()
                .firms_as_modifier
                .iter()
                .any(|w| s[m.end()..].starts_with(w));
        if cue_names_no_firms(cue) || firms_as_modifier || zone_of_projects(cue, &s[m.end()..]) {
            continue;
        }
        let before = &s[floor..m.start()];
        // the list: back to the last hard boundary other than 、, brackets,
        // a capacity's figures (某某115万吨/年…) and a term quoted inside
        // an item (某某机械“某某”生产项目)
        let quoted = quoted_inside_items(before);
        let start = before
            .char_indices()
            .rev()
            .find(|&(i, c)| {
                // a dash (优质成果加速北迁——某某、某某等) opens the list too
                (is_hard(c) || c == '—')
                    && !matches!(c, '、' | '(' | ')' | '（' | '）' | '/')
                    && !c.is_ascii_digit()
                    && !quoted.iter().any(|r| r.contains(&i))
            })
            .map_or(0, |(i, c)| i + c.len_utf8());
        // a mark left before the count (某某、某某、四家企业) ends no item
        let items = after_joined_verbs(list_items(before[start..].trim_end_matches('、')));
        let mut items = after_joined_attributes(items);
        // the cue may hold the frame's close itself (某某、某某等为龙头)
        if leads_an_industry(&s[m.end()..]) || leads_an_industry(cue.trim_start_matches('等')) {
            items[0] = after_last_yi(items[0]);
        }
        // a project's name may hold a verb of making (某某装备研发制造项目)
        let names_a_project = items[0].ends_with("项目");
        if opened_by_making(items[0]) && !names_a_project || closed_by_making(&items) {
            continue;
        }
        // a count without 等 sums up a list only right after it (某某、某某两家企业,
        // 某某、某某3个项目)
        let counted = !cue.starts_with('等');
        let firm_cue = !counted && rules().firm_list_cues.iter().any(|w| cue.contains(w));
        if items.len() < 2 && !firm_cue && !one_branded_project(cue, &items)
            || names_categories(
                &items,
                cue.starts_with("等行业") || cue.starts_with("等领域"),
            )
            || names_places(&items)
            || (counted && !mates_are_firms(cue, &items))
        {
            continue;
        }
        // 等11户高新技术项目企业: firms of projects, not projects
        let projects = cue.ends_with("项目") && !s[m.end()..].starts_with("企业");
        // 重型挂车、某某电装、某某车辆3个项目: a counted list may open with a
        // product; its first item names a firm only with a brand, as the
        // others must
        let unbranded = |c: &Cand| !is_branded(&c.name);
        for (k, it) in items.iter().enumerate() {
            let pushed = out.len();
            list_item_firm(it, k == 0, projects, out);
            if counted && k == 0 && out[pushed..].iter().any(unbranded) {
                out.truncate(pushed);
            }
        }
        for it in bracketed_items(cue) {
            list_item_firm(it, false, projects, out);
        }
    }
}

/// 以某某、某某等龙头企业为代表: the list closes a leader frame
/// (`quoted::LEADER`) opened by 以.
fn leads_an_industry(after_cue: &str) -> bool {
    // the cue may stop at 龙头 (等龙头|企业为代表)
    let after_cue = after_cue.strip_prefix("企业").unwrap_or(after_cue);
    after_cue.strip_prefix('为').is_some_and(|cue| {
        super::quoted::LEADER_CUES
            .iter()
            .any(|w| cue.starts_with(w))
    })
}

/// 已集聚以某某: the first item of a leader frame starts after its 以
/// (jieba may have glued 以 to the brand).
fn after_last_yi(first: &str) -> &str {
    match first.rfind('以') {
        Some(p) if first[p + '以'.len_utf8()..].chars().count() >= 2 => {
            &first[p + '以'.len_utf8()..]
        }
        _ => first,
    }
}

/// In a counted list (某某、某某3个项目) every item after the first needs a
/// brand; one named by a place and a trade (某地光电) may stand among
/// branded mates where the count is exactly the number of items: the text
/// counts each item as one firm.
fn mates_are_firms(cue: &str, items: &[&str]) -> bool {
    let unbranded = items[1..].iter().filter(|it| !is_branded(it)).count();
    unbranded == 0 || unbranded == 1 && leading_count(cue) == Some(items.len())
}

/// The count a cue opens with (4家企业, 三个项目).
fn leading_count(cue: &str) -> Option<usize> {
    let figure: String = cue.chars().take_while(char::is_ascii_digit).collect();
    if !figure.is_empty() {
        return figure.parse().ok();
    }
    let numeral: Vec<char> = cue
        .chars()
        .take_while(|&c| chinese_digit(c).is_some())
        .collect();
    chinese_count(&numeral)
}

/// The value of one Chinese digit word; 十 is ten.
fn chinese_digit(c: char) -> Option<usize> {
    match c {
        '两' => Some(2),
        '十' => Some(10),
        _ => "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|i| i + 1),
    }
}

/// A count below a hundred written in Chinese (三, 十二, 二十, 二十五); None
/// for anything else, so a count it cannot read never passes as exact.
fn chinese_count(numeral: &[char]) -> Option<usize> {
    let ten = numeral.iter().position(|&c| c == '十');
    let digit = |c: &char| chinese_digit(*c).filter(|&d| d < 10);
    match (ten, numeral) {
        (None, [one]) => digit(one),
        (Some(0), ['十']) => Some(10),
        (Some(0), ['十', unit]) => digit(unit).map(|u| 10 + u),
        (Some(1), [tens, '十']) => digit(tens).map(|t| t * 10),
        (Some(1), [tens, '十', unit]) => Some(digit(tens)? * 10 + digit(unit)?),
        _ => None,
    }
}

/// A short term in quotation marks right after a name's character, within
/// one item (某某机械“某某”生产项目): byte ranges of the quoted span,
/// marks included.
fn quoted_inside_items(text: &str) -> Vec<std::ops::Range<usize>> {
    static QUOTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\p{Han}(“[^，。；、“”,;]{1,6}”)").expect("regex"));
    // a title quoted before an item's name (、“某某小巨人”某某生物)
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[、\p{Han}])(“[^，。；、“”,;]{2,16}”)\p{Han}").expect("regex")
    });
    let titled = TITLE
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .filter(|m| {
            let quoted = m.as_str().trim_matches(['“', '”']);
            rules().appositive_roles.iter().any(|r| quoted.ends_with(r))
        });
    QUOTED
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .chain(titled)
        .map(|m| m.range())
        .collect()
}

/// 建设A、B及相关原料生产等项目: a list whose last item ends in a verb of
/// making names what is made, as one opened by such a verb does, when that
/// item names no maker (某省某某粗粮加工 is a firm's project).
fn closed_by_making(items: &[&str]) -> bool {
    items.last().is_some_and(|last| {
        let last = last.trim();
        let made = JIEBA
            .tag(last, true)
            .last()
            .is_some_and(|t| rules().product_verbs.contains(t.word));
        made && !is_branded(last) && !opens_with_place(last)
    })
}

/// 生产A、B等: does a verb of making (`product_verbs`), a word of its own
/// with the first product after it, open a list's first item? Then the
/// list names products (开发区 opens no list of products). A verb of
/// making before a role that ends in 企业 describes that firm (整车生产
/// 龙头企业某某): the list opens after the role. One inside a name before
/// the first item (某地智能制造产业园今年与某某电气、…) is the name's.
pub(super) fn opened_by_making(first_item: &str) -> bool {
    let after_role = first_item
        .rfind("企业")
        .map(|p| &first_item[p + "企业".len()..])
        .filter(|rest| rest.chars().count() >= 2);
    let first_item = after_role.unwrap_or(first_item);
    let toks = JIEBA.tag(first_item, true);
    toks.iter().enumerate().any(|(k, t)| {
        rules().product_verbs.contains(t.word)
            && first_item[t.byte_end..].chars().count() >= 2
            && !toks[k + 1..].iter().any(|w| suffix_kind(w.word).is_some())
    })
}

/// 来自某地、某地等一些金融机构、银行等单位对A、B等企业: an item holding
/// 等 closed a list of its own, so this one starts after it.
fn after_closed_list(mut items: Vec<&str>) -> Vec<&str> {
    let closed = items.iter().rposition(|it| it.contains('等'));
    if let Some(k) = closed.filter(|&k| k + 1 < items.len()) {
        items.drain(..=k);
    }
    items
}

/// 积极引进、培育某某等企业: verbs that open lists (`is_leading_verb`),
/// joined by 、 before the names, open this one; the names start after the
/// last of them, so the first item is dropped and the next loses its verb.
fn after_joined_verbs(mut items: Vec<&str>) -> Vec<&str> {
    let ends_in_list_verb = |it: &str| {
        JIEBA
            .tag(it, true)
            .last()
            .is_some_and(|t| is_leading_verb(t.word))
    };
    if items.len() < 2 || !ends_in_list_verb(items[0]) {
        return items;
    }
    let next = items[1].trim();
    let toks = JIEBA.tag(next, true);
    let Some(verb) = toks
        .first()
        .filter(|t| is_leading_verb(t.word) && toks.len() > 1)
    else {
        return items;
    };
    items.remove(0);
    items[0] = &next[verb.byte_end..];
    items
}

/// 对标准低、规模小、产能低下的某某玻璃、某某玻璃等企业: attributes joined by
/// 、 describe the firms after the 的 that closes the last of them; the
/// names start after it, so the items before it are dropped and it keeps
/// what follows its 的.
fn after_joined_attributes(mut items: Vec<&str>) -> Vec<&str> {
    let after_de = |it: &str| {
        let toks = JIEBA.tag(it, true);
        toks.iter()
            .rev()
            .find(|t| is_structural_de(t))
            .map(|t| t.byte_end)
    };
    let Some((k, end)) = items
        .iter()
        .enumerate()
        .skip(1)
        .rev()
        .find_map(|(k, it)| after_de(it).map(|end| (k, end)))
    else {
        return items;
    };
    if items[k][end..].chars().count() < 2 {
        return items;
    }
    items[k] = &items[k][end..];
    items.drain(..k);
    items
}

/// The items of a list in brackets after a count (等11户(某某、某某、…)企业):
/// the firms counted, the ones before 等 among them.
fn bracketed_items(cue: &str) -> Vec<&str> {
    let Some(open) = cue.find(['(', '（']) else {
        return Vec::new();
    };
    let inner = &cue[open..];
    let inner = &inner[inner.chars().next().map_or(0, char::len_utf8)..];
    let Some(close) = inner.find([')', '）']) else {
        return Vec::new();
    };
    let items = list_items(&inner[..close]);
    if items.len() < 2 {
        return Vec::new();
    }
    items
}

/// What ends a clause, for list rules that read one clause at a time.
const CLAUSE_BREAKS: [char; 7] = ['，', '。', '；', ',', ';', '：', ':'];

/// A list whose items are all projects (某某钙业石灰旋窑项目、某某科技综合
/// 利用项目、…), three or more, names no cue but its projects: the firm of
/// each is the brand and trade that open it.
pub(super) fn project_list_firms(s: &str, out: &mut Vec<Cand>) {
    for clause in s.split(CLAUSE_BREAKS) {
        // the last item may close the list with 等 and what sums it up
        // (…技改扩能项目等, …总部经济项目等10个招商引资项目分别签约进入…)
        let clause = clause
            .find("项目等")
            .map_or(clause, |p| &clause[..p + "项目".len()]);
        let items = list_items(clause);
        let is_project = |it: &&str| it.ends_with("项目");
        if items.len() < 3 || !items[1..].iter().all(is_project) {
            continue;
        }
        let cores: Vec<String> = items
            .iter()
            .enumerate()
            .filter_map(|(k, it)| {
                let whole = it.strip_suffix("项目")?;
                let core = after_amount(whole);
                // the amount's 的 has already cut off the verb that opens the list
                Some(match k {
                    0 if core.len() == whole.len() => {
                        strip_leading_words(&cut_after_last_verb(after_summing_projects(core)))
                    }
                    _ => core.to_string(),
                })
            })
            .collect();
        let with_firm: Vec<bool> = cores
            .iter()
            .map(|core| firm_opening_project(core, out))
            .collect();
        // a list of firms' projects: the others open with a firm too, a
        // place and a brand before the product (某市某某化妆用具项目)
        if with_firm.iter().filter(|&&f| f).count() >= 2 {
            for (core, _) in cores.iter().zip(&with_firm).filter(|(_, &f)| !f) {
                if let Some(firm) =
                    place_and_brand(core).or_else(|| brand_word_before_facility(core))
                {
                    let aliases = firm_short_names(&firm);
                    push_cand(out, EntityType::Firm, firm, aliases);
                }
            }
        }
    }
}

/// The first item after the words that sum the projects up (9个产业项目为
/// 某某供电生产线): no project's own name holds 项目, so the item opens
/// after the last one.
fn after_summing_projects(core: &str) -> &str {
    core.rfind("项目")
        .map_or(core, |p| &core[p + "项目".len()..])
}

/// A list of three or more firms sharing one 项目 and no 等 (招引落地某某通讯、
/// 某某电子、某某检测项目): each item is a firm of a project when every item
/// after the verb that opens the list looks like a firm (a brand, or two
/// characters before a trade) and at least one carries a brand.
pub(super) fn shared_project_list_firms(s: &str, out: &mut Vec<Cand>) {
    for clause in s.split(CLAUSE_BREAKS) {
        let Some(list) = clause.strip_suffix("项目") else {
            continue;
        };
        if list.contains('等') || list.contains("项目") {
            continue;
        }
        let items = list_items(list);
        let firm_like = |it: &&str| is_branded(it) || two_char_brand_before_trade(it);
        // 增链、强链、补链的企业和项目: a 的 after the last item makes the
        // list describe the projects, not name their firms
        // 建链、补链、强链型产业项目: so does a kind mark (型) before what
        // the projects are
        let describes = items
            .last()
            .is_some_and(|it| it.contains('的') || names_a_kind(it));
        if items.len() < 3
            || describes
            || !items[1..].iter().all(firm_like)
            || !items[1..].iter().any(|it| is_branded(it))
            || names_categories(&items, false)
        {
            continue;
        }
        for (k, it) in items.iter().enumerate() {
            list_item_firm(it, k == 0, true, out);
        }
    }
}

/// Does `item` end with a kind mark and the word for what is of that
/// kind (…型产业, …型企业)?
fn names_a_kind(item: &str) -> bool {
    item.rsplit_once('型')
        .is_some_and(|(_, rest)| matches!(rest, "产业" | "企业" | "产业链"))
}

/// 某某旅游度假区, 某某温泉: a project of tourism is named by its site.
fn names_a_tourist_site(item: &str) -> bool {
    rules().tourist_site_heads.iter().any(|h| item.ends_with(h))
}

/// 某某电子, 某某科技: two characters that are no trade, place or common
/// word of their own, then a trade; jieba may split such a brand into
/// common characters (和/c 鼎/n), so its tags do not tell.
fn two_char_brand_before_trade(item: &str) -> bool {
    rules().industry_words.iter().any(|w| {
        item.strip_suffix(*w).is_some_and(|brand| {
            brand.chars().count() == 2
                && brand.chars().all(is_han)
                && !rules().industry_words.contains(brand)
                && !SETS.generic.contains(brand)
                && !is_place_word(brand)
        })
    })
}

/// What an investment's amount leaves of a project's name (总投资6亿元的
/// 某某电子扩建 → 某某电子扩建): the amount is said of the project, and the
/// firm opens what follows it.
static AMOUNT_BEFORE_PROJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"投资[^的，。、,;]{1,12}元的").expect("valid regex"));

fn after_amount(core: &str) -> &str {
    AMOUNT_BEFORE_PROJECT
        .find_iter(core)
        .last()
        .map_or(core, |m| &core[m.end()..])
}

/// The firm a project's name opens with (brand and trade, by
/// `leading_firm`), when it carries a brand. Says whether it found one.
fn firm_opening_project(core: &str, out: &mut Vec<Cand>) -> bool {
    if opens_with_capacity(core) {
        return false;
    }
    // 某某护肤品年产190万件…: the firm is in what comes before the capacity
    let (core, capacity) = match core.find("年产") {
        Some(at) if opens_with_capacity(&core[at..]) => (&core[..at], true),
        _ => (core, false),
    };
    if let Some(firm) = super::partners::leading_firm(core, capacity).filter(|f| is_branded(f)) {
        if let Some(target) = merger_target(&core[firm.len()..]) {
            let aliases = firm_short_names(&target);
            push_cand(out, EntityType::Firm, target, aliases);
        }
        let aliases = firm_short_names(&firm);
        push_cand(out, EntityType::Firm, firm, aliases);
        true
    } else if ends_with_industry(core) && is_branded(core) {
        // 某某五金电器项目: no product after the trade, the whole is the firm
        firm_in_name(core, out);
        true
    } else {
        false
    }
}

/// Does an item end in a facility jieba reads as a word of its own
/// (某某生产基地, 某某城市综合体)? Then it names what a firm builds, not
/// the firm.
fn ends_in_facility(item: &str) -> bool {
    JIEBA
        .tag(item, true)
        .pop()
        .is_some_and(|last| last.byte_start > 0 && rules().firm_facility_words.contains(last.word))
}

/// Verbs of one firm taking over or reshaping another (某某科技重组某某
/// 科技项目): the firm after one is named too.
const MERGER_VERBS: [&str; 5] = ["重组", "收购", "并购", "兼并", "控股"];

/// The firm a merger verb right after a project's leading firm takes
/// over: the brand and trade that open the rest, or end it.
pub(super) fn merger_target(rest: &str) -> Option<String> {
    let target = MERGER_VERBS.iter().find_map(|v| rest.strip_prefix(v))?;
    super::partners::leading_firm(target, false)
        .or_else(|| ends_with_industry(target).then(|| target.to_string()))
        .filter(|f| is_branded(f) && firm_item_ok(f))
}

/// What is made, worked or treated a year: before a figure they open what
/// a plant turns out.
pub(super) const CAPACITY_VERBS: [&str; 5] = ["年产", "年加工", "年处理", "年生产", "新增年产"];

/// 年产100吨某某材料(项目): a name that opens with what is made a year
/// and how much names a product; no firm stands before the figure.
fn opens_with_capacity(item: &str) -> bool {
    CAPACITY_VERBS.iter().any(|w| {
        item.strip_prefix(w)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
    })
}

/// The place and the brand after it that open a project's name, when a
/// product follows (某省某某化妆用具 → 某省某某): the brand is the words
/// jieba does not know, tags as names or finds rare, two to four
/// characters. The place is read by characters: jieba cuts a province
/// into the brand after it (河/ns 南昌/ns 顺达).
fn place_and_brand(core: &str) -> Option<String> {
    let place = leading_place(core);
    let rest = &core[place.len()..];
    if place.is_empty() {
        return None;
    }
    let mut brand = String::new();
    for t in JIEBA.tag(rest, true) {
        let named = is_named_tag(t.tag)
            || !JIEBA.has_word(t.word)
            || JIEBA.suggest_freq(t.word) < rules().thresholds.rare_word_freq;
        let han = t.word.chars().all(is_han);
        if !named || !han || is_place_word(t.word) {
            break;
        }
        brand.push_str(t.word);
    }
    let n = brand.chars().count();
    ((2..=4).contains(&n) && brand.len() < rest.len()).then(|| format!("{place}{brand}"))
}

/// A coined brand and one word right before what a firm builds (某某
/// 彩印/n 生产线, 某某供电/vn 生产线): the brand and its trade, whatever the
/// trade's word, as the plant's word closes the firm's part of the name.
fn brand_word_before_facility(core: &str) -> Option<String> {
    let toks = JIEBA.tag(core, true);
    let [brand, trade, facility, ..] = toks.as_slice() else {
        return None;
    };
    let coined = brand.word.chars().count() >= 2
        && brand.word.chars().all(is_han)
        && !JIEBA.has_word(brand.word)
        && !is_place_word(brand.word);
    // a plant's words only: before 基地 the word is as often a crop or a
    // product (某某黄花菜基地)
    let facility_follows = ["生产线", "车间", "厂房", "工厂"].contains(&facility.word);
    (coined && facility_follows && trade.word.chars().all(is_han))
        .then(|| format!("{}{}", brand.word, trade.word))
}

/// The places that open `s`, read by characters: the longest place name
/// at its start, then the longest after that (某省某市).
pub(super) fn leading_place(s: &str) -> &str {
    let mut at = 0;
    for _ in 0..2 {
        let rest = &s[at..];
        let ends: Vec<usize> = rest
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(7)
            .collect();
        match ends
            .into_iter()
            .skip(1)
            .rev()
            .find(|&e| is_place_word(&rest[..e]))
        {
            Some(e) => at += e,
            None => break,
        }
    }
    &s[..at]
}

/// The items of a list: 以及 joins the last items as 、 does (A、B以及C、D),
/// and so does 和 or 及 before the last item when jieba reads it as a word
/// of its own between two names of two characters or more (A、B和C).
fn list_items(list: &str) -> Vec<&str> {
    let mut items: Vec<&str> = split_at_list_marks(list)
        .into_iter()
        .flat_map(|it| it.split("以及"))
        .map(without_unpaired_brackets)
        .map(without_trailing_note)
        .flat_map(split_at_glued_conjunction)
        .collect();
    if items.len() >= 2 {
        if let Some(last) = items.pop() {
            items.extend(split_at_conjunction(last));
        }
    }
    items
}

/// An item without the bracket that opens or closes the list around it
/// (企业5家(某某公司、…、某某公司),…): a bracket inside a name
/// (某某(中国)有限公司) comes in pairs.
fn without_unpaired_brackets(item: &str) -> &str {
    let is_open = |c: char| matches!(c, '(' | '（');
    let is_close = |c: char| matches!(c, ')' | '）');
    let opens = item.chars().filter(|&c| is_open(c)).count();
    let closes = item.chars().filter(|&c| is_close(c)).count();
    if closes > opens {
        return item.strip_suffix(is_close).unwrap_or(item);
    }
    if opens > closes {
        return item.strip_prefix(is_open).unwrap_or(item);
    }
    item
}

/// An item without the note in brackets that closes it (某某物流(物流配送),
/// 某某(钣金件)): what the firm does, not its name. A place or a group's
/// word in brackets (某某(中国), 某某(集团)) is the name's own.
fn without_trailing_note(item: &str) -> &str {
    let item = item.trim_end();
    let Some(body) = item.strip_suffix([')', '）']) else {
        return item;
    };
    let Some(open) = body.rfind(['(', '（']) else {
        return item;
    };
    let note = body[open..].trim_start_matches(['(', '（']);
    // a type the official name carries (某某中心(A型)) is no note
    let own_word = is_place_word(note)
        || matches!(note, "集团" | "控股" | "股份")
        || (note.ends_with('型') && note.chars().count() <= 3);
    let name = body[..open].trim_end();
    if own_word || name.chars().count() < 2 {
        return item;
    }
    name
}

/// `list` split at each 、 but one between two numerals: 第一、二批 and
/// 一、二期 count batches and phases inside one item.
fn split_at_list_marks(list: &str) -> Vec<&str> {
    let numeral = |c: Option<char>| {
        c.is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    };
    let mut items = Vec::new();
    let mut from = 0;
    for (at, _) in list.match_indices('、') {
        let next = at + '、'.len_utf8();
        if numeral(list[..at].chars().next_back()) && numeral(list[next..].chars().next()) {
            continue;
        }
        items.push(&list[from..at]);
        from = next;
    }
    items.push(&list[from..]);
    items
}

/// 某某和某某 → [某某, 某某], where jieba glued 和 into a word it made up
/// with the names' characters (某某/j 某和某某/ns): no dictionary word
/// holds the conjunction there, and a brand of 和 (某和) keeps it as its
/// second character, which leaves one character before it.
fn split_at_glued_conjunction(item: &str) -> Vec<&str> {
    let glued = JIEBA.tag(item, true).into_iter().find_map(|t| {
        let inner = t
            .word
            .find('和')
            .filter(|&k| k > 0 && k + '和'.len_utf8() < t.word.len())?;
        (!JIEBA.has_word(t.word)).then_some(t.byte_start + inner)
    });
    match glued {
        Some(at)
            if item[..at].chars().count() >= 2
                && item[at + '和'.len_utf8()..].chars().count() >= 2 =>
        {
            vec![&item[..at], &item[at + '和'.len_utf8()..]]
        }
        _ => vec![item],
    }
}

/// 某某和某某 → [某某, 某某], when 和 (or 及, 与) is a conjunction there.
fn split_at_conjunction(item: &str) -> Vec<&str> {
    let toks = JIEBA.tag(item, true);
    // the last one: a conjunction inside an item joins its products
    // (某某汽车配件及车载气瓶项目和某某…)
    let at = toks.iter().rposition(|t| {
        matches!(t.word, "和" | "及" | "与")
            && t.tag == "c"
            && item[..t.byte_start].chars().count() >= 2
            && item[t.byte_end..].chars().count() >= 2
    });
    match at.map(|k| &toks[k]) {
        Some(t) => vec![&item[..t.byte_start], &item[t.byte_end..]],
        None => vec![item],
    }
}

/// A list of firms after their count (企业共有11家,分别是某某、某某…), to
/// the end of the sentence, or after their kind (企业主要有某某、某某), to
/// the end of the clause: each item read as an item of a firm list.
pub(super) fn firms_named_after_count(s: &str, out: &mut Vec<Cand>) {
    for m in FIRMS_NAMED_AFTER.find_iter(s) {
        let rest = &s[m.end()..];
        let end = rest.find(['。', '；', ';']).unwrap_or(rest.len());
        firms_of_a_list(&rest[..end], out);
    }
    for m in FIRMS_LISTED_AFTER.find_iter(s) {
        let rest = &s[m.end()..];
        // 某某企业有限公司 is a registered name, not a list's cue; 包括某某
        // 企业、某某企业 lists kinds of firm
        if rest.starts_with('限')
            || rest.starts_with("有限")
            || rest.starts_with(['、', '等', '和', '及'])
        {
            continue;
        }
        // 包括科技企业孵化器、…: 企业 modifies a kind of carrier, it is no cue
        let first_item = rest.split(['、', '，', ',']).next().unwrap_or(rest);
        if is_suffix_word(first_item) {
            continue;
        }
        let end = rest
            .find(['。', '；', ';', '，', ','])
            .unwrap_or(rest.len());
        firms_of_a_list(&rest[..end], out);
    }
}

/// 某某科技是一家成立于2006年的人工智能研发企业: what a clause calls one
/// firm (一家…企业, 公司, 集团) is a firm; the subject runs from the
/// clause's start (or a 的 that closes a description of it) to 是一家.
static DESCRIBED_AS_A_FIRM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([^，。；、,;：:“”（）()的\s]{2,12})是一家[^。；;，,]{0,40}?(?:企业|公司|集团)")
        .expect("valid regex")
});

pub(super) fn firms_described_as_one(s: &str, out: &mut Vec<Cand>) {
    for c in DESCRIBED_AS_A_FIRM.captures_iter(s) {
        list_item_firm(&c[1], false, false, out);
    }
}

/// A word that is a suffix of some kind of name and nothing more (孵化器,
/// 园区, 有限公司).
fn is_suffix_word(w: &str) -> bool {
    rules().firm_suffixes.contains(w) || carrier_suffix_lists().iter().any(|list| list.contains(w))
}

/// The suffixes of the kinds of name that are no firm's: parks',
/// platforms' and institutions'.
fn carrier_suffix_lists() -> [&'static crate::extract::rules::WordList; 3] {
    let r = rules();
    [
        &r.park_suffixes,
        &r.platform_suffixes,
        &r.institution_suffixes,
    ]
}

/// Each item of a list known to name firms, read as a firm list's item,
/// unless the items are categories or places.
fn firms_of_a_list(list: &str, out: &mut Vec<Cand>) {
    let mut items: Vec<&str> = list_items(list).into_iter().map(str::trim).collect();
    // the last item may close the list with 等 (…、某某木业等), or the
    // clause that goes on after a comma (…、某某(钣金件),以某某为基础)
    if let Some(last) = items.last_mut() {
        *last = without_trailing_note(last.split(['等', '，', ',']).next().unwrap_or(last));
    }
    if items.len() < 2 || names_categories(&items, false) || names_places(&items) {
        return;
    }
    // an item with a park's, platform's or institution's suffix is named as
    // one (某某物流园区 among firms), not as a firm
    let ends_in = |list: &[&str], it: &str| list.iter().any(|x| it.ends_with(x));
    let other_kind = |it: &&str| {
        !ends_in(&rules().firm_suffixes, it)
            && carrier_suffix_lists().iter().any(|list| ends_in(list, it))
    };
    for it in items.iter().filter(|it| !other_kind(it)) {
        list_item_firm(it, false, false, out);
    }
}

/// Is a list one of what a place makes or does, not of firms? Such lists
/// share the firm lists' cues (变压器、整流器、开关等规模企业; 食品、物流、百货
/// 等产业于一体的企业; 疫情防控、能源供应等企业), and most of their items are
/// one dictionary noun or frequent words only. A brand that is a common
/// word is rarely alone in being one (某某电器、某某科技、某某照明; 宏碁/v,
/// 联想/v), and a rare word is a brand's (极光/n, 112 in jieba's counts).
fn names_categories(items: &[&str], fields_named: bool) -> bool {
    let bare_noun = |(k, it): &(usize, &&str)| {
        let words = item_words(*k, it);
        let toks = JIEBA.tag(&words, true);
        // a set phrase is a kind of work too (技术改造/l, 技术创新/l)
        let one_noun = toks.len() == 1
            && JIEBA.has_word(toks[0].word)
            && matches!(toks[0].tag, "n" | "vn" | "l" | "i");
        // a common verb alone is a process (铸造/v, 电镀/v), not a brand
        let one_process =
            toks.len() == 1 && toks[0].tag == "v" && common_in_dictionary(toks[0].word);
        // or common words only (智能制造, 电子信息, 无人驾驶汽车, 民/ng 参军); jieba
        // tags 零部件 a numeral-quantifier (mq), a common word all the same
        let common_words = toks.len() > 1
            && toks.iter().all(|t| {
                matches!(t.tag, "n" | "vn" | "v" | "b" | "mq" | "ng")
                    && common_in_dictionary(t.word)
            });
        one_noun || one_process || common_words
    };
    let bare = items.iter().enumerate().filter(bare_noun).count();
    // after 等行业 or 等领域, half bare and the rest without a brand
    // (光学仪器、安防/v 监控等行业客户): fields too; elsewhere one bare word
    // beside another may be a brand jieba knows as a word (长城)
    let half_and_unbranded = fields_named
        && bare * 2 == items.len()
        && items
            .iter()
            .enumerate()
            .all(|(k, it)| bare_noun(&(k, it)) || !is_branded(&item_words(k, it)));
    items.len() >= 2 && (bare * 2 > items.len() || half_and_unbranded || one_field_opens_all(items))
}

/// A list item as it names its kind: the first item also carries the
/// words that open the list (引进某某、某某), which are cut off.
fn item_words(index: usize, item: &str) -> String {
    match index {
        0 => strip_leading_words(&cut_after_last_verb(item.trim())),
        _ => item.trim().to_string(),
    }
}

/// 中药萃取、中药配方颗粒及中药饮品: items that all open with one common
/// word, no place and no name, are kinds within that field. Firms of one
/// list share a place (西安某某电子、西安某某电气) or a brand, not a field.
fn one_field_opens_all(items: &[&str]) -> bool {
    let opening = |(k, it): (usize, &&str)| -> Option<(String, String)> {
        let words = item_words(k, it);
        let toks = JIEBA.tag(&words, true);
        // the word must open more than the whole item
        (toks.len() >= 2).then(|| (toks[0].word.to_string(), toks[0].tag.to_string()))
    };
    let openings: Vec<Option<(String, String)>> = items.iter().enumerate().map(opening).collect();
    let Some(Some((word, tag))) = openings.first() else {
        return false;
    };
    openings
        .iter()
        .all(|o| o.as_ref().is_some_and(|(w, _)| w == word))
        && word.chars().count() >= 2
        && !is_named_tag(tag)
        && !is_place_word(word)
        && common_in_dictionary(word)
}

/// Is a list one of places (组织考察团赴某地、某地、某地等地进行项目招商)?
/// Every item after the first, which may hold the words that open the
/// list, is a place, or an area no register holds named as one by
/// 区域 or 地区 (长三角、珠三角和环某海区域等意向企业).
fn names_places(items: &[&str]) -> bool {
    let names_area = |it: &str| it.ends_with("区域") || it.ends_with("地区");
    items.len() >= 3
        && items[1..]
            .iter()
            .all(|it| is_place_word(it.trim()) || names_area(it.trim()))
}

/// A cue after which the list names no firms: an industry's or a field's
/// projects (产业项目, 标志性项目), people (等一行), what firms make (以某某为主的企业), or
/// a predicate whose object the head is (某某、某某等见证了项目签约: 了 marks
/// the verb the listed do, not a kind of them).
/// 某地、某地等项目集中区: the head 项目 opens the name of the zone the
/// projects gather in (项目区, 项目集中区, 项目园), so the items are zones,
/// not firms' projects.
fn zone_of_projects(cue: &str, after: &str) -> bool {
    cue.ends_with("项目")
        && (after.starts_with(['区', '园'])
            || after.starts_with("集中区")
            || rules().park_suffixes.iter().any(|p| after.starts_with(p)))
}

fn cue_names_no_firms(cue: &str) -> bool {
    // (not 产业链项目 nor 产业集群项目: a chain's or a cluster's projects are
    // its firms', 某某(某省)某某中心、某某电缆等一批产业链项目)
    let field_projects = cue.ends_with("项目")
        && rules().field_project_words.iter().any(|w| {
            cue.contains(w)
                && !cue.contains(&format!("{w}链"))
                && !cue.contains(&format!("{w}集群"))
        });
    // 钻头、某某等五金工具系列制造项目: projects of making list what is made
    let making_projects = cue
        .strip_suffix("项目")
        .is_some_and(|rest| rules().product_verbs.iter().any(|v| rest.ends_with(v)));
    // 某某等一行调研某某有限公司: 一行 is a party of people, and a head
    // that ends a registered name is what they visit, not their kind
    let people = cue.starts_with("等一行");
    let visited_firm = cue.ends_with("有限公司");
    // 集某某园、某某中心、五星级酒店等多功能于一体的综合性项目: what one
    // project holds together, its functions, not firms
    let held_in_one = cue.contains("于一体");
    field_projects
        || held_in_one
        || making_projects
        || people
        || visited_firm
        || (cue.contains('以') && cue.contains("为主"))
        || cue.contains('了')
        || predicate_in_cue(cue)
        || counts_kinds(cue)
}

/// 等各类配套企业: a list closed by a quantifier of kinds lists kinds;
/// one closed by a word of means (等举措, 等方式) lists ways of working.
fn counts_kinds(cue: &str) -> bool {
    cue.strip_prefix('等').is_some_and(|rest| {
        rules()
            .kind_quantifiers
            .iter()
            .chain(&rules().means_words)
            .any(|q| rest.starts_with(q))
    })
}

/// 完成组装、质检等程序后发往某地公司: a verb after a noun or a word of
/// time between 等 and the head, with no 的 after it to make it a modifier
/// (等一批为某某配套的企业), is the predicate of a clause whose object the
/// head is. A verb right after 等 (等签约项目) or right before the head
/// (等装备制造企业) describes the head.
fn predicate_in_cue(cue: &str) -> bool {
    let toks = JIEBA.tag(cue, true);
    toks.iter().enumerate().skip(2).any(|(k, t)| {
        let prev = &toks[k - 1];
        t.tag == "v"
            && t.word.chars().count() >= 2
            && JIEBA.has_word(t.word)
            && (prev.tag == "f" || prev.tag == "n" && prev.word.chars().count() >= 2)
            // 装备制造企业: a trade's verb right before the head names it
            && k + 2 < toks.len()
            && !toks[k + 1..].iter().any(|n| n.word == "的")
    })
}

/// Does `s` carry a brand: a word that names (`has_brand_token`) or a
/// place-like word no register holds?
fn is_branded(s: &str) -> bool {
    has_brand_token(s) || has_rare_place_like_word(s)
}

/// jieba tags many brands as places it has rarely seen (越洋/ns, 26 times)
/// that are no registered place.
fn has_rare_place_like_word(s: &str) -> bool {
    JIEBA.tag(s, true).iter().any(|t| {
        t.tag == "ns"
            && !is_place_word(t.word)
            && !SETS.generic.contains(t.word)
            && JIEBA.suggest_freq(t.word) < rules().thresholds.common_word_freq
    })
}

/// A project item before its capacity (某某年产120万吨…, 某某115万吨/年…):
/// the firm, when two characters or more come before the figure.
fn before_capacity(item: &str) -> Option<String> {
    let at = item
        .char_indices()
        .find(|&(i, c)| c.is_ascii_digit() || item[i..].starts_with("年产"))
        .map(|(i, _)| i)?;
    let firm = item[..at].trim();
    (firm.chars().count() >= 2).then(|| firm.to_string())
}

/// A project item without the words of what it does at its end (某某麻业
/// 退城入园 → 某某麻业), or None when it ends in none.
fn without_activity(item: &str) -> Option<String> {
    let toks = JIEBA.tag(item, true);
    let keep = toks
        .iter()
        .rposition(|t| !rules().project_activity_words.contains(t.word))
        .map_or(0, |k| k + 1);
    if keep < toks.len() {
        return Some(toks[..keep].iter().map(|t| t.word).collect());
    }
    // jieba glues a trade to what is done with it (机械加工/n): the
    // activity still ends the item
    let last = toks.last()?.word;
    let trade = rules()
        .project_activity_words
        .iter()
        .filter_map(|w| last.strip_suffix(*w))
        .find(|t| rules().industry_words.contains(*t))?;
    let opening: String = toks[..toks.len() - 1].iter().map(|t| t.word).collect();
    Some(format!("{opening}{trade}"))
}

/// One item of a firm list, trimmed to its name (the first item also loses
/// the clause before it). In a list of projects the firm is the brand that
/// opens the item; the item as trimmed stays an alias (某某铝塑膜 → 某某).
fn list_item_firm(item: &str, first: bool, projects: bool, out: &mut Vec<Cand>) {
    let mut it = PHASE.replace(item.trim(), "").into_owned();
    // 某某系列、…等项目: a firm's series of projects
    if projects {
        if let Some(series_of) = it.strip_suffix("系列").filter(|b| b.chars().count() >= 2) {
            it = series_of.to_string();
        }
    }
    if projects && names_a_tourist_site(it.trim_end_matches("项目")) {
        return;
    }
    // 某某实业有限公司的某某系列产品: a project named as a firm's product;
    // the firm is the owner before 的
    if let Some(p) = it.find("公司的").filter(|_| projects) {
        it.truncate(p + "公司".len());
    }
    if first {
        it = strip_leading_words(&cut_after_last_verb(&after_among(&it)));
    }
    if let Some(name) = after_description(&it) {
        it = name.to_string();
    }
    if opens_with_capacity(&it) {
        return;
    }
    // 某某能源化工总部经济项目、…等10个招商引资项目: each item a project,
    // its firm the brand and trade that open it
    if projects && it.ends_with("项目") {
        firm_opening_project(it.trim_end_matches("项目"), out);
        return;
    }
    if projects && lone_verb(&it) {
        // 某某提纯制氢及液化等N个项目: a verb alone is what the project
        // does, joined to the item before it
        return;
    }
    if projects {
        let cut = before_capacity(&it).or_else(|| without_activity(&it));
        match cut {
            Some(firm) if is_branded(&firm) => it = firm,
            Some(_) => return,
            None if place_then_product(&it) => return,
            None => {}
        }
    } else if without_activity(&it).is_some_and(|rest| !is_branded(&rest)) {
        // 引进食品深加工、某某加工等企业: kinds of work, not firms
        return;
    }
    let other_kind = suffix_kind(&it).is_some_and(|kind| kind != Kind::Firm);
    if it.contains("项目") || other_kind || names_a_carrier(&it) || !firm_item_ok(&it) {
        return;
    }
    let it = without_sales_region(&it);
    let Some(name) = trim_item(it) else { return };
    // 某地高新区某某污水处理厂 trims to a park's name, not a firm's
    let trimmed_to_other_kind = suffix_kind(&name).is_some_and(|kind| kind != Kind::Firm);
    if !firm_item_ok(&name) || trimmed_to_other_kind {
        return;
    }
    let mut aliases = firm_short_names(&name);
    // 某某恒利达碳化硅、…等企业: the item as written may be the whole name
    // (jieba cut the brand short, or the trade is a product); it stays a form
    if !projects && name != it {
        aliases.push(it.to_string());
    }
    let short = strip_place_prefix(&name);
    if short != name && !aliases.contains(&short) && short.chars().count() >= 2 {
        aliases.push(short);
    }
    match leading_brand(&name).filter(|b| projects && *b != name) {
        Some(brand) => {
            aliases.insert(0, name);
            push_cand(out, EntityType::Firm, brand, aliases);
        }
        // 纳米抗体, 蓝牙耳机 among projects: a product named by its
        // technology, no brand
        None if projects && opens_with_generic_modifier(&name) => {}
        None => push_cand(out, EntityType::Firm, name, aliases),
    }
}

/// Does an item open with a generic modifier (纳米, 蓝牙: a technology)?
fn opens_with_generic_modifier(item: &str) -> bool {
    JIEBA
        .tag(item, true)
        .first()
        .is_some_and(|t| SETS.generic.contains(t.word))
}

/// Is an item one verb of jieba's dictionary (液化/vn, 扩建/v)?
fn lone_verb(it: &str) -> bool {
    let tags = JIEBA.tag(it, true);
    tags.len() == 1 && matches!(tags[0].tag, "v" | "vn") && JIEBA.has_word(tags[0].word)
}

/// 某某中国区总部, 某某亚太区, 某某总部: a firm's region of sales and its
/// seat there, or its headquarters brought in, are the firm's, not part
/// of its name.
fn without_sales_region(item: &str) -> &str {
    let long_enough = |firm: &&str| firm.chars().count() >= 2;
    let seat = item.strip_suffix("总部").filter(long_enough);
    let at_seat = seat.unwrap_or(item);
    rules()
        .sales_regions
        .iter()
        .find_map(|r| at_seat.strip_suffix(*r))
        .filter(long_enough)
        .or(seat)
        .unwrap_or(item)
}

/// 某市风机塔筒: a place, then a word of the dictionary's nouns where a
/// brand would stand, names a product made there, not a firm.
fn place_then_product(item: &str) -> bool {
    let toks = JIEBA.tag(item, true);
    toks.len() >= 3
        && is_place_word(toks[0].word)
        && toks[1].tag == "n"
        && JIEBA.has_word(toks[1].word)
        && toks[1].word.chars().count() >= 2
}

/// 入园企业中某某、某某等企业: a first item that opens with the group it
/// is picked from (…企业中, …项目中, 其中) or the area it lies in (…片区
/// 范围内, 园区内) starts after it; so does one after a partner firm
/// (`after_partner_firm`).
fn after_among(it: &str) -> String {
    let it = after_partner_firm(it).unwrap_or(it);
    [
        "企业中",
        "项目中",
        "单位中",
        "其中",
        "范围内",
        "区内",
        "园内",
        "境内",
    ]
    .iter()
    .filter_map(|w| it.rfind(w).map(|p| &it[p + w.len()..]))
    .filter(|rest| rest.chars().count() >= 2)
    .min_by_key(|rest| rest.len())
    .unwrap_or(it)
    .to_string()
}

/// 某某有限公司与某某、某某两大生产商: a firm's name and 与 (和, 同) before
/// the first item is the partner of the list's firms; the item opens after.
fn after_partner_firm(it: &str) -> Option<&str> {
    ["与", "和", "同"]
        .iter()
        .filter_map(|w| it.rfind(w).map(|p| (p, w.len())))
        .filter(|&(p, _)| rules().firm_suffixes.iter().any(|x| it[..p].ends_with(x)))
        .map(|(p, n)| &it[p + n..])
        .filter(|rest| rest.chars().count() >= 2)
        .min_by_key(|rest| rest.len())
}

/// The brand a project's name opens with: the run of words jieba tags as
/// names or does not know (not places, not industry words), two characters
/// or more.
pub(super) fn leading_brand(item: &str) -> Option<String> {
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
            || rules().industry_words.contains(t.word)
            || SETS.generic.contains(t.word)
            || t.word.chars().any(is_hard)
        {
            break;
        }
        brand.push_str(t.word);
    }
    (brand.chars().count() >= 2).then_some(brand)
}

/// A list that names two firms or more names firms in its other items too
/// (…、西安某某电子、陕西某某消防、西安某某电气、…): an item of a firm's
/// shape among them is a firm, even where its words hide the brand from the
/// other rules (a brand jieba reads as a verb or a figure).
pub(super) fn list_mates(s: &str, first: usize, out: &mut Vec<Cand>) {
    for clause in s.split(['，', '。', '；', ',', ';', '：', ':', '！', '？']) {
        // 甲、乙分别与丙、丁: two lists paired, each item a firm's place
        let raw: Vec<&str> = list_items(clause)
            .into_iter()
            .flat_map(|it| it.split("分别与").flat_map(|p| p.split("分别和")))
            .collect();
        // …、某某等一批大企业、大项目…: a cue inside the list closes it at
        // that item, and what follows its 等 sums it up
        let mut raw = raw;
        if let Some(k) = (1..raw.len()).find(|&k| cue_in_item(raw[k]).is_some()) {
            let at = cue_in_item(raw[k]).unwrap_or(raw[k].len());
            raw[k] = &raw[k][..at];
            raw.truncate(k + 1);
        }
        let raw = after_closed_list(raw);
        if raw.len() < rules().thresholds.list_mates_min_items {
            continue;
        }
        // this sentence's names only: a document's whole list would make
        // a long document's lists cost its length each
        let named_firm = |it: &str| {
            out[first..].iter().any(|c| {
                c.etype == EntityType::Firm && (c.name == it || c.aliases.iter().any(|a| a == it))
            })
        };
        // the items after the first are read without jieba: most lists
        // name no firm there, and then the first item is not tagged either
        let later: Vec<String> = (1..raw.len())
            .map(|k| listed_item(raw[k], k, raw.len()))
            .collect();
        if !later.iter().any(|it| named_firm(it)) {
            continue;
        }
        let items: Vec<String> = std::iter::once(listed_item(raw[0], 0, raw.len()))
            .chain(later)
            .collect();
        let named = items.iter().filter(|it| named_firm(it)).count();
        if named < 2 {
            continue;
        }
        // where half the items or more are firms, a short coined word is one too (…、
        // 某耳、…: a brand jieba has never seen)
        let half_firms = named * 2 >= items.len();
        // the first item's start is a guess (服务辖区某某): only a place
        // opening it, or a verb's 了 before it (集聚了某某), marks where the
        // name starts
        let first_bounded = |it: &str| opens_with_place(it) || raw[0].ends_with(&format!("了{it}"));
        // 某某医药中间体 after 某某医药 was named: that firm's product, no
        // firm of its own
        let opens_with_named_firm = |it: &str| {
            out[first..].iter().any(|c| {
                c.etype == EntityType::Firm
                    && c.name.chars().count() >= 2
                    && it.len() > c.name.len()
                    && it.starts_with(c.name.as_str())
            })
        };
        let mates: Vec<String> = items
            .iter()
            .enumerate()
            .filter(|(k, it)| {
                let shaped = firm_shaped(it) || half_firms && coined_short_name(it);
                let new_firm = !named_firm(it) && !opens_with_named_firm(it);
                new_firm && shaped && (*k > 0 || first_bounded(it))
            })
            .map(|(_, it)| it.clone())
            .collect();
        for name in mates {
            let aliases = firm_short_names(&name);
            push_cand(out, EntityType::Firm, name, aliases);
        }
    }
}

/// 某某中心、某某研究院、东方财富、某某实验室等8家单位: a listed company's
/// short name standing whole between the marks of a list whose other
/// items the grammar named (two or more, of any kind) is the company, even
/// where it reads as ordinary words (`listed::short_name_is_safe` keeps
/// such names out of running text).
pub(super) fn listed_short_name_mates(s: &str, first: usize, out: &mut Vec<Cand>) {
    for clause in s.split(['，', '。', '；', ',', ';', '：', ':', '！', '？']) {
        let raw = after_closed_list(list_items(clause));
        if raw.len() < rules().thresholds.list_mates_min_items {
            continue;
        }
        let named = |it: &str| out[first..].iter().any(|c| c.name == it);
        let inner = |k: usize| k > 0 && k + 1 < raw.len();
        let items: Vec<&str> = raw.iter().map(|it| it.trim()).collect();
        if items.iter().filter(|it| named(it)).count() < 2 {
            continue;
        }
        let mates: Vec<(String, &str)> = items
            .iter()
            .enumerate()
            .filter(|&(k, it)| inner(k) && !named(it) && !one_common_word(it))
            .filter_map(|(_, it)| {
                crate::extract::listed::listed_by_short_name(it).map(|full| (it.to_string(), full))
            })
            .collect();
        for (short, full) in mates {
            push_cand(out, EntityType::Firm, short, vec![full.to_string()]);
        }
    }
}

/// 某昆、某艺、某邦在某县设立分拣中心: three or more words joined by 、,
/// each a listed company's brand (its short name without 控股, 股份, 集团
/// or 快递), two of them at least no common word, name those companies,
/// though none is read alone (a brand of two characters could be a word).
pub(super) fn listed_brand_lists(s: &str, out: &mut Vec<Cand>) {
    let listing = |clause: &&str| clause.contains('、');
    for clause in s.split(|c: char| is_hard(c) && c != '、').filter(listing) {
        let toks = JIEBA.tag(clause, true);
        // (brand, registered name) of each item of the run of brands
        let mut run: Vec<(&str, &str)> = Vec::new();
        let flush = |run: &mut Vec<(&str, &str)>, out: &mut Vec<Cand>| {
            let rare = run.iter().filter(|(w, _)| !common_in_dictionary(w)).count();
            if run.len() >= BRAND_LIST_MIN_ITEMS && rare >= BRAND_LIST_MIN_RARE {
                for (brand, full) in run.iter() {
                    push_cand(
                        out,
                        EntityType::Firm,
                        brand.to_string(),
                        vec![full.to_string()],
                    );
                }
            }
            run.clear();
        };
        for (k, t) in toks.iter().enumerate() {
            let joined = |j: usize| toks.get(j).is_some_and(|x| x.word == "、");
            let in_list = joined(k + 1) || k > 0 && joined(k - 1);
            if let Some(full) = crate::extract::listed::listed_brand(t.word).filter(|_| in_list) {
                run.push((t.word, full));
            } else if t.word != "、" {
                flush(&mut run, out);
            }
        }
        flush(&mut run, out);
    }
}

/// The fewest brands a list must join before they name companies.
const BRAND_LIST_MIN_ITEMS: usize = 3;

/// The fewest of them that must be no common word of the dictionary.
const BRAND_LIST_MIN_RARE: usize = 2;

/// 农产品: one common word of the dictionary is a kind of goods, even
/// where a listed company is short-named so.
fn one_common_word(it: &str) -> bool {
    let toks = JIEBA.tag(it, true);
    toks.len() == 1 && common_in_dictionary(toks[0].word)
}

/// Where a list's cue opened by 等 (等一批大企业) starts inside an item,
/// or the 等 right after a registered name, which closes the list there
/// (某某有限公司等央企、国企…: what follows is another list).
fn cue_in_item(item: &str) -> Option<usize> {
    let cue = LIST_CUE
        .find(item)
        .filter(|cue| cue.as_str().starts_with('等'))
        .map(|cue| cue.start());
    cue.or_else(|| {
        item.match_indices('等')
            .map(|(at, _)| at)
            .find(|&at| REGISTERED.iter().any(|x| item[..at].ends_with(x)))
    })
}

/// A count of firms (四家, 12家, 两个) closing a list.
static COUNT_OF_FIRMS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9一二两三四五六七八九十]+[家个]").expect("regex"));

/// A list's item as a name: the first loses the clause before it, the last
/// what follows its 等.
fn listed_item(it: &str, k: usize, len: usize) -> String {
    let item = listed_item_text(it, k, len);
    // 中华老字号某某: the firm is named after its description, as list_firms reads it
    match after_description(&item) {
        Some(name) => name.to_string(),
        None => item,
    }
}

fn listed_item_text(it: &str, k: usize, len: usize) -> String {
    let it = it.trim();
    if k == 0 {
        return strip_leading_words(&cut_after_last_verb(&after_among(it)));
    }
    if k + 1 == len {
        // …、某某科技有限公司4家: the count that closes the list is no part
        let it = it.split('等').next().unwrap_or(it);
        // …、某某重工四家上市公司联姻: the count and what follows it
        let it = COUNT_OF_FIRMS.find(it).map_or(it, |m| &it[..m.start()]);
        let it = it.trim_end_matches(['家', '个']);
        let it =
            it.trim_end_matches(|c: char| c.is_ascii_digit() || "两三四五六七八九十".contains(c));
        return it.to_string();
    }
    it.to_string()
}

/// Could an item be a firm's short name: four to twelve characters, no
/// other type's suffix, no project, not common words only, a noun or an
/// unknown word at its end, and a place or a brand at its start?
fn firm_shaped(it: &str) -> bool {
    let n = it.chars().count();
    if !(4..=12).contains(&n)
        || !firm_item_ok(it)
        || it.contains("项目")
        || suffix_kind(it).is_some_and(|k| k != Kind::Firm)
        || ends_in_facility(it)
    {
        return false;
    }
    let toks = JIEBA.tag(it, true);
    let Some(last) = toks.last() else {
        return false;
    };
    // 来自某省的企业: a place that describes a kind of firm; no name holds 的
    if toks.iter().any(is_structural_de) {
        return false;
    }
    let noun_end = last.tag.starts_with('n') || !JIEBA.has_word(last.word);
    // after a place, two words or more are a name (南宁岚乔电器); one common
    // word is the place's trade (西安电子)
    if opens_with_place(it) && toks.len() >= 3 {
        return noun_end;
    }
    let common_only = toks.iter().all(|t| common_in_dictionary(t.word));
    noun_end && !common_only && is_branded(it)
}

/// Is an item one word of two or three characters jieba does not know,
/// neither a place nor a generic word?
fn coined_short_name(it: &str) -> bool {
    let toks = JIEBA.tag(it, true);
    let n = it.chars().count();
    (2..=3).contains(&n)
        && toks.len() == 1
        && it.chars().all(is_han)
        && !JIEBA.has_word(it)
        && firm_item_ok(it)
}

/// Does an item open with a place and go on to two characters or more?
pub(super) fn opens_with_place(it: &str) -> bool {
    let toks = JIEBA.tag(it, true);
    toks.len() >= 2 && is_place_word(toks[0].word) && it[toks[0].word.len()..].chars().count() >= 2
}

/// Items listed beside a registered firm (前往某某有限公司、某某制药、某省
/// 某某药业等考察): a list is of one kind, so an item that is a brand and a
/// trade (`is_firm_head`) is a firm too, even where jieba reads the brand
/// as a common word (四方/m) or cuts it in two (两个 nr). The place that
/// opens such an item stays in the name, as written.
pub(super) fn registered_firm_siblings(s: &str, first: usize, out: &mut Vec<Cand>) {
    let registered: Vec<String> = out[first..]
        .iter()
        .filter(|c| c.etype == EntityType::Firm && REGISTERED.iter().any(|x| c.name.ends_with(x)))
        .map(|c| c.name.clone())
        .collect();
    for firm in registered {
        for (at, _) in s.match_indices(firm.as_str()) {
            for (k, item) in items_around(s, at, at + firm.len()).into_iter().enumerate() {
                // the first item runs back to the clause's start: the verb
                // and the words that open the list (招引某某集团、…, 为国内
                // 某某集团、…) are not the item's; where stripping them
                // leaves no brand (中/f 经/n 建材), the item stands as cut
                let name = if k == 0 {
                    let cut = cut_after_last_verb(item.trim());
                    brand_and_trade(&strip_leading_words(&cut)).or_else(|| brand_and_trade(&cut))
                } else {
                    brand_and_trade(item.trim())
                };
                if let Some(name) = name {
                    let aliases = firm_short_names(&name);
                    push_cand(out, EntityType::Firm, name, aliases);
                }
            }
        }
    }
}

/// Items listed beside a firm named by its brand and trade (某某药业 by
/// `brand_and_trade`, the brand a proper or unknown word): 某某医疗器械、
/// 某某健康、某某药业等纷至沓来. A list is of one kind, so an item that
/// is a brand of the same sort and an industry word is a firm too, where
/// no cue after the list says what it holds (a cue's lists are
/// `list_firms`'s, and often of projects: 某某精密机械零部件、…等项目).
pub(super) fn short_firm_siblings(s: &str, first: usize, out: &mut Vec<Cand>) {
    let anchors: Vec<String> = out[first..]
        .iter()
        .filter(|c| c.etype == EntityType::Firm && branded_item(&c.name, brand_and_trade))
        .map(|c| c.name.clone())
        .collect();
    for firm in anchors {
        for (at, _) in s.match_indices(firm.as_str()) {
            // a list a cue sums up (等6个项目, 等企业) is `list_firms`'s
            let rest = &s[at..];
            let clause = &rest[..rest
                .find(['，', '。', '；', ',', ';'])
                .unwrap_or(rest.len())];
            if LIST_CUE.is_match(clause) {
                continue;
            }
            let items = items_around(s, at, at + firm.len());
            let before_anchor = |it: &str| (it.as_ptr() as usize) < s[at..].as_ptr() as usize;
            for (k, item) in items.into_iter().map(str::trim).enumerate() {
                // the first item runs back to the clause's start: the words
                // that open the list (培育某某、…, 包括某某、…) are not its
                let name = if k == 0 && before_anchor(item) {
                    strip_leading_words(&cut_after_last_verb(item))
                } else {
                    item.to_string()
                };
                if branded_item(&name, brand_and_industry) && firm_item_ok(&name) {
                    let aliases = firm_short_names(&name);
                    push_cand(out, EntityType::Firm, name, aliases);
                }
            }
        }
    }
}

/// Does `shape` read the item as a brand and a head, the brand holding a
/// proper or unknown word?
fn branded_item(it: &str, shape: fn(&str) -> Option<String>) -> bool {
    let toks = JIEBA.tag(it, true);
    shape(it).is_some()
        && toks.len() >= 2
        && has_brand_token(&it[..toks[toks.len() - 1].byte_start])
}

/// A brand of two to six characters, and an industry word ending the item
/// (某某健康, 某某国际医疗); a quantity (万吨/m) opens no brand.
fn brand_and_industry(it: &str) -> Option<String> {
    let toks = JIEBA.tag(it, true);
    let (head, body) = toks.split_last()?;
    if body
        .first()
        .is_some_and(|t| matches!(t.tag, "m" | "q" | "mq") && JIEBA.has_word(t.word))
    {
        return None;
    }
    let brand: String = body.iter().map(|t| t.word).collect();
    let ok = rules().industry_words.contains(head.word)
        && (2..=6).contains(&brand.chars().count())
        && brand.chars().all(is_han)
        && !is_place_word(&brand);
    ok.then(|| it.to_string()).or_else(|| brand_and_trade(it))
}

/// 引进某某显示科技等20多个高科技项目: one item before a cue that sums up
/// projects is a firm named as its project where it is a brand (a proper
/// or unknown word) and an industry word; a field alone (新能源等项目) is
/// none.
fn one_branded_project(cue: &str, items: &[&str]) -> bool {
    let [item] = items else {
        return false;
    };
    let name = strip_leading_words(&cut_after_last_verb(item.trim()));
    cue.ends_with("项目") && branded_item(&name, brand_and_industry)
}

/// Registered forms whose listing makes its neighbours firms.
const REGISTERED: [&str; 4] = ["有限公司", "有限责任公司", "股份公司", "集团"];

/// The other items of the 、-list that holds `s[start..end]`, in order:
/// those before it back to a hard boundary, those after it to the next,
/// the last cut at 等. Nothing when the stretch has no 、 beside it.
fn items_around(s: &str, start: usize, end: usize) -> Vec<&str> {
    let hard_not_list = |c: char| is_hard(c) && c != '、';
    let list_start = s[..start]
        .char_indices()
        .rev()
        .find(|(_, c)| hard_not_list(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let list_end = s[end..]
        .char_indices()
        .find(|(_, c)| hard_not_list(*c))
        .map_or(s.len(), |(i, _)| end + i);
    let before = &s[list_start..start];
    let after = &s[end..list_end];
    if !before.ends_with('、') && !after.starts_with('、') {
        return Vec::new();
    }
    let mut items: Vec<&str> = before.split('、').filter(|it| !it.is_empty()).collect();
    let after_items: Vec<&str> = after.split('、').skip(1).collect();
    let n_after = after_items.len();
    for (k, it) in after_items.into_iter().enumerate() {
        match it.find('等') {
            Some(i) => {
                items.push(&it[..i]);
                break;
            }
            // the last item runs on into the clause: only a 等 ends it
            None if k + 1 == n_after => {}
            None => items.push(it),
        }
    }
    items
}

/// A list item that is a brand and a trade, an optional place before them
/// (某某制药, 甘肃某某药业): the brand 2 to 4 Chinese characters, no place,
/// trade or generic word.
fn brand_and_trade(it: &str) -> Option<String> {
    let toks = JIEBA.tag(it, true);
    let (head, body) = toks.split_last()?;
    if !is_firm_head(head.word) {
        return None;
    }
    let placed = body.first().is_some_and(|t| is_place_word(t.word)) && body.len() >= 2;
    let brand: String = body[usize::from(placed)..].iter().map(|t| t.word).collect();
    let ok = (2..=4).contains(&brand.chars().count())
        && brand.chars().all(is_han)
        && !is_place_word(&brand)
        && !is_firm_head(&brand)
        && !rules().industry_words.contains(brand.as_str())
        && !rules().generic_modifiers.contains(brand.as_str())
        && !SETS.generic.contains(brand.as_str());
    ok.then(|| it.to_string())
}

#[cfg(test)]
mod tests {
    use super::leading_count;

    #[test]
    fn a_cue_is_counted_by_its_whole_numeral() {
        let counts = [
            ("3家企业", Some(3)),
            ("三家企业", Some(3)),
            ("两家企业", Some(2)),
            ("十家企业", Some(10)),
            ("十二家企业", Some(12)),
            ("二十家企业", Some(20)),
            ("二十五个项目", Some(25)),
            ("百家企业", None),
            ("家企业", None),
        ];
        for (cue, expected) in counts {
            assert_eq!(leading_count(cue), expected, "{cue}");
        }
    }
}
