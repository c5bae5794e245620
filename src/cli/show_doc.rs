//! `show-doc`: what cleaning keeps of one file and what it drops, block by
//! block with the reason, so that nothing is dropped silently.

use super::Outcome;
use anyhow::Context;
use shanhai::store::Store;
use shanhai::text::{self, Kept};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Reads the file again (the database keeps only the kept text and the counts);
when the database holds a document stored from that path, its recorded
counts are printed too.

Examples:
  shanhai show-doc seeds/002_4f8eb700d407de6f.txt | less
  shanhai show-doc seeds/002_4f8eb700d407de6f.txt --dropped-only")]
pub struct Args {
    /// The article file (.txt, .md, .html…) to clean and show.
    pub path: PathBuf,
    /// Print only the dropped blocks, not the kept text.
    #[arg(long)]
    pub dropped_only: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let bytes = std::fs::read(&args.path)
        .with_context(|| format!("cannot read {}", args.path.display()))?;
    let (doc, cleaned) = text::parse_document_cleaned(&args.path, &bytes)
        .with_context(|| format!("cannot read {}", args.path.display()))?;
    let kept = Kept {
        kept_chars: cleaned.kept_chars,
        dropped_chars: cleaned.dropped_chars,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(out, "{}", args.path.display())?;
    writeln!(out, "title: {}", doc.title.as_deref().unwrap_or("(none)"))?;
    writeln!(
        out,
        "published: {}",
        doc.published.as_deref().unwrap_or("(none)")
    )?;
    writeln!(
        out,
        "kept {} characters, dropped {} ({:.1}% of the text){}",
        kept.kept_chars,
        kept.dropped_chars,
        kept.dropped_percent(),
        if kept.mostly_dropped() {
            " — more than half dropped"
        } else {
            ""
        }
    )?;
    write_stored(&mut out, db, &args.path)?;
    if !args.dropped_only {
        writeln!(out, "\n== kept text\n{}", doc.text)?;
    }
    writeln!(out, "\n== dropped: {} block(s)", cleaned.dropped.len())?;
    for block in &cleaned.dropped {
        writeln!(out, "[{}]", block.reason.describe())?;
        for line in block.text.lines() {
            writeln!(out, "  {line}")?;
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}

/// The counts the database recorded for this path, if it holds one.
fn write_stored(out: &mut impl Write, db: &Path, path: &Path) -> anyhow::Result<()> {
    if !db.exists() {
        writeln!(out, "not stored (no database at {})", db.display())?;
        return Ok(());
    }
    let Ok(store) = Store::open_read_only(db) else {
        return Ok(()); // an old or foreign database: the file speaks for itself
    };
    // Documents are stored under their canonical path (how `ingest` keys
    // them), whatever spelling of it is given here.
    let key = std::fs::canonicalize(path)
        .map(|p| shanhai::model::path_key(&p))
        .unwrap_or_else(|_| shanhai::model::path_key(path));
    let record = store.kept_dropped(&key)?;
    match record {
        Some((Some(k), Some(d))) => writeln!(
            out,
            "stored in {}: kept {k}, dropped {d} characters",
            db.display()
        )?,
        Some(_) => writeln!(
            out,
            "stored in {} by an older shanhai, without kept/dropped counts",
            db.display()
        )?,
        None => writeln!(out, "not stored in {}", db.display())?,
    }
    Ok(())
}
