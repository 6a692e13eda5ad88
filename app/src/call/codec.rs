//! The codecs: VP8 through libvpx (every browser sends and receives it; Debian ships libvpx)
//! and Opus through libopus. Decoded pictures are converted to RGBA for drawing.

use super::CallError;
use super::media::{I420Frame, RgbaFrame};

fn codec_err(e: kinline_vpx::VpxError) -> CallError {
    CallError::Codec(e.to_string())
}

/// A realtime VP8 encoder: no look-ahead (latency), a key frame at least every two seconds
/// (a browser that lost one recovers quickly), constant bit rate.
pub(crate) struct Vp8Encoder(kinline_vpx::Vp8Encoder);

impl Vp8Encoder {
    pub(crate) fn new(width: u32, height: u32, fps: u32, kbps: u32) -> Result<Self, CallError> {
        kinline_vpx::Vp8Encoder::new(width, height, fps, kbps)
            .map(Self)
            .map_err(codec_err)
    }

    /// The compressed frames for `frame` (usually one).
    pub(crate) fn encode(
        &mut self,
        frame: &I420Frame,
        key: bool,
    ) -> Result<Vec<Vec<u8>>, CallError> {
        self.0.encode(&frame.data, key).map_err(codec_err)
    }
}

/// A VP8 decoder producing RGBA pictures.
pub(crate) struct Vp8Decoder(kinline_vpx::Vp8Decoder);

impl Vp8Decoder {
    pub(crate) fn new() -> Result<Self, CallError> {
        kinline_vpx::Vp8Decoder::new().map(Self).map_err(codec_err)
    }

    /// Decodes one compressed frame; the picture, if the frame made one.
    pub(crate) fn decode(&mut self, data: &[u8]) -> Result<Option<RgbaFrame>, CallError> {
        Ok(self.0.decode(data).map_err(codec_err)?.map(|p| {
            let cw = p.width.div_ceil(2) as usize;
            i420_to_rgba(
                p.width,
                p.height,
                (&p.y, p.width as usize),
                (&p.u, cw),
                (&p.v, cw),
            )
        }))
    }
}

/// BT.601 limited-range YUV → RGBA, in integer arithmetic.
pub(crate) fn i420_to_rgba(
    width: u32,
    height: u32,
    (y, ys): (&[u8], usize),
    (u, us): (&[u8], usize),
    (v, vs): (&[u8], usize),
) -> RgbaFrame {
    let (w, h) = (width as usize, height as usize);
    let mut rgba = vec![255u8; w * h * 4];
    for (row, out) in rgba.chunks_exact_mut(w * 4).enumerate().take(h) {
        let yr = &y[row * ys..];
        let ur = &u[(row / 2) * us..];
        let vr = &v[(row / 2) * vs..];
        for (col, px) in out.chunks_exact_mut(4).enumerate() {
            let c = (i32::from(yr[col]) - 16) * 298;
            let d = i32::from(ur[col / 2]) - 128;
            let e = i32::from(vr[col / 2]) - 128;
            px[0] = ((c + 409 * e + 128) >> 8).clamp(0, 255) as u8;
            px[1] = ((c - 100 * d - 208 * e + 128) >> 8).clamp(0, 255) as u8;
            px[2] = ((c + 516 * d + 128) >> 8).clamp(0, 255) as u8;
        }
    }
    RgbaFrame {
        width,
        height,
        rgba,
    }
}

/// Opus at 48 kHz mono, 20 ms frames, tuned for speech.
pub(crate) struct OpusEncoder(opus::Encoder);

impl OpusEncoder {
    pub(crate) fn new() -> Result<Self, CallError> {
        opus::Encoder::new(48_000, opus::Channels::Mono, opus::Application::Voip)
            .map(Self)
            .map_err(|e| CallError::Codec(format!("Opus encoder: {e}")))
    }
    pub(crate) fn encode(&mut self, pcm: &[i16]) -> Result<Vec<u8>, CallError> {
        let mut out = vec![0u8; 1500];
        let n = self
            .0
            .encode(pcm, &mut out)
            .map_err(|e| CallError::Codec(format!("Opus encode: {e}")))?;
        out.truncate(n);
        Ok(out)
    }
}

/// Opus decoder, 48 kHz mono.
pub(crate) struct OpusDecoder(opus::Decoder);

impl OpusDecoder {
    pub(crate) fn new() -> Result<Self, CallError> {
        opus::Decoder::new(48_000, opus::Channels::Mono)
            .map(Self)
            .map_err(|e| CallError::Codec(format!("Opus decoder: {e}")))
    }
    /// Decoded samples of one packet (up to 120 ms).
    pub(crate) fn decode(&mut self, packet: &[u8]) -> Result<Vec<i16>, CallError> {
        let mut out = vec![0i16; 5760];
        let n = self
            .0
            .decode(packet, &mut out, false)
            .map_err(|e| CallError::Codec(format!("Opus decode: {e}")))?;
        out.truncate(n);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::call::media::{SyntheticVideo, VideoSource};

    #[test]
    fn vp8_round_trip_gives_back_a_picture() {
        let mut src = SyntheticVideo::new(320, 240, 15);
        let mut enc = Vp8Encoder::new(320, 240, 15, 300).unwrap();
        let mut dec = Vp8Decoder::new().unwrap();
        let mut pictures = 0;
        for i in 0..5 {
            for frame in enc.encode(&src.next_frame(), i == 0).unwrap() {
                if let Some(p) = dec.decode(&frame).unwrap() {
                    assert_eq!((p.width, p.height), (320, 240));
                    assert_eq!(p.rgba.len(), 320 * 240 * 4);
                    pictures += 1;
                }
            }
        }
        assert_eq!(pictures, 5);
    }

    #[test]
    fn opus_round_trip_keeps_the_tone() {
        use crate::call::media::{AudioSource, SyntheticTone};
        let mut tone = SyntheticTone::new(440.0);
        let mut enc = OpusEncoder::new().unwrap();
        let mut dec = OpusDecoder::new().unwrap();
        let mut loud = 0;
        for _ in 0..10 {
            let mut pcm = [0i16; 960];
            tone.next_samples(&mut pcm);
            let out = dec.decode(&enc.encode(&pcm).unwrap()).unwrap();
            assert_eq!(out.len(), 960);
            loud += out.iter().filter(|s| s.unsigned_abs() > 300).count();
        }
        assert!(loud > 1000);
    }
}
