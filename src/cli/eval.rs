use super::output::{Format, Table};
use super::Outcome;
use anyhow::Context;
use shanhai::eval;
use shanhai::model::record;
use shanhai::store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Scores what is stored against a gold file. Matching follows ANNOTATION.md:
/// same document and type, and the predicted name or any mention equals the
/// gold name or an alias after normalisation; each gold entity matches at
/// most one prediction. Region and institution are not scored.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold file (JSON Lines, ANNOTATION.md format).
    #[arg(long)]
    pub gold: PathBuf,
    /// table: the score table (and errors with --verbose); json: scores
    /// and errors; tsv: one row per type.
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Same as --format json.
    #[arg(long, hide = true)]
    pub json: bool,
    /// List missed and spurious entities per document.
    #[arg(short, long)]
    pub verbose: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read gold file {}", args.gold.display()))?;
    let gold = record::parse_jsonl(&text)
        .with_context(|| format!("bad gold file {}", args.gold.display()))?;
    let store = Store::open_read_only(db)?;
    let predictions = store.predictions()?;
    let stored: std::collections::HashSet<&str> =
        predictions.iter().map(|p| p.doc.as_str()).collect();
    let absent: Vec<&str> = gold
        .iter()
        .map(|g| g.doc.as_str())
        .filter(|d| !stored.contains(d))
        .collect();
    let score = eval::score(&gold, &predictions);
    let mut out = std::io::stdout().lock();
    let format = if args.json { Format::Json } else { args.format };
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &score)?;
        writeln!(out)?;
    } else if format == Format::Tsv {
        let mut t = Table::new(&["type", "tp", "fp", "fn", "precision", "recall", "f1"]);
        let rows = score
            .per_type
            .iter()
            .map(|(t, c)| (t.as_str(), c))
            .chain([("all4", &score.all4), ("untyped", &score.untyped)]);
        for (name, c) in rows {
            t.push(vec![
                name.to_string(),
                c.tp.to_string(),
                c.fp.to_string(),
                c.fn_.to_string(),
                format!("{:.4}", c.precision()),
                format!("{:.4}", c.recall()),
                format!("{:.4}", c.f1()),
            ]);
        }
        t.write(Format::Tsv, &mut out)?;
    } else {
        write!(out, "{}", score.table())?;
        if args.verbose {
            for doc in &score.errors {
                writeln!(out, "\n{}", doc.doc)?;
                for e in &doc.missed {
                    writeln!(out, "  missed    {:<9} {}", e.etype.as_str(), e.name)?;
                }
                for e in &doc.spurious {
                    writeln!(
                        out,
                        "  spurious  {:<9} {}  (mentions: {})",
                        e.etype.as_str(),
                        e.name,
                        e.forms.join(", ")
                    )?;
                }
            }
        }
    }
    if !absent.is_empty() {
        eprintln!(
            "warning: {} gold document(s) are not in {}: {} — ingest them first; they count as all missed",
            absent.len(),
            db.display(),
            absent.join(", ")
        );
    }
    Ok(Outcome::Success)
}
