//! shanhai: a knowledge-graph builder for Chinese regional-industry news.
//! See ARCHITECTURE.md for the map.

pub mod atomic;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod model;
pub mod pipeline;
pub mod store;
pub mod text;
