//! `shanhai show NAME`: everything stored about one entity — type,
//! canonical name, aliases, admin code and the places it lies in, what lies
//! in it, mentions and documents with first and last dates, and its
//! strongest neighbours.

use super::output::{json, num, shown_of, Format, Table};
use super::Outcome;
use shanhai::graph::{self, KGraph, LoadOptions, Neighbor, Node};
use shanhai::model::{EntityType, RelationKind};
use shanhai::store::{DocumentMentions, EntitySummary, Place, Store};
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  shanhai show 遂昌
  shanhai show county:上虞 -f json
  shanhai show holovis              (Latin case is ignored)")]
pub struct Args {
    /// Entity name or alias; `TYPE:NAME` picks one of several namesakes.
    pub name: String,
    /// Settles an ambiguous name.
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    pub etype: Option<EntityType>,
    /// Neighbours and documents listed (strongest and richest first).
    #[arg(short = 'n', long, default_value_t = 10)]
    pub limit: usize,
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Everything `show` prints about one entity, lists cut to `--limit`.
struct Shown {
    summary: EntitySummary,
    /// Aliases other than the canonical name.
    aliases: Vec<String>,
    parents: Vec<Place>,
    children: Vec<Place>,
    documents: Vec<DocumentMentions>,
    documents_total: usize,
    /// Co-occurring neighbours, strongest first.
    neighbors: Vec<Neighbor>,
    neighbors_total: usize,
}

/// Prints everything stored about `args.name` in `args.format`.
pub fn run(store: &Store, args: Args) -> anyhow::Result<Outcome> {
    let node = graph::resolve_spec(store, &args.name, args.etype)?;
    let shown = gather(store, &node, args.limit)?;
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        write_json(&shown, &mut out)?;
        return Ok(Outcome::Success);
    }
    write_fields(&shown, args.format, &mut out)?;
    if args.format == Format::Tsv {
        // One table per output; JSON carries the lists.
        return Ok(Outcome::Success);
    }
    write_lists(&shown, args.format, &mut out)?;
    Ok(Outcome::Success)
}

/// Reads the entity's summary, names, places, documents and co-occurring neighbours.
fn gather(store: &Store, node: &Node, limit: usize) -> anyhow::Result<Shown> {
    let summary = store.entity_summary(node.id)?;
    let mut aliases = store.aliases_of(node.id)?;
    aliases.retain(|a| *a != node.name);
    let parents = store.parents(node.id)?;
    let children = store.children(node.id)?;
    let mut documents = store.documents_of(node.id)?;
    let kg = KGraph::load_ego(store, node.id, 1, LoadOptions::default(), false)?;
    let mut neighbors = graph::neighbors(&kg, node.id, 1, None);
    neighbors.retain(|n| n.kind == RelationKind::Cooccurs);
    let (neighbors_total, documents_total) = (neighbors.len(), documents.len());
    neighbors.truncate(limit);
    documents.truncate(limit);
    Ok(Shown {
        summary,
        aliases,
        parents,
        children,
        documents,
        documents_total,
        neighbors,
        neighbors_total,
    })
}

/// The entity as one JSON object, lists included.
fn write_json(s: &Shown, out: &mut dyn Write) -> anyhow::Result<()> {
    json(
        out,
        &serde_json::json!({
            "entity": s.summary, "aliases": s.aliases, "parents": s.parents,
            "children": s.children, "documents": s.documents, "documents_total": s.documents_total,
            "neighbors": s.neighbors, "neighbors_total": s.neighbors_total,
        }),
    )
}

/// The field/value table: names, places, counts and first and last dates.
fn write_fields(s: &Shown, format: Format, out: &mut dyn Write) -> anyhow::Result<()> {
    let summary = &s.summary;
    let mut t = Table::new(&["field", "value"]);
    let field = |t: &mut Table, k: &str, v: String| t.push(vec![k.to_string(), v]);
    field(&mut t, "name", summary.name.clone());
    field(&mut t, "type", summary.etype.to_string());
    field(&mut t, "aliases", s.aliases.join("、"));
    field(
        &mut t,
        "admin_code",
        summary.admin_code.clone().unwrap_or_default(),
    );
    let chain: Vec<String> = s
        .parents
        .iter()
        .map(|p| format!("{} ({})", p.name, p.etype))
        .collect();
    field(&mut t, "located_in", chain.join(" → "));
    let inside: Vec<String> = s
        .children
        .iter()
        .map(|c| format!("{} ({})", c.name, c.etype))
        .collect();
    field(&mut t, "contains", inside.join("、"));
    field(&mut t, "mentions", summary.mentions.to_string());
    field(&mut t, "documents", summary.documents.to_string());
    field(&mut t, "degree", summary.degree.to_string());
    field(
        &mut t,
        "first_seen",
        summary.first_seen.clone().unwrap_or_default(),
    );
    field(
        &mut t,
        "last_seen",
        summary.last_seen.clone().unwrap_or_default(),
    );
    Ok(t.write(format, out)?)
}

/// The documents and the co-occurring entities, each under its heading.
fn write_lists(s: &Shown, format: Format, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(
        out,
        "\ndocuments: {}",
        shown_of(
            s.documents.len(),
            s.documents_total,
            "document",
            "documents"
        )
    )?;
    let mut dt = Table::new(&["file_name", "published", "mentions", "title"]);
    for d in &s.documents {
        dt.push(vec![
            d.file_name.clone(),
            d.published.clone().unwrap_or_default(),
            d.mentions.to_string(),
            d.title.clone().unwrap_or_default(),
        ]);
    }
    dt.write(format, out)?;
    writeln!(
        out,
        "\nco-occurring: {} (sentence window, by count)",
        shown_of(s.neighbors.len(), s.neighbors_total, "entity", "entities")
    )?;
    let mut nt = Table::new(&["name", "type", "relation", "count"]);
    for n in &s.neighbors {
        nt.push(vec![
            n.name.clone(),
            n.etype.to_string(),
            n.relations.join("+"),
            num(n.weight),
        ]);
    }
    Ok(nt.write(format, out)?)
}
