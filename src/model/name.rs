//! Name normalisation of ANNOTATION.md "Matching": the one comparison of
//! names that scoring, the lexicon vote and the store share.

/// Full-width ASCII and brackets folded to half-width, white space and
/// quotation marks dropped, and ·, •, ・, ——, — between two name parts
/// made one separator (`·`).
pub fn normalize_name(s: &str) -> String {
    let folded: Vec<char> = s
        .chars()
        .map(fold_width)
        .filter(|&c| !is_dropped(c))
        .collect();
    join_parts(&folded)
}

/// Full-width ASCII, the ideographic space and CJK square brackets as
/// their half-width forms.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '【' | '〔' => '[',
        '】' | '〕' => ']',
        _ => c,
    }
}

/// Quotation marks, straight and typographic, and the title marks of
/// Chinese text: they stand around a name, never inside one.
pub const QUOTE_MARKS: [char; 12] = [
    '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』', '《', '》',
];

/// White space and quotation marks: never part of a name.
fn is_dropped(c: char) -> bool {
    c.is_whitespace() || QUOTE_MARKS.contains(&c) || matches!(c, '〈' | '〉')
}

/// The marks that may join two parts of a name.
fn is_joiner(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '—' | '－' | '─' | '-' | '‧' | '∙')
}

/// Each run of joiners between two name parts as one `·`; a run at
/// either end dropped.
fn join_parts(folded: &[char]) -> String {
    let mut out = String::with_capacity(folded.len() * 3);
    let mut i = 0;
    while i < folded.len() {
        if is_joiner(folded[i]) && is_separator_run(folded, i) {
            let end = i + folded[i..].iter().take_while(|&&c| is_joiner(c)).count();
            if !out.is_empty() && end < folded.len() {
                out.push('·');
            }
            i = end;
        } else {
            out.push(folded[i]);
            i += 1;
        }
    }
    out
}

fn is_separator_run(chars: &[char], i: usize) -> bool {
    // An ASCII hyphen between two ASCII alphanumerics is part of a token
    // (e.g. "5G-A"); everything else separates name parts.
    if chars[i] == '-' {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        if prev.is_some_and(|c| c.is_ascii_alphanumeric())
            && next.is_some_and(|c| c.is_ascii_alphanumeric())
        {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(normalize_name(input), expected, "{input}");
    }

    #[test]
    fn normalisation() {
        check("星河（宁海）有限公司", "星河(宁海)有限公司");
        check("“云帆”平台", "云帆平台");
        check("青峰之城——智谷", "青峰之城·智谷");
        check("青峰之城•智谷", "青峰之城·智谷");
        check("青峰之城・智谷", "青峰之城·智谷");
        check("ＡＢＣ 科技", "ABC科技");
        check("5G-A 实验室", "5G-A实验室");
    }

    #[test]
    fn joiners_at_either_end_are_dropped_and_brackets_fold() {
        check("——青峰·", "青峰");
        check("【星河】　科技", "[星河]科技");
        check("星河 - 科技", "星河·科技");
        check("a - b", "a-b");
    }
}
