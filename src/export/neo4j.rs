//! Neo4j bulk-import CSV (`neo4j-admin database import full`): one
//! relationship per stored relation, COOCCURS and LOCATED_IN (child →
//! parent) as separate types; node properties as in the other exports.

use super::{csv_field, export_weight, sorted_edges, sorted_nodes, ExportError, NodeAttrs};
use crate::graph::KGraph;
use crate::model::EntityType;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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

/// The header of nodes.csv: every column `name:type` in neo4j-admin's
/// vocabulary; arrays use its default `;` delimiter.
pub const NODES_HEADER: &str =
    "id:ID,name,type,aliases:string[],admin_code,mentions:int,degree:int,community:int,:LABEL";

/// The header of relationships.csv.
pub const RELATIONSHIPS_HEADER: &str = ":START_ID,:END_ID,:TYPE,weight:double,sentence_count:int,paragraph_count:int,document_count:int,evidence_count:int";

/// Neo4j `neo4j-admin database import` files: nodes.csv and
/// relationships.csv in `dir`. Returns their paths.
pub fn write_neo4j(
    kg: &KGraph,
    attrs: &NodeAttrs,
    dir: &Path,
) -> Result<[PathBuf; 2], ExportError> {
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    let nodes_path = dir.join("nodes.csv");
    let rels_path = dir.join("relationships.csv");
    let mut s = format!("{NODES_HEADER}\n");
    for n in sorted_nodes(kg) {
        // An alias holding the array delimiter would split; none should.
        let aliases: Vec<String> = attrs
            .aliases(n.id)
            .iter()
            .map(|a| a.replace(';', ","))
            .collect();
        writeln!(
            s,
            "n{},{},{},{},{},{},{},{},Entity;{}",
            n.id,
            csv_field(&n.name),
            n.etype,
            csv_field(&aliases.join(";")),
            csv_field(attrs.admin_code(n.id)),
            n.mentions,
            attrs.degree(n.id),
            attrs.community(n.id),
            label_of(n.etype)
        )
        .ok();
    }
    crate::atomic::write(&nodes_path, s.as_bytes()).map_err(io_err(&nodes_path))?;
    let mut s = format!("{RELATIONSHIPS_HEADER}\n");
    for e in sorted_edges(kg) {
        writeln!(
            s,
            "n{},n{},{},{},{},{},{},{}",
            e.source,
            e.target,
            e.kind.as_str().to_uppercase(),
            export_weight(e),
            e.counts.sentence,
            e.counts.paragraph,
            e.counts.document,
            e.evidence.unwrap_or(0)
        )
        .ok();
    }
    crate::atomic::write(&rels_path, s.as_bytes()).map_err(io_err(&rels_path))?;
    Ok([nodes_path, rels_path])
}
