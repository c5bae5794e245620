//! Entity recognition and resolution. Pure: documents in, mentions out.
//!
//! The file names follow the pipeline:
//! 1. `discover/`: the names one document proposes (`grammar`: what a
//!    sentence proposes; `doc_merge`, `park_variants`: what the document
//!    shows to be one entity);
//! 2. `lexicon`: the proposals of every document, the entities already
//!    stored and the user's lexicon, resolved into one `Lexicon` that maps
//!    every surface form to one entity;
//! 3. `link`: every known name matched in a document (aho-corasick,
//!    leftmost-longest), risky surfaces kept only with evidence.
//!
//! Their data: `rules` (word lists and thresholds of `data/rules/`),
//! `gazetteer` (`data/admin-divisions/`), `listed` (`data/firms/`),
//! `lexicon_file` (the user's TSV); `place_names` finds divisions inside
//! longer names.

pub mod discover;
pub mod gazetteer;
pub mod lexicon;
pub mod lexicon_file;
pub mod link;
pub mod listed;
pub mod name_trie;
pub mod place_names;
pub mod rules;
pub mod run_text;
pub mod segmenter;

use crate::model::{DocExtraction, EntityRecord, ParsedDoc};
use crate::text::script;
pub use segmenter::Segmenter;
use std::collections::HashSet;
use std::sync::LazyLock;

pub use discover::Discovered;
pub use lexicon::{Lexicon, LexiconError};
pub use lexicon_file::{LexiconFileError, UserLexicon};
pub use run_text::RunText;

/// The one segmenter (jieba's default dictionary), built on first use and
/// shared read-only.
pub static JIEBA: LazyLock<Segmenter> = LazyLock::new(Segmenter::new);

/// Starts building the recogniser's shared tables on the rayon threads and
/// returns at once: jieba's dictionary (the largest, about 140 ms) and then
/// the listed companies (which ask jieba) on one thread; the rules, the
/// gazetteer, the grammar's automata and the script table on another.
/// Without it the first document builds them one after another while the
/// other threads wait for it; with it they are built while the caller
/// gathers its inputs.
pub fn warm_up() {
    rayon::spawn(|| {
        LazyLock::force(&JIEBA);
        listed::warm_up();
    });
    rayon::spawn(|| {
        rules::rules();
        gazetteer::gazetteer();
        discover::grammar::warm_up();
        script::warm_up();
    });
}

/// The recogniser with the user's lexicon (added names, aliases, vetoes).
pub struct Extractor {
    user: UserLexicon,
    stop: HashSet<String>,
}

impl Extractor {
    pub fn new(user: UserLexicon) -> Self {
        let stop = user.stop.iter().cloned().collect();
        Extractor { user, stop }
    }

    /// Whether the user's lexicon vetoes this name (`NAME<TAB>stop`).
    pub fn is_stopped(&self, name: &str) -> bool {
        self.stop.contains(name)
    }

    /// Names one document proposes. A traditional-script document is read
    /// through its simplified view (`text::script`), so its names are found
    /// and named as in simplified text.
    pub fn discover(&self, doc: &ParsedDoc) -> Discovered {
        Segmenter::new_document();
        match script::simplified_view(doc) {
            Some(view) => discover::discover(&view, &self.stop),
            None => discover::discover(doc, &self.stop),
        }
    }

    /// One lexicon for a run: what the documents proposed, with the
    /// entities already stored (`known`) and the user's lexicon.
    pub fn build_lexicon<'a>(
        &self,
        discovered: impl IntoIterator<Item = &'a Discovered>,
        known: &[EntityRecord],
    ) -> Result<Lexicon, LexiconError> {
        lexicon::build(&self.user, &self.stop, discovered, known, None)
    }

    /// `build_lexicon` for linking only documents whose text is in
    /// `run_text`: names none of them can hold are left out of the index.
    pub fn build_lexicon_for<'a>(
        &self,
        discovered: impl IntoIterator<Item = &'a Discovered>,
        known: &[EntityRecord],
        run_text: &RunText,
    ) -> Result<Lexicon, LexiconError> {
        lexicon::build(&self.user, &self.stop, discovered, known, Some(run_text))
    }

    /// Adds a document's text, as linking reads it, to `run_text`.
    pub fn add_run_text(&self, run_text: &mut RunText, doc: &ParsedDoc) {
        match script::simplified_view(doc) {
            Some(view) => run_text.add(&view),
            None => run_text.add(doc),
        }
    }

    /// Every known name in one document. A traditional-script document is
    /// matched through its simplified view; its mentions keep the surface
    /// as written, which also becomes an alias of the entity.
    pub fn link(&self, lexicon: &Lexicon, doc: &ParsedDoc) -> DocExtraction {
        Segmenter::new_document();
        let Some(view) = script::simplified_view(doc) else {
            return link::link(lexicon, doc);
        };
        let mut found = link::link(lexicon, &view);
        restore_written_surfaces(doc, &mut found);
        found
    }
}

/// Mentions found in the simplified view take the surface as written in
/// the document, which becomes an alias of their entity.
fn restore_written_surfaces(doc: &ParsedDoc, found: &mut DocExtraction) {
    for m in &mut found.mentions {
        let written = doc.written(m);
        if written == m.surface {
            continue;
        }
        if let Some(e) = found.entities.iter_mut().find(|e| e.key == m.entity) {
            if !e.aliases.contains(&written) {
                e.aliases.push(written.clone());
            }
        }
        m.surface = written;
    }
}

#[cfg(test)]
mod tests;
