//! What the outbox holds and decides, without IO: which messages an event queues (written in
//! the event's own transaction), whether a queued message still goes when its time comes and
//! with what facts, and how long a failed one waits before its next try.

use super::SendError;
use chrono::{DateTime, Duration, Utc};
use kinline_shared::actor::{Actor, Role};
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{BookingId, EventId, StaffId};
use kinline_shared::model::{CallKind, CallOutcome};
use kinline_shared::projection::Centre;
use kinline_shared::time::london_date;
use kinline_shared::workflow::call::CallPhase;

/// The kind of message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    /// The call is booked: the link, the code, the time and what will happen.
    Invitation,
    /// The call is soon (`notify.reminder_minutes` before its slot).
    Reminder,
    /// The call was cancelled.
    Cancellation,
    /// A legal call took the slot (§9): the next free slot is offered.
    Displacement,
}

/// How a message reaches the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    /// Email over SMTP.
    Email,
    /// A text message through the SMS gateway.
    Sms,
}

/// Where a queued message stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum State {
    /// Waiting for its time or its next try.
    Pending,
    /// Sent (never sent again).
    Sent,
    /// Tried and failed for good: staff see it on the booking.
    Failed,
    /// Not to be sent: the booking was cancelled, or the caller gave no such address.
    Void,
}

macro_rules! names {
    ($t:ty { $($v:ident = $s:literal),* $(,)? }) => {
        impl $t {
            /// Its name in the database and the staff API.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$v => $s),* }
            }
            /// From its stored name.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some(Self::$v),)* _ => None }
            }
        }
    };
}

names!(Notice { Invitation = "invitation", Reminder = "reminder", Cancellation = "cancellation", Displacement = "displacement" });
names!(Channel { Email = "email", Sms = "sms" });
names!(State { Pending = "pending", Sent = "sent", Failed = "failed", Void = "void" });

impl Channel {
    /// Both channels: every message is queued on each, and goes where the caller gave an
    /// address.
    pub const ALL: [Channel; 2] = [Channel::Email, Channel::Sms];

    /// In words, for staff.
    pub fn label(self) -> &'static str {
        match self {
            Channel::Email => "email server",
            Channel::Sms => "text message gateway",
        }
    }
}

/// A message to queue: written in the same transaction as `event`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Queued {
    /// The event that causes it (one message per event, notice and channel).
    pub event: EventId,
    /// The booking it is about.
    pub booking: BookingId,
    /// What it says.
    pub notice: Notice,
    /// How it goes.
    pub channel: Channel,
    /// When it is due (centre time, Unix ms).
    pub due_ms: i64,
}

/// A message a pass claimed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claimed {
    /// Its row.
    pub id: i64,
    /// The event that caused it.
    pub event: EventId,
    /// The booking.
    pub booking: BookingId,
    /// What it says.
    pub notice: Notice,
    /// How it goes.
    pub channel: Channel,
    /// Tries so far.
    pub attempts: u32,
}

impl Claimed {
    /// The message's key, the same on every try: its email Message-ID's local part and the
    /// SMS gateway's idempotency key.
    pub fn key(&self) -> String {
        format!(
            "{}.{}.{}",
            self.event.0,
            self.notice.as_str(),
            self.channel.as_str()
        )
    }
}

/// The messages `event` queues: a booking its invitation (now) and reminder (`reminder`
/// before the slot, unless that is already past when it is booked, or `reminder` is zero); a
/// cancellation its notice; a displacement by a legal call (§9) its notice. Each on every
/// channel.
pub fn notices_for(event: &Event, reminder: Duration) -> Vec<Queued> {
    let now = event.recorded_at.timestamp_millis();
    let notices: Vec<(BookingId, Notice, i64)> = match &event.body {
        EventBody::CallBooked {
            booking,
            slot_start,
            ..
        } => {
            let mut v = vec![(*booking, Notice::Invitation, now)];
            let remind = *slot_start - reminder;
            if reminder > Duration::zero() && remind > event.recorded_at {
                v.push((*booking, Notice::Reminder, remind.timestamp_millis()));
            }
            v
        }
        EventBody::CallCancelled {
            booking,
            displaced_by_legal,
            ..
        } => {
            let notice = if *displaced_by_legal {
                Notice::Displacement
            } else {
                Notice::Cancellation
            };
            vec![(*booking, notice, now)]
        }
        _ => Vec::new(),
    };
    notices
        .into_iter()
        .flat_map(|(booking, notice, due_ms)| {
            Channel::ALL.into_iter().map(move |channel| Queued {
                event: event.id,
                booking,
                notice,
                channel,
                due_ms,
            })
        })
        .collect()
}

/// What a message says, decided when it is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    /// What kind of message.
    pub notice: Notice,
    /// Social or legal.
    pub kind: CallKind,
    /// The slot's start.
    pub slot_start: DateTime<Utc>,
    /// The slot's end.
    pub slot_end: DateTime<Utc>,
    /// The next free slot offered to a displaced caller, if there is one.
    pub next_free: Option<DateTime<Utc>>,
    /// Whether it carries the join link and code (an invitation or reminder).
    pub needs_link: bool,
}

/// Whether a message goes, and with what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Send it.
    Send(Facts),
    /// Do not: why, in words for staff.
    Void(&'static str),
}

/// How many days ahead a displaced caller is offered the next free slot.
pub const OFFER_DAYS: u64 = 14;

/// Whether the `notice` about `booking` goes at `now`: an invitation or reminder only for a
/// call still booked whose slot is not over; a notice of a cancellation or displacement
/// always (it says the call will not take place).
pub fn decide(centre: &Centre, booking: BookingId, notice: Notice, now: DateTime<Utc>) -> Decision {
    let Some(call) = centre.calls.get(&booking) else {
        return Decision::Void("the booking is unknown");
    };
    let Some(slot_end) = centre.slot_end(booking) else {
        return Decision::Void("the booking is unknown");
    };
    let cancelled = matches!(
        call.phase,
        CallPhase::Finished {
            outcome: CallOutcome::Cancelled,
            ..
        }
    );
    let facts = Facts {
        notice,
        kind: call.info.kind,
        slot_start: call.info.slot_start,
        slot_end,
        next_free: None,
        needs_link: matches!(notice, Notice::Invitation | Notice::Reminder),
    };
    match notice {
        Notice::Invitation | Notice::Reminder if cancelled => {
            Decision::Void("the call was cancelled before the message went")
        }
        Notice::Invitation | Notice::Reminder if now >= slot_end => {
            Decision::Void("the slot was over before the message went")
        }
        Notice::Invitation | Notice::Reminder => match call.phase {
            CallPhase::Finished { .. } => Decision::Void("the call already took place"),
            _ => Decision::Send(facts),
        },
        Notice::Cancellation => Decision::Send(facts),
        Notice::Displacement => Decision::Send(Facts {
            next_free: next_free_slot(centre, booking, now),
            ..facts
        }),
    }
}

/// The first slot after `now`, within [`OFFER_DAYS`], in which the rulebook would book the
/// displaced call again (the same detainee, social): the rulebook is asked, so whatever makes
/// a slot full or closed is decided in one place.
pub fn next_free_slot(
    centre: &Centre,
    booking: BookingId,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let call = centre.calls.get(&booking)?;
    let schedule = centre.schedule.as_ref()?;
    let asker = Actor::Staff {
        id: StaffId(uuid::Uuid::nil()),
        role: Role::Dco,
    };
    let first = london_date(now);
    (0..=OFFER_DAYS)
        .filter_map(|d| first.checked_add_days(chrono::Days::new(d)))
        .flat_map(|date| schedule.slots_on(date))
        .filter(|s| *s > now && *s != call.info.slot_start)
        .find(|slot| {
            kinline_shared::rules::decide(
                centre,
                &asker,
                EventBody::CallBooked {
                    booking: BookingId(uuid::Uuid::nil()),
                    detainee: call.info.detainee,
                    kind: CallKind::Social,
                    slot_start: *slot,
                },
                now,
            )
            .is_ok()
        })
}

/// After a failed try (`attempts` made so far): how long to wait before the next one —
/// `first`, doubling each time, at most an hour — or none when it failed for good (a
/// permanent error, or `max_attempts` reached).
pub fn after_failure(
    error: &SendError,
    attempts: u32,
    max_attempts: u32,
    first: std::time::Duration,
) -> Option<std::time::Duration> {
    if matches!(error, SendError::Permanent(_)) || attempts >= max_attempts {
        return None;
    }
    let doubled = first.saturating_mul(1u32 << attempts.saturating_sub(1).min(16));
    Some(doubled.min(std::time::Duration::from_secs(3600)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use kinline_shared::clock::Stamp;
    use kinline_shared::ids::{DetaineeId, DeviceId};
    use std::time::Duration as Std;

    fn booked(slot_start: DateTime<Utc>, at: DateTime<Utc>) -> Event {
        let device = DeviceId(uuid::Uuid::now_v7());
        Event {
            id: EventId(uuid::Uuid::now_v7()),
            stamp: Stamp {
                wall_ms: at.timestamp_millis(),
                counter: 0,
                device,
            },
            device,
            actor: Actor::Staff {
                id: StaffId(uuid::Uuid::now_v7()),
                role: Role::Dco,
            },
            recorded_at: at,
            body: EventBody::CallBooked {
                booking: BookingId(uuid::Uuid::now_v7()),
                detainee: DetaineeId(uuid::Uuid::now_v7()),
                kind: CallKind::Social,
                slot_start,
            },
        }
    }

    #[test]
    fn a_booking_queues_an_invitation_now_and_a_reminder_an_hour_before_on_each_channel() {
        let at = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
        let slot = Utc.with_ymd_and_hms(2026, 12, 8, 14, 0, 0).unwrap();
        let q = notices_for(&booked(slot, at), Duration::hours(1));
        let got: Vec<(Notice, Channel, i64)> =
            q.iter().map(|q| (q.notice, q.channel, q.due_ms)).collect();
        let remind = (slot - Duration::hours(1)).timestamp_millis();
        assert_eq!(
            got,
            vec![
                (Notice::Invitation, Channel::Email, at.timestamp_millis()),
                (Notice::Invitation, Channel::Sms, at.timestamp_millis()),
                (Notice::Reminder, Channel::Email, remind),
                (Notice::Reminder, Channel::Sms, remind),
            ]
        );
    }

    #[test]
    fn a_call_booked_within_the_reminder_time_gets_no_reminder() {
        let at = Utc.with_ymd_and_hms(2026, 12, 7, 13, 30, 0).unwrap();
        let slot = Utc.with_ymd_and_hms(2026, 12, 7, 14, 0, 0).unwrap();
        let q = notices_for(&booked(slot, at), Duration::hours(1));
        assert!(q.iter().all(|q| q.notice == Notice::Invitation), "{q:?}");
        assert!(notices_for(&booked(slot, at), Duration::zero()).len() == 2);
    }

    #[test]
    fn a_failed_send_waits_twice_as_long_each_time_and_a_permanent_one_stops() {
        let t = SendError::Transient("refused".into());
        let first = Std::from_secs(30);
        let waits: Vec<_> = (1..=4).map(|a| after_failure(&t, a, 8, first)).collect();
        assert_eq!(
            waits,
            vec![
                Some(Std::from_secs(30)),
                Some(Std::from_secs(60)),
                Some(Std::from_secs(120)),
                Some(Std::from_secs(240))
            ]
        );
        assert_eq!(after_failure(&t, 8, 8, first), None);
        assert_eq!(after_failure(&t, 30, 99, first), Some(Std::from_secs(3600)));
        let p = SendError::Permanent("no such address".into());
        assert_eq!(after_failure(&p, 1, 8, first), None);
    }

    #[test]
    fn every_name_reads_back() {
        for n in [
            Notice::Invitation,
            Notice::Reminder,
            Notice::Cancellation,
            Notice::Displacement,
        ] {
            assert_eq!(Notice::parse(n.as_str()), Some(n));
        }
        for s in [State::Pending, State::Sent, State::Failed, State::Void] {
            assert_eq!(State::parse(s.as_str()), Some(s));
        }
        assert_eq!(Channel::parse("pigeon"), None);
    }
}
