//! The tablet's screens, in Dioxus: sign-in and lock, today, find, a detainee's access, the
//! compact (read aloud, signed with a finger, witnessed), the call, incident reports and
//! suspension notices.
//!
//! The split (see ARCHITECTURE.md): [`state`] holds what is on screen and turns each tap
//! ([`state::Msg`]) into events through the [`backend::Backend`] — which records only through
//! `kinline_shared::rules::decide` — and [`views`] renders that state. The screens are tested
//! by rendering them (dioxus-ssr) and by driving [`state::App::update`] as a tap would.

pub mod backend;
pub mod call_link;
pub mod memory;
pub mod signature;
pub mod state;
pub mod store_backend;
pub mod text;
pub mod video;
pub mod views;

pub use backend::{Backend, SilentSpeaker, Speaker};
pub use memory::MemoryBackend;
pub use state::{App, Msg, Screen};
pub use store_backend::{StoreBackend, TabletConfig};
pub use views::{KinlineApp, KinlineAppProps, SharedApp};
