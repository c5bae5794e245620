//! The JSON Lines record of ANNOTATION.md: one document and the entities
//! named in it. Gold files and prediction files (`export mentions`) share
//! it; `eval` scores one against the other and `store` writes predictions
//! in it.

use super::{DocExtraction, EntityType};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One entity of a gold or prediction record. Gold files use `aliases`,
/// prediction files `mentions`; both are read into `forms`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordEntity {
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub name: String,
    #[serde(default, alias = "aliases", rename = "mentions")]
    pub forms: Vec<String>,
}

/// One document of a gold or prediction file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocRecord {
    pub doc: String,
    pub entities: Vec<RecordEntity>,
}

#[derive(Debug, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct RecordParseError {
    pub line: usize,
    pub reason: String,
}

/// Parses a JSON Lines gold or prediction file. Blank lines are skipped.
pub fn parse_jsonl(text: &str) -> Result<Vec<DocRecord>, RecordParseError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let d: DocRecord = serde_json::from_str(line).map_err(|e| RecordParseError {
            line: i + 1,
            reason: e.to_string(),
        })?;
        out.push(d);
    }
    Ok(out)
}

/// The prediction record of one document: one entity per entity mentioned,
/// `name` = canonical, `mentions` = the distinct surfaces in this document
/// (in order of first occurrence).
pub fn prediction_record(doc_name: &str, extraction: &DocExtraction) -> DocRecord {
    let mut order: Vec<(EntityType, String)> = Vec::new();
    let mut surfaces: HashMap<(EntityType, String), Vec<String>> = HashMap::new();
    for m in &extraction.mentions {
        let k = (m.entity.etype, m.entity.canonical.clone());
        let list = surfaces.entry(k.clone()).or_insert_with(|| {
            order.push(k.clone());
            Vec::new()
        });
        if !list.contains(&m.surface) {
            list.push(m.surface.clone());
        }
    }
    let entities = order
        .into_iter()
        .map(|k| {
            let forms = surfaces.remove(&k).unwrap_or_default();
            RecordEntity {
                etype: k.0,
                name: k.1,
                forms,
            }
        })
        .collect();
    DocRecord {
        doc: doc_name.to_string(),
        entities,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_aliases_and_predicted_mentions_are_both_forms() {
        let parsed = parse_jsonl(
            r#"{"doc":"a.txt","entities":[{"type":"firm","name":"X公司","aliases":["X"]}]}

{"doc":"b.txt","entities":[{"type":"park","name":"Y园","mentions":["Y园"]}]}"#,
        )
        .unwrap();
        assert_eq!(parsed[0].entities[0].forms, vec!["X".to_string()]);
        assert_eq!(parsed[1].entities[0].forms, vec!["Y园".to_string()]);
        let line = serde_json::to_string(&parsed[1]).unwrap();
        assert_eq!(
            line,
            r#"{"doc":"b.txt","entities":[{"type":"park","name":"Y园","mentions":["Y园"]}]}"#
        );
    }

    #[test]
    fn a_bad_line_is_named() {
        let err =
            parse_jsonl("\n{\"doc\":\"a.txt\",\"entities\":[{\"type\":\"town\",\"name\":\"X\"}]}")
                .unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.reason.contains("town"), "{}", err.reason);
    }
}
