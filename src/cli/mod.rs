//! Command-line interface: one module per subcommand, each with its `Args`
//! and `run()`. `anyhow` lives here only; the library uses typed errors.

mod build;
mod communities;
mod eval;
mod export;
mod ingest;
mod neighbors;
mod output;
mod path;
mod progress;
mod search;
mod show_doc;
mod stats;
mod top;
mod why;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

const AFTER_HELP: &str = "\
Exit codes: 0 success; 1 some inputs failed (the others were stored);
2 usage or database error.

Examples:
  shanhai build                         ingest seeds/ into shanhai.db, draw graph_out/seeds.dot
  shanhai ingest news/ more/article.html
  shanhai stats
  shanhai show-doc news/article.html    kept text, dropped blocks and why
  shanhai neighbors 宇恒电池 --window paragraph --measure npmi
  shanhai why 宇恒电池 长兴经开区
  shanhai path 宇恒电池 德清县
  shanhai top --by pagerank --type firm
  shanhai communities
  shanhai export dot --center 长兴县 --depth 2 -o changxing.dot
  shanhai eval --gold gold.jsonl --verbose
  sqlite3 shanhai.db 'SELECT * FROM entity_degrees ORDER BY degree DESC LIMIT 10'";

/// Build a knowledge graph of counties, firms, parks and platforms from
/// Chinese regional-industry news, stored in SQLite.
#[derive(Debug, Parser)]
#[command(name = "shanhai", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// SQLite database to read and write.
    #[arg(long, global = true, env = "SHANHAI_DB", default_value = "shanhai.db")]
    pub db: PathBuf,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The main job: ingest the bundled seeds/ and draw graph_out/seeds.dot
    /// (and .svg when GraphViz is installed).
    Build(build::Args),
    /// Ingest article files or folders (recursive: .txt, .md, .html, .htm).
    Ingest(ingest::Args),
    /// Count rows per table and entities per type.
    Stats(stats::Args),
    /// Show what cleaning keeps of a file and what it drops, with reasons.
    ShowDoc(show_doc::Args),
    /// Find sentences containing a text (full-text index; LIKE for 1–2 characters).
    Search(search::Args),
    /// Export mentions (JSON Lines) or the graph.
    #[command(subcommand)]
    Export(export::Command),
    /// Score the stored mentions against a gold file (ANNOTATION.md).
    Eval(eval::Args),
    /// Entities linked to one entity, strongest first (kind column shows
    /// located_in edges too).
    Neighbors(neighbors::Args),
    /// The sentences that support the relation between two entities.
    Why(why::Args),
    /// Shortest chain of co-occurrences between two entities, with evidence.
    Path(path::Args),
    /// The most central entities: by degree, PageRank or betweenness.
    Top(top::Args),
    /// Groups of closely linked entities (Louvain, deterministic).
    Communities(communities::Args),
}

/// How a successful run ended.
pub enum Outcome {
    Success,
    SomeInputsFailed,
}

impl Outcome {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::SomeInputsFailed => ExitCode::from(1),
        }
    }
}

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Build(args) => build::run(&cli.db, args),
        Command::Ingest(args) => ingest::run(&cli.db, args),
        Command::Stats(args) => stats::run(&cli.db, args),
        Command::Search(args) => search::run(&cli.db, args),
        Command::ShowDoc(args) => show_doc::run(&cli.db, args),
        Command::Export(cmd) => export::run(&cli.db, cmd),
        Command::Eval(args) => eval::run(&cli.db, args),
        Command::Neighbors(args) => neighbors::run(&cli.db, args),
        Command::Why(args) => why::run(&cli.db, args),
        Command::Path(args) => path::run(&cli.db, args),
        Command::Top(args) => top::run(&cli.db, args),
        Command::Communities(args) => communities::run(&cli.db, args),
    }
}

/// Stdout, or a file created (with its folder) at `path`.
pub fn output(path: Option<&std::path::Path>) -> anyhow::Result<Box<dyn std::io::Write>> {
    use anyhow::Context;
    Ok(match path {
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        Some(path) => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create folder {}", dir.display()))?;
            }
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            Box::new(std::io::BufWriter::new(file))
        }
    })
}
