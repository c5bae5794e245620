//! China's administrative divisions as a gazetteer: provinces, prefectures,
//! counties (with short forms), development zones (parks) and Zhejiang
//! townships. Built once, shared.

use crate::model::EntityType;
use rustc_hash::FxHashMap;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

const PROVINCES: &str = include_str!("../../data/admin-divisions/provinces.csv");
const CITIES: &str = include_str!("../../data/admin-divisions/cities.csv");
const AREAS: &str = include_str!("../../data/admin-divisions/areas.csv");
const STREETS: &str = include_str!("../../data/admin-divisions/streets.csv");

/// Zhejiang's province code: preferred when a name is ambiguous.
pub const HOME_PROVINCE: &str = "33";

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Province,
    Prefecture,
    County,
    DevZone,
    Township,
}

#[derive(Clone, Debug)]
pub struct Place {
    pub code: String,
    pub full: String,
    pub short: Option<String>,
    /// A district or county-level city's names before it turned into one
    /// (某某县 for 某某区 or 某某市; 某某市 for 某某区): what older articles
    /// and firms registered then still use; and the plain name an
    /// autonomous county or banner goes by (景宁县 for 景宁畲族自治县).
    /// Left out when another place bears the name.
    pub former: Vec<String>,
    /// The abbreviation a name of several parts goes by (察哈尔右翼后旗 →
    /// 察右后旗), where one is formed by rule.
    pub abbreviation: Option<String>,
    pub level: Level,
    /// Index of the parent place (prefecture, or province for counties of
    /// municipalities; county for townships).
    pub parent: Option<usize>,
    pub province: String,
    /// Canonical name, unique across the gazetteer.
    pub canonical: String,
}

impl Place {
    /// An autonomous county or banner (某某族自治县, 某某自治旗): its plain
    /// name (某某县) is the name it goes by today, not a former one.
    pub fn is_autonomous(&self) -> bool {
        self.full.ends_with("自治县") || self.full.ends_with("自治旗")
    }

    pub fn etype(&self) -> EntityType {
        match self.level {
            Level::County => EntityType::County,
            Level::DevZone => EntityType::Park,
            _ => EntityType::Region,
        }
    }
    pub fn surfaces(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.full.as_str())
            .chain(self.short.as_deref())
            .chain(self.former.iter().map(String::as_str))
            .chain(self.abbreviation.as_deref())
    }
}

pub struct Gazetteer {
    pub places: Vec<Place>,
    /// Every surface (full and short) to the places it may denote.
    pub by_surface: FxHashMap<String, Vec<usize>>,
}

pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

pub fn gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

/// Ethnic group names that appear in autonomous county/prefecture names.
const ETHNIC: &[&str] = &[
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
    "各族",
    // five Xinjiang counties name the group without 族 (察布查尔锡伯
    // 自治县, 塔什库尔干塔吉克自治县); what is left must keep two
    // characters, so a province's name keeps its 蒙古
    "哈萨克",
    "塔吉克",
    "锡伯",
    "蒙古",
];

/// Full names too generic to be matched at all.
const GENERIC_FULL: &[&str] = &[
    "市辖区",
    "县",
    "城区",
    "郊区",
    "矿区",
    "新区",
    "开发区",
    "高新区",
];

/// Is `s` a township's name less its 镇 or 乡, anywhere in China (上某庄 of
/// 上某庄镇)? Asked only where jieba cuts a locative (上/f) off a place's
/// word: whether the two belong together as one name.
pub fn is_township_stem(s: &str) -> bool {
    static STEMS: LazyLock<HashSet<String>> = LazyLock::new(|| street_stems(&["镇", "乡"], 3));
    STEMS.contains(s)
}

/// Is `s` the name of a township or a city's street (街道) less its 镇,
/// 乡 or 街道, anywhere in China (某家嘴 of 某家嘴街道)? Such a name in a
/// text is most often the place.
pub fn is_local_place_stem(s: &str) -> bool {
    static STEMS: LazyLock<HashSet<String>> =
        LazyLock::new(|| street_stems(&["街道", "镇", "乡"], 2));
    STEMS.contains(s)
}

/// The names in `streets.csv` that end in one of `suffixes`, less it, of
/// at least `min_chars` characters.
fn street_stems(suffixes: &[&str], min_chars: usize) -> HashSet<String> {
    STREETS
        .lines()
        .skip(1)
        .filter_map(|line| {
            let name = *fields(line).get(1)?;
            let stem = suffixes.iter().find_map(|x| name.strip_suffix(x))?;
            (stem.chars().count() >= min_chars).then(|| stem.to_string())
        })
        .collect()
}

fn fields(line: &str) -> Vec<&str> {
    line.split(',')
        .map(|f| f.trim().trim_matches('"'))
        .collect()
}

fn strip_ethnic(mut s: &str) -> &str {
    loop {
        let mut changed = false;
        for e in ETHNIC {
            if let Some(rest) = s.strip_suffix(e) {
                if rest.chars().count() >= 2 {
                    s = rest;
                    changed = true;
                }
            }
        }
        if !changed {
            return s;
        }
    }
}

/// The abbreviation of a banner of Inner Mongolia named by its league and
/// its wing or position, which the press uses more than the full name:
/// the league's first character, the wing and the position (察哈尔右翼后旗
/// → 察右后旗, 科尔沁左翼中旗 → 科左中旗, 阿拉善左旗 → 阿左旗, 乌拉特前旗
/// → 乌前旗).
fn wing_banner_abbreviation(full: &str) -> Option<String> {
    let rest = full.strip_suffix('旗')?;
    let position = rest.chars().last().filter(|c| "前中后".contains(*c));
    let rest = position.map_or(Some(rest), |p| rest.strip_suffix(p))?;
    let wing = ["左翼", "右翼", "左", "右"]
        .iter()
        .find_map(|w| rest.strip_suffix(w).map(|l| (l, w)));
    let (league, wing) = wing.map_or((rest, None), |(l, w)| (l, w.chars().next()));
    if league.chars().count() < 2 || wing.is_none() && position.is_none() {
        return None;
    }
    let first = league.chars().next()?;
    let wing: String = wing.into_iter().collect();
    let position: String = position.into_iter().collect();
    Some(format!("{first}{wing}{position}旗"))
}

/// Short form of an administrative name: 遂昌县 → 遂昌, 浙江省 → 浙江,
/// 景宁畲族自治县 → 景宁. None when the short form would be under 2 chars.
pub fn short_form(full: &str, level: Level) -> Option<String> {
    let suffixes: &[&str] = match level {
        Level::Province => &[
            "维吾尔自治区",
            "壮族自治区",
            "回族自治区",
            "自治区",
            "特别行政区",
            "省",
            "市",
        ],
        Level::Prefecture => &["自治州", "地区", "盟", "市"],
        Level::County => &["自治县", "自治旗", "林区", "特区", "县", "区", "市", "旗"],
        _ => &[],
    };
    // 浦东新区 → 浦东, 滨海新区 → 滨海 (清新区 → 清新 below)
    if level == Level::County && full.chars().count() >= 4 {
        if let Some(rest) = full.strip_suffix("新区") {
            return Some(rest.to_string());
        }
    }
    for suf in suffixes {
        if let Some(rest) = full.strip_suffix(suf) {
            let rest = strip_ethnic(rest);
            if rest.chars().count() >= 2 && rest != full {
                return Some(rest.to_string());
            }
            return None;
        }
    }
    None
}

impl Gazetteer {
    fn build() -> Gazetteer {
        let mut places = DivisionReader::default().read_all();
        drop_shadowed_short_forms(&mut places);
        add_former_county_names(&mut places);
        let mut by_surface: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, p) in places.iter().enumerate() {
            for s in p.surfaces() {
                by_surface.entry(s.to_string()).or_default().push(i);
            }
        }
        let canonical: Vec<String> = places
            .iter()
            .map(|p| canonical_name(p, &places, &by_surface))
            .collect();
        for (p, c) in places.iter_mut().zip(canonical) {
            p.canonical = c;
        }
        Gazetteer { places, by_surface }
    }

    pub fn lookup(&self, surface: &str) -> &[usize] {
        self.by_surface.get(surface).map_or(&[], Vec::as_slice)
    }

    /// Is `s` the name (full or short) of a province, prefecture or county?
    pub fn is_place(&self, s: &str) -> bool {
        self.lookup(s).iter().any(|&i| {
            matches!(
                self.places[i].level,
                Level::Province | Level::Prefecture | Level::County
            )
        })
    }

    /// Is `s` the full or short name of a division at one of `levels`
    /// (not one of its former names)?
    pub fn names_level(&self, s: &str, levels: &[Level]) -> bool {
        self.lookup(s).iter().any(|&i| {
            let p = &self.places[i];
            levels.contains(&p.level) && (p.full == s || p.short.as_deref() == Some(s))
        })
    }

    /// Ancestors of a place, nearest first.
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = self.places[i].parent;
        while let Some(p) = cur {
            out.push(p);
            cur = self.places[p].parent;
        }
        out
    }
}

/// Reads the four division files, each row linked to its parent row.
#[derive(Default)]
struct DivisionReader {
    places: Vec<Place>,
    province_at: HashMap<String, usize>,
    city_at: HashMap<String, usize>,
    area_at: HashMap<String, usize>,
}

impl DivisionReader {
    fn read_all(mut self) -> Vec<Place> {
        self.provinces();
        self.cities();
        self.areas();
        self.townships();
        self.places
    }

    fn push(
        &mut self,
        code: &str,
        full: &str,
        level: Level,
        parent: Option<usize>,
        province: &str,
    ) {
        let abbreviation = (level == Level::County)
            .then(|| wing_banner_abbreviation(full))
            .flatten();
        // a wing banner's name less 旗 (某某右翼前) is no form anyone writes
        let short = match level {
            _ if abbreviation.is_some() => None,
            Level::Province | Level::Prefecture | Level::County => short_form(full, level),
            Level::DevZone | Level::Township => None,
        };
        self.places.push(Place {
            code: code.to_string(),
            full: full.to_string(),
            short,
            former: Vec::new(),
            abbreviation,
            level,
            parent,
            province: province.to_string(),
            canonical: String::new(),
        });
    }

    fn provinces(&mut self) {
        for f in PROVINCES
            .lines()
            .skip(1)
            .map(fields)
            .filter(|f| f.len() >= 2)
        {
            self.province_at.insert(f[0].to_string(), self.places.len());
            self.push(f[0], f[1], Level::Province, None, f[0]);
        }
    }

    fn cities(&mut self) {
        for f in CITIES.lines().skip(1).map(fields) {
            if f.len() < 3 || GENERIC_FULL.contains(&f[1]) {
                continue;
            }
            self.city_at.insert(f[0].to_string(), self.places.len());
            let parent = self.province_at.get(f[2]).copied();
            self.push(f[0], f[1], Level::Prefecture, parent, f[2]);
        }
    }

    /// Counties, and development zones (code digit 5 is 7) without a short
    /// form.
    fn areas(&mut self) {
        for f in AREAS.lines().skip(1).map(fields) {
            if f.len() < 4 || GENERIC_FULL.contains(&f[1]) || f[1].chars().count() < 2 {
                continue;
            }
            let dev = f[0].chars().nth(4) == Some('7');
            let level = if dev { Level::DevZone } else { Level::County };
            let parent = self
                .city_at
                .get(f[2])
                .or_else(|| self.province_at.get(f[3]))
                .copied();
            // a prefecture without counties (东莞市, 中山市) is listed again
            // at this level: it stays a prefecture, and its towns' parent
            if let Some(city) = parent.filter(|&c| self.places[c].full == f[1]) {
                self.area_at.insert(f[0].to_string(), city);
                continue;
            }
            self.area_at.insert(f[0].to_string(), self.places.len());
            self.push(f[0], f[1], level, parent, f[3]);
        }
    }

    /// Townships of the home province. Only real ones: the statistical
    /// units of this level (开发区, 工业园区, farms…) carry generic names.
    fn townships(&mut self) {
        for f in STREETS.lines().skip(1).map(fields) {
            if f.len() < 5 || f[3] != HOME_PROVINCE || f[1].chars().count() < 3 {
                continue;
            }
            if !["镇", "乡", "街道"].iter().any(|s| f[1].ends_with(s)) {
                continue;
            }
            let parent = self.area_at.get(f[2]).copied();
            self.push(f[0], f[1], Level::Township, parent, f[3]);
        }
    }
}

/// A short form that equals another place's full name is not used.
fn drop_shadowed_short_forms(places: &mut [Place]) {
    let fulls: std::collections::HashSet<String> = places.iter().map(|p| p.full.clone()).collect();
    for p in places.iter_mut() {
        if p.short.as_ref().is_some_and(|s| fulls.contains(s)) {
            p.short = None;
        }
    }
}

/// Gives each district and county-level city its names as a county and
/// (for a district) as a county-level city, and each autonomous county or
/// banner its plain name (see `Place::former`), unless a
/// place has that name as its full or short form, or two places would
/// share it.
fn add_former_county_names(places: &mut [Place]) {
    let taken: std::collections::HashSet<String> = places
        .iter()
        .flat_map(|p| std::iter::once(p.full.clone()).chain(p.short.clone()))
        .collect();
    let former_of = |p: &Place| -> Vec<String> {
        let Some(short) = p.short.as_ref().filter(|_| p.level == Level::County) else {
            return Vec::new();
        };
        let suffixes: &[char] = match p.full.chars().last() {
            Some('区') => &['县', '市'],
            Some('市') => &['县'],
            Some('县') if p.is_autonomous() => &['县'],
            Some('旗') if p.is_autonomous() => &['旗'],
            _ => &[],
        };
        suffixes
            .iter()
            .map(|suffix| format!("{short}{suffix}"))
            .filter(|name| !taken.contains(name))
            .collect()
    };
    let mut count: HashMap<String, usize> = HashMap::new();
    for p in places.iter() {
        for name in former_of(p) {
            *count.entry(name).or_default() += 1;
        }
    }
    for p in places.iter_mut() {
        p.former = former_of(p)
            .into_iter()
            .filter(|name| count[name] == 1)
            .collect();
    }
}

/// A place's canonical name: townships and zones by their full form; others
/// by their short form when unambiguous, else their full form when
/// unambiguous, else parent's short form + full form.
fn canonical_name(
    p: &Place,
    places: &[Place],
    by_surface: &FxHashMap<String, Vec<usize>>,
) -> String {
    let unique = |s: &String| by_surface.get(s).map_or(0, Vec::len) == 1;
    if p.level == Level::Township || p.level == Level::DevZone {
        return p.full.clone();
    }
    if let Some(s) = p.short.as_ref().filter(|s| unique(s)) {
        return s.clone();
    }
    if unique(&p.full) {
        return p.full.clone();
    }
    let parent = p.parent.map(|i| {
        let q = &places[i];
        q.short.clone().unwrap_or_else(|| q.full.clone())
    });
    format!("{}{}", parent.unwrap_or_default(), p.full)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(full: &str, level: Level, expected: Option<&str>) {
        assert_eq!(short_form(full, level).as_deref(), expected, "{full}");
    }

    #[test]
    fn a_district_or_city_that_was_a_county_answers_to_its_county_name() {
        let g = gazetteer();
        let full_of = |s: &str| -> Vec<&str> {
            g.lookup(s)
                .iter()
                .map(|&i| g.places[i].full.as_str())
                .collect()
        };
        assert_eq!(full_of("湟中县"), vec!["湟中区"]);
        assert_eq!(full_of("米林县"), vec!["米林市"]);
        // a county of that name keeps it: 抚顺县 is not 抚顺市
        assert_eq!(full_of("抚顺县"), vec!["抚顺县"]);
        // an autonomous county or banner answers to its plain name
        assert_eq!(full_of("景宁县"), vec!["景宁畲族自治县"]);
        assert_eq!(full_of("察布查尔县"), vec!["察布查尔锡伯自治县"]);
        assert_eq!(full_of("鄂伦春旗"), vec!["鄂伦春自治旗"]);
    }

    #[test]
    fn short_forms() {
        check("浦东新区", Level::County, Some("浦东"));
        check("清新区", Level::County, Some("清新"));
        check("桐庐县", Level::County, Some("桐庐"));
        check("余姚市", Level::County, Some("余姚"));
        check("临平区", Level::County, Some("临平"));
        check("沙县", Level::County, None);
        check("宁波市", Level::Prefecture, Some("宁波"));
        check("湖南省", Level::Province, Some("湖南"));
        check("广西壮族自治区", Level::Province, Some("广西"));
        check("峨边彝族自治县", Level::County, Some("峨边"));
        check("察布查尔锡伯自治县", Level::County, Some("察布查尔"));
        check("和布克赛尔蒙古自治县", Level::County, Some("和布克赛尔"));
        assert_eq!(
            wing_banner_abbreviation("察哈尔右翼后旗").as_deref(),
            Some("察右后旗")
        );
        assert_eq!(
            wing_banner_abbreviation("科尔沁左翼中旗").as_deref(),
            Some("科左中旗")
        );
        assert_eq!(
            wing_banner_abbreviation("阿拉善左旗").as_deref(),
            Some("阿左旗")
        );
        assert_eq!(
            wing_banner_abbreviation("鄂托克前旗").as_deref(),
            Some("鄂前旗")
        );
        assert_eq!(wing_banner_abbreviation("四子王旗"), None);
        assert_eq!(wing_banner_abbreviation("喀喇沁左翼蒙古族自治县"), None);
    }

    #[test]
    fn hierarchy_and_dev_zones() {
        let g = gazetteer();
        let i = g.lookup("桐庐县")[0];
        let p = &g.places[i];
        assert_eq!(p.level, Level::County);
        assert_eq!(p.code, "330122");
        let anc = g.ancestors(i);
        assert_eq!(g.places[anc[0]].full, "杭州市");
        assert_eq!(g.places[anc[1]].full, "浙江省");
        assert_eq!(p.canonical, "桐庐");
        let z = g.lookup("石家庄高新技术产业开发区");
        assert_eq!(g.places[z[0]].level, Level::DevZone);
        assert!(g.is_place("宁波"));
        assert!(!g.is_place("市辖区"));
        // a prefecture without counties is listed once, as a prefecture
        let levels: Vec<Level> = g
            .lookup("东莞市")
            .iter()
            .map(|&i| g.places[i].level)
            .collect();
        assert_eq!(levels, vec![Level::Prefecture]);
    }
}
