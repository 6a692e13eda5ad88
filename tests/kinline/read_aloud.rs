//! Read-aloud on the tablet (DSO §15): espeak-ng renders each sentence in memory and the
//! compact screen plays it; a language without a voice, or a tablet that cannot play sound,
//! says so and leaves the interpreter route — audio nobody heard never counts as played.

use kinline_app::speech::{AudioSink, MemorySink, Playback, ReadAloud, Rendition, SpeechError};
use kinline_app::ui::memory::test_morning;
use kinline_app::ui::{App, MemoryBackend, Msg, Screen, Speaker};
use kinline_shared::ids::DetaineeId;
use kinline_shared::model::LanguageTag;

/// A tablet whose sound output cannot be opened (no sound card).
struct NoSoundCard;

impl AudioSink for NoSoundCard {
    fn play(&mut self, _: &Rendition) -> Result<Playback, SpeechError> {
        Err(SpeechError::Output("no output device".into()))
    }
}

/// The demo centre with the DCO signed in, reading aloud through `speaker`.
fn app_with(speaker: Box<dyn Speaker>) -> App {
    let mut app = App::new(Box::new(MemoryBackend::demo(test_morning(), true)), speaker);
    app.update(Msg::StaffNumber("D1234".into()));
    app.update(Msg::Pin("2468".into()));
    app.update(Msg::SignIn);
    app
}

fn detainee(app: &App, name: &str) -> DetaineeId {
    app.backend
        .roster()
        .into_iter()
        .find(|r| r.name == name)
        .expect("on the demo roster")
        .id
}

/// Opens the compact for `name` in `language`; returns whether the screen offers reading aloud.
fn open_compact(app: &mut App, name: &str, language: &str) -> bool {
    let d = detainee(app, name);
    app.update(Msg::OpenDetainee(d));
    app.update(Msg::ChooseCompactLanguage(d));
    app.update(Msg::StartCompact(d, LanguageTag::new(language)));
    match &app.screen {
        Screen::Compact(s) => s.voiced,
        other => panic!("not on the compact: {other:?}"),
    }
}

fn compact_state(app: &App) -> (bool, bool) {
    match &app.screen {
        Screen::Compact(s) => (s.playing, s.audio_completed),
        other => panic!("not on the compact: {other:?}"),
    }
}

#[test]
fn dso_15_read_aloud_renders_each_sentence_with_espeak_ng_and_plays_it() {
    let mut reader = ReadAloud::new(MemorySink::default());
    let ar = LanguageTag::new("ar");
    assert!(reader.can_read(&ar));
    reader.speak(&ar, "يجب أن تفهم القواعد قبل أن توقع.");
    assert!(!reader.failed());
    reader.speak(
        &LanguageTag::new("pl"),
        "Musisz zrozumieć zasady, zanim podpiszesz.",
    );
    let played = &reader.sink().played;
    assert_eq!(played.len(), 2, "one rendition per sentence spoken");
    for r in played {
        assert!(r.seconds() > 0.8 && r.seconds() < 20.0, "{}", r.seconds());
        assert!(r.rms() > 0.02, "audible, not silence: {}", r.rms());
    }
}

#[test]
fn dso_15_languages_without_a_voice_are_never_read_in_another_voice() {
    let reader = ReadAloud::new(MemorySink::default());
    for tag in ["ti", "ps", "so", "ckb"] {
        assert!(!reader.can_read(&LanguageTag::new(tag)), "{tag}");
    }
    for tag in ["ar", "fa", "pl", "zh-Hans"] {
        assert!(reader.can_read(&LanguageTag::new(tag)), "{tag}");
    }
}

#[test]
fn dso_15_a_compact_without_a_voice_says_so_and_reading_aloud_cannot_start() {
    let mut app = app_with(Box::new(ReadAloud::new(MemorySink::default())));
    assert!(
        !open_compact(&mut app, "Tigist Alemu", "ti"),
        "no voice for Tigrinya"
    );
    app.update(Msg::Play);
    for _ in 0..10 {
        app.update(Msg::Tick);
    }
    assert_eq!(
        compact_state(&app),
        (false, false),
        "nothing read, nothing counted"
    );
    let app = kinline_app::ui::SharedApp::new(app);
    let mut dom = dioxus::prelude::VirtualDom::new_with_props(
        kinline_app::ui::KinlineApp,
        kinline_app::ui::KinlineAppProps {
            app,
            ticking: false,
        },
    );
    dom.rebuild_in_place();
    let html = dioxus_ssr::render(&dom);
    assert!(html.contains(r#"id="no-voice""#), "{html}");
    assert!(!html.contains(r#"id="read-aloud""#));
}

#[test]
fn dso_15_a_tablet_that_cannot_play_sound_stops_reading_and_the_audio_does_not_count() {
    let mut app = app_with(Box::new(ReadAloud::new(NoSoundCard)));
    assert!(
        open_compact(&mut app, "Amal Haddad", "ar"),
        "Arabic has a voice"
    );
    app.update(Msg::Play);
    for _ in 0..10 {
        app.update(Msg::Tick);
    }
    assert_eq!(compact_state(&app), (false, false));
    let Screen::Compact(s) = &app.screen else {
        panic!("still on the compact");
    };
    assert!(
        !s.voiced,
        "the screen now offers only the interpreter route"
    );
    let problem = app
        .notice
        .as_ref()
        .filter(|n| n.problem)
        .map(|n| n.text.clone());
    assert!(problem.is_some(), "the screen says what happened");
}

#[test]
fn reading_aloud_through_a_working_output_reaches_the_end_and_counts() {
    let mut app = app_with(Box::new(ReadAloud::new(MemorySink::default())));
    assert!(open_compact(&mut app, "Piotr Nowak", "pl"));
    app.update(Msg::Play);
    for _ in 0..200 {
        app.update(Msg::Tick);
    }
    assert_eq!(compact_state(&app), (false, true), "read to the end");
}
