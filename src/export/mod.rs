//! Exports of a loaded graph: DOT (GraphViz), GraphML, GEXF (Gephi), Neo4j
//! bulk-import CSV and Cytoscape.js JSON, each with types, weights and
//! evidence counts; plus pruning for readable drawings and the drawing
//! `shanhai build` leaves in graph_out/.

use crate::graph::{algo, KGraph, Kind, LoadOptions};
use crate::model::EntityType;
use crate::store::Store;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
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

/// How to thin a graph before drawing it.
#[derive(Clone, Debug, Default)]
pub struct Prune {
    /// Drop co-occurrence edges weaker than this.
    pub min_weight: Option<f64>,
    /// Keep only the N strongest co-occurrence edges.
    pub top_edges: Option<usize>,
    /// Keep only the k-core (nodes with ≥ k co-occurring neighbors, repeatedly).
    pub k_core: Option<usize>,
    /// Drop nodes left without edges.
    pub drop_isolated: bool,
    /// A node never dropped (the center of an ego network).
    pub keep: Option<i64>,
}

/// What pruning hid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct PruneReport {
    pub nodes_before: usize,
    pub edges_before: usize,
    pub nodes_hidden: usize,
    pub edges_hidden: usize,
}

impl PruneReport {
    pub fn summary(&self) -> String {
        format!(
            "pruned: showing {} of {} nodes and {} of {} edges ({} nodes, {} edges hidden)",
            self.nodes_before - self.nodes_hidden,
            self.nodes_before,
            self.edges_before - self.edges_hidden,
            self.edges_before,
            self.nodes_hidden,
            self.edges_hidden
        )
    }
}

/// Thins `kg` in place. located_in edges stay while one of their ends
/// keeps a co-occurrence edge (they show where things are).
pub fn prune(kg: &mut KGraph, p: &Prune) -> PruneReport {
    let nodes_before = kg.g.node_count();
    let edges_before = kg.g.edge_count();
    if let Some(min) = p.min_weight {
        kg.g.retain_edges(|g, e| g[e].kind != Kind::Cooccurs || g[e].weight >= min);
    }
    if let Some(n) = p.top_edges {
        let mut co: Vec<_> =
            kg.g.edge_indices()
                .filter(|&e| kg.g[e].kind == Kind::Cooccurs)
                .collect();
        co.sort_by(|&a, &b| {
            let (x, y) = (&kg.g[a], &kg.g[b]);
            y.weight
                .total_cmp(&x.weight)
                .then(y.counts[0].cmp(&x.counts[0]))
                .then(x.relation_id.cmp(&y.relation_id))
        });
        let keep: HashSet<i64> = co.iter().take(n).map(|&e| kg.g[e].relation_id).collect();
        kg.g.retain_edges(|g, e| g[e].kind != Kind::Cooccurs || keep.contains(&g[e].relation_id));
    }
    if let Some(k) = p.k_core {
        let core: HashSet<NodeIndex> = algo::k_core(kg, k).into_iter().collect();
        let keep = p.keep;
        kg.g.retain_nodes(|g, ix| core.contains(&ix) || Some(g[ix].id) == keep);
        kg.reindex();
    }
    if p.min_weight.is_some() || p.top_edges.is_some() || p.k_core.is_some() {
        let has_co: HashSet<NodeIndex> =
            kg.g.edge_references()
                .filter(|e| e.weight().kind == Kind::Cooccurs)
                .flat_map(|e| [e.source(), e.target()])
                .collect();
        kg.g.retain_edges(|g, e| {
            if g[e].kind == Kind::Cooccurs {
                return true;
            }
            let (a, b) = g.edge_endpoints(e).expect("edge");
            has_co.contains(&a) || has_co.contains(&b)
        });
    }
    if p.drop_isolated {
        kg.drop_isolated(p.keep);
    }
    // An ego drawing shows what is still connected to its center.
    if let Some(&start) = p.keep.and_then(|id| kg.index.get(&id)) {
        let mut reach: HashSet<NodeIndex> = HashSet::from([start]);
        let mut stack = vec![start];
        while let Some(u) = stack.pop() {
            for v in kg.g.neighbors(u) {
                if reach.insert(v) {
                    stack.push(v);
                }
            }
        }
        kg.g.retain_nodes(|_, ix| reach.contains(&ix));
        kg.reindex();
    }
    PruneReport {
        nodes_before,
        edges_before,
        nodes_hidden: nodes_before - kg.g.node_count(),
        edges_hidden: edges_before - kg.g.edge_count(),
    }
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

const FONT: &str = "Noto Sans CJK SC";

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
    let title = format!(
        "{}\\n{} nodes, {} edges · window {} · measure {}",
        dot_escape(&opts.title),
        kg.g.node_count(),
        kg.g.edge_count(),
        kg.opts.window,
        kg.opts.measure
    );
    writeln!(s, "graph shanhai {{").ok();
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
    // Legend: one sample node per type present, plus the edge kinds.
    let mut present: Vec<EntityType> = kg.g.node_weights().map(|n| n.etype).collect();
    present.sort();
    present.dedup();
    writeln!(s, "  subgraph cluster_legend {{").ok();
    writeln!(
        s,
        "    label=\"图例 Legend\"; fontsize=14; style=\"rounded,filled\"; fillcolor=\"#f7f7f7\"; color=\"#bbbbbb\";"
    )
    .ok();
    for t in &present {
        let (shape, colour, label) = style(*t);
        writeln!(
            s,
            "    \"legend_{t}\" [label=\"{label}\", shape={shape}, fillcolor=\"{colour}\", fontsize=11];"
        )
        .ok();
    }
    if kg.g.edge_weights().any(|e| e.kind == Kind::LocatedIn) {
        writeln!(
            s,
            "    \"legend_located_in\" [label=\"红色虚线箭头：子 → 父 (located_in)\", shape=plaintext, style=\"\", fontsize=11, fontcolor=\"#d62728\"];"
        )
        .ok();
    }
    writeln!(
        s,
        "    \"legend_width\" [label=\"线越粗，共现越强 (width = {} per {})\", shape=plaintext, style=\"\", fontsize=11];",
        kg.opts.measure, kg.opts.window
    )
    .ok();
    writeln!(s, "  }}").ok();

    let max_w =
        kg.g.edge_weights()
            .filter(|e| e.kind == Kind::Cooccurs)
            .map(|e| e.weight)
            .fold(f64::NEG_INFINITY, f64::max);
    let min_w =
        kg.g.edge_weights()
            .filter(|e| e.kind == Kind::Cooccurs)
            .map(|e| e.weight)
            .fold(f64::INFINITY, f64::min);
    let mut nodes: Vec<NodeIndex> = kg.g.node_indices().collect();
    nodes.sort_by_key(|&ix| kg.g[ix].id);
    for ix in nodes {
        let n = &kg.g[ix];
        let (shape, colour, _) = style(n.etype);
        let emphasis = if opts.center == Some(n.id) {
            ", penwidth=3, fontsize=18, color=\"#222222\""
        } else {
            ""
        };
        writeln!(
            s,
            "  n{} [label=\"{}\", shape={shape}, fillcolor=\"{colour}\", tooltip=\"{} · {} mentions\"{emphasis}];",
            n.id,
            dot_escape(&n.name),
            n.etype,
            n.mentions
        )
        .ok();
    }
    let mut edges: Vec<_> = kg.g.edge_references().collect();
    edges.sort_by_key(|e| e.weight().relation_id);
    for e in edges {
        let d = e.weight();
        match d.kind {
            Kind::Cooccurs => {
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
            Kind::LocatedIn => {
                writeln!(
                    s,
                    "  n{} -- n{} [style=dashed, dir=forward, color=\"#d62728\", penwidth=1.2, tooltip=\"located_in\"];",
                    d.source, d.target
                )
                .ok();
            }
        }
    }
    writeln!(s, "}}").ok();
    out.write_all(s.as_bytes())
}

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

/// located_in edges carry weight 1 in exports (tools dislike 0).
fn export_weight(e: &crate::graph::Edge) -> f64 {
    match e.kind {
        Kind::Cooccurs => e.weight,
        Kind::LocatedIn => 1.0,
    }
}

fn sorted_nodes(kg: &KGraph) -> Vec<&crate::graph::Node> {
    let mut v: Vec<_> = kg.g.node_weights().collect();
    v.sort_by_key(|n| n.id);
    v
}

fn sorted_edges(kg: &KGraph) -> Vec<&crate::graph::Edge> {
    let mut v: Vec<_> = kg.g.edge_weights().collect();
    v.sort_by_key(|e| e.relation_id);
    v
}

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

fn csv_field(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn label_of(t: EntityType) -> &'static str {
    match t {
        EntityType::County => "County",
        EntityType::Firm => "Firm",
        EntityType::Park => "Park",
        EntityType::Platform => "Platform",
        EntityType::Region => "Region",
        EntityType::Institution => "Institution",
    }
}

/// Neo4j `neo4j-admin database import` files: nodes.csv and
/// relationships.csv in `dir`. Returns their paths.
pub fn write_neo4j(kg: &KGraph, dir: &Path) -> Result<[PathBuf; 2], ExportError> {
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    let nodes_path = dir.join("nodes.csv");
    let rels_path = dir.join("relationships.csv");
    let mut s = String::from("id:ID,name,type,mentions:int,:LABEL\n");
    for n in sorted_nodes(kg) {
        writeln!(
            s,
            "n{},{},{},{},Entity;{}",
            n.id,
            csv_field(&n.name),
            n.etype,
            n.mentions,
            label_of(n.etype)
        )
        .ok();
    }
    crate::atomic::write(&nodes_path, s.as_bytes()).map_err(io_err(&nodes_path))?;
    let mut s = String::from(
        ":START_ID,:END_ID,:TYPE,weight:double,sentence_count:int,paragraph_count:int,document_count:int,evidence_count:int\n",
    );
    for e in sorted_edges(kg) {
        writeln!(
            s,
            "n{},n{},{},{},{},{},{},{}",
            e.source,
            e.target,
            e.kind.as_str().to_uppercase(),
            export_weight(e),
            e.counts[0],
            e.counts[1],
            e.counts[2],
            e.evidence.unwrap_or(0)
        )
        .ok();
    }
    crate::atomic::write(&rels_path, s.as_bytes()).map_err(io_err(&rels_path))?;
    Ok([nodes_path, rels_path])
}

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

/// What `draw_build` did, for the build command to print.
#[derive(Debug, Default)]
pub struct DrawReport {
    pub dot: PathBuf,
    pub svg: Option<PathBuf>,
    pub prune: PruneReport,
    /// Why no SVG was written, when none was.
    pub note: Option<String>,
}

/// Edges kept in the default drawing.
pub const BUILD_TOP_EDGES: usize = 60;

/// The drawing `shanhai build` leaves behind: `<out>/<stem>.dot`, pruned to
/// the strongest edges without isolated nodes, and `<out>/<stem>.svg` when
/// GraphViz `dot` is on PATH.
pub fn draw_build(store: &Store, out_dir: &Path, stem: &str) -> Result<DrawReport, ExportError> {
    let mut kg = KGraph::load_all(store, LoadOptions::default())?;
    let report = prune(
        &mut kg,
        &Prune {
            top_edges: Some(BUILD_TOP_EDGES),
            drop_isolated: true,
            ..Prune::default()
        },
    );
    kg.load_evidence_counts(store)?;
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    std::fs::create_dir_all(out_dir).map_err(io_err(out_dir))?;
    let dot_path = out_dir.join(format!("{stem}.dot"));
    let mut buf = Vec::new();
    write_dot(
        &kg,
        &DotOptions {
            title: format!("{stem}: strongest {BUILD_TOP_EDGES} co-occurrences"),
            ..DotOptions::default()
        },
        &mut buf,
    )
    .map_err(io_err(&dot_path))?;
    crate::atomic::write(&dot_path, &buf).map_err(io_err(&dot_path))?;
    let mut out = DrawReport {
        dot: dot_path.clone(),
        prune: report,
        ..DrawReport::default()
    };
    let svg_path = out_dir.join(format!("{stem}.svg"));
    // Rendered under a temporary name: an interrupted or failed render
    // leaves no SVG that looks complete.
    let svg_temp = crate::atomic::temp_path(&svg_path);
    let rendered = renderer()
        .arg("-Tsvg")
        .arg("-o")
        .arg(&svg_temp)
        .arg(&dot_path)
        .output();
    if !matches!(&rendered, Ok(o) if o.status.success()) {
        let _ = std::fs::remove_file(&svg_temp);
    }
    match rendered {
        Ok(o) if o.status.success() => {
            crate::atomic::persist(&svg_temp, &svg_path).map_err(io_err(&svg_path))?;
            out.svg = Some(svg_path)
        }
        Ok(o) => {
            return Err(ExportError::Dot {
                path: dot_path,
                message: String::from_utf8_lossy(&o.stderr).trim().to_string(),
            })
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            out.note = Some(
                "GraphViz `dot` not found on PATH: no SVG written (apt-get install graphviz fonts-noto-cjk)"
                    .into(),
            )
        }
        Err(e) => {
            return Err(ExportError::Dot {
                path: dot_path,
                message: e.to_string(),
            })
        }
    }
    Ok(out)
}

/// GraphViz `dot`, set to die with this process: killed, we leave no
/// renderer running. (The signal follows the thread that started it:
/// `draw_build` runs on the calling thread and waits for it.)
fn renderer() -> std::process::Command {
    use std::os::unix::process::CommandExt;
    let mut cmd = std::process::Command::new("dot");
    let parent = std::process::id();
    // SAFETY: only async-signal-safe calls (prctl, getppid, _exit) run
    // between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                return Err(io::Error::last_os_error());
            }
            // We may have died before the prctl took effect.
            if libc::getppid() as u32 != parent {
                libc::_exit(1);
            }
            Ok(())
        });
    }
    cmd
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
