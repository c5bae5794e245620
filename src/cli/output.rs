//! Output of the query commands: `--format table|json|tsv`, the options
//! they share (weighting, date ranges, the graph a query reads, the two
//! entities of `path` and `why`), and highlighting of names in evidence
//! sentences.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use shanhai::graph::{self, DateRange, LoadOptions, Measure, Node, Window};
use shanhai::model::EntityType;
use shanhai::store::Store;
use std::io::{IsTerminal, Write};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    #[default]
    Table,
    /// JSON for programs.
    Json,
    /// Tab-separated values, header first, for spreadsheets and `cut`.
    Tsv,
}

/// How co-occurrence edges are weighed and filtered.
#[derive(Debug, Clone, clap::Args)]
pub struct WeightArgs {
    /// Co-occurrence window.
    #[arg(long, default_value_t = Window::Sentence,
          value_parser = named_values(&Window::ALL, Window::as_str, |_| None))]
    pub window: Window,
    /// Edge weight: raw count, association strength (VOSviewer), Jaccard,
    /// cosine, PMI or NPMI.
    #[arg(long, default_value_t = Measure::Count,
          value_parser = named_values(&Measure::ALL, Measure::as_str, |m| Some(m.describe())))]
    pub measure: Measure,
    /// Ignore co-occurrence edges weaker than this (in the chosen measure;
    /// PMI and NPMI can be negative: `--min-weight -0.5`).
    #[arg(long, allow_negative_numbers = true, value_parser = finite_number)]
    pub min_weight: Option<f64>,
}

/// A value parser offering each of `all` by its `name` (with its `help`,
/// if any) and giving the library's value: the library knows no clap.
fn named_values<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(T) -> &'static str,
    help: fn(T) -> Option<&'static str>,
) -> impl TypedValueParser<Value = T> {
    let values = all.iter().map(move |&v| {
        let value = PossibleValue::new(name(v));
        match help(v) {
            Some(h) => value.help(h),
            None => value,
        }
    });
    PossibleValuesParser::new(values).try_map(move |s: String| {
        all.iter()
            .copied()
            .find(|&v| name(v) == s)
            .ok_or("not a possible value")
    })
}

/// A weight threshold: any finite number. NaN compares false with
/// everything, so each command would read it differently.
fn finite_number(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(format!(
            "expected a finite number (like 0.2 or -0.5), got '{s}'"
        )),
    }
}

impl WeightArgs {
    pub fn load_options(&self) -> LoadOptions {
        LoadOptions {
            window: self.window,
            measure: self.measure,
            min_weight: self.min_weight,
            located_in: true,
            cooccurs: true,
        }
    }
}

/// The graph a query reads: its edges weighed how (`WeightArgs`), its
/// counts taken from which documents (`GraphDateArgs`). `neighbors`,
/// `path`, `top`, `communities` and `export` take these same options.
#[derive(Debug, Clone, clap::Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub weight: WeightArgs,
    #[command(flatten)]
    pub dates: GraphDateArgs,
}

/// The two entities `path` and `why` take, and the type that settles an
/// ambiguous one.
#[derive(Debug, Clone, clap::Args)]
pub struct PairArgs {
    /// First entity (name, alias or TYPE:NAME).
    pub a: String,
    /// Second entity (name, alias or TYPE:NAME).
    pub b: String,
    /// Settles an ambiguous name of either entity (TYPE:NAME settles one
    /// alone).
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    pub etype: Option<EntityType>,
}

impl PairArgs {
    /// Both entities, as `graph::resolve_spec` finds them.
    pub fn resolve(&self, store: &Store) -> anyhow::Result<(Node, Node)> {
        let a = graph::resolve_spec(store, &self.a, self.etype)?;
        let b = graph::resolve_spec(store, &self.b, self.etype)?;
        Ok((a, b))
    }
}

/// A date range over the documents' publication dates.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct DateArgs {
    /// Only documents published on or after this date (YYYY, YYYY-MM or
    /// YYYY-MM-DD). Documents without a date are left out once --since or
    /// --until is given.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<String>,
    /// Only documents published on or before this date (YYYY-MM covers the
    /// whole month).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<String>,
}

/// A date range the graph is recounted over: `neighbors`, `path`, `why`,
/// `top`, `communities`, `export`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct GraphDateArgs {
    /// Count only documents published on or after this date (YYYY, YYYY-MM
    /// or YYYY-MM-DD); undated documents are then left out.
    ///
    /// Every count is recounted from the documents of the range alone:
    /// shared sentences, paragraphs and documents, evidence, an entity's
    /// mentions and windows, and the corpus totals behind the measures. A
    /// pair with nothing in the range disappears; an entity no document of
    /// the range names is left out; the hierarchy (located_in) stays for the
    /// entities that are named. Documents without a date are left out once
    /// --since or --until is given.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<String>,
    /// Count only documents published on or before this date (YYYY-MM
    /// covers the whole month).
    ///
    /// Documents without a date are left out once --since or --until is
    /// given; see --since for what is recounted.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<String>,
}

/// The range from --since and --until, refused when it cannot hold a
/// document (since after until).
fn checked_range(since: &Option<String>, until: &Option<String>) -> anyhow::Result<DateRange> {
    if let (Some(s), Some(u)) = (since, until) {
        if s.as_str() > shanhai::store::until_bound(u).as_str() {
            anyhow::bail!("--since {s} comes after --until {u}: no document can lie in that range");
        }
    }
    Ok(DateRange::new(since.clone(), until.clone()))
}

impl GraphDateArgs {
    pub fn range(&self) -> anyhow::Result<DateRange> {
        checked_range(&self.since, &self.until)
    }
}

impl DateArgs {
    pub fn range(&self) -> anyhow::Result<DateRange> {
        checked_range(&self.since, &self.until)
    }
}

/// A JSON answer with `since` and `until` added when a range is given
/// (an answer without one is left as it always was).
pub fn with_range(mut v: serde_json::Value, range: &DateRange) -> serde_json::Value {
    if !range.is_all() {
        if let Some(o) = v.as_object_mut() {
            o.insert("since".into(), range.since.clone().into());
            o.insert("until".into(), range.until.clone().into());
        }
    }
    v
}

/// " · documents published since 2021-10" for a headline; empty without a
/// bound.
pub fn range_note(range: &DateRange) -> String {
    if range.is_all() {
        String::new()
    } else {
        format!(" · documents {}", range.describe())
    }
}

/// YYYY, YYYY-MM or YYYY-MM-DD, checked, as stored dates are written.
pub fn parse_date(s: &str) -> Result<String, String> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let ok = !parts.is_empty()
        && parts.len() <= 3
        && parts[0].len() == 4
        && parts[1..].iter().all(|p| p.len() == 2)
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && parts.get(1).is_none_or(|m| ("01"..="12").contains(m))
        && parts.get(2).is_none_or(|d| ("01"..="31").contains(d));
    if ok {
        Ok(s.trim().to_string())
    } else {
        Err(format!(
            "'{s}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (2021-02-23)"
        ))
    }
}

/// A table of strings, rendered as aligned columns or TSV.
pub struct Table {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(headers: &[&'static str]) -> Table {
        Table {
            headers: headers.to_vec(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    pub fn write(&self, format: Format, out: &mut dyn Write) -> std::io::Result<()> {
        match format {
            Format::Tsv => {
                writeln!(out, "{}", self.headers.join("\t"))?;
                for r in &self.rows {
                    let cells: Vec<String> = r.iter().map(|c| tsv_clean(c)).collect();
                    writeln!(out, "{}", cells.join("\t"))?;
                }
            }
            _ => {
                let mut widths: Vec<usize> = self.headers.iter().map(|h| width(h)).collect();
                for r in &self.rows {
                    for (i, c) in r.iter().enumerate() {
                        widths[i] = widths[i].max(width(c));
                    }
                }
                let line = |cells: Vec<&str>| -> String {
                    let last = cells.len().saturating_sub(1);
                    let mut s = String::new();
                    for (i, c) in cells.into_iter().enumerate() {
                        s.push_str(c);
                        if i < last {
                            s.push_str(&" ".repeat(widths[i] - width(c) + 2));
                        }
                    }
                    s
                };
                writeln!(out, "{}", line(self.headers.clone()))?;
                for r in &self.rows {
                    writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
                }
            }
        }
        Ok(())
    }
}

pub fn tsv_clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// Display width: CJK and full-width characters take two columns.
pub fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            if (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFE30..=0xFE4F).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
                || (0xFFE0..=0xFFE6).contains(&u)
                || (0x20000..=0x3FFFD).contains(&u)
            {
                2
            } else {
                1
            }
        })
        .sum()
}

pub fn json(out: &mut dyn Write, v: &impl serde::Serialize) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, v)?;
    writeln!(out)?;
    Ok(())
}

/// "12 entities", or "50 of 1234 entities (raise --limit to see more)"
/// when a limit cut the list.
pub fn shown_of(shown: usize, total: usize, one: &str, many: &str) -> String {
    let noun = if total == 1 { one } else { many };
    if shown < total {
        format!("{shown} of {total} {noun} (raise --limit to see more)")
    } else {
        format!("{total} {noun}")
    }
}

/// Formats a weight: integers plainly, others with 4 decimals.
pub fn num(w: f64) -> String {
    if w.fract() == 0.0 && w.abs() < 1e12 {
        format!("{w:.0}")
    } else {
        format!("{w:.4}")
    }
}

/// How names are marked in evidence sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Brackets,
    Bold,
}

impl Mark {
    /// ANSI bold on a terminal (with table output, unless NO_COLOR is
    /// set), 【brackets】 otherwise.
    pub fn for_stdout(format: Format) -> Mark {
        if format == Format::Table
            && std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        {
            Mark::Bold
        } else {
            Mark::Brackets
        }
    }
    fn open(self) -> &'static str {
        match self {
            Mark::Brackets => "【",
            Mark::Bold => "\x1b[1m",
        }
    }
    fn close(self) -> &'static str {
        match self {
            Mark::Brackets => "】",
            Mark::Bold => "\x1b[0m",
        }
    }
}

/// Marks the char spans `[start, end)` of `text` (non-overlapping after
/// sorting; overlapping ones are skipped). When `spans` is empty, every
/// occurrence of the `names` (longest first) is marked instead.
pub fn highlight(text: &str, spans: &[(usize, usize)], names: &[String], mark: Mark) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut spans: Vec<(usize, usize)> = spans.to_vec();
    if spans.is_empty() {
        let mut names: Vec<Vec<char>> = names
            .iter()
            .filter(|n| !n.is_empty())
            .map(|n| n.chars().collect())
            .collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let mut at = 0;
        while at < chars.len() {
            if let Some(n) = names.iter().find(|n| chars[at..].starts_with(n)) {
                spans.push((at, at + n.len()));
                at += n.len();
            } else {
                at += 1;
            }
        }
    }
    spans.sort_unstable();
    let mut out = String::new();
    let mut at = 0;
    for (s, e) in spans {
        if s < at || e > chars.len() || s >= e {
            continue;
        }
        out.extend(&chars[at..s]);
        out.push_str(mark.open());
        out.extend(&chars[s..e]);
        out.push_str(mark.close());
        at = e;
    }
    out.extend(&chars[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_spans_and_names() {
        let t = "宇恒电池与浙江大学长兴研究院签署合作协议。";
        assert_eq!(
            highlight(t, &[(0, 4), (5, 14)], &[], Mark::Brackets),
            "【宇恒电池】与【浙江大学长兴研究院】签署合作协议。"
        );
        assert_eq!(
            highlight(t, &[], &["宇恒".into(), "宇恒电池".into()], Mark::Brackets),
            "【宇恒电池】与浙江大学长兴研究院签署合作协议。"
        );
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2021-02-23").unwrap(), "2021-02-23");
        assert_eq!(parse_date("2021").unwrap(), "2021");
        assert!(parse_date("2021-13").is_err());
        assert!(parse_date("21-02-23").is_err());
        assert!(parse_date("yesterday").is_err());
    }

    #[test]
    fn cjk_width() {
        assert_eq!(width("长兴县"), 6);
        assert_eq!(width("ab"), 2);
    }

    #[test]
    fn weight_flags_give_the_library_values_of_their_names() {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            weight: WeightArgs,
        }
        for w in Window::ALL {
            for m in Measure::ALL {
                let args = ["t", "--window", w.as_str(), "--measure", m.as_str()];
                let cli = Cli::try_parse_from(args).expect("parses");
                assert_eq!((cli.weight.window, cli.weight.measure), (w, m));
            }
        }
        let defaults = Cli::try_parse_from(["t"]).expect("parses").weight;
        assert_eq!(
            (defaults.window, defaults.measure),
            (Window::Sentence, Measure::Count)
        );
        let err = Cli::try_parse_from(["t", "--measure", "pmix"])
            .err()
            .expect("refused");
        assert!(err.to_string().contains("pmix"), "{err}");
    }
}
