//! The real [`Backend`]: the screens over the encrypted tablet [`Store`]. Everything is recorded
//! through [`Store::record`] (which runs the rulebook and commits before it returns); the
//! folded [`Centre`] is the store's; sign-in is checked offline against the staff credentials
//! the server sent down (Argon2id PHC strings, never PINs); the sync status is the store's
//! outbox; "Sync now" runs the sync client against the configured server.
//!
//! [`TabletConfig`] is the desktop binary's typed config (a TOML file): where the store is,
//! where its key is, which device this is and which server it syncs with.

use super::backend::{
    Backend, CompactText, ReadError, RecordError, RosterEntry, SignInError, StaffSession,
    SyncError, SyncStatus,
};
use super::memory::MAX_PIN_ATTEMPTS;
use crate::store::{KeySource, ReferenceKind, Store, StoreConfig, StoreError, fresh_random};
use crate::sync::SyncClient;
use crate::sync::{Nudge, Nudger, SyncAgent, SyncPolicy};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use chrono::{DateTime, NaiveTime, Utc};
use kinline_screens::effect::{Done, Effect, Worker};
use kinline_shared::actor::{Actor, Role};
use kinline_shared::contact::CallerContact;
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, EventId, StaffId};
use kinline_shared::model::{CompactVersion, LanguageTag, OpeningWindow, Schedule};
use kinline_shared::projection::Centre;
use kinline_shared::sync::ReferenceItem;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;
use tokio::sync::watch;
use uuid::Uuid;

/// Why the tablet config could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error(
        "the config file {path} could not be read ({source}); check the path in KINLINE_CONFIG or --config"
    )]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid config.
    #[error("the config file is not valid: {0}. See app/src/ui/store_backend.rs for its fields")]
    Invalid(String),
}

/// Why the tablet could not be enrolled on its first start.
#[derive(Debug, thiserror::Error)]
pub enum EnrolError {
    /// The store could not be opened or read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// An enrolment code without a server to give it to.
    #[error("the config has an enrolment_code but no server; add the centre server's address")]
    NoServer,
    /// The server did not take the code.
    #[error("the tablet could not be enrolled: {0}")]
    Refused(String),
    /// Enrolled, but the first sync (which brings the staff credentials) failed.
    #[error(
        "the tablet is enrolled but its first sync failed ({0}); check the network and start it again"
    )]
    FirstSync(SyncError),
}

/// The tablet's typed config, from a TOML file:
///
/// ```toml
/// store = "/var/lib/kinline/tablet.db"
/// device = "0190f5a2-0000-7000-8000-000000000001"
/// key_file = "/var/lib/kinline/tablet.key"   # development only; else the platform secret store
/// server = "https://kinline.centre.internal:8443"   # optional: "Sync now" needs it
/// server_ca = "/etc/kinline/centre-ca.pem"          # optional: trust this certificate too
/// enrolment_code = "3f9a1-c07d2-…"                  # optional: enrol on first start
/// sync_interval_secs = 60                           # optional: background sync timer
/// call_bind = "192.168.10.20"                       # optional: the call media's address
/// retention_days = 30                               # optional
/// dev_seed = true                                   # optional: a demo centre in an empty store
/// text_size = 150                                   # optional: percent of the usual text size
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TabletConfig {
    /// The store's file, key, device and retention.
    pub store: StoreConfig,
    /// The centre server's base URL, if this tablet syncs.
    pub server: Option<String>,
    /// A certificate (PEM) to trust for the server besides the system's roots: the centre's
    /// own CA, or the demo's development certificate.
    pub server_ca: Option<PathBuf>,
    /// Seed an empty store with a development centre (staff, schedule, compact, roster).
    pub dev_seed: bool,
    /// A one-time enrolment code from the centre's administrator: on the first start (a store
    /// that has never synced) the tablet registers its own Ed25519 key with it, then syncs.
    pub enrolment_code: Option<String>,
    /// How often the background sync runs when nothing nudges it (`sync_interval_secs`,
    /// default 60 s).
    pub sync_interval: Duration,
    /// The address the call's media is gathered on (`call_bind`; default every interface, so
    /// a tablet on Wi-Fi reaches the caller; a test keeps its calls on `127.0.0.1`).
    pub call_bind: std::net::IpAddr,
    /// How large the window's text is, in percent of the usual size (`text_size`, 100 to 200,
    /// default 100): the root font size every text of the screens is relative to.
    pub text_size: u16,
}

/// The text sizes a tablet may be set to, in percent (WCAG 1.4.4: up to 200 %).
pub const TEXT_SIZES: std::ops::RangeInclusive<u16> = 100..=200;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    store: PathBuf,
    device: String,
    key_file: Option<PathBuf>,
    keyring_service: Option<String>,
    server: Option<String>,
    server_ca: Option<PathBuf>,
    retention_days: Option<u32>,
    #[serde(default)]
    dev_seed: bool,
    enrolment_code: Option<String>,
    sync_interval_secs: Option<u64>,
    call_bind: Option<std::net::IpAddr>,
    text_size: Option<u16>,
}

impl TabletConfig {
    /// Parses the TOML text of a config file.
    pub fn from_toml(text: &str) -> Result<Self, ConfigError> {
        let raw: RawConfig =
            toml::from_str(text).map_err(|e| ConfigError::Invalid(e.message().to_owned()))?;
        let device: DeviceId = raw.device.parse().map_err(|_| {
            ConfigError::Invalid(format!("device \"{}\" is not a UUID", raw.device))
        })?;
        let key = match raw.key_file {
            Some(path) => KeySource::File(path),
            None => KeySource::Keyring {
                service: raw.keyring_service.unwrap_or_else(|| "kinline".to_owned()),
                user: device.to_string(),
            },
        };
        let text_size = raw.text_size.unwrap_or(100);
        if !TEXT_SIZES.contains(&text_size) {
            return Err(ConfigError::Invalid(format!(
                "text_size {text_size} is not between 100 and 200 (percent of the usual size)"
            )));
        }
        let mut store = StoreConfig::new(raw.store, key, device);
        if let Some(days) = raw.retention_days {
            store.retention_days = days;
        }
        Ok(Self {
            store,
            server: raw.server,
            server_ca: raw.server_ca,
            dev_seed: raw.dev_seed,
            enrolment_code: raw.enrolment_code.filter(|c| !c.trim().is_empty()),
            sync_interval: Duration::from_secs(raw.sync_interval_secs.unwrap_or(60).max(1)),
            call_bind: raw
                .call_bind
                .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED)),
            text_size,
        })
    }

    /// Reads and parses a config file.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::from_toml(&text)
    }
}

/// The staff number a synced credential is signed in with and shown by: the number the
/// administrator issued, or for a credential from a server before numbers the first 8
/// characters of the staff id ([`kinline_shared::people::derived_staff_number`]).
pub fn staff_number(id: StaffId, issued: &str) -> String {
    let issued = issued.trim();
    if issued.is_empty() {
        kinline_shared::people::derived_staff_number(id)
    } else {
        issued.to_ascii_uppercase()
    }
}

/// An Argon2id PHC string for `secret` (what the server sends down; used to seed a store).
pub fn hash_pin(secret: &str) -> Result<String, StoreError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| StoreError::Io {
        what: "read random bytes from the operating system",
        source: std::io::Error::other(e.to_string()),
    })?;
    let salt = SaltString::encode_b64(&salt).map_err(|_| StoreError::Damaged {
        what: "a PIN salt".to_owned(),
    })?;
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| StoreError::Damaged {
            what: "a PIN hash".to_owned(),
        })
}

fn verify_pin(phc: &str, pin: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| {
        Argon2::default()
            .verify_password(pin.as_bytes(), &h)
            .is_ok()
    })
}

struct Credential {
    session: StaffSession,
    secret_hash: String,
}

/// The screens over the encrypted store.
///
/// The store is shared (`Arc<Mutex<Store>>`) with the background sync ([`SyncAgent`]) once
/// [`StoreBackend::start_background_sync`] runs it: then sync happens on its own thread, on a
/// timer and at once after each record, and "Sync now" only asks it to look (the screens never
/// wait for the network). Without it (tests, `--no-window`), "Sync now" runs one round and
/// returns when it is done. The folded [`Centre`] the screens read is a copy refreshed after
/// each record and each finished round.
pub struct StoreBackend {
    store: Arc<Mutex<Store>>,
    centre: Centre,
    /// The synced booking horizon, read with the fold.
    horizon_days: u32,
    client: Option<SyncClient>,
    background: Option<Background>,
    online: bool,
    last_sync: Option<DateTime<Utc>>,
    fixed_now: Option<DateTime<Utc>>,
    /// How many writes every backend over this store has made (the screens' own and their
    /// worker's): a backend whose count differs from `seen` refolds its copy.
    written: Arc<AtomicU64>,
    seen: u64,
}

/// The background sync as a backend sees it: a handle to nudge it and its status; the
/// screens' own backend also holds the agent and the runtime it runs on (a worker's copy
/// only links to them).
struct Background {
    nudger: Nudger,
    status: watch::Receiver<crate::sync::SyncStatus>,
    /// "Sync now" was asked and its round has not finished yet.
    asked: bool,
    running: Option<(SyncAgent, tokio::runtime::Runtime)>,
}

impl Background {
    /// A link to the same agent, for a worker.
    fn link(&self) -> Self {
        Self {
            nudger: self.nudger.clone(),
            status: self.status.clone(),
            asked: self.asked,
            running: None,
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some((agent, rt)) = self.running.take() {
            agent.nudge(Nudge::SyncNow);
            // Never blocks (the app may be inside its own async runtime when it closes).
            rt.shutdown_background();
            drop(agent);
        }
    }
}

/// The booking horizon the centre server last sent this tablet, else the default (an
/// unreadable row is the default too: booking still works, within the usual fortnight).
fn horizon_of(store: &Store) -> u32 {
    store
        .booking_horizon_days()
        .ok()
        .flatten()
        .unwrap_or(kinline_shared::booking::DEFAULT_HORIZON_DAYS)
}

impl std::fmt::Debug for StoreBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreBackend")
            .field("store", &self.store)
            .field("syncs", &self.client.is_some())
            .field("background", &self.background.is_some())
            .finish_non_exhaustive()
    }
}

/// Runs `fut` to completion on a thread of its own with a runtime of its own, so it works
/// from inside another async runtime (the desktop window's) as well as from plain code.
fn block_off_thread<F: std::future::Future + Send>(fut: F) -> F::Output
where
    F::Output: Send,
{
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map(|rt| rt.block_on(fut))
            })
            .join()
    })
    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    .unwrap_or_else(|e| panic!("a tokio runtime could not start: {e}"))
}

/// [`StoreBackend::device_auth`]: signs with the store's key, under the store's lock.
struct StoreAuth {
    device: DeviceId,
    store: Arc<Mutex<Store>>,
}

impl crate::call::DeviceAuth for StoreAuth {
    fn device(&self) -> DeviceId {
        self.device
    }
    fn sign(&self, bytes: &[u8]) -> [u8; 64] {
        self.store
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .sign(bytes)
    }
}

impl StoreBackend {
    /// Opens the store of `config` (creating it and its key if new). With `server`, "Sync now"
    /// pushes and pulls through the sync client; without, it reports the tablet offline.
    pub fn open(config: &StoreConfig, server: Option<&str>) -> Result<Self, StoreError> {
        Self::open_trusting(config, server, None)
    }

    /// [`Self::open`], trusting `ca_pem` (a PEM certificate) for the server as well.
    pub fn open_trusting(
        config: &StoreConfig,
        server: Option<&str>,
        ca_pem: Option<&[u8]>,
    ) -> Result<Self, StoreError> {
        let store = Store::open(config)?;
        let client = match server {
            Some(url) => Some(SyncClient::new(url, ca_pem).map_err(|e| StoreError::Io {
                what: "set up the sync client",
                source: std::io::Error::other(e.to_string()),
            })?),
            None => None,
        };
        Ok(Self::over(store, client))
    }

    /// The backend over an already open store, without a server.
    pub fn new(store: Store) -> Self {
        Self::over(store, None)
    }

    fn over(store: Store, client: Option<SyncClient>) -> Self {
        Self {
            centre: store.centre().clone(),
            horizon_days: horizon_of(&store),
            store: Arc::new(Mutex::new(store)),
            client,
            background: None,
            online: false,
            last_sync: None,
            fixed_now: None,
            written: Arc::new(AtomicU64::new(0)),
            seen: 0,
        }
    }

    /// Opens the store a [`TabletConfig`] names, seeding it first if `dev_seed` asks and it is
    /// empty. With an `enrolment_code` and a store that has never synced, enrols the store's
    /// own key with the server first and syncs once, so the staff credentials are there for
    /// the first sign-in.
    pub fn from_config(config: &TabletConfig) -> Result<Self, EnrolError> {
        let ca = match &config.server_ca {
            Some(path) => Some(std::fs::read(path).map_err(|source| StoreError::Io {
                what: "read the server certificate named by server_ca",
                source,
            })?),
            None => None,
        };
        let mut b = Self::open_trusting(&config.store, config.server.as_deref(), ca.as_deref())?;
        if let Some(code) = &config.enrolment_code
            && b.never_synced()?
        {
            b.enrol(code)?;
            b.sync_round().map_err(EnrolError::FirstSync)?;
        }
        if config.dev_seed && b.store().head_index() == 0 {
            b.seed_dev_centre()?;
        }
        Ok(b)
    }

    /// Whether nothing has come from a server yet (no pulled events, no reference data).
    fn never_synced(&self) -> Result<bool, StoreError> {
        Ok(self.store().pull_cursor()? == 0 && self.store().reference_cursor()? == 0)
    }

    /// Registers this tablet (its device id and the store's Ed25519 public key; the private
    /// key never leaves the store) with a one-time code. A device the server already knows
    /// (a first start that enrolled but could not finish its first sync) counts as enrolled.
    pub fn enrol(&mut self, code: &str) -> Result<(), EnrolError> {
        let Some(client) = &self.client else {
            return Err(EnrolError::NoServer);
        };
        let (device, key) = {
            let store = self.store();
            (store.device(), store.public_key())
        };
        match block_off_thread(client.enrol(code, device, key)) {
            Ok(_) => {
                tracing::info!(device = %device, "tablet enrolled");
                Ok(())
            }
            Err(crate::sync::SyncError::Server { code, .. }) if code == "device_exists" => Ok(()),
            Err(e) => Err(EnrolError::Refused(e.to_string())),
        }
    }

    /// The tablet's identity for the call signalling: its device id and the store's device
    /// key, which signs the socket's upgrade request (the key never leaves the store).
    pub fn device_auth(&self) -> Arc<dyn crate::call::DeviceAuth> {
        Arc::new(StoreAuth {
            device: self.store().device(),
            store: Arc::clone(&self.store),
        })
    }

    /// The store (shared with the background sync: hold it briefly).
    pub fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn store_mut(&mut self) -> MutexGuard<'_, Store> {
        self.store()
    }

    /// Counts a write by this backend (which refolded already), so every other backend over
    /// the store refolds at its next [`Backend::refresh`].
    fn wrote(&mut self) {
        self.seen = self.written.fetch_add(1, Ordering::AcqRel) + 1;
    }

    /// Takes a fresh copy of the store's fold for the screens.
    fn refold(&mut self) {
        let (centre, horizon) = {
            let store = self.store();
            (store.centre().clone(), horizon_of(&store))
        };
        self.centre = centre;
        self.horizon_days = horizon;
    }

    /// Starts the background sync on a thread of its own (the desktop app does this): a first
    /// round at once, then every `interval`, at once after each record and on "Sync now",
    /// with backoff while the server cannot be reached. Without a server it does nothing.
    pub fn start_background_sync(&mut self, interval: Duration) -> Result<(), StoreError> {
        let Some(client) = self.client.clone() else {
            return Ok(());
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("kinline-sync")
            .enable_all()
            .build()
            .map_err(|source| StoreError::Io {
                what: "start the background sync's runtime",
                source,
            })?;
        let policy = SyncPolicy {
            interval,
            ..SyncPolicy::default()
        };
        let agent = SyncAgent::spawn(client, Arc::clone(&self.store), policy, runtime.handle());
        self.background = Some(Background {
            nudger: agent.nudger(),
            status: agent.subscribe(),
            asked: false,
            running: Some((agent, runtime)),
        });
        Ok(())
    }

    /// One sync round, done before it returns (on a thread of its own).
    pub fn sync_round(&mut self) -> Result<SyncStatus, SyncError> {
        let Some(client) = &self.client else {
            self.online = false;
            return Err(SyncError::Offline);
        };
        let store = Arc::clone(&self.store);
        let result = block_off_thread(async move { client.sync_once(&store).await });
        self.refold();
        self.wrote();
        match result {
            Ok(report) => {
                tracing::info!(
                    pushed = report.pushed,
                    parked = report.parked,
                    pulled = report.pulled,
                    "synced"
                );
                self.online = true;
                self.last_sync = Some(self.now());
                self.sync_status().map_err(SyncError::Unreadable)
            }
            Err(e) => {
                tracing::warn!(error = %e, "sync failed; events stay in the outbox");
                self.online = false;
                Err(match e {
                    crate::sync::SyncError::Network(_) => SyncError::Offline,
                    _ => SyncError::Server,
                })
            }
        }
    }

    /// Fixes the clock at `now` (tests, screenshots); `None` follows the system clock.
    pub fn set_now(&mut self, now: Option<DateTime<Utc>>) {
        self.fixed_now = now;
    }

    /// Events the server refused, parked for staff.
    pub fn parked_len(&self) -> u64 {
        self.store().parked_len().unwrap_or(0)
    }

    /// Adds reference items as a sync would (keeps the current reference cursor).
    pub fn add_reference(&mut self, items: &[ReferenceItem]) -> Result<(), StoreError> {
        let now = self.now();
        let mut store = self.store_mut();
        let cursor = store.reference_cursor()?;
        store.apply_reference(items, cursor, now)
    }

    /// Adds a member of staff's credential as a sync would (the PIN is kept only as an
    /// Argon2id hash) and returns their session.
    pub fn add_staff(
        &mut self,
        id: StaffId,
        number: &str,
        role: Role,
        pin: &str,
    ) -> Result<StaffSession, StoreError> {
        let item = ReferenceItem::StaffCredential {
            staff: id,
            role,
            secret_hash: hash_pin(pin)?,
            active: true,
            number: number.to_owned(),
        };
        self.add_reference(&[item])?;
        Ok(session(id, role, number))
    }

    /// A development centre in an empty store: a DCO (staff number `D1234`, PIN 2468) and a
    /// centre manager (`M0001`, PIN 1357), the schedule, the compact and two detainees.
    pub fn seed_dev_centre(&mut self) -> Result<(), StoreError> {
        let dco = StaffId(Uuid::from_u128(0xd123_4000_0000_7000_8000_0000_0000_0001));
        let manager = StaffId(Uuid::from_u128(0xa000_0001_0000_7000_8000_0000_0000_0002));
        self.add_staff(dco, "D1234", Role::Dco, "2468")?;
        self.add_staff(manager, "M0001", Role::CentreManager, "1357")?;
        let admin = Actor::Staff {
            id: StaffId(Uuid::from_u128(0xad00_0001_0000_7000_8000_0000_0000_0003)),
            role: Role::Administrator,
        };
        let now = self.now();
        let from = kinline_shared::time::london_date(now) - chrono::Duration::days(1);
        let offered = crate::i18n::Compact::offered_languages();
        let mut proposals = vec![
            (
                admin,
                EventBody::CentreScheduleChanged {
                    schedule: Schedule::every_day(
                        vec![OpeningWindow {
                            start: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default(),
                            end: NaiveTime::from_hms_opt(20, 0, 0).unwrap_or_default(),
                        }],
                        30,
                        2,
                        from,
                    ),
                },
            ),
            (
                admin,
                EventBody::CompactVersionPublished {
                    version: CompactVersion("2026-11".into()),
                    languages: offered,
                },
            ),
        ];
        let mut roster = Vec::new();
        for (n, (name, reference, room, lang)) in [
            ("Amal Haddad", "A2847391", "B-12", "ar"),
            ("Piotr Nowak", "B5503187", "C-03", "pl"),
        ]
        .into_iter()
        .enumerate()
        {
            let detainee = DetaineeId(Uuid::from_u128(
                0xde00_0000_0000_7000_8000_0000_0000_0001 + n as u128,
            ));
            roster.push(ReferenceItem::RosterEntry {
                detainee,
                name: name.to_owned(),
                reference: reference.to_owned(),
                location: room.to_owned(),
                present: true,
            });
            proposals.push((
                admin,
                EventBody::DetaineeProfileUpdated {
                    detainee,
                    languages: vec![LanguageTag::new(lang)],
                    english_sufficient: lang == "pl",
                    control_measures: vec![],
                    imminent_removal: false,
                },
            ));
        }
        self.add_reference(&roster)?;
        self.store_mut()
            .record_batch(proposals, now, fresh_random()?)?;
        self.refold();
        Ok(())
    }

    /// The synced staff credentials; an error (not none) if the store cannot read them.
    fn credentials(&self) -> Result<Vec<Credential>, ReadError> {
        let items = self
            .store()
            .reference_items(ReferenceKind::StaffCredentials)
            .map_err(unreadable)?;
        Ok(items
            .into_iter()
            .filter_map(|i| match i {
                ReferenceItem::StaffCredential {
                    staff,
                    role,
                    secret_hash,
                    active: true,
                    number,
                } => Some(Credential {
                    session: session(staff, role, &number),
                    secret_hash,
                }),
                _ => None,
            })
            .collect())
    }
}

/// A store error as the screens show a failed read.
fn unreadable(e: StoreError) -> ReadError {
    ReadError(e.to_string())
}

/// What one PIN typed on the tablet came to.
enum PinTry {
    Right,
    Wrong { attempts_left: u8 },
    Locked,
}

impl StoreBackend {
    /// Checks `pin` against a synced verifier, counting wrong ones in the store: after
    /// `MAX_PIN_ATTEMPTS` the account is locked on this tablet — its verifier is not even
    /// tried — until the tablet syncs (DSO §16). A store that cannot count counts as locked.
    fn try_pin(&self, staff: StaffId, verifier: &str, pin: &str) -> PinTry {
        let mut store = self.store();
        match store.sign_in_failures(staff) {
            Ok(n) if n < MAX_PIN_ATTEMPTS => {}
            Ok(_) => return PinTry::Locked,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the wrong PINs counted");
                return PinTry::Locked;
            }
        }
        if verify_pin(verifier, pin) {
            if let Err(e) = store.clear_sign_in_failures(staff) {
                tracing::error!(error = %e, "cannot clear the wrong PINs counted");
            }
            return PinTry::Right;
        }
        match store.add_sign_in_failure(staff, self.now()) {
            Ok(n) if n < MAX_PIN_ATTEMPTS => PinTry::Wrong {
                attempts_left: MAX_PIN_ATTEMPTS - n,
            },
            Ok(_) => PinTry::Locked,
            Err(e) => {
                tracing::error!(error = %e, "cannot count a wrong PIN");
                PinTry::Locked
            }
        }
    }
}

/// A synced credential's session: the protocol carries no staff names, so the screens show
/// the staff number alone (never the id).
fn session(id: StaffId, role: Role, issued: &str) -> StaffSession {
    StaffSession {
        id,
        name: String::new(),
        number: staff_number(id, issued),
        role,
    }
}

impl Backend for StoreBackend {
    fn now(&self) -> DateTime<Utc> {
        // The server's time as the sync client learned it: a tablet whose clock is wrong
        // records on the centre's (its events then sort and sync as they happened).
        self.fixed_now.unwrap_or_else(|| {
            self.client
                .as_ref()
                .map_or_else(Utc::now, SyncClient::server_now)
        })
    }

    fn device(&self) -> DeviceId {
        self.store().device()
    }

    fn sign_in(&mut self, number: &str, pin: &str) -> Result<StaffSession, SignInError> {
        let all = self.credentials().map_err(SignInError::Unreadable)?;
        if all.is_empty() {
            return Err(SignInError::NoCredentials);
        }
        let typed = number.trim().to_ascii_uppercase();
        let mut matching = all.into_iter().filter(|c| {
            c.session.number == typed || c.session.id.to_string().eq_ignore_ascii_case(&typed)
        });
        let (Some(cred), None) = (matching.next(), matching.next()) else {
            return Err(SignInError::UnknownStaff);
        };
        let staff = cred.session.id;
        match self.try_pin(staff, &cred.secret_hash, pin) {
            PinTry::Right => {
                // The sign-in is an event (§16): the centre admits what the tablet records for
                // this member of staff only after it, until they sign out.
                let actor = Actor::Staff {
                    id: staff,
                    role: cred.session.role,
                };
                self.record(actor, EventBody::StaffSignedIn {})
                    .map_err(|e| SignInError::NotRecorded(e.to_string()))?;
                tracing::info!(staff = %staff, "signed in offline");
                Ok(cred.session)
            }
            PinTry::Wrong { attempts_left } => Err(SignInError::WrongPin { attempts_left }),
            PinTry::Locked => Err(SignInError::LockedOut),
        }
    }

    fn check_pin(&self, staff: StaffId, pin: &str) -> Result<bool, ReadError> {
        let Some(cred) = self
            .credentials()?
            .into_iter()
            .find(|c| c.session.id == staff)
        else {
            return Ok(false);
        };
        Ok(matches!(
            self.try_pin(staff, &cred.secret_hash, pin),
            PinTry::Right
        ))
    }

    fn sign_out(&mut self, staff: &StaffSession) {
        let actor = Actor::Staff {
            id: staff.id,
            role: staff.role,
        };
        if let Err(e) = self.record(actor, EventBody::StaffSignedOut {}) {
            tracing::error!(error = %e, "the sign-out could not be recorded");
        }
    }

    fn centre(&self) -> &Centre {
        &self.centre
    }

    fn events(&self) -> Result<Vec<Event>, ReadError> {
        self.store().events().map_err(unreadable)
    }

    fn roster(&self) -> Result<Vec<RosterEntry>, ReadError> {
        Ok(self
            .store()
            .reference_items(ReferenceKind::Roster)
            .map_err(unreadable)?
            .into_iter()
            .filter_map(|i| match i {
                ReferenceItem::RosterEntry {
                    detainee,
                    name,
                    reference,
                    location,
                    present: true,
                } => Some(RosterEntry {
                    id: detainee,
                    name,
                    reference,
                    room: location,
                }),
                _ => None,
            })
            .collect())
    }

    fn caller_label(&self, booking: BookingId) -> Result<Option<String>, ReadError> {
        let label = self.store().caller_label(booking).map_err(unreadable)?;
        Ok(label
            .filter(|l| !l.is_erased())
            .map(|l| format!("{} ({})", l.name, l.relationship)))
    }

    fn book(
        &mut self,
        actor: Actor,
        body: EventBody,
        contact: CallerContact,
    ) -> Result<Vec<EventId>, RecordError> {
        let now = self.now();
        let random = fresh_random().map_err(|e| RecordError::Storage(e.to_string()))?;
        let recorded = self.store_mut().book((actor, body), &contact, now, random);
        self.recorded(recorded)
    }

    fn book_again(
        &mut self,
        actor: Actor,
        body: EventBody,
        from: BookingId,
    ) -> Result<Vec<EventId>, RecordError> {
        let now = self.now();
        let random = fresh_random().map_err(|e| RecordError::Storage(e.to_string()))?;
        let recorded = self
            .store_mut()
            .book_again((actor, body), from, now, random);
        self.recorded(recorded)
    }

    fn record(&mut self, actor: Actor, body: EventBody) -> Result<Vec<EventId>, RecordError> {
        let now = self.now();
        let random = fresh_random().map_err(|e| RecordError::Storage(e.to_string()))?;
        let recorded = self.store_mut().record(actor, body, now, random);
        self.recorded(recorded)
    }

    fn sync_status(&self) -> Result<SyncStatus, ReadError> {
        let clock_off_minutes = self.client.as_ref().and_then(|c| {
            let off = c.clock_offset();
            (off.num_milliseconds().abs() > crate::sync::CLOCK_WARNING_MS)
                .then(|| off.num_minutes().abs())
        });
        let (waiting, parked) = {
            let store = self.store();
            (
                usize::try_from(store.queue_len().map_err(unreadable)?).unwrap_or(usize::MAX),
                store.parked_len().map_err(unreadable)?,
            )
        };
        Ok(match &self.background {
            Some(bg) => {
                let st = bg.status.borrow();
                SyncStatus {
                    online: st.online,
                    waiting,
                    last_sync: st.last_success,
                    parked,
                    syncing: st.syncing || bg.asked,
                    failed: st.last_error.as_ref().map(|_| {
                        if st.online {
                            SyncError::Server
                        } else {
                            SyncError::Offline
                        }
                    }),
                    clock_off_minutes,
                }
            }
            None => SyncStatus {
                online: self.online,
                waiting,
                last_sync: self.last_sync,
                parked,
                syncing: false,
                failed: None,
                clock_off_minutes,
            },
        })
    }

    /// With the background sync: asks it to sync now and returns at once (`syncing` is set
    /// until its round finishes; [`Backend::refresh`] notices). Without: one round, done.
    fn sync_now(&mut self) -> Result<SyncStatus, SyncError> {
        if let Some(bg) = &mut self.background {
            bg.status.borrow_and_update();
            bg.asked = true;
            bg.nudger.nudge(Nudge::SyncNow);
            return self.sync_status().map_err(SyncError::Unreadable);
        }
        self.sync_round()
    }

    fn refresh(&mut self) -> bool {
        let mut changed = false;
        let written = self.written.load(Ordering::Acquire);
        if written != self.seen {
            self.seen = written;
            self.refold();
            changed = true;
        }
        let Some(bg) = &mut self.background else {
            return changed;
        };
        if !bg.status.has_changed().unwrap_or(false) {
            return changed;
        }
        let syncing = bg.status.borrow_and_update().syncing;
        if !syncing {
            bg.asked = false;
            self.refold();
        }
        true
    }

    fn worker(&self) -> Option<Box<dyn Worker>> {
        Some(Box::new(Self {
            store: Arc::clone(&self.store),
            centre: self.centre.clone(),
            horizon_days: self.horizon_days,
            client: self.client.clone(),
            background: self.background.as_ref().map(Background::link),
            online: self.online,
            last_sync: self.last_sync,
            fixed_now: self.fixed_now,
            written: Arc::clone(&self.written),
            seen: self.seen,
        }))
    }

    fn booking_horizon_days(&self) -> u32 {
        self.horizon_days
    }

    fn compact(&self, language: &LanguageTag) -> Result<Option<CompactText>, ReadError> {
        let Some((version, _)) = self.centre().compact.as_ref() else {
            return Ok(None);
        };
        // The centre's own text of this version, if its server sent one; else the shipped one.
        let synced = self
            .store()
            .reference_items(ReferenceKind::CompactVersions)
            .map_err(unreadable)?
            .into_iter()
            .find_map(|i| match i {
                ReferenceItem::CompactText {
                    version: v,
                    language: l,
                    text,
                } if v == *version && l == *language => Some(text),
                _ => None,
            });
        Ok(CompactText::published(
            self.centre(),
            language,
            synced.as_deref(),
        ))
    }

    fn new_id(&mut self) -> Uuid {
        let mut random = [0u8; 10];
        if getrandom::fill(&mut random).is_err() {
            // The store's own random source; ids stay unique even if this fails too.
            random = fresh_random().unwrap_or_default();
        }
        let ms = u64::try_from(Utc::now().timestamp_millis()).unwrap_or_default();
        kinline_shared::ids::new_v7(ms, random)
    }
}

/// The screens' effects on a thread of their own: this backend's copy over the same store
/// (made by [`Backend::worker`]), which takes in what the background sync changed before each
/// one. The screens' own copy takes in its writes at their next [`Backend::refresh`].
impl Worker for StoreBackend {
    fn perform(&mut self, effect: Effect) -> Done {
        self.refresh();
        kinline_screens::effect::perform(self, effect)
    }
}

impl StoreBackend {
    /// What a recording did, as the screens see it: the fold refreshed and the background
    /// sync nudged, or the refusal.
    fn recorded(
        &mut self,
        recorded: Result<Vec<Event>, StoreError>,
    ) -> Result<Vec<EventId>, RecordError> {
        match recorded {
            Ok(events) => {
                self.refold();
                self.wrote();
                if let Some(bg) = &self.background {
                    bg.nudger.nudge(Nudge::Recorded);
                }
                Ok(events.iter().map(|e| e.id).collect())
            }
            Err(StoreError::Refused(v)) => Err(RecordError::Refused(v)),
            Err(e) => Err(RecordError::Storage(e.to_string())),
        }
    }
}
