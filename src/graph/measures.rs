//! The co-occurrence windows and the measures computed from their counts
//! at query time (`measure`): the store keeps raw counts only.

use crate::model::WindowCounts;
use crate::store::query::{CorpusTotals, WindowCol};
use std::fmt;

/// The co-occurrence window: in how many sentences, paragraphs or
/// documents two entities occur together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Window {
    #[default]
    Sentence,
    Paragraph,
    Document,
}

impl Window {
    pub const ALL: [Window; 3] = [Window::Sentence, Window::Paragraph, Window::Document];

    pub fn as_str(self) -> &'static str {
        match self {
            Window::Sentence => "sentence",
            Window::Paragraph => "paragraph",
            Window::Document => "document",
        }
    }
    /// The relation column counting this window.
    pub fn col(self) -> WindowCol {
        match self {
            Window::Sentence => WindowCol::Sentence,
            Window::Paragraph => WindowCol::Paragraph,
            Window::Document => WindowCol::Document,
        }
    }
    /// The count of this window among `c`.
    pub fn of(self, c: &WindowCounts) -> i64 {
        self.col().of(c)
    }
    pub fn total(self, t: &CorpusTotals) -> i64 {
        match self {
            Window::Sentence => t.sentences,
            Window::Paragraph => t.paragraphs,
            Window::Document => t.documents,
        }
    }
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How strongly two entities are linked, from the window counts; each
/// measure's formula is its `describe()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    #[default]
    Count,
    Association,
    Jaccard,
    Cosine,
    Pmi,
    Npmi,
}

impl Measure {
    pub const ALL: [Measure; 6] = [
        Measure::Count,
        Measure::Association,
        Measure::Jaccard,
        Measure::Cosine,
        Measure::Pmi,
        Measure::Npmi,
    ];

    /// What the measure computes from the shared windows `c`, the ends'
    /// windows `ni`, `nj` and all windows `n` (the `--help` of
    /// `--measure`).
    pub fn describe(self) -> &'static str {
        match self {
            Measure::Count => "Raw number of shared windows",
            Measure::Association => "Association strength c/(ni·nj), as VOSviewer",
            Measure::Jaccard => "c/(ni + nj − c)",
            Measure::Cosine => "c/√(ni·nj)",
            Measure::Pmi => "ln(c·n/(ni·nj))",
            Measure::Npmi => "PMI / −ln(c/n), in [−1, 1]",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Count => "count",
            Measure::Association => "association",
            Measure::Jaccard => "jaccard",
            Measure::Cosine => "cosine",
            Measure::Pmi => "pmi",
            Measure::Npmi => "npmi",
        }
    }
    /// Whether the measure is never negative (usable as a flow weight).
    pub fn non_negative(self) -> bool {
        !matches!(self, Measure::Pmi | Measure::Npmi)
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The measure of a pair that shares `c` windows, of which the two ends
/// occur in `ni` and `nj` out of `n`. `None` when undefined (no shared
/// window, or an end that occurs nowhere). Same formulas as the
/// `cooccurrence_measures` view.
pub fn measure(m: Measure, c: i64, ni: i64, nj: i64, n: i64) -> Option<f64> {
    if c <= 0 || ni <= 0 || nj <= 0 {
        return None;
    }
    let (c, ni, nj, n) = (c as f64, ni as f64, nj as f64, n as f64);
    Some(match m {
        Measure::Count => c,
        Measure::Association => c / (ni * nj),
        Measure::Jaccard => c / (ni + nj - c),
        Measure::Cosine => c / (ni * nj).sqrt(),
        Measure::Pmi => {
            if n <= 0.0 {
                return None;
            }
            (c * n / (ni * nj)).ln()
        }
        Measure::Npmi => {
            if n <= 0.0 {
                return None;
            }
            if c >= n {
                1.0
            } else {
                (c * n / (ni * nj)).ln() / -(c / n).ln()
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn measures_by_hand() {
        // c = 1 shared sentence, ni = 4, nj = 2, n = 12 sentences.
        assert_eq!(measure(Measure::Count, 1, 4, 2, 12), Some(1.0));
        assert!(close(
            measure(Measure::Association, 1, 4, 2, 12).unwrap(),
            0.125
        ));
        assert!(close(measure(Measure::Jaccard, 1, 4, 2, 12).unwrap(), 0.2));
        assert!(close(
            measure(Measure::Cosine, 1, 4, 2, 12).unwrap(),
            1.0 / 8f64.sqrt()
        ));
        assert!(close(
            measure(Measure::Pmi, 1, 4, 2, 12).unwrap(),
            1.5f64.ln()
        ));
        assert!(close(
            measure(Measure::Npmi, 1, 4, 2, 12).unwrap(),
            1.5f64.ln() / 12f64.ln()
        ));
        // Perfect co-occurrence everywhere: NPMI is 1.
        assert_eq!(measure(Measure::Npmi, 5, 5, 5, 5), Some(1.0));
        // Undefined without a shared window.
        assert_eq!(measure(Measure::Jaccard, 0, 4, 2, 12), None);
        assert_eq!(measure(Measure::Pmi, 1, 0, 2, 12), None);
    }

    #[test]
    fn npmi_bounds() {
        for (c, ni, nj, n) in [(1, 1, 1, 10), (8, 9, 9, 10), (3, 3, 7, 10), (2, 5, 5, 100)] {
            let v = measure(Measure::Npmi, c, ni, nj, n).unwrap();
            assert!((-1.0 - 1e-12..=1.0 + 1e-12).contains(&v), "{v}");
        }
        assert!(close(measure(Measure::Npmi, 1, 1, 1, 10).unwrap(), 1.0));
    }
}
