//! `shanhai export`: mentions as JSON Lines, the graph as DOT, GraphML,
//! GEXF, Neo4j CSV or Cytoscape JSON.

use super::output::{DateArgs, GraphArgs};
use super::Outcome;
use shanhai::export::{self, DotOptions, NodeAttrs, Prune};
use shanhai::graph::{self, KGraph};
use shanhai::model::EntityType;
use shanhai::store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Mentions as JSON Lines in the prediction format of ANNOTATION.md:
    /// one line per document, `doc` = file name.
    Mentions {
        #[command(flatten)]
        dates: DateArgs,
        /// Write here instead of stdout.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// GraphViz DOT: shape and colour per type, legend, width by weight.
    /// Render with `dot -Tsvg FILE -o out.svg` (layout is set in the file).
    Dot {
        #[command(flatten)]
        graph: ExportArgs,
        /// Keep nodes left without edges.
        #[arg(long)]
        keep_isolated: bool,
        /// GraphViz layout engine written into the file.
        #[arg(long, default_value = "fdp", value_parser = ["fdp", "sfdp", "neato", "dot", "circo", "twopi"])]
        layout: String,
        /// Write here instead of stdout.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// GraphML (yEd, networkx, Gephi).
    Graphml {
        #[command(flatten)]
        graph: ExportArgs,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// GEXF 1.2 (Gephi).
    Gexf {
        #[command(flatten)]
        graph: ExportArgs,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Neo4j bulk-import CSV: DIR/nodes.csv and DIR/relationships.csv
    /// (`neo4j-admin database import full --nodes=… --relationships=…`).
    Neo4j {
        #[command(flatten)]
        graph: ExportArgs,
        /// Folder for the two files.
        #[arg(short, long, default_value = "neo4j_import")]
        output: PathBuf,
    },
    /// Cytoscape.js JSON: {elements: {nodes, edges}}.
    Cytoscape {
        #[command(flatten)]
        graph: ExportArgs,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// Which part of the graph to export, weighed how, pruned how.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Export the ego network of this entity instead of the whole graph.
    #[arg(long)]
    pub center: Option<String>,
    /// Hops around --center.
    #[arg(long, default_value_t = 1, requires = "center")]
    pub depth: usize,
    /// Settles an ambiguous --center.
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    pub etype: Option<EntityType>,
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Keep only the N most important entities (most mentions, then
    /// degree), before any edge is pruned.
    #[arg(long, value_name = "N")]
    pub top_nodes: Option<usize>,
    /// Keep only the N strongest co-occurrence edges.
    #[arg(long, value_name = "N")]
    pub top_edges: Option<usize>,
    /// Keep only the k-core: entities with at least K co-occurring
    /// neighbors, repeatedly.
    #[arg(long, value_name = "K")]
    pub k_core: Option<usize>,
}

impl ExportArgs {
    fn pruning(&self) -> bool {
        self.graph.weight.min_weight.is_some()
            || self.top_edges.is_some()
            || self.k_core.is_some()
            || self.top_nodes.is_some()
    }

    /// Loads and prunes; reports what was hidden on stderr.
    fn load(
        &self,
        store: &Store,
        drop_isolated: bool,
    ) -> anyhow::Result<(KGraph, String, Option<i64>)> {
        // Load unfiltered so pruning can say how much it hid.
        let mut opts = self.graph.weight.load_options();
        opts.min_weight = None;
        let range = self.graph.dates.range()?;
        let (mut kg, title, keep) = match &self.center {
            Some(name) => {
                let c = graph::resolve_spec(store, name, self.etype)?;
                let kg = KGraph::load_ego_in(store, c.id, self.depth.max(1), opts, true, &range)?;
                if kg.node(c.id).is_none() {
                    eprintln!(
                        "note: {} ({}) is not named in any document {}; the graph is empty",
                        c.name,
                        c.etype,
                        range.describe()
                    );
                }
                if kg.unclosed > 0 {
                    eprintln!(
                        "note: the outermost level has {} entities; edges among them were left out (more than {})",
                        kg.unclosed,
                        graph::MAX_CLOSE
                    );
                }
                let title = format!("{} ({}) · {} hop(s)", c.name, c.etype, self.depth.max(1));
                (kg, title, Some(c.id))
            }
            None => (
                KGraph::load_all_in(store, opts, &range)?,
                "shanhai".to_string(),
                None,
            ),
        };
        let title = if range.is_all() {
            title
        } else {
            format!("{title} · {}", range.describe())
        };
        let prune = Prune {
            min_weight: self.graph.weight.min_weight,
            top_edges: self.top_edges,
            k_core: self.k_core,
            drop_isolated: drop_isolated || self.pruning(),
            keep,
            top_nodes: self.top_nodes,
            ..Prune::default()
        };
        let report = export::prune(&mut kg, &prune);
        // After pruning: only for the edges kept.
        kg.load_evidence_counts(store)?;
        if report.nodes_hidden > 0 || report.edges_hidden > 0 {
            eprintln!("{}", report.summary());
        }
        Ok((kg, title, keep))
    }
}

fn sink(output: &Option<PathBuf>) -> anyhow::Result<Box<dyn Write>> {
    super::output(output.as_deref())
}

fn export_mentions(db: &Path, dates: &DateArgs, output: Option<&Path>) -> anyhow::Result<Outcome> {
    let range = dates.range()?;
    let store = Store::open_read_only(db)?;
    let predictions = store.predictions_in(&range)?;
    let mut out = super::output(output)?;
    for p in &predictions {
        serde_json::to_writer(&mut out, p)?;
        writeln!(out)?;
    }
    out.flush()?;
    if let Some(path) = output {
        eprintln!(
            "wrote {} documents to {}",
            predictions.len(),
            path.display()
        );
    }
    Ok(Outcome::Success)
}

/// Writes the export `cmd` asks for.
pub fn run(db: &Path, cmd: Command) -> anyhow::Result<Outcome> {
    match cmd {
        Command::Mentions { dates, output } => export_mentions(db, &dates, output.as_deref()),
        Command::Dot {
            graph,
            keep_isolated,
            layout,
            output,
        } => export_dot(db, &graph, keep_isolated, &layout, &output),
        Command::Graphml { graph, output } => export_with_attrs(db, &graph, &output, |kg, a, w| {
            Ok(export::write_graphml(kg, a, w)?)
        }),
        Command::Gexf { graph, output } => export_with_attrs(db, &graph, &output, |kg, a, w| {
            Ok(export::write_gexf(kg, a, w)?)
        }),
        Command::Neo4j { graph, output } => export_neo4j(db, &graph, &output),
        Command::Cytoscape { graph, output } => {
            export_with_attrs(db, &graph, &output, |kg, a, w| {
                serde_json::to_writer(&mut *w, &export::cytoscape_json(kg, a))?;
                Ok(writeln!(w)?)
            })
        }
    }
}

/// `export dot`: the drawing, with a warning when it is too big to read.
fn export_dot(
    db: &Path,
    graph: &ExportArgs,
    keep_isolated: bool,
    layout: &str,
    output: &Option<PathBuf>,
) -> anyhow::Result<Outcome> {
    let store = Store::open_read_only(db)?;
    let (kg, title, center) = graph.load(&store, !keep_isolated)?;
    if let Some(w) = export::legibility_warning(kg.g.node_count(), kg.g.edge_count()) {
        eprintln!("{w}");
    }
    let layout: &'static str = match layout {
        "sfdp" => "sfdp",
        "neato" => "neato",
        "dot" => "dot",
        "circo" => "circo",
        "twopi" => "twopi",
        _ => "fdp",
    };
    let mut w = sink(output)?;
    export::write_dot(
        &kg,
        &DotOptions {
            title,
            layout,
            center,
        },
        &mut w,
    )?;
    w.flush()?;
    Ok(Outcome::Success)
}

/// The exports that carry node attributes into one file (GraphML, GEXF,
/// Cytoscape): loads the graph and its attributes, then `write`s them to
/// `output` or stdout.
fn export_with_attrs(
    db: &Path,
    graph: &ExportArgs,
    output: &Option<PathBuf>,
    write: impl FnOnce(&KGraph, &NodeAttrs, &mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<Outcome> {
    let store = Store::open_read_only(db)?;
    let (kg, _, _) = graph.load(&store, false)?;
    let attrs = NodeAttrs::load(&store, &kg)?;
    let mut w = sink(output)?;
    write(&kg, &attrs, &mut w)?;
    w.flush()?;
    Ok(Outcome::Success)
}

/// `export neo4j`: the two CSV files in the folder `output`.
fn export_neo4j(db: &Path, graph: &ExportArgs, output: &Path) -> anyhow::Result<Outcome> {
    let store = Store::open_read_only(db)?;
    let (kg, _, _) = graph.load(&store, false)?;
    let attrs = NodeAttrs::load(&store, &kg)?;
    let [n, r] = export::write_neo4j(&kg, &attrs, output)?;
    eprintln!(
        "wrote {} ({} nodes) and {} ({} relationships)",
        n.display(),
        kg.g.node_count(),
        r.display(),
        kg.g.edge_count()
    );
    Ok(Outcome::Success)
}
