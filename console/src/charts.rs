//! Reports as pictures: small inline SVG bar charts and timelines drawn by our own code (no
//! JavaScript chart library), each with a text alternative, and CSV download links.

use chrono::{DateTime, Utc};
use kinline_i18n::escape_html;

/// Chart area size in SVG user units.
pub const WIDTH: f64 = 720.0;
/// Chart area height.
pub const HEIGHT: f64 = 240.0;
const LEFT: f64 = 48.0;
const BOTTOM: f64 = 36.0;
const TOP: f64 = 16.0;

/// One coloured series of bars.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Its name in the legend.
    pub label: String,
    /// Fill colour (`#rrggbb`).
    pub colour: &'static str,
    /// One value per category.
    pub values: Vec<f64>,
}

/// A bar chart: categories along the bottom, one bar (or stack) per category.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    /// What it shows (also the SVG's accessible name).
    pub title: String,
    /// Unit of the values, for tooltips and the axis.
    pub unit: String,
    /// Category labels (e.g. dates).
    pub categories: Vec<String>,
    /// The series.
    pub series: Vec<Series>,
    /// Stack the series (else side by side).
    pub stacked: bool,
    /// A reference line: value and label (e.g. the 7-hour minimum).
    pub line: Option<(f64, String)>,
}

fn fmt(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.1}")
    }
}

fn nothing(y: f64) -> String {
    format!(
        "<text class=\"empty\" x=\"{x}\" y=\"{y}\" font-size=\"13\" text-anchor=\"middle\" \
         fill=\"#505a5f\">Nothing in this period</text>",
        x = WIDTH / 2.0
    )
}

impl BarChart {
    /// The highest value shown (bars or the line); 1 when there is nothing to show.
    fn top(&self) -> f64 {
        let n = self.categories.len();
        let bars = (0..n).map(|i| {
            let vals = self
                .series
                .iter()
                .map(|s| s.values.get(i).copied().unwrap_or(0.0));
            if self.stacked {
                vals.sum::<f64>()
            } else {
                vals.fold(0.0, f64::max)
            }
        });
        let top = bars.fold(self.line.as_ref().map_or(0.0, |l| l.0), f64::max);
        if top <= 0.0 { 1.0 } else { top }
    }

    /// The chart as an `<svg>` element.
    pub fn svg(&self) -> String {
        let top_value = self.top();
        // Head room above the highest bar.
        let max = top_value * 1.1;
        let plot_h = HEIGHT - BOTTOM - TOP;
        let y = |v: f64| TOP + plot_h - v / max * plot_h;
        let n = self.categories.len().max(1) as f64;
        let slot = (WIDTH - LEFT - 8.0) / n;
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" \
             viewBox=\"0 0 {WIDTH} {HEIGHT}\" aria-label=\"{t}\"><title>{t}</title>",
            t = escape_html(&self.title)
        );
        // Axis and its top value.
        out.push_str(&format!(
            "<line class=\"axis\" x1=\"{LEFT}\" y1=\"{b}\" x2=\"{w}\" y2=\"{b}\" stroke=\"#333333\"/>\
             <text x=\"{tx}\" y=\"{ty}\" font-size=\"11\" text-anchor=\"end\">{top} {u}</text>",
            b = TOP + plot_h,
            w = WIDTH - 8.0,
            tx = LEFT - 4.0,
            ty = TOP + 10.0,
            top = fmt(top_value),
            u = escape_html(&self.unit)
        ));
        let groups = if self.stacked {
            1.0
        } else {
            self.series.len().max(1) as f64
        };
        let bar_w = (slot * 0.8 / groups).max(1.0);
        for (i, cat) in self.categories.iter().enumerate() {
            let x0 = LEFT + slot * i as f64 + slot * 0.1;
            let mut base = 0.0;
            for (k, s) in self.series.iter().enumerate() {
                let v = s.values.get(i).copied().unwrap_or(0.0);
                let (x, from) = if self.stacked {
                    (x0, base)
                } else {
                    (x0 + bar_w * k as f64, 0.0)
                };
                if v > 0.0 {
                    out.push_str(&format!(
                        "<rect class=\"bar\" x=\"{x:.1}\" y=\"{top:.1}\" width=\"{bar_w:.1}\" \
                         height=\"{h:.1}\" fill=\"{c}\"><title>{cat}: {l} {v} {u}</title></rect>",
                        top = y(from + v),
                        h = y(from) - y(from + v),
                        c = s.colour,
                        cat = escape_html(cat),
                        l = escape_html(&s.label),
                        v = fmt(v),
                        u = escape_html(&self.unit)
                    ));
                }
                if self.stacked {
                    base += v;
                }
            }
            // Every label when few, else every seventh (a week), so they stay legible.
            if self.categories.len() <= 8 || i % 7 == 0 {
                out.push_str(&format!(
                    "<text x=\"{x:.1}\" y=\"{ty}\" font-size=\"11\">{c}</text>",
                    x = x0,
                    ty = HEIGHT - BOTTOM + 14.0,
                    c = escape_html(cat)
                ));
            }
        }
        if let Some((v, label)) = &self.line {
            out.push_str(&format!(
                "<line class=\"minimum\" x1=\"{LEFT}\" y1=\"{ly:.1}\" x2=\"{w}\" y2=\"{ly:.1}\" \
                 stroke=\"#b00020\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\
                 <text x=\"{w}\" y=\"{ty:.1}\" font-size=\"11\" text-anchor=\"end\" fill=\"#b00020\" \
                 stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{l}</text>",
                ly = y(*v),
                ty = y(*v) - 4.0,
                w = WIDTH - 8.0,
                l = escape_html(label)
            ));
        }
        if self
            .series
            .iter()
            .all(|s| s.values.iter().all(|v| *v <= 0.0))
        {
            out.push_str(&nothing(TOP + plot_h / 2.0));
        }
        // Legend.
        for (k, s) in self.series.iter().enumerate() {
            let lx = LEFT + 130.0 * k as f64;
            out.push_str(&format!(
                "<rect x=\"{lx}\" y=\"{ly}\" width=\"10\" height=\"10\" fill=\"{c}\"/>\
                 <text x=\"{tx}\" y=\"{ty}\" font-size=\"11\">{l}</text>",
                ly = HEIGHT - 14.0,
                tx = lx + 14.0,
                ty = HEIGHT - 5.0,
                c = s.colour,
                l = escape_html(&s.label)
            ));
        }
        out.push_str("</svg>");
        out
    }
}

/// One row of a timeline: a span with a label and marks along it.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// Row label.
    pub label: String,
    /// Start.
    pub from: DateTime<Utc>,
    /// End (or now, if still running).
    pub to: DateTime<Utc>,
    /// Whether it is still running.
    pub running: bool,
    /// Marks along it: when and what (notice given, appeal, review…).
    pub marks: Vec<(DateTime<Utc>, String)>,
}

/// Spans on a common time axis from `start` to `end` (e.g. suspensions with their timelines).
pub fn timeline_svg(
    title: &str,
    spans: &[Span],
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> String {
    let row = 26.0;
    let h = TOP + row * spans.len().max(1) as f64 + 8.0;
    let left = 160.0;
    let total = (end - start).num_seconds().max(1) as f64;
    let x = |t: DateTime<Utc>| {
        let s = (t - start).num_seconds().clamp(0, total as i64) as f64;
        left + s / total * (WIDTH - left - 8.0)
    };
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart timeline\" role=\"img\" \
         viewBox=\"0 0 {WIDTH} {h}\" aria-label=\"{t}\"><title>{t}</title>",
        t = escape_html(title)
    );
    if spans.is_empty() {
        out.push_str(&nothing(TOP + 8.0));
    }
    for (i, s) in spans.iter().enumerate() {
        let y = TOP + row * i as f64;
        let (x1, x2) = (x(s.from), x(s.to));
        out.push_str(&format!(
            "<text x=\"4\" y=\"{ty:.1}\" font-size=\"11\">{l}</text>\
             <rect class=\"span\" x=\"{x1:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"14\" fill=\"{c}\">\
             <title>{l}</title></rect>",
            ty = y + 11.0,
            l = escape_html(&s.label),
            w = (x2 - x1).max(2.0),
            c = if s.running { "#8a4b00" } else { "#5a5a5a" }
        ));
        for (at, what) in &s.marks {
            out.push_str(&format!(
                "<circle class=\"mark\" cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"4\" fill=\"#0b5394\">\
                 <title>{w}</title></circle>",
                cx = x(*at),
                cy = y + 7.0,
                w = escape_html(what)
            ));
        }
    }
    out.push_str("</svg>");
    out
}

/// A `data:` URL that downloads `csv` as a file (the export button's `href`).
pub fn csv_data_url(csv: &str) -> String {
    let mut out = String::from("data:text/csv;charset=utf-8,");
    for b in csv.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
