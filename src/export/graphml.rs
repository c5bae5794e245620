//! GraphML for networkx, yEd and Gephi: one undirected edge per pair of
//! entities (so networkx reads a Graph, not a MultiGraph), the relation
//! kinds as attributes; a located_in pair runs child → parent.

use super::{pair_edges, sorted_nodes, xml_escape, NodeAttrs};
use crate::graph::KGraph;
use std::fmt::Write as _;
use std::io::{self, Write};

pub fn write_graphml(kg: &KGraph, attrs: &NodeAttrs, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (id, what, ty) in [
        ("label", "node", "string"),
        ("name", "node", "string"),
        ("type", "node", "string"),
        ("aliases", "node", "string"),
        ("admin_code", "node", "string"),
        ("mentions", "node", "int"),
        ("degree", "node", "int"),
        ("community", "node", "int"),
        ("kind", "edge", "string"),
        ("cooccurs", "edge", "boolean"),
        ("located_in", "edge", "boolean"),
        ("weight", "edge", "double"),
        ("sentence_count", "edge", "int"),
        ("paragraph_count", "edge", "int"),
        ("document_count", "edge", "int"),
        ("evidence_count", "edge", "int"),
    ] {
        writeln!(
            s,
            "  <key id=\"{id}\" for=\"{what}\" attr.name=\"{id}\" attr.type=\"{ty}\"/>"
        )
        .ok();
    }
    writeln!(s, "  <graph id=\"shanhai\" edgedefault=\"undirected\">").ok();
    for n in sorted_nodes(kg) {
        let name = xml_escape(&n.name);
        writeln!(
            s,
            "    <node id=\"n{}\"><data key=\"label\">{name}</data><data key=\"name\">{name}</data><data key=\"type\">{}</data><data key=\"aliases\">{}</data><data key=\"admin_code\">{}</data><data key=\"mentions\">{}</data><data key=\"degree\">{}</data><data key=\"community\">{}</data></node>",
            n.id,
            n.etype,
            xml_escape(&attrs.aliases(n.id).join("; ")),
            xml_escape(attrs.admin_code(n.id)),
            n.mentions,
            attrs.degree(n.id),
            attrs.community(n.id),
        )
        .ok();
    }
    for p in pair_edges(kg) {
        let c = p.counts();
        writeln!(
            s,
            "    <edge id=\"r{}\" source=\"n{}\" target=\"n{}\"><data key=\"kind\">{}</data><data key=\"cooccurs\">{}</data><data key=\"located_in\">{}</data><data key=\"weight\">{}</data><data key=\"sentence_count\">{}</data><data key=\"paragraph_count\">{}</data><data key=\"document_count\">{}</data><data key=\"evidence_count\">{}</data></edge>",
            p.id,
            p.source,
            p.target,
            p.kinds(),
            p.cooccurs.is_some(),
            p.located_in.is_some(),
            p.weight(),
            c.sentence,
            c.paragraph,
            c.document,
            p.evidence()
        )
        .ok();
    }
    s.push_str("  </graph>\n</graphml>\n");
    out.write_all(s.as_bytes())
}
