//! Read-aloud on the tablet (DSO §15): espeak-ng renders each sentence in memory and the
//! compact screen plays it; a language without a voice, or a tablet that cannot play sound,
//! says so and leaves the interpreter route — audio nobody heard never counts as played.

use kinline_app::speech::VoiceKind;
use kinline_app::speech::{AudioSink, MemorySink, Playback, ReadAloud, Rendition, SpeechError};
use kinline_app::ui::memory::test_morning;
use kinline_app::ui::{App, MemoryBackend, Msg, Screen, Speaker, text};
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
    app.dispatch(Msg::StaffNumber("D1234".into()));
    app.dispatch(Msg::Pin("2468".into()));
    app.dispatch(Msg::SignIn);
    app
}

fn detainee(app: &App, name: &str) -> DetaineeId {
    app.backend
        .roster()
        .unwrap()
        .into_iter()
        .find(|r| r.name == name)
        .expect("on the demo roster")
        .id
}

/// Opens the compact for `name` in `language`; returns whether the screen offers reading aloud.
fn open_compact(app: &mut App, name: &str, language: &str) -> bool {
    let d = detainee(app, name);
    app.dispatch(Msg::OpenDetainee(d));
    app.dispatch(Msg::ChooseCompactLanguage(d));
    app.dispatch(Msg::StartCompact(d, LanguageTag::new(language)));
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

/// The screen as HTML.
fn render(app: App) -> String {
    let app = kinline_app::ui::SharedApp::new(app);
    let mut dom = dioxus::prelude::VirtualDom::new_with_props(
        kinline_app::ui::KinlineApp,
        kinline_app::ui::KinlineAppProps {
            app,
            ticking: false,
        },
    );
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

#[test]
fn dso_15_read_aloud_renders_each_sentence_with_espeak_ng_and_plays_it() {
    let mut reader = ReadAloud::new(MemorySink::default());
    let ar = LanguageTag::new("ar");
    assert!(reader.can_read(&ar));
    reader.speak(&ar, None, "يجب أن تفهم القواعد قبل أن توقع.");
    assert!(!reader.failed());
    reader.speak(
        &LanguageTag::new("pl"),
        None,
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
    app.dispatch(Msg::Play);
    for _ in 0..10 {
        app.dispatch(Msg::Tick);
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
    app.dispatch(Msg::Play);
    for _ in 0..10 {
        app.dispatch(Msg::Tick);
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
    // It says that the tablet cannot play sound (not that the language has no voice), in
    // the detainee's language, on the screen too.
    let arabic = |id: &str| {
        let _ar = text::scope(&LanguageTag::new("ar"));
        text::t(id)
    };
    assert_eq!(problem.as_deref(), Some(arabic("compact-no-sound")));
    assert_ne!(arabic("compact-no-sound"), arabic("compact-no-voice"));
    let html = render(app);
    assert!(html.contains(r#"id="no-sound""#), "{html}");
    assert!(html.contains(arabic("compact-no-sound")));
    assert!(!html.contains(r#"id="no-voice""#));
}

#[test]
fn reading_aloud_through_a_working_output_reaches_the_end_and_counts() {
    let mut app = app_with(Box::new(ReadAloud::new(MemorySink::default())));
    assert!(open_compact(&mut app, "Piotr Nowak", "pl"));
    app.dispatch(Msg::Play);
    for _ in 0..200 {
        app.dispatch(Msg::Tick);
    }
    assert_eq!(compact_state(&app), (false, true), "read to the end");
}

/// A folder of recordings made for the test (a tone, not a voice: no recording of a person is
/// committed), under the system's temp dir, removed when dropped.
struct Recordings(std::path::PathBuf);

impl Recordings {
    fn new() -> Self {
        let mut random = [0u8; 8];
        getrandom::fill(&mut random).expect("randomness");
        let dir = std::env::temp_dir().join(format!(
            "kinline-audio-{}-{}",
            std::process::id(),
            u64::from_le_bytes(random)
        ));
        std::fs::create_dir(&dir).expect("a fresh folder");
        Self(dir)
    }

    /// Writes `{tag}/{id}.wav`: 16-bit mono PCM, 8 kHz (espeak-ng renders at 22.05 kHz), a
    /// 440 Hz tone of `samples` samples.
    fn write(&self, tag: &str, id: &str, samples: usize) -> Vec<i16> {
        let pcm: Vec<i16> = (0..samples)
            .map(|i| {
                let t = i as f64 / 8000.0;
                (8000.0 * (2.0 * std::f64::consts::PI * 440.0 * t).sin()) as i16
            })
            .collect();
        let data: Vec<u8> = pcm.iter().flat_map(|s| s.to_le_bytes()).collect();
        let mut wav = Vec::new();
        wav.extend_from_slice(b"RIFF");
        wav.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
        wav.extend_from_slice(b"WAVEfmt ");
        wav.extend_from_slice(&16u32.to_le_bytes());
        wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
        wav.extend_from_slice(&1u16.to_le_bytes()); // mono
        wav.extend_from_slice(&8000u32.to_le_bytes());
        wav.extend_from_slice(&16000u32.to_le_bytes());
        wav.extend_from_slice(&2u16.to_le_bytes());
        wav.extend_from_slice(&16u16.to_le_bytes());
        wav.extend_from_slice(b"data");
        wav.extend_from_slice(&(data.len() as u32).to_le_bytes());
        wav.extend_from_slice(&data);
        let dir = self.0.join(tag);
        std::fs::create_dir_all(&dir).expect("the language's folder");
        std::fs::write(dir.join(format!("{id}.wav")), wav).expect("the recording");
        pcm
    }

    /// A recording of every sentence of the compact in `tag`.
    fn full_set(&self, tag: &str) {
        for id in kinline_app::i18n::compact_ids().expect("the compact's ids") {
            self.write(tag, &id, 4000);
        }
    }
}

impl Drop for Recordings {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A reader whose sound output is a `MemorySink` the test can still read after the app owns it.
struct Shared(std::rc::Rc<std::cell::RefCell<MemorySink>>);

impl AudioSink for Shared {
    fn play(&mut self, r: &Rendition) -> Result<Playback, SpeechError> {
        self.0.borrow_mut().play(r)
    }
}

#[test]
fn dso_15_a_recording_of_the_sentence_is_played_in_preference_to_espeak_ng() {
    let recordings = Recordings::new();
    let first = kinline_app::i18n::compact_ids().unwrap()[0].clone();
    let recorded = recordings.write("ar", &first, 4000);
    let played = std::rc::Rc::new(std::cell::RefCell::new(MemorySink::default()));
    let reader = ReadAloud::with_recordings(Shared(played.clone()), &recordings.0);
    let mut app = app_with(Box::new(reader));
    assert!(open_compact(&mut app, "Amal Haddad", "ar"));
    let Screen::Compact(s) = &app.screen else {
        panic!("on the compact")
    };
    assert_eq!(
        s.text.id(0),
        Some(first.as_str()),
        "the screen passes the id"
    );
    app.dispatch(Msg::Play);
    // The first sentence is its recording, exactly; the second has none and espeak-ng reads it.
    while played.borrow().played.len() < 2 {
        app.dispatch(Msg::Tick);
    }
    let played = played.borrow();
    assert_eq!(played.played[0].sample_rate, 8000);
    assert_eq!(played.played[0].samples, recorded);
    assert_eq!(
        played.played[1].sample_rate, 22050,
        "espeak-ng for the rest"
    );
    assert!(played.played[1].rms() > 0.02);
}

#[test]
fn dso_15_a_language_without_a_synthetic_voice_is_read_from_a_full_set_of_recordings() {
    let recordings = Recordings::new();
    recordings.full_set("ti");
    let mut reader = ReadAloud::with_recordings(MemorySink::default(), &recordings.0);
    assert!(reader.can_read(&LanguageTag::new("ti")));
    assert!(
        !reader.can_read(&LanguageTag::new("so")),
        "Somali: no recordings, no voice"
    );
    let first = kinline_app::i18n::compact_ids().unwrap()[0].clone();
    reader.speak(&LanguageTag::new("ti"), Some(&first), "ዝኾነ ይኹን");
    assert!(!reader.failed());
    assert_eq!(reader.last_voice(), Some(VoiceKind::Recorded));
    // A sentence whose text is not the shipped one has no id, and Tigrinya has no synthetic
    // voice: it says so rather than reading it in another voice.
    reader.speak(&LanguageTag::new("ti"), None, "ዝኾነ ይኹን");
    assert_eq!(
        reader.failure(),
        Some(kinline_app::ui::backend::ReadFailure::NoVoice)
    );
    // The whole compact in Tigrinya is read to the end from the recordings.
    let mut app = app_with(Box::new(ReadAloud::with_recordings(
        MemorySink::default(),
        &recordings.0,
    )));
    assert!(open_compact(&mut app, "Tigist Alemu", "ti"), "voiced now");
    app.dispatch(Msg::Play);
    for _ in 0..400 {
        app.dispatch(Msg::Tick);
    }
    assert_eq!(compact_state(&app), (false, true), "read to the end");
}

#[test]
fn cargo_xtask_languages_reports_recorded_for_a_language_with_a_full_set() {
    let recordings = Recordings::new();
    recordings.full_set("ti");
    let out = kinline_tests::cargo_command()
        .args(["xtask", "languages"])
        .env("KINLINE_AUDIO", &recordings.0)
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let row = |tag: &str| {
        stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(tag))
            .unwrap_or_else(|| panic!("no row for {tag}: {stdout}"))
            .to_owned()
    };
    assert!(row("ti").contains(" recorded "), "{}", row("ti"));
    assert!(row("so").contains(" none "), "{}", row("so"));
    assert!(row("ar").contains(" espeak-ng "), "{}", row("ar"));
    // Tigrinya now counts as complete with a voice: one more than espeak-ng alone gives.
    let last = stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("languages: 21 complete with voice, 24 complete, 24 offered"),
        "{last}"
    );
}
