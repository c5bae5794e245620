//! Stored mentions in the prediction format of ANNOTATION.md.

use super::stored::parse_col;
use super::{Result, Store};
use crate::model::record::{DocRecord, RecordEntity};
use crate::model::EntityType;
use std::collections::BTreeMap;

impl Store {
    /// Every stored document with the entities mentioned in it, ordered by
    /// file name; surfaces in order of first occurrence. An entity of an
    /// unknown type is an error naming its row.
    pub fn predictions(&self) -> Result<Vec<DocRecord>> {
        self.predictions_in(&super::DateRange::default())
    }

    /// `predictions` of the documents published in `range`.
    pub fn predictions_in(&self, range: &super::DateRange) -> Result<Vec<DocRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT d.file_name, d.id, e.id, e.type, e.name, m.surface
             FROM documents d
             LEFT JOIN mentions m ON m.document_id = d.id
             LEFT JOIN sentences s ON s.id = m.sentence_id
             LEFT JOIN entities e ON e.id = m.entity_id
             WHERE (?1 IS NULL OR d.published >= ?1) AND (?2 IS NULL OR d.published <= ?2)
             ORDER BY d.file_name, d.id, s.idx, m.char_start",
        )?;
        let (since, until) = range.bounds();
        let mut rows = stmt.query(rusqlite::params![since, until])?;
        let mut out: Vec<DocRecord> = Vec::new();
        let mut current_doc: Option<i64> = None;
        let mut by_entity: BTreeMap<i64, usize> = BTreeMap::new();
        while let Some(row) = rows.next()? {
            let file_name: String = row.get(0)?;
            let doc_id: i64 = row.get(1)?;
            if current_doc != Some(doc_id) {
                current_doc = Some(doc_id);
                by_entity.clear();
                out.push(DocRecord {
                    doc: file_name,
                    entities: Vec::new(),
                });
            }
            let Some(entity_id) = row.get::<_, Option<i64>>(2)? else {
                continue;
            };
            let etype: EntityType = parse_col(row, 3, "entities", entity_id)?;
            let name: String = row.get(4)?;
            let doc = out.last_mut().expect("pushed above");
            let slot = *by_entity.entry(entity_id).or_insert_with(|| {
                doc.entities.push(RecordEntity {
                    etype,
                    name,
                    forms: Vec::new(),
                });
                doc.entities.len() - 1
            });
            let surface: String = row.get(5)?;
            let mentions = &mut doc.entities[slot].forms;
            if !mentions.contains(&surface) {
                mentions.push(surface);
            }
        }
        Ok(out)
    }
}
