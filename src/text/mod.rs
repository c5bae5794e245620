//! Text front end: raw bytes in, a `ParsedDoc` out. Pure: no file system,
//! no database.
//!
//! `decode` picks the encoding, `clean` turns HTML into text (via `html`)
//! and strips page furniture (breadcrumbs, copyright blocks, related-article
//! lists…) and finds title and date, `split` cuts paragraphs and sentences
//! with character offsets. The body is one paragraph per line, joined by a
//! single `\n`.

pub mod clean;
pub mod decode;
pub mod html;
pub mod script;
pub mod split;

use crate::model::ParsedDoc;
use sha2::{Digest, Sha256};
use std::path::Path;

pub use decode::DecodeError;

/// Hex SHA-256 of raw bytes: the identity of a stored document.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}

/// How much of a page's text cleaning kept and dropped, in characters of
/// its text lines (markup and line breaks not counted).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kept {
    pub kept_chars: usize,
    pub dropped_chars: usize,
}

impl Kept {
    /// More than half of the text dropped: worth a warning.
    pub fn mostly_dropped(&self) -> bool {
        self.dropped_chars > self.kept_chars
    }

    /// Share of the text dropped, in percent (0 for an empty page).
    pub fn dropped_percent(&self) -> f64 {
        let total = self.kept_chars + self.dropped_chars;
        if total == 0 {
            0.0
        } else {
            100.0 * self.dropped_chars as f64 / total as f64
        }
    }
}

/// Decode, clean and split one file's bytes.
pub fn parse_document(path: &Path, bytes: &[u8]) -> Result<ParsedDoc, DecodeError> {
    parse_document_counted(path, bytes).map(|(doc, _)| doc)
}

/// `parse_document`, plus how much of the text cleaning kept.
pub fn parse_document_counted(path: &Path, bytes: &[u8]) -> Result<(ParsedDoc, Kept), DecodeError> {
    let (doc, cleaned) = parse_document_cleaned(path, bytes)?;
    let kept = Kept {
        kept_chars: cleaned.kept_chars,
        dropped_chars: cleaned.dropped_chars,
    };
    Ok((doc, kept))
}

/// `parse_document`, plus the cleaner's whole account: the dropped blocks
/// with their reasons (for `show-doc`).
pub fn parse_document_cleaned(
    path: &Path,
    bytes: &[u8],
) -> Result<(ParsedDoc, clean::Cleaned), DecodeError> {
    let decoded = decode::decode(bytes)?;
    let is_html = clean::looks_like_html(path, &decoded.text);
    let mut cleaned = clean::clean(&decoded.text, is_html);
    let body = std::mem::take(&mut cleaned.body);
    let sentences = split::split(&body);
    let doc = ParsedDoc {
        path: path.to_path_buf(),
        file_name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        hash: content_hash(bytes),
        encoding: decoded.encoding.to_string(),
        title: cleaned.title.take(),
        published: cleaned.published.take(),
        text: body,
        sentences,
        byte_len: bytes.len(),
    };
    Ok((doc, cleaned))
}
