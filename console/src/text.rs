//! The staff console's words, looked up by Fluent id in `locales/en-GB/console.ftl` through
//! the one lookup, [`kinline_i18n::Texts`] (its [`Domain::Console`]). The
//! console is read by UK staff in English, so there is one language; what a detainee reads
//! (the written notice) is not here but in their own language (`notice.rs`, `kinline.ftl`).
//! A test (`tests/kinline/console_pages.rs`) checks that every literal id passed to [`ct`] or
//! [`ct_args`] under `console/src/` and `server/src/http/console/` is in the file, and that the
//! file holds no unused one.

use fluent::FluentResource;
use kinline_i18n::{Domain, FALLBACK, Localizations, Texts};
use std::sync::LazyLock;

/// The file the console's words are in, inside the embedded `locales/`.
pub const CONSOLE_FTL: &str = "console.ftl";

/// A value set into a console message ([`ct_args`]).
pub use kinline_i18n::Arg;

static TEXTS: LazyLock<Texts> = LazyLock::new(|| Texts::new(Domain::Console, Localizations));

fn english() -> &'static kinline_shared::languages::Language {
    kinline_shared::languages::find(FALLBACK).expect("en-GB is in the language list")
}

/// The console string `id`. A missing id shows as [`kinline_i18n::MISSING`] (never a panic in
/// a page; the test named in the module docs finds literal ids that are missing).
pub fn ct(id: &str) -> String {
    TEXTS.get(english(), id).to_owned()
}

/// Whether `id` is a message of `console.ftl` (a page shows an id from its address only then).
pub fn has(id: &str) -> bool {
    TEXTS.has(id)
}

/// The console string `id` with its variables set.
pub fn ct_args(id: &str, args: &[(&str, Arg)]) -> String {
    TEXTS.get_args(english(), id, args)
}

/// A text value for [`ct_args`].
pub fn text(s: impl Into<String>) -> Arg {
    Arg::Text(s.into())
}

/// The message ids of `console.ftl`, in file order; an error names what does not parse.
pub fn message_ids() -> Result<Vec<String>, String> {
    let text = kinline_i18n::source(kinline_i18n::FALLBACK, CONSOLE_FTL)
        .ok_or_else(|| format!("{CONSOLE_FTL} is not embedded"))?;
    let resource = FluentResource::try_new(text)
        .map_err(|(_, errors)| format!("{CONSOLE_FTL} does not parse: {errors:?}"))?;
    Ok(resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect())
}
