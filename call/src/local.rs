//! The tablet's own camera during a call, opened once: a thread takes its pictures at the
//! camera's rate and keeps only the newest, in memory. The self view draws it (as RGBA, through
//! a [`LatestFrame`]) from the moment the call screen opens, and the call engine sends it from
//! admission on through [`LocalCamera::feed`] — so one camera device serves both, and nothing
//! is ever written to disk.

use super::codec::i420_to_rgba;
use super::media::{FrameSink, I420Frame, LatestFrame, VideoSource};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The newest picture, shared by the camera's thread and its feeds.
type Newest = Arc<Mutex<Option<Arc<I420Frame>>>>;

/// A camera running on a thread of its own until dropped.
#[derive(Debug)]
pub struct LocalCamera {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
    newest: Newest,
    size: (u32, u32),
    fps: u32,
}

impl LocalCamera {
    /// Starts `source`: each picture goes to `own` (the self view, RGBA) and is kept as the
    /// newest for [`Self::feed`].
    pub fn start(mut source: Box<dyn VideoSource>, own: Arc<LatestFrame>) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let newest: Newest = Arc::default();
        let fps = source.fps().max(1);
        // The first picture now, so the feed knows the size before the thread runs.
        let first = source.next_frame();
        let size = (first.width, first.height);
        let (stopped, kept) = (Arc::clone(&stop), Arc::clone(&newest));
        let thread = std::thread::Builder::new()
            .name("kinline-camera".into())
            .spawn(move || {
                let period = Duration::from_secs(1) / fps;
                let mut next = Instant::now();
                let mut frame = first;
                while !stopped.load(Ordering::Relaxed) {
                    own.frame(&to_rgba(&frame));
                    if let Ok(mut n) = kept.lock() {
                        *n = Some(Arc::new(frame));
                    }
                    // The camera's own frame clock.
                    next += period;
                    std::thread::sleep(next.saturating_duration_since(Instant::now()));
                    frame = source.next_frame();
                }
            })
            .ok();
        Self {
            stop,
            thread,
            newest,
            size,
            fps,
        }
    }

    /// A video source for the call engine that gives the camera's newest picture (black
    /// until the first arrives).
    pub fn feed(&self) -> Box<dyn VideoSource> {
        Box::new(Feed {
            newest: Arc::clone(&self.newest),
            size: self.size,
            fps: self.fps,
        })
    }
}

impl Drop for LocalCamera {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn to_rgba(f: &I420Frame) -> super::media::RgbaFrame {
    let (w, h) = (f.width as usize, f.height as usize);
    let (y, uv) = f.data.split_at(w * h);
    let (u, v) = uv.split_at(w * h / 4);
    i420_to_rgba(f.width, f.height, (y, w), (u, w / 2), (v, w / 2))
}

/// The engine's view of a [`LocalCamera`].
struct Feed {
    newest: Newest,
    size: (u32, u32),
    fps: u32,
}

impl VideoSource for Feed {
    fn next_frame(&mut self) -> I420Frame {
        let newest = self.newest.lock().ok().and_then(|n| n.clone());
        match newest {
            Some(f) => (*f).clone(),
            None => {
                let (w, h) = self.size;
                let luma = w as usize * h as usize;
                let mut data = vec![16u8; luma];
                data.resize(luma * 3 / 2, 128);
                I420Frame {
                    width: w,
                    height: h,
                    data,
                }
            }
        }
    }

    fn fps(&self) -> u32 {
        self.fps
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::media::SyntheticVideo;

    #[test]
    fn the_self_view_and_the_engine_share_one_camera() {
        let own = LatestFrame::new();
        let camera = LocalCamera::start(Box::new(SyntheticVideo::new(64, 48, 30)), own.clone());
        let mut feed = camera.feed();
        assert_eq!(feed.fps(), 30);
        let deadline = Instant::now() + Duration::from_secs(10);
        while own.frames() < 3 {
            assert!(Instant::now() < deadline, "the self view gets pictures");
            std::thread::sleep(Duration::from_millis(5));
        }
        let a = feed.next_frame();
        assert_eq!((a.width, a.height), (64, 48));
        assert_eq!(a.data.len(), 64 * 48 * 3 / 2);
        let seen = own.frames();
        while own.frames() < seen + 2 {
            assert!(Instant::now() < deadline, "the camera keeps running");
            std::thread::sleep(Duration::from_millis(5));
        }
        // The feed follows the camera: the pattern moved.
        assert_ne!(feed.next_frame().data, a.data);
        drop(camera);
        // Dropping the camera joined its thread, which let go of the self view.
        assert_eq!(Arc::strong_count(&own), 1);
    }
}
