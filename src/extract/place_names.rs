//! Which administrative divisions a longer name contains: the county of a
//! park (浙江某某经济开发区 → 某某) and a county named in full inside a
//! firm's or park's name (evidence for its short form).

use super::gazetteer::{self, gazetteer, Level};

/// Counties a surface names (only by their full form when `full_only`),
/// and those of them in the home province.
fn counties_named(surface: &str, full_only: bool) -> (Vec<usize>, Vec<usize>) {
    counties_by(surface, |p| !full_only || p.full == surface)
}

fn counties_by(
    surface: &str,
    written_so: impl Fn(&gazetteer::Place) -> bool,
) -> (Vec<usize>, Vec<usize>) {
    let g = gazetteer();
    let hits: Vec<usize> = g
        .lookup(surface)
        .iter()
        .copied()
        .filter(|&i| g.places[i].level == Level::County && written_so(&g.places[i]))
        .collect();
    let home = hits
        .iter()
        .copied()
        .filter(|&i| g.places[i].province == gazetteer::HOME_PROVINCE)
        .collect();
    (hits, home)
}

/// Is `surface` some county's full name (某某县, 某某区)?
pub fn is_county_full_name(surface: &str) -> bool {
    !counties_named(surface, true).0.is_empty()
}

/// Is `surface` a name some county went by before (某某县 of a district
/// that was one)?
pub fn is_county_former_name(surface: &str) -> bool {
    let g = gazetteer();
    g.lookup(surface).iter().any(|&i| {
        g.places[i].level == Level::County && g.places[i].former.iter().any(|f| f == surface)
    })
}

/// The county whose name (full or short) opens a longer name, the longest
/// such opening, when the name is no other place's: 某某 of 某某经济开发区.
pub(super) fn county_opening_name(name: &str) -> Option<usize> {
    county_opening(&name.chars().collect::<Vec<_>>())
}

/// The county that opens a name after its own province or prefecture
/// (云南某某经济技术开发区), when the rest is no other place's.
pub(super) fn county_after_its_parent(name: &str) -> Option<usize> {
    let cs: Vec<char> = name.chars().collect();
    let g = gazetteer();
    (2..cs.len().min(6)).rev().find_map(|b| {
        let parents = g.lookup(&cs[..b].iter().collect::<String>());
        let county = county_opening(&cs[b..])?;
        let ancestors = g.ancestors(county);
        parents
            .iter()
            .any(|p| ancestors.contains(p))
            .then_some(county)
    })
}

fn county_opening(cs: &[char]) -> Option<usize> {
    let g = gazetteer();
    (2..cs.len().min(9))
        .rev()
        .find_map(|b| match g.lookup(&cs[..b].iter().collect::<String>()) {
            &[only] if g.places[only].level == Level::County => Some(only),
            _ => None,
        })
}

/// The county a park's name gives in brackets, by its full or short name
/// (某市某区(某某)产业转移工业园: the county that hosts the park), when
/// the name is no other place's.
pub(super) fn county_in_brackets(name: &str) -> Option<usize> {
    let g = gazetteer();
    name.split('(').skip(1).find_map(|rest| {
        let inside = rest.split(')').next()?;
        match g.lookup(inside) {
            &[only] if g.places[only].level == Level::County => Some(only),
            _ => None,
        }
    })
}

/// The county whose full form (某某县, 某某市) a longer name contains, if
/// exactly one county (Zhejiang preferred) has that full form. A
/// two-character full form (某县, 某旗) counts only opening the name: inside
/// one it is as often a chance pair of characters (…和县…).
pub(super) fn county_full_in_name(name: &str) -> Option<usize> {
    let cs: Vec<char> = name.chars().collect();
    for a in 0..cs.len() {
        let shortest = if a == 0 && matches!(cs.get(1), Some('县' | '旗')) {
            2
        } else {
            3
        };
        for b in (a + shortest..=cs.len().min(a + 8)).rev() {
            if b == cs.len() && a == 0 {
                continue;
            }
            let sub: String = cs[a..b].iter().collect();
            // a county's name before it became a city or district (某某县委
            // of today's 某某市) places the body there as its name today does
            let (hits, home) = counties_by(&sub, |p| p.full == sub || p.former.contains(&sub));
            if home.len() == 1 {
                return Some(home[0]);
            }
            if hits.len() == 1 {
                return Some(hits[0]);
            }
        }
    }
    None
}

/// The county a park's name places it in: 浙江某某经济开发区 → 某某
/// (Zhejiang counties preferred; ambiguous names elsewhere are not used).
pub fn county_in_name(name: &str) -> Option<String> {
    let g = gazetteer();
    let cs: Vec<char> = name.chars().collect();
    for a in 0..cs.len() {
        for b in (a + 2..=cs.len().min(a + 8)).rev() {
            let sub: String = cs[a..b].iter().collect();
            let (hits, home) = counties_named(&sub, false);
            let pick = if home.len() == 1 {
                Some(home[0])
            } else if hits.len() == 1 && g.places[hits[0]].full == sub {
                Some(hits[0])
            } else {
                None
            };
            if let Some(i) = pick {
                return Some(g.places[i].canonical.clone());
            }
        }
    }
    None
}
