//! The drawing `shanhai build` leaves in graph_out/: DOT, and SVG when
//! GraphViz is installed.

use super::{io_error, prune, write_dot, DotOptions, ExportError, Prune, PruneReport};
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
    /// Whether `fc-list :lang=zh` found a font for Chinese labels; without
    /// one GraphViz draws every label as boxes.
    pub cjk_font: bool,
}

/// Edges kept in the default drawing (plus each kept node's strongest).
pub const BUILD_TOP_EDGES: usize = 60;

/// Nodes kept in the default drawing, the most mentioned first.
pub const BUILD_TOP_NODES: usize = 60;

/// Entities mentioned this often are always in the default drawing.
pub const BUILD_ALWAYS_MENTIONS: i64 = 10;

/// Above this many nodes or edges GraphViz takes long and draws a
/// hairball: a whole-graph drawing of the seeds (111 nodes, 1,658 edges at
/// the time) took 25 s and could not be read.
pub const LEGIBLE_NODES: usize = 150;
pub const LEGIBLE_EDGES: usize = 400;

/// A warning when a drawing is too big to lay out legibly, suggesting
/// smaller views.
pub fn legibility_warning(nodes: usize, edges: usize) -> Option<String> {
    (nodes > LEGIBLE_NODES || edges > LEGIBLE_EDGES).then(|| {
        format!(
            "warning: {nodes} nodes and {edges} edges are more than GraphViz lays out legibly \
             (about {LEGIBLE_NODES} nodes / {LEGIBLE_EDGES} edges): expect a slow render and a hairball; \
             draw an ego view (--center NAME --depth 1) or prune (--top-edges 100, --k-core 2)"
        )
    })
}

/// Whether fontconfig knows a font covering Chinese (`fc-list :lang=zh`
/// prints one); false when fc-list is missing too.
pub fn cjk_font_installed() -> bool {
    std::process::Command::new("fc-list")
        .args([":lang=zh", "family"])
        .output()
        .is_ok_and(|o| o.status.success() && !o.stdout.trim_ascii().is_empty())
}

/// The drawing `shanhai build` leaves behind: `<out>/<stem>.dot` and
/// `<out>/<stem>.svg` when GraphViz `dot` is on PATH. Nodes are chosen
/// first, by importance (the most mentioned, every entity mentioned
/// `BUILD_ALWAYS_MENTIONS` times or more); then edges among them: the
/// strongest, and each node's strongest; isolated nodes go unless
/// mentioned that often.
pub fn draw_build(store: &Store, out_dir: &Path, stem: &str) -> Result<DrawReport, ExportError> {
    let (kg, report) = build_graph(store)?;
    std::fs::create_dir_all(out_dir).map_err(io_error(out_dir))?;
    let dot_path = out_dir.join(format!("{stem}.dot"));
    let mut buf = Vec::new();
    write_dot(
        &kg,
        &DotOptions {
            title: format!(
                "{stem}: the {BUILD_TOP_NODES} most mentioned entities, strongest co-occurrences"
            ),
            ..DotOptions::default()
        },
        &mut buf,
    )
    .map_err(io_error(&dot_path))?;
    crate::atomic::write(&dot_path, &buf).map_err(io_error(&dot_path))?;
    let mut out = DrawReport {
        dot: dot_path.clone(),
        prune: report,
        ..DrawReport::default()
    };
    render_svg(&dot_path, &out_dir.join(format!("{stem}.svg")), &mut out)?;
    Ok(out)
}

/// The graph the build drawing shows: the whole graph pruned as
/// `draw_build` says, with evidence counts for the edges kept.
fn build_graph(store: &Store) -> Result<(KGraph, PruneReport), ExportError> {
    let mut kg = KGraph::load_all(store, LoadOptions::default())?;
    let report = prune(
        &mut kg,
        &Prune {
            top_nodes: Some(BUILD_TOP_NODES),
            always_mentions: Some(BUILD_ALWAYS_MENTIONS),
            top_edges: Some(BUILD_TOP_EDGES),
            strongest_per_node: true,
            drop_isolated: true,
            ..Prune::default()
        },
    );
    kg.load_evidence_counts(store)?;
    Ok((kg, report))
}

/// Renders `dot_path` to `svg_path` with GraphViz `dot`, under a temporary
/// name so that an interrupted or failed render leaves no SVG that looks
/// complete. Records the SVG (and whether a CJK font is installed) in
/// `out`, or, when `dot` is not installed, a note saying so; a failed
/// render is an error.
fn render_svg(dot_path: &Path, svg_path: &Path, out: &mut DrawReport) -> Result<(), ExportError> {
    let svg_temp = crate::atomic::temp_path(svg_path);
    let rendered = renderer()
        .arg("-Tsvg")
        .arg("-o")
        .arg(&svg_temp)
        .arg(dot_path)
        .output();
    if !matches!(&rendered, Ok(o) if o.status.success()) {
        let _ = std::fs::remove_file(&svg_temp);
    }
    match rendered {
        Ok(o) if o.status.success() => {
            crate::atomic::persist(&svg_temp, svg_path).map_err(io_error(svg_path))?;
            out.svg = Some(svg_path.to_path_buf());
            out.cjk_font = cjk_font_installed();
        }
        Ok(o) => {
            return Err(ExportError::Dot {
                path: dot_path.to_path_buf(),
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
                path: dot_path.to_path_buf(),
                message: e.to_string(),
            })
        }
    }
    Ok(())
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
