//! The staff console's words, looked up by Fluent id in `locales/en-GB/console.ftl`. The
//! console is read by UK staff in English, so there is one language; what a detainee reads
//! (the written notice) is not here but in their own language (`notice.rs`, `kinline.ftl`).
//! A test (`tests/kinline/console_pages.rs`) checks that every literal id passed to [`ct`] or
//! [`ct_args`] under `console/src/` and `server/src/console/` is in the file, and that the
//! file holds no unused one.

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// The file the console's words are in, inside the embedded `locales/`.
pub const CONSOLE_FTL: &str = "console.ftl";

thread_local! {
    static BUNDLE: FluentBundle<FluentResource> = bundle();
}

fn bundle() -> FluentBundle<FluentResource> {
    let text = kinline_i18n::source(kinline_i18n::FALLBACK, CONSOLE_FTL).unwrap_or_default();
    // A broken line loses only its own message (the test parses the file strictly).
    let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
    let langid = kinline_i18n::FALLBACK
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![langid]);
    // English only, and values are ids, dates and names put into English sentences: no bidi
    // isolation marks in the staff's text or in what tests read.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The console string `id`. A missing id shows as the id itself (never a panic in a screen).
pub fn ct(id: &str) -> String {
    ct_args(id, &[])
}

/// Whether `id` is a message of `console.ftl` (a page shows an id from its address only then).
pub fn has(id: &str) -> bool {
    BUNDLE.with(|b| b.has_message(id))
}

/// The console string `id` with its variables set.
pub fn ct_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    BUNDLE.with(|b| {
        let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        b.format_pattern(pattern, Some(&fa), &mut errors)
            .into_owned()
    })
}

/// A text value for [`ct_args`].
pub fn text(s: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(s.into())
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
