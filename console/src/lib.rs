//! The staff console's pure parts, shared by the centre server's console pages: its words
//! ([`text`], `locales/en-GB/console.ftl`), the written notice of a suspension in the
//! detainee's language ([`notice`], DSO §17, from `kinline-i18n`), reports built from the core's report functions
//! ([`reports`]) and the SVG charts they are drawn as ([`charts`]). Nothing here does IO.

pub mod charts;
pub mod duties;
pub mod forms;
pub use kinline_i18n::notice;
pub mod reports;
pub mod text;

/// The last 8 characters of an id: how the console refers to detainees, suspensions, calls
/// and reports (the random end of a UUIDv7 — its first characters are a timestamp, shared by
/// every id made in the same minute).
pub fn short(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    chars[chars.len().saturating_sub(8)..].iter().collect()
}
