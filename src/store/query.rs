//! Read-only questions the CLI and the graph layer ask of the store.
