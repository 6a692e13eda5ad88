//! The tablet's screens as a state machine, without Dioxus: sign-in and lock, today, find, a
//! detainee's access, the compact (read aloud, signed with a finger, witnessed), the call,
//! incident reports and suspension notices.
//!
//! [`state`] holds what is on screen and turns each tap ([`state::Msg`]) into [`effect::Effect`]s
//! — data: record these events, book, sign in, sync, read the view model — which the shell
//! performs on the [`backend::Backend`] off the UI thread (which records only through
//! `kinline_shared::recorder::Recorder`) and answers as messages; the app's views
//! (`kinline-app`, Dioxus) only render it. The traits the screens need live
//! here, beside the code that uses them: [`Backend`] (the store and the sync client),
//! [`Speaker`] (the read-aloud) and [`call_link::CallLink`] (the call engine). The app
//! implements them over `kinline-store`, `kinline-sync`, `kinline-speech` and `kinline-call`,
//! none of which this crate depends on; [`MemoryBackend`] implements them in memory (the demo
//! centre, and the tests).

pub mod backend;
pub mod call_link;
pub mod effect;
pub mod memory;
pub mod signature;
pub mod state;
pub mod text;

pub use backend::{Backend, ReadFailure, SilentSpeaker, Speaker};
pub use memory::MemoryBackend;
pub use state::{App, Msg, Screen};
