//! Graph queries over the stored graph with petgraph.
//!
//! The store holds raw window counts; every measure is computed here at
//! query time (`measure`), so a user may switch window and measure without
//! re-extracting. Only the part of the graph a question needs is loaded:
//! an ego network by breadth-first search in SQL, a path by bidirectional
//! search, the whole graph for rankings, communities and exports.
//!
//! A date range (`DateRange`, the `_in` loaders) gives the graph of the
//! documents published in it: every count recomputed from them by the
//! store (`Store::dated_graph`), hierarchy kept for the entities they name.
//! Without a bound the `_in` loaders are the plain ones.
//!
//! Here: the graph types (`Node`, `Edge`, `KGraph`) and the whole-graph
//! loaders. Beside it: `measures` (windows and the measures computed from
//! their counts), `ego` (ego networks and `neighbors`), `path` (shortest
//! paths), `algo` (rankings and communities), `resolve` (names to
//! entities).

pub mod algo;
mod ego;
mod measures;
mod path;
pub mod resolve;

use crate::model::{EntityType, RelationKind, WindowCounts};
use crate::store::query::{CorpusTotals, EntityRow, RelationRow};
pub use crate::store::DateRange;
use crate::store::{DatedGraph, Store, StoreError};
use petgraph::graph::{NodeIndex, UnGraph};
use std::collections::{BTreeSet, HashMap};
use thiserror::Error;

pub use ego::{neighbors, relation_labels, Neighbor};
pub use measures::{measure, Measure, Window};
pub use path::{shortest_path, Hop};
pub use resolve::{resolve, resolve_spec, Candidate};

#[derive(Debug, Error)]
pub enum GraphError {
    #[error("no entity named '{name}'{}", suggestion_text(.suggestions))]
    UnknownName {
        name: String,
        suggestions: Vec<Candidate>,
    },
    #[error("'{name}' is ambiguous: {}; pass --type to choose, or write TYPE:NAME", candidate_text(.candidates))]
    Ambiguous {
        name: String,
        candidates: Vec<Candidate>,
    },
    #[error("no path between '{from}' and '{to}' within {max_hops} hops over {edges} edges")]
    NoPath {
        from: String,
        to: String,
        max_hops: usize,
        /// Which edges were searched: "co-occurrence", "hierarchy" or both.
        edges: &'static str,
    },
    #[error("measure {measure} can be negative; use count, association, jaccard or cosine for {purpose}")]
    NegativeWeights {
        measure: Measure,
        purpose: &'static str,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for GraphError {
    fn from(e: rusqlite::Error) -> Self {
        GraphError::Store(StoreError::from(e))
    }
}

fn suggestion_text(s: &[Candidate]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", candidate_text(s))
    }
}

fn candidate_text(c: &[Candidate]) -> String {
    c.iter()
        .map(|c| format!("{} ({})", c.name, c.etype))
        .collect::<Vec<_>>()
        .join(", ")
}

pub type Result<T> = std::result::Result<T, GraphError>;

/// A node: one entity.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Node {
    pub id: i64,
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub name: String,
    pub mentions: i64,
    /// Windows the entity occurs in.
    pub counts: WindowCounts,
}

impl From<EntityRow> for Node {
    fn from(e: EntityRow) -> Node {
        Node {
            id: e.id,
            etype: e.etype,
            name: e.name,
            mentions: e.mention_count,
            counts: e.counts,
        }
    }
}

/// An edge: one stored relation. `source`/`target` are entity ids as
/// stored (for `located_in`, source lies in target).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Edge {
    pub relation_id: i64,
    pub kind: RelationKind,
    pub source: i64,
    pub target: i64,
    /// Shared windows.
    pub counts: WindowCounts,
    /// The chosen measure at the chosen window; 0 for `located_in`.
    pub weight: f64,
    /// Supporting sentences, when loaded.
    pub evidence: Option<i64>,
}

impl Edge {
    pub fn count(&self, w: Window) -> i64 {
        w.of(&self.counts)
    }

    /// The relation read from its end `from`: `cooccurs`, `located_in`
    /// (`from` lies in the other end) or `contains`.
    pub fn label_from(&self, from: i64) -> &'static str {
        match self.kind {
            RelationKind::LocatedIn if self.source != from => "contains",
            kind => kind.as_str(),
        }
    }
}

/// What to load and how to weigh it.
#[derive(Clone, Copy, Debug)]
pub struct LoadOptions {
    pub window: Window,
    pub measure: Measure,
    /// Co-occurrence edges weaker than this are left out.
    pub min_weight: Option<f64>,
    /// Load the hierarchy (located_in) edges.
    pub located_in: bool,
    /// Load the co-occurrence edges.
    pub cooccurs: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            window: Window::Sentence,
            measure: Measure::Count,
            min_weight: None,
            located_in: true,
            cooccurs: true,
        }
    }
}

/// The stored graph, or part of it, in petgraph.
#[derive(Clone, Debug)]
pub struct KGraph {
    pub g: UnGraph<Node, Edge>,
    pub index: HashMap<i64, NodeIndex>,
    pub opts: LoadOptions,
    pub totals: CorpusTotals,
    /// Ego networks: entities of the outermost level whose edges among
    /// themselves were not loaded (too many to close quickly); 0 if none.
    pub unclosed: usize,
    /// The documents counted: all, or those of a date range.
    pub range: DateRange,
}

impl KGraph {
    pub fn empty(opts: LoadOptions, totals: CorpusTotals) -> KGraph {
        KGraph {
            g: UnGraph::default(),
            index: HashMap::new(),
            opts,
            totals,
            unclosed: 0,
            range: DateRange::default(),
        }
    }

    /// The graph of the documents published in `range`: entities named
    /// there (and the places they lie in), every count recomputed from
    /// those documents, a co-occurrence only where they share a window
    /// there. Without a bound, `load_all`.
    pub fn load_all_in(store: &Store, opts: LoadOptions, range: &DateRange) -> Result<KGraph> {
        if range.is_all() {
            return KGraph::load_all(store, opts);
        }
        let dated = store.dated_graph(range, opts.window.col())?;
        Ok(KGraph::from_dated(dated, opts, range))
    }

    fn from_dated(d: DatedGraph, opts: LoadOptions, range: &DateRange) -> KGraph {
        let mut kg = KGraph::empty(opts, d.totals);
        kg.range = range.clone();
        for e in d.entities {
            kg.add_node(e.into());
        }
        for r in &d.relations {
            kg.add_relation(r);
        }
        kg
    }

    /// The whole stored graph. Evidence counts are not loaded (see
    /// `load_evidence_counts`).
    pub fn load_all(store: &Store, opts: LoadOptions) -> Result<KGraph> {
        let totals = store.corpus_totals()?;
        let mut kg = KGraph::empty(opts, totals);
        for e in store.all_entities()? {
            kg.add_node(e.into());
        }
        for r in store.all_relations(opts.window.col())? {
            kg.add_relation(&r);
        }
        Ok(kg)
    }

    /// Fills `Edge::evidence`: per edge for small graphs, in one pass over
    /// relation_evidence for large ones.
    pub fn load_evidence_counts(&mut self, store: &Store) -> Result<()> {
        if !self.range.is_all() {
            // The writer stores one evidence sentence per sentence a pair
            // shares, so in a range the evidence is the shared sentences
            // recounted there (tests/graph_dates.rs checks the two agree).
            for e in self.g.edge_weights_mut() {
                e.evidence = Some(match e.kind {
                    RelationKind::Cooccurs => e.counts.sentence,
                    RelationKind::LocatedIn => 0,
                });
            }
            return Ok(());
        }
        let ids: Vec<i64> = self.g.edge_weights().map(|e| e.relation_id).collect();
        let mut counts = HashMap::new();
        if ids.len() > 50_000 {
            counts.extend(store.all_evidence_counts()?);
        } else {
            for chunk in ids.chunks(5000) {
                counts.extend(store.evidence_counts(chunk)?);
            }
        }
        for e in self.g.edge_weights_mut() {
            e.evidence = Some(counts.get(&e.relation_id).copied().unwrap_or(0));
        }
        Ok(())
    }

    pub fn add_node(&mut self, n: Node) -> NodeIndex {
        if let Some(&ix) = self.index.get(&n.id) {
            return ix;
        }
        let id = n.id;
        let ix = self.g.add_node(n);
        self.index.insert(id, ix);
        ix
    }

    /// The weight a relation gets under the options, or `None` when the
    /// options leave it out. `counts` are the ends' window counts if known.
    fn edge_weight_of(&self, r: &RelationRow, counts: Option<(i64, i64)>) -> Option<f64> {
        if r.kind == RelationKind::LocatedIn {
            return self.opts.located_in.then_some(0.0);
        }
        if !self.opts.cooccurs {
            return None;
        }
        let w = self.opts.window;
        let c = w.of(&r.counts);
        if c <= 0 {
            return None;
        }
        let Some((ni, nj)) = counts else {
            // Ends not known yet: only raw counts can be filtered now.
            return match (self.opts.measure, self.opts.min_weight) {
                (Measure::Count, Some(min)) if (c as f64) < min => None,
                _ => Some(c as f64),
            };
        };
        let value = measure(self.opts.measure, c, ni, nj, w.total(&self.totals))?;
        match self.opts.min_weight {
            Some(min) if value < min => None,
            _ => Some(value),
        }
    }

    /// Adds a relation whose ends are loaded; returns false when an end is
    /// missing or the options leave it out.
    pub fn add_relation(&mut self, r: &RelationRow) -> bool {
        let (Some(&a), Some(&b)) = (self.index.get(&r.source), self.index.get(&r.target)) else {
            return false;
        };
        let w = self.opts.window;
        let counts = (w.of(&self.g[a].counts), w.of(&self.g[b].counts));
        let Some(weight) = self.edge_weight_of(r, Some(counts)) else {
            return false;
        };
        self.g.add_edge(
            a,
            b,
            Edge {
                relation_id: r.id,
                kind: r.kind,
                source: r.source,
                target: r.target,
                counts: r.counts,
                weight,
                evidence: None,
            },
        );
        true
    }

    pub fn node(&self, id: i64) -> Option<&Node> {
        self.index.get(&id).map(|&ix| &self.g[ix])
    }

    /// Drops nodes without edges; returns how many.
    pub fn drop_isolated(&mut self, keep: Option<i64>) -> usize {
        let before = self.g.node_count();
        self.g
            .retain_nodes(|g, ix| g.neighbors(ix).next().is_some() || Some(g[ix].id) == keep);
        self.reindex();
        before - self.g.node_count()
    }

    pub fn reindex(&mut self) {
        self.index = self
            .g
            .node_indices()
            .map(|ix| (self.g[ix].id, ix))
            .collect();
    }
}

/// An ego network's outermost level is closed (edges among its members
/// loaded) only up to this many members.
pub const MAX_CLOSE: usize = 5_000;

/// Pairs probed one by one in the index before falling back to fetching
/// whole adjacency lists.
const PROBE_PAIRS: usize = 50_000;

/// Loads into `nodes` the entities among `ids` it does not hold yet, in
/// chunks of 5,000 ids per query.
fn load_missing(
    store: &Store,
    nodes: &mut HashMap<i64, Node>,
    ids: impl IntoIterator<Item = i64>,
) -> Result<()> {
    let missing: BTreeSet<i64> = ids
        .into_iter()
        .filter(|id| !nodes.contains_key(id))
        .collect();
    let missing: Vec<i64> = missing.into_iter().collect();
    for chunk in missing.chunks(5000) {
        for e in store.entities_by_ids(chunk)? {
            nodes.insert(e.id, e.into());
        }
    }
    Ok(())
}
