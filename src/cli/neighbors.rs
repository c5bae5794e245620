//! `shanhai neighbors`: the entities linked to one entity, by co-occurrence
//! and by the hierarchy, with weights and evidence counts.

use super::output::{json, num, range_note, shown_of, with_range, Format, GraphArgs, Table};
use super::Outcome;
use shanhai::graph::{self, DateRange, KGraph, Neighbor, Node};
use shanhai::model::{EntityType, RelationKind};
use shanhai::store::Store;
use std::io::Write;

/// Which relations `neighbors` follows and lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Relation {
    /// Co-occurrence and hierarchy.
    #[default]
    All,
    /// Co-occurrence only.
    Cooccurs,
    /// Hierarchy only, both ways (located_in and contains).
    Hierarchy,
    /// The places the entity lies in (upwards).
    #[value(name = "located_in")]
    LocatedIn,
    /// What lies in the entity (downwards).
    Contains,
}

/// Entities linked to one entity, nearest and strongest first. The
/// relation column says how each is linked to the one it is reached from:
/// cooccurs, located_in (lies in it) or contains.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  shanhai neighbors 遂昌 -n 10
  shanhai neighbors 上虞 --relation located_in --depth 3
  shanhai neighbors 宇恒电池 --window paragraph --measure npmi -f json
  shanhai neighbors 遂昌 --since 2021-10 --until 2021-12")]
pub struct Args {
    /// Entity name or alias; `TYPE:NAME` (e.g. `county:遂昌`) picks one
    /// of several namesakes.
    pub name: String,
    /// Hops from the entity.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Only list neighbors of this type (also settles an ambiguous NAME).
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    pub etype: Option<EntityType>,
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Follow and list only these relations.
    #[arg(long, value_enum, default_value_t = Relation::All)]
    pub relation: Relation,
    /// Same as --relation cooccurs.
    #[arg(long, hide = true)]
    pub cooccurs_only: bool,
    /// At most this many neighbors, nearest and strongest first.
    #[arg(short = 'n', long, default_value_t = 50)]
    pub limit: usize,
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Lists the neighbours of `args.name` in `args.format`.
pub fn run(store: &Store, args: Args) -> anyhow::Result<Outcome> {
    let center = graph::resolve_spec(store, &args.name, args.etype)?;
    let range = args.graph.dates.range()?;
    let relation = if args.cooccurs_only {
        Relation::Cooccurs
    } else {
        args.relation
    };
    let kg = load_graph(store, &args, relation, &center, &range)?;
    let (mut rows, total) = listed_rows(&kg, &args, relation, center.id);
    add_evidence_counts(store, &mut rows, &range)?;
    // The entity's own counts as the graph has them (those of the range).
    let center = kg.node(center.id).cloned().unwrap_or(center);
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        json(
            &mut out,
            &with_range(
                serde_json::json!({
                    "entity": center, "window": args.graph.weight.window,
                    "measure": args.graph.weight.measure, "total": total, "neighbors": rows,
                }),
                &range,
            ),
        )?;
        return Ok(Outcome::found(total > 0));
    }
    if args.format == Format::Table {
        writeln!(
            out,
            "{} ({}): {} within {} hop(s) · window {} · measure {}{}",
            center.name,
            center.etype,
            shown_of(rows.len(), total, "neighbor", "neighbors"),
            args.depth.max(1),
            args.graph.weight.window,
            args.graph.weight.measure,
            range_note(&range),
        )?;
    }
    write_rows(rows, args.format, &mut out)?;
    Ok(Outcome::found(total > 0))
}

/// The ego network around `center` over the relations asked for; warns when the range never names it.
fn load_graph(
    store: &Store,
    args: &Args,
    relation: Relation,
    center: &Node,
    range: &DateRange,
) -> anyhow::Result<KGraph> {
    let mut opts = args.graph.weight.load_options();
    opts.located_in = relation != Relation::Cooccurs;
    opts.cooccurs = matches!(relation, Relation::All | Relation::Cooccurs);
    let kg = KGraph::load_ego_in(store, center.id, args.depth.max(1), opts, false, range)?;
    if !range.is_all() && kg.node(center.id).is_none() {
        eprintln!(
            "{} ({}) is not named in any document {}",
            center.name,
            center.etype,
            range.describe()
        );
    }
    Ok(kg)
}

/// The neighbours of the relation asked for, cut to `--limit`, and how many there were before the cut.
fn listed_rows(
    kg: &KGraph,
    args: &Args,
    relation: Relation,
    center: i64,
) -> (Vec<Neighbor>, usize) {
    let mut rows = graph::neighbors(kg, center, args.depth.max(1), args.etype);
    let wanted = match relation {
        Relation::LocatedIn => Some("located_in"),
        Relation::Contains => Some("contains"),
        _ => None,
    };
    rows.retain(|r| wanted.is_none_or(|w| r.relations.contains(&w)));
    let total = rows.len();
    rows.truncate(args.limit);
    (rows, total)
}

/// Fills in the evidence counts (in the range), read only for the rows shown.
fn add_evidence_counts(
    store: &Store,
    rows: &mut [Neighbor],
    range: &DateRange,
) -> anyhow::Result<()> {
    let ids: Vec<i64> = rows.iter().map(|r| r.relation_id).collect();
    let counts: std::collections::HashMap<i64, i64> =
        store.evidence_counts_in(&ids, range)?.into_iter().collect();
    for r in rows {
        r.evidence = counts.get(&r.relation_id).copied().unwrap_or(0);
    }
    Ok(())
}

/// The rows as a table or TSV; hierarchy rows have no weight or count.
fn write_rows(rows: Vec<Neighbor>, format: Format, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut t = Table::new(&[
        "depth", "name", "type", "relation", "weight", "count", "evidence", "via",
    ]);
    for n in rows {
        let kind = n.relations.join("+");
        let (w, c) = if n.kind == RelationKind::LocatedIn {
            ("-".to_string(), "-".to_string())
        } else {
            (num(n.weight), n.count.to_string())
        };
        t.push(vec![
            n.depth.to_string(),
            n.name,
            n.etype.to_string(),
            kind,
            w,
            c,
            n.evidence.to_string(),
            n.via,
        ]);
    }
    Ok(t.write(format, out)?)
}
