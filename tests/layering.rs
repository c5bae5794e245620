//! The seams between layers, checked on the sources: the library knows no
//! clap (the CLI maps its flags to library enums), and neither `store` nor
//! `extract` reaches into `eval` (names and records live in `model`).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/` with its path relative to the crate.
fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = vec![root.join("src")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read src") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p.strip_prefix(root).expect("under root");
                let text = std::fs::read_to_string(&p).expect("read source");
                out.push((rel.display().to_string(), text));
            }
        }
    }
    out
}

/// The files under `dir` (or all library files) that contain `needle`.
fn offenders(files: &[(String, String)], dir: &str, needle: &str) -> Vec<String> {
    files
        .iter()
        .filter(|(p, _)| p.starts_with(dir))
        .filter(|(p, _)| !p.starts_with("src/cli/") && p != "src/main.rs")
        .filter(|(_, text)| text.contains(needle))
        .map(|(p, _)| p.clone())
        .collect()
}

#[test]
fn the_library_knows_no_clap() {
    let files = sources();
    assert!(files.len() > 20, "found only {} sources", files.len());
    assert_eq!(offenders(&files, "src/", "clap"), Vec::<String>::new());
}

#[test]
fn store_and_extract_do_not_import_eval() {
    let files = sources();
    for dir in ["src/store/", "src/extract/"] {
        assert_eq!(
            offenders(&files, dir, "crate::eval"),
            Vec::<String>::new(),
            "{dir}"
        );
    }
}
