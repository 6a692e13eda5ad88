//! Languages and read-aloud (DSO §15): every locale complete and well-formed, the compact never
//! falling back, every voiced sentence audible, right-to-left layout, and no missing glyphs.

use kinline_app::i18n::{
    self, Compact, CompactError, CompactHeader, FALLBACK, Localizer, compact_html, compact_ids,
    compact_source,
};
use kinline_app::speech::voices::{Espeak, espeak_voice};
use kinline_app::speech::{
    AudioSink, EspeakNg, MemorySink, Rendition, Speaker, SpeechError, SpeechEvent, VoiceKind,
    parse_wav, speaker_for, voice_kind,
};
use kinline_app::ui::text;
use kinline_shared::languages::{Direction, LANGUAGES};
use kinline_shared::model::{LanguageTag, TextHash};
use kinline_tests::demo_tablet_signed_in;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is in the workspace")
        .to_path_buf()
}

fn audio_root() -> PathBuf {
    root().join("assets/audio")
}

#[test]
fn every_locale_has_every_en_gb_key_with_the_same_variables_and_parses_cleanly() {
    let english = i18n::interface_messages(FALLBACK).unwrap();
    assert!(
        english.len() > 100,
        "en-GB has {} interface strings",
        english.len()
    );
    for l in LANGUAGES {
        let here = i18n::interface_messages(l.tag)
            .unwrap_or_else(|e| panic!("{}/kinline.ftl: {e}", l.tag));
        for (id, vars) in &english {
            let Some(theirs) = here.get(id) else {
                panic!("{}/kinline.ftl lacks '{id}'", l.tag)
            };
            assert_eq!(
                theirs, vars,
                "{}/kinline.ftl '{id}' uses other variables",
                l.tag
            );
        }
        let extra: Vec<_> = here.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{}/kinline.ftl has keys en-GB lacks: {extra:?}",
            l.tag
        );
        assert!(i18n::interface_gaps(l.tag).unwrap().is_empty());
    }
}

#[test]
fn every_file_says_who_translated_it_and_whether_it_was_reviewed() {
    for l in LANGUAGES {
        for file in ["kinline.ftl", "compact.ftl"] {
            let text = i18n::source(l.tag, file).unwrap_or_else(|| panic!("{}/{file}", l.tag));
            let said = |field: &str| {
                text.lines()
                    .filter_map(|x| x.strip_prefix("### "))
                    .find_map(|x| x.strip_prefix(field)?.strip_prefix(':'))
                    .map(str::trim)
                    .unwrap_or_else(|| panic!("{}/{file} header lacks {field}", l.tag))
                    .to_owned()
            };
            assert!(!said("translator").is_empty());
            assert!(
                ["yes", "no"].contains(&said("reviewed").as_str()),
                "{}/{file}",
                l.tag
            );
            assert!(said("language").starts_with(l.tag), "{}/{file}", l.tag);
        }
    }
    // Only the English source is reviewed today; every machine draft says so.
    let header = CompactHeader::parse("ar", &compact_source("ar").unwrap()).unwrap();
    assert!(!header.reviewed);
    assert!(Compact::load(FALLBACK, 30).unwrap().reviewed);
}

#[test]
fn dso_15_every_offered_compact_language_has_every_sentence() {
    let ids = compact_ids().unwrap();
    assert!(
        ids.len() >= 25,
        "the English compact has {} sentences",
        ids.len()
    );
    let mut offered = 0;
    for l in LANGUAGES {
        let compact = Compact::load(l.tag, 30).unwrap_or_else(|e| panic!("{}: {e}", l.tag));
        let got: Vec<&str> = compact
            .sentences
            .iter()
            .map(|(id, _)| id.as_str())
            .collect();
        assert_eq!(
            got,
            ids.iter().map(String::as_str).collect::<Vec<_>>(),
            "{}",
            l.tag
        );
        assert!(compact.sentences.iter().all(|(_, t)| !t.trim().is_empty()));
        assert_eq!(compact.direction, l.direction);
        offered += 1;
    }
    assert_eq!(offered, 24);
}

#[test]
fn dso_15_a_compact_missing_a_sentence_is_not_offered_and_never_falls_back_to_english() {
    let english = compact_source(FALLBACK).unwrap();
    let arabic = compact_source("ar").unwrap();
    let cut: String = arabic
        .lines()
        .filter(|l| !l.starts_with("rule-police-referral"))
        .map(|l| format!("{l}\n"))
        .collect();
    match Compact::from_sources("ar", cut, &english, 30) {
        Err(CompactError::Incomplete { missing, .. }) => {
            assert_eq!(missing, vec!["rule-police-referral".to_owned()]);
        }
        other => panic!("an incomplete compact was accepted: {other:?}"),
    }
    let old = arabic.replace("### version: annex-a-2020.1", "### version: annex-a-2019.1");
    assert!(matches!(
        Compact::from_sources("ar", old, &english, 30),
        Err(CompactError::OutOfDate { .. })
    ));
    assert!(matches!(
        Compact::from_sources("ar", arabic, &english, 90),
        Err(CompactError::SlotLength(90))
    ));
}

#[test]
fn dso_10_the_signature_records_the_version_and_a_hash_of_the_exact_text_shown() {
    let ar = Compact::load("ar", 45).unwrap();
    let joined: Vec<&str> = ar.sentences.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(ar.text_hash, TextHash::of(&joined.join("\n")));
    assert_eq!(ar.text(), joined.join("\n"));
    assert_eq!(ar.version.0, "annex-a-2020.1");
    // The slot length is part of the text shown, so it is part of what was signed.
    let slot = &ar
        .sentences
        .iter()
        .find(|(id, _)| id == "rule-slots")
        .unwrap()
        .1;
    assert!(
        slot.contains("\u{2068}45\u{2069}"),
        "the number is bidi-isolated: {slot:?}"
    );
    assert_ne!(Compact::load("ar", 30).unwrap().text_hash, ar.text_hash);
    assert_ne!(Compact::load("fa", 45).unwrap().text_hash, ar.text_hash);
}

/// The tablet binary cargo already built (beside this test binary's profile, else the release
/// one, the newer of the two): this test never builds, so it runs what `cargo xtask test` or
/// `cargo build -p kinline-app` made.
fn built_app() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let profile = exe
        .ancestors()
        .nth(2)
        .expect("<target>/<profile>/deps/kinline-…");
    let target = profile.parent().expect("<target>");
    [profile.join("kinline-app"), target.join("release/kinline-app")]
        .into_iter()
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .max()
        .map(|(_, p)| p)
        .unwrap_or_else(|| {
            panic!(
                "no kinline-app in {}: build it first (cargo build -p kinline-app; cargo xtask test does)",
                profile.display()
            )
        })
}

#[test]
fn dso_15_the_installed_app_shows_the_whole_arabic_compact_without_its_source_tree() {
    // An installed tablet: the binary alone in a directory of its own, started from another,
    // with none of cargo's variables, and the workspace (locales/ included) hidden behind an
    // empty directory in a mount namespace of its own — nothing of the build machine is there.
    let scratch = kinline_tests::call_harness::TempDir::new("installed-app");
    let install = scratch.0.join("opt");
    let cwd = scratch.0.join("home");
    let empty = scratch.0.join("empty");
    for dir in [&install, &cwd, &empty] {
        std::fs::create_dir(dir).unwrap();
    }
    let app = install.join("kinline-app");
    std::fs::copy(built_app(), &app).unwrap();
    let hide = format!(
        "mount --bind '{}' '{}' && exec '{}' --compact ar",
        empty.display(),
        root().display(),
        app.display()
    );
    let out = std::process::Command::new("unshare")
        .args(["--map-root-user", "--mount", "sh", "-c", &hide])
        .current_dir(&cwd)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", &cwd)
        .output()
        .expect("unshare (util-linux) runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the installed app has no Arabic compact: {stdout}{stderr}"
    );
    let ar = Compact::load("ar", 30).unwrap();
    assert_eq!(ar.sentences.len(), compact_ids().unwrap().len());
    assert_eq!(
        stdout.trim(),
        format!(
            "kinline: compact ar version 2026-11: {} sentences, text hash {}",
            ar.sentences.len(),
            ar.text_hash.0
        ),
        "the demo centre's Arabic compact is the shipped one, every sentence of it"
    );
}

#[test]
fn the_interface_is_translated_and_mirrors_for_right_to_left_languages() {
    let en = Localizer::new("en-GB").unwrap();
    for l in LANGUAGES {
        let here = Localizer::new(l.tag).unwrap();
        assert_eq!(here.direction(), l.direction);
        let rtl = matches!(l.tag, "ar" | "fa" | "ur" | "ps" | "ckb");
        assert_eq!(here.dir(), if rtl { "rtl" } else { "ltr" }, "{}", l.tag);
        if l.tag != FALLBACK {
            let id = "compact-no-voice";
            assert_ne!(here.text(id), en.text(id), "{} is English", l.tag);
        }
    }
    let ar = Localizer::new("ar").unwrap();
    let reason = ar.termination_reason(kinline_shared::model::TerminationReason::Recording);
    assert!(
        reason
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{reason}"
    );
    assert!(Localizer::new("xx").is_err());
}

#[test]
fn the_language_picker_shows_each_language_in_its_own_script_with_its_english_name() {
    let picker = i18n::picker();
    assert_eq!(picker.len(), LANGUAGES.len());
    for entry in &picker {
        assert!(
            entry.label.contains(entry.language.native),
            "{}",
            entry.label
        );
        assert!(
            entry.label.contains(entry.language.english),
            "{}",
            entry.label
        );
        assert!(entry.compact_offered, "{}", entry.language.tag);
    }
    let ar = picker.iter().find(|e| e.language.tag == "ar").unwrap();
    assert_eq!(ar.label, "\u{2068}العربية\u{2069} — Arabic");
}

/// The languages espeak-ng reads correctly, by Kinline's voice table.
fn voiced() -> Vec<&'static str> {
    LANGUAGES
        .iter()
        .filter(|l| matches!(espeak_voice(l.tag), Espeak::Voice(_)))
        .map(|l| l.tag)
        .collect()
}

/// The audio of sentence `index`, up to the next sentence's start.
fn sentence_audio(r: &Rendition, index: usize) -> Rendition {
    let start = |i: usize| {
        r.events.iter().find_map(|e| match *e {
            SpeechEvent::Sentence { index, sample } if index == i => Some(sample),
            _ => None,
        })
    };
    let from = start(index).unwrap();
    let to = start(index + 1).unwrap_or(r.samples.len());
    Rendition {
        sample_rate: r.sample_rate,
        samples: r.samples[from..to].to_vec(),
        events: Vec::new(),
    }
}

#[test]
fn dso_15_every_compact_sentence_of_every_voiced_language_is_read_aloud_audibly() {
    let voiced = voiced();
    assert_eq!(voiced.len(), 20, "{voiced:?}");
    assert!(
        voiced.contains(&"zh-Hans"),
        "Mandarin is read through pinyin"
    );
    let espeak = EspeakNg::new().expect("espeak-ng is installed by cargo xtask setup");
    for tag in voiced {
        assert_eq!(voice_kind(tag, &audio_root()), VoiceKind::EspeakNg, "{tag}");
        let compact = Compact::load(tag, 30).unwrap();
        let audio = espeak.render(tag, &compact.sentences).unwrap();
        assert_eq!(audio.sample_rate, 22_050);
        for (index, (id, text)) in compact.sentences.iter().enumerate() {
            let one = sentence_audio(&audio, index);
            // A Chinese character is a whole syllable: count it as three letters.
            let chars = text
                .chars()
                .filter(|c| c.is_alphanumeric())
                .map(|c| {
                    if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
                        3.0
                    } else {
                        1.0
                    }
                })
                .sum::<f64>();
            let seconds = one.seconds() - 0.35;
            assert!(
                one.rms() > 0.02,
                "{tag} {id}: silent (rms {:.4})",
                one.rms()
            );
            // Speech runs at roughly 8 to 25 letters a second in every script offered.
            assert!(
                seconds > chars / 40.0 && seconds < chars / 4.0 + 1.0,
                "{tag} {id}: {seconds:.2} s for {chars} letters"
            );
        }
    }
}

#[test]
fn dso_15_languages_without_a_voice_say_so_and_offer_the_interpreter_route() {
    for tag in ["ckb", "ps", "so", "ti"] {
        assert!(matches!(espeak_voice(tag), Espeak::Unvoiced(_)), "{tag}");
        assert_eq!(voice_kind(tag, &audio_root()), VoiceKind::None, "{tag}");
        assert!(speaker_for(tag, &audio_root()).is_none(), "{tag}");
        // Never read Sorani with the Kurmanji voice, nor anything in the default English voice.
        let espeak = EspeakNg::new().unwrap();
        let sentences = Compact::load(tag, 30).unwrap().sentences;
        assert!(matches!(
            espeak.render(tag, &sentences),
            Err(SpeechError::NoVoice(_))
        ));
        let ui = Localizer::new(tag).unwrap();
        let compact = Compact::load(tag, 30).unwrap();
        let notices = ui.compact_notices(&compact, false);
        assert_eq!(notices[0], ui.text("compact-no-voice"));
        assert_eq!(notices[1], ui.text("compact-not-reviewed-dco"));
    }
    let en = Localizer::new("en-GB").unwrap();
    assert!(en.text("compact-no-voice").contains("interpreter"));
    assert!(
        en.compact_notices(&Compact::load("en-GB", 30).unwrap(), true)
            .is_empty()
    );
}

#[test]
fn read_aloud_highlights_each_sentence_in_turn_and_completes() {
    let compact = Compact::load("fr", 30).unwrap();
    let speaker = speaker_for("fr", &audio_root()).expect("French is voiced");
    assert_eq!(speaker.kind(), VoiceKind::EspeakNg);
    let audio = speaker.render("fr", &compact.sentences[..3]).unwrap();
    let starts: Vec<usize> = audio
        .events
        .iter()
        .filter_map(|e| match e {
            SpeechEvent::Sentence { sample, .. } => Some(*sample),
            SpeechEvent::End { .. } | SpeechEvent::Word { .. } => None,
        })
        .collect();
    assert_eq!(starts.len(), 3);
    // espeak-ng's word events, for highlighting word by word: in order, inside their sentence.
    let words: Vec<(usize, usize, usize)> = audio
        .events
        .iter()
        .filter_map(|e| match *e {
            SpeechEvent::Word {
                sentence,
                sample,
                char_offset,
                ..
            } => Some((sentence, sample, char_offset)),
            _ => None,
        })
        .collect();
    let title_words = compact.sentences[0].1.split_whitespace().count();
    assert!(
        words.iter().filter(|w| w.0 == 0).count() >= title_words - 1,
        "{words:?}"
    );
    assert!(words.windows(2).all(|w| w[0].1 <= w[1].1), "{words:?}");
    assert!(words.iter().all(|w| w.1 >= starts[w.0]));
    assert!(starts.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(audio.sentence_at(starts[1] + 10), Some(1));
    assert_eq!(audio.sentence_at(audio.samples.len()), None);
    let mut sink = MemorySink::default();
    let playback = sink.play(&audio).unwrap();
    assert!(playback.finished());
    assert_eq!(sink.played, vec![audio]);
    let html = compact_html(&compact, Some(1));
    assert!(html.contains(r#"class="sentence speaking" aria-current="true" id="s-compact-intro""#));
}

#[test]
fn recorded_audio_is_read_from_memory_as_16_bit_mono_wav() {
    let samples: Vec<i16> = (0..800).map(|i| ((i % 40) * 500 - 10_000) as i16).collect();
    let mut wav = Vec::new();
    let data_len = (samples.len() * 2) as u32;
    wav.extend(b"RIFF");
    wav.extend((36 + data_len).to_le_bytes());
    wav.extend(b"WAVEfmt ");
    wav.extend(16u32.to_le_bytes());
    wav.extend(1u16.to_le_bytes()); // PCM
    wav.extend(1u16.to_le_bytes()); // mono
    wav.extend(16_000u32.to_le_bytes());
    wav.extend(32_000u32.to_le_bytes());
    wav.extend(2u16.to_le_bytes());
    wav.extend(16u16.to_le_bytes());
    wav.extend(b"data");
    wav.extend(data_len.to_le_bytes());
    wav.extend(samples.iter().flat_map(|s| s.to_le_bytes()));
    let r = parse_wav(&wav).unwrap();
    assert_eq!((r.sample_rate, r.samples.clone()), (16_000, samples));
    wav[22] = 2; // stereo is refused
    assert!(parse_wav(&wav).is_err());
    assert!(parse_wav(b"not a wav").is_err());
}

/// Every font Kinline renders with: the shipped ones, nothing from the machine.
fn fonts() -> Vec<(String, Vec<u8>)> {
    i18n::shipped_fonts()
        .map(|f| (f.file.to_owned(), f.bytes.to_vec()))
        .collect()
}

/// The characters of `text` that no font has a glyph for (invisible format marks need none).
fn missing_glyphs(text: &str, faces: &[ttf_parser::Face<'_>]) -> BTreeSet<char> {
    text.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'))
        .filter(|c| !faces.iter().any(|f| f.glyph_index(*c).is_some()))
        .collect()
}

fn with_faces(check: impl FnOnce(&[ttf_parser::Face<'_>])) {
    let fonts = fonts();
    let faces: Vec<ttf_parser::Face<'_>> = fonts
        .iter()
        .map(|(name, data)| {
            ttf_parser::Face::parse(data, 0).unwrap_or_else(|e| panic!("{name}: {e}"))
        })
        .collect();
    check(&faces);
}

#[test]
fn assets_fonts_stay_small_enough_to_commit() {
    let mut total = 0;
    for f in i18n::shipped_fonts() {
        let len = std::fs::metadata(root().join("assets/fonts").join(f.file))
            .unwrap()
            .len();
        assert!(len < 5 * 1024 * 1024, "{} is {len} bytes", f.file);
        assert_eq!(len, f.bytes.len() as u64, "{} is the file embedded", f.file);
        total += len;
    }
    assert!(total < 20 * 1024 * 1024, "assets/fonts is {total} bytes");
}

#[test]
fn every_han_character_the_chinese_screens_can_show_is_in_the_shipped_han_subset() {
    let han = i18n::shipped_fonts()
        .find(|f| f.family == "Kinline Han")
        .expect("a Han face is shipped");
    let face = ttf_parser::Face::parse(han.bytes, 0).expect("the Han subset parses");
    let chinese = kinline_shared::languages::find("zh-Hans").unwrap();
    let mut text: String = ["kinline.ftl", "compact.ftl", "caller.ftl", "invitation.ftl"]
        .iter()
        .map(|f| i18n::source("zh-Hans", f).unwrap_or_default())
        .collect();
    text.push_str(chinese.native);
    text.push_str(&written_dates(chinese).concat());
    let outside: BTreeSet<char> = text
        .chars()
        .filter(|c| han.covers(*c) && face.glyph_index(*c).is_none())
        .collect();
    assert!(
        outside.is_empty(),
        "Chinese strings use {outside:?}, outside assets/fonts/{}: subset Noto Sans CJK SC again \
         with them (kinline_shared::fonts says how)",
        han.file
    );
}

#[test]
fn every_offered_string_in_every_language_has_a_glyph_in_the_fonts() {
    with_faces(|faces| {
        for l in LANGUAGES {
            let compact = Compact::load(l.tag, 30).unwrap().text();
            let missing = missing_glyphs(&compact, faces);
            assert!(
                missing.is_empty(),
                "{} compact: no glyph for {missing:?}",
                l.tag
            );
            let interface: String = i18n::source(l.tag, "kinline.ftl")
                .unwrap()
                .lines()
                .filter(|x| !x.starts_with('#'))
                .collect();
            let missing = missing_glyphs(&interface, faces);
            assert!(
                missing.is_empty(),
                "{} interface: no glyph for {missing:?}",
                l.tag
            );
            let missing = missing_glyphs(l.native, faces);
            assert!(
                missing.is_empty(),
                "{} name: no glyph for {missing:?}",
                l.tag
            );
            // Dates: month and weekday names, digits (Persian, Arabic-Indic, Bengali), the
            // morning and afternoon markers.
            let dates = written_dates(&l).concat();
            let missing = missing_glyphs(&dates, faces);
            assert!(
                missing.is_empty(),
                "{} dates: no glyph for {missing:?}",
                l.tag
            );
        }
    });
}

#[test]
fn the_compact_screen_in_arabic_persian_chinese_and_tigrinya_runs_the_right_way_with_every_glyph() {
    with_faces(|faces| {
        for (tag, dir) in [
            ("ar", Direction::Rtl),
            ("fa", Direction::Rtl),
            ("zh-Hans", Direction::Ltr),
            ("ti", Direction::Ltr),
        ] {
            let compact = Compact::load(tag, 30).unwrap();
            assert_eq!(compact.direction, dir);
            let html = compact_html(&compact, None);
            let dir = if dir == Direction::Rtl { "rtl" } else { "ltr" };
            assert!(
                html.starts_with(&format!(
                    r#"<article class="compact" lang="{tag}" dir="{dir}""#
                )),
                "{html}"
            );
            assert_eq!(
                html.matches(r#"class="sentence""#).count(),
                compact.sentences.len()
            );
            let missing = missing_glyphs(&html, faces);
            assert!(missing.is_empty(), "{tag}: no glyph for {missing:?}");
            insta::assert_snapshot!(format!("compact_screen_{tag}"), html);
        }
    });
}

#[test]
fn dso_15_mandarin_is_read_as_numbered_pinyin_with_each_polyphone_of_the_compact_read_right() {
    use kinline_app::speech::pinyin::{PHRASES, to_numbered_pinyin};
    use kinline_app::speech::{Transliteration, transliteration};
    assert_eq!(transliteration("zh-Hans"), Some(Transliteration::Pinyin));
    assert_eq!(transliteration("fr"), None);
    assert_eq!(
        espeak_voice("zh-Hans"),
        Espeak::Voice("sit/cmn-Latn-pinyin")
    );
    // The readings the crate gets wrong out of context, as they occur in the compact.
    for (phrase, reading) in [
        ("时间和时长。", "shi2 jian1 he2 shi2 chang2."),
        (
            "每个通话时段为 30 分钟。",
            "mei3 ge4 tong1 hua4 shi2 duan4 wei2 30 fen1 zhong1.",
        ),
        ("都应穿着得体", "dou1 ying1 chuan1 zhuo2 de2 ti3"),
        ("任何行为", "ren4 he2 xing2 wei2"),
        (
            "工作人员认为不恰当的",
            "gong1 zuo4 ren2 yuan2 ren4 wei2 bu4 qia4 dang4 de5",
        ),
        (
            "包括上传到 YouTube 等网站；",
            "bao1 kuo4 shang4 chuan2 dao4 YouTube deng3 wang3 zhan4;",
        ),
    ] {
        assert_eq!(to_numbered_pinyin(phrase), reading, "{phrase}");
    }
    // Every override is used by some compact sentence, and every Chinese character of the
    // compact becomes a syllable with a tone number: nothing is left for the voice to guess.
    let compact = Compact::load("zh-Hans", 30).unwrap();
    let all: String = compact.sentences.iter().map(|(_, t)| t.as_str()).collect();
    for (phrase, _) in PHRASES {
        assert!(all.contains(phrase), "{phrase} is not in the compact");
    }
    for (id, text) in &compact.sentences {
        let pinyin = to_numbered_pinyin(&kinline_app::speech::speakable(text));
        assert!(
            !pinyin
                .chars()
                .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)),
            "{id}: {pinyin}"
        );
        let syllables = pinyin
            .split(' ')
            .filter(|w| {
                w.trim_end_matches(|c: char| c.is_ascii_punctuation())
                    .ends_with(|c: char| matches!(c, '1'..='5'))
            })
            .count();
        let han = text
            .chars()
            .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
            .count();
        assert_eq!(syllables, han, "{id}: {pinyin}");
    }
    // Read aloud: pinyin audio with sentence events only (word offsets would not match the
    // characters shown).
    let espeak = EspeakNg::new().unwrap();
    let audio = espeak.render("zh-Hans", &compact.sentences).unwrap();
    assert!(audio.rms() > 0.02);
    assert!(
        !audio
            .events
            .iter()
            .any(|e| matches!(e, SpeechEvent::Word { .. }))
    );
    assert_eq!(
        audio
            .events
            .iter()
            .filter(|e| matches!(e, SpeechEvent::Sentence { .. }))
            .count(),
        compact.sentences.len()
    );
}

/// Amal Haddad's id in the demo centre.
fn amal(app: &kinline_app::ui::SharedApp) -> kinline_shared::ids::DetaineeId {
    kinline_tests::detainee_named(app, "Amal Haddad")
}

/// The tablet's demo centre, signed in as the DCO, holding the compact in `tag` for Amal Haddad
/// (detainee mode).
fn tablet_in_detainee_mode(tag: &str) -> kinline_app::ui::SharedApp {
    use kinline_app::ui::Msg;
    use kinline_app::ui::memory::test_morning;
    let app = demo_tablet_signed_in(test_morning());
    let send = |m: Msg| app.0.borrow_mut().dispatch(m);
    let d = amal(&app);
    send(Msg::OpenDetainee(d));
    send(Msg::StartCompact(d, LanguageTag::new(tag)));
    assert_eq!(app.0.borrow().mode, kinline_app::ui::state::Mode::Detainee);
    app
}

fn render(app: &kinline_app::ui::SharedApp) -> String {
    use dioxus::prelude::VirtualDom;
    use kinline_app::ui::{KinlineApp, KinlineAppProps};
    let mut dom = VirtualDom::new_with_props(
        KinlineApp,
        KinlineAppProps {
            app: app.clone(),
            ticking: false,
        },
    );
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

/// The interface string `id` in `tag`, straight from `locales/{tag}/kinline.ftl`.
fn ftl(tag: &str, id: &str) -> String {
    let l = Localizer::new(tag).unwrap();
    assert!(l.has(id), "{tag} lacks {id}");
    l.text(id)
}

#[test]
fn the_detainee_screens_speak_the_detainees_language_arabic_right_to_left_polish_left_to_right() {
    // Detainee mode: the compact screen's chrome in Arabic, mirrored.
    // (App::update sets the language: nothing here chooses it.)
    let app = tablet_in_detainee_mode("ar");
    assert_eq!(app.0.borrow().interface_language(), LanguageTag::new("ar"));
    let html = render(&app);
    assert!(html.contains(r#"dir="rtl" lang="ar""#), "{html}");
    // Amal's English is not enough: the compact is read to her, so "I read it myself" is not
    // offered; the routes that are, are (§15).
    for id in [
        "read-aloud",
        "compact-route-ask-interpreter",
        "go-to-signature",
    ] {
        let arabic = ftl("ar", id);
        assert!(
            arabic
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{arabic}"
        );
        assert!(html.contains(&arabic), "{id}: {arabic} not shown");
        assert!(!html.contains(&ftl(FALLBACK, id)), "{id} still in English");
    }
    // The same screen for a Polish reader: Polish, left to right.
    let app = tablet_in_detainee_mode("pl");
    let html = render(&app);
    assert!(html.contains(r#"dir="ltr" lang="pl""#), "{html}");
    assert!(html.contains("Czytaj na głos") && html.contains(&ftl("pl", "compact-read-to-you")));
    assert!(!html.contains("Przeczytałem/am sam/a"));
    assert!(!html.contains("Read aloud"));
    // The staff-only PIN box stays in the staff language.
    assert!(html.contains(&ftl(FALLBACK, "detainee-mode-staff-pin")));
}

#[test]
fn staff_screens_stay_in_the_staff_language_whatever_the_detainee_read() {
    let app = tablet_in_detainee_mode("ar");
    assert_eq!(text::language().tag, "ar");
    // The DCO types their PIN: the tablet is theirs again, and so is the language.
    app.0
        .borrow_mut()
        .dispatch(kinline_app::ui::Msg::Pin("2468".into()));
    app.0.borrow_mut().dispatch(kinline_app::ui::Msg::Unlock);
    app.0.borrow_mut().dispatch(kinline_app::ui::Msg::OpenToday);
    assert_eq!(text::language().tag, FALLBACK);
    let html = render(&app);
    assert!(html.contains(r#"dir="ltr""#));
    assert!(html.contains(&ftl(FALLBACK, "sync-now")) && html.contains("Sync now"));
    assert!(html.contains(&ftl(FALLBACK, "nav-find")));
    assert!(
        !html.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "Arabic on a staff screen"
    );
}

/// Fluent files in memory, laid out like `locales/`.
struct Files(std::collections::HashMap<String, String>);

impl i18n::I18nAssets for Files {
    fn get_files(&self, path: &str) -> Vec<std::borrow::Cow<'_, [u8]>> {
        self.0
            .get(path)
            .map(|t| vec![std::borrow::Cow::Borrowed(t.as_bytes())])
            .unwrap_or_default()
    }
    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(self.0.keys().cloned())
    }
}

#[test]
fn a_string_missing_from_one_locale_falls_back_to_english_for_that_string_only() {
    let english = i18n::source(FALLBACK, "kinline.ftl").unwrap();
    let polish: String = i18n::source("pl", "kinline.ftl")
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("read-aloud ="))
        .map(|l| format!("{l}\n"))
        .collect();
    let files = Files(
        [
            (format!("{FALLBACK}/kinline.ftl"), english),
            ("pl/kinline.ftl".to_owned(), polish),
        ]
        .into(),
    );
    let texts = text::Texts::new(kinline_app::i18n::Domain::Tablet, files);
    let pl = kinline_shared::languages::find("pl").unwrap();
    assert_eq!(texts.get(pl, "read-aloud"), "▶ Read aloud");
    assert_eq!(texts.get(pl, "pause"), "‖ Pauza");
    assert_eq!(texts.get(pl, "go-to-signature"), "Podpisz");
    // Cached: the same text, and the same leaked string, every time.
    assert!(std::ptr::eq(texts.get(pl, "pause"), texts.get(pl, "pause")));
    // An id in no file shows as missing rather than as its id.
    assert_eq!(texts.get(pl, "no-such-id"), text::MISSING);
    // And through the embedded files, `t` follows the language in force.
    let _pl = text::scope(&LanguageTag::new("pl"));
    assert_eq!(text::t("go-to-signature"), "Podpisz");
    {
        let _en = text::scope(&LanguageTag::new("en-GB"));
        assert_eq!(text::t("go-to-signature"), "Sign");
    }
    assert_eq!(text::t("go-to-signature"), "Podpisz");
    assert_eq!(text::language().tag, "pl");
}

/// Removes the bidi isolation marks Fluent puts around each value.
fn without_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn every_rulebook_refusal_has_a_message_in_every_locale_with_exactly_its_variables() {
    use kinline_shared::dso::RuleViolation;
    for l in LANGUAGES {
        let here = i18n::interface_messages(l.tag).unwrap();
        for v in RuleViolation::examples() {
            let wanted: BTreeSet<String> = v.args().iter().map(|(n, _)| (*n).to_owned()).collect();
            let Some(vars) = here.get(v.message_id()) else {
                panic!("{}/kinline.ftl lacks '{}' ({v:?})", l.tag, v.message_id())
            };
            // Its own variables and those of the messages set into it (a range's numbers).
            let mut vars = vars.clone();
            for (_, value) in v.args() {
                if let text::Arg::Message(id) = value {
                    let Some(theirs) = here.get(id) else {
                        panic!("{}/kinline.ftl lacks '{id}' ({v:?})", l.tag)
                    };
                    vars.extend(theirs.iter().cloned());
                }
            }
            assert_eq!(vars, wanted, "{}: '{}'", l.tag, v.message_id());
            // Formatted with its values, the message shows every one of them and no
            // unresolved placeable (a misspelt variable shows as `{$name}`).
            let _scope = text::scope(&LanguageTag::new(l.tag));
            let shown = without_isolation(&text::t_args(v.message_id(), &v.args()));
            assert!(
                !shown.contains('{') && shown != text::MISSING,
                "{}: {shown}",
                l.tag
            );
            for (name, value) in v.args() {
                // A subject is shown in its own words in the language, not by its id; a
                // number in the language's own digits.
                let value = match value {
                    text::Arg::Message(id) => without_isolation(&text::t_args(id, &v.args())),
                    text::Arg::Number(n) => kinline_shared::dates::number(&l, n),
                    other => other.to_string(),
                };
                assert!(
                    shown.contains(&value),
                    "{} '{}' does not show ${name} = {value}: {shown}",
                    l.tag,
                    v.message_id()
                );
            }
        }
    }
}

/// Issue #21 item 6: a refusal names what it refers to in the reader's words — never an
/// English fragment set into a translated sentence ("A new booking (that booking already
/// exists) was not found" in a French sentence, before) — and recording something twice says
/// it is already recorded, not that it was not found.
#[test]
fn a_refusal_names_what_it_refers_to_in_the_readers_language() {
    use kinline_shared::dso::{Paragraph, RuleViolation, Subject};
    let twice = RuleViolation::AlreadyRecorded {
        paragraph: Paragraph::P9,
        what: Subject::Booking,
    };
    for l in LANGUAGES {
        let _scope = text::scope(&LanguageTag::new(l.tag));
        for subject in Subject::ALL {
            let words = text::t(subject.message_id());
            assert_ne!(words, text::MISSING, "{}: {subject:?}", l.tag);
            if l.tag != FALLBACK {
                assert_ne!(
                    words,
                    subject.to_string(),
                    "{}: {subject:?} in English",
                    l.tag
                );
            }
        }
        let shown = without_isolation(&text::refusal(&twice));
        assert!(!shown.contains("subject-"), "{}: {shown}", l.tag);
        assert!(
            shown.contains(text::t("subject-booking")),
            "{}: {shown}",
            l.tag
        );
        if l.tag != FALLBACK {
            assert!(!shown.contains("booking"), "{}: English in {shown}", l.tag);
        }
    }
}

#[test]
fn the_english_refusal_messages_read_exactly_as_the_rulebooks_own() {
    let _en = text::scope(&LanguageTag::new(FALLBACK));
    for v in kinline_shared::dso::RuleViolation::examples() {
        let shown = without_isolation(&text::t_args(v.message_id(), &v.args()));
        assert_eq!(shown, v.to_string());
    }
}

#[test]
fn dso_15_a_refusal_on_a_detainee_screen_is_in_the_detainees_language() {
    use kinline_shared::dso::RuleViolation;
    // The detainee asks to sign before the compact was read to the end: the rulebook refuses
    // (§15), and the detainee holding the tablet reads why in Arabic, not English.
    let app = tablet_in_detainee_mode("ar");
    app.0
        .borrow_mut()
        .dispatch(kinline_app::ui::Msg::GoToSignature);
    let notice = app.0.borrow().notice.clone().expect("the refusal is shown");
    assert!(notice.problem);
    let arabic = {
        let _ar = text::scope(&LanguageTag::new("ar"));
        text::refusal(&RuleViolation::CompactAudioIncomplete)
    };
    assert_eq!(notice.text, arabic);
    assert!(
        notice
            .text
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{}",
        notice.text
    );
    assert!(
        notice.text.contains("DSO 01/2020 §15"),
        "the paragraph is kept"
    );
    assert_ne!(
        without_isolation(&notice.text),
        RuleViolation::CompactAudioIncomplete.to_string()
    );
    let html = render(&app);
    assert!(html.contains(&arabic), "{html}");
}

#[test]
fn names_and_numbers_set_into_a_sentence_are_isolated_and_the_sentence_is_one_message() {
    use kinline_app::ui::Msg;
    use kinline_app::ui::memory::test_morning;
    // The detainee's page: their number and room are set into one sentence, each isolated.
    let app = demo_tablet_signed_in(test_morning());
    let send = |m: Msg| app.0.borrow_mut().dispatch(m);
    let d = amal(&app);
    send(Msg::OpenDetainee(d));
    let html = render(&app);
    assert!(
        html.contains("\u{2068}A2847391\u{2069} · Room \u{2068}B-12\u{2069}"),
        "{html}"
    );
    // In Arabic the same sentence is one message with the values where Arabic puts them.
    let _ar = text::scope(&LanguageTag::new("ar"));
    let ids = text::t_args(
        "detainee-ids",
        &[
            ("number", text::arg("A2847391")),
            ("room", text::arg("B-12")),
        ],
    );
    assert!(ids.contains("\u{2068}A2847391\u{2069}") && ids.contains("\u{2068}B-12\u{2069}"));
    assert!(ids.contains("الغرفة"), "{ids}");
    // Numbers choose the plural form: Polish has three.
    let _pl = text::scope(&LanguageTag::new("pl"));
    let waiting = |n: i64| {
        without_isolation(&text::t_args(
            "sync-waiting-count",
            &[("count", text::Arg::Number(n))],
        ))
    };
    assert_eq!(waiting(1), "1 wpis czeka na wysłanie");
    assert_eq!(waiting(3), "3 wpisy czekają na wysłanie");
    assert_eq!(waiting(7), "7 wpisów czeka na wysłanie");
}

/// The decimal-digit blocks (each by its zero) the digits of `text` come from.
fn digit_blocks(text: &str) -> BTreeSet<u32> {
    const ZEROS: [u32; 8] = [0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xBE6];
    text.chars()
        .filter_map(|c| {
            ZEROS
                .iter()
                .copied()
                .find(|z| (*z..*z + 10).contains(&(c as u32)))
        })
        .collect()
}

#[test]
fn every_number_a_detainee_reads_is_in_the_digits_their_dates_use() {
    use chrono::TimeZone;
    let at = chrono::Utc
        .with_ymd_and_hms(2026, 11, 28, 14, 5, 0)
        .unwrap();
    for l in LANGUAGES {
        let dates = digit_blocks(&i18n::date_time(&l, at));
        assert_eq!(dates.len(), 1, "{}: one script of digits in a date", l.tag);
        // A count set into an interface sentence: the minutes left of a call the detainee
        // holds (§9), the number of a sentence to hear again.
        let _scope = text::scope(&LanguageTag::new(l.tag));
        for shown in [
            text::t_args("call-minutes-left", &[("minutes", text::num(45))]),
            text::t_args("replay-sentence-number", &[("number", text::num(12))]),
        ] {
            assert_eq!(digit_blocks(&shown), dates, "{}: {shown}", l.tag);
        }
        assert!(
            latin_digits(&text::t_args(
                "call-minutes-left",
                &[("minutes", text::num(45))]
            ))
            .contains("45")
        );
        // The compact's own numbers: the centre's slot length.
        if let Ok(compact) = Compact::load(l.tag, 45) {
            let (_, slots) = compact
                .sentences
                .iter()
                .find(|(id, _)| id == "rule-slots")
                .unwrap();
            assert_eq!(digit_blocks(slots), dates, "{}: {slots}", l.tag);
            assert!(latin_digits(slots).contains("45"), "{}: {slots}", l.tag);
        }
    }
    // As the detainee reads it on the tablet: the compact in Persian, its slot length and the
    // sentence numbers in Persian digits, none in Latin.
    let app = tablet_in_detainee_mode("fa");
    let html = render(&app);
    let compact = &html[html.find("<article").unwrap()..html.find("</article>").unwrap()];
    assert!(compact.contains('۳') && compact.contains('۱'), "{compact}");
    assert!(!compact.chars().any(|c| c.is_ascii_digit()), "{compact}");
}

#[test]
fn the_screens_build_no_sentence_from_pieces() {
    // A sentence joined from pieces reads `{t("a")} {value}` in a format string, or
    // `format!("{} {}", t(..), ..)`; every such sentence is now one message with variables.
    let screens = [
        "app/src/ui/views.rs",
        "screens/src/state.rs",
        "screens/src/text.rs",
    ];
    for (file, n, code) in code_lines(&screens) {
        let joined = code.contains("{t(\\\"") || code.contains("format!(\"{} {}\", t(");
        assert!(!joined, "{file}:{n}: a sentence from pieces: {code}");
    }
}

/// Every line of code (not comment) of `files`, with its file and 1-based line number.
fn code_lines(files: &[&'static str]) -> Vec<(&'static str, usize, String)> {
    let root = root();
    files
        .iter()
        .flat_map(|file| {
            let source = std::fs::read_to_string(root.join(file)).unwrap();
            source
                .lines()
                .enumerate()
                .map(|(n, line)| (*file, n + 1, line.trim_start().to_owned()))
                .filter(|(_, _, code)| !code.starts_with("//"))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Dates every language must write without English: the 15th of each month of 2026 at 14:05
/// UTC (15:05 London in summer), then the seven days of a week in November at 00:30 UTC.
fn sample_dates() -> (
    Vec<chrono::DateTime<chrono::Utc>>,
    Vec<chrono::DateTime<chrono::Utc>>,
) {
    use chrono::TimeZone;
    let months = (1..=12)
        .map(|m| chrono::Utc.with_ymd_and_hms(2026, m, 15, 14, 5, 0).unwrap())
        .collect();
    let days = (23..=29)
        .map(|d| chrono::Utc.with_ymd_and_hms(2026, 11, d, 0, 30, 0).unwrap())
        .collect();
    (months, days)
}

/// Every date [`sample_dates`] gives, written in `language`.
fn written_dates(language: &kinline_shared::languages::Language) -> Vec<String> {
    let (months, days) = sample_dates();
    months
        .iter()
        .chain(&days)
        .map(|at| i18n::date_time(language, *at))
        .collect()
}

/// `text` with every decimal digit of the scripts our languages use turned into 0–9.
fn latin_digits(text: &str) -> String {
    const ZEROS: [u32; 8] = [0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xBE6];
    text.chars()
        .map(|c| {
            ZEROS
                .iter()
                .find(|z| (**z..**z + 10).contains(&(c as u32)))
                .and_then(|z| char::from_digit(c as u32 - z, 10))
                .unwrap_or(c)
        })
        .collect()
}

/// The English words a date must not fall back to, and CLDR's root fallback (`M10`, `Sun`).
fn english_date_words(text: &str) -> Vec<String> {
    const ENGLISH: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            let lower = w.to_lowercase();
            ENGLISH.contains(&lower.as_str())
                || (w.len() > 1 && w.starts_with('M') && w[1..].chars().all(|c| c.is_ascii_digit()))
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_language_writes_dates_with_its_own_month_and_weekday_names_in_london_time() {
    for l in LANGUAGES {
        let written = written_dates(&l);
        let (months, days) = written.split_at(12);
        // Twelve months, twelve different dates; seven days, seven different weekdays.
        let distinct: BTreeSet<&String> = months.iter().collect();
        assert_eq!(distinct.len(), 12, "{}: {months:?}", l.tag);
        let distinct: BTreeSet<&String> = days.iter().collect();
        assert_eq!(distinct.len(), 7, "{}: {days:?}", l.tag);
        for (text, month) in months.iter().zip(1..) {
            let digits = latin_digits(text);
            // The Gregorian year (a Persian reader is not given 1405), and London's hour:
            // 15:05 (or 3:05 pm) in British Summer Time, 14:05 (2:05 pm) in winter.
            assert!(digits.contains("2026"), "{}: {text}", l.tag);
            let hour: String = digits[..digits.find(":05").expect("hh:05")]
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .chars()
                .rev()
                .collect();
            let summer = (4..=10).contains(&month);
            let expected: &[&str] = if summer { &["15", "3"] } else { &["14", "2"] };
            assert!(
                expected.contains(&hour.trim_start_matches('0')),
                "{}: {text} ({digits}): hour {hour}",
                l.tag
            );
        }
        // Romanian writes August as English does: its own word, not a fallback.
        let english: Vec<String> = written
            .iter()
            .flat_map(|d| english_date_words(d))
            .filter(|w| !(l.tag == "ro" && w == "august"))
            .collect();
        if l.tag == FALLBACK {
            assert!(months[9].contains("October") && days[6].contains("Sunday"));
        } else {
            assert!(
                english.is_empty(),
                "{}: English {english:?} in {written:?}",
                l.tag
            );
        }
    }
}

#[test]
fn dso_17_the_written_notice_gives_its_end_with_the_detainees_month_name_in_london_time_across_the_autumn_clock_change()
 {
    use chrono::TimeZone;
    use kinline_console::notice::{NoticeText, notice_html};
    use kinline_shared::ids::SuspensionId;
    use kinline_shared::model::SuspensionReason;
    use kinline_shared::time::add_london_days;
    // From 23:30 UTC on Saturday 24 October 2026 — already 00:30 on Sunday the 25th in London
    // (BST), half an hour before the clocks go back — for seven London days: until 00:30 GMT on
    // Sunday 1 November, 169 hours later.
    let from = chrono::Utc
        .with_ymd_and_hms(2026, 10, 24, 23, 30, 0)
        .unwrap();
    let until = add_london_days(from, 7);
    assert_eq!((until - from).num_hours(), 169);
    for (tag, from_text, until_text) in [
        (
            "pl",
            "niedziela, 25 października 2026 00:30",
            "niedziela, 1 listopada 2026 00:30",
        ),
        (
            "fr",
            "dimanche 25 octobre 2026 à 00:30",
            "dimanche 1 novembre 2026 à 00:30",
        ),
        (
            "ar",
            "الأحد، 25 أكتوبر 2026 في 12:30 ص",
            "الأحد، 1 نوفمبر 2026 في 12:30 ص",
        ),
    ] {
        let n = NoticeText {
            suspension: SuspensionId(uuid::Uuid::from_u128(17)),
            language: tag.into(),
            name: "Amal Haddad".into(),
            reason: SuspensionReason::Safety,
            reasons_in_words: String::new(),
            from,
            until,
            appeal_hours: 48,
            review: None,
        };
        let page = without_isolation(&notice_html(&n).unwrap());
        assert!(page.contains(from_text), "{tag}: {page}");
        assert!(page.contains(until_text), "{tag}: {page}");
        assert!(english_date_words(&page).is_empty(), "{tag}: {page}");
        assert!(!page.contains("2026-"), "{tag}: no digits-only dates");
    }

    // The tablet's notice screen: the demo suspends Tigist Alemu (Tigrinya) for five days from
    // 00:30 BST on Tuesday 20 October, so until 00:30 BST on Sunday 25 October — 23:30 UTC on
    // Saturday the 24th.
    let now = chrono::Utc
        .with_ymd_and_hms(2026, 10, 19, 23, 30, 0)
        .unwrap();
    let app = demo_tablet_signed_in(now);
    let s = app
        .0
        .borrow()
        .backend
        .centre()
        .suspensions
        .values()
        .next()
        .unwrap()
        .id;
    app.0
        .borrow_mut()
        .dispatch(kinline_app::ui::Msg::OpenNotice(s));
    let html = without_isolation(&render(&app));
    let start = html
        .find(r#"lang="ti""#)
        .expect("the written notice in Tigrinya");
    let end = start + html[start..].find("</article>").unwrap();
    let written = &html[start..end];
    // Sunday (ሰንበት) 25 October (ጥቅምቲ) 2026, 12:30 in the morning (ቅ.ቀ.).
    assert!(
        written.contains("ሰንበት, ጥቅምቲ 25, 2026 ሰዓት 12:30 ቅ.ቀ."),
        "{written}"
    );
    assert!(english_date_words(written).is_empty(), "{written}");
    // The staff's words around it stay in English.
    assert!(html.contains("Give this notice in"), "{html}");
}

#[test]
fn the_screens_and_the_notice_write_no_date_with_an_english_pattern() {
    // Dates reach a reader only through i18n::date_time / day (text::date_time / day): no
    // strftime month or weekday names, no English display_london, on the tablet's screens or
    // in the written notice.
    let files = [
        "app/src/ui/views.rs",
        "screens/src/state.rs",
        "screens/src/text.rs",
        "i18n/src/notice.rs",
    ];
    for (file, n, code) in code_lines(&files) {
        let english = ["%a", "%A", "%b", "%B", "display_london"]
            .iter()
            .any(|p| code.contains(p));
        assert!(!english, "{file}:{n}: an English date: {code}");
    }
}

/// The refusals whose words are still English text, not messages of their own: a role and an
/// action (`NotPermitted`), a call's state and step (`OutOfOrder`). Open work (issue #21 item
/// 6); the test below fails once one of them is mended, to take it off this list.
const STILL_ENGLISH: [&str; 2] = ["refusal-not-permitted", "refusal-out-of-order"];

/// The values of a refusal that are data, not words: shown as they are in every language
/// (the paragraph, a name or reference someone typed, a version, a date, a language's name).
const DATA_ARGS: [&str; 12] = [
    "paragraph",
    "name",
    "measure",
    "reference",
    "current",
    "given",
    "language",
    "date",
    "earliest",
    "latest",
    "from",
    "to",
];

/// The title of a post the translations keep as it is written (the Compliance Manager).
const TITLES: [&str; 2] = ["Compliance", "Manager"];

/// The English words of `text`: runs of three or more ASCII letters with a lowercase one
/// (abbreviations such as DSO, UTC or BCP are not English prose; nor is a post's title),
/// whole words only.
fn english_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .filter(|w| w.chars().any(|c| c.is_ascii_lowercase()) && !TITLES.contains(w))
        .map(str::to_owned)
        .collect()
}

/// Issue #21 item 6: a refusal in another language carries no English — not the words of
/// what it refers to, not a field's name, not its range ("« The slot's start » est hors des
/// limites admises (within 366 days before…)", before). In a language written in another
/// script, no English word of the en-GB message shows at all (its data aside); in one written
/// in Latin letters, no English phrase set in for a value does.
#[test]
fn no_refusal_sets_english_words_into_another_languages_sentence() {
    use kinline_shared::dso::{Field, Limit, MessageArg, Paragraph, RuleViolation};
    let mut refusals = RuleViolation::examples();
    refusals.extend(Field::ALL.map(|field| RuleViolation::TextLength {
        paragraph: Paragraph::P19,
        field,
        max: 4000,
    }));
    refusals.extend(
        Limit::examples()
            .into_iter()
            .map(|limit| RuleViolation::OutOfRange {
                paragraph: Paragraph::P9,
                field: Field::SlotStart,
                limit,
            }),
    );
    let english = |v: &RuleViolation| {
        let _en = text::scope(&LanguageTag::new(FALLBACK));
        let mut words = english_words(&without_isolation(&text::refusal(v)));
        for (name, value) in v.args() {
            if DATA_ARGS.contains(&name) {
                let shown = match &value {
                    MessageArg::Text(tag) if name == "language" => {
                        kinline_shared::languages::find(tag)
                            .map_or(tag.clone(), |l| l.native.to_owned())
                    }
                    other => other.to_string(),
                };
                for w in english_words(&shown) {
                    words.remove(&w);
                }
            }
        }
        // The phrases set in for values, in English.
        let phrases: Vec<String> = v
            .args()
            .into_iter()
            .filter(|(name, _)| !DATA_ARGS.contains(name))
            .filter_map(|(_, value)| match value {
                MessageArg::Message(id) => Some(without_isolation(&text::t_args(id, &v.args()))),
                MessageArg::Text(t) => Some(t),
                MessageArg::Number(_) => None,
            })
            .filter(|p| english_words(p).len() >= 2)
            .collect();
        (words, phrases)
    };
    let mut english_found = Vec::new();
    let mut still = BTreeSet::new();
    for l in LANGUAGES.iter().filter(|l| l.tag != FALLBACK) {
        let _scope = text::scope(&LanguageTag::new(l.tag));
        let latin = text::t("subject-booking")
            .chars()
            .any(|c| c.is_ascii_alphabetic());
        for v in &refusals {
            let shown = without_isolation(&text::refusal(v));
            let (words, phrases) = english(v);
            let found: Vec<String> = if latin {
                phrases
                    .into_iter()
                    .filter(|p| shown.contains(p.as_str()))
                    .collect()
            } else {
                english_words(&shown)
                    .intersection(&words)
                    .cloned()
                    .collect()
            };
            if found.is_empty() {
                continue;
            }
            if STILL_ENGLISH.contains(&v.message_id()) {
                still.insert(v.message_id());
            } else {
                english_found.push(format!(
                    "{} '{}': {found:?} in {shown}",
                    l.tag,
                    v.message_id()
                ));
            }
        }
    }
    assert!(
        english_found.is_empty(),
        "English set into another language's refusal:\n{}",
        english_found.join("\n")
    );
    assert_eq!(
        still,
        BTreeSet::from(STILL_ENGLISH),
        "a refusal on STILL_ENGLISH shows no English any more: take it off the list"
    );
}
