//! Shortest paths between two entities: by bidirectional breadth-first
//! search in SQL (`explore_between`, loading only the paths it finds), or
//! over the whole (dated) graph when the path is weighted or the counts
//! are those of a date range.

use super::PROBE_PAIRS;
use super::{
    load_missing, DateRange, Edge, GraphError, KGraph, LoadOptions, Measure, Node, Result,
};
use crate::model::RelationKind;
use crate::store::query::RelationRow;
use crate::store::Store;
use petgraph::graph::NodeIndex;
use std::collections::{HashMap, HashSet};

/// One hop of a path.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Hop {
    pub from: Node,
    pub to: Node,
    pub edge: Edge,
}

/// Shortest path between two entities over the edges `opts` loads
/// (co-occurrence passing its filters, hierarchy when `located_in`), in
/// the graph of the documents of `range` (all documents without a bound).
/// Unweighted and without a bound, by bidirectional breadth-first search
/// in SQL; among paths of equal length, the strongest edges win. With
/// `weighted`, the whole graph is loaded and Dijkstra minimises Σ 1/weight
/// instead; in a range, the graph of the range is loaded
/// (`KGraph::load_all_in`).
pub fn shortest_path(
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
    if weighted && !opts.measure.non_negative() {
        return Err(GraphError::NegativeWeights {
            measure: opts.measure,
            purpose: "a weighted path",
        });
    }
    let kg = if !weighted && range.is_all() {
        explore_between(store, from.id, to.id, opts, max_hops)?.ok_or_else(no_path)?
    } else {
        KGraph::load_all_in(store, opts, range)?
    };
    let (Some(&a), Some(&b)) = (kg.index.get(&from.id), kg.index.get(&to.id)) else {
        return Err(no_path());
    };
    let cost = HopCost::of_graph(&kg, weighted);
    let (_, nodes) = petgraph::algo::astar(&kg.g, a, |n| n == b, |e| cost.of(e.weight()), |_| 0.0)
        .ok_or_else(no_path)?;
    if !weighted && nodes.len() - 1 > max_hops {
        return Err(no_path());
    }
    Ok(hops_along(&kg, &nodes, &cost))
}

/// The cost of a hop for the path search: `max_w / weight` when
/// weighted; otherwise one per hop, with a whisper of `1/weight` that
/// breaks ties towards stronger edges.
struct HopCost {
    /// The heaviest edge weight in the graph (at least the smallest
    /// positive number).
    max_w: f64,
    weighted: bool,
}

impl HopCost {
    fn of_graph(kg: &KGraph, weighted: bool) -> HopCost {
        let max_w =
            kg.g.edge_weights()
                .map(|e| e.weight)
                .fold(f64::MIN_POSITIVE, f64::max);
        HopCost { max_w, weighted }
    }

    fn of(&self, e: &Edge) -> f64 {
        // A hierarchy edge is certain: as cheap as the strongest edge.
        let w = match e.kind {
            RelationKind::LocatedIn => self.max_w,
            RelationKind::Cooccurs => e.weight.max(1e-12),
        };
        if self.weighted {
            self.max_w / w
        } else {
            1.0 + 1e-6 * (self.max_w / w).min(1e6) / 1e6
        }
    }
}

/// The hops along `nodes`, each by the cheapest edge between its ends.
fn hops_along(kg: &KGraph, nodes: &[NodeIndex], cost: &HopCost) -> Vec<Hop> {
    nodes
        .windows(2)
        .map(|pair| {
            let (u, v) = (pair[0], pair[1]);
            let edge =
                kg.g.edges_connecting(u, v)
                    .map(|e| e.weight())
                    .min_by(|x, y| cost.of(x).total_cmp(&cost.of(y)))
                    .expect("edge on path");
            Hop {
                from: kg.g[u].clone(),
                to: kg.g[v].clone(),
                edge: edge.clone(),
            }
        })
        .collect()
}

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
    let Some(mut search) = Between::start(store, a, b, opts)? else {
        return Ok(None);
    };
    let crossing = loop {
        if search.frontier[0].is_empty() || search.frontier[1].is_empty() {
            return Ok(None);
        }
        if let Some(rows) = search.probe()? {
            break rows;
        }
        if search.dist[0] + search.dist[1] + 1 >= max_hops {
            return Ok(None);
        }
        let rows = search.expand()?;
        if !rows.is_empty() {
            break rows;
        }
    };
    search.subgraph(&crossing).map(Some)
}

/// The state of `explore_between`: one breadth-first tree per end (side 0
/// grows from `a`, side 1 from `b`), their frontiers and depths.
struct Between<'s> {
    store: &'s Store,
    /// Empty, with the options and totals: weighs the relations found.
    kg: KGraph,
    /// The entities loaded: both ends, then (when a measure needs them)
    /// the ends of every relation fetched.
    nodes: HashMap<i64, Node>,
    /// Per side: entity → the relation it was reached by (None at the root).
    parent: [HashMap<i64, Option<RelationRow>>; 2],
    frontier: [Vec<i64>; 2],
    dist: [usize; 2],
    /// Whether filtering by --min-weight needs the ends' counts (a measure
    /// other than the raw count).
    need_counts: bool,
}

impl<'s> Between<'s> {
    /// The search before its first round; `None` when an end is not stored.
    fn start(store: &'s Store, a: i64, b: i64, opts: LoadOptions) -> Result<Option<Between<'s>>> {
        let mut nodes = HashMap::new();
        load_missing(store, &mut nodes, [a, b])?;
        if nodes.len() < 2 {
            return Ok(None);
        }
        Ok(Some(Between {
            store,
            kg: KGraph::empty(opts, store.corpus_totals()?),
            nodes,
            parent: [HashMap::from([(a, None)]), HashMap::from([(b, None)])],
            frontier: [vec![a], vec![b]],
            dist: [0, 0],
            need_counts: opts.min_weight.is_some() && opts.measure != Measure::Count,
        }))
    }

    /// Whether a relation passes the options (its ends' counts known when
    /// the measure needs them).
    fn passes(&self, r: &RelationRow) -> bool {
        if !self.need_counts || r.kind != RelationKind::Cooccurs {
            return self.kg.edge_weight_of(r, None).is_some();
        }
        let w = self.kg.opts.window;
        match (self.nodes.get(&r.source), self.nodes.get(&r.target)) {
            (Some(s), Some(t)) => self
                .kg
                .edge_weight_of(r, Some((w.of(&s.counts), w.of(&t.counts))))
                .is_some(),
            _ => false,
        }
    }

    /// `rows` that pass the options, after loading their ends if the
    /// measure needs them.
    fn passing(&mut self, rows: Vec<RelationRow>) -> Result<Vec<RelationRow>> {
        if self.need_counts {
            let ends = rows.iter().flat_map(|r| [r.source, r.target]);
            load_missing(self.store, &mut self.nodes, ends)?;
        }
        Ok(rows.into_iter().filter(|r| self.passes(r)).collect())
    }

    /// The passing edges between the two frontiers, probed in the index
    /// when the frontiers are small enough; `None` when there is none or
    /// they were too big to probe.
    fn probe(&mut self) -> Result<Option<Vec<RelationRow>>> {
        if self.frontier[0].len() * self.frontier[1].len() > PROBE_PAIRS {
            return Ok(None);
        }
        let rows = self
            .store
            .relations_among(&self.frontier[0], &self.frontier[1])?;
        let rows = self.passing(rows)?;
        Ok((!rows.is_empty()).then_some(rows))
    }

    /// Expands the frontier with the smaller degree sum by one level.
    /// Returns the passing edges that reach the other frontier; when there
    /// are some, the search is over and the frontier stays as it was.
    fn expand(&mut self) -> Result<Vec<RelationRow>> {
        let s = if self.store.degree_sum(&self.frontier[0])?
            <= self.store.degree_sum(&self.frontier[1])?
        {
            0
        } else {
            1
        };
        let rows = self
            .store
            .relations_touching(&self.frontier[s], self.kg.opts.window.col())?;
        let rows = self.passing(rows)?;
        let here: HashSet<i64> = self.frontier[s].iter().copied().collect();
        let there: HashSet<i64> = self.frontier[1 - s].iter().copied().collect();
        let mut next = Vec::new();
        let mut cross = Vec::new();
        for r in rows {
            let other = match (here.contains(&r.source), here.contains(&r.target)) {
                (true, false) => r.target,
                (false, true) => r.source,
                _ => continue,
            };
            if there.contains(&other) {
                cross.push(r);
            } else if let std::collections::hash_map::Entry::Vacant(v) = self.parent[s].entry(other)
            {
                v.insert(Some(r));
                next.push(other);
            }
        }
        if cross.is_empty() {
            next.sort_unstable();
            self.frontier[s] = next;
            self.dist[s] += 1;
        }
        Ok(cross)
    }

    /// The subgraph of the paths found: each crossing edge and the tree
    /// paths from its ends back to the roots.
    fn subgraph(mut self, crossing: &[RelationRow]) -> Result<KGraph> {
        let mut relations: Vec<RelationRow> = Vec::new();
        let mut ids: HashSet<i64> = HashSet::new();
        for r in crossing {
            for end in [r.source, r.target] {
                let side = if self.parent[0].contains_key(&end) && self.frontier[0].contains(&end) {
                    0
                } else {
                    1
                };
                self.tree_path(side, end, &mut ids, &mut relations);
            }
            relations.push(r.clone());
        }
        let mut ids: Vec<i64> = ids.into_iter().collect();
        ids.sort_unstable();
        load_missing(self.store, &mut self.nodes, ids.iter().copied())?;
        for id in ids {
            if let Some(n) = self.nodes.remove(&id) {
                self.kg.add_node(n);
            }
        }
        relations.sort_by_key(|r| r.id);
        relations.dedup_by_key(|r| r.id);
        for r in &relations {
            self.kg.add_relation(r);
        }
        Ok(self.kg)
    }

    /// Adds to `ids` and `relations` the entities and relations on the
    /// tree path of `side` from `end` back to its root.
    fn tree_path(
        &self,
        side: usize,
        end: i64,
        ids: &mut HashSet<i64>,
        relations: &mut Vec<RelationRow>,
    ) {
        let mut at = end;
        ids.insert(at);
        while let Some(Some(rel)) = self.parent[side].get(&at) {
            at = if rel.source == at {
                rel.target
            } else {
                rel.source
            };
            relations.push(rel.clone());
            ids.insert(at);
        }
    }
}
