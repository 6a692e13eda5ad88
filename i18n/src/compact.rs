//! The compact (DSO Annex A) in one language, exactly as shown: its sentences in order, the
//! version, who translated it and whether a qualified translator reviewed it, and the hash of the
//! text that a signature records. A language whose compact is incomplete, out of date or does not
//! parse is not offered — the compact never falls back to English.
//!
//! This is the one compact loader: the tablet's screens, its in-memory and store backends, the
//! staff console and read-aloud all take the compact from here, and it reads only the
//! `locales/` embedded at build time (never a file on the machine it runs on).

use super::{FALLBACK, I18nError, dir_attr, parse, source};
use fluent::{FluentArgs, FluentBundle, FluentResource};
use kinline_shared::languages::{self, Direction, Language};
use kinline_shared::model::{CompactVersion, LanguageTag, TextHash};
use unic_langid::LanguageIdentifier;

/// The slot length the DSO allows and the compact states (§7: 30 to 60 minutes).
const SLOT_MINUTES: std::ops::RangeInclusive<u32> = 30..=60;

/// Why the compact is not offered in a language.
#[derive(Debug, thiserror::Error)]
pub enum CompactError {
    /// Not a language Kinline ships.
    #[error("Kinline does not offer the language '{0}'")]
    UnknownLanguage(String),
    /// No compact.ftl for it.
    #[error("there is no compact in '{0}'; explain it through an interpreter")]
    Missing(String),
    /// The file does not parse.
    #[error(transparent)]
    Parse(#[from] I18nError),
    /// Sentences of the English compact are missing (or extra ones are present).
    #[error(
        "the compact in '{tag}' is incomplete (missing: {missing:?}, extra: {extra:?}); explain it through an interpreter"
    )]
    Incomplete {
        /// Language tag.
        tag: String,
        /// en-GB sentence ids it lacks.
        missing: Vec<String>,
        /// Sentence ids en-GB does not have.
        extra: Vec<String>,
    },
    /// The translation is of another version than the English text.
    #[error(
        "the compact in '{tag}' is version {found}, not the current {current}; explain it through an interpreter"
    )]
    OutOfDate {
        /// Language tag.
        tag: String,
        /// Its version.
        found: String,
        /// The English version.
        current: String,
    },
    /// The header lacks a field every compact must state.
    #[error("locales/{tag}/compact.ftl does not say its {field} in its header")]
    Header {
        /// Language tag.
        tag: String,
        /// The missing field.
        field: &'static str,
    },
    /// A sentence could not be formatted (e.g. a variable it does not know).
    #[error("sentence '{id}' of the compact in '{tag}' cannot be shown: {detail}")]
    Format {
        /// Language tag.
        tag: String,
        /// Sentence id.
        id: String,
        /// What Fluent said.
        detail: String,
    },
    /// The slot length is outside what the DSO allows.
    #[error("slot length {0} minutes is outside 30 to 60 (DSO §7); fix the centre's schedule")]
    SlotLength(u32),
    /// The centre's own text of the compact (synced from its server) does not have one
    /// sentence for each sentence of the shipped compact, or has an empty one.
    #[error(
        "the centre's text of the compact in '{tag}' has {found} sentences, not {expected}; the shipped text is shown instead"
    )]
    CentreText {
        /// Language tag.
        tag: String,
        /// Its non-empty sentences.
        found: usize,
        /// The shipped compact's sentences.
        expected: usize,
    },
}

/// The `### key: value` lines at the top of a compact.ftl.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompactHeader {
    /// The compact's version id (the same in every language).
    pub version: String,
    /// Who translated it.
    pub translator: String,
    /// Whether a qualified translator has reviewed it.
    pub reviewed: bool,
}

impl CompactHeader {
    /// Reads the header of a Fluent file.
    pub fn parse(tag: &str, text: &str) -> Result<Self, CompactError> {
        let field = |name: &'static str| {
            text.lines()
                .filter_map(|l| l.strip_prefix("###"))
                .filter_map(|l| l.trim().strip_prefix(name))
                .filter_map(|l| l.strip_prefix(':'))
                .map(|v| v.trim().to_owned())
                .next()
                .ok_or(CompactError::Header {
                    tag: tag.to_owned(),
                    field: name,
                })
        };
        Ok(Self {
            version: field("version")?,
            translator: field("translator")?,
            reviewed: field("reviewed")? == "yes",
        })
    }
}

/// The compact in one language, exactly as shown to the detainee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compact {
    /// Its version id.
    pub version: CompactVersion,
    /// The language shown.
    pub language: LanguageTag,
    /// Which way it runs.
    pub direction: Direction,
    /// `(sentence id, exact text)` in reading order: one is read aloud and highlighted at a time.
    pub sentences: Vec<(String, String)>,
    /// Whether a qualified translator has reviewed it; if not, the DCO must confirm
    /// understanding another way and record how.
    pub reviewed: bool,
    /// Who translated it.
    pub translator: String,
    /// SHA-256 of the sentences joined by `"\n"`: what a signature records.
    pub text_hash: TextHash,
}

/// The sentence ids of the English compact, in order: every offered language has exactly these.
pub fn compact_ids() -> Result<Vec<String>, CompactError> {
    let text = compact_source(FALLBACK)?;
    let file = format!("{FALLBACK}/compact.ftl");
    Ok(parse(&text, &file)?
        .into_iter()
        .map(|(id, ..)| id)
        .collect())
}

/// The source of `locales/{tag}/compact.ftl`.
pub fn compact_source(tag: &str) -> Result<String, CompactError> {
    source(tag, "compact.ftl").ok_or_else(|| CompactError::Missing(tag.to_owned()))
}

impl Compact {
    /// The compact in `tag`, for a centre whose slots last `slot_minutes`. Fails — and the
    /// language is not offered — unless the translation is complete and of the current version.
    pub fn load(tag: &str, slot_minutes: u32) -> Result<Self, CompactError> {
        if !SLOT_MINUTES.contains(&slot_minutes) {
            return Err(CompactError::SlotLength(slot_minutes));
        }
        let language: &Language =
            languages::find(tag).ok_or_else(|| CompactError::UnknownLanguage(tag.to_owned()))?;
        let tag = language.tag;
        Self::from_sources(
            tag,
            compact_source(tag)?,
            &compact_source(FALLBACK)?,
            slot_minutes,
        )
    }

    /// The compact in `tag` from the text of its `compact.ftl` and of the English one (the
    /// source of truth for which sentences exist and the current version). [`Compact::load`]
    /// reads both from the embedded `locales/`.
    pub fn from_sources(
        tag: &str,
        text: String,
        english_source: &str,
        slot_minutes: u32,
    ) -> Result<Self, CompactError> {
        if !SLOT_MINUTES.contains(&slot_minutes) {
            return Err(CompactError::SlotLength(slot_minutes));
        }
        let language: &Language =
            languages::find(tag).ok_or_else(|| CompactError::UnknownLanguage(tag.to_owned()))?;
        let tag = language.tag;
        let file = format!("{tag}/compact.ftl");
        let header = CompactHeader::parse(tag, &text)?;
        let english = CompactHeader::parse(FALLBACK, english_source)?;
        if header.version != english.version {
            return Err(CompactError::OutOfDate {
                tag: tag.to_owned(),
                found: header.version,
                current: english.version,
            });
        }
        let ids: Vec<String> = parse(&text, &file)?
            .into_iter()
            .map(|(id, ..)| id)
            .collect();
        let expected: Vec<String> = parse(english_source, &format!("{FALLBACK}/compact.ftl"))?
            .into_iter()
            .map(|(id, ..)| id)
            .collect();
        let missing: Vec<String> = expected
            .iter()
            .filter(|i| !ids.contains(i))
            .cloned()
            .collect();
        let extra: Vec<String> = ids
            .iter()
            .filter(|i| !expected.contains(i))
            .cloned()
            .collect();
        if !missing.is_empty() || !extra.is_empty() {
            return Err(CompactError::Incomplete {
                tag: tag.to_owned(),
                missing,
                extra,
            });
        }

        let langid: LanguageIdentifier = tag.parse().map_err(|e| CompactError::Format {
            tag: tag.to_owned(),
            id: String::new(),
            detail: format!("{e}"),
        })?;
        let resource = FluentResource::try_new(text).map_err(|_| CompactError::Format {
            tag: tag.to_owned(),
            id: String::new(),
            detail: "does not parse".into(),
        })?;
        // One bundle of this language only: a missing sentence can never be filled in English.
        let mut bundle = FluentBundle::new(vec![langid]);
        // Numbers keep Fluent's bidi isolation (U+2068…U+2069) so "30" stays whole in Arabic;
        // the marks are part of the text shown and hashed, and speech strips them.
        bundle.set_use_isolating(true);
        // The slot's minutes in the language's digits, as its dates are written.
        bundle.set_formatter(Some(crate::digits::local_digits));
        bundle
            .add_resource(resource)
            .map_err(|_| CompactError::Format {
                tag: tag.to_owned(),
                id: String::new(),
                detail: "duplicate message ids".into(),
            })?;
        let mut args = FluentArgs::new();
        args.set("minutes", slot_minutes);

        let mut sentences = Vec::with_capacity(expected.len());
        for id in expected {
            let fail = |detail: String| CompactError::Format {
                tag: tag.to_owned(),
                id: id.clone(),
                detail,
            };
            let pattern = bundle
                .get_message(&id)
                .and_then(|m| m.value())
                .ok_or_else(|| fail("no value".into()))?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if let Some(e) = errors.first() {
                return Err(fail(e.to_string()));
            }
            let text = text.trim().to_owned();
            if text.is_empty() {
                return Err(fail("empty".into()));
            }
            sentences.push((id, text));
        }
        let joined: Vec<&str> = sentences.iter().map(|(_, t)| t.as_str()).collect();
        Ok(Self {
            version: CompactVersion(header.version),
            language: LanguageTag::new(tag),
            direction: language.direction,
            text_hash: TextHash::of(&joined.join("\n")),
            sentences,
            reviewed: header.reviewed,
            translator: header.translator,
        })
    }

    /// Whether the compact is offered in `tag` (complete, current, and it parses).
    pub fn offered(tag: &str) -> bool {
        Self::load(tag, 30).is_ok()
    }

    /// Every language the compact is offered in, in the order of the language list: what a
    /// centre publishes (`CompactVersionPublished`).
    pub fn offered_languages() -> Vec<LanguageTag> {
        languages::LANGUAGES
            .iter()
            .filter(|l| Self::offered(l.tag))
            .map(|l| LanguageTag::new(l.tag))
            .collect()
    }

    /// The sentences of the centre's own text of this compact (one sentence a line, as its
    /// server sends it), if it has exactly one non-empty sentence for each shipped one; else
    /// why not, and the shipped text is what is shown.
    pub fn centre_sentences(&self, text: &str) -> Result<Vec<String>, CompactError> {
        let sentences: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        if sentences.len() != self.sentences.len() {
            return Err(CompactError::CentreText {
                tag: self.language.0.clone(),
                found: sentences.len(),
                expected: self.sentences.len(),
            });
        }
        Ok(sentences)
    }

    /// The `dir` attribute value for this compact.
    pub fn dir(&self) -> &'static str {
        dir_attr(self.direction)
    }

    /// The whole text as read: the sentences joined by newlines (what the hash covers).
    pub fn text(&self) -> String {
        let joined: Vec<&str> = self.sentences.iter().map(|(_, t)| t.as_str()).collect();
        joined.join("\n")
    }
}
