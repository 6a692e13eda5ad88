//! Kinline's one integration test binary. Tests are named after what they prove, and after the
//! paragraph of DSO 01/2020 where there is one (`dso_8_…`, `annex_a_…`); the table in
//! `docs/dso-traceability.md` maps each paragraph to its rule, code and tests, and
//! `traceability` checks that table against the code.

mod app_e2e;
mod call;
mod call_screen;
mod console_pages;
mod contacts;
mod crates;
mod demo;
mod dso;
mod glyphs;
mod invitation;
mod languages;
mod layers;
mod operations;
mod permissions;
mod platforms;
mod properties;
mod read_aloud;
mod recorder;
mod reports;
mod server;
mod store;
mod sync;
mod traceability;
mod ui;
mod web_console;
