//! The tablet store crash test: a child process (`crash_child`) appends events in a loop and
//! prints `committed <id>` after each commit; we SIGKILL it at random points, then reopen the
//! store and check that it is sound and holds every reported event exactly once. Used by the
//! integration test (200 kills) and by `cargo xtask crash --runs N`.

use kinline_app::store::{KeySource, Store, StoreConfig};
use kinline_shared::ids::{DeviceId, EventId};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use uuid::Uuid;

/// Kills per database file: a fresh store every so often also crashes its creation.
const KILLS_PER_STORE: u32 = 20;

/// The device id of the crash child's tablet.
pub fn crash_device() -> DeviceId {
    DeviceId(Uuid::from_u128(0xC4A5_0000_0000_0000_0000_0000_0000_0001))
}

/// The store config the child and the checker share for store number `n` in `dir`.
pub fn crash_config(dir: &Path, n: u32) -> StoreConfig {
    StoreConfig::new(
        dir.join(format!("tablet-{n}.db")),
        KeySource::File(dir.join(format!("tablet-{n}.key"))),
        crash_device(),
    )
}

/// What a crash run found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CrashReport {
    /// Times the child was killed.
    pub kills: u32,
    /// Commits the child reported.
    pub reported: u64,
    /// Reported events missing after a kill.
    pub lost: u64,
    /// Reported events found more than once.
    pub duplicated: u64,
    /// Whether every reopen passed `PRAGMA integrity_check` and the chain check.
    pub integrity_ok: bool,
}

impl std::fmt::Display for CrashReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "crash: {} kills, {} lost, {} duplicated, integrity {}",
            self.kills,
            self.lost,
            self.duplicated,
            if self.integrity_ok { "ok" } else { "FAILED" }
        )
    }
}

/// A small deterministic generator (SplitMix64), so a failing run can be replayed by seed.
#[derive(Clone, Debug)]
pub struct SplitMix(u64);

impl SplitMix {
    /// Seeded.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// A seed from the clock and the process id.
    pub fn seed_from_time() -> u64 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        nanos ^ (u64::from(std::process::id()) << 32)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// A directory removed when dropped.
#[derive(Debug)]
pub struct ScratchDir(PathBuf);

impl ScratchDir {
    /// A new empty directory under the system temp dir.
    pub fn new(name: &str) -> Self {
        let unique = SplitMix::new(SplitMix::seed_from_time()).next_u64();
        let dir = std::env::temp_dir().join(format!("kinline-{name}-{unique:016x}"));
        std::fs::create_dir_all(&dir).expect("create a scratch directory");
        Self(dir)
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Kills the child `kills` times at random points and checks the store after each kill.
/// `progress` is called after each check. Returns the report, or what went wrong with the run
/// itself (a child that failed on its own).
pub fn run(
    child: &Path,
    dir: &Path,
    kills: u32,
    seed: u64,
    mut progress: impl FnMut(&CrashReport),
) -> Result<CrashReport, String> {
    let mut rng = SplitMix::new(seed);
    let mut report = CrashReport {
        integrity_ok: true,
        ..CrashReport::default()
    };
    // Per store: every id the child reported, and how often.
    let mut reported: BTreeMap<u32, HashMap<EventId, u32>> = BTreeMap::new();
    let mut bad = Bad::default();
    for run in 0..kills {
        let n = run / KILLS_PER_STORE;
        let config = crash_config(dir, n);
        // Kill after 0..24 reported commits: the child is by then somewhere in a later write.
        let wait_for = rng.below(25);
        let mut proc = Command::new(child)
            .arg(&config.path)
            .arg(match &config.key {
                KeySource::File(p) => p.as_os_str(),
                KeySource::Keyring { .. } => unreachable!("the crash test uses a key file"),
            })
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("could not start the crash child {}: {e}", child.display()))?;
        let stdout = proc.stdout.take().ok_or("the child has no stdout")?;
        let mut lines = BufReader::new(stdout);
        let ids = reported.entry(n).or_default();
        let mut seen = 0;
        let mut line = String::new();
        let mut ended = false;
        while seen < wait_for {
            line.clear();
            if lines.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
                ended = true;
                break;
            }
            if let Some(id) = parse_committed(&line)? {
                *ids.entry(id).or_default() += 1;
                seen += 1;
            }
        }
        // std's Child::kill is SIGKILL on Unix: no destructor, no flush, no clean close.
        let _ = proc.kill();
        let status = proc.wait().map_err(|e| e.to_string())?;
        // Lines the child wrote before it died are reported commits too.
        let mut rest = String::new();
        lines.read_to_string(&mut rest).map_err(|e| e.to_string())?;
        for l in rest.lines() {
            if let Some(id) = parse_committed(l)? {
                *ids.entry(id).or_default() += 1;
            }
        }
        if ended {
            let mut err = String::new();
            if let Some(mut e) = proc.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            return Err(format!(
                "the crash child stopped on its own ({status}) before it was killed: {err}"
            ));
        }
        report.kills += 1;
        check(&config, ids, &mut bad, &mut report)?;
        report.lost = bad.lost.len() as u64;
        report.duplicated = bad.duplicated.len() as u64;
        progress(&report);
    }
    report.reported = reported.values().map(|m| m.len() as u64).sum();
    Ok(report)
}

fn parse_committed(line: &str) -> Result<Option<EventId>, String> {
    let line = line.trim();
    match line.strip_prefix("committed ") {
        Some(id) => id
            .parse()
            .map(Some)
            .map_err(|_| format!("the child printed a bad id: {line}")),
        None => Ok(None),
    }
}

/// The distinct events found missing or doubled so far.
#[derive(Default)]
struct Bad {
    lost: HashSet<EventId>,
    duplicated: HashSet<EventId>,
}

/// Reopens the store as the tablet would after the crash, and checks it.
fn check(
    config: &StoreConfig,
    reported: &HashMap<EventId, u32>,
    bad: &mut Bad,
    report: &mut CrashReport,
) -> Result<(), String> {
    if !config.path.exists() {
        // Killed before the store was created: nothing can have been reported.
        bad.lost.extend(reported.keys().copied());
        return Ok(());
    }
    let store = Store::open(config).map_err(|e| format!("the store did not reopen: {e}"))?;
    let integrity = store.integrity_check().map_err(|e| e.to_string())?;
    let chain = store.verify_chain();
    let queue = store.queue_len().map_err(|e| e.to_string())?;
    if integrity != "ok" || chain.is_err() || queue != store.head_index() {
        eprintln!(
            "crash check failed: integrity {integrity}, chain {chain:?}, outbox {queue} of {} events",
            store.head_index()
        );
        report.integrity_ok = false;
    }
    let mut counts: HashMap<EventId, u32> = HashMap::new();
    for id in store.event_ids().map_err(|e| e.to_string())? {
        *counts.entry(id).or_default() += 1;
    }
    for (id, times) in reported {
        match counts.get(id).copied().unwrap_or(0) {
            0 => {
                bad.lost.insert(*id);
            }
            1 if *times == 1 => {}
            _ => {
                bad.duplicated.insert(*id);
            }
        }
    }
    Ok(())
}
