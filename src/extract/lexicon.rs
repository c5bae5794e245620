//! Corpus-level resolution: every surface form a run knows, resolved to
//! one entity.
//!
//! `build` runs five named steps:
//! 1. `seed_gazetteer`: every administrative division, with its full and
//!    short forms;
//! 2. `collect_known`, `collect_user`, `collect_discovered`: the entities
//!    already stored and the user's lexicon (both *fixed*), then what the
//!    documents proposed;
//! 3. `TypeVotes`: each normalised surface gets the type most records give
//!    it (fixed names outweigh proposals);
//! 4. `screen_records` drops proposals of the wrong type, vetoed or taken by
//!    the gazetteer, and `union_by_alias` joins records that share a
//!    (type, normalised alias);
//! 5. `add_group` names each group (a fixed name, else the longest, then
//!    most frequent) and adds it to the table.

use super::discover::{grammar, Discovered};
use super::gazetteer::gazetteer;
use super::link::LinkIndex;
use super::rules::rules;
use super::run_text::RunText;
use super::UserLexicon;
use crate::model::normalize_name;
use crate::model::{EntityAttrs, EntityKey, EntityRecord, EntityType};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The lexicon could not be made into a matching index (more characters
/// of names than its node ids can number).
#[derive(Debug, thiserror::Error)]
#[error("cannot build the matching index over {surfaces} names")]
pub struct LexiconError {
    pub surfaces: usize,
    #[source]
    pub source: super::name_trie::TooManyNames,
}

/// Every known surface form, resolved to its entity.
#[derive(Debug)]
pub struct Lexicon {
    pub entities: Vec<EntityRecord>,
    /// Per document hash: surfaces discovered there.
    pub(super) evidence: HashMap<String, HashSet<String>>,
    /// Surfaces the user declared: never risky.
    pub(super) user_surfaces: HashSet<String>,
    /// Surfaces the user vetoed.
    pub(super) stop: HashSet<String>,
    index: LinkIndex,
}

impl Lexicon {
    /// Number of distinct surfaces known.
    pub fn surface_count(&self) -> usize {
        self.index().targets.len()
    }

    /// The matching index.
    pub(super) fn index(&self) -> &LinkIndex {
        &self.index
    }
}

/// Entities in insertion order, findable by key.
#[derive(Default)]
struct EntityTable {
    entities: Vec<EntityRecord>,
    /// FxHash here, in `TypeVotes` and in `union_by_alias`: every ingest
    /// runs them over every stored name, and SipHash was a third of that.
    by_key: FxHashMap<EntityKey, usize>,
}

impl EntityTable {
    fn get(&self, key: &EntityKey) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    fn push(&mut self, record: EntityRecord) {
        self.by_key.insert(record.key.clone(), self.entities.len());
        self.entities.push(record);
    }

    /// Adds the forms an entity does not have yet, in order.
    fn add_aliases<'a>(&mut self, i: usize, aliases: impl IntoIterator<Item = &'a String>) {
        for a in aliases {
            if !self.entities[i].aliases.contains(a) {
                self.entities[i].aliases.push(a.clone());
            }
        }
    }
}

/// A name offered to the lexicon, before resolution.
struct Record {
    etype: EntityType,
    name: String,
    aliases: Vec<String>,
    /// Stored or declared by the user: never voted away.
    fixed: bool,
    attrs: EntityAttrs,
}

/// Resolves the proposals of a run, with what is already stored and the
/// user's lexicon, into one `Lexicon`.
pub(super) fn build<'a>(
    user: &UserLexicon,
    stop: &HashSet<String>,
    discovered: impl IntoIterator<Item = &'a Discovered>,
    known: &[EntityRecord],
    run_text: Option<&RunText>,
) -> Result<Lexicon, LexiconError> {
    let discovered: Vec<&Discovered> = discovered.into_iter().collect();
    let mut table = seed_gazetteer();
    let gazetteer_entities = table.entities.len();
    let mut records = Vec::new();
    match run_text {
        Some(run_text) => {
            let matter = known_that_matter(known, run_text, proposed_names(user, &discovered));
            collect_known(&mut table, matter, &mut records);
        }
        None => collect_known(&mut table, known.iter(), &mut records),
    }
    let user_surfaces = collect_user(&mut table, gazetteer_entities, user, &mut records);
    let evidence = collect_discovered(discovered, &mut records);
    let votes = TypeVotes::count(&records);
    let keep = screen_records(&mut records, &votes, stop);
    for members in union_by_alias(&records, &keep).values() {
        add_group(&mut table, &records, members);
    }
    let mut lexicon = Lexicon {
        entities: table.entities,
        evidence,
        user_surfaces,
        stop: stop.clone(),
        index: LinkIndex::empty(),
    };
    lexicon.index = LinkIndex::build(&lexicon, run_text)?;
    Ok(lexicon)
}

/// Step 1: every administrative division, named by its canonical form,
/// with its full and short forms as aliases.
fn seed_gazetteer() -> EntityTable {
    let g = gazetteer();
    let mut table = EntityTable::default();
    for p in &g.places {
        let key = EntityKey::new(p.etype(), p.canonical.clone());
        if table.get(&key).is_some() {
            continue;
        }
        let mut aliases = vec![p.full.clone()];
        aliases.extend(p.short.clone());
        aliases.extend(p.former.iter().cloned());
        aliases.extend(p.abbreviation.clone());
        table.push(EntityRecord {
            key,
            attrs: EntityAttrs {
                admin_code: Some(p.code.clone()),
                parent: p.parent.map(|i| g.places[i].canonical.clone()),
                county: None,
            },
            aliases,
        });
    }
    table
}

/// Step 2a: stored entities. A stored place adds its aliases to the
/// gazetteer's entity; any other is a fixed record.
fn collect_known<'k>(
    table: &mut EntityTable,
    known: impl IntoIterator<Item = &'k EntityRecord>,
    records: &mut Vec<Record>,
) {
    for k in known {
        if let Some(i) = table.get(&k.key) {
            table.add_aliases(i, &k.aliases);
            continue;
        }
        records.push(Record {
            etype: k.key.etype,
            name: k.key.canonical.clone(),
            aliases: k.aliases.clone(),
            fixed: true,
            attrs: k.attrs.clone(),
        });
    }
}

/// Step 2a, for a run that links only the documents in `run_text`: the
/// stored entities that can matter to it. They are those with a name its
/// documents may hold, then, until no more are added, those sharing a
/// normalised name with one that matters or with a name the run proposes
/// or the user declares. Any other stored entity can neither be linked in
/// the run nor change how its names are grouped or typed (records meet
/// only through shared normalised names, in `TypeVotes` and
/// `union_by_alias`).
fn known_that_matter<'k>(
    known: &'k [EntityRecord],
    run_text: &RunText,
    mut names: FxHashSet<String>,
) -> impl Iterator<Item = &'k EntityRecord> {
    let all_names = |k: &'k EntityRecord| std::iter::once(&k.key.canonical).chain(&k.aliases);
    let mut matters: Vec<bool> = known
        .iter()
        .map(|k| all_names(k).any(|a| run_text.may_hold(a)))
        .collect();
    let mut added: Vec<usize> = (0..known.len()).filter(|&i| matters[i]).collect();
    while !added.is_empty() {
        for &i in &added {
            names.extend(all_names(&known[i]).map(|a| normalize_name(a)));
        }
        added = (0..known.len())
            .filter(|&i| {
                !matters[i] && all_names(&known[i]).any(|a| names.contains(&normalize_name(a)))
            })
            .collect();
        for &i in &added {
            matters[i] = true;
        }
    }
    known
        .iter()
        .zip(matters)
        .filter(|(_, m)| *m)
        .map(|(k, _)| k)
}

/// The normalised names a run proposes and the user declares.
fn proposed_names(user: &UserLexicon, discovered: &[&Discovered]) -> FxHashSet<String> {
    let candidates = discovered.iter().flat_map(|d| &d.candidates);
    let proposed = candidates.flat_map(|c| std::iter::once(&c.key.canonical).chain(&c.aliases));
    let declared = user
        .entries
        .iter()
        .flat_map(|(surface, _, canonical)| [surface, canonical]);
    proposed
        .chain(declared)
        .map(|a| normalize_name(a))
        .collect()
}

/// Step 2b: the user's lexicon. An alias of a gazetteer place goes onto
/// the place; any other entry is a fixed record. Returns every surface the
/// user named (never risky when linking).
fn collect_user(
    table: &mut EntityTable,
    gazetteer_entities: usize,
    user: &UserLexicon,
    records: &mut Vec<Record>,
) -> HashSet<String> {
    let mut user_surfaces = HashSet::new();
    for (surface, etype, canonical) in &user.entries {
        user_surfaces.insert(surface.clone());
        user_surfaces.insert(canonical.clone());
        let place = table
            .get(&EntityKey::new(*etype, canonical.clone()))
            .filter(|&i| i < gazetteer_entities);
        if let Some(i) = place {
            table.add_aliases(i, [surface]);
            continue;
        }
        records.push(Record {
            etype: *etype,
            name: canonical.clone(),
            aliases: vec![surface.clone(), canonical.clone()],
            fixed: true,
            attrs: EntityAttrs::default(),
        });
    }
    user_surfaces
}

/// Step 2c: what the documents proposed (generic firm names left out),
/// and per document the surfaces seen there.
fn collect_discovered<'a>(
    discovered: impl IntoIterator<Item = &'a Discovered>,
    records: &mut Vec<Record>,
) -> HashMap<String, HashSet<String>> {
    let mut evidence: HashMap<String, HashSet<String>> = HashMap::new();
    for d in discovered {
        evidence
            .entry(d.doc_hash.clone())
            .or_default()
            .extend(d.observed.iter().cloned());
        for c in &d.candidates {
            let generic =
                |s: &str| c.key.etype == EntityType::Firm && grammar::is_generic_firm_name(s);
            if generic(&c.key.canonical) {
                continue;
            }
            records.push(Record {
                etype: c.key.etype,
                name: c.key.canonical.clone(),
                aliases: c.aliases.iter().filter(|a| !generic(a)).cloned().collect(),
                fixed: false,
                attrs: c.attrs.clone(),
            });
        }
    }
    evidence
}

/// Step 3: per normalised surface, the weight of each type records give it.
struct TypeVotes(FxHashMap<String, BTreeMap<EntityType, usize>>);

impl TypeVotes {
    fn count(records: &[Record]) -> TypeVotes {
        let t = &rules().thresholds;
        let mut votes: FxHashMap<String, BTreeMap<EntityType, usize>> = FxHashMap::default();
        let mut vote = |surface: &str, etype: EntityType, weight: usize| {
            *votes
                .entry(normalize_name(surface))
                .or_default()
                .entry(etype)
                .or_default() += weight;
        };
        for r in records {
            let weight = if r.fixed {
                t.fixed_name_vote
            } else {
                t.proposed_name_vote
            };
            vote(&r.name, r.etype, weight);
            for a in r.aliases.iter().filter(|a| **a != r.name) {
                vote(a, r.etype, t.alias_vote);
            }
        }
        TypeVotes(votes)
    }

    /// The type with the most weight (ties: the type listed first).
    fn best(&self, surface: &str) -> Option<EntityType> {
        self.0.get(&normalize_name(surface)).and_then(|m| {
            m.iter()
                .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
                .map(|(t, _)| *t)
        })
    }
}

/// Step 4a: which records stay. A proposal goes when its name votes for
/// another type, is vetoed or is a gazetteer surface; a proposal's aliases
/// keep only forms of its type that are not places. Every record that
/// stays lists its own name first among its aliases.
fn screen_records(records: &mut [Record], votes: &TypeVotes, stop: &HashSet<String>) -> Vec<bool> {
    let g = gazetteer();
    let mut keep = vec![true; records.len()];
    for (i, r) in records.iter_mut().enumerate() {
        if !r.fixed {
            let wrong_type = votes.best(&r.name) != Some(r.etype);
            if wrong_type || stop.contains(&r.name) || g.by_surface.contains_key(&r.name) {
                keep[i] = false;
                continue;
            }
            let etype = r.etype;
            r.aliases.retain(|a| {
                votes.best(a) == Some(etype)
                    && !g.by_surface.contains_key(a)
                    && !grammar::is_place_word(a)
            });
        }
        r.aliases.retain(|a| !stop.contains(a));
        if !r.aliases.contains(&r.name) {
            r.aliases.insert(0, r.name.clone());
        }
    }
    keep
}

/// Step 4b: records that share a (type, normalised alias) are one entity.
/// Returns the groups by their root, each in record order.
fn union_by_alias(records: &[Record], keep: &[bool]) -> BTreeMap<usize, Vec<usize>> {
    let mut parent: Vec<usize> = (0..records.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut owner: FxHashMap<(EntityType, String), usize> = FxHashMap::default();
    for (i, r) in records.iter().enumerate().filter(|(i, _)| keep[*i]) {
        for a in &r.aliases {
            let key = (r.etype, normalize_name(a));
            match owner.get(&key) {
                Some(&j) => {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    if ri != rj {
                        parent[ri] = rj;
                    }
                }
                None => {
                    owner.insert(key, i);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in (0..records.len()).filter(|&i| keep[i]) {
        groups.entry(root(&mut parent, i)).or_default().push(i);
    }
    groups
}

/// Step 5: one entity for a group: named by its fixed record if it has
/// one, else by its longest name (then the most frequent, then the first
/// in order); an entity of that key already in the table gains the aliases.
fn add_group(table: &mut EntityTable, records: &[Record], members: &[usize]) {
    let mut aliases: Vec<String> = Vec::new();
    for a in members.iter().flat_map(|&m| &records[m].aliases) {
        if !aliases.contains(a) {
            aliases.push(a.clone());
        }
    }
    let key = EntityKey::new(records[members[0]].etype, group_name(records, members));
    if let Some(i) = table.get(&key) {
        table.add_aliases(i, &aliases);
        return;
    }
    let attrs = members
        .iter()
        .map(|&m| records[m].attrs.clone())
        .find(|a| !a.is_empty())
        .unwrap_or_default();
    table.push(EntityRecord {
        key,
        attrs,
        aliases,
    });
}

/// The canonical name of a group (see `add_group`).
fn group_name(records: &[Record], members: &[usize]) -> String {
    if let Some(&m) = members.iter().find(|&&m| records[m].fixed) {
        return records[m].name.clone();
    }
    let mut count: HashMap<&str, usize> = HashMap::new();
    for &m in members {
        *count.entry(records[m].name.as_str()).or_default() += 1;
    }
    let mut names: Vec<&str> = members.iter().map(|&m| records[m].name.as_str()).collect();
    names.sort_by(|a, b| {
        b.chars()
            .count()
            .cmp(&a.chars().count())
            .then(count[b].cmp(&count[a]))
            .then(a.cmp(b))
    });
    names[0].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(etype: EntityType, name: &str, aliases: &[&str], fixed: bool) -> Record {
        Record {
            etype,
            name: name.to_string(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            fixed,
            attrs: EntityAttrs::default(),
        }
    }

    #[test]
    fn a_fixed_name_outvotes_any_number_of_proposals() {
        let mut records = vec![record(EntityType::Park, "青岚智谷", &[], true)];
        for _ in 0..20 {
            records.push(record(EntityType::Platform, "青岚智谷", &[], false));
        }
        let votes = TypeVotes::count(&records);
        assert_eq!(votes.best("青岚智谷"), Some(EntityType::Park));
        assert_eq!(votes.best("没有的名字"), None);
    }

    #[test]
    fn screening_drops_wrong_types_vetoes_and_place_aliases() {
        let mut records = vec![
            record(EntityType::Firm, "青岚智谷", &[], false),
            record(EntityType::Park, "青岚智谷", &[], false),
            record(EntityType::Park, "青岚智谷", &[], false),
            record(EntityType::Firm, "禁用名", &[], false),
            record(
                EntityType::Firm,
                "翠微光电有限公司",
                &["翠微光电", "杭州"],
                false,
            ),
        ];
        let votes = TypeVotes::count(&records);
        let stop: HashSet<String> = ["禁用名".to_string()].into();
        let keep = screen_records(&mut records, &votes, &stop);
        assert_eq!(keep, vec![false, true, true, false, true]);
        assert_eq!(records[4].aliases, vec!["翠微光电有限公司", "翠微光电"]);
    }

    #[test]
    fn records_sharing_a_form_of_one_type_are_one_group() {
        let records = vec![
            record(
                EntityType::Firm,
                "翠微光电有限公司",
                &["翠微光电有限公司", "翠微光电"],
                false,
            ),
            record(EntityType::Park, "翠微园", &["翠微园"], false),
            record(EntityType::Firm, "翠微光电", &["翠微光电"], false),
        ];
        let groups = union_by_alias(&records, &[true, true, true]);
        let mut members: Vec<Vec<usize>> = groups.into_values().collect();
        members.sort();
        assert_eq!(members, vec![vec![0, 2], vec![1]]);
    }

    #[test]
    fn a_group_is_named_by_its_fixed_record_else_its_longest_name() {
        let records = vec![
            record(EntityType::Firm, "翠微光电", &[], false),
            record(EntityType::Firm, "翠微光电有限公司", &[], false),
            record(EntityType::Firm, "翠微", &[], true),
        ];
        assert_eq!(group_name(&records, &[0, 1]), "翠微光电有限公司");
        assert_eq!(group_name(&records, &[0, 1, 2]), "翠微");
    }
}
