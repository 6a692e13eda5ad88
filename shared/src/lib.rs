//! Kinline's pure core, shared by the tablet app and the centre server.
//!
//! It *decides*; the shells *do*. Nothing here touches a file, a socket, a clock or a random
//! number generator: time and randomness come in as arguments, so every rule of Detention
//! Services Order 01/2020 can be tested as a plain function, and the crate builds for
//! `wasm32-unknown-unknown` and Android unchanged.
//!
//! Map of the crate:
//! - [`ids`], [`clock`], [`time`]: identifiers (UUIDv7), hybrid logical clock stamps, and the
//!   Europe/London calendar that people see and rules count days in.
//! - [`actor`]: staff roles, who may record what.
//! - [`people`]: who is who — a detainee's Home Office reference (its form configurable) and
//!   the staff number the administrator issues, checked once.
//! - [`model`]: the domain's value types (call kinds, reasons, schedules, compact versions).
//! - [`event`]: the append-only facts a tablet or staff desktop records.
//! - [`dso`]: the order's paragraphs and the [`dso::RuleViolation`] a refused command carries.
//! - [`bounds`]: the bounds every event's values lie within, whoever sent it (the fold,
//!   the rulebook and the server's push all check them).
//! - [`contact`]: a booking's caller — name, relationship, addresses — kept beside the events
//!   until the slot is over plus a grace period, then erased everywhere.
//! - [`rules`]: the rulebook — [`rules::decide`] turns a proposed event into the events to
//!   record, or refuses it naming the paragraph.
//! - [`booking`]: the free slots a DCO can offer (from now to a horizon, where the rulebook
//!   would accept the booking), grouped by London day, and the next free ones after a full slot.
//! - [`recorder`]: the one way an event is made — decide, stamp (HLC), chain, sign — used by
//!   every shell and test harness.
//! - [`hostile`]: event sequences an attacker could send, made from bytes (the fold's
//!   property test and fuzz target).
//! - [`projection`]: state folded from events (a detainee's access, a centre's day, queues,
//!   deadlines).
//! - [`security`]: a referral as the security department reads it — the whole incident
//!   report, the call's log facts, their own review (§12, §19).
//! - [`sign_in`]: who is signed in on which tablet, walked along its log (the server admits
//!   a tablet's event only if its actor was signed in on it then).
//! - [`rooms`]: the named rooms calls take place in, and the rules for placing a call.
//! - [`reports`]: availability, calls per day, waiting times, CSV export.
//! - [`workflow`]: the compact, call and suspension workflows as enum state machines.
//! - [`calllog`]: the call log, a type that cannot hold more than Annex A allows.
//! - [`languages`]: the languages Kinline offers and how each is written; [`fonts`] the fonts
//!   that draw them.
//! - [`sync`]: the tablet ↔ server protocol's message types.
//! - [`signalling`]: the call's signalling messages (tablet ↔ server ↔ caller's page).

pub mod actor;
pub mod admin;
pub mod basis;
pub mod booking;
pub mod bounds;
pub mod calllog;
pub mod clock;
pub mod contact;
pub mod dates;
pub mod dso;
pub mod event;
pub mod fonts;
pub mod hostile;
pub mod ids;
pub mod languages;
pub mod model;
pub mod people;
pub mod pin;
pub mod projection;
pub mod recorder;
pub mod reports;
pub mod rooms;
pub mod rules;
pub mod security;
pub mod sign_in;
pub mod signalling;
pub mod sync;
pub mod time;
pub mod waiting;
pub mod workflow;
