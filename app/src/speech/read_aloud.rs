//! The screens' read-aloud: [`ReadAloud`] is the tablet's [`crate::ui::Speaker`]. Each sentence
//! is rendered by espeak-ng in memory and played through an [`AudioSink`] (the speakers through
//! cpal on a tablet); nothing is written to disk and no text is logged.
//!
//! A language without a voice, or a tablet that cannot play sound, is reported to the screen
//! ([`crate::ui::Speaker::can_read`], [`crate::ui::Speaker::failed`]), which then says so and
//! leaves the interpreter route (DSO §15) — the audio never counts as played when it was not.

use super::{AudioSink, EspeakNg, Playback, Speaker as Voice};
use kinline_shared::model::LanguageTag;

/// espeak-ng into a sound output, sentence by sentence.
pub struct ReadAloud<S: AudioSink> {
    /// espeak-ng, loaded on first use (not at start-up: the sign-in screen needs no voice).
    voice: std::cell::OnceCell<Option<EspeakNg>>,
    sink: S,
    playing: Option<Playback>,
    failed: bool,
}

impl<S: AudioSink> std::fmt::Debug for ReadAloud<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadAloud")
            .field("voice", &self.voice.get().map(Option::is_some))
            .field("playing", &self.playing)
            .field("failed", &self.failed)
            .finish()
    }
}

impl<S: AudioSink> ReadAloud<S> {
    /// Reads through `sink`, with espeak-ng if its library and data load (else no language
    /// can be read, and the screens say so).
    pub fn new(sink: S) -> Self {
        Self {
            voice: std::cell::OnceCell::new(),
            sink,
            playing: None,
            failed: false,
        }
    }

    fn voice(&self) -> Option<&EspeakNg> {
        self.voice
            .get_or_init(|| match EspeakNg::new() {
                Ok(v) => Some(v),
                Err(e) => {
                    tracing::warn!(error = %e, "espeak-ng did not load: no read-aloud on this tablet");
                    None
                }
            })
            .as_ref()
    }

    /// The sound output (tests read what was played).
    pub fn sink(&self) -> &S {
        &self.sink
    }
}

impl<S: AudioSink> crate::ui::Speaker for ReadAloud<S> {
    fn speak(&mut self, language: &LanguageTag, text: &str) {
        crate::ui::Speaker::stop(self);
        let Some(voice) = self.voice() else {
            self.failed = true;
            return;
        };
        let rendition = match voice.render(&language.0, &[(String::new(), text.to_owned())]) {
            Ok(r) => r,
            Err(e) => {
                tracing::warn!(language = %language.0, error = %e, "read-aloud could not render a sentence");
                self.failed = true;
                return;
            }
        };
        match self.sink.play(&rendition) {
            Ok(p) => {
                self.failed = false;
                self.playing = Some(p);
            }
            Err(e) => {
                tracing::warn!(error = %e, "read-aloud could not play: no sound output");
                self.failed = true;
            }
        }
    }

    fn stop(&mut self) {
        if let Some(mut p) = self.playing.take() {
            p.stop();
        }
    }

    fn busy(&self) -> bool {
        self.playing.as_ref().is_some_and(|p| !p.finished())
    }

    fn can_read(&self, language: &LanguageTag) -> bool {
        self.voice().is_some_and(|v| v.speaks(&language.0))
    }

    fn failed(&self) -> bool {
        self.failed
    }
}
