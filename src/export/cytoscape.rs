//! Cytoscape.js elements JSON, also readable by networkx's
//! `cytoscape_graph` and Cytoscape desktop.

use super::{export_weight, sorted_edges, sorted_nodes};
use crate::graph::KGraph;

/// Cytoscape.js elements JSON.
pub fn cytoscape_json(kg: &KGraph) -> serde_json::Value {
    use serde_json::json;
    let nodes: Vec<_> = sorted_nodes(kg)
        .into_iter()
        .map(|n| {
            json!({"data": {"id": format!("n{}", n.id), "label": n.name, "type": n.etype,
                            "mentions": n.mentions}})
        })
        .collect();
    let edges: Vec<_> = sorted_edges(kg)
        .into_iter()
        .map(|e| {
            json!({"data": {"id": format!("r{}", e.relation_id),
                            "source": format!("n{}", e.source), "target": format!("n{}", e.target),
                            "kind": e.kind, "weight": export_weight(e),
                            "sentence_count": e.counts[0], "paragraph_count": e.counts[1],
                            "document_count": e.counts[2], "evidence_count": e.evidence.unwrap_or(0)}})
        })
        .collect();
    json!({"elements": {"nodes": nodes, "edges": edges},
           "data": {"window": kg.opts.window, "measure": kg.opts.measure}})
}
