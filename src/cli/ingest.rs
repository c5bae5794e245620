use super::{progress::Bar, Outcome};
use anyhow::Context;
use shanhai::extract::{Extractor, UserLexicon};
use shanhai::pipeline;
use shanhai::store::Store;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders (folders are read recursively for .txt, .md, .html,
    /// .htm); `-` reads one article from standard input. Devices and FIFOs
    /// are refused.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Then remove stored documents whose files, at or under PATHS, are
    /// gone (deleted or renamed), with everything they contributed.
    #[arg(long)]
    pub prune: bool,
    #[command(flatten)]
    pub extraction: ExtractionArgs,
    /// Print one line per file, skipped ones included.
    #[arg(short, long)]
    pub verbose: bool,
    /// Documents per write transaction (a kill loses at most one batch).
    #[arg(long, default_value_t = 1024, hide = true)]
    pub batch_docs: usize,
}

#[derive(Debug, clap::Args)]
pub struct ExtractionArgs {
    /// User lexicon (TSV): `surface<TAB>type<TAB>canonical` adds a name or a
    /// merge; `surface<TAB>stop` vetoes a name. See the README.
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
}

impl ExtractionArgs {
    pub fn extractor(&self) -> anyhow::Result<Extractor> {
        let user = match &self.lexicon {
            None => UserLexicon::default(),
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read lexicon {}", path.display()))?;
                UserLexicon::parse(&text)
                    .with_context(|| format!("bad lexicon {}", path.display()))?
            }
        };
        Ok(Extractor::new(user))
    }
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let extractor = args.extraction.extractor()?;
    let batching = pipeline::Batching {
        docs: args.batch_docs,
        ..Default::default()
    };
    let outcome = ingest_paths(db, &extractor, &args.paths, args.verbose, batching)?;
    if args.prune {
        let mut store = Store::open(db)?;
        let removed = pipeline::prune(&mut store, &args.paths)?;
        for path in &removed {
            eprintln!("removed {path} (file gone)");
        }
        eprintln!("pruned: {} document(s) removed", removed.len());
    }
    Ok(outcome)
}

/// Shared by `ingest` and `build`: runs the pipeline and prints the summary.
pub fn ingest_paths(
    db: &Path,
    extractor: &Extractor,
    paths: &[PathBuf],
    verbose: bool,
    batching: pipeline::Batching,
) -> anyhow::Result<Outcome> {
    let mut store = Store::open(db)?;
    let bar = Bar::new(verbose);
    let report = pipeline::ingest_batched(&mut store, extractor, paths, &bar, batching)?;
    eprintln!("{}", report.summary_line());
    if verbose {
        eprintln!(
            "phases: {:.2} s discovering names, {:.2} s inside write transactions",
            report.discover_seconds, report.write_seconds
        );
    }
    if report.stored == 0 && report.skipped > 0 && report.failed() == 0 {
        eprintln!(
            "nothing new: {} document(s) skipped (already stored)",
            report.skipped
        );
    }
    Ok(if report.failed() > 0 {
        Outcome::SomeInputsFailed
    } else {
        Outcome::Success
    })
}
