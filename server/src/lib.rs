//! The Kinline centre server: the meeting point of the centre's tablets and staff desktops.
//!
//! Events come up from tablets ([`api`] `/api/sync/push`, signed by enrolled devices) and are
//! stored exactly once in each device's gap-free log ([`push`], [`db`]); reference data and
//! other devices' events go down (`/api/sync/pull`, `/api/sync/reference`); staff sign in and
//! record through the rulebook; the folded centre raises policy exceptions where a tablet
//! acted on out-of-date state ([`service`]). SQLite by default, PostgreSQL by one line of
//! [`config`].

pub mod api;
pub mod auth;
pub mod backup;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod files;
pub mod logs;
pub mod metrics;
mod push;
pub mod service;
pub mod signalling;
pub mod staff_lists;
pub mod throttle;
pub mod tls;
mod verify;

pub use config::{Config, Database};
pub use error::{ApiError, ServerError};
pub use service::Server;

/// The protocol version this server speaks, from the shared core.
pub const PROTOCOL_VERSION: u32 = kinline_shared::sync::PROTOCOL_VERSION;
