//! The left edge of a name: how far left of its suffix a name reaches,
//! judged on jieba's tokens (strong words break, weak ones are crossed
//! only when a name follows), places at the edge and ordinals.

use super::*;

/// Finds the left edge of a name whose suffix starts at `hs`.
/// Returns None when no name precedes the suffix.
pub(super) fn find_left(cs: &[char], hs: usize, kind: Kind) -> Option<(usize, bool)> {
    let lim = hs.saturating_sub(rules().thresholds.left_window_chars);
    let mut i = hs;
    let g = gazetteer();
    while i > lim {
        let c = cs[i - 1];
        if c == ')' || c == '）' {
            // "(浙江)" inside a name
            let open = (i.saturating_sub(10).max(lim)..i - 1)
                .rev()
                .find(|&k| cs[k] == '(' || cs[k] == '（');
            if let Some(o) = open {
                let inner: String = cs[o + 1..i - 1].iter().collect();
                if g.is_place(&inner) && o > lim {
                    i = o;
                    continue;
                }
            }
            break;
        }
        if is_hard(c) {
            break;
        }
        i -= 1;
    }
    let after_digit = i > 0 && (cs[i - 1].is_ascii_digit() || ('０'..='９').contains(&cs[i - 1]));
    let ws = i;
    if ws >= hs {
        return None;
    }
    let toks = tag_window(cs, ws, hs);
    let mut start = hs;
    let mut weak_stop = false;
    let mut k = toks.len();
    while k > 0 {
        k -= 1;
        let t = &toks[k];
        // a park or platform name ending inside a firm candidate, or a
        // verb that introduces a name (迎来, 引进, 签约…), ends the name when
        // the part to its right already is one
        // a park inside a park's name (某某经开区某某工业园): the inner
        // park ends the outer name when the part to its right has a name
        if kind == Kind::Park && start < hs && park_suffix_ends_at(cs, t.end) {
            let right = remove_brackets(&chars_str(cs, start, hs));
            if named_core(&right) && t.end - ws >= 4 {
                break;
            }
        }
        if kind == Kind::Firm && start < hs && (ends_org_name(&t.word) || is_intro_verb(t)) {
            let right = remove_brackets(&chars_str(cs, start, hs));
            if named_firm_core(&right) {
                break;
            }
        }
        // 某地第二某某厂: an ordinal right after a place numbers the works
        if t.tag == "m"
            && t.word.starts_with('第')
            && start < hs
            && k > 0
            && is_place_word(&toks[k - 1].word)
        {
            start = t.start;
            continue;
        }
        if is_strong(t, kind) {
            // words that are also the head of a name right before its
            // suffix: 联合实验室, 某某投资管理有限公司, 某某建设集团
            let only_heads = toks[k + 1..]
                .iter()
                .all(|x| rules().name_head_words.contains(&x.word.as_str()));
            let head_word = only_heads
                && (rules().name_head_words.contains(&t.word.as_str()))
                && (kind == Kind::Firm
                    || matches!(
                        t.word.as_str(),
                        "联合" | "合作" | "协同" | "共享" | "开放" | "服务" | "创新"
                    ));
            if !head_word {
                break;
            }
        }
        if !weak_stop {
            if is_weak(t) && !is_place_word(&t.word) {
                // a verb or adverb ends the name only when the part to its
                // right already is a name
                let right = remove_brackets(&chars_str(cs, start, hs));
                let named = match kind {
                    Kind::Firm => named_firm_core(&right),
                    _ => named_core(&right),
                };
                let absorb = start == hs
                    || t.end - t.start == 1
                    || (kind == Kind::Firm && !matches!(t.tag.as_str(), "v" | "vd"));
                if !named && absorb {
                    start = t.start;
                    continue;
                }
                if kind == Kind::Firm
                    && named
                    && matches!(t.tag.as_str(), "v" | "vd")
                    && t.end - t.start >= 2
                {
                    // 园区迎来某某科技: a verb before a name ends it for good
                    break;
                }
                weak_stop = true;
                continue;
            }
            start = t.start;
        } else if is_place_word(&t.word) {
            // A registered name starts with its place: 入驻北京某某科技 → 北京…
            let mut s = t.start;
            let mut j = k;
            while j > 0 && is_place_word(&toks[j - 1].word) {
                j -= 1;
                s = toks[j].start;
            }
            start = s;
            break;
        }
    }
    if start >= hs {
        return None;
    }
    start = place_across_edge(cs, start, ws);
    // jieba may miss a verb that introduces the name (与某市共建某某中心
    // cut as 共/建武/…): the last such verb, read as text, ends the name
    // when the part to its right already is one
    let span = chars_str(cs, start, hs);
    let mut cut: Option<usize> = None;
    for v in &rules().cut_verbs {
        if let Some(p) = span.rfind(v) {
            let at = span[..p + v.len()].chars().count();
            if cut.is_none_or(|c| at > c) {
                cut = Some(at);
            }
        }
    }
    if let Some(at) = cut {
        let right = remove_brackets(&chars_str(cs, start + at, hs));
        let named = match kind {
            Kind::Firm => named_firm_core(&right),
            _ => named_core(&right),
        };
        if named && start + at < hs {
            start += at;
        }
    }
    Some((start, after_digit && start == ws))
}

/// A name that opens with a lone place character (邛工业园区) lost the
/// first character of a place jieba does not know (it cut 临/邛): the
/// character before it belongs to the name, unless it is a function word.
pub(super) fn lone_place_char_start(cs: &[char], start: usize, hs: usize) -> usize {
    if start == 0 || start >= hs {
        return start;
    }
    let core = chars_str(cs, start, hs);
    let first_is_lone_place = JIEBA
        .tag(&core, true)
        .first()
        .is_some_and(|t| t.tag == "ns" && t.word.chars().count() == 1);
    let before = cs[start - 1];
    let joinable = !is_hard(before)
        && !rules().particle_heads.contains(&before)
        && !rules().function_heads.contains(&before)
        && !"在于到至向从和与及的".contains(before);
    if first_is_lone_place && joinable {
        start - 1
    } else {
        start
    }
}

/// jieba's HMM may glue a preposition to a place's first character
/// (由宁/波澜/星…): when a place name straddles the left edge, the name
/// starts with the place.
pub(super) fn place_across_edge(cs: &[char], start: usize, ws: usize) -> usize {
    for back in 1..=2 {
        if start < ws + back {
            break;
        }
        let from = start - back;
        for len in (back + 1..=back + 3).rev() {
            if from + len > cs.len() {
                continue;
            }
            if is_prefix_place(&chars_str(cs, from, from + len)) {
                return from;
            }
        }
    }
    start
}
