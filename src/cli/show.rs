//! `shanhai show NAME`: everything stored about one entity — type,
//! canonical name, aliases, admin code and the places it lies in, what lies
//! in it, mentions and documents with first and last dates, and its
//! strongest neighbours.

use super::output::{json, num, shown_of, Format, Table};
use super::Outcome;
use shanhai::graph::{self, KGraph, LoadOptions};
use shanhai::model::{EntityType, RelationKind};
use shanhai::store::Store;
use std::io::Write;
use std::path::Path;

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

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open_read_only(db)?;
    let node = graph::resolve_spec(&store, &args.name, args.etype)?;
    let summary = store.entity_summary(node.id)?;
    let mut aliases = store.aliases_of(node.id)?;
    aliases.retain(|a| *a != node.name);
    let parents = store.parents(node.id)?;
    let children = store.children(node.id)?;
    let documents = store.documents_of(node.id)?;
    let kg = KGraph::load_ego(&store, node.id, 1, LoadOptions::default(), false)?;
    let mut neighbors = graph::neighbors(&kg, node.id, 1, None);
    neighbors.retain(|n| n.kind == RelationKind::Cooccurs);
    let (n_total, d_total) = (neighbors.len(), documents.len());
    neighbors.truncate(args.limit);
    let shown_docs = &documents[..documents.len().min(args.limit)];
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        json(
            &mut out,
            &serde_json::json!({
                "entity": summary, "aliases": aliases, "parents": parents,
                "children": children, "documents": shown_docs, "documents_total": d_total,
                "neighbors": neighbors, "neighbors_total": n_total,
            }),
        )?;
        return Ok(Outcome::Success);
    }
    let mut t = Table::new(&["field", "value"]);
    let field = |t: &mut Table, k: &str, v: String| t.push(vec![k.to_string(), v]);
    field(&mut t, "name", summary.name.clone());
    field(&mut t, "type", summary.etype.to_string());
    field(&mut t, "aliases", aliases.join("、"));
    field(
        &mut t,
        "admin_code",
        summary.admin_code.clone().unwrap_or_default(),
    );
    let chain: Vec<String> = parents
        .iter()
        .map(|p| format!("{} ({})", p.name, p.etype))
        .collect();
    field(&mut t, "located_in", chain.join(" → "));
    let inside: Vec<String> = children
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
    t.write(args.format, &mut out)?;
    if args.format == Format::Tsv {
        // One table per output; JSON carries the lists.
        return Ok(Outcome::Success);
    }
    writeln!(
        out,
        "\ndocuments: {}",
        shown_of(shown_docs.len(), d_total, "document", "documents")
    )?;
    let mut dt = Table::new(&["file_name", "published", "mentions", "title"]);
    for d in shown_docs {
        dt.push(vec![
            d.file_name.clone(),
            d.published.clone().unwrap_or_default(),
            d.mentions.to_string(),
            d.title.clone().unwrap_or_default(),
        ]);
    }
    dt.write(args.format, &mut out)?;
    writeln!(
        out,
        "\nco-occurring: {} (sentence window, by count)",
        shown_of(neighbors.len(), n_total, "entity", "entities")
    )?;
    let mut nt = Table::new(&["name", "type", "relation", "count"]);
    for n in &neighbors {
        nt.push(vec![
            n.name.clone(),
            n.etype.to_string(),
            n.relations.join("+"),
            num(n.weight),
        ]);
    }
    nt.write(args.format, &mut out)?;
    Ok(Outcome::Success)
}
