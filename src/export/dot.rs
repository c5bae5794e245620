//! GraphViz DOT: shape and colour per type, an ordered legend, node size
//! by mentions, pen width by weight, located_in dashed with an arrow.

use super::{dot_escape, size_by_mentions, style, FONT};
use crate::graph::KGraph;
use crate::model::EntityType;
use crate::model::RelationKind;
use petgraph::graph::NodeIndex;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Options of the DOT drawing.
#[derive(Clone, Debug)]
pub struct DotOptions {
    pub title: String,
    /// GraphViz layout engine written into the file (`layout=`).
    pub layout: &'static str,
    /// Entity drawn emphasised (the center of an ego network).
    pub center: Option<i64>,
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            title: "shanhai".into(),
            layout: "fdp",
            center: None,
        }
    }
}

/// An edge weight for a tooltip: whole numbers without decimals, others to three places.
fn weight_label(w: f64) -> String {
    if w.fract() == 0.0 && w.abs() < 1e12 {
        format!("{w:.0}")
    } else {
        format!("{w:.3}")
    }
}

/// Writes `kg` as an undirected DOT graph: shape and colour per type with a
/// legend cluster, pen width by weight, located_in dashed with an arrow.
pub fn write_dot(kg: &KGraph, opts: &DotOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    writeln!(s, "graph shanhai {{").ok();
    write_header(kg, opts, &mut s);
    write_legend(kg, &mut s);
    write_nodes(kg, opts, &mut s);
    write_edges(kg, &mut s);
    writeln!(s, "}}").ok();
    out.write_all(s.as_bytes())
}

/// The graph, node and edge defaults, with the title and its counts.
fn write_header(kg: &KGraph, opts: &DotOptions, s: &mut String) {
    let title = format!(
        "{}\\n{} nodes, {} edges · window {} · measure {}",
        dot_escape(&opts.title),
        kg.g.node_count(),
        kg.g.edge_count(),
        kg.opts.window,
        kg.opts.measure
    );
    writeln!(
        s,
        "  graph [layout={}, fontname=\"{FONT}\", label=\"{title}\", labelloc=t, fontsize=20, \
         overlap=false, splines=true, sep=\"+12\", K=1.2, outputorder=edgesfirst, pad=0.4, bgcolor=white];",
        opts.layout
    )
    .ok();
    writeln!(
        s,
        "  node [fontname=\"{FONT}\", fontsize=13, style=\"filled\", color=\"#555555\", penwidth=0.8, margin=\"0.12,0.06\"];"
    )
    .ok();
    writeln!(
        s,
        "  edge [fontname=\"{FONT}\", fontsize=10, color=\"#7f7f7fb0\"];"
    )
    .ok();
}

/// One line a node, by id: shape and colour by type, font size by mentions, the center emphasised.
fn write_nodes(kg: &KGraph, opts: &DotOptions, s: &mut String) {
    let mut nodes: Vec<NodeIndex> = kg.g.node_indices().collect();
    nodes.sort_by_key(|&ix| kg.g[ix].id);
    let max_mentions = kg.g.node_weights().map(|n| n.mentions).max().unwrap_or(1);
    for ix in nodes {
        let n = &kg.g[ix];
        let (shape, colour, _) = style(n.etype);
        // Size means mentions: the label (and so the node) grows with them.
        let size = size_by_mentions(n.mentions, max_mentions);
        let emphasis = if opts.center == Some(n.id) {
            ", penwidth=3, color=\"#222222\""
        } else {
            ""
        };
        writeln!(
            s,
            "  n{} [label=\"{}\", shape={shape}, fillcolor=\"{colour}\", fontsize={:.1}, tooltip=\"{} · {} mentions\"{emphasis}];",
            n.id,
            dot_escape(&n.name),
            7.0 + 5.0 * size,
            n.etype,
            n.mentions
        )
        .ok();
    }
}

/// One line an edge, by relation id: co-occurrence width scaled between the weakest and strongest, located_in dashed.
fn write_edges(kg: &KGraph, s: &mut String) {
    let max_w =
        kg.g.edge_weights()
            .filter(|e| e.kind == RelationKind::Cooccurs)
            .map(|e| e.weight)
            .fold(f64::NEG_INFINITY, f64::max);
    let min_w =
        kg.g.edge_weights()
            .filter(|e| e.kind == RelationKind::Cooccurs)
            .map(|e| e.weight)
            .fold(f64::INFINITY, f64::min);
    let mut edges: Vec<_> = kg.g.edge_references().collect();
    edges.sort_by_key(|e| e.weight().relation_id);
    for e in edges {
        let d = e.weight();
        match d.kind {
            RelationKind::Cooccurs => {
                let t = if max_w > min_w {
                    (d.weight - min_w) / (max_w - min_w)
                } else {
                    0.5
                };
                let width = 0.8 + 5.2 * t;
                writeln!(
                    s,
                    "  n{} -- n{} [penwidth={width:.2}, weight={:.2}, tooltip=\"{} {}: {} · {} sentences of evidence\"];",
                    d.source,
                    d.target,
                    1.0 + 4.0 * t,
                    kg.opts.measure,
                    kg.opts.window,
                    weight_label(d.weight),
                    d.evidence.unwrap_or(0)
                )
                .ok();
            }
            RelationKind::LocatedIn => {
                writeln!(
                    s,
                    "  n{} -- n{} [style=dashed, dir=forward, color=\"#d62728\", penwidth=1.2, tooltip=\"located_in\"];",
                    d.source, d.target
                )
                .ok();
            }
        }
    }
}

/// The legend: one table, so its rows keep their order (types in a fixed
/// order, then the edge kinds and what size and width mean).
fn write_legend(kg: &KGraph, s: &mut String) {
    let mut present: Vec<EntityType> = kg.g.node_weights().map(|n| n.etype).collect();
    present.sort();
    present.dedup();
    let mut rows = String::new();
    for t in &present {
        let (shape, colour, label) = style(*t);
        write!(
            rows,
            "<tr><td bgcolor=\"{colour}\" align=\"left\">{label} ({shape})</td></tr>"
        )
        .ok();
    }
    if kg
        .g
        .edge_weights()
        .any(|e| e.kind == RelationKind::LocatedIn)
    {
        rows.push_str("<tr><td align=\"left\"><font color=\"#d62728\">红色虚线箭头：子 → 父 (located_in)</font></td></tr>");
    }
    write!(
        rows,
        "<tr><td align=\"left\">线越粗，共现越强 (width = {} per {})</td></tr>\
         <tr><td align=\"left\">字越大，提及越多 (size = mentions)</td></tr>",
        kg.opts.measure, kg.opts.window
    )
    .ok();
    writeln!(s, "  subgraph cluster_legend {{").ok();
    writeln!(
        s,
        "    label=\"图例 Legend\"; fontsize=14; style=\"rounded,filled\"; fillcolor=\"#f7f7f7\"; color=\"#bbbbbb\";"
    )
    .ok();
    writeln!(
        s,
        "    legend [shape=plaintext, style=\"\", fontsize=11, label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"2\" cellpadding=\"4\">{rows}</table>>];"
    )
    .ok();
    writeln!(s, "  }}").ok();
}
