//! Managers' reports: availability against the 7-hour minimum, calls per day, waiting times, CSV.

use chrono::Duration;
use kinline_shared::event::EventBody;
use kinline_shared::model::{CallKind, EndReason, TerminationReason};
use kinline_shared::reports::{
    availability, availability_csv, calls_per_day, to_csv, waiting_times,
};
use kinline_shared::time::london_date;
use kinline_tests::fixture::*;

#[test]
fn the_availability_report_shows_each_day_against_the_seven_hour_minimum() {
    let c = TestCentre::open();
    let today = london_date(c.now);
    let rows = availability(c.centre(), today, today + Duration::days(6));
    assert_eq!(rows.len(), 7);
    assert!(
        rows.iter()
            .all(|r| r.minutes_open == 12 * 60 && r.meets_minimum)
    );
    let csv = availability_csv(&rows[..1]);
    assert_eq!(
        csv,
        format!("date,minutes_open,meets_7_hour_minimum\r\n{today},720,true\r\n")
    );
}

#[test]
fn calls_per_day_count_each_outcome_once() {
    let mut c = TestCentre::open();
    let (_, terminated) = c.running_call();
    c.record(
        dco(),
        EventBody::CallTerminated {
            booking: terminated,
            reason: TerminationReason::AbusiveLanguage,
        },
    )
    .unwrap();
    let d = c.ready_detainee();
    let legal = c.book(d, CallKind::Legal).unwrap();
    c.start_call(legal).unwrap();
    c.record(
        dco(),
        EventBody::CallEnded {
            booking: legal,
            reason: EndReason::Completed,
        },
    )
    .unwrap();
    let e = c.ready_detainee();
    let no_show = c.book(e, CallKind::Social).unwrap();
    c.record(
        dco(),
        EventBody::CallEnded {
            booking: no_show,
            reason: EndReason::CallerDidNotJoin,
        },
    )
    .unwrap();
    let f = c.ready_detainee();
    let slot = c.next_slot() + Duration::minutes(30);
    c.book_at(f, CallKind::Social, slot).unwrap();
    let today = london_date(c.now);
    let day = &calls_per_day(c.centre(), today, today)[0];
    assert_eq!(
        (
            day.social_completed,
            day.legal_completed,
            day.terminated,
            day.did_not_happen,
            day.open
        ),
        (0, 1, 1, 1, 1)
    );
}

#[test]
fn legal_calls_waiting_times_are_reported_beside_social_calls() {
    let mut c = TestCentre::open();
    let d = c.ready_detainee();
    c.book(d, CallKind::Legal).unwrap();
    let later = c.next_slot() + Duration::days(2);
    c.book_at(d, CallKind::Social, later).unwrap();
    let today = london_date(c.now);
    let [legal, social] = waiting_times(c.centre(), today, today + Duration::days(3));
    assert_eq!((legal.bookings, social.bookings), (1, 1));
    assert_eq!(legal.median_minutes, 0);
    assert_eq!(social.median_minutes, 2 * 24 * 60);
}

#[test]
fn csv_quotes_what_needs_quoting_and_defuses_spreadsheet_formulas() {
    let csv = to_csv(
        &["a", "b"],
        &[vec!["x, y".into(), "=HYPERLINK(\"evil\")".into()]],
    );
    assert_eq!(csv, "a,b\r\n\"x, y\",\"'=HYPERLINK(\"\"evil\"\")\"\r\n");
}
