//! jieba behind a memo of its answers. The grammar asks jieba about the
//! same text many times: a sentence by one rule and again by the next, a
//! window left of each suffix, a list's items once per list rule (on
//! generated articles, 3.1 million characters segmented for 1.8 million
//! read, 2.7 times the distinct text of each document). A segmentation
//! depends on the text alone, so each thread keeps the answers it has
//! computed, as spans of the text, and gives the same answer again; the
//! memo is emptied when a document starts ([`Segmenter::new_document`]) and
//! when it grows past `MEMO_MAX_ENTRIES`, so it costs a few hundred
//! kilobytes per thread at most.
//!
//! Two corrections are made to jieba's answers: its dictionary holds many
//! pairs of an adverb of effort and a verb as one word with a name's tag
//! (大力支持/nr); they are answered as the two words they are
//! (`effort_adverbs.tsv`). And its model glues the conjunction 及 onto the
//! characters around it (县城及某某 → 县/城及某某): such a made-up word is
//! answered as its pieces and 及.

use crate::extract::rules::rules;
use jieba_rs::{Jieba, Tag, Token};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

/// Answers kept per thread before the memo starts again.
const MEMO_MAX_ENTRIES: usize = 4096;

/// One word of an answer, as offsets into the text asked about, and its
/// part-of-speech tag.
#[derive(Clone, Copy)]
struct Span {
    byte_start: usize,
    byte_end: usize,
    start: usize,
    end: usize,
    tag: &'static str,
}

#[derive(Default)]
struct Memo {
    /// By (text, HMM on).
    answers: FxHashMap<(Box<str>, bool), Rc<[Span]>>,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::default();
    /// jieba's tags as `'static` strings for the memo (its answers borrow
    /// them for as long as the text): one leaked copy per tag and thread,
    /// of the few dozen tags jieba has.
    static TAGS: RefCell<FxHashMap<Box<str>, &'static str>> = RefCell::default();
}

fn interned(tag: &str) -> &'static str {
    TAGS.with(|tags| {
        let mut tags = tags.borrow_mut();
        if let Some(&known) = tags.get(tag) {
            return known;
        }
        let leaked: &'static str = Box::leak(Box::<str>::from(tag));
        tags.insert(tag.into(), leaked);
        leaked
    })
}

/// jieba's default dictionary; `tag` and `cut` answer as jieba does.
pub struct Segmenter {
    jieba: Jieba,
}

impl Segmenter {
    pub fn new() -> Segmenter {
        Segmenter {
            jieba: Jieba::new(),
        }
    }

    /// Forgets this thread's answers: a new document rarely repeats the
    /// last one's text.
    pub fn new_document() {
        MEMO.with(|m| m.borrow_mut().answers.clear());
    }

    /// jieba's tagging of `text`, effort phrases split.
    pub fn tag<'a>(&self, text: &'a str, hmm: bool) -> Vec<Tag<'a>> {
        self.remembered(text, hmm)
            .iter()
            .map(|s| Tag {
                word: &text[s.byte_start..s.byte_end],
                tag: s.tag,
                start: s.start,
                end: s.end,
                byte_start: s.byte_start,
                byte_end: s.byte_end,
            })
            .collect()
    }

    /// jieba's segmentation of `text`: the words of its tagging, which
    /// jieba cuts the same way.
    pub fn cut<'a>(&self, text: &'a str, hmm: bool) -> Vec<Token<'a>> {
        self.tag(text, hmm)
            .into_iter()
            .map(|t| Token {
                word: t.word,
                start: t.start,
                end: t.end,
                byte_start: t.byte_start,
                byte_end: t.byte_end,
            })
            .collect()
    }

    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    pub fn suggest_freq(&self, word: &str) -> usize {
        self.jieba.suggest_freq(word)
    }

    fn remembered(&self, text: &str, hmm: bool) -> Rc<[Span]> {
        let key = (Box::<str>::from(text), hmm);
        if let Some(found) = MEMO.with(|m| m.borrow().answers.get(&key).cloned()) {
            return found;
        }
        let mut spans = Vec::new();
        for t in self.jieba.tag(text, hmm) {
            let whole = Span {
                byte_start: t.byte_start,
                byte_end: t.byte_end,
                start: t.start,
                end: t.end,
                tag: interned(t.tag),
            };
            match self.effort_phrase_split(t.word) {
                Some(adverb) => spans.extend(split_effort_phrase(whole, adverb)),
                None if hmm && self.glued_conjunction(t.word) => {
                    spans.extend(split_glued_conjunction(whole, t.word))
                }
                None => spans.push(whole),
            }
        }
        let spans: Rc<[Span]> = spans.into();
        MEMO.with(|m| {
            let mut memo = m.borrow_mut();
            if memo.answers.len() >= MEMO_MAX_ENTRIES {
                memo.answers.clear();
            }
            memo.answers.insert(key, spans.clone());
        });
        spans
    }
}

impl Segmenter {
    /// 大力支持/nr: jieba's dictionary holds an adverb of effort and a verb
    /// as one word, often with a name's tag; the answer is the two words
    /// (大力/d 支持/v). Gives the adverb.
    fn effort_phrase_split(&self, word: &str) -> Option<&'static str> {
        let adverb = rules()
            .effort_adverbs
            .iter()
            .find(|a| word.len() > a.len() && word.starts_with(*a))?;
        let tags = self.jieba.tag(&word[adverb.len()..], false);
        let [verb] = tags.as_slice() else {
            return None;
        };
        matches!(verb.tag, "v" | "vn" | "vd").then_some(*adverb)
    }

    /// 城及/ns, 及某某/nr, 城及某某/ns (of 某县城及某某工业园区): a word
    /// jieba's model made up, not in its dictionary, holding the
    /// conjunction 及; the dictionary's words (以及, 涉及, 普及) stay whole.
    fn glued_conjunction(&self, word: &str) -> bool {
        word.contains('及') && word.chars().count() >= 2 && !self.jieba.has_word(word)
    }
}

/// A made-up word holding 及: the runs of characters around it, with the
/// word's tag, and the conjunction.
fn split_glued_conjunction(whole: Span, word: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let (mut byte, mut char_at) = (whole.byte_start, whole.start);
    for (k, piece) in word.split('及').enumerate() {
        if k > 0 {
            spans.push(Span {
                byte_start: byte,
                byte_end: byte + '及'.len_utf8(),
                start: char_at,
                end: char_at + 1,
                tag: interned("c"),
            });
            byte += '及'.len_utf8();
            char_at += 1;
        }
        if !piece.is_empty() {
            let chars = piece.chars().count();
            spans.push(Span {
                byte_start: byte,
                byte_end: byte + piece.len(),
                start: char_at,
                end: char_at + chars,
                tag: whole.tag,
            });
            byte += piece.len();
            char_at += chars;
        }
    }
    spans
}

/// The adverb that opens one span and the verb after it.
fn split_effort_phrase(whole: Span, adverb: &str) -> [Span; 2] {
    let split_byte = whole.byte_start + adverb.len();
    let split_char = whole.start + adverb.chars().count();
    let adverb = Span {
        byte_end: split_byte,
        end: split_char,
        tag: interned("d"),
        ..whole
    };
    let verb = Span {
        byte_start: split_byte,
        start: split_char,
        tag: interned("v"),
        ..whole
    };
    [adverb, verb]
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::JIEBA;

    /// 大力支持 is jieba's one word tagged as a person's name: answered as
    /// the adverb and the verb, at the same offsets, with HMM and without.
    #[test]
    fn an_effort_adverb_and_its_verb_are_two_words() {
        let text = "某县大力支持岚石产业园建设";
        for hmm in [true, false] {
            let tags: Vec<_> = JIEBA
                .tag(text, hmm)
                .iter()
                .map(|t| (t.word, t.tag, t.start, t.end))
                .collect();
            assert!(tags.contains(&("大力", "d", 2, 4)), "{tags:?}");
            assert!(tags.contains(&("支持", "v", 4, 6)), "{tags:?}");
        }
        let cut: Vec<_> = JIEBA
            .cut("大力支持", false)
            .iter()
            .map(|t| t.word)
            .collect();
        assert_eq!(cut, ["大力", "支持"]);
    }

    /// 城及某某 is a word of jieba's model only: answered as 城, the
    /// conjunction and 某某, so a park's name after it does not take in the
    /// town.
    #[test]
    fn a_made_up_word_holding_the_conjunction_is_split_at_it() {
        // jieba's model: 两当县/ns 城及岚乔/ns, and 县城/n 及岚乔/nr
        let jieba = Jieba::new();
        for (text, glued, conjunction_at) in [
            ("解决两当县城及岚乔工业园区供热问题", "城及岚乔", 6),
            ("解决文成县城及岚乔工业园区供热问题", "及岚乔", 6),
        ] {
            let plain: Vec<_> = jieba.tag(text, true).iter().map(|t| t.word).collect();
            assert!(
                plain.contains(&glued),
                "jieba no longer glues it: {plain:?}"
            );
            let tags: Vec<_> = JIEBA
                .tag(text, true)
                .iter()
                .map(|t| (t.word, t.tag, t.start, t.end))
                .collect();
            let at = conjunction_at;
            assert!(tags.contains(&("及", "c", at, at + 1)), "{tags:?}");
            assert!(
                tags.iter().any(|t| t.0 == "岚乔" && t.2 == at + 1),
                "{tags:?}"
            );
        }
        let cut: Vec<_> = JIEBA
            .cut("涉及以及普及", true)
            .iter()
            .map(|t| t.word)
            .collect();
        assert_eq!(cut, ["涉及", "以及", "普及"]);
    }

    /// The memo answers as jieba does, the first time and every time
    /// after, for tagging and cutting, with and without HMM.
    #[test]
    fn remembered_answers_are_jiebas() {
        let plain = Jieba::new();
        let texts = [
            "某某新材料有限公司在开发区投资建设年产5万吨项目",
            "（浙江）某某科技股份有限公司、某某电子有限公司等企业",
            "ABC公司2024年营收12.5亿元",
            "",
        ];
        for _ in 0..2 {
            for text in texts {
                for hmm in [true, false] {
                    let expected: Vec<_> = plain
                        .tag(text, hmm)
                        .iter()
                        .map(|t| (t.word, t.tag, t.start, t.end, t.byte_start, t.byte_end))
                        .collect();
                    let got: Vec<_> = JIEBA
                        .tag(text, hmm)
                        .iter()
                        .map(|t| (t.word, t.tag, t.start, t.end, t.byte_start, t.byte_end))
                        .collect();
                    assert_eq!(got, expected, "tag {text:?} hmm={hmm}");
                    let expected: Vec<_> = plain
                        .cut(text, hmm)
                        .iter()
                        .map(|t| (t.word, t.start, t.end, t.byte_start, t.byte_end))
                        .collect();
                    let got: Vec<_> = JIEBA
                        .cut(text, hmm)
                        .iter()
                        .map(|t| (t.word, t.start, t.end, t.byte_start, t.byte_end))
                        .collect();
                    assert_eq!(got, expected, "cut {text:?} hmm={hmm}");
                }
            }
        }
    }
}
