//! The server's side of the video calls (issue #5): a join code for every booked call, made
//! when its `CallBooked` event reaches the server (pushed by a tablet or recorded through the
//! staff API) and kept in the database; the staff route's join link; and whether a code or
//! booking may be joined now (rooms are opened lazily, so a restart loses no link).

use super::Server;
use crate::error::{Failure, ServerError, ServiceError};
use crate::fresh::now_ms;
use crate::push::Checked;
use crate::signalling::{JoinCode, JoinRefusal, RoomInfo, Signalling};
use chrono::{DateTime, Utc};
use kinline_shared::event::EventBody;
use kinline_shared::ids::BookingId;
use kinline_shared::model::{CallKind, CallOutcome};
use kinline_shared::projection::Centre;
use kinline_shared::signalling::EndNotice;
use kinline_shared::workflow::call::CallPhase;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A booked call's join link, for the DCO to give the caller.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct JoinLink {
    /// The join code.
    pub code: String,
    /// The link the caller opens in any browser: `{calls.public_url}/join/{code}`.
    pub url: String,
    /// Social or legal.
    #[schema(value_type = String, example = "social")]
    pub kind: CallKind,
    /// When the slot ends; the link stops working then.
    pub slot_end: DateTime<Utc>,
}

/// The bookings whose accepted events in a pushed batch `pick` names.
fn accepted_bookings<T>(batch: &[Checked], pick: impl Fn(&EventBody) -> Option<T>) -> Vec<T> {
    batch
        .iter()
        .filter(|c| c.refusal.is_none())
        .filter_map(|c| pick(&c.logged.event.body))
        .collect()
}

/// The bookings a pushed batch books (its accepted `CallBooked` events).
pub(crate) fn booked_in(batch: &[Checked]) -> Vec<BookingId> {
    accepted_bookings(batch, |body| match body {
        EventBody::CallBooked { booking, .. } => Some(*booking),
        _ => None,
    })
}

/// The slots of the bookings a pushed batch books (its accepted `CallBooked` events).
pub(crate) fn slots_booked_in(
    batch: &[Checked],
) -> Vec<(BookingId, chrono::DateTime<chrono::Utc>)> {
    accepted_bookings(batch, |body| match body {
        EventBody::CallBooked {
            booking,
            slot_start,
            ..
        } => Some((*booking, *slot_start)),
        _ => None,
    })
}

/// The bookings a pushed batch cancels (its accepted `CallCancelled` events): their open
/// calls are closed.
pub(crate) fn cancelled_in(batch: &[Checked]) -> Vec<BookingId> {
    accepted_bookings(batch, |body| match body {
        EventBody::CallCancelled { booking, .. } => Some(*booking),
        _ => None,
    })
}

/// Whether the call of `booking` may be joined at `now`, and its facts if so.
fn joinable(
    centre: &Centre,
    booking: BookingId,
    now: DateTime<Utc>,
) -> Result<RoomInfo, JoinRefusal> {
    let call = centre.calls.get(&booking).ok_or(JoinRefusal::Unknown)?;
    match call.phase {
        CallPhase::Finished {
            outcome: CallOutcome::Cancelled,
            ..
        } => return Err(JoinRefusal::Cancelled),
        CallPhase::Finished { .. } => return Err(JoinRefusal::Over),
        _ => {}
    }
    let slot_end = centre.slot_end(booking).ok_or(JoinRefusal::Unknown)?;
    if now >= slot_end {
        return Err(JoinRefusal::Past);
    }
    Ok(RoomInfo {
        booking,
        kind: call.info.kind,
        slot_end,
    })
}

impl Server {
    /// The call signalling (rooms by join code).
    pub fn signalling(&self) -> &Signalling {
        &self.signalling
    }

    /// Gives each newly booked call its join code (kept if it has one).
    pub(crate) async fn open_booked_calls(&self, bookings: &[BookingId]) {
        for booking in bookings {
            if let Err(e) = self.code_for(*booking).await {
                // The push is stored; the staff route makes the code when first asked.
                tracing::warn!(booking = %booking.0, error = %e, "join code not stored yet");
            }
        }
    }

    /// Closes the open calls of cancelled bookings: both sides are told the call does not go
    /// ahead, and the link stops working.
    pub(crate) fn close_cancelled_calls(&self, bookings: &[BookingId]) {
        for booking in bookings {
            self.signalling
                .close_booking(*booking, EndNotice::NotAdmitted);
        }
    }

    /// The booking's join code (derived from the server's code key; nothing is stored).
    pub fn join_code(&self, booking: BookingId) -> String {
        JoinCode::for_booking(&self.code_key, booking).0
    }

    /// The booking's join code, derived from the server's code key; its hash is filed so the
    /// code finds the booking (the code itself is never stored).
    async fn code_for(&self, booking: BookingId) -> Result<String, ServerError> {
        let code = self.join_code(booking);
        self.db
            .register_call_code(booking, &JoinCode::hash(&code), now_ms())
            .await?;
        Ok(code)
    }

    /// A booking's join link and code for the caller's messages (the code made if it has
    /// none yet).
    pub(crate) async fn join_code_link(
        &self,
        booking: BookingId,
    ) -> Result<(String, String), ServerError> {
        let code = self.code_for(booking).await?;
        Ok((format!("{}/join/{code}", self.public_base()), code))
    }

    /// The base of caller links: `calls.public_url`, else this server's listen address.
    fn public_base(&self) -> String {
        match &self.config.calls.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => {
                let scheme = if self.config.tls.is_some() {
                    "https"
                } else {
                    "http"
                };
                format!("{scheme}://{}", self.config.listen)
            }
        }
    }

    /// The join link of a booked call, for staff (404 if there is no such booking, 410 if
    /// it was cancelled, already took place or its slot is over).
    pub async fn join_link(&self, booking: BookingId) -> Result<JoinLink, ServiceError> {
        let info = {
            let p = self.projection().await?;
            joinable(&p.centre, booking, self.centre_now())
        }
        .map_err(|r| match r {
            JoinRefusal::Unknown => ServiceError::new(
                Failure::Unknown,
                "unknown_booking",
                "there is no booked call with this id; book the call first",
            ),
            other => other.service_error(),
        })?;
        let code = self.code_for(booking).await?;
        Ok(JoinLink {
            url: format!("{}/join/{code}", self.public_base()),
            code,
            kind: info.kind,
            slot_end: info.slot_end,
        })
    }

    async fn check_room(&self, code: &str, booking: BookingId) -> Result<(), JoinRefusal> {
        // The centre's records first: a cancelled booking says so even when its open call
        // was closed by the cancellation.
        let info = {
            let p = self.projection().await.map_err(|e| {
                tracing::warn!(error = %e, "projection unavailable for a join");
                JoinRefusal::Unknown
            })?;
            joinable(&p.centre, booking, self.centre_now())?
        };
        if let Some((_, Some(_))) = self.signalling.room(code) {
            return Err(JoinRefusal::Over);
        }
        self.signalling.open_room(code, info);
        Ok(())
    }

    /// Whether the call behind a caller's join code may be joined now; opens its room.
    pub async fn call_room(&self, code: &str) -> Result<(), JoinRefusal> {
        if !JoinCode::looks_valid(code) {
            return Err(JoinRefusal::Unknown);
        }
        let booking = match self.signalling.room(code) {
            Some((info, _)) => info.booking,
            None => self
                .db
                .call_booking(&JoinCode::hash(code))
                .await
                .ok()
                .flatten()
                .ok_or(JoinRefusal::Unknown)?,
        };
        self.check_room(code, booking).await
    }

    /// The join code of a booking the tablet connects to, if it may be joined now; opens its
    /// room.
    pub async fn call_room_for_booking(&self, booking: BookingId) -> Result<String, JoinRefusal> {
        let code = self
            .code_for(booking)
            .await
            .map_err(|_| JoinRefusal::Unknown)?;
        self.check_room(&code, booking).await?;
        Ok(code)
    }
}
