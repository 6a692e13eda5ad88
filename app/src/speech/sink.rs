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

/// The default audio output of the tablet (ALSA, AAudio, CoreAudio, WASAPI through cpal).
#[derive(Debug, Default)]
pub struct CpalSink;

impl AudioSink for CpalSink {
    fn play(&mut self, rendition: &Rendition) -> Result<Playback, SpeechError> {
        use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
        let out = |e: &dyn std::fmt::Display| SpeechError::Output(e.to_string());
        let device = cpal::default_host()
            .default_output_device()
            .ok_or_else(|| SpeechError::Output("no audio output".into()))?;
        let supported = device.default_output_config().map_err(|e| out(&e))?;
        let format = supported.sample_format();
        let config: cpal::StreamConfig = supported.into();
        let channels = usize::from(config.channels.max(1));
        // Nearest-sample resampling is enough for speech at tablet speakers.
        let step = f64::from(rendition.sample_rate) / f64::from(config.sample_rate.0);
        let samples: Arc<[i16]> = rendition.samples.clone().into();
        let position = Arc::new(AtomicUsize::new(0));
        let stopped = Arc::new(AtomicBool::new(false));
        let total = samples.len();
        let mut frame = 0usize;
        let pos = position.clone();
        let mut next = move || {
            let at = (frame as f64 * step) as usize;
            frame += 1;
            pos.store(at, Ordering::Relaxed);
            samples.get(at).copied().unwrap_or(0)
        };
        let on_error = |e: cpal::StreamError| tracing::warn!(error = %e, "audio output error");
        let stream = match format {
            cpal::SampleFormat::F32 => device.build_output_stream(
                &config,
                move |data: &mut [f32], _: &cpal::OutputCallbackInfo| {
                    for f in data.chunks_mut(channels) {
                        let s = f32::from(next()) / 32768.0;
                        f.fill(s);
                    }
                },
                on_error,
                None,
            ),
            cpal::SampleFormat::I16 => device.build_output_stream(
                &config,
                move |data: &mut [i16], _: &cpal::OutputCallbackInfo| {
                    for f in data.chunks_mut(channels) {
                        f.fill(next());
                    }
                },
                on_error,
                None,
            ),
            other => {
                return Err(SpeechError::Output(format!(
                    "unsupported sample format {other}"
                )));
            }
        }
        .map_err(|e| out(&e))?;
        stream.play().map_err(|e| out(&e))?;
        Ok(Playback {
            position,
            stopped,
            total,
            _stream: Some(stream),
        })
    }
}
