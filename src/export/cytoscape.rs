//! Cytoscape.js elements JSON, in the shape networkx's `cytoscape_graph`
//! reads (`value` and `name` on every node) and Cytoscape desktop labels by
//! `name`; one edge per pair, as in GraphML.

use super::{pair_edges, sorted_nodes, NodeAttrs};
use crate::graph::KGraph;

pub fn cytoscape_json(kg: &KGraph, attrs: &NodeAttrs) -> serde_json::Value {
    use serde_json::json;
    let nodes: Vec<_> = sorted_nodes(kg)
        .into_iter()
        .map(|n| {
            let id = format!("n{}", n.id);
            json!({"data": {"id": id, "value": id, "name": n.name, "label": n.name,
                            "type": n.etype, "aliases": attrs.aliases(n.id),
                            "admin_code": attrs.admin_code(n.id), "mentions": n.mentions,
                            "degree": attrs.degree(n.id), "community": attrs.community(n.id)}})
        })
        .collect();
    let edges: Vec<_> = pair_edges(kg)
        .into_iter()
        .map(|p| {
            let c = p.counts();
            json!({"data": {"id": format!("r{}", p.id),
                            "source": format!("n{}", p.source), "target": format!("n{}", p.target),
                            "kind": p.kinds(), "cooccurs": p.cooccurs.is_some(),
                            "located_in": p.located_in.is_some(), "weight": p.weight(),
                            "sentence_count": c.sentence, "paragraph_count": c.paragraph,
                            "document_count": c.document, "evidence_count": p.evidence()}})
        })
        .collect();
    json!({"directed": false, "multigraph": false,
           "elements": {"nodes": nodes, "edges": edges},
           "data": {"name": "shanhai", "window": kg.opts.window, "measure": kg.opts.measure}})
}
