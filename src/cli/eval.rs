use super::Outcome;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold file (JSON Lines, ANNOTATION.md format).
    #[arg(long)]
    pub gold: PathBuf,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// List missed and spurious entities per document.
    #[arg(short, long)]
    pub verbose: bool,
}

pub fn run(_db: &Path, _args: Args) -> anyhow::Result<Outcome> {
    anyhow::bail!("not yet")
}
