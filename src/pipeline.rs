//! Orchestration: files → parse → discover → link → store.
