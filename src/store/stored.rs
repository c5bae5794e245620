//! Stored text read back into model types. A value this binary does not
//! know (an entity type, a relation kind, attributes that are not JSON) is
//! an error naming its table and row, never a default and never a row
//! silently left out.

use super::StoreError;
use crate::model::WindowCounts;
use rusqlite::types::Type;
use rusqlite::Row;
use std::str::FromStr;

/// A stored value that cannot be read, with the row it is in.
#[derive(Debug, thiserror::Error)]
#[error(
    "{table} row {id}: {problem}; the database was written by another program or edited by hand"
)]
pub struct BadRow {
    pub table: &'static str,
    pub id: i64,
    pub problem: String,
}

/// A `BadRow` as rusqlite's conversion failure, so that row mappers can
/// return it; `StoreError::from` takes it out again.
pub(crate) fn bad_row(
    col: usize,
    table: &'static str,
    id: i64,
    problem: String,
) -> rusqlite::Error {
    let bad = BadRow { table, id, problem };
    rusqlite::Error::FromSqlConversionFailure(col, Type::Text, Box::new(bad))
}

/// Column `col` of a row of `table` whose id is `id`, parsed as `T`.
pub(crate) fn parse_col<T>(
    row: &Row<'_>,
    col: usize,
    table: &'static str,
    id: i64,
) -> rusqlite::Result<T>
where
    T: FromStr<Err = String>,
{
    let text: String = row.get(col)?;
    text.parse()
        .map_err(|problem| bad_row(col, table, id, problem))
}

/// Three count columns from `first` on: sentence, paragraph, document.
pub(crate) fn window_counts(r: &Row<'_>, first: usize) -> rusqlite::Result<WindowCounts> {
    Ok(WindowCounts {
        sentence: r.get(first)?,
        paragraph: r.get(first + 1)?,
        document: r.get(first + 2)?,
    })
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        let rusqlite::Error::FromSqlConversionFailure(col, ty, source) = e else {
            return StoreError::Sql(e);
        };
        match source.downcast::<BadRow>() {
            Ok(bad) => StoreError::BadRow(*bad),
            Err(source) => {
                StoreError::Sql(rusqlite::Error::FromSqlConversionFailure(col, ty, source))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::store::query::WindowCol;
    use crate::store::{Store, StoreError};

    /// A store holding one row that the schema's CHECKs would refuse,
    /// written with the checks off (as a hand edit could).
    fn store_with(sql: &str) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.db")).unwrap();
        store
            .conn
            .execute_batch(&format!("PRAGMA ignore_check_constraints = ON; {sql}"))
            .unwrap();
        (dir, store)
    }

    fn message(e: StoreError) -> String {
        assert!(matches!(e, StoreError::BadRow(_)), "{e:?}");
        e.to_string()
    }

    #[test]
    fn an_unknown_entity_type_is_an_error_naming_the_row() {
        let (_dir, store) = store_with(
            "INSERT INTO entities (id, type, name, mention_count) VALUES (7, 'town', '青石镇', 1);
             INSERT INTO documents (id, path, file_name, hash, encoding, char_count, byte_count,
                                    paragraph_count, sentence_count)
             VALUES (1, '/n/a.txt', 'a.txt', 'h', 'utf-8', 3, 9, 1, 1);
             INSERT INTO sentences (id, document_id, paragraph, idx, char_start, char_end, text)
             VALUES (1, 1, 0, 0, 0, 3, '青石镇');
             INSERT INTO mentions (entity_id, sentence_id, document_id, char_start, char_end, surface)
             VALUES (7, 1, 1, 0, 3, '青石镇')",
        );
        let e = message(store.all_entities().unwrap_err());
        assert!(
            e.starts_with("entities row 7: unknown entity type 'town'"),
            "{e}"
        );
        let e = message(store.known_entities().unwrap_err());
        assert!(
            e.starts_with("entities row 7: unknown entity type 'town'"),
            "{e}"
        );
        let e = message(store.all_names().unwrap_err());
        assert!(e.starts_with("entities row 7:"), "{e}");
        let e = message(store.predictions().unwrap_err());
        assert!(e.starts_with("entities row 7:"), "{e}");
    }

    #[test]
    fn an_unknown_relation_kind_is_an_error_naming_the_row() {
        let (_dir, store) = store_with(
            "INSERT INTO entities (id, type, name) VALUES (1, 'firm', '甲'), (2, 'firm', '乙');
             INSERT INTO relations (id, kind, source_id, target_id, sentence_count)
             VALUES (9, 'contains', 1, 2, 1)",
        );
        let e = message(store.all_relations(WindowCol::Sentence).unwrap_err());
        assert!(
            e.starts_with("relations row 9: unknown relation kind 'contains'"),
            "{e}"
        );
    }

    #[test]
    fn attributes_that_are_not_json_are_an_error_naming_the_row() {
        let (_dir, store) = store_with(
            "INSERT INTO entities (id, type, name, attributes, mention_count)
             VALUES (3, 'park', '青石园', '{parent:', 1)",
        );
        let e = message(store.known_entities().unwrap_err());
        assert!(
            e.starts_with("entities row 3: attributes are not valid JSON"),
            "{e}"
        );
    }

    #[test]
    fn other_sql_errors_stay_sql_errors() {
        let (_dir, store) = store_with("");
        let e: StoreError = store
            .conn
            .query_row("SELECT 'x'", [], |r| r.get::<_, i64>(0))
            .unwrap_err()
            .into();
        assert!(matches!(e, StoreError::Sql(_)), "{e:?}");
    }
}
