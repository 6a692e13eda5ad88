//! Planning a push: the checks that need no database (signature, device, permission) and the
//! pure plan that turns a device's log position and a batch into the rows to write. The
//! backends run the plan inside one transaction, so a batch is stored whole or not at all.

use ed25519_dalek::{Signature, VerifyingKey};
use kinline_shared::actor::{Actor, Role, may_record};
use kinline_shared::ids::{DeviceId, EventId, StaffId};
use kinline_shared::sync::{LoggedEvent, Refusal};
use std::collections::HashSet;

/// A pushed event with the verdict of the checks that need no database.
#[derive(Clone, Debug)]
pub(crate) struct Checked {
    /// The event as pushed.
    pub logged: LoggedEvent,
    /// Why it is refused, if it is.
    pub refusal: Option<Refusal>,
}

/// Checks one pushed event against the pushing device's key and the staff list.
pub(crate) fn check_event(
    device: DeviceId,
    key: &VerifyingKey,
    logged: &LoggedEvent,
    staff_role: impl Fn(StaffId) -> Option<Role>,
) -> Option<Refusal> {
    let event = &logged.event;
    if logged.index == 0 {
        return Some(Refusal::Malformed("indexes start at 1".into()));
    }
    if event.device != device || event.stamp.device != device {
        return Some(Refusal::Malformed(
            "the event names another device than the one pushing it".into(),
        ));
    }
    let bytes = LoggedEvent::signing_bytes(device, logged.index, &logged.prev_hash, event);
    let signature = hex::decode(&logged.signature)
        .ok()
        .and_then(|b| Signature::from_slice(&b).ok());
    match signature {
        Some(sig) if key.verify_strict(&bytes, &sig).is_ok() => {}
        _ => return Some(Refusal::BadSignature),
    }
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
    if !may_record(&event.actor, kind) {
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

/// One row to append to the device's log.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    pub idx: u64,
    pub event_id: EventId,
    pub status: Status,
    pub refusal: Option<String>,
    pub chain_hash: String,
    pub kind: String,
    pub recorded_ms: i64,
    pub event_json: String,
}

/// The plan for one batch.
#[derive(Clone, Debug, Default)]
pub(crate) struct Plan {
    /// Rows to append, in index order.
    pub rows: Vec<Row>,
    /// The device's new high-water index.
    pub high: u64,
    /// The chain hash at `high`.
    pub last_hash: String,
    /// Refusals among the new rows.
    pub refused: Vec<(EventId, Refusal)>,
    /// Indexes of the batch the server already held: their earlier refusals are answered
    /// again, in case the tablet never saw the first answer.
    pub already_held: Vec<u64>,
}

/// Plans a batch: appends exactly the events after `high`, in order, and stops at a gap.
/// `stored` says which event ids the centre already holds.
pub(crate) fn plan(
    high: u64,
    last_hash: &str,
    mut batch: Vec<Checked>,
    stored: &HashSet<EventId>,
) -> Plan {
    batch.sort_by_key(|c| c.logged.index);
    batch.dedup_by_key(|c| c.logged.index);
    let mut plan = Plan {
        high,
        last_hash: last_hash.to_owned(),
        ..Plan::default()
    };
    let mut seen: HashSet<EventId> = HashSet::new();
    for c in batch {
        let idx = c.logged.index;
        if idx <= plan.high {
            plan.already_held.push(idx);
            continue;
        }
        if idx != plan.high + 1 {
            break; // a gap: the tablet resends from high + 1
        }
        let id = c.logged.event.id;
        let mut refusal = c.refusal;
        if refusal.is_none() && c.logged.prev_hash != plan.last_hash {
            refusal = Some(Refusal::ChainBroken);
        }
        let status = match &refusal {
            Some(_) => Status::Refused,
            None if stored.contains(&id) || seen.contains(&id) => Status::Duplicate,
            None => Status::Stored,
        };
        if status == Status::Stored {
            seen.insert(id);
        }
        let chain_hash = c.logged.chain_hash();
        if let Some(r) = &refusal {
            plan.refused.push((id, r.clone()));
        }
        plan.rows.push(Row {
            idx,
            event_id: id,
            status,
            refusal: refusal.map(|r| serde_json::to_string(&r).unwrap_or_default()),
            chain_hash: chain_hash.clone(),
            kind: format!("{:?}", c.logged.event.body.kind()),
            recorded_ms: c.logged.event.recorded_at.timestamp_millis(),
            event_json: serde_json::to_string(&c.logged.event).unwrap_or_default(),
        });
        plan.high = idx;
        plan.last_hash = chain_hash;
    }
    plan
}
