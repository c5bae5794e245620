//! Read-only questions the CLI and the graph layer ask of the store.
//!
//! Every user-supplied string reaches SQL only as a bound parameter; lists
//! of ids travel as one JSON array parameter expanded with `json_each`.

use super::stored::{parse_col, window_counts};
use super::{Result, Store};
use crate::model::{EntityType, RelationKind, WindowCounts};
use rusqlite::{params, OptionalExtension, Row};

/// Number of windows of each size in the corpus: the `n` of PMI.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct CorpusTotals {
    pub documents: i64,
    pub paragraphs: i64,
    pub sentences: i64,
}

/// An entity with the windows it occurs in.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct EntityRow {
    pub id: i64,
    pub etype: EntityType,
    pub name: String,
    pub mention_count: i64,
    pub counts: WindowCounts,
}

/// A stored relation. For `cooccurs`, `source < target`; for `located_in`
/// the source lies in the target.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct RelationRow {
    pub id: i64,
    pub kind: RelationKind,
    pub source: i64,
    pub target: i64,
    /// Shared windows (unused for `located_in`).
    pub counts: WindowCounts,
}

/// One supporting sentence of a relation.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct EvidenceRow {
    pub sentence_id: i64,
    pub text: String,
    pub file_name: String,
    pub published: Option<String>,
    pub title: Option<String>,
    /// Mention spans in the sentence (char offsets) with their entity id.
    pub spans: Vec<(i64, usize, usize)>,
}

const ENTITY_COLS: &str = "e.id, e.type, e.name, e.mention_count, e.sentence_count, \
                           e.paragraph_count, e.document_count";

fn entity_row(r: &Row<'_>) -> rusqlite::Result<EntityRow> {
    let id = r.get(0)?;
    Ok(EntityRow {
        id,
        etype: parse_col(r, 1, "entities", id)?,
        name: r.get(2)?,
        mention_count: r.get(3)?,
        counts: window_counts(r, 4)?,
    })
}

/// A window size, as the relation column that counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowCol {
    Sentence,
    Paragraph,
    Document,
}

impl WindowCol {
    /// The count of this window among `c`.
    pub fn of(self, c: &WindowCounts) -> i64 {
        match self {
            WindowCol::Sentence => c.sentence,
            WindowCol::Paragraph => c.paragraph,
            WindowCol::Document => c.document,
        }
    }

    /// SQL condition on `relations r` keeping the rows that count in this
    /// window: located_in, or a co-occurrence with a shared window. The
    /// column name is one of three constants, never user input.
    fn live(self) -> &'static str {
        match self {
            // Also the condition of the partial indexes
            // relations_live_by_source/target (migration 0005): keep both
            // the same, or the planner cannot use them.
            WindowCol::Sentence => "(r.kind = 'located_in' OR r.sentence_count > 0)",
            WindowCol::Paragraph => "(r.kind = 'located_in' OR r.paragraph_count > 0)",
            WindowCol::Document => "(r.kind = 'located_in' OR r.document_count > 0)",
        }
    }
}

const RELATION_COLS: &str = "r.id, r.kind, r.source_id, r.target_id, r.sentence_count, \
                             r.paragraph_count, r.document_count";

fn relation_row(r: &Row<'_>) -> rusqlite::Result<RelationRow> {
    let id = r.get(0)?;
    Ok(RelationRow {
        id,
        kind: parse_col(r, 1, "relations", id)?,
        source: r.get(2)?,
        target: r.get(3)?,
        counts: window_counts(r, 4)?,
    })
}

fn json_ids(ids: &[i64]) -> String {
    serde_json::to_string(ids).expect("ids serialise")
}

impl Store {
    pub fn corpus_totals(&self) -> Result<CorpusTotals> {
        Ok(self.conn.query_row(
            "SELECT documents, paragraphs, sentences FROM corpus_totals",
            [],
            |r| {
                Ok(CorpusTotals {
                    documents: r.get(0)?,
                    paragraphs: r.get(1)?,
                    sentences: r.get(2)?,
                })
            },
        )?)
    }

    /// Entities whose canonical name is `name`, optionally of one type.
    pub fn entities_named(&self, name: &str, etype: Option<EntityType>) -> Result<Vec<EntityRow>> {
        // The types listed, not "any type": the unique index is on
        // (type, name), and `?2 IS NULL OR e.type = ?2` made every name
        // lookup a scan of the table (2 ms at 16,000 entities).
        let sql = format!(
            "SELECT {ENTITY_COLS} FROM entities e
             WHERE e.type IN (SELECT value FROM json_each(?2)) AND e.name = ?1
             ORDER BY e.mention_count DESC, e.id"
        );
        let types: Vec<&str> = match etype {
            Some(t) => vec![t.as_str()],
            None => EntityType::ALL.iter().map(|t| t.as_str()).collect(),
        };
        let types = serde_json::to_string(&types).expect("names serialise");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![name, types], entity_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Entities that have `alias` among their surface forms.
    pub fn entities_with_alias(
        &self,
        alias: &str,
        etype: Option<EntityType>,
    ) -> Result<Vec<EntityRow>> {
        let sql = format!(
            "SELECT {ENTITY_COLS} FROM aliases a JOIN entities e ON e.id = a.entity_id
             WHERE a.alias = ?1 AND (?2 IS NULL OR e.type = ?2)
             ORDER BY e.mention_count DESC, e.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![alias, etype.map(|t| t.as_str())], entity_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Entities whose canonical name or an alias equals `name` ignoring
    /// the case of Latin letters (SQLite's `lower` folds ASCII only).
    /// A scan: asked only when the exact lookups found nothing.
    pub fn entities_named_nocase(
        &self,
        name: &str,
        etype: Option<EntityType>,
    ) -> Result<Vec<EntityRow>> {
        let sql = format!(
            "SELECT {ENTITY_COLS} FROM entities e
             WHERE (?2 IS NULL OR e.type = ?2)
               AND (lower(e.name) = lower(?1)
                    OR e.id IN (SELECT entity_id FROM aliases WHERE lower(alias) = lower(?1)))
             ORDER BY e.mention_count DESC, e.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![name, etype.map(|t| t.as_str())], entity_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every (entity id, type, name or alias): the haystack for "did you
    /// mean" suggestions. Only used on the error path.
    pub fn all_names(&self) -> Result<Vec<(i64, EntityType, String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT e.id, e.type, e.name, e.name FROM entities e
             UNION
             SELECT e.id, e.type, e.name, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id",
        )?;
        let rows = stmt.query_map([], |r| {
            let id = r.get(0)?;
            Ok((id, parse_col(r, 1, "entities", id)?, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn entities_by_ids(&self, ids: &[i64]) -> Result<Vec<EntityRow>> {
        let sql = format!(
            "SELECT {ENTITY_COLS} FROM entities e
             WHERE e.id IN (SELECT value FROM json_each(?1))"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([json_ids(ids)], entity_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn all_entities(&self) -> Result<Vec<EntityRow>> {
        let sql = format!("SELECT {ENTITY_COLS} FROM entities e ORDER BY e.id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], entity_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every relation touching one of `ids` that counts in `window`
    /// (located_in, or a co-occurrence sharing at least one such window),
    /// each once.
    pub fn relations_touching(&self, ids: &[i64], window: WindowCol) -> Result<Vec<RelationRow>> {
        let live = window.live();
        // The sentence window has partial indexes of exactly its live
        // relations (relations_live_by_source/target, same condition);
        // the others go through the unique index and relations_by_target.
        let by_kind = if window == WindowCol::Sentence {
            ""
        } else {
            "r.kind IN ('cooccurs', 'located_in') AND"
        };
        let sql = format!(
            "SELECT {RELATION_COLS} FROM relations r
             WHERE {by_kind} r.source_id IN (SELECT value FROM json_each(?1)) AND {live}
             UNION ALL
             SELECT {RELATION_COLS} FROM relations r
             WHERE r.target_id IN (SELECT value FROM json_each(?1)) AND {live}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows: Vec<RelationRow> = stmt
            .query_map([json_ids(ids)], relation_row)?
            .collect::<rusqlite::Result<_>>()?;
        // A relation with both ends in `ids` came twice.
        rows.sort_unstable_by_key(|r| r.id);
        rows.dedup_by_key(|r| r.id);
        Ok(rows)
    }

    /// Relations (both kinds, either direction) with one end in `a` and
    /// the other in `b`: one index probe per pair, so keep |a|·|b| modest.
    pub fn relations_among(&self, a: &[i64], b: &[i64]) -> Result<Vec<RelationRow>> {
        // CROSS JOIN fixes the loop order: probe the unique
        // (kind, source_id, target_id) index once per pair.
        let sql = format!(
            "SELECT {RELATION_COLS} FROM json_each(?1) x CROSS JOIN json_each(?2) y
             CROSS JOIN relations r
             WHERE r.kind IN ('cooccurs', 'located_in') AND r.source_id = x.value
               AND r.target_id = y.value"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let (ja, jb) = (json_ids(a), json_ids(b));
        let mut out: Vec<RelationRow> = stmt
            .query_map(params![ja, jb], relation_row)?
            .collect::<rusqlite::Result<_>>()?;
        out.extend(
            stmt.query_map(params![jb, ja], relation_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
        );
        out.sort_by_key(|r| r.id);
        out.dedup_by_key(|r| r.id);
        Ok(out)
    }

    /// Number of relation ends among `ids` (an upper bound of the work of
    /// expanding them), counted in the indexes only.
    pub fn degree_sum(&self, ids: &[i64]) -> Result<i64> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT (SELECT COUNT(*) FROM relations r WHERE r.kind IN ('cooccurs', 'located_in')
                       AND r.source_id IN (SELECT value FROM json_each(?1)))
                  + (SELECT COUNT(*) FROM relations r
                       WHERE r.target_id IN (SELECT value FROM json_each(?1)))",
        )?;
        Ok(stmt.query_row([json_ids(ids)], |r| r.get(0))?)
    }

    /// Every relation that counts in `window`, in id order: one sequential
    /// scan of the table. A co-occurrence sharing no window of that size
    /// (most pairs share only a document) is never materialised.
    pub fn all_relations(&self, window: WindowCol) -> Result<Vec<RelationRow>> {
        let sql = format!(
            "SELECT {RELATION_COLS} FROM relations r WHERE {} ORDER BY r.id",
            window.live()
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], relation_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The relations directly linking `a` and `b`, of either kind and
    /// direction: cooccurs first.
    pub fn relations_between(&self, a: i64, b: i64) -> Result<Vec<RelationRow>> {
        let sql = format!(
            "SELECT {RELATION_COLS} FROM relations r
             WHERE r.kind IN ('cooccurs', 'located_in')
               AND ((r.source_id = ?1 AND r.target_id = ?2) OR (r.source_id = ?2 AND r.target_id = ?1))
             ORDER BY r.kind"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![a, b], relation_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Evidence sentences per relation id.
    pub fn evidence_counts(&self, relation_ids: &[i64]) -> Result<Vec<(i64, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT value, (SELECT COUNT(*) FROM relation_evidence v WHERE v.relation_id = value)
             FROM json_each(?1)",
        )?;
        let rows = stmt.query_map([json_ids(relation_ids)], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Evidence count of every relation that has some.
    pub fn all_evidence_counts(&self) -> Result<Vec<(i64, i64)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT relation_id, COUNT(*) FROM relation_evidence GROUP BY relation_id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Up to `limit` supporting sentences of a relation from documents in
    /// `range`, newest document first, with the mention spans of entities
    /// `a` and `b` in each.
    pub fn evidence(
        &self,
        relation_id: i64,
        a: i64,
        b: i64,
        limit: usize,
        range: &super::DateRange,
    ) -> Result<Vec<EvidenceRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.text, d.file_name, d.published, d.title
             FROM relation_evidence v
             JOIN sentences s ON s.id = v.sentence_id
             JOIN documents d ON d.id = s.document_id
             WHERE v.relation_id = ?1
               AND (?3 IS NULL OR d.published >= ?3) AND (?4 IS NULL OR d.published <= ?4)
             ORDER BY d.published IS NULL, d.published DESC, d.id, s.idx
             LIMIT ?2",
        )?;
        let (since, until) = range.bounds();
        let rows = stmt
            .query_map(params![relation_id, limit as i64, since, until], |r| {
                Ok(EvidenceRow {
                    sentence_id: r.get(0)?,
                    text: r.get(1)?,
                    file_name: r.get(2)?,
                    published: r.get(3)?,
                    title: r.get(4)?,
                    spans: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut spans = self.conn.prepare_cached(
            "SELECT entity_id, char_start, char_end FROM mentions
             WHERE sentence_id = ?1 AND entity_id IN (?2, ?3) ORDER BY char_start",
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for mut row in rows {
            row.spans = spans
                .query_map(params![row.sentence_id, a, b], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)? as usize,
                        r.get::<_, i64>(2)? as usize,
                    ))
                })?
                .collect::<rusqlite::Result<_>>()?;
            out.push(row);
        }
        Ok(out)
    }

    /// Aliases of one entity (canonical name included).
    pub fn aliases_of(&self, id: i64) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT alias FROM aliases WHERE entity_id = ?1 ORDER BY alias")?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn entity(&self, id: i64) -> Result<Option<EntityRow>> {
        let sql = format!("SELECT {ENTITY_COLS} FROM entities e WHERE e.id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], entity_row)
            .optional()?)
    }
}

/// A sentence found by `Store::search_sentences`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SentenceHit {
    pub file_name: String,
    pub published: Option<String>,
    pub paragraph: i64,
    pub text: String,
}

/// What `Store::search_sentences` found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchResult {
    /// The first `limit` sentences, by file name and position.
    pub hits: Vec<SentenceHit>,
    /// All sentences that match.
    pub total: i64,
    /// Whether the trigram index served the query (some term of 3+ chars).
    pub indexed: bool,
}

impl Store {
    /// Sentences containing every one of `terms`, from documents published
    /// in `[since, until]` (dates compared as text, so `2021` and
    /// `2021-02` work as prefixes of `until`'s day). Terms of three
    /// characters or more go through the trigram index when it holds every
    /// sentence; shorter ones use `LIKE`, which the trigram tokenizer cannot
    /// serve, and so do all terms while the last ingest left sentences to
    /// index (`update_search_index`), so the answer stays exact.
    pub fn search_sentences(
        &self,
        terms: &[String],
        since: Option<&str>,
        until: Option<&str>,
        limit: usize,
    ) -> Result<SearchResult> {
        let has_long = terms.iter().any(|t| t.chars().count() >= 3);
        let use_index = has_long && self.unindexed_sentences()?.0 == 0;
        let (long, short): (Vec<&String>, Vec<&String>) = terms
            .iter()
            .partition(|t| use_index && t.chars().count() >= 3);
        let mut args: Vec<String> = Vec::new();
        let mut conds: Vec<String> = Vec::new();
        if !long.is_empty() {
            // FTS5 phrases, quotes doubled: no query syntax reaches FTS.
            let phrases: Vec<String> = long
                .iter()
                .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
                .collect();
            args.push(phrases.join(" AND "));
            conds.push(format!(
                "s.id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?{})",
                args.len()
            ));
        }
        for t in short {
            args.push(
                t.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_"),
            );
            conds.push(format!(
                "s.text LIKE '%' || ?{} || '%' ESCAPE '\\'",
                args.len()
            ));
        }
        if let Some(d) = since {
            args.push(d.to_string());
            conds.push(format!("d.published >= ?{}", args.len()));
        }
        if let Some(d) = until {
            // "2021-02" includes every day of February.
            args.push(super::browse::until_bound(d));
            conds.push(format!("d.published <= ?{}", args.len()));
        }
        let filter = if conds.is_empty() {
            "1".to_string()
        } else {
            conds.join(" AND ")
        };
        let from = "FROM sentences s JOIN documents d ON d.id = s.document_id";
        let params = rusqlite::params_from_iter(args.iter());
        let total: i64 = self.connection().query_row(
            &format!("SELECT COUNT(*) {from} WHERE {filter}"),
            params,
            |r| r.get(0),
        )?;
        let mut stmt = self.connection().prepare(&format!(
            "SELECT d.file_name, d.published, s.paragraph, s.text {from} WHERE {filter}
             ORDER BY d.file_name, s.idx LIMIT {}",
            limit.min(i64::MAX as usize)
        ))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(SentenceHit {
                file_name: r.get(0)?,
                published: r.get(1)?,
                paragraph: r.get(2)?,
                text: r.get(3)?,
            })
        })?;
        Ok(SearchResult {
            hits: rows.collect::<rusqlite::Result<_>>()?,
            total,
            indexed: use_index,
        })
    }
}
