//! Screenshots of tablet screens, for a person to look at, on the demo centre's tablet signed
//! in as its DCO, in en-GB, Arabic and Tigrinya, at the tablet's 1280×800 and 800×1280 and at
//! full length. Written as HTML (the window's fonts inlined) and as PNGs by headless Chromium
//! to `target/screenshots/tablet/<scene>/` (or under the directory given).
//!
//! Scenes:
//! - `booking`: the booking form for Amal Haddad after "Book" with an email address mail
//!   cannot reach (so the problem shows next to the form);
//! - `legal-request`: Tigist Alemu, suspended, asked for a legal call (§18): the request
//!   recorded and routed to the alternative arranged for her suspension, shown until met;
//! - `before-calling`: the booking form for Tigist, who cannot call yet: what must happen
//!   first (§18 suspension with its end and the alternative legal access) before the slots.
//!
//! Staff screens are in the staff member's language; each scene is rendered in the three
//! languages to show every string of it translated and laid out in its script.

use kinline_app::ui::memory::test_morning;
use kinline_app::ui::state::CallerField;
use kinline_app::ui::text::scope;
use kinline_app::ui::{Msg, SharedApp};
use kinline_shared::model::LanguageTag;
use std::path::{Path, PathBuf};
use std::process::Command;

const SCENES: [&str; 3] = ["booking", "legal-request", "before-calling"];

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| kinline_tests::workspace_root().join("target/screenshots/tablet"));
    for scene in SCENES {
        for tag in ["en-GB", "ar", "ti"] {
            // The whole scene in the language: what the tablet says as it goes, too.
            let _shown_in = scope(&LanguageTag::new(tag));
            let app = kinline_tests::demo_tablet_signed_in(test_morning());
            play(scene, tag, &app);
            let html = {
                format!(
                    "<!DOCTYPE html><html><head><meta charset=\"utf-8\">{}</head><body>{}</body></html>",
                    kinline_app::i18n::font_head(),
                    kinline_tests::render_app(&app)
                )
            };
            let out = dir.join(scene);
            std::fs::create_dir_all(&out).expect("the screenshot directory can be made");
            shoot(&out, tag, &html);
        }
    }
}

/// Brings the tablet to `scene`'s screen.
fn play(scene: &str, tag: &str, app: &SharedApp) {
    let send = |m: Msg| app.0.borrow_mut().dispatch(m);
    match scene {
        "booking" => {
            let amal = kinline_tests::detainee_named(app, "Amal Haddad");
            send(Msg::OpenDetainee(amal));
            send(Msg::OpenBooking(amal));
            send(Msg::BookingShowIn(LanguageTag::new(tag)));
            let first = app.0.borrow().free_slots().first().map(|s| s.start);
            if let Some(start) = first {
                send(Msg::BookingSlot(start));
            }
            send(Msg::BookingField(CallerField::Name, "Layla Haddad".into()));
            send(Msg::BookingField(
                CallerField::Relationship,
                "Sister".into(),
            ));
            send(Msg::BookingField(
                CallerField::Email,
                "layla@example".into(),
            ));
            send(Msg::ConfirmBooking);
        }
        "legal-request" => {
            let tigist = kinline_tests::detainee_named(app, "Tigist Alemu");
            send(Msg::OpenDetainee(tigist));
            send(Msg::RequestLegalAccess(tigist));
        }
        "before-calling" => {
            let tigist = kinline_tests::detainee_named(app, "Tigist Alemu");
            send(Msg::OpenDetainee(tigist));
            send(Msg::OpenBooking(tigist));
            send(Msg::BookingShowIn(LanguageTag::new(tag)));
        }
        other => panic!("no scene {other}: one of {SCENES:?}"),
    }
}

/// The page as HTML and as PNGs at both orientations and at full length.
fn shoot(dir: &Path, tag: &str, html: &str) {
    let page = dir.join(format!("{tag}.html"));
    std::fs::write(&page, html).expect("the page is written");
    for (w, h, name) in [
        (1280, 800, "1280x800"),
        (800, 1280, "800x1280"),
        (1280, 3200, "full-1280"),
        (800, 3600, "full-800"),
    ] {
        let png = dir.join(format!("{tag}-{name}.png"));
        let status = Command::new("/usr/bin/chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                &format!("--window-size={w},{h}"),
                &format!("--screenshot={}", png.display()),
                &format!("file://{}", page.display()),
            ])
            .output()
            .expect("chromium runs");
        assert!(status.status.success(), "{tag} {name}: chromium failed");
        println!("{}", png.display());
    }
}
