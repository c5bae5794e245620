//! The text front end on the seed articles and on encodings.

use shanhai::model::ParsedDoc;
use shanhai::text::{parse_document, DecodeError};
use std::path::{Path, PathBuf};

fn seed(prefix: &str) -> ParsedDoc {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let path: PathBuf = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"));
    let bytes = std::fs::read(&path).unwrap();
    parse_document(&path, &bytes).unwrap()
}

fn all_seeds() -> Vec<ParsedDoc> {
    ["000", "001", "002", "003", "004"]
        .iter()
        .map(|p| seed(p))
        .collect()
}

/// Offsets match the body; sentences ordered, non-overlapping, bounded;
/// paragraphs consecutive from 0; indices consecutive from 0.
fn assert_invariants(doc: &ParsedDoc) {
    let chars: Vec<char> = doc.text.chars().collect();
    let mut prev_end = 0;
    let mut prev_para = 0;
    for (i, s) in doc.sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        assert!(s.start < s.end, "{s:?}");
        assert!(s.end <= chars.len(), "{s:?}");
        assert!(s.start >= prev_end, "overlap at {s:?}");
        let slice: String = chars[s.start..s.end].iter().collect();
        assert_eq!(slice, s.text);
        assert_eq!(s.text.trim(), s.text);
        assert!(s.end - s.start <= 1000);
        if i == 0 {
            assert_eq!(s.paragraph, 0);
        } else {
            assert!(
                s.paragraph == prev_para || s.paragraph == prev_para + 1,
                "{s:?}"
            );
        }
        prev_end = s.end;
        prev_para = s.paragraph;
    }
}

fn body_has(doc: &ParsedDoc, needle: &str) -> bool {
    doc.text.contains(needle) || doc.sentences.iter().any(|s| s.text.contains(needle))
}

#[test]
fn titles_and_dates() {
    let d = seed("000");
    assert_eq!(d.title.as_deref(), Some("遂昌建设三大平台加快绿色发展"));
    assert_eq!(d.published, None);
    let d = seed("001");
    assert_eq!(d.title.as_deref(), Some("遂昌:探索山区县跨越式发展新路径"));
    assert_eq!(d.published.as_deref(), Some("2021-10-11 07:33:27"));
    let d = seed("002");
    assert_eq!(
        d.title.as_deref(),
        Some("聚焦浙江山区26县奔富路 山区县如何产业自强")
    );
    assert_eq!(d.published, None, "09-28 has no year");
    let d = seed("003");
    assert_eq!(d.title.as_deref(), Some("衢州在新赛道上加速奔跑"));
    assert_eq!(d.published.as_deref(), Some("2024-04-28 07:08:39"));
    let d = seed("004");
    assert_eq!(
        d.title.as_deref(),
        Some("上虞:全面建设高水平“创新强区、品质名城”")
    );
    assert_eq!(d.published.as_deref(), Some("2021-02-23"));
}

#[test]
fn related_list_of_002_is_gone() {
    let d = seed("002");
    for w in [
        "相关文章",
        "青海",
        "桂林",
        "甘肃",
        "桐乡",
        "广西",
        "崇左",
        "张汉坤",
        "兰州",
        "新冠",
        "葛毅明",
        "13391219793",
        "德清厂房网",
        "分享给朋友",
    ] {
        assert!(!body_has(&d, w), "002 still has {w}");
    }
    // the article itself is intact, to its last paragraph
    assert!(d.text.starts_with("聚焦浙江山区26县奔富路"));
    assert!(d
        .text
        .ends_with("理应吸引更多环境友好型的高附加值企业落户。"));
}

#[test]
fn furniture_is_gone() {
    for d in all_seeds() {
        for w in [
            "版权",
            "责任编辑",
            "您当前的位置",
            "当前位置",
            "Copyright",
            "分享到",
            "标签",
            "转载请注明",
            "本文转自",
            "来源:",
            "字体:",
        ] {
            assert!(!body_has(&d, w), "{} still has {w}", d.file_name);
        }
        for line in d.text.lines() {
            assert!(!line.trim().is_empty(), "blank line in {}", d.file_name);
            assert!(
                line.chars().any(char::is_alphabetic),
                "{}: {line}",
                d.file_name
            );
        }
    }
    let d = seed("001");
    assert!(d.text.ends_with("山区县正加速进入发展快车道。”"));
    let d = seed("003");
    for w in [
        "融媒产品",
        "浙江宣传",
        "惊雷剧社",
        "更多资讯",
        "—2024—",
        "07:08:39",
    ] {
        assert!(!body_has(&d, w), "003 still has {w}");
    }
    let d = seed("004");
    for w in ["数字报纸", "00011", "2021-02-23", "星期二"] {
        assert!(!body_has(&d, w), "004 still has {w}");
    }
    assert!(d.text.ends_with("(图片由上虞区委宣传部提供)"));
    // the repeated kicker/headline is kept once
    let kicker = "率先走出争创社会主义现代化先行省的区域发展之路";
    assert_eq!(d.text.lines().filter(|l| *l == kicker).count(), 1);
    let d = seed("000");
    assert!(d.text.ends_with("遂昌县委主要负责人说。"));
}

#[test]
fn seed_invariants() {
    for d in all_seeds() {
        assert_eq!(d.encoding, "utf-8");
        assert!(d.sentences.len() > 20, "{}", d.file_name);
        assert_invariants(&d);
    }
}

fn gbk_bytes(s: &str) -> Vec<u8> {
    let (b, _, unmappable) = encoding_rs::GBK.encode(s);
    assert!(!unmappable);
    b.into_owned()
}

#[test]
fn gbk_round_trip_of_seeds() {
    for prefix in ["000", "001", "002", "003", "004"] {
        let utf8 = seed(prefix);
        // NBSP and © have no GBK code; a GBK page would use " " and "(C)".
        let raw = std::fs::read_to_string(&utf8.path)
            .unwrap()
            .replace('\u{a0}', " ")
            .replace('©', "(C)");
        let from_utf8 = parse_document(Path::new("a.txt"), raw.as_bytes()).unwrap();
        let d = parse_document(Path::new("a.txt"), &gbk_bytes(&raw)).unwrap();
        assert_eq!(d.encoding, "gbk", "{prefix}");
        assert_eq!(d.text, from_utf8.text);
        assert_eq!(d.title, utf8.title);
        assert_eq!(d.published, utf8.published);
        assert_eq!(d.sentences, from_utf8.sentences);
    }
}

#[test]
fn gb18030_round_trip() {
    let text =
        "衢州在新赛道上加速奔跑\n\n浙江𠮷祥科技有限公司落户衢州智造新城。项目总投资€5亿元。\n";
    let (b, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    let d = parse_document(Path::new("a.txt"), &b).unwrap();
    assert_eq!(d.encoding, "gb18030");
    assert!(d.text.contains("浙江𠮷祥科技有限公司"));
    assert_invariants(&d);
}

#[test]
fn bom_and_html_file() {
    let mut b = b"\xEF\xBB\xBF".to_vec();
    b.extend_from_slice(
        "<html><head><title>遂昌建设三大平台_浙江在线</title></head><body><p>遂昌,一座生态之城。</p></body></html>".as_bytes(),
    );
    let d = parse_document(Path::new("page.html"), &b).unwrap();
    assert_eq!(d.encoding, "utf-8");
    assert_eq!(d.title.as_deref(), Some("遂昌建设三大平台"));
    assert_eq!(d.text, "遂昌,一座生态之城。");
}

#[test]
fn rejected_inputs() {
    let p = Path::new("x.txt");
    assert_eq!(parse_document(p, b"").unwrap_err(), DecodeError::Empty);
    assert!(matches!(
        parse_document(p, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        Err(DecodeError::Binary(_))
    ));
    assert!(matches!(
        parse_document(p, b"PK\x03\x04\x14\0\x06\0"),
        Err(DecodeError::Binary(_))
    ));
    assert!(matches!(
        parse_document(p, b"%PDF-1.4\n%\xE2\xE3"),
        Err(DecodeError::Binary(_))
    ));
    assert!(matches!(
        parse_document(p, b"\x1f\x8b\x08\0\0\0"),
        Err(DecodeError::Binary(_))
    ));
    assert!(matches!(
        parse_document(p, b"\xFF\xD8\xFF\xE0"),
        Err(DecodeError::Binary(_))
    ));
    // Pseudo-random high bytes: must be refused, not ingested as garbage.
    let mut x: u32 = 12345;
    let noise: Vec<u8> = (0..4000)
        .map(|_| {
            x = x.wrapping_mul(1103515245).wrapping_add(12345);
            0x81 + ((x >> 16) % 0x7E) as u8
        })
        .collect();
    assert!(parse_document(p, &noise).is_err());
    let noise: Vec<u8> = (0..4000)
        .map(|_| {
            x = x.wrapping_mul(1103515245).wrapping_add(12345);
            (x >> 16) as u8
        })
        .collect();
    assert!(parse_document(p, &noise).is_err());
    let msg = parse_document(p, b"\0\0\0").unwrap_err().to_string();
    assert!(msg.contains("NUL"), "{msg}");
}

#[test]
fn very_long_line_is_cut() {
    let line = "浙江省衢州市".repeat(20_000);
    let d = parse_document(Path::new("long.txt"), line.as_bytes()).unwrap();
    assert!(d.sentences.len() >= 120);
    assert_invariants(&d);
}

#[test]
fn html_news_page() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/text/news_page.html");
    let bytes = std::fs::read(&path).unwrap();
    let d = parse_document(&path, &bytes).unwrap();
    assert_eq!(d.title.as_deref(), Some("衢州智造新城再添锂电新材料项目"));
    assert_eq!(d.published.as_deref(), Some("2023-07-18 09:12:05"));
    assert_eq!(
        d.text,
        "衢州智造新城再添锂电新材料项目\n\
         浙江在线7月18日讯\u{3000}7月18日上午，浙江时代锂电材料国际产业合作园项目（一期）开工仪式在衢州智造新城举行。\n\
         该项目总投资150亿元，建成后将成为衢州历史上单体投资最大的先进制造业项目。\n\
         衢州市相关负责人表示：“我们将全力做好要素保障！”\n\
         近年来，衢州把锂电新材料产业作为大力培育发展的新兴产业……"
    );
    assert_invariants(&d);
    let texts: Vec<&str> = d.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts[3], "衢州市相关负责人表示：“我们将全力做好要素保障！”");
    // the same page as GBK
    let page = std::str::from_utf8(&bytes).unwrap().replace('©', "(C)");
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&page);
    assert!(!unmappable);
    let g = parse_document(&path, &gbk).unwrap();
    assert_eq!(g.encoding, "gbk");
    assert_eq!(g.text, d.text);
}
