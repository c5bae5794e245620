//! Thinning a graph before drawing or exporting it: by weight, strongest
//! edges, k-core, importance of nodes; always saying what was hidden.

use crate::graph::{algo, KGraph, Kind};
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
    if let Some(min) = p.min_weight {
        kg.g.retain_edges(|g, e| g[e].kind != Kind::Cooccurs || g[e].weight >= min);
    }
    if let Some(n) = p.top_edges {
        let mut co: Vec<_> =
            kg.g.edge_indices()
                .filter(|&e| kg.g[e].kind == Kind::Cooccurs)
                .collect();
        co.sort_by(|&a, &b| {
            let (x, y) = (&kg.g[a], &kg.g[b]);
            y.weight
                .total_cmp(&x.weight)
                .then(y.counts[0].cmp(&x.counts[0]))
                .then(x.relation_id.cmp(&y.relation_id))
        });
        let keep: HashSet<i64> = co.iter().take(n).map(|&e| kg.g[e].relation_id).collect();
        kg.g.retain_edges(|g, e| g[e].kind != Kind::Cooccurs || keep.contains(&g[e].relation_id));
    }
    if let Some(k) = p.k_core {
        let core: HashSet<NodeIndex> = algo::k_core(kg, k).into_iter().collect();
        let keep = p.keep;
        kg.g.retain_nodes(|g, ix| core.contains(&ix) || Some(g[ix].id) == keep);
        kg.reindex();
    }
    if p.min_weight.is_some() || p.top_edges.is_some() || p.k_core.is_some() {
        let has_co: HashSet<NodeIndex> =
            kg.g.edge_references()
                .filter(|e| e.weight().kind == Kind::Cooccurs)
                .flat_map(|e| [e.source(), e.target()])
                .collect();
        kg.g.retain_edges(|g, e| {
            if g[e].kind == Kind::Cooccurs {
                return true;
            }
            let (a, b) = g.edge_endpoints(e).expect("edge");
            has_co.contains(&a) || has_co.contains(&b)
        });
    }
    if p.drop_isolated {
        kg.drop_isolated(p.keep);
    }
    // An ego drawing shows what is still connected to its center.
    if let Some(&start) = p.keep.and_then(|id| kg.index.get(&id)) {
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
    PruneReport {
        nodes_before,
        edges_before,
        nodes_hidden: nodes_before - kg.g.node_count(),
        edges_hidden: edges_before - kg.g.edge_count(),
    }
}
