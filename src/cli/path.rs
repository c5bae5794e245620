//! `shanhai path A B`: the shortest chain linking two entities, over
//! co-occurrence, the hierarchy or both, with one sentence per hop.

use super::output::{
    highlight, json, num, range_note, tsv_clean, with_range, Format, GraphArgs, Mark, PairArgs,
    Table, WeightArgs,
};
use super::Outcome;
use shanhai::graph::{self, DateRange, GraphError, Hop, Node};
use shanhai::model::RelationKind;
use shanhai::store::Store;
use std::io::Write;

/// Which edges a path may use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Via {
    /// Co-occurrence and hierarchy (located_in) edges.
    #[default]
    All,
    /// Only the hierarchy: county → prefecture → province, park → county.
    Hierarchy,
    /// Only co-occurrence.
    Cooccurrence,
}

/// The shortest chain between two entities; each hop says which relation
/// it uses (cooccurs, located_in, contains) and shows its evidence.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  shanhai path 浙江 上虞                   (over the hierarchy: 浙江 contains 绍兴 contains 上虞)
  shanhai path 遂昌 阿里云 --via cooccurrence
  shanhai path 仙居 阿里云 -f json
  shanhai path 遂昌 阿里云 --until 2021-12")]
pub struct Args {
    #[command(flatten)]
    pub pair: PairArgs,
    /// Edges the path may use.
    #[arg(long, value_enum, default_value_t = Via::All)]
    pub via: Via,
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Minimise Σ max/weight (Dijkstra over the whole graph) instead of
    /// the number of hops.
    #[arg(long)]
    pub weighted: bool,
    /// Give up beyond this many hops.
    #[arg(long, default_value_t = 6)]
    pub max_hops: usize,
    /// Evidence sentences shown per hop.
    #[arg(long, default_value_t = 1)]
    pub evidence: usize,
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(serde::Serialize)]
struct HopOut {
    from: Node,
    to: Node,
    kind: RelationKind,
    /// The relation read from `from`: cooccurs, located_in or contains.
    relation: &'static str,
    weight: f64,
    count: i64,
    evidence_count: i64,
    evidence: Vec<serde_json::Value>,
}

/// What every output format of one found path shows.
struct PathView<'a> {
    a: &'a Node,
    b: &'a Node,
    weight: &'a WeightArgs,
    range: &'a DateRange,
    outs: &'a [HopOut],
}

/// Finds the shortest chain between the two entities and prints it in `args.format`.
pub fn run(store: &Store, args: Args) -> anyhow::Result<Outcome> {
    let (a, b) = args.pair.resolve(store)?;
    let range = args.graph.dates.range()?;
    let Some(hops) = find_hops(store, &args, &a, &b, &range)? else {
        return Ok(Outcome::NothingFound);
    };
    let mark = Mark::for_stdout(args.format);
    let outs = hops
        .into_iter()
        .map(|h| hop_out(store, h, &args, &range, mark))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let view = PathView {
        a: &a,
        b: &b,
        weight: &args.graph.weight,
        range: &range,
        outs: &outs,
    };
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => write_json(&view, &mut out)?,
        Format::Tsv => write_tsv(&view, &mut out)?,
        Format::Table => write_table(&view, &mut out)?,
    }
    Ok(Outcome::Success)
}

/// The hops of the shortest path over the edges `args.via` allows; `None` (after saying why on stderr) when there is none.
fn find_hops(
    store: &Store,
    args: &Args,
    a: &Node,
    b: &Node,
    range: &DateRange,
) -> anyhow::Result<Option<Vec<Hop>>> {
    let mut opts = args.graph.weight.load_options();
    opts.located_in = args.via != Via::Cooccurrence;
    opts.cooccurs = args.via != Via::Hierarchy;
    let found = graph::shortest_path(store, a, b, opts, args.max_hops, args.weighted, range);
    match found {
        Ok(hops) => Ok(Some(hops)),
        Err(e @ GraphError::NoPath { .. }) => {
            eprintln!("{e}{}", no_path_advice(args.via, range, a));
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// What follows the "no path" error: the date range searched and what to try next.
fn no_path_advice(via: Via, range: &DateRange, a: &Node) -> String {
    let within = if range.is_all() {
        String::new()
    } else {
        format!(" in the documents {}", range.describe())
    };
    let hint = match via {
        Via::All if !range.is_all() => {
            "; try a wider date range or a larger --max-hops".to_string()
        }
        Via::All => format!("; try a larger --max-hops, or `shanhai show {}`", a.name),
        _ => "; try --via all".to_string(),
    };
    format!("{within}{hint}")
}

/// One hop with its counts and up to `args.evidence` highlighted evidence sentences.
fn hop_out(
    store: &Store,
    h: Hop,
    args: &Args,
    range: &DateRange,
    mark: Mark,
) -> anyhow::Result<HopOut> {
    let mut names = store.aliases_of(h.from.id)?;
    names.extend(store.aliases_of(h.to.id)?);
    let ev = store.evidence(h.edge.relation_id, h.from.id, h.to.id, args.evidence, range)?;
    let evidence_count = store
        .evidence_counts_in(&[h.edge.relation_id], range)?
        .first()
        .map_or(0, |x| x.1);
    let evidence = ev
        .into_iter()
        .map(|e| {
            let spans: Vec<(usize, usize)> = e.spans.iter().map(|s| (s.1, s.2)).collect();
            serde_json::json!({
                "text": e.text,
                "highlighted": highlight(&e.text, &spans, &names, mark),
                "file_name": e.file_name,
                "published": e.published,
            })
        })
        .collect();
    Ok(HopOut {
        relation: h.edge.label_from(h.from.id),
        kind: h.edge.kind,
        weight: h.edge.weight,
        count: h.edge.count(args.graph.weight.window),
        evidence_count,
        evidence,
        from: h.from,
        to: h.to,
    })
}

/// The path as one JSON object.
fn write_json(v: &PathView, out: &mut dyn Write) -> anyhow::Result<()> {
    json(
        out,
        &with_range(
            serde_json::json!({"from": v.a, "to": v.b, "hops": v.outs.len(),
                "window": v.weight.window, "measure": v.weight.measure, "path": v.outs}),
            v.range,
        ),
    )
}

/// The path as TSV, one row a hop with its first evidence sentence.
fn write_tsv(v: &PathView, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut t = Table::new(&[
        "hop",
        "from",
        "from_type",
        "to",
        "to_type",
        "relation",
        "weight",
        "count",
        "evidence_count",
        "file_name",
        "published",
        "sentence",
    ]);
    for (i, h) in v.outs.iter().enumerate() {
        let e = h.evidence.first();
        let s = |k: &str| {
            e.and_then(|e| e[k].as_str())
                .map(tsv_clean)
                .unwrap_or_default()
        };
        t.push(vec![
            (i + 1).to_string(),
            h.from.name.clone(),
            h.from.etype.to_string(),
            h.to.name.clone(),
            h.to.etype.to_string(),
            h.relation.to_string(),
            num(h.weight),
            h.count.to_string(),
            h.evidence_count.to_string(),
            s("file_name"),
            s("published"),
            s("highlighted"),
        ]);
    }
    Ok(t.write(Format::Tsv, out)?)
}

/// The path for people: a summary line, then one numbered line a hop with its evidence below.
fn write_table(v: &PathView, out: &mut dyn Write) -> anyhow::Result<()> {
    let (a, b, outs) = (v.a, v.b, v.outs);
    let hierarchy = outs
        .iter()
        .filter(|h| h.kind != RelationKind::Cooccurs)
        .count();
    writeln!(
        out,
        "{} ({}) → {} ({}): {} hop(s), {} over the hierarchy, {} over co-occurrence · window {} · measure {}{}",
        a.name,
        a.etype,
        b.name,
        b.etype,
        outs.len(),
        hierarchy,
        outs.len() - hierarchy,
        v.weight.window,
        v.weight.measure,
        range_note(v.range)
    )?;
    for (i, h) in outs.iter().enumerate() {
        write_table_hop(v.weight, i, h, out)?;
    }
    Ok(())
}

/// One hop of the table: `N. from relation to  [what]` and its evidence sentences.
fn write_table_hop(
    weight: &WeightArgs,
    i: usize,
    h: &HopOut,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let what = if h.kind == RelationKind::Cooccurs {
        format!(
            "cooccurs: {} {}, {} evidence",
            weight.measure,
            num(h.weight),
            h.evidence_count
        )
    } else {
        "hierarchy".to_string()
    };
    writeln!(
        out,
        "{}. {} ({}) {} {} ({})  [{what}]",
        i + 1,
        h.from.name,
        h.from.etype,
        if h.kind == RelationKind::Cooccurs {
            "—"
        } else {
            h.relation
        },
        h.to.name,
        h.to.etype,
    )?;
    for e in &h.evidence {
        writeln!(
            out,
            "   · {}  — {}{}",
            e["highlighted"].as_str().unwrap_or(""),
            e["file_name"].as_str().unwrap_or(""),
            e["published"]
                .as_str()
                .map_or(String::new(), |d| format!(", {d}"))
        )?;
    }
    Ok(())
}
