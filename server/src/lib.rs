//! The Kinline centre server: the meeting point of the centre's tablets and staff desktops.
//!
//! Events come up from tablets (`/api/sync/push`, signed by enrolled devices) and are stored
//! exactly once in each device's gap-free log ([`push`], [`db`]); reference data and other
//! devices' events go down (`/api/sync/pull`, `/api/sync/reference`); staff sign in and
//! record through the rulebook; the folded centre raises policy exceptions where a tablet
//! acted on out-of-date state ([`service`]). SQLite by default, PostgreSQL by one line of
//! [`config`].
//!
//! Layers, bottom up (`tests/kinline/layers.rs` checks that no module imports one above its
//! own): the parts ([`error`], [`config`], [`auth`], [`push`], [`notify`], [`signalling`]…),
//! [`db`], [`service`] (refusing with [`ServiceError`], never an HTTP status), the workers
//! ([`dispatch`], [`demo`]), and [`http`] with [`tls`] (routes, extractors, [`ApiError`]).

/// Every shipped language's `locales/{tag}/{file}`, embedded, as `(tag, text)` pairs: the
/// caller's page (`caller.ftl`) and the caller's messages (`invitation.ftl`).
macro_rules! shipped_locale_files {
    ($file:literal) => {
        shipped_locale_files!(
            $file;
            "en-GB", "sq", "ar", "fa", "ckb", "kmr", "ps", "ur", "pa", "bn", "hi", "gu", "ta",
            "vi", "zh-Hans", "ti", "am", "so", "ro", "pl", "pt", "es", "fr", "tr"
        )
    };
    ($file:literal; $($tag:literal),*) => {
        &[$((
            $tag,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/", $tag, "/", $file)),
        )),*]
    };
}

pub mod argon;
pub mod auth;
pub mod backup;
pub mod config;
pub mod db;
pub mod demo;
pub mod dispatch;
pub mod error;
pub mod files;
pub mod fresh;
pub mod http;
pub mod logs;
pub mod metrics;
pub mod notify;
mod push;
pub mod service;
pub mod signalling;
pub mod throttle;
pub mod tls;
mod verify;

pub use config::{Config, Database};
pub use error::{ServerError, ServiceError};
pub use http::ApiError;
pub use service::Server;

/// The protocol version this server speaks, from the shared core.
pub const PROTOCOL_VERSION: u32 = kinline_shared::sync::PROTOCOL_VERSION;
