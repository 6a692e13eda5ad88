//! The codecs: VP8 through libvpx (every browser sends and receives it; Debian ships libvpx)
//! and Opus through libopus. Decoded pictures are converted to RGBA for drawing.

use super::CallError;
use super::media::{I420Frame, RgbaFrame};

fn codec_err(e: kinline_vpx::VpxError) -> CallError {
    CallError::Codec(e.to_string())
}

/// A realtime VP8 encoder: no look-ahead (latency), constant bit rate, a key frame when asked
/// (a browser that lost one asks at once) and at least every ten seconds.
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

    /// Aims at `kbps` from the next frame on.
    pub(crate) fn set_bitrate(&mut self, kbps: u32) -> Result<(), CallError> {
        self.0.set_bitrate(kbps).map_err(codec_err)
    }
}

/// `frame` made to fit within `max_width × max_height`, keeping its shape (nearest
/// neighbour: cheap, and the congestion ladder only halves); as it is if it already fits.
pub(crate) fn fit_i420(frame: &I420Frame, max_width: u32, max_height: u32) -> I420Frame {
    let (w, h) = (frame.width, frame.height);
    if w <= max_width && h <= max_height {
        return frame.clone();
    }
    let scale = (f64::from(max_width) / f64::from(w)).min(f64::from(max_height) / f64::from(h));
    let even = |x: f64| ((x as u32) & !1).max(2);
    let (nw, nh) = (even(f64::from(w) * scale), even(f64::from(h) * scale));
    let (w, h, nw, nh) = (w as usize, h as usize, nw as usize, nh as usize);
    let mut data = Vec::with_capacity(nw * nh * 3 / 2);
    let plane = |data: &mut Vec<u8>, src: &[u8], sw: usize, sh: usize, dw: usize, dh: usize| {
        for y in 0..dh {
            let row = &src[(y * sh / dh) * sw..];
            data.extend((0..dw).map(|x| row[x * sw / dw]));
        }
    };
    let (y_plane, uv) = frame.data.split_at(w * h);
    let (u_plane, v_plane) = uv.split_at(w.div_ceil(2) * h.div_ceil(2));
    plane(&mut data, y_plane, w, h, nw, nh);
    let (cw, ch) = (w.div_ceil(2), h.div_ceil(2));
    plane(&mut data, u_plane, cw, ch, nw / 2, nh / 2);
    plane(&mut data, v_plane, cw, ch, nw / 2, nh / 2);
    I420Frame {
        width: nw as u32,
        height: nh as u32,
        data,
    }
}

/// A VP8 decoder producing RGBA pictures.
pub(crate) struct Vp8Decoder(kinline_vpx::Vp8Decoder);

impl Vp8Decoder {
    pub(crate) fn new() -> Result<Self, CallError> {
        kinline_vpx::Vp8Decoder::new().map(Self).map_err(codec_err)
    }

    /// Decodes one compressed frame; the picture, if the frame made one and `show` is set (a
    /// frame that will not be shown — a later one is already waiting — is decoded for its
    /// references only, without the cost of converting it).
    pub(crate) fn decode(
        &mut self,
        data: &[u8],
        show: bool,
    ) -> Result<Option<RgbaFrame>, CallError> {
        let picture = self.0.decode(data).map_err(codec_err)?;
        Ok(picture.filter(|_| show).map(|p| {
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

/// Opus at 48 kHz mono, 20 ms frames, tuned for speech: in-band FEC (each packet carries a
/// low-rate copy of the one before, so one lost packet is heard anyway) and DTX (silence costs
/// next to nothing).
pub(crate) struct OpusEncoder(opus::Encoder);

impl OpusEncoder {
    pub(crate) fn new() -> Result<Self, CallError> {
        let err = |e: opus::Error| CallError::Codec(format!("Opus encoder: {e}"));
        let mut enc = opus::Encoder::new(48_000, opus::Channels::Mono, opus::Application::Voip)
            .map_err(err)?;
        enc.set_inband_fec(true).map_err(err)?;
        // FEC is only made for a loss the encoder expects.
        enc.set_packet_loss_perc(10).map_err(err)?;
        enc.set_dtx(true).map_err(err)?;
        enc.set_bitrate(opus::Bitrate::Bits(32_000)).map_err(err)?;
        Ok(Self(enc))
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

    /// The 20 ms before `next_packet`, which was lost: from the FEC copy `next_packet` carries,
    /// or concealed when it carries none (an empty `next_packet` only conceals).
    pub(crate) fn recover(&mut self, next_packet: &[u8]) -> Result<Vec<i16>, CallError> {
        let mut out = vec![0i16; 960];
        let n = self
            .0
            .decode(next_packet, &mut out, !next_packet.is_empty())
            .map_err(|e| CallError::Codec(format!("Opus decode: {e}")))?;
        out.truncate(n);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::media::{SyntheticVideo, VideoSource};

    #[test]
    fn vp8_round_trip_gives_back_a_picture() {
        let mut src = SyntheticVideo::new(320, 240, 15);
        let mut enc = Vp8Encoder::new(320, 240, 15, 300).unwrap();
        let mut dec = Vp8Decoder::new().unwrap();
        let mut pictures = 0;
        for i in 0..5 {
            for frame in enc.encode(&src.next_frame(), i == 0).unwrap() {
                if let Some(p) = dec.decode(&frame, true).unwrap() {
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
        use crate::media::{AudioSource, SyntheticTone};
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

    #[test]
    fn a_lost_opus_packet_is_heard_from_the_next_ones_fec_copy() {
        use crate::media::{AudioSource, SyntheticTone};
        let mut tone = SyntheticTone::new(440.0);
        let mut enc = OpusEncoder::new().unwrap();
        let mut dec = OpusDecoder::new().unwrap();
        let mut packets = Vec::new();
        for _ in 0..20 {
            let mut pcm = [0i16; 960];
            tone.next_samples(&mut pcm);
            packets.push(enc.encode(&pcm).unwrap());
        }
        for p in &packets[..10] {
            dec.decode(p).unwrap();
        }
        // Packet 10 is lost: packet 11 brings it back, loud, then decodes itself.
        let recovered = dec.recover(&packets[11]).unwrap();
        assert_eq!(recovered.len(), 960);
        assert!(recovered.iter().filter(|s| s.unsigned_abs() > 300).count() > 300);
        assert_eq!(dec.decode(&packets[11]).unwrap().len(), 960);
    }

    #[test]
    fn a_picture_is_fitted_down_the_ladder_keeping_its_shape() {
        let frame = SyntheticVideo::new(640, 480, 30).next_frame();
        let small = fit_i420(&frame, 160, 120);
        assert_eq!((small.width, small.height), (160, 120));
        assert_eq!(small.data.len(), 160 * 120 * 3 / 2);
        let same = fit_i420(&frame, 640, 480);
        assert_eq!(same, frame);
        let mut enc = Vp8Encoder::new(160, 120, 5, 30).unwrap();
        assert!(!enc.encode(&small, true).unwrap().is_empty());
        enc.set_bitrate(60).unwrap();
        assert!(!enc.encode(&small, false).unwrap().is_empty());
    }
}
