//! Property tests: the text front end never panics and its offsets hold.

use proptest::prelude::*;
use shanhai::model::ParsedDoc;
use shanhai::text::parse_document;
use std::path::Path;

fn check_doc(doc: &ParsedDoc) -> Result<(), TestCaseError> {
    let chars: Vec<char> = doc.text.chars().collect();
    let mut prev_end = 0usize;
    let mut prev_para = 0usize;
    for (i, s) in doc.sentences.iter().enumerate() {
        prop_assert_eq!(s.index, i);
        prop_assert!(s.start < s.end, "empty sentence {:?}", s);
        prop_assert!(s.end <= chars.len(), "out of range {:?}", s);
        prop_assert!(s.start >= prev_end, "overlap {:?}", s);
        let slice: String = chars[s.start..s.end].iter().collect();
        prop_assert_eq!(&slice, &s.text);
        prop_assert!(s.end - s.start <= 1000);
        if i == 0 {
            prop_assert_eq!(s.paragraph, 0);
        } else {
            prop_assert!(s.paragraph == prev_para || s.paragraph == prev_para + 1);
        }
        prev_end = s.end;
        prev_para = s.paragraph;
    }
    if let Some(d) = &doc.published {
        prop_assert!(d.len() == 10 || d.len() == 19, "bad date {}", d);
    }
    Ok(())
}

fn parse_all(bytes: &[u8]) -> Result<(), TestCaseError> {
    for name in ["a.txt", "a.html"] {
        if let Ok(doc) = parse_document(Path::new(name), bytes) {
            check_doc(&doc)?;
        }
    }
    Ok(())
}

/// Pieces of news pages, HTML and furniture, glued at random.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("遂昌,一座生态之城。".to_string()),
        Just("“我们计划落地项目。”".to_string()),
        Just("……".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{3000}\u{3000}".to_string()),
        Just("\u{a0}".to_string()),
        Just("\r\n".to_string()),
        Just("相关文章".to_string()),
        Just("责任编辑:江小来".to_string()),
        Just("您当前的位置 :浙江在线 > 浙江新闻".to_string()),
        Just("2021年10月11日 07:33:27 来源: 浙江在线".to_string()),
        Just("2021-02-2300005;".to_string()),
        Just("<p>".to_string()),
        Just("</div>".to_string()),
        Just("<script>var a='<p>';".to_string()),
        Just("</script>".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("<title>标题".to_string()),
        Just("&nbsp;&#25991;&#x5B57;&amp".to_string()),
        Just("&#xD800;&#1114112;&#0;".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("13391219793".to_string()),
        Just("\u{FEFF}\u{200B}\u{FFFD}".to_string()),
        "[a-z0-9 ,.!?;:]{0,12}",
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode(s in any::<String>()) {
        parse_all(s.as_bytes())?;
    }

    #[test]
    fn arbitrary_bytes(b in prop::collection::vec(any::<u8>(), 0..2000)) {
        parse_all(&b)?;
    }

    #[test]
    fn news_like_text(parts in prop::collection::vec(fragment(), 0..80)) {
        let s: String = parts.concat();
        parse_all(s.as_bytes())?;
        // also as GBK bytes where representable
        let (b, _, unmappable) = encoding_rs::GBK.encode(&s);
        if !unmappable {
            parse_all(&b)?;
        }
    }

    #[test]
    fn long_runs(c in prop_oneof![Just('浙'), Just('a'), Just(' '), Just(','), Just('<'), Just('&')], n in 0usize..5000) {
        let s: String = std::iter::repeat_n(c, n).collect();
        parse_all(s.as_bytes())?;
    }
}

/// Throughput of the whole front end on the seeds, repeated into a large
/// corpus. Run with `cargo test --release --test text_props -- --ignored --nocapture`.
#[test]
#[ignore]
fn throughput() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut docs = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        docs.push(std::fs::read(e.unwrap().path()).unwrap());
    }
    let html: Vec<u8> = {
        let mut s = String::from("<html><head><title>标题</title><style>p{}</style></head><body>");
        for d in &docs {
            for line in String::from_utf8_lossy(d).lines() {
                s.push_str("<p>");
                s.push_str(line);
                s.push_str("</p>\n");
            }
        }
        s.push_str("</body></html>");
        s.into_bytes()
    };
    let big_line: Vec<u8> = "浙江省衢州市智造新城".repeat(200_000).into_bytes();
    for (name, inputs) in [
        ("seeds", docs.clone()),
        ("html", vec![html]),
        ("one 6MB line", vec![big_line]),
    ] {
        let total: usize = inputs.iter().map(|d| d.len()).sum();
        let rounds = (50_000_000 / total).max(1);
        let t = std::time::Instant::now();
        let cpu0 = thread_cpu_ns();
        for _ in 0..rounds {
            for d in &inputs {
                let doc = parse_document(
                    Path::new(if name == "html" { "a.html" } else { "a.txt" }),
                    d,
                )
                .unwrap();
                std::hint::black_box(doc);
            }
        }
        let secs = t.elapsed().as_secs_f64();
        let mb = (total * rounds) as f64 / 1e6;
        match (cpu0, thread_cpu_ns()) {
            (Some(a), Some(b)) => println!(
                "{name}: {:.1} MB/s wall, {:.1} MB/s per CPU second",
                mb / secs,
                mb / ((b - a) as f64 / 1e9)
            ),
            _ => println!("{name}: {:.1} MB/s wall", mb / secs),
        }
    }
}

/// CPU time of this thread (Linux), so that the figure does not depend on
/// how busy the machine is.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Inputs built to trigger quadratic behaviour; each must parse quickly
/// (a quadratic pass over 400 kB would take minutes, even optimised).
#[test]
fn pathological_inputs_are_linear() {
    let n = 400_000;
    let cases: Vec<(&str, String)> = vec![
        ("a.html", "<a".repeat(n / 2)),
        ("a.html", "<a>".repeat(n / 3)),
        ("a.html", "</".repeat(n / 2)),
        ("a.html", "<!--".repeat(n / 4)),
        ("a.html", "<script>".repeat(n / 8)),
        ("a.html", "<title>x</title>".repeat(n / 16)),
        ("a.html", "&#".repeat(n / 2)),
        ("a.html", "&amp".repeat(n / 4)),
        ("a.html", "<h1>标题".repeat(n / 6)),
        ("a.txt", "2021-02-30 ".repeat(n / 11)),
        ("a.txt", "2021年10月11日".repeat(n / 11)),
        ("a.txt", "张汉坤率队赴浙江考察招商\n".repeat(n / 13)),
        (
            "a.txt",
            format!("遂昌,一座生态之城。\n{}", "相关文章\n\n\n".repeat(n / 8)),
        ),
        ("a.txt", "\n".repeat(n)),
        ("a.txt", "13391219793\n".repeat(n / 12)),
        ("a.txt", "一,".repeat(n / 2)),
        ("a.txt", "浙 ".repeat(n / 2)),
        ("a.txt", "。”".repeat(n / 2)),
        ("a.txt", "……".repeat(n / 2)),
        ("a.txt", "首页 > ".repeat(n / 5)),
    ];
    for (name, text) in cases {
        let t = std::time::Instant::now();
        if let Ok(doc) = parse_document(Path::new(name), text.as_bytes()) {
            check_doc(&doc).unwrap();
        }
        let secs = t.elapsed().as_secs_f64();
        assert!(
            secs < 5.0,
            "{name} {:?}…: {secs:.1}s",
            &text.chars().take(10).collect::<String>()
        );
    }
}
