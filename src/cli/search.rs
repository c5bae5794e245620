use super::output::{highlight, json, tsv_clean, Format, Mark};
use super::progress::Bar;
use super::Outcome;
use shanhai::pipeline::Progress;
use shanhai::store::Store;
use std::io::Write;
use std::path::Path;

/// Full-text search over the stored sentences: three characters or more
/// use the trigram index, shorter text falls back to a scan (LIKE).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Text to find (any characters; no query syntax).
    pub text: String,
    /// At most this many sentences.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    if args.text.trim().is_empty() {
        anyhow::bail!("nothing to search for: give some text");
    }
    let mut store = Store::open_read_only(db)?;
    if args.text.chars().count() >= 3 && catch_up_index(&store, db)? {
        store = Store::open_read_only(db)?;
    }
    let (hits, indexed) = store.search_sentences(&args.text, args.limit)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => json(&mut out, &hits)?,
        Format::Tsv => {
            writeln!(out, "file_name\tpublished\tparagraph\ttext")?;
            for h in &hits {
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
            let how = if indexed {
                "full-text index"
            } else if args.text.chars().count() < 3 {
                "scan (fewer than 3 characters)"
            } else {
                "scan (the full-text index could not be brought up to date)"
            };
            writeln!(
                out,
                "{} sentence(s) with “{}” · {how}",
                hits.len(),
                args.text
            )?;
            for h in &hits {
                let names = [args.text.clone()];
                writeln!(
                    out,
                    "  · {}  — {}{}",
                    highlight(&h.text, &[], &names, mark),
                    h.file_name,
                    h.published
                        .as_deref()
                        .map(|p| format!(", {p}"))
                        .unwrap_or_default()
                )?;
            }
        }
    }
    Ok(Outcome::Success)
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
