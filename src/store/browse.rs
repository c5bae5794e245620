//! Read-only questions of the browsing commands (`entities`, `show`):
//! lists of entities with their degree and first/last dates, and the
//! details of one entity (aliases, hierarchy, documents).

use super::stored::{parse_col, window_counts};
use super::{Result, Store};
use crate::model::{EntityType, WindowCounts};
use rusqlite::params;
use std::collections::HashMap;

/// One entity with what a list of entities shows.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct EntitySummary {
    pub id: i64,
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub name: String,
    pub admin_code: Option<String>,
    pub mentions: i64,
    pub documents: i64,
    /// Distinct entities it co-occurs with in a sentence (as the
    /// `entity_degrees` view counts).
    pub degree: i64,
    /// Earliest and latest publication date of the documents naming it.
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

/// One document naming an entity.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DocumentMentions {
    pub file_name: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub mentions: i64,
}

/// An entity linked by the hierarchy (`located_in`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Place {
    pub id: i64,
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub name: String,
    pub admin_code: Option<String>,
}

const SUMMARY_COLS: &str = "e.id, e.type, e.name, e.admin_code, e.mention_count, e.document_count,
    (SELECT COUNT(*) FROM relations r WHERE r.kind = 'cooccurs' AND r.sentence_count > 0
       AND r.source_id = e.id)
  + (SELECT COUNT(*) FROM relations r WHERE r.target_id = e.id AND r.kind = 'cooccurs'
       AND r.sentence_count > 0),
    (SELECT MIN(d.published) FROM documents d
       WHERE d.id IN (SELECT m.document_id FROM mentions m WHERE m.entity_id = e.id)),
    (SELECT MAX(d.published) FROM documents d
       WHERE d.id IN (SELECT m.document_id FROM mentions m WHERE m.entity_id = e.id))";

fn summary_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EntitySummary> {
    let id = r.get(0)?;
    Ok(EntitySummary {
        id,
        etype: parse_col(r, 1, "entities", id)?,
        name: r.get(2)?,
        admin_code: r.get(3)?,
        mentions: r.get(4)?,
        documents: r.get(5)?,
        degree: r.get(6)?,
        first_seen: r.get(7)?,
        last_seen: r.get(8)?,
    })
}

fn place_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Place> {
    let id = r.get(0)?;
    Ok(Place {
        id,
        etype: parse_col(r, 1, "entities", id)?,
        name: r.get(2)?,
        admin_code: r.get(3)?,
    })
}

/// `text` as a LIKE pattern matching it anywhere, wildcards escaped.
fn contains_pattern(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// Admin code and aliases of an entity, for exports.
pub type NodeDetails = (Option<String>, Vec<String>);

/// The upper bound of a date range: "2021-02" takes in every day and
/// time of February (stored dates are `YYYY-MM-DD[ HH:MM:SS]`).
pub fn until_bound(until: &str) -> String {
    format!("{until}\u{10FFFF}")
}

impl Store {
    /// Entities of a type (or all) whose name or an alias contains `like`
    /// (Latin case ignored, as LIKE does), named in a document published
    /// within `[since, until]` when either is given; unsorted.
    pub fn entity_summaries(
        &self,
        etype: Option<EntityType>,
        like: Option<&str>,
        since: Option<&str>,
        until: Option<&str>,
    ) -> Result<Vec<EntitySummary>> {
        let sql = format!(
            "SELECT {SUMMARY_COLS} FROM entities e
             WHERE (?1 IS NULL OR e.type = ?1)
               AND (?2 IS NULL OR e.name LIKE ?2 ESCAPE '\\'
                    OR e.id IN (SELECT entity_id FROM aliases WHERE alias LIKE ?2 ESCAPE '\\'))
               AND ((?3 IS NULL AND ?4 IS NULL) OR e.id IN (
                    SELECT m.entity_id FROM mentions m JOIN documents d ON d.id = m.document_id
                    WHERE (?3 IS NULL OR d.published >= ?3) AND (?4 IS NULL OR d.published <= ?4)))"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(
            params![
                etype.map(|t| t.as_str()),
                like.map(contains_pattern),
                since,
                until.map(until_bound)
            ],
            summary_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The summary of one entity.
    pub fn entity_summary(&self, id: i64) -> Result<EntitySummary> {
        let sql = format!("SELECT {SUMMARY_COLS} FROM entities e WHERE e.id = ?1");
        Ok(self.conn.query_row(&sql, [id], summary_row)?)
    }

    /// The places `id` lies in, nearest first (park → county → prefecture
    /// → province), following located_in upwards; stops at a cycle.
    pub fn parents(&self, id: i64) -> Result<Vec<Place>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.type, e.name, e.admin_code FROM relations r
             JOIN entities e ON e.id = r.target_id
             WHERE r.kind = 'located_in' AND r.source_id = ?1 ORDER BY e.id LIMIT 1",
        )?;
        let mut out: Vec<Place> = Vec::new();
        let mut at = id;
        while let Some(p) = stmt.query_map([at], place_row)?.next().transpose()? {
            if p.id == id || out.iter().any(|q| q.id == p.id) {
                break;
            }
            at = p.id;
            out.push(p);
        }
        Ok(out)
    }

    /// The entities stored as lying in `id`, by name.
    pub fn children(&self, id: i64) -> Result<Vec<Place>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.type, e.name, e.admin_code FROM relations r
             JOIN entities e ON e.id = r.source_id
             WHERE r.kind = 'located_in' AND r.target_id = ?1 ORDER BY e.type, e.name",
        )?;
        let rows = stmt.query_map([id], place_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Co-occurring pairs per window: how many pairs share a sentence, a
    /// paragraph, a document (what the graph holds at each `--window`).
    pub fn cooccurring_pairs(&self) -> Result<WindowCounts> {
        Ok(self.conn.query_row(
            "SELECT COALESCE(SUM(sentence_count > 0), 0), COALESCE(SUM(paragraph_count > 0), 0),
                    COALESCE(SUM(document_count > 0), 0)
             FROM relations WHERE kind = 'cooccurs'",
            [],
            |r| window_counts(r, 0),
        )?)
    }

    /// Admin code and aliases (canonical name left out) of each of `ids`
    /// that has any: what the exports add to a node.
    pub fn node_details(&self, ids: &[i64]) -> Result<HashMap<i64, NodeDetails>> {
        let mut out: HashMap<i64, NodeDetails> = HashMap::new();
        let mut codes = self.conn.prepare_cached(
            "SELECT e.id, e.admin_code FROM entities e
             WHERE e.admin_code IS NOT NULL AND e.id IN (SELECT value FROM json_each(?1))",
        )?;
        let mut aliases = self.conn.prepare_cached(
            "SELECT a.entity_id, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id
             WHERE a.alias <> e.name AND a.entity_id IN (SELECT value FROM json_each(?1))
             ORDER BY a.entity_id, a.alias",
        )?;
        for chunk in ids.chunks(5000) {
            let json = serde_json::to_string(chunk).expect("ids serialise");
            for row in codes.query_map([&json], |r| Ok((r.get(0)?, r.get(1)?)))? {
                let (id, code): (i64, String) = row?;
                out.entry(id).or_default().0 = Some(code);
            }
            for row in aliases.query_map([&json], |r| Ok((r.get(0)?, r.get(1)?)))? {
                let (id, alias): (i64, String) = row?;
                out.entry(id).or_default().1.push(alias);
            }
        }
        Ok(out)
    }

    /// The documents naming `id`, most mentions first.
    pub fn documents_of(&self, id: i64) -> Result<Vec<DocumentMentions>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.file_name, d.title, d.published, COUNT(*) AS n
             FROM mentions m JOIN documents d ON d.id = m.document_id
             WHERE m.entity_id = ?1
             GROUP BY d.id ORDER BY n DESC, d.published DESC, d.file_name",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(DocumentMentions {
                file_name: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                mentions: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
