//! The console's reports: the core's report functions (`kinline_shared::reports`) over the
//! folded centre, drawn as charts ([`crate::charts`]) with the same rows as CSV.

use crate::charts::{BarChart, Series, Span, timeline_svg};
use crate::text::ct;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use kinline_shared::model::{CallOutcome, MIN_DAILY_MINUTES};
use kinline_shared::projection::Centre;
use kinline_shared::reports::{self, to_csv};
use kinline_shared::time::{display_london, london_date};
use kinline_shared::workflow::call::CallPhase;
use kinline_shared::workflow::suspension::SuspensionPhase;

/// One report: a title, its picture (SVG), its rows as CSV and a file name for the download.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// What it shows.
    pub title: String,
    /// The picture, an `<svg>` element.
    pub svg: String,
    /// The same data as CSV.
    pub csv: String,
    /// The download's file name.
    pub file: String,
}

fn day_label(d: NaiveDate) -> String {
    d.format("%d %b").to_string()
}

/// Every report for the London days `from..=to`, timelines drawn up to `now`.
pub fn all(centre: &Centre, from: NaiveDate, to: NaiveDate, now: DateTime<Utc>) -> Vec<Report> {
    vec![
        availability(centre, from, to),
        calls(centre, from, to),
        waits(centre, from, to),
        suspensions(centre, now),
        terminations_and_incidents(centre, from, to),
    ]
}

/// Hours open each day against the 7-hour minimum (§7).
pub fn availability(centre: &Centre, from: NaiveDate, to: NaiveDate) -> Report {
    let rows = reports::availability(centre, from, to);
    let chart = BarChart {
        title: ct("report-availability"),
        unit: ct("report-unit-hours"),
        categories: rows.iter().map(|r| day_label(r.date)).collect(),
        series: vec![Series {
            label: ct("report-hours-open"),
            colour: "#0b5394",
            values: rows.iter().map(|r| r.minutes_open as f64 / 60.0).collect(),
        }],
        stacked: false,
        line: Some((MIN_DAILY_MINUTES as f64 / 60.0, ct("report-minimum"))),
    };
    Report {
        title: chart.title.clone(),
        svg: chart.svg(),
        csv: reports::availability_csv(&rows),
        file: format!("availability-{from}-{to}.csv"),
    }
}

/// Calls per day by kind and outcome.
pub fn calls(centre: &Centre, from: NaiveDate, to: NaiveDate) -> Report {
    let rows = reports::calls_per_day(centre, from, to);
    let s = |id: &str, colour, f: fn(&reports::DayCalls) -> u32| Series {
        label: ct(id),
        colour,
        values: rows.iter().map(|r| f64::from(f(r))).collect(),
    };
    let chart = BarChart {
        title: ct("report-calls"),
        unit: ct("report-unit-calls"),
        categories: rows.iter().map(|r| day_label(r.date)).collect(),
        series: vec![
            s("report-social", "#0b5394", |r| r.social_completed),
            s("report-legal", "#38761d", |r| r.legal_completed),
            s("report-terminated", "#b00020", |r| r.terminated),
            s("report-technical-failure", "#8a4b00", |r| {
                r.technical_failure
            }),
            s("report-did-not-happen", "#5a5a5a", |r| r.did_not_happen),
        ],
        stacked: true,
        line: None,
    };
    Report {
        title: chart.title.clone(),
        svg: chart.svg(),
        csv: reports::calls_csv(&rows),
        file: format!("calls-{from}-{to}.csv"),
    }
}

/// Legal calls' waiting times against social calls' (§9).
pub fn waits(centre: &Centre, from: NaiveDate, to: NaiveDate) -> Report {
    let rows = reports::waiting_times(centre, from, to);
    let kind = |r: &reports::WaitingTimes| format!("{:?}", r.kind).to_lowercase();
    let chart = BarChart {
        title: ct("report-waiting"),
        unit: ct("report-unit-hours"),
        categories: rows.iter().map(kind).collect(),
        series: vec![
            Series {
                label: ct("report-median"),
                colour: "#0b5394",
                values: rows
                    .iter()
                    .map(|r| r.median_minutes as f64 / 60.0)
                    .collect(),
            },
            Series {
                label: ct("report-p90"),
                colour: "#8a4b00",
                values: rows.iter().map(|r| r.p90_minutes as f64 / 60.0).collect(),
            },
        ],
        stacked: false,
        line: None,
    };
    let csv_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                kind(r),
                r.bookings.to_string(),
                r.median_minutes.to_string(),
                r.p90_minutes.to_string(),
            ]
        })
        .collect();
    Report {
        title: chart.title.clone(),
        svg: chart.svg(),
        csv: to_csv(
            &["kind", "bookings", "median_minutes", "p90_minutes"],
            &csv_rows,
        ),
        file: format!("waiting-times-{from}-{to}.csv"),
    }
}

/// Every suspension with its timeline: decided, notice, appeals, reviews, lifted.
pub fn suspensions(centre: &Centre, now: DateTime<Utc>) -> Report {
    let mut spans = Vec::new();
    let mut csv_rows = Vec::new();
    for s in centre.suspensions.values() {
        let ended = match s.phase {
            SuspensionPhase::Lifted { at } => Some(at),
            _ => s.until.filter(|u| *u <= now),
        };
        let mut marks = Vec::new();
        if let Some(at) = s.compliance_notified_at {
            marks.push((at, ct("report-mark-notified")));
        }
        if let Some(at) = s.last_review_at {
            marks.push((at, ct("report-mark-review")));
        }
        if let SuspensionPhase::UnderAppeal { lodged_at, .. } = s.phase {
            marks.push((lodged_at, ct("report-mark-appeal")));
        }
        let label = format!("{} {:?}", crate::short(&s.detainee.to_string()), s.reason);
        spans.push(Span {
            label: label.clone(),
            from: s.decided_at,
            to: ended.unwrap_or(now),
            running: ended.is_none(),
            marks,
        });
        csv_rows.push(vec![
            s.id.to_string(),
            s.detainee.to_string(),
            format!("{:?}", s.reason),
            display_london(s.decided_at),
            ended.map(display_london).unwrap_or_default(),
            s.notice_given_in
                .as_ref()
                .map(|l| l.0.clone())
                .unwrap_or_default(),
            s.compliance_notified_at
                .map(display_london)
                .unwrap_or_default(),
            s.authorised_until.map(display_london).unwrap_or_default(),
            s.last_review_at.map(display_london).unwrap_or_default(),
            s.decided_appeals.len().to_string(),
            s.late_appeals.len().to_string(),
        ]);
    }
    let start = spans
        .iter()
        .map(|s| s.from)
        .min()
        .unwrap_or(now - Duration::days(14));
    let title = ct("report-suspensions");
    Report {
        svg: timeline_svg(&title, &spans, start, now),
        title,
        csv: to_csv(
            &[
                "suspension",
                "detainee",
                "reason",
                "decided",
                "ended",
                "notice_language",
                "compliance_notified",
                "authorised_until",
                "last_review",
                "appeals_decided",
                "appeals_decided_late",
            ],
            &csv_rows,
        ),
        file: "suspensions.csv".into(),
    }
}

/// Terminations and incident reports per day (§12, §19).
pub fn terminations_and_incidents(centre: &Centre, from: NaiveDate, to: NaiveDate) -> Report {
    let days: Vec<NaiveDate> = from.iter_days().take_while(|d| *d <= to).collect();
    let terminated: Vec<f64> = days
        .iter()
        .map(|d| {
            centre
                .calls_on(*d)
                .filter(|c| {
                    matches!(
                        c.phase,
                        CallPhase::Finished {
                            outcome: CallOutcome::Terminated(_),
                            ..
                        }
                    )
                })
                .count() as f64
        })
        .collect();
    let incidents: Vec<f64> = days
        .iter()
        .map(|d| {
            centre
                .incidents
                .values()
                .filter(|i| london_date(i.reported_at) == *d)
                .count() as f64
        })
        .collect();
    let chart = BarChart {
        title: ct("report-terminations"),
        unit: "".into(),
        categories: days.iter().map(|d| day_label(*d)).collect(),
        series: vec![
            Series {
                label: ct("report-terminations-series"),
                colour: "#b00020",
                values: terminated.clone(),
            },
            Series {
                label: ct("report-incidents-series"),
                colour: "#8a4b00",
                values: incidents.clone(),
            },
        ],
        stacked: false,
        line: None,
    };
    let csv_rows: Vec<Vec<String>> = days
        .iter()
        .zip(terminated.iter().zip(&incidents))
        .map(|(d, (t, i))| vec![d.to_string(), t.to_string(), i.to_string()])
        .collect();
    Report {
        title: chart.title.clone(),
        svg: chart.svg(),
        csv: to_csv(&["date", "terminations", "incident_reports"], &csv_rows),
        file: format!("terminations-incidents-{from}-{to}.csv"),
    }
}
