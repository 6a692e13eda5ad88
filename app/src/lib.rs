//! The Kinline tablet and staff app: the Dioxus UI and the shells around the pure core —
//! the encrypted local store, the sync client, the call engine and speech.

mod audio;
pub mod call;
pub mod console;
pub mod i18n;
pub mod logs;
pub mod shared;
pub mod speech;
pub mod store;
pub mod sync;
pub mod ui;
