//! `shanhai top`: the most central entities by degree, PageRank or
//! betweenness.

use super::output::{json, num, range_note, shown_of, with_range, Format, GraphArgs, Table};
use super::Outcome;
use petgraph::graph::NodeIndex;
use shanhai::graph::{algo, KGraph};
use shanhai::model::EntityType;
use shanhai::store::Store;
use std::collections::HashMap;
use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    /// Distinct co-occurring entities.
    Degree,
    /// Weighted PageRank over co-occurrence edges.
    Pagerank,
    /// Betweenness centrality (exact up to --sample sources, estimated beyond).
    Betweenness,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  shanhai top --by pagerank --type firm
  shanhai top --by degree --since 2021-10 --until 2021-12")]
pub struct Args {
    #[arg(long, value_enum, default_value_t = By::Degree)]
    pub by: By,
    /// Only rank entities of this type (the graph is still whole).
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    pub etype: Option<EntityType>,
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Betweenness: at most this many source nodes (evenly spread); more
    /// nodes than this makes the result an estimate.
    #[arg(long, default_value_t = 200)]
    pub sample: usize,
    /// At most this many entities, highest score first.
    #[arg(short = 'n', long, default_value_t = 20)]
    pub limit: usize,
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(serde::Serialize)]
struct Row {
    rank: usize,
    id: i64,
    name: String,
    #[serde(rename = "type")]
    etype: EntityType,
    score: f64,
    degree: usize,
    mentions: i64,
}

/// Ranks the entities of the (dated) co-occurrence graph by `args.by` and prints the top ones.
pub fn run(store: &Store, args: Args) -> anyhow::Result<Outcome> {
    let range = args.graph.dates.range()?;
    let mut opts = args.graph.weight.load_options();
    opts.located_in = false;
    if args.by == By::Pagerank && !opts.measure.non_negative() {
        anyhow::bail!(
            "PageRank needs non-negative weights; use --measure count, association, jaccard or cosine"
        );
    }
    let kg = KGraph::load_all_in(store, opts, &range)?;
    let (rows, total) = ranked_rows(&kg, &args);
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        json(
            &mut out,
            &with_range(
                serde_json::json!({"by": args.by, "total": total, "shown": rows.len(),
                    "entities": rows}),
                &range,
            ),
        )?;
        return Ok(Outcome::found(total > 0));
    }
    if args.format == Format::Table {
        let by = format!("{:?}", args.by).to_lowercase();
        writeln!(
            out,
            "{} by {by}{}",
            shown_of(rows.len(), total, "entity", "entities"),
            range_note(&range)
        )?;
    }
    write_rows(rows, args.format, &mut out)?;
    Ok(Outcome::found(total > 0))
}

/// Each node's score by `args.by` (betweenness says on stderr when it is an estimate).
fn scores(kg: &KGraph, args: &Args, degree: &HashMap<NodeIndex, f64>) -> HashMap<NodeIndex, f64> {
    match args.by {
        By::Degree => degree.clone(),
        By::Pagerank => algo::pagerank(kg),
        By::Betweenness => {
            if kg.g.node_count() > args.sample {
                eprintln!(
                    "betweenness estimated from {} of {} source nodes (raise --sample for more precision)",
                    args.sample,
                    kg.g.node_count()
                );
            }
            algo::betweenness(kg, args.sample)
        }
    }
}

/// The entities of the type asked for, best score first, ranked and cut to `--limit`; and how many there were.
fn ranked_rows(kg: &KGraph, args: &Args) -> (Vec<Row>, usize) {
    let degree = algo::degree(kg);
    let score = scores(kg, args, &degree);
    let mut rows: Vec<Row> =
        kg.g.node_indices()
            .filter(|&ix| args.etype.is_none_or(|t| kg.g[ix].etype == t))
            .map(|ix| {
                let n = &kg.g[ix];
                Row {
                    rank: 0,
                    id: n.id,
                    name: n.name.clone(),
                    etype: n.etype,
                    score: score.get(&ix).copied().unwrap_or(0.0),
                    degree: degree.get(&ix).copied().unwrap_or(0.0) as usize,
                    mentions: n.mentions,
                }
            })
            .collect();
    rows.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(y.mentions.cmp(&x.mentions))
            .then(x.id.cmp(&y.id))
    });
    let total = rows.len();
    rows.truncate(args.limit);
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    (rows, total)
}

/// The ranked entities as a table or TSV.
fn write_rows(rows: Vec<Row>, format: Format, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut t = Table::new(&["rank", "name", "type", "score", "degree", "mentions"]);
    for r in rows {
        t.push(vec![
            r.rank.to_string(),
            r.name,
            r.etype.to_string(),
            num(r.score),
            r.degree.to_string(),
            r.mentions.to_string(),
        ]);
    }
    Ok(t.write(format, out)?)
}
