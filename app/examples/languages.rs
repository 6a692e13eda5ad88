//! Prints the language table for `cargo xtask languages`: for each offered language, whether the
//! interface and the compact are complete, which voice reads it, and whether it was reviewed.

use kinline_app::i18n::{self, Compact, CompactHeader, compact_source};
use kinline_app::speech::{VoiceKind, voice_kind, voice_label};
use kinline_shared::languages::LANGUAGES;

fn main() {
    // `KINLINE_AUDIO` points at another folder of recordings (the tests use one).
    let audio = kinline_app::speech::audio_dir();
    let yes = |b: bool| if b { "yes" } else { "no" };
    println!(
        "{:<8} {:<22} {:<10} {:<8} {:<20} {:<8} {:<8}",
        "tag", "language", "interface", "compact", "voice", "reviewed", "(ui)"
    );
    let (mut voiced, mut complete, mut offered) = (0, 0, 0);
    for l in LANGUAGES {
        let interface = i18n::interface_gaps(l.tag).is_ok_and(|g| g.is_empty())
            && i18n::source(l.tag, "kinline.ftl").is_some();
        let compact = Compact::load(l.tag, 30).is_ok();
        let voice = voice_kind(l.tag, &audio);
        let reviewed = compact_source(l.tag)
            .ok()
            .and_then(|s| CompactHeader::parse(l.tag, &s).ok())
            .is_some_and(|h| h.reviewed);
        let ui_reviewed = i18n::source(l.tag, "kinline.ftl")
            .is_some_and(|s| s.lines().any(|x| x.trim() == "### reviewed: yes"));
        println!(
            "{:<8} {:<22} {:<10} {:<8} {:<20} {:<8} {:<8}",
            l.tag,
            l.english,
            yes(interface),
            yes(compact),
            voice_label(l.tag, &audio),
            yes(reviewed),
            yes(ui_reviewed),
        );
        offered += usize::from(compact);
        let whole = interface && compact;
        complete += usize::from(whole);
        voiced += usize::from(whole && voice != VoiceKind::None);
    }
    println!("languages: {voiced} complete with voice, {complete} complete, {offered} offered");
}
