//! The call's pictures on screen. The webview has no WebRTC and no camera: the call engine
//! decodes the caller's VP8 in Rust into a [`LatestFrame`](kinline_media::LatestFrame), and the tablet's camera (or the
//! synthetic pattern where there is none, see `kinline_call::local::LocalCamera`) feeds another. [`VideoCanvas`] draws the newest
//! picture of one of them on a `<canvas>` through `document::eval`: the page asks for the
//! next picture, Rust answers once a new one has arrived (scaled down to at most
//! [`MAX_DRAW_WIDTH`] pixels across, base64 RGBA), and the page puts it on the canvas and
//! asks again — one round trip per picture, none while nothing new arrives. The canvas carries `data-drawn` (pictures drawn) and `data-fps`
//! (their rate) so a test can see that it is live. Pictures stay in memory; nothing is written.

use dioxus::prelude::*;
use kinline_media::RgbaFrame;
/// The feed a canvas draws (the screens' state holds it).
pub use kinline_screens::call_link::FrameFeed;
use kinline_screens::signature::base64;

/// Pictures wider than this are scaled down before they cross into the webview.
pub const MAX_DRAW_WIDTH: u32 = 320;

/// `frame` scaled down (nearest pixel) to at most `max_width` across, keeping its shape.
pub fn scaled(frame: &RgbaFrame, max_width: u32) -> RgbaFrame {
    if frame.width <= max_width || frame.width == 0 {
        return frame.clone();
    }
    let width = max_width;
    let height = (u64::from(frame.height) * u64::from(width) / u64::from(frame.width)).max(1);
    let height = u32::try_from(height).unwrap_or(u32::MAX);
    let mut rgba = Vec::with_capacity(width as usize * height as usize * 4);
    for y in 0..height {
        let sy = (u64::from(y) * u64::from(frame.height) / u64::from(height)) as usize;
        for x in 0..width {
            let sx = (u64::from(x) * u64::from(frame.width) / u64::from(width)) as usize;
            let i = (sy * frame.width as usize + sx) * 4;
            rgba.extend_from_slice(&frame.rgba[i..i + 4]);
        }
    }
    RgbaFrame {
        width,
        height,
        rgba,
    }
}

/// The page side: asks for the next picture, draws what comes, counts.
fn draw_js(id: &str) -> String {
    format!(
        r#"
const id = {id:?};
let drawn = 0, first = 0;
for (;;) {{
  const c = document.getElementById(id);
  if (!c) {{ dioxus.send(null); await new Promise(r => setTimeout(r, 200)); continue; }}
  dioxus.send(0);
  const f = await dioxus.recv();
  if (!f) continue;
  const bin = atob(f.rgba);
  const px = new Uint8ClampedArray(bin.length);
  for (let i = 0; i < bin.length; i++) px[i] = bin.charCodeAt(i);
  if (c.width !== f.width || c.height !== f.height) {{ c.width = f.width; c.height = f.height; }}
  c.getContext('2d').putImageData(new ImageData(px, f.width, f.height), 0, 0);
  drawn++;
  const now = performance.now();
  if (!first) first = now;
  c.dataset.drawn = drawn;
  if (now > first) c.dataset.fps = ((drawn - 1) * 1000 / (now - first)).toFixed(1);
}}
"#
    )
}

/// One picture as the page takes it.
#[derive(serde::Serialize)]
struct Picture {
    width: u32,
    height: u32,
    rgba: String,
}

/// A `<canvas>` showing the newest picture of `feed`, labelled for screen readers.
#[component]
pub fn VideoCanvas(feed: FrameFeed, id: String, class: String, label: String) -> Element {
    let source = feed.clone();
    let js_id = id.clone();
    use_future(move || {
        let feed = source.clone();
        let js = draw_js(&js_id);
        async move {
            let mut page = document::eval(&js);
            let mut last = 0u64;
            loop {
                let Ok(ask) = page.recv::<Option<u8>>().await else {
                    return;
                };
                if ask.is_none() {
                    // The canvas is not on the page (yet): send the next picture in full.
                    last = 0;
                    continue;
                }
                last = feed.0.next_after(last).await;
                let picture = feed.0.latest().map(|f| {
                    let f = scaled(&f, MAX_DRAW_WIDTH);
                    Picture {
                        width: f.width,
                        height: f.height,
                        rgba: base64(&f.rgba),
                    }
                });
                if page.send(picture).is_err() {
                    return;
                }
            }
        }
    });
    rsx! {
        canvas { id, class, role: "img", aria_label: label, width: "320", height: "240" }
    }
}
