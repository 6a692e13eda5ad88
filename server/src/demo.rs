//! The demo centre that `cargo xtask demo` runs on: fictional staff of every role with demo
//! PINs, about twenty fictional detainees speaking several of the shipped languages, today's
//! bookings (legal calls included), and one suspension with an appeal running and a request
//! for legal advice waiting for the alternative arranged (§18).
//!
//! Everything is recorded through [`Server::record`] — the rulebook decides, exactly as when
//! staff act — so the demo centre is a centre the order allows. [`seed`] is idempotent: a
//! second run keeps what is there and only books today's calls again when none are left.

use crate::error::ServiceError;
use crate::service::Server;
use chrono::{DateTime, Duration, NaiveTime, Utc};
use kinline_shared::actor::Role;
use kinline_shared::event::EventBody;
use kinline_shared::ids::{
    AppealId, BookingId, DetaineeId, IncidentId, LegalRequestId, RoomId, StaffId, SuspensionId,
};
use kinline_shared::model::{
    CallKind, CompactVersion, ControlMeasure, Evidence, IncidentCategory, LanguageTag,
    LegalAccessMethod, OpeningWindow, Schedule, SuspensionReason,
};
use kinline_shared::sync::ReferenceItem;
use kinline_shared::time::london_date;
use serde::Serialize;
use uuid::Uuid;

/// A demo member of staff, with the staff number the administrator issued them.
#[derive(Clone, Debug, Serialize)]
pub struct DemoStaff {
    /// Their id (the staff console and the API sign in with it).
    pub id: StaffId,
    /// Their staff number: what they sign in with on a tablet, and what screens show.
    pub number: &'static str,
    /// A fictional name.
    pub name: &'static str,
    /// Their role.
    pub role: Role,
    /// The role as staff name it.
    pub role_label: &'static str,
    /// The demo PIN (fictional; printed by the demo, never logged by the server).
    pub pin: &'static str,
}

/// A booking of today's demo, for the printed summary.
#[derive(Clone, Debug, Serialize)]
pub struct DemoBooking {
    /// The booking.
    pub booking: BookingId,
    /// Whose call.
    pub detainee: DetaineeId,
    /// Their fictional name.
    pub name: String,
    /// Social or legal.
    pub kind: CallKind,
    /// The slot's start.
    pub slot_start: DateTime<Utc>,
    /// The slot's start as the centre's clocks show it (Europe/London).
    pub slot_local: String,
    /// The caller's join code.
    pub join_code: String,
    /// The link the caller opens: `{calls.public_url}/join/{code}`.
    pub join_url: String,
}

/// What the demo seeded (or found already seeded).
#[derive(Clone, Debug, Serialize)]
pub struct DemoSummary {
    /// True when this run seeded an empty centre; false when it was there already.
    pub seeded_now: bool,
    /// Staff of every role.
    pub staff: Vec<DemoStaff>,
    /// How many detainees are on the roster.
    pub detainees: usize,
    /// Today's bookings, in slot order, legal first within a slot.
    pub bookings: Vec<DemoBooking>,
    /// The suspension with its appeal running.
    pub suspension: SuspensionId,
}

/// One fictional detainee: name, location, languages (best first), English enough for the
/// compact, control measures, imminent removal directions.
struct Person {
    name: &'static str,
    reference: &'static str,
    location: &'static str,
    languages: &'static [&'static str],
    english: bool,
    measures: &'static [ControlMeasure],
    imminent_removal: bool,
}

const fn person(
    name: &'static str,
    reference: &'static str,
    location: &'static str,
    languages: &'static [&'static str],
) -> Person {
    Person {
        name,
        reference,
        location,
        languages,
        english: false,
        measures: &[],
        imminent_removal: false,
    }
}

/// The roster: fictional people; the languages are among the 24 shipped.
const PEOPLE: [Person; 20] = [
    person("Amal Haddad", "A2847391", "Wing B, room 12", &["ar"]),
    Person {
        english: true,
        ..person(
            "Piotr Nowak",
            "B5503187",
            "Wing C, room 3",
            &["pl", "en-GB"],
        )
    },
    Person {
        measures: &[ControlMeasure::Mappa],
        ..person("Reza Karimi", "K7710265", "Wing A, room 7", &["fa"])
    },
    person("Tigist Alemu", "T3394820", "Wing D, room 21", &["ti", "am"]),
    person("Arben Hoxha", "H6120458", "Wing A, room 2", &["sq"]),
    person("Shirin Ahmadi", "S9031764", "Wing D, room 4", &["ps", "fa"]),
    person("Karwan Aziz", "K2208913", "Wing B, room 9", &["ckb"]),
    person("Baran Demir", "D4476120", "Wing B, room 14", &["kmr", "tr"]),
    person(
        "Imran Qureshi",
        "Q1893305",
        "Wing C, room 11",
        &["ur", "pa"],
    ),
    person("Rahim Uddin", "U7752016", "Wing C, room 15", &["bn"]),
    Person {
        english: true,
        ..person(
            "Anil Sharma",
            "S3305871",
            "Wing A, room 19",
            &["hi", "en-GB"],
        )
    },
    person("Mehul Patel", "P6614092", "Wing A, room 20", &["gu"]),
    person("Tharshan Sivakumar", "S8820143", "Wing D, room 8", &["ta"]),
    person("Nguyen Van Minh", "N5057329", "Wing C, room 6", &["vi"]),
    Person {
        imminent_removal: true,
        ..person("Li Wei", "W1148602", "Wing B, room 1", &["zh-Hans"])
    },
    person("Hodan Warsame", "W9276518", "Wing D, room 16", &["so"]),
    person("Andrei Popescu", "P3381047", "Wing A, room 10", &["ro"]),
    person("Ana Ferreira", "F7720934", "Wing C, room 18", &["pt"]),
    person("Mateo García", "G4409261", "Wing B, room 5", &["es"]),
    person("Moussa Diallo", "D2265870", "Wing D, room 13", &["fr"]),
];

/// A fixed id with a recognisable prefix (never shown: people see names, references and
/// staff numbers).
fn fixed(prefix: u32, n: u16) -> Uuid {
    Uuid::from_u128((u128::from(prefix) << 96) | 0x7000_8000_0000_0000_0000_u128 | u128::from(n))
}

/// The demo staff: one or two of every role.
pub fn staff() -> Vec<DemoStaff> {
    let s = |prefix: u32, n: u16, number, name, role, pin| DemoStaff {
        id: StaffId(fixed(prefix, n)),
        number,
        name,
        role,
        role_label: role.label(),
        pin,
    };
    vec![
        s(0xd123_4000, 1, "D1234", "Sam Okafor", Role::Dco, "2468135"),
        s(0xd567_8000, 2, "D5678", "Jo Brennan", Role::Dco, "1379246"),
        s(
            0xc000_0001,
            3,
            "CM001",
            "Priya Shah",
            Role::CentreManager,
            "1357924",
        ),
        s(
            0xc000_0002,
            4,
            "DCM02",
            "Tom Reid",
            Role::DeputyCentreManager,
            "1470258",
        ),
        s(
            0xc000_0003,
            5,
            "HO003",
            "Grace Mensah",
            Role::ComplianceManager,
            "258036",
        ),
        s(
            0x5ec0_0001,
            6,
            "SEC01",
            "Dev Kapoor",
            Role::Security,
            "369047",
        ),
        s(
            0xad00_0001,
            7,
            "ADM01",
            "Alex Morgan",
            Role::Administrator,
            "112233",
        ),
    ]
}

fn detainee_id(n: usize) -> DetaineeId {
    DetaineeId(fixed(0xde00_0000, u16::try_from(n + 1).unwrap_or(u16::MAX)))
}

fn by(staff: &[DemoStaff], role: Role) -> StaffId {
    staff
        .iter()
        .find(|s| s.role == role)
        .map(|s| s.id)
        .expect("the demo has every role")
}

fn new_uuid() -> Uuid {
    crate::fresh::new_id()
}

/// Seeds the demo centre if it is not there yet, and books today's calls if none are left.
/// `compact_version` is the version id of the shipped compact (`locales/en-GB/compact.ftl`)
/// and `compact_languages` the languages it is complete in.
pub async fn seed(
    server: &Server,
    compact_version: &str,
    compact_languages: Vec<LanguageTag>,
) -> Result<DemoSummary, ServiceError> {
    let staff = staff();
    let admin = by(&staff, Role::Administrator);
    let manager = by(&staff, Role::CentreManager);
    let dco = by(&staff, Role::Dco);
    let seeded_now = server.db().staff(admin).await?.is_none();
    if seeded_now {
        for s in &staff {
            server
                .set_staff_numbered(s.id, s.role, s.pin, true, Some(s.number))
                .await?;
            server.db().set_staff_name(s.id, s.name).await?;
        }
        let from = london_date(Utc::now()) - Duration::days(1);
        let open = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
        server
            .record(
                admin,
                Role::Administrator,
                EventBody::CentreScheduleChanged {
                    schedule: Schedule::every_day(
                        vec![OpeningWindow {
                            start: open(8),
                            end: open(21),
                        }],
                        30,
                        2,
                        from,
                    ),
                },
            )
            .await?;
        // Two visits rooms, one call each: the schedule's two call points, named.
        for n in 1..=2u16 {
            server
                .record(
                    admin,
                    Role::Administrator,
                    EventBody::RoomAdded {
                        room: RoomId(fixed(0x2000_0000, n)),
                        name: format!("Visits room {n}"),
                        capacity: 1,
                    },
                )
                .await?;
        }
        server
            .record(
                admin,
                Role::Administrator,
                EventBody::CompactVersionPublished {
                    version: CompactVersion(compact_version.to_owned()),
                    languages: compact_languages,
                },
            )
            .await?;
        for (n, p) in PEOPLE.iter().enumerate() {
            let detainee = detainee_id(n);
            server
                .publish_reference(ReferenceItem::RosterEntry {
                    detainee,
                    name: p.name.to_owned(),
                    reference: p.reference.to_owned(),
                    location: p.location.to_owned(),
                    present: true,
                })
                .await?;
            server
                .record(
                    admin,
                    Role::Administrator,
                    EventBody::DetaineeProfileUpdated {
                        detainee,
                        languages: p.languages.iter().map(|l| LanguageTag::new(l)).collect(),
                        english_sufficient: p.english,
                        control_measures: p.measures.to_vec(),
                        imminent_removal: p.imminent_removal,
                    },
                )
                .await?;
        }
        suspend_with_appeal(server, dco, manager, detainee_id(3)).await?;
    }
    let mut bookings = book_today(server, dco).await?;
    for b in &mut bookings {
        let link = server.join_link(b.booking).await?;
        b.join_code = link.code;
        b.join_url = link.url;
    }
    let centre = server.centre().await?;
    let suspension = centre.suspensions.keys().next().copied().ok_or_else(|| {
        ServiceError::invalid(
            "demo_incomplete",
            "the demo suspension is missing; delete the data directory and run the demo again",
        )
    })?;
    Ok(DemoSummary {
        seeded_now,
        staff,
        detainees: PEOPLE.len(),
        bookings,
        suspension,
    })
}

/// A DCO's incident report, the manager's suspension citing it with alternative legal access,
/// the detainee's appeal (lodged through the DCO), still waiting for its decision, and their
/// request for legal advice (§18), not yet met.
async fn suspend_with_appeal(
    server: &Server,
    dco: StaffId,
    manager: StaffId,
    detainee: DetaineeId,
) -> Result<(), ServiceError> {
    // Yesterday's call the incident is about (§17: a suspension rests on the detainee's calls).
    let yesterday = london_date(Utc::now()) - Duration::days(1);
    let slot = server
        .centre()
        .await?
        .day(yesterday)
        .first()
        .map(|s| s.start);
    let booking = slot.map(|_| BookingId(new_uuid()));
    if let (Some(booking), Some(slot_start)) = (booking, slot) {
        server
            .record(
                dco,
                Role::Dco,
                EventBody::CallBooked {
                    booking,
                    detainee,
                    kind: CallKind::Social,
                    slot_start,
                },
            )
            .await?;
    }
    let incident = IncidentId(new_uuid());
    server
        .record(
            dco,
            Role::Dco,
            EventBody::IncidentReported {
                incident,
                booking,
                detainee: Some(detainee),
                category: IncidentCategory::Recording,
                account: "Held a second phone up to the screen during the call.".into(),
            },
        )
        .await?;
    let suspension = SuspensionId(new_uuid());
    server
        .record(
            manager,
            Role::CentreManager,
            EventBody::SuspensionDecided {
                suspension,
                detainee,
                reason: SuspensionReason::BreachOfAcceptableUse,
                reasons: "You recorded a video call with a second phone.".into(),
                evidence: vec![Evidence::Incident(incident)],
                until: Some(Utc::now() + Duration::days(5)),
                security_report: None,
                not_a_sanction: true,
            },
        )
        .await?;
    server
        .record(
            manager,
            Role::CentreManager,
            EventBody::AlternativeLegalAccessArranged {
                suspension,
                method: LegalAccessMethod::Telephone,
            },
        )
        .await?;
    server
        .record(
            dco,
            Role::Dco,
            EventBody::SuspensionAppealed {
                suspension,
                appeal: AppealId(new_uuid()),
                reasons: "I was showing my family my room, not recording.".into(),
            },
        )
        .await?;
    // Their request for legal advice while suspended (§18), routed to the telephone and
    // shown to managers until it is met.
    server
        .record(
            dco,
            Role::Dco,
            EventBody::LegalAccessRequested {
                request: LegalRequestId(new_uuid()),
                detainee,
                suspension,
            },
        )
        .await?;
    Ok(())
}

/// Today's bookings that have not started yet; when there are none, books five calls (two
/// legal) into the next free slots today — or tomorrow's, late in the evening.
async fn book_today(server: &Server, dco: StaffId) -> Result<Vec<DemoBooking>, ServiceError> {
    let now = Utc::now();
    let upcoming = |centre: &kinline_shared::projection::Centre| {
        let mut out: Vec<DemoBooking> = Vec::new();
        for day in [london_date(now), london_date(now) + Duration::days(1)] {
            for slot in centre.day(day) {
                if slot.start < now {
                    continue;
                }
                for booking in slot.bookings {
                    let Some(call) = centre.calls.get(&booking) else {
                        continue;
                    };
                    let detainee = call.info.detainee;
                    let name = (0..PEOPLE.len())
                        .find(|n| detainee_id(*n) == detainee)
                        .map_or_else(String::new, |n| PEOPLE[n].name.to_owned());
                    out.push(DemoBooking {
                        booking,
                        detainee,
                        name,
                        kind: call.info.kind,
                        slot_start: slot.start,
                        slot_local: kinline_shared::time::display_london(slot.start),
                        join_code: String::new(),
                        join_url: String::new(),
                    });
                }
            }
            if !out.is_empty() {
                break;
            }
        }
        out
    };
    let centre = server.centre().await?;
    let found = upcoming(&centre);
    if !found.is_empty() {
        return Ok(found);
    }
    let mut slots: Vec<DateTime<Utc>> = Vec::new();
    for day in [london_date(now), london_date(now) + Duration::days(1)] {
        slots.extend(
            centre
                .day(day)
                .into_iter()
                .filter(|s| s.start > now + Duration::minutes(2))
                .map(|s| s.start),
        );
    }
    // (detainee, kind, which upcoming slot): two calls share the first slot, legal first.
    let plan = [
        (0, CallKind::Social, 0),
        (1, CallKind::Legal, 0),
        (4, CallKind::Social, 1),
        (9, CallKind::Legal, 2),
        (17, CallKind::Social, 3),
    ];
    for (n, kind, slot) in plan {
        let Some(&slot_start) = slots.get(slot) else {
            break;
        };
        server
            .record(
                dco,
                Role::Dco,
                EventBody::CallBooked {
                    booking: BookingId(new_uuid()),
                    detainee: detainee_id(n),
                    kind,
                    slot_start,
                },
            )
            .await?;
    }
    Ok(upcoming(&server.centre().await?))
}
