//! Every recording path goes through the core's one recorder: for the same arbitrary commands,
//! the tablet's encrypted store, the in-memory tablet and the centre server accept and refuse
//! the same ones and record the same events, in the same order — and a shell that makes an
//! event by hand, bypassing the recorder, is found by a scan of the sources.

use chrono::{DateTime, Duration, Utc};
use kinline_app::store::{KeySource, Store, StoreConfig, fresh_random};
use kinline_app::ui::memory::test_morning;
use kinline_app::ui::{Backend, MemoryBackend};
use kinline_server::Server;
use kinline_shared::actor::{Actor, Role};
use kinline_shared::clock::CentreClock;
use kinline_shared::event::{Event, EventBody};
use kinline_shared::ids::{BookingId, DetaineeId, DeviceId, IncidentId, RoomId, StaffId};
use kinline_shared::model::{
    CallKind, CompactVersion, EndReason, Explanation, IncidentCategory, LanguageTag,
    TerminationReason, TextHash,
};
use kinline_tests::fixture::{a_signature, standard_schedule};
use kinline_tests::server_harness::{Backend as Db, config, temp_dir};
use proptest::prelude::*;
use std::path::PathBuf;
use uuid::Uuid;

/// A command a member of staff gives, over small pools of ids so that commands meet.
#[derive(Clone, Debug)]
enum Command {
    Profile(u8),
    Session(u8),
    Present(u8),
    Explain(u8),
    Sign(u8),
    Book(u8, u8, u8, bool),
    Cancel(u8),
    CheckIn(u8),
    Adult(u8, bool),
    Admit(u8),
    Start(u8),
    End(u8),
    Terminate(u8),
    Incident(u8, u8),
    Room(u8),
}

fn command() -> impl Strategy<Value = (u8, Command)> {
    let c = prop_oneof![
        any::<u8>().prop_map(Command::Profile),
        any::<u8>().prop_map(Command::Session),
        any::<u8>().prop_map(Command::Present),
        any::<u8>().prop_map(Command::Explain),
        any::<u8>().prop_map(Command::Sign),
        (any::<u8>(), any::<u8>(), any::<u8>(), any::<bool>())
            .prop_map(|(b, d, s, l)| Command::Book(b, d, s, l)),
        any::<u8>().prop_map(Command::Cancel),
        any::<u8>().prop_map(Command::CheckIn),
        (any::<u8>(), prop::bool::weighted(0.8)).prop_map(|(b, a)| Command::Adult(b, a)),
        any::<u8>().prop_map(Command::Admit),
        any::<u8>().prop_map(Command::Start),
        any::<u8>().prop_map(Command::End),
        any::<u8>().prop_map(Command::Terminate),
        (any::<u8>(), any::<u8>()).prop_map(|(i, b)| Command::Incident(i, b)),
        any::<u8>().prop_map(Command::Room),
    ];
    // Mostly a DCO (most commands are theirs), sometimes another role: refusals too.
    (prop::sample::select(vec![0u8, 0, 0, 0, 1, 2, 3, 4, 5]), c)
}

fn pooled(salt: u128, n: u8, pool: u8) -> Uuid {
    Uuid::from_u128((salt << 64) | u128::from(n % pool))
}

fn detainee(n: u8) -> DetaineeId {
    DetaineeId(pooled(0xDE, n, 3))
}

fn booking(n: u8) -> BookingId {
    BookingId(pooled(0xB0, n, 5))
}

/// One member of staff per role (each an account on the server).
fn staff(role: Role) -> Actor {
    let n = Role::ALL.iter().position(|r| *r == role).unwrap();
    Actor::Staff {
        id: StaffId(Uuid::from_u128(0x5000 + n as u128)),
        role,
    }
}

fn version() -> CompactVersion {
    CompactVersion("2026-11".into())
}

/// The centre every run starts from: the schedule, the compact, three detainees.
fn setup(now: DateTime<Utc>) -> Vec<(Actor, EventBody)> {
    let admin = staff(Role::Administrator);
    let mut out = vec![
        (
            admin,
            EventBody::CentreScheduleChanged {
                schedule: standard_schedule(kinline_shared::time::london_date(now)),
            },
        ),
        (
            admin,
            EventBody::CompactVersionPublished {
                version: version(),
                languages: vec![LanguageTag::new("en-GB"), LanguageTag::new("ar")],
            },
        ),
    ];
    out.extend((0..3).map(|d| (admin, profile(d))));
    out
}

fn profile(d: u8) -> EventBody {
    EventBody::DetaineeProfileUpdated {
        detainee: detainee(d),
        languages: vec![LanguageTag::new("ar")],
        english_sufficient: d.is_multiple_of(2),
        control_measures: vec![],
        imminent_removal: false,
    }
}

/// The command as the event a person proposes.
fn body(c: &Command, now: DateTime<Utc>) -> EventBody {
    let ar = LanguageTag::new("ar");
    match *c {
        Command::Profile(d) => profile(d),
        Command::Session(d) => EventBody::SessionOpened {
            detainee: detainee(d),
        },
        Command::Present(d) => EventBody::CompactPresented {
            detainee: detainee(d),
            version: version(),
            language: ar,
        },
        Command::Explain(d) => EventBody::CompactExplained {
            detainee: detainee(d),
            version: version(),
            language: ar,
            how: Explanation::ReadAloud {
                audio_completed: true,
            },
        },
        Command::Sign(d) => EventBody::CompactSigned {
            detainee: detainee(d),
            version: version(),
            language: ar,
            text_hash: TextHash::of("the compact text shown"),
            signature: a_signature(),
        },
        Command::Book(b, d, s, legal) => EventBody::CallBooked {
            booking: booking(b),
            detainee: detainee(d),
            kind: if legal {
                CallKind::Legal
            } else {
                CallKind::Social
            },
            // The slot under way, and the next three (and one a day ago: refused).
            slot_start: match s % 5 {
                4 => now - Duration::days(1),
                n => now + Duration::minutes(30 * i64::from(n)),
            },
        },
        Command::Cancel(b) => EventBody::CallCancelled {
            booking: booking(b),
            displaced_by_legal: false,
            reason: None,
        },
        Command::CheckIn(b) => EventBody::CallCheckedIn {
            booking: booking(b),
        },
        Command::Adult(b, adult) => EventBody::AdultCheckRecorded {
            booking: booking(b),
            recipient_is_adult: adult,
        },
        Command::Admit(b) => EventBody::CallerAdmitted {
            booking: booking(b),
        },
        Command::Start(b) => EventBody::CallStarted {
            booking: booking(b),
        },
        Command::End(b) => EventBody::CallEnded {
            booking: booking(b),
            reason: EndReason::Completed,
        },
        Command::Terminate(b) => EventBody::CallTerminated {
            booking: booking(b),
            reason: TerminationReason::Recording,
        },
        Command::Incident(i, b) => EventBody::IncidentReported {
            incident: IncidentId(pooled(0x1C, i, 4)),
            booking: Some(booking(b)),
            detainee: None,
            category: IncidentCategory::Recording,
            account: "Held a second phone up to the screen.".into(),
        },
        Command::Room(r) => EventBody::RoomAdded {
            room: RoomId(pooled(0x80, r, 3)),
            name: format!("Visits room {}", r % 3),
            capacity: 1,
        },
    }
}

/// What a recording path made of one command: the events (who, what), or a refusal.
type Outcome = Option<Vec<(Actor, EventBody)>>;

fn outcome(events: Vec<Event>) -> Outcome {
    Some(events.into_iter().map(|e| (e.actor, e.body)).collect())
}

/// The three recording paths, side by side.
struct Paths {
    store: Store,
    memory: MemoryBackend,
    server: Server,
    runtime: tokio::runtime::Runtime,
    seen: u64,
    now: DateTime<Utc>,
    dirs: [PathBuf; 2],
}

impl Drop for Paths {
    fn drop(&mut self) {
        for dir in &self.dirs {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

impl Paths {
    fn open(now: DateTime<Utc>) -> Self {
        let dir = temp_dir("kinline-recorder");
        let store = Store::open(&StoreConfig::new(
            dir.join("tablet.db"),
            KeySource::File(dir.join("tablet.key")),
            DeviceId(Uuid::from_u128(0x7AB1E7)),
        ))
        .unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let mut c = config(Db::Sqlite);
        // The server's centre runs from the same morning (its clock keeps running: the
        // commands' times are whole slots apart, far from where a few seconds matter).
        c.clock = CentreClock::reading(now, Utc::now());
        let dirs = [dir, c.data_dir.clone()];
        let server = runtime.block_on(async {
            let server = Server::open(c).await.unwrap();
            for role in Role::ALL {
                let Actor::Staff { id, .. } = staff(role) else {
                    unreachable!()
                };
                server
                    .set_staff(id, role, kinline_tests::server_harness::STAFF_PIN, true)
                    .await
                    .unwrap();
            }
            server
        });
        Self {
            store,
            memory: MemoryBackend::new(now, true),
            server,
            runtime,
            seen: 0,
            now,
            dirs,
        }
    }

    fn store(&mut self, actor: Actor, body: EventBody) -> Outcome {
        let random = fresh_random().unwrap();
        self.store
            .record(actor, body, self.now, random)
            .ok()
            .and_then(outcome)
    }

    fn memory(&mut self, actor: Actor, body: EventBody) -> Outcome {
        let ids = self.memory.record(actor, body).ok()?;
        let events = self.memory.events().unwrap();
        outcome(
            ids.iter()
                .map(|id| events.iter().find(|e| e.id == *id).unwrap().clone())
                .collect(),
        )
    }

    fn server(&mut self, actor: Actor, body: EventBody) -> Outcome {
        let Actor::Staff { id, role } = actor else {
            unreachable!("only staff give these commands")
        };
        let ids = self
            .runtime
            .block_on(self.server.record(id, role, body))
            .ok()?;
        let stored = self
            .runtime
            .block_on(self.server.events(self.seen, 100))
            .unwrap();
        self.seen = stored.last().map_or(self.seen, |s| s.seq);
        let events: Vec<Event> = stored.into_iter().map(|s| s.event).collect();
        assert_eq!(events.iter().map(|e| e.id).collect::<Vec<_>>(), ids);
        outcome(events)
    }

    /// Runs one command on every path; the three outcomes.
    fn each(&mut self, actor: Actor, body: EventBody) -> [Outcome; 3] {
        [
            self.store(actor, body.clone()),
            self.memory(actor, body.clone()),
            self.server(actor, body),
        ]
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn the_store_the_memory_tablet_and_the_server_record_the_same_events_for_the_same_commands(
        commands in prop::collection::vec(command(), 1..40)
    ) {
        let now = test_morning();
        let mut paths = Paths::open(now);
        for (actor, body) in setup(now) {
            let [store, memory, server] = paths.each(actor, body);
            prop_assert!(store.is_some(), "the setup is accepted");
            prop_assert_eq!(&store, &memory);
            prop_assert_eq!(&store, &server);
        }
        for (role, c) in &commands {
            let actor = staff(Role::ALL[usize::from(*role)]);
            let [store, memory, server] = paths.each(actor, body(c, now));
            prop_assert_eq!(&store, &memory, "store and memory tablet differ on {:?}", c);
            prop_assert_eq!(&store, &server, "store and server differ on {:?}", c);
        }
        prop_assert_eq!(paths.store.verify_chain().unwrap(), paths.store.head_index());
    }
}

/// The commands above do get recorded (the property is not about refusals only).
#[test]
fn the_arbitrary_commands_record_calls_through_every_path() {
    let now = test_morning();
    let mut paths = Paths::open(now);
    for (actor, body) in setup(now) {
        paths.each(actor, body);
    }
    let dco = staff(Role::Dco);
    let run = [
        Command::Present(0),
        Command::Explain(0),
        Command::Sign(0),
        Command::Book(0, 0, 0, false),
        Command::CheckIn(0),
        Command::Adult(0, true),
        Command::Admit(0),
        Command::Start(0),
        Command::Terminate(0),
    ];
    for c in &run {
        let [store, memory, server] = paths.each(dco, body(c, now));
        assert!(store.is_some(), "{c:?} is accepted");
        assert_eq!(store, memory);
        assert_eq!(store, server);
    }
}

/// Only the recorder makes an event: a shell that writes the decide → stamp → chain → sign
/// step out again — its own clock, or an `Event` literal with a stamp — is found here.
#[test]
fn no_shell_makes_an_event_outside_the_recorder() {
    let root = kinline_tests::workspace_root();
    let mut found = Vec::new();
    for dir in [
        "app/src",
        "screens/src",
        "store/src",
        "sync/src",
        "call/src",
        "server/src",
    ] {
        scan(&root.join(dir), &mut found);
    }
    assert!(
        found.is_empty(),
        "events made by hand, not through kinline_shared::recorder::Recorder: {found:#?}"
    );
}

/// Whether these lines (a file's code before its test module) make an event by hand.
fn made_by_hand(lines: &[&str]) -> Vec<usize> {
    let code = |l: &str| !l.trim_start().starts_with("//");
    (0..lines.len())
        .filter(|&n| {
            let line = lines[n];
            let own_clock = ["HybridClock", "record_unchecked(", ".tick("]
                .iter()
                .any(|p| line.contains(p))
                && !line.contains("tick.tick(")
                && !line.contains("self.tick(");
            // An `Event { .. }` literal names its stamp within its first lines.
            let literal = line.contains("Event {")
                && !line.contains("enum ")
                && !line.contains("struct ")
                && lines[n + 1..lines.len().min(n + 8)]
                    .iter()
                    .take_while(|l| !l.contains('}'))
                    .any(|l| l.trim_start().starts_with("stamp"));
            code(line) && (own_clock || literal)
        })
        .collect()
}

fn scan(dir: &std::path::Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            scan(&path, found);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().take_while(|l| *l != "#[cfg(test)]").collect();
        for n in made_by_hand(&lines) {
            found.push(format!("{}:{}: {}", path.display(), n + 1, lines[n].trim()));
        }
    }
}

#[test]
fn the_scan_finds_an_event_made_by_hand() {
    let by_hand = "let event = Event {\n    id,\n    stamp: clock.tick(ms),\n    device,\n};";
    let lines: Vec<&str> = by_hand.lines().collect();
    assert_eq!(made_by_hand(&lines), vec![0, 2]);
    let read_back = "let e = LoggedEvent {\n    index,\n    prev_hash,\n};";
    assert!(made_by_hand(&read_back.lines().collect::<Vec<_>>()).is_empty());
}
