//! Reading the compact aloud (DSO §15: the policy is read to a detainee who does not read
//! English well enough). A [`Speaker`] turns sentences into audio with sentence events, an
//! [`AudioSink`] plays it; nothing is ever written to disk.
//!
//! Which voice a language gets is decided in [`voices`]: recorded human audio when a complete
//! set is shipped, else espeak-ng where its voice for that language reads it correctly, else
//! none — and the screen then offers the interpreter route. A voice that misreads is worse than
//! none, so languages espeak-ng reads wrongly (Sorani) are deliberately unvoiced. Mandarin is
//! read by espeak-ng's pinyin voice after conversion to numbered pinyin ([`pinyin`]), since its
//! character voice misreads.

mod espeak;
pub mod pinyin;
mod recorded;
mod sink;
pub mod voices;

pub use espeak::EspeakNg;
pub use recorded::{Recorded, parse_wav};
pub use sink::{AudioSink, CpalSink, MemorySink, Playback};
pub use voices::{Transliteration, VoiceKind, transliteration, voice_kind, voice_label};

/// Why audio could not be made or played; each says what the DCO can do.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    /// No voice for this language on this tablet.
    #[error(
        "there is no voice for '{0}' on this tablet; explain the compact through an interpreter"
    )]
    NoVoice(String),
    /// The speech engine could not start (e.g. espeak-ng data not installed).
    #[error(
        "the speech engine could not start ({0}); explain the compact through an interpreter or reinstall the app"
    )]
    Engine(String),
    /// Synthesis failed for a sentence.
    #[error(
        "sentence {index} could not be read aloud ({detail}); explain it through an interpreter"
    )]
    Synthesis {
        /// Index of the sentence.
        index: usize,
        /// What the engine said.
        detail: String,
    },
    /// Recorded audio is damaged or in an unsupported format.
    #[error("recorded audio {file} cannot be played ({detail}); reinstall the app")]
    Recording {
        /// The file.
        file: String,
        /// What is wrong.
        detail: String,
    },
    /// The tablet's audio output failed; retrying may help once the headphones or speaker are back.
    #[error("the tablet cannot play sound ({0}); check the speaker or headphones and try again")]
    Output(String),
}

/// Something that happens at a point of the audio, for highlighting what is being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeechEvent {
    /// Sentence `index` starts at `sample`.
    Sentence {
        /// Index into the sentences given.
        index: usize,
        /// Sample offset in the rendition.
        sample: usize,
    },
    /// A word of sentence `sentence` starts at `sample` (espeak-ng reports these; recorded
    /// audio has sentence events only).
    Word {
        /// Index of its sentence.
        sentence: usize,
        /// Sample offset in the rendition.
        sample: usize,
        /// Characters from the start of the sentence's spoken text (bidi marks removed).
        char_offset: usize,
        /// Its length in characters.
        chars: usize,
    },
    /// The end of all audio.
    End {
        /// Sample offset (the length).
        sample: usize,
    },
}

/// Mono 16-bit audio of some sentences, with where each sentence starts. Kept in memory only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rendition {
    /// Samples per second.
    pub sample_rate: u32,
    /// Mono PCM samples.
    pub samples: Vec<i16>,
    /// Sentence starts in order, then the end.
    pub events: Vec<SpeechEvent>,
}

impl Rendition {
    /// Length in seconds.
    pub fn seconds(&self) -> f64 {
        if self.sample_rate == 0 {
            return 0.0;
        }
        self.samples.len() as f64 / f64::from(self.sample_rate)
    }

    /// Root-mean-square level, 0.0 (silence) to 1.0 (full scale).
    pub fn rms(&self) -> f64 {
        if self.samples.is_empty() {
            return 0.0;
        }
        let sum: f64 = self
            .samples
            .iter()
            .map(|s| {
                let x = f64::from(*s) / 32768.0;
                x * x
            })
            .sum();
        (sum / self.samples.len() as f64).sqrt()
    }

    /// The sentence being heard at `sample`, for highlighting it.
    pub fn sentence_at(&self, sample: usize) -> Option<usize> {
        let mut current = None;
        for e in &self.events {
            match *e {
                SpeechEvent::Sentence { index, sample: s } if s <= sample => current = Some(index),
                SpeechEvent::End { sample: s } if s <= sample => return None,
                _ => {}
            }
        }
        current
    }

    /// Appends another rendition (same sample rate), shifting its events.
    fn append(&mut self, mut other: Rendition, index_offset: usize) {
        let base = self.samples.len();
        self.events
            .retain(|e| !matches!(e, SpeechEvent::End { .. }));
        for e in other.events.drain(..) {
            self.events.push(match e {
                SpeechEvent::Sentence { index, sample } => SpeechEvent::Sentence {
                    index: index + index_offset,
                    sample: sample + base,
                },
                SpeechEvent::Word {
                    sentence,
                    sample,
                    char_offset,
                    chars,
                } => SpeechEvent::Word {
                    sentence: sentence + index_offset,
                    sample: sample + base,
                    char_offset,
                    chars,
                },
                SpeechEvent::End { sample } => SpeechEvent::End {
                    sample: sample + base,
                },
            });
        }
        self.samples.extend(other.samples);
    }
}

/// Turns text into audio: espeak-ng, recorded human audio, or (later) the platform voice.
pub trait Speaker {
    /// Which kind of voice this is.
    fn kind(&self) -> VoiceKind;
    /// Whether it can read `language` (a tag of `kinline_shared::languages`).
    fn speaks(&self, language: &str) -> bool;
    /// Renders `sentences` (`(id, text)`, as in the compact) in `language`, one
    /// [`SpeechEvent::Sentence`] per sentence. Bidi marks are not spoken.
    fn render(
        &self,
        language: &str,
        sentences: &[(String, String)],
    ) -> Result<Rendition, SpeechError>;
}

/// Removes the bidi controls Fluent puts around placeables (and other invisible format marks),
/// which a voice must not try to pronounce.
pub fn speakable(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .collect()
}

/// The best speaker for `language` on this tablet, or `None` — then the screen says there is no
/// voice and offers the interpreter route. `audio_root` is `assets/audio`.
pub fn speaker_for(language: &str, audio_root: &std::path::Path) -> Option<Box<dyn Speaker>> {
    let recorded = Recorded::new(audio_root.to_path_buf());
    if recorded.speaks(language) {
        return Some(Box::new(recorded));
    }
    let espeak = EspeakNg::new().ok()?;
    espeak
        .speaks(language)
        .then(|| Box::new(espeak) as Box<dyn Speaker>)
}
