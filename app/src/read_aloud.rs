//! The screens' read-aloud: [`ReadAloud`] is the tablet's [`Speaker`], over `kinline-speech`. Each sentence
//! is played from its recording by a person (`assets/audio/{tag}/{sentence-id}.wav`) when one
//! is shipped for exactly that sentence, else rendered by espeak-ng in memory, and played
//! through an [`AudioSink`] (the speakers through cpal on a tablet); nothing is written to disk
//! and no text is logged.
//!
//! A language without a voice, or a tablet that cannot play sound, is reported to the screen
//! ([`Speaker::can_read`], [`Speaker::failure`]), which then says which
//! and leaves the interpreter route (DSO §15) — the audio never counts as played when it was
//! not.

use kinline_screens::{ReadFailure, Speaker};
use kinline_shared::model::LanguageTag;
use kinline_speech::{
    AudioSink, EspeakNg, Playback, Recorded, Rendition, Speaker as Voice, VoiceKind,
};
use std::path::{Path, PathBuf};

/// Where the recordings are: `KINLINE_AUDIO` if set, else the workspace's `assets/audio`.
pub fn audio_dir() -> PathBuf {
    std::env::var_os("KINLINE_AUDIO").map_or_else(
        || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/audio")),
        PathBuf::from,
    )
}

/// Recordings first, then espeak-ng, into a sound output, sentence by sentence.
pub struct ReadAloud<S: AudioSink> {
    /// espeak-ng, loaded on first use (not at start-up: the sign-in screen needs no voice).
    voice: std::cell::OnceCell<Option<EspeakNg>>,
    recorded: Recorded,
    sink: S,
    playing: Option<Playback>,
    /// Which voice read the last sentence (tests and the language table read it).
    last_voice: Option<VoiceKind>,
    failure: Option<ReadFailure>,
}

impl<S: AudioSink> std::fmt::Debug for ReadAloud<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadAloud")
            .field("voice", &self.voice.get().map(Option::is_some))
            .field("recorded", &self.recorded)
            .field("playing", &self.playing)
            .field("last_voice", &self.last_voice)
            .field("failure", &self.failure)
            .finish()
    }
}

impl<S: AudioSink> ReadAloud<S> {
    /// Reads through `sink`: recordings from [`audio_dir`] where shipped, else espeak-ng if
    /// its library and data load (else only recorded sentences can be read, and the screens
    /// say so for the rest).
    pub fn new(sink: S) -> Self {
        Self::with_recordings(sink, &audio_dir())
    }

    /// [`ReadAloud::new`] with the recordings under `audio_root` (`{tag}/{sentence-id}.wav`).
    pub fn with_recordings(sink: S, audio_root: &Path) -> Self {
        Self {
            voice: std::cell::OnceCell::new(),
            recorded: Recorded::new(audio_root.to_path_buf()),
            sink,
            playing: None,
            last_voice: None,
            failure: None,
        }
    }

    fn voice(&self) -> Option<&EspeakNg> {
        self.voice
            .get_or_init(|| match EspeakNg::new() {
                Ok(v) => Some(v),
                Err(e) => {
                    tracing::warn!(error = %e, "espeak-ng did not load: no synthetic read-aloud on this tablet");
                    None
                }
            })
            .as_ref()
    }

    /// The sound output (tests read what was played).
    pub fn sink(&self) -> &S {
        &self.sink
    }

    /// Which voice read the last sentence: [`VoiceKind::Recorded`] or [`VoiceKind::EspeakNg`].
    pub fn last_voice(&self) -> Option<VoiceKind> {
        self.last_voice
    }

    /// The last sentence as audio: its recording if there is one for `(language, id)`, else
    /// espeak-ng's rendering; `None` (and why) if neither can read it.
    fn render(
        &self,
        language: &LanguageTag,
        id: Option<&str>,
        text: &str,
    ) -> Result<(VoiceKind, Rendition), ReadFailure> {
        if let Some(id) = id.filter(|id| self.recorded.has(&language.0, id)) {
            match self
                .recorded
                .render(&language.0, &[(id.to_owned(), text.to_owned())])
            {
                Ok(r) => return Ok((VoiceKind::Recorded, r)),
                // A damaged recording: the synthetic voice, if there is one, rather than nothing.
                Err(e) => {
                    tracing::warn!(language = %language.0, sentence = id, error = %e, "a recording could not be played");
                }
            }
        }
        let voice = self.voice().ok_or(ReadFailure::NoVoice)?;
        voice
            .render(&language.0, &[(String::new(), text.to_owned())])
            .map(|r| (VoiceKind::EspeakNg, r))
            .map_err(|e| {
                tracing::warn!(language = %language.0, error = %e, "read-aloud could not render a sentence");
                ReadFailure::NoVoice
            })
    }
}

impl<S: AudioSink> Speaker for ReadAloud<S> {
    fn speak(&mut self, language: &LanguageTag, id: Option<&str>, text: &str) {
        Speaker::stop(self);
        let (kind, rendition) = match self.render(language, id, text) {
            Ok(r) => r,
            Err(failure) => {
                self.failure = Some(failure);
                return;
            }
        };
        match self.sink.play(&rendition) {
            Ok(p) => {
                self.failure = None;
                self.last_voice = Some(kind);
                self.playing = Some(p);
            }
            Err(e) => {
                tracing::warn!(error = %e, "read-aloud could not play: no sound output");
                self.failure = Some(ReadFailure::NoSound);
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
        self.recorded.speaks(&language.0) || self.voice().is_some_and(|v| v.speaks(&language.0))
    }

    fn failure(&self) -> Option<ReadFailure> {
        self.failure
    }
}
