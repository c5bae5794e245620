//! Ego networks: the entities within some hops of one entity, loaded
//! level by level in SQL (`KGraph::load_ego`) or cut from a loaded graph
//! (`KGraph::ego`), and `neighbors`, the rows `shanhai neighbors` and
//! `shanhai show` list from them.

use super::{
    load_missing, DateRange, Edge, KGraph, LoadOptions, Node, Result, MAX_CLOSE, PROBE_PAIRS,
};
use crate::model::{EntityType, RelationKind};
use crate::store::query::RelationRow;
use crate::store::Store;
use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{HashMap, HashSet};

impl KGraph {
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

    /// The ego network of `center`: every entity within `depth` hops over
    /// the edges that pass the options, found level by level in SQL. With
    /// `close`, edges among the outermost level are loaded too (up to
    /// `MAX_CLOSE` members; beyond, `unclosed` says how many were left
    /// open). Evidence counts are not loaded (see `load_evidence_counts`).
    pub fn load_ego(
        store: &Store,
        center: i64,
        depth: usize,
        opts: LoadOptions,
        close: bool,
    ) -> Result<KGraph> {
        let mut kg = KGraph::empty(opts, store.corpus_totals()?);
        let mut ego = EgoLoad::start(store, center)?;
        let mut frontier = vec![center];
        for _ in 0..depth {
            if frontier.is_empty() {
                break;
            }
            let rows = store.relations_touching(&frontier, opts.window.col())?;
            load_missing(
                store,
                &mut ego.nodes,
                rows.iter().flat_map(|r| [r.source, r.target]),
            )?;
            frontier = ego.take(&kg, rows, true);
        }
        if close && !frontier.is_empty() {
            if frontier.len() > MAX_CLOSE {
                kg.unclosed = frontier.len();
            } else {
                let rows = if frontier.len() * frontier.len() <= PROBE_PAIRS {
                    store.relations_among(&frontier, &frontier)?
                } else {
                    store.relations_touching(&frontier, opts.window.col())?
                };
                ego.take(&kg, rows, false);
            }
        }
        ego.add_to(&mut kg);
        Ok(kg)
    }
}

/// What `KGraph::load_ego` has gathered so far: the entities loaded (the
/// ends of every relation fetched, to weigh it), those reached, and the
/// relations kept between reached entities.
struct EgoLoad {
    nodes: HashMap<i64, Node>,
    reached: HashSet<i64>,
    relations: HashMap<i64, RelationRow>,
}

impl EgoLoad {
    /// The search before its first level: only `center` reached.
    fn start(store: &Store, center: i64) -> Result<EgoLoad> {
        let mut nodes = HashMap::new();
        load_missing(store, &mut nodes, [center])?;
        Ok(EgoLoad {
            reached: nodes.keys().copied().collect(),
            nodes,
            relations: HashMap::new(),
        })
    }

    /// Keeps the rows whose ends are loaded and that pass the options. A
    /// row between two reached entities is kept as it is; one that reaches
    /// a new entity is kept, and the entity joins the next level, only
    /// with `grow` (a closing pass adds no entity). Returns the next level
    /// by id.
    fn take(&mut self, kg: &KGraph, rows: Vec<RelationRow>, grow: bool) -> Vec<i64> {
        let w = kg.opts.window;
        let mut next = Vec::new();
        for r in rows {
            let (Some(ns), Some(nt)) = (self.nodes.get(&r.source), self.nodes.get(&r.target))
            else {
                continue;
            };
            if kg
                .edge_weight_of(&r, Some((w.of(&ns.counts), w.of(&nt.counts))))
                .is_none()
            {
                continue;
            }
            let reached = (
                self.reached.contains(&r.source),
                self.reached.contains(&r.target),
            );
            let new_end = match reached {
                (true, false) => r.target,
                (false, true) => r.source,
                _ => {
                    self.relations.insert(r.id, r);
                    continue;
                }
            };
            if grow {
                self.reached.insert(new_end);
                next.push(new_end);
                self.relations.insert(r.id, r);
            }
        }
        next.sort_unstable();
        next
    }

    /// Adds the reached entities, then the kept relations, each by id
    /// (an edge is weighed from its ends' counts, so nodes go first).
    fn add_to(mut self, kg: &mut KGraph) {
        self.nodes.retain(|id, _| self.reached.contains(id));
        let mut nodes: Vec<Node> = self.nodes.into_values().collect();
        nodes.sort_by_key(|n| n.id);
        for n in nodes {
            kg.add_node(n);
        }
        let mut rels: Vec<RelationRow> = self.relations.into_values().collect();
        rels.sort_by_key(|r| r.id);
        for r in &rels {
            kg.add_relation(r);
        }
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
/// nearest and strongest first, optionally of one type. Each is listed
/// once, at the level it is first reached, by its best edge from the level
/// before (`best_edges_into`).
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
    let mut reached: HashSet<NodeIndex> = HashSet::from([start]);
    let mut frontier = vec![start];
    for d in 1..=depth {
        // Nothing new was reached: no deeper level can hold anything, so a
        // huge --depth ends here.
        if frontier.is_empty() {
            break;
        }
        let best = best_edges_into(kg, &frontier, &reached);
        let mut next: Vec<NodeIndex> = best.keys().copied().collect();
        next.sort_by_key(|ix| kg.g[*ix].id);
        for &v in &next {
            reached.insert(v);
            let (u, e) = best[&v];
            if etype.is_none_or(|t| t == kg.g[v].etype) {
                out.push(neighbor_row(kg, u, v, &kg.g[e], d));
            }
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

/// For each entity one hop beyond `frontier` and not yet `reached`, the
/// best edge into it from the frontier and the frontier end it leaves:
/// hierarchy before co-occurrence, then the heavier, then the older
/// relation.
fn best_edges_into(
    kg: &KGraph,
    frontier: &[NodeIndex],
    reached: &HashSet<NodeIndex>,
) -> HashMap<NodeIndex, (NodeIndex, EdgeIndex)> {
    let mut best: HashMap<NodeIndex, (NodeIndex, EdgeIndex)> = HashMap::new();
    for &u in frontier {
        for e in kg.g.edges(u) {
            let v = e.target();
            if reached.contains(&v) {
                continue;
            }
            let better = match best.get(&v) {
                None => true,
                Some(&(_, old)) => {
                    let (ow, nw) = (&kg.g[old], e.weight());
                    (nw.kind, -nw.weight, nw.relation_id) < (ow.kind, -ow.weight, ow.relation_id)
                }
            };
            if better {
                best.insert(v, (u, e.id()));
            }
        }
    }
    best
}

/// The row of `v`, reached at `depth` from `u` by `edge`.
fn neighbor_row(kg: &KGraph, u: NodeIndex, v: NodeIndex, edge: &Edge, depth: usize) -> Neighbor {
    let node = &kg.g[v];
    let direction = (edge.kind == RelationKind::LocatedIn).then_some(if edge.source == node.id {
        "in"
    } else {
        "contains"
    });
    Neighbor {
        id: node.id,
        name: node.name.clone(),
        etype: node.etype,
        depth,
        via: kg.g[u].name.clone(),
        kind: edge.kind,
        direction,
        relations: relation_labels(kg, u, v),
        weight: edge.weight,
        count: edge.count(kg.opts.window),
        evidence: edge.evidence.unwrap_or(0),
        relation_id: edge.relation_id,
    }
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
