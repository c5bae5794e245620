//! Kept-body quality over a corpus of page layouts (`tests/data/layouts/`):
//! related lists before, inside and after the body, breadcrumbs, photo
//! captions, editor and source lines, contact blocks, a page that is all
//! furniture, a body sentence that mentions 服务热线. Each page `NAME.txt`
//! or `NAME.html` has its expected kept body in `NAME.expected`.
//!
//! The score is character F1 of the kept body against the expected one,
//! white space ignored, with the longest common subsequence as the
//! overlap (so text kept twice or out of order does not count twice),
//! summed over the corpus.

use shanhai::text::parse_document;
use std::path::{Path, PathBuf};

fn layouts() -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/layouts");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("layouts folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
        .collect();
    pages.sort();
    pages
        .into_iter()
        .map(|p| {
            let expected = std::fs::read_to_string(p.with_extension("expected"))
                .unwrap_or_else(|_| panic!("{} has no .expected file", p.display()));
            (p, expected)
        })
        .collect()
}

fn chars(s: &str) -> Vec<char> {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Length of the longest common subsequence.
fn lcs(a: &[char], b: &[char]) -> usize {
    let mut prev = vec![0u32; b.len() + 1];
    let mut row = vec![0u32; b.len() + 1];
    for &x in a {
        for (j, &y) in b.iter().enumerate() {
            row[j + 1] = if x == y {
                prev[j] + 1
            } else {
                row[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()] as usize
}

fn f1(common: usize, kept: usize, expected: usize) -> f64 {
    if kept + expected == 0 {
        return 1.0;
    }
    2.0 * common as f64 / (kept + expected) as f64
}

#[test]
fn the_layout_corpus_is_large_enough() {
    let pages = layouts();
    assert!(pages.len() >= 12, "{} layouts", pages.len());
    assert!(pages.iter().any(|(p, _)| p.extension().unwrap() == "html"));
    assert!(
        pages.iter().any(|(_, e)| e.trim().is_empty()),
        "an all-furniture page"
    );
}

#[test]
fn kept_body_f1_over_the_layouts_is_at_least_0_95() {
    let (mut common, mut kept, mut expected) = (0, 0, 0);
    let mut report = String::new();
    for (path, want) in layouts() {
        let bytes = std::fs::read(&path).unwrap();
        let got = parse_document(&path, &bytes)
            .map(|d| d.text)
            .unwrap_or_default();
        let (g, w) = (chars(&got), chars(&want));
        let c = lcs(&g, &w);
        report.push_str(&format!(
            "{:<32} kept {:>5} expected {:>5} common {:>5} F1 {:.3}\n",
            path.file_name().unwrap().to_string_lossy(),
            g.len(),
            w.len(),
            c,
            f1(c, g.len(), w.len())
        ));
        common += c;
        kept += g.len();
        expected += w.len();
    }
    let total = f1(common, kept, expected);
    println!(
        "{report}corpus: P {:.3} R {:.3} F1 {total:.3}",
        common as f64 / kept.max(1) as f64,
        common as f64 / expected.max(1) as f64
    );
    assert!(total >= 0.95, "kept-body F1 {total:.3} < 0.95\n{report}");
}

/// Entity names and mention surfaces a page yields through cleaning and
/// both extraction passes.
fn names_and_surfaces(file: &str, page: &str) -> (Vec<String>, Vec<String>) {
    use shanhai::extract::{Extractor, UserLexicon};
    let doc = parse_document(Path::new(file), page.as_bytes()).unwrap();
    let found = shanhai::pipeline::extract_all(&Extractor::new(UserLexicon::default()), &[doc])
        .expect("lexicon");
    let names = found[0]
        .entities
        .iter()
        .map(|e| e.key.canonical.clone())
        .collect();
    let surfaces = found[0]
        .mentions
        .iter()
        .map(|m| m.surface.clone())
        .collect();
    (names, surfaces)
}

#[test]
fn zero_width_and_full_width_characters_inside_a_name_do_not_split_it() {
    let page = "青松\u{200B}科技\u{200D}有限公司今年在青松县投产新生产线，年产值12亿元。\n\
                ＸＹ\u{2060}智能装备有限公司也将入驻青松县。\n";
    let doc = parse_document(Path::new("odd.txt"), page.as_bytes()).unwrap();
    assert!(doc.text.contains("青松科技有限公司"), "{}", doc.text);
    let (names, _) = names_and_surfaces("odd.txt", page);
    assert!(names.iter().any(|n| n == "青松科技有限公司"), "{names:?}");
    assert!(names.iter().any(|n| n == "XY智能装备有限公司"), "{names:?}");
}

#[test]
fn a_space_nbsp_or_ideographic_space_inside_a_name_does_not_split_it() {
    let page = "青岚\u{3000}光电科技有限公司今年在青松县投产新生产线，年产值12亿元。\n\
                翠微\u{a0}精密机械有限公司与青岚 光电科技有限公司签约。\n";
    let (names, surfaces) = names_and_surfaces("spaced.txt", page);
    assert!(
        names.iter().any(|n| n == "青岚光电科技有限公司"),
        "{names:?}"
    );
    assert!(
        names.iter().any(|n| n == "翠微精密机械有限公司"),
        "{names:?}"
    );
    assert!(
        surfaces.iter().filter(|s| s.starts_with("青岚")).count() >= 2,
        "{surfaces:?}"
    );
}
