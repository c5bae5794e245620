//! Command-line interface: one module per subcommand, each with its `Args`
//! and `run()`. `anyhow` lives here only; the library uses typed errors.

mod build;
mod communities;
mod entities;
mod eval;
mod export;
mod ingest;
mod neighbors;
mod output;
mod path;
mod progress;
mod search;
mod show;
mod show_doc;
mod stats;
mod top;
mod why;

use clap::{Parser, Subcommand};
use shanhai::store::Store;
use std::path::PathBuf;
use std::process::ExitCode;

const AFTER_HELP: &str = "\
Exit codes: 0 success; 1 some inputs failed (the others were stored), or
a query found nothing (no such name, no path, no rows); 2 usage or
database error.

Names: canonical or alias, Latin case ignored; TYPE:NAME (county:上虞)
picks one of namesakes. Common options: -n/--limit, -t/--type,
-f/--format table|json|tsv, -o/--output.

Examples:
  shanhai build                         ingest seeds/ into shanhai.db, draw graph_out/seeds.dot
  shanhai ingest seeds/ tests/data/dev/docs/rE01.txt
  shanhai stats
  shanhai entities --type county --sort degree
  shanhai show 遂昌
  shanhai show-doc seeds/002_4f8eb700d407de6f.txt   kept text, dropped blocks and why
  shanhai neighbors 遂昌 --window paragraph --measure npmi
  shanhai why 阿里云 遂昌
  shanhai path 浙江 上虞
  shanhai top --by pagerank --type firm
  shanhai communities
  shanhai search 遂昌 阿里云
  shanhai export dot --center 遂昌 --depth 2 -o suichang.dot
  shanhai eval --gold tests/data/gold_seeds.jsonl --verbose
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
    /// List entities: filter by type or text, sort by mentions, degree or name.
    Entities(entities::Args),
    /// Everything stored about one entity: aliases, hierarchy, documents,
    /// first and last seen, strongest neighbours.
    Show(show::Args),
    /// Show what cleaning keeps of a file and what it drops, with reasons.
    ShowDoc(show_doc::Args),
    /// Find sentences containing a text (full-text index; LIKE for 1–2 characters).
    Search(search::Args),
    /// Export mentions (JSON Lines) or the graph.
    #[command(
        subcommand,
        after_help = "Examples:
  shanhai export graphml -o g.graphml
  shanhai export dot --center 遂昌 --since 2021-10 -o suichang-late.dot
  shanhai export cytoscape --until 2021-12 -o early.json
  shanhai export mentions --since 2024 -o mentions-2024.jsonl"
    )]
    Export(export::Command),
    /// Score the stored mentions against a gold file (ANNOTATION.md).
    Eval(eval::Args),
    /// Entities linked to one entity, strongest first (relation column:
    /// cooccurs, located_in, contains).
    Neighbors(neighbors::Args),
    /// The sentences that support the relation between two entities.
    Why(why::Args),
    /// Shortest chain between two entities over co-occurrence and/or the
    /// hierarchy, with evidence.
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
    /// A query that ran but found nothing (no rows, no path): exit 1.
    NothingFound,
}

impl Outcome {
    /// Success when a query found something, NothingFound otherwise.
    pub fn found(any: bool) -> Outcome {
        if any {
            Outcome::Success
        } else {
            Outcome::NothingFound
        }
    }

    pub fn exit_code(&self) -> ExitCode {
        match self {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::SomeInputsFailed | Outcome::NothingFound => ExitCode::from(1),
        }
    }
}

/// The exit code of a failed run: 1 when a name is unknown or no path
/// exists (nothing found), 2 for usage and database errors.
pub fn error_code(err: &anyhow::Error) -> ExitCode {
    use shanhai::graph::GraphError;
    match err.downcast_ref::<GraphError>() {
        Some(GraphError::UnknownName { .. } | GraphError::NoPath { .. }) => ExitCode::from(1),
        _ => ExitCode::from(2),
    }
}

/// Runs the command. The query commands that only read the database get
/// it opened read-only here.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let read_only = || Store::open_read_only(&cli.db);
    match cli.command {
        Command::Build(args) => build::run(&cli.db, args),
        Command::Ingest(args) => ingest::run(&cli.db, args),
        Command::Stats(args) => stats::run(&cli.db, args),
        Command::Entities(args) => entities::run(&read_only()?, args),
        Command::Show(args) => show::run(&read_only()?, args),
        Command::Search(args) => search::run(&cli.db, args),
        Command::ShowDoc(args) => show_doc::run(&cli.db, args),
        Command::Export(cmd) => export::run(&cli.db, cmd),
        Command::Eval(args) => eval::run(&cli.db, args),
        Command::Neighbors(args) => neighbors::run(&read_only()?, args),
        Command::Why(args) => why::run(&read_only()?, args),
        Command::Path(args) => path::run(&read_only()?, args),
        Command::Top(args) => top::run(&read_only()?, args),
        Command::Communities(args) => communities::run(&read_only()?, args),
    }
}

/// Stdout (no path, or `-`), or a file created (with its folder) at
/// `path`. The file is written under a temporary name and appears only
/// when the caller's final `flush` succeeds (see `shanhai::atomic`): an
/// error midway leaves no half file.
pub fn output(path: Option<&std::path::Path>) -> anyhow::Result<Box<dyn std::io::Write>> {
    use anyhow::Context;
    Ok(match path {
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        Some(path) if path.as_os_str() == "-" => {
            Box::new(std::io::BufWriter::new(std::io::stdout().lock()))
        }
        Some(path) => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create folder {}", dir.display()))?;
            }
            let file = shanhai::atomic::AtomicFile::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            Box::new(std::io::BufWriter::new(file))
        }
    })
}
