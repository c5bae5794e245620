//! Neo4j bulk-import CSV (`neo4j-admin database import full`): one
//! relationship per stored relation, COOCCURS and LOCATED_IN (child →
//! parent) as separate types; node properties as in the other exports.

use super::{
    csv_field, export_weight, io_error, sorted_edges, sorted_nodes, ExportError, NodeAttrs,
};
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
    std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    let nodes_path = dir.join("nodes.csv");
    let rels_path = dir.join("relationships.csv");
    crate::atomic::write(&nodes_path, nodes_csv(kg, attrs).as_bytes())
        .map_err(io_error(&nodes_path))?;
    crate::atomic::write(&rels_path, relationships_csv(kg).as_bytes())
        .map_err(io_error(&rels_path))?;
    Ok([nodes_path, rels_path])
}

/// nodes.csv: `NODES_HEADER`, then one entity a line, by id.
fn nodes_csv(kg: &KGraph, attrs: &NodeAttrs) -> String {
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
    s
}

/// relationships.csv: `RELATIONSHIPS_HEADER`, then one relation a line
/// (not merged per pair), by relation id.
fn relationships_csv(kg: &KGraph) -> String {
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
    s
}
