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

pub mod algo;
pub mod resolve;

use crate::model::{EntityType, RelationKind, WindowCounts};
use crate::store::query::{CorpusTotals, EntityRow, RelationRow, WindowCol};
pub use crate::store::DateRange;
use crate::store::{DatedGraph, Store, StoreError};
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use std::collections::{HashMap, HashSet};
use std::fmt;
use thiserror::Error;

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

/// The co-occurrence window: in how many sentences, paragraphs or
/// documents two entities occur together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Window {
    #[default]
    Sentence,
    Paragraph,
    Document,
}

impl Window {
    pub const ALL: [Window; 3] = [Window::Sentence, Window::Paragraph, Window::Document];

    pub fn as_str(self) -> &'static str {
        match self {
            Window::Sentence => "sentence",
            Window::Paragraph => "paragraph",
            Window::Document => "document",
        }
    }
    /// The relation column counting this window.
    pub fn col(self) -> WindowCol {
        match self {
            Window::Sentence => WindowCol::Sentence,
            Window::Paragraph => WindowCol::Paragraph,
            Window::Document => WindowCol::Document,
        }
    }
    /// The count of this window among `c`.
    pub fn of(self, c: &WindowCounts) -> i64 {
        self.col().of(c)
    }
    pub fn total(self, t: &CorpusTotals) -> i64 {
        match self {
            Window::Sentence => t.sentences,
            Window::Paragraph => t.paragraphs,
            Window::Document => t.documents,
        }
    }
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How strongly two entities are linked, from the window counts; each
/// measure's formula is its `describe()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    #[default]
    Count,
    Association,
    Jaccard,
    Cosine,
    Pmi,
    Npmi,
}

impl Measure {
    pub const ALL: [Measure; 6] = [
        Measure::Count,
        Measure::Association,
        Measure::Jaccard,
        Measure::Cosine,
        Measure::Pmi,
        Measure::Npmi,
    ];

    /// What the measure computes from the shared windows `c`, the ends'
    /// windows `ni`, `nj` and all windows `n` (the `--help` of
    /// `--measure`).
    pub fn describe(self) -> &'static str {
        match self {
            Measure::Count => "Raw number of shared windows",
            Measure::Association => "Association strength c/(ni·nj), as VOSviewer",
            Measure::Jaccard => "c/(ni + nj − c)",
            Measure::Cosine => "c/√(ni·nj)",
            Measure::Pmi => "ln(c·n/(ni·nj))",
            Measure::Npmi => "PMI / −ln(c/n), in [−1, 1]",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Count => "count",
            Measure::Association => "association",
            Measure::Jaccard => "jaccard",
            Measure::Cosine => "cosine",
            Measure::Pmi => "pmi",
            Measure::Npmi => "npmi",
        }
    }
    /// Whether the measure is never negative (usable as a flow weight).
    pub fn non_negative(self) -> bool {
        !matches!(self, Measure::Pmi | Measure::Npmi)
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The measure of a pair that shares `c` windows, of which the two ends
/// occur in `ni` and `nj` out of `n`. `None` when undefined (no shared
/// window, or an end that occurs nowhere). Same formulas as the
/// `cooccurrence_measures` view.
pub fn measure(m: Measure, c: i64, ni: i64, nj: i64, n: i64) -> Option<f64> {
    if c <= 0 || ni <= 0 || nj <= 0 {
        return None;
    }
    let (c, ni, nj, n) = (c as f64, ni as f64, nj as f64, n as f64);
    Some(match m {
        Measure::Count => c,
        Measure::Association => c / (ni * nj),
        Measure::Jaccard => c / (ni + nj - c),
        Measure::Cosine => c / (ni * nj).sqrt(),
        Measure::Pmi => {
            if n <= 0.0 {
                return None;
            }
            (c * n / (ni * nj)).ln()
        }
        Measure::Npmi => {
            if n <= 0.0 {
                return None;
            }
            if c >= n {
                1.0
            } else {
                (c * n / (ni * nj)).ln() / -(c / n).ln()
            }
        }
    })
}

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

    /// `load_ego` over the documents of `range`: the ego network is cut
    /// from the graph of the range (`load_all_in`). Without a bound,
    /// `load_ego`.
    pub fn load_ego_in(
        store: &Store,
        center: i64,
        depth: usize,
        opts: LoadOptions,
        close: bool,
        range: &DateRange,
    ) -> Result<KGraph> {
        if range.is_all() {
            return KGraph::load_ego(store, center, depth, opts, close);
        }
        Ok(KGraph::load_all_in(store, opts, range)?.ego(center, depth, close))
    }

    /// The ego network of `center` in this graph, as `load_ego` gives it
    /// from the store: every entity within `depth` hops and the edges among
    /// them, those among the outermost level only with `close`. Empty when
    /// `center` is not in the graph.
    pub fn ego(&self, center: i64, depth: usize, close: bool) -> KGraph {
        let mut out = KGraph::empty(self.opts, self.totals);
        out.range = self.range.clone();
        let Some(&start) = self.index.get(&center) else {
            return out;
        };
        let mut dist: HashMap<NodeIndex, usize> = HashMap::from([(start, 0)]);
        let mut frontier = vec![start];
        for d in 1..=depth {
            let mut next = Vec::new();
            for &u in &frontier {
                for v in self.g.neighbors(u) {
                    if let std::collections::hash_map::Entry::Vacant(e) = dist.entry(v) {
                        e.insert(d);
                        next.push(v);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            frontier = next;
        }
        let mut nodes: Vec<NodeIndex> = dist.keys().copied().collect();
        nodes.sort_by_key(|&ix| self.g[ix].id);
        for ix in nodes {
            out.add_node(self.g[ix].clone());
        }
        let mut edges: Vec<&Edge> = self
            .g
            .edge_references()
            .filter(|e| match (dist.get(&e.source()), dist.get(&e.target())) {
                (Some(&a), Some(&b)) => close || a < depth || b < depth,
                _ => false,
            })
            .map(|e| e.weight())
            .collect();
        edges.sort_by_key(|e| e.relation_id);
        for e in edges {
            let (a, b) = (out.index[&e.source], out.index[&e.target]);
            out.g.add_edge(a, b, e.clone());
        }
        out
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

    /// The ego network of `center`: every entity within `depth` hops over
    /// the edges that pass the options, found level by level in SQL. With
    /// `close`, edges among the outermost level are loaded too. Evidence
    /// counts are not loaded (see `load_evidence_counts`).
    pub fn load_ego(
        store: &Store,
        center: i64,
        depth: usize,
        opts: LoadOptions,
        close: bool,
    ) -> Result<KGraph> {
        let totals = store.corpus_totals()?;
        let mut kg = KGraph::empty(opts, totals);
        let mut nodes: HashMap<i64, Node> = HashMap::new();
        for e in store.entities_by_ids(&[center])? {
            nodes.insert(e.id, e.into());
        }
        let mut seen: HashSet<i64> = nodes.keys().copied().collect();
        let mut relations: HashMap<i64, RelationRow> = HashMap::new();
        let w = opts.window;
        let mut frontier = vec![center];
        for level in 0..=depth {
            if frontier.is_empty() || (level == depth && !close) {
                break;
            }
            if level == depth && frontier.len() > MAX_CLOSE {
                kg.unclosed = frontier.len();
                break;
            }
            let rows = if level == depth && frontier.len() * frontier.len() <= PROBE_PAIRS {
                // Closing edges among the outermost level only.
                store.relations_among(&frontier, &frontier)?
            } else {
                store.relations_touching(&frontier, opts.window.col())?
            };
            if level < depth {
                let missing: Vec<i64> = rows
                    .iter()
                    .flat_map(|r| [r.source, r.target])
                    .filter(|id| !nodes.contains_key(id))
                    .collect::<HashSet<_>>()
                    .into_iter()
                    .collect();
                for chunk in missing.chunks(5000) {
                    for e in store.entities_by_ids(chunk)? {
                        nodes.insert(e.id, e.into());
                    }
                }
            }
            let mut next = Vec::new();
            for r in rows {
                let (Some(ns), Some(nt)) = (nodes.get(&r.source), nodes.get(&r.target)) else {
                    continue;
                };
                if kg
                    .edge_weight_of(&r, Some((w.of(&ns.counts), w.of(&nt.counts))))
                    .is_none()
                {
                    continue;
                }
                let other = if seen.contains(&r.source) && !seen.contains(&r.target) {
                    r.target
                } else if seen.contains(&r.target) && !seen.contains(&r.source) {
                    r.source
                } else {
                    relations.insert(r.id, r);
                    continue;
                };
                if level == depth {
                    continue; // closing edges only
                }
                seen.insert(other);
                next.push(other);
                relations.insert(r.id, r);
            }
            next.sort_unstable();
            frontier = next;
        }
        nodes.retain(|id, _| seen.contains(id));
        // Need the counts of every node to weigh the edges: add nodes first.
        let mut ids: Vec<i64> = nodes.keys().copied().collect();
        ids.sort_unstable();
        for id in ids {
            let n = nodes.remove(&id).expect("node");
            kg.add_node(n);
        }
        let mut rels: Vec<RelationRow> = relations.into_values().collect();
        rels.sort_by_key(|r| r.id);
        for r in &rels {
            kg.add_relation(r);
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

/// One row of `neighbors`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Neighbor {
    pub id: i64,
    pub name: String,
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub depth: usize,
    /// The entity it is reached from (the center at depth 1).
    pub via: String,
    pub kind: RelationKind,
    /// For located_in: "in" when the neighbor lies in `via`, "contains"
    /// when `via` lies in it.
    pub direction: Option<&'static str>,
    /// Every stored relation between `via` and this neighbor, read from
    /// `via`: `cooccurs`, `located_in` (via lies in it) or `contains`.
    pub relations: Vec<&'static str>,
    pub weight: f64,
    pub count: i64,
    pub evidence: i64,
    #[serde(skip)]
    pub relation_id: i64,
}

/// Entities within `depth` hops of `center` in a loaded ego network,
/// nearest and strongest first, optionally of one type.
pub fn neighbors(
    kg: &KGraph,
    center: i64,
    depth: usize,
    etype: Option<EntityType>,
) -> Vec<Neighbor> {
    let Some(&start) = kg.index.get(&center) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut dist: HashMap<NodeIndex, usize> = HashMap::from([(start, 0)]);
    let mut frontier = vec![start];
    for d in 1..=depth {
        // Nothing new was reached: no deeper level can hold anything, so a
        // huge --depth ends here.
        if frontier.is_empty() {
            break;
        }
        // Best edge into each newly reached node from the previous level.
        let mut best: HashMap<NodeIndex, (NodeIndex, petgraph::graph::EdgeIndex)> = HashMap::new();
        for &u in &frontier {
            for e in kg.g.edges(u) {
                let v = e.target();
                if dist.contains_key(&v) {
                    continue;
                }
                let better = match best.get(&v) {
                    None => true,
                    Some(&(_, old)) => {
                        let (ow, nw) = (&kg.g[old], e.weight());
                        (nw.kind, -nw.weight, nw.relation_id)
                            < (ow.kind, -ow.weight, ow.relation_id)
                    }
                };
                if better {
                    best.insert(v, (u, e.id()));
                }
            }
        }
        let mut next: Vec<NodeIndex> = best.keys().copied().collect();
        next.sort_by_key(|ix| kg.g[*ix].id);
        for &v in &next {
            dist.insert(v, d);
            let (u, e) = best[&v];
            let edge = &kg.g[e];
            let node = &kg.g[v];
            if etype.is_some_and(|t| t != node.etype) {
                continue;
            }
            let direction =
                (edge.kind == RelationKind::LocatedIn).then_some(if edge.source == node.id {
                    "in"
                } else {
                    "contains"
                });
            let relations = relation_labels(kg, u, v);
            out.push(Neighbor {
                id: node.id,
                name: node.name.clone(),
                etype: node.etype,
                depth: d,
                via: kg.g[u].name.clone(),
                kind: edge.kind,
                direction,
                relations,
                weight: edge.weight,
                count: edge.count(kg.opts.window),
                evidence: edge.evidence.unwrap_or(0),
                relation_id: edge.relation_id,
            });
        }
        frontier = next;
    }
    out.sort_by(|a, b| {
        a.depth
            .cmp(&b.depth)
            .then(a.kind.cmp(&b.kind))
            .then(b.weight.total_cmp(&a.weight))
            .then(b.count.cmp(&a.count))
            .then(a.id.cmp(&b.id))
    });
    out
}

/// The relations between `from` and `to`, read from `from`: `cooccurs`,
/// `located_in` (from lies in to), `contains` (to lies in from); hierarchy
/// first.
pub fn relation_labels(kg: &KGraph, from: NodeIndex, to: NodeIndex) -> Vec<&'static str> {
    let from_id = kg.g[from].id;
    let mut v: Vec<&'static str> =
        kg.g.edges_connecting(from, to)
            .map(|e| e.weight().label_from(from_id))
            .collect();
    v.sort_by_key(|l| (*l == RelationKind::Cooccurs.as_str(), *l));
    v.dedup();
    v
}

/// One hop of a path.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Hop {
    pub from: Node,
    pub to: Node,
    pub edge: Edge,
}

/// Shortest path between two entities over the edges `opts` loads
/// (co-occurrence passing its filters, hierarchy when `located_in`), by bidirectional breadth-first search in SQL; among
/// paths of equal length, the strongest edges win. With `weighted`, the
/// whole graph is loaded and Dijkstra minimises Σ 1/weight instead.
pub fn shortest_path(
    store: &Store,
    from: &Node,
    to: &Node,
    opts: LoadOptions,
    max_hops: usize,
    weighted: bool,
) -> Result<Vec<Hop>> {
    shortest_path_in(
        store,
        from,
        to,
        opts,
        max_hops,
        weighted,
        &DateRange::default(),
    )
}

/// `shortest_path` over the graph of the documents of `range`
/// (`KGraph::load_all_in`); without a bound, `shortest_path`.
pub fn shortest_path_in(
    store: &Store,
    from: &Node,
    to: &Node,
    opts: LoadOptions,
    max_hops: usize,
    weighted: bool,
    range: &DateRange,
) -> Result<Vec<Hop>> {
    let no_path = || GraphError::NoPath {
        from: from.name.clone(),
        to: to.name.clone(),
        max_hops,
        edges: match (opts.cooccurs, opts.located_in) {
            (true, true) => "co-occurrence and hierarchy (located_in)",
            (false, true) => "hierarchy (located_in)",
            _ => "co-occurrence",
        },
    };
    if from.id == to.id {
        return Ok(Vec::new());
    }
    let kg = if weighted {
        if !opts.measure.non_negative() {
            return Err(GraphError::NegativeWeights {
                measure: opts.measure,
                purpose: "a weighted path",
            });
        }
        KGraph::load_all_in(store, opts, range)?
    } else if range.is_all() {
        explore_between(store, from.id, to.id, opts, max_hops)?.ok_or_else(no_path)?
    } else {
        KGraph::load_all_in(store, opts, range)?
    };
    let (Some(&a), Some(&b)) = (kg.index.get(&from.id), kg.index.get(&to.id)) else {
        return Err(no_path());
    };
    let max_w =
        kg.g.edge_weights()
            .map(|e| e.weight)
            .fold(f64::MIN_POSITIVE, f64::max);
    let cost = |e: petgraph::graph::EdgeReference<'_, Edge>| -> f64 {
        // A hierarchy edge is certain: as cheap as the strongest edge.
        let w = match e.weight().kind {
            RelationKind::LocatedIn => max_w,
            RelationKind::Cooccurs => e.weight().weight.max(1e-12),
        };
        if weighted {
            max_w / w
        } else {
            // One per hop; a whisper of 1/weight breaks ties.
            1.0 + 1e-6 * (max_w / w).min(1e6) / 1e6
        }
    };
    let (_, nodes) =
        petgraph::algo::astar(&kg.g, a, |n| n == b, cost, |_| 0.0).ok_or_else(no_path)?;
    if !weighted && nodes.len() - 1 > max_hops {
        return Err(no_path());
    }
    let mut hops = Vec::new();
    for pair in nodes.windows(2) {
        let (u, v) = (pair[0], pair[1]);
        let e =
            kg.g.edges_connecting(u, v)
                .min_by(|x, y| cost(*x).total_cmp(&cost(*y)))
                .expect("edge on path");
        hops.push(Hop {
            from: kg.g[u].clone(),
            to: kg.g[v].clone(),
            edge: e.weight().clone(),
        });
    }
    Ok(hops)
}

/// An ego network's outermost level is closed (edges among its members
/// loaded) only up to this many members.
pub const MAX_CLOSE: usize = 5_000;

/// Pairs probed one by one in the index before falling back to fetching
/// whole adjacency lists.
const PROBE_PAIRS: usize = 50_000;

/// Bidirectional BFS in SQL. Each round first probes the index for edges
/// between the two frontiers (a path of length dA + dB + 1, the shortest
/// possible now); failing that, it expands the frontier with the smaller
/// degree sum. Hubs are thus rarely expanded. Returns the subgraph of the
/// BFS-tree paths joined by every crossing edge found, or `None`.
fn explore_between(
    store: &Store,
    a: i64,
    b: i64,
    opts: LoadOptions,
    max_hops: usize,
) -> Result<Option<KGraph>> {
    let totals = store.corpus_totals()?;
    let mut kg = KGraph::empty(opts, totals);
    let w = opts.window;
    let need_counts = opts.min_weight.is_some() && opts.measure != Measure::Count;
    let mut nodes: HashMap<i64, Node> = HashMap::new();
    for e in store.entities_by_ids(&[a, b])? {
        nodes.insert(e.id, e.into());
    }
    if nodes.len() < 2 {
        return Ok(None);
    }
    // Per side: entity → the relation it was reached by (None at the root).
    let mut parent: [HashMap<i64, Option<RelationRow>>; 2] =
        [HashMap::from([(a, None)]), HashMap::from([(b, None)])];
    let mut frontier: [Vec<i64>; 2] = [vec![a], vec![b]];
    let mut dist = [0usize; 2];
    let passes = |kg: &KGraph, nodes: &HashMap<i64, Node>, r: &RelationRow| -> bool {
        if !need_counts || r.kind != RelationKind::Cooccurs {
            return kg.edge_weight_of(r, None).is_some();
        }
        match (nodes.get(&r.source), nodes.get(&r.target)) {
            (Some(s), Some(t)) => kg
                .edge_weight_of(r, Some((w.of(&s.counts), w.of(&t.counts))))
                .is_some(),
            _ => false,
        }
    };
    let fetch = |store: &Store, nodes: &mut HashMap<i64, Node>, ids: Vec<i64>| -> Result<()> {
        let missing: Vec<i64> = ids
            .into_iter()
            .filter(|id| !nodes.contains_key(id))
            .collect();
        for chunk in missing.chunks(5000) {
            for e in store.entities_by_ids(chunk)? {
                nodes.insert(e.id, e.into());
            }
        }
        Ok(())
    };
    let crossing: Vec<RelationRow> = loop {
        if frontier[0].is_empty() || frontier[1].is_empty() {
            return Ok(None);
        }
        if frontier[0].len() * frontier[1].len() <= PROBE_PAIRS {
            let rows = store.relations_among(&frontier[0], &frontier[1])?;
            if need_counts {
                fetch(
                    store,
                    &mut nodes,
                    rows.iter().flat_map(|r| [r.source, r.target]).collect(),
                )?;
            }
            let rows: Vec<RelationRow> = rows
                .into_iter()
                .filter(|r| passes(&kg, &nodes, r))
                .collect();
            if !rows.is_empty() {
                break rows;
            }
        }
        if dist[0] + dist[1] + 1 >= max_hops {
            return Ok(None);
        }
        let s = if store.degree_sum(&frontier[0])? <= store.degree_sum(&frontier[1])? {
            0
        } else {
            1
        };
        let rows = store.relations_touching(&frontier[s], opts.window.col())?;
        if need_counts {
            fetch(
                store,
                &mut nodes,
                rows.iter().flat_map(|r| [r.source, r.target]).collect(),
            )?;
        }
        let here: HashSet<i64> = frontier[s].iter().copied().collect();
        let there: HashSet<i64> = frontier[1 - s].iter().copied().collect();
        let mut next = Vec::new();
        let mut cross = Vec::new();
        for r in rows {
            if !passes(&kg, &nodes, &r) {
                continue;
            }
            let other = match (here.contains(&r.source), here.contains(&r.target)) {
                (true, false) => r.target,
                (false, true) => r.source,
                _ => continue,
            };
            if there.contains(&other) {
                cross.push(r);
                continue;
            }
            if let std::collections::hash_map::Entry::Vacant(v) = parent[s].entry(other) {
                v.insert(Some(r));
                next.push(other);
            }
        }
        if !cross.is_empty() {
            break cross;
        }
        next.sort_unstable();
        frontier[s] = next;
        dist[s] += 1;
    };
    // The subgraph: each crossing edge and the tree paths of its ends.
    let mut relations: Vec<RelationRow> = Vec::new();
    let mut ids: HashSet<i64> = HashSet::new();
    for r in &crossing {
        for end in [r.source, r.target] {
            let side = if parent[0].contains_key(&end) && frontier[0].contains(&end) {
                0
            } else {
                1
            };
            let mut at = end;
            ids.insert(at);
            while let Some(Some(rel)) = parent[side].get(&at) {
                let up = if rel.source == at {
                    rel.target
                } else {
                    rel.source
                };
                relations.push(rel.clone());
                at = up;
                ids.insert(at);
            }
        }
        relations.push(r.clone());
    }
    let mut ids: Vec<i64> = ids.into_iter().collect();
    ids.sort_unstable();
    fetch(store, &mut nodes, ids.clone())?;
    for id in ids {
        if let Some(n) = nodes.remove(&id) {
            kg.add_node(n);
        }
    }
    relations.sort_by_key(|r| r.id);
    relations.dedup_by_key(|r| r.id);
    for r in &relations {
        kg.add_relation(r);
    }
    Ok(Some(kg))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn measures_by_hand() {
        // c = 1 shared sentence, ni = 4, nj = 2, n = 12 sentences.
        assert_eq!(measure(Measure::Count, 1, 4, 2, 12), Some(1.0));
        assert!(close(
            measure(Measure::Association, 1, 4, 2, 12).unwrap(),
            0.125
        ));
        assert!(close(measure(Measure::Jaccard, 1, 4, 2, 12).unwrap(), 0.2));
        assert!(close(
            measure(Measure::Cosine, 1, 4, 2, 12).unwrap(),
            1.0 / 8f64.sqrt()
        ));
        assert!(close(
            measure(Measure::Pmi, 1, 4, 2, 12).unwrap(),
            1.5f64.ln()
        ));
        assert!(close(
            measure(Measure::Npmi, 1, 4, 2, 12).unwrap(),
            1.5f64.ln() / 12f64.ln()
        ));
        // Perfect co-occurrence everywhere: NPMI is 1.
        assert_eq!(measure(Measure::Npmi, 5, 5, 5, 5), Some(1.0));
        // Undefined without a shared window.
        assert_eq!(measure(Measure::Jaccard, 0, 4, 2, 12), None);
        assert_eq!(measure(Measure::Pmi, 1, 0, 2, 12), None);
    }

    #[test]
    fn npmi_bounds() {
        for (c, ni, nj, n) in [(1, 1, 1, 10), (8, 9, 9, 10), (3, 3, 7, 10), (2, 5, 5, 100)] {
            let v = measure(Measure::Npmi, c, ni, nj, n).unwrap();
            assert!((-1.0 - 1e-12..=1.0 + 1e-12).contains(&v), "{v}");
        }
        assert!(close(measure(Measure::Npmi, 1, 1, 1, 10).unwrap(), 1.0));
    }
}
