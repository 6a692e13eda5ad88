//! Schema migrations: SQL files in `app/migrations/`, embedded at build time and run at open,
//! each in its own transaction with its version. A shipped file is never edited: a change is a
//! new file with the next number.

use super::error::{StoreError, db};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use std::path::Path;

/// Every migration, in order: (version, name, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "0001_store",
        include_str!("../migrations/0001_store.sql"),
    ),
    (
        2,
        "0002_sign_in_failures",
        include_str!("../migrations/0002_sign_in_failures.sql"),
    ),
    (
        3,
        "0003_caller_contacts",
        include_str!("../migrations/0003_caller_contacts.sql"),
    ),
    (
        4,
        "0004_carried_callers",
        include_str!("../migrations/0004_carried_callers.sql"),
    ),
];

/// Brings the schema up to date. Refuses a store written by a newer build, touching nothing.
pub(crate) fn run(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    INTEGER PRIMARY KEY,
             name       TEXT NOT NULL,
             applied_at TEXT NOT NULL
         ) STRICT;",
    )
    .map_err(db("prepare its schema table"))?;
    let current: i64 = conn
        .query_row("SELECT max(version) FROM schema_migrations", [], |r| {
            r.get::<_, Option<i64>>(0)
        })
        .optional()
        .map_err(db("read its schema version"))?
        .flatten()
        .unwrap_or(0);
    let known = MIGRATIONS.last().map_or(0, |m| m.0);
    if current > known {
        return Err(StoreError::NewerSchema {
            path: path.to_owned(),
            found: current,
            known,
        });
    }
    for (version, name, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("start a migration"))?;
        tx.execute_batch(sql)
            .map_err(db("apply a schema migration"))?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, \
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            rusqlite::params![version, name],
        )
        .map_err(db("record a schema migration"))?;
        tx.commit().map_err(db("commit a schema migration"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::MIGRATIONS;

    #[test]
    fn migrations_are_numbered_in_order_without_gaps() {
        for (i, (version, name, _)) in MIGRATIONS.iter().enumerate() {
            assert_eq!(*version, i as i64 + 1);
            assert!(name.starts_with(&format!("{version:04}_")));
        }
    }
}
