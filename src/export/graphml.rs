//! GraphML for networkx, yEd and Gephi: one undirected edge per pair of
//! entities (so networkx reads a Graph, not a MultiGraph), the relation
//! kinds as attributes; a located_in pair runs child → parent.

use super::attributes::{edge_values, node_values, AttrType, EDGE_ATTRIBUTES, NODE_ATTRIBUTES};
use super::{pair_edges, sorted_nodes, xml_escape, NodeAttrs};
use crate::graph::KGraph;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Writes `kg` as GraphML: key declarations, nodes (label and name, then
/// `NODE_ATTRIBUTES`), one edge per pair (`EDGE_ATTRIBUTES`).
pub fn write_graphml(kg: &KGraph, attrs: &NodeAttrs, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    write_keys(&mut s);
    writeln!(s, "  <graph id=\"shanhai\" edgedefault=\"undirected\">").ok();
    for n in sorted_nodes(kg) {
        let name = xml_escape(&n.name);
        write!(
            s,
            "    <node id=\"n{}\"><data key=\"label\">{name}</data><data key=\"name\">{name}</data>",
            n.id
        )
        .ok();
        write_data(&mut s, &NODE_ATTRIBUTES, &node_values(n, attrs));
        s.push_str("</node>\n");
    }
    for p in pair_edges(kg) {
        write!(
            s,
            "    <edge id=\"r{}\" source=\"n{}\" target=\"n{}\">",
            p.id, p.source, p.target
        )
        .ok();
        write_data(&mut s, &EDGE_ATTRIBUTES, &edge_values(&p));
        s.push_str("</edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    out.write_all(s.as_bytes())
}

/// The `<key>` declarations: label and name, then every node and edge
/// attribute.
fn write_keys(s: &mut String) {
    let names = [("label", AttrType::String), ("name", AttrType::String)];
    let nodes = names.iter().chain(&NODE_ATTRIBUTES).map(|a| ("node", a));
    for (class, &(id, ty)) in nodes.chain(EDGE_ATTRIBUTES.iter().map(|a| ("edge", a))) {
        let ty = match ty {
            AttrType::String => "string",
            AttrType::Integer => "int",
            AttrType::Boolean => "boolean",
            AttrType::Double => "double",
        };
        writeln!(
            s,
            "  <key id=\"{id}\" for=\"{class}\" attr.name=\"{id}\" attr.type=\"{ty}\"/>"
        )
        .ok();
    }
}

/// One `<data>` element per attribute.
fn write_data(s: &mut String, attributes: &[(&str, AttrType)], values: &[String]) {
    for ((key, _), value) in attributes.iter().zip(values) {
        write!(s, "<data key=\"{key}\">{value}</data>").ok();
    }
}
