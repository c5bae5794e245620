use super::Outcome;
use shanhai::store::{Cleaning, Store};
use std::io::Write;
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open_read_only(db)?;
    let stats = store.stats()?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &stats)?;
        writeln!(out)?;
        return Ok(Outcome::Success);
    }
    writeln!(out, "{}", db.display())?;
    writeln!(out, "\n{:<20} {:>10}", "table", "rows")?;
    for (table, n) in &stats.tables {
        writeln!(out, "{table:<20} {n:>10}")?;
    }
    writeln!(
        out,
        "\n{:<20} {:>10} {:>10}",
        "entity type", "entities", "mentions"
    )?;
    for (t, n, m) in &stats.per_type {
        writeln!(out, "{t:<20} {n:>10} {m:>10}")?;
    }
    writeln!(out, "\n{:<20} {:>10}", "relation kind", "relations")?;
    for (k, n) in &stats.per_kind {
        writeln!(out, "{k:<20} {n:>10}")?;
    }
    write_cleaning(&mut out, &stats.cleaning)?;
    Ok(Outcome::Success)
}

/// Kept and dropped text totals: nothing is dropped silently.
fn write_cleaning(out: &mut impl Write, c: &Cleaning) -> std::io::Result<()> {
    let total = c.kept_chars + c.dropped_chars;
    let share = |n: i64| {
        if total > 0 {
            100.0 * n as f64 / total as f64
        } else {
            0.0
        }
    };
    writeln!(out, "\n{:<20} {:>10} {:>7}", "cleaning", "chars", "share")?;
    writeln!(
        out,
        "{:<20} {:>10} {:>6.1}%",
        "kept",
        c.kept_chars,
        share(c.kept_chars)
    )?;
    writeln!(
        out,
        "{:<20} {:>10} {:>6.1}%",
        "dropped",
        c.dropped_chars,
        share(c.dropped_chars)
    )?;
    writeln!(
        out,
        "documents that lost more than half of their text: {} of {}{}",
        c.mostly_dropped,
        c.documents,
        if c.unrecorded > 0 {
            format!(
                " ({} more stored by an older shanhai have no record)",
                c.unrecorded
            )
        } else {
            String::new()
        }
    )?;
    if c.mostly_dropped > 0 {
        writeln!(
            out,
            "(list them: sqlite3 DB 'SELECT path FROM documents WHERE dropped_chars > kept_chars'; \
             then shanhai show-doc PATH)"
        )?;
    }
    Ok(())
}
