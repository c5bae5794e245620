//! Neo4j bulk-import CSV (`neo4j-admin database import full`).

use super::{csv_field, export_weight, sorted_edges, sorted_nodes, ExportError};
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
    std::fs::write(&nodes_path, s).map_err(io_err(&nodes_path))?;
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
    std::fs::write(&rels_path, s).map_err(io_err(&rels_path))?;
    Ok([nodes_path, rels_path])
}
