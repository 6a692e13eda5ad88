//! The callers of bookings (issue #16 items 1 and 5), beside the events, never in one. A
//! booking made here keeps its whole contact (addresses too) only until the centre server has
//! it; then only the label (name, relationship) stays, for the call screen. Labels of bookings
//! made elsewhere come down with the reference data. Everything is erased at the end of the
//! slot plus the grace period, or as soon as the server's erased label arrives, whichever is
//! first; the store runs with `secure_delete`, so the text is overwritten, not unlinked.

use super::error::{damaged, db};
use super::{Store, StoreError, ts};
use chrono::{DateTime, Duration, Utc};
use kinline_shared::contact::{CallerContact, CallerLabel, Carried, DEFAULT_GRACE_HOURS, erase_at};
use kinline_shared::ids::BookingId;
use kinline_shared::projection::Centre;
use rusqlite::{OptionalExtension, Transaction, params};

/// Files a contact booked on this tablet, in the booking's own transaction.
pub(super) fn insert_booked(
    tx: &Transaction<'_>,
    centre: &Centre,
    contact: &CallerContact,
) -> Result<(), StoreError> {
    let erase = erase_at(centre, contact.booking, DEFAULT_GRACE_HOURS)
        .ok_or_else(|| damaged("the booking just recorded"))?;
    let json = serde_json::to_string(contact).map_err(|_| damaged("a caller's contact"))?;
    tx.execute(
        "INSERT INTO caller_contacts (booking, name, relationship, contact, erase_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            contact.booking.0.to_string(),
            contact.name,
            contact.relationship,
            json,
            ts(erase)
        ],
    )
    .map_err(db("keep the caller's contact"))?;
    Ok(())
}

/// Files the caller of the earlier booking `from` for the rebooking `booking`, in the
/// rebooking's own transaction: the whole contact while this tablet still holds it (it goes
/// with the next push like any contact booked here), else the label with `carried_from`, and
/// the next push asks the centre server to carry the addresses over
/// ([`Store::caller_contacts_to_carry`]). Only where the rulebook's
/// [`kinline_shared::booking::may_carry`] allows (the server checks the same). Returns whether
/// a caller was filed (an erased label is not carried).
pub(super) fn carry(
    tx: &Transaction<'_>,
    centre: &Centre,
    booking: BookingId,
    from: BookingId,
) -> Result<bool, StoreError> {
    if !kinline_shared::booking::may_carry(centre, Carried { booking, from }) {
        return Ok(false);
    }
    let row: Option<(String, String, Option<String>)> = tx
        .query_row(
            "SELECT name, relationship, contact FROM caller_contacts WHERE booking = ?1",
            [from.0.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .map_err(db("read the earlier caller"))?;
    let Some((name, relationship, contact)) = row.filter(|(n, _, _)| !n.is_empty()) else {
        return Ok(false);
    };
    if let Some(json) = contact {
        let mut contact: CallerContact =
            serde_json::from_str(&json).map_err(|_| damaged("a caller's contact"))?;
        contact.booking = booking;
        insert_booked(tx, centre, &contact)?;
        return Ok(true);
    }
    let erase = erase_at(centre, booking, DEFAULT_GRACE_HOURS)
        .ok_or_else(|| damaged("the booking just recorded"))?;
    tx.execute(
        "INSERT INTO caller_contacts (booking, name, relationship, contact, erase_at, \
         carried_from) VALUES (?1, ?2, ?3, NULL, ?4, ?5)",
        params![
            booking.0.to_string(),
            name,
            relationship,
            ts(erase),
            from.0.to_string()
        ],
    )
    .map_err(db("keep the caller's name"))?;
    Ok(true)
}

/// Files labels from the centre server: a new one is kept until its erase time (its slot's end
/// plus the grace period; 15 days from `now` for a booking not pulled yet), an erased one
/// erases the booking's row here (name, relationship and any contact). Returns how many rows
/// were erased.
pub(super) fn put_labels(
    tx: &Transaction<'_>,
    centre: &Centre,
    labels: &[CallerLabel],
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    let mut erased = 0;
    for l in labels {
        let booking = l.booking.0.to_string();
        if l.is_erased() {
            erased += tx
                .execute("DELETE FROM caller_contacts WHERE booking = ?1", [&booking])
                .map_err(db("erase a caller's contact"))?;
            continue;
        }
        let erase =
            erase_at(centre, l.booking, DEFAULT_GRACE_HOURS).unwrap_or(now + Duration::days(15));
        tx.execute(
            "INSERT INTO caller_contacts (booking, name, relationship, contact, erase_at) \
             VALUES (?1, ?2, ?3, NULL, ?4) ON CONFLICT (booking) DO UPDATE SET \
             name = ?2, relationship = ?3",
            params![booking, l.name, l.relationship, ts(erase)],
        )
        .map_err(db("store a caller's name"))?;
    }
    Ok(erased)
}

/// Erases the rows whose erase time has come. Returns how many.
pub(super) fn erase_due(tx: &Transaction<'_>, now: DateTime<Utc>) -> Result<usize, StoreError> {
    tx.execute(
        "DELETE FROM caller_contacts WHERE erase_at <= ?1",
        [ts(now)],
    )
    .map_err(db("erase callers' contacts"))
}

impl Store {
    /// Who is calling on `booking`, as booked ("name", "relationship"), until it is erased.
    pub fn caller_label(&self, booking: BookingId) -> Result<Option<CallerLabel>, StoreError> {
        self.conn
            .query_row(
                "SELECT name, relationship FROM caller_contacts WHERE booking = ?1",
                [booking.0.to_string()],
                |r| {
                    Ok(CallerLabel {
                        booking,
                        name: r.get(0)?,
                        relationship: r.get(1)?,
                    })
                },
            )
            .optional()
            .map_err(db("read a caller's name"))
    }

    /// The contacts booked here that the centre server does not hold yet, oldest first.
    pub fn caller_contacts_to_push(&self, limit: usize) -> Result<Vec<CallerContact>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT contact FROM caller_contacts WHERE contact IS NOT NULL \
                 ORDER BY booking LIMIT ?1",
            )
            .map_err(db("read the contacts to send"))?;
        let rows = stmt
            .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
                r.get::<_, String>(0)
            })
            .map_err(db("read the contacts to send"))?;
        rows.map(|r| {
            let json = r.map_err(db("read the contacts to send"))?;
            serde_json::from_str(&json).map_err(|_| damaged("a caller's contact"))
        })
        .collect()
    }

    /// The rebookings whose callers the centre server is to carry over from earlier bookings
    /// ([`carry`]), oldest first; each is asked for with every push until the server holds it
    /// or the row is erased.
    pub fn caller_contacts_to_carry(&self, limit: usize) -> Result<Vec<Carried>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT booking, carried_from FROM caller_contacts \
                 WHERE carried_from IS NOT NULL ORDER BY booking LIMIT ?1",
            )
            .map_err(db("read the callers to carry"))?;
        let rows = stmt
            .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(db("read the callers to carry"))?;
        rows.map(|r| {
            let (booking, from) = r.map_err(db("read the callers to carry"))?;
            let id = |s: &str| {
                s.parse()
                    .map(BookingId)
                    .map_err(|_| damaged("a carried caller's booking"))
            };
            Ok(Carried {
                booking: id(&booking)?,
                from: id(&from)?,
            })
        })
        .collect()
    }

    /// The centre server holds these bookings' contacts: only their labels stay here (the
    /// addresses overwritten, `secure_delete`, and the log checkpointed).
    pub fn caller_contacts_sent(&mut self, bookings: &[BookingId]) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction()
            .map_err(db("forget the contacts sent"))?;
        for b in bookings {
            tx.execute(
                "UPDATE caller_contacts SET contact = NULL, carried_from = NULL \
                 WHERE booking = ?1",
                [b.0.to_string()],
            )
            .map_err(db("forget the contacts sent"))?;
        }
        tx.commit().map_err(db("forget the contacts sent"))?;
        // The addresses leave the log too, not only the table.
        self.checkpoint()
    }

    /// Takes in labels from the centre server ([`put_labels`]) in one transaction.
    pub fn apply_caller_labels(
        &mut self,
        labels: &[CallerLabel],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction()
            .map_err(db("store callers' names"))?;
        let erased = put_labels(&tx, &self.centre, labels, now)?;
        tx.commit().map_err(db("store callers' names"))?;
        if erased > 0 {
            self.checkpoint()?;
        }
        Ok(())
    }

    /// Moves the write-ahead log into the file and empties it: erased text (overwritten in the
    /// file by `secure_delete`) leaves no copy in the log either.
    pub(super) fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(db("checkpoint after erasing"))
    }

    /// Erases every contact whose slot ended more than the grace period before `now`, and
    /// checkpoints the log so no copy stays in it. Returns how many were erased.
    pub fn erase_due_caller_contacts(&mut self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let tx = self
            .conn
            .transaction()
            .map_err(db("erase callers' contacts"))?;
        let n = erase_due(&tx, now)?;
        tx.commit().map_err(db("erase callers' contacts"))?;
        if n > 0 {
            self.checkpoint()?;
        }
        Ok(n)
    }
}
