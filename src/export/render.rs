//! The drawing `shanhai build` leaves in graph_out/: DOT, and SVG when
//! GraphViz is installed.

use super::{prune, write_dot, DotOptions, ExportError, Prune, PruneReport};
use crate::graph::{KGraph, LoadOptions};
use crate::store::Store;
use std::io;
use std::path::{Path, PathBuf};

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
    std::fs::write(&dot_path, &buf).map_err(io_err(&dot_path))?;
    let mut out = DrawReport {
        dot: dot_path.clone(),
        prune: report,
        ..DrawReport::default()
    };
    let svg_path = out_dir.join(format!("{stem}.svg"));
    match std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg("-o")
        .arg(&svg_path)
        .arg(&dot_path)
        .output()
    {
        Ok(o) if o.status.success() => out.svg = Some(svg_path),
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
