//! The Linux camera (feature `call-devices`, Linux only): V4L2 through the `v4l` crate, as a
//! [`VideoSource`]. It asks the driver for 640×480 YUYV (what nearly every UVC webcam gives
//! without compression) and converts each picture to I420 in memory.
//!
//! Not verified here: the build machine has no camera (`/dev/video*`); the conversion is
//! unit-tested, the device code compiles and is linted.

use super::devices::DeviceError;
use super::media::{I420Frame, VideoSource};
use v4l::buffer::Type;
use v4l::io::mmap::Stream;
use v4l::io::traits::CaptureStream;
use v4l::video::Capture;
use v4l::{Device, FourCC};

/// A V4L2 camera streaming YUYV.
pub struct V4l2Camera {
    stream: Stream<'static>,
    width: u32,
    height: u32,
    fps: u32,
    last: I420Frame,
}

impl std::fmt::Debug for V4l2Camera {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "V4l2Camera({}x{} at {} fps)",
            self.width, self.height, self.fps
        )
    }
}

impl V4l2Camera {
    /// Opens `/dev/video{index}` at (about) 640×480 YUYV.
    pub fn open(index: usize) -> Result<Self, DeviceError> {
        let err = |e: std::io::Error| DeviceError::new(format!("camera {index}: {e}"));
        let device = Device::new(index).map_err(err)?;
        let mut format = device.format().map_err(err)?;
        format.width = 640;
        format.height = 480;
        format.fourcc = FourCC::new(b"YUYV");
        let format = device.set_format(&format).map_err(err)?;
        if format.fourcc != FourCC::new(b"YUYV") {
            return Err(DeviceError::new(format!(
                "camera {index} cannot give YUYV (it offers {})",
                format.fourcc
            )));
        }
        let fps = device
            .params()
            .ok()
            .map(|p| p.interval)
            .filter(|i| i.numerator > 0)
            .map_or(15, |i| (i.denominator / i.numerator).clamp(1, 60));
        let stream = Stream::with_buffers(&device, Type::VideoCapture, 4).map_err(err)?;
        let (width, height) = (format.width & !1, format.height & !1);
        Ok(Self {
            stream,
            width,
            height,
            fps,
            last: I420Frame {
                width,
                height,
                data: vec![128; (width * height * 3 / 2) as usize],
            },
        })
    }
}

impl VideoSource for V4l2Camera {
    fn next_frame(&mut self) -> I420Frame {
        match self.stream.next() {
            Ok((buf, _)) => {
                if let Some(frame) = yuyv_to_i420(buf, self.width, self.height) {
                    self.last = frame;
                }
            }
            // A dropped frame repeats the last picture rather than stopping the call.
            Err(e) => tracing::warn!(error = %e, "camera frame"),
        }
        self.last.clone()
    }

    fn fps(&self) -> u32 {
        self.fps
    }
}

/// YUYV 4:2:2 (Y0 U Y1 V per two pixels) to I420 4:2:0: chroma averaged over each pair of
/// rows. `None` if the buffer is too short for the size.
pub fn yuyv_to_i420(yuyv: &[u8], width: u32, height: u32) -> Option<I420Frame> {
    let (w, h) = (width as usize, height as usize);
    if w % 2 != 0 || h % 2 != 0 || yuyv.len() < w * h * 2 {
        return None;
    }
    let mut data = vec![0u8; w * h * 3 / 2];
    let (y_plane, uv) = data.split_at_mut(w * h);
    let (u_plane, v_plane) = uv.split_at_mut(w * h / 4);
    for row in 0..h {
        let line = &yuyv[row * w * 2..(row + 1) * w * 2];
        for (x, px) in line.chunks_exact(2).enumerate() {
            y_plane[row * w + x] = px[0];
        }
    }
    for cy in 0..h / 2 {
        let (a, b) = (
            &yuyv[2 * cy * w * 2..(2 * cy + 1) * w * 2],
            &yuyv[(2 * cy + 1) * w * 2..(2 * cy + 2) * w * 2],
        );
        for cx in 0..w / 2 {
            let avg = |i: usize| (u16::from(a[i]) + u16::from(b[i])).div_ceil(2) as u8;
            u_plane[cy * w / 2 + cx] = avg(cx * 4 + 1);
            v_plane[cy * w / 2 + cx] = avg(cx * 4 + 3);
        }
    }
    Some(I420Frame {
        width,
        height,
        data,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yuyv_becomes_i420_with_chroma_averaged_over_two_rows() {
        // 2×2: row 0 (Y 10, 20; U 100; V 200), row 1 (Y 30, 40; U 110; V 210).
        let yuyv = [10, 100, 20, 200, 30, 110, 40, 210];
        let f = yuyv_to_i420(&yuyv, 2, 2).unwrap();
        assert_eq!(f.data, vec![10, 20, 30, 40, 105, 205]);
        assert!(yuyv_to_i420(&yuyv[..6], 2, 2).is_none());
        assert!(yuyv_to_i420(&yuyv, 3, 2).is_none());
    }
}
