//! GraphML for networkx, yEd and Gephi.

use super::{export_weight, sorted_edges, sorted_nodes, xml_escape};
use crate::graph::KGraph;
use std::fmt::Write as _;
use std::io::{self, Write};

/// GraphML, undirected; located_in edges keep child → parent order and
/// say so in `kind`.
pub fn write_graphml(kg: &KGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (id, what, name, ty) in [
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("mentions", "node", "mentions", "int"),
        ("kind", "edge", "kind", "string"),
        ("weight", "edge", "weight", "double"),
        ("sentence_count", "edge", "sentence_count", "int"),
        ("paragraph_count", "edge", "paragraph_count", "int"),
        ("document_count", "edge", "document_count", "int"),
        ("evidence_count", "edge", "evidence_count", "int"),
    ] {
        writeln!(
            s,
            "  <key id=\"{id}\" for=\"{what}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        )
        .ok();
    }
    writeln!(s, "  <graph id=\"shanhai\" edgedefault=\"undirected\">").ok();
    for n in sorted_nodes(kg) {
        writeln!(
            s,
            "    <node id=\"n{}\"><data key=\"label\">{}</data><data key=\"type\">{}</data><data key=\"mentions\">{}</data></node>",
            n.id,
            xml_escape(&n.name),
            n.etype,
            n.mentions
        )
        .ok();
    }
    for e in sorted_edges(kg) {
        writeln!(
            s,
            "    <edge id=\"r{}\" source=\"n{}\" target=\"n{}\"><data key=\"kind\">{}</data><data key=\"weight\">{}</data><data key=\"sentence_count\">{}</data><data key=\"paragraph_count\">{}</data><data key=\"document_count\">{}</data><data key=\"evidence_count\">{}</data></edge>",
            e.relation_id,
            e.source,
            e.target,
            e.kind,
            export_weight(e),
            e.counts[0],
            e.counts[1],
            e.counts[2],
            e.evidence.unwrap_or(0)
        )
        .ok();
    }
    s.push_str("  </graph>\n</graphml>\n");
    out.write_all(s.as_bytes())
}
