//! The only `unsafe` code for video: calls into libvpx through `env-libvpx-sys`. Each wrapper owns
//! its codec context, initialises it once, and destroys it on drop; every pointer handed to libvpx
//! points into a buffer this module owns for the duration of the call.
#![allow(unsafe_code)]

use crate::{I420Picture, VpxError};
use std::mem::MaybeUninit;
use vpx_sys as sys;

fn check(what: &'static str, err: sys::vpx_codec_err_t) -> Result<(), VpxError> {
    if err == sys::vpx_codec_err_t::VPX_CODEC_OK {
        Ok(())
    } else {
        Err(VpxError {
            what,
            code: err as i32,
        })
    }
}

/// A realtime VP8 encoder: no look-ahead, constant bit rate at a fixed fast speed, dropping a
/// picture rather than overshooting, a key frame when asked and at least every `10 × fps`
/// frames.
pub struct Vp8Encoder {
    ctx: Box<sys::vpx_codec_ctx_t>,
    cfg: Box<sys::vpx_codec_enc_cfg_t>,
    width: u32,
    height: u32,
    pts: i64,
}

// SAFETY: the context is owned by this value alone and libvpx keeps no thread affinity.
unsafe impl Send for Vp8Encoder {}

impl Vp8Encoder {
    /// A new encoder for `width × height` pictures at `fps`, aiming at `kbps`.
    pub fn new(width: u32, height: u32, fps: u32, kbps: u32) -> Result<Self, VpxError> {
        let mut cfg = MaybeUninit::<sys::vpx_codec_enc_cfg_t>::zeroed();
        // SAFETY: libvpx fills the whole config struct for the VP8 interface.
        let mut cfg = unsafe {
            check(
                "encoder configuration",
                sys::vpx_codec_enc_config_default(sys::vpx_codec_vp8_cx(), cfg.as_mut_ptr(), 0),
            )?;
            cfg.assume_init()
        };
        cfg.g_w = width;
        cfg.g_h = height;
        cfg.g_timebase = sys::vpx_rational {
            num: 1,
            den: fps.max(1) as i32,
        };
        cfg.g_threads = 1;
        cfg.g_lag_in_frames = 0;
        cfg.g_error_resilient = 1;
        cfg.rc_end_usage = sys::vpx_rc_mode::VPX_CBR;
        cfg.rc_target_bitrate = kbps;
        // Rate control as browsers set it for a call: the encoder drops a picture rather than
        // overshoot its buffer (a burst the network would lose), and keeps the buffer short.
        cfg.rc_dropframe_thresh = 30;
        cfg.rc_resize_allowed = 0;
        cfg.rc_min_quantizer = 2;
        cfg.rc_max_quantizer = 56;
        cfg.rc_undershoot_pct = 100;
        cfg.rc_overshoot_pct = 15;
        cfg.rc_buf_initial_sz = 500;
        cfg.rc_buf_optimal_sz = 600;
        cfg.rc_buf_sz = 1000;
        // Key frames when asked for (a receiver that lost one asks at once), and one every
        // ten seconds in case a request is lost too.
        cfg.kf_mode = sys::vpx_kf_mode::VPX_KF_AUTO;
        cfg.kf_min_dist = 0;
        cfg.kf_max_dist = fps.max(1) * 10;
        // SAFETY: a zeroed context is what vpx_codec_enc_init_ver expects to initialise.
        let mut ctx: Box<sys::vpx_codec_ctx_t> = Box::new(unsafe { std::mem::zeroed() });
        // SAFETY: ctx and cfg are valid for the call; the ABI version is the headers' own.
        unsafe {
            check(
                "encoder",
                sys::vpx_codec_enc_init_ver(
                    &mut *ctx,
                    sys::vpx_codec_vp8_cx(),
                    &cfg,
                    0,
                    sys::VPX_ENCODER_ABI_VERSION as i32,
                ),
            )?;
        }
        // A fixed fast speed (libvpx's default, 0, picks its speed to fill the picture's whole
        // time budget, which starves everything else on a busy tablet): what browsers use on
        // desktops (-6) and on ARM (-12). No denoising; a key frame at most 9 × the average
        // frame at 30 fps, 3 × at 10 fps or fewer (libwebrtc's cap: answering a key frame
        // request does not flood a narrow link); static blocks skipped.
        let speed = if cfg!(any(target_arch = "x86_64", target_arch = "x86")) {
            -6
        } else {
            -12
        };
        let max_intra_pct = (600 * fps.max(1) / 20).max(300);
        for (what, id, value) in [
            (
                "encoder speed",
                sys::vp8e_enc_control_id::VP8E_SET_CPUUSED,
                speed,
            ),
            (
                "encoder noise sensitivity",
                sys::vp8e_enc_control_id::VP8E_SET_NOISE_SENSITIVITY,
                0,
            ),
            (
                "encoder key frame size",
                sys::vp8e_enc_control_id::VP8E_SET_MAX_INTRA_BITRATE_PCT,
                max_intra_pct as i32,
            ),
            (
                "encoder static threshold",
                sys::vp8e_enc_control_id::VP8E_SET_STATIC_THRESHOLD,
                1,
            ),
        ] {
            // SAFETY: ctx was initialised above; each of these controls takes one int.
            let err =
                unsafe { sys::vpx_codec_control_(&mut *ctx, id as std::os::raw::c_int, value) };
            if let Err(e) = check(what, err) {
                // SAFETY: the context was initialised above and is destroyed once, here.
                unsafe {
                    sys::vpx_codec_destroy(&mut *ctx);
                }
                return Err(e);
            }
        }
        Ok(Self {
            ctx,
            cfg: Box::new(cfg),
            width,
            height,
            pts: 0,
        })
    }

    /// Aims at `kbps` from the next frame on (congestion control), without a key frame.
    pub fn set_bitrate(&mut self, kbps: u32) -> Result<(), VpxError> {
        if self.cfg.rc_target_bitrate == kbps {
            return Ok(());
        }
        self.cfg.rc_target_bitrate = kbps.max(1);
        // SAFETY: ctx was initialised in new(); cfg is this encoder's own, valid configuration.
        unsafe {
            check(
                "encoder bit rate",
                sys::vpx_codec_enc_config_set(&mut *self.ctx, &*self.cfg),
            )
        }
    }

    /// Encodes one I420 picture (`width × height`, tightly packed); the compressed frames it
    /// produced (usually one). `key` forces a key frame.
    pub fn encode(&mut self, i420: &[u8], key: bool) -> Result<Vec<Vec<u8>>, VpxError> {
        let (w, h) = (self.width as usize, self.height as usize);
        let expected = w * h + 2 * w.div_ceil(2) * h.div_ceil(2);
        if i420.len() < expected {
            return Err(VpxError {
                what: "input picture size",
                code: -1,
            });
        }
        let mut data = i420.to_vec();
        let mut img = MaybeUninit::<sys::vpx_image_t>::zeroed();
        // SAFETY: `data` outlives the image and holds a full I420 picture of the given size.
        let img = unsafe {
            let p = sys::vpx_img_wrap(
                img.as_mut_ptr(),
                sys::vpx_img_fmt::VPX_IMG_FMT_I420,
                self.width,
                self.height,
                1,
                data.as_mut_ptr(),
            );
            if p.is_null() {
                return Err(VpxError {
                    what: "input picture",
                    code: -1,
                });
            }
            img.assume_init()
        };
        let flags = if key {
            sys::VPX_EFLAG_FORCE_KF as i64
        } else {
            0
        };
        // SAFETY: ctx was initialised in new(); img points into `data`, alive here.
        unsafe {
            check(
                "encode",
                sys::vpx_codec_encode(
                    &mut *self.ctx,
                    &img,
                    self.pts,
                    1,
                    flags,
                    sys::VPX_DL_REALTIME as _,
                ),
            )?;
        }
        self.pts += 1;
        let mut out = Vec::new();
        let mut iter: sys::vpx_codec_iter_t = std::ptr::null();
        loop {
            // SAFETY: iterating packets of an initialised context; each packet is valid until
            // the next call, and its bytes are copied out before that.
            let pkt = unsafe { sys::vpx_codec_get_cx_data(&mut *self.ctx, &mut iter) };
            if pkt.is_null() {
                break;
            }
            // SAFETY: pkt is non-null and points to a packet owned by libvpx.
            unsafe {
                if (*pkt).kind == sys::vpx_codec_cx_pkt_kind::VPX_CODEC_CX_FRAME_PKT {
                    let f = (*pkt).data.frame;
                    let bytes = std::slice::from_raw_parts(f.buf as *const u8, f.sz as usize);
                    out.push(bytes.to_vec());
                }
            }
        }
        drop(data);
        Ok(out)
    }
}

impl Drop for Vp8Encoder {
    fn drop(&mut self) {
        // SAFETY: the context was initialised in new() and is destroyed once.
        unsafe {
            sys::vpx_codec_destroy(&mut *self.ctx);
        }
    }
}

/// A VP8 decoder.
pub struct Vp8Decoder {
    ctx: Box<sys::vpx_codec_ctx_t>,
}

// SAFETY: the context is owned by this value alone and libvpx keeps no thread affinity.
unsafe impl Send for Vp8Decoder {}

impl Vp8Decoder {
    /// A new decoder.
    pub fn new() -> Result<Self, VpxError> {
        // SAFETY: a zeroed context is what vpx_codec_dec_init_ver expects to initialise.
        let mut ctx: Box<sys::vpx_codec_ctx_t> = Box::new(unsafe { std::mem::zeroed() });
        // SAFETY: ctx is valid; a null config means "size from the stream".
        unsafe {
            check(
                "decoder",
                sys::vpx_codec_dec_init_ver(
                    &mut *ctx,
                    sys::vpx_codec_vp8_dx(),
                    std::ptr::null(),
                    0,
                    sys::VPX_DECODER_ABI_VERSION as i32,
                ),
            )?;
        }
        Ok(Self { ctx })
    }

    /// Decodes one compressed frame; the last picture it produced, copied out of libvpx.
    pub fn decode(&mut self, data: &[u8]) -> Result<Option<I420Picture>, VpxError> {
        let len = u32::try_from(data.len()).map_err(|_| VpxError {
            what: "frame size",
            code: -1,
        })?;
        // SAFETY: data is valid for `len` bytes during the call.
        unsafe {
            check(
                "decode",
                sys::vpx_codec_decode(&mut *self.ctx, data.as_ptr(), len, std::ptr::null_mut(), 0),
            )?;
        }
        let mut last = None;
        let mut iter: sys::vpx_codec_iter_t = std::ptr::null();
        loop {
            // SAFETY: iterating the frames of an initialised context.
            let img = unsafe { sys::vpx_codec_get_frame(&mut *self.ctx, &mut iter) };
            if img.is_null() {
                break;
            }
            // SAFETY: img is non-null, an I420 picture owned by libvpx until the next decode;
            // every plane row read is within its stride × height.
            last = Some(unsafe { copy_i420(&*img) });
        }
        Ok(last)
    }
}

/// Copies the visible part of a decoded picture into tightly packed planes.
///
/// # Safety
/// `img` must be a valid 8-bit I420 image from libvpx whose planes hold `stride × rows` bytes.
unsafe fn copy_i420(img: &sys::vpx_image_t) -> I420Picture {
    let (w, h) = (img.d_w as usize, img.d_h as usize);
    let (cw, ch) = (w.div_ceil(2), h.div_ceil(2));
    let plane = |i: usize, width: usize, rows: usize| {
        let stride = img.stride[i] as usize;
        let mut out = Vec::with_capacity(width * rows);
        for r in 0..rows {
            // SAFETY: per the function's contract, row r of plane i is inside the buffer.
            let row = unsafe { std::slice::from_raw_parts(img.planes[i].add(r * stride), width) };
            out.extend_from_slice(row);
        }
        out
    };
    I420Picture {
        width: img.d_w,
        height: img.d_h,
        y: plane(0, w, h),
        u: plane(1, cw, ch),
        v: plane(2, cw, ch),
    }
}

impl Drop for Vp8Decoder {
    fn drop(&mut self) {
        // SAFETY: the context was initialised in new() and is destroyed once.
        unsafe {
            sys::vpx_codec_destroy(&mut *self.ctx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vp8_round_trip_gives_back_the_picture() {
        let (w, h) = (64u32, 48u32);
        let mut i420 = vec![0u8; (w * h + 2 * (w / 2) * (h / 2)) as usize];
        for (i, px) in i420.iter_mut().take((w * h) as usize).enumerate() {
            *px = (i % 64 * 4) as u8;
        }
        let mut enc = Vp8Encoder::new(w, h, 15, 300).unwrap();
        let mut dec = Vp8Decoder::new().unwrap();
        let frames = enc.encode(&i420, true).unwrap();
        assert!(!frames.is_empty());
        let pic = frames
            .iter()
            .filter_map(|f| dec.decode(f).unwrap())
            .last()
            .unwrap();
        assert_eq!((pic.width, pic.height), (w, h));
        let err: i32 = pic
            .y
            .iter()
            .zip(&i420)
            .map(|(a, b)| (i32::from(*a) - i32::from(*b)).abs())
            .sum();
        assert!(
            err / ((w * h) as i32) < 12,
            "mean error {}",
            err / ((w * h) as i32)
        );
        assert!(
            dec.decode(&[1, 2, 3]).is_err(),
            "garbage is an error, not a crash"
        );
    }
}
