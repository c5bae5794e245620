//! Thinning a graph before drawing or exporting it: by weight, strongest
//! edges, k-core, importance of nodes; always saying what was hidden.

use crate::graph::{algo, KGraph};
use crate::model::RelationKind;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use std::collections::HashSet;

/// How to thin a graph before drawing it.
#[derive(Clone, Debug, Default)]
pub struct Prune {
    /// Drop co-occurrence edges weaker than this.
    pub min_weight: Option<f64>,
    /// Keep only the N strongest co-occurrence edges.
    pub top_edges: Option<usize>,
    /// Keep only the k-core (nodes with ≥ k co-occurring neighbors, repeatedly).
    pub k_core: Option<usize>,
    /// Drop nodes left without edges.
    pub drop_isolated: bool,
    /// A node never dropped (the center of an ego network).
    pub keep: Option<i64>,
    /// Before any edge is pruned, keep only the N most important nodes
    /// (most mentions, then highest co-occurrence degree).
    pub top_nodes: Option<usize>,
    /// Nodes mentioned at least this often are always kept, even beyond
    /// `top_nodes` and even when left without edges.
    pub always_mentions: Option<i64>,
    /// With `top_edges`: every node also keeps its strongest co-occurrence
    /// edge, so that no important node is lost because its edges are weak.
    pub strongest_per_node: bool,
}

/// What pruning hid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct PruneReport {
    pub nodes_before: usize,
    pub edges_before: usize,
    pub nodes_hidden: usize,
    pub edges_hidden: usize,
}

impl PruneReport {
    pub fn summary(&self) -> String {
        format!(
            "pruned: showing {} of {} nodes and {} of {} edges ({} nodes, {} edges hidden)",
            self.nodes_before - self.nodes_hidden,
            self.nodes_before,
            self.edges_before - self.edges_hidden,
            self.edges_before,
            self.nodes_hidden,
            self.edges_hidden
        )
    }
}

/// Thins `kg` in place. located_in edges stay while one of their ends
/// keeps a co-occurrence edge (they show where things are).
pub fn prune(kg: &mut KGraph, p: &Prune) -> PruneReport {
    let nodes_before = kg.g.node_count();
    let edges_before = kg.g.edge_count();
    if let Some(n) = p.top_nodes {
        let keep = important_nodes(kg, n, p.always_mentions);
        kg.g.retain_nodes(|g, ix| keep.contains(&g[ix].id) || Some(g[ix].id) == p.keep);
        kg.reindex();
    }
    if let Some(min) = p.min_weight {
        kg.g.retain_edges(|g, e| g[e].kind != RelationKind::Cooccurs || g[e].weight >= min);
    }
    if let Some(n) = p.top_edges {
        keep_top_edges(kg, n, p.strongest_per_node);
    }
    if let Some(k) = p.k_core {
        let core: HashSet<NodeIndex> = algo::k_core(kg, k).into_iter().collect();
        let keep = p.keep;
        kg.g.retain_nodes(|g, ix| core.contains(&ix) || Some(g[ix].id) == keep);
        kg.reindex();
    }
    if p.min_weight.is_some() || p.top_edges.is_some() || p.k_core.is_some() {
        drop_stranded_located_in(kg);
    }
    if p.drop_isolated {
        let keep = p.keep;
        let always = |n: &crate::graph::Node| p.always_mentions.is_some_and(|m| n.mentions >= m);
        kg.g.retain_nodes(|g, ix| {
            g.neighbors(ix).next().is_some() || Some(g[ix].id) == keep || always(&g[ix])
        });
        kg.reindex();
    }
    // An ego drawing shows what is still connected to its center.
    if let Some(&start) = p.keep.and_then(|id| kg.index.get(&id)) {
        keep_reachable(kg, start);
    }
    PruneReport {
        nodes_before,
        edges_before,
        nodes_hidden: nodes_before - kg.g.node_count(),
        edges_hidden: edges_before - kg.g.edge_count(),
    }
}

/// Keeps the `n` strongest co-occurrence edges (and, with `strongest_per_node`, each node's best).
fn keep_top_edges(kg: &mut KGraph, n: usize, strongest_per_node: bool) {
    let mut co: Vec<_> =
        kg.g.edge_indices()
            .filter(|&e| kg.g[e].kind == RelationKind::Cooccurs)
            .collect();
    co.sort_by(|&a, &b| {
        let (x, y) = (&kg.g[a], &kg.g[b]);
        y.weight
            .total_cmp(&x.weight)
            .then(y.counts.sentence.cmp(&x.counts.sentence))
            .then(x.relation_id.cmp(&y.relation_id))
    });
    let mut keep: HashSet<i64> = co.iter().take(n).map(|&e| kg.g[e].relation_id).collect();
    if strongest_per_node {
        // `co` is strongest first: the first edge seen at a node is its best.
        let mut served: HashSet<NodeIndex> = HashSet::new();
        for &e in &co {
            let (a, b) = kg.g.edge_endpoints(e).expect("edge");
            let (new_a, new_b) = (served.insert(a), served.insert(b));
            if new_a || new_b {
                keep.insert(kg.g[e].relation_id);
            }
        }
    }
    kg.g.retain_edges(|g, e| {
        g[e].kind != RelationKind::Cooccurs || keep.contains(&g[e].relation_id)
    });
}

/// Drops the located_in edges neither of whose ends keeps a co-occurrence edge.
fn drop_stranded_located_in(kg: &mut KGraph) {
    let has_co: HashSet<NodeIndex> =
        kg.g.edge_references()
            .filter(|e| e.weight().kind == RelationKind::Cooccurs)
            .flat_map(|e| [e.source(), e.target()])
            .collect();
    kg.g.retain_edges(|g, e| {
        if g[e].kind == RelationKind::Cooccurs {
            return true;
        }
        let (a, b) = g.edge_endpoints(e).expect("edge");
        has_co.contains(&a) || has_co.contains(&b)
    });
}

/// Keeps only the nodes still connected to `start`.
fn keep_reachable(kg: &mut KGraph, start: NodeIndex) {
    let mut reach: HashSet<NodeIndex> = HashSet::from([start]);
    let mut stack = vec![start];
    while let Some(u) = stack.pop() {
        for v in kg.g.neighbors(u) {
            if reach.insert(v) {
                stack.push(v);
            }
        }
    }
    kg.g.retain_nodes(|_, ix| reach.contains(&ix));
    kg.reindex();
}

/// The ids of the `n` most important nodes: most mentions, then highest
/// co-occurrence degree, then smallest id; plus every node mentioned at
/// least `always` times.
pub fn important_nodes(kg: &KGraph, n: usize, always: Option<i64>) -> HashSet<i64> {
    let degree = algo::degree(kg);
    let mut ranked: Vec<NodeIndex> = kg.g.node_indices().collect();
    ranked.sort_by(|&a, &b| {
        let (x, y) = (&kg.g[a], &kg.g[b]);
        y.mentions
            .cmp(&x.mentions)
            .then(degree[&b].total_cmp(&degree[&a]))
            .then(x.id.cmp(&y.id))
    });
    ranked
        .iter()
        .enumerate()
        .filter(|(i, &ix)| *i < n || always.is_some_and(|m| kg.g[ix].mentions >= m))
        .map(|(_, &ix)| kg.g[ix].id)
        .collect()
}
