//! The one way an event is made: decide → stamp → chain → sign.
//!
//! A [`Recorder`] is one device's writing hand: its hybrid logical clock and the head of its
//! log. [`Recorder::record`] asks the rulebook ([`rules::decide`]) and turns what it allows
//! into events, each stamped by the device's clock, placed in its log after the one before
//! (index and previous hash) and signed with the device's key. The tablet's store, the centre
//! server, the in-memory tablet and the test harnesses all record through it; what they add is
//! only where the events are kept.
//!
//! Pure like the rest of the crate: the time and the random bytes come in as arguments, and so
//! does the key — a [`Sign`] the shell implements (Ed25519 in every shell today), so the crate
//! links no cryptography of its own beyond SHA-256.

use crate::actor::Actor;
use crate::clock::{ClockDrift, HybridClock, Stamp};
use crate::dso::RuleViolation;
use crate::event::{Event, EventBody};
use crate::ids::{DeviceId, EventId};
use crate::projection::{Centre, Timeline};
use crate::rules;
use crate::sync::{GENESIS_HASH, LoggedEvent};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// A device's signing key, as the recorder needs it: an Ed25519 signature over the bytes
/// [`LoggedEvent::signing_bytes`] gives. Any `Fn(&[u8]) -> [u8; 64]` is one.
pub trait Sign {
    /// The signature over `message`.
    fn sign(&self, message: &[u8]) -> [u8; 64];
}

impl<F: Fn(&[u8]) -> [u8; 64]> Sign for F {
    fn sign(&self, message: &[u8]) -> [u8; 64] {
        self(message)
    }
}

/// The last event of a device's log: its index (0 before the first) and its chain hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainHead {
    /// The index of the device's last event; 0 for an empty log.
    pub index: u64,
    /// That event's chain hash ([`GENESIS_HASH`] for an empty log).
    pub hash: String,
}

impl ChainHead {
    /// The head of an empty log.
    pub fn genesis() -> Self {
        Self {
            index: 0,
            hash: GENESIS_HASH.to_owned(),
        }
    }
}

/// An event as the recorder made it: in its device's log, signed, with what a shell stores
/// beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Made {
    /// The event in its device's log, signed.
    pub logged: LoggedEvent,
    /// Its chain hash (what the next event names as its previous hash).
    pub hash: String,
    /// The event as JSON, exactly as signed and hashed (a store keeps these bytes).
    pub json: String,
}

/// One device's recorder: its clock and the head of its log. `Clone` so a shell whose write
/// fails can put back the recorder it had before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorder {
    device: DeviceId,
    clock: HybridClock,
    head: ChainHead,
}

impl Recorder {
    /// A new device's recorder: nothing stamped, an empty log.
    pub fn new(device: DeviceId) -> Self {
        Self::resume(device, None, ChainHead::genesis())
    }

    /// A recorder resumed after a restart from the last stamp the device issued or observed
    /// and the head of its log.
    pub fn resume(device: DeviceId, last: Option<Stamp>, head: ChainHead) -> Self {
        Self {
            device,
            clock: HybridClock::resume(device, last),
            head,
        }
    }

    /// The device whose events this makes.
    pub fn device(&self) -> DeviceId {
        self.device
    }

    /// The head of the device's log.
    pub fn head(&self) -> &ChainHead {
        &self.head
    }

    /// The last stamp issued or observed (what a restart resumes from), if any.
    pub fn last_stamp(&self) -> Option<Stamp> {
        self.clock.last()
    }

    /// Takes a stamp seen from another device into account (see [`HybridClock::observe`]).
    pub fn observe(&mut self, remote: Stamp, physical_ms: i64) -> Result<(), ClockDrift> {
        self.clock.observe(remote, physical_ms)
    }

    /// Proposes `body` by `actor` at `now` against `centre`: refused, nothing is made and the
    /// recorder is unchanged; allowed, the events the rules return (the proposal and what the
    /// order requires to follow it) are made in order. `random` is 10 fresh random bytes from
    /// the shell; each event's id is drawn from them, the device and its index.
    pub fn record(
        &mut self,
        centre: &Centre,
        actor: Actor,
        body: EventBody,
        now: DateTime<Utc>,
        random: [u8; 10],
        key: &impl Sign,
    ) -> Result<Vec<Made>, RuleViolation> {
        let bodies = rules::decide(centre, &actor, body, now)?;
        Ok(bodies
            .into_iter()
            .map(|body| self.record_unchecked(actor, body, now, random, key))
            .collect())
    }

    /// [`Self::record`] against a timeline's centre, folding what it makes into the timeline:
    /// the in-memory tablet's way, and the test centre's. Returns the events' ids.
    pub fn record_into(
        &mut self,
        line: &mut Timeline,
        actor: Actor,
        body: EventBody,
        now: DateTime<Utc>,
        random: [u8; 10],
        key: &impl Sign,
    ) -> Result<Vec<EventId>, RuleViolation> {
        let made = self.record(line.centre(), actor, body, now, random, key)?;
        Ok(made
            .into_iter()
            .map(|m| {
                let id = m.logged.event.id;
                line.insert(m.logged.event);
                id
            })
            .collect())
    }

    /// Makes one event without asking the rulebook: what another tablet recorded offline, or a
    /// hostile one sends. Only tests and tools build such logs; shells record through
    /// [`Self::record`] (a test scans the shells for this name).
    pub fn record_unchecked(
        &mut self,
        actor: Actor,
        body: EventBody,
        now: DateTime<Utc>,
        random: [u8; 10],
        key: &impl Sign,
    ) -> Made {
        let ms = now.timestamp_millis();
        let event = Event {
            id: EventId::new(
                u64::try_from(ms).unwrap_or(0),
                id_random(random, self.device, self.head.index + 1),
            ),
            stamp: self.clock.tick(ms),
            device: self.device,
            actor,
            recorded_at: now,
            body,
        };
        self.chain(event, key)
    }

    /// Places an event already built (by a test that alters its values) at the end of the log,
    /// signed, as [`Self::record_unchecked`] would.
    pub fn chain(&mut self, event: Event, key: &impl Sign) -> Made {
        let index = self.head.index + 1;
        // One serialisation serves the signature, the chain hash and what a store keeps.
        let json = serde_json::to_string(&event).unwrap_or_default();
        let bytes = LoggedEvent::signing_bytes_of_json(
            self.device,
            index,
            &self.head.hash,
            json.as_bytes(),
        );
        let hash = hex::encode(Sha256::digest(&bytes));
        let signature = hex::encode(key.sign(&bytes));
        let logged = LoggedEvent {
            index,
            prev_hash: std::mem::replace(&mut self.head.hash, hash.clone()),
            event,
            signature,
        };
        self.head.index = index;
        Made { logged, hash, json }
    }
}

/// The random part of the id of the event at `index` in `device`'s log: the shell's bytes
/// hashed with the device and the index, so the events of one proposal, or of a batch given
/// the same bytes, never share an id.
fn id_random(random: [u8; 10], device: DeviceId, index: u64) -> [u8; 10] {
    let mut h = Sha256::new();
    h.update(random);
    h.update(device.0.as_bytes());
    h.update(index.to_le_bytes());
    let digest = h.finalize();
    let mut out = [0u8; 10];
    out.copy_from_slice(&digest[..10]);
    out
}

/// A [`Timeline`](crate::projection::Timeline) that records as a shell does, for the crate's
/// own tests: through a recorder, with a stand-in for the key.
#[cfg(test)]
#[derive(Default)]
pub(crate) struct TestLine {
    line: Timeline,
    recorder: Option<Recorder>,
    random: u8,
}

#[cfg(test)]
impl TestLine {
    /// The folded state.
    pub(crate) fn centre(&self) -> &Centre {
        self.line.centre()
    }

    /// Records `body` through the rulebook at `now`; returns the bodies recorded.
    pub(crate) fn act(
        &mut self,
        actor: Actor,
        body: EventBody,
        now: DateTime<Utc>,
    ) -> Result<Vec<EventBody>, RuleViolation> {
        let recorder = self
            .recorder
            .get_or_insert_with(|| Recorder::new(DeviceId(uuid::Uuid::from_u128(0xD1))));
        self.random = self.random.wrapping_add(1);
        let key = |_: &[u8]| [0u8; 64];
        let made = recorder.record(
            self.line.centre(),
            actor,
            body,
            now,
            [self.random; 10],
            &key,
        )?;
        Ok(made
            .into_iter()
            .map(|m| {
                let body = m.logged.event.body.clone();
                self.line.insert(m.logged.event);
                body
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actor::Role;
    use crate::ids::{DetaineeId, StaffId};
    use crate::projection::Timeline;
    use chrono::TimeZone;
    use uuid::Uuid;

    fn key(message: &[u8]) -> [u8; 64] {
        let d = Sha256::digest(message);
        let mut out = [0u8; 64];
        out[..32].copy_from_slice(&d);
        out
    }

    fn dco() -> Actor {
        Actor::Staff {
            id: StaffId(Uuid::from_u128(7)),
            role: Role::Dco,
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap()
    }

    #[test]
    fn each_event_follows_the_one_before_in_the_devices_log() {
        let mut r = Recorder::new(DeviceId(Uuid::from_u128(1)));
        let body = || EventBody::SessionOpened {
            detainee: DetaineeId(Uuid::from_u128(2)),
        };
        let a = r.record_unchecked(dco(), body(), now(), [0; 10], &key);
        let b = r.record_unchecked(dco(), body(), now(), [0; 10], &key);
        assert_eq!(
            (a.logged.index, a.logged.prev_hash.as_str()),
            (1, GENESIS_HASH)
        );
        assert_eq!((b.logged.index, &b.logged.prev_hash), (2, &a.hash));
        assert_eq!(a.hash, a.logged.chain_hash());
        assert!(b.logged.event.stamp > a.logged.event.stamp);
        assert_ne!(
            a.logged.event.id, b.logged.event.id,
            "same random bytes, distinct ids"
        );
        assert_eq!(
            r.head(),
            &ChainHead {
                index: 2,
                hash: b.hash.clone()
            }
        );
        let bytes = LoggedEvent::signing_bytes(r.device(), 2, &a.hash, &b.logged.event);
        assert_eq!(b.logged.signature, hex::encode(key(&bytes)));
        assert_eq!(b.json, serde_json::to_string(&b.logged.event).unwrap());
    }

    #[test]
    fn a_refused_proposal_makes_nothing_and_leaves_the_log_as_it_was() {
        let mut r = Recorder::new(DeviceId(Uuid::from_u128(1)));
        let before = r.clone();
        let line = Timeline::default();
        let refused = r.record(
            line.centre(),
            dco(),
            EventBody::CallCheckedIn {
                booking: crate::ids::BookingId(Uuid::from_u128(3)),
            },
            now(),
            [0; 10],
            &key,
        );
        assert!(refused.is_err());
        assert_eq!(r, before);
    }
}
