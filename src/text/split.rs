//! Paragraphs and sentences with character offsets.

use crate::model::Sentence;

/// Paragraphs are separated by line breaks; sentences end at 。！？!?；; and
/// keep a closing quote that follows the terminator.
pub fn split(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut start = 0usize;
    let mut i = 0usize;
    let mut push = |s: usize, e: usize, paragraph: usize, out: &mut Vec<Sentence>| {
        // trim white space at both ends
        let mut s2 = s;
        let mut e2 = e;
        while s2 < e2 && chars[s2].is_whitespace() {
            s2 += 1;
        }
        while e2 > s2 && chars[e2 - 1].is_whitespace() {
            e2 -= 1;
        }
        if s2 < e2 {
            let index = out.len();
            out.push(Sentence {
                paragraph,
                index,
                start: s2,
                end: e2,
                text: chars[s2..e2].iter().collect(),
            });
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            let before = out.len();
            push(start, i, paragraph, &mut out);
            let _ = before;
            if chars[start..i].iter().any(|c| !c.is_whitespace())
                || out.last().map_or(false, |s| s.paragraph == paragraph)
            {
                paragraph += 1;
            }
            start = i + 1;
        } else if matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';') {
            let mut e = i + 1;
            while e < chars.len() && matches!(chars[e], '”' | '’' | '」' | '』' | '"' | '）' | ')')
            {
                e += 1;
            }
            push(start, e, paragraph, &mut out);
            start = e;
            i = e;
            continue;
        }
        i += 1;
    }
    push(start, chars.len(), paragraph, &mut out);
    out
}
