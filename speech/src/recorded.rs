//! Recorded human audio, preferred when shipped: `assets/audio/{lang}/{sentence-id}.wav`, one
//! 16-bit PCM mono file per compact sentence. A language counts as recorded only when every
//! sentence of its compact has a file.

use super::{Rendition, Speaker, SpeechError, SpeechEvent, VoiceKind};
use kinline_i18n::compact_ids;
use std::path::PathBuf;

/// The recorded-audio engine over a folder (normally `assets/audio`).
#[derive(Clone, Debug)]
pub struct Recorded {
    root: PathBuf,
}

impl Recorded {
    /// Recordings under `root/{lang}/`.
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }

    fn file(&self, language: &str, id: &str) -> PathBuf {
        self.root.join(language).join(format!("{id}.wav"))
    }

    /// Whether sentence `id` of the compact in `language` has a recording (the screens play
    /// it in preference to a synthetic voice, sentence by sentence). An id is a Fluent message
    /// id, so it cannot name a path outside the folder.
    pub fn has(&self, language: &str, id: &str) -> bool {
        let plain = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        };
        plain(language) && plain(id) && self.file(language, id).is_file()
    }
}

impl Speaker for Recorded {
    fn kind(&self) -> VoiceKind {
        VoiceKind::Recorded
    }

    fn speaks(&self, language: &str) -> bool {
        compact_ids().is_ok_and(|ids| ids.iter().all(|id| self.file(language, id).is_file()))
    }

    fn render(
        &self,
        language: &str,
        sentences: &[(String, String)],
    ) -> Result<Rendition, SpeechError> {
        let mut out = Rendition::default();
        for (index, (id, _)) in sentences.iter().enumerate() {
            let path = self.file(language, id);
            let bytes = std::fs::read(&path).map_err(|_| SpeechError::NoVoice(language.into()))?;
            let mut one = parse_wav(&bytes).map_err(|detail| SpeechError::Recording {
                file: path.display().to_string(),
                detail,
            })?;
            if out.sample_rate == 0 {
                out.sample_rate = one.sample_rate;
            } else if out.sample_rate != one.sample_rate {
                return Err(SpeechError::Recording {
                    file: path.display().to_string(),
                    detail: "sample rate differs from the other sentences".into(),
                });
            }
            one.events = vec![
                SpeechEvent::Sentence {
                    index: 0,
                    sample: 0,
                },
                SpeechEvent::End {
                    sample: one.samples.len(),
                },
            ];
            out.append(one, index);
        }
        Ok(out)
    }
}

/// Reads a 16-bit PCM mono WAV from memory (the only format shipped recordings use).
pub fn parse_wav(bytes: &[u8]) -> Result<Rendition, String> {
    let u16_at = |i: usize| {
        bytes
            .get(i..i + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    let u32_at = |i: usize| {
        bytes
            .get(i..i + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    if bytes.get(0..4) != Some(b"RIFF") || bytes.get(8..12) != Some(b"WAVE") {
        return Err("not a WAV file".into());
    }
    let mut at = 12;
    let mut format = None;
    while let (Some(id), Some(len)) = (bytes.get(at..at + 4), u32_at(at + 4)) {
        let body = at + 8;
        let len = len as usize;
        match id {
            b"fmt " => {
                let (Some(kind), Some(channels), Some(rate), Some(bits)) = (
                    u16_at(body),
                    u16_at(body + 2),
                    u32_at(body + 4),
                    u16_at(body + 14),
                ) else {
                    return Err("short fmt chunk".into());
                };
                if kind != 1 || channels != 1 || bits != 16 {
                    return Err("must be 16-bit PCM mono".into());
                }
                format = Some(rate);
            }
            b"data" => {
                let rate = format.ok_or("data before fmt")?;
                let data = bytes.get(body..body + len).ok_or("truncated data")?;
                return Ok(Rendition {
                    sample_rate: rate,
                    samples: data
                        .chunks_exact(2)
                        .map(|b| i16::from_le_bytes([b[0], b[1]]))
                        .collect(),
                    events: Vec::new(),
                });
            }
            _ => {}
        }
        at = body + len + (len & 1);
    }
    Err("no data chunk".into())
}
