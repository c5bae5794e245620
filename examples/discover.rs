//! Prints what recognition proposes for each file named on the command
//! line (pass 1, before the corpus lexicon), then what it links (pass 2):
//! a look inside the recogniser when a name is missed or cut wrongly.
use shanhai::extract::{Extractor, UserLexicon};
use shanhai::text::parse_document;
use std::path::Path;

fn main() {
    let extractor = Extractor::new(UserLexicon::default());
    let mut docs = Vec::new();
    for arg in std::env::args().skip(1) {
        let path = Path::new(&arg);
        let bytes = std::fs::read(path).expect("readable file");
        docs.push(parse_document(path, &bytes).expect("decodable file"));
    }
    let found: Vec<_> = docs.iter().map(|d| extractor.discover(d)).collect();
    for (doc, d) in docs.iter().zip(&found) {
        println!("== {} (discovered)", doc.file_name);
        for c in &d.candidates {
            println!("  {}\t{}\t{:?}", c.key.etype, c.key.canonical, c.aliases);
        }
    }
    let lexicon = extractor
        .build_lexicon(&found, &[])
        .unwrap_or_else(|e| panic!("{e}"));
    for doc in &docs {
        println!("== {} (linked)", doc.file_name);
        for m in extractor.link(&lexicon, doc).mentions {
            println!(
                "  {}\t{}\t{}",
                m.entity.etype, m.surface, m.entity.canonical
            );
        }
    }
}
