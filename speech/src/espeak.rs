//! espeak-ng through its library (`kinline-espeak`, the one FFI spot, which serialises all calls
//! behind one lock). Offline on every platform; sentence and word events come from espeak-ng.

use super::voices::{Espeak, espeak_voice, transliteration};
use super::{Rendition, Speaker, SpeechError, SpeechEvent, VoiceKind, speakable};

/// The pause between sentences, so a listener hears where one ends.
const GAP_SECONDS: f64 = 0.35;

/// The espeak-ng engine.
#[derive(Debug)]
pub struct EspeakNg {
    engine: &'static kinline_espeak::Espeak,
}

impl EspeakNg {
    /// Starts (or reuses) the library. Fails if espeak-ng or its data is not installed.
    pub fn new() -> Result<Self, SpeechError> {
        let engine =
            kinline_espeak::Espeak::get().map_err(|e| SpeechError::Engine(e.to_string()))?;
        Ok(Self { engine })
    }
}

impl Speaker for EspeakNg {
    fn kind(&self) -> VoiceKind {
        VoiceKind::EspeakNg
    }

    fn speaks(&self, language: &str) -> bool {
        matches!(espeak_voice(language), Espeak::Voice(v) if self.engine.has_voice(v))
    }

    fn render(
        &self,
        language: &str,
        sentences: &[(String, String)],
    ) -> Result<Rendition, SpeechError> {
        let Espeak::Voice(voice) = espeak_voice(language) else {
            return Err(SpeechError::NoVoice(language.to_owned()));
        };
        let rewrite = transliteration(language);
        let mut out = Rendition::default();
        for (index, (_, text)) in sentences.iter().enumerate() {
            let text = speakable(text);
            let spoken = rewrite.map_or_else(|| text.clone(), |t| t.apply(&text));
            let audio = self
                .engine
                .synthesize(voice, &spoken)
                .map_err(|e| match e {
                    // An unknown voice is refused, never read in espeak-ng's default voice.
                    kinline_espeak::Error::NoVoice(_) => SpeechError::NoVoice(language.to_owned()),
                    e => SpeechError::Synthesis {
                        index,
                        detail: e.to_string(),
                    },
                })?;
            out.sample_rate = audio.sample_rate;
            let base = out.samples.len();
            out.events.push(SpeechEvent::Sentence {
                index,
                sample: base,
            });
            // Word offsets of rewritten text (pinyin) do not point into the text shown.
            let words = if rewrite.is_some() {
                &[][..]
            } else {
                &audio.events[..]
            };
            for event in words {
                if let kinline_espeak::Event::Word {
                    sample,
                    char_offset,
                    chars,
                } = *event
                {
                    out.events.push(SpeechEvent::Word {
                        sentence: index,
                        sample: base + sample.min(audio.samples.len()),
                        char_offset,
                        chars,
                    });
                }
            }
            out.samples.extend(audio.samples);
            let gap = (f64::from(out.sample_rate) * GAP_SECONDS) as usize;
            out.samples.extend(std::iter::repeat_n(0, gap));
        }
        out.events.push(SpeechEvent::End {
            sample: out.samples.len(),
        });
        Ok(out)
    }
}
