//! The DSO 01/2020 rulebook, paragraph by paragraph, through the same `decide` the shells use.

use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use kinline_shared::calllog::{CALL_LOG_FIELDS, CallLog};
use kinline_shared::dso::{Paragraph, RuleViolation};
use kinline_shared::event::{EventBody, ReferralSource};
use kinline_shared::ids::{AppealId, IncidentId, SuspensionId};
use kinline_shared::model::{
    CallKind, CallOutcome, CompactVersion, ControlMeasure, EndReason, Evidence, Explanation,
    IncidentCategory, LanguageTag, LegalAccessMethod, OpeningWindow, Schedule, SuspensionReason,
    TerminationReason, TextHash,
};
use kinline_shared::projection::Centre;
use kinline_shared::workflow::call::{CallEffect, CallPhase, CallStep};
use kinline_shared::workflow::suspension::DeadlineKind;
use kinline_tests::fixture::*;

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn window(s: NaiveTime, e: NaiveTime) -> Vec<OpeningWindow> {
    vec![OpeningWindow { start: s, end: e }]
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Asserts a refusal names `paragraph` and that nothing was recorded.
fn refused(
    c: &mut TestCentre,
    actor: kinline_shared::actor::Actor,
    body: EventBody,
    paragraph: Paragraph,
) -> RuleViolation {
    let before = c.timeline.events().count();
    let err = c
        .record(actor, body)
        .expect_err("the rulebook should refuse this");
    assert_eq!(err.paragraph(), paragraph, "wrong paragraph for: {err}");
    assert!(
        err.to_string().contains(&paragraph.to_string()),
        "message must name the paragraph: {err}"
    );
    assert_eq!(
        c.timeline.events().count(),
        before,
        "a refused command must record nothing"
    );
    err
}

// §7 ------------------------------------------------------------------------------------------

#[test]
fn dso_7_schedule_under_seven_hours_a_day_is_refused() {
    let mut c = TestCentre::empty(Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap());
    let schedule = Schedule::every_day(window(t(9, 0), t(15, 59)), 30, 2, day(2026, 11, 28));
    let err = refused(
        &mut c,
        admin(),
        EventBody::CentreScheduleChanged { schedule },
        Paragraph::P7,
    );
    assert_eq!(
        err,
        RuleViolation::ServiceUnderSevenHours {
            date: day(2026, 11, 28),
            minutes: 419
        }
    );
    assert!(err.to_string().contains("at least 7 hours"));
}

#[test]
fn dso_7_seven_hours_every_day_is_accepted() {
    let mut c = TestCentre::empty(Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap());
    let split = vec![
        OpeningWindow {
            start: t(9, 0),
            end: t(12, 0),
        },
        OpeningWindow {
            start: t(14, 0),
            end: t(18, 0),
        },
    ];
    let schedule = Schedule::every_day(split, 60, 1, day(2026, 11, 28));
    c.record(admin(), EventBody::CentreScheduleChanged { schedule })
        .unwrap();
    assert_eq!(c.centre().day(day(2026, 11, 28)).len(), 7);
}

#[test]
fn dso_7_a_day_made_short_by_the_spring_clock_change_is_refused() {
    // 00:30–07:45 is 7 h 15 on the wall clock, but on 29 March 2026 the clocks skip 01:00–02:00.
    let mut c = TestCentre::empty(Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap());
    let schedule = Schedule::every_day(window(t(0, 30), t(7, 45)), 30, 1, day(2026, 3, 1));
    let err = refused(
        &mut c,
        admin(),
        EventBody::CentreScheduleChanged { schedule },
        Paragraph::P7,
    );
    assert_eq!(
        err,
        RuleViolation::ServiceUnderSevenHours {
            date: day(2026, 3, 29),
            minutes: 375
        }
    );
}

#[test]
fn dso_7_only_the_administrator_changes_the_schedule() {
    let mut c = TestCentre::open();
    let schedule = standard_schedule(day(2026, 11, 28));
    refused(
        &mut c,
        dco(),
        EventBody::CentreScheduleChanged { schedule },
        Paragraph::P7,
    );
}

// Annex A: slots ------------------------------------------------------------------------------

#[test]
fn annex_a_slots_of_25_or_61_minutes_are_refused() {
    let mut c = TestCentre::empty(Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap());
    for minutes in [25, 29, 61, 90] {
        let schedule =
            Schedule::every_day(window(t(8, 0), t(20, 0)), minutes, 1, day(2026, 11, 28));
        let err = refused(
            &mut c,
            admin(),
            EventBody::CentreScheduleChanged { schedule },
            Paragraph::AnnexA,
        );
        assert_eq!(err, RuleViolation::SlotLength { minutes });
        assert!(err.to_string().contains("between 30 and 60 minutes"));
    }
}

#[test]
fn annex_a_slots_of_30_to_60_minutes_are_accepted() {
    for minutes in [30, 45, 60] {
        let mut c = TestCentre::empty(Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap());
        let schedule =
            Schedule::every_day(window(t(8, 0), t(20, 0)), minutes, 1, day(2026, 11, 28));
        c.record(admin(), EventBody::CentreScheduleChanged { schedule })
            .unwrap();
        assert_eq!(
            c.centre().day(day(2026, 11, 28)).len(),
            (12 * 60 / minutes) as usize
        );
    }
}

#[test]
fn annex_a_a_booking_outside_the_slots_is_refused() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let off_slot = c.next_slot() + Duration::minutes(10);
    let b = kinline_shared::ids::BookingId(c.id());
    let body = EventBody::CallBooked {
        booking: b,
        detainee: d,
        kind: CallKind::Social,
        slot_start: off_slot,
    };
    refused(&mut c, dco(), body, Paragraph::P7);
}

// §8 ------------------------------------------------------------------------------------------

#[test]
fn dso_8_no_call_starts_before_the_adult_check_is_recorded() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let b = c.book(d, CallKind::Social).unwrap();
    c.record(dco(), EventBody::CallCheckedIn { booking: b })
        .unwrap();
    let err = refused(
        &mut c,
        dco(),
        EventBody::CallerAdmitted { booking: b },
        Paragraph::P8,
    );
    assert_eq!(err, RuleViolation::AdultCheckMissing);
    refused(
        &mut c,
        dco(),
        EventBody::CallStarted { booking: b },
        Paragraph::P8,
    );
    c.record(
        dco(),
        EventBody::AdultCheckRecorded {
            booking: b,
            recipient_is_adult: true,
        },
    )
    .unwrap();
    c.record(dco(), EventBody::CallerAdmitted { booking: b })
        .unwrap();
    c.record(dco(), EventBody::CallStarted { booking: b })
        .unwrap();
    assert!(matches!(
        c.centre().calls[&b].phase,
        CallPhase::InCall { .. }
    ));
}

#[test]
fn dso_8_a_recipient_not_confirmed_adult_ends_the_call() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let b = c.book(d, CallKind::Social).unwrap();
    c.record(dco(), EventBody::CallCheckedIn { booking: b })
        .unwrap();
    c.record(
        dco(),
        EventBody::AdultCheckRecorded {
            booking: b,
            recipient_is_adult: false,
        },
    )
    .unwrap();
    assert!(matches!(
        c.centre().calls[&b].phase,
        CallPhase::Finished {
            outcome: CallOutcome::Ended(EndReason::RecipientNotAdult),
            ..
        }
    ));
    refused(
        &mut c,
        dco(),
        EventBody::CallerAdmitted { booking: b },
        Paragraph::P8,
    );
}

// §9 ------------------------------------------------------------------------------------------

#[test]
fn dso_9_a_legal_call_takes_a_full_slot_from_a_social_call() {
    let mut c = TestCentre::open();
    let slot = c.next_slot();
    let (a, b, l) = (c.ready_detainee(), c.ready_detainee(), c.ready_detainee());
    let s1 = c.book_at(a, CallKind::Social, slot).unwrap();
    let s2 = c.book_at(b, CallKind::Social, slot).unwrap();
    let legal = c.book_at(l, CallKind::Legal, slot).unwrap();
    let view = c.centre().day(kinline_shared::time::london_date(slot));
    let this = view.iter().find(|s| s.start == slot).unwrap();
    assert_eq!(
        this.bookings,
        vec![legal, s1],
        "legal first; the latest social call is displaced"
    );
    assert!(matches!(
        c.centre().calls[&s2].phase,
        CallPhase::Finished {
            outcome: CallOutcome::Cancelled,
            ..
        }
    ));
}

#[test]
fn dso_9_a_social_call_cannot_overfill_a_slot() {
    let mut c = TestCentre::open();
    let slot = c.next_slot();
    let (a, b, x) = (c.ready_detainee(), c.ready_detainee(), c.ready_detainee());
    c.book_at(a, CallKind::Legal, slot).unwrap();
    c.book_at(b, CallKind::Legal, slot).unwrap();
    let bk = kinline_shared::ids::BookingId(c.id());
    let body = EventBody::CallBooked {
        booking: bk,
        detainee: x,
        kind: CallKind::Social,
        slot_start: slot,
    };
    assert_eq!(
        refused(&mut c, dco(), body, Paragraph::P9),
        RuleViolation::SlotFull
    );
    // A legal call cannot displace another legal call either.
    let bk = kinline_shared::ids::BookingId(c.id());
    let body = EventBody::CallBooked {
        booking: bk,
        detainee: x,
        kind: CallKind::Legal,
        slot_start: slot,
    };
    refused(&mut c, dco(), body, Paragraph::P9);
}

#[test]
fn dso_9_a_legal_call_is_private_with_no_supervision_view() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let b = c.book(d, CallKind::Legal).unwrap();
    c.record(dco(), EventBody::CallCheckedIn { booking: b })
        .unwrap();
    c.record(
        dco(),
        EventBody::AdultCheckRecorded {
            booking: b,
            recipient_is_adult: true,
        },
    )
    .unwrap();
    let call = &c.centre().calls[&b];
    let (_, effects) = call.phase.step(&call.info, CallStep::Admit, c.now).unwrap();
    assert_eq!(
        effects,
        vec![CallEffect::ConnectDetainee { supervised: false }]
    );
    let social = c.ready_detainee();
    let sb = c.book(social, CallKind::Social).unwrap();
    c.record(dco(), EventBody::CallCheckedIn { booking: sb })
        .unwrap();
    c.record(
        dco(),
        EventBody::AdultCheckRecorded {
            booking: sb,
            recipient_is_adult: true,
        },
    )
    .unwrap();
    let call = &c.centre().calls[&sb];
    let (_, effects) = call.phase.step(&call.info, CallStep::Admit, c.now).unwrap();
    assert_eq!(
        effects,
        vec![CallEffect::ConnectDetainee { supervised: true }]
    );
}

// §10, §15, Annex A: the compact ---------------------------------------------------------------

#[test]
fn dso_10_no_call_for_a_detainee_who_has_not_signed_the_compact() {
    let mut c = TestCentre::open();
    let d = c.detainee("ar", false, vec![]);
    let b = c.book(d, CallKind::Social).unwrap();
    c.record(dco(), EventBody::CallCheckedIn { booking: b })
        .unwrap();
    c.record(
        dco(),
        EventBody::AdultCheckRecorded {
            booking: b,
            recipient_is_adult: true,
        },
    )
    .unwrap();
    let err = refused(
        &mut c,
        dco(),
        EventBody::CallerAdmitted { booking: b },
        Paragraph::P10,
    );
    assert_eq!(
        err,
        RuleViolation::CompactNotSigned {
            current: COMPACT_VERSION.into()
        }
    );
    c.sign_compact(d, "ar").unwrap();
    c.record(dco(), EventBody::CallerAdmitted { booking: b })
        .unwrap();
}

#[test]
fn dso_10_a_new_compact_version_must_be_signed_again() {
    let mut c = TestCentre::open();
    let (d, b) = c.running_call();
    c.record(
        dco(),
        EventBody::CallEnded {
            booking: b,
            reason: EndReason::Completed,
        },
    )
    .unwrap();
    c.record(
        admin(),
        EventBody::CompactVersionPublished {
            version: CompactVersion("2027-01".into()),
            languages: vec![LanguageTag::new("en-GB"), LanguageTag::new("ar")],
        },
    )
    .unwrap();
    assert_eq!(
        c.centre().call_access(d, c.now),
        Err(RuleViolation::CompactNotSigned {
            current: "2027-01".into()
        })
    );
    let old = EventBody::CompactPresented {
        detainee: d,
        version: CompactVersion(COMPACT_VERSION.into()),
        language: LanguageTag::new("ar"),
    };
    refused(&mut c, dco(), old, Paragraph::P10);
}

#[test]
fn dso_10_signing_needs_a_signature_on_the_pad() {
    let mut c = TestCentre::open();
    let d = c.detainee("ar", false, vec![]);
    let (v, l) = (
        CompactVersion(COMPACT_VERSION.into()),
        LanguageTag::new("ar"),
    );
    c.record(
        dco(),
        EventBody::CompactPresented {
            detainee: d,
            version: v.clone(),
            language: l.clone(),
        },
    )
    .unwrap();
    c.record(
        dco(),
        EventBody::CompactExplained {
            detainee: d,
            version: v.clone(),
            language: l.clone(),
            how: Explanation::ReadAloud {
                audio_completed: true,
            },
        },
    )
    .unwrap();
    let mut blank = a_signature();
    blank.strokes.clear();
    let body = EventBody::CompactSigned {
        detainee: d,
        version: v,
        language: l,
        text_hash: TextHash::of("x"),
        signature: blank,
    };
    assert_eq!(
        refused(&mut c, dco(), body, Paragraph::P10),
        RuleViolation::SignatureMissing
    );
}

#[test]
fn dso_15_signing_before_the_compact_was_read_or_explained_is_refused() {
    let mut c = TestCentre::open();
    let d = c.detainee("ar", false, vec![]);
    let body = EventBody::CompactSigned {
        detainee: d,
        version: CompactVersion(COMPACT_VERSION.into()),
        language: LanguageTag::new("ar"),
        text_hash: TextHash::of("x"),
        signature: a_signature(),
    };
    assert_eq!(
        refused(&mut c, dco(), body, Paragraph::P15),
        RuleViolation::CompactNotExplained
    );
}

#[test]
fn dso_15_the_compact_in_english_for_someone_whose_english_is_not_enough_is_refused() {
    let mut c = TestCentre::open();
    let d = c.detainee("ar", false, vec![]);
    let body = EventBody::CompactExplained {
        detainee: d,
        version: CompactVersion(COMPACT_VERSION.into()),
        language: LanguageTag::new("en-GB"),
        how: Explanation::ReadAloud {
            audio_completed: true,
        },
    };
    let err = refused(&mut c, dco(), body, Paragraph::P15);
    assert_eq!(
        err,
        RuleViolation::LanguageNotUnderstood {
            language: "en-GB".into()
        }
    );
}

#[test]
fn dso_15_audio_stopped_before_the_end_does_not_count() {
    let mut c = TestCentre::open();
    let d = c.detainee("ar", false, vec![]);
    let body = EventBody::CompactExplained {
        detainee: d,
        version: CompactVersion(COMPACT_VERSION.into()),
        language: LanguageTag::new("ar"),
        how: Explanation::ReadAloud {
            audio_completed: false,
        },
    };
    assert_eq!(
        refused(&mut c, dco(), body, Paragraph::P15),
        RuleViolation::CompactAudioIncomplete
    );
}

#[test]
fn dso_15_an_interpreter_explains_with_a_recorded_reference() {
    let mut c = TestCentre::open();
    let d = c.detainee("ti", false, vec![]);
    let (v, l) = (
        CompactVersion(COMPACT_VERSION.into()),
        LanguageTag::new("en-GB"),
    );
    let explain = |reference: &str| EventBody::CompactExplained {
        detainee: d,
        version: v.clone(),
        language: l.clone(),
        how: Explanation::Interpreter {
            reference: reference.into(),
        },
    };
    assert_eq!(
        refused(&mut c, dco(), explain("  "), Paragraph::P15),
        RuleViolation::InterpreterReferenceMissing
    );
    c.record(dco(), explain("LanguageLine 448812")).unwrap();
    c.record(
        dco(),
        EventBody::CompactSigned {
            detainee: d,
            version: v,
            language: l,
            text_hash: TextHash::of("x"),
            signature: a_signature(),
        },
    )
    .unwrap();
    assert_eq!(c.centre().call_access(d, c.now), Ok(()));
}

/// The compact in `language`, presented and explained `how`, as the DCO records it.
fn present_and_explain(
    c: &mut TestCentre,
    d: kinline_shared::ids::DetaineeId,
    language: &str,
    how: Explanation,
) -> Result<(), RuleViolation> {
    let (version, language) = (
        CompactVersion(COMPACT_VERSION.into()),
        LanguageTag::new(language),
    );
    c.record(
        dco(),
        EventBody::CompactPresented {
            detainee: d,
            version: version.clone(),
            language: language.clone(),
        },
    )?;
    c.record(
        dco(),
        EventBody::CompactExplained {
            detainee: d,
            version,
            language,
            how,
        },
    )
    .map(|_| ())
}

fn signed(d: kinline_shared::ids::DetaineeId, language: &str) -> EventBody {
    EventBody::CompactSigned {
        detainee: d,
        version: CompactVersion(COMPACT_VERSION.into()),
        language: LanguageTag::new(language),
        text_hash: TextHash::of("the compact text shown"),
        signature: a_signature(),
    }
}

#[test]
fn dso_15_reading_it_themselves_does_not_count_when_their_english_is_not_enough() {
    let mut c = TestCentre::open();
    // Arabic is their language, but their English is not enough: §15 says it is read to them.
    let d = c.detainee("ar", false, vec![]);
    let err = present_and_explain(&mut c, d, "ar", Explanation::ReadOnScreen).unwrap_err();
    assert_eq!(err, RuleViolation::CompactMustBeReadToThem);
    assert_eq!(err.paragraph(), Paragraph::P15);
    let message = err.to_string();
    assert!(message.starts_with("DSO 01/2020 §15"), "{message}");
    assert!(
        message.contains("read to them") && message.contains("interpreter"),
        "says what to do: {message}"
    );
    assert_eq!(
        refused(&mut c, dco(), signed(d, "ar"), Paragraph::P15),
        RuleViolation::CompactNotExplained,
        "the signature after reading it themselves is refused"
    );
    assert!(c.centre().call_access(d, c.now).is_err());

    // Someone whose English was thought enough read it themselves; then it is found not to be:
    // their reading no longer counts, and the signature is refused until it is read to them.
    let e = c.detainee("ar", true, vec![]);
    present_and_explain(&mut c, e, "ar", Explanation::ReadOnScreen).unwrap();
    c.record(
        admin(),
        EventBody::DetaineeProfileUpdated {
            detainee: e,
            languages: vec![LanguageTag::new("ar")],
            english_sufficient: false,
            control_measures: vec![],
            imminent_removal: false,
        },
    )
    .unwrap();
    assert_eq!(
        refused(&mut c, dco(), signed(e, "ar"), Paragraph::P15),
        RuleViolation::CompactMustBeReadToThem
    );
}

#[test]
fn dso_15_when_their_english_is_not_enough_a_voice_to_the_end_or_an_interpreter_lets_them_sign() {
    let mut c = TestCentre::open();
    // Read aloud by the tablet, played to the end.
    let d = c.detainee("ar", false, vec![]);
    let played = Explanation::ReadAloud {
        audio_completed: true,
    };
    present_and_explain(&mut c, d, "ar", played).unwrap();
    c.record(dco(), signed(d, "ar")).unwrap();
    assert_eq!(c.centre().call_access(d, c.now), Ok(()));
    // Read and explained by an interpreter whose reference is recorded, in a language with no
    // voice on the tablet.
    let e = c.detainee("ti", false, vec![]);
    let interpreter = Explanation::Interpreter {
        reference: "LanguageLine 448812".into(),
    };
    present_and_explain(&mut c, e, "en-GB", interpreter).unwrap();
    c.record(dco(), signed(e, "en-GB")).unwrap();
    assert_eq!(c.centre().call_access(e, c.now), Ok(()));
    // Someone whose English is enough may still read it themselves.
    let f = c.detainee("pl", true, vec![]);
    present_and_explain(&mut c, f, "pl", Explanation::ReadOnScreen).unwrap();
    c.record(dco(), signed(f, "pl")).unwrap();
    assert_eq!(c.centre().call_access(f, c.now), Ok(()));
}

// §11, §12, §19 --------------------------------------------------------------------------------

#[test]
fn dso_11_12_every_termination_by_staff_is_referred_to_security() {
    let mut c = TestCentre::open();
    let (_, b) = c.running_call();
    c.advance(Duration::minutes(7));
    let ids = c
        .record(
            dco(),
            EventBody::CallTerminated {
                booking: b,
                reason: TerminationReason::Recording,
            },
        )
        .unwrap();
    assert_eq!(ids.len(), 2, "termination and its referral");
    let referral = &c.centre().referrals[&ReferralSource::Termination(b)];
    assert_eq!(referral.status, kinline_shared::model::ReferralStatus::Open);
    let call = &c.centre().calls[&b];
    let log = CallLog::of(&call.info, &call.phase).unwrap();
    assert_eq!(
        log.outcome,
        CallOutcome::Terminated(TerminationReason::Recording)
    );
    assert_eq!(log.duration_seconds, 7 * 60);
}

#[test]
fn dso_19_a_dco_concern_becomes_an_incident_report_for_security() {
    let mut c = TestCentre::open();
    let (d, b) = c.running_call();
    c.record(
        dco(),
        EventBody::CallTerminated {
            booking: b,
            reason: TerminationReason::ConcernForRecipient,
        },
    )
    .unwrap();
    let incident = IncidentId(c.id());
    c.record(
        dco(),
        EventBody::IncidentReported {
            incident,
            booking: Some(b),
            detainee: Some(d),
            category: IncidentCategory::RecipientSafety,
            account: "The recipient appeared frightened of someone off camera.".into(),
        },
    )
    .unwrap();
    assert!(
        c.centre()
            .referrals
            .contains_key(&ReferralSource::Incident(incident))
    );
    assert_eq!(c.centre().referrals.len(), 2);
    let empty = EventBody::IncidentReported {
        incident: IncidentId(c.id()),
        booking: None,
        detainee: None,
        category: IncidentCategory::Other,
        account: " ".into(),
    };
    refused(&mut c, dco(), empty, Paragraph::P19);
}

#[test]
fn dso_19_security_reads_the_whole_report_and_the_calls_log_facts_and_records_its_review() {
    use kinline_shared::model::ReferralStatus;
    use kinline_shared::security::referral_files;
    let mut c = TestCentre::open();
    let (d, b) = c.running_call();
    let incident = IncidentId(c.id());
    let account = "The recipient appeared frightened of someone off camera.";
    c.record(
        dco(),
        EventBody::IncidentReported {
            incident,
            booking: Some(b),
            detainee: Some(d),
            category: IncidentCategory::RecipientSafety,
            account: account.into(),
        },
    )
    .unwrap();
    let source = ReferralSource::Incident(incident);
    // The referral carries the call id.
    let referral = &c.centre().referrals[&source];
    assert_eq!((referral.booking, referral.detainee), (Some(b), Some(d)));
    c.advance(Duration::minutes(5));
    c.record(
        dco(),
        EventBody::CallEnded {
            booking: b,
            reason: EndReason::SlotEnded,
        },
    )
    .unwrap();
    let security = staff(kinline_shared::actor::Role::Security);
    c.record(
        security,
        EventBody::ReferralUpdated {
            source,
            status: ReferralStatus::Investigating,
        },
    )
    .unwrap();
    let outcome = ReferralStatus::Closed {
        outcome: "Spoke to the detainee; no further action.".into(),
    };
    c.record(
        security,
        EventBody::ReferralUpdated {
            source,
            status: outcome.clone(),
        },
    )
    .unwrap();
    let files = referral_files(c.centre(), c.timeline.events());
    let file = files.iter().find(|f| f.source == source).unwrap();
    assert_eq!(file.booking, Some(b));
    let report = file.report.as_ref().expect("the whole incident report");
    assert_eq!(report.account, account);
    assert_eq!(report.category, IncidentCategory::RecipientSafety);
    assert_eq!(report.reported_by, dco_id());
    let call = file.call.as_ref().expect("the call's log facts");
    assert_eq!(call.kind, CallKind::Social);
    let log = call.log.as_ref().expect("the call is over: its log");
    assert_eq!(log.duration_seconds, 5 * 60);
    assert_eq!(log.outcome, CallOutcome::Ended(EndReason::SlotEnded));
    // Security's review and outcome, each with who recorded it.
    assert_eq!(file.status, outcome);
    assert_eq!(file.reviews.len(), 2);
    assert!(file.reviews.iter().all(|r| r.by == staff_id(security)));
    // The call's facts are the log's fields only: never what was said or shown.
    let json = serde_json::to_value(call).unwrap();
    let keys: Vec<&String> = json["log"].as_object().unwrap().keys().collect();
    assert!(keys.iter().all(|k| CALL_LOG_FIELDS.contains(&k.as_str())));
    assert_eq!(
        json.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["kind", "log", "slot_start"]
    );
}

fn staff_id(a: kinline_shared::actor::Actor) -> Option<kinline_shared::ids::StaffId> {
    match a {
        kinline_shared::actor::Actor::Staff { id, .. } => Some(id),
        kinline_shared::actor::Actor::Detainee { .. } => None,
    }
}

fn dco_id() -> Option<kinline_shared::ids::StaffId> {
    staff_id(dco())
}

#[test]
fn dso_12_only_security_updates_a_referral() {
    let mut c = TestCentre::open();
    let (_, b) = c.running_call();
    c.record(
        dco(),
        EventBody::CallTerminated {
            booking: b,
            reason: TerminationReason::Recording,
        },
    )
    .unwrap();
    let update = EventBody::ReferralUpdated {
        source: ReferralSource::Termination(b),
        status: kinline_shared::model::ReferralStatus::Investigating,
    };
    refused(&mut c, dco(), update.clone(), Paragraph::P12);
    c.record(staff(kinline_shared::actor::Role::Security), update)
        .unwrap();
}

// §14 ------------------------------------------------------------------------------------------

#[test]
fn dso_14_mappa_needs_a_risk_assessment_that_allows_calls() {
    let mut c = TestCentre::open();
    let d = c.detainee("ar", false, vec![ControlMeasure::Mappa]);
    c.sign_compact(d, "ar").unwrap();
    let b = c.book(d, CallKind::Social).unwrap();
    c.record(dco(), EventBody::CallCheckedIn { booking: b })
        .unwrap();
    c.record(
        dco(),
        EventBody::AdultCheckRecorded {
            booking: b,
            recipient_is_adult: true,
        },
    )
    .unwrap();
    let err = refused(
        &mut c,
        dco(),
        EventBody::CallerAdmitted { booking: b },
        Paragraph::P14,
    );
    assert_eq!(
        err,
        RuleViolation::RiskAssessmentRequired {
            measure: "MAPPA".into()
        }
    );
    let assess = |allows| EventBody::RiskAssessmentRecorded {
        detainee: d,
        allows_video_calls: allows,
        reference: "RA-2026-0117".into(),
    };
    refused(&mut c, dco(), assess(true), Paragraph::P14);
    let security = staff(kinline_shared::actor::Role::Security);
    c.record(security, assess(false)).unwrap();
    refused(
        &mut c,
        dco(),
        EventBody::CallerAdmitted { booking: b },
        Paragraph::P14,
    );
    c.record(security, assess(true)).unwrap();
    c.record(dco(), EventBody::CallerAdmitted { booking: b })
        .unwrap();
}

#[test]
fn dso_14_a_restraining_order_is_named_in_the_refusal() {
    let mut c = TestCentre::open();
    let d = c.detainee("ar", false, vec![ControlMeasure::RestrainingOrder]);
    c.sign_compact(d, "ar").unwrap();
    let err = c.centre().call_access(d, c.now).unwrap_err();
    assert!(err.to_string().contains("a restraining order"), "{err}");
}

#[test]
fn dso_14_a_refused_risk_assessment_is_named_with_its_reference_and_date() {
    let mut c = TestCentre::open();
    let d = c.detainee("ar", false, vec![ControlMeasure::Mappa]);
    c.sign_compact(d, "ar").unwrap();
    let security = staff(kinline_shared::actor::Role::Security);
    c.record(
        security,
        EventBody::RiskAssessmentRecorded {
            detainee: d,
            allows_video_calls: false,
            reference: "RA-2026-0117".into(),
        },
    )
    .unwrap();
    let assessed = kinline_shared::time::london_date(c.now);
    c.now += Duration::days(2);
    let err = c.centre().call_access(d, c.now).unwrap_err();
    assert_eq!(err.paragraph(), Paragraph::P14);
    assert_eq!(
        err,
        RuleViolation::RiskAssessmentRefused {
            measure: "MAPPA".into(),
            reference: "RA-2026-0117".into(),
            date: assessed,
        }
    );
    let said = err.to_string();
    assert!(
        said.contains("RA-2026-0117") && said.contains(&assessed.to_string()),
        "{said}"
    );
    assert_eq!(err.message_id(), "refusal-risk-assessment-refused");
}

#[test]
fn dso_14_a_refused_risk_assessment_gives_its_date_as_an_iso_date() {
    let mut c = TestCentre::open();
    let d = c.detainee("ar", false, vec![ControlMeasure::Mappa]);
    c.sign_compact(d, "ar").unwrap();
    c.record(
        staff(kinline_shared::actor::Role::Security),
        EventBody::RiskAssessmentRecorded {
            detainee: d,
            allows_video_calls: false,
            reference: "RA-2026-0117".into(),
        },
    )
    .unwrap();
    c.now += Duration::days(3);
    let err = c.centre().call_access(d, c.now).unwrap_err();
    let said = err.to_string();
    assert!(
        said.contains("assessment RA-2026-0117 of 2026-11-28 does not allow"),
        "{said}"
    );
    let date = err
        .args()
        .into_iter()
        .find(|(name, _)| *name == "date")
        .map(|(_, v)| v);
    assert_eq!(
        date,
        Some(kinline_shared::dso::MessageArg::Text("2026-11-28".into()))
    );
    // The tablet's refusal, in any reader's language, keeps the ISO date.
    for tag in ["en-GB", "fr", "ar", "zh-Hans"] {
        let _in = kinline_app::ui::text::scope(&LanguageTag::new(tag));
        let shown = kinline_app::ui::text::refusal(&err).replace(['\u{2068}', '\u{2069}'], "");
        assert!(shown.contains("2026-11-28"), "{tag}: {shown}");
    }
}

// §17 ------------------------------------------------------------------------------------------

fn suspend(
    c: &mut TestCentre,
    d: kinline_shared::ids::DetaineeId,
    until: Option<chrono::DateTime<Utc>>,
) -> SuspensionId {
    let s = SuspensionId(c.id());
    c.record(
        manager(),
        EventBody::SuspensionDecided {
            suspension: s,
            detainee: d,
            reason: SuspensionReason::Security,
            reasons: "Attempted to pass a message arranging a prohibited item.".into(),
            evidence: vec![],
            until,
            security_report: Some("SIR 2026/0412".into()),
            not_a_sanction: true,
        },
    )
    .unwrap();
    s
}

#[test]
fn dso_10_14_17_booking_a_detainee_who_cannot_call_yet_says_what_must_happen_first() {
    use kinline_shared::booking::{BeforeCalling, before_calling};
    let mut c = TestCentre::open();
    // Subject to MAPPA, compact not signed: both, in the rulebook's order, with its words.
    let d = c.detainee("ar", false, vec![ControlMeasure::Mappa]);
    let before = before_calling(c.centre(), d, c.now);
    assert_eq!(
        before,
        vec![
            BeforeCalling::Rule(RuleViolation::CompactNotSigned {
                current: COMPACT_VERSION.into()
            }),
            BeforeCalling::Rule(RuleViolation::RiskAssessmentRequired {
                measure: "MAPPA".into()
            }),
        ]
    );
    // The same checks the call itself meets: the first is what `call_access` refuses with.
    assert_eq!(
        c.centre().call_access(d, c.now),
        Err(RuleViolation::CompactNotSigned {
            current: COMPACT_VERSION.into()
        })
    );
    // A slot can still be booked for once these are done.
    assert!(c.book(d, CallKind::Social).is_ok());
    c.sign_compact(d, "ar").unwrap();
    let security = staff(kinline_shared::actor::Role::Security);
    let assess = |allows| EventBody::RiskAssessmentRecorded {
        detainee: d,
        allows_video_calls: allows,
        reference: "RA-2026-0117".into(),
    };
    c.record(security, assess(false)).unwrap();
    assert!(matches!(
        &before_calling(c.centre(), d, c.now)[..],
        [BeforeCalling::Rule(RuleViolation::RiskAssessmentRefused { reference, .. })]
            if reference == "RA-2026-0117"
    ));
    c.record(security, assess(true)).unwrap();
    assert_eq!(before_calling(c.centre(), d, c.now), vec![]);

    // Suspended for a fortnight: until the end of its first week as things stand (it needs the
    // Compliance Manager's authorisation to go on, §18), then the authorised end.
    let decided = c.now;
    let s = suspend(&mut c, d, Some(decided + Duration::days(14)));
    let week = c.centre().suspensions[&s].authorisation_due();
    assert_eq!(
        before_calling(c.centre(), d, c.now),
        vec![BeforeCalling::Suspended {
            until: week,
            legal_access: None
        }]
    );
    c.record(
        manager(),
        EventBody::AlternativeLegalAccessArranged {
            suspension: s,
            method: LegalAccessMethod::Telephone,
        },
    )
    .unwrap();
    c.record(
        compliance(),
        EventBody::SuspensionAuthorised {
            suspension: s,
            until: decided + Duration::days(14),
        },
    )
    .unwrap();
    assert_eq!(
        before_calling(c.centre(), d, c.now),
        vec![BeforeCalling::Suspended {
            until: decided + Duration::days(14),
            legal_access: Some(LegalAccessMethod::Telephone)
        }]
    );
    // And nothing can be booked meanwhile (§17): the form offers no slot.
    assert!(
        kinline_shared::booking::free_slots(c.centre(), d, CallKind::Legal, c.now, 14).is_empty()
    );
}

#[test]
fn dso_17_a_dco_cannot_suspend_access() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let body = EventBody::SuspensionDecided {
        suspension: SuspensionId(c.id()),
        detainee: d,
        reason: SuspensionReason::Security,
        reasons: "x".into(),
        evidence: vec![],
        until: None,
        security_report: Some("SIR 2026/0412".into()),
        not_a_sanction: true,
    };
    let err = refused(&mut c, dco(), body.clone(), Paragraph::P17);
    assert!(
        err.to_string()
            .contains("Detainee Custody Officer may not suspend access"),
        "{err}"
    );
    refused(&mut c, compliance(), body.clone(), Paragraph::P17);
    c.record(
        staff(kinline_shared::actor::Role::DeputyCentreManager),
        body,
    )
    .unwrap();
}

#[test]
fn dso_17_a_suspension_for_breach_must_rest_on_video_call_evidence() {
    let mut c = TestCentre::open();
    let (d, b) = c.running_call();
    let other = c.ready_detainee();
    let breach = |c: &mut TestCentre, who, evidence| EventBody::SuspensionDecided {
        suspension: SuspensionId(c.id()),
        detainee: who,
        reason: SuspensionReason::BreachOfAcceptableUse,
        reasons: "Recorded the call on a second phone.".into(),
        evidence,
        until: None,
        security_report: None,
        not_a_sanction: true,
    };
    let body = breach(&mut c, d, vec![]);
    assert_eq!(
        refused(&mut c, manager(), body, Paragraph::P17),
        RuleViolation::SuspensionWithoutVideoCallEvidence
    );
    // A call that ended normally is not evidence of a breach.
    c.record(
        dco(),
        EventBody::CallTerminated {
            booking: b,
            reason: TerminationReason::Recording,
        },
    )
    .unwrap();
    let body = breach(&mut c, other, vec![Evidence::TerminatedCall(b)]);
    refused(&mut c, manager(), body, Paragraph::P17);
    let body = breach(&mut c, d, vec![Evidence::TerminatedCall(b)]);
    c.record(manager(), body).unwrap();
}

/// A suspension of `d` for `reason` on `evidence` and `report`, stated to be no sanction.
fn decision(
    c: &mut TestCentre,
    d: kinline_shared::ids::DetaineeId,
    reason: SuspensionReason,
    evidence: Vec<Evidence>,
    report: Option<&str>,
) -> EventBody {
    EventBody::SuspensionDecided {
        suspension: SuspensionId(c.id()),
        detainee: d,
        reason,
        reasons: "The reasons, for the written notice.".into(),
        evidence,
        until: None,
        security_report: report.map(str::to_owned),
        not_a_sanction: true,
    }
}

/// An incident report by the DCO about `booking` (a call) or about no call.
fn incident(
    c: &mut TestCentre,
    d: kinline_shared::ids::DetaineeId,
    booking: Option<kinline_shared::ids::BookingId>,
    category: IncidentCategory,
) -> Evidence {
    let incident = IncidentId(c.id());
    c.record(
        dco(),
        EventBody::IncidentReported {
            incident,
            booking,
            detainee: Some(d),
            category,
            account: "What the DCO saw.".into(),
        },
    )
    .unwrap();
    Evidence::Incident(incident)
}

#[test]
fn dso_17_every_reason_rests_on_a_basis_tied_to_the_video_call_service() {
    use SuspensionReason::{BreachOfAcceptableUse as Breach, Safety, Security};
    let mut c = TestCentre::open();
    let (d, b) = c.running_call();
    // An incident on the wing names the detainee but is not about a call: no basis at all.
    let wing = incident(&mut c, d, None, IncidentCategory::BreachOfTerms);
    let body = decision(&mut c, d, Breach, vec![wing], None);
    assert_eq!(
        refused(&mut c, manager(), body, Paragraph::P17),
        RuleViolation::SuspensionWithoutVideoCallEvidence
    );
    // Security rests on a security information report (DSO 11/2014), by its reference.
    let body = decision(&mut c, d, Security, vec![], None);
    assert_eq!(
        refused(&mut c, manager(), body, Paragraph::P17),
        RuleViolation::SuspensionWithoutSecurityReport
    );
    let long = "S".repeat(kinline_shared::basis::MAX_SECURITY_REPORT + 1);
    let body = decision(&mut c, d, Security, vec![], Some(&long));
    assert!(matches!(
        refused(&mut c, manager(), body, Paragraph::P17),
        RuleViolation::TextLength { .. }
    ));
    let body = decision(&mut c, d, Security, vec![wing], Some("SIR 2026/0412"));
    refused(&mut c, manager(), body, Paragraph::P17);
    // Safety rests on a safety concern recorded about this detainee's call: not any report.
    let recording = incident(&mut c, d, Some(b), IncidentCategory::Recording);
    let body = decision(&mut c, d, Safety, vec![recording], None);
    assert_eq!(
        refused(&mut c, manager(), body, Paragraph::P17),
        RuleViolation::SuspensionWithoutSafetyConcern
    );
    let body = decision(&mut c, d, Safety, vec![], None);
    refused(&mut c, manager(), body, Paragraph::P17);
    let concern = incident(&mut c, d, Some(b), IncidentCategory::RecipientSafety);
    let body = decision(&mut c, d, Safety, vec![concern], None);
    c.record(manager(), body).unwrap();
    // A breach rests on an incident report about one of this detainee's calls.
    let body = decision(&mut c, d, Breach, vec![recording], None);
    c.record(manager(), body).unwrap();
    let body = decision(&mut c, d, Security, vec![], Some("SIR 2026/0412"));
    c.record(manager(), body).unwrap();
    // A call terminated out of concern for the recipient is a recorded safety concern.
    let (other, call) = c.running_call();
    c.record(
        dco(),
        EventBody::CallTerminated {
            booking: call,
            reason: TerminationReason::ConcernForRecipient,
        },
    )
    .unwrap();
    let body = decision(
        &mut c,
        other,
        Safety,
        vec![Evidence::TerminatedCall(call)],
        None,
    );
    c.record(manager(), body).unwrap();
}

#[test]
fn dso_17_the_manager_states_it_is_no_sanction_and_the_compliance_manager_sees_the_basis() {
    let mut c = TestCentre::open();
    let (d, b) = c.running_call();
    let evidence = incident(&mut c, d, Some(b), IncidentCategory::Recording);
    let EventBody::SuspensionDecided {
        suspension,
        detainee,
        reason,
        reasons,
        evidence: cited,
        until,
        security_report,
        ..
    } = decision(
        &mut c,
        d,
        SuspensionReason::BreachOfAcceptableUse,
        vec![evidence],
        Some("SIR 2026/0412"),
    )
    else {
        unreachable!()
    };
    let body = |not_a_sanction| EventBody::SuspensionDecided {
        suspension,
        detainee,
        reason,
        reasons: reasons.clone(),
        evidence: cited.clone(),
        until,
        security_report: security_report.clone(),
        not_a_sanction,
    };
    assert_eq!(
        refused(&mut c, manager(), body(false), Paragraph::P17),
        RuleViolation::SuspensionAsSanction
    );
    c.record(manager(), body(true)).unwrap();
    let basis = &c.centre().suspensions[&suspension].basis;
    assert_eq!(basis.evidence, vec![evidence]);
    assert_eq!(basis.security_report.as_deref(), Some("SIR 2026/0412"));
    assert!(basis.not_a_sanction);
}

#[test]
fn dso_17_the_console_offers_exactly_the_evidence_the_rulebook_accepts() {
    use kinline_shared::basis::evidence_accepted;
    let mut c = TestCentre::open();
    let (d, b) = c.running_call();
    let (_, other) = c.running_call();
    // Every kind of evidence there is: about this detainee's call, about no call, about
    // another detainee's call, each category; a termination for concern and for recording.
    let mut all = vec![incident(&mut c, d, None, IncidentCategory::Recording)];
    for category in [
        IncidentCategory::RecipientSafety,
        IncidentCategory::NatureOfCall,
        IncidentCategory::Recording,
        IncidentCategory::Other,
    ] {
        all.push(incident(&mut c, d, Some(b), category));
        all.push(incident(&mut c, d, Some(other), category));
    }
    for (call, reason) in [
        (b, TerminationReason::ConcernForRecipient),
        (other, TerminationReason::Recording),
    ] {
        c.record(
            dco(),
            EventBody::CallTerminated {
                booking: call,
                reason,
            },
        )
        .unwrap();
        all.push(Evidence::TerminatedCall(call));
    }
    let detainees: Vec<_> = c.centre().calls.values().map(|c| c.info.detainee).collect();
    for who in detainees {
        for reason in [
            SuspensionReason::BreachOfAcceptableUse,
            SuspensionReason::Safety,
            SuspensionReason::Security,
        ] {
            let offered = evidence_accepted(c.centre(), who, reason);
            for e in &all {
                let body = decision(&mut c, who, reason, vec![*e], Some("SIR 2026/0412"));
                let accepted = kinline_shared::rules::check(c.centre(), &manager(), &body, c.now);
                assert_eq!(
                    accepted.is_ok(),
                    offered.contains(e),
                    "{reason:?} {e:?}: offered {offered:?}, rulebook {accepted:?}"
                );
            }
        }
    }
}

#[test]
fn dso_17_a_suspension_recorded_before_the_statement_still_reads_and_folds() {
    let d = uuid::Uuid::from_u128(7);
    let s = uuid::Uuid::from_u128(8);
    // As stored before the basis fields existed.
    let stored = serde_json::json!({
        "type": "suspension_decided",
        "suspension": s,
        "detainee": d,
        "reason": "security",
        "reasons": "Passing messages.",
        "evidence": [],
        "until": null
    });
    let body: EventBody = serde_json::from_value(stored.clone()).unwrap();
    let EventBody::SuspensionDecided {
        security_report,
        not_a_sanction,
        ..
    } = &body
    else {
        panic!("{body:?}")
    };
    assert_eq!((security_report, not_a_sanction), (&None, &false));
    // Written back byte for byte as it was (its hash and signature still hold).
    assert_eq!(serde_json::to_value(&body).unwrap(), stored);
    let mut c = TestCentre::open();
    let event = c.stamp(manager(), body);
    c.timeline.insert(event);
    let suspension = &c.centre().suspensions[&SuspensionId(s)];
    assert!(!suspension.basis.not_a_sanction);
}

#[test]
fn dso_17_a_suspension_needs_written_reasons() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let body = EventBody::SuspensionDecided {
        suspension: SuspensionId(c.id()),
        detainee: d,
        reason: SuspensionReason::Safety,
        reasons: "".into(),
        evidence: vec![],
        until: None,
        security_report: None,
        not_a_sanction: true,
    };
    assert_eq!(
        refused(&mut c, manager(), body, Paragraph::P17),
        RuleViolation::SuspensionReasonsMissing
    );
}

#[test]
fn dso_17_the_written_notice_is_in_a_language_the_detainee_understands() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let s = suspend(&mut c, d, None);
    let notice = |lang: &str| EventBody::SuspensionNoticeGiven {
        suspension: s,
        language: LanguageTag::new(lang),
    };
    refused(&mut c, dco(), notice("en-GB"), Paragraph::P17);
    c.record(dco(), notice("ar")).unwrap();
    assert!(
        !c.centre()
            .deadlines()
            .iter()
            .any(|d| d.kind == DeadlineKind::WrittenNotice)
    );
}

#[test]
fn dso_17_a_suspended_detainee_can_neither_book_nor_be_connected() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let b = c.book(d, CallKind::Social).unwrap();
    suspend(&mut c, d, None);
    let err = refused(
        &mut c,
        dco(),
        EventBody::CallCheckedIn { booking: b },
        Paragraph::P17,
    );
    assert_eq!(err, RuleViolation::Suspended);
    let bk = kinline_shared::ids::BookingId(c.id());
    let slot = c.next_slot();
    let body = EventBody::CallBooked {
        booking: bk,
        detainee: d,
        kind: CallKind::Legal,
        slot_start: slot,
    };
    assert_eq!(
        refused(&mut c, dco(), body, Paragraph::P17),
        RuleViolation::Suspended
    );
}

// §18 ------------------------------------------------------------------------------------------

#[test]
fn dso_18_every_suspension_is_notified_to_the_compliance_manager() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let until = c.now + Duration::days(3);
    let s = suspend(&mut c, d, Some(until));
    let due = |c: &TestCentre| {
        c.centre()
            .deadlines()
            .into_iter()
            .find(|x| x.kind == DeadlineKind::NotifyComplianceManager)
    };
    let deadline = due(&c).expect("notification is due");
    assert!(!deadline.is_overdue(c.now + Duration::hours(23)));
    assert!(deadline.is_overdue(c.now + Duration::hours(25)));
    refused(
        &mut c,
        dco(),
        EventBody::ComplianceManagerNotified { suspension: s },
        Paragraph::P18,
    );
    c.record(
        manager(),
        EventBody::ComplianceManagerNotified { suspension: s },
    )
    .unwrap();
    assert!(due(&c).is_none());
}

#[test]
fn dso_18_appeal_decided_within_48h() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let s = suspend(&mut c, d, None);
    let appeal = AppealId(c.id());
    c.record(
        dco(),
        EventBody::SuspensionAppealed {
            suspension: s,
            appeal,
            reasons: "I did not record the call.".into(),
        },
    )
    .unwrap();
    let lodged = c.now;
    let deadline = c
        .centre()
        .deadlines()
        .into_iter()
        .find(|x| x.kind == DeadlineKind::AppealDecision)
        .unwrap();
    assert!(!deadline.is_overdue(lodged + Duration::hours(47) + Duration::minutes(59)));
    assert!(deadline.is_overdue(lodged + Duration::hours(48) + Duration::minutes(1)));
}

#[test]
fn dso_18_appeal_decided_within_12h_with_imminent_removal() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    c.record(
        admin(),
        EventBody::DetaineeProfileUpdated {
            detainee: d,
            languages: vec![LanguageTag::new("ar")],
            english_sufficient: false,
            control_measures: vec![],
            imminent_removal: true,
        },
    )
    .unwrap();
    let s = suspend(&mut c, d, None);
    let appeal = AppealId(c.id());
    c.record(
        kinline_shared::actor::Actor::Detainee { id: d },
        EventBody::SuspensionAppealed {
            suspension: s,
            appeal,
            reasons: "My flight is tomorrow.".into(),
        },
    )
    .unwrap();
    let lodged = c.now;
    let deadline = c
        .centre()
        .deadlines()
        .into_iter()
        .find(|x| x.kind == DeadlineKind::AppealDecision)
        .unwrap();
    assert!(!deadline.is_overdue(lodged + Duration::hours(11) + Duration::minutes(59)));
    assert!(deadline.is_overdue(lodged + Duration::hours(12) + Duration::minutes(1)));
}

#[test]
fn dso_18_an_appeal_decided_after_its_deadline_is_stored_marked_late_and_counted() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let s = suspend(&mut c, d, None);
    let appeal = |c: &mut TestCentre, reasons: &str| {
        let a = AppealId(c.id());
        c.record(
            dco(),
            EventBody::SuspensionAppealed {
                suspension: s,
                appeal: a,
                reasons: reasons.into(),
            },
        )
        .unwrap();
        a
    };
    let decide = |c: &mut TestCentre, a| {
        c.record(
            manager(),
            EventBody::AppealDecided {
                appeal: a,
                upheld: false,
                reasons: "The recording was seen on the body-worn camera.".into(),
            },
        )
        .unwrap();
    };
    // Decided at 47 hours: in time, not marked.
    let first = appeal(&mut c, "I did not record the call.");
    c.now += Duration::hours(47);
    decide(&mut c, first);
    assert!(c.centre().suspensions[&s].late_appeals.is_empty());
    // Decided at 49 hours: stored, and marked late with its deadline.
    let second = appeal(&mut c, "Nobody else was in the room.");
    let lodged = c.now;
    c.now += Duration::hours(49);
    decide(&mut c, second);
    let suspension = &c.centre().suspensions[&s];
    assert_eq!(
        suspension.decided_appeals,
        vec![(first, false), (second, false)]
    );
    assert_eq!(suspension.late_appeals.len(), 1);
    let late = suspension.late_appeals[0];
    assert_eq!(late.appeal, second);
    assert_eq!(late.decide_by, lodged + Duration::hours(48));
    assert_eq!(late.lateness(), Duration::hours(1));
    // The reports count it on the day it was decided.
    let today = kinline_shared::time::london_date(c.now);
    let rows = kinline_shared::reports::late_appeal_decisions(
        c.centre(),
        today - Duration::days(7),
        today,
    );
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].suspension, rows[0].appeal), (s, second));
    let csv = kinline_shared::reports::late_appeals_csv(&rows);
    assert!(csv.lines().nth(1).unwrap().ends_with(",60"), "{csv}");
    assert!(
        kinline_shared::reports::late_appeal_decisions(
            c.centre(),
            today + Duration::days(1),
            today + Duration::days(2)
        )
        .is_empty()
    );
}

#[test]
fn dso_18_an_upheld_appeal_lifts_the_suspension() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let s = suspend(&mut c, d, None);
    let appeal = AppealId(c.id());
    c.record(
        dco(),
        EventBody::SuspensionAppealed {
            suspension: s,
            appeal,
            reasons: "Mistaken identity.".into(),
        },
    )
    .unwrap();
    let decide = EventBody::AppealDecided {
        appeal,
        upheld: true,
        reasons: "CCTV shows another person.".into(),
    };
    refused(&mut c, dco(), decide.clone(), Paragraph::P18);
    let ids = c.record(manager(), decide.clone()).unwrap();
    assert_eq!(ids.len(), 2, "the decision and the lift");
    assert_eq!(c.centre().call_access(d, c.now), Ok(()));
    assert_eq!(
        refused(&mut c, manager(), decide, Paragraph::P18).paragraph(),
        Paragraph::P18
    );
}

#[test]
fn dso_18_a_suspension_past_day_7_needs_the_compliance_managers_authorisation() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let start = c.now;
    let s = suspend(&mut c, d, Some(start + Duration::days(21)));
    let day7 = start + Duration::days(7) - Duration::minutes(1);
    let day8 = start + Duration::days(7) + Duration::minutes(1);
    let centre = c.centre().clone();
    assert!(
        centre.suspension_in_force(d, day7).is_some(),
        "in force through day 7"
    );
    assert!(
        centre.suspension_in_force(d, day8).is_none(),
        "cannot continue into day 8 unauthorised"
    );
    let auth = centre
        .deadlines()
        .into_iter()
        .find(|x| x.kind == DeadlineKind::Authorisation)
        .unwrap();
    assert!(!auth.is_overdue(day7) && auth.is_overdue(day8));
    let authorise = EventBody::SuspensionAuthorised {
        suspension: s,
        until: start + Duration::days(21),
    };
    refused(&mut c, manager(), authorise.clone(), Paragraph::P18);
    c.advance(Duration::days(6));
    c.record(compliance(), authorise).unwrap();
    assert!(c.centre().suspension_in_force(d, day8).is_some());
}

#[test]
fn dso_18_a_short_suspension_needs_no_authorisation() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let until = c.now + Duration::days(5);
    let s = suspend(&mut c, d, Some(until));
    assert!(
        !c.centre()
            .deadlines()
            .iter()
            .any(|x| x.kind == DeadlineKind::Authorisation)
    );
    let body = EventBody::SuspensionAuthorised {
        suspension: s,
        until: c.now + Duration::days(5),
    };
    assert_eq!(
        refused(&mut c, compliance(), body, Paragraph::P18),
        RuleViolation::AuthorisationNotNeeded
    );
}

#[test]
fn dso_18_the_week_is_counted_in_london_days_across_the_clock_change() {
    let mut c = TestCentre::open_at(Utc.with_ymd_and_hms(2026, 10, 20, 9, 0, 0).unwrap());
    let d = c.ready_detainee();
    let start = c.now;
    suspend(&mut c, d, None);
    let auth = c
        .centre()
        .deadlines()
        .into_iter()
        .find(|x| x.kind == DeadlineKind::Authorisation)
        .unwrap();
    assert_eq!(
        auth.due - start,
        Duration::hours(169),
        "the clocks go back on 25 October"
    );
    assert!(
        c.centre()
            .suspension_in_force(d, start + Duration::hours(168) + Duration::minutes(30))
            .is_some()
    );
}

#[test]
fn dso_18_a_missed_weekly_review_is_overdue() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let s = suspend(&mut c, d, None);
    c.advance(Duration::days(6));
    c.record(
        compliance(),
        EventBody::SuspensionAuthorised {
            suspension: s,
            until: c.now + Duration::days(30),
        },
    )
    .unwrap();
    let authorised = c.now;
    let review = |c: &TestCentre| {
        c.centre()
            .deadlines()
            .into_iter()
            .find(|x| x.kind == DeadlineKind::WeeklyReview)
            .unwrap()
    };
    assert_eq!(review(&c).due, authorised + Duration::days(7));
    assert!(review(&c).is_overdue(authorised + Duration::days(7) + Duration::hours(1)));
    c.advance(Duration::days(7));
    c.record(
        compliance(),
        EventBody::SuspensionReviewed {
            suspension: s,
            continues: true,
            notes: "Risk remains.".into(),
        },
    )
    .unwrap();
    assert_eq!(review(&c).due, c.now + Duration::days(7));
    c.advance(Duration::days(7));
    let ids = c
        .record(
            compliance(),
            EventBody::SuspensionReviewed {
                suspension: s,
                continues: false,
                notes: "Risk has passed.".into(),
            },
        )
        .unwrap();
    assert_eq!(ids.len(), 2, "a review that ends the suspension lifts it");
    assert!(c.centre().deadlines().is_empty());
}

#[test]
fn dso_18_every_suspended_detainee_gets_alternative_legal_access() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let s = suspend(&mut c, d, None);
    assert!(
        c.centre()
            .deadlines()
            .iter()
            .any(|x| x.kind == DeadlineKind::AlternativeLegalAccess && x.suspension == s)
    );
    c.record(
        manager(),
        EventBody::AlternativeLegalAccessArranged {
            suspension: s,
            method: LegalAccessMethod::Telephone,
        },
    )
    .unwrap();
    assert!(
        !c.centre()
            .deadlines()
            .iter()
            .any(|x| x.kind == DeadlineKind::AlternativeLegalAccess)
    );
}

#[test]
fn dso_18_a_suspended_detainees_request_for_a_legal_call_is_recorded_routed_and_shown_until_met() {
    use kinline_shared::ids::LegalRequestId;
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let s = suspend(&mut c, d, None);
    // The legal call itself is still refused (§17)…
    let slot = c.next_slot();
    let legal = EventBody::CallBooked {
        booking: kinline_shared::ids::BookingId(c.id()),
        detainee: d,
        kind: CallKind::Legal,
        slot_start: slot,
    };
    assert_eq!(
        refused(&mut c, dco(), legal, Paragraph::P17),
        RuleViolation::Suspended
    );
    // …but the request is recorded, against the suspension in force.
    let request = LegalRequestId(c.id());
    c.record(
        dco(),
        EventBody::LegalAccessRequested {
            request,
            detainee: d,
            suspension: s,
        },
    )
    .unwrap();
    let open = c.centre().open_legal_requests();
    assert_eq!(open.len(), 1);
    assert_eq!((open[0].id, open[0].detainee), (request, d));
    assert_eq!(c.centre().legal_alternative(open[0]), None);
    // It cannot be met before an alternative is arranged: the manager is shown it meanwhile.
    let met = EventBody::LegalAccessRequestMet { request };
    let err = refused(&mut c, dco(), met.clone(), Paragraph::P18);
    assert_eq!(err, RuleViolation::LegalAlternativeNotArranged);
    c.record(
        manager(),
        EventBody::AlternativeLegalAccessArranged {
            suspension: s,
            method: LegalAccessMethod::Telephone,
        },
    )
    .unwrap();
    let open = c.centre().open_legal_requests();
    assert_eq!(
        c.centre().legal_alternative(open[0]),
        Some(&LegalAccessMethod::Telephone),
        "the request is routed to the alternative arranged for that detainee"
    );
    c.advance(Duration::minutes(20));
    c.record(dco(), met.clone()).unwrap();
    assert!(c.centre().open_legal_requests().is_empty());
    let r = &c.centre().legal_requests[&request];
    assert_eq!(r.met_by, Some(LegalAccessMethod::Telephone));
    assert_eq!(r.met_at, Some(c.now));
    refused(&mut c, dco(), met, Paragraph::P18);
    // A detainee who is not suspended books the legal call instead.
    let free = c.ready_detainee();
    let not_suspended = EventBody::LegalAccessRequested {
        request: LegalRequestId(c.id()),
        detainee: free,
        suspension: s,
    };
    refused(&mut c, dco(), not_suspended, Paragraph::P18);
    // Only those who work with detainees record it.
    let by_security = EventBody::LegalAccessRequested {
        request: LegalRequestId(c.id()),
        detainee: d,
        suspension: s,
    };
    refused(
        &mut c,
        staff(kinline_shared::actor::Role::Security),
        by_security,
        Paragraph::P18,
    );
}

// Annex A: the call log ------------------------------------------------------------------------

#[test]
fn annex_a_a_call_log_holds_only_date_time_duration_kind_and_outcome() {
    let mut c = TestCentre::open();
    let (_, b) = c.running_call();
    c.advance(Duration::minutes(25));
    c.record(
        dco(),
        EventBody::CallEnded {
            booking: b,
            reason: EndReason::SlotEnded,
        },
    )
    .unwrap();
    let call = &c.centre().calls[&b];
    let log = CallLog::of(&call.info, &call.phase).unwrap();
    let json = serde_json::to_value(&log).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = CALL_LOG_FIELDS.to_vec();
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(log.duration_seconds, 25 * 60);
    let mut smuggled = json.clone();
    smuggled["caller_name"] = serde_json::json!("Someone");
    assert!(
        serde_json::from_value::<CallLog>(smuggled).is_err(),
        "a call log refuses extra fields"
    );
}

#[test]
fn annex_a_a_call_that_never_started_logs_zero_duration() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let b = c.book(d, CallKind::Social).unwrap();
    c.record(
        dco(),
        EventBody::CallEnded {
            booking: b,
            reason: EndReason::CallerDidNotJoin,
        },
    )
    .unwrap();
    let call = &c.centre().calls[&b];
    let log = CallLog::of(&call.info, &call.phase).unwrap();
    assert_eq!(log.duration_seconds, 0);
    assert_eq!(log.outcome, CallOutcome::Ended(EndReason::CallerDidNotJoin));
}

// Policy exceptions -----------------------------------------------------------------------------

#[test]
fn an_offline_call_for_a_detainee_suspended_meanwhile_raises_a_policy_exception() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    let b = c.book(d, CallKind::Social).unwrap();
    c.record(dco(), EventBody::CallCheckedIn { booking: b })
        .unwrap();
    c.record(
        dco(),
        EventBody::AdultCheckRecorded {
            booking: b,
            recipient_is_adult: true,
        },
    )
    .unwrap();
    // The manager suspends on the staff desktop...
    suspend(&mut c, d, None);
    // ...while the offline tablet, not knowing, admits the caller: the fact is kept.
    let offline = c.stamp(dco(), EventBody::CallerAdmitted { booking: b });
    c.timeline.insert(offline.clone());
    let centre: &Centre = c.centre();
    assert_eq!(
        centre.calls[&b].phase,
        CallPhase::Admitted,
        "the fact is recorded, not dropped"
    );
    let ex = centre
        .exceptions
        .iter()
        .find(|e| e.event == offline.id)
        .unwrap();
    assert_eq!(ex.violation, RuleViolation::Suspended);
    c.record(
        compliance(),
        EventBody::PolicyExceptionReviewed {
            event: offline.id,
            notes: "Tablet was offline; no harm.".into(),
        },
    )
    .unwrap();
    assert!(c.centre().exceptions.iter().all(|e| e.reviewed));
}
