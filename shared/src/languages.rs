//! The languages Kinline offers detainees, each named in its own script with its English name,
//! and which way it is written.

/// Which way a script runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left: the whole layout mirrors.
    Rtl,
}

/// One offered language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Language {
    /// BCP 47 tag, also the folder name under `locales/`.
    pub tag: &'static str,
    /// English name, for staff.
    pub english: &'static str,
    /// The name in its own script, for the detainee.
    pub native: &'static str,
    /// Writing direction.
    pub direction: Direction,
}

const fn lang(
    tag: &'static str,
    english: &'static str,
    native: &'static str,
    rtl: bool,
) -> Language {
    Language {
        tag,
        english,
        native,
        direction: if rtl { Direction::Rtl } else { Direction::Ltr },
    }
}

/// Every language Kinline ships, English first.
pub const LANGUAGES: [Language; 24] = [
    lang("en-GB", "English", "English", false),
    lang("sq", "Albanian", "Shqip", false),
    lang("ar", "Arabic", "العربية", true),
    lang("fa", "Persian", "فارسی", true),
    lang("ckb", "Kurdish (Sorani)", "کوردیی ناوەندی", true),
    lang("kmr", "Kurdish (Kurmanji)", "Kurmancî", false),
    lang("ps", "Pashto", "پښتو", true),
    lang("ur", "Urdu", "اردو", true),
    lang("pa", "Punjabi", "ਪੰਜਾਬੀ", false),
    lang("bn", "Bengali", "বাংলা", false),
    lang("hi", "Hindi", "हिन्दी", false),
    lang("gu", "Gujarati", "ગુજરાતી", false),
    lang("ta", "Tamil", "தமிழ்", false),
    lang("vi", "Vietnamese", "Tiếng Việt", false),
    lang("zh-Hans", "Chinese (Simplified)", "简体中文", false),
    lang("ti", "Tigrinya", "ትግርኛ", false),
    lang("am", "Amharic", "አማርኛ", false),
    lang("so", "Somali", "Soomaali", false),
    lang("ro", "Romanian", "Română", false),
    lang("pl", "Polish", "Polski", false),
    lang("pt", "Portuguese", "Português", false),
    lang("es", "Spanish", "Español", false),
    lang("fr", "French", "Français", false),
    lang("tr", "Turkish", "Türkçe", false),
];

/// The language with this tag, if Kinline ships it.
pub fn find(tag: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}
