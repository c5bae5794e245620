use super::output::{Format, Table};
use super::Outcome;
use shanhai::store::Store;
use std::io::Write;
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Same as --format json.
    #[arg(long, hide = true)]
    pub json: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open_read_only(db)?;
    let stats = store.stats()?;
    let pairs = store.cooccurring_pairs()?;
    let format = if args.json { Format::Json } else { args.format };
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => {
            let mut v = serde_json::to_value(&stats)?;
            v["cooccurring_pairs"] = serde_json::json!({"sentence": pairs[0],
                "paragraph": pairs[1], "document": pairs[2]});
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
            return Ok(Outcome::Success);
        }
        Format::Tsv => {
            tsv(&stats, pairs).write(Format::Tsv, &mut out)?;
            return Ok(Outcome::Success);
        }
        Format::Table => {}
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
    // Relations count every window; the queries default to sentences.
    writeln!(out, "\n{:<20} {:>10}", "co-occurring in a", "pairs")?;
    for (w, n) in ["sentence (default)", "paragraph", "document"]
        .iter()
        .zip(pairs)
    {
        writeln!(out, "{w:<20} {n:>10}")?;
    }
    Ok(Outcome::Success)
}

/// Every figure as one row: section, key, value.
fn tsv(stats: &shanhai::store::Stats, pairs: [i64; 3]) -> Table {
    let mut t = Table::new(&["section", "key", "value"]);
    let mut row = |s: &str, k: &str, v: i64| t.push(vec![s.into(), k.into(), v.to_string()]);
    for (table, n) in &stats.tables {
        row("rows", table, *n);
    }
    for (ty, n, m) in &stats.per_type {
        row("entities", ty, *n);
        row("mentions", ty, *m);
    }
    for (k, n) in &stats.per_kind {
        row("relations", k, *n);
    }
    for (w, n) in ["sentence", "paragraph", "document"].iter().zip(pairs) {
        row("cooccurring_pairs", w, n);
    }
    t
}
