//! Screenshots of the tablet's booking form, for a person to look at: the demo centre's form
//! for Amal Haddad in en-GB, Arabic and Tigrinya, after "Book" with an email address mail
//! cannot reach (so the problem shows next to the form), at the tablet's 1280×800 and
//! 800×1280 and at full length. Written as HTML (the window's fonts inlined) and as PNGs by
//! headless Chromium to `target/screenshots/booking/` (or the directory given).

use kinline_app::ui::Msg;
use kinline_app::ui::memory::test_morning;
use kinline_app::ui::state::CallerField;
use kinline_shared::model::LanguageTag;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| kinline_tests::workspace_root().join("target/screenshots/booking"));
    std::fs::create_dir_all(&dir).expect("the screenshot directory can be made");
    for tag in ["en-GB", "ar", "ti"] {
        let app = kinline_tests::demo_tablet_signed_in(test_morning());
        let amal = kinline_tests::detainee_named(&app, "Amal Haddad");
        let send = |m: Msg| app.0.borrow_mut().update(m);
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
        let html = format!(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\">{}</head><body>{}</body></html>",
            kinline_app::i18n::font_head(),
            kinline_tests::render_app(&app)
        );
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
}
