//! The character pairs a run's documents hold, so that a small run's link
//! index can leave out the names that none of its documents can contain.
//!
//! Linking matches known names inside sentences. A name occurs in a
//! sentence only if each pair of adjacent characters in it does, so a
//! name with a pair that no sentence of the run holds can never match. An
//! incremental ingest of a few articles into a large database otherwise
//! builds its name trie over every stored name (tens of thousands): the
//! fixed cost that made it about twice as slow as the same articles alone.

use crate::model::ParsedDoc;
use rustc_hash::FxHashSet;

/// Adjacent character pairs seen in the sentences of some documents.
#[derive(Debug, Default)]
pub struct RunText {
    pairs: FxHashSet<(char, char)>,
}

impl RunText {
    /// Adds the pairs of one document's sentences (in the view that
    /// linking reads: see `Extractor::add_run_text`).
    pub(super) fn add(&mut self, doc: &ParsedDoc) {
        for s in &doc.sentences {
            let mut chars = s.text.chars();
            let Some(mut before) = chars.next() else {
                continue;
            };
            for c in chars {
                self.pairs.insert((before, c));
                before = c;
            }
        }
    }

    /// Merges another document set's pairs into these.
    pub fn extend(&mut self, other: RunText) {
        if self.pairs.len() < other.pairs.len() {
            let mine = std::mem::replace(&mut self.pairs, other.pairs);
            self.pairs.extend(mine);
        } else {
            self.pairs.extend(other.pairs);
        }
    }

    /// Can `name` occur in one of the sentences? (A name of one character
    /// is kept: its presence is not recorded.)
    pub fn may_hold(&self, name: &str) -> bool {
        let mut chars = name.chars();
        let Some(mut before) = chars.next() else {
            return true;
        };
        for c in chars {
            if !self.pairs.contains(&(before, c)) {
                return false;
            }
            before = c;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::parse_document;
    use std::path::Path;

    fn run_text(text: &str) -> RunText {
        let doc = parse_document(Path::new("a.txt"), text.as_bytes()).unwrap();
        let mut run = RunText::default();
        run.add(&doc);
        run
    }

    #[test]
    fn a_name_whose_pairs_all_occur_may_be_held() {
        let run = run_text("翊澜新材料有限公司在文成县投资建厂。\n\n澜峰科技同日签约。");
        assert!(run.may_hold("翊澜新材料有限公司"));
        assert!(run.may_hold("文成县"));
        assert!(run.may_hold("澜峰科技"));
        assert!(run.may_hold("澜")); // one character: kept
    }

    #[test]
    fn a_name_with_a_pair_no_sentence_holds_is_left_out() {
        let run = run_text("翊澜新材料有限公司在文成县投资建厂。\n\n澜峰科技同日签约。");
        assert!(!run.may_hold("汭峰科技"));
        // Each half occurs, but not across a sentence's end.
        assert!(!run.may_hold("建厂澜峰"));
    }
}
