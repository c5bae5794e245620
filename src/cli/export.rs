use super::Outcome;
use shanhai::store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Mentions as JSON Lines in the prediction format of ANNOTATION.md:
    /// one line per document, `doc` = file name.
    Mentions {
        /// Write here instead of stdout.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

pub fn run(db: &Path, cmd: Command) -> anyhow::Result<Outcome> {
    match cmd {
        Command::Mentions { output } => export_mentions(db, output.as_deref()),
    }
}

fn export_mentions(db: &Path, output: Option<&Path>) -> anyhow::Result<Outcome> {
    let store = Store::open_read_only(db)?;
    let predictions = store.predictions()?;
    let mut out = super::output(output)?;
    for p in &predictions {
        serde_json::to_writer(&mut out, p)?;
        writeln!(out)?;
    }
    out.flush()?;
    if let Some(path) = output {
        eprintln!(
            "wrote {} documents to {}",
            predictions.len(),
            path.display()
        );
    }
    Ok(Outcome::Success)
}
