//! `shanhai entities`: browse the stored entities — filter by type and
//! text, sort by mentions, degree or name — to find the names the other
//! commands take.

use super::output::{json, shown_of, DateArgs, Format, Table};
use super::Outcome;
use shanhai::model::EntityType;
use shanhai::store::{EntitySummary, Store};
use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Most mentioned first.
    Mentions,
    /// Most co-occurring entities first.
    Degree,
    /// By name.
    Name,
}

/// Lists entities with their mentions, documents, degree and the dates
/// they were first and last seen.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  shanhai entities --type county
  shanhai entities --like 电池 --sort degree
  shanhai entities -t firm -n 5 -f tsv
  shanhai entities --since 2024-01 --until 2024-12")]
pub struct Args {
    /// Only entities of this type.
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    pub etype: Option<EntityType>,
    /// Only entities whose name or an alias contains this text (Latin
    /// case ignored).
    #[arg(long, value_name = "TEXT")]
    pub like: Option<String>,
    #[arg(long, value_enum, default_value_t = Sort::Mentions)]
    pub sort: Sort,
    /// Only entities named in documents of this range.
    #[command(flatten)]
    pub dates: DateArgs,
    /// At most this many entities, in --sort order.
    #[arg(short = 'n', long, default_value_t = 50)]
    pub limit: usize,
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<Outcome> {
    let like = args
        .like
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let range = args.dates.range()?;
    let mut rows = store.entity_summaries(
        args.etype,
        like,
        range.since.as_deref(),
        range.until.as_deref(),
    )?;
    sort(&mut rows, args.sort);
    let total = rows.len();
    rows.truncate(args.limit);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => json(
            &mut out,
            &serde_json::json!({"total": total, "shown": rows.len(), "entities": rows}),
        )?,
        format => {
            if format == Format::Table {
                writeln!(out, "{}", shown_of(rows.len(), total, "entity", "entities"))?;
            }
            table(&rows).write(format, &mut out)?;
        }
    }
    Ok(Outcome::found(total > 0))
}

fn sort(rows: &mut [EntitySummary], by: Sort) {
    rows.sort_by(|a, b| {
        let key = match by {
            Sort::Mentions => b.mentions.cmp(&a.mentions).then(b.degree.cmp(&a.degree)),
            Sort::Degree => b.degree.cmp(&a.degree).then(b.mentions.cmp(&a.mentions)),
            Sort::Name => a.name.cmp(&b.name),
        };
        key.then(a.name.cmp(&b.name)).then(a.id.cmp(&b.id))
    });
}

fn table(rows: &[EntitySummary]) -> Table {
    let mut t = Table::new(&[
        "name",
        "type",
        "mentions",
        "documents",
        "degree",
        "first_seen",
        "last_seen",
        "admin_code",
    ]);
    for r in rows {
        t.push(vec![
            r.name.clone(),
            r.etype.to_string(),
            r.mentions.to_string(),
            r.documents.to_string(),
            r.degree.to_string(),
            r.first_seen.clone().unwrap_or_default(),
            r.last_seen.clone().unwrap_or_default(),
            r.admin_code.clone().unwrap_or_default(),
        ]);
    }
    t
}
