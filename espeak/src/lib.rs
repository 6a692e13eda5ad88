//! espeak-ng, through its C library, for reading the compact aloud offline: text in, 16-bit mono
//! samples out, with the sentence and word events espeak-ng reports (for highlighting what is
//! heard). Audio stays in memory.
//!
//! espeak-ng keeps global state and is not thread-safe, so every call goes through one
//! process-wide lock. All `unsafe` code is in the private module `ffi`.

mod ffi;

use std::sync::{Mutex, OnceLock};

/// Something espeak-ng reports at a point of the audio.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A sentence starts at `sample`; `char_offset` is its position in the text, in characters.
    Sentence {
        /// Sample offset in the returned audio.
        sample: usize,
        /// Characters from the start of the text.
        char_offset: usize,
    },
    /// A word starts at `sample`.
    Word {
        /// Sample offset in the returned audio.
        sample: usize,
        /// Characters from the start of the text.
        char_offset: usize,
        /// Its length in characters.
        chars: usize,
    },
}

/// Audio of one piece of text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Audio {
    /// Samples per second.
    pub sample_rate: u32,
    /// Mono PCM.
    pub samples: Vec<i16>,
    /// Sentence and word events, in order.
    pub events: Vec<Event>,
}

/// What went wrong; each says whether the DCO can do something about it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The library or its data (espeak-ng-data) is not installed, or failed to start.
    #[error("espeak-ng could not start (is espeak-ng-data installed?); reinstall the app")]
    Unavailable,
    /// There is no such voice. espeak-ng would otherwise carry on in its default voice, reading
    /// the text with English rules — which is why this is an error and not a warning.
    #[error("espeak-ng has no voice '{0}'")]
    NoVoice(String),
    /// Synthesis failed.
    #[error("espeak-ng could not synthesise the text (code {0})")]
    Synthesis(i32),
    /// The text contains a NUL character.
    #[error("the text contains a NUL character")]
    Nul,
}

/// The process-wide engine: espeak-ng's global state behind one lock, started once.
pub struct Espeak {
    state: Mutex<ffi::Engine>,
}

impl std::fmt::Debug for Espeak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Espeak")
    }
}

static ENGINE: OnceLock<Result<Espeak, Error>> = OnceLock::new();

impl Espeak {
    /// The engine, started on first use with espeak-ng's installed data.
    pub fn get() -> Result<&'static Espeak, Error> {
        ENGINE
            .get_or_init(|| {
                ffi::Engine::start().map(|engine| Espeak {
                    state: Mutex::new(engine),
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ffi::Engine> {
        // A panic while holding the lock cannot leave espeak-ng half-called (the FFI calls do
        // not panic), so a poisoned lock is still usable.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether the voice `name` (a file under espeak-ng-data/voices, e.g. `roa/fr`) exists and
    /// can be selected.
    pub fn has_voice(&self, name: &str) -> bool {
        self.lock().select(name).is_ok()
    }

    /// Synthesises `text` (UTF-8, plain text) with the voice `name`. Fails with
    /// [`Error::NoVoice`] rather than reading in another voice.
    pub fn synthesize(&self, name: &str, text: &str) -> Result<Audio, Error> {
        let mut engine = self.lock();
        engine.select(name)?;
        engine.synthesize(text)
    }
}
