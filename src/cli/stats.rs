use super::output::{Format, Table};
use super::Outcome;
use shanhai::model::WindowCounts;
use shanhai::store::{Cleaning, Store};
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
            v["cooccurring_pairs"] = serde_json::to_value(pairs)?;
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
    for (w, n) in pairs.named() {
        let w = if w == "sentence" {
            "sentence (default)"
        } else {
            w
        };
        writeln!(out, "{w:<20} {n:>10}")?;
    }
    write_cleaning(&mut out, &stats.cleaning)?;
    Ok(Outcome::Success)
}

/// Every figure as one row: section, key, value.
fn tsv(stats: &shanhai::store::Stats, pairs: WindowCounts) -> Table {
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
    for (w, n) in pairs.named() {
        row("cooccurring_pairs", w, n);
    }
    let c = &stats.cleaning;
    row("cleaning", "documents", c.documents);
    row("cleaning", "unrecorded", c.unrecorded);
    row("cleaning", "kept_chars", c.kept_chars);
    row("cleaning", "dropped_chars", c.dropped_chars);
    row("cleaning", "mostly_dropped", c.mostly_dropped);
    t
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
