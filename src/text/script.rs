//! Traditional-script articles read through a simplified view: the same
//! text, character for character, with each traditional character replaced
//! by its simplified form (OpenCC's character table, `data/opencc/`; 著
//! after a verb that takes the particle, as in 隨著, reads as 着) and
//! full-width Latin letters and digits by ASCII, and odd spaces (NBSP,
//! U+3000, the typographic spaces) by the ASCII space, so that a name
//! written with any of them reads like one written with a plain space.
//! Zero-width characters never get here: cleaning removes them.
//! Offsets are unchanged, so whatever is found in the view is found at the
//! same place in the text as written.

use crate::model::ParsedDoc;
use std::collections::HashMap;
use std::sync::LazyLock;

const TABLE: &str = include_str!("../../data/opencc/TSCharacters.txt");

/// The table for the Basic Multilingual Plane (traditional characters,
/// full-width letters and digits, odd spaces), indexed by code point (0:
/// no change), so that checking a document costs an array read per
/// character; the few characters beyond it use the map.
static BMP: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let mut table = vec![0u32; 0x10000];
    for (&from, &to) in TO_SIMPLIFIED.iter() {
        if (from as u32) < 0x10000 {
            table[from as usize] = to as u32;
        }
    }
    // full-width letters and digits read as ASCII
    for range in [
        '\u{FF10}'..='\u{FF19}',
        '\u{FF21}'..='\u{FF3A}',
        '\u{FF41}'..='\u{FF5A}',
    ] {
        for c in range {
            table[c as usize] = c as u32 - 0xFEE0;
        }
    }
    // odd spaces read as a plain space
    let spaces = ['\u{A0}', '\u{3000}', '\u{202F}', '\u{205F}'];
    for c in spaces.into_iter().chain('\u{2000}'..='\u{200A}') {
        table[c as usize] = ' ' as u32;
    }
    table
});

/// Builds the tables now rather than on first use (see `extract::warm_up`).
pub fn warm_up() {
    LazyLock::force(&BMP);
}

/// The table's one-character mappings: (traditional, simplified, whether
/// simplified script writes the traditional character too — 乾 of 乾坤, 昇
/// — as the table says by listing it among the forms). One character for
/// one: anything else would move offsets.
fn one_for_one() -> impl Iterator<Item = (char, char, bool)> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (from, to) = (fields.next()?, fields.next()?);
            let both_scripts = to.split(' ').any(|t| t == from);
            let mut from_chars = from.chars();
            let mut to_chars = to.split(' ').next()?.chars();
            match (
                from_chars.next(),
                from_chars.next(),
                to_chars.next(),
                to_chars.next(),
            ) {
                (Some(f), None, Some(t), None) if f != t => Some((f, t, both_scripts)),
                _ => None,
            }
        })
}

static TO_SIMPLIFIED: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    one_for_one()
        .filter(|&(_, _, both)| !both)
        .map(|(f, t, _)| (f, t))
        .collect()
});

/// Characters both scripts write, with their simplified form (乾 → 干 in
/// 乾燥, but 乾 in a simplified firm's name 某乾科技): read as simplified
/// only in a text that has other traditional characters.
static AMBIGUOUS: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    one_for_one()
        .filter(|&(_, _, both)| both)
        .map(|(f, t, _)| (f, t))
        .collect()
});

/// The form recognition reads a character in: simplified script,
/// full-width Latin letters and digits as ASCII (ＡＢＢ → ABB), odd spaces
/// as the ASCII space.
pub fn simplified_char(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let code = c as u32;
    if code < 0x10000 {
        return match BMP[code as usize] {
            0 => c,
            to => char::from_u32(to).unwrap_or(c),
        };
    }
    TO_SIMPLIFIED.get(&c).copied().unwrap_or(c)
}

/// `text` in simplified script, with the same number of characters, or
/// `None` when nothing in it is traditional.
pub fn simplified(text: &str) -> Option<String> {
    if !text.chars().any(|c| simplified_char(c) != c) {
        return None;
    }
    Some(convert(text, is_traditional(text)))
}

/// Does `text` have a character only traditional script writes?
fn is_traditional(text: &str) -> bool {
    text.chars()
        .any(|c| !c.is_ascii() && TO_SIMPLIFIED.contains_key(&c))
}

/// `text` read as simplified; the characters both scripts write too when
/// `traditional` (the text, or the document it is part of, is in
/// traditional script).
fn convert(text: &str, traditional: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = ' ';
    let read = |c: char| match AMBIGUOUS.get(&c) {
        Some(&to) if traditional => to,
        _ => simplified_char(c),
    };
    for c in text.chars().map(read) {
        // traditional script writes the particle 着 as 著 (隨著, 接著), a
        // character simplified script keeps for 著名: after a verb that
        // takes the particle it is the particle
        let c = if c == '著' && PARTICLE_VERBS.contains(prev) {
            '着'
        } else {
            c
        };
        out.push(c);
        prev = c;
    }
    out
}

/// Verbs after which a traditional 著 is the particle 着 (随着, 接着, 沿着,
/// 意味着, 本着, 围绕着…).
const PARTICLE_VERBS: &str = "随接跟沿本靠顺朝带绕味忙";

/// The document as recognition should read it: a simplified copy when any
/// of its text is in traditional script, `None` when it is already simplified.
pub fn simplified_view(doc: &ParsedDoc) -> Option<ParsedDoc> {
    let text = simplified(&doc.text)?;
    let traditional = is_traditional(&doc.text);
    let mut view = doc.clone();
    view.text = text;
    for s in &mut view.sentences {
        s.text = convert(&s.text, traditional);
    }
    Some(view)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        let got = simplified(input).unwrap_or_else(|| input.to_string());
        assert_eq!(got, expected);
        assert_eq!(got.chars().count(), input.chars().count());
    }

    #[test]
    fn traditional_names_read_as_simplified() {
        check("龍泉", "龙泉");
        check("南寧星瀾高新技術產業園", "南宁星澜高新技术产业园");
        check(
            "南寧星瀾技術轉移服務有限公司",
            "南宁星澜技术转移服务有限公司",
        );
    }

    #[test]
    fn the_traditional_particle_reads_as_the_particle() {
        check("隨著星澜電子的落地", "随着星澜电子的落地");
        check("著名的華為", "著名的华为");
        // 拥有著名…, 向著名…学习: 著名 after a verb that may take 着
        check("擁有著名品牌", "拥有著名品牌");
    }

    #[test]
    fn a_character_both_scripts_write_is_converted_only_in_traditional_text() {
        // 乾 is simplified script's too (乾坤): a simplified text keeps it
        assert_eq!(simplified("星乾科技有限公司"), None);
        check("星乾科技 ABB\u{A0}中国", "星乾科技 ABB 中国");
        // in traditional text it is the traditional form of 干
        check("乾燥設備", "干燥设备");
    }

    #[test]
    fn odd_spaces_read_as_the_ascii_space() {
        check("ABB\u{A0}中国\u{3000}遂昌\u{2009}县", "ABB 中国 遂昌 县");
        check("ＡＢＢ\u{3000}ＣＨＩＮＡ", "ABB CHINA");
    }

    #[test]
    fn simplified_and_latin_text_is_left_alone() {
        assert_eq!(simplified("遂昌县 ABB 数字绿谷"), None);
    }
}
