//! Playing a rendition: through the tablet's audio output (cpal), or into memory for tests.
//! Audio only ever lives in memory; no sink writes a file.

use super::{Rendition, SpeechError};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// A rendition being played: how far it has got, so the screen highlights the sentence heard.
pub struct Playback {
    position: Arc<AtomicUsize>,
    stopped: Arc<AtomicBool>,
    total: usize,
    // Keeps the output stream alive; dropping the playback stops the sound.
    _stream: Option<cpal::Stream>,
}

impl std::fmt::Debug for Playback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Playback")
            .field("position", &self.position())
            .field("total", &self.total)
            .finish()
    }
}

impl Playback {
    /// The rendition's sample being heard now.
    pub fn position(&self) -> usize {
        self.position.load(Ordering::Relaxed).min(self.total)
    }

    /// Whether it was played to the end (what `Explanation::ReadAloud { audio_completed }`
    /// records). A stopped playback never finishes.
    pub fn finished(&self) -> bool {
        !self.stopped.load(Ordering::Relaxed) && self.position() >= self.total
    }

    /// Stops the sound.
    pub fn stop(&mut self) {
        self.stopped.store(true, Ordering::Relaxed);
        self._stream = None;
    }
}

/// Where audio is played.
pub trait AudioSink {
    /// Starts playing `rendition`, replacing nothing (stop the previous playback first).
    fn play(&mut self, rendition: &Rendition) -> Result<Playback, SpeechError>;
}

/// Plays instantly into memory: for tests, and proof of what would have been heard.
#[derive(Clone, Debug, Default)]
pub struct MemorySink {
    /// Every rendition played, in order.
    pub played: Vec<Rendition>,
}

impl AudioSink for MemorySink {
    fn play(&mut self, rendition: &Rendition) -> Result<Playback, SpeechError> {
        self.played.push(rendition.clone());
        let total = rendition.samples.len();
        Ok(Playback {
            position: Arc::new(AtomicUsize::new(total)),
            stopped: Arc::new(AtomicBool::new(false)),
            total,
            _stream: None,
        })
    }
}

/// The default audio output of the tablet (ALSA, AAudio, CoreAudio, WASAPI through cpal,
/// opened by `kinline_audio`). The stream stays on the thread that called `play`, inside the
/// [`Playback`].
#[derive(Debug, Default)]
pub struct CpalSink;

impl AudioSink for CpalSink {
    fn play(&mut self, rendition: &Rendition) -> Result<Playback, SpeechError> {
        let (playback, next) = Playback::reading(rendition);
        let stream = kinline_audio::open_output("audio output", rendition.sample_rate, next)
            .map_err(|e| SpeechError::Output(e.to_string()))?;
        Ok(Playback {
            _stream: Some(stream),
            ..playback
        })
    }
}

impl Playback {
    /// A playback of `rendition` not yet started, and what gives the device its samples: each
    /// call is the next sample, recorded as the position heard (past the end: silence, and the
    /// position says it was played to the end).
    fn reading(rendition: &Rendition) -> (Self, impl FnMut() -> i16 + Send + 'static) {
        let samples: Arc<[i16]> = rendition.samples.clone().into();
        let position = Arc::new(AtomicUsize::new(0));
        let playback = Self {
            position: Arc::clone(&position),
            stopped: Arc::new(AtomicBool::new(false)),
            total: samples.len(),
            _stream: None,
        };
        let mut at = 0usize;
        let next = move || {
            position.store(at, Ordering::Relaxed);
            let sample = samples.get(at).copied().unwrap_or(0);
            at = at.saturating_add(1);
            sample
        };
        (playback, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kinline_audio::OutputFrames;

    #[test]
    fn a_22050_hz_rendition_on_a_48_khz_stereo_device_is_heard_in_order_to_its_end() {
        let rendition = Rendition {
            samples: (1..=441).collect(),
            sample_rate: 22_050,
            ..Rendition::default()
        };
        let (mut playback, mut next) = Playback::reading(&rendition);
        let mut device = OutputFrames::new(2, 22_050, 48_000);
        // 20 ms at 48 kHz: 960 frames, 1920 interleaved samples, in buffers of 256 frames.
        let mut heard = Vec::new();
        for _ in 0..3 {
            let mut buffer = vec![0.0f32; 512];
            device.fill(&mut buffer, &mut next);
            heard.extend(buffer);
        }
        // Every frame has the same sample in both channels, the rendition's nearest earlier one.
        for (k, frame) in heard.chunks(2).enumerate() {
            let expected = f32::from(rendition.samples[k * 22_050 / 48_000]) / 32768.0;
            assert_eq!(frame, [expected, expected], "frame {k}");
        }
        // 768 frames are 352.8 samples: the position is the sample heard now, not yet the end.
        assert_eq!(playback.position(), 352);
        assert!(!playback.finished());
        let mut rest = vec![0i16; 2 * 192 + 2];
        device.fill(&mut rest, &mut next);
        // 961 frames reach sample 441, past the last (440): silence, and played to the end.
        assert_eq!(rest[rest.len() - 4..], [441, 441, 0, 0]);
        assert_eq!(playback.position(), 441);
        assert!(playback.finished());
        playback.stop();
        assert!(!playback.finished(), "a stopped playback never finishes");
    }
}
