//! Paragraphs and sentences with character offsets.
//!
//! * A paragraph is a line (text between `\n`s) holding at least one
//!   non-white-space character; paragraphs are numbered 0, 1, 2… with no
//!   gaps (blank lines do not use a number).
//! * A sentence ends at 。！？!?；; or at a run of "…", and at the end of a
//!   line. Closing quotes and brackets (”’」』）)》】 and a closing ASCII
//!   `"`) and further terminators right after the terminator stay with the
//!   sentence.
//! * Sentences longer than [`MAX_SENTENCE_CHARS`] are cut, at the last
//!   comma / enumeration comma / colon / space of the piece if there is one
//!   in its second half, otherwise hard.
//! * Offsets are `char` offsets into the text; white space (including
//!   U+3000 and NBSP) is trimmed from both ends of every sentence, so
//!   `text.chars().skip(start).take(end - start)` equals `Sentence::text`.
//!
//! One pass over the text: linear time.

use crate::model::Sentence;

/// Upper bound on the length of one sentence, in chars.
pub const MAX_SENTENCE_CHARS: usize = 1000;

fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '）' | ')' | '》' | '】' | '〕' | '〉'
    )
}

fn is_soft_break(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '：' | ':' | ' ' | '\t' | '\u{3000}')
}

struct Out<'a> {
    text: &'a str,
    sentences: Vec<Sentence>,
    paragraph: usize,
    paragraph_used: bool,
}

impl Out<'_> {
    /// Emit `text[bs..be]` (char offsets `cs..ce`), trimmed.
    fn emit(&mut self, mut bs: usize, mut cs: usize, mut be: usize, mut ce: usize) {
        let s = &self.text[bs..be];
        let trimmed_start = s.trim_start();
        let lead = &s[..s.len() - trimmed_start.len()];
        cs += lead.chars().count();
        bs += lead.len();
        let t = self.text[bs..be].trim_end();
        let tail = &self.text[bs + t.len()..be];
        ce -= tail.chars().count();
        be = bs + t.len();
        if bs < be {
            let index = self.sentences.len();
            self.sentences.push(Sentence {
                paragraph: self.paragraph,
                index,
                start: cs,
                end: ce,
                text: self.text[bs..be].to_string(),
            });
            self.paragraph_used = true;
        }
    }

    fn end_paragraph(&mut self) {
        if self.paragraph_used {
            self.paragraph += 1;
            self.paragraph_used = false;
        }
    }
}

pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Out {
        text,
        sentences: Vec::new(),
        paragraph: 0,
        paragraph_used: false,
    };
    // Current sentence start, in bytes and chars.
    let (mut sb, mut sc) = (0usize, 0usize);
    // Last soft break inside the current sentence: position just after it.
    let mut soft: Option<(usize, usize)> = None;
    let mut quotes = 0usize; // ASCII '"' seen in the current sentence
    let mut it = text.char_indices().peekable();
    let mut ci = 0usize; // char index of the char being looked at
    while let Some((b, c)) = it.next() {
        let after_b = b + c.len_utf8();
        let after_c = ci + 1;
        ci = after_c;
        if c == '\n' {
            out.emit(sb, sc, b, after_c - 1);
            out.end_paragraph();
            sb = after_b;
            sc = after_c;
            soft = None;
            quotes = 0;
            continue;
        }
        if c == '"' {
            quotes += 1;
        }
        if is_terminator(c) {
            let (mut eb, mut ec) = (after_b, after_c);
            while let Some(&(b2, c2)) = it.peek() {
                let closes = is_closer(c2) || is_terminator(c2) || (c2 == '"' && quotes % 2 == 1);
                if !closes {
                    break;
                }
                if c2 == '"' {
                    quotes += 1;
                }
                it.next();
                eb = b2 + c2.len_utf8();
                ec += 1;
                ci += 1;
            }
            out.emit(sb, sc, eb, ec);
            sb = eb;
            sc = ec;
            soft = None;
            quotes = 0;
            continue;
        }
        if is_soft_break(c) {
            soft = Some((after_b, after_c));
        }
        if after_c - sc >= MAX_SENTENCE_CHARS {
            let (eb, ec) = match soft {
                Some((sb2, sc2)) if sc2 - sc >= MAX_SENTENCE_CHARS / 2 => (sb2, sc2),
                _ => (after_b, after_c),
            };
            out.emit(sb, sc, eb, ec);
            sb = eb;
            sc = ec;
            soft = None;
        }
    }
    out.emit(sb, sc, text.len(), ci);
    out.sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders sentences as `paragraph:index [start,end) text`, one a line.
    fn render(text: &str) -> String {
        split(text)
            .iter()
            .map(|s| {
                format!(
                    "{}:{} [{},{}) {}",
                    s.paragraph, s.index, s.start, s.end, s.text
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn check(input: &str, expected: &str) {
        let actual = render(input);
        assert_eq!(actual.trim(), expected.trim(), "input: {input:?}");
        for s in split(input) {
            let slice: String = input.chars().skip(s.start).take(s.end - s.start).collect();
            assert_eq!(slice, s.text);
        }
    }

    #[test]
    fn sentences_and_paragraphs() {
        check(
            "遂昌,一座生态之城。一个千年古县!\n\n  作为山区县,平阳底气何来?答案是产业;",
            "
0:0 [0,10) 遂昌,一座生态之城。
0:1 [10,17) 一个千年古县!
1:2 [21,34) 作为山区县,平阳底气何来?
1:3 [34,40) 答案是产业;",
        );
    }

    #[test]
    fn closing_quotes_stay() {
        check(
            "他说:“我们计划落地项目。”近日,宇恒电池负责人表示。",
            "
0:0 [0,14) 他说:“我们计划落地项目。”
0:1 [14,27) 近日,宇恒电池负责人表示。",
        );
        check(
            "注明来源为\"浙江在线。\"授权转载(须注明!)。",
            "
0:0 [0,12) 注明来源为\"浙江在线。\"
0:1 [12,23) 授权转载(须注明!)。",
        );
        check(
            "真的吗?!”是的……好",
            "0:0 [0,6) 真的吗?!”\n0:1 [6,10) 是的……\n0:2 [10,11) 好",
        );
    }

    #[test]
    fn trims_wide_spaces() {
        check(
            "\u{3000}\u{3000}仙居县上张乡光伏电站。\u{a0}\n \n\u{3000}\n第二段 ",
            "
0:0 [2,13) 仙居县上张乡光伏电站。
1:1 [19,22) 第二段",
        );
        check("", "");
        check(" \n\n\u{3000}", "");
    }

    #[test]
    fn long_lines_are_cut() {
        let line = "浙".repeat(2500);
        let got = split(&line);
        assert_eq!(got.len(), 3);
        assert!(got.iter().all(|s| s.end - s.start <= MAX_SENTENCE_CHARS));
        let line = format!("{},{}", "甲".repeat(800), "乙".repeat(800));
        let got = split(&line);
        assert_eq!(got[0].text, format!("{},", "甲".repeat(800)));
        assert_eq!(got[1].text, "乙".repeat(800));
        let huge = "a".repeat(100_000);
        let got = split(&huge);
        assert_eq!(got.len(), 100);
        assert_eq!(got.last().unwrap().end, 100_000);
    }
}
