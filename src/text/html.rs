//! HTML to text, written by hand: one forward scan, no DOM, never panics,
//! linear time on any input (every skip moves forward and is never redone).
//!
//! * `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`, `<iframe>`,
//!   `<object>`, `<select>`, `<textarea>`, `<nav>` and `<footer>` are
//!   dropped with their content, and so are comments and `<!…>`/`<?…>`;
//! * text inside `<head>` is dropped except `<title>`, which is returned;
//!   a tag that cannot live in `<head>` ends it (for pages without `</head>`);
//! * block elements become line breaks, table cells a space;
//! * runs of ASCII white space collapse to one space;
//! * entities are decoded (named ones common on Chinese sites, decimal and
//!   hexadecimal character references).

/// What the HTML scan produced.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct HtmlText {
    /// Text with one line per block.
    pub text: String,
    /// Content of `<title>`, entity-decoded, white space collapsed.
    pub title: Option<String>,
    /// Text of the first `<h1>`.
    pub h1: Option<String>,
    /// `content` of `<meta>` tags whose name/property mentions a publication
    /// date (publishdate, pubdate, article:published_time…), unparsed.
    pub meta_dates: Vec<String>,
    /// Per line of `text`: is most of its text inside links (`<a>`)? Menus
    /// and related-article lists are; article paragraphs are not.
    pub link_lines: Vec<bool>,
}

/// Bytes of the current line, and of them inside `<a>`.
#[derive(Default)]
struct LineLinks {
    bytes: usize,
    link_bytes: usize,
}

impl LineLinks {
    fn add(&mut self, bytes: usize, in_link: bool) {
        self.bytes += bytes;
        if in_link {
            self.link_bytes += bytes;
        }
    }

    /// Ends the line: records whether links made most of it.
    fn end(&mut self, out: &mut Vec<bool>) {
        out.push(self.link_bytes * 2 > self.bytes);
        *self = LineLinks::default();
    }
}

const SKIP_WITH_CONTENT: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object", "select", "textarea",
    "nav", "footer", "button",
];

const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "section",
    "article",
    "header",
    "aside",
    "blockquote",
    "pre",
    "hr",
    "main",
    "figure",
    "figcaption",
    "form",
    "address",
    "center",
    "fieldset",
    "legend",
    "details",
    "summary",
    "caption",
    "body",
    "html",
    "option",
    "h7",
];

const HEAD_ONLY: &[&str] = &[
    "title", "meta", "link", "base", "script", "style", "noscript", "template", "head",
];

// One pass over the bytes with the state of the page being read (head,
// h1, link, current line): long, but each branch handles one kind of tag,
// and splitting it would pass that state around.
pub fn html_to_text(src: &str) -> HtmlText {
    let bytes = src.as_bytes();
    let n = bytes.len();
    let mut out = HtmlText {
        text: String::with_capacity(n / 2),
        ..Default::default()
    };
    let mut i = 0usize;
    let mut in_head = false;
    let mut in_h1 = false;
    let mut h1_buf = String::new();
    let mut in_link = false;
    let mut line = LineLinks::default();
    while i < n {
        let next = find_byte(bytes, i, b'<').unwrap_or(n);
        if next > i && !in_head {
            let seg = &src[i..next];
            if in_h1 && out.h1.is_none() {
                push_text(&mut h1_buf, seg);
            }
            let before = out.text.len();
            push_text(&mut out.text, seg);
            line.add(out.text.len() - before, in_link);
        }
        i = next;
        if i >= n {
            break;
        }
        // At '<'.
        if bytes[i..].starts_with(b"<!--") {
            i = find_seq(bytes, i + 4, b"-->").map_or(n, |p| p + 3);
            continue;
        }
        let closing = bytes.get(i + 1) == Some(&b'/');
        let name_start = if closing { i + 2 } else { i + 1 };
        let mut name_end = name_start;
        if name_start < n && bytes[name_start].is_ascii_alphabetic() {
            while name_end < n && bytes[name_end].is_ascii_alphanumeric() {
                name_end += 1;
            }
        }
        if name_end == name_start {
            match bytes.get(name_start) {
                Some(b'!') | Some(b'?') => {
                    i = find_byte(bytes, name_start, b'>').map_or(n, |p| p + 1);
                }
                _ => {
                    // A lone '<' in text.
                    if !in_head {
                        out.text.push('<');
                        if in_h1 && out.h1.is_none() {
                            h1_buf.push('<');
                        }
                    }
                    i += 1;
                }
            }
            continue;
        }
        let gt = match find_byte(bytes, name_end, b'>') {
            Some(p) => p,
            None => break, // unterminated tag: the rest is not text
        };
        let tag_end = gt + 1;
        let mut name_buf = [0u8; 12];
        let name_len = name_end - name_start;
        if name_len > name_buf.len() {
            i = tag_end;
            continue;
        }
        for (k, b) in bytes[name_start..name_end].iter().enumerate() {
            name_buf[k] = b.to_ascii_lowercase();
        }
        let name = std::str::from_utf8(&name_buf[..name_len]).unwrap_or("");
        let self_closing = gt > 0 && bytes[gt - 1] == b'/';

        if in_head && !closing && !HEAD_ONLY.contains(&name) {
            in_head = false;
        }
        if !closing && !self_closing && SKIP_WITH_CONTENT.contains(&name) {
            i = find_close(bytes, tag_end, name).map_or(n, |(_, after)| after);
            continue;
        }
        match name {
            "title" if !closing => {
                let (content_end, after) = find_close(bytes, tag_end, "title").unwrap_or((n, n));
                if out.title.is_none() {
                    let mut t = String::new();
                    push_text(&mut t, &src[tag_end..content_end]);
                    let t = t.trim();
                    if !t.is_empty() {
                        out.title = Some(t.to_string());
                    }
                }
                i = after;
                continue;
            }
            "head" => in_head = !closing,
            "a" => in_link = !closing && !self_closing,
            "body" => in_head = false,
            "meta" => meta_date(&src[i..tag_end], &mut out.meta_dates),
            _ => {}
        }
        if name == "h1" {
            if closing {
                if in_h1 && out.h1.is_none() {
                    let t = h1_buf.trim();
                    if !t.is_empty() {
                        out.h1 = Some(t.to_string());
                    }
                }
                in_h1 = false;
            } else {
                in_h1 = true;
                h1_buf.clear();
            }
        }
        if BLOCK.contains(&name) {
            if !out.text.is_empty() && !out.text.ends_with('\n') {
                // drop the space that may precede the break
                if out.text.ends_with(' ') {
                    out.text.pop();
                }
                out.text.push('\n');
                line.end(&mut out.link_lines);
            }
        } else if matches!(name, "td" | "th")
            && !out.text.ends_with([' ', '\n'])
            && !out.text.is_empty()
        {
            out.text.push(' ');
        }
        i = tag_end;
    }
    line.end(&mut out.link_lines);
    out
}

fn find_byte(bytes: &[u8], from: usize, b: u8) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&x| x == b)
        .map(|p| p + from)
}

fn find_seq(bytes: &[u8], from: usize, seq: &[u8]) -> Option<usize> {
    let mut pos = from;
    loop {
        let p = find_byte(bytes, pos, seq[0])?;
        if bytes[p..].starts_with(seq) {
            return Some(p);
        }
        pos = p + 1;
    }
}

/// Finds `</name …>` from `from`, case-insensitively. Returns the position
/// of its `<` and the position after its `>`.
fn find_close(bytes: &[u8], from: usize, name: &str) -> Option<(usize, usize)> {
    let name = name.as_bytes();
    let mut pos = from;
    loop {
        let p = find_seq(bytes, pos, b"</")?;
        let start = p + 2;
        let end = start + name.len();
        if end <= bytes.len()
            && bytes[start..end].eq_ignore_ascii_case(name)
            && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric())
        {
            let after = find_byte(bytes, end, b'>').map_or(bytes.len(), |g| g + 1);
            return Some((p, after));
        }
        pos = start;
    }
}

fn meta_date(tag: &str, out: &mut Vec<String>) {
    let lower = tag.to_ascii_lowercase();
    if !(lower.contains("publish") || lower.contains("pubdate") || lower.contains("published_time"))
    {
        return;
    }
    if let Some(p) = lower.find("content=") {
        let rest = &tag[p + 8..];
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest.split([' ', '>', '/']).next().unwrap_or(""),
        };
        if !value.is_empty() {
            out.push(value.to_string());
        }
    }
}

/// Appends text with entities decoded and ASCII white space collapsed.
fn push_text(out: &mut String, seg: &str) {
    let mut rest = seg;
    while let Some(p) = rest.find(|c: char| c == '&' || c.is_ascii_whitespace()) {
        out.push_str(&rest[..p]);
        let c = rest.as_bytes()[p];
        if c == b'&' {
            let (decoded, used) = entity(&rest[p..]);
            match decoded {
                Some(d) => d.push_to(out),
                None => out.push('&'),
            }
            rest = &rest[p + used..];
        } else {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
            rest = &rest[p + 1..];
        }
    }
    out.push_str(rest);
}

/// Decodes the known entities in plain text (scraped `.txt` files often
/// keep `&nbsp;` and friends). Unknown `&…` sequences are kept verbatim.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let (decoded, used) = entity(&rest[p..]);
        match decoded {
            Some(d) => d.push_to(&mut out),
            None => out.push('&'),
        }
        rest = &rest[p + used..];
    }
    out.push_str(rest);
    out
}

/// A decoded entity: a char or nothing (for invisible ones).
enum Decoded {
    Char(char),
    Empty,
}

impl Decoded {
    fn push_to(&self, out: &mut String) {
        if let Decoded::Char(c) = self {
            out.push(*c);
        }
    }
}

/// `s` starts with '&'. Returns the decoding (None: not an entity) and the
/// number of bytes consumed (1 when not an entity).
fn entity(s: &str) -> (Option<Decoded>, usize) {
    if s.as_bytes().get(1) == Some(&b'#') {
        numeric_entity(s)
    } else {
        named_entity(s)
    }
}

/// `&#NNN;` or `&#xHH;`: the character, or nothing for a control or an
/// invisible joiner.
fn numeric_entity(s: &str) -> (Option<Decoded>, usize) {
    let b = s.as_bytes();
    let (hex, digits_from) = match b.get(2) {
        Some(b'x') | Some(b'X') => (true, 3),
        _ => (false, 2),
    };
    let mut j = digits_from;
    while j < b.len()
        && j < digits_from + 8
        && (if hex {
            b[j].is_ascii_hexdigit()
        } else {
            b[j].is_ascii_digit()
        })
    {
        j += 1;
    }
    if j == digits_from {
        return (None, 1);
    }
    let v = u32::from_str_radix(&s[digits_from..j], if hex { 16 } else { 10 }).unwrap_or(0);
    let used = if b.get(j) == Some(&b';') { j + 1 } else { j };
    let d = match char::from_u32(v) {
        Some(c) if c == '\u{a0}' => Decoded::Char(c),
        Some(c) if c.is_control() && !matches!(c, '\n' | '\t') => Decoded::Empty,
        Some(c)
            if (0xFE00..=0xFE0F).contains(&v)
                || c == '\u{FEFF}'
                || (0x200B..=0x200D).contains(&v) =>
        {
            Decoded::Empty
        }
        Some(c) => Decoded::Char(c),
        None => Decoded::Empty,
    };
    (Some(d), used)
}

/// `&name;` (a few common names also without `;`, as browsers read them).
fn named_entity(s: &str) -> (Option<Decoded>, usize) {
    let b = s.as_bytes();
    let mut j = 1;
    while j < b.len() && j <= 10 && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == 1 {
        return (None, 1);
    }
    let name = &s[1..j];
    let has_semi = b.get(j) == Some(&b';');
    let c = match name {
        "nbsp" => '\u{a0}',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        _ if !has_semi => return (None, 1),
        "apos" => '\'',
        "ensp" | "emsp" | "thinsp" => ' ',
        "ideographicspace" => '\u{3000}',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "middot" => '·',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "times" => '×',
        "divide" => '÷',
        "deg" => '°',
        "plusmn" => '±',
        "yen" => '¥',
        "cent" => '¢',
        "pound" => '£',
        "euro" => '€',
        "sect" => '§',
        "para" => '¶',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "permil" => '‰',
        "prime" => '′',
        "Prime" => '″',
        "alpha" => 'α',
        "beta" => 'β',
        "micro" => 'µ',
        "sup2" => '²',
        "sup3" => '³',
        "frac12" => '½',
        "shy" | "zwj" | "zwnj" | "lrm" | "rlm" => return (Some(Decoded::Empty), j + 1),
        _ => return (None, 1),
    };
    (Some(Decoded::Char(c)), if has_semi { j + 1 } else { j })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        let h = html_to_text(input);
        let actual = format!(
            "title: {:?}\nh1: {:?}\nmeta: {:?}\n{}",
            h.title, h.h1, h.meta_dates, h.text
        );
        assert_eq!(actual.trim_end(), expected.trim_end(), "input: {input:?}");
    }

    #[test]
    fn page() {
        check(
            r#"<!DOCTYPE html><html><head><meta charset="utf-8">
<title>衢州在新赛道上加速奔跑_浙江在线</title>
<meta name="publishdate" content="2024-04-28 07:08:39">
<style>p { color: red }</style><script>var a = "<p>不要</p>";</script></head>
<body><!-- 导航 --><nav><a href="/">首页</a></nav>
<h1>衢州在新赛道上<b>加速</b>奔跑</h1>
<div class="content"><p>今年一季度,&nbsp;全省经济运行开局良好。</p><p>A &amp; B &lt;C&gt; &#25991;&#x5B57; &ldquo;引号&rdquo;</p>
<table><tr><td>产业</td><td>增速</td></tr></table>
<noscript>请启用脚本</noscript>
</div><footer>Copyright © 浙江在线</footer></body></html>"#,
            "title: Some(\"衢州在新赛道上加速奔跑_浙江在线\")
h1: Some(\"衢州在新赛道上加速奔跑\")
meta: [\"2024-04-28 07:08:39\"]
衢州在新赛道上加速奔跑
今年一季度,\u{a0}全省经济运行开局良好。
A & B <C> 文字 “引号”
产业 增速
",
        );
    }

    #[test]
    fn lines_made_mostly_of_links_are_marked() {
        let h = html_to_text(
            "<p>正文第一段，有一个<a href=x>链接</a>。</p><ul><li><a>相关新闻标题一</a></li>\
             <li><a>相关新闻标题二</a> 01-01</li></ul>",
        );
        assert_eq!(
            h.text.split('\n').count(),
            h.link_lines.len(),
            "{:?}",
            h.text
        );
        assert_eq!(h.link_lines, vec![false, true, true, false]);
    }

    #[test]
    fn malformed() {
        check(
            "<p>未闭合<div>段落<b",
            "title: None\nh1: None\nmeta: []\n未闭合\n段落",
        );
        check(
            "a < b 且 c<5 &unknown; &#0; &#xZZ; &",
            "title: None\nh1: None\nmeta: []\na < b 且 c<5 &unknown; &#xZZ; &",
        );
        check("<script>永不结束", "title: None\nh1: None\nmeta: []");
        check(
            "<!-- 注释未结束 <p>文字</p>",
            "title: None\nh1: None\nmeta: []",
        );
        check(
            "<head><title>标题</title><p>没有 body 标签的正文。",
            "title: Some(\"标题\")\nh1: None\nmeta: []\n没有 body 标签的正文。",
        );
        check(
            "<SCRIPT type=x>x</ScRiPt >正文<BR/>第二行",
            "title: None\nh1: None\nmeta: []\n正文\n第二行",
        );
    }

    #[test]
    fn entities_in_plain_text() {
        assert_eq!(
            decode_entities("遂昌&nbsp;&nbsp;县&amp;&#x4E2D;&#22269; &foo; AT&T"),
            "遂昌\u{a0}\u{a0}县&中国 &foo; AT&T"
        );
    }
}
