//! Encoding detection: UTF-8 first, then GBK/GB18030; binary refused.

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("empty file")]
    Empty,
    #[error("looks like a binary file ({0})")]
    Binary(String),
    #[error("not valid UTF-8, GBK or GB18030 text")]
    UnknownEncoding,
}

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// "utf-8", "gbk" or "gb18030".
    pub encoding: &'static str,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(DecodeError::Binary("contains NUL bytes".into()));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: s.to_string(),
            encoding: "utf-8",
        });
    }
    let (text, had_errors) = encoding_rs::GBK.decode_without_bom_handling(bytes);
    if !had_errors {
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: "gbk",
        });
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if !had_errors {
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: "gb18030",
        });
    }
    Err(DecodeError::UnknownEncoding)
}
