//! `SHANHAI_DEMO_DB=/tmp/demo.db cargo test --test graph_demo -- --ignored`
//! writes the standard fixture graph to a file, to try the commands on.
mod common;

use common::fixture;
use std::path::PathBuf;

#[test]
#[ignore]
fn make_demo_db() {
    let path =
        PathBuf::from(std::env::var("SHANHAI_DEMO_DB").unwrap_or("/tmp/shanhai-demo.db".into()));
    let _ = std::fs::remove_file(&path);
    fixture::standard_db(&path).expect("fixture");
    eprintln!("wrote {}", path.display());
}

/// A bigger synthetic corpus (≈70 entities, 120 documents) for looking at
/// drawings: `SHANHAI_DEMO_DB=/tmp/big.db cargo test --test graph_demo big -- --ignored`.
#[test]
#[ignore]
fn make_big_demo_db() {
    let path =
        PathBuf::from(std::env::var("SHANHAI_DEMO_DB").unwrap_or("/tmp/shanhai-big.db".into()));
    let _ = std::fs::remove_file(&path);
    let (entities, docs) = fixture::synthetic(120);
    let mut store = shanhai::store::Store::open(&path).expect("open");
    fixture::write(&mut store, &entities, &docs).expect("write");
    eprintln!("wrote {}", path.display());
}
