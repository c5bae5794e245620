//! GEXF 1.2 for Gephi.

use super::{export_weight, sorted_edges, sorted_nodes, xml_escape};
use crate::graph::KGraph;
use std::fmt::Write as _;
use std::io::{self, Write};

/// GEXF 1.2 for Gephi.
pub fn write_gexf(kg: &KGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n");
    writeln!(
        s,
        "  <meta><creator>shanhai</creator><description>window {} · measure {}</description></meta>",
        kg.opts.window, kg.opts.measure
    )
    .ok();
    s.push_str("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
    s.push_str("    <attributes class=\"node\">\n      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n    </attributes>\n");
    s.push_str("    <attributes class=\"edge\">\n      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n      <attribute id=\"sentence_count\" title=\"sentence_count\" type=\"integer\"/>\n      <attribute id=\"paragraph_count\" title=\"paragraph_count\" type=\"integer\"/>\n      <attribute id=\"document_count\" title=\"document_count\" type=\"integer\"/>\n      <attribute id=\"evidence_count\" title=\"evidence_count\" type=\"integer\"/>\n    </attributes>\n");
    s.push_str("    <nodes>\n");
    for n in sorted_nodes(kg) {
        writeln!(
            s,
            "      <node id=\"n{}\" label=\"{}\"><attvalues><attvalue for=\"type\" value=\"{}\"/><attvalue for=\"mentions\" value=\"{}\"/></attvalues></node>",
            n.id,
            xml_escape(&n.name),
            n.etype,
            n.mentions
        )
        .ok();
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for e in sorted_edges(kg) {
        writeln!(
            s,
            "      <edge id=\"r{}\" source=\"n{}\" target=\"n{}\" weight=\"{}\"><attvalues><attvalue for=\"kind\" value=\"{}\"/><attvalue for=\"sentence_count\" value=\"{}\"/><attvalue for=\"paragraph_count\" value=\"{}\"/><attvalue for=\"document_count\" value=\"{}\"/><attvalue for=\"evidence_count\" value=\"{}\"/></attvalues></edge>",
            e.relation_id,
            e.source,
            e.target,
            export_weight(e),
            e.kind,
            e.counts[0],
            e.counts[1],
            e.counts[2],
            e.evidence.unwrap_or(0)
        )
        .ok();
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out.write_all(s.as_bytes())
}
