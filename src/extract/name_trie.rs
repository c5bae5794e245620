//! The names of a lexicon as a character trie, matched leftmost-longest:
//! from the first character on, the longest name starting there is taken
//! and the scan goes on after it; where none starts, one character on.
//!
//! This is aho-corasick's `LeftmostLongest` (which the linker used), for
//! a scan that at every position follows the trie only as far as the text
//! agrees with some name (one or two steps in running text). What it saves
//! is the build: an automaton's failure links over 50,000 names cost an
//! incremental ingest into a large database most of its time, the trie
//! costs one insertion per character.

use rustc_hash::FxHashMap;

/// A name found in a text: char offsets and the name's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub name: usize,
}

#[derive(Debug, Default)]
pub struct NameTrie {
    /// (node, next character) -> node; node 0 is the root. FxHash: the
    /// keys are small integers of our own.
    edges: FxHashMap<(u32, char), u32>,
    /// Per node: the name that ends there, if any.
    name_at: Vec<Option<u32>>,
}

/// More trie nodes than node ids can number (4 billion characters of
/// names: far past any memory, checked all the same).
#[derive(Debug, thiserror::Error)]
#[error("{names} names hold more than {max} characters", max = u32::MAX)]
pub struct TooManyNames {
    pub names: usize,
}

impl NameTrie {
    /// The trie of `names`; name `i` is reported as `i`. An empty name
    /// never matches; of two equal names the first is kept.
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<NameTrie, TooManyNames> {
        let names: Vec<&str> = names.into_iter().collect();
        // Sized once: Chinese names take three bytes a character, and
        // growing the map through 400,000 edges rehashed it a dozen times.
        let edges_at_most = names.iter().map(|n| n.len()).sum::<usize>() / 3;
        let mut trie = NameTrie {
            edges: FxHashMap::with_capacity_and_hasher(edges_at_most, Default::default()),
            name_at: Vec::with_capacity(edges_at_most + 1),
        };
        trie.name_at.push(None);
        for (i, name) in names.into_iter().enumerate() {
            let mut node = 0u32;
            for c in name.chars() {
                let next = trie.name_at.len();
                node = *trie.edges.entry((node, c)).or_insert_with(|| {
                    trie.name_at.push(None);
                    next as u32
                });
            }
            let slot = &mut trie.name_at[node as usize];
            if node != 0 && slot.is_none() {
                *slot = Some(u32::try_from(i).map_err(|_| TooManyNames { names: i })?);
            }
            if trie.name_at.len() >= u32::MAX as usize {
                return Err(TooManyNames { names: i + 1 });
            }
        }
        Ok(trie)
    }

    /// The longest name starting at `chars[at]`: its end and index.
    fn longest_at(&self, chars: &[char], at: usize) -> Option<(usize, usize)> {
        let mut node = 0u32;
        let mut longest = None;
        for (i, &c) in chars[at..].iter().enumerate() {
            match self.edges.get(&(node, c)) {
                Some(&next) => node = next,
                None => break,
            }
            if let Some(name) = self.name_at[node as usize] {
                longest = Some((at + i + 1, name as usize));
            }
        }
        longest
    }

    /// Every name in `chars`, leftmost-longest and not overlapping.
    pub fn find_all(&self, chars: &[char]) -> Vec<Found> {
        self.find_all_yielding(chars, |_| false, |_| false)
    }

    /// `find_all`, except that a name for which `yields` holds gives way
    /// to a longer name that starts inside it and ends beyond it, one for
    /// which `takes_over` holds.
    pub fn find_all_yielding(
        &self,
        chars: &[char],
        yields: impl Fn(usize) -> bool,
        takes_over: impl Fn(usize) -> bool,
    ) -> Vec<Found> {
        let mut found = Vec::new();
        let mut at = 0;
        while at < chars.len() {
            match self.longest_at(chars, at) {
                Some((end, name)) => {
                    let crossing = || {
                        (at + 1..end).find(|&j| {
                            self.longest_at(chars, j)
                                .is_some_and(|(e, n)| e > end && e - j > end - at && takes_over(n))
                        })
                    };
                    if let Some(j) = yields(name).then(crossing).flatten() {
                        at = j;
                        continue;
                    }
                    found.push(Found {
                        start: at,
                        end,
                        name,
                    });
                    at = end;
                }
                None => at += 1,
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    #[test]
    fn the_longest_name_at_the_leftmost_start_wins() {
        let trie = NameTrie::new(["翠微", "翠微光电", "光电科技", "微光"]).unwrap();
        let text: Vec<char> = "翠微光电科技与微光".chars().collect();
        let spans: Vec<(usize, usize, usize)> = trie
            .find_all(&text)
            .iter()
            .map(|f| (f.start, f.end, f.name))
            .collect();
        assert_eq!(spans, vec![(0, 4, 1), (7, 9, 3)]);
    }

    #[test]
    fn a_yielding_name_gives_way_to_a_longer_one_crossing_it() {
        let trie = NameTrie::new(["建宁", "宁波光电", "宁波"]).unwrap();
        let text: Vec<char> = "共建宁波光电".chars().collect();
        let spans = |found: Vec<Found>| -> Vec<(usize, usize)> {
            found.iter().map(|f| (f.start, f.end)).collect()
        };
        assert_eq!(spans(trie.find_all(&text)), vec![(1, 3)]);
        let yielded = trie.find_all_yielding(&text, |n| n == 0, |n| n == 1);
        assert_eq!(spans(yielded), vec![(2, 6)]);
        // a crossing name that may not take over leaves the first match
        let refused = trie.find_all_yielding(&text, |n| n == 0, |_| false);
        assert_eq!(spans(refused), vec![(1, 3)]);
    }

    proptest::proptest! {
        /// The same matches as aho-corasick's leftmost-longest automaton,
        /// in chars instead of bytes, on texts and names over a few
        /// characters (so that names overlap and nest often).
        #[test]
        fn finds_what_a_leftmost_longest_automaton_finds(
            names in proptest::collection::vec("[甲乙丙a]{1,4}", 1..12),
            text in "[甲乙丙ab]{0,60}",
        ) {
            let trie = NameTrie::new(names.iter().map(String::as_str)).unwrap();
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&names)
                .unwrap();
            let chars: Vec<char> = text.chars().collect();
            let char_at = |byte: usize| text[..byte].chars().count();
            let expected: Vec<(usize, usize, String)> = ac
                .find_iter(&text)
                .map(|m| (char_at(m.start()), char_at(m.end()), names[m.pattern().as_usize()].clone()))
                .collect();
            let got: Vec<(usize, usize, String)> = trie
                .find_all(&chars)
                .iter()
                .map(|f| (f.start, f.end, names[f.name].clone()))
                .collect();
            proptest::prop_assert_eq!(got, expected);
        }
    }
}
