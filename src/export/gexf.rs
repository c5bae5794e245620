//! GEXF 1.2 for Gephi: one edge per pair with the relation kinds as
//! attributes, node colour by type and size by mentions (`viz`).

use super::attributes::{edge_values, node_values, AttrType, EDGE_ATTRIBUTES, NODE_ATTRIBUTES};
use super::{pair_edges, rgb, size_by_mentions, sorted_nodes, style, xml_escape, NodeAttrs};
use crate::graph::KGraph;
use std::fmt::Write as _;
use std::io::{self, Write};

/// GEXF gives an edge its weight as an XML attribute of its own, not as
/// one of its attributes.
const WEIGHT: &str = "weight";

/// Writes `kg` as GEXF 1.2: attribute declarations, nodes with colour and size, one edge per pair.
pub fn write_gexf(kg: &KGraph, attrs: &NodeAttrs, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" version=\"1.2\">\n");
    writeln!(
        s,
        "  <meta><creator>shanhai</creator><description>window {} · measure {}; node size = mentions, colour = type</description></meta>",
        kg.opts.window, kg.opts.measure
    )
    .ok();
    s.push_str("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
    write_attributes(&mut s, "node", &NODE_ATTRIBUTES);
    write_attributes(&mut s, "edge", &EDGE_ATTRIBUTES);
    write_nodes(kg, attrs, &mut s);
    write_edges(kg, &mut s);
    s.push_str("  </graph>\n</gexf>\n");
    out.write_all(s.as_bytes())
}

/// The declaration of one class's attributes (`node` or `edge`): id and type each.
fn write_attributes(s: &mut String, class: &str, attributes: &[(&str, AttrType)]) {
    writeln!(s, "    <attributes class=\"{class}\">").ok();
    for &(id, ty) in attributes.iter().filter(|(id, _)| *id != WEIGHT) {
        let ty = match ty {
            AttrType::String => "string",
            AttrType::Integer => "integer",
            AttrType::Boolean => "boolean",
            AttrType::Double => "double",
        };
        writeln!(
            s,
            "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>"
        )
        .ok();
    }
    s.push_str("    </attributes>\n");
}

/// The values of one node or edge, `weight` left out.
fn write_attvalues(s: &mut String, attributes: &[(&str, AttrType)], values: &[String]) {
    s.push_str("<attvalues>");
    for ((id, _), value) in attributes.iter().zip(values) {
        if *id != WEIGHT {
            write!(s, "<attvalue for=\"{id}\" value=\"{value}\"/>").ok();
        }
    }
    s.push_str("</attvalues>");
}

/// The `<nodes>` element: attributes, colour by type and size by mentions, by id.
fn write_nodes(kg: &KGraph, attrs: &NodeAttrs, s: &mut String) {
    s.push_str("    <nodes>\n");
    let max_mentions = kg.g.node_weights().map(|n| n.mentions).max().unwrap_or(1);
    for n in sorted_nodes(kg) {
        let (r, g, b) = rgb(style(n.etype).1);
        let size = 10.0 * size_by_mentions(n.mentions, max_mentions);
        write!(
            s,
            "      <node id=\"n{}\" label=\"{}\">",
            n.id,
            xml_escape(&n.name)
        )
        .ok();
        write_attvalues(s, &NODE_ATTRIBUTES, &node_values(n, attrs));
        writeln!(
            s,
            "<viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/><viz:size value=\"{size:.1}\"/></node>"
        )
        .ok();
    }
    s.push_str("    </nodes>\n");
}

/// The `<edges>` element: one edge per pair with its kinds, counts and evidence.
fn write_edges(kg: &KGraph, s: &mut String) {
    s.push_str("    <edges>\n");
    for p in pair_edges(kg) {
        write!(
            s,
            "      <edge id=\"r{}\" source=\"n{}\" target=\"n{}\" weight=\"{}\">",
            p.id,
            p.source,
            p.target,
            p.weight()
        )
        .ok();
        write_attvalues(s, &EDGE_ATTRIBUTES, &edge_values(&p));
        s.push_str("</edge>\n");
    }
    s.push_str("    </edges>\n");
}
