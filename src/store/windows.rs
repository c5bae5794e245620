//! Window counting: which sentence, paragraph and document windows each
//! entity and each pair of entities share in one document. The writer
//! adds these counts, replacing a document subtracts them, and a date range
//! (`dated`) recounts them from the stored mentions: one function, so the
//! three agree.

use super::Result;
use rusqlite::Connection;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Count deltas of one co-occurring pair, and the last paragraph and
/// document that counted it (a pair met in several sections of one window
/// counts once for it).
#[derive(Default, Clone, Copy)]
pub(super) struct PairDelta {
    pub(super) sentences: u32,
    pub(super) paragraphs: u32,
    pub(super) documents: u32,
    paragraph_stamp: u32,
    document_stamp: u32,
}

/// The co-occurrence counts of a batch of documents, per pair of entity
/// ids (smaller first), and the sentences that support each pair, kept
/// apart: most pairs share only a paragraph or document, and a long
/// document makes millions of them.
#[derive(Default)]
pub(super) struct PairCounts {
    pub(super) pairs: IdMap<(i64, i64), PairDelta>,
    /// (pair, sentence id): the sentences both ends occur in.
    pub(super) evidence: Vec<((i64, i64), i64)>,
    paragraph_stamp: u32,
    document_stamp: u32,
}

#[derive(Default)]
pub(super) struct EntityDelta {
    pub(super) mentions: i64,
    pub(super) sentences: i64,
    pub(super) paragraphs: i64,
    pub(super) documents: i64,
}

/// Documents of up to this many characters count every window whole: all
/// news articles (the seeds and dev articles have at most about 4,000).
/// Pairs of a window grow with the square of the entities in it, so a
/// longer document (a book, a 60 MB dump pasted as one file) is counted in
/// sections of `WINDOW_SECTION_CHARS`, and pairs per character stay
/// bounded.
pub const WINDOW_WHOLE_CHARS: usize = 20_000;

/// The section of a document longer than `WINDOW_WHOLE_CHARS` that counts
/// as one paragraph or document window for pairs: about one news article
/// (the seeds and dev articles average under 1,000 characters, the
/// bench's generated ones about 1,900). Pairs per character grow with the
/// section's length, so with sections of this size a very long document
/// makes about as many pairs per character as a corpus of articles (5,000
/// made three times as many, and its ingest the slowest per MB).
pub const WINDOW_SECTION_CHARS: usize = 2_000;

/// The section size a document of `chars` characters is counted with;
/// `None`: whole.
pub(super) fn section_chars_for(chars: usize) -> Option<usize> {
    (chars > WINDOW_WHOLE_CHARS).then_some(WINDOW_SECTION_CHARS)
}

/// Where one sentence lies, for the window counts: its paragraph, the
/// section of that paragraph it falls in (0 unless the paragraph is longer
/// than a section), and the section of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WindowKey {
    paragraph: usize,
    piece: usize,
    section: usize,
}

impl WindowKey {
    /// The key of a sentence in a document counted whole.
    pub(super) fn whole(paragraph: usize) -> WindowKey {
        WindowKey {
            paragraph,
            piece: 0,
            section: 0,
        }
    }
}

/// The window keys of a document's sentences, given each sentence's
/// paragraph and char offsets, in sentence order, for sections of
/// `section_chars` (`usize::MAX` for a document counted whole). A
/// paragraph no longer than `section_chars` lies whole in the section
/// where it starts;
/// a longer one is cut, by sentence start, at every multiple of it, and
/// its pieces are both its paragraph sections and document sections. So
/// sentence ⊆ paragraph section ⊆ document section: two entities counted
/// in a smaller window are counted in the larger one too. A document no
/// longer than `section_chars` is one section (every start is below it).
pub(crate) fn window_keys(
    sentences: &[(usize, usize, usize)],
    section_chars: usize,
) -> Vec<WindowKey> {
    let mut extent: HashMap<usize, (usize, usize)> = HashMap::new();
    for &(p, start, end) in sentences {
        let e = extent.entry(p).or_insert((start, end));
        e.0 = e.0.min(start);
        e.1 = e.1.max(end);
    }
    sentences
        .iter()
        .map(|&(paragraph, start, _)| {
            let (p_start, p_end) = extent[&paragraph];
            if p_end - p_start > section_chars {
                let at = start / section_chars;
                WindowKey {
                    paragraph,
                    piece: at,
                    section: at,
                }
            } else {
                WindowKey {
                    paragraph,
                    piece: 0,
                    section: p_start / section_chars,
                }
            }
        })
        .collect()
}

/// Maps and sets keyed by entity ids (integers SQLite hands out, never
/// chosen by a user, so no flooding to fear) with FxHash: SipHash, the
/// standard one, was a third of a long document's pair counting and most
/// of a date range's.
pub(super) type IdMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub(super) type IdSet<K> = rustc_hash::FxHashSet<K>;

/// The window key of each sentence of stored document `doc_id`, by
/// sentence index, as the writer keyed them: counted whole, or in sections
/// of the size recorded with the document (`window_section_chars`).
pub(super) fn stored_window_keys(
    conn: &Connection,
    doc_id: i64,
) -> Result<HashMap<usize, WindowKey>> {
    let section_chars: Option<i64> = conn
        .prepare_cached("SELECT window_section_chars FROM documents WHERE id = ?1")?
        .query_row([doc_id], |r| r.get(0))?;
    let section_chars = section_chars.map_or(usize::MAX, |n| n.max(1) as usize);
    // Every sentence of the document (a paragraph's extent), not only
    // those with mentions.
    let mut sentences: Vec<(usize, (usize, usize, usize))> = conn
        .prepare_cached(
            "SELECT idx, paragraph, char_start, char_end FROM sentences WHERE document_id = ?1",
        )?
        .query_map([doc_id], |r| {
            Ok((
                r.get::<_, i64>(0)? as usize,
                (
                    r.get::<_, i64>(1)? as usize,
                    r.get::<_, i64>(2)? as usize,
                    r.get::<_, i64>(3)? as usize,
                ),
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    sentences.sort_unstable_by_key(|(idx, _)| *idx);
    let keys = window_keys(
        &sentences.iter().map(|(_, s)| *s).collect::<Vec<_>>(),
        section_chars,
    );
    Ok(sentences.iter().map(|(idx, _)| *idx).zip(keys).collect())
}

/// Every pair of distinct entities in `set` (sorted, as `set` is).
fn each_pair(set: &BTreeSet<i64>, mut f: impl FnMut((i64, i64))) {
    let v: Vec<i64> = set.iter().copied().collect();
    for i in 0..v.len() {
        for j in i + 1..v.len() {
            f((v[i], v[j]));
        }
    }
}

/// Per-entity window counts of one document, from the set of entities in
/// each sentence; its pair counts are added to `acc` (with evidence when
/// `sentence_id_of` gives ids). An entity counts once per sentence,
/// paragraph and document it occurs in; a pair once per window in which
/// both occur within one section (`window_keys`).
pub(super) fn window_counts(
    by_sentence: &BTreeMap<usize, BTreeSet<i64>>,
    key_of: impl Fn(usize) -> WindowKey,
    sentence_id_of: impl Fn(usize) -> Option<i64>,
    acc: &mut PairCounts,
) -> BTreeMap<i64, EntityDelta> {
    let mut entities: BTreeMap<i64, EntityDelta> = BTreeMap::new();
    // Paragraph → its sections → entities; document section → entities.
    let mut by_paragraph: BTreeMap<usize, BTreeMap<usize, BTreeSet<i64>>> = BTreeMap::new();
    let mut by_section: BTreeMap<usize, BTreeSet<i64>> = BTreeMap::new();
    let mut in_doc: BTreeSet<i64> = BTreeSet::new();
    for (&s, set) in by_sentence {
        let sid = sentence_id_of(s);
        let key = key_of(s);
        for &e in set {
            entities.entry(e).or_default().sentences += 1;
        }
        each_pair(set, |pair| {
            acc.pairs.entry(pair).or_default().sentences += 1;
            if let Some(sid) = sid {
                acc.evidence.push((pair, sid));
            }
        });
        by_paragraph
            .entry(key.paragraph)
            .or_default()
            .entry(key.piece)
            .or_default()
            .extend(set.iter().copied());
        by_section
            .entry(key.section)
            .or_default()
            .extend(set.iter().copied());
        in_doc.extend(set.iter().copied());
    }
    for pieces in by_paragraph.values() {
        acc.paragraph_stamp += 1;
        let stamp = acc.paragraph_stamp;
        let mut in_paragraph: BTreeSet<i64> = BTreeSet::new();
        for set in pieces.values() {
            in_paragraph.extend(set.iter().copied());
            each_pair(set, |pair| {
                let d = acc.pairs.entry(pair).or_default();
                if d.paragraph_stamp != stamp {
                    d.paragraph_stamp = stamp;
                    d.paragraphs += 1;
                }
            });
        }
        for e in in_paragraph {
            entities.entry(e).or_default().paragraphs += 1;
        }
    }
    for &e in &in_doc {
        entities.entry(e).or_default().documents += 1;
    }
    acc.document_stamp += 1;
    let stamp = acc.document_stamp;
    for set in by_section.values() {
        each_pair(set, |pair| {
            let d = acc.pairs.entry(pair).or_default();
            if d.document_stamp != stamp {
                d.document_stamp = stamp;
                d.documents += 1;
            }
        });
    }
    entities
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Sentence ⊆ paragraph section ⊆ document section; a paragraph
        /// no longer than a section is never cut, and a document no longer
        /// than a section is one.
        #[test]
        fn window_keys_nest(
            lengths in proptest::collection::vec((1usize..40, proptest::bool::ANY), 1..60),
            section in 1usize..120,
        ) {
            // Sentences of the given lengths, a new paragraph where flagged,
            // one character between sentences.
            let mut sentences = Vec::new();
            let (mut at, mut paragraph) = (0, 0);
            for (k, &(len, new_paragraph)) in lengths.iter().enumerate() {
                if new_paragraph && k > 0 {
                    paragraph += 1;
                }
                sentences.push((paragraph, at, at + len));
                at += len + 1;
            }
            let keys = window_keys(&sentences, section);
            let whole = window_keys(&sentences, usize::MAX);
            proptest::prop_assert!(whole.iter().all(|k| k.piece == 0 && k.section == 0));
            for (i, a) in keys.iter().enumerate() {
                for b in &keys[i + 1..] {
                    if a.paragraph == b.paragraph && a.piece == b.piece {
                        proptest::prop_assert_eq!(a.section, b.section);
                    }
                }
            }
            for p in 0..=paragraph {
                let of: Vec<usize> = (0..sentences.len()).filter(|&i| sentences[i].0 == p).collect();
                let (Some(&first), Some(&last)) = (of.first(), of.last()) else { continue };
                if sentences[last].2 - sentences[first].1 <= section {
                    proptest::prop_assert!(of.iter().all(|&i| keys[i].piece == 0 && keys[i].section == keys[first].section));
                }
            }
            if at <= section {
                proptest::prop_assert!(keys.iter().all(|k| k.section == 0 && k.piece == 0));
            }
        }
    }
}
