//! Scoring predictions against a gold file (ANNOTATION.md).
