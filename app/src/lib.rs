//! The Kinline tablet app: the Dioxus views, main, and the wiring of the parts below it — the
//! screens' state machine (`kinline-screens`), the encrypted local store (`kinline-store`), the
//! sync client (`kinline-sync`), the call engine (`kinline-call`, its media `kinline-media`)
//! and speech (`kinline-speech`). The parts know nothing of each other beyond what their
//! `Cargo.toml` says (see ARCHITECTURE.md, "Crates"); the glue that joins them lives here:
//! [`ui::store_backend`] (the screens' `Backend` over the store and sync), [`engine_link`]
//! (their `CallLink` over the engine) and [`read_aloud`] (their `Speaker` over speech).

pub mod engine_link;
pub mod glyph_probe;
pub mod handle;
pub mod logs;
pub mod read_aloud;
pub mod ui;

/// Kinline's words (the `kinline-i18n` crate), where the tablet's code has always found them.
pub use kinline_i18n as i18n;
/// The local store (the `kinline-store` crate).
pub use kinline_store as store;
/// The sync client (the `kinline-sync` crate).
pub use kinline_sync as sync;

/// The call engine (the `kinline-call` crate), and the app's link from the screens to it.
pub mod call {
    pub use crate::engine_link as link;
    pub use kinline_call::*;
}

/// Reading aloud (the `kinline-speech` crate), and the screens' read-aloud over it.
pub mod speech {
    pub use crate::read_aloud::{ReadAloud, audio_dir};
    pub use kinline_speech::*;
}
