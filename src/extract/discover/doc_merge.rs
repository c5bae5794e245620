//! Resolution within one document, before the corpus lexicon: names the
//! document itself shows to be one entity are merged, and short forms it
//! shows to be ambiguous are withdrawn.
//!
//! - a firm's short form with a bare 公司/集团 (某某公司) is the registered
//!   firm of the document whose brand it is, when exactly one has it; a
//!   form of four characters or more that opens one registered firm's
//!   words (某某工矿, 某省某某工矿山支护科技有限公司) is that firm's too;
//! - two registered firms sharing a brand (贵州某某化工有限公司, 四川某某化工
//!   有限公司) keep their full names apart: the forms they share are dropped;
//!   one written with its place in full and short (南宁市某某有限公司,
//!   南宁某某有限公司) is one firm;
//! - a park named with and without a place before it (某镇某某特色小镇,
//!   某某特色小镇), or with 园 and 园区, is one park; so is a platform
//!   named with and without a place (某市某某创新中心, 某某创新中心);
//! - a park's part written after its parent (某某经开区某某片区, or a park
//!   named by its place: 某某经开区某镇工业园) is a park of its own where the
//!   parent is named alone, else one name with it.

use super::grammar::{self, Cand};
use crate::extract::rules::rules;
use crate::model::EntityType;
use std::collections::{HashMap, HashSet};

/// Moves every form of `from` onto `into` (as aliases and observed forms).
pub(crate) fn absorb(cands: &mut [Cand], into: usize, from: usize) {
    let forms: Vec<String> = std::iter::once(cands[from].name.clone())
        .chain(cands[from].aliases.iter().cloned())
        .chain(cands[from].observed.iter().cloned())
        .collect();
    let target = &mut cands[into];
    for f in forms {
        if f != target.name && !target.aliases.contains(&f) {
            target.aliases.push(f.clone());
        }
        if !target.observed.contains(&f) {
            target.observed.push(f);
        }
    }
}

/// Removes the candidates marked in `drop`.
pub(crate) fn drop_marked(cands: &mut Vec<Cand>, drop: &[bool]) {
    let mut k = 0;
    cands.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// A firm named by brand and a bare head (某某公司), not by registration.
fn is_short_form(name: &str) -> bool {
    rules()
        .short_form_heads
        .iter()
        .any(|h| name.strip_suffix(h).is_some_and(|b| b.chars().count() <= 4))
}

/// Registered firms of the document by brand.
fn firms_by_brand(cands: &[Cand]) -> HashMap<String, HashSet<usize>> {
    let mut by_brand: HashMap<String, HashSet<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.etype == EntityType::Firm && !is_short_form(&c.name) {
            if let Some(b) = grammar::registered_brand(&c.name) {
                by_brand.entry(b).or_default().insert(i);
            }
        }
    }
    by_brand
}

/// A firm named by a place and a brand only (某省某某): the place and the
/// brand, when the name is not registered itself.
fn placed_brand(name: &str) -> Option<(String, String)> {
    if grammar::registered_brand(name).is_some() {
        return None;
    }
    let bare = grammar::strip_place_prefix(name);
    let place = name.strip_suffix(bare.as_str())?;
    (!place.is_empty() && bare.chars().count() >= 2).then(|| (place.to_string(), bare))
}

/// The firms whose brand is `brand` behind two or three characters the
/// grammar did not take for a place (an ambiguous county's name: 某地某某
/// 新材料科技有限公司 keeps 某地 in its brand), when one brand does.
fn owner_behind_a_place<'a>(
    by_brand: &'a HashMap<String, HashSet<usize>>,
    brand: &str,
) -> Option<&'a HashSet<usize>> {
    let mut owners = by_brand.iter().filter(|(b, _)| {
        b.strip_suffix(brand)
            .is_some_and(|place| (2..=3).contains(&place.chars().count()))
    });
    let first = owners.next()?;
    (owners.next().is_none() && brand.chars().count() >= 2).then_some(first.1)
}

/// 某某公司 → the one registered firm with brand 某某; 某省某某 → the one
/// registered firm of that place with brand 某某.
pub fn merge_short_firm_forms(cands: &mut Vec<Cand>) {
    let by_brand = firms_by_brand(cands);
    let mut drop = vec![false; cands.len()];
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.etype != EntityType::Firm {
            continue;
        }
        // 某某公司, or 某省某某 before a registered 某省某某汽车制造有限公司,
        // or both (某省某某公司)
        let headed = rules()
            .short_form_heads
            .iter()
            .find_map(|h| c.name.strip_suffix(h));
        let placed = headed
            .filter(|_| is_short_form(&c.name))
            .and_then(placed_brand)
            .filter(|(_, b)| by_brand.contains_key(b))
            .or_else(|| placed_brand(&c.name));
        // 某某 alone, the brand of a registered firm the document names
        // (a two-character brand is no short name of its own: see
        // `firm_short_names`)
        let bare = (grammar::registered_brand(&c.name).is_none() && by_brand.contains_key(&c.name))
            .then_some(c.name.as_str());
        let Some(brand) = headed.or(placed.as_ref().map(|(_, b)| b.as_str())).or(bare) else {
            continue;
        };
        let placed_brand_only = placed.as_ref().and_then(|(_, b)| by_brand.get(b));
        let Some(owners) = by_brand.get(brand).or(placed_brand_only).or_else(|| {
            placed
                .is_none()
                .then(|| owner_behind_a_place(&by_brand, brand))
                .flatten()
        }) else {
            continue;
        };
        // 某某集团 beside 某某(某省)体育有限公司: a group whose registered
        // firm is not the group itself is its parent, another firm
        let group_named = |j: &usize| !c.name.ends_with("集团") || cands[*j].name.contains("集团");
        let same_place = |j: &&usize| {
            group_named(j)
                && placed
                    .as_ref()
                    .is_none_or(|(place, _)| cands[**j].name.starts_with(place.as_str()))
        };
        let owners: HashSet<usize> = owners.iter().filter(same_place).copied().collect();
        let names: HashSet<&str> = owners.iter().map(|&j| cands[j].name.as_str()).collect();
        if names.len() != 1 {
            continue;
        }
        // The first occurrence: discovery keeps the aliases of a name's
        // first candidate only (any one of a HashSet made the short form an
        // alias in some runs and not in others).
        let Some(&j) = owners.iter().min() else {
            continue;
        };
        if j != i {
            absorb(cands, j, i);
            drop[i] = true;
        }
    }
    drop_marked(cands, &drop);
}

/// A firm's form written with a place (某省某某材料, in 某省某某材料项目)
/// whose own name lost the place belongs to the one registered firm of that
/// place whose name holds it: where a group's firms of two places share the
/// brand, `withdraw_shared_firm_forms` left the form to no one.
pub fn merge_placed_forms_into_registered(cands: &mut Vec<Cand>) {
    let registered: Vec<usize> = (0..cands.len())
        .filter(|&j| {
            cands[j].etype == EntityType::Firm
                && grammar::registered_brand(&cands[j].name).is_some()
        })
        .collect();
    let mut drop = vec![false; cands.len()];
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.etype != EntityType::Firm || registered.contains(&i) {
            continue;
        }
        let owner_of = |form: &String| -> Option<usize> {
            let (place, _) = placed_brand(form)?;
            let mut owners = registered.iter().filter(|&&j| {
                cands[j].name.starts_with(place.as_str()) && cands[j].name.contains(c.name.as_str())
            });
            let first = *owners.next()?;
            owners
                .all(|&j| cands[j].name == cands[first].name)
                .then_some(first)
        };
        let owners: HashSet<usize> = c.aliases.iter().filter_map(owner_of).collect();
        if let [j] = owners.into_iter().collect::<Vec<_>>()[..] {
            absorb(cands, j, i);
            drop[i] = true;
        }
    }
    drop_marked(cands, &drop);
}

/// A firm's form of four characters or more that opens the words of one
/// registered firm of the document after its place (某某纤维 beside 某某
/// 纤维素有限公司, 某某工矿 beside 某省某某工矿山支护科技有限公司) is that
/// firm's short form, where the brand runs into a word no industry list
/// holds; a group's name (某某集团) opens its subsidiaries' names too and
/// stays apart.
pub fn merge_opening_forms_into_registered(cands: &mut Vec<Cand>) {
    let bodies: Vec<(usize, String)> = (0..cands.len())
        .filter(|&j| cands[j].etype == EntityType::Firm)
        .filter_map(|j| {
            let bare = grammar::strip_firm_suffix(&cands[j].name);
            (bare != cands[j].name).then(|| (j, grammar::strip_place_prefix(bare)))
        })
        .collect();
    let mut drop = vec![false; cands.len()];
    for i in 0..cands.len() {
        let c = &cands[i];
        let opens = |body: &String| body.starts_with(c.name.as_str()) && *body != c.name;
        if c.etype != EntityType::Firm
            || c.name.chars().count() < MIN_OPENING_FORM_CHARS
            || grammar::strip_firm_suffix(&c.name) != c.name
            || rules().short_form_heads.iter().any(|h| c.name.ends_with(h))
        {
            continue;
        }
        // one firm, however many rules proposed its name
        let mut owners = bodies
            .iter()
            .filter(|(_, body)| opens(body))
            .map(|&(j, _)| j);
        let Some(j) = owners.next() else { continue };
        if owners.all(|o| cands[o].name == cands[j].name) {
            absorb(cands, j, i);
            drop[i] = true;
        }
    }
    drop_marked(cands, &drop);
}

/// Shorter openings (a brand of two characters, 某某) are too often shared.
const MIN_OPENING_FORM_CHARS: usize = 4;

/// 某某 alone beside 某某化工 (a brand and its trade, no registered name):
/// the brand names that firm, when the document names one firm so.
pub fn merge_bare_brands(cands: &mut Vec<Cand>) {
    let is_firm = |c: &Cand| c.etype == EntityType::Firm;
    let mut by_brand: HashMap<String, HashSet<&str>> = HashMap::new();
    for c in cands.iter().filter(|c| is_firm(c)) {
        if grammar::registered_brand(&c.name).is_some() {
            continue;
        }
        let bare = grammar::strip_place_prefix(&c.name);
        for (at, _) in bare.char_indices().skip(2) {
            if grammar::is_trade_word(&bare[at..]) {
                by_brand
                    .entry(bare[..at].to_string())
                    .or_default()
                    .insert(&c.name);
            }
        }
    }
    // 某某 beside 某某机电 and 某某瀚容软件: either firm's
    let opening = |brand: &str| {
        let names: HashSet<String> = cands
            .iter()
            .filter(|c| is_firm(c) && c.name != brand)
            .map(|c| grammar::strip_place_prefix(&c.name))
            .filter(|bare| bare.starts_with(brand))
            .collect();
        names.len()
    };
    let mut into: Vec<(usize, usize)> = Vec::new();
    for (i, c) in cands.iter().enumerate().filter(|(_, c)| is_firm(c)) {
        let Some(owner) = by_brand
            .get(&c.name)
            .filter(|names| names.len() == 1 && opening(&c.name) == 1)
            .and_then(|names| names.iter().next())
        else {
            continue;
        };
        // a brand that stands for a longer name too (某某 for 某某瀚容软件) is
        // that firm's own short form
        let own_forms_only = c.aliases.iter().all(|a| owner.starts_with(a.as_str()));
        if !own_forms_only {
            continue;
        }
        if let Some(j) = cands.iter().position(|o| is_firm(o) && o.name == *owner) {
            into.push((j, i));
        }
    }
    let mut drop = vec![false; cands.len()];
    for (j, i) in into {
        absorb(cands, j, i);
        drop[i] = true;
    }
    drop_marked(cands, &drop);
}

/// A registered firm named once with its place and once without (河南某某
/// 食品有限公司, 某某食品有限公司) is one firm, when the document names it
/// with one place only: with two (贵州…, 四川…) the bare name could be
/// either, and `withdraw_shared_firm_forms` leaves it apart.
pub fn merge_unplaced_firm_forms(cands: &mut Vec<Cand>) {
    let mut by_rest: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.etype == EntityType::Firm && grammar::strip_firm_suffix(&c.name) != c.name {
            by_rest
                .entry(grammar::strip_place_prefix(&c.name))
                .or_default()
                .push(i);
        }
    }
    let mut drop = vec![false; cands.len()];
    for (rest, members) in &mut by_rest {
        // two rules may propose one name: the firm is counted once
        let all_members = members.clone();
        let mut seen = HashSet::new();
        members.retain(|&i| seen.insert(cands[i].name.as_str()));
        let (bare, placed): (Vec<usize>, Vec<usize>) =
            members.iter().partition(|&&i| cands[i].name == *rest);
        if let ([_], [placed]) = (bare.as_slice(), placed.as_slice()) {
            // every proposal of the bare name goes, or a second one stays
            // apart and shares the firm's short forms
            let proposals: Vec<usize> = all_members
                .into_iter()
                .filter(|&i| cands[i].name == *rest)
                .collect();
            for i in proposals {
                absorb(cands, *placed, i);
                drop[i] = true;
            }
        } else if let Some((short, long)) = one_behind_a_place(cands, members) {
            absorb(cands, long, short);
            drop[short] = true;
        } else if let Some((kept, other)) = one_place_spelled_twice(cands, members, rest) {
            absorb(cands, kept, other);
            drop[other] = true;
        }
    }
    drop_marked(cands, &drop);
}

/// Two firms whose place is one place written in full and short (南宁市某某
/// 有限公司, 南宁某某有限公司): one firm; the full spelling is kept.
fn one_place_spelled_twice(
    cands: &[Cand],
    members: &[usize],
    rest: &str,
) -> Option<(usize, usize)> {
    let [a, b] = members else { return None };
    let place = |i: usize| cands[i].name.strip_suffix(rest).unwrap_or("");
    let bare = |p: &str| p.trim_end_matches(['省', '市']).to_string();
    let (pa, pb) = (place(*a), place(*b));
    let same = !pa.is_empty() && !pb.is_empty() && pa != pb && bare(pa) == bare(pb);
    let pair = if pa.len() >= pb.len() {
        (*a, *b)
    } else {
        (*b, *a)
    };
    same.then_some(pair)
}

/// Two firms whose brand opens with a place's name (a district's: 某省某区
/// 某某有限公司 and 某区某某有限公司 both lose 某区 to the place grammar):
/// the shorter one and the longer that is it behind a place.
fn one_behind_a_place(cands: &[Cand], members: &[usize]) -> Option<(usize, usize)> {
    let [a, b] = members else { return None };
    let (short, long) = if cands[*a].name.len() < cands[*b].name.len() {
        (*a, *b)
    } else {
        (*b, *a)
    };
    let (s, l) = (&cands[short].name, &cands[long].name);
    (l.len() > s.len() && l.ends_with(s.as_str())).then_some((short, long))
}

/// Firms whose names differ only in their place (贵州某某化工有限公司,
/// 四川某某化工有限公司; a group's subsidiaries 三明某某, 深圳某某) are two
/// firms: the forms they share are dropped from both, since the document
/// cannot tell which one they name.
pub fn withdraw_shared_firm_forms(cands: &mut [Cand]) {
    let placed = |c: &Cand| {
        grammar::strip_firm_suffix(&c.name) != c.name
            || grammar::strip_place_prefix(&c.name) != c.name
    };
    let mut by_rest: HashMap<String, HashSet<String>> = HashMap::new();
    for c in cands.iter().filter(|c| c.etype == EntityType::Firm) {
        if !placed(c) {
            continue;
        }
        // a group's 股份有限公司 and its 有限公司 in another place are two
        // firms as much as two 有限公司 are
        let rest = grammar::strip_place_prefix(&c.name).replace("股份有限公司", "有限公司");
        by_rest.entry(rest).or_default().insert(c.name.clone());
    }
    let mut twins: HashSet<&String> = by_rest
        .values()
        .filter(|names| names.len() > 1)
        .flatten()
        .collect();
    // 湖南省某某电子有限公司, 深圳市某某科技有限公司: registered names of
    // one brand in other trades are a group's companies, not one firm
    let registered = || {
        cands
            .iter()
            .filter(|c| c.etype == EntityType::Firm && c.name.ends_with("有限公司"))
    };
    let mut rests_of_alias: HashMap<&str, HashSet<(String, String)>> = HashMap::new();
    for c in registered() {
        let unsuffixed = grammar::strip_firm_suffix(&c.name);
        let rest = grammar::strip_place_prefix(unsuffixed);
        let place = unsuffixed
            .strip_suffix(rest.as_str())
            .unwrap_or("")
            .to_string();
        for a in &c.aliases {
            rests_of_alias
                .entry(a)
                .or_default()
                .insert((place.clone(), rest.clone()));
        }
    }
    // one name without its trade (某某有限公司 for 某某实业有限公司) is the
    // same firm, unless two places tell them apart (某地某某纺织科技有限
    // 公司 built by 某省某某纺织有限公司)
    let other_place =
        |x: &str, y: &str| !x.is_empty() && !y.is_empty() && !x.starts_with(y) && !y.starts_with(x);
    let apart = |rests: &HashSet<(String, String)>| {
        rests.iter().any(|(xp, x)| {
            rests.iter().any(|(yp, y)| {
                (!x.starts_with(y.as_str()) && !y.starts_with(x.as_str()))
                    || (x != y && other_place(xp, yp))
            })
        })
    };
    for c in registered() {
        if c.aliases.iter().any(|a| apart(&rests_of_alias[a.as_str()])) {
            twins.insert(&c.name);
        }
    }
    if twins.is_empty() {
        return;
    }
    let mut owners: HashMap<String, HashSet<String>> = HashMap::new();
    for c in cands.iter().filter(|c| twins.contains(&c.name)) {
        for a in &c.aliases {
            owners.entry(a.clone()).or_default().insert(c.name.clone());
        }
    }
    let shared: HashSet<&String> = owners
        .iter()
        .filter(|(_, names)| names.len() > 1)
        .map(|(a, _)| a)
        .collect();
    if shared.is_empty() {
        return;
    }
    for c in cands.iter_mut().filter(|c| c.etype == EntityType::Firm) {
        if placed(c) {
            c.aliases.retain(|a| !shared.contains(a));
        }
    }
}

/// The name a park is compared by: 园区 and 园 alike.
fn park_form(name: &str) -> &str {
    // 某某工业区, 某某工业园, 某某工业园区: one industrial park's three forms
    let industrial = ["工业园区", "工业园", "工业区"]
        .iter()
        .find_map(|x| name.strip_suffix(x))
        .map(|n| &name[..n.len() + "工业".len()]);
    industrial.unwrap_or_else(|| {
        name.strip_suffix('区')
            .filter(|n| n.ends_with('园'))
            .unwrap_or(name)
    })
}

/// The most characters of places (湖南广东, two provinces) a park's name
/// may carry before a shorter form of it.
const MAX_PLACES_BEFORE_PARK_CHARS: usize = 6;

/// Whether park `long` is a longer form of park `short`: the same form
/// with a longer name (X园区 for X园), or the form behind a place of two or
/// three characters, or behind places only of up to
/// `MAX_PLACES_BEFORE_PARK_CHARS` (某省某省X). A short form that is no name of its own (`named`
/// false: 茶具小镇) is the longer park only behind a place the gazetteer
/// knows (某县茶具小镇).
fn is_longer_park(cands: &[Cand], long: usize, short: usize, named: bool) -> bool {
    let short_form = park_form(&cands[short].name);
    let long_form = park_form(&cands[long].name);
    let place_before = |form: &str| {
        form.strip_suffix(short_form).is_some_and(|prefix| {
            // a place said twice (某地某地工业园区) is the county and then
            // its park, not a longer name of the park
            let n = prefix.chars().count();
            ((2..=3).contains(&n)
                || n <= MAX_PLACES_BEFORE_PARK_CHARS && grammar::places_only(prefix))
                && !short_form.starts_with(prefix)
                && (named || crate::extract::gazetteer::gazetteer().is_place(prefix))
        })
    };
    long != short
        && (named && long_form == short_form && cands[long].name.len() > cands[short].name.len()
            || park_forms(&cands[long]).any(place_before))
}

/// The forms a park is compared by: its name's and its aliases' (某市某区
/// 某某工业园区 has 某区某某工业园区 among its aliases, a place before 某某
/// 工业园区).
fn park_forms(c: &Cand) -> impl Iterator<Item = &str> {
    std::iter::once(c.name.as_str())
        .chain(c.aliases.iter().map(String::as_str))
        .map(park_form)
}

/// Whether a park's form is a name of its own once a place before it is
/// taken off: a long enough core, a place or a proper word (某地工业园区
/// is 某省某地工业园区 named again; 化工园区 is no name).
fn names_itself(form: &str) -> bool {
    let core_chars = grammar::park_core_chars(form);
    let core: String = form.chars().take(core_chars).collect();
    core_chars >= rules().thresholds.min_park_core_chars
        || crate::extract::gazetteer::gazetteer().is_place(&core)
        || core_chars == 2 && grammar::has_proper_token(&core)
}

/// A park named again with a place before it (or with 园区 for 园) is one park.
pub fn merge_park_forms(cands: &mut Vec<Cand>) {
    let parks: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].etype == EntityType::Park)
        .collect();
    // Where a longer form of a park can be, each list in candidate order:
    // by form (X园 for X园区, X工业 for X工业区), and by the form left when
    // 2 or 3 leading characters (a place) are taken off. Comparing every
    // park with every other made a long document's discovery quadratic.
    let mut by_form: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_tail: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in &parks {
        by_form
            .entry(park_form(&cands[i].name).to_string())
            .or_default()
            .push(i);
        for form in park_forms(&cands[i]) {
            for k in 2..=MAX_PLACES_BEFORE_PARK_CHARS {
                if let Some((at, _)) = form.char_indices().nth(k) {
                    if k > 3 && !grammar::places_only(&form[..at]) {
                        continue;
                    }
                    let list = by_tail.entry(form[at..].to_string()).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
    }
    // Per list, how many of its leading entries are dropped (dropping is
    // final): a list is walked once, not once per park looking in it.
    let mut skip_form: HashMap<String, usize> = HashMap::new();
    let mut skip_tail: HashMap<String, usize> = HashMap::new();
    let mut drop = vec![false; cands.len()];
    for &short in &parks {
        let short_form = park_form(&cands[short].name).to_string();
        // a bare kind (产业园) names nothing a place could open
        if grammar::park_core_chars(&short_form) < rules().thresholds.min_unnamed_park_core_chars {
            continue;
        }
        let named = names_itself(&short_form);
        let is_longer =
            |long: usize, drop: &[bool]| !drop[long] && is_longer_park(cands, long, short, named);
        // Same form and a longer name (X园区 for X园, X工业园区 for X工业区):
        // the lists by form. A place before the form: the lists by tail.
        // The first longer form in candidate order: the earlier of the
        // first match in each list (together they hold every park that
        // can match).
        let key = short_form.as_str();
        let mut longer: Option<usize> = None;
        for (skip, lists) in [(&mut skip_form, &by_form), (&mut skip_tail, &by_tail)] {
            let Some(list) = lists.get(key) else { continue };
            let from = skip.entry(key.to_string()).or_insert(0);
            while *from < list.len() && drop[list[*from]] {
                *from += 1;
            }
            if let Some(&found) = list[*from..].iter().find(|&&l| is_longer(l, &drop)) {
                longer = Some(longer.map_or(found, |l| l.min(found)));
            }
        }
        if let Some(long) = longer {
            absorb(cands, long, short);
            drop[short] = true;
        }
    }
    drop_marked(cands, &drop);
}

/// A platform's suffix and the shorter one the same document may write for
/// it.
const SHORTER_PLATFORM_SUFFIXES: [(&str, &str); 2] =
    [("重点实验室", "实验室"), ("科技创新中心", "创新中心")];

/// A platform named with a place of two or three characters before it
/// (某市某某创新中心) and named again without it (某某创新中心) is one
/// platform, as a park is (`merge_park_forms`). The shorter form must
/// name something itself (four characters or more). A key lab written
/// once without its 重点 (某省某某重点实验室, 某省某某实验室) is one lab
/// too, and so is a centre written once without its 科技 (某省某某科技创新
/// 中心, 某省某某创新中心).
pub fn merge_platform_forms(cands: &mut Vec<Cand>) {
    const MIN_SHORT_CHARS: usize = 4;
    let by_name: HashMap<String, usize> = (0..cands.len())
        .filter(|&i| cands[i].etype == EntityType::Platform)
        .map(|i| (cands[i].name.clone(), i))
        .collect();
    let gazetteer = crate::extract::gazetteer::gazetteer();
    let mut drop = vec![false; cands.len()];
    for long in 0..cands.len() {
        if cands[long].etype != EntityType::Platform || drop[long] {
            continue;
        }
        let name = cands[long].name.clone();
        let shorter_suffix = SHORTER_PLATFORM_SUFFIXES.iter().find_map(|(full, short)| {
            name.strip_suffix(full)
                .map(|field| format!("{field}{short}"))
        });
        if let Some(&short) = shorter_suffix.as_ref().and_then(|n| by_name.get(n)) {
            if short != long && !drop[short] {
                absorb(cands, long, short);
                drop[short] = true;
            }
        }
        for k in 2..=3 {
            let Some((at, _)) = name.char_indices().nth(k) else {
                continue;
            };
            let (place, rest) = name.split_at(at);
            let Some(&short) = by_name.get(rest) else {
                continue;
            };
            if short != long
                && !drop[short]
                && rest.chars().count() >= MIN_SHORT_CHARS
                && gazetteer.is_place(place)
            {
                absorb(cands, long, short);
                drop[short] = true;
                break;
            }
        }
    }
    drop_marked(cands, &drop);
}

/// 某某经开区某某片区 where the document names 某某经开区 on its own too
/// (or by another spelling of its zone): the part is a park of its own,
/// named by its own words, and the parent keeps its mention. A part whose
/// parent is named nowhere else stays one name with it (ANNOTATION's
/// sub-zone kept whole), and the part named alone is that park again
/// (`times_written` counts a string in the document).
pub fn split_parts_from_named_parents(
    cands: &mut Vec<Cand>,
    times_written: impl Fn(&str) -> usize,
) {
    let parks: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].etype == EntityType::Park)
        .collect();
    let mut drop = vec![false; cands.len()];
    for &part in &parks {
        let Some(at) = parent_end(&cands[part].name) else {
            continue;
        };
        let name = cands[part].name.clone();
        let (parent_form, own) = name.split_at(at);
        // the parent written only inside this name is no name of its own
        let parent = parks
            .iter()
            .copied()
            .find(|&d| d != part && names_parent(&cands[d], parent_form))
            .filter(|&d| {
                cands[d].name != parent_form || times_written(parent_form) > times_written(&name)
            });
        match parent {
            Some(parent) => {
                let target = &mut cands[parent];
                if target.name != parent_form && !target.aliases.iter().any(|a| a == parent_form) {
                    target.aliases.push(parent_form.to_string());
                }
                let c = &mut cands[part];
                c.aliases.retain(|a| !a.starts_with(parent_form));
                c.observed.retain(|a| !a.starts_with(parent_form));
                c.observed.push(own.to_string());
                c.name = own.to_string();
            }
            None => {
                let alone = parks
                    .iter()
                    .copied()
                    .find(|&d| d != part && cands[d].name == own);
                // the part's own words found inside the whole name only
                // are no other name of it
                if let Some(alone) = alone {
                    if times_written(own) > times_written(&name) {
                        absorb(cands, part, alone);
                    }
                    drop[alone] = true;
                }
            }
        }
    }
    drop_marked(cands, &drop);
}

/// Where the parent's name ends in a park's part named after it
/// (某某经开区|某某片区): after the last park suffix that leaves two
/// characters or more before the part's mark.
fn parent_end(name: &str) -> Option<usize> {
    let Some(mark) = rules().park_sub_units.iter().find(|m| name.ends_with(*m)) else {
        return place_part_end(name);
    };
    let own_end = name.len() - mark.len();
    name.char_indices()
        .map(|(at, _)| at)
        .rev()
        .filter(|&at| at > 0 && at < own_end && name[at..own_end].chars().count() >= 2)
        .find(|&at| {
            let parent = &name[..at];
            !rules().park_sub_units.iter().any(|m| parent.ends_with(m))
                && rules()
                    .park_suffixes
                    .iter()
                    .any(|x| x.chars().count() >= 2 && parent.ends_with(x))
        })
}

/// Where the parent's name ends in a park named by its place after it
/// (某某经开区|某镇工业园, see `grammar::named_by_its_place`).
fn place_part_end(name: &str) -> Option<usize> {
    name.char_indices().map(|(at, _)| at).find(|&at| {
        at > 0
            && grammar::park_suffix_chars(&name[..at]) >= 2
            && grammar::named_by_its_place(&name[at..])
    })
}

/// Whether park `d` is named by `form` or by another spelling of its zone.
fn names_parent(d: &Cand, form: &str) -> bool {
    let key = super::park_variants::zone_key(form);
    std::iter::once(&d.name)
        .chain(&d.aliases)
        .any(|f| f == form || key.is_some() && super::park_variants::zone_key(f) == key)
}

/// A park named after its parent park (某某高新区某某科技城) and named
/// again alone (某某科技城) is one park: the parent's name is where it is,
/// as a place is. Each park's name is looked up at every character
/// boundary, so the cost is the parks' total length, not their pairs.
pub fn merge_parks_after_parent(cands: &mut Vec<Cand>) {
    let by_name: HashMap<String, usize> = (0..cands.len())
        .filter(|&i| cands[i].etype == EntityType::Park)
        .map(|i| (cands[i].name.clone(), i))
        .collect();
    let mut drop = vec![false; cands.len()];
    for long in 0..cands.len() {
        if cands[long].etype != EntityType::Park || drop[long] {
            continue;
        }
        let name = cands[long].name.clone();
        let own = name.char_indices().skip(1).find_map(|(at, _)| {
            let parent = by_name.get(&name[..at])?;
            let short = *by_name.get(&name[at..])?;
            let named = names_itself(park_form(&name[at..]));
            (*parent != long && short != long && !drop[short] && named).then_some(short)
        });
        if let Some(short) = own {
            absorb(cands, long, short);
            drop[short] = true;
        }
    }
    drop_marked(cands, &drop);
}

/// 某区某某科技创新园 and 某某某区园某某科技创新园 in one document: one park,
/// opened once by its county and once by its parent zone's unit in that
/// county (a unit named with the county's short form). Parks are grouped
/// by the name left after a county opening them, so the cost is the
/// parks' total length.
pub fn merge_parks_under_county(cands: &mut Vec<Cand>) {
    let g = crate::extract::gazetteer::gazetteer();
    let mut by_tail: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.etype == EntityType::Park)
    {
        for (at, _) in c.name.char_indices().skip(1) {
            by_tail.entry(&c.name[at..]).or_default().push(i);
        }
    }
    let mut pairs = Vec::new();
    for (i, c) in cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.etype == EntityType::Park)
    {
        let Some((place, rest)) = county_opening(&c.name) else {
            continue;
        };
        if !names_itself(park_form(rest)) {
            continue;
        }
        let (county, Some(short)) = (&g.places[place].full, &g.places[place].short) else {
            continue;
        };
        let unit_in_county = |j: &usize| {
            let opening = &cands[*j].name[..cands[*j].name.len() - rest.len()];
            *j != i && opening.contains(short.as_str()) && !opening.contains(county.as_str())
        };
        if let Some(&j) = by_tail
            .get(rest)
            .and_then(|js| js.iter().find(|j| unit_in_county(j)))
        {
            pairs.push((j, i));
        }
    }
    absorb_pairs(cands, &pairs);
}

/// Each (longer, shorter) pair found one candidate: the shorter joins the
/// longer, unless either has already joined another.
fn absorb_pairs(cands: &mut Vec<Cand>, pairs: &[(usize, usize)]) {
    let mut drop = vec![false; cands.len()];
    for &(long, short) in pairs {
        if !drop[long] && !drop[short] {
            absorb(cands, long, short);
            drop[short] = true;
        }
    }
    drop_marked(cands, &drop);
}

/// 某县经济开发区 and 某县某某经济开发区 in one document: a zone named by
/// its county alone is the one zone of that suffix the document names with
/// a name of its own after the county (a county has one zone of a kind).
/// Where two such names are written, which one is meant is unknown: none
/// is merged.
pub fn merge_zone_named_by_its_county(cands: &mut Vec<Cand>) {
    let g = crate::extract::gazetteer::gazetteer();
    let parks: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].etype == EntityType::Park)
        .collect();
    let mut pairs = Vec::new();
    for &i in &parks {
        let name = &cands[i].name;
        let Some(suffix) = grammar::DEV_ZONE_SUFFIXES
            .iter()
            .find(|x| name.ends_with(**x))
        else {
            continue;
        };
        let county = &name[..name.len() - suffix.len()];
        if !g.names_level(county, &[crate::extract::gazetteer::Level::County]) {
            continue;
        }
        let named_between = |j: &usize| {
            let other = &cands[*j].name;
            let middle = other
                .strip_prefix(county)
                .and_then(|rest| rest.strip_suffix(suffix))
                .filter(|m| (2..=4).contains(&m.chars().count()));
            middle.is_some_and(|m| !g.is_place(m) && !opens_longer_suffix(m, suffix))
        };
        let named: Vec<usize> = parks
            .iter()
            .copied()
            .filter(|j| *j != i && named_between(j))
            .collect();
        if let [only] = named[..] {
            pairs.push((only, i));
        }
    }
    absorb_pairs(cands, &pairs);
}

/// Is `middle` the start of a longer zone suffix ending in `suffix` (经济
/// before 开发区), not a name between the county and the suffix?
fn opens_longer_suffix(middle: &str, suffix: &str) -> bool {
    grammar::DEV_ZONE_SUFFIXES.iter().any(|x| {
        x.strip_suffix(suffix)
            .is_some_and(|head| head.ends_with(middle) && !head.is_empty())
    })
}

/// The county-level place a name opens with in full (某某区, 某某县): its
/// index in the gazetteer, and what follows it.
fn county_opening(name: &str) -> Option<(usize, &str)> {
    let g = crate::extract::gazetteer::gazetteer();
    name.char_indices().skip(2).take(3).find_map(|(at, _)| {
        let county = &name[..at];
        let place = g.lookup(county).iter().copied().find(|&p| {
            g.places[p].level == crate::extract::gazetteer::Level::County
                && g.places[p].full == county
        })?;
        Some((place, &name[at..]))
    })
}

/// A park's name without the 县/市 of the county that opens it (某某县东部
/// 产业新城 → 某某东部产业新城), or None when no county's full name opens it.
fn without_county_mark(name: &str) -> Option<String> {
    let g = crate::extract::gazetteer::gazetteer();
    let cs: Vec<char> = name.chars().collect();
    (2..=3).find_map(|n| {
        let full: String = cs.get(..=n)?.iter().collect();
        let mark_ok = matches!(cs[n], '县' | '市');
        (mark_ok && g.is_place(&full) && cs.len() > n + 2)
            .then(|| cs[..n].iter().chain(&cs[n + 1..]).collect())
    })
}

/// 某某县东部产业新城 and 某某东部产业新城 in one document: one park, the
/// county written in full or short.
pub fn merge_county_spellings(cands: &mut Vec<Cand>) {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.etype == EntityType::Park {
            by_name.entry(c.name.clone()).or_default().push(i);
        }
    }
    let mut drop = vec![false; cands.len()];
    for i in 0..cands.len() {
        if cands[i].etype != EntityType::Park || drop[i] {
            continue;
        }
        let Some(short) = without_county_mark(&cands[i].name) else {
            continue;
        };
        for &j in by_name.get(&short).into_iter().flatten() {
            if j != i && !drop[j] {
                absorb(cands, i, j);
                drop[j] = true;
            }
        }
    }
    drop_marked(cands, &drop);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(etype: EntityType, name: &str, aliases: &[&str]) -> Cand {
        Cand {
            etype,
            name: name.to_string(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            observed: vec![name.to_string()],
            nested_in: None,
        }
    }

    fn names(cands: &[Cand]) -> Vec<(&str, Vec<&str>)> {
        cands
            .iter()
            .map(|c| {
                (
                    c.name.as_str(),
                    c.aliases.iter().map(String::as_str).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_firm_whose_brand_opens_with_a_district_joins_its_form_with_the_province() {
        let mut cands = vec![
            cand(EntityType::Firm, "鼓楼翊澜材料有限公司", &[]),
            cand(EntityType::Firm, "江苏鼓楼翊澜材料有限公司", &[]),
            // proposed again by another rule
            cand(EntityType::Firm, "江苏鼓楼翊澜材料有限公司", &[]),
        ];
        merge_unplaced_firm_forms(&mut cands);
        assert_eq!(
            names(&cands),
            vec![
                ("江苏鼓楼翊澜材料有限公司", vec!["鼓楼翊澜材料有限公司"]),
                ("江苏鼓楼翊澜材料有限公司", vec![])
            ]
        );
    }

    #[test]
    fn short_form_with_company_joins_its_registered_firm() {
        let mut cands = vec![
            cand(
                EntityType::Firm,
                "湖北青松科技有限公司",
                &["青松科技", "青松"],
            ),
            cand(EntityType::Firm, "青松公司", &[]),
        ];
        merge_short_firm_forms(&mut cands);
        assert_eq!(cands.len(), 1);
        assert!(cands[0].aliases.contains(&"青松公司".to_string()));
    }

    #[test]
    fn a_short_form_with_its_province_and_company_joins_its_registered_firm() {
        let mut cands = vec![
            cand(EntityType::Firm, "广西岚石科技股份有限公司", &[]),
            cand(EntityType::Firm, "广西岚石公司", &[]),
        ];
        merge_short_firm_forms(&mut cands);
        assert_eq!(cands.len(), 1, "{:?}", names(&cands));
        assert!(cands[0].aliases.contains(&"广西岚石公司".to_string()));
        // a firm of that brand in another province is another firm
        let mut cands = vec![
            cand(EntityType::Firm, "甘肃岚石科技股份有限公司", &[]),
            cand(EntityType::Firm, "广西岚石公司", &[]),
        ];
        merge_short_firm_forms(&mut cands);
        assert_eq!(cands.len(), 2, "{:?}", names(&cands));
    }

    #[test]
    fn a_bare_brand_joins_the_one_firm_named_by_it_and_a_trade() {
        let mut cands = vec![
            cand(EntityType::Firm, "岚石工贸", &[]),
            cand(EntityType::Firm, "岚石", &[]),
        ];
        merge_bare_brands(&mut cands);
        assert_eq!(names(&cands), vec![("岚石工贸", vec!["岚石"])]);
        // two firms of that brand: the brand alone could be either
        let mut cands = vec![
            cand(EntityType::Firm, "岚石工贸", &[]),
            cand(EntityType::Firm, "岚石化工", &[]),
            cand(EntityType::Firm, "岚石", &[]),
        ];
        merge_bare_brands(&mut cands);
        assert_eq!(cands.len(), 3, "{:?}", names(&cands));
        // a brand the document also uses for a longer name keeps it
        let mut cands = vec![
            cand(EntityType::Firm, "岚石工贸", &[]),
            cand(EntityType::Firm, "岚石", &["岚石瀚容软件"]),
        ];
        merge_bare_brands(&mut cands);
        assert_eq!(cands.len(), 2, "{:?}", names(&cands));
    }

    #[test]
    fn a_bare_two_character_brand_joins_its_registered_firm() {
        let mut cands = vec![
            cand(
                EntityType::Firm,
                "南宁市青屿电子有限公司",
                &["南宁市青屿电子", "青屿电子"],
            ),
            cand(EntityType::Firm, "岚石", &[]),
            cand(EntityType::Firm, "青屿", &[]),
        ];
        merge_short_firm_forms(&mut cands);
        assert_eq!(cands.len(), 2, "{:?}", names(&cands));
        assert!(cands[0].aliases.contains(&"青屿".to_string()));
    }

    #[test]
    fn short_form_joins_a_firm_whose_brand_keeps_a_place_before_it() {
        // 岙川 is no place the grammar knows, so it stays in the brand
        let mut cands = vec![
            cand(EntityType::Firm, "岙川青松新材料科技有限公司", &[]),
            cand(EntityType::Firm, "青松公司", &["青松"]),
        ];
        merge_short_firm_forms(&mut cands);
        assert_eq!(cands.len(), 1, "{:?}", names(&cands));
        assert!(cands[0].aliases.contains(&"青松".to_string()));
        // two such firms: the short form could be either
        let mut cands = vec![
            cand(EntityType::Firm, "岙川青松新材料科技有限公司", &[]),
            cand(EntityType::Firm, "星澜青松电子有限公司", &[]),
            cand(EntityType::Firm, "青松公司", &[]),
        ];
        merge_short_firm_forms(&mut cands);
        assert_eq!(cands.len(), 3, "{:?}", names(&cands));
    }

    #[test]
    fn a_short_form_joins_the_first_occurrence_of_its_firm_in_every_run() {
        // The registered name twice, then the short form: the short form
        // becomes an alias of the first occurrence, whose aliases discovery
        // keeps. Chosen from a HashSet, it went to either occurrence, so
        // each run (each HashSet has its own random order) could differ.
        for _ in 0..32 {
            let full = || {
                cand(
                    EntityType::Firm,
                    "湖北青松科技有限公司",
                    &["青松科技", "青松"],
                )
            };
            let mut cands = vec![full(), full(), cand(EntityType::Firm, "青松公司", &[])];
            merge_short_firm_forms(&mut cands);
            assert_eq!(cands.len(), 2);
            assert!(
                cands[0].aliases.contains(&"青松公司".to_string()),
                "{:?}",
                names(&cands)
            );
        }
    }

    #[test]
    fn firms_sharing_a_brand_keep_only_their_own_forms() {
        let mut cands = vec![
            cand(
                EntityType::Firm,
                "贵州青松化工有限公司",
                &["贵州青松化工", "青松化工", "青松"],
            ),
            cand(
                EntityType::Firm,
                "四川青松化工有限公司",
                &["四川青松化工", "青松化工", "青松"],
            ),
        ];
        withdraw_shared_firm_forms(&mut cands);
        assert_eq!(
            names(&cands),
            vec![
                ("贵州青松化工有限公司", vec!["贵州青松化工"]),
                ("四川青松化工有限公司", vec!["四川青松化工"]),
            ]
        );
    }

    #[test]
    fn registered_companies_of_one_brand_in_other_trades_keep_only_their_own_forms() {
        let mut cands = vec![
            cand(
                EntityType::Firm,
                "湖南省青松电子有限公司",
                &["湖南省青松电子", "青松电子", "青松"],
            ),
            cand(
                EntityType::Firm,
                "深圳市青松科技有限公司",
                &["深圳市青松科技", "青松科技", "青松"],
            ),
            // the same firm without its trade
            cand(
                EntityType::Firm,
                "贵州白杨实业有限公司",
                &["白杨实业", "白杨"],
            ),
            cand(EntityType::Firm, "贵州白杨有限公司", &["白杨"]),
        ];
        withdraw_shared_firm_forms(&mut cands);
        let forms = names(&cands);
        assert!(!forms[0].1.contains(&"青松"), "{forms:?}");
        assert!(!forms[1].1.contains(&"青松"), "{forms:?}");
        assert!(forms[3].1.contains(&"白杨"), "{forms:?}");
    }

    #[test]
    fn subsidiaries_named_by_their_places_keep_only_their_own_forms() {
        // 三明青松, 深圳青松: a group's subsidiaries, not its short name
        let mut cands = vec![
            cand(EntityType::Firm, "三明青松", &["青松"]),
            cand(EntityType::Firm, "深圳青松", &["青松"]),
        ];
        withdraw_shared_firm_forms(&mut cands);
        assert_eq!(
            names(&cands),
            vec![("三明青松", vec![]), ("深圳青松", vec![])]
        );
    }

    #[test]
    fn park_with_and_without_its_place_is_one_park() {
        let mut cands = vec![
            cand(EntityType::Park, "彭桥竹编特色小镇", &[]),
            cand(EntityType::Park, "竹编特色小镇", &[]),
            cand(EntityType::Park, "青松铝精深加工产业园", &[]),
            cand(EntityType::Park, "青松铝精深加工产业园区", &[]),
        ];
        merge_park_forms(&mut cands);
        assert_eq!(cands.len(), 2, "{:?}", names(&cands));
    }

    #[test]
    fn a_park_behind_two_provinces_is_one_park_with_its_bare_name() {
        let mut cands = vec![
            cand(EntityType::Park, "广西甘肃沿海装备产业园", &[]),
            cand(EntityType::Park, "沿海装备产业园", &[]),
        ];
        merge_park_forms(&mut cands);
        assert_eq!(
            names(&cands),
            vec![("广西甘肃沿海装备产业园", vec!["沿海装备产业园"])]
        );
        // four characters that are no places open another park
        let mut cands = vec![
            cand(EntityType::Park, "岚石青屿沿海装备产业园", &[]),
            cand(EntityType::Park, "沿海装备产业园", &[]),
        ];
        merge_park_forms(&mut cands);
        assert_eq!(cands.len(), 2, "{:?}", names(&cands));
    }

    /// `merge_park_forms` as it was written first, comparing every park
    /// with every other: the specification the indexed version keeps.
    fn merge_park_forms_by_pairs(cands: &mut Vec<Cand>) {
        let parks: Vec<usize> = (0..cands.len())
            .filter(|&i| cands[i].etype == EntityType::Park)
            .collect();
        let mut drop = vec![false; cands.len()];
        for &short in &parks {
            let short_form = park_form(&cands[short].name).to_string();
            if grammar::park_core_chars(&short_form)
                < rules().thresholds.min_unnamed_park_core_chars
            {
                continue;
            }
            let named = names_itself(&short_form);
            let longer = parks
                .iter()
                .copied()
                .find(|&long| !drop[long] && is_longer_park(cands, long, short, named));
            if let Some(long) = longer {
                absorb(cands, long, short);
                drop[short] = true;
            }
        }
        drop_marked(cands, &drop);
    }

    proptest::proptest! {
        /// Parks built from a few places, cores and suffixes, repeated and
        /// shuffled, merge exactly as by comparing every pair.
        #[test]
        fn park_forms_merge_as_by_comparing_every_pair(
            picks in proptest::collection::vec((0usize..4, 0usize..3, 0usize..5, 0usize..4, proptest::bool::ANY), 0..40)
        ) {
            const PLACES: &[&str] = &["", "青松", "白石镇", "东"];
            const CORES: &[&str] = &["竹编特色", "铝精深加工", "新材"];
            const SUFFIXES: &[&str] = &["小镇", "产业园", "产业园区", "工业区", "工业园区"];
            let cands: Vec<Cand> = picks
                .iter()
                .map(|&(p, c, x, a, firm)| {
                    let name = format!("{}{}{}", PLACES[p], CORES[c], SUFFIXES[x]);
                    let etype = if firm { EntityType::Firm } else { EntityType::Park };
                    cand(etype, &name, &[PLACES[a]])
                })
                .collect();
            let mut fast = cands.clone();
            let mut slow = cands;
            merge_park_forms(&mut fast);
            merge_park_forms_by_pairs(&mut slow);
            proptest::prop_assert_eq!(names(&fast), names(&slow));
            let observed = |v: &[Cand]| v.iter().map(|c| c.observed.clone()).collect::<Vec<_>>();
            proptest::prop_assert_eq!(observed(&fast), observed(&slow));
        }
    }

    #[test]
    fn a_key_lab_written_once_without_its_key_mark_is_one_lab() {
        let mut cands = vec![
            cand(EntityType::Platform, "广西岚石材料与制造实验室", &[]),
            cand(EntityType::Platform, "广西岚石材料与制造重点实验室", &[]),
        ];
        merge_platform_forms(&mut cands);
        assert_eq!(cands.len(), 1, "{:?}", names(&cands));
        assert_eq!(cands[0].name, "广西岚石材料与制造重点实验室");
    }

    #[test]
    fn a_centre_written_once_without_its_science_mark_is_one_centre() {
        let mut cands = vec![
            cand(EntityType::Platform, "广西岚石新材料创新中心", &[]),
            cand(EntityType::Platform, "广西岚石新材料科技创新中心", &[]),
        ];
        merge_platform_forms(&mut cands);
        assert_eq!(cands.len(), 1, "{:?}", names(&cands));
        assert_eq!(cands[0].name, "广西岚石新材料科技创新中心");
    }

    #[test]
    fn an_industrial_zone_named_as_a_park_too_is_one_park() {
        let mut cands = vec![
            cand(EntityType::Park, "岚溪工业园区", &[]),
            cand(EntityType::Park, "岚溪工业区", &[]),
        ];
        merge_park_forms(&mut cands);
        assert_eq!(cands.len(), 1, "{:?}", names(&cands));
        assert_eq!(cands[0].name, "岚溪工业园区");
    }

    #[test]
    fn a_park_named_by_its_county_and_with_the_province_before_it_is_one_park() {
        let mut cands = vec![
            cand(EntityType::Park, "甘肃临泽工业园区", &[]),
            cand(EntityType::Park, "临泽工业园区", &[]),
        ];
        merge_park_forms(&mut cands);
        assert_eq!(cands.len(), 1, "{:?}", names(&cands));
        // a county said before its own park is not a longer name of it
        let mut cands = vec![
            cand(EntityType::Park, "临泽临泽工业园区", &[]),
            cand(EntityType::Park, "临泽工业园区", &[]),
        ];
        merge_park_forms(&mut cands);
        assert_eq!(cands.len(), 2, "{:?}", names(&cands));
    }

    #[test]
    fn a_park_named_after_a_longer_address_is_one_park_through_its_alias() {
        let mut cands = vec![
            cand(
                EntityType::Park,
                "天津市东丽星澜工业园区",
                &["东丽星澜工业园区"],
            ),
            cand(EntityType::Park, "星澜工业园区", &[]),
        ];
        merge_park_forms(&mut cands);
        assert_eq!(cands.len(), 1, "{:?}", names(&cands));
    }

    #[test]
    fn a_park_form_of_a_trade_and_a_kind_joins_its_form_behind_a_county() {
        let mut cands = vec![
            cand(EntityType::Park, "浦江茶具小镇", &[]),
            cand(EntityType::Park, "茶具小镇", &[]),
        ];
        merge_park_forms(&mut cands);
        assert_eq!(names(&cands), vec![("浦江茶具小镇", vec!["茶具小镇"])]);
        // behind a word that is no place, the two stay apart
        let mut cands = vec![
            cand(EntityType::Park, "青松茶具小镇", &[]),
            cand(EntityType::Park, "茶具小镇", &[]),
        ];
        merge_park_forms(&mut cands);
        assert_eq!(cands.len(), 2);
    }

    #[test]
    fn generic_parks_are_not_merged_by_their_head() {
        let mut cands = vec![
            cand(EntityType::Park, "青松产业园", &[]),
            cand(EntityType::Park, "产业园", &[]),
        ];
        merge_park_forms(&mut cands);
        assert_eq!(cands.len(), 2);
    }

    #[test]
    fn a_park_named_after_its_parent_park_is_one_with_its_own_name() {
        let mut cands = vec![
            cand(EntityType::Park, "岚山高新区", &[]),
            cand(EntityType::Park, "岚山高新区青屿科技城", &[]),
            cand(EntityType::Park, "青屿科技城", &[]),
        ];
        merge_parks_after_parent(&mut cands);
        assert_eq!(
            names(&cands),
            vec![
                ("岚山高新区", vec![]),
                ("岚山高新区青屿科技城", vec!["青屿科技城"])
            ]
        );
        // without the parent named on its own, the two stay apart
        let mut cands = vec![
            cand(EntityType::Park, "岚山高新区青屿科技城", &[]),
            cand(EntityType::Park, "青屿科技城", &[]),
        ];
        merge_parks_after_parent(&mut cands);
        assert_eq!(cands.len(), 2);
    }

    #[test]
    fn a_zone_named_by_its_county_alone_is_the_one_named_more_fully() {
        let mut cands = vec![
            cand(EntityType::Park, "马山岚石经济开发区", &[]),
            cand(EntityType::Park, "马山经济开发区", &[]),
            cand(EntityType::Park, "马山开发区", &[]),
        ];
        merge_zone_named_by_its_county(&mut cands);
        assert_eq!(
            names(&cands),
            vec![("马山岚石经济开发区", vec!["马山经济开发区", "马山开发区"])]
        );
        // two zones named more fully: which one is meant is unknown
        let mut cands = vec![
            cand(EntityType::Park, "马山岚石经济开发区", &[]),
            cand(EntityType::Park, "马山青屿经济开发区", &[]),
            cand(EntityType::Park, "马山经济开发区", &[]),
        ];
        merge_zone_named_by_its_county(&mut cands);
        assert_eq!(cands.len(), 3);
    }

    #[test]
    fn a_park_opened_by_its_county_and_by_its_zones_unit_there_is_one() {
        let mut cands = vec![
            cand(EntityType::Park, "星澜科学城滨江园无人机智造产业园", &[]),
            cand(EntityType::Park, "滨江区无人机智造产业园", &[]),
        ];
        merge_parks_under_county(&mut cands);
        assert_eq!(
            names(&cands),
            vec![(
                "星澜科学城滨江园无人机智造产业园",
                vec!["滨江区无人机智造产业园"]
            )]
        );
        // a unit in another county is another park
        let mut cands = vec![
            cand(EntityType::Park, "星澜科学城柯桥园无人机智造产业园", &[]),
            cand(EntityType::Park, "滨江区无人机智造产业园", &[]),
        ];
        merge_parks_under_county(&mut cands);
        assert_eq!(cands.len(), 2);
    }
}
