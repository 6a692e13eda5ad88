//! Network-back for the background sync: the platform says whether the tablet has a link,
//! and a pure debouncer turns "the link came up and stayed up" into one
//! [`Nudge::NetworkBack`], so a flapping Wi-Fi does not start a round per flap.
//!
//! [`LinkState`] is what a platform provides: on Linux [`SysfsLinks`] reads the kernel's
//! interfaces (`/sys/class/net/*/carrier` and `operstate`); Android's ConnectivityManager
//! callback can feed the same [`LinkDebouncer`] (or implement [`LinkState`]) later.

use super::Nudge;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Whether the tablet has a usable network link now, as the platform sees it.
pub trait LinkState: Send + 'static {
    /// True if some link other than loopback is up; an error if the platform cannot say.
    fn online(&mut self) -> std::io::Result<bool>;
}

/// Linux: a link is up when an interface other than loopback has carrier and is not down.
#[derive(Clone, Debug)]
pub struct SysfsLinks {
    root: PathBuf,
}

impl SysfsLinks {
    /// The kernel's interfaces, `/sys/class/net`.
    pub fn new() -> Self {
        Self::at("/sys/class/net")
    }

    /// Interfaces listed under `root` (one directory per interface, as in sysfs).
    pub fn at(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }
}

impl Default for SysfsLinks {
    fn default() -> Self {
        Self::new()
    }
}

impl LinkState for SysfsLinks {
    fn online(&mut self) -> std::io::Result<bool> {
        let read = |dir: &std::path::Path, file: &str| {
            std::fs::read_to_string(dir.join(file)).map(|s| s.trim().to_owned())
        };
        for entry in std::fs::read_dir(&self.root)? {
            let dir = entry?.path();
            if dir.file_name().is_some_and(|n| n == "lo") {
                continue;
            }
            // `carrier` cannot be read while an interface is administratively down.
            let carrier = read(&dir, "carrier").is_ok_and(|c| c == "1");
            let state = read(&dir, "operstate").unwrap_or_default();
            if carrier && state != "down" && state != "lowerlayerdown" {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// Where the link stands, for [`LinkDebouncer`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    /// Nothing observed yet: the first observation is the baseline, not a change.
    Unknown,
    /// No link.
    Down,
    /// A link came up at this instant; it counts once it has stayed up for the settle time.
    Rising(Instant),
    /// The link is up (and, if it came back, the sync was nudged).
    Up,
}

/// Turns link observations into "the network is back" once per real return: after the
/// link was down, it must stay up for `settle` (a flap shorter than that is ignored). The
/// first observation is only the starting point.
#[derive(Clone, Debug)]
pub struct LinkDebouncer {
    settle: Duration,
    link: Link,
}

impl LinkDebouncer {
    /// A debouncer that waits `settle` of steady link before saying the network is back.
    pub fn new(settle: Duration) -> Self {
        Self {
            settle,
            link: Link::Unknown,
        }
    }

    /// Records what the platform says at `now`; true exactly when the sync should be told
    /// the network is back.
    pub fn observe(&mut self, online: bool, now: Instant) -> bool {
        let (next, back) = match (self.link, online) {
            (Link::Unknown, true) => (Link::Up, false),
            (_, false) => (Link::Down, false),
            (Link::Down, true) if self.settle.is_zero() => (Link::Up, true),
            (Link::Down, true) => (Link::Rising(now), false),
            (Link::Rising(since), true) if now.saturating_duration_since(since) >= self.settle => {
                (Link::Up, true)
            }
            (Link::Rising(since), true) => (Link::Rising(since), false),
            (Link::Up, true) => (Link::Up, false),
        };
        self.link = next;
        back
    }
}

/// Polls `links` every `every` and calls `nudge` with [`Nudge::NetworkBack`] when the link
/// came back and stayed up for `settle`. An error reading the links counts as no change.
pub(super) async fn watch(
    mut links: impl LinkState,
    every: Duration,
    settle: Duration,
    nudge: impl Fn(Nudge) + Send + 'static,
) {
    let mut debouncer = LinkDebouncer::new(settle);
    let mut tick = tokio::time::interval(every.max(Duration::from_millis(10)));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Ok(online) = links.online()
            && debouncer.observe(online, Instant::now())
        {
            tracing::info!("the network is back; syncing now");
            nudge(Nudge::NetworkBack);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_coming_back_and_staying_up_nudges_once() {
        let t0 = Instant::now();
        let at = |ms: u64| t0 + Duration::from_millis(ms);
        let mut d = LinkDebouncer::new(Duration::from_millis(500));
        // Up from the start: the baseline, not a return.
        assert!(!d.observe(true, at(0)));
        assert!(!d.observe(true, at(1000)));
        // Down, then up: said once the link has been up for the settle time, and only once.
        assert!(!d.observe(false, at(2000)));
        assert!(!d.observe(true, at(3000)));
        assert!(!d.observe(true, at(3400)));
        assert!(d.observe(true, at(3500)));
        assert!(!d.observe(true, at(4000)));
        assert!(!d.observe(true, at(9000)));
    }

    #[test]
    fn a_flapping_link_nudges_only_when_it_settles() {
        let t0 = Instant::now();
        let at = |ms: u64| t0 + Duration::from_millis(ms);
        let mut d = LinkDebouncer::new(Duration::from_millis(500));
        assert!(!d.observe(false, at(0)));
        // Up and down faster than the settle time: nothing.
        let mut nudges = 0;
        for i in 0..10 {
            nudges += usize::from(d.observe(i % 2 == 0, at(i * 200)));
        }
        assert_eq!(nudges, 0);
        // Then it stays up.
        assert!(!d.observe(true, at(3000)));
        assert!(d.observe(true, at(3600)));
        // Starting offline and coming up counts as a return.
        let mut d = LinkDebouncer::new(Duration::ZERO);
        assert!(!d.observe(false, at(0)));
        assert!(d.observe(true, at(1)));
    }

    #[test]
    fn sysfs_links_count_a_non_loopback_interface_with_carrier_that_is_not_down() {
        let root = std::env::temp_dir().join(format!("kinline-links-{}", uuid::Uuid::new_v4()));
        let iface = |name: &str, carrier: Option<&str>, state: &str| {
            let dir = root.join(name);
            std::fs::create_dir_all(&dir).unwrap();
            if let Some(c) = carrier {
                std::fs::write(dir.join("carrier"), format!("{c}\n")).unwrap();
            }
            std::fs::write(dir.join("operstate"), format!("{state}\n")).unwrap();
        };
        iface("lo", Some("1"), "unknown");
        iface("eth0", None, "down");
        iface("wlan0", Some("0"), "dormant");
        let mut links = SysfsLinks::at(&root);
        assert!(!links.online().unwrap(), "only loopback and dead links");
        iface("wlan0", Some("1"), "up");
        assert!(links.online().unwrap());
        std::fs::remove_dir_all(&root).unwrap();
        assert!(SysfsLinks::at(&root).online().is_err());
    }
}
