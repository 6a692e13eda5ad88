//! The callers of bookings (issue #16 items 1, 2 and 5): taken from a tablet's push (or the
//! staff console's booking), kept beside the events until the slot's end plus the grace period
//! ([`crate::config::Config::contact_grace_hours`]), read by the invitation dispatcher, and
//! then erased — here, and on every tablet through the erased [`CallerLabel`] in the reference
//! data. Nothing here logs a name or an address.

use super::Server;
use crate::db::Held;
use crate::error::ServerError;
use crate::notify::{Contacts, Recipient};
use chrono::{DateTime, Duration, Utc};
use kinline_shared::contact::{CallerContact, CallerLabel, Carried};
use kinline_shared::ids::{BookingId, DeviceId};
use kinline_shared::projection::DEFAULT_SLOT_MINUTES;
use kinline_shared::sync::ReferenceItem;
use std::collections::HashMap;
use std::sync::Arc;

impl Server {
    /// Files the contacts a tablet pushed, each checked as strictly as where it was typed and
    /// only for a booking the push makes (`booked`: its slots) or the centre holds, whose erase
    /// time has not come; returns the bookings whose contacts are now held (stored now, or
    /// before from the same tablet).
    pub(crate) async fn take_contacts(
        &self,
        device: DeviceId,
        contacts: Vec<CallerContact>,
        booked: &[(BookingId, DateTime<Utc>)],
    ) -> Result<Vec<BookingId>, ServerError> {
        if contacts.is_empty() {
            return Ok(Vec::new());
        }
        let (slot_minutes, held_slots) = {
            let p = self.projection().await?;
            let centre = &p.centre;
            let slots: HashMap<BookingId, DateTime<Utc>> = contacts
                .iter()
                .filter_map(|c| Some((c.booking, centre.calls.get(&c.booking)?.info.slot_start)))
                .collect();
            let minutes = centre
                .schedule
                .as_ref()
                .map_or(DEFAULT_SLOT_MINUTES, |s| s.slot_minutes);
            (minutes, slots)
        };
        let grace = Duration::minutes(i64::from(slot_minutes))
            + Duration::hours(i64::from(self.config.contact_grace_hours));
        let now = self.centre_now();
        let mut held = Vec::new();
        let mut refused = 0_usize;
        for contact in contacts {
            let slot = booked
                .iter()
                .find(|(b, _)| *b == contact.booking)
                .map(|(_, s)| *s)
                .or_else(|| held_slots.get(&contact.booking).copied());
            let due = slot.map(|s| s + grace);
            let (Ok(()), Some(due)) = (contact.check(), due) else {
                refused += 1;
                continue;
            };
            if due <= now {
                refused += 1;
                continue;
            }
            match self
                .keep_contact(&contact, device, due.timestamp_millis())
                .await?
            {
                Held::Stored | Held::Already => held.push(contact.booking),
                Held::Other => refused += 1,
            }
        }
        if refused > 0 {
            tracing::warn!(device = %device, refused, "pushed callers' contacts refused");
        }
        Ok(held)
    }

    /// Carries the callers of earlier bookings over to the rebookings a tablet pushed (a
    /// one-tap rebook: the tablet holds only the label), where
    /// [`kinline_shared::booking::may_carry`] allows — the same detainee's call of the same
    /// kind, the earlier one over — and this server still holds the earlier contact. Called
    /// after the push's events are committed (the rebooking must be known). Returns the
    /// rebookings whose contacts are now held; the invitation goes out as for any booking.
    pub(crate) async fn carry_contacts(
        &self,
        device: DeviceId,
        carried: Vec<Carried>,
    ) -> Result<Vec<BookingId>, ServerError> {
        if carried.is_empty() {
            return Ok(Vec::new());
        }
        let allowed: Vec<Carried> = {
            let p = self.projection().await?;
            carried
                .into_iter()
                .filter(|c| kinline_shared::booking::may_carry(&p.centre, *c))
                .collect()
        };
        let mut contacts = Vec::with_capacity(allowed.len());
        for c in allowed {
            if let Some(mut contact) = self.caller_contact(c.from).await? {
                contact.booking = c.booking;
                contacts.push(contact);
            }
        }
        self.take_contacts(device, contacts, &[]).await
    }

    /// Stores one checked contact and, when new, publishes its label to the tablets.
    async fn keep_contact(
        &self,
        contact: &CallerContact,
        device: DeviceId,
        erase_at_ms: i64,
    ) -> Result<Held, ServerError> {
        let json = serde_json::to_string(contact)
            .map_err(|_| ServerError::Corrupt("a caller's contact".into()))?;
        let held = self
            .db
            .put_caller_contact(contact.booking, device, json, erase_at_ms)
            .await?;
        if held == Held::Stored {
            self.db
                .upsert_reference(&ReferenceItem::Caller(contact.label()))
                .await?;
            self.outbox_nudge.notify_one();
        }
        Ok(held)
    }

    /// A booking's caller, until the contact is erased.
    pub async fn caller_contact(
        &self,
        booking: BookingId,
    ) -> Result<Option<CallerContact>, ServerError> {
        let Some(json) = self.db.caller_contact(booking).await? else {
            return Ok(None);
        };
        serde_json::from_str(&json)
            .map(Some)
            .map_err(|_| ServerError::Corrupt("a stored caller's contact".into()))
    }

    /// Erases every contact whose slot ended more than the grace period ago, and tells every
    /// tablet to erase its copy (the erased label replaces the name in the reference data).
    /// Returns how many were erased.
    pub async fn erase_due_contacts(&self) -> Result<usize, ServerError> {
        let now = self.centre_now().timestamp_millis();
        let erased = self.db.erase_due_caller_contacts(now).await?;
        for booking in &erased {
            self.db
                .upsert_reference(&ReferenceItem::Caller(CallerLabel::erased(*booking)))
                .await?;
        }
        if !erased.is_empty() {
            // Last: the file's older copies of the rewritten pages go too.
            self.db.checkpoint().await?;
            tracing::info!(erased = erased.len(), "callers' contacts erased");
        }
        Ok(erased.len())
    }
}

/// The dispatcher's recipients: the contacts the server holds.
pub struct HeldContacts(pub Arc<Server>);

#[async_trait::async_trait]
impl Contacts for HeldContacts {
    async fn recipient(&self, booking: BookingId) -> Result<Option<Recipient>, ServerError> {
        let Some(c) = self.0.caller_contact(booking).await? else {
            return Ok(None);
        };
        let Some(language) = kinline_shared::languages::find(&c.language.0) else {
            return Ok(None);
        };
        Ok(Some(Recipient {
            email: c.email,
            mobile: c.mobile,
            language,
        }))
    }
}
