//! From a name a person types to one entity: canonical names first, then
//! aliases; several candidates is an error listing them, none an error
//! suggesting the closest known names.

use super::{GraphError, Node, Result};
use crate::model::EntityType;
use crate::store::Store;
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Candidate {
    pub id: i64,
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub name: String,
}

/// Resolves `name` (canonical or alias), optionally restricted to a type.
pub fn resolve(store: &Store, name: &str, etype: Option<EntityType>) -> Result<Node> {
    let name = name.trim();
    let mut found = store.entities_named(name, etype)?;
    if found.is_empty() {
        found = store.entities_with_alias(name, etype)?;
    }
    if found.is_empty() && name.chars().any(|c| c.is_ascii_alphabetic()) {
        found = store.entities_named_nocase(name, etype)?;
    }
    match found.len() {
        1 => Ok(found.remove(0).into()),
        0 => Err(GraphError::UnknownName {
            name: name.to_string(),
            suggestions: suggest(store, name, etype, 5)?,
        }),
        _ => Err(GraphError::Ambiguous {
            name: name.to_string(),
            candidates: found
                .into_iter()
                .map(|e| Candidate {
                    id: e.id,
                    etype: e.etype,
                    name: e.name,
                })
                .collect(),
        }),
    }
}

/// Resolves what a person typed: `NAME` or `TYPE:NAME` (`park:南太湖新区`).
/// `hint` settles an ambiguous bare name when one candidate has that type.
pub fn resolve_spec(store: &Store, spec: &str, hint: Option<EntityType>) -> Result<Node> {
    if let Some((prefix, rest)) = spec.split_once(':') {
        if let Some(t) = EntityType::parse(prefix.trim()) {
            return resolve(store, rest, Some(t));
        }
    }
    match resolve(store, spec, None) {
        Err(GraphError::Ambiguous { .. }) if hint.is_some() => resolve(store, spec, hint),
        other => other,
    }
}

/// Characters of a typed name compared when suggesting.
const MAX_COMPARED: usize = 64;

/// The `limit` known entities whose name or an alias is closest to
/// `name`: substring matches first, then by edit distance and shared
/// characters.
pub fn suggest(
    store: &Store,
    name: &str,
    etype: Option<EntityType>,
    limit: usize,
) -> Result<Vec<Candidate>> {
    // Bounded work whatever was typed: a name is compared by its first
    // MAX_COMPARED characters (no stored name is longer), and only with
    // names sharing a character with it; Latin case never keeps a name
    // from being suggested (holovis → HOLOVIS).
    let query: Vec<char> = name.to_lowercase().chars().take(MAX_COMPARED).collect();
    if query.is_empty() {
        return Ok(Vec::new());
    }
    let chars: std::collections::HashSet<char> = query.iter().copied().collect();
    let mut best: HashMap<i64, (f64, Candidate)> = HashMap::new();
    for (id, t, canonical, alias) in store.all_names()? {
        if etype.is_some_and(|e| e != t)
            || !alias.to_lowercase().chars().any(|c| chars.contains(&c))
        {
            continue;
        }
        let a: Vec<char> = alias.to_lowercase().chars().take(MAX_COMPARED).collect();
        let score = similarity(&query, &a);
        if score <= 0.0 {
            continue;
        }
        let entry = best.entry(id).or_insert((
            f64::MIN,
            Candidate {
                id,
                etype: t,
                name: canonical,
            },
        ));
        if score > entry.0 {
            entry.0 = score;
        }
    }
    let mut v: Vec<(f64, Candidate)> = best.into_values().collect();
    v.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.name.cmp(&y.1.name)));
    Ok(v.into_iter().take(limit).map(|(_, c)| c).collect())
}

/// 0 when nothing is shared; higher is closer.
fn similarity(q: &[char], a: &[char]) -> f64 {
    let shared = q.iter().filter(|c| a.contains(c)).count();
    if shared == 0 {
        return 0.0;
    }
    let contains =
        |h: &[char], n: &[char]| n.len() <= h.len() && h.windows(n.len()).any(|w| w == n);
    let bonus = if contains(a, q) || contains(q, a) {
        10.0
    } else {
        0.0
    };
    let d = levenshtein(q, a) as f64;
    let len = q.len().max(a.len()) as f64;
    bonus + 2.0 * (1.0 - d / len) + shared as f64 / q.len() as f64
}

pub fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(levenshtein(&c("长兴县"), &c("长兴县")), 0);
        assert_eq!(levenshtein(&c("长兴县"), &c("长兴")), 1);
        assert_eq!(levenshtein(&c("宇恒电池"), &c("宇衡电池")), 1);
        assert_eq!(levenshtein(&c(""), &c("abc")), 3);
    }

    #[test]
    fn closer_names_score_higher() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        let q = c("宇衡电池");
        assert!(similarity(&q, &c("宇恒电池")) > similarity(&q, &c("华晟新材")));
        assert_eq!(similarity(&q, &c("长兴县")), 0.0);
    }
}
