//! Writing documents: one transaction per batch, a document never split
//! across two. A document whose content hash is stored is skipped; a new
//! version at a known path replaces the old one and every count it added.

use super::windows::{
    section_chars_for, stored_window_keys, window_counts, window_keys, EntityDelta, PairCounts,
};
use super::{Result, Store, StoreError};
use crate::model::{DocExtraction, EntityKey, EntityRecord, EntityType, ParsedDoc};
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

pub struct DocToWrite<'a> {
    pub doc: &'a ParsedDoc,
    pub extraction: &'a DocExtraction,
    /// What cleaning kept and dropped; `None` when not known.
    pub kept: Option<crate::text::Kept>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocOutcome {
    Stored {
        replaced: bool,
        sentences: usize,
        mentions: usize,
    },
    /// The same content is stored already (at `existing_path`).
    Skipped { existing_path: String },
}

impl Store {
    /// Writes a batch of documents in one transaction. Either all of them
    /// are stored (or skipped) or, on error, none is.
    pub fn write_batch(&mut self, docs: &[DocToWrite<'_>]) -> Result<Vec<DocOutcome>> {
        self.write_batch_moving(docs, &HashSet::new())
    }

    /// `write_batch` where `stale` names stored documents, as (path key,
    /// hash), whose file is gone or now holds other text: a new file with
    /// that content takes the document over instead of being skipped as a
    /// copy of it (a renamed file, or the copy left when the original was
    /// edited).
    pub fn write_batch_moving(
        &mut self,
        docs: &[DocToWrite<'_>],
        stale: &HashSet<(String, String)>,
    ) -> Result<Vec<DocOutcome>> {
        let mut batch = self.begin_batch(stale)?;
        let outcomes = docs
            .iter()
            .map(|item| batch.add(item))
            .collect::<Result<Vec<_>>>()?;
        batch.commit()?;
        Ok(outcomes)
    }

    /// Opens a batch: documents are then added one at a time, as they
    /// arrive, and stored together by `commit`. A batch dropped without
    /// `commit` (an error) is rolled back whole.
    pub fn begin_batch<'s>(
        &'s mut self,
        stale: &'s HashSet<(String, String)>,
    ) -> Result<BatchWriter<'s>> {
        let Store {
            conn,
            path,
            entity_ids,
        } = self;
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DatabaseBusy) => StoreError::Busy {
                    path: path.clone(),
                    waited_s: super::BUSY_TIMEOUT.as_secs(),
                },
                _ => StoreError::Sql(e),
            })?;
        // Entities may have been changed by another process since our last
        // batch.
        let data_version = tx.query_row("PRAGMA data_version", [], |r| r.get(0));
        let batch = BatchWriter {
            tx: Some(tx),
            ids: entity_ids,
            stale,
            pairs: PairCounts::default(),
            located: BTreeSet::new(),
            new_documents: Vec::new(),
        };
        batch.ids.begin(data_version?);
        Ok(batch)
    }
}

/// One transaction's documents, written as they come; the counts they
/// share (co-occurrence pairs, located_in edges) are written once, at
/// `commit`.
pub struct BatchWriter<'s> {
    /// `None` once committed.
    tx: Option<Transaction<'s>>,
    ids: &'s mut WriteCache,
    stale: &'s HashSet<(String, String)>,
    pairs: PairCounts,
    located: BTreeSet<(i64, i64)>,
    new_documents: Vec<i64>,
}

impl BatchWriter<'_> {
    /// Writes one document into the open transaction.
    pub fn add(&mut self, item: &DocToWrite<'_>) -> Result<DocOutcome> {
        let tx = self.tx.as_ref().expect("an open batch");
        let outcome = write_one(
            tx,
            self.ids,
            item,
            self.stale,
            &mut self.pairs,
            &mut self.located,
        )?;
        if matches!(outcome, DocOutcome::Stored { .. }) {
            self.new_documents.push(
                tx.prepare_cached("SELECT id FROM documents WHERE hash = ?1")?
                    .query_row([&item.doc.hash], |r| r.get(0))?,
            );
        }
        Ok(outcome)
    }

    /// Writes the batch's shared counts and commits it.
    pub fn commit(mut self) -> Result<()> {
        let tx = self.tx.take().expect("an open batch");
        let pairs = std::mem::take(&mut self.pairs);
        let located = std::mem::take(&mut self.located);
        let finished = finish_batch(&tx, &self.new_documents, pairs, located);
        match finished.and_then(|()| tx.commit().map_err(StoreError::from)) {
            Ok(()) => Ok(()),
            Err(e) => {
                self.ids.clear();
                Err(e)
            }
        }
    }
}

impl Drop for BatchWriter<'_> {
    /// A batch not committed is rolled back (by the transaction's drop),
    /// and what the writer remembered of it is forgotten.
    fn drop(&mut self) {
        if self.tx.is_some() {
            self.ids.clear();
        }
    }
}

/// What the writer already wrote or looked up. Entity ids by type and
/// name or alias, and records merged whole, are valid inside one
/// transaction. Ids found by canonical name and aliases known to be stored
/// stay valid across transactions while no other connection writes
/// (`PRAGMA data_version` unchanged) and no document is replaced: they
/// save a lookup per entity and batch.
#[derive(Default)]
pub(super) struct WriteCache {
    ids: HashMap<(EntityType, String), i64>,
    merged: HashMap<crate::model::EntityKey, i64>,
    aliases: std::collections::HashSet<(i64, String)>,
    by_name: HashMap<(EntityType, String), i64>,
    data_version: Option<i64>,
}

impl WriteCache {
    /// Forgets everything (a rollback, a replaced document).
    pub(super) fn clear(&mut self) {
        self.ids.clear();
        self.merged.clear();
        self.aliases.clear();
        self.by_name.clear();
        self.data_version = None;
    }

    /// At the start of a transaction: keeps what other connections cannot
    /// have changed since the last one.
    fn begin(&mut self, data_version: i64) {
        self.ids.clear();
        self.merged.clear();
        if self.data_version != Some(data_version) {
            self.clear();
        }
        self.data_version = Some(data_version);
    }
}

type EntityIds = WriteCache;

fn insert_alias(tx: &Transaction<'_>, cache: &mut WriteCache, id: i64, alias: &str) -> Result<()> {
    if cache.aliases.insert((id, alias.to_string())) {
        tx.prepare_cached("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?1, ?2)")?
            .execute(params![id, alias])?;
    }
    Ok(())
}

/// What a batch writes once for all its documents: the range of new
/// sentences for the full-text index, the co-occurrence pairs, the
/// located_in edges.
fn finish_batch(
    tx: &Transaction<'_>,
    new_documents: &[i64],
    pairs: PairCounts,
    located: BTreeSet<(i64, i64)>,
) -> Result<()> {
    // The full-text index is left to the first search (see
    // `Store::update_search_index`): only the range of new sentences is
    // noted. Their ids are consecutive, as this is the only writer.
    tx.prepare_cached(
        "INSERT INTO fts_pending (lo, hi)
         SELECT min(id), max(id) FROM sentences
         WHERE document_id IN (SELECT value FROM json_each(?1)) HAVING count(*) > 0",
    )?
    .execute([serde_json::to_string(new_documents).expect("ids serialise")])?;
    flush_pairs(tx, pairs)?;
    let mut stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO relations (kind, source_id, target_id) VALUES ('located_in', ?1, ?2)",
    )?;
    for (child, parent) in located {
        stmt.execute(params![child, parent])?;
    }
    Ok(())
}

fn write_one(
    tx: &Transaction<'_>,
    ids: &mut EntityIds,
    item: &DocToWrite<'_>,
    stale: &HashSet<(String, String)>,
    pairs: &mut PairCounts,
    located: &mut BTreeSet<(i64, i64)>,
) -> Result<DocOutcome> {
    let doc = item.doc;
    let path = crate::model::path_key(&doc.path);
    let replaced = match remove_earlier_versions(tx, ids, doc, &path, stale)? {
        Earlier::SameContent(existing_path) => return Ok(DocOutcome::Skipped { existing_path }),
        Earlier::Removed(replaced) => replaced,
    };
    let doc_id = insert_document(tx, doc, &path, item.kept)?;
    let sentence_ids = insert_sentences(tx, doc_id, doc)?;
    let record_ids = store_entities(tx, ids, item.extraction, located)?;
    let (mentions_by_sentence, mention_counts) =
        insert_mentions(tx, ids, doc_id, item, &sentence_ids, &record_ids)?;

    let keys = window_keys(
        &doc.sentences
            .iter()
            .map(|s| (s.paragraph, s.start, s.end))
            .collect::<Vec<_>>(),
        section_chars_for(doc.char_count()).unwrap_or(usize::MAX),
    );
    let mut entity_deltas = window_counts(
        &mentions_by_sentence,
        |s| keys[s],
        |s| Some(sentence_ids[s]),
        pairs,
    );
    for (id, n) in mention_counts {
        entity_deltas.entry(id).or_default().mentions = n;
    }
    apply_entity_deltas(tx, &entity_deltas, 1)?;
    Ok(DocOutcome::Stored {
        replaced,
        sentences: doc.sentences.len(),
        mentions: item.extraction.mentions.len(),
    })
}

/// What `remove_earlier_versions` found.
enum Earlier {
    /// The same content is stored (at this path) and is not stale: skip.
    SameContent(String),
    /// Earlier versions removed (`true`) or none there (`false`).
    Removed(bool),
}

/// Removes what this document replaces: the same content stored under a
/// path that is stale (the file moved), and an older version at its path.
fn remove_earlier_versions(
    tx: &Transaction<'_>,
    ids: &mut EntityIds,
    doc: &ParsedDoc,
    path: &str,
    stale: &HashSet<(String, String)>,
) -> Result<Earlier> {
    let same_content: Option<(i64, String)> = tx
        .prepare_cached("SELECT id, path FROM documents WHERE hash = ?1")?
        .query_row([&doc.hash], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let mut moved = false;
    if let Some((id, existing_path)) = same_content {
        if !stale.contains(&(existing_path.clone(), doc.hash.clone())) {
            return Ok(Earlier::SameContent(existing_path));
        }
        delete_document(tx, id)?;
        ids.clear();
        moved = true;
    }
    let old_version: Option<i64> = tx
        .prepare_cached("SELECT id FROM documents WHERE path = ?1")?
        .query_row([path], |r| r.get(0))
        .optional()?;
    if let Some(old_id) = old_version {
        delete_document(tx, old_id)?;
        // Names of entities just swept may be reused by this document.
        ids.clear();
    }
    Ok(Earlier::Removed(moved || old_version.is_some()))
}

/// The document's row; its id.
fn insert_document(
    tx: &Transaction<'_>,
    doc: &ParsedDoc,
    path: &str,
    kept: Option<crate::text::Kept>,
) -> Result<i64> {
    let paragraph_count = doc
        .sentences
        .iter()
        .map(|s| s.paragraph)
        .collect::<BTreeSet<_>>()
        .len();
    tx.prepare_cached(
        "INSERT INTO documents (path, file_name, hash, title, published, encoding,
                                char_count, byte_count, paragraph_count, sentence_count,
                                kept_chars, dropped_chars, window_section_chars)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        path,
        doc.file_name,
        doc.hash,
        doc.title,
        doc.published,
        doc.encoding,
        doc.char_count() as i64,
        doc.byte_len as i64,
        paragraph_count as i64,
        doc.sentences.len() as i64,
        kept.map(|k| k.kept_chars as i64),
        kept.map(|k| k.dropped_chars as i64),
        section_chars_for(doc.char_count()).map(|n| n as i64),
    ])?;
    Ok(tx.last_insert_rowid())
}

/// The document's sentences; their ids, in sentence order.
fn insert_sentences(tx: &Transaction<'_>, doc_id: i64, doc: &ParsedDoc) -> Result<Vec<i64>> {
    let mut sentence_ids = Vec::with_capacity(doc.sentences.len());
    let mut stmt = tx.prepare_cached(
        "INSERT INTO sentences (document_id, paragraph, idx, char_start, char_end, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for s in &doc.sentences {
        stmt.execute(params![
            doc_id,
            s.paragraph as i64,
            s.index as i64,
            s.start as i64,
            s.end as i64,
            s.text
        ])?;
        sentence_ids.push(tx.last_insert_rowid());
    }
    Ok(sentence_ids)
}

/// Every entity record of the extraction, mentioned or not (ancestors in
/// the hierarchy come without mentions), merged into the stored entities;
/// their located_in edges go to `located`. The id of each record.
fn store_entities<'x>(
    tx: &Transaction<'_>,
    ids: &mut EntityIds,
    extraction: &'x DocExtraction,
    located: &mut BTreeSet<(i64, i64)>,
) -> Result<HashMap<&'x EntityKey, i64>> {
    let mut record_ids: HashMap<&EntityKey, i64> = HashMap::new();
    for record in &extraction.entities {
        let id = upsert_entity(tx, ids, record)?;
        record_ids.insert(&record.key, id);
    }
    for record in &extraction.entities {
        let child = record_ids[&record.key];
        if let Some(parent) = &record.attrs.parent {
            // A county's parent is a region; a township's is a county.
            let pid = match lookup_entity(tx, ids, EntityType::Region, parent)? {
                Some(id) => Some(id),
                None => lookup_entity(tx, ids, EntityType::County, parent)?,
            };
            if let Some(pid) = pid.filter(|&p| p != child) {
                located.insert((child, pid));
            }
        }
        if let Some(county) = &record.attrs.county {
            let cid = lookup_entity(tx, ids, EntityType::County, county)?;
            if let Some(cid) = cid.filter(|&c| c != child) {
                located.insert((child, cid));
            }
        }
    }
    Ok(record_ids)
}

/// Entities per sentence index, and mentions per entity.
type MentionTally = (BTreeMap<usize, BTreeSet<i64>>, BTreeMap<i64, i64>);

/// The document's mentions, each surface kept as an alias of its entity.
/// A mention of an entity without a record is stored with one made from
/// its surface; one whose sentence the document does not have is an error
/// (the extraction and the document disagree), not dropped.
fn insert_mentions(
    tx: &Transaction<'_>,
    ids: &mut EntityIds,
    doc_id: i64,
    item: &DocToWrite<'_>,
    sentence_ids: &[i64],
    record_ids: &HashMap<&EntityKey, i64>,
) -> Result<MentionTally> {
    let mut by_sentence: BTreeMap<usize, BTreeSet<i64>> = BTreeMap::new();
    let mut counts: BTreeMap<i64, i64> = BTreeMap::new();
    let mut stmt = tx.prepare_cached(
        "INSERT INTO mentions (entity_id, sentence_id, document_id, char_start, char_end, surface)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for m in &item.extraction.mentions {
        let Some(&sentence_id) = sentence_ids.get(m.sentence) else {
            return Err(StoreError::MentionOutsideDocument {
                path: item.doc.path.clone(),
                surface: m.surface.clone(),
                sentence: m.sentence,
                sentences: sentence_ids.len(),
            });
        };
        let entity_id = match record_ids.get(&m.entity) {
            Some(&id) => id,
            None => upsert_entity(
                tx,
                ids,
                &EntityRecord {
                    key: m.entity.clone(),
                    attrs: Default::default(),
                    aliases: vec![m.surface.clone()],
                },
            )?,
        };
        stmt.execute(params![
            entity_id,
            sentence_id,
            doc_id,
            m.start as i64,
            m.end as i64,
            m.surface
        ])?;
        insert_alias(tx, ids, entity_id, &m.surface)?;
        *counts.entry(entity_id).or_default() += 1;
        by_sentence.entry(m.sentence).or_default().insert(entity_id);
    }
    Ok((by_sentence, counts))
}

fn apply_entity_deltas(
    tx: &Transaction<'_>,
    deltas: &BTreeMap<i64, EntityDelta>,
    sign: i64,
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "UPDATE entities SET mention_count = mention_count + ?2,
                             sentence_count = sentence_count + ?3,
                             paragraph_count = paragraph_count + ?4,
                             document_count = document_count + ?5
         WHERE id = ?1",
    )?;
    for (id, d) in deltas {
        stmt.execute(params![
            id,
            sign * d.mentions,
            sign * d.sentences,
            sign * d.paragraphs,
            sign * d.documents
        ])?;
    }
    Ok(())
}

/// Adds a batch's pair counts, one statement per distinct pair, in pair
/// order (so new relations get ids in pair order, as before). A pair with
/// supporting sentences needs its relation id: a probe, then a plain
/// UPDATE or INSERT (cheaper than an upsert with RETURNING, which
/// materialises its result). A pair without (most pairs share only a
/// paragraph or document) is one upsert that returns nothing.
fn flush_pairs(tx: &Transaction<'_>, acc: PairCounts) -> Result<()> {
    let mut find = tx.prepare_cached(
        "SELECT id FROM relations WHERE kind = 'cooccurs' AND source_id = ?1 AND target_id = ?2",
    )?;
    let mut update = tx.prepare_cached(
        "UPDATE relations SET sentence_count = sentence_count + ?2,
                              paragraph_count = paragraph_count + ?3,
                              document_count = document_count + ?4
         WHERE id = ?1",
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO relations (kind, source_id, target_id, sentence_count, paragraph_count, document_count)
         VALUES ('cooccurs', ?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut upsert = tx.prepare_cached(
        "INSERT INTO relations (kind, source_id, target_id, sentence_count, paragraph_count, document_count)
         VALUES ('cooccurs', ?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (kind, source_id, target_id) DO UPDATE SET
             sentence_count = sentence_count + excluded.sentence_count,
             paragraph_count = paragraph_count + excluded.paragraph_count,
             document_count = document_count + excluded.document_count",
    )?;
    let mut evidence = tx.prepare_cached(
        "INSERT OR IGNORE INTO relation_evidence (relation_id, sentence_id) VALUES (?1, ?2)",
    )?;
    // Sorted keys, not a sorted copy of the map: a long document has
    // millions of pairs.
    let mut keys: Vec<(i64, i64)> = acc.pairs.keys().copied().collect();
    keys.sort_unstable();
    let mut support = acc.evidence;
    support.sort_unstable();
    let mut support = support.into_iter().peekable();
    for (a, b) in keys {
        let d = acc.pairs[&(a, b)];
        if support.peek().is_none_or(|(pair, _)| *pair != (a, b)) {
            upsert.execute(params![a, b, d.sentences, d.paragraphs, d.documents])?;
            continue;
        }
        let found: Option<i64> = find.query_row(params![a, b], |r| r.get(0)).optional()?;
        let id = match found {
            Some(id) => {
                update.execute(params![id, d.sentences, d.paragraphs, d.documents])?;
                id
            }
            None => {
                insert.execute(params![a, b, d.sentences, d.paragraphs, d.documents])?;
                tx.last_insert_rowid()
            }
        };
        while let Some((_, sid)) = support.next_if(|(pair, _)| *pair == (a, b)) {
            evidence.execute(params![id, sid])?;
        }
    }
    Ok(())
}

/// Removes a document and everything it contributed: its sentences,
/// mentions and evidence (by cascade), its share of every count, and the
/// entities and relations left with nothing to support them.
pub(super) fn delete_document(tx: &Transaction<'_>, doc_id: i64) -> Result<()> {
    let mut by_sentence: BTreeMap<usize, BTreeSet<i64>> = BTreeMap::new();
    let mut mention_counts: BTreeMap<i64, i64> = BTreeMap::new();
    {
        let mut stmt = tx.prepare_cached(
            "SELECT m.entity_id, s.idx FROM mentions m
             JOIN sentences s ON s.id = m.sentence_id WHERE m.document_id = ?1",
        )?;
        let rows = stmt.query_map([doc_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (entity, idx) = row?;
            by_sentence.entry(idx as usize).or_default().insert(entity);
            *mention_counts.entry(entity).or_default() += 1;
        }
    }
    let keys = stored_window_keys(tx, doc_id)?;
    let mut pairs = PairCounts::default();
    let mut entity_deltas = window_counts(&by_sentence, |s| keys[&s], |_| None, &mut pairs);
    for (id, n) in mention_counts {
        entity_deltas.entry(id).or_default().mentions = n;
    }
    apply_entity_deltas(tx, &entity_deltas, -1)?;
    {
        let mut stmt = tx.prepare_cached(
            "UPDATE relations SET sentence_count = sentence_count - ?3,
                                  paragraph_count = paragraph_count - ?4,
                                  document_count = document_count - ?5
             WHERE kind = 'cooccurs' AND source_id = ?1 AND target_id = ?2",
        )?;
        for ((a, b), d) in &pairs.pairs {
            stmt.execute(params![a, b, d.sentences, d.paragraphs, d.documents])?;
        }
    }
    tx.execute("DELETE FROM documents WHERE id = ?1", [doc_id])?;
    tx.execute(
        "DELETE FROM relations WHERE kind = 'cooccurs' AND document_count <= 0",
        [],
    )?;
    // Entities nobody mentions any more, unless something still lies in
    // them; repeated because removing a county can free its prefecture.
    loop {
        let n = tx.execute(
            "DELETE FROM entities WHERE mention_count <= 0
               AND id NOT IN (SELECT target_id FROM relations WHERE kind = 'located_in')",
            [],
        )?;
        if n == 0 {
            break;
        }
    }
    Ok(())
}

fn lookup_entity(
    tx: &Transaction<'_>,
    ids: &mut EntityIds,
    etype: EntityType,
    name: &str,
) -> Result<Option<i64>> {
    let key = (etype, name.to_string());
    if let Some(&id) = ids.ids.get(&key) {
        return Ok(Some(id));
    }
    let found: Option<i64> = match ids.by_name.get(&key) {
        Some(&id) => Some(id),
        None => tx
            .prepare_cached("SELECT id FROM entities WHERE type = ?1 AND name = ?2")?
            .query_row(params![etype.as_str(), name], |r| r.get(0))
            .optional()?,
    };
    let found = match found {
        Some(id) => {
            ids.by_name.insert(key, id);
            Some(id)
        }
        None => tx
            .prepare_cached(
                "SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id
                 WHERE e.type = ?1 AND a.alias = ?2 ORDER BY e.mention_count DESC LIMIT 1",
            )?
            .query_row(params![etype.as_str(), name], |r| r.get(0))
            .optional()?,
    };
    if let Some(id) = found {
        ids.ids.insert((etype, name.to_string()), id);
    }
    Ok(found)
}

/// Gives attributes to an entity stored without any (an entity first met
/// as a bare mention, later named by the gazetteer or a park's name).
fn fill_attributes(
    tx: &Transaction<'_>,
    id: i64,
    attrs_json: Option<&str>,
    record: &EntityRecord,
) -> Result<()> {
    if let Some(json) = attrs_json {
        tx.prepare_cached(
            "UPDATE entities SET attributes = ?2, admin_code = COALESCE(admin_code, ?3)
             WHERE id = ?1 AND attributes = '{}'",
        )?
        .execute(params![id, json, record.attrs.admin_code])?;
    }
    Ok(())
}

/// Finds the entity by canonical name or any alias (same type) and merges
/// the record into it; creates it when unknown. A fuller canonical name
/// replaces a shorter one.
fn upsert_entity(tx: &Transaction<'_>, ids: &mut EntityIds, record: &EntityRecord) -> Result<i64> {
    if let Some(&id) = ids.merged.get(&record.key) {
        return Ok(id);
    }
    let etype = record.key.etype;
    let canonical = &record.key.canonical;
    let mut existing = lookup_entity(tx, ids, etype, canonical)?;
    let found_by_name = existing.is_some();
    if existing.is_none() {
        for alias in &record.aliases {
            if let Some(id) = lookup_entity(tx, ids, etype, alias)? {
                existing = Some(id);
                break;
            }
        }
    }
    let attrs_json = if record.attrs.is_empty() {
        None
    } else {
        Some(serde_json::to_string(&record.attrs).expect("attrs serialise"))
    };
    let id = match existing {
        Some(id) if found_by_name => {
            fill_attributes(tx, id, attrs_json.as_deref(), record)?;
            id
        }
        Some(id) => {
            let current: String =
                tx.query_row("SELECT name FROM entities WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
            if current != *canonical && canonical.chars().count() > current.chars().count() {
                let taken: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM entities WHERE type = ?1 AND name = ?2",
                        params![etype.as_str(), canonical],
                        |r| r.get(0),
                    )
                    .optional()?;
                if taken.is_none() {
                    ids.by_name.remove(&(etype, current.clone()));
                    tx.execute(
                        "UPDATE entities SET name = ?2 WHERE id = ?1",
                        params![id, canonical],
                    )?;
                }
            }
            fill_attributes(tx, id, attrs_json.as_deref(), record)?;
            id
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO entities (type, name, admin_code, attributes) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![
                etype.as_str(),
                canonical,
                record.attrs.admin_code,
                attrs_json.as_deref().unwrap_or("{}")
            ])?;
            let id = tx.last_insert_rowid();
            ids.by_name.insert((etype, canonical.clone()), id);
            id
        }
    };
    ids.ids.insert((etype, canonical.clone()), id);
    insert_alias(tx, ids, id, canonical)?;
    for alias in &record.aliases {
        insert_alias(tx, ids, id, alias)?;
        ids.ids.insert((etype, alias.clone()), id);
    }
    ids.merged.insert(record.key.clone(), id);
    Ok(id)
}
