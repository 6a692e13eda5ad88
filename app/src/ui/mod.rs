//! The tablet's screens, in Dioxus: the views over the state machine of `kinline-screens`.
//!
//! The split (see ARCHITECTURE.md): [`state`] (`kinline_screens::state`) holds what is on screen
//! and turns each tap ([`state::Msg`]) into events through the [`backend::Backend`] — which
//! records only through `kinline_shared::recorder::Recorder` — and [`views`] renders that
//! state. [`store_backend`] is the real `Backend`, over the store and the sync client. The
//! screens are tested by rendering them (dioxus-ssr) and by driving [`state::App::update`] as
//! a tap would.

pub use kinline_screens::{backend, call_link, effect, memory, signature, state, text};
pub mod store_backend;
pub mod video;
pub mod views;

pub use backend::{Backend, SilentSpeaker, Speaker};
pub use memory::MemoryBackend;
pub use state::{App, Msg, Screen};
pub use store_backend::{StoreBackend, TabletConfig};
pub use views::{KinlineApp, KinlineAppProps, SharedApp};
