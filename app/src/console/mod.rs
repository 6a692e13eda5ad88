//! The staff console: the managers' side of DSO §16–§19 in the same Dioxus app, over the
//! centre server's staff API — suspensions and their written notice, appeals with their
//! deadlines, the Compliance Manager's oversight, the security queue, administration, and
//! reports as pictures with CSV export.
//!
//! The same split as the tablet's screens (see ARCHITECTURE.md): [`state`] holds what is on
//! screen and turns each click ([`Msg`]) into requests through the [`ConsoleApi`] (the real one
//! is [`HttpConsoleApi`]), [`views`] renders it; every screen shows only what the signed-in
//! role may see. [`notice`] renders the written notice in the detainee's language,
//! [`charts`] draws SVG charts, [`reports`] builds them from the core's report functions;
//! [`text`] holds the console's words (`locales/en-GB/console.ftl`).

pub mod api;
pub mod state;
pub mod views;
pub use kinline_console::{charts, notice, reports, text};

pub use api::{ConsoleApi, ConsoleError, HttpConsoleApi, Session};
pub use state::{Clock, Console, Msg, Screen};
pub use views::{ConsoleRoot, ConsoleRootProps, SharedConsole};
