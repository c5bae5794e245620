//! The graph of a date range: every count recomputed from the documents
//! published in the range, as if only they had been ingested.
//!
//! The stored counts are totals over every document, maintained by the
//! writer. A range cannot subtract from them (a pair's paragraph and
//! document windows are not stored per document), so `dated_graph` reads
//! the mentions of the documents in the range and counts their windows with
//! the writer's own `window_counts`: over a range holding every document it
//! gives back exactly the stored figures. Queries without a range never
//! come here.
//!
//! Dates compare as text with `documents.published`; a document without a
//! date compares with nothing (NULL), so it drops out as soon as a bound is
//! given.

use super::query::{CorpusTotals, EntityRow, RelationRow, WindowCol};
use super::windows::{stored_window_keys, window_counts, IdMap, IdSet, PairCounts, WindowKey};
use super::{browse::until_bound, Result, Store};
use crate::model::{RelationKind, WindowCounts};
use rusqlite::params;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Publication dates from `since` to `until`, both inclusive, each
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`until` 2021-02 takes in all of
/// February); `None` leaves that end open. A document without a date lies
/// in no bounded range.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct DateRange {
    pub since: Option<String>,
    pub until: Option<String>,
}

impl DateRange {
    pub fn new(since: Option<String>, until: Option<String>) -> DateRange {
        DateRange { since, until }
    }

    /// No bound: every document, dated or not.
    pub fn is_all(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }

    /// The bounds as compared with `documents.published` (text order).
    pub(super) fn bounds(&self) -> (Option<&str>, Option<String>) {
        (
            self.since.as_deref(),
            self.until.as_deref().map(until_bound),
        )
    }

    /// Whether a document published on `published` lies in the range.
    pub fn contains(&self, published: Option<&str>) -> bool {
        if self.is_all() {
            return true;
        }
        let Some(p) = published else {
            return false;
        };
        let (since, until) = self.bounds();
        since.is_none_or(|s| p >= s) && until.is_none_or(|u| p <= u.as_str())
    }

    /// "published 2021-10 to 2022", "published since 2021-10", … for messages.
    pub fn describe(&self) -> String {
        match (&self.since, &self.until) {
            (Some(s), Some(u)) => format!("published {s} to {u}"),
            (Some(s), None) => format!("published since {s}"),
            (None, Some(u)) => format!("published until {u}"),
            (None, None) => "all".to_string(),
        }
    }
}

/// What `Store::dated_graph` gives: the graph of the documents in a range.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DatedGraph {
    /// Documents, paragraphs and sentences in the range.
    pub totals: CorpusTotals,
    /// Entities named in the range, with their mentions and windows there,
    /// and the places they lie in (transitively, with zero counts when not
    /// named themselves); by id.
    pub entities: Vec<EntityRow>,
    /// Co-occurrences sharing a window of the asked size in the range,
    /// with the windows they share there, and every located_in among
    /// `entities`; by id.
    pub relations: Vec<RelationRow>,
}

/// The counts of the documents of a range, before any relation is read.
struct RangeCounts {
    totals: CorpusTotals,
    /// Per entity: its mentions and windows.
    entities: IdMap<i64, EntityCounts>,
    /// Per pair (smaller id first): the windows it shares.
    pairs: IdMap<(i64, i64), WindowCounts>,
}

/// A document of a range: what its totals and its window keys need.
struct RangeDocument {
    id: i64,
    paragraphs: i64,
    sentences: i64,
    /// Counted in sections (`window_section_chars` recorded): a document
    /// longer than `WINDOW_WHOLE_CHARS`.
    sectioned: bool,
}

/// A mention as a range counts it: (sentence index, paragraph, entity).
type MentionAt = (usize, usize, i64);

/// The pairs that share a window of the asked size somewhere in the range
/// (`None`: the document window, every pair): most pairs share only a
/// document and would be counted to be dropped. A superset where a
/// paragraph is cut in sections; the exact count decides later.
fn wanted_pairs(
    per_doc: &[Vec<MentionAt>],
    window: WindowCol,
    keep_pair: impl Fn(i64, i64) -> bool,
) -> Option<IdSet<(i64, i64)>> {
    if window == WindowCol::Document {
        return None;
    }
    let mut wanted = IdSet::default();
    for rows in per_doc {
        let mut groups: BTreeMap<usize, BTreeSet<i64>> = BTreeMap::new();
        for &(sentence, paragraph, entity) in rows {
            let key = match window {
                WindowCol::Sentence => sentence,
                _ => paragraph,
            };
            groups.entry(key).or_default().insert(entity);
        }
        for group in groups.values() {
            let v: Vec<i64> = group.iter().copied().collect();
            for (i, &a) in v.iter().enumerate() {
                for &b in &v[i + 1..] {
                    if keep_pair(a, b) {
                        wanted.insert((a, b));
                    }
                }
            }
        }
    }
    Some(wanted)
}

/// Adds one document's windows to `out` with the writer's own counting;
/// its pairs only where `counted`. `keys`: the stored window keys of a
/// document counted in sections, `None` for one counted whole.
fn add_document_windows(
    rows: &[MentionAt],
    keys: Option<&HashMap<usize, WindowKey>>,
    counted: impl Fn(i64, i64) -> bool,
    out: &mut RangeCounts,
) {
    let mut by_sentence: BTreeMap<usize, BTreeSet<i64>> = BTreeMap::new();
    let mut paragraph_of: HashMap<usize, usize> = HashMap::new();
    for &(sentence, paragraph, entity) in rows {
        by_sentence.entry(sentence).or_default().insert(entity);
        paragraph_of.insert(sentence, paragraph);
    }
    let key_of = |s: usize| match keys {
        Some(keys) => keys[&s],
        None => WindowKey::whole(paragraph_of[&s]),
    };
    let mut pairs = PairCounts::default();
    for (id, d) in window_counts(&by_sentence, key_of, |_| None, &mut pairs) {
        let c = &mut out.entities.entry(id).or_default().windows;
        c.sentence += d.sentences;
        c.paragraph += d.paragraphs;
        c.document += d.documents;
    }
    for ((a, b), d) in pairs.pairs {
        if counted(a, b) {
            let c = out.pairs.entry((a, b)).or_default();
            c.sentence += i64::from(d.sentences);
            c.paragraph += i64::from(d.paragraphs);
            c.document += i64::from(d.documents);
        }
    }
}

/// An entity's mentions and windows in a range.
#[derive(Clone, Copy, Debug, Default)]
struct EntityCounts {
    mentions: i64,
    windows: WindowCounts,
}

/// One pair recounted over a date range, for `why`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DatedPair {
    /// Documents, paragraphs and sentences in the range.
    pub totals: CorpusTotals,
    /// Windows each end occurs in there.
    pub a: WindowCounts,
    pub b: WindowCounts,
    /// Windows the two share there.
    pub shared: WindowCounts,
}

impl Store {
    /// The graph of the documents published in `range` (see the module
    /// documentation), with the co-occurrences that share a `window` there
    /// (as `all_relations` skips the others; `Document` gives every pair).
    /// Reads the mentions of those documents, so it costs about a scan of
    /// them, in one read transaction: one snapshot, one lock.
    pub fn dated_graph(&self, range: &DateRange, window: WindowCol) -> Result<DatedGraph> {
        let tx = self.conn.unchecked_transaction()?;
        let counts = self.count_range(range, window, |_, _| true)?;
        let out = self.dated_graph_of(counts, window)?;
        tx.finish()?;
        Ok(out)
    }

    /// The windows of `a`, of `b` and of the pair, counted over the
    /// documents of `range` only (the other pairs are not kept).
    pub fn dated_pair(&self, range: &DateRange, a: i64, b: i64) -> Result<DatedPair> {
        let key = (a.min(b), a.max(b));
        let tx = self.conn.unchecked_transaction()?;
        let counts = self.count_range(range, WindowCol::Document, |x, y| (x, y) == key)?;
        tx.finish()?;
        let windows = |id: i64| {
            counts
                .entities
                .get(&id)
                .map(|c| c.windows)
                .unwrap_or_default()
        };
        Ok(DatedPair {
            totals: counts.totals,
            a: windows(a),
            b: windows(b),
            shared: counts.pairs.get(&key).copied().unwrap_or_default(),
        })
    }

    /// Every window of the documents of `range`, counted as the writer
    /// counts them; pairs kept only where `keep_pair` and where they share
    /// a `window` somewhere in the range.
    fn count_range(
        &self,
        range: &DateRange,
        window: WindowCol,
        keep_pair: impl Fn(i64, i64) -> bool,
    ) -> Result<RangeCounts> {
        let docs = self.range_documents(range)?;
        let mut out = RangeCounts {
            totals: CorpusTotals::default(),
            entities: IdMap::default(),
            pairs: IdMap::default(),
        };
        for doc in &docs {
            out.totals.documents += 1;
            out.totals.paragraphs += doc.paragraphs;
            out.totals.sentences += doc.sentences;
        }
        let per_doc = self.range_mentions(&docs)?;
        for rows in &per_doc {
            for &(_, _, entity) in rows {
                out.entities.entry(entity).or_default().mentions += 1;
            }
        }
        let wanted = wanted_pairs(&per_doc, window, &keep_pair);
        let counted = |a: i64, b: i64| match &wanted {
            Some(w) => w.contains(&(a, b)),
            None => keep_pair(a, b),
        };
        for (doc, rows) in docs.iter().zip(&per_doc) {
            // Only a document counted in sections needs its sentences'
            // offsets; every other one is keyed by paragraph alone.
            let keys = match doc.sectioned {
                true => Some(stored_window_keys(&self.conn, doc.id)?),
                false => None,
            };
            add_document_windows(rows, keys.as_ref(), counted, &mut out);
        }
        Ok(out)
    }

    /// The documents published in `range`, by id.
    fn range_documents(&self, range: &DateRange) -> Result<Vec<RangeDocument>> {
        let (since, until) = range.bounds();
        let mut docs = self.conn.prepare_cached(
            "SELECT id, paragraph_count, sentence_count, window_section_chars IS NOT NULL
             FROM documents
             WHERE (?1 IS NULL OR published >= ?1) AND (?2 IS NULL OR published <= ?2)
             ORDER BY id",
        )?;
        let docs = docs
            .query_map(params![since, until], |r| {
                Ok(RangeDocument {
                    id: r.get(0)?,
                    paragraphs: r.get(1)?,
                    sentences: r.get(2)?,
                    sectioned: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(docs)
    }

    /// Each document's mentions: (sentence, paragraph, entity).
    fn range_mentions(&self, docs: &[RangeDocument]) -> Result<Vec<Vec<MentionAt>>> {
        let mut mentions = self.conn.prepare_cached(
            "SELECT s.idx, s.paragraph, m.entity_id FROM mentions m
             JOIN sentences s ON s.id = m.sentence_id WHERE m.document_id = ?1",
        )?;
        let mut per_doc = Vec::with_capacity(docs.len());
        for doc in docs {
            let rows = mentions
                .query_map([doc.id], |r| {
                    Ok((
                        r.get::<_, i64>(0)? as usize,
                        r.get::<_, i64>(1)? as usize,
                        r.get::<_, i64>(2)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            per_doc.push(rows);
        }
        Ok(per_doc)
    }

    /// The entities and relations of counted windows.
    fn dated_graph_of(&self, counts: RangeCounts, window: WindowCol) -> Result<DatedGraph> {
        let RangeCounts {
            totals,
            entities,
            pairs,
        } = counts;
        let mut out = DatedGraph {
            totals,
            ..DatedGraph::default()
        };
        // The places the named entities lie in, up the hierarchy.
        let mut located = self.conn.prepare_cached(
            "SELECT id, source_id, target_id FROM relations WHERE kind = 'located_in' ORDER BY id",
        )?;
        let located: Vec<(i64, i64, i64)> = located
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut parents: HashMap<i64, Vec<i64>> = HashMap::new();
        for &(_, child, parent) in &located {
            parents.entry(child).or_default().push(parent);
        }
        let mut kept: HashSet<i64> = entities.keys().copied().collect();
        let mut todo: Vec<i64> = kept.iter().copied().collect();
        while let Some(id) = todo.pop() {
            for &p in parents.get(&id).map_or(&[][..], Vec::as_slice) {
                if kept.insert(p) {
                    todo.push(p);
                }
            }
        }
        let mut ids: Vec<i64> = kept.iter().copied().collect();
        ids.sort_unstable();
        for chunk in ids.chunks(5000) {
            for mut e in self.entities_by_ids(chunk)? {
                let c = entities.get(&e.id).copied().unwrap_or_default();
                e.mention_count = c.mentions;
                e.counts = c.windows;
                out.entities.push(e);
            }
        }
        out.entities.sort_by_key(|e| e.id);
        // The stored relation of each pair (the writer's unique index).
        let mut find = self.conn.prepare_cached(
            "SELECT id FROM relations WHERE kind = 'cooccurs' AND source_id = ?1 AND target_id = ?2",
        )?;
        for ((a, b), c) in pairs {
            if window.of(&c) == 0 {
                continue;
            }
            let id: Option<i64> = find
                .query_map(params![a, b], |r| r.get(0))?
                .next()
                .transpose()?;
            // Every pair of a stored document has its relation (this is one
            // snapshot); should one lack it, the pair is left out.
            let Some(id) = id else { continue };
            out.relations.push(RelationRow {
                id,
                kind: RelationKind::Cooccurs,
                source: a,
                target: b,
                counts: c,
            });
        }
        for (id, child, parent) in located {
            if kept.contains(&child) && kept.contains(&parent) {
                out.relations.push(RelationRow {
                    id,
                    kind: RelationKind::LocatedIn,
                    source: child,
                    target: parent,
                    counts: WindowCounts::default(),
                });
            }
        }
        out.relations.sort_by_key(|r| r.id);
        Ok(out)
    }

    /// Supporting sentences per relation id, counting only those of
    /// documents in `range` (all of them when it has no bound).
    pub fn evidence_counts_in(
        &self,
        relation_ids: &[i64],
        range: &DateRange,
    ) -> Result<Vec<(i64, i64)>> {
        if range.is_all() {
            return self.evidence_counts(relation_ids);
        }
        let (since, until) = range.bounds();
        let mut stmt = self.conn.prepare_cached(
            "SELECT x.value, (SELECT COUNT(*) FROM relation_evidence v
                JOIN sentences s ON s.id = v.sentence_id
                JOIN documents d ON d.id = s.document_id
                WHERE v.relation_id = x.value
                  AND (?2 IS NULL OR d.published >= ?2) AND (?3 IS NULL OR d.published <= ?3))
             FROM json_each(?1) x",
        )?;
        let json = serde_json::to_string(relation_ids).expect("ids serialise");
        let rows = stmt.query_map(params![json, since, until], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
