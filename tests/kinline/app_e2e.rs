//! The real desktop app (`kinline-app`, the Dioxus/WebKitGTK binary) under a virtual X server,
//! enrolled to a real centre server and running on the real encrypted store, driven by real X
//! input (xdotool clicks, typing and a finger drag on the signature pad) through a whole
//! detainee session. Where to click comes from the app's opt-in layout file
//! (`KINLINE_E2E_LAYOUT`, see `kinline_app::ui::views::E2E_LAYOUT_ENV`); every click and key is
//! an X event into the webview, never JavaScript. A PNG of every screen goes to
//! `target/screenshots/` (under the cargo target dir) for a person to look at.

use chrono::{DateTime, Utc};
use kinline_app::store::{KeySource, Store, StoreConfig};
use kinline_app::ui::store_backend::staff_number;
use kinline_app::ui::text::{incident_category, t, termination_reason};
use kinline_app::ui::views::E2E_LAYOUT_ENV;
use kinline_shared::actor::Role;
use kinline_shared::event::{EventBody, ReferralSource};
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, StaffId};
use kinline_shared::model::{
    CallKind, CompactVersion, Explanation, IncidentCategory, LanguageTag, OpeningWindow, Schedule,
    TerminationReason,
};
use kinline_shared::sync::ReferenceItem;
use kinline_shared::time::{london_date, london_day_start, london_wall};
use kinline_shared::workflow::call::CallPhase;
use kinline_shared::workflow::compact::CompactFlow;
use kinline_tests::call_harness::Browser;
use kinline_tests::server_harness::{self, ADMIN, TestServer};
use kinline_tests::xvfb::{Xvfb, tool};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The longest wait for any one screen or state (the debug build on a busy 2-core machine).
const DEADLINE: Duration = Duration::from_secs(90);
const DCO_PIN: &str = "2468135";
const ACCOUNT: &str = "The caller held a phone up to the screen to record the call.";

/// The workspace's cargo target dir: this test binary is `<target>/debug/deps/kinline-…`.
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.ancestors().nth(3).unwrap().to_owned()
}

/// The app binary, built now so that it is the code under test (the same build as
/// `cargo xtask test` makes first, so a no-op there).
fn app_binary() -> PathBuf {
    kinline_tests::workspace_binaries(&target_dir()).join("kinline-app")
}

/// Calls `f` until it gives a value, at most [`DEADLINE`].
fn poll<T>(what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + DEADLINE;
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// One control as the app measured it.
#[derive(Clone, Debug)]
struct El {
    tag: String,
    id: String,
    class: String,
    label: String,
    text: String,
    disabled: bool,
    /// How many characters a field holds (never what they are).
    typed: usize,
    /// Pictures a canvas drew, and their rate.
    drawn: f64,
    fps: f64,
    /// Whether it sits in a bar that stays put (the staff bar, the PIN box, an action bar):
    /// from the page's structure, as a control scrolled behind a bar is not in it.
    in_bar: bool,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// One rendered screen, as the app wrote it to the layout file.
#[derive(Clone, Debug)]
struct Layout {
    revision: u64,
    screen: String,
    width: f64,
    height: f64,
    /// How far the page is scrolled down.
    scroll_y: f64,
    elements: Vec<El>,
}

impl Layout {
    fn read(path: &Path) -> Option<Self> {
        let v: Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
        let l = &v["layout"];
        let f = |e: &Value, k: &str| e[k].as_f64().unwrap_or_default();
        let s = |e: &Value, k: &str| e[k].as_str().unwrap_or_default().to_owned();
        Some(Self {
            revision: v["revision"].as_u64()?,
            screen: s(l, "screen"),
            width: f(l, "width"),
            height: f(l, "height"),
            scroll_y: f(l, "scroll_y"),
            elements: l["elements"]
                .as_array()?
                .iter()
                .map(|e| El {
                    tag: s(e, "tag"),
                    id: s(e, "id"),
                    class: s(e, "class"),
                    label: s(e, "label"),
                    text: s(e, "text"),
                    disabled: e["disabled"].as_bool().unwrap_or_default(),
                    typed: e["typed"].as_u64().unwrap_or_default() as usize,
                    drawn: f(e, "drawn"),
                    fps: f(e, "fps"),
                    in_bar: e["in_bar"].as_bool().unwrap_or_default(),
                    x: f(e, "x"),
                    y: f(e, "y"),
                    w: f(e, "w"),
                    h: f(e, "h"),
                })
                .collect(),
        })
    }

    fn find(&self, pred: impl Fn(&El) -> bool) -> Option<El> {
        self.elements.iter().find(|e| pred(e)).cloned()
    }

    /// The band of the window no bar covers: below the staff bar (or the staff PIN box) and
    /// above the pinned action bar, both of which stay put while the page scrolls.
    fn band(&self) -> (f64, f64) {
        let top = self
            .elements
            .iter()
            .filter(|e| is_bar(e) && e.y <= 0.5)
            .map(|e| e.y + e.h)
            .fold(0.0, f64::max);
        let bottom = self
            .elements
            .iter()
            .filter(|e| is_pinned(e) && e.y + e.h >= self.height - 0.5)
            .map(|e| e.y)
            .fold(self.height, f64::min);
        (top, bottom)
    }

    /// Whether `e` can be seen and tapped: wholly in the window, and in the band no bar
    /// covers, unless it is in a bar itself.
    fn in_view(&self, e: &El) -> bool {
        let (top, bottom) = if e.in_bar {
            (0.0, self.height)
        } else {
            self.band()
        };
        e.w > 0.0
            && e.x >= -0.5
            && e.x + e.w <= self.width + 0.5
            && e.y >= top - 0.5
            && e.y + e.h <= bottom + 0.5
    }

    fn text(&self) -> String {
        self.elements
            .iter()
            .flat_map(|e| [e.text.as_str(), e.label.as_str()])
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" | ")
    }
}

/// The staff bar, or in detainee mode the staff PIN box: at the top, staying put.
fn is_bar(e: &El) -> bool {
    e.class
        .split(' ')
        .any(|c| c == "topbar" || c == "staff-pin")
}

/// A screen's main action bar (or the reader's controls): at the bottom, staying put.
fn is_pinned(e: &El) -> bool {
    e.class
        .split(' ')
        .any(|c| c == "actions" || c == "reader-controls")
}

/// The running app and the X input that drives it.
struct Tablet {
    app: Child,
    xdotool: PathBuf,
    display: String,
    window: String,
    layout: PathBuf,
    shots: PathBuf,
    shot: usize,
}

impl Tablet {
    fn launch(bin: &Path, x: &Xvfb, config: &Path, dir: &Path, size: &str, shots: &Path) -> Self {
        let layout = dir.join(format!("layout-{size}.json"));
        let log = std::fs::File::create(dir.join(format!("app-{size}.log"))).unwrap();
        let app = Command::new(bin)
            .env("DISPLAY", &x.display)
            .env("KINLINE_CONFIG", config)
            .env("KINLINE_WINDOW", size)
            .env(E2E_LAYOUT_ENV, &layout)
            // No sound card here: sentences pass at the screens' tick and nothing is played.
            .env("KINLINE_SPEECH", "silent")
            // No camera or microphone either: the call sends the test pattern and a tone.
            .env("KINLINE_MEDIA", "synthetic")
            // Every info line, so the privacy check at the end reads what the app says.
            .env(
                "RUST_LOG",
                std::env::var("RUST_LOG").unwrap_or_else(|_| "info,rtc_dtls=error".into()),
            )
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        let xdotool = tool("xdotool");
        let mut t = Self {
            app,
            xdotool,
            display: x.display.clone(),
            window: String::new(),
            layout,
            shots: shots.to_owned(),
            shot: 0,
        };
        t.window = poll("the app's window", || {
            assert!(
                t.app.try_wait().unwrap().is_none(),
                "the app stopped: see {}",
                dir.join(format!("app-{size}.log")).display()
            );
            let out = t.xdo_output(&["search", "--onlyvisible", "--name", "^Kinline"]);
            out.lines().next().map(str::to_owned)
        });
        t
    }

    fn xdo_output(&self, args: &[&str]) -> String {
        let out = Command::new(&self.xdotool)
            .env("DISPLAY", &self.display)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn xdo(&self, args: &[String]) {
        let status = Command::new(&self.xdotool)
            .env("DISPLAY", &self.display)
            .args(args)
            .status()
            .unwrap();
        assert!(status.success(), "xdotool {args:?}");
    }

    /// The layout once `pred` holds for it.
    fn wait_for(&self, what: &str, pred: impl Fn(&Layout) -> bool) -> Layout {
        let mut last = None;
        let deadline = Instant::now() + DEADLINE;
        loop {
            if let Some(l) = Layout::read(&self.layout) {
                if pred(&l) {
                    return l;
                }
                last = Some(l);
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; the app {} (its log is beside {}); last layout: {:?}",
                // A process that ended but is not yet waited for is a zombie ("Z").
                match std::fs::read_to_string(format!("/proc/{}/stat", self.app.id())) {
                    Ok(stat) if !stat.contains(") Z ") => "still runs",
                    _ => "has stopped",
                },
                self.layout.display(),
                last.as_ref().map(|l| (&l.screen, l.text()))
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_screen(&self, screen: &str) -> Layout {
        self.wait_for(&format!("the {screen} screen"), |l| l.screen == screen)
    }

    /// A layout measured after `revision` (so it reflects what happened since).
    fn newer_than(&self, revision: u64) -> Layout {
        self.wait_for("a new render", |l| l.revision > revision)
    }

    /// Clicks the centre of the first control `pred` picks once it is there, enabled and
    /// still (in the same place in two renders in a row), scrolling with the mouse wheel
    /// until it is in the window.
    fn click(&self, what: &str, pred: impl Fn(&El) -> bool) -> Layout {
        let at = |l: &Layout| {
            l.find(|e| pred(e) && !e.disabled)
                .map(|e| (e.x, e.y, e.w, e.h))
        };
        for _ in 0..60 {
            let mut l = self.wait_for(&format!("{what} (enabled)"), |l| at(l).is_some());
            loop {
                let next = self.newer_than(l.revision);
                let still = at(&next).is_some() && at(&next) == at(&l);
                l = next;
                if still {
                    break;
                }
            }
            let e = l.find(|e| pred(e) && !e.disabled).unwrap();
            let (cx, cy) = (e.x + e.w / 2.0, e.y + e.h / 2.0);
            // Not under a bar that stays put: scroll it into the band between them.
            let (top, bottom) = if l.in_view(&e) {
                (0.0, l.height)
            } else {
                l.band()
            };
            if cy < top || cy > bottom {
                self.wheel(&l, cy < top, 3);
                self.newer_than(l.revision);
                continue;
            }
            self.xdo(&args(&[
                "mousemove",
                "--window",
                &self.window,
                &format!("{cx:.0}"),
                &format!("{cy:.0}"),
                "click",
                "1",
            ]));
            return l;
        }
        panic!("{what} never scrolled into the window");
    }

    /// Turns the mouse wheel `notches` times over the middle of the window: up, or down.
    fn wheel(&self, l: &Layout, up: bool, notches: u32) {
        self.xdo(&args(&[
            "mousemove",
            "--window",
            &self.window,
            &(l.width / 2.0).to_string(),
            &(l.height / 2.0).to_string(),
            "click",
            "--repeat",
            &notches.to_string(),
            if up { "4" } else { "5" },
        ]));
    }

    fn click_text(&self, text: &str) -> Layout {
        self.click(&format!("\"{text}\""), |e| {
            e.tag == "button" && e.text.contains(text)
        })
    }

    /// Clicks a field and types into it (X key events to the focused webview input), until
    /// the field holds exactly as many characters as `text`: on a loaded machine an X key
    /// event can be lost, so a field that settles on another count is emptied and typed again.
    fn type_into(&self, id: &str, text: &str) {
        let want = text.chars().count();
        for _ in 0..5 {
            let l = self.click(&format!("#{id}"), |e| e.id == id);
            let held = l.find(|e| e.id == id).map_or(0, |e| e.typed);
            let mut keys = args(&["key", "--clearmodifiers", "End"]);
            keys.extend((0..held).map(|_| "BackSpace".to_owned()));
            self.xdo(&keys);
            self.xdo(&args(&["type", "--delay", "30", text]));
            // Settled: the same count in three renders in a row (a render every half second).
            let mut counts = Vec::new();
            let mut revision = self.newer_than(0).revision;
            let typed = loop {
                let l = self.newer_than(revision);
                revision = l.revision;
                counts.push(l.find(|e| e.id == id).map_or(0, |e| e.typed));
                let n = counts.len();
                if counts[n - 1] == want
                    || (n >= 3 && counts[n - 3..].iter().all(|c| *c == counts[n - 1]))
                {
                    break counts[n - 1];
                }
            };
            if typed == want {
                return;
            }
            eprintln!("app e2e: #{id} holds {typed} of {want} typed characters; typing again");
        }
        panic!("#{id} never held the {want} characters typed");
    }

    /// A finger stroke: press, move through `points` (window pixels), release.
    fn drag(&self, points: &[(f64, f64)]) {
        let mut a = vec![
            "mousemove".to_owned(),
            "--window".to_owned(),
            self.window.clone(),
        ];
        a.push(format!("{:.0}", points[0].0));
        a.push(format!("{:.0}", points[0].1));
        a.push("mousedown".into());
        a.push("1".into());
        for (x, y) in &points[1..] {
            // Paced like a finger (~60 Hz) so the webview sees each move, not one jump.
            a.extend(args(&[
                "sleep",
                "0.016",
                "mousemove",
                "--window",
                &self.window,
            ]));
            a.push(format!("{x:.0}"));
            a.push(format!("{y:.0}"));
        }
        a.push("mouseup".into());
        a.push("1".into());
        self.xdo(&a);
    }

    /// Saves a PNG of the window to `path`; its width, height and number of colours.
    fn take_picture(&self, path: &Path) -> (u64, u64, u64) {
        let status = Command::new(tool("import"))
            .env("DISPLAY", &self.display)
            .args(["-window", &self.window])
            .arg(path)
            .status()
            .unwrap();
        assert!(status.success(), "import took {}", path.display());
        let out = Command::new(tool("identify"))
            .args(["-format", "%w %h %k"])
            .arg(path)
            .output()
            .unwrap();
        let info = String::from_utf8_lossy(&out.stdout).into_owned();
        let nums: Vec<u64> = info
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        assert_eq!(nums.len(), 3, "identify {}: {info}", path.display());
        (nums[0], nums[1], nums[2])
    }

    /// Saves a PNG of the app's window; checks it is a real picture (not empty, not one colour)
    /// and that every control fits the window's width with a touch target of at least 48 px.
    fn screenshot(&mut self, name: &str, l: &Layout) {
        self.shot += 1;
        let path = self.shots.join(format!("{:02}-{name}.png", self.shot));
        // The layout is measured once the page is laid out; the window may be painted a
        // little later (a window just opened), so a picture of one colour is taken again.
        let deadline = Instant::now() + DEADLINE;
        loop {
            let (width, height, colours) = self.take_picture(&path);
            assert_eq!(
                (width as f64, height as f64),
                (l.width, l.height),
                "{name}: the picture is the window"
            );
            if colours > 16 {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "{name}: the screenshot has only {colours} colours"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        for e in &l.elements {
            if e.tag == "button" || e.tag == "input" || e.tag == "textarea" {
                assert!(
                    e.x >= -0.5 && e.x + e.w <= l.width + 0.5,
                    "{name}: {e:?} is outside the {} px window",
                    l.width
                );
                assert!(
                    e.h >= 47.5 && e.w >= 47.5,
                    "{name}: {e:?} is smaller than a 48 px touch target"
                );
            }
        }
    }

    /// Closes the app (as the OS would at shutdown) and waits for it.
    fn close(mut self) {
        let _ = self.app.kill();
        let _ = self.app.wait();
    }
}

impl Drop for Tablet {
    fn drop(&mut self) {
        let _ = self.app.kill();
        let _ = self.app.wait();
    }
}

fn args(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| (*s).to_owned()).collect()
}

/// A schedule (every day, open 23 hours or more, §7) whose 30-minute slots line up so that
/// one started 5 minutes before `now` (or, late in the evening, the day's last ends at
/// 23:59:59), and that slot. The call runs on the real engine, which ends it with its slot:
/// at least 10 minutes of it are left, unless `now` is in the last 10 minutes of a London
/// day (a slot never spans midnight), when no slot of today can hold the test's call.
fn schedule_with_a_slot_under_way(now: DateTime<Utc>) -> Option<(Schedule, DateTime<Utc>)> {
    use chrono::{Duration as Span, DurationRound};
    let today = london_date(now);
    let day_start = london_day_start(today);
    let last_second = london_day_start(today.succ_opt()?) - Span::seconds(1);
    // In instants, not wall-clock times: slots are 30 minutes of real time apart, also
    // across a clock change.
    let slot = (now - Span::minutes(5))
        .duration_trunc(Span::minutes(1))
        .ok()?
        .min(last_second - Span::minutes(30))
        .max(day_start);
    let into_day = (slot - day_start).num_seconds();
    let open = day_start + Span::seconds(into_day % (30 * 60));
    let schedule = Schedule::every_day(
        vec![OpeningWindow {
            start: london_wall(open).time(),
            end: london_wall(last_second).time(),
        }],
        30,
        2,
        today - Span::days(1),
    );
    assert!(schedule.is_slot_start(slot), "{slot} starts a slot");
    (slot + Span::minutes(30) >= now + Span::minutes(10)).then_some((schedule, slot))
}

#[test]
fn the_e2e_finds_a_slot_under_way_at_every_minute_but_a_london_days_last_ten() {
    for day in ["2026-11-28", "2026-10-25", "2026-03-29"] {
        let date: chrono::NaiveDate = day.parse().unwrap();
        let start = london_day_start(date);
        let end = london_day_start(date.succ_opt().unwrap());
        // Not on a whole second, as the clock is.
        let mut now = start + chrono::Duration::milliseconds(7_250);
        while now < end {
            // The day's last slot ends at 23:59:59.
            let late = now + chrono::Duration::minutes(10) > end - chrono::Duration::seconds(1);
            match schedule_with_a_slot_under_way(now) {
                Some((schedule, slot)) => {
                    assert!(!late, "{now}: a slot in the day's last 10 minutes");
                    schedule.validate().unwrap();
                    assert!(
                        slot <= now + chrono::Duration::seconds(1),
                        "{now}: under way"
                    );
                    assert_eq!(london_date(slot), date);
                }
                None => assert!(late, "{now}: no slot found"),
            }
            now += chrono::Duration::minutes(1);
        }
    }
}

/// The centre on the server: schedule, compact, one detainee who reads Arabic, her booking
/// today, and a DCO with a PIN. Returns the detainee, the booking and its slot.
async fn seed(
    server: &TestServer,
    dco: StaffId,
    now: DateTime<Utc>,
) -> (DetaineeId, BookingId, DateTime<Utc>) {
    let s = &server.server;
    s.set_staff(dco, Role::Dco, DCO_PIN, true).await.unwrap();
    let (schedule, slot) = schedule_with_a_slot_under_way(now)
        .expect("no slot today holds the test's call: run it before 23:50 London time");
    let admin = |body| s.record(ADMIN, Role::Administrator, body);
    admin(EventBody::CentreScheduleChanged { schedule })
        .await
        .unwrap();
    admin(EventBody::CompactVersionPublished {
        version: CompactVersion("2026-11".into()),
        languages: vec![LanguageTag::new("ar"), LanguageTag::new("en-GB")],
    })
    .await
    .unwrap();
    let detainee = DetaineeId(uuid::Uuid::now_v7());
    s.publish_reference(ReferenceItem::RosterEntry {
        detainee,
        name: "Amal Haddad".into(),
        reference: "A2847391".into(),
        location: "B-12".into(),
        present: true,
    })
    .await
    .unwrap();
    admin(EventBody::DetaineeProfileUpdated {
        detainee,
        languages: vec![LanguageTag::new("ar")],
        english_sufficient: false,
        control_measures: vec![],
        imminent_removal: false,
    })
    .await
    .unwrap();
    let booking = BookingId(uuid::Uuid::now_v7());
    admin(EventBody::CallBooked {
        booking,
        detainee,
        kind: CallKind::Social,
        slot_start: slot,
    })
    .await
    .unwrap();
    (detainee, booking, slot)
}

#[test]
fn the_desktop_app_enrolled_to_a_real_server_records_a_whole_session_from_real_x_input() {
    let started = Instant::now();
    let bin = app_binary();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(TestServer::start(server_harness::Backend::Sqlite));
    let dco = StaffId(uuid::Uuid::now_v7());
    let (detainee, booking, slot) = rt.block_on(seed(&server, dco, Utc::now()));
    let code = rt.block_on(server.code());
    // The caller's join link, as the DCO reads it from the staff API.
    let join = rt.block_on(server.server.join_link(booking)).unwrap();
    let join_url = format!("{}/join/{}", server.url, join.code);

    // The tablet's config: a new store (its key made on the tablet) and the one-time code.
    let dir = server_harness::temp_dir("kinline-app-e2e");
    let device = DeviceId(uuid::Uuid::now_v7());
    let config = dir.join("tablet.toml");
    std::fs::write(
        &config,
        format!(
            "store = {:?}\ndevice = \"{device}\"\nkey_file = {:?}\nserver = \"{}\"\nenrolment_code = \"{code}\"\ncall_bind = \"127.0.0.1\"\n",
            dir.join("tablet.db"),
            dir.join("tablet.key"),
            server.url
        ),
    )
    .unwrap();
    let shots = target_dir().join("screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    for old in std::fs::read_dir(&shots).unwrap().flatten() {
        let _ = std::fs::remove_file(old.path());
    }

    let x = Xvfb::start(1280, 1280);
    let mut tab = Tablet::launch(&bin, &x, &config, &dir, "1280x800", &shots);

    // Sign-in: the first start enrolled the tablet's key and synced the DCO's credential down.
    let l = tab.wait_for("sign-in, online after the first sync", |l| {
        l.screen == "sign-in" && l.find(|e| e.text == t("sync-online")).is_some()
    });
    tab.screenshot("sign-in", &l);
    tab.type_into("staff-number", &staff_number(dco, ""));
    tab.type_into("pin", DCO_PIN);
    tab.click_text(t("sign-in"));

    // Today: her booking, from the server.
    let l = tab.wait_for("today with the booking", |l| {
        l.screen == "today" && l.text().contains("Amal Haddad")
    });
    tab.screenshot("today", &l);

    // Find her by name.
    tab.click_text(t("nav-find"));
    tab.wait_screen("find");
    tab.type_into("search", "Amal");
    let l = tab.wait_for("a search hit", |l| {
        l.find(|e| e.tag == "button" && e.text.contains("Amal Haddad"))
            .is_some()
    });
    tab.screenshot("find", &l);
    tab.click_text("Amal Haddad");

    // Her access at a glance: the compact is not signed yet.
    let l = tab.wait_screen("detainee");
    assert!(
        l.text().contains(t("compact-not-signed")),
        "the compact is not signed yet: {}",
        l.text()
    );
    tab.screenshot("detainee-unsigned", &l);

    // The compact in Arabic, read aloud to the end.
    tab.click_text(t("go-through-compact"));
    let l = tab.wait_screen("compact-language");
    tab.screenshot("compact-language", &l);
    tab.click_text("(Arabic)");
    let l = tab.wait_screen("compact");
    tab.screenshot("compact", &l);
    // Detainee-mode controls by id: their words are in the detainee's language.
    tab.click("the read-aloud button", |e| e.id == "read-aloud");
    let l = tab.wait_for("the compact read to the end", |l| {
        l.find(|e| e.id == "go-to-signature" && !e.disabled)
            .is_some()
    });
    tab.screenshot("compact-read", &l);
    tab.click("the sign button", |e| e.id == "go-to-signature");

    // The detainee signs with a finger; the DCO witnesses with their PIN.
    let l = tab.wait_screen("signature");
    let pad = l.find(|e| e.id == "signature-pad").unwrap();
    let points: Vec<(f64, f64)> = (0..=40)
        .map(|i| {
            let f = f64::from(i) / 40.0;
            (
                pad.x + pad.w * (0.1 + 0.8 * f),
                pad.y + pad.h * (0.55 - 0.25 * (f * 9.0).sin()),
            )
        })
        .collect();
    tab.drag(&points);
    let l = tab.wait_for("a stroke on the pad", |l| {
        l.find(|e| e.id == "undo-stroke" && !e.disabled).is_some()
    });
    tab.screenshot("signature", &l);
    tab.type_into("witness-pin", DCO_PIN);
    tab.click("the witness button", |e| e.id == "witness-record");
    let l = tab.wait_for("the signed compact", |l| {
        l.screen == "detainee" && l.text().contains(t("compact-signed"))
    });
    tab.screenshot("detainee-signed", &l);

    // The call: check-in connects the app's call engine; the caller opens their link in
    // Chromium; the DCO sees them, records the adult check (§8) and admits them; the call
    // starts once the detainee is connected; then the DCO ends it with a reason.
    let staff = kinline_shared::languages::find(kinline_app::ui::text::STAFF_LANGUAGE).unwrap();
    tab.click_text(&kinline_app::i18n::date_time(staff, slot));
    let l = tab.wait_screen("call");
    tab.screenshot("call-booked", &l);
    tab.click_text(t("call-checkin"));
    let l = tab.wait_for("the adult check, waiting for the caller", |l| {
        l.text().contains(t("call-waiting"))
    });
    assert!(
        l.find(|e| e.id == "adult-yes" && e.disabled).is_some(),
        "no 'adult' answer before the DCO has seen the caller"
    );
    tab.screenshot("call-waiting-for-caller", &l);
    let browser = rt.block_on(Browser::start());
    rt.block_on(browser.client.goto(&join_url))
        .expect("the caller's page opens");
    let l = tab.wait_for("the caller's picture for the adult check", |l| {
        l.find(|e| e.id == "video-caller" && e.drawn >= 5.0)
            .is_some()
            && l.find(|e| e.id == "adult-yes" && !e.disabled).is_some()
    });
    tab.screenshot("call-adult-check", &l);
    let waiting = rt.block_on(browser.until("the caller waiting", |s| s["phase"] == "waiting"));
    assert_eq!(
        waiting["framesDecoded"].as_f64(),
        Some(0.0),
        "the caller sees nothing of the detainee before admission"
    );
    tab.click("the adult check", |e| e.id == "adult-yes");
    tab.click("the admit button", |e| e.id == "admit");
    let reason = TerminationReason::Recording;
    tab.wait_for("the call in progress", |l| {
        l.find(|e| e.id == "time-left").is_some()
    });
    rt.block_on(browser.until("the detainee's picture at the caller", |s| {
        s["phase"] == "in_call" && s["framesDecoded"].as_f64().unwrap_or(0.0) >= 10.0
    }));
    // The caller's picture and the detainee's own (the camera the engine sends) are drawn on
    // their canvases, live.
    let l = tab.wait_for("the caller and the self view drawn", |l| {
        l.find(|e| e.id == "video-self" && e.drawn >= 40.0)
            .is_some()
            && l.find(|e| e.id == "video-caller" && e.drawn >= 20.0)
                .is_some()
    });
    // Live: 40 pictures drawn and counting. The rate is a benchmark's figure (it depends on
    // the machine's load), so it is printed here, not asserted.
    let self_view = l.find(|e| e.id == "video-self").unwrap();
    assert!(self_view.fps > 0.0, "the self view is drawn continuously");
    eprintln!("app e2e: self view drawn at {:.1} fps", self_view.fps);
    tab.screenshot("call-in-progress", &l);
    tab.click_text(termination_reason(reason));
    // One tap never ends a call: the DCO confirms the reason.
    tab.click("the confirmation", |e| e.id == "confirm-end");
    // Ending with a reason ends the caller's call, refers it to security (§12) and opens the
    // incident report.
    let ended = rt.block_on(browser.until("the end at the caller", |s| s["phase"] == "ended"));
    assert_eq!(ended["notice"], "terminated");
    rt.block_on(browser.close());
    let l = tab.wait_for("the incident report for the ended call", |l| {
        l.screen == "incident" && l.text().contains("security")
    });
    tab.screenshot("call-ended-incident", &l);
    let category = IncidentCategory::Recording;
    tab.click_text(incident_category(category));
    tab.type_into("account", ACCOUNT);
    let l = tab.wait_for("a complete report", |l| {
        l.find(|e| e.text == t("incident-save") && !e.disabled)
            .is_some()
    });
    tab.screenshot("incident", &l);
    tab.click_text(t("incident-save"));
    // Saving nudged the background sync; the screen says so once the server has it.
    let l = tab.wait_for("the report sent and nothing waiting", |l| {
        l.screen == "today"
            && l.text().contains(t("incident-saved-sent"))
            && l.find(|e| e.text == t("sync-nothing-waiting")).is_some()
    });
    tab.screenshot("today-after", &l);
    tab.close();

    // What the server holds from this tablet, in order.
    let on_server: Vec<_> = rt
        .block_on(server.server.events(0, 1000))
        .unwrap()
        .into_iter()
        .map(|s| s.event)
        .filter(|e| e.device == device)
        .collect();
    let dco_actor = kinline_shared::actor::Actor::Staff {
        id: dco,
        role: Role::Dco,
    };
    assert!(on_server.iter().all(|e| e.actor == dco_actor));
    let bodies: Vec<&EventBody> = on_server.iter().map(|e| &e.body).collect();
    let kinds: Vec<String> = bodies.iter().map(|b| format!("{:?}", b.kind())).collect();
    assert_eq!(
        kinds,
        [
            // The sign-in screen records the DCO's sign-in (§16).
            "StaffSignedIn",
            "SessionOpened",
            "CompactPresented",
            "CompactExplained",
            "CompactSigned",
            "CallCheckedIn",
            "AdultCheckRecorded",
            "CallerAdmitted",
            "CallStarted",
            "CallTerminated",
            "ReferredToSecurity",
            "IncidentReported",
            "ReferredToSecurity",
        ],
        "each step recorded exactly its event, in order"
    );
    // What the DCO did once signed in.
    let bodies = &bodies[1..];
    let arabic = LanguageTag::new("ar");
    assert!(matches!(bodies[0], EventBody::SessionOpened { detainee: d } if *d == detainee));
    assert!(
        matches!(bodies[1], EventBody::CompactPresented { detainee: d, language, .. } if *d == detainee && *language == arabic)
    );
    assert!(matches!(
        bodies[2],
        EventBody::CompactExplained {
            how: Explanation::ReadAloud {
                audio_completed: true
            },
            ..
        }
    ));
    let EventBody::CompactSigned {
        detainee: d,
        language,
        signature,
        version,
        ..
    } = bodies[3]
    else {
        panic!("the fourth event is the signature: {bodies:?}");
    };
    assert_eq!(
        (*d, language, &version.0[..]),
        (detainee, &arabic, "2026-11")
    );
    let points: usize = signature.strokes.iter().map(Vec::len).sum();
    assert!(
        !signature.strokes.is_empty() && points >= 5,
        "the finger's stroke was recorded as vectors ({points} points)"
    );
    assert!(signature.png_base64.len() > 100, "and as a rendered image");
    let call_steps: Vec<&EventBody> = bodies[4..].to_vec();
    assert!(matches!(call_steps[0], EventBody::CallCheckedIn { booking: b } if *b == booking));
    assert!(matches!(
        call_steps[1],
        EventBody::AdultCheckRecorded {
            recipient_is_adult: true,
            ..
        }
    ));
    assert!(matches!(call_steps[2], EventBody::CallerAdmitted { booking: b } if *b == booking));
    assert!(matches!(call_steps[3], EventBody::CallStarted { booking: b } if *b == booking));
    assert!(
        matches!(call_steps[4], EventBody::CallTerminated { booking: b, reason: r } if *b == booking && *r == reason)
    );
    assert!(matches!(
        call_steps[5],
        EventBody::ReferredToSecurity {
            source: ReferralSource::Termination(b)
        } if *b == booking
    ));
    let EventBody::IncidentReported {
        incident,
        booking: b,
        detainee: d,
        category: c,
        account,
    } = call_steps[6]
    else {
        panic!("then the incident report: {bodies:?}");
    };
    assert_eq!(
        (*b, *d, *c, account.as_str()),
        (Some(booking), Some(detainee), category, ACCOUNT)
    );
    assert!(matches!(
        call_steps[7],
        EventBody::ReferredToSecurity {
            source: ReferralSource::Incident(i)
        } if i == incident
    ));
    assert_eq!(bodies.len(), 12, "nothing else was recorded: {bodies:?}");

    // The server's fold agrees, and the incident went to security.
    let centre = rt.block_on(server.server.centre()).unwrap();
    assert!(matches!(
        centre.detainee(detainee).compact,
        CompactFlow::Signed { .. }
    ));
    assert!(matches!(
        centre.calls[&booking].phase,
        CallPhase::Finished { .. }
    ));
    assert!(centre.incidents.contains_key(incident));

    // The tablet's encrypted store, reopened after the app exited: the same events, all sent.
    let store = Store::open(&StoreConfig::new(
        dir.join("tablet.db"),
        KeySource::File(dir.join("tablet.key")),
        device,
    ))
    .unwrap();
    let own: Vec<_> = store
        .events()
        .unwrap()
        .into_iter()
        .filter(|e| e.device == device)
        .collect();
    assert_eq!(own, on_server, "the store holds what the server holds");
    assert_eq!(store.queue_len().unwrap(), 0);
    assert!(store.verify_chain().unwrap() >= own.len() as u64);
    drop(store);

    // Portrait: every_screen_opens_at_its_top_with_title_main_action_and_staff_bar_in_view_….
    drop(x);
    // The app's logs (ids only): neither the detainee's name nor what the DCO wrote.
    let logs = std::fs::read_to_string(dir.join("app-1280x800.log")).unwrap();
    assert!(
        logs.contains("tablet enrolled"),
        "the app logs what it does"
    );
    for secret in ["Haddad", ACCOUNT] {
        assert!(!logs.contains(secret), "the app's log holds {secret:?}");
    }
    // PNGs only: other tests keep their screenshots in folders beside these (console/).
    let pngs = || {
        std::fs::read_dir(&shots)
            .unwrap()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "png"))
            .count()
    };
    assert_eq!(pngs(), 16, "a PNG of every screen in {}", shots.display());
    eprintln!(
        "app e2e: {} screenshots in {}, {:.1} s",
        pngs(),
        shots.display(),
        started.elapsed().as_secs_f64()
    );
}

/// The DCO of the development centre a `dev_seed` store holds (`StoreBackend::seed_dev_centre`).
const DEV_DCO: (&str, &str) = ("D1234", "2468");

/// A tablet store for the layout test, on its own, with no server: the development centre
/// (`dev_seed`), a slot under way now, and two calls booked in it — Piotr Nowak's (he reads
/// Polish and English well enough, so he may read the compact himself) and Amal Haddad's.
/// Returns the config file and Piotr's slot.
fn layout_store(dir: &Path, text_size: u16) -> (PathBuf, DateTime<Utc>) {
    use kinline_app::ui::{StoreBackend, TabletConfig};
    use kinline_shared::actor::Actor;
    let device = DeviceId(uuid::Uuid::now_v7());
    let config = dir.join("tablet.toml");
    std::fs::write(
        &config,
        format!(
            "store = {:?}\ndevice = \"{device}\"\nkey_file = {:?}\ndev_seed = true\ntext_size = {text_size}\n",
            dir.join("tablet.db"),
            dir.join("tablet.key"),
        ),
    )
    .unwrap();
    let backend = StoreBackend::from_config(&TabletConfig::load(&config).unwrap()).unwrap();
    let now = Utc::now();
    let (schedule, slot) = schedule_with_a_slot_under_way(now)
        .expect("no slot today holds the test's call: run it before 23:50 London time");
    let admin = Actor::Staff {
        id: StaffId(uuid::Uuid::now_v7()),
        role: Role::Administrator,
    };
    let roster = backend
        .store()
        .reference_items(kinline_app::store::ReferenceKind::Roster)
        .unwrap();
    let id_of = |name: &str| {
        roster
            .iter()
            .find_map(|i| match i {
                ReferenceItem::RosterEntry {
                    detainee, name: n, ..
                } if n == name => Some(*detainee),
                _ => None,
            })
            .unwrap()
    };
    let mut store = backend.store();
    store
        .record(
            admin,
            EventBody::CentreScheduleChanged { schedule },
            now,
            [1; 10],
        )
        .unwrap();
    let mut amal_call = None;
    for (n, name) in ["Piotr Nowak", "Amal Haddad"].into_iter().enumerate() {
        let booking = BookingId(uuid::Uuid::now_v7());
        store
            .record(
                admin,
                EventBody::CallBooked {
                    booking,
                    detainee: id_of(name),
                    kind: CallKind::Social,
                    slot_start: slot,
                },
                now,
                [2 + n as u8; 10],
            )
            .unwrap();
        amal_call = Some(booking);
    }
    // Amal's access suspended (§17) on an incident in her call, so her page offers the
    // written notice.
    let amal = id_of("Amal Haddad");
    let incident = kinline_shared::ids::IncidentId(uuid::Uuid::now_v7());
    let staff = |role| Actor::Staff {
        id: StaffId(uuid::Uuid::now_v7()),
        role,
    };
    store
        .record(
            staff(Role::Dco),
            EventBody::IncidentReported {
                incident,
                booking: amal_call,
                detainee: Some(amal),
                category: IncidentCategory::Recording,
                account: ACCOUNT.into(),
            },
            now,
            [5; 10],
        )
        .unwrap();
    store
        .record(
            staff(Role::CentreManager),
            EventBody::SuspensionDecided {
                suspension: kinline_shared::ids::SuspensionId(uuid::Uuid::now_v7()),
                detainee: amal,
                reason: kinline_shared::model::SuspensionReason::BreachOfAcceptableUse,
                reasons: "You recorded a video call with a second phone.".into(),
                evidence: vec![kinline_shared::model::Evidence::Incident(incident)],
                until: Some(now + chrono::Duration::days(5)),
                security_report: None,
                not_a_sanction: true,
            },
            now,
            [6; 10],
        )
        .unwrap();
    (config, slot)
}

impl Tablet {
    /// The layout once the screen `screen` is shown, checked as a person meets it: opened at
    /// its top, its title (its first heading, or the compact's first sentence) and the staff
    /// bar (in detainee mode the staff PIN box) at the top of the window, and each of `main`
    /// (its main actions) in view without scrolling, out from under any bar.
    fn opens(&mut self, screen: &str, main: &[&str], shot: Option<&str>) -> Layout {
        self.shows(screen, true, main, shot)
    }

    /// [`Tablet::opens`] for the next step of a screen already open (the call's): the staff
    /// bar and the step's main actions in view, wherever the page was scrolled.
    fn steps(&mut self, screen: &str, main: &[&str], shot: Option<&str>) -> Layout {
        self.shows(screen, false, main, shot)
    }

    fn shows(&mut self, screen: &str, new: bool, main: &[&str], shot: Option<&str>) -> Layout {
        let l = self.wait_for(&format!("the {screen} screen with {main:?}"), |l| {
            l.screen == screen && main.iter().all(|m| l.find(|e| matches(e, m)).is_some())
        });
        let context = || format!("{screen} at {}x{}: {}", l.width, l.height, l.text());
        if new {
            assert!(
                l.scroll_y.abs() < 0.5,
                "{} opened scrolled by {} px",
                context(),
                l.scroll_y
            );
            let title = l
                .find(|e| e.tag == "h1" || e.class.contains("sentence"))
                .unwrap_or_else(|| panic!("no title: {}", context()));
            assert!(
                l.in_view(&title),
                "the title {title:?} is out of view: {}",
                context()
            );
        }
        if screen != "sign-in" && screen != "locked" {
            let bar = l
                .find(is_bar)
                .unwrap_or_else(|| panic!("no staff bar: {}", context()));
            assert!(
                bar.y.abs() < 0.5 && bar.h < l.height / 2.0,
                "the staff bar {bar:?} is not at the top: {}",
                context()
            );
        }
        for m in main {
            let e = l.find(|e| matches(e, m)).unwrap();
            assert!(
                l.in_view(&e),
                "the main action {e:?} is out of view: {}",
                context()
            );
        }
        if let Some(name) = shot {
            self.screenshot(name, &l);
        }
        l
    }

    /// Scrolls the page down with the mouse wheel; the staff bar (or PIN box) and the main
    /// action bar stay where they were.
    fn scroll_down_and_check_the_bars_stay(&self, l: &Layout) -> Layout {
        self.wheel(l, false, 10);
        let scrolled = self.wait_for("the page scrolled, or nothing to scroll", |n| {
            n.revision > l.revision + 1
        });
        for e in scrolled
            .elements
            .iter()
            .filter(|e| is_bar(e) || is_pinned(e))
        {
            let before = l
                .find(|b| b.class == e.class && b.tag == e.tag)
                .unwrap_or_else(|| panic!("{e:?} appeared on scrolling"));
            assert!(
                (before.y - e.y).abs() < 0.5,
                "{e:?} moved from {} px when the page scrolled by {} px",
                before.y,
                scrolled.scroll_y
            );
        }
        scrolled
    }
}

/// An element by `#id`, else by its text.
fn matches(e: &El, what: &str) -> bool {
    match what.strip_prefix('#') {
        Some(id) => e.id == id,
        None => e.tag == "button" && e.text.contains(what),
    }
}

/// One launch of the app at one window size and text size: every screen a DCO goes through
/// with a detainee, each checked as it opens ([`Tablet::opens`]), and the read-aloud's
/// highlight followed into view.
fn layout_walk(bin: &Path, x: &Xvfb, size: &str, text_size: u16, shots: &Path) {
    let dir = server_harness::temp_dir(&format!("kinline-layout-{size}-{text_size}"));
    let (config, slot) = layout_store(&dir, text_size);
    let tag = format!("{size}-{text_size}");
    let mut tab = Tablet::launch(bin, x, &config, &dir, size, shots);
    tab.shot = 0;
    let shot = |name: &str| format!("{tag}-{name}");
    let staff = kinline_shared::languages::find(kinline_app::ui::text::STAFF_LANGUAGE).unwrap();

    tab.opens("sign-in", &[t("sign-in")], None);
    tab.type_into("staff-number", DEV_DCO.0);
    tab.type_into("pin", DEV_DCO.1);
    tab.click_text(t("sign-in"));

    // Today's calls; cancelling one opens at its top with its choices in view.
    let l = tab.opens("today", &[], None);
    tab.scroll_down_and_check_the_bars_stay(&l);
    tab.click_text(t("cancel-call"));
    tab.opens("cancel", &[t("cancel-confirm"), t("cancel-keep")], None);
    tab.click_text(t("cancel-keep"));

    // Amal's written notice of her suspension, its recording pinned in view.
    tab.click_text(t("nav-find"));
    tab.opens("find", &["#search"], None);
    tab.type_into("search", "Haddad");
    tab.click_text("Amal Haddad");
    tab.opens("detainee", &[t("book-call")], None);
    tab.click_text(t("open-notice"));
    tab.opens("notice", &[t("notice-record-given")], None);

    // Piotr's page, scrolled down, then the booking form and back: each opens at its top.
    tab.click_text(t("nav-find"));
    tab.opens("find", &["#search"], None);
    tab.type_into("search", "Nowak");
    tab.click_text("Piotr Nowak");
    let l = tab.opens("detainee", &[t("go-through-compact"), t("book-call")], None);
    tab.scroll_down_and_check_the_bars_stay(&l);
    tab.click_text(t("book-call"));
    let l = tab.opens("booking", &[t("booking-confirm"), t("booking-back")], None);
    tab.scroll_down_and_check_the_bars_stay(&l);
    tab.click_text(t("booking-back"));
    tab.opens("detainee", &[t("go-through-compact")], None);
    tab.click_text(t("go-through-compact"));
    tab.opens("compact-language", &["(Polish)"], None);
    // The compact in Arabic (right to left) and in Tigrinya (Ethiopic) first, for a person to
    // look at in both scripts: each opens at its top with the reader's controls and the staff
    // PIN box in view; the DCO's PIN brings the tablet back to Piotr's page.
    for (tag, name) in [("ar", "(Arabic)"), ("ti", "(Tigrinya)")] {
        tab.click_text(name);
        tab.opens(
            "compact",
            &["#i-read-it", "#go-to-signature"],
            Some(&shot(&format!("compact-{tag}"))),
        );
        tab.type_into("unlock-pin", DEV_DCO.1);
        tab.click_text(t("unlock"));
        tab.opens("detainee", &[t("go-through-compact")], None);
        tab.click_text(t("go-through-compact"));
        tab.opens("compact-language", &["(Polish)"], None);
    }
    tab.click_text("(Polish)");

    // The compact in detainee mode: the staff PIN box at the top, the reader's controls at the
    // bottom, and the sentence read aloud always between them, the page scrolling to it.
    let l = tab.opens(
        "compact",
        &["#read-aloud", "#i-read-it"],
        Some(&shot("compact")),
    );
    let sentences = l
        .elements
        .iter()
        .filter(|e| e.class.contains("sentence"))
        .count();
    tab.click("the read-aloud button", |e| e.id == "read-aloud");
    let mut revision = l.revision;
    let mut heard = BTreeSet::new();
    loop {
        let l = tab.newer_than(revision);
        revision = l.revision;
        let read: Vec<&El> = l
            .elements
            .iter()
            .filter(|e| e.class.contains("sentence"))
            .collect();
        if let Some(i) = read.iter().position(|e| e.class.contains("current")) {
            assert!(
                l.in_view(read[i]) || read[i].h > l.band().1 - l.band().0,
                "{tag}: sentence {i} read aloud is out of view at {:?} (band {:?}, scrolled {})",
                read[i],
                l.band(),
                l.scroll_y
            );
            // Read past the first screenful: the page has scrolled to follow it.
            if heard.insert(i) && l.scroll_y > 100.0 && heard.len() >= 3 {
                tab.screenshot(&shot("compact-reading"), &l);
                break;
            }
        }
        assert!(
            heard.len() < sentences,
            "{tag}: the compact was read to its end and never scrolled"
        );
    }
    tab.click("I read it myself", |e| e.id == "i-read-it");

    // The signature: the pad, and the witness's PIN and button pinned in view.
    let l = tab.opens("signature", &["#witness-pin", "#witness-record"], None);
    let pad = l.find(|e| e.id == "signature-pad").unwrap();
    let (top, bottom) = l.band();
    let (y0, y1) = (pad.y.max(top) + 10.0, (pad.y + pad.h).min(bottom) - 10.0);
    assert!(
        y1 - y0 > 40.0,
        "{tag}: too little of the pad is in view: {pad:?}, band {top}..{bottom}"
    );
    let points: Vec<(f64, f64)> = (0..=30)
        .map(|i| {
            let f = f64::from(i) / 30.0;
            (
                pad.x + pad.w * (0.1 + 0.8 * f),
                y0 + (y1 - y0) * (0.5 - 0.4 * (f * 9.0).sin()),
            )
        })
        .collect();
    tab.drag(&points);
    tab.wait_for("a stroke on the pad", |l| {
        l.find(|e| e.id == "undo-stroke" && !e.disabled).is_some()
    });
    tab.type_into("witness-pin", DEV_DCO.1);
    tab.click("the witness button", |e| e.id == "witness-record");

    // The call: each step's buttons in view below the title, the adult check and admission
    // included, and ending with a reason.
    tab.wait_for("the signed compact", |l| {
        l.screen == "detainee" && l.text().contains(t("compact-signed"))
    });
    tab.click_text(&kinline_app::i18n::date_time(staff, slot));
    tab.opens("call", &[t("call-checkin")], None);
    tab.click_text(t("call-checkin"));
    tab.steps(
        "call",
        &["#adult-yes", "#adult-no"],
        Some(&shot("call-adult-check")),
    );
    tab.click("the adult check", |e| e.id == "adult-yes");
    tab.steps("call", &["#admit"], None);
    tab.click("the admit button", |e| e.id == "admit");
    tab.steps("call", &[t("start-call")], None);
    tab.click_text(t("start-call"));
    tab.steps(
        "call",
        &[t("end-call-finished")],
        Some(&shot("call-in-progress")),
    );
    tab.click_text(termination_reason(TerminationReason::Recording));
    tab.steps("call", &["#confirm-end", "#keep-call"], None);
    tab.click("the confirmation", |e| e.id == "confirm-end");
    tab.opens("incident", &[t("incident-save")], None);
    tab.close();
}

#[test]
fn every_screen_opens_at_its_top_with_title_main_action_and_staff_bar_in_view_at_both_orientations()
{
    let started = Instant::now();
    let bin = app_binary();
    let shots = target_dir().join("screenshots").join("layout");
    std::fs::create_dir_all(&shots).unwrap();
    for old in std::fs::read_dir(&shots).unwrap().flatten() {
        let _ = std::fs::remove_file(old.path());
    }
    let x = Xvfb::start(1280, 1280);
    // At the usual text size and at the largest a tablet's config sets (`text_size = 200`).
    for (size, text_size) in [
        ("1280x800", 100),
        ("800x1280", 100),
        ("1280x800", 200),
        ("800x1280", 200),
    ] {
        let one = Instant::now();
        layout_walk(&bin, &x, size, text_size, &shots);
        eprintln!(
            "layout e2e: {size} at {text_size} %: {:.1} s",
            one.elapsed().as_secs_f64()
        );
    }
    eprintln!(
        "layout e2e: {:.1} s in all",
        started.elapsed().as_secs_f64()
    );
}
