//! The store as the sync client sees it ([`SyncStore`]): the outbox, acknowledgements, parked
//! refusals, pulled events and the reference data (staff credentials, roster, compact texts),
//! plus the reads the screens' backend needs (every event, the synced reference items).
//!
//! Reference data is kept per [`ReferenceKind`] as the list of the server's items, a later item
//! replacing an earlier one with the same key; every kind is rewritten with the page's cursor in
//! one transaction, so the kinds never disagree about where the next pull starts.

use super::error::{damaged, db};
use super::{ReferenceKind, Store, StoreError, ts};
use chrono::{DateTime, Utc};
use ed25519_dalek::Signer;
use kinline_shared::contact::{CallerContact, CallerLabel, Carried};
use kinline_shared::event::Event;
use kinline_shared::ids::{BookingId, DeviceId, EventId, StaffId};
use kinline_shared::sync::{LoggedEvent, ReferenceItem, Refusal};
use kinline_sync::{StoreFailure, SyncStore};
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use std::collections::BTreeMap;

/// The kinds a pulled reference item is filed under. Of the device settings only this
/// tablet's own are kept (its sync interval stays its config's; the booking horizon is the
/// centre's). A tablet of a release that kept none starts this kind at cursor 0, so its first
/// pull after the upgrade brings its settings in.
const SYNCED_KINDS: [ReferenceKind; 4] = [
    ReferenceKind::StaffCredentials,
    ReferenceKind::Roster,
    ReferenceKind::CompactVersions,
    ReferenceKind::DeviceSettings,
];

fn kind_of(item: &ReferenceItem, own: DeviceId) -> Option<ReferenceKind> {
    match item {
        ReferenceItem::StaffCredential { .. } => Some(ReferenceKind::StaffCredentials),
        ReferenceItem::RosterEntry { .. } => Some(ReferenceKind::Roster),
        ReferenceItem::CompactText { .. } => Some(ReferenceKind::CompactVersions),
        ReferenceItem::DeviceSettings { device, .. } if *device == own => {
            Some(ReferenceKind::DeviceSettings)
        }
        ReferenceItem::DeviceSettings { .. } | ReferenceItem::Caller(_) => None,
    }
}

impl Store {
    /// Signs `bytes` with this tablet's device key (sync requests).
    pub fn sign(&self, bytes: &[u8]) -> [u8; 64] {
        self.signing.sign(bytes).to_bytes()
    }

    /// How many events the server refused and are parked.
    pub fn parked_len(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM parked", [], |r| r.get::<_, i64>(0))
            .map(|n| u64::try_from(n).unwrap_or(0))
            .map_err(db("count parked events"))
    }

    /// Every event held (this tablet's and pulled ones), in stamp order.
    pub fn events(&self) -> Result<Vec<Event>, StoreError> {
        super::read_events(&self.conn)
    }

    /// The synced reference items of one kind (empty before the first sync).
    pub fn reference_items(&self, kind: ReferenceKind) -> Result<Vec<ReferenceItem>, StoreError> {
        Ok(self
            .reference::<Vec<ReferenceItem>>(kind)?
            .map(|r| r.data)
            .unwrap_or_default())
    }

    /// How many London days ahead the centre server lets this tablet book (its
    /// `booking_horizon_days`, as last synced); `None` before the server sent it.
    pub fn booking_horizon_days(&self) -> Result<Option<u32>, StoreError> {
        let own = self.recorder.device();
        Ok(self
            .reference_items(ReferenceKind::DeviceSettings)?
            .into_iter()
            .find_map(|i| match i {
                ReferenceItem::DeviceSettings {
                    device,
                    booking_horizon_days,
                    ..
                } if device == own => Some(booking_horizon_days),
                _ => None,
            }))
    }

    /// Where the next pull of reference data starts: the lowest cursor of the kinds kept
    /// (0 before the first pull, so a kind seeded locally never skips the server's items).
    pub fn reference_cursor(&self) -> Result<u64, StoreError> {
        let mut lowest: Option<u64> = None;
        for kind in SYNCED_KINDS {
            let cursor = self
                .conn
                .query_row(
                    "SELECT cursor FROM reference_data WHERE kind = ?1",
                    [kind.key()],
                    |r| r.get::<_, i64>(0),
                )
                .optional()
                .map_err(db("read the reference cursor"))?
                .map_or(0, |c| u64::try_from(c).unwrap_or(0));
            lowest = Some(lowest.map_or(cursor, |l| l.min(cursor)));
        }
        Ok(lowest.unwrap_or(0))
    }

    /// Merges pulled reference items into what is kept (a later item replaces an earlier one
    /// with the same key) and moves every kind's cursor to `cursor`, in one transaction.
    pub fn apply_reference(
        &mut self,
        items: &[ReferenceItem],
        cursor: u64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut merged: BTreeMap<&'static str, BTreeMap<String, ReferenceItem>> = BTreeMap::new();
        for kind in SYNCED_KINDS {
            let held = self.reference_items(kind)?;
            merged.insert(kind.key(), held.into_iter().map(|i| (i.key(), i)).collect());
        }
        let own = self.recorder.device();
        for item in items {
            if let Some(kind) = kind_of(item, own) {
                merged
                    .entry(kind.key())
                    .or_default()
                    .insert(item.key(), item.clone());
            }
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db("start storing reference data"))?;
        let cursor = i64::try_from(cursor).unwrap_or(i64::MAX);
        for (key, by_key) in merged {
            let list: Vec<&ReferenceItem> = by_key.values().collect();
            let payload = serde_json::to_string(&list).map_err(|_| damaged("reference data"))?;
            tx.execute(
                "INSERT INTO reference_data (kind, cursor, payload, stored_at) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (kind) DO UPDATE SET cursor = ?2, \
                 payload = ?3, stored_at = ?4",
                params![key, cursor, payload, ts(now)],
            )
            .map_err(db("store reference data"))?;
        }
        // The tablet synced: the centre server's word on every account is fresh again, so
        // the accounts locked here after wrong PINs open (DSO §16).
        tx.execute("DELETE FROM sign_in_failures", [])
            .map_err(db("clear the wrong PINs counted"))?;
        // Callers' labels, kept beside the kinds above; erased ones, and any whose time has
        // come, erased here too (issue #16 item 5).
        let labels: Vec<CallerLabel> = items
            .iter()
            .filter_map(|i| match i {
                ReferenceItem::Caller(l) => Some(l.clone()),
                _ => None,
            })
            .collect();
        let erased = super::contacts::put_labels(&tx, &self.centre, &labels, now)?
            + super::contacts::erase_due(&tx, now)?;
        tx.commit().map_err(db("commit reference data"))?;
        if erased > 0 {
            self.checkpoint()?;
        }
        Ok(())
    }
}

fn failure(e: StoreError) -> StoreFailure {
    StoreFailure(e.to_string())
}

impl SyncStore for Store {
    fn device(&self) -> DeviceId {
        self.recorder.device()
    }

    fn sign(&self, bytes: &[u8]) -> [u8; 64] {
        Store::sign(self, bytes)
    }

    fn outbox_batch(&self, limit: u32) -> Result<Vec<LoggedEvent>, StoreFailure> {
        Store::outbox_batch(self, limit).map_err(failure)
    }

    fn queue_len(&self) -> Result<u64, StoreFailure> {
        Store::queue_len(self).map_err(failure)
    }

    fn acknowledge(&mut self, high_water: u64, now: DateTime<Utc>) -> Result<(), StoreFailure> {
        Store::acknowledge(self, high_water, now)
            .map(drop)
            .map_err(failure)
    }

    fn park(
        &mut self,
        event: EventId,
        refusal: &Refusal,
        now: DateTime<Utc>,
    ) -> Result<(), StoreFailure> {
        Store::park(self, event, refusal, now)
            .map(drop)
            .map_err(failure)
    }

    fn parked_len(&self) -> Result<u64, StoreFailure> {
        Store::parked_len(self).map_err(failure)
    }

    fn pull_cursor(&self) -> Result<u64, StoreFailure> {
        Store::pull_cursor(self).map_err(failure)
    }

    fn apply_remote(
        &mut self,
        events: &[Event],
        cursor: u64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreFailure> {
        Store::apply_remote(self, events, cursor, now)
            .map(drop)
            .map_err(failure)
    }

    fn reference_cursor(&self) -> Result<u64, StoreFailure> {
        Store::reference_cursor(self).map_err(failure)
    }

    fn apply_reference(
        &mut self,
        items: &[ReferenceItem],
        cursor: u64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreFailure> {
        Store::apply_reference(self, items, cursor, now).map_err(failure)
    }

    fn resend_after(&mut self, high_water: u64) -> Result<u64, StoreFailure> {
        Store::resend_after(self, high_water).map_err(failure)
    }

    fn locked_out(&self) -> Result<Vec<StaffId>, StoreFailure> {
        Store::locked_out(self).map_err(failure)
    }

    fn caller_contacts_to_push(&self, limit: usize) -> Result<Vec<CallerContact>, StoreFailure> {
        Store::caller_contacts_to_push(self, limit).map_err(failure)
    }

    fn caller_contacts_to_carry(&self, limit: usize) -> Result<Vec<Carried>, StoreFailure> {
        Store::caller_contacts_to_carry(self, limit).map_err(failure)
    }

    fn caller_contacts_sent(&mut self, bookings: &[BookingId]) -> Result<(), StoreFailure> {
        Store::caller_contacts_sent(self, bookings).map_err(failure)
    }
}
