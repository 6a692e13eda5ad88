//! The tablet's real microphone and speaker for a call, behind the engine's [`AudioSource`]
//! and [`AudioSink`] traits, opened through `kinline_audio` (cpal: ALSA on Linux, AAudio,
//! CoreAudio, WASAPI; the device's channels, rate and sample format are handled there). A cpal
//! stream may not move between threads, so each device runs on its own thread that owns the
//! stream; samples pass through a short in-memory queue (never to disk), at the engine's 48 kHz
//! mono.
//!
//! Not verified here: the build machine has no sound card, so these open no device in tests
//! (they compile and are linted with the rest of the crate; the conversions are unit-tested in
//! `kinline_audio`). Wrap them with `echo::EchoCanceller` (feature `call-devices`) so the
//! speaker does not feed the microphone.

use super::media::{AudioSink, AudioSource};
use kinline_audio::{self as audio, AudioError};
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

/// A device's stream, kept alive on its own thread until this is dropped, and the queue
/// between it and the call.
struct Queued {
    queue: Queue,
    stop: mpsc::Sender<()>,
}

impl Drop for Queued {
    fn drop(&mut self) {
        let _ = self.stop.send(());
    }
}

impl Queued {
    /// Runs `open` on a new thread with a new queue and keeps the stream it returns playing.
    fn open(
        open: impl FnOnce(Queue) -> Result<cpal::Stream, AudioError> + Send + 'static,
    ) -> Result<Self, DeviceError> {
        let queue: Queue = Arc::default();
        let device_queue = Arc::clone(&queue);
        let (ready_tx, ready_rx) = mpsc::channel();
        let (stop, stop_rx) = mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("kinline-audio".into())
            .spawn(move || match open(device_queue) {
                Ok(stream) => {
                    let _ = ready_tx.send(Ok(()));
                    let _ = stop_rx.recv();
                    drop(stream);
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(DeviceError(e.to_string())));
                }
            })
            .map_err(|e| DeviceError(e.to_string()))?;
        ready_rx.recv().map_err(|e| DeviceError(e.to_string()))??;
        Ok(Self { queue, stop })
    }
}

/// The default microphone, as the call's [`AudioSource`].
pub struct CpalMicrophone(Queued);

impl std::fmt::Debug for CpalMicrophone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CpalMicrophone").finish_non_exhaustive()
    }
}

impl CpalMicrophone {
    /// Opens the default input device.
    pub fn open() -> Result<Self, DeviceError> {
        Queued::open(|queue| {
            audio::open_input("microphone", RATE, move |samples| {
                push_capped(&queue, samples.iter().copied());
            })
        })
        .map(Self)
    }
}

impl AudioSource for CpalMicrophone {
    fn next_samples(&mut self, out: &mut [i16]) {
        let mut q = match self.0.queue.lock() {
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
pub struct CpalSpeaker(Queued);

impl std::fmt::Debug for CpalSpeaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CpalSpeaker").finish_non_exhaustive()
    }
}

impl CpalSpeaker {
    /// Opens the default output device.
    pub fn open() -> Result<Self, DeviceError> {
        Queued::open(|queue| {
            audio::open_output("speaker", RATE, move || {
                // Silence while the call has not delivered enough yet.
                queue
                    .lock()
                    .ok()
                    .and_then(|mut q| q.pop_front())
                    .unwrap_or(0)
            })
        })
        .map(Self)
    }
}

impl AudioSink for CpalSpeaker {
    fn samples(&self, samples: &[i16]) {
        push_capped(&self.0.queue, samples.iter().copied());
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
