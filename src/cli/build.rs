use super::{ingest, Outcome};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of articles to ingest.
    #[arg(long, default_value = "seeds")]
    pub seeds: PathBuf,
    /// Folder the drawings are written to.
    #[arg(long, default_value = "graph_out")]
    pub out: PathBuf,
    #[command(flatten)]
    pub extraction: ingest::ExtractionArgs,
    #[arg(short, long)]
    pub verbose: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    if !args.seeds.is_dir() {
        anyhow::bail!(
            "{} is not a folder; run `shanhai build` from the project root or pass --seeds DIR",
            args.seeds.display()
        );
    }
    let extractor = args.extraction.extractor()?;
    let outcome = ingest::ingest_paths(
        db,
        &extractor,
        std::slice::from_ref(&args.seeds),
        args.verbose,
        Default::default(),
    )?;
    let store = shanhai::store::Store::open_read_only(db)?;
    let drawn = shanhai::export::draw_build(&store, &args.out, "seeds")?;
    eprintln!(
        "drew {} ({} most mentioned entities and all with ≥ {} mentions, top {} co-occurrences by count and each one's strongest; {})",
        drawn.dot.display(),
        shanhai::export::BUILD_TOP_NODES,
        shanhai::export::BUILD_ALWAYS_MENTIONS,
        shanhai::export::BUILD_TOP_EDGES,
        drawn.prune.summary()
    );
    if drawn.prune.edges_before == 0 {
        eprintln!(
            "the graph is empty: no co-occurrences stored yet, the drawing shows only the legend"
        );
    }
    match (&drawn.svg, &drawn.note) {
        (Some(svg), _) if drawn.cjk_font => eprintln!("rendered {}", svg.display()),
        (Some(svg), _) => eprintln!(
            "wrote {} but no CJK font is installed (`fc-list :lang=zh` lists none): its labels show as boxes; \
             install one (apt-get install fonts-noto-cjk) and run `dot -Tsvg {} -o {}`",
            svg.display(),
            drawn.dot.display(),
            svg.display()
        ),
        (None, Some(note)) => eprintln!("{note}"),
        (None, None) => {}
    }
    Ok(outcome)
}
