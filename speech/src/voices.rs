//! The voice table: which espeak-ng voice reads each language, or why none does.

use std::path::Path;

/// The kind of voice a language gets, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VoiceKind {
    /// Recorded human audio shipped in `assets/audio/{lang}/`.
    Recorded,
    /// The platform's own voice (Android TextToSpeech, AVSpeechSynthesizer). Not wired yet.
    Platform,
    /// espeak-ng, offline everywhere.
    EspeakNg,
    /// No voice: the compact is explained through an interpreter.
    None,
}

impl VoiceKind {
    /// How the table and the staff screens name it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Recorded => "recorded",
            Self::Platform => "platform",
            Self::EspeakNg => "espeak-ng",
            Self::None => "none",
        }
    }
}

/// espeak-ng's voice for a language, or why Kinline does not use one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Espeak {
    /// The voice file name under espeak-ng-data/voices (e.g. `roa/fr`).
    Voice(&'static str),
    /// Not voiced, and why.
    Unvoiced(&'static str),
}

/// espeak-ng 1.51's voice for each offered language.
pub fn espeak_voice(tag: &str) -> Espeak {
    use Espeak::{Unvoiced, Voice};
    match tag {
        "en-GB" => Voice("gmw/en"),
        "sq" => Voice("ine/sq"),
        "ar" => Voice("sem/ar"),
        "fa" => Voice("ira/fa"),
        "kmr" => Voice("ira/ku"),
        "ur" => Voice("inc/ur"),
        "pa" => Voice("inc/pa"),
        "bn" => Voice("inc/bn"),
        "hi" => Voice("inc/hi"),
        "gu" => Voice("inc/gu"),
        "ta" => Voice("dra/ta"),
        "vi" => Voice("aav/vi"),
        "am" => Voice("sem/am"),
        "ro" => Voice("roa/ro"),
        "pl" => Voice("zlw/pl"),
        "pt" => Voice("roa/pt"),
        "es" => Voice("roa/es"),
        "fr" => Voice("roa/fr"),
        "tr" => Voice("trk/tr"),
        "ckb" => Unvoiced(
            "espeak-ng has no Sorani voice; its Kurdish voice reads Latin-script Kurmanji and \
             spells Sorani letters out in English",
        ),
        // Not `sit/cmn`, which misreads many characters and switches to English: the text is
        // converted to numbered pinyin first (see [`transliteration`]).
        "zh-Hans" => Voice("sit/cmn-Latn-pinyin"),
        "ps" => Unvoiced("espeak-ng has no Pashto voice"),
        "so" => Unvoiced("espeak-ng has no Somali voice"),
        "ti" => Unvoiced("espeak-ng has no Tigrinya voice"),
        _ => Unvoiced("not a language Kinline offers"),
    }
}

/// How a language's text is rewritten before espeak-ng reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transliteration {
    /// Simplified Chinese to pinyin with tone numbers ([`super::pinyin`]), for espeak-ng's
    /// `cmn-latn-pinyin` voice.
    Pinyin,
}

impl Transliteration {
    /// `text` rewritten for the voice.
    pub fn apply(self, text: &str) -> String {
        match self {
            Self::Pinyin => super::pinyin::to_numbered_pinyin(text),
        }
    }

    /// How the language table names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pinyin => "pinyin",
        }
    }
}

/// The rewriting `tag`'s text needs before espeak-ng reads it, if any. Word events of rewritten
/// text do not point into the text shown, so only sentence events are kept for it.
pub fn transliteration(tag: &str) -> Option<Transliteration> {
    match tag {
        "zh-Hans" => Some(Transliteration::Pinyin),
        _ => None,
    }
}

/// The voice column of `cargo xtask languages`: the kind, and for espeak-ng through a
/// transliteration, which one (e.g. `espeak-ng (pinyin)`).
pub fn voice_label(tag: &str, audio_root: &Path) -> String {
    let kind = voice_kind(tag, audio_root);
    match (kind, transliteration(tag)) {
        (VoiceKind::EspeakNg, Some(t)) => format!("{} ({})", kind.label(), t.label()),
        _ => kind.label().to_owned(),
    }
}

/// The voice `tag` gets on this tablet: recorded audio if a complete set is shipped under
/// `audio_root`, else espeak-ng if its voice loads, else none.
pub fn voice_kind(tag: &str, audio_root: &Path) -> VoiceKind {
    use super::Speaker as _;
    if super::Recorded::new(audio_root.to_path_buf()).speaks(tag) {
        return VoiceKind::Recorded;
    }
    match super::EspeakNg::new() {
        Ok(e) if e.speaks(tag) => VoiceKind::EspeakNg,
        _ => VoiceKind::None,
    }
}
