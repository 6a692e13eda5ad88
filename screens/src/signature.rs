//! The signature pad's pure half: strokes from pointer events, the smoothed SVG path drawn on
//! screen, and the PNG image stored with the vector strokes (DSO §10). No dependencies: the PNG
//! is written with stored (uncompressed) deflate blocks, which every decoder reads.

use kinline_shared::model::{Signature, StrokePoint};

/// The pad's size in pad pixels (the SVG viewBox; the element scales to the screen).
pub const PAD_WIDTH: i32 = 600;
/// The pad's height in pad pixels.
pub const PAD_HEIGHT: i32 = 240;

/// Strokes being drawn, with undo.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pad {
    /// Finished strokes and the one being drawn, in order.
    pub strokes: Vec<Vec<StrokePoint>>,
    drawing: bool,
    started_ms: u64,
}

impl Pad {
    /// A finger touched the pad at (x, y) at `ms` (any monotonic clock).
    pub fn down(&mut self, x: f64, y: f64, ms: u64) {
        self.drawing = true;
        self.started_ms = ms;
        self.strokes.push(vec![point(x, y, 0)]);
    }

    /// The finger moved; ignored unless a stroke is being drawn.
    pub fn moved(&mut self, x: f64, y: f64, ms: u64) {
        if !self.drawing {
            return;
        }
        let t = u32::try_from(ms.saturating_sub(self.started_ms)).unwrap_or(u32::MAX);
        if let Some(stroke) = self.strokes.last_mut() {
            let p = point(x, y, t);
            // Skip points closer than a pixel: they add bytes, not shape.
            if stroke
                .last()
                .is_none_or(|l| (l.x - p.x).abs() + (l.y - p.y).abs() >= 2)
            {
                stroke.push(p);
            }
        }
    }

    /// The finger lifted (or the pointer was cancelled).
    pub fn up(&mut self) {
        self.drawing = false;
    }

    /// Removes the last stroke ("redo" a stroke).
    pub fn undo(&mut self) {
        self.drawing = false;
        self.strokes.pop();
    }

    /// Clears the pad.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Whether there is something the rules accept as a signature (a stroke of 2+ points).
    pub fn is_signed(&self) -> bool {
        self.strokes.iter().any(|s| s.len() >= 2)
    }

    /// The signature as recorded: vector strokes and the rendered PNG.
    pub fn signature(&self) -> Signature {
        Signature {
            strokes: self.strokes.clone(),
            png_base64: base64(&render_png(&self.strokes)),
        }
    }
}

fn point(x: f64, y: f64, t_ms: u32) -> StrokePoint {
    let clamp = |v: f64, max: i32| (v.round() as i32).clamp(0, max);
    StrokePoint {
        x: clamp(x, PAD_WIDTH),
        y: clamp(y, PAD_HEIGHT),
        t_ms,
    }
}

/// A smooth SVG path through a stroke: quadratic curves through the midpoints of its points.
pub fn svg_path(stroke: &[StrokePoint]) -> String {
    let Some(first) = stroke.first() else {
        return String::new();
    };
    let mut d = format!("M{} {}", first.x, first.y);
    if stroke.len() == 1 {
        d.push_str(&format!(" L{} {}", first.x + 1, first.y));
        return d;
    }
    for pair in stroke.windows(2).skip(1) {
        let (a, b) = (pair[0], pair[1]);
        d.push_str(&format!(
            " Q{} {} {} {}",
            a.x,
            a.y,
            f64::from(a.x + b.x) / 2.0,
            f64::from(a.y + b.y) / 2.0
        ));
    }
    if let Some(last) = stroke.last() {
        d.push_str(&format!(" L{} {}", last.x, last.y));
    }
    d
}

/// Renders strokes black on white into a greyscale PNG of the pad's size.
pub fn render_png(strokes: &[Vec<StrokePoint>]) -> Vec<u8> {
    let (w, h) = (PAD_WIDTH as usize, PAD_HEIGHT as usize);
    let mut px = vec![255u8; w * h];
    let mut dot = |x: f64, y: f64| {
        for dy in -2i32..=2 {
            for dx in -2i32..=2 {
                if dx * dx + dy * dy > 5 {
                    continue;
                }
                let (xi, yi) = (x.round() as i32 + dx, y.round() as i32 + dy);
                if (0..PAD_WIDTH).contains(&xi) && (0..PAD_HEIGHT).contains(&yi) {
                    px[yi as usize * w + xi as usize] = 0;
                }
            }
        }
    };
    for stroke in strokes {
        if let [only] = stroke.as_slice() {
            dot(f64::from(only.x), f64::from(only.y));
        }
        for pair in stroke.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let steps = (a.x - b.x).abs().max((a.y - b.y).abs()).max(1);
            for i in 0..=steps {
                let f = f64::from(i) / f64::from(steps);
                dot(
                    f64::from(a.x) + f * f64::from(b.x - a.x),
                    f64::from(a.y) + f * f64::from(b.y - a.y),
                );
            }
        }
    }
    encode_png_grey(w as u32, h as u32, &px)
}

/// Encodes 8-bit greyscale pixels as a PNG.
pub fn encode_png_grey(width: u32, height: u32, pixels: &[u8]) -> Vec<u8> {
    let mut raw = Vec::with_capacity(pixels.len() + height as usize);
    for row in pixels.chunks(width as usize) {
        raw.push(0); // filter: none
        raw.extend_from_slice(row);
    }
    let mut z = vec![0x78, 0x01];
    let mut chunks = raw.chunks(65_535).peekable();
    while let Some(block) = chunks.next() {
        z.push(u8::from(chunks.peek().is_none()));
        let len = block.len() as u16;
        z.extend_from_slice(&len.to_le_bytes());
        z.extend_from_slice(&(!len).to_le_bytes());
        z.extend_from_slice(block);
    }
    z.extend_from_slice(&adler32(&raw).to_be_bytes());
    let mut ihdr = Vec::with_capacity(13);
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(&mut png, b"IDAT", &z);
    chunk(&mut png, b"IEND", &[]);
    png
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in bytes {
        a = (a + u32::from(x)) % 65_521;
        b = (b + a) % 65_521;
    }
    (b << 16) | a
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
