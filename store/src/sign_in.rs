//! Wrong PINs typed on this tablet (DSO §16): counted per member of staff in the store, so a
//! restart gives nobody more tries, and cleared by the right PIN or the next sync
//! ([`Store::apply_reference`]). The screens' backend locks an account at
//! `MAX_PIN_ATTEMPTS`.

use super::error::db;
use super::{Store, StoreError, ts};
use chrono::{DateTime, Utc};
use kinline_shared::ids::StaffId;
use kinline_shared::pin::TABLET_MAX_TRIES;
use rusqlite::{OptionalExtension, params};

impl Store {
    /// How many wrong PINs were typed on this tablet for `staff` since it last synced.
    pub fn sign_in_failures(&self, staff: StaffId) -> Result<u8, StoreError> {
        let n: Option<i64> = self
            .conn
            .query_row(
                "SELECT failures FROM sign_in_failures WHERE staff = ?1",
                params![staff.to_string()],
                |r| r.get(0),
            )
            .optional()
            .map_err(db("read the wrong PINs counted"))?;
        Ok(u8::try_from(n.unwrap_or(0)).unwrap_or(u8::MAX))
    }

    /// Counts one more wrong PIN for `staff` (kept across restarts) and returns the count.
    pub fn add_sign_in_failure(
        &mut self,
        staff: StaffId,
        now: DateTime<Utc>,
    ) -> Result<u8, StoreError> {
        self.conn
            .execute(
                "INSERT INTO sign_in_failures (staff, failures, last_at) VALUES (?1, 1, ?2) \
                 ON CONFLICT (staff) DO UPDATE SET failures = min(failures + 1, 255), \
                 last_at = ?2",
                params![staff.to_string(), ts(now)],
            )
            .map_err(db("count a wrong PIN"))?;
        self.sign_in_failures(staff)
    }

    /// The staff locked on this tablet after [`TABLET_MAX_TRIES`] wrong PINs since it last
    /// synced: reported to the server with the next sync, which locks them there too.
    pub fn locked_out(&self) -> Result<Vec<StaffId>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT staff FROM sign_in_failures WHERE failures >= ?1 ORDER BY staff")
            .map_err(db("read the accounts locked here"))?;
        let rows = stmt
            .query_map(params![i64::from(TABLET_MAX_TRIES)], |r| {
                r.get::<_, String>(0)
            })
            .map_err(db("read the accounts locked here"))?;
        let mut out = Vec::new();
        for row in rows {
            let text = row.map_err(db("read the accounts locked here"))?;
            if let Ok(id) = text.parse::<StaffId>() {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// Forgets the wrong PINs of `staff` (they then typed the right one).
    pub fn clear_sign_in_failures(&mut self, staff: StaffId) -> Result<(), StoreError> {
        self.conn
            .execute(
                "DELETE FROM sign_in_failures WHERE staff = ?1",
                params![staff.to_string()],
            )
            .map_err(db("clear the wrong PINs counted"))?;
        Ok(())
    }
}
