//! [`Texts`]: every language of one [`Domain`], each (language, message id) formatted once.
//!
//! [`Texts::get`] returns `&'static str` so a screen can use a word anywhere (attributes,
//! `format!`, messages kept in state). The `'static` comes from a **bounded cache of leaked
//! strings**: each (language, message id) pair is formatted once and its text leaked on first
//! use, and only ids that exist in the en-GB file are cached, so the cache never holds more than
//! (en-GB ids × 24 languages) strings, ~200 kB at most, for the life of the process; the Fluent
//! files are embedded in the binary and cannot change at run time, so a cached string is never
//! stale.

use crate::{Domain, FALLBACK, Localizer};
use i18n_embed::I18nAssets;
use kinline_shared::languages::Language;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, PoisonError};

/// A value set into a message: text, a number (which chooses plural forms), or the words of
/// another message in the same language.
pub use kinline_shared::dso::MessageArg as Arg;

/// What a lookup shows for an id that is in no Fluent file (never for a literal id: the build
/// and the tests check those).
pub const MISSING: &str = "[missing text]";

/// The strings of one [`Domain`] by (language, message id), formatted once from a set of Fluent
/// files laid out like `locales/`.
pub struct Texts {
    domain: Domain,
    assets: Box<dyn I18nAssets + Send + Sync>,
    english: BTreeSet<String>,
    localizers: Mutex<HashMap<&'static str, Option<Localizer>>>,
    cache: Mutex<HashMap<(&'static str, String), &'static str>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("domain", &self.domain)
            .field("ids", &self.english.len())
            .finish_non_exhaustive()
    }
}

impl Texts {
    /// `domain`'s strings from `assets` (laid out like `locales/`: `{tag}/{file}`).
    pub fn new(domain: Domain, assets: impl I18nAssets + Send + Sync + 'static) -> Self {
        let english = assets
            .get_files(&format!("{FALLBACK}/{}", domain.file()))
            .first()
            .and_then(|data| std::str::from_utf8(data).ok().map(str::to_owned))
            .and_then(|text| crate::messages_with_variables(&text, FALLBACK).ok())
            .map(|messages| messages.into_keys().collect())
            .unwrap_or_default();
        Self {
            domain,
            assets: Box::new(assets),
            english,
            localizers: Mutex::default(),
            cache: Mutex::default(),
        }
    }

    /// Whether `id` is a message of the en-GB file.
    pub fn has(&self, id: &str) -> bool {
        self.english.contains(id)
    }

    /// The text of `id` in `language`, falling back to English for this string only.
    pub fn get(&self, language: &'static Language, id: &str) -> &'static str {
        if !self.english.contains(id) {
            return MISSING;
        }
        let key = (language.tag, id.to_owned());
        if let Some(text) = lock(&self.cache).get(&key) {
            return text;
        }
        let text = self.with_localizer(language, |l| l.map_or(MISSING.to_owned(), |l| l.text(id)));
        // Formatted outside the cache lock; if two threads race on one pair, the first stored
        // wins and the other's text is dropped, so each pair is leaked exactly once.
        lock(&self.cache)
            .entry(key)
            .or_insert_with(|| Box::leak(text.into_boxed_str()))
    }

    /// The text of `id` in `language` with `args` set ([`Localizer::text_args`]), falling back
    /// to English for this message only. Not cached: the values change.
    pub fn get_args(&self, language: &'static Language, id: &str, args: &[(&str, Arg)]) -> String {
        if !self.english.contains(id) {
            return MISSING.to_owned();
        }
        self.with_localizer(language, |l| {
            l.map_or(MISSING.to_owned(), |l| l.text_args(id, args))
        })
    }

    fn with_localizer<R>(
        &self,
        language: &'static Language,
        f: impl FnOnce(Option<&Localizer>) -> R,
    ) -> R {
        let mut localizers = lock(&self.localizers);
        let localizer = localizers.entry(language.tag).or_insert_with(|| {
            match Localizer::of(self.domain, language.tag, &*self.assets) {
                Ok(l) => Some(l),
                Err(e) => {
                    tracing::error!(language = language.tag, error = %e, "interface strings");
                    None
                }
            }
        });
        f(localizer.as_ref())
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}
