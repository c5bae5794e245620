//! Plain data shared by every stage: documents, sentences, entity types,
//! mentions. No I/O here.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

/// The six entity types of ANNOTATION.md. The first four are scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    County,
    Firm,
    Park,
    Platform,
    Region,
    Institution,
}

impl EntityType {
    pub const ALL: [EntityType; 6] = [
        EntityType::County,
        EntityType::Firm,
        EntityType::Park,
        EntityType::Platform,
        EntityType::Region,
        EntityType::Institution,
    ];
    pub const SCORED: [EntityType; 4] = [
        EntityType::County,
        EntityType::Firm,
        EntityType::Park,
        EntityType::Platform,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::County => "county",
            EntityType::Firm => "firm",
            EntityType::Park => "park",
            EntityType::Platform => "platform",
            EntityType::Region => "region",
            EntityType::Institution => "institution",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    pub fn is_scored(self) -> bool {
        EntityType::SCORED.contains(&self)
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for EntityType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EntityType::parse(s).ok_or_else(|| {
            format!("unknown entity type '{s}' (expected county, firm, park, platform, region or institution)")
        })
    }
}

/// One sentence of a cleaned document. Offsets are in `char`s (Unicode scalar
/// values) into `ParsedDoc::text`; `text` equals that slice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// 0-based paragraph number within the document.
    pub paragraph: usize,
    /// 0-based sentence number within the document.
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A document after decoding, cleaning and splitting: ready for extraction.
#[derive(Clone, Debug, Serialize)]
pub struct ParsedDoc {
    pub path: PathBuf,
    pub file_name: String,
    /// Hex SHA-256 of the raw bytes of the file.
    pub hash: String,
    /// "utf-8", "gbk" or "gb18030".
    pub encoding: String,
    pub title: Option<String>,
    /// ISO date (YYYY-MM-DD), or date and time (YYYY-MM-DD HH:MM:SS).
    pub published: Option<String>,
    /// The cleaned body text: page furniture removed.
    pub text: String,
    pub sentences: Vec<Sentence>,
    /// Size of the raw file in bytes.
    pub byte_len: usize,
}

impl ParsedDoc {
    pub fn char_count(&self) -> usize {
        self.text.chars().count()
    }
}

/// Stable identity of an entity across documents: type plus canonical name
/// (the fullest form seen).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityKey {
    pub etype: EntityType,
    pub canonical: String,
}

impl EntityKey {
    pub fn new(etype: EntityType, canonical: impl Into<String>) -> Self {
        EntityKey {
            etype,
            canonical: canonical.into(),
        }
    }
}

/// Facts about an entity beyond its name: administrative code and the parent
/// in the administrative hierarchy (county → prefecture → province).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityAttrs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_code: Option<String>,
    /// Canonical name of the administrative parent (a `region`), if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// For parks: canonical name of the county the park lies in, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub county: Option<String>,
}

impl EntityAttrs {
    pub fn is_empty(&self) -> bool {
        self == &EntityAttrs::default()
    }
}

/// One occurrence of an entity in a sentence. `start`/`end` are `char`
/// offsets into the sentence's text, and `surface` equals that slice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Index into `ParsedDoc::sentences`.
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub surface: String,
    pub entity: EntityKey,
}

/// Everything extraction found in one document: its mentions and, for each
/// entity mentioned, its attributes and every alias the extractor knows.
#[derive(Clone, Debug, Default)]
pub struct DocExtraction {
    pub mentions: Vec<Mention>,
    pub entities: Vec<EntityRecord>,
}

/// An entity as the store receives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntityRecord {
    pub key: EntityKey,
    pub attrs: EntityAttrs,
    /// Every surface form known for this entity (canonical included).
    pub aliases: Vec<String>,
}
