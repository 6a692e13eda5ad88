//! Echo cancellation (feature `call-devices`): WebRTC's AudioProcessing module (PulseAudio's
//! packaging, Debian's `libwebrtc-audio-processing`, through the `webrtc-audio-processing`
//! crate), so the tablet's speaker does not feed its microphone back to the caller. The
//! speaker's samples go in as the render (far-end) signal, the microphone's come out with the
//! echo removed. Wrap the sink and source of a call with [`EchoCanceller::sink`] and
//! [`EchoCanceller::source`]. In memory only.

use super::devices::DeviceError;
use super::media::{AudioSink, AudioSource};
use std::sync::{Arc, Mutex};
use webrtc_audio_processing::{
    Config, EchoCancellation, EchoCancellationSuppressionLevel, InitializationConfig,
    NUM_SAMPLES_PER_FRAME, NoiseSuppression, NoiseSuppressionLevel, Processor,
};

/// Samples in one 10 ms processing frame at 48 kHz.
const FRAME: usize = NUM_SAMPLES_PER_FRAME as usize;

/// One echo canceller for one call, shared by its speaker and microphone.
#[derive(Clone)]
pub struct EchoCanceller {
    render: Arc<Mutex<Processor>>,
    capture: Arc<Mutex<Processor>>,
}

impl std::fmt::Debug for EchoCanceller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EchoCanceller").finish_non_exhaustive()
    }
}

fn to_f32(samples: &[i16]) -> Vec<f32> {
    samples.iter().map(|s| f32::from(*s) / 32768.0).collect()
}

impl EchoCanceller {
    /// Echo cancellation (high suppression, delay-agnostic) and moderate noise suppression,
    /// mono at 48 kHz.
    pub fn new() -> Result<Self, DeviceError> {
        let mut processor = Processor::new(&InitializationConfig {
            num_capture_channels: 1,
            num_render_channels: 1,
            ..InitializationConfig::default()
        })
        .map_err(|e| DeviceError::new(e.to_string()))?;
        processor.set_config(Config {
            echo_cancellation: Some(EchoCancellation {
                suppression_level: EchoCancellationSuppressionLevel::High,
                enable_extended_filter: true,
                enable_delay_agnostic: true,
                stream_delay_ms: None,
            }),
            noise_suppression: Some(NoiseSuppression {
                suppression_level: NoiseSuppressionLevel::Moderate,
            }),
            enable_high_pass_filter: true,
            ..Config::default()
        });
        // Clones share the module; each has its own frame buffers.
        Ok(Self {
            render: Arc::new(Mutex::new(processor.clone())),
            capture: Arc::new(Mutex::new(processor)),
        })
    }

    /// What the speaker is about to play (whole 10 ms frames; a tail is not analysed).
    pub fn render(&self, samples: &[i16]) {
        let Ok(mut p) = self.render.lock() else {
            return;
        };
        for chunk in samples.chunks_exact(FRAME) {
            let mut frame = to_f32(chunk);
            if let Err(e) = p.process_render_frame(&mut frame) {
                tracing::warn!(error = %e, "echo canceller render frame");
            }
        }
    }

    /// The microphone's samples, echo removed in place (whole 10 ms frames).
    pub fn capture(&self, samples: &mut [i16]) {
        let Ok(mut p) = self.capture.lock() else {
            return;
        };
        for chunk in samples.chunks_exact_mut(FRAME) {
            let mut frame = to_f32(chunk);
            match p.process_capture_frame(&mut frame) {
                Ok(()) => {
                    for (s, f) in chunk.iter_mut().zip(frame) {
                        *s = (f.clamp(-1.0, 1.0) * 32767.0) as i16;
                    }
                }
                Err(e) => tracing::warn!(error = %e, "echo canceller capture frame"),
            }
        }
    }

    /// The speaker, feeding this canceller what it plays.
    pub fn sink<S: AudioSink>(&self, inner: S) -> EchoCancelledSink<S> {
        EchoCancelledSink {
            inner,
            aec: self.clone(),
        }
    }

    /// The microphone, with the speaker's echo removed.
    pub fn source<S: AudioSource>(&self, inner: S) -> EchoCancelledSource<S> {
        EchoCancelledSource {
            inner,
            aec: self.clone(),
        }
    }
}

/// A speaker whose output the echo canceller hears.
#[derive(Debug)]
pub struct EchoCancelledSink<S> {
    inner: S,
    aec: EchoCanceller,
}

impl<S: AudioSink> AudioSink for EchoCancelledSink<S> {
    fn samples(&self, samples: &[i16]) {
        self.aec.render(samples);
        self.inner.samples(samples);
    }
}

/// A microphone with the speaker's echo removed.
#[derive(Debug)]
pub struct EchoCancelledSource<S> {
    inner: S,
    aec: EchoCanceller,
}

impl<S: AudioSource> AudioSource for EchoCancelledSource<S> {
    fn next_samples(&mut self, out: &mut [i16]) {
        self.inner.next_samples(out);
        self.aec.capture(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn energy(s: &[i16]) -> f64 {
        s.iter().map(|x| f64::from(*x).powi(2)).sum::<f64>() / s.len().max(1) as f64
    }

    /// The far end's voice (noise-like, as speech is) comes back into the microphone 30 ms
    /// later at half the level: after the canceller converges, most of it is gone.
    #[test]
    fn the_speakers_echo_is_removed_from_the_microphone() {
        let aec = EchoCanceller::new().unwrap();
        let mut seed = 0x2545_f491_u32;
        let mut noise = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            ((seed >> 16) as i16) / 4
        };
        let delay = 3 * FRAME;
        let mut played: Vec<i16> = vec![0; delay];
        let (mut before, mut after) = (Vec::new(), Vec::new());
        for n in 0..1000 {
            let far: Vec<i16> = (0..FRAME).map(|_| noise()).collect();
            aec.render(&far);
            played.extend_from_slice(&far);
            let start = played.len() - FRAME - delay;
            let mut mic: Vec<i16> = played[start..start + FRAME].iter().map(|s| s / 2).collect();
            let raw = mic.clone();
            aec.capture(&mut mic);
            if n >= 800 {
                before.extend(raw);
                after.extend(mic);
            }
        }
        let erle_db = 10.0 * (energy(&before) / energy(&after).max(1.0)).log10();
        eprintln!("echo return loss enhancement: {erle_db:.1} dB");
        assert!(erle_db > 10.0, "echo reduced by only {erle_db:.1} dB");
    }
}
