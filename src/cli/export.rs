use super::Outcome;
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

pub fn run(_db: &Path, _cmd: Command) -> anyhow::Result<Outcome> {
    anyhow::bail!("not yet")
}
