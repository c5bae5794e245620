use super::output::{json, num, Format, Table, WeightArgs};
use super::Outcome;
use shanhai::graph::{self, KGraph};
use shanhai::model::EntityType;
use shanhai::store::Store;
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Entity name or alias; `TYPE:NAME` (e.g. `park:南太湖新区`) picks one
    /// of several namesakes.
    pub name: String,
    /// Hops from the entity.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Only list neighbors of this type (also settles an ambiguous NAME).
    #[arg(long = "type", value_name = "TYPE")]
    pub etype: Option<EntityType>,
    #[command(flatten)]
    pub weight: WeightArgs,
    /// Leave out located_in edges.
    #[arg(long)]
    pub cooccurs_only: bool,
    /// At most this many rows.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open_read_only(db)?;
    let center = graph::resolve_spec(&store, &args.name, args.etype)?;
    let mut opts = args.weight.load_options();
    opts.located_in = !args.cooccurs_only;
    let kg = KGraph::load_ego(&store, center.id, args.depth.max(1), opts, false)?;
    let mut rows = graph::neighbors(&kg, center.id, args.depth.max(1), args.etype);
    let total = rows.len();
    rows.truncate(args.limit);
    // Evidence counts only for the rows shown.
    let ids: Vec<i64> = rows.iter().map(|r| r.relation_id).collect();
    let counts: std::collections::HashMap<i64, i64> =
        store.evidence_counts(&ids)?.into_iter().collect();
    for r in &mut rows {
        r.evidence = counts.get(&r.relation_id).copied().unwrap_or(0);
    }
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        json(
            &mut out,
            &serde_json::json!({
                "entity": center, "window": args.weight.window, "measure": args.weight.measure,
                "total": total, "neighbors": rows,
            }),
        )?;
        return Ok(Outcome::Success);
    }
    if args.format == Format::Table {
        use std::io::Write;
        writeln!(
            out,
            "{} ({}): {} neighbor(s) within {} hop(s) · window {} · measure {}{}",
            center.name,
            center.etype,
            total,
            args.depth.max(1),
            args.weight.window,
            args.weight.measure,
            if total > rows.len() {
                format!(" · showing {}", rows.len())
            } else {
                String::new()
            }
        )?;
    }
    let mut t = Table::new(&[
        "depth", "name", "type", "kind", "weight", "count", "evidence", "via",
    ]);
    for n in rows {
        let kind = match n.direction {
            Some(d) => format!("{} ({d})", n.kind),
            None => n.kind.to_string(),
        };
        let (w, c) = if n.kind == graph::Kind::LocatedIn {
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
    t.write(args.format, &mut out)?;
    Ok(Outcome::Success)
}
