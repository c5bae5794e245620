//! Times each phase of ingesting files one by one (parse, discover, build
//! the lexicon, link), without the store: shows which phase grows faster
//! than the document.
//!
//!     cargo run --release --example phase_times -- FILE...
use shanhai::extract::{Extractor, UserLexicon};
use shanhai::text::parse_document;
use std::path::Path;
use std::time::Instant;

fn main() {
    let extractor = Extractor::new(UserLexicon::default());
    for arg in std::env::args().skip(1) {
        let path = Path::new(&arg);
        let bytes = std::fs::read(path).expect("readable file");
        let t = Instant::now();
        let doc = parse_document(path, &bytes).expect("decodable file");
        let parse = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let found = extractor.discover(&doc);
        let discover = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let lexicon = match extractor.build_lexicon(std::slice::from_ref(&found), &[]) {
            Ok(lexicon) => lexicon,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                std::process::exit(1);
            }
        };
        let lex = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let ex = extractor.link(&lexicon, &doc);
        let link = t.elapsed().as_secs_f64();
        println!(
            "{}: {:.1} MB, {} sentences, {} candidates, {} mentions: parse {parse:.2} s, discover {discover:.2} s, lexicon {lex:.2} s, link {link:.2} s",
            path.display(),
            bytes.len() as f64 / 1e6,
            doc.sentences.len(),
            found.candidates.len(),
            ex.mentions.len()
        );
    }
}
