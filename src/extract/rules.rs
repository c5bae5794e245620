//! The recogniser's word lists and thresholds, read once from `data/rules/`.
//!
//! Every list and number a rule consults lives in a data file with a header
//! saying what it is for (embedded with `include_str!`, so the binary needs
//! no files at run time). `Rules::load` checks them; a unit test loads them,
//! so a broken edit fails the tests instead of the first run.

use rustc_hash::FxHashSet;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A rule file's words in their order, with a set for membership: the
/// grammar asks `contains` of its lists for nearly every token, and a scan
/// of a hundred words each time was a twentieth of the ingest.
pub struct WordList {
    words: Vec<&'static str>,
    set: FxHashSet<&'static str>,
}

impl WordList {
    fn new(words: Vec<&'static str>) -> WordList {
        let set = words.iter().copied().collect();
        WordList { words, set }
    }

    /// Is `word` one of the list's words?
    pub fn contains(&self, word: impl AsRef<str>) -> bool {
        self.set.contains(word.as_ref())
    }
}

impl std::ops::Deref for WordList {
    type Target = [&'static str];
    fn deref(&self) -> &[&'static str] {
        &self.words
    }
}

impl<'a> IntoIterator for &'a WordList {
    type Item = &'a &'static str;
    type IntoIter = std::slice::Iter<'a, &'static str>;
    fn into_iter(self) -> Self::IntoIter {
        self.words.iter()
    }
}

impl std::fmt::Debug for WordList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.words.fmt(f)
    }
}

/// Word lists, one field per file of `data/rules/` (same name).
#[derive(Debug)]
pub struct Rules {
    pub firm_suffixes: WordList,
    pub park_suffixes: WordList,
    pub office_titles: WordList,
    pub firm_officer_titles: WordList,
    pub platform_suffixes: WordList,
    pub institution_suffixes: WordList,
    pub industry_words: WordList,
    pub generic_modifiers: WordList,
    pub strong_break_words: WordList,
    pub effort_adverbs: WordList,
    pub firm_break_words: WordList,
    pub non_firm_heads: WordList,
    pub firms_as_modifier: WordList,
    pub tourist_site_heads: WordList,
    pub generic_partners: WordList,
    pub countries: WordList,
    pub economic_regions: WordList,
    pub ambiguous_short_forms: WordList,
    pub person_cue_before: WordList,
    pub enterprise_trades: WordList,
    pub sales_regions: WordList,
    pub school_short_endings: WordList,
    pub generic_district_names: WordList,
    pub person_cue_after: WordList,
    pub firm_short_heads: WordList,
    pub generic_bank_cores: WordList,
    pub role_endings: WordList,
    pub appositive_roles: WordList,
    pub cut_verbs: WordList,
    pub slogan_verbs: WordList,
    pub new_district_marks: WordList,
    pub new_district_generic_words: WordList,
    /// National-level new areas that are places (a district, or counties
    /// administered as a prefecture would), not parks.
    pub new_areas_that_are_places: WordList,
    pub particle_heads: Vec<char>,
    pub glued_prepositions: Vec<char>,
    pub firm_facility_words: WordList,
    pub plant_kinds: WordList,
    pub project_activity_words: WordList,
    pub function_heads: Vec<char>,
    pub live_pronouns: Vec<char>,
    pub level_prefixes: WordList,
    pub level_infixes: WordList,
    pub product_verbs: WordList,
    pub registered_trade_verbs: WordList,
    pub name_head_words: WordList,
    pub firm_before_quote: WordList,
    pub platform_list_heads: WordList,
    pub research_parents: WordList,
    pub research_unit_suffixes: WordList,
    pub short_form_heads: WordList,
    pub place_cue_before: WordList,
    pub place_cue_after: WordList,
    pub name_tags: WordList,
    pub infrastructure_words: WordList,
    pub media_words: WordList,
    pub firm_list_cues: WordList,
    pub kind_quantifiers: WordList,
    pub means_words: WordList,
    pub event_heads: WordList,
    pub venue_heads: WordList,
    pub state_investment_kinds: WordList,
    pub field_project_words: WordList,
    pub field_after_trade: WordList,
    pub technology_acronyms: WordList,
    pub platform_sub_units: WordList,
    pub park_sub_units: WordList,
    pub state_carrier_prefixes: WordList,
    pub park_core_tails: WordList,
    pub title_words: WordList,
    pub thresholds: Thresholds,
}

/// The numbers of `data/rules/thresholds.tsv`; each is explained there.
#[derive(Debug)]
pub struct Thresholds {
    pub common_word_freq: usize,
    pub generic_core_freq: usize,
    pub ordinary_item_freq: usize,
    pub clause_verb_freq: usize,
    pub rare_word_freq: usize,
    pub brand_char_max_freq: usize,
    pub partner_name_freq: usize,
    pub left_window_chars: usize,
    pub firm_core_max_chars: usize,
    pub park_core_max_chars: usize,
    pub platform_core_max_chars: usize,
    pub institution_core_max_chars: usize,
    pub firm_in_name_min_chars: usize,
    pub firm_in_name_max_chars: usize,
    pub project_firm_core_max_chars: usize,
    pub sub_unit_middle_max_chars: usize,
    pub park_carrier_kind_words_max: usize,
    pub min_park_core_chars: usize,
    pub min_unnamed_park_core_chars: usize,
    pub list_mates_min_items: usize,
    pub fixed_name_vote: usize,
    pub proposed_name_vote: usize,
    pub alias_vote: usize,
    pub place_repeats_as_evidence: usize,
    pub listed_short_name_min_chars: usize,
}

static RULES: LazyLock<Rules> = LazyLock::new(Rules::load);

/// The rules, loaded on first use and shared read-only.
pub fn rules() -> &'static Rules {
    &RULES
}

macro_rules! rule_file {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../data/rules/", $name, ".tsv")),
        )
    };
}

impl Rules {
    /// Parses every file. Panics naming the file and line on a malformed
    /// entry: the files are compiled in, and `rules_load` tests them.
    pub fn load() -> Rules {
        Rules {
            firm_suffixes: words(rule_file!("firm_suffixes")),
            park_suffixes: words(rule_file!("park_suffixes")),
            office_titles: words(rule_file!("office_titles")),
            firm_officer_titles: words(rule_file!("firm_officer_titles")),
            platform_suffixes: words(rule_file!("platform_suffixes")),
            institution_suffixes: words(rule_file!("institution_suffixes")),
            industry_words: words(rule_file!("industry_words")),
            generic_modifiers: words(rule_file!("generic_modifiers")),
            strong_break_words: words(rule_file!("strong_break_words")),
            effort_adverbs: words(rule_file!("effort_adverbs")),
            firm_break_words: words(rule_file!("firm_break_words")),
            non_firm_heads: words(rule_file!("non_firm_heads")),
            firms_as_modifier: words(rule_file!("firms_as_modifier")),
            tourist_site_heads: words(rule_file!("tourist_site_heads")),
            generic_partners: words(rule_file!("generic_partners")),
            countries: words(rule_file!("countries")),
            economic_regions: words(rule_file!("economic_regions")),
            ambiguous_short_forms: words(rule_file!("ambiguous_short_forms")),
            person_cue_before: words(rule_file!("person_cue_before")),
            enterprise_trades: words(rule_file!("enterprise_trades")),
            sales_regions: words(rule_file!("sales_regions")),
            school_short_endings: words(rule_file!("school_short_endings")),
            generic_district_names: words(rule_file!("generic_district_names")),
            person_cue_after: words(rule_file!("person_cue_after")),
            firm_short_heads: words(rule_file!("firm_short_heads")),
            generic_bank_cores: words(rule_file!("generic_bank_cores")),
            role_endings: words(rule_file!("role_endings")),
            appositive_roles: words(rule_file!("appositive_roles")),
            cut_verbs: words(rule_file!("cut_verbs")),
            slogan_verbs: words(rule_file!("slogan_verbs")),
            new_district_marks: words(rule_file!("new_district_marks")),
            new_district_generic_words: words(rule_file!("new_district_generic_words")),
            new_areas_that_are_places: new_areas_that_are_places(rule_file!("national_new_areas")),
            particle_heads: chars(rule_file!("particle_heads")),
            glued_prepositions: chars(rule_file!("glued_prepositions")),
            firm_facility_words: words(rule_file!("firm_facility_words")),
            plant_kinds: words(rule_file!("plant_kinds")),
            project_activity_words: words(rule_file!("project_activity_words")),
            function_heads: chars(rule_file!("function_heads")),
            live_pronouns: chars(rule_file!("live_pronouns")),
            level_prefixes: words(rule_file!("level_prefixes")),
            level_infixes: words(rule_file!("level_infixes")),
            product_verbs: words(rule_file!("product_verbs")),
            registered_trade_verbs: words(rule_file!("registered_trade_verbs")),
            name_head_words: words(rule_file!("name_head_words")),
            firm_before_quote: words(rule_file!("firm_before_quote")),
            platform_list_heads: words(rule_file!("platform_list_heads")),
            research_parents: words(rule_file!("research_parents")),
            research_unit_suffixes: words(rule_file!("research_unit_suffixes")),
            short_form_heads: words(rule_file!("short_form_heads")),
            place_cue_before: words(rule_file!("place_cue_before")),
            place_cue_after: words(rule_file!("place_cue_after")),
            name_tags: words(rule_file!("name_tags")),
            infrastructure_words: words(rule_file!("infrastructure_words")),
            media_words: words(rule_file!("media_words")),
            firm_list_cues: words(rule_file!("firm_list_cues")),
            kind_quantifiers: words(rule_file!("kind_quantifiers")),
            means_words: words(rule_file!("means_words")),
            event_heads: words(rule_file!("event_heads")),
            venue_heads: words(rule_file!("venue_heads")),
            state_investment_kinds: words(rule_file!("state_investment_kinds")),
            field_project_words: words(rule_file!("field_project_words")),
            field_after_trade: words(rule_file!("field_after_trade")),
            technology_acronyms: words(rule_file!("technology_acronyms")),
            platform_sub_units: words(rule_file!("platform_sub_units")),
            park_sub_units: words(rule_file!("park_sub_units")),
            state_carrier_prefixes: words(rule_file!("state_carrier_prefixes")),
            park_core_tails: words(rule_file!("park_core_tails")),
            title_words: words(rule_file!("title_words")),
            thresholds: Thresholds::parse(rule_file!("thresholds")),
        }
    }

    /// Is this jieba tag one of the name-like tags (`name_tags.tsv`)?
    pub fn is_name_tag(&self, tag: &str) -> bool {
        self.name_tags.contains(tag)
    }
}

/// The data lines of a rule file: `#` comments and blank lines skipped,
/// the first tab-separated field kept.
fn data_lines(text: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

fn word_vec((name, text): (&str, &'static str)) -> Vec<&'static str> {
    let mut out = Vec::new();
    for (line, fields) in data_lines(text) {
        let word = fields[0];
        assert!(
            !word.contains(char::is_whitespace),
            "data/rules/{name}.tsv line {line}: an entry may not contain spaces: {word:?}"
        );
        out.push(word);
    }
    assert!(!out.is_empty(), "data/rules/{name}.tsv has no entries");
    out
}

/// The new areas of national_new_areas.tsv whose kind makes them places.
fn new_areas_that_are_places((name, text): (&str, &'static str)) -> WordList {
    let mut out = Vec::new();
    for (line, fields) in data_lines(text) {
        match fields.get(1).copied() {
            Some("district" | "counties") => out.push(fields[0]),
            Some("zone") => {}
            other => panic!(
                "data/rules/{name}.tsv line {line}: the kind must be district, counties or zone, found {other:?}"
            ),
        }
    }
    WordList::new(out)
}

fn words(file: (&str, &'static str)) -> WordList {
    WordList::new(word_vec(file))
}

fn chars(file: (&str, &'static str)) -> Vec<char> {
    let (name, _) = file;
    word_vec(file)
        .into_iter()
        .map(|w| {
            let mut cs = w.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => panic!("data/rules/{name}.tsv: one character per line, found {w:?}"),
            }
        })
        .collect()
}

impl Thresholds {
    fn parse((name, text): (&str, &'static str)) -> Thresholds {
        let mut values: HashMap<&str, usize> = HashMap::new();
        for (line, fields) in data_lines(text) {
            let [key, value] = fields[..] else {
                panic!("data/rules/{name}.tsv line {line}: expected NAME<TAB>VALUE");
            };
            let value = value.parse().unwrap_or_else(|_| {
                panic!("data/rules/{name}.tsv line {line}: {value:?} is not a count")
            });
            assert!(
                values.insert(key, value).is_none(),
                "data/rules/{name}.tsv line {line}: {key} given twice"
            );
        }
        let mut take = |key: &str| {
            values
                .remove(key)
                .unwrap_or_else(|| panic!("data/rules/{name}.tsv: {key} is missing"))
        };
        let t = Thresholds {
            common_word_freq: take("common_word_freq"),
            generic_core_freq: take("generic_core_freq"),
            ordinary_item_freq: take("ordinary_item_freq"),
            clause_verb_freq: take("clause_verb_freq"),
            rare_word_freq: take("rare_word_freq"),
            brand_char_max_freq: take("brand_char_max_freq"),
            partner_name_freq: take("partner_name_freq"),
            left_window_chars: take("left_window_chars"),
            firm_core_max_chars: take("firm_core_max_chars"),
            park_core_max_chars: take("park_core_max_chars"),
            platform_core_max_chars: take("platform_core_max_chars"),
            institution_core_max_chars: take("institution_core_max_chars"),
            firm_in_name_min_chars: take("firm_in_name_min_chars"),
            firm_in_name_max_chars: take("firm_in_name_max_chars"),
            project_firm_core_max_chars: take("project_firm_core_max_chars"),
            sub_unit_middle_max_chars: take("sub_unit_middle_max_chars"),
            park_carrier_kind_words_max: take("park_carrier_kind_words_max"),
            min_park_core_chars: take("min_park_core_chars"),
            min_unnamed_park_core_chars: take("min_unnamed_park_core_chars"),
            list_mates_min_items: take("list_mates_min_items"),
            fixed_name_vote: take("fixed_name_vote"),
            proposed_name_vote: take("proposed_name_vote"),
            alias_vote: take("alias_vote"),
            place_repeats_as_evidence: take("place_repeats_as_evidence"),
            listed_short_name_min_chars: take("listed_short_name_min_chars"),
        };
        let unknown: Vec<&&str> = values.keys().collect();
        assert!(
            unknown.is_empty(),
            "data/rules/{name}.tsv: unknown names {unknown:?}"
        );
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_load() {
        let r = Rules::load();
        assert!(r.firm_suffixes.contains("有限公司"));
        assert_eq!(r.particle_heads.len(), 8);
        assert_eq!(r.thresholds.common_word_freq, 300);
        assert!(r.is_name_tag("nz") && !r.is_name_tag("n"));
    }

    #[test]
    fn malformed_rule_files_are_named() {
        let bad = std::panic::catch_unwind(|| words(("demo", "# header\nok\ntwo words\n")));
        assert!(bad.is_err());
        let bad = std::panic::catch_unwind(|| chars(("demo", "ab\n")));
        assert!(bad.is_err());
        let bad =
            std::panic::catch_unwind(|| Thresholds::parse(("demo", "common_word_freq\tmany\n")));
        assert!(bad.is_err());
        assert_eq!(*words(("demo", "# c\n\na\tnote\nb\n")), ["a", "b"]);
    }
}
