//! The one place that opens the tablet's sound devices through cpal (ALSA, AAudio, CoreAudio,
//! WASAPI): read-aloud's `CpalSink` (`kinline-speech`) and the call's `CpalSpeaker` and
//! `CpalMicrophone` (`kinline-call`) all come through
//! [`open_output`] and [`open_input`]. Their callers deal in 16-bit mono at their own rate; the
//! device's channel count, rate and sample format (I16 or F32) are handled here, once.
//!
//! The stream returned lives on the thread that opened it (cpal streams are not `Send` on
//! every platform), so the caller chooses that thread. The conversions are the plain
//! [`OutputFrames`] and [`InputFrames`] (unit-tested: this machine has no sound card, so the
//! device paths themselves do not run in tests).

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};

/// Why a sound device could not be opened; each says which device and what failed.
#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    /// The tablet has no such device.
    #[error("no {0}")]
    Missing(&'static str),
    /// The device's default settings could not be read.
    #[error("the {0}'s settings could not be read: {1}")]
    Settings(&'static str, String),
    /// The device only takes samples in a format other than I16 or F32.
    #[error("the {0}'s sample format {1} is not supported")]
    Format(&'static str, cpal::SampleFormat),
    /// The stream could not be built.
    #[error("the {0}'s stream could not be opened: {1}")]
    Open(&'static str, String),
    /// The stream was built but would not start.
    #[error("the {0} could not start: {1}")]
    Start(&'static str, String),
}

/// A sample format a device may take, converted to and from 16-bit.
pub trait DeviceSample: cpal::SizedSample + Send + 'static {
    /// The device's sample for `sample`.
    fn from_i16(sample: i16) -> Self;
    /// The 16-bit sample for the device's; out-of-range values are clamped.
    fn to_i16(self) -> i16;
}

impl DeviceSample for i16 {
    fn from_i16(sample: i16) -> Self {
        sample
    }

    fn to_i16(self) -> i16 {
        self
    }
}

impl DeviceSample for f32 {
    fn from_i16(sample: i16) -> Self {
        f32::from(sample) / 32768.0
    }

    fn to_i16(self) -> i16 {
        // NaN becomes 0 (`as` saturates and maps NaN to zero).
        (self.clamp(-1.0, 1.0) * 32767.0) as i16
    }
}

/// Nearest-sample rate conversion, enough for speech: output sample `j` is input sample
/// `floor(j × from / to)`, counted over the whole stream (not per device buffer), in whole
/// numbers so no rounding drifts.
#[derive(Debug)]
struct Resample {
    /// The input rate.
    from: u64,
    /// The output rate.
    to: u64,
    /// Output samples so far.
    produced: u64,
    /// Input samples so far.
    consumed: u64,
    /// The last input sample taken.
    current: i16,
}

impl Resample {
    fn new(from: u32, to: u32) -> Self {
        Self {
            from: u64::from(from.max(1)),
            to: u64::from(to.max(1)),
            produced: 0,
            consumed: 0,
            current: 0,
        }
    }

    /// The input index of the next output sample.
    fn wanted(&self) -> u64 {
        self.produced * self.from / self.to
    }

    /// The next output sample, taking input samples from `next` as far as it needs.
    fn pull(&mut self, next: &mut impl FnMut() -> i16) -> i16 {
        let wanted = self.wanted();
        while self.consumed <= wanted {
            self.current = next();
            self.consumed += 1;
        }
        self.produced += 1;
        self.current
    }

    /// Gives the next input sample; `emit` gets each output sample it becomes (none, one or
    /// several).
    fn push(&mut self, sample: i16, mut emit: impl FnMut(i16)) {
        while self.wanted() <= self.consumed {
            emit(sample);
            self.produced += 1;
        }
        self.consumed += 1;
    }
}

/// Fills an output device's buffers from 16-bit mono at the caller's rate: each sample in
/// every channel of its frame, frames repeated or skipped to match the device's rate.
#[derive(Debug)]
pub struct OutputFrames {
    channels: usize,
    rate: Resample,
}

impl OutputFrames {
    /// For `source_rate` mono played on a device of `channels` at `device_rate`.
    pub fn new(channels: u16, source_rate: u32, device_rate: u32) -> Self {
        Self {
            channels: usize::from(channels.max(1)),
            rate: Resample::new(source_rate, device_rate),
        }
    }

    /// Fills `data` (interleaved frames), taking samples from `next` as far as they are heard.
    pub fn fill<S: DeviceSample>(&mut self, data: &mut [S], next: &mut impl FnMut() -> i16) {
        for frame in data.chunks_mut(self.channels) {
            frame.fill(S::from_i16(self.rate.pull(next)));
        }
    }
}

/// Reads an input device's buffers as 16-bit mono at the caller's rate: the first channel of
/// each frame, frames repeated or skipped to match the caller's rate.
#[derive(Debug)]
pub struct InputFrames {
    channels: usize,
    rate: Resample,
    out: Vec<i16>,
}

impl InputFrames {
    /// For a device of `channels` at `device_rate`, read as mono at `rate`.
    pub fn new(channels: u16, device_rate: u32, rate: u32) -> Self {
        Self {
            channels: usize::from(channels.max(1)),
            rate: Resample::new(device_rate, rate),
            out: Vec::new(),
        }
    }

    /// The samples `data` (interleaved frames) makes; the buffer is reused between calls.
    pub fn read<S: DeviceSample>(&mut self, data: &[S]) -> &[i16] {
        self.out.clear();
        for frame in data.chunks(self.channels) {
            let out = &mut self.out;
            self.rate.push(frame[0].to_i16(), |s| out.push(s));
        }
        &self.out
    }
}

/// A stream to build once the device's sample format is known.
trait Build {
    fn build<S: DeviceSample>(
        self,
        device: &cpal::Device,
        config: &cpal::StreamConfig,
        on_error: impl FnMut(cpal::StreamError) + Send + 'static,
    ) -> Result<cpal::Stream, cpal::BuildStreamError>;
}

/// An output stream: `next` gives the caller's samples, `frames` lays them out.
struct Output<F> {
    frames: OutputFrames,
    next: F,
}

impl<F: FnMut() -> i16 + Send + 'static> Build for Output<F> {
    fn build<S: DeviceSample>(
        mut self,
        device: &cpal::Device,
        config: &cpal::StreamConfig,
        on_error: impl FnMut(cpal::StreamError) + Send + 'static,
    ) -> Result<cpal::Stream, cpal::BuildStreamError> {
        device.build_output_stream(
            config,
            move |data: &mut [S], _: &cpal::OutputCallbackInfo| {
                self.frames.fill(data, &mut self.next);
            },
            on_error,
            None,
        )
    }
}

/// An input stream: `frames` reads the device's buffers, `take` gets the caller's samples.
struct Input<F> {
    frames: InputFrames,
    take: F,
}

impl<F: FnMut(&[i16]) + Send + 'static> Build for Input<F> {
    fn build<S: DeviceSample>(
        mut self,
        device: &cpal::Device,
        config: &cpal::StreamConfig,
        on_error: impl FnMut(cpal::StreamError) + Send + 'static,
    ) -> Result<cpal::Stream, cpal::BuildStreamError> {
        device.build_input_stream(
            config,
            move |data: &[S], _: &cpal::InputCallbackInfo| (self.take)(self.frames.read(data)),
            on_error,
            None,
        )
    }
}

/// Opens `device` (called `name` in errors and logs) with its default settings
/// (`settings`), builds the stream `stream` makes for them in the device's sample format,
/// and starts it.
fn open<B: Build>(
    name: &'static str,
    device: Option<cpal::Device>,
    settings: impl FnOnce(
        &cpal::Device,
    ) -> Result<cpal::SupportedStreamConfig, cpal::DefaultStreamConfigError>,
    stream: impl FnOnce(&cpal::StreamConfig) -> B,
) -> Result<cpal::Stream, AudioError> {
    let device = device.ok_or(AudioError::Missing(name))?;
    let supported = settings(&device).map_err(|e| AudioError::Settings(name, e.to_string()))?;
    let format = supported.sample_format();
    let config: cpal::StreamConfig = supported.into();
    let build = stream(&config);
    let on_error = move |e: cpal::StreamError| {
        tracing::warn!(device = name, error = %e, "audio device error");
    };
    let stream = match format {
        cpal::SampleFormat::I16 => build.build::<i16>(&device, &config, on_error),
        cpal::SampleFormat::F32 => build.build::<f32>(&device, &config, on_error),
        other => return Err(AudioError::Format(name, other)),
    }
    .map_err(|e| AudioError::Open(name, e.to_string()))?;
    stream
        .play()
        .map_err(|e| AudioError::Start(name, e.to_string()))?;
    Ok(stream)
}

/// Opens the default output device (called `name` in errors and logs) and plays the 16-bit
/// mono samples `next` gives, at `rate`, until the stream is dropped. `next` is called from
/// the device's callback as each sample is reached.
pub fn open_output(
    name: &'static str,
    rate: u32,
    next: impl FnMut() -> i16 + Send + 'static,
) -> Result<cpal::Stream, AudioError> {
    open(
        name,
        cpal::default_host().default_output_device(),
        DeviceTrait::default_output_config,
        |config| Output {
            frames: OutputFrames::new(config.channels, rate, config.sample_rate.0),
            next,
        },
    )
}

/// Opens the default input device (called `name` in errors and logs) and gives `take` what it
/// hears as 16-bit mono at `rate`, one device buffer at a time, until the stream is dropped.
pub fn open_input(
    name: &'static str,
    rate: u32,
    take: impl FnMut(&[i16]) + Send + 'static,
) -> Result<cpal::Stream, AudioError> {
    open(
        name,
        cpal::default_host().default_input_device(),
        DeviceTrait::default_input_config,
        |config| Input {
            frames: InputFrames::new(config.channels, config.sample_rate.0, rate),
            take,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Plays `source` through `frames` into `buffers` device buffers of `len` samples each.
    fn play<S: DeviceSample>(frames: &mut OutputFrames, source: &[i16], buffers: &mut [Vec<S>]) {
        let mut at = 0;
        let mut next = || {
            let s = source.get(at).copied().unwrap_or(0);
            at += 1;
            s
        };
        for buffer in buffers {
            frames.fill(buffer, &mut next);
        }
    }

    #[test]
    fn a_22050_hz_source_on_a_48_khz_stereo_device_maps_each_frame_to_the_nearest_earlier_sample() {
        let source: Vec<i16> = (1..=100).collect();
        let mut frames = OutputFrames::new(2, 22_050, 48_000);
        // Three device buffers of 64 frames (128 interleaved samples): state carries over.
        let mut buffers = vec![vec![0i16; 128]; 3];
        play(&mut frames, &source, &mut buffers);
        let device: Vec<i16> = buffers.concat();
        for (k, frame) in device.chunks(2).enumerate() {
            let expected = source[k * 22_050 / 48_000];
            assert_eq!(frame, [expected, expected], "frame {k}");
        }
        // 192 frames at 48 kHz last 88.2 samples at 22 050 Hz: the last frame (191) starts
        // 87.7 samples in, so it holds sample 87 and no later one was reached.
        assert_eq!(device[device.len() - 1], source[87]);
    }

    #[test]
    fn an_f32_device_gets_the_same_samples_scaled_into_every_channel() {
        let source = [16_384i16, -32_768, 32_767, 0];
        let mut frames = OutputFrames::new(3, 48_000, 48_000);
        let mut buffers = vec![vec![9.0f32; 12]];
        play(&mut frames, &source, &mut buffers);
        assert_eq!(
            buffers[0],
            [
                0.5,
                0.5,
                0.5,
                -1.0,
                -1.0,
                -1.0,
                32_767.0 / 32_768.0,
                32_767.0 / 32_768.0,
                32_767.0 / 32_768.0,
                0.0,
                0.0,
                0.0
            ]
        );
    }

    #[test]
    fn a_48_khz_source_on_a_44_1_khz_device_skips_samples_and_never_runs_ahead() {
        let source: Vec<i16> = (0..1000).collect();
        let mut frames = OutputFrames::new(1, 48_000, 44_100);
        let mut buffers = vec![vec![0i16; 441]];
        play(&mut frames, &source, &mut buffers);
        for (k, s) in buffers[0].iter().enumerate() {
            assert_eq!(
                usize::try_from(*s).unwrap(),
                k * 48_000 / 44_100,
                "frame {k}"
            );
        }
        // 441 frames at 44.1 kHz are 10 ms, 480 samples at 48 kHz: the last frame (440)
        // starts 478.9 samples in, so it holds sample 478.
        assert_eq!(buffers[0][440], 478);
    }

    #[test]
    fn a_stereo_96_khz_microphone_is_read_as_its_first_channel_at_48_khz_across_buffers() {
        let mut frames = InputFrames::new(2, 96_000, 48_000);
        // Left channel counts up, right is noise that must not leak in. Buffers of 3 frames
        // (odd, so the half-rate step crosses buffer edges).
        let device: Vec<i16> = (0..30).flat_map(|i| [i, -999]).collect();
        let mut heard = Vec::new();
        for buffer in device.chunks(6) {
            heard.extend_from_slice(frames.read(buffer));
        }
        assert_eq!(heard, (0..30).step_by(2).collect::<Vec<i16>>());
    }

    #[test]
    fn a_44_1_khz_f32_microphone_is_read_at_48_khz_with_repeats_and_clamped() {
        let mut frames = InputFrames::new(1, 44_100, 48_000);
        let device: Vec<f32> = (0..441).map(|i| i as f32 / 441.0).collect();
        let heard = frames.read(&device).to_vec();
        // 10 ms in gives 10 ms out.
        assert_eq!(heard.len(), 480);
        for (j, s) in heard.iter().enumerate() {
            assert_eq!(*s, device[j * 44_100 / 48_000].to_i16(), "sample {j}");
        }
        let loud = frames.read(&[4.0f32, -4.0, f32::NAN]).to_vec();
        // Frames 441..444 land on outputs 480..484 (frame 441 twice); NaN is silence.
        assert_eq!(loud, [32_767, 32_767, -32_767, 0]);
    }

    #[test]
    fn i16_and_f32_samples_convert_both_ways_and_out_of_range_floats_clamp() {
        assert_eq!(f32::from_i16(i16::MIN), -1.0);
        assert_eq!(f32::from_i16(0), 0.0);
        assert_eq!(f32::from_i16(16_384), 0.5);
        assert_eq!(1.0f32.to_i16(), 32_767);
        assert_eq!(2.5f32.to_i16(), 32_767);
        assert_eq!((-1.0f32).to_i16(), -32_767);
        assert_eq!((-7.0f32).to_i16(), -32_767);
        assert_eq!(f32::NAN.to_i16(), 0);
        assert_eq!(0.5f32.to_i16(), 16_383);
        // A round trip loses at most one step.
        for s in [i16::MIN + 1, -12_345, -1, 0, 1, 12_345, i16::MAX] {
            assert!((f32::from_i16(s).to_i16() - s).abs() <= 1, "{s}");
        }
        assert_eq!(i16::from_i16(-5).to_i16(), -5);
    }
}
