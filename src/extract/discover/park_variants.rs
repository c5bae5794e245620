//! One park, several spellings: an article names a zone by its full title
//! (某某经济技术开发区), its everyday form (某某开发区, 某某经开区), with or
//! without its province or prefecture (某省某某经济开发区), with or without
//! 国家 (某某国家高新区). Within one document, park names that share their
//! place and their kind of zone are one park, named by the longest form.
//! Kinds are kept apart: a county's 开发区 and its 高新区 are two parks.

use super::doc_merge::{absorb, drop_marked};
use super::grammar::{self, has_proper_token, is_han, is_place_word, Cand};
use crate::extract::gazetteer::{gazetteer, Level};
use crate::extract::rules::rules;
use crate::model::EntityType;
use std::collections::HashMap;

/// Kinds of zone and the suffixes that name each, longest first.
const ZONE_KINDS: &[(&str, &[&str])] = &[
    (
        "economic",
        &["经济技术开发区", "经济开发区", "经开区", "开发区"],
    ),
    (
        "high-tech",
        &[
            "高新技术产业开发区",
            "高新技术开发区",
            "高新技术产业园区",
            "高新区",
        ],
    ),
    ("cluster", &["产业集聚区"]),
    ("bonded", &["综合保税区", "综保区"]),
];

/// The place and kind of zone a park name denotes, when its name is only a
/// place and a zone suffix.
pub fn zone_key(name: &str) -> Option<(String, &'static str)> {
    let (kind, core) = zone_kind_and_core(name)?;
    let place = innermost_place(core)
        .or_else(|| coined_core(core))
        .or_else(|| coined_core(after_places(core)))?;
    Some((place, kind))
}

/// The kind of zone a name's suffix gives it and the words before the
/// suffix, a level (国家) left out.
fn zone_kind_and_core(name: &str) -> Option<(&'static str, &str)> {
    // the longest suffix decides (高新技术产业开发区 also ends in 开发区)
    let (kind, core) = ZONE_KINDS
        .iter()
        .flat_map(|(kind, sufs)| sufs.iter().map(move |s| (*kind, *s)))
        .filter_map(|(kind, s)| name.strip_suffix(s).map(|core| (kind, core)))
        .min_by_key(|(_, core)| core.len())?;
    let core = rules()
        .level_infixes
        .iter()
        .find_map(|infix| core.strip_suffix(infix))
        .unwrap_or(core);
    Some((kind, core))
}

/// 广马经开区 for 广西马山经济开发区: a zone named by a chain of two or
/// more places is also written with the first character of each; the
/// key its short form has as a coined word (`coined_core`).
fn key_of_initials(name: &str) -> Option<(String, &'static str)> {
    let (kind, core) = zone_kind_and_core(name)?;
    let (places, rest) = leading_places(core);
    if places.len() < 2 || !rest.is_empty() {
        return None;
    }
    let g = gazetteer();
    let initials: Option<String> = places
        .iter()
        .map(|&i| g.places[i].canonical.chars().next())
        .collect();
    Some((format!("named:{}", initials?), kind))
}

/// A name without the chain of places that opens it: 某县某某 keys its zone
/// as 某某 does (某县某某经济技术开发区 and 某某开发区: one park), where 某某
/// is a town or a coined word the gazetteer of counties does not hold.
fn after_places(core: &str) -> &str {
    match leading_places(core) {
        (places, rest) if !places.is_empty() => rest,
        _ => "",
    }
}

/// A zone named by a word of its own rather than a place (某某高新区 for
/// the zone of two districts whose names it joins): the word keys it as a
/// place would, when it is a proper word of two to four characters.
fn coined_core(core: &str) -> Option<String> {
    let n = core.chars().count();
    let proper = (2..=4).contains(&n) && core.chars().all(is_han) && has_proper_token(core);
    proper.then(|| format!("named:{core}"))
}

/// The last place of a chain of places (某省某县 → 某县, 某市某县 → 某县,
/// 某某市 → 某某), by its gazetteer canonical name; None when any part of
/// `core` is not a place.
fn innermost_place(core: &str) -> Option<String> {
    let (places, rest) = leading_places(core);
    let last = places.last().filter(|_| rest.is_empty())?;
    Some(gazetteer().places[*last].canonical.clone())
}

/// The chain of places a name opens with (某省某市某县…), read longest
/// place first: the gazetteer entries of its places and the rest of the
/// name.
fn leading_places(name: &str) -> (Vec<usize>, &str) {
    let g = gazetteer();
    let cs: Vec<(usize, char)> = name.char_indices().collect();
    let byte_at = |k: usize| cs.get(k).map_or(name.len(), |&(b, _)| b);
    let mut at = 0;
    let mut places = Vec::new();
    while at < cs.len() {
        let step = (at + 2..=cs.len().min(at + 8)).rev().find_map(|end| {
            g.lookup(&name[byte_at(at)..byte_at(end)])
                .iter()
                .copied()
                .find(|&i| g.places[i].level <= Level::County)
                .map(|i| (end, i))
        });
        let Some((end, i)) = step else { break };
        places.push(i);
        at = end;
        // 省/市/县 left over after a short form
        if at < cs.len() && matches!(cs[at].1, '省' | '市' | '县') {
            at += 1;
        }
    }
    (places, &name[byte_at(at)..])
}

/// The zone and the rest of the name of a park inside a zone (某某经济开发区
/// 低碳生态园 and 某某经开区低碳生态园: one park), when the name opens with
/// a place and a zone suffix and goes on after it.
fn sub_zone_key(name: &str) -> Option<((String, &'static str), &str)> {
    let suffixes = ZONE_KINDS.iter().flat_map(|(_, sufs)| sufs.iter());
    suffixes
        .filter_map(|s| {
            let end = name.find(s)? + s.len();
            (end < name.len()).then_some(end)
        })
        .find_map(|end| Some((zone_key(&name[..end])?, &name[end..])))
}

/// The county and the rest of a park named after a chain of places
/// (某省某县某某产业园, 某省某市某县某某产业园 and 某县某某产业园: one park),
/// when the rest still names a park (ends in a park's suffix).
fn placed_park_key(name: &str) -> Option<(String, &'static str, String)> {
    let (places, rest) = leading_places(name);
    let g = gazetteer();
    let canonical = |i: &usize| g.places[*i].canonical.as_str();
    let place = canonical(places.last()?);
    // a place said twice (某地某地工业园区) is the county and then the
    // name of its park: which of the two a shorter form means is unknown
    if places.iter().filter(|i| canonical(i) == place).count() > 1 {
        return None;
    }
    let names_a_park = grammar::park_core_chars(rest) < rest.chars().count();
    names_a_park.then(|| (place.to_string(), "placed", rest.to_string()))
}

/// What one park's forms share: its place (or coined word), its kind of
/// zone and the rest of its name.
type Key = (String, &'static str, String);

/// Merges the park candidates of one document that denote the same zone,
/// or the same park inside one zone, or the same park behind its place
/// written in full or short: the longest name stays, the others become its
/// aliases.
pub fn merge_park_variants(cands: &mut Vec<Cand>) {
    let mut groups: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.etype != EntityType::Park {
            continue;
        }
        let key = match zone_key(&c.name) {
            Some((place, kind)) => Some((place, kind, String::new())),
            None => sub_zone_key(&c.name)
                .map(|((place, kind), rest)| (place, kind, rest.to_string()))
                .or_else(|| placed_park_key(&c.name)),
        };
        if let Some(key) = key {
            groups.entry(key).or_default().push(i);
        }
    }
    join_initials_to_full_names(cands, &mut groups);
    join_bare_zones_to_named_ones(&mut groups);
    let mut drop = vec![false; cands.len()];
    for members in groups.values() {
        let Some(&keep) = members
            .iter()
            .max_by_key(|&&i| (cands[i].name.chars().count(), std::cmp::Reverse(i)))
        else {
            continue;
        };
        for &i in members {
            if i == keep || cands[i].name == cands[keep].name {
                drop[i] = i != keep;
                continue;
            }
            absorb(cands, keep, i);
            drop[i] = true;
        }
    }
    drop_marked(cands, &drop);
}

/// The zone written with its places' first characters (广马经开区) joins
/// the group of the zone written with the places in full, where the
/// document has both and no other zone of its kind has the same initials.
fn join_initials_to_full_names(cands: &[Cand], groups: &mut HashMap<Key, Vec<usize>>) {
    let mut full_by_initials: HashMap<Key, Vec<Key>> = HashMap::new();
    for (key, members) in groups.iter() {
        if let Some((initials, kind)) = members
            .iter()
            .find_map(|&i| key_of_initials(&cands[i].name))
        {
            let short_key = (initials, kind, String::new());
            full_by_initials
                .entry(short_key)
                .or_default()
                .push(key.clone());
        }
    }
    for (short_key, full_keys) in full_by_initials {
        let [full_key] = full_keys.as_slice() else {
            continue;
        };
        if short_key == *full_key {
            continue;
        }
        if let Some(short) = groups.remove(&short_key) {
            groups.entry(full_key.clone()).or_default().extend(short);
        }
    }
}

/// 某县开发区 is the everyday form of 某县某某开发区 (a county's zone named
/// by its trade or town): the bare zone joins the one park of the
/// document placed in the same county whose name ends in a suffix of the
/// same kind; with two such parks, which one is meant is not known.
fn join_bare_zones_to_named_ones(groups: &mut HashMap<Key, Vec<usize>>) {
    let mut named_by_bare: HashMap<Key, Vec<Key>> = HashMap::new();
    for key in groups.keys() {
        let (place, "placed", rest) = key else {
            continue;
        };
        if let Some((kind, _)) = zone_kind_and_core(rest) {
            let bare = (place.clone(), kind, String::new());
            named_by_bare.entry(bare).or_default().push(key.clone());
        }
    }
    for (bare, named) in named_by_bare {
        if let [named] = named.as_slice() {
            if let Some(members) = groups.remove(&bare) {
                groups.entry(named.clone()).or_default().extend(members);
            }
        }
    }
}

/// 某某园区 is the everyday form of the park named 某某 and a suffix in
/// 园 (某地某某科技园, 某某产业园): 园区 is what any such park is called.
/// Merged only when one park of the document fits and 某某 is no place
/// (a county's 园区 may be any of its parks); run after the other forms
/// of one park are merged, so that each park is one candidate.
pub fn merge_bare_yuanqu(cands: &mut Vec<Cand>) {
    let mut drop = vec![false; cands.len()];
    for i in 0..cands.len() {
        let c = &cands[i];
        let Some(core) = c.name.strip_suffix("园区") else {
            continue;
        };
        if c.etype != EntityType::Park || core.chars().count() < 2 || is_place_word(core) {
            continue;
        }
        let fits: Vec<usize> = (0..cands.len())
            .filter(|&j| j != i && !drop[j] && cands[j].etype == EntityType::Park)
            .filter(|&j| {
                let rest = cands[j]
                    .name
                    .rfind(core)
                    .map(|at| &cands[j].name[at + core.len()..]);
                rest.is_some_and(|r| r.ends_with('园') && rules().park_suffixes.contains(r))
            })
            .collect();
        if let [only] = fits[..] {
            absorb(cands, only, i);
            drop[i] = true;
        }
    }
    drop_marked(cands, &drop);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(a: &str, b: &str, same: bool) {
        let (ka, kb) = (zone_key(a), zone_key(b));
        assert!(ka.is_some() && kb.is_some(), "{a}: {ka:?}, {b}: {kb:?}");
        assert_eq!(ka == kb, same, "{a}: {ka:?}, {b}: {kb:?}");
    }

    #[test]
    fn spellings_of_one_zone_share_a_key() {
        check("庆元经济开发区", "庆元开发区", true);
        check("浙江庆元经济开发区", "庆元经开区", true);
        check("景宁国家高新区", "景宁高新技术产业开发区", true);
        check("丽水莲都产业集聚区", "莲都区产业集聚区", true);
    }

    #[test]
    fn a_park_inside_a_zone_spelled_two_ways_shares_a_key() {
        let key = |n: &str| sub_zone_key(n).map(|(zone, rest)| (zone, rest.to_string()));
        assert_eq!(key("嵩明经济开发区汭峰生态园"), key("嵩明经开区汭峰生态园"));
        assert!(key("嵩明经开区汭峰生态园").is_some());
        assert_ne!(key("嵩明经开区汭峰生态园"), key("嵩明经开区翊澜生态园"));
        assert_ne!(key("嵩明经开区汭峰生态园"), key("临泽经开区汭峰生态园"));
        assert_eq!(key("嵩明经济开发区"), None);
    }

    fn park(name: &str) -> Cand {
        Cand {
            etype: EntityType::Park,
            name: name.to_string(),
            aliases: Vec::new(),
            observed: Vec::new(),
            nested_in: None,
        }
    }

    fn merged(names: &[&str]) -> Vec<(String, Vec<String>)> {
        let mut cands: Vec<Cand> = names.iter().map(|n| park(n)).collect();
        merge_bare_yuanqu(&mut cands);
        cands.into_iter().map(|c| (c.name, c.aliases)).collect()
    }

    #[test]
    fn a_bare_yuanqu_is_the_one_park_its_name_fits() {
        let got = merged(&["岳西东岙科技园", "东岙园区"]);
        assert_eq!(
            got,
            vec![("岳西东岙科技园".to_string(), vec!["东岙园区".to_string()])]
        );
        // two parks fit: which one is meant is not known
        assert_eq!(merged(&["东岙科技园", "东岙产业园", "东岙园区"]).len(), 3);
        // a place's 园区 may be any of its parks
        assert_eq!(merged(&["岳西科技园", "岳西园区"]).len(), 2);
    }

    fn variants_merged(names: &[&str]) -> Vec<String> {
        let mut cands: Vec<Cand> = names.iter().map(|n| park(n)).collect();
        merge_park_variants(&mut cands);
        cands.into_iter().map(|c| c.name).collect()
    }

    #[test]
    fn a_park_behind_its_place_in_full_or_short_is_one_park() {
        let got = variants_merged(&[
            "岳西县东岙扶贫产业园",
            "安庆岳西东岙扶贫产业园",
            "安庆市岳西县东岙扶贫产业园",
        ]);
        assert_eq!(got, vec!["安庆市岳西县东岙扶贫产业园".to_string()]);
        // another county's park, or another park of the county, stays apart
        let got = variants_merged(&[
            "岳西县东岙扶贫产业园",
            "太湖县东岙扶贫产业园",
            "岳西县翊澜扶贫产业园",
        ]);
        assert_eq!(got.len(), 3);
        // a place said twice: the county, then a park named after it
        assert_eq!(
            variants_merged(&["岳西岳西工业园区", "岳西工业园区"]).len(),
            2
        );
    }

    #[test]
    fn a_county_bare_zone_is_its_one_zone_named_by_a_trade() {
        let got = variants_merged(&["岳西县开发区", "岳西县先进制造业开发区"]);
        assert_eq!(got, vec!["岳西县先进制造业开发区".to_string()]);
        // two such zones: which one is meant is not known
        let got = variants_merged(&[
            "岳西县开发区",
            "岳西县先进制造业开发区",
            "岳西县新材料开发区",
        ]);
        assert_eq!(got.len(), 3);
        // another kind of zone, or another county's, stays apart
        assert_eq!(
            variants_merged(&["岳西县高新区", "岳西县先进制造业开发区"]).len(),
            2
        );
        assert_eq!(
            variants_merged(&["庆元县开发区", "岳西县先进制造业开发区"]).len(),
            2
        );
    }

    #[test]
    fn a_bonded_zone_and_its_short_form_share_a_key() {
        check("南宁综保区", "南宁综合保税区", true);
        check("南宁综保区", "南宁高新区", false);
    }

    #[test]
    fn kinds_and_places_stay_apart() {
        check("庆元开发区", "庆元高新区", false);
        check("庆元开发区", "云和开发区", false);
    }

    #[test]
    fn zones_named_by_a_coined_word_share_a_key_by_that_word() {
        check("星澜高新区", "星澜高新技术产业开发区", true);
        check("星澜高新区", "翊澜高新区", false);
        assert_eq!(zone_key("青松科技产业园"), None);
        // a common word names no zone
        assert_eq!(zone_key("青松经济开发区"), None);
        assert_eq!(zone_key("省级高新区"), None);
    }
}
