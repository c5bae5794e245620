//! GEXF 1.2 for Gephi: one edge per pair with the relation kinds as
//! attributes, node colour by type and size by mentions (`viz`).

use super::{pair_edges, rgb, size_by_mentions, sorted_nodes, style, xml_escape, NodeAttrs};
use crate::graph::KGraph;
use std::fmt::Write as _;
use std::io::{self, Write};

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
    write_attributes(
        &mut s,
        "node",
        &[
            ("type", "string"),
            ("aliases", "string"),
            ("admin_code", "string"),
            ("mentions", "integer"),
            ("degree", "integer"),
            ("community", "integer"),
        ],
    );
    write_attributes(
        &mut s,
        "edge",
        &[
            ("kind", "string"),
            ("cooccurs", "boolean"),
            ("located_in", "boolean"),
            ("sentence_count", "integer"),
            ("paragraph_count", "integer"),
            ("document_count", "integer"),
            ("evidence_count", "integer"),
        ],
    );
    write_nodes(kg, attrs, &mut s);
    write_edges(kg, &mut s);
    s.push_str("  </graph>\n</gexf>\n");
    out.write_all(s.as_bytes())
}

/// The declaration of one class's attributes (`node` or `edge`): id and type each.
fn write_attributes(s: &mut String, class: &str, attributes: &[(&str, &str)]) {
    writeln!(s, "    <attributes class=\"{class}\">").ok();
    for (id, ty) in attributes {
        writeln!(
            s,
            "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>"
        )
        .ok();
    }
    s.push_str("    </attributes>\n");
}

/// The `<nodes>` element: attributes, colour by type and size by mentions, by id.
fn write_nodes(kg: &KGraph, attrs: &NodeAttrs, s: &mut String) {
    s.push_str("    <nodes>\n");
    let max_mentions = kg.g.node_weights().map(|n| n.mentions).max().unwrap_or(1);
    for n in sorted_nodes(kg) {
        let (r, g, b) = rgb(style(n.etype).1);
        let size = 10.0 * size_by_mentions(n.mentions, max_mentions);
        writeln!(
            s,
            "      <node id=\"n{}\" label=\"{}\"><attvalues><attvalue for=\"type\" value=\"{}\"/><attvalue for=\"aliases\" value=\"{}\"/><attvalue for=\"admin_code\" value=\"{}\"/><attvalue for=\"mentions\" value=\"{}\"/><attvalue for=\"degree\" value=\"{}\"/><attvalue for=\"community\" value=\"{}\"/></attvalues><viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/><viz:size value=\"{size:.1}\"/></node>",
            n.id,
            xml_escape(&n.name),
            n.etype,
            xml_escape(&attrs.aliases(n.id).join("; ")),
            xml_escape(attrs.admin_code(n.id)),
            n.mentions,
            attrs.degree(n.id),
            attrs.community(n.id),
        )
        .ok();
    }
    s.push_str("    </nodes>\n");
}

/// The `<edges>` element: one edge per pair with its kinds, counts and evidence.
fn write_edges(kg: &KGraph, s: &mut String) {
    s.push_str("    <edges>\n");
    for p in pair_edges(kg) {
        let c = p.counts();
        writeln!(
            s,
            "      <edge id=\"r{}\" source=\"n{}\" target=\"n{}\" weight=\"{}\"><attvalues><attvalue for=\"kind\" value=\"{}\"/><attvalue for=\"cooccurs\" value=\"{}\"/><attvalue for=\"located_in\" value=\"{}\"/><attvalue for=\"sentence_count\" value=\"{}\"/><attvalue for=\"paragraph_count\" value=\"{}\"/><attvalue for=\"document_count\" value=\"{}\"/><attvalue for=\"evidence_count\" value=\"{}\"/></attvalues></edge>",
            p.id,
            p.source,
            p.target,
            p.weight(),
            p.kinds(),
            p.cooccurs.is_some(),
            p.located_in.is_some(),
            c.sentence,
            c.paragraph,
            c.document,
            p.evidence()
        )
        .ok();
    }
    s.push_str("    </edges>\n");
}
