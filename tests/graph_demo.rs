//! `SHANHAI_DEMO_DB=/tmp/demo.db cargo test --test graph_demo -- --ignored`
//! writes the standard fixture graph to a file, to try the commands on.
use std::path::PathBuf;

#[test]
#[ignore]
fn make_demo_db() {
    let path =
        PathBuf::from(std::env::var("SHANHAI_DEMO_DB").unwrap_or("/tmp/shanhai-demo.db".into()));
    let _ = std::fs::remove_file(&path);
    shanhai::graph::fixture::standard_db(&path).expect("fixture");
    eprintln!("wrote {}", path.display());
}
