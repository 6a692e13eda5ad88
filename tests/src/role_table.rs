//! The staff API's role table as a client walks it: one request per [`StaffAction`] (as the
//! staff console makes it) and an event body of every kind. Used by the role × action test
//! (kinline/server.rs) and by `cargo xtask attack` against a demo server process
//! (examples/attack_demo.rs).

use crate::fixture;
use chrono::Utc;
use kinline_server::auth::StaffAction;
use kinline_shared::actor::{Actor, Role, may_record};
use kinline_shared::event::{EventBody, EventKind, ReferralSource};
use kinline_shared::ids::{
    AppealId, BookingId, DetaineeId, DeviceId, EventId, IncidentId, RoomId, StaffId, SuspensionId,
};
use kinline_shared::model::{
    CallKind, CompactVersion, EndReason, Explanation, IncidentCategory, LanguageTag,
    LegalAccessMethod, ReferralStatus, SuspensionReason, TerminationReason, TextHash,
};
use kinline_shared::sync::ReferenceItem;
use serde_json::{Value, json};
use uuid::Uuid;

/// The status of `req` (0 when it got no answer).
async fn status_of(req: reqwest::RequestBuilder) -> u16 {
    req.send().await.map_or(0, |r| r.status().as_u16())
}

/// One request per staff action, as the staff console makes it, to the server at `url`
/// (`http://` or `https://`, through `client`); its status.
pub async fn attempt(
    client: &reqwest::Client,
    url: &str,
    token: &str,
    role: Role,
    action: StaffAction,
) -> u16 {
    use reqwest::Method as M;
    let staff_get = |url: &str, token: &str, path: &str| {
        let req = client.get(format!("{url}{path}")).bearer_auth(token);
        async move { status_of(req).await }
    };
    let staff_send = |url: &str, token: &str, method: M, path: &str, body: Value| {
        let req = client
            .request(method, format!("{url}{path}"))
            .bearer_auth(token)
            .json(&body);
        async move { status_of(req).await }
    };
    match action {
        StaffAction::ListEvents => staff_get(url, token, "/api/staff/events").await,
        StaffAction::ListReferrals => staff_get(url, token, "/api/staff/referrals").await,
        StaffAction::ListDeadlines => staff_get(url, token, "/api/staff/deadlines").await,
        StaffAction::ListExceptions => staff_get(url, token, "/api/staff/exceptions").await,
        StaffAction::RecordEvent => {
            // A kind the role may record: the route is open to every role, `may_record`
            // decides per kind (walked in full by the recording test). The centre's schedule last: recording it would change the server's calendar.
            let kind = EventKind::ALL
                .into_iter()
                .filter(|k| *k != EventKind::CentreScheduleChanged)
                .chain([EventKind::CentreScheduleChanged])
                .find(|k| {
                    may_record(
                        &Actor::Staff {
                            id: StaffId(Uuid::nil()),
                            role,
                        },
                        *k,
                    )
                })
                .unwrap();
            let body = serde_json::to_value(body_of(kind)).unwrap();
            staff_send(url, token, M::POST, "/api/staff/events", body).await
        }
        StaffAction::CreateEnrolmentCode => {
            staff_send(url, token, M::POST, "/api/admin/enrolment-codes", json!({})).await
        }
        StaffAction::RevokeDevice => {
            // An unknown device: 404 for those allowed, 403 for the rest.
            staff_send(
                url,
                token,
                M::POST,
                &format!("/api/admin/devices/{}/revoke", Uuid::now_v7()),
                json!({}),
            )
            .await
        }
        StaffAction::ManageStaff => {
            staff_send(
                url,
                token,
                M::PUT,
                &format!("/api/admin/staff/{}", Uuid::now_v7()),
                json!({"role": "dco", "secret": "2468135", "active": true}),
            )
            .await
        }
        StaffAction::SeeJoinLink => {
            // An unknown booking: 404 for those allowed, 403 for the rest.
            staff_get(
                url,
                token,
                &format!("/api/staff/bookings/{}/join", Uuid::now_v7()),
            )
            .await
        }
        StaffAction::ListStaff => staff_get(url, token, "/api/admin/staff").await,
        StaffAction::ListDevices => staff_get(url, token, "/api/admin/devices").await,
        StaffAction::SeeRoster => staff_get(url, token, "/api/staff/roster").await,
        StaffAction::SeeSchedule => {
            staff_get(url, token, "/api/staff/schedule?from=2026-12-01").await
        }
        StaffAction::ListRooms => staff_get(url, token, "/api/staff/rooms").await,
        StaffAction::ListLegalRequests => staff_get(url, token, "/api/staff/legal-requests").await,
        StaffAction::ManageRooms => {
            // A fresh name each time: 201 for the administrator, 403 for the rest.
            let name = format!("Room {}", Uuid::now_v7());
            staff_send(
                url,
                token,
                M::POST,
                "/api/admin/rooms",
                json!({"name": name, "capacity": 1}),
            )
            .await
        }
        StaffAction::PublishReference => {
            let item = ReferenceItem::CompactText {
                version: CompactVersion("2026-11".into()),
                language: LanguageTag::new("ar"),
                text: "نص".into(),
            };
            staff_send(
                url,
                token,
                M::POST,
                "/api/admin/reference",
                serde_json::to_value(item).unwrap(),
            )
            .await
        }
    }
}

/// A body of every kind, for the recording route.
pub fn body_of(kind: EventKind) -> EventBody {
    let d = DetaineeId(Uuid::from_u128(9));
    let b = BookingId(Uuid::from_u128(10));
    let s = SuspensionId(Uuid::from_u128(11));
    let v = CompactVersion(fixture::COMPACT_VERSION.into());
    let l = LanguageTag::new("ar");
    use EventKind as K;
    match kind {
        K::CentreScheduleChanged => EventBody::CentreScheduleChanged {
            schedule: fixture::standard_schedule(
                chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            ),
        },
        K::RoomAdded => EventBody::RoomAdded {
            room: RoomId(Uuid::now_v7()),
            name: format!("Visits room {}", Uuid::now_v7()),
            capacity: 1,
        },
        K::RoomRetired => EventBody::RoomRetired {
            room: RoomId(Uuid::from_u128(13)),
        },
        K::StaffAccountSet => EventBody::StaffAccountSet {
            staff: StaffId(Uuid::now_v7()),
            role: Role::Dco,
            active: true,
        },
        K::DeviceEnrolled => EventBody::DeviceEnrolled {
            device: DeviceId(Uuid::now_v7()),
        },
        K::DeviceRevoked => EventBody::DeviceRevoked {
            device: DeviceId(Uuid::now_v7()),
            reason: None,
        },
        K::CallRoomAssigned => EventBody::CallRoomAssigned {
            booking: b,
            room: RoomId(Uuid::from_u128(13)),
        },
        K::CompactVersionPublished => EventBody::CompactVersionPublished {
            version: v,
            languages: vec![l],
        },
        K::DetaineeProfileUpdated => EventBody::DetaineeProfileUpdated {
            detainee: d,
            languages: vec![l],
            english_sufficient: false,
            control_measures: vec![],
            imminent_removal: false,
        },
        K::SessionOpened => EventBody::SessionOpened { detainee: d },
        K::CompactPresented => EventBody::CompactPresented {
            detainee: d,
            version: v,
            language: l,
        },
        K::CompactExplained => EventBody::CompactExplained {
            detainee: d,
            version: v,
            language: l,
            how: Explanation::ReadAloud {
                audio_completed: true,
            },
        },
        K::CompactSigned => EventBody::CompactSigned {
            detainee: d,
            version: v,
            language: l,
            text_hash: TextHash::of("text"),
            signature: fixture::a_signature(),
        },
        K::RiskAssessmentRecorded => EventBody::RiskAssessmentRecorded {
            detainee: d,
            allows_video_calls: true,
            reference: "RA-1".into(),
        },
        K::CallBooked => EventBody::CallBooked {
            booking: b,
            detainee: d,
            kind: CallKind::Social,
            slot_start: Utc::now(),
        },
        K::CallCancelled => EventBody::CallCancelled {
            booking: b,
            displaced_by_legal: false,
            reason: None,
        },
        K::CallCheckedIn => EventBody::CallCheckedIn { booking: b },
        K::AdultCheckRecorded => EventBody::AdultCheckRecorded {
            booking: b,
            recipient_is_adult: true,
        },
        K::CallerAdmitted => EventBody::CallerAdmitted { booking: b },
        K::CallStarted => EventBody::CallStarted { booking: b },
        K::CallEnded => EventBody::CallEnded {
            booking: b,
            reason: EndReason::SlotEnded,
        },
        K::CallTerminated => EventBody::CallTerminated {
            booking: b,
            reason: TerminationReason::Recording,
        },
        K::IncidentReported => EventBody::IncidentReported {
            incident: IncidentId(Uuid::now_v7()),
            booking: None,
            detainee: Some(d),
            category: IncidentCategory::RecipientSafety,
            account: "what happened".into(),
        },
        K::ReferredToSecurity => EventBody::ReferredToSecurity {
            source: ReferralSource::Termination(b),
        },
        K::ReferralUpdated => EventBody::ReferralUpdated {
            source: ReferralSource::Termination(b),
            status: ReferralStatus::Open,
        },
        K::SuspensionDecided => EventBody::SuspensionDecided {
            suspension: SuspensionId(Uuid::now_v7()),
            detainee: d,
            reason: SuspensionReason::Security,
            reasons: "reasons".into(),
            evidence: vec![],
            until: None,
            security_report: Some("SIR 1".into()),
            not_a_sanction: true,
        },
        K::SuspensionNoticeGiven => EventBody::SuspensionNoticeGiven {
            suspension: s,
            language: l,
        },
        K::ComplianceManagerNotified => EventBody::ComplianceManagerNotified { suspension: s },
        K::SuspensionAuthorised => EventBody::SuspensionAuthorised {
            suspension: s,
            until: Utc::now(),
        },
        K::SuspensionReviewed => EventBody::SuspensionReviewed {
            suspension: s,
            continues: true,
            notes: "n".into(),
        },
        K::SuspensionAppealed => EventBody::SuspensionAppealed {
            suspension: s,
            appeal: AppealId(Uuid::now_v7()),
            reasons: "r".into(),
        },
        K::AppealDecided => EventBody::AppealDecided {
            appeal: AppealId(Uuid::from_u128(12)),
            upheld: false,
            reasons: "r".into(),
        },
        K::SuspensionLifted => EventBody::SuspensionLifted { suspension: s },
        K::AlternativeLegalAccessArranged => EventBody::AlternativeLegalAccessArranged {
            suspension: s,
            method: LegalAccessMethod::Telephone,
        },
        K::LegalAccessRequested => EventBody::LegalAccessRequested {
            request: kinline_shared::ids::LegalRequestId(Uuid::now_v7()),
            detainee: DetaineeId(Uuid::nil()),
            suspension: s,
        },
        K::LegalAccessRequestMet => EventBody::LegalAccessRequestMet {
            request: kinline_shared::ids::LegalRequestId(Uuid::nil()),
        },
        K::PolicyExceptionReviewed => EventBody::PolicyExceptionReviewed {
            event: EventId(Uuid::nil()),
            notes: "n".into(),
        },
        K::StaffSignedIn => EventBody::StaffSignedIn {},
        K::StaffSignedOut => EventBody::StaffSignedOut {},
        K::WaitingListJoined => EventBody::WaitingListJoined {
            entry: kinline_shared::ids::WaitingId(Uuid::now_v7()),
            detainee: d,
            kind: CallKind::Social,
            day: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            slot: None,
        },
        K::WaitingListLeft => EventBody::WaitingListLeft {
            entry: kinline_shared::ids::WaitingId(Uuid::from_u128(14)),
            booking: Some(b),
        },
        K::Unknown => EventBody::Unknown(
            kinline_shared::event::OpaqueBody::from_json(r#"{"type":"from_a_newer_release"}"#)
                .unwrap(),
        ),
    }
}
