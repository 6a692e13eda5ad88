//! Time as people and rules see it: UTC inside, Europe/London wherever a person reads a time
//! or a rule counts a day (so a "week" is seven London days across a clock change).

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::London;

/// The London calendar date of an instant.
pub fn london_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&London).date_naive()
}

/// The London wall-clock time of an instant, for display.
pub fn london_wall(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&London).naive_local()
}

/// The instant at which London's wall clock reads `local`. In the hour skipped in spring the
/// wall time does not exist, and the first instant after the gap is used; in the hour repeated in
/// autumn, the earlier of the two instants is used.
pub fn london_instant(local: NaiveDateTime) -> DateTime<Utc> {
    match London.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(a, _) => a.with_timezone(&Utc),
        LocalResult::None => {
            // Spring forward: 01:00–02:00 does not exist. Step forward until it does.
            let mut probe = local;
            loop {
                probe += Duration::minutes(1);
                if let Some(t) = London.from_local_datetime(&probe).earliest() {
                    return t.with_timezone(&Utc);
                }
            }
        }
    }
}

/// The instant `days` London calendar days after `at`, at the same wall-clock time.
/// Seven of these make the DSO's "week", whether it holds 167, 168 or 169 hours.
pub fn add_london_days(at: DateTime<Utc>, days: i64) -> DateTime<Utc> {
    let local = london_wall(at);
    london_instant(local + Duration::days(days))
}

/// The first instant of a London calendar day.
pub fn london_day_start(date: NaiveDate) -> DateTime<Utc> {
    london_instant(date.and_time(NaiveTime::MIN))
}

/// Formats an instant for a person: `Sat 28 Nov 2026 14:05` in London time.
pub fn display_london(at: DateTime<Utc>) -> String {
    at.with_timezone(&London)
        .format("%a %-d %b %Y %H:%M")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_week_across_the_autumn_clock_change_is_169_hours() {
        let start = Utc.with_ymd_and_hms(2026, 10, 20, 9, 0, 0).unwrap();
        let end = add_london_days(start, 7);
        assert_eq!((end - start).num_hours(), 169);
        assert_eq!(london_wall(end).time(), london_wall(start).time());
    }

    #[test]
    fn a_week_across_the_spring_clock_change_is_167_hours() {
        let start = Utc.with_ymd_and_hms(2026, 3, 25, 9, 0, 0).unwrap();
        assert_eq!((add_london_days(start, 7) - start).num_hours(), 167);
    }

    #[test]
    fn a_wall_time_in_the_spring_gap_moves_to_the_end_of_the_gap() {
        let gap = NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(1, 30, 0)
            .unwrap();
        assert_eq!(
            london_instant(gap),
            Utc.with_ymd_and_hms(2026, 3, 29, 1, 0, 0).unwrap()
        );
    }
}
