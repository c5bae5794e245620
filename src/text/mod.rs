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

/// Decode, clean and split one file's bytes.
pub fn parse_document(path: &Path, bytes: &[u8]) -> Result<ParsedDoc, DecodeError> {
    let decoded = decode::decode(bytes)?;
    let is_html = clean::looks_like_html(path, &decoded.text);
    let cleaned = clean::clean(&decoded.text, is_html);
    let sentences = split::split(&cleaned.body);
    Ok(ParsedDoc {
        path: path.to_path_buf(),
        file_name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        hash: content_hash(bytes),
        encoding: decoded.encoding.to_string(),
        title: cleaned.title,
        published: cleaned.published,
        text: cleaned.body,
        sentences,
        byte_len: bytes.len(),
    })
}
