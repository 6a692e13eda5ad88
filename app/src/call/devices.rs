//! The tablet's real microphone and speaker for a call, through cpal (ALSA on Linux, AAudio,
//! CoreAudio, WASAPI), behind the engine's [`AudioSource`] and [`AudioSink`] traits. A cpal
//! stream may not move between threads, so each device runs on its own thread that owns the
//! stream; samples pass through a short in-memory queue (never to disk), resampled to and from
//! the engine's 48 kHz mono by nearest sample.
//!
//! Not verified here: the build machine has no sound card, so these open no device in tests
//! (they compile and are linted with the rest of the crate). Wrap them with
//! `echo::EchoCanceller` (feature `call-devices`) so the speaker does not feed the microphone.

use super::media::{AudioSink, AudioSource};
use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use std::collections::VecDeque;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

/// The engine's audio rate.
const RATE: u32 = 48_000;
/// At most this much audio waits in a queue (200 ms): older samples are dropped, so a slow
/// consumer adds no growing delay.
const MAX_QUEUED: usize = RATE as usize / 5;

/// Why an audio device could not be opened.
#[derive(Debug, thiserror::Error)]
#[error("the audio device could not be opened ({0})")]
pub struct DeviceError(String);

impl DeviceError {
    /// An error saying `what`.
    pub fn new(what: impl Into<String>) -> Self {
        Self(what.into())
    }
}

type Queue = Arc<Mutex<VecDeque<i16>>>;

fn push_capped(queue: &Queue, samples: impl Iterator<Item = i16>) {
    let Ok(mut q) = queue.lock() else { return };
    q.extend(samples);
    let excess = q.len().saturating_sub(MAX_QUEUED);
    q.drain(..excess);
}

/// Keeps a device's stream alive on its own thread until the handle is dropped.
struct Running {
    stop: mpsc::Sender<()>,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.stop.send(());
    }
}

/// Runs `open` on a new thread and keeps the stream it returns playing until dropped.
fn run_stream(
    open: impl FnOnce() -> Result<cpal::Stream, DeviceError> + Send + 'static,
) -> Result<Running, DeviceError> {
    let (ready_tx, ready_rx) = mpsc::channel();
    let (stop, stop_rx) = mpsc::channel::<()>();
    std::thread::Builder::new()
        .name("kinline-audio".into())
        .spawn(move || {
            let stream = open().and_then(|s| {
                s.play().map_err(|e| DeviceError(e.to_string()))?;
                Ok(s)
            });
            match stream {
                Ok(stream) => {
                    let _ = ready_tx.send(Ok(()));
                    let _ = stop_rx.recv();
                    drop(stream);
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                }
            }
        })
        .map_err(|e| DeviceError(e.to_string()))?;
    ready_rx.recv().map_err(|e| DeviceError(e.to_string()))??;
    Ok(Running { stop })
}

/// The default microphone, as the call's [`AudioSource`].
pub struct CpalMicrophone {
    queue: Queue,
    _running: Running,
}

impl std::fmt::Debug for CpalMicrophone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CpalMicrophone").finish_non_exhaustive()
    }
}

impl CpalMicrophone {
    /// Opens the default input device.
    pub fn open() -> Result<Self, DeviceError> {
        let queue: Queue = Arc::default();
        let q = Arc::clone(&queue);
        let running = run_stream(move || {
            let device = cpal::default_host()
                .default_input_device()
                .ok_or_else(|| DeviceError("no microphone".into()))?;
            let supported = device
                .default_input_config()
                .map_err(|e| DeviceError(e.to_string()))?;
            let format = supported.sample_format();
            let config: cpal::StreamConfig = supported.into();
            let channels = usize::from(config.channels.max(1));
            let step = f64::from(config.sample_rate.0) / f64::from(RATE);
            let on_error = |e: cpal::StreamError| tracing::warn!(error = %e, "microphone error");
            // Channel 0 of each frame, picked at 48 kHz positions.
            let resample = move |mono: Vec<i16>| {
                let n = (mono.len() as f64 / step) as usize;
                (0..n).filter_map(move |i| mono.get((i as f64 * step) as usize).copied())
            };
            match format {
                cpal::SampleFormat::I16 => device.build_input_stream(
                    &config,
                    move |data: &[i16], _: &cpal::InputCallbackInfo| {
                        let mono = data.chunks(channels).map(|f| f[0]).collect();
                        push_capped(&q, resample(mono));
                    },
                    on_error,
                    None,
                ),
                cpal::SampleFormat::F32 => device.build_input_stream(
                    &config,
                    move |data: &[f32], _: &cpal::InputCallbackInfo| {
                        let mono = data
                            .chunks(channels)
                            .map(|f| (f[0].clamp(-1.0, 1.0) * 32767.0) as i16)
                            .collect();
                        push_capped(&q, resample(mono));
                    },
                    on_error,
                    None,
                ),
                other => return Err(DeviceError(format!("unsupported sample format {other}"))),
            }
            .map_err(|e| DeviceError(e.to_string()))
        })?;
        Ok(Self {
            queue,
            _running: running,
        })
    }
}

impl AudioSource for CpalMicrophone {
    fn next_samples(&mut self, out: &mut [i16]) {
        let mut q = match self.queue.lock() {
            Ok(q) => q,
            Err(_) => return out.fill(0),
        };
        for s in out.iter_mut() {
            // Silence while the device has not delivered enough yet.
            *s = q.pop_front().unwrap_or(0);
        }
    }
}

/// The default speaker, as the call's [`AudioSink`] for the caller's voice.
pub struct CpalSpeaker {
    queue: Queue,
    _running: Running,
}

impl std::fmt::Debug for CpalSpeaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CpalSpeaker").finish_non_exhaustive()
    }
}

impl CpalSpeaker {
    /// Opens the default output device.
    pub fn open() -> Result<Self, DeviceError> {
        let queue: Queue = Arc::default();
        let q = Arc::clone(&queue);
        let running = run_stream(move || {
            let device = cpal::default_host()
                .default_output_device()
                .ok_or_else(|| DeviceError("no speaker".into()))?;
            let supported = device
                .default_output_config()
                .map_err(|e| DeviceError(e.to_string()))?;
            let format = supported.sample_format();
            let config: cpal::StreamConfig = supported.into();
            let channels = usize::from(config.channels.max(1));
            // Device frames per 48 kHz sample: repeat or skip to match the rates.
            let step = f64::from(RATE) / f64::from(config.sample_rate.0);
            let mut phase = 0.0f64;
            let mut current = 0i16;
            let mut next = move || {
                phase += step;
                while phase >= 1.0 {
                    phase -= 1.0;
                    current = q.lock().ok().and_then(|mut q| q.pop_front()).unwrap_or(0);
                }
                current
            };
            let on_error = |e: cpal::StreamError| tracing::warn!(error = %e, "speaker error");
            match format {
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
                cpal::SampleFormat::F32 => device.build_output_stream(
                    &config,
                    move |data: &mut [f32], _: &cpal::OutputCallbackInfo| {
                        for f in data.chunks_mut(channels) {
                            f.fill(f32::from(next()) / 32768.0);
                        }
                    },
                    on_error,
                    None,
                ),
                other => return Err(DeviceError(format!("unsupported sample format {other}"))),
            }
            .map_err(|e| DeviceError(e.to_string()))
        })?;
        Ok(Self {
            queue,
            _running: running,
        })
    }
}

impl AudioSink for CpalSpeaker {
    fn samples(&self, samples: &[i16]) {
        push_capped(&self.queue, samples.iter().copied());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_queue_never_holds_more_than_200_ms() {
        let q: Queue = Arc::default();
        push_capped(&q, (0..MAX_QUEUED as i16).map(|_| 1));
        push_capped(&q, std::iter::repeat_n(2, 480));
        let q = q.lock().unwrap();
        assert_eq!(q.len(), MAX_QUEUED);
        // The oldest samples went; the newest are kept.
        assert_eq!(q.back(), Some(&2));
        assert_eq!(q.iter().filter(|s| **s == 2).count(), 480);
    }
}
