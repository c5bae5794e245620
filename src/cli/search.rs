//! `shanhai search`: sentences containing one or more texts, optionally
//! from documents of a date range.

use super::output::{highlight, json, shown_of, tsv_clean, DateArgs, Format, Mark};
use super::progress::Bar;
use super::Outcome;
use shanhai::pipeline::Progress;
use shanhai::store::Store;
use std::io::Write;
use std::path::Path;

/// Full-text search over the stored sentences: a sentence must contain
/// every TEXT. Three characters or more use the trigram index, shorter text
/// falls back to a scan (LIKE).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  shanhai search 储能电池
  shanhai search 遂昌 阿里云 -n 5            (sentences naming both)
  shanhai search 遂昌 --since 2021-01-01 -f tsv")]
pub struct Args {
    /// Text to find (any characters; no query syntax). Several: all must occur.
    #[arg(required = true, value_name = "TEXT")]
    pub text: Vec<String>,
    #[command(flatten)]
    pub dates: DateArgs,
    /// At most this many sentences.
    #[arg(short = 'n', long, default_value_t = 20)]
    pub limit: usize,
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let terms: Vec<String> = args
        .text
        .iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if terms.is_empty() {
        anyhow::bail!("nothing to search for: give some text");
    }
    let range = args.dates.range()?;
    let mut store = Store::open_read_only(db)?;
    let has_long = terms.iter().any(|t| t.chars().count() >= 3);
    if has_long && catch_up_index(&store, db)? {
        store = Store::open_read_only(db)?;
    }
    let found = store.search_sentences(
        &terms,
        range.since.as_deref(),
        range.until.as_deref(),
        args.limit,
    )?;
    let hits = &found.hits;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => json(
            &mut out,
            &serde_json::json!({"terms": terms, "total": found.total, "shown": hits.len(),
                "sentences": hits}),
        )?,
        Format::Tsv => {
            writeln!(out, "file_name\tpublished\tparagraph\ttext")?;
            for h in hits {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    tsv_clean(&h.file_name),
                    h.published.as_deref().unwrap_or(""),
                    h.paragraph,
                    tsv_clean(&h.text)
                )?;
            }
        }
        Format::Table => {
            let mark = Mark::for_stdout(Format::Table);
            let how = if found.indexed {
                "full-text index"
            } else if !has_long {
                "scan (fewer than 3 characters)"
            } else {
                "scan (the full-text index could not be brought up to date)"
            };
            let quoted: Vec<String> = terms.iter().map(|t| format!("“{t}”")).collect();
            writeln!(
                out,
                "{} with {} · {how}",
                shown_of(hits.len(), found.total as usize, "sentence", "sentences"),
                quoted.join(" and ")
            )?;
            for h in hits {
                writeln!(
                    out,
                    "  · {}  — {}{}",
                    highlight(&h.text, &[], &terms, mark),
                    h.file_name,
                    h.published
                        .as_deref()
                        .map(|p| format!(", {p}"))
                        .unwrap_or_default()
                )?;
            }
        }
    }
    Ok(Outcome::found(found.total > 0))
}

/// Indexes the sentences the ingests since the last search added (ingest
/// leaves that to the first search, off its critical path), with a progress
/// bar. Returns whether anything was indexed. A database that cannot be
/// written (read-only place, busy) is left as it is: the search then scans,
/// and stays exact.
fn catch_up_index(store: &Store, db: &Path) -> anyhow::Result<bool> {
    let (pending, bytes) = store.unindexed_sentences()?;
    if pending == 0 {
        return Ok(false);
    }
    let bar = Bar::new(false);
    bar.start_phase("indexing for search", bytes as u64);
    let result = Store::update_search_index(db, |n| bar.advance(n));
    bar.finish();
    match result {
        Ok(n) => Ok(n > 0),
        Err(e) => {
            eprintln!("note: {pending} sentence(s) not in the full-text index yet and it cannot be updated ({e}); scanning instead");
            Ok(false)
        }
    }
}
