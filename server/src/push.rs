//! Planning a push: the checks that need no database (signature, device, permission) and the
//! pure plan that turns where the devices' logs stand and a group of pushes into the rows to
//! write. The server commits concurrent pushes as one group (see `service`): the backends
//! run the plan inside one transaction, so a batch is stored whole or not at all, and one
//! disk flush serves every push of the group.

use crate::verify;
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, VerifyingKey};
use kinline_shared::actor::{Actor, Role, may_record};
use kinline_shared::bounds::{self, ReceiveWindow};
use kinline_shared::ids::{DeviceId, EventId, StaffId};
use kinline_shared::sync::{LoggedEvent, PushResponse, Refusal};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};

/// A pushed event with the verdict of the checks that need no database, and what storing it
/// needs, computed once off the write path: its JSON and its chain hash.
#[derive(Clone, Debug)]
pub(crate) struct Checked {
    /// The event as pushed.
    pub logged: LoggedEvent,
    /// Why it is refused, if it is.
    pub refusal: Option<Refusal>,
    /// The event as stored (`serde_json`), serialised once.
    pub event_json: String,
    /// Its chain hash (what the device's next event names as `prev_hash`).
    pub chain_hash: String,
}

impl Checked {
    /// Checks one pushed event against the pushing device's key and the staff list. With no
    /// key, nothing is checked (the storage cost alone, for the benchmark's reference).
    pub(crate) fn new(
        device: DeviceId,
        key: Option<&VerifyingKey>,
        logged: LoggedEvent,
        staff_role: impl Fn(StaffId) -> Option<Role>,
    ) -> Self {
        let (mut checked, bytes) = Self::prepare(logged);
        if let Some(key) = key {
            checked.refusal = check_shape(device, &checked.logged)
                .or_else(|| check_signature(key, &checked.logged, &bytes))
                .or_else(|| check_permission(&checked.logged, &staff_role));
        }
        checked
    }

    /// Checks a device's prepared events under their proof: the same verdicts on shape and
    /// signature as [`Checked::new`] one by one (the permission is checked after, by
    /// [`Checked::check_permission`]). Under [`Proof::Request`] the request's signature is
    /// verified (unless `known_good`: verified already in a larger batch) and is the
    /// events' authentication; under [`Proof::SameRequest`] nothing is verified here; under
    /// [`Proof::Events`] every event's signature is verified together (Ed25519 batch
    /// verification, one multi-scalar multiplication with the device key's terms summed:
    /// `verify`) unless `known_good`, and only if the batch fails is each verified alone,
    /// to find the bad ones. None if the request's signature is bad: nothing of it may be
    /// stored.
    fn finish(
        device: DeviceId,
        key: &VerifyingKey,
        prepared: Vec<(Self, Vec<u8>)>,
        proof: &Proof,
        known_good: bool,
    ) -> Option<Vec<Self>> {
        let events_ok = match proof {
            Proof::Request(message, signature) => {
                if !known_good && key.verify_strict(message, signature).is_err() {
                    return None;
                }
                true
            }
            Proof::SameRequest => true,
            Proof::Events => {
                known_good || {
                    let signatures: Option<Vec<Signature>> = prepared
                        .iter()
                        .map(|(c, _)| signature_of(&c.logged))
                        .collect();
                    signatures.is_some_and(|sigs| {
                        let items: Vec<verify::Item<'_>> = prepared
                            .iter()
                            .zip(&sigs)
                            .map(|((_, message), signature)| verify::Item {
                                key: 0,
                                message,
                                signature,
                            })
                            .collect();
                        verify::verify_batch(std::slice::from_ref(key), &items)
                    })
                }
            }
        };
        Some(
            prepared
                .into_iter()
                .map(|(mut c, bytes)| {
                    c.refusal = check_shape(device, &c.logged).or_else(|| {
                        if events_ok {
                            None
                        } else {
                            check_signature(key, &c.logged, &bytes)
                        }
                    });
                    c
                })
                .collect(),
        )
    }

    /// Refuses the event if its actor may not record it at this centre (unless it is
    /// refused already).
    pub(crate) fn check_permission(&mut self, staff_role: impl Fn(StaffId) -> Option<Role>) {
        if self.refusal.is_none() {
            self.refusal = check_permission(&self.logged, staff_role);
        }
    }

    /// Refuses the event (unless it is refused already) if a value is out of bounds or a time
    /// is outside `window` of the receive time: by the system's clock, or the centre's where
    /// that is shifted (a rehearsal's tablets record on the centre's). An event refused here
    /// is never folded or read by anything but the log.
    pub(crate) fn check_bounds(
        &mut self,
        system: DateTime<Utc>,
        centre: DateTime<Utc>,
        window: &ReceiveWindow,
    ) {
        if self.refusal.is_some() {
            return;
        }
        let event = &self.logged.event;
        let len = self.event_json.len();
        let verdict = bounds::check_received(event, len, system, window).or_else(|e| {
            if centre == system {
                Err(e)
            } else {
                bounds::check_received(event, len, centre, window)
            }
        });
        if let Err(e) = verdict {
            self.refusal = Some(Refusal::Malformed(e.to_string()));
        }
    }

    /// Serialises the event once: its stored JSON, its signing bytes and its chain hash.
    fn prepare(logged: LoggedEvent) -> (Self, Vec<u8>) {
        let event_json = serde_json::to_string(&logged.event).unwrap_or_default();
        let bytes = LoggedEvent::signing_bytes_of_json(
            logged.event.device,
            logged.index,
            &logged.prev_hash,
            event_json.as_bytes(),
        );
        let chain_hash = hex::encode(Sha256::digest(&bytes));
        let checked = Self {
            logged,
            refusal: None,
            event_json,
            chain_hash,
        };
        (checked, bytes)
    }
}

/// What authenticates a push's events.
///
/// A tablet's push is a signed request: its signature covers the SHA-256 of the whole body
/// (`request_signing_bytes`), so every event in it — with its index and the hash of the
/// event before it — is the device's, and the chain check then ties it to what the server
/// holds. The events' own signatures, by the same key over bytes the request already
/// covers, are the tablet's seal on its own store (its integrity check verifies them); the
/// server does not verify them again for a signed push. Events pushed without a request
/// signature (the server's own log) are verified one by one.
#[derive(Debug)]
pub(crate) enum Proof {
    /// The push request's signed bytes and signature, verified once for all its events.
    Request(Vec<u8>, Signature),
    /// A further chunk of a signed push whose first chunk carries [`Proof::Request`]; the
    /// push is stored only if that verdict holds.
    SameRequest,
    /// No request signature: each event's own signature is verified.
    Events,
}

/// One push's events (or a chunk of them) to check, with what authenticates them.
#[derive(Debug)]
pub(crate) struct ToCheck {
    /// The pushing device.
    pub device: DeviceId,
    /// Its key.
    pub key: VerifyingKey,
    /// The events.
    pub events: Vec<LoggedEvent>,
    /// What authenticates them.
    pub proof: Proof,
}

impl ToCheck {
    /// How many signatures it holds to verify.
    pub(crate) fn signatures(&self) -> usize {
        match self.proof {
            Proof::Request(..) => 1,
            Proof::SameRequest => 0,
            Proof::Events => self.events.len(),
        }
    }
}

/// Checks pushes (of any devices): each gets exactly what it would get checked alone
/// (`Checked::finish`), but all their signatures (each signed request's, each unsigned
/// push's events') are first verified in one batch — one multi-scalar multiplication over
/// every `R`, one term per key and `B`. Only if that batch fails is each push checked alone
/// (its own request signature, or its events' batch and then event by event), so a bad
/// push costs the others nothing but time. Serialising each event and hashing it into its
/// chain (`Checked::prepare`) is done here too, off the async threads.
pub(crate) fn check_group(group: Vec<ToCheck>) -> Vec<Option<Vec<Checked>>> {
    type Signer = (DeviceId, VerifyingKey, Proof);
    type Prepared = Vec<(Checked, Vec<u8>)>;
    let (signers, prepared): (Vec<Signer>, Vec<Prepared>) = group
        .into_iter()
        .map(|t| {
            let prepared = t.events.into_iter().map(Checked::prepare).collect();
            ((t.device, t.key, t.proof), prepared)
        })
        .unzip();
    let group_ok = signers.len() > 1 && {
        let mut keys: Vec<VerifyingKey> = Vec::new();
        let key_of: Vec<usize> = signers
            .iter()
            .map(|(_, key, _)| match keys.iter().position(|k| k == key) {
                Some(i) => i,
                None => {
                    keys.push(*key);
                    keys.len() - 1
                }
            })
            .collect();
        // The events' signatures, for the pushes whose events are verified one by one.
        let signatures: Option<Vec<Vec<Signature>>> = signers
            .iter()
            .zip(&prepared)
            .map(|((_, _, proof), p)| match proof {
                Proof::Events => p.iter().map(|(c, _)| signature_of(&c.logged)).collect(),
                Proof::Request(..) | Proof::SameRequest => Some(Vec::new()),
            })
            .collect();
        signatures.is_some_and(|sigs| {
            let mut items = Vec::new();
            for (((signer, p), s), key) in signers.iter().zip(&prepared).zip(&sigs).zip(&key_of) {
                for ((_, message), signature) in p.iter().zip(s) {
                    items.push(verify::Item {
                        key: *key,
                        message,
                        signature,
                    });
                }
                if let Proof::Request(message, signature) = &signer.2 {
                    items.push(verify::Item {
                        key: *key,
                        message,
                        signature,
                    });
                }
            }
            verify::verify_batch(&keys, &items)
        })
    };
    signers
        .iter()
        .zip(prepared)
        .map(|((device, key, proof), p)| Checked::finish(*device, key, p, proof, group_ok))
        .collect()
}

fn signature_of(logged: &LoggedEvent) -> Option<Signature> {
    hex::decode(&logged.signature)
        .ok()
        .and_then(|b| Signature::from_slice(&b).ok())
}

/// The event's signature over `bytes` (its signing bytes), strictly verified.
fn check_signature(key: &VerifyingKey, logged: &LoggedEvent, bytes: &[u8]) -> Option<Refusal> {
    match signature_of(logged) {
        Some(sig) if key.verify_strict(bytes, &sig).is_ok() => None,
        _ => Some(Refusal::BadSignature),
    }
}

/// A pushed event's index and device.
fn check_shape(device: DeviceId, logged: &LoggedEvent) -> Option<Refusal> {
    let event = &logged.event;
    if logged.index == 0 {
        return Some(Refusal::Malformed("indexes start at 1".into()));
    }
    if event.device != device || event.stamp.device != device {
        return Some(Refusal::Malformed(
            "the event names another device than the one pushing it".into(),
        ));
    }
    None
}

/// Whether a pushed event's actor may record it at this centre.
fn check_permission(
    logged: &LoggedEvent,
    staff_role: impl Fn(StaffId) -> Option<Role>,
) -> Option<Refusal> {
    let event = &logged.event;
    let kind = event.body.kind();
    if let Actor::Staff { id, role } = event.actor {
        match staff_role(id) {
            Some(known) if known == role => {}
            Some(_) => {
                return Some(Refusal::NotPermitted(format!(
                    "staff member {id} does not hold the role {} at this centre",
                    role.label()
                )));
            }
            None => {
                return Some(Refusal::NotPermitted(format!(
                    "staff member {id} is not known to this centre"
                )));
            }
        }
    }
    // A kind this release does not know is carried for the release that does (its actor
    // checked above): that release's fold checks it with the rulebook, as any event.
    if kind.is_known() && !may_record(&event.actor, kind) {
        let who = event.actor.role().map_or("a detainee", |r| r.label());
        return Some(Refusal::NotPermitted(format!(
            "{who} may not {} ({})",
            kind.action(),
            kind.paragraph()
        )));
    }
    None
}

/// What becomes of one log position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    /// A new event of the centre.
    Stored,
    /// Held in the log, refused, parked on the tablet.
    Refused,
    /// The same event id was already stored (from another log position).
    Duplicate,
}

impl Status {
    /// As stored in the `log.status` column.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Status::Stored => "stored",
            Status::Refused => "refused",
            Status::Duplicate => "duplicate",
        }
    }
}

/// One row to append to a device's log; the big strings are borrowed from the [`Checked`]
/// events, so a group is planned without copying them.
#[derive(Clone, Debug)]
pub(crate) struct Row<'a> {
    pub device: DeviceId,
    pub idx: u64,
    pub event_id: EventId,
    pub status: Status,
    pub refusal: Option<String>,
    pub chain_hash: &'a str,
    pub kind: String,
    pub recorded_ms: i64,
    pub received_ms: i64,
    pub event_json: &'a str,
}

/// Where a device's log stands on the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Head {
    /// The highest index held.
    pub high: u64,
    /// The chain hash at `high`.
    pub last_hash: String,
    /// Whether an administrator revoked the device.
    pub revoked: bool,
}

/// One write of the group commit: a signed request's nonce (remembered in the same
/// transaction as the events, so a replay is refused and a retried batch stored once), and,
/// for a push, its checked batch. Staff events and the benchmark's reference have no nonce.
#[derive(Clone, Debug)]
pub(crate) struct Job {
    /// The device the request is from.
    pub device: DeviceId,
    /// The request's nonce.
    pub nonce: Option<String>,
    /// The server's receive time (Unix ms).
    pub received_ms: i64,
    /// The batch, for a push; none for a request that only needs its nonce remembered.
    pub batch: Option<Vec<Checked>>,
}

/// Why a job of the group was refused as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Denial {
    /// The device is not enrolled.
    UnknownDevice,
    /// An administrator revoked the device.
    Revoked,
    /// The nonce was seen before: a replayed request.
    Replay,
}

/// What became of one job: the push's answer (none for a nonce-only job) or a denial.
pub(crate) type Outcome = Result<Option<PushResponse>, Denial>;

/// A committed group: one outcome per job, and how many log positions it wrote by status.
#[derive(Debug)]
pub(crate) struct Committed {
    /// Per job, in order.
    pub outcomes: Vec<Outcome>,
    /// New events stored.
    pub stored: u64,
    /// Positions refused (parked on their tablets).
    pub refused: u64,
    /// Positions repeating an event stored before.
    pub duplicate: u64,
}

/// The plan for one group of jobs, written in one transaction.
#[derive(Debug, Default)]
pub(crate) struct GroupPlan<'a> {
    /// Per job, in order. A push's refusals of positions it already held are added once the
    /// backend has read them back (see `held`).
    pub outcomes: Vec<Outcome>,
    /// Rows to append, in order.
    pub rows: Vec<Row<'a>>,
    /// New heads of the devices that moved.
    pub heads: Vec<(DeviceId, u64, String)>,
    /// (job, device, index) of positions a push repeats that the server already held: their
    /// earlier refusals are answered again, in case the tablet never saw the first answer.
    pub held: Vec<(usize, DeviceId, u64)>,
    /// The caller's messages the stored events queue (`notify::plan::notices_for`): written
    /// to the outbox in the same transaction.
    pub messages: Vec<crate::notify::plan::Queued>,
}

impl GroupPlan<'_> {
    /// The plan as committed, with `outcomes` (its own, completed by the backend).
    pub(crate) fn committed(&self, outcomes: Vec<Outcome>) -> Committed {
        let count = |status| {
            self.rows
                .iter()
                .filter(|r| r.status == status)
                .count()
                .try_into()
                .unwrap_or(u64::MAX)
        };
        Committed {
            outcomes,
            stored: count(Status::Stored),
            refused: count(Status::Refused),
            duplicate: count(Status::Duplicate),
        }
    }
}

/// Plans a group of jobs in order, as if each were its own transaction: a job is denied if
/// its device is unknown or revoked or its nonce is not `fresh`; a push appends exactly the
/// events after its device's high-water index, in order, and stops at a gap. `heads` says
/// where each device stands and `stored` which event ids the centre already holds, before
/// the group; later jobs see what earlier ones wrote. Each event stored queues its messages,
/// a booking's reminder `reminder` before its slot.
pub(crate) fn plan_group<'a>(
    jobs: &'a [Job],
    heads: &HashMap<DeviceId, Head>,
    fresh: &[bool],
    stored: &HashSet<EventId>,
    reminder: chrono::Duration,
) -> GroupPlan<'a> {
    let mut heads = heads.clone();
    let mut stored_now: HashSet<EventId> = HashSet::new();
    let mut moved: Vec<DeviceId> = Vec::new();
    let mut plan = GroupPlan::default();
    for (j, job) in jobs.iter().enumerate() {
        let Some(head) = heads.get_mut(&job.device) else {
            plan.outcomes.push(Err(Denial::UnknownDevice));
            continue;
        };
        if head.revoked {
            plan.outcomes.push(Err(Denial::Revoked));
            continue;
        }
        if !fresh.get(j).copied().unwrap_or(false) {
            plan.outcomes.push(Err(Denial::Replay));
            continue;
        }
        let Some(batch) = &job.batch else {
            plan.outcomes.push(Ok(None));
            continue;
        };
        let mut order: Vec<&Checked> = batch.iter().collect();
        order.sort_by_key(|c| c.logged.index);
        order.dedup_by_key(|c| c.logged.index);
        let mut refused = Vec::new();
        let before = head.high;
        for c in order {
            let idx = c.logged.index;
            if idx <= head.high {
                plan.held.push((j, job.device, idx));
                continue;
            }
            if idx != head.high + 1 {
                break; // a gap: the tablet resends from high + 1
            }
            let id = c.logged.event.id;
            let mut refusal = c.refusal.clone();
            if refusal.is_none() && c.logged.prev_hash != head.last_hash {
                refusal = Some(Refusal::ChainBroken);
            }
            let status = match &refusal {
                Some(_) => Status::Refused,
                None if stored.contains(&id) || stored_now.contains(&id) => Status::Duplicate,
                None => Status::Stored,
            };
            if status == Status::Stored {
                stored_now.insert(id);
                plan.messages
                    .extend(crate::notify::plan::notices_for(&c.logged.event, reminder));
            }
            if let Some(r) = &refusal {
                refused.push((id, r.clone()));
            }
            plan.rows.push(Row {
                device: job.device,
                idx,
                event_id: id,
                status,
                refusal: refusal.map(|r| serde_json::to_string(&r).unwrap_or_default()),
                chain_hash: &c.chain_hash,
                kind: format!("{:?}", c.logged.event.body.kind()),
                recorded_ms: c.logged.event.recorded_at.timestamp_millis(),
                received_ms: job.received_ms,
                event_json: &c.event_json,
            });
            head.high = idx;
            head.last_hash.clone_from(&c.chain_hash);
        }
        if head.high != before && !moved.contains(&job.device) {
            moved.push(job.device);
        }
        plan.outcomes.push(Ok(Some(PushResponse {
            high_water: head.high,
            refused,
            contacts: Vec::new(),
        })));
    }
    plan.heads = moved
        .into_iter()
        .filter_map(|d| heads.get(&d).map(|h| (d, h.high, h.last_hash.clone())))
        .collect();
    plan
}

/// Which jobs' nonces are new, given the (device, nonce) pairs an insert that ignores
/// conflicts reported as inserted: a job without a nonce is always fresh; of jobs repeating
/// a pair within the group, only the first.
pub(crate) fn fresh_nonces(jobs: &[Job], inserted: &HashSet<(DeviceId, String)>) -> Vec<bool> {
    let mut taken: HashSet<(DeviceId, &str)> = HashSet::new();
    jobs.iter()
        .map(|job| match &job.nonce {
            None => true,
            Some(n) => {
                taken.insert((job.device, n.as_str()))
                    && inserted.contains(&(job.device, n.clone()))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use ed25519_dalek::{Signer, SigningKey};
    use kinline_shared::event::EventBody;
    use kinline_shared::ids::DetaineeId;
    use kinline_shared::recorder::Recorder;
    use kinline_shared::sync::GENESIS_HASH;
    use uuid::Uuid;

    /// A device's log of `n` chained, signed events.
    fn log(key: &SigningKey, device: DeviceId, n: u64) -> Vec<LoggedEvent> {
        let mut recorder = Recorder::new(device);
        let sign = |bytes: &[u8]| key.sign(bytes).to_bytes();
        (1..=n)
            .map(|_| {
                let actor = Actor::Staff {
                    id: StaffId(Uuid::nil()),
                    role: Role::Dco,
                };
                let body = EventBody::SessionOpened {
                    detainee: DetaineeId(Uuid::now_v7()),
                };
                let random = Uuid::now_v7().as_bytes()[6..].try_into().unwrap();
                recorder
                    .record_unchecked(actor, body, Utc::now(), random, &sign)
                    .logged
            })
            .collect()
    }

    /// One push checked alone: signed (`request`: the signed bytes and the signature) or not.
    fn check_all(
        device: DeviceId,
        key: &VerifyingKey,
        events: Vec<LoggedEvent>,
        request: Option<(&[u8], &Signature)>,
    ) -> Option<Vec<Checked>> {
        check_group(vec![ToCheck {
            device,
            key: *key,
            events,
            proof: request.map_or(Proof::Events, |(b, s)| Proof::Request(b.to_vec(), *s)),
        }])
        .pop()
        .unwrap()
    }

    fn job(device: DeviceId, nonce: &str, events: &[LoggedEvent]) -> Job {
        Job {
            device,
            nonce: Some(nonce.to_owned()),
            received_ms: 1,
            batch: Some(
                events
                    .iter()
                    .map(|l| Checked::new(device, None, l.clone(), |_| None))
                    .collect(),
            ),
        }
    }

    /// Every member of staff is a DCO here.
    fn dco(_: StaffId) -> Option<Role> {
        Some(Role::Dco)
    }

    fn genesis() -> Head {
        Head {
            high: 0,
            last_hash: GENESIS_HASH.to_owned(),
            revoked: false,
        }
    }

    #[test]
    fn checked_keeps_the_chain_hash_the_tablet_computes() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let device = DeviceId(Uuid::now_v7());
        let l = log(&key, device, 2);
        let c = Checked::new(device, Some(&key.verifying_key()), l[0].clone(), dco);
        assert_eq!(c.chain_hash, l[0].chain_hash());
        assert_eq!(c.chain_hash, l[1].prev_hash);
        assert!(c.refusal.is_none(), "{:?}", c.refusal);
        let other = SigningKey::from_bytes(&[8; 32]);
        let c = Checked::new(device, Some(&other.verifying_key()), l[0].clone(), dco);
        assert_eq!(c.refusal, Some(Refusal::BadSignature));
    }

    #[test]
    fn a_batch_check_finds_exactly_the_bad_signatures_as_one_by_one_checks_do() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let device = DeviceId(Uuid::now_v7());
        let mut l = log(&key, device, 6);
        let vk = key.verifying_key();
        let checked = |events: Vec<LoggedEvent>| {
            let mut all = check_all(device, &vk, events, None).unwrap();
            for c in &mut all {
                c.check_permission(dco);
            }
            all
        };
        let good = checked(l.clone());
        assert!(good.iter().all(|c| c.refusal.is_none()));
        // One signature by another key, one that is not hex: the batch fails, and the
        // one-by-one fallback names exactly those two.
        let other = SigningKey::from_bytes(&[9; 32]);
        let bytes = LoggedEvent::signing_bytes(device, 2, &l[1].prev_hash, &l[1].event);
        l[1].signature = hex::encode(other.sign(&bytes).to_bytes());
        l[4].signature = "not a signature".into();
        let batch = checked(l.clone());
        let alone: Vec<_> = l
            .iter()
            .map(|e| Checked::new(device, Some(&vk), e.clone(), dco).refusal)
            .collect();
        let verdicts: Vec<_> = batch.iter().map(|c| c.refusal.clone()).collect();
        assert_eq!(verdicts, alone);
        let bad: Vec<usize> = (0..6).filter(|i| verdicts[*i].is_some()).collect();
        assert_eq!(bad, vec![1, 4]);
        assert!(
            verdicts
                .iter()
                .flatten()
                .all(|r| *r == Refusal::BadSignature)
        );
    }

    #[test]
    fn a_signed_push_is_decided_by_its_request_signature_which_covers_its_events() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let device = DeviceId(Uuid::now_v7());
        let vk = key.verifying_key();
        let mut l = log(&key, device, 4);
        let request = b"POST /api/sync/push 1 nonce body".to_vec();
        let good = key.sign(&request);
        let forged = SigningKey::from_bytes(&[9; 32]).sign(&request);
        let ok = check_all(device, &vk, l.clone(), Some((&request, &good)));
        assert!(ok.is_some_and(|c| c.len() == 4 && c.iter().all(|c| c.refusal.is_none())));
        assert!(check_all(device, &vk, l.clone(), Some((&request, &forged))).is_none());
        assert!(check_all(device, &vk, Vec::new(), Some((&request, &forged))).is_none());
        assert!(check_all(device, &vk, Vec::new(), Some((&request, &good))).is_some());
        // An event's own signature is the tablet's seal on its store: under a good request
        // signature (which covers the event's bytes) it is not verified again; under a
        // forged one nothing passes.
        l[2].signature = hex::encode(forged.to_bytes());
        let checked = check_all(device, &vk, l.clone(), Some((&request, &good))).unwrap();
        assert!(checked.iter().all(|c| c.refusal.is_none()));
        assert!(check_all(device, &vk, l.clone(), Some((&request, &forged))).is_none());
        // Unsigned (the server's own log), the same event is refused.
        let unsigned = check_all(device, &vk, l.clone(), None).unwrap();
        let refused: Vec<_> = unsigned.iter().map(|c| c.refusal.clone()).collect();
        assert_eq!(refused, vec![None, None, Some(Refusal::BadSignature), None]);
        // The shape is checked whatever the proof: an event of another device is refused.
        l[1].event.device = DeviceId(Uuid::now_v7());
        let checked = check_all(device, &vk, l, Some((&request, &good))).unwrap();
        assert!(matches!(checked[1].refusal, Some(Refusal::Malformed(_))));
    }

    #[test]
    fn pushes_checked_together_get_what_each_gets_alone() {
        let (ka, kb) = (
            SigningKey::from_bytes(&[7; 32]),
            SigningKey::from_bytes(&[8; 32]),
        );
        let (a, b) = (DeviceId(Uuid::now_v7()), DeviceId(Uuid::now_v7()));
        let (la, mut lb) = (log(&ka, a, 5), log(&kb, b, 3));
        let request = b"POST /api/sync/push 1 nonce body".to_vec();
        let push =
            |device, key: &SigningKey, events: &[LoggedEvent], signer: &SigningKey| ToCheck {
                device,
                key: key.verifying_key(),
                events: events.to_vec(),
                proof: Proof::Request(request.clone(), signer.sign(&request)),
            };
        let unsigned = |device, key: &SigningKey, events: &[LoggedEvent]| ToCheck {
            device,
            key: key.verifying_key(),
            events: events.to_vec(),
            proof: Proof::Events,
        };
        let rest = |device, key: &SigningKey, events: &[LoggedEvent]| ToCheck {
            device,
            key: key.verifying_key(),
            events: events.to_vec(),
            proof: Proof::SameRequest,
        };
        let verdicts = |group: Vec<ToCheck>| -> Vec<Option<Vec<Option<Refusal>>>> {
            check_group(group)
                .into_iter()
                .map(|v| v.map(|c| c.into_iter().map(|c| c.refusal).collect()))
                .collect()
        };
        let alone = |group: Vec<ToCheck>| -> Vec<Option<Vec<Option<Refusal>>>> {
            group.into_iter().flat_map(|t| verdicts(vec![t])).collect()
        };
        // All good: one batch, nothing refused.
        let good = || {
            vec![
                push(a, &ka, &la[..3], &ka),
                unsigned(b, &kb, &lb),
                rest(a, &ka, &la[3..]),
                push(b, &kb, &lb, &kb),
            ]
        };
        let together = verdicts(good());
        assert_eq!(together, alone(good()));
        assert!(
            together
                .iter()
                .all(|v| v.as_ref().is_some_and(|c| c.iter().all(Option::is_none)))
        );
        // One forged request and one bad event in an unsigned push: the batch fails, and
        // each push is answered as if checked alone — the others untouched.
        lb[1].signature = hex::encode(ka.sign(b"not this").to_bytes());
        let bad = || {
            vec![
                push(a, &ka, &la[..3], &ka),
                unsigned(b, &kb, &lb),
                push(a, &ka, &la[3..], &kb),
                push(b, &kb, &lb, &kb),
            ]
        };
        let together = verdicts(bad());
        assert_eq!(together, alone(bad()));
        assert_eq!(together[0], Some(vec![None, None, None]));
        assert_eq!(
            together[1],
            Some(vec![None, Some(Refusal::BadSignature), None])
        );
        assert_eq!(together[2], None);
        assert_eq!(together[3], Some(vec![None, None, None]));
    }

    #[test]
    fn a_group_plans_each_job_as_if_it_were_committed_alone() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let (a, b, gone) = (
            DeviceId(Uuid::now_v7()),
            DeviceId(Uuid::now_v7()),
            DeviceId(Uuid::now_v7()),
        );
        let la = log(&key, a, 6);
        let lb = log(&key, b, 3);
        let jobs = vec![
            job(a, "n1", &la[0..3]),
            // The same device again in the same group, overlapping the first job: only 4..5
            // are new; 2 and 3 are answered as already held.
            job(a, "n2", &la[1..5]),
            // A gap: 1 is stored, 3 waits until the tablet resends from 2.
            job(b, "n3", &[lb[0].clone(), lb[2].clone()]),
            // A replay of n1 (the backend reported it not fresh).
            job(a, "n1", &la[5..6]),
            job(gone, "n4", &[]),
        ];
        let mut heads = HashMap::new();
        heads.insert(a, genesis());
        heads.insert(b, genesis());
        let fresh = [true, true, true, false, true];
        let plan = plan_group(
            &jobs,
            &heads,
            &fresh,
            &HashSet::new(),
            chrono::Duration::hours(1),
        );
        let answers: Vec<_> = plan
            .outcomes
            .iter()
            .map(|o| o.clone().map(|r| r.map(|r| r.high_water)))
            .collect();
        assert_eq!(
            answers,
            vec![
                Ok(Some(3)),
                Ok(Some(5)),
                Ok(Some(1)),
                Err(Denial::Replay),
                Err(Denial::UnknownDevice)
            ]
        );
        let rows: Vec<(DeviceId, u64)> = plan.rows.iter().map(|r| (r.device, r.idx)).collect();
        assert_eq!(rows, vec![(a, 1), (a, 2), (a, 3), (a, 4), (a, 5), (b, 1)]);
        assert!(plan.rows.iter().all(|r| r.status == Status::Stored));
        assert_eq!(plan.held, vec![(1, a, 2), (1, a, 3)]);
        let mut moved = plan.heads.clone();
        moved.sort();
        let mut want = vec![(a, 5, la[4].chain_hash()), (b, 1, lb[0].chain_hash())];
        want.sort();
        assert_eq!(moved, want);
    }

    #[test]
    fn a_revoked_device_writes_nothing_and_an_id_is_stored_once_across_devices() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let (a, b) = (DeviceId(Uuid::now_v7()), DeviceId(Uuid::now_v7()));
        let la = log(&key, a, 2);
        let jobs = vec![job(a, "n1", &la), job(b, "n2", &la[0..1])];
        let mut heads = HashMap::new();
        heads.insert(a, genesis());
        heads.insert(
            b,
            Head {
                revoked: true,
                ..genesis()
            },
        );
        let plan = plan_group(
            &jobs,
            &heads,
            &[true, true],
            &HashSet::new(),
            chrono::Duration::hours(1),
        );
        assert_eq!(plan.outcomes[1], Err(Denial::Revoked));
        assert_eq!(plan.rows.len(), 2);
        // An event id the centre already holds is logged as a duplicate, not stored twice.
        let stored: HashSet<EventId> = [la[1].event.id].into_iter().collect();
        let plan = plan_group(
            &jobs[..1],
            &heads,
            &[true],
            &stored,
            chrono::Duration::hours(1),
        );
        let status: Vec<Status> = plan.rows.iter().map(|r| r.status).collect();
        assert_eq!(status, vec![Status::Stored, Status::Duplicate]);
    }

    #[test]
    fn only_the_first_job_repeating_a_nonce_is_fresh() {
        let d = DeviceId(Uuid::now_v7());
        let mut jobs = vec![job(d, "n1", &[]), job(d, "n1", &[]), job(d, "n2", &[])];
        jobs.push(Job {
            nonce: None,
            ..job(d, "", &[])
        });
        let inserted: HashSet<(DeviceId, String)> = [(d, "n1".to_owned())].into_iter().collect();
        assert_eq!(
            fresh_nonces(&jobs, &inserted),
            vec![true, false, false, true]
        );
    }
}
