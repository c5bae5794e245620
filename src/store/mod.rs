//! SQLite storage. The only module that speaks SQL: everything else hands it
//! plain data (`ParsedDoc`, `DocExtraction`) or asks it plain questions.
//!
//! Schema changes are append-only migrations under `migrations/`, applied in
//! order under `PRAGMA user_version`.

mod browse;
mod dated;
mod predictions;
mod search_index;
mod stored;
mod windows;
mod write;

pub mod query;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;
use thiserror::Error;

pub use browse::{until_bound, DocumentMentions, EntitySummary, Place};
pub use dated::{DateRange, DatedGraph, DatedPair};
pub use stored::BadRow;
pub use windows::{WINDOW_SECTION_CHARS, WINDOW_WHOLE_CHARS};
pub use write::{BatchWriter, DocOutcome, DocToWrite};

/// Every migration, in order. Append only: never edit a released one.
pub const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!("../../migrations/0001_init.sql")),
    (
        "0002_kept_dropped",
        include_str!("../../migrations/0002_kept_dropped.sql"),
    ),
    (
        "0003_lazy_search_index",
        include_str!("../../migrations/0003_lazy_search_index.sql"),
    ),
    (
        "0004_window_sections",
        include_str!("../../migrations/0004_window_sections.sql"),
    ),
    (
        "0005_edges_and_totals",
        include_str!("../../migrations/0005_edges_and_totals.sql"),
    ),
];

/// Schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[derive(Debug, Error)]
pub enum StoreError {
    // The cause is the error's source, printed after this in an error
    // chain: naming it here too printed it twice.
    #[error("cannot open database {path}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "no database at {path}; `shanhai build` makes one from the bundled seeds, `shanhai ingest FILES` from yours"
    )]
    Missing { path: PathBuf },
    #[error(
        "{path} has schema version {found}, older than this shanhai's {supported}, and could not be migrated; \
         a write command (`shanhai ingest FILES`) migrates it where it is writable"
    )]
    Outdated {
        path: PathBuf,
        found: i64,
        supported: i64,
        source: Box<StoreError>,
    },
    #[error("{path} is not a shanhai database (not an SQLite file); it was left untouched")]
    NotADatabase { path: PathBuf },
    #[error(
        "{path} is not a shanhai database (an SQLite file of another program, with tables {tables}); \
         it was left untouched"
    )]
    Foreign { path: PathBuf, tables: String },
    #[error(
        "{path} has schema version {found}, newer than this shanhai supports ({supported}); \
         upgrade shanhai — the file was left untouched"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("database {path} is locked by another process (waited {waited_s} s); try again when it finishes")]
    Busy { path: PathBuf, waited_s: u64 },
    // The cause is the error's source: printing it here too would show it
    // (and the SQL it quotes) twice in an error chain.
    #[error("migration {name} failed")]
    Migration {
        name: &'static str,
        source: rusqlite::Error,
    },
    #[error(transparent)]
    BadRow(#[from] BadRow),
    /// A bug upstream of the store, refused rather than stored in part.
    #[error(
        "{path}: mention '{surface}' is in sentence {sentence} (from 0), but the document has {sentences}: the extraction does not match the document (a bug); its write batch was rolled back"
    )]
    MentionOutsideDocument {
        path: PathBuf,
        surface: String,
        sentence: usize,
        sentences: usize,
    },
    /// Converted by `From<rusqlite::Error>` (in `stored`), which takes a
    /// `BadRow` out of a row mapper's error.
    #[error(transparent)]
    Sql(rusqlite::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// How long a writer waits for another process's transaction to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Entity ids by (type, name or alias), valid inside the current
    /// transaction; cleared when one is rolled back.
    entity_ids: write::WriteCache,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    /// A file that is not SQLite, or whose schema is newer than ours, is
    /// refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            entity_ids: Default::default(),
        };
        // Setting WAL mode or migrating can meet another process doing the
        // same on a new file; SQLite then answers "busy" at once, without
        // calling the busy handler, so wait here.
        let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
        loop {
            match store.check_and_migrate() {
                Err(StoreError::Busy { .. }) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                other => break other?,
            }
        }
        Ok(store)
    }

    /// Opens an existing database for queries only.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
            entity_ids: Default::default(),
        };
        let version = store.user_version()?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: store.path.clone(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        store.refuse_foreign()?;
        if version < SCHEMA_VERSION {
            // A database of an older shanhai is migrated, as a write would,
            // then opened for reading again.
            drop(store);
            let outdated = |source| StoreError::Outdated {
                path: path.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
                source: Box::new(source),
            };
            drop(Store::open(path).map_err(outdated)?);
            return Self::open_read_only(path);
        }
        store.conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    fn user_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.classify(e))
    }

    fn classify(&self, e: rusqlite::Error) -> StoreError {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotADatabase {
                path: self.path.clone(),
            },
            Some(rusqlite::ErrorCode::DatabaseBusy) | Some(rusqlite::ErrorCode::DatabaseLocked) => {
                StoreError::Busy {
                    path: self.path.clone(),
                    waited_s: BUSY_TIMEOUT.as_secs(),
                }
            }
            Some(rusqlite::ErrorCode::CannotOpen) | Some(rusqlite::ErrorCode::ReadOnly) => {
                StoreError::Open {
                    path: self.path.clone(),
                    source: e,
                }
            }
            _ => StoreError::Sql(e),
        }
    }

    fn check_and_migrate(&mut self) -> Result<()> {
        // Reading the header first: a non-SQLite file fails here, before
        // any pragma could write to it.
        let version = self.user_version()?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        // Another program's SQLite file: refused while nothing was written
        // (switching to WAL below would already change it).
        self.refuse_foreign()?;
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| self.classify(e))?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        // A larger page cache and rarer checkpoints: batches touch many
        // index pages of a growing database.
        self.conn.pragma_update(None, "cache_size", -65536)?;
        self.conn.pragma_update(None, "wal_autocheckpoint", 8192)?;
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        // The writer's statements keep the plan they were prepared with:
        // SQLite would otherwise prepare the alias lookup again each time
        // it is bound to another name (a sixth of the writer's CPU time on
        // 1,000 articles).
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| {
                let path = self.path.clone();
                match e.sqlite_error_code() {
                    Some(rusqlite::ErrorCode::DatabaseBusy) => StoreError::Busy {
                        path,
                        waited_s: BUSY_TIMEOUT.as_secs(),
                    },
                    _ => StoreError::Open { path, source: e },
                }
            })?;
        // Another process may have migrated while we waited for the lock.
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, (name, sql)) in MIGRATIONS.iter().enumerate() {
            let target = i as i64 + 1;
            if target <= current {
                continue;
            }
            tx.execute_batch(sql)
                .map_err(|source| StoreError::Migration { name, source })?;
            tx.pragma_update(None, "user_version", target)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Refuses an SQLite file that is not ours: schema version 0 with
    /// tables in it, or a version we wrote without our core tables.
    /// Reads only, version and tables in one snapshot (another process
    /// may be creating our tables meanwhile).
    fn refuse_foreign(&self) -> Result<()> {
        let _snapshot = self.conn.unchecked_transaction()?;
        let version = self.user_version()?;
        let names: Vec<String> = {
            let mut stmt = self
                .conn
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .map_err(|e| self.classify(e))?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()
                .map_err(|e| self.classify(e))?
        };
        let ours = ["documents", "entities", "relations", "sentences"]
            .iter()
            .all(|t| names.iter().any(|n| n == t));
        let foreign = if version == 0 {
            !names.is_empty()
        } else {
            !ours
        };
        if foreign {
            let mut tables = names.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
            if names.len() > 5 {
                tables.push_str(", …");
            }
            if tables.is_empty() {
                tables = "none".into();
            }
            return Err(StoreError::Foreign {
                path: self.path.clone(),
                tables,
            });
        }
        Ok(())
    }

    /// Every stored document: id, path key (see `model::path_key`) and hash.
    pub fn document_paths(&self) -> Result<Vec<(i64, String, String)>> {
        let mut stmt = self.conn.prepare("SELECT id, path, hash FROM documents")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Removes documents and everything they contributed (sentences,
    /// mentions, counts, evidence, entities left unsupported), all in one
    /// transaction.
    pub fn remove_documents(&mut self, ids: &[i64]) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        self.entity_ids.clear();
        for &id in ids {
            write::delete_document(&tx, id)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Every document's hash and path, to skip known files before parsing.
    pub fn stored_hashes(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self.conn.prepare("SELECT hash, path FROM documents")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every stored entity with its aliases: the lexicon a new ingest
    /// starts from, so names found before are found again. An entity of
    /// an unknown type or with attributes that are not JSON is an error
    /// naming its row.
    pub fn known_entities(&self) -> Result<Vec<crate::model::EntityRecord>> {
        let mut aliases = self.all_aliases()?;
        let mut stmt = self
            .conn
            .prepare("SELECT id, type, name, attributes FROM entities WHERE mention_count > 0")?;
        let rows = stmt.query_map([], |r| {
            let id: i64 = r.get(0)?;
            Ok((id, known_entity(r, id)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, mut record) = row?;
            record.aliases = aliases.remove(&id).unwrap_or_default();
            out.push(record);
        }
        Ok(out)
    }

    /// Every alias, by entity id.
    fn all_aliases(&self) -> Result<HashMap<i64, Vec<String>>> {
        let mut aliases: HashMap<i64, Vec<String>> = HashMap::new();
        let mut stmt = self.conn.prepare("SELECT entity_id, alias FROM aliases")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, alias) = row?;
            aliases.entry(id).or_default().push(alias);
        }
        Ok(aliases)
    }

    /// How many entities and relations are stored (one snapshot): what an
    /// ingest reports at its end. `stats` reads far more (every table,
    /// relations by kind: a fifth of a second at 20,000 articles).
    pub fn entity_and_relation_counts(&self) -> Result<(i64, i64)> {
        let _snapshot = self.conn.unchecked_transaction()?;
        let count = |table: &str| -> Result<i64> {
            Ok(self
                .conn
                .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?)
        };
        Ok((count("entities")?, count("relations")?))
    }

    /// Row counts per table and entities per type, read in one
    /// transaction: one snapshot even while another process ingests.
    pub fn stats(&self) -> Result<Stats> {
        let _snapshot = self.conn.unchecked_transaction()?;
        let count = |table: &str| -> Result<i64> {
            Ok(self
                .conn
                .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?)
        };
        let mut tables = Vec::new();
        for t in [
            "documents",
            "sentences",
            "entities",
            "aliases",
            "mentions",
            "relations",
            "relation_evidence",
        ] {
            tables.push((t.to_string(), count(t)?));
        }
        let mut stmt = self.conn.prepare(
            "SELECT type, COUNT(*), SUM(mention_count) FROM entities GROUP BY type ORDER BY type",
        )?;
        let per_type = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get::<_, Option<i64>>(2)?.unwrap_or(0),
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = self
            .conn
            .prepare("SELECT kind, COUNT(*) FROM relations GROUP BY kind ORDER BY kind")?;
        let per_kind = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let cleaning = self.conn.query_row(
            "SELECT COUNT(kept_chars), COUNT(*) - COUNT(kept_chars),
                    COALESCE(SUM(kept_chars), 0), COALESCE(SUM(dropped_chars), 0),
                    COALESCE(SUM(dropped_chars > kept_chars), 0)
             FROM documents",
            [],
            |r| {
                Ok(Cleaning {
                    documents: r.get(0)?,
                    unrecorded: r.get(1)?,
                    kept_chars: r.get(2)?,
                    dropped_chars: r.get(3)?,
                    mostly_dropped: r.get(4)?,
                })
            },
        )?;
        Ok(Stats {
            tables,
            per_type,
            per_kind,
            cleaning,
        })
    }

    /// The stored record of the document at `path`: (kept, dropped)
    /// characters, each `None` when stored before they were recorded.
    /// `None` when no document is stored at that path.
    pub fn kept_dropped(&self, path: &str) -> Result<Option<(Option<i64>, Option<i64>)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT kept_chars, dropped_chars FROM documents WHERE path = ?1",
                [path],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}

/// An entity row (id, type, name, attributes) without its aliases.
fn known_entity(r: &rusqlite::Row<'_>, id: i64) -> rusqlite::Result<crate::model::EntityRecord> {
    use crate::model::{EntityAttrs, EntityKey, EntityRecord};
    let etype = stored::parse_col(r, 1, "entities", id)?;
    let attrs: String = r.get(3)?;
    let attrs: EntityAttrs = serde_json::from_str(&attrs).map_err(|e| {
        stored::bad_row(
            3,
            "entities",
            id,
            format!("attributes are not valid JSON ({e})"),
        )
    })?;
    Ok(EntityRecord {
        key: EntityKey::new(etype, r.get::<_, String>(2)?),
        attrs,
        aliases: Vec::new(),
    })
}

/// What cleaning kept and dropped, summed over the stored documents.
#[derive(Debug, Default, serde::Serialize)]
pub struct Cleaning {
    /// Documents with a record (stored since schema version 2).
    pub documents: i64,
    /// Documents stored before the record existed.
    pub unrecorded: i64,
    pub kept_chars: i64,
    pub dropped_chars: i64,
    /// Documents that lost more than half of their text.
    pub mostly_dropped: i64,
}

#[derive(Debug, serde::Serialize)]
pub struct Stats {
    pub tables: Vec<(String, i64)>,
    /// (type, entities, mentions)
    pub per_type: Vec<(String, i64, i64)>,
    /// (relation kind, relations)
    pub per_kind: Vec<(String, i64)>,
    pub cleaning: Cleaning,
}

impl Stats {
    pub fn table(&self, name: &str) -> i64 {
        self.tables
            .iter()
            .find(|(t, _)| t == name)
            .map_or(0, |(_, n)| *n)
    }
}
