//! Firms named by their head: a coined short name right before the title a
//! firm gives its head, and the person's name after it (某某董事长王某).
use super::*;

/// 某某老板李某: a word jieba does not know (or tags as a proper name of a
/// body), neither a place nor a generic word, right before a firm's
/// officer title that a person's name follows, is the firm's short name.
pub(super) fn firms_before_their_heads(s: &str, out: &mut Vec<Cand>) {
    if !rules().firm_officer_titles.iter().any(|t| s.contains(t)) {
        return;
    }
    let toks = JIEBA.tag(s, true);
    for k in 1..toks.len().saturating_sub(1) {
        let (firm, title, person) = (&toks[k - 1], &toks[k], &toks[k + 1]);
        if rules().firm_officer_titles.contains(title.word)
            && person.tag == "nr"
            && coined_firm_name(firm)
        {
            // a coined name jieba cut in two (星澜/n 汇多/m) is one name
            let from = (0..k - 1)
                .rev()
                .take_while(|&j| coined_part(&toks[j], false))
                .last()
                .unwrap_or(k - 1);
            let name: String = toks[from..k].iter().map(|t| t.word).collect();
            if name.chars().count() <= MAX_CHARS {
                push_cand(out, EntityType::Firm, name, vec![]);
            }
        }
    }
}

/// The longest short name read before a title.
const MAX_CHARS: usize = 6;

/// A word of a coined name: two Han characters or more that jieba does
/// not know, or (`proper`) tags as a proper name of a body, and no place.
fn coined_part(t: &jieba_rs::Tag, proper: bool) -> bool {
    t.word.chars().count() >= 2
        && t.word.chars().all(is_han)
        && (!JIEBA.has_word(t.word) || proper && matches!(t.tag, "nz" | "nt"))
        && !is_place_word(t.word)
}

fn coined_firm_name(t: &jieba_rs::Tag) -> bool {
    t.word.chars().count() <= MAX_CHARS
        && coined_part(t, true)
        && !gazetteer().is_place(t.word)
        && !SETS.generic.contains(t.word)
}
