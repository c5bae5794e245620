//! HTML to text, page-furniture removal, title and date.
//!
//! The cleaned body is the kept lines, trimmed, joined by a single `\n`
//! (one line = one paragraph). Every other text line is dropped with a
//! [`DropReason`], and [`Cleaned`] accounts for all of them (kept and
//! dropped characters, the dropped blocks), so nothing goes silently.
//! Lines are judged by their shape — length, sentence ends and commas,
//! list-like and link-like lines, position before, in or after the body,
//! the headline's place and words — in the manner of jusText, and
//! traditional-script pages through their simplified view. What is dropped:
//!
//! * breadcrumbs (您当前的位置…, 当前位置:首页 > …, any short line with two
//!   or more `>`/`›`/`»` separators) and `|`-separated navigation lines;
//! * bylines: short lines with a full date and 来源/作者/记者/发布…, lines that
//!   are only a date, relative times (3个月前), reporter lines (本报记者 X);
//! * tool and share lines (分享到, 字体:, 打印, 关闭窗口, 扫一扫…), editor and tag
//!   lines (责任编辑, 编辑:, 标签:, 关键词:…), source lines (本文转自, 来源:,
//!   转载请注明…), copyright and site lines (版权所有, Copyright, ©, All
//!   Rights Reserved, 主办:, ICP备, 网站标识码, 技术支持:, 统一刊号, 邮编: or 邮政编码:);
//! * newspaper furniture (00011版:专版, 数字报纸, index lines full of dates,
//!   and an e-paper's page index: three or more headlines before 版面导航);
//! * lines with no letter or CJK character (".", "—2024—", "07:08:39"), and
//!   URL-only lines;
//! * contact ads: a short block (≤ 8 lines, ≤ 500 chars, between blank
//!   lines) with a phone number, WeChat id or QR-code prompt; contact words
//!   inside an article sentence do not count;
//! * a repeated short heading line (same text seen before);
//! * after the body, an end heading (版权和免责申明, 版权声明, 免责声明,
//!   comment boxes, 上一篇/下一篇) and everything after it;
//! * related lists: a list heading (相关文章, 相关阅读, 推荐阅读, 延伸阅读,
//!   热门文章, 猜你喜欢…) or a headline printed twice in a row after the
//!   body opens a list only when list items follow; its titles and single
//!   teasers are dropped, and two prose paragraphs in a row (or prose that
//!   repeats the headline's words) are the article again. Above the body
//!   (more prose still to come) a heading drops only itself and its items;
//! * menus: runs of link-like lines (short menu words, titles with dates,
//!   lines that are mostly HTML links) above the first or below the last
//!   body paragraph, and short lines above the headline (a site's name),
//!   the kicker right above it excepted.
//!
//! Title: HTML `<h1>`, else `<title>` without the site suffix; for text, the
//! main headline of the header (the lines before the first body paragraph):
//! the line right above the byline if there is one, else the second line
//! when a kicker (引题) precedes it, else the only one.
//!
//! Date: HTML meta publish date, else the first full date in the header
//! area (lines without a full stop within the first 30 lines), else in the
//! last 10 lines (newspaper footers). Normalised to `YYYY-MM-DD` or
//! `YYYY-MM-DD HH:MM:SS`; month, day and time are validated.

use regex::Regex;
use std::collections::HashSet;
use std::path::Path;
use std::sync::LazyLock;

use super::html;

#[derive(Debug, Default)]
pub struct Cleaned {
    pub title: Option<String>,
    pub published: Option<String>,
    pub body: String,
    /// Characters of the kept lines (line breaks not counted).
    pub kept_chars: usize,
    /// Characters of the dropped lines: kept + dropped is every character
    /// of the page's text lines (after markup, before trimming nothing else).
    pub dropped_chars: usize,
    /// What was dropped, in page order: runs of lines dropped for one reason.
    pub dropped: Vec<DroppedBlock>,
}

/// Lines dropped together for one reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DroppedBlock {
    pub reason: DropReason,
    /// The lines, trimmed, joined by `\n`.
    pub text: String,
}

/// Why a line is not part of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropReason {
    /// No letter or CJK character (separators, bare times).
    NoWords,
    Breadcrumb,
    /// Date, source, author or reading-count line.
    Byline,
    /// Editor, source, tag, share, print, copyright lines.
    Furniture,
    /// A newspaper's index or edition line.
    Newspaper,
    UrlOnly,
    /// A short block advertising a phone number, WeChat id or QR code.
    Contact,
    /// A short heading seen before.
    Repeated,
    /// A heading such as 相关文章 or 版权声明.
    Marker,
    /// Items of a related-article list (titles, teasers).
    RelatedList,
    /// Everything after a copyright, disclaimer or comment heading.
    AfterEnd,
    /// A run of short link-like lines (menus, tabs, site sections).
    Menu,
}

impl DropReason {
    /// Short explanation shown by `show-doc`.
    pub fn describe(self) -> &'static str {
        match self {
            DropReason::NoWords => "no words (separators, bare numbers)",
            DropReason::Breadcrumb => "breadcrumb",
            DropReason::Byline => "byline (date, source, author)",
            DropReason::Furniture => "page furniture (editor, source, tags, share, copyright)",
            DropReason::Newspaper => "newspaper index or edition line",
            DropReason::UrlOnly => "URL only",
            DropReason::Contact => "contact advertisement (phone, WeChat, QR code)",
            DropReason::Repeated => "repeated short heading",
            DropReason::Marker => "related-list or end-of-article heading",
            DropReason::RelatedList => "related-article list",
            DropReason::AfterEnd => "after a copyright, disclaimer or comment heading",
            DropReason::Menu => "menu of short link-like lines",
        }
    }
}

pub fn looks_like_html(path: &Path, text: &str) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml" {
        return true;
    }
    let t = text.trim_start();
    let mut it = t.chars();
    it.next() == Some('<')
        && it
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '!' || c == '?')
}

/// Body characters (in paragraphs) seen before a tail marker may cut the
/// rest: any body paragraph at all. Before the body a marker only drops its
/// own line.
const MIN_BODY_BEFORE_CUT: usize = 1;
/// A line of this many space-separated entries or more, each of at most
/// `MENU_ENTRY_MAX_CHARS` letters, is a navigation bar.
const MENU_MIN_ENTRIES: usize = 5;
const MENU_ENTRY_MAX_CHARS: usize = 6;
/// Headlines in a row before a newspaper line that make a page's index.
const PAGE_INDEX_MIN_HEADLINES: usize = 3;

static TAIL_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[【\[〖<《(（■●▌|]?\s*(?:相关(?:文章|阅读|新闻|报道|链接|推荐|资讯|内容|专题|稿件|文档)|推荐(?:阅读|文章|新闻|资讯|内容)|延伸阅读|扩展阅读|拓展阅读|热门(?:文章|推荐|阅读|新闻|资讯|排行|标签|评论)|热点(?:推荐|新闻|文章|资讯)|猜你喜欢|[你您]可能(?:还)?(?:感兴趣|喜欢|关注)|更多(?:阅读|新闻|精彩|资讯|文章)|往期(?:回顾|推荐|精彩)|精彩(?:推荐|图片|专题)|最新(?:文章|新闻|资讯)|上一篇|下一篇|上一条|下一条|版权(?:和|与|及)?免责(?:申明|声明)|免责(?:申明|声明)|版权声明|网友评论|发表评论|我要评论|评论列表|图片推荐|点击排行|阅读排行|排行榜)",
    )
    .unwrap()
});

static FURNITURE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[【\[〖(（]?\s*(?:(?:[您你](?:当前|现在|目前|所在)?|当前|现在|目前|所在)的?(?:位置|所在位置)|责任编辑|责编\s*[:：]|编辑\s*[:：]|主编\s*[:：]|审核\s*[:：]|校对\s*[:：]|监制\s*[:：]|统筹\s*[:：]|值班编辑|标签\s*[:：]|关键词\s*[:：]|关键字\s*[:：]|tags?\s*[:：]|来源\s*[:：]|稿源\s*[:：]|信息来源|文章来源|作者\s*[:：]|原标题\s*[:：]|本文转自|本文来源|本文来自|转自\s*[:：]|转载请注明|转载请|原文(?:链接|地址)|本文(?:链接|地址)|版权所有|copyright|all rights reserved|©|分享到|分享至|分享给|一键分享|字体\s*[:：]|字号\s*[:：]|打印本页|打印文章|关闭窗口|返回顶部|收藏本文|扫一扫|微信扫一扫|扫描二维码|阅读原文|主办\s*[:：]|承办\s*[:：]|网站标识码|网站地图|发布时间\s*[:：]|发布日期\s*[:：]|更新时间\s*[:：]|浏览次数|点击数\s*[:：]|阅读量\s*[:：]|\d{1,5}\s*版\s*[:：]|第\s*\d{1,5}\s*版)",
    )
    .unwrap()
});

/// Phrases that mark a line as furniture wherever they occur (short lines).
static FURNITURE_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)责任编辑|责编\s*[:：]|版权所有|版权归|版权声明|版权和免责|免责声明|未经(?:许可|授权|书面)[^。]{0,6}不得|all rights reserved|copyright|©|打印\s*关闭|【\s*(?:大|打印|关闭)|icp备|公网安备|网站标识码|技术支持\s*[:：]|统一刊号|邮编\s*[:：]|邮政编码\s*[:：]",
    )
    .unwrap()
});

/// Short lines naming a newspaper's online edition ("浙江日报 数字报纸").
static NEWSPAPER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"数字报|电子报|电子版|报纸版面|版面导航|往期回顾").unwrap());

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\D)(?:1[3-9]\d{9}|400[-\s]?\d{3,4}[-\s]?\d{3,4}|0\d{2,3}-\d{7,8})(?:\D|$)")
        .expect("regex")
});

static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|\D)(?:1[3-9]\d{9}|400[-\s]?\d{3,4}[-\s]?\d{3,4}|0\d{2,3}-\d{7,8})(?:\D|$)|微信号|微信\s*[:：/]|加微信|qq\s*[:：]|扫一扫|长按|二维码|公众号|联系电话|咨询电话|服务热线|联系方式|手机\s*[:：]",
    )
    .unwrap()
});

static BYLINE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"来源|作者|记者|发布|时间|日期|编辑|浏览|阅读|点击|稿源|通讯员|星期|周[一二三四五六日天]",
    )
    .unwrap()
});

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])(\d{1,2})[-/.](\d{1,2}))(?:[\sT]*(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?)?",
    )
    .unwrap()
});

static LOOSE_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}").unwrap());

/// "admin8个月前", "3小时前": the relative time of a blog-style byline.
static RELATIVE_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d+\s*(?:秒|分钟|小时|天|周|个月|年)前").unwrap());

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:https?://|www\.)[\x21-\x7e]+").unwrap());

/// A reporter line: 本报记者 X 通讯员 Y.
static REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[(（【]?\s*(?:本报|本台|本刊|本网)?(?:特约|见习|实习)?(?:记者|通讯员|实习生)\s*[:：]?\s*\p{Han}")
        .unwrap()
});

static NAMES_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Han}{2,4}(?:[\s\u{3000}、,，]+\p{Han}{2,4}){0,4}$").unwrap());

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// `min(char count, cap + 1)`, without counting long strings.
fn char_len_capped(s: &str, cap: usize) -> usize {
    if s.len() <= cap {
        s.len().min(char_len(s))
    } else if s.len() > 4 * (cap + 1) {
        cap + 1
    } else {
        char_len(s).min(cap + 1)
    }
}

/// Contains one of 。！？!?；, found on bytes.
fn has_sentence_end(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'!' | b'?' => return true,
            0xE3 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x82) => return true,
            0xEF if b.get(i + 1) == Some(&0xBC)
                && matches!(b.get(i + 2), Some(0x81 | 0x9F | 0x9B)) =>
            {
                return true
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// Prose an article is made of, not a list item or a title: long, with
/// clauses and a full stop.
fn reads_as_prose(line: &str) -> bool {
    char_len_capped(line, PROSE_MIN_CHARS) >= PROSE_MIN_CHARS
        && has_sentence_end(line)
        && line.contains(['，', ','])
}

/// The shortest line read as article prose.
const PROSE_MIN_CHARS: usize = 60;

/// Bytes of prose from each line to the end, as first classified: the
/// walk asks at every marker whether most of the article is still to come
/// (more prose after it than body before it: the marker then sits in a
/// navigation block above the body). A related list with teasers after a
/// long body is not: its prose is less than the body's.
fn prose_after(lines: &[&str], kinds: &[Kind]) -> Vec<usize> {
    let mut after = vec![0; lines.len() + 1];
    for j in (0..lines.len()).rev() {
        let prose = kinds[j] == Kind::Keep && reads_as_prose(lines[j]);
        after[j] = after[j + 1] + if prose { lines[j].len() } else { 0 };
    }
    after
}

/// How far the walk looks ahead for a list's items: bounded, so that a
/// page of markers stays linear.
const LOOK_AHEAD: usize = 40;

/// The list a marker opens, up to the next prose paragraph, the next
/// marker (which opens its own) or a headline (a line right above a byline).
fn drop_list_after(lines: &[&str], kinds: &mut [Kind], at: usize) {
    for j in at + 1..lines.len() {
        match kinds[j] {
            Kind::Tail { .. } => break,
            Kind::Keep if reads_as_prose(lines[j]) => break,
            Kind::Keep => {
                let next =
                    (j + 1..lines.len().min(j + 1 + LOOK_AHEAD)).find(|&k| kinds[k] != Kind::Blank);
                if next.is_some_and(|k| kinds[k] == Kind::Byline) {
                    break;
                }
                kinds[j] = Kind::Drop(DropReason::RelatedList);
            }
            _ => {}
        }
    }
}

/// A body paragraph rather than a heading or furniture.
fn is_body_para(line: &str) -> bool {
    char_len_capped(line, 60) > 60 || has_sentence_end(line)
}

fn has_word_char(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic())
}

/// A full, valid date with optional time, normalised; `None` if `s` has none.
pub fn find_date(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(m) = DATE.captures_at(s, from) {
        let all = m.get(0).unwrap();
        from = all.start() + 1;
        while from < s.len() && !s.is_char_boundary(from) {
            from += 1;
        }
        if all.start() > 0 && bytes[all.start() - 1].is_ascii_digit() {
            continue;
        }
        let num = |i: usize| m.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
        let year = num(1)?;
        let (month, day, date_end) = match (num(2), num(3)) {
            (Some(mo), Some(d)) => (mo, d, m.get(3).unwrap().end()),
            _ => (num(5)?, num(6)?, m.get(6).unwrap().end()),
        };
        let time_end = m.get(9).or(m.get(8)).map(|g| g.end());
        // A number glued to the date ("2021-02-2300005") is an id, not a date.
        if m.get(4).is_some() && bytes.get(date_end).is_some_and(|b| b.is_ascii_digit()) {
            continue;
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            continue;
        }
        let date = format!("{year:04}-{month:02}-{day:02}");
        let time = match (num(7), num(8), time_end) {
            (Some(h), Some(mi), Some(te))
                if h < 24 && mi < 60 && !bytes.get(te).is_some_and(|b| b.is_ascii_digit()) =>
            {
                let sec = num(9).unwrap_or(0);
                (sec < 60).then(|| format!("{h:02}:{mi:02}:{sec:02}"))
            }
            _ => None,
        };
        return Some(match time {
            Some(t) => format!("{date} {t}"),
            None => date,
        });
    }
    None
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Blank,
    Keep,
    Drop(DropReason),
    /// Dropped, and a byline: the title sits right above it.
    Byline,
    /// A tail marker. `end`: a copyright or comment heading, which ends the
    /// article; otherwise a related-list heading, which ends the body only
    /// when a list follows it.
    Tail {
        end: bool,
    },
}

fn classify(line: &str) -> Kind {
    if line.is_empty() {
        return Kind::Blank;
    }
    if !has_word_char(line) {
        return Kind::Drop(DropReason::NoWords);
    }
    let len = char_len_capped(line, 200);
    if let Some(m) = TAIL_MARKER.find(line) {
        let after = line[m.end()..].trim_start();
        if (len <= 40 && !has_sentence_end(line)) || after.starts_with([':', '：']) {
            let end = ["上一", "下一", "免责", "版权", "评论"]
                .iter()
                .any(|w| m.as_str().contains(w));
            return Kind::Tail { end };
        }
    }
    let short = len <= 120;
    let date_count = if short || !line.contains('。') {
        LOOSE_DATE.find_iter(line).take(3).count()
    } else {
        0
    };
    if date_count >= 3 {
        return Kind::Drop(DropReason::Newspaper); // index line
    }
    if short {
        if date_count >= 1 && !line.contains('。') {
            if BYLINE_WORD.is_match(line) {
                return Kind::Byline;
            }
            let rest = LOOSE_DATE.replace_all(line, "");
            let rest = rest.trim_matches(|c: char| !c.is_alphabetic());
            if char_len(rest) <= 4 {
                return Kind::Byline;
            }
        }
        if line.contains("前") && !has_sentence_end(line) && RELATIVE_TIME.is_match(line) {
            return Kind::Byline;
        }
    }
    if FURNITURE_PREFIX.is_match(line) {
        return Kind::Drop(DropReason::Furniture);
    }
    if short && FURNITURE_ANYWHERE.is_match(line) {
        return Kind::Drop(DropReason::Furniture);
    }
    if len <= 20 && NEWSPAPER.is_match(line) {
        return Kind::Drop(DropReason::Newspaper);
    }
    if len <= 30 && !has_sentence_end(line) && REPORTER.is_match(line) {
        return Kind::Byline;
    }
    if len <= 80
        && !has_sentence_end(line)
        && line
            .chars()
            .filter(|c| matches!(c, '|' | '｜' | '丨'))
            .count()
            >= 2
    {
        return Kind::Drop(DropReason::Menu); // 首页 | 新闻 | 产业
    }
    if len <= 80 && is_spaced_menu(line) {
        return Kind::Drop(DropReason::Menu); // 首 页 园区 招商 新闻中心
    }
    if len <= 80
        && line
            .chars()
            .filter(|c| matches!(c, '>' | '＞' | '›' | '»' | '→'))
            .count()
            >= 2
    {
        return Kind::Drop(DropReason::Breadcrumb);
    }
    if let Some(m) = URL.find(line) {
        let rest = char_len(&line[..m.start()]) + char_len(&line[m.end()..]);
        if rest <= 12 {
            return Kind::Drop(DropReason::UrlOnly);
        }
    }
    Kind::Keep
}

/// A menu written with spaces between its entries: five or more short
/// entries of words alone (no punctuation, no figures), as a site's
/// navigation bar is. A list of names in prose has longer items or
/// punctuation between them.
fn is_spaced_menu(line: &str) -> bool {
    let entries: Vec<&str> = line.split_whitespace().collect();
    entries.len() >= MENU_MIN_ENTRIES
        && entries
            .iter()
            .all(|e| char_len(e) <= MENU_ENTRY_MAX_CHARS && e.chars().all(|c| c.is_alphabetic()))
}

/// Plausible headline: not a sentence, not furniture, not a list of names.
fn is_headline(line: &str) -> bool {
    let len = char_len_capped(line, 60);
    (5..=60).contains(&len)
        && !has_sentence_end(line)
        && !line.ends_with([':', '：', ',', '，', '、'])
        && !line.starts_with(['—', '-', '─'])
        && !NAMES_ONLY.is_match(line)
}

/// Normalises line breaks and drops invisible/control characters. Works on
/// bytes: runs of ordinary text are copied whole.
fn normalise(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0; // text[copied..i] is pending
                        // Bytes that may start something to change.
    const TRIGGER: [bool; 256] = {
        let mut t = [false; 256];
        let mut i = 0;
        while i < 0x20 {
            t[i] = i != b'\t' as usize && i != b'\n' as usize;
            i += 1;
        }
        t[0x7F] = true;
        t[0xC2] = true;
        t[0xE2] = true;
        t[0xEF] = true;
        t
    };
    let mut i = 0;
    while i < b.len() {
        if !TRIGGER[b[i] as usize] {
            i += 1;
            continue;
        }
        let c = b[i];
        // (bytes to skip, replacement)
        let action: Option<(usize, &str)> = match c {
            b'\r' => Some((
                1,
                if b.get(i + 1) == Some(&b'\n') {
                    ""
                } else {
                    "\n"
                },
            )),
            0x0B | 0x0C => Some((1, "\n")),
            b'\t' | b'\n' => None,
            0..=0x1F | 0x7F => Some((1, "")),
            0xC2 => match b.get(i + 1) {
                Some(0x85) => Some((2, "\n")),
                Some(0x80..=0x9F) | Some(0xAD) => Some((2, "")),
                _ => None,
            },
            0xE2 => match (b.get(i + 1), b.get(i + 2)) {
                (Some(0x80), Some(0xA8 | 0xA9)) => Some((3, "\n")),
                (Some(0x80), Some(0x8B..=0x8F)) | (Some(0x81), Some(0xA0..=0xA4)) => Some((3, "")),
                _ => None,
            },
            0xEF => match (b.get(i + 1), b.get(i + 2)) {
                (Some(0xBB), Some(0xBF)) | (Some(0xBF), Some(0xBD)) => Some((3, "")),
                _ => None,
            },
            _ => None,
        };
        match action {
            Some((skip, with)) => {
                out.push_str(&text[copied..i]);
                out.push_str(with);
                i += skip;
                copied = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&text[copied..]);
    out
}

fn title_from_html_title(t: &str) -> Option<String> {
    let first = t
        .split(['_', '|', '｜'])
        .flat_map(|p| p.split(" - ").flat_map(|q| q.split(" — ")))
        .map(str::trim)
        .find(|p| char_len(p) >= 4)
        .unwrap_or(t.trim());
    (!first.is_empty()).then(|| first.to_string())
}

pub fn clean(text: &str, is_html: bool) -> Cleaned {
    let (raw, html_title, meta_dates, link_lines) = if is_html {
        let h = html::html_to_text(text);
        // Sites often put their logo or name in <h1>: trust it only when
        // <title> agrees with it (or there is no <title>).
        let from_title = h.title.as_deref().and_then(title_from_html_title);
        let h1 = h.h1.as_deref().filter(|t| (4..=100).contains(&char_len(t)));
        let title = match (h1, &from_title) {
            (Some(h1), Some(t)) if t.contains(h1) || h1.contains(t.as_str()) => {
                Some(h1.to_string())
            }
            (Some(h1), None) => Some(h1.to_string()),
            _ => from_title,
        };
        (normalise(&h.text), title, h.meta_dates, h.link_lines)
    } else {
        let t = if text.contains('&') {
            html::decode_entities(text)
        } else {
            text.to_string()
        };
        (normalise(&t), None, Vec::new(), Vec::new())
    };
    let lines: Vec<&str> = raw.split('\n').map(str::trim).collect();
    // Which lines are mostly links, when normalising kept the HTML's lines.
    let links = if link_lines.len() == lines.len() {
        link_lines
    } else {
        vec![false; lines.len()]
    };
    // Lines are judged in simplified script (相關文章 is 相关文章), one
    // line for one, and kept as written.
    let simplified = super::script::simplified(&raw);
    let judged: Vec<&str> = match &simplified {
        Some(s) => s.split('\n').map(str::trim).collect(),
        None => lines.clone(),
    };
    let kinds = judge(&judged, &links);

    let title = html_title.or_else(|| pick_title(&lines, &kinds));
    // the headline's kept line: an e-paper's page index may print it above
    let title_line = title
        .as_deref()
        .and_then(|t| (0..lines.len()).find(|&i| lines[i] == t && kinds[i] == Kind::Keep));
    let mut kinds = kinds;
    drop_header(&judged, &links, &mut kinds, title_line);
    if let Some(t) = &title {
        let t = super::script::simplified(t).unwrap_or_else(|| t.clone());
        keep_prose_on_the_title(&judged, &mut kinds, &t);
    }
    let published = meta_dates
        .iter()
        .find_map(|d| find_date(d))
        .or_else(|| pick_date(&lines));

    let mut cleaned = Cleaned {
        title,
        published,
        body: String::with_capacity(raw.len()),
        ..Cleaned::default()
    };
    account(&lines, &kinds, &mut cleaned);
    cleaned
}

/// Classifies every line: kept, dropped (with the reason) or blank.
fn judge(lines: &[&str], links: &[bool]) -> Vec<Kind> {
    let mut kinds: Vec<Kind> = lines.iter().map(|l| classify(l)).collect();
    drop_contact_blocks(lines, &mut kinds);
    drop_page_index(lines, &mut kinds);
    let cut = walk(lines, &mut kinds);
    if let Some((at, reason)) = cut {
        for (i, k) in kinds.iter_mut().enumerate().skip(at) {
            *k = match *k {
                Kind::Tail { .. } if i == at => Kind::Drop(DropReason::Marker),
                Kind::Keep | Kind::Tail { .. } => Kind::Drop(reason),
                other => other,
            };
        }
    }
    drop_menus(lines, links, &mut kinds);
    kinds
}

/// An e-paper prints the headlines of its page above the page's
/// navigation (版面导航): a run of headlines right before a newspaper line
/// is the page's index, not the article (one of them may be its headline,
/// printed again above the body).
fn drop_page_index(lines: &[&str], kinds: &mut [Kind]) {
    for at in 0..lines.len() {
        if kinds[at] != Kind::Drop(DropReason::Newspaper) {
            continue;
        }
        let run: Vec<usize> = (0..at)
            .rev()
            .filter(|&i| kinds[i] != Kind::Blank)
            .take_while(|&i| kinds[i] == Kind::Keep && is_headline(lines[i]))
            .collect();
        if run.len() >= PAGE_INDEX_MIN_HEADLINES {
            for i in run {
                kinds[i] = Kind::Drop(DropReason::Newspaper);
            }
        }
    }
}

/// Walks the lines in order: markers, related lists, repeated headings.
/// Returns where the article ends (an end-of-article heading), if it does.
///
/// A list heading (相关文章…) after the body opens a list only when list
/// items follow it; in a list, short title lines and single teaser
/// paragraphs are dropped, and two prose paragraphs in a row are the
/// article again (a list inside the body). A heading before most of the
/// article's prose (a navigation block above the body) drops only itself
/// and the items under it.
fn walk(lines: &[&str], kinds: &mut [Kind]) -> Option<(usize, DropReason)> {
    let mut body_chars = 0usize;
    let mut seen_short: HashSet<&str> = HashSet::new();
    let mut in_list = false;
    let prose_after = prose_after(lines, kinds);
    for i in 0..lines.len() {
        let line = lines[i];
        match kinds[i] {
            Kind::Tail { end } => {
                let after_body =
                    body_chars >= MIN_BODY_BEFORE_CUT && prose_after[i + 1] <= body_chars;
                if after_body && end {
                    return Some((i, DropReason::AfterEnd));
                }
                kinds[i] = Kind::Drop(DropReason::Marker);
                if after_body {
                    in_list = list_follows(lines, kinds, i);
                } else {
                    drop_list_after(lines, kinds, i);
                }
            }
            Kind::Keep if in_list => {
                if reads_as_prose(line) && next_kept_is_prose(lines, kinds, i) {
                    in_list = false;
                    body_chars += line.len();
                } else {
                    kinds[i] = Kind::Drop(DropReason::RelatedList);
                }
            }
            Kind::Keep => {
                if is_body_para(line) {
                    body_chars += line.len();
                } else if !seen_short.insert(line) {
                    kinds[i] = Kind::Drop(DropReason::Repeated);
                    continue;
                }
                // A list of titles each printed twice: a related-article list.
                if body_chars >= MIN_BODY_BEFORE_CUT && is_headline(line) {
                    let next = (i + 1..lines.len()).find(|&j| kinds[j] != Kind::Blank);
                    if next.is_some_and(|j| lines[j] == line) {
                        kinds[i] = Kind::Drop(DropReason::RelatedList);
                        in_list = true;
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// The kept lines after `at`, up to `n` of them, within the look-ahead.
fn next_kept(kinds: &[Kind], at: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
    (at + 1..kinds.len().min(at + 1 + LOOK_AHEAD))
        .filter(|&j| kinds[j] == Kind::Keep)
        .take(n)
}

/// Does a list follow the heading at `at`? Its first kept line is a list
/// item (a title, not prose), and so is one of the next two.
fn list_follows(lines: &[&str], kinds: &[Kind], at: usize) -> bool {
    let next: Vec<usize> = next_kept(kinds, at, 3).collect();
    match next.first() {
        None => true,
        Some(&first) if reads_as_prose(lines[first]) => false,
        Some(_) => next.len() == 1 || next[1..].iter().any(|&j| !reads_as_prose(lines[j])),
    }
}

fn next_kept_is_prose(lines: &[&str], kinds: &[Kind], at: usize) -> bool {
    next_kept(kinds, at, 1).any(|j| reads_as_prose(lines[j]))
}

/// A link-like line: a menu word (up to `short` chars), a title with its
/// date.
fn is_list_item(line: &str, short: usize) -> bool {
    let len = char_len_capped(line, 60);
    len <= short && !has_sentence_end(line) && !line.ends_with(['）', ')'])
        || len <= 60 && !has_sentence_end(line) && ends_with_date(line)
}

fn ends_with_date(line: &str) -> bool {
    let tail = line.trim_end_matches(|c: char| c.is_whitespace() || c == ']' || c == ')');
    LOOSE_DATE
        .find_iter(tail)
        .last()
        .is_some_and(|m| m.end() == tail.len() && m.start() > 0)
}

/// Menus above the body and lists below it: runs of link-like lines
/// before the first or after the last body paragraph (three or more, or
/// two titles with dates, or two lines that are mostly HTML links).
/// Inside the body, short lines stay (lists of names, section headings);
/// above it, a line of more than 8 characters may be the headline and
/// stays unless it is a link.
fn drop_menus(lines: &[&str], links: &[bool], kinds: &mut [Kind]) {
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&i| kinds[i] == Kind::Keep)
        .collect();
    let Some(first_body) = kept.iter().position(|&i| is_body_para(lines[i])) else {
        return;
    };
    let last_body = kept
        .iter()
        .rposition(|&i| is_body_para(lines[i]))
        .unwrap_or(first_body);
    let linked =
        |i: usize| links[i] && !has_sentence_end(lines[i]) && char_len_capped(lines[i], 60) <= 60;
    let mut drop_run = |run: &[usize]| {
        let dated = run.iter().filter(|&&i| ends_with_date(lines[i])).count();
        let links = run.iter().filter(|&&i| linked(i)).count();
        if run.len() >= 3 || dated >= 2 || links >= 2 {
            for &i in run {
                kinds[i] = Kind::Drop(DropReason::Menu);
            }
        }
    };
    // a table below the body runs to the page's end: from its caption on,
    // no run is a menu
    let after = &kept[last_body + 1..];
    let after = match after.iter().position(|&i| opens_a_table(lines[i])) {
        Some(caption) => &after[..caption],
        None => after,
    };
    for (part, short) in [(&kept[..first_body], 8), (after, 12)] {
        for run in part.split(|&i| !is_list_item(lines[i], short) && !linked(i)) {
            drop_run(run);
        }
    }
}

/// A table's caption (某县主要科创平台一览表) or the head of its number
/// column (序号): a table set out one cell per line follows, whose short
/// lines are the article's content, no menu.
fn opens_a_table(line: &str) -> bool {
    line.ends_with("一览表") || line == "序号"
}

/// Prose that a related list swallowed is the article's own after all
/// when it repeats the headline's words: teasers of other articles do not.
fn keep_prose_on_the_title(lines: &[&str], kinds: &mut [Kind], title: &str) {
    let han = |c: &char| ('\u{4E00}'..='\u{9FFF}').contains(c);
    let chars: Vec<char> = title.chars().collect();
    let bigrams: HashSet<[char; 2]> = chars
        .windows(2)
        .filter(|w| han(&w[0]) && han(&w[1]))
        .map(|w| [w[0], w[1]])
        .collect();
    if bigrams.len() < 4 {
        return;
    }
    for (i, line) in lines.iter().enumerate() {
        if kinds[i] != Kind::Drop(DropReason::RelatedList) || !reads_as_prose(line) {
            continue;
        }
        let text: Vec<char> = line.chars().collect();
        let seen: HashSet<[char; 2]> = text.windows(2).map(|w| [w[0], w[1]]).collect();
        let shared = bigrams.intersection(&seen).count();
        if shared >= 4 && shared * 5 >= bigrams.len() * 2 {
            kinds[i] = Kind::Keep;
        }
    }
}

/// Above the headline: short lines (a site's name, menu words) are page
/// header. The line right above the headline may be its kicker (引题),
/// unless it is a link.
fn drop_header(lines: &[&str], links: &[bool], kinds: &mut [Kind], title_line: Option<usize>) {
    let Some(t) = title_line else { return };
    if kinds[t] != Kind::Keep {
        return;
    }
    let kicker = (0..t)
        .rev()
        .find(|&i| kinds[i] != Kind::Blank)
        .filter(|&i| kinds[i] == Kind::Keep && !links[i]);
    for i in 0..t {
        let l = lines[i];
        let header = char_len_capped(l, 12) <= 12 && !has_sentence_end(l);
        if kinds[i] == Kind::Keep && header && (Some(i) != kicker || !is_headline(l)) {
            kinds[i] = Kind::Drop(DropReason::Menu);
        }
    }
}

/// Fills the body, the kept and dropped counts and the dropped blocks.
fn account(lines: &[&str], kinds: &[Kind], out: &mut Cleaned) {
    // a dropped block runs until a kept line or another reason
    let mut open = false;
    for (l, kind) in lines.iter().zip(kinds) {
        let reason = match *kind {
            Kind::Blank => continue,
            Kind::Keep => {
                if !out.body.is_empty() {
                    out.body.push('\n');
                }
                out.body.push_str(l);
                out.kept_chars += char_len(l);
                open = false;
                continue;
            }
            Kind::Drop(r) => r,
            Kind::Byline => DropReason::Byline,
            Kind::Tail { .. } => DropReason::Marker,
        };
        out.dropped_chars += char_len(l);
        match out.dropped.last_mut() {
            Some(b) if open && b.reason == reason => {
                b.text.push('\n');
                b.text.push_str(l);
            }
            _ => out.dropped.push(DroppedBlock {
                reason,
                text: l.to_string(),
            }),
        }
        open = true;
    }
}

/// Drops short blocks (between blank lines) that advertise a contact.
/// A short line that advertises a contact: a phone number, or contact
/// words (服务热线, 公众号…) outside a sentence of the article (某某公司开通
/// 服务热线，方便企业咨询。 is news, not an advertisement).
fn is_contact_line(line: &str) -> bool {
    if char_len_capped(line, 100) > 100 || !CONTACT.is_match(line) {
        return false;
    }
    let sentence = has_sentence_end(line) && line.contains(['，', ',']);
    !sentence || PHONE.is_match(line)
}

fn drop_contact_blocks(lines: &[&str], kinds: &mut [Kind]) {
    let mut i = 0;
    while i < lines.len() {
        if kinds[i] == Kind::Blank {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && kinds[i] != Kind::Blank {
            i += 1;
        }
        let block = start..i;
        let contact = block.clone().any(|j| is_contact_line(lines[j]));
        if !contact {
            continue;
        }
        // a short article set as one block (no blank lines) with a phone
        // in its footer is an article: only the contact lines go
        let holds_prose = block.clone().any(|j| {
            kinds[j] == Kind::Keep && !is_contact_line(lines[j]) && reads_as_prose(lines[j])
        });
        let small = !holds_prose
            && block.len() <= 8
            && block
                .clone()
                .map(|j| char_len_capped(lines[j], 500))
                .sum::<usize>()
                <= 500;
        if small {
            for k in &mut kinds[block] {
                if !matches!(k, Kind::Drop(_) | Kind::Byline) {
                    *k = Kind::Drop(DropReason::Contact);
                }
            }
        } else {
            for j in block {
                if is_contact_line(lines[j]) {
                    kinds[j] = Kind::Drop(DropReason::Contact);
                }
            }
        }
    }
}

fn pick_title(lines: &[&str], kinds: &[Kind]) -> Option<String> {
    let mut candidates: Vec<&str> = Vec::new();
    let mut byline = false;
    for (i, line) in lines.iter().enumerate().take(40) {
        match kinds[i] {
            Kind::Byline if !candidates.is_empty() => {
                byline = true;
                break;
            }
            Kind::Keep => {
                if is_body_para(line) {
                    break;
                }
                if is_headline(line) {
                    candidates.push(line);
                    if candidates.len() >= 4 {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    let pick = match candidates.len() {
        0 => return None,
        1 => candidates[0],
        _ if byline => candidates[candidates.len() - 1],
        // A kicker (引题) precedes the main headline.
        _ => candidates[1],
    };
    Some(pick.to_string())
}

fn pick_date(lines: &[&str]) -> Option<String> {
    let eligible = |l: &&&str| !l.is_empty() && !l.contains('。');
    lines
        .iter()
        .take(30)
        .filter(eligible)
        .find_map(|l| find_date(l))
        .or_else(|| {
            let non_empty: Vec<&&str> = lines.iter().filter(|l| !l.is_empty()).collect();
            let from = non_empty.len().saturating_sub(10);
            non_empty[from..]
                .iter()
                .filter(|l| !l.contains('。'))
                .find_map(|l| find_date(l))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(c: &Cleaned) -> String {
        format!("title: {:?}\ndate: {:?}\n{}", c.title, c.published, c.body)
    }

    fn check(input: &str, expected: &str) {
        let c = clean(input, looks_like_html(Path::new("x.txt"), input));
        assert_eq!(render(&c).trim(), expected.trim(), "input: {input:?}");
    }

    #[test]
    fn normalises_breaks_and_invisibles() {
        assert_eq!(
            normalise(
                "甲\r\n乙\r丙\u{200B}丁\u{2028}戊\u{FEFF}\u{FFFD}\u{7}己\u{85}庚\u{AD}\t“辛”"
            ),
            "甲\n乙\n丙丁\n戊己\n庚\t“辛”"
        );
        check("遂昌建设三大平台加快绿色发展\r\n\r\n遂昌,一座生态之城。\u{200B}", "title: Some(\"遂昌建设三大平台加快绿色发展\")\ndate: None\n遂昌建设三大平台加快绿色发展\n遂昌,一座生态之城。");
    }

    #[test]
    fn zero_width_characters_inside_a_name_do_not_split_it() {
        let c = clean(
            "青松\u{200B}科技\u{200D}有限公司\u{2060}今年投产。\u{200E}",
            false,
        );
        assert_eq!(c.body, "青松科技有限公司今年投产。");
        let c = clean("<p>青松&#8203;科技&zwj;有限公司今年投产。</p>", true);
        assert_eq!(c.body, "青松科技有限公司今年投产。");
    }

    #[test]
    fn dates() {
        let cases = [
            (
                "2021年10月11日 07:33:27 来源: 浙江在线",
                Some("2021-10-11 07:33:27"),
            ),
            (
                "2024-04-28 07:08:39 来源:浙江在线",
                Some("2024-04-28 07:08:39"),
            ),
            ("发布时间：2021-02-23", Some("2021-02-23")),
            ("2021年02月23日 星期二", Some("2021-02-23")),
            ("2021/2/23", Some("2021-02-23")),
            ("2021.2.3 9:05", Some("2021-02-03 09:05:00")),
            ("浙江日报2021-02-2300005;2021-02-23", Some("2021-02-23")),
            ("2021-02-30", None),
            ("2021-13-01", None),
            ("2020-02-29", Some("2020-02-29")),
            ("2021-02-29", None),
            ("12021-02-03", None),
            ("2021-02-23 25:00", Some("2021-02-23")),
            ("7月17日,仙居县", None),
        ];
        for (input, want) in cases {
            assert_eq!(find_date(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn news_page_text() {
        check(
            "您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 > 丽水 正文
立足优质生态资源 抢抓数字化发展机遇
遂昌:探索山区县跨越式发展新路径
2021年10月11日 07:33:27 来源: 浙江在线 钟根清 朱敏

\u{3000}\u{3000}浙江在线10月11日讯 遂昌,一座自然山水秀美的生态之城,一个文化底蕴深厚的千年古县。遂昌正全力推进数字化改革。

  旖旎的湖山风光 章建辉 摄

标签: 数字经济;数字化;山区县 责任编辑: 江小来
分享到:
版权和免责申明

凡注有\"浙江在线\"的稿件,均为浙江在线独家版权所有。
Copyright © 1999-2017 Zjol. All Rights Reserved 浙江在线版权所有
",
            "
title: Some(\"遂昌:探索山区县跨越式发展新路径\")
date: Some(\"2021-10-11 07:33:27\")
立足优质生态资源 抢抓数字化发展机遇
遂昌:探索山区县跨越式发展新路径
浙江在线10月11日讯 遂昌,一座自然山水秀美的生态之城,一个文化底蕴深厚的千年古县。遂昌正全力推进数字化改革。
旖旎的湖山风光 章建辉 摄",
        );
    }

    #[test]
    fn a_related_marker_in_the_navigation_above_the_body_keeps_the_body() {
        let page = "首页 | 新闻 | 产业
相关推荐
青松县签约新项目
白鹭镇开工仪式

  青松县经济开发区今年新引进项目12个,总投资58亿元,其中亿元以上项目7个,涉及新材料、装备制造和生物医药等产业,园区已建成标准厂房30万平方米。

  据介绍,开发区将继续完善配套设施,提升服务水平,推动项目早投产、早见效,力争全年工业总产值突破300亿元,为县域经济发展提供有力支撑。
";
        let body = clean(page, false).body;
        assert!(body.contains("今年新引进项目12个"), "{body}");
        assert!(body.contains("为县域经济发展提供有力支撑"), "{body}");
        assert!(
            !body.contains("青松县签约新项目"),
            "the list the marker opens: {body}"
        );
    }

    #[test]
    fn a_news_sentence_that_mentions_a_hotline_is_kept() {
        let page = "  青松科技有限公司今年在县城开通了24小时服务热线，方便园区企业咨询。

  青松县经济开发区今年新引进项目12个，总投资58亿元。
";
        let body = clean(page, false).body;
        assert!(body.contains("青松科技有限公司今年在县城开通"), "{body}");
    }

    #[test]
    fn a_site_footer_with_its_technical_support_credit_is_furniture() {
        let page = "星澜县飞地园区建成投产

2020年,星澜县率先在全市开展飞地经济合作,在园区建成标准化厂房5万平方米,已有华澜电子、翊欣食品等3家企业入驻,3家企业总投资5.4亿元,预计年产值6.5亿元以上。

国内统一刊号:CN00-0000 地址:某市某路五号 邮编:700000 技术支持:汭峰科技
某日报社版权所有,未经协议授权,禁止下载使用。";
        let body = clean(page, false).body;
        assert!(body.contains("翊欣食品"), "{body}");
        assert!(!body.contains("汭峰科技"), "{body}");
    }

    #[test]
    fn an_office_address_with_its_postcode_is_furniture() {
        let page = "星澜县飞地园区建成投产

2020年,星澜县率先在全市开展飞地经济合作,已有华澜电子、翊欣食品等3家企业入驻。

联系地址:南宁市青秀区民族大道100号 邮政编码:530000 电话:0771-0000000";
        let body = clean(page, false).body;
        assert!(body.contains("翊欣食品"), "{body}");
        assert!(!body.contains("青秀区"), "{body}");
    }

    #[test]
    fn a_short_article_without_blank_lines_keeps_its_body_above_a_phone() {
        let page = "星澜县在杭州举行项目签约活动
6月11日,以“山海共赢”为主题的星澜县招商引资推介会暨农产品精深加工项目签约活动在杭州举行,本次共签约18个项目,总投资达111.7亿元,涵盖新材料、食品加工等产业。
活动上,星澜县人民政府与翊欣食品科技有限公司等7家企业代表进行签约,双方将共建农产品精深加工产业园。
版权声明:本文由某某厂房网发布,如需转载请注明出处。如有不妥之处请联系我们删除 400-0123-021 或 13391219793";
        let body = clean(page, false).body;
        assert!(body.contains("翊欣食品科技有限公司"), "{body}");
        assert!(!body.contains("13391219793"), "{body}");
    }

    #[test]
    fn related_list_and_contact_ad() {
        check(
            "当前位置:首页 > 产业信息 > 正文内容

聚焦浙江山区26县奔富路 山区县如何产业自强

admin8个月前 (09-28)产业信息60

  7月17日,仙居县上张乡光伏电站,一排排光伏发电板与周边青山相映成趣。推动山区26县跨越式高质量发展,提升区域造血能力,产业支撑是关键。

  专家认为,山区26县凭借资源禀赋,理应吸引更多环境友好型的高附加值企业落户。

王先生微信号
厂房土地租售400 0123 021
或微信/手机:13391219793
请说明您的需求,以便快速帮您对接资源。

分享给朋友:

相关文章

青海大学国家大学科技园赴外考察招商

  在杭州,分别考察了海康威视。
",
            "
title: Some(\"聚焦浙江山区26县奔富路 山区县如何产业自强\")
date: None
聚焦浙江山区26县奔富路 山区县如何产业自强
7月17日,仙居县上张乡光伏电站,一排排光伏发电板与周边青山相映成趣。推动山区26县跨越式高质量发展,提升区域造血能力,产业支撑是关键。
专家认为,山区26县凭借资源禀赋,理应吸引更多环境友好型的高附加值企业落户。",
        );
    }

    #[test]
    fn an_e_papers_page_index_is_furniture() {
        check(
            "第05版:要闻
上一版  下一版

青屿区产业建设提速 迈出发展新步伐
本市选手在技能大赛获奖
星澜区首批学校建设启动
本市开展应急救援演练

版面导航

青屿区产业建设提速 迈出发展新步伐

  5月8日,一批企业项目签约落户青屿区,总投资30多亿元。
",
            "
title: Some(\"青屿区产业建设提速 迈出发展新步伐\")
date: None
青屿区产业建设提速 迈出发展新步伐
5月8日,一批企业项目签约落户青屿区,总投资30多亿元。",
        );
    }

    #[test]
    fn unlabelled_related_titles() {
        check(
            "桐乡召开招商大会

桐乡召开招商大会,这是继年初经济工作大会、桐乡市项目推进会后对招商工作的再部署、再谋划。今年以来,桐乡市坚持产业定位,创新开展链长制招商。

张汉坤率队赴浙江考察招商

张汉坤率队赴浙江考察招商

  11月26日至28日,县委副书记、县长张汉坤率队赴浙江金华、温州等地开展招商考察...
",
            "
title: Some(\"桐乡召开招商大会\")
date: None
桐乡召开招商大会
桐乡召开招商大会,这是继年初经济工作大会、桐乡市项目推进会后对招商工作的再部署、再谋划。今年以来,桐乡市坚持产业定位,创新开展链长制招商。",
        );
    }

    #[test]
    fn newspaper_page() {
        check(
            "浙江日报 数字报纸


00011版:专版

率先走出争创社会主义现代化先行省的区域发展之路

上虞:全面建设高水平“创新强区、品质名城”

  率先走出争创社会主义现代化先行省的区域发展之路

  上虞:全面建设高水平“创新强区、品质名城”

  朱银燕 倪贤方

  上虞区相关负责人介绍,2021年将是上虞文化建设大有可为的一年。

  (图片由上虞区委宣传部提供)


浙江日报 专版 00011 上虞:全面建设 2021-02-23 浙江日报2021-02-2300005;浙江日报2021-02-2300007 2 2021年02月23日 星期二
",
            "
title: Some(\"上虞:全面建设高水平“创新强区、品质名城”\")
date: Some(\"2021-02-23\")
率先走出争创社会主义现代化先行省的区域发展之路
上虞:全面建设高水平“创新强区、品质名城”
朱银燕 倪贤方
上虞区相关负责人介绍,2021年将是上虞文化建设大有可为的一年。
(图片由上虞区委宣传部提供)",
        );
    }

    #[test]
    fn a_navigation_bar_spaced_with_blanks_is_a_menu() {
        check(
            "首 页 县区招商 产业园区 企业选址 优惠政策 新闻中心

青松县新材料产业园开工

  青松县新材料产业园今天开工,首批入驻企业12家。
",
            "
title: Some(\"青松县新材料产业园开工\")
date: None
青松县新材料产业园开工
青松县新材料产业园今天开工,首批入驻企业12家。",
        );
        // a headline with a space between its parts is no menu
        assert!(!is_spaced_menu("青松县 新材料产业园 开工"));
    }

    #[test]
    fn widget_date_and_trailing_menu() {
        check(
            "您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 正文

多轮驱动强链延链 加码科创塑造优势

衢州在新赛道上加速奔跑

字体:
—2024—
04/28
07:08:39
2024-04-28 07:08:39 来源:浙江在线-浙江日报 记者 徐建国

  浙江在线4月28日讯 今年一季度,全省经济运行开局良好、稳中有进。衢州跑出新质生产力发展的“加速度”。
融媒产品
浙江宣传
惊雷剧社
更多资讯
",
            "
title: Some(\"衢州在新赛道上加速奔跑\")
date: Some(\"2024-04-28 07:08:39\")
多轮驱动强链延链 加码科创塑造优势
衢州在新赛道上加速奔跑
浙江在线4月28日讯 今年一季度,全省经济运行开局良好、稳中有进。衢州跑出新质生产力发展的“加速度”。",
        );
    }

    #[test]
    fn a_table_below_the_body_is_content_not_a_menu() {
        check(
            "青松县科创平台情况

目前,我县的主要科创平台包括三块,为企业提供综合性服务。

县内主要科创平台一览表

序号

平台名称

位置

1

星澜科创中心

城北片区

岚溪双创园

为初创企业提供研发、检测和项目申报服务等

青屿工业园
",
            "
title: Some(\"青松县科创平台情况\")
date: None
青松县科创平台情况
目前,我县的主要科创平台包括三块,为企业提供综合性服务。
县内主要科创平台一览表
序号
平台名称
位置
星澜科创中心
城北片区
岚溪双创园
为初创企业提供研发、检测和项目申报服务等
青屿工业园",
        );
    }

    #[test]
    fn body_lines_that_look_like_furniture_words() {
        check(
            "遂昌县重点项目清单发布

位置:浙江遂昌经济开发区,总投资5亿元。
两天前,遂昌召开招商会。
相关新闻显示,遂昌县今年招商引资成效明显。
该县申请表电子版已在官网公布,数字报同步刊发。",
            "
title: Some(\"遂昌县重点项目清单发布\")
date: None
遂昌县重点项目清单发布
位置:浙江遂昌经济开发区,总投资5亿元。
两天前,遂昌召开招商会。
相关新闻显示,遂昌县今年招商引资成效明显。
该县申请表电子版已在官网公布,数字报同步刊发。",
        );
    }

    #[test]
    fn html_title_prefers_agreeing_h1() {
        let c = clean(
            "<title>遂昌建设三大平台_浙江在线</title><h1>浙江在线</h1><p>正文。</p>",
            true,
        );
        assert_eq!(c.title.as_deref(), Some("遂昌建设三大平台"));
        let c = clean("<title>遂昌建设三大平台加快绿色发展_浙江在线</title><h1>遂昌建设三大平台加快绿色发展</h1>", true);
        assert_eq!(c.title.as_deref(), Some("遂昌建设三大平台加快绿色发展"));
        let c = clean("<h1>衢州在新赛道上加速奔跑</h1><p>正文。</p>", true);
        assert_eq!(c.title.as_deref(), Some("衢州在新赛道上加速奔跑"));
    }

    #[test]
    fn html_page() {
        check(
            "<html><head><title>遂昌建设三大平台加快绿色发展_浙江日报</title></head><body>
<div class=crumb>当前位置:<a>首页</a> &gt; <a>新闻</a> &gt; 正文</div>
<p>发布时间:2023-05-01 08:00</p>
<p>遂昌,一座自然山水秀美的生态之城。</p><p>责任编辑:张三</p>
<div>相关阅读</div><ul><li><a>青海大学科技园考察招商</a></li></ul></body></html>",
            "
title: Some(\"遂昌建设三大平台加快绿色发展\")
date: Some(\"2023-05-01 08:00:00\")
遂昌,一座自然山水秀美的生态之城。",
        );
    }
}
