//! Encoding detection: UTF-8 first, then GBK/GB18030; binary refused.
//!
//! Order of checks:
//! 1. empty input (also a file holding only a BOM);
//! 2. magic numbers of common binary formats (PNG, JPEG, GIF, ZIP, PDF,
//!    GZIP, ELF…), NUL bytes, a UTF-16 BOM, a high share of control bytes;
//! 3. strict UTF-8 (a UTF-8 BOM is dropped); UTF-8 cut in the middle of the
//!    last character is accepted;
//! 4. GB18030 (a superset of GBK). Reported as "gbk" unless the bytes use
//!    GB18030-only four-byte sequences. GBK decoding of random high bytes
//!    often "succeeds", so the result must look like text: most double-byte
//!    characters must lie in the GB2312 hanzi/punctuation area, and few
//!    private-use characters may appear;
//! 5. UTF-8 with a handful of broken sequences (lossy, rare web scrapes);
//! 6. otherwise `UnknownEncoding`.

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

const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"%PDF", "PDF document"),
    (b"\x1F\x8B", "GZIP archive"),
    (b"BZh", "BZIP2 archive"),
    (b"\xFD7zXZ\x00", "XZ archive"),
    (b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
    (b"Rar!\x1A\x07", "RAR archive"),
    (b"\x7FELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x28\xB5\x2F\xFD", "Zstandard archive"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
];

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(DecodeError::Binary(format!("{what} signature")));
        }
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(DecodeError::Binary("UTF-16 text is not supported".into()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if memchr_nul(bytes) {
        return Err(DecodeError::Binary("contains NUL bytes".into()));
    }
    let controls = bytes
        .iter()
        .filter(|&&b| {
            (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A | 0x1B)) || b == 0x7F
        })
        .count();
    // More than 2% control bytes (and more than a stray one or two).
    if controls > 2 && controls * 50 > bytes.len() {
        return Err(DecodeError::Binary(format!(
            "{:.0}% control bytes",
            controls as f64 * 100.0 / bytes.len() as f64
        )));
    }

    match std::str::from_utf8(bytes) {
        Ok(s) => return checked(s.to_string(), "utf-8"),
        Err(e) if e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len() => {
            // Truncated in the middle of the last character.
            let s = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            if !s.trim().is_empty() {
                return checked(s.to_string(), "utf-8");
            }
        }
        Err(_) => {}
    }

    if let Some(stats) = gb_stats(bytes) {
        let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
        if !had_errors && stats.looks_like_text() {
            let enc = if stats.four_byte > 0 {
                "gb18030"
            } else {
                "gbk"
            };
            return checked(text.into_owned(), enc);
        }
    }

    // Mostly valid UTF-8 with a few broken sequences.
    let lossy = String::from_utf8_lossy(bytes);
    let bad = lossy.chars().filter(|&c| c == '\u{FFFD}').count();
    let multibyte = lossy
        .chars()
        .filter(|&c| c as u32 >= 0x80 && c != '\u{FFFD}')
        .count();
    if multibyte >= 20 && bad * 100 <= multibyte {
        let text: String = lossy.chars().filter(|&c| c != '\u{FFFD}').collect();
        return checked(text, "utf-8");
    }
    Err(DecodeError::UnknownEncoding)
}

fn memchr_nul(bytes: &[u8]) -> bool {
    bytes.contains(&0)
}

/// Final sanity check on decoded text: refuse text made mostly of
/// private-use, unassigned-looking or control characters.
fn checked(text: String, encoding: &'static str) -> Result<Decoded, DecodeError> {
    // On UTF-8 bytes: count characters, and among them private-use
    // characters, controls and U+FFFD.
    const SUSPECT: [bool; 256] = {
        let mut t = [false; 256];
        let mut i = 0;
        while i < 0x20 {
            t[i] = !matches!(i, 0x09 | 0x0A | 0x0C | 0x0D | 0x1A | 0x1B);
            i += 1;
        }
        t[0x7F] = true;
        t[0xC2] = true;
        t[0xEE] = true;
        t[0xEF] = true;
        t[0xF3] = true;
        t[0xF4] = true;
        t
    };
    let b = text.as_bytes();
    // All characters, white space included (a SIMD-friendly count).
    let total = text.chars().count();
    let mut bad = 0usize;
    for (i, &c) in b.iter().enumerate() {
        if !SUSPECT[c as usize] {
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(0);
        let is_bad = match c {
            0x00..=0x19 | 0x1C..=0x1F | 0x7F => true,
            0xC2 => (0x80..=0x9F).contains(&next) && next != 0x85,
            0xEE => true, // U+E000–U+EFFF
            0xEF => (0x80..=0xA3).contains(&next) || (next == 0xBF && b.get(i + 2) == Some(&0xBD)), // U+F000–U+F8FF, U+FFFD
            0xF3 => next >= 0xB0, // plane 15
            0xF4 => true,         // plane 16
            _ => false,
        };
        bad += is_bad as usize;
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    if bad > 2 && bad * 10 > total {
        return Err(DecodeError::UnknownEncoding);
    }
    Ok(Decoded { text, encoding })
}

#[derive(Debug, Default)]
struct GbStats {
    /// Double-byte characters in GB2312 hanzi or punctuation rows.
    common: usize,
    /// Other double-byte characters (GBK extensions, user-defined areas).
    rare: usize,
    four_byte: usize,
}

impl GbStats {
    fn looks_like_text(&self) -> bool {
        let multi = self.common + self.rare;
        if multi == 0 {
            return self.four_byte > 0;
        }
        // Real GBK text: nearly all characters are GB2312; random bytes give
        // about 28% GB2312 hanzi.
        self.rare <= 2 || self.rare * 4 <= multi
    }
}

/// Structural scan of GB18030 bytes; `None` if the bytes are not well formed.
fn gb_stats(bytes: &[u8]) -> Option<GbStats> {
    let mut s = GbStats::default();
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        if b == 0x80 || b == 0xFF {
            return None;
        }
        let b2 = *bytes.get(i + 1)?;
        if (0x30..=0x39).contains(&b2) {
            let b3 = *bytes.get(i + 2)?;
            let b4 = *bytes.get(i + 3)?;
            if !(0x81..=0xFE).contains(&b3) || !(0x30..=0x39).contains(&b4) {
                return None;
            }
            s.four_byte += 1;
            i += 4;
            continue;
        }
        if !(0x40..=0xFE).contains(&b2) || b2 == 0x7F {
            return None;
        }
        let gb2312_row = (0xB0..=0xF7).contains(&b) || (0xA1..=0xA9).contains(&b);
        if gb2312_row && b2 >= 0xA1 {
            s.common += 1;
        } else {
            s.rare += 1;
        }
        i += 2;
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &[u8], expected: &str) {
        let actual = match decode(input) {
            Ok(d) => format!("{}: {}", d.encoding, d.text),
            Err(e) => format!("error: {e}"),
        };
        assert_eq!(actual, expected, "input: {input:?}");
    }

    fn gbk(s: &str) -> Vec<u8> {
        let (b, _, unmappable) = encoding_rs::GBK.encode(s);
        assert!(!unmappable);
        b.into_owned()
    }

    fn gb18030(s: &str) -> Vec<u8> {
        let (b, _, unmappable) = encoding_rs::GB18030.encode(s);
        assert!(!unmappable);
        b.into_owned()
    }

    #[test]
    fn utf8() {
        check("遂昌建设三大平台".as_bytes(), "utf-8: 遂昌建设三大平台");
        check(b"\xEF\xBB\xBFabc", "utf-8: abc");
        check("浙江在线10月11日讯".as_bytes(), "utf-8: 浙江在线10月11日讯");
        // truncated inside the last character
        let mut b = "衢州在新赛道上加速奔跑".as_bytes().to_vec();
        b.pop();
        check(&b, "utf-8: 衢州在新赛道上加速奔");
    }

    #[test]
    fn gbk_and_gb18030() {
        check(
            &gbk("上虞:全面建设高水平“创新强区、品质名城”。"),
            "gbk: 上虞:全面建设高水平“创新强区、品质名城”。",
        );
        check(&gbk("丽水市遂昌县,2021年"), "gbk: 丽水市遂昌县,2021年");
        check(
            &gb18030("吉野家𠮷野家在杭州开店€"),
            "gb18030: 吉野家𠮷野家在杭州开店€",
        );
        check(&gb18030("ǹ字与㐀字"), "gb18030: ǹ字与㐀字");
    }

    #[test]
    fn rejected() {
        check(b"", "error: empty file");
        check(b"\xEF\xBB\xBF", "error: empty file");
        check(b" \n\t ", "error: empty file");
        check(
            b"\x89PNG\r\n\x1a\n\x00\x00",
            "error: looks like a binary file (PNG image signature)",
        );
        check(
            b"\xFF\xD8\xFF\xE0\x00\x10JFIF",
            "error: looks like a binary file (JPEG image signature)",
        );
        check(
            b"PK\x03\x04\x14\x00",
            "error: looks like a binary file (ZIP archive signature)",
        );
        check(
            b"%PDF-1.7\n",
            "error: looks like a binary file (PDF document signature)",
        );
        check(
            b"\x1F\x8B\x08\x00",
            "error: looks like a binary file (GZIP archive signature)",
        );
        check(
            b"abc\x00def",
            "error: looks like a binary file (contains NUL bytes)",
        );
        check(
            b"a\x01b\x02c\x03d\x04e\x05",
            "error: looks like a binary file (50% control bytes)",
        );
        // random high bytes: each pair is valid GBK, but mostly rare characters
        check(
            b"\x81\x81\x82\x82\x83\x83\xAA\xA1\xFE\xFE\x90\x90",
            "error: not valid UTF-8, GBK or GB18030 text",
        );
        check(
            b"\xC3\x28\xA0\xA1\xFF\xFF",
            "error: not valid UTF-8, GBK or GB18030 text",
        );
    }
}
