//! Exports of a loaded graph, one file per format: DOT (GraphViz),
//! GraphML, GEXF (Gephi), Neo4j bulk-import CSV and Cytoscape.js JSON, each
//! with types, weights and evidence counts; `prune` thins a graph for
//! readable drawings, `render` makes the drawing `shanhai build` leaves in
//! graph_out/.

mod cytoscape;
mod dot;
mod gexf;
mod graphml;
mod neo4j;
mod prune;
mod render;

pub use cytoscape::cytoscape_json;
pub use dot::{write_dot, DotOptions};
pub use gexf::write_gexf;
pub use graphml::write_graphml;
pub use neo4j::write_neo4j;
pub use prune::{prune, Prune, PruneReport};
pub use render::{draw_build, DrawReport, BUILD_TOP_EDGES};

use crate::graph::{KGraph, Kind};
use crate::model::EntityType;
use std::io;
use std::path::PathBuf;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ExportError {
    #[error(transparent)]
    Graph(#[from] crate::graph::GraphError),
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("`dot -Tsvg` failed on {path}: {message}")]
    Dot { path: PathBuf, message: String },
}

const FONT: &str = "Noto Sans CJK SC";

/// GraphViz shape, fill colour and Chinese label per entity type.
pub fn style(t: EntityType) -> (&'static str, &'static str, &'static str) {
    match t {
        EntityType::County => ("ellipse", "#8dd3c7", "县 county"),
        EntityType::Firm => ("box", "#80b1d3", "企业 firm"),
        EntityType::Park => ("hexagon", "#b3de69", "园区 park"),
        EntityType::Platform => ("diamond", "#fdb462", "平台 platform"),
        EntityType::Region => ("house", "#fb8072", "地区 region"),
        EntityType::Institution => ("note", "#bebada", "机构 institution"),
    }
}

/// Escapes a string for a double-quoted DOT ID.
pub fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for XML content and attribute values; drops characters
/// XML 1.0 cannot carry.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// located_in edges carry weight 1 in exports (tools dislike 0).
pub(crate) fn export_weight(e: &crate::graph::Edge) -> f64 {
    match e.kind {
        Kind::Cooccurs => e.weight,
        Kind::LocatedIn => 1.0,
    }
}

pub(crate) fn sorted_nodes(kg: &KGraph) -> Vec<&crate::graph::Node> {
    let mut v: Vec<_> = kg.g.node_weights().collect();
    v.sort_by_key(|n| n.id);
    v
}

pub(crate) fn sorted_edges(kg: &KGraph) -> Vec<&crate::graph::Edge> {
    let mut v: Vec<_> = kg.g.edge_weights().collect();
    v.sort_by_key(|e| e.relation_id);
    v
}

pub(crate) fn csv_field(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(dot_escape(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(dot_escape("x\ny"), "x\\ny");
        assert_eq!(
            xml_escape("<a & 'b'>\u{1}"),
            "&lt;a &amp; &apos;b&apos;&gt;"
        );
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
