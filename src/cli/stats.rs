use super::Outcome;
use shanhai::store::Store;
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
    Ok(Outcome::Success)
}
