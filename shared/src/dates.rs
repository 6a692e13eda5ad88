//! Dates and times as a reader of each language writes them: that language's month and weekday
//! names, its order of day, month, year and time, its digits and its hour cycle (CLDR data
//! through ICU4X), always the Gregorian calendar and always Europe/London wall-clock time; and
//! whole numbers (counts, minutes) in the same digits ([`number`]), so a count beside a date
//! never reads in another script.
//!
//! The Gregorian calendar is fixed because the dates are the centre's (a suspension ends, an
//! appeal is due, on a UK date): a Persian reader sees `۲۵ اکتبر ۲۰۲۶`, not the Solar Hijri date
//! CLDR would choose for `fa` by default. Kurmanji (`kmr`) is CLDR's `ku`.

use crate::languages::Language;
use crate::time::london_wall;
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{MDE, T, YMDE};
use icu_datetime::input::{Date, Time};
use icu_datetime::{FixedCalendarDateTimeFormatter, input};
use icu_locale_core::Locale;

/// An instant as a reader of `language` writes it, in London time, with the weekday, the day,
/// the month by name, the year, hours and minutes: e.g. `niedziela, 25 października 2026 00:30`
/// (pl), `dimanche 25 octobre 2026 à 00:30` (fr), `Sunday, 25 October 2026 at 00:30` (en-GB).
pub fn date_time(language: &Language, at: DateTime<Utc>) -> String {
    let wall = london_wall(at);
    let formatted = gregorian(wall.date()).and_then(|date| {
        let time = Time::try_new(
            u8::try_from(wall.hour()).ok()?,
            u8::try_from(wall.minute()).ok()?,
            0,
            0,
        )
        .ok()?;
        let f = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
            locale(language).into(),
            YMDE::long().with_time_hm(),
        )
        .ok()?;
        Some(f.format(&input::DateTime { date, time }).to_string())
    });
    // CLDR has every shipped language (a test formats each): digits only if that changed.
    formatted.unwrap_or_else(|| wall.format("%Y-%m-%d %H:%M").to_string())
}

/// A London time of day as a reader of `language` writes it: hours and minutes, with the
/// language's digits and hour cycle, e.g. `09:30` (en-GB), `۰۹:۳۰` (fa).
pub fn time(language: &Language, at: DateTime<Utc>) -> String {
    let wall = london_wall(at);
    let formatted = Time::try_new(
        u8::try_from(wall.hour()).unwrap_or_default(),
        u8::try_from(wall.minute()).unwrap_or_default(),
        0,
        0,
    )
    .ok()
    .and_then(|time| {
        let f =
            icu_datetime::NoCalendarFormatter::try_new(locale(language).into(), T::hm()).ok()?;
        Some(f.format(&time).to_string())
    });
    formatted.unwrap_or_else(|| wall.format("%H:%M").to_string())
}

/// A London calendar day as a reader of `language` writes it, without the year: the weekday,
/// the day and the month by name, e.g. `Saturday 28 November` (en-GB), `sobota, 28 listopada`.
pub fn day(language: &Language, date: NaiveDate) -> String {
    let formatted = gregorian(date).and_then(|date| {
        let f = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
            locale(language).into(),
            MDE::long(),
        )
        .ok()?;
        Some(f.format(&date).to_string())
    });
    formatted.unwrap_or_else(|| date.format("%Y-%m-%d").to_string())
}

/// A whole number as a reader of `language` writes it: CLDR's digits for the language (as the
/// dates above use them: Extended Arabic-Indic for fa and ps, Arabic-Indic for ckb, Bengali for
/// bn, Latin for ar as CLDR's `ar` has it), grouped only from five digits (`1000`, `12,500`),
/// e.g. `۴۵` (fa), `১২` (bn), `45` (en-GB).
pub fn number(language: &Language, n: i64) -> String {
    let mut options = icu_decimal::options::DecimalFormatterOptions::default();
    options.grouping_strategy = Some(icu_decimal::options::GroupingStrategy::Min2);
    icu_decimal::DecimalFormatter::try_new(locale(language).into(), options).map_or_else(
        |_| n.to_string(),
        |f| f.format(&icu_decimal::input::Decimal::from(n)).to_string(),
    )
}

/// The CLDR locale of a Kinline language.
fn locale(language: &Language) -> Locale {
    let tag = match language.tag {
        // CLDR files Kurmanji (Latin script) under the macrolanguage `ku`; it has no `kmr`.
        "kmr" => "ku",
        tag => tag,
    };
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

fn gregorian(date: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(
        date.year(),
        u8::try_from(date.month()).ok()?,
        u8::try_from(date.day()).ok()?,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::{LANGUAGES, find};
    use chrono::TimeZone;

    #[test]
    fn a_date_reads_in_the_language_in_london_time() {
        // 23:30 UTC on Saturday 24 October 2026 is 00:30 BST on Sunday the 25th.
        let at = Utc.with_ymd_and_hms(2026, 10, 24, 23, 30, 0).unwrap();
        let pl = find("pl").unwrap();
        assert_eq!(date_time(pl, at), "niedziela, 25 października 2026 00:30");
        let en = find("en-GB").unwrap();
        assert_eq!(date_time(en, at), "Sunday, 25 October 2026 at 00:30");
        let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(day(en, date), "Saturday 28 November");
    }

    #[test]
    fn a_number_reads_in_the_digits_the_languages_dates_use() {
        let n = |tag| number(find(tag).unwrap(), 45);
        assert_eq!(n("en-GB"), "45");
        assert_eq!(n("fa"), "۴۵");
        assert_eq!(n("ps"), "۴۵");
        assert_eq!(n("ckb"), "٤٥");
        assert_eq!(n("bn"), "৪৫");
        assert_eq!(n("ar"), "45");
        let en = find("en-GB").unwrap();
        assert_eq!(
            (number(en, 1000), number(en, 12_500), number(en, -3)),
            ("1000".into(), "12,500".into(), "-3".into())
        );
    }

    #[test]
    fn every_shipped_language_has_its_own_date_format() {
        let at = Utc.with_ymd_and_hms(2026, 10, 24, 23, 30, 0).unwrap();
        for l in &LANGUAGES {
            assert_ne!(date_time(l, at), "2026-10-25 00:30", "{}", l.tag);
        }
    }
}
