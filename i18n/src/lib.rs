//! Languages: the interface strings (`locales/{tag}/kinline.ftl` for the tablet,
//! `locales/en-GB/console.ftl` for the staff console), the compact (`locales/{tag}/compact.ftl`,
//! one message per sentence, never falling back), and the language picker.
//!
//! There is one way to look up a word: a [`Localizer`] (one language of one [`Domain`], English
//! for a string the language lacks), and [`Texts`], every language of a domain formatted once,
//! over it. The tablet's screens (`kinline_screens::text::t`) and the console
//! (`kinline_console::text::ct`) are names for [`Texts::get`] in their reader's language.
//!
//! The interface falls back to English for a missing string; the compact never does: a compact
//! language is complete or it is not offered (DSO §15: nobody signs what they did not understand).

mod compact;
pub mod digits;
mod html;
pub mod notice;
mod texts;

pub use compact::{Compact, CompactError, CompactHeader, compact_ids, compact_source};
pub use html::{compact_html, escape_html};
/// Fluent files laid out like `locales/` (`{tag}/kinline.ftl`), for [`Localizer::with_assets`].
pub use i18n_embed::I18nAssets;
pub use kinline_shared::dates::{date_time, day, number, time};
pub use texts::{Arg, MISSING, Texts};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use kinline_shared::languages::{Direction, LANGUAGES, Language};
use kinline_shared::model::{SuspensionReason, TerminationReason};
use std::collections::{BTreeMap, BTreeSet};
use unic_langid::LanguageIdentifier;

/// Every Fluent file under `locales/`, embedded in the binary (the tablet reads no locale files
/// at run time, so a tampered or half-copied file cannot change what a detainee is shown).
#[derive(rust_embed::RustEmbed)]
#[folder = "../locales/"]
pub struct Localizations;

/// The fallback language of the interface, and the source language of the compact.
pub const FALLBACK: &str = "en-GB";

/// Why a language cannot be loaded.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// The tag is not one Kinline ships.
    #[error("Kinline does not offer the language '{0}'; choose one from the language list")]
    UnknownLanguage(String),
    /// The embedded Fluent files could not be loaded (a build problem, not the user's).
    #[error("the interface strings for '{tag}' could not be loaded ({detail}); reinstall the app")]
    Load {
        /// Language tag.
        tag: String,
        /// What went wrong.
        detail: String,
    },
    /// A Fluent file does not parse.
    #[error("{file} does not parse at line {line}: fix the file before shipping it")]
    Parse {
        /// The file, relative to `locales/`.
        file: String,
        /// 1-based line of the first error.
        line: usize,
    },
}

/// Which Fluent file a [`Localizer`] reads under `locales/{tag}/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Domain {
    /// `kinline.ftl`: the tablet's screens, the written notice and the caller's messages, in
    /// every shipped language.
    Tablet,
    /// `console.ftl`: the staff console, read by UK staff in English (en-GB only).
    Console,
}

impl Domain {
    /// The Fluent domain, which is the file's name without `.ftl`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Tablet => "kinline",
            Self::Console => "console",
        }
    }

    /// The file's name under `locales/{tag}/`.
    pub fn file(self) -> &'static str {
        match self {
            Self::Tablet => "kinline.ftl",
            Self::Console => "console.ftl",
        }
    }
}

/// The interface strings of one [`Domain`] in one language, with English for any string not
/// yet translated: [`Localizer::text`] and [`Localizer::text_args`].
pub struct Localizer {
    loader: FluentLanguageLoader,
    language: &'static Language,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language.tag)
            .finish()
    }
}

impl Localizer {
    /// The tablet's interface in `tag` (one of [`LANGUAGES`]), falling back to English string
    /// by string.
    pub fn new(tag: &str) -> Result<Self, I18nError> {
        Self::with_assets(tag, &Localizations)
    }

    /// The tablet's interface in `tag` from other Fluent files than the embedded ones (laid out
    /// like `locales/`: `{tag}/kinline.ftl`), e.g. to check the fallback with a deliberately
    /// incomplete locale.
    pub fn with_assets(tag: &str, assets: &dyn I18nAssets) -> Result<Self, I18nError> {
        Self::of(Domain::Tablet, tag, assets)
    }

    /// `domain`'s strings in `tag` from `assets` (laid out like `locales/`). The console's
    /// values are ids, dates and names set into English sentences, so no bidi isolation marks
    /// are added around them there.
    pub fn of(domain: Domain, tag: &str, assets: &dyn I18nAssets) -> Result<Self, I18nError> {
        let language = kinline_shared::languages::find(tag)
            .ok_or_else(|| I18nError::UnknownLanguage(tag.to_owned()))?;
        let parse_tag = |t: &str| -> Result<LanguageIdentifier, I18nError> {
            t.parse().map_err(|e| I18nError::Load {
                tag: tag.to_owned(),
                detail: format!("{e}"),
            })
        };
        let loader = FluentLanguageLoader::new(domain.name(), parse_tag(FALLBACK)?);
        // A language without its own file yet shows English throughout (i18n-embed cannot load
        // a language that has no file at all).
        let mut languages = Vec::new();
        if language.tag != FALLBACK
            && !assets
                .get_files(&format!("{}/{}", language.tag, domain.file()))
                .is_empty()
        {
            languages.push(parse_tag(language.tag)?);
        }
        languages.push(parse_tag(FALLBACK)?);
        loader
            .load_languages(assets, &languages)
            .map_err(|e| I18nError::Load {
                tag: tag.to_owned(),
                detail: e.to_string(),
            })?;
        // Numbers in each bundle's own digits, as its dates are written.
        loader.with_bundles_mut(|bundle| bundle.set_formatter(Some(digits::local_digits)));
        if domain == Domain::Console {
            loader.set_use_isolating(false);
        }
        Ok(Self { loader, language })
    }

    /// Whether message `id` exists here (in this language or in English).
    pub fn has(&self, id: &str) -> bool {
        self.loader.has(id)
    }

    /// The text of message `id`; [`MISSING`] for an id in no file.
    pub fn text(&self, id: &str) -> String {
        self.text_args(id, &[])
    }

    /// The text of message `id` with its variables set: one sentence with placeholders, so each
    /// language orders the words its own way and chooses its plural forms. An
    /// [`Arg::Message`] is the words of another message in this language, formatted with the
    /// same values.
    pub fn text_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        if !self.loader.has(id) {
            return MISSING.to_owned();
        }
        if args.is_empty() {
            return self.loader.get(id);
        }
        // The values first; then each message set in (a subject, a field, a range) is
        // formatted in the same language with those values (a range's own numbers).
        let values: std::collections::HashMap<&str, fluent::FluentValue<'_>> = args
            .iter()
            .filter_map(|(name, value)| match value {
                Arg::Text(t) => Some((*name, fluent::FluentValue::from(t.as_str()))),
                Arg::Number(n) => Some((*name, fluent::FluentValue::from(*n))),
                Arg::Message(_) => None,
            })
            .collect();
        let mut all = values.clone();
        for (name, value) in args {
            if let Arg::Message(words) = value {
                let text = if self.loader.has(words) {
                    self.loader.get_args_concrete(words, values.clone())
                } else {
                    MISSING.to_owned()
                };
                all.insert(*name, fluent::FluentValue::from(text));
            }
        }
        self.loader.get_args_concrete(id, all)
    }

    /// The language shown.
    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// Which way the interface runs: the whole layout mirrors for right-to-left languages.
    pub fn direction(&self) -> Direction {
        self.language.direction
    }

    /// `"rtl"` or `"ltr"`, for the `dir` attribute of the root element.
    pub fn dir(&self) -> &'static str {
        dir_attr(self.language.direction)
    }

    /// How a termination reason reads to the DCO (closed list, DSO §11, §12, §19, Annex A).
    pub fn termination_reason(&self, reason: TerminationReason) -> String {
        use TerminationReason as R;
        match reason {
            R::Recording => self.text("end-reason-recording"),
            R::InappropriateDress => self.text("end-reason-inappropriate-dress"),
            R::AbusiveLanguage => self.text("end-reason-abusive-language"),
            R::SexualisedBehaviour => self.text("end-reason-sexualised-behaviour"),
            R::InappropriateBehaviour => self.text("end-reason-inappropriate-behaviour"),
            R::OffensiveMaterial => self.text("end-reason-offensive-material"),
            R::UnlawfulActivity => self.text("end-reason-unlawful-activity"),
            R::SecurityRisk => self.text("end-reason-security-risk"),
            R::ConcernForRecipient => self.text("end-reason-concern-for-recipient"),
        }
    }

    /// How a suspension reason reads in the written notice (DSO §17).
    pub fn suspension_reason(&self, reason: SuspensionReason) -> String {
        match reason {
            SuspensionReason::Security => self.text("suspension-reason-security"),
            SuspensionReason::Safety => self.text("suspension-reason-safety"),
            SuspensionReason::BreachOfAcceptableUse => self.text("suspension-reason-breach"),
        }
    }

    /// What the compact screen must say about `compact`'s language before anyone signs: that
    /// there is no voice (use an interpreter), and that the translation is unreviewed (for the
    /// DCO, who then records how understanding was confirmed). Empty when neither applies.
    pub fn compact_notices(&self, compact: &Compact, voiced: bool) -> Vec<String> {
        let mut notices = Vec::new();
        if !voiced {
            notices.push(self.text("compact-no-voice"));
        }
        if !compact.reviewed {
            notices.push(self.text("compact-not-reviewed-dco"));
        }
        notices
    }
}

/// The font files shipped in `assets/fonts/` (Noto, OFL; [`kinline_shared::fonts::FACES`]):
/// they cover every character of every offered string, so no glyph is ever missing and none
/// comes from a font the machine happens to have.
pub fn shipped_fonts() -> impl Iterator<Item = &'static kinline_shared::fonts::Face> {
    kinline_shared::fonts::FACES.iter()
}

/// The CSS that loads every shipped face from `data:` URLs (bundled in the binary; the
/// webview needs no file or network) and sets the font stack, with Nastaliq for Urdu.
pub fn font_css() -> &'static str {
    static CSS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        kinline_shared::fonts::css(
            kinline_shared::fonts::FACES,
            ":root",
            kinline_shared::fonts::data_url,
        )
    });
    &CSS
}

/// Loads every face of the page as it opens ([`font_head`]'s script). A face with a
/// `unicode-range` is otherwise loaded only when a text first needs it, and with
/// `font-display: block` that text is invisible until it has loaded: the Urdu Nastaliq face
/// (about 570 KB) left a screen blank for a moment the first time Urdu was shown. Run at once
/// and again when the document is parsed (a face its style sheet adds later is loaded too);
/// loading a face twice is a no-op. `window.kinlineFontsLoaded` resolves once all have.
pub const PRELOAD_FONTS_JS: &str = "(() => { const all = () => Promise.all([...document.fonts]\
.map(f => f.load().catch(() => f))); window.kinlineFontsLoaded = all(); \
document.addEventListener('DOMContentLoaded', () => { window.kinlineFontsLoaded = all(); }); })();";

/// The `<head>` addition of every tablet window: [`font_css`], and every face loaded at once
/// ([`PRELOAD_FONTS_JS`]).
pub fn font_head() -> String {
    format!(
        "<style>{}</style><script>{PRELOAD_FONTS_JS}</script>",
        font_css()
    )
}

/// The HTML `dir` value for a direction.
pub fn dir_attr(direction: Direction) -> &'static str {
    match direction {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    }
}

/// One entry of the language picker: the name in its own script first, then the English name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickerEntry {
    /// The language.
    pub language: &'static Language,
    /// What the picker shows, e.g. `"العربية — Arabic"`.
    pub label: String,
    /// Whether the compact is offered in it (complete and current).
    pub compact_offered: bool,
}

/// The language picker, in the order of [`LANGUAGES`]. The native name is wrapped in bidi
/// isolation so an Arabic name does not reorder the English one beside it.
pub fn picker() -> Vec<PickerEntry> {
    LANGUAGES
        .iter()
        .map(|language| PickerEntry {
            language,
            label: if language.native == language.english {
                language.english.to_owned()
            } else {
                format!("\u{2068}{}\u{2069} — {}", language.native, language.english)
            },
            compact_offered: Compact::offered(language.tag),
        })
        .collect()
}

/// The source text of `locales/{tag}/{file}`, if it is shipped.
pub fn source(tag: &str, file: &str) -> Option<String> {
    let data = Localizations::get(&format!("{tag}/{file}"))?;
    String::from_utf8(data.data.into_owned()).ok()
}

/// Every message of `locales/{tag}/kinline.ftl` with the variables it uses, or why it does not
/// parse. An empty map if the language has no interface file.
pub fn interface_messages(tag: &str) -> Result<BTreeMap<String, BTreeSet<String>>, I18nError> {
    let Some(text) = source(tag, "kinline.ftl") else {
        return Ok(BTreeMap::new());
    };
    messages_with_variables(&text, &format!("{tag}/kinline.ftl"))
}

/// How complete the interface is in `tag`: the en-GB keys it lacks, or whose variables differ.
pub fn interface_gaps(tag: &str) -> Result<Vec<String>, I18nError> {
    let english = interface_messages(FALLBACK)?;
    let here = interface_messages(tag)?;
    Ok(english
        .iter()
        .filter(|(id, vars)| here.get(*id) != Some(vars))
        .map(|(id, _)| id.clone())
        .collect())
}

/// Message ids in file order, each with the variables (`$name`) its value and attributes use.
pub fn messages_with_variables(
    text: &str,
    file: &str,
) -> Result<BTreeMap<String, BTreeSet<String>>, I18nError> {
    Ok(parse(text, file)?
        .into_iter()
        .map(|(id, _, vars)| (id, vars))
        .collect())
}

/// Parses a Fluent file strictly: any junk is an error naming its line. Returns each message's
/// id, its value's source text and its variables, in file order.
pub(crate) fn parse(
    text: &str,
    file: &str,
) -> Result<Vec<(String, String, BTreeSet<String>)>, I18nError> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| {
        let pos = errors.first().map_or(0, |e| e.pos.start);
        I18nError::Parse {
            file: file.to_owned(),
            line: text[..pos.min(text.len())].lines().count().max(1),
        }
    })?;
    let mut out = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            let mut value = String::new();
            if let Some(pattern) = &message.value {
                collect_pattern(pattern, &mut vars, &mut value);
            }
            for attribute in &message.attributes {
                collect_pattern(&attribute.value, &mut vars, &mut String::new());
            }
            out.push((message.id.name.to_owned(), value, vars));
        }
    }
    Ok(out)
}

fn collect_pattern(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    vars: &mut BTreeSet<String>,
    text: &mut String,
) {
    use fluent_syntax::ast::PatternElement;
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => collect_expression(expression, vars, text),
        }
    }
}

fn collect_expression(
    expression: &fluent_syntax::ast::Expression<&str>,
    vars: &mut BTreeSet<String>,
    text: &mut String,
) {
    use fluent_syntax::ast::{Expression, InlineExpression};
    let inline = |e: &InlineExpression<&str>, vars: &mut BTreeSet<String>, text: &mut String| {
        collect_inline(e, vars, text);
    };
    match expression {
        Expression::Inline(e) => inline(e, vars, text),
        Expression::Select { selector, variants } => {
            inline(selector, vars, text);
            for variant in variants {
                collect_pattern(&variant.value, vars, text);
            }
        }
    }
}

fn collect_inline(
    e: &fluent_syntax::ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    text: &mut String,
) {
    use fluent_syntax::ast::InlineExpression;
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, vars, text);
            }
            for a in &arguments.named {
                collect_inline(&a.value, vars, text);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, vars, text),
        InlineExpression::StringLiteral { value } => text.push_str(value),
        _ => {}
    }
}
