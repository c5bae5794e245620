//! Plain data shared by every stage: documents, sentences, entity types,
//! mentions, relation kinds, window counts, name normalisation and the
//! JSON Lines record of gold and prediction files. No I/O here.

mod name;
pub mod record;

pub use name::{normalize_name, QUOTE_MARKS};

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

/// The kind of a stored relation, as `relations.kind` spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// The two ends share windows; stored with `source < target`.
    Cooccurs,
    /// The source lies in the target (county → prefecture → province,
    /// park → county).
    LocatedIn,
}

impl RelationKind {
    pub const ALL: [RelationKind; 2] = [RelationKind::Cooccurs, RelationKind::LocatedIn];

    /// The stored text.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Cooccurs => "cooccurs",
            RelationKind::LocatedIn => "located_in",
        }
    }

    pub fn parse(s: &str) -> Option<RelationKind> {
        RelationKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for RelationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for RelationKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RelationKind::parse(s)
            .ok_or_else(|| format!("unknown relation kind '{s}' (expected cooccurs or located_in)"))
    }
}

/// In how many sentences, paragraphs and documents something occurs: an
/// entity (the denominators of the measures), or the two ends of a
/// relation together (its shared windows). In JSON an object with these
/// three names, so readers need not know an order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct WindowCounts {
    pub sentence: i64,
    pub paragraph: i64,
    pub document: i64,
}

impl WindowCounts {
    /// Each count with its window's name, narrowest window first.
    pub fn named(&self) -> [(&'static str, i64); 3] {
        [
            ("sentence", self.sentence),
            ("paragraph", self.paragraph),
            ("document", self.document),
        ]
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

    /// The text a mention covers in its sentence, as written there.
    pub fn written(&self, m: &Mention) -> String {
        self.sentences[m.sentence]
            .text
            .chars()
            .skip(m.start)
            .take(m.end - m.start)
            .collect()
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

/// The text a document's path is stored and keyed under. A UTF-8 path
/// without a backslash is itself; any other path is written with `\\` for
/// a backslash and `\xNN` for each byte that is not UTF-8, so two file
/// names that differ only in non-UTF-8 bytes (GBK names from a Windows
/// archive) never share a key, and the key still reads as the path.
/// Plain keys hold no backslash and escaped keys always do: the mapping is
/// one to one (`key_path` inverts it).
pub fn path_key(path: &std::path::Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let bytes = path.as_os_str().as_bytes();
    if let Ok(s) = std::str::from_utf8(bytes) {
        if !s.contains('\\') {
            return s.to_string();
        }
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '\\' {
                out.push_str("\\\\");
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// The path a key of `path_key` stands for.
pub fn key_path(key: &str) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    if !key.contains('\\') {
        return PathBuf::from(key);
    }
    let mut bytes = Vec::with_capacity(key.len());
    let mut rest = key.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        match (b, tail) {
            (b'\\', [b'\\', t @ ..]) => {
                bytes.push(b'\\');
                rest = t;
            }
            (b'\\', [b'x', h, l, t @ ..]) => {
                let hex = [*h, *l];
                match std::str::from_utf8(&hex)
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    Some(v) => bytes.push(v),
                    None => bytes.extend_from_slice(&[b'\\', b'x', *h, *l]),
                }
                rest = t;
            }
            _ => {
                bytes.push(b);
                rest = tail;
            }
        }
    }
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(test)]
mod kind_tests {
    use super::*;

    #[test]
    fn relation_kinds_round_trip_through_their_stored_text() {
        for k in RelationKind::ALL {
            assert_eq!(k.as_str().parse::<RelationKind>(), Ok(k));
            assert_eq!(k.to_string(), k.as_str());
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
    }

    #[test]
    fn an_unknown_kind_or_type_is_an_error_naming_it() {
        let err = "contains".parse::<RelationKind>().unwrap_err();
        assert!(
            err.contains("'contains'") && err.contains("located_in"),
            "{err}"
        );
        let err = "town".parse::<EntityType>().unwrap_err();
        assert!(
            err.contains("'town'") && err.contains("institution"),
            "{err}"
        );
    }

    #[test]
    fn window_counts_serialise_by_name_in_window_order() {
        let c = WindowCounts {
            sentence: 1,
            paragraph: 2,
            document: 3,
        };
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            r#"{"sentence":1,"paragraph":2,"document":3}"#
        );
    }
}

#[cfg(test)]
mod path_key_tests {
    use super::*;
    use std::os::unix::ffi::OsStrExt;

    #[test]
    fn keys_are_one_to_one_and_invertible() {
        let paths: Vec<PathBuf> = [
            &b"/news/\xe9\x81\x82\xe6\x98\x8c.txt"[..],
            b"/news/\xb0\xa1.txt",
            b"/news/\xb0\xa2.txt",
            b"/news/\\xB0\xa1.txt",
            b"/news/a\\b.txt",
            b"/news/a\\\\b.txt",
            b"/news/\\xB0.txt",
        ]
        .iter()
        .map(|b| PathBuf::from(std::ffi::OsStr::from_bytes(b)))
        .collect();
        let keys: std::collections::HashSet<String> = paths.iter().map(|p| path_key(p)).collect();
        assert_eq!(keys.len(), paths.len());
        for p in &paths {
            assert_eq!(&key_path(&path_key(p)), p, "{}", path_key(p));
        }
        assert_eq!(path_key(&paths[0]), "/news/遂昌.txt");
        assert_eq!(path_key(&paths[1]), "/news/\\xB0\\xA1.txt");
    }
}
