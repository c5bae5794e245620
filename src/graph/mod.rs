//! Graph queries over the stored graph with petgraph.
