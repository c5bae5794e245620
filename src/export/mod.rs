//! Exports of a loaded graph, one file per format: DOT (GraphViz),
//! GraphML, GEXF (Gephi), Neo4j bulk-import CSV and Cytoscape.js JSON, each
//! with types, weights and evidence counts; `prune` thins a graph for
//! readable drawings, `render` makes the drawing `shanhai build` leaves in
//! graph_out/.

mod attributes;
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
pub use neo4j::{write_neo4j, NODES_HEADER, RELATIONSHIPS_HEADER};
pub use prune::{prune, Prune, PruneReport};
pub use render::{
    cjk_font_installed, draw_build, legibility_warning, DrawReport, BUILD_ALWAYS_MENTIONS,
    BUILD_TOP_EDGES, BUILD_TOP_NODES,
};

use crate::graph::{algo, Edge, KGraph};
use crate::model::{EntityType, RelationKind, WindowCounts};
use crate::store::Store;
use std::collections::{BTreeMap, HashMap};
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

/// Turns an I/O error on `path` into `ExportError::Io` naming it.
fn io_error(path: &std::path::Path) -> impl FnOnce(io::Error) -> ExportError {
    let path = path.to_path_buf();
    move |source| ExportError::Io { path, source }
}

const FONT: &str = "Noto Sans CJK SC";

/// What the exports say about a node beyond the graph itself.
#[derive(Clone, Debug, Default)]
pub struct NodeAttrs {
    /// Other names (canonical left out).
    pub aliases: HashMap<i64, Vec<String>>,
    pub admin_code: HashMap<i64, String>,
    /// Co-occurring neighbors in the exported graph.
    pub degree: HashMap<i64, usize>,
    /// Louvain community in the exported graph, numbered from 0 by size.
    pub community: HashMap<i64, usize>,
}

impl NodeAttrs {
    /// Degree and community from the graph, aliases and codes from the store.
    pub fn load(store: &Store, kg: &KGraph) -> Result<NodeAttrs, ExportError> {
        let mut attrs = NodeAttrs::of_graph(kg);
        let ids: Vec<i64> = kg.g.node_weights().map(|n| n.id).collect();
        let details = store
            .node_details(&ids)
            .map_err(|e| ExportError::Graph(e.into()))?;
        for (id, (code, aliases)) in details {
            if let Some(code) = code {
                attrs.admin_code.insert(id, code);
            }
            attrs.aliases.insert(id, aliases);
        }
        Ok(attrs)
    }

    /// Degree and community only.
    pub fn of_graph(kg: &KGraph) -> NodeAttrs {
        let id = |ix: petgraph::graph::NodeIndex| kg.g[ix].id;
        NodeAttrs {
            degree: algo::degree(kg)
                .into_iter()
                .map(|(ix, d)| (id(ix), d as usize))
                .collect(),
            community: algo::louvain(kg)
                .into_iter()
                .map(|(ix, c)| (id(ix), c))
                .collect(),
            ..NodeAttrs::default()
        }
    }

    pub fn aliases(&self, id: i64) -> &[String] {
        self.aliases.get(&id).map_or(&[], Vec::as_slice)
    }
    pub fn admin_code(&self, id: i64) -> &str {
        self.admin_code.get(&id).map_or("", String::as_str)
    }
    pub fn degree(&self, id: i64) -> usize {
        self.degree.get(&id).copied().unwrap_or(0)
    }
    pub fn community(&self, id: i64) -> usize {
        self.community.get(&id).copied().unwrap_or(0)
    }
}

/// Every relation between two entities as one edge, as graph tools that
/// take one edge per pair (networkx Graph, Gephi) want it. With a
/// located_in, `source` is the child and `target` the parent.
#[derive(Clone, Debug)]
pub struct PairEdge<'a> {
    pub id: i64,
    pub source: i64,
    pub target: i64,
    pub cooccurs: Option<&'a Edge>,
    pub located_in: Option<&'a Edge>,
}

impl PairEdge<'_> {
    /// "cooccurs", "located_in" or "cooccurs+located_in".
    pub fn kinds(&self) -> &'static str {
        match (self.cooccurs.is_some(), self.located_in.is_some()) {
            (true, true) => "cooccurs+located_in",
            (false, true) => "located_in",
            _ => "cooccurs",
        }
    }
    /// The co-occurrence weight; 1 for a located_in alone (tools dislike 0).
    pub fn weight(&self) -> f64 {
        self.cooccurs.map_or(1.0, |e| e.weight)
    }
    /// Shared sentences, paragraphs, documents (0 without co-occurrence).
    pub fn counts(&self) -> WindowCounts {
        self.cooccurs.map_or(WindowCounts::default(), |e| e.counts)
    }
    pub fn evidence(&self) -> i64 {
        self.cooccurs.and_then(|e| e.evidence).unwrap_or(0)
    }
}

/// The edges of `kg` merged per pair of entities, by smallest relation id.
pub fn pair_edges(kg: &KGraph) -> Vec<PairEdge<'_>> {
    let mut pairs: BTreeMap<(i64, i64), PairEdge<'_>> = BTreeMap::new();
    for e in sorted_edges(kg) {
        let key = (e.source.min(e.target), e.source.max(e.target));
        let p = pairs.entry(key).or_insert(PairEdge {
            id: e.relation_id,
            source: e.source,
            target: e.target,
            cooccurs: None,
            located_in: None,
        });
        match e.kind {
            RelationKind::Cooccurs => p.cooccurs = Some(e),
            RelationKind::LocatedIn => {
                (p.source, p.target) = (e.source, e.target);
                p.located_in = Some(e);
            }
        }
    }
    let mut v: Vec<PairEdge<'_>> = pairs.into_values().collect();
    v.sort_by_key(|p| p.id);
    v
}

/// `#rrggbb` as (r, g, b).
fn rgb(hex: &str) -> (u8, u8, u8) {
    let c = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(128);
    (c(1), c(3), c(5))
}

/// Node size for drawings, by mentions: 1 for the least mentioned, up to
/// 4 for the most (square root, so a few giants do not flatten the rest).
pub fn size_by_mentions(mentions: i64, max_mentions: i64) -> f64 {
    let t = (mentions.max(0) as f64 / max_mentions.max(1) as f64).sqrt();
    1.0 + 3.0 * t.min(1.0)
}

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
        RelationKind::Cooccurs => e.weight,
        RelationKind::LocatedIn => 1.0,
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
        assert_eq!(rgb("#8dd3c7"), (0x8d, 0xd3, 0xc7));
        assert_eq!(size_by_mentions(40, 40), 4.0);
        assert_eq!(size_by_mentions(0, 40), 1.0);
    }
}
