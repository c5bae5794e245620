//! `shanhai communities`: groups of closely linked entities (Louvain).

use super::output::{json, range_note, shown_of, with_range, Format, GraphArgs, Table};
use super::Outcome;
use shanhai::graph::{algo, KGraph};
use shanhai::model::EntityType;
use shanhai::model::RelationKind;
use shanhai::store::Store;
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  shanhai communities --min-size 3
  shanhai communities --until 2021-12 -f json")]
pub struct Args {
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Hide communities smaller than this.
    #[arg(long, default_value_t = 2)]
    pub min_size: usize,
    /// Members listed per community (strongest first) in table output.
    #[arg(long, default_value_t = 12)]
    pub members: usize,
    /// At most this many communities.
    #[arg(short = 'n', long, default_value_t = 30)]
    pub limit: usize,
    #[arg(short = 'f', long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(serde::Serialize)]
struct Member {
    id: i64,
    name: String,
    #[serde(rename = "type")]
    etype: EntityType,
    strength: f64,
}

#[derive(serde::Serialize)]
struct Community {
    community: usize,
    size: usize,
    members: Vec<Member>,
}

/// Finds communities (Louvain) in the (dated) co-occurrence graph and lists the largest.
pub fn run(store: &Store, args: Args) -> anyhow::Result<Outcome> {
    let range = args.graph.dates.range()?;
    let mut opts = args.graph.weight.load_options();
    opts.located_in = false;
    if !opts.measure.non_negative() {
        anyhow::bail!(
            "community detection needs non-negative weights; use --measure count, association, jaccard or cosine"
        );
    }
    let kg = KGraph::load_all_in(store, opts, &range)?;
    let mut list = communities(&kg, args.min_size);
    let total = list.len();
    list.truncate(args.limit);
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        json(
            &mut out,
            &with_range(
                serde_json::json!({"total": total, "shown": list.len(), "communities": list}),
                &range,
            ),
        )?;
        return Ok(Outcome::found(total > 0));
    }
    if args.format == Format::Table {
        let line = shown_of(list.len(), total, "community", "communities");
        writeln!(
            out,
            "{line} of {} or more entities{}",
            args.min_size,
            range_note(&range)
        )?;
    }
    write_rows(list, args.members, args.format, &mut out)?;
    Ok(Outcome::found(total > 0))
}

/// The Louvain communities of at least `min_size` members, in community order, strongest member first.
fn communities(kg: &KGraph, min_size: usize) -> Vec<Community> {
    let comm = algo::louvain(kg);
    let mut groups: BTreeMap<usize, Vec<Member>> = BTreeMap::new();
    for (ix, c) in &comm {
        let n = &kg.g[*ix];
        let strength =
            kg.g.edges(*ix)
                .filter(|e| e.weight().kind == RelationKind::Cooccurs)
                .map(|e| e.weight().weight)
                .sum();
        groups.entry(*c).or_default().push(Member {
            id: n.id,
            name: n.name.clone(),
            etype: n.etype,
            strength,
        });
    }
    groups
        .into_iter()
        .filter(|(_, m)| m.len() >= min_size)
        .map(|(c, mut members)| {
            members.sort_by(|x, y| y.strength.total_cmp(&x.strength).then(x.id.cmp(&y.id)));
            Community {
                community: c + 1,
                size: members.len(),
                members,
            }
        })
        .collect()
}

/// The communities as a table or TSV, each with its first `members` members.
fn write_rows(
    list: Vec<Community>,
    members: usize,
    format: Format,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let mut t = Table::new(&["community", "size", "members"]);
    for c in list {
        let shown: Vec<String> = c
            .members
            .iter()
            .take(members)
            .map(|m| format!("{}({})", m.name, m.etype))
            .collect();
        let more = if c.size > shown.len() {
            format!(" …+{}", c.size - shown.len())
        } else {
            String::new()
        };
        t.push(vec![
            c.community.to_string(),
            c.size.to_string(),
            format!("{}{more}", shown.join("、")),
        ]);
    }
    Ok(t.write(format, out)?)
}
