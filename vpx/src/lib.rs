//! VP8 through the system's libvpx, for the call engine: a realtime encoder for the tablet's
//! camera (or test pattern) and a decoder for the caller's video. All `unsafe` lives in [`ffi`];
//! what it exposes is safe: owned buffers in, owned buffers out, nothing written to disk.

mod ffi;

pub use ffi::{Vp8Decoder, Vp8Encoder};

/// A decoded picture in I420 (planar Y, then U and V at half resolution), tightly packed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct I420Picture {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Y plane, `width × height` bytes.
    pub y: Vec<u8>,
    /// U plane, `ceil(width/2) × ceil(height/2)` bytes.
    pub u: Vec<u8>,
    /// V plane, same size as U.
    pub v: Vec<u8>,
}

/// What went wrong in libvpx. Retrying the same input does not help; a new encoder or decoder
/// may (a corrupt frame from the network is dropped and the next key frame recovers).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("libvpx {what} failed (code {code}); the call continues with the next frame")]
pub struct VpxError {
    /// The operation.
    pub what: &'static str,
    /// libvpx's error code.
    pub code: i32,
}
