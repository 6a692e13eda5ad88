//! The Kinline tablet app: the Dioxus UI and the shells around the pure core —
//! the encrypted local store, the sync client, the call engine and speech.

mod audio;
pub mod call;
pub mod glyph_probe;
/// Kinline's words (the `kinline-i18n` crate), where the tablet's code has always found them.
pub use kinline_i18n as i18n;
pub use kinline_i18n::t;
pub mod handle;
pub mod logs;
pub mod speech;
pub mod store;
pub mod sync;
pub mod ui;
