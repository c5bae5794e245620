//! The full-text index, kept off the ingest's critical path.
//!
//! Trigram indexing was an eighth of the ingest's CPU time, all of it on the
//! single writer thread. The writer now only notes, per batch, the id range
//! of the sentences it added (`fts_pending`); the first `search` after an
//! ingest indexes them in one pass and clears the notes, in one transaction.
//! Until then a search stays exact: it falls back to a scan.

use super::{Result, Store, StoreError, SCHEMA_VERSION};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// Sentences indexed per statement: the progress bar moves between them.
const CHUNK: i64 = 20_000;

impl Store {
    /// Sentences (count, bytes of text) stored but not yet in the
    /// full-text index.
    pub fn unindexed_sentences(&self) -> Result<(i64, i64)> {
        Ok(self.conn.query_row(
            "SELECT count(*), coalesce(sum(length(CAST(s.text AS BLOB))), 0)
             FROM fts_pending p JOIN sentences s ON s.id BETWEEN p.lo AND p.hi",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// Adds every pending sentence to the full-text index, reporting the
    /// bytes of text indexed after each chunk. Opens `path` for writing
    /// (never creating or migrating it); returns the sentences indexed.
    pub fn update_search_index(path: &Path, mut advance: impl FnMut(u64)) -> Result<i64> {
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        conn.busy_timeout(super::BUSY_TIMEOUT)?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version != SCHEMA_VERSION {
            return Ok(0); // not ours to change; the caller scans instead
        }
        let ranges: Vec<(i64, i64)> = tx
            .prepare("SELECT lo, hi FROM fts_pending ORDER BY lo")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut indexed = 0;
        let mut last = i64::MIN;
        {
            let mut insert = tx.prepare(
                "INSERT INTO sentences_fts (rowid, text)
                 SELECT id, text FROM sentences WHERE id BETWEEN ?1 AND ?2",
            )?;
            let mut bytes = tx.prepare(
                "SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM sentences
                 WHERE id BETWEEN ?1 AND ?2",
            )?;
            for (lo, hi) in ranges {
                // Ranges of batches never overlap; this guards against
                // indexing a sentence twice all the same.
                let mut from = lo.max(last.saturating_add(1));
                while from <= hi {
                    let to = hi.min(from.saturating_add(CHUNK - 1));
                    indexed += insert.execute([from, to])? as i64;
                    advance(bytes.query_row([from, to], |r| r.get::<_, i64>(0))? as u64);
                    from = to.saturating_add(1);
                }
                last = last.max(hi);
            }
        }
        tx.execute("DELETE FROM fts_pending", [])?;
        tx.commit()?;
        // The search that called us still has the database open, so this
        // connection is not the last one and closing it leaves the WAL (the
        // whole new index, 137 MB at 20,000 articles) behind. Every later
        // read-only query then rebuilt its index from that file: 34,000
        // page reads, 40 ms, per process. Emptied here instead. Busy (a
        // reader in another process) leaves it to the next writer: no harm
        // but time.
        let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(indexed)
    }
}
