//! Entity recognition and resolution. Pure: documents in, mentions out.
//!
//! Two passes over a corpus:
//! 1. `Extractor::discover` finds candidate names in one document
//!    (gazetteer, suffix grammars, segmentation, context cues);
//! 2. `Extractor::build_lexicon` merges the candidates of every document
//!    (and the entities already stored) into one `Lexicon` that resolves
//!    every surface form to one canonical entity;
//! 3. `Extractor::link` matches every known name in a document
//!    (aho-corasick, leftmost-longest) and returns its mentions.

pub mod lexicon_file;

use crate::model::{DocExtraction, EntityRecord, ParsedDoc};
pub use lexicon_file::{LexiconFileError, UserLexicon};

/// Names a document proposes, before corpus-level resolution.
#[derive(Clone, Debug, Default)]
pub struct Discovered {
    pub candidates: Vec<EntityRecord>,
}

/// Every known surface form, resolved to its entity.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub entities: Vec<EntityRecord>,
}

pub struct Extractor {
    user: UserLexicon,
}

impl Extractor {
    pub fn new(user: UserLexicon) -> Self {
        Extractor { user }
    }

    pub fn discover(&self, _doc: &ParsedDoc) -> Discovered {
        Discovered::default()
    }

    pub fn build_lexicon<'a>(
        &self,
        discovered: impl IntoIterator<Item = &'a Discovered>,
        known: &[EntityRecord],
    ) -> Lexicon {
        let _ = &self.user;
        let mut entities: Vec<EntityRecord> = known.to_vec();
        for d in discovered {
            entities.extend(d.candidates.iter().cloned());
        }
        Lexicon { entities }
    }

    pub fn link(&self, _lexicon: &Lexicon, _doc: &ParsedDoc) -> DocExtraction {
        DocExtraction::default()
    }
}
