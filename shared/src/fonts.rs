//! The fonts Kinline ships (`assets/fonts/`, Noto, SIL OFL) and the CSS that loads them, so
//! every screen, the written notice and the caller's page draw every script of the 24
//! languages with these faces and never with whatever fonts a machine happens to have.
//!
//! Each script is its own family ("Kinline Arabic", …) with a `unicode-range`, so a page
//! downloads only the faces its text needs; [`FONT_STACK`] lists them in a fixed order and
//! ends with the generic `sans-serif` only as the last resort. The Arabic script is drawn in
//! Naskh (Noto Naskh Arabic: Arabic, Persian, Pashto, Sorani), and Urdu in Nastaliq
//! (`:lang(ur)` puts "Kinline Nastaliq" first). The bytes are embedded here once: the app puts
//! them in `data:` URLs, the centre server serves them at content-hashed paths.
//!
//! Two files are cut down from larger Noto fonts with fontTools' `pyftsubset`:
//! `NotoSansSC-Subset.otf` holds the Han characters and CJK punctuation of
//! `locales/zh-Hans/*.ftl` and of the Chinese dates (from Debian's `NotoSansCJK-Regular.ttc`,
//! font number 2; a test fails when a Chinese string uses a character outside it — run
//! `pyftsubset` again with the new characters), and `NotoSansSymbols2-Subset.ttf` /
//! `NotoSansMath-Subset.ttf` the arrows and shapes the screens use as icons.

/// One shipped font file and the family, weight and characters it serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Face {
    /// The CSS family name (ours, so no installed font can answer to it).
    pub family: &'static str,
    /// The file under `assets/fonts/`.
    pub file: &'static str,
    /// The CSS `font-weight` it is drawn at.
    pub weight: u16,
    /// The CSS `unicode-range`: the characters this face is used for.
    pub unicode_range: &'static str,
    /// The file's bytes.
    pub bytes: &'static [u8],
}

impl Face {
    /// The `format()` hint of its `src`.
    pub fn format(&self) -> &'static str {
        if self.file.ends_with(".otf") {
            "opentype"
        } else {
            "truetype"
        }
    }

    /// The media type it is served with.
    pub fn media_type(&self) -> &'static str {
        if self.file.ends_with(".otf") {
            "font/otf"
        } else {
            "font/ttf"
        }
    }

    /// Whether `c` is in its `unicode-range`.
    pub fn covers(&self, c: char) -> bool {
        range_covers(self.unicode_range, c)
    }
}

/// Whether `c` is in a CSS `unicode-range` value (`U+0600-06FF, U+FB50-FDFF`).
pub fn range_covers(unicode_range: &str, c: char) -> bool {
    let c = u32::from(c);
    unicode_range.split(',').any(|part| {
        let part = part.trim().trim_start_matches("U+");
        let (from, to) = part.split_once('-').unwrap_or((part, part));
        match (u32::from_str_radix(from, 16), u32::from_str_radix(to, 16)) {
            (Ok(from), Ok(to)) => (from..=to).contains(&c),
            _ => false,
        }
    })
}

macro_rules! face {
    ($family:literal, $file:literal, $weight:literal, $range:expr) => {
        Face {
            family: $family,
            file: $file,
            weight: $weight,
            unicode_range: $range,
            bytes: include_bytes!(concat!("../../assets/fonts/", $file)),
        }
    };
}

const LATIN_RANGE: &str = "U+0000-036F, U+0370-03FF, U+0400-052F, U+1AB0-1AFF, U+1DC0-1EFF, \
                     U+2000-206F, U+20A0-20CF, U+2100-218F, U+2C60-2C7F, U+2E00-2E7F, \
                     U+A720-A7FF, U+FB00-FB06, U+FEFF, U+FFFD";
const ARABIC_RANGE: &str = "U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF";

/// Every shipped face.
pub const FACES: &[Face] = &[
    face!("Kinline Latin", "NotoSans-Regular.ttf", 400, LATIN_RANGE),
    face!("Kinline Latin", "NotoSans-Bold.ttf", 700, LATIN_RANGE),
    face!(
        "Kinline Arabic",
        "NotoNaskhArabic-Regular.ttf",
        400,
        ARABIC_RANGE
    ),
    face!(
        "Kinline Arabic",
        "NotoNaskhArabic-Bold.ttf",
        700,
        ARABIC_RANGE
    ),
    face!(
        "Kinline Nastaliq",
        "NotoNastaliqUrdu-Regular.ttf",
        400,
        ARABIC_RANGE
    ),
    face!(
        "Kinline Ethiopic",
        "NotoSansEthiopic-Regular.ttf",
        400,
        "U+1200-139F, U+2D80-2DDF, U+AB00-AB2F"
    ),
    face!(
        "Kinline Devanagari",
        "NotoSansDevanagari-Regular.ttf",
        400,
        "U+0900-097F, U+1CD0-1CFF, U+A8E0-A8FF"
    ),
    face!(
        "Kinline Bengali",
        "NotoSansBengali-Regular.ttf",
        400,
        "U+0980-09FF"
    ),
    face!(
        "Kinline Gurmukhi",
        "NotoSansGurmukhi-Regular.ttf",
        400,
        "U+0A00-0A7F"
    ),
    face!(
        "Kinline Gujarati",
        "NotoSansGujarati-Regular.ttf",
        400,
        "U+0A80-0AFF"
    ),
    face!(
        "Kinline Tamil",
        "NotoSansTamil-Regular.ttf",
        400,
        "U+0B80-0BFF, U+11FC0-11FFF"
    ),
    face!(
        "Kinline Han",
        "NotoSansSC-Subset.otf",
        400,
        "U+2E80-2FDF, U+3000-303F, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF"
    ),
    face!(
        "Kinline Symbols",
        "NotoSansSymbols2-Subset.ttf",
        400,
        "U+2190-21FF, U+2300-23FF, U+25A0-25FF, U+2600-27BF"
    ),
    face!(
        "Kinline Symbols",
        "NotoSansMath-Subset.ttf",
        400,
        "U+2190-21FF"
    ),
];

/// The families in the order a character is looked for, before the generic last resort.
pub const FAMILIES: &[&str] = &[
    "Kinline Latin",
    "Kinline Arabic",
    "Kinline Ethiopic",
    "Kinline Devanagari",
    "Kinline Bengali",
    "Kinline Gurmukhi",
    "Kinline Gujarati",
    "Kinline Tamil",
    "Kinline Han",
    "Kinline Symbols",
];

/// The CSS `font-family` of every page: the shipped families, then `sans-serif` as the last
/// resort (a character no shipped face has, which the glyph check forbids).
pub const FONT_STACK: &str = "\"Kinline Latin\", \"Kinline Arabic\", \"Kinline Ethiopic\", \
\"Kinline Devanagari\", \"Kinline Bengali\", \"Kinline Gurmukhi\", \"Kinline Gujarati\", \
\"Kinline Tamil\", \"Kinline Han\", \"Kinline Symbols\", sans-serif";

/// The CSS that loads `faces` (each `src` from `url`: a `data:` URL or a path) and sets
/// [`FONT_STACK`] — of the families among `faces` — on `selector` and on the form controls
/// (which do not inherit a family), with Nastaliq first for Urdu.
pub fn css<'a>(
    faces: impl IntoIterator<Item = &'a Face>,
    selector: &str,
    url: impl Fn(&Face) -> String,
) -> String {
    let faces: Vec<&Face> = faces.into_iter().collect();
    let stack = FAMILIES
        .iter()
        .filter(|family| faces.iter().any(|f| f.family == **family))
        .map(|family| format!("\"{family}\", "))
        .collect::<String>()
        + "sans-serif";
    let mut out = String::new();
    for f in faces {
        out.push_str(&format!(
            "@font-face {{ font-family: \"{}\"; src: url(\"{}\") format(\"{}\"); \
             font-weight: {}; font-style: normal; font-display: block; unicode-range: {}; }}\n",
            f.family,
            url(f),
            f.format(),
            f.weight,
            f.unicode_range
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        ));
    }
    out.push_str(&format!(
        "{selector}, button, input, select, textarea {{ font-family: {stack}; }}\n\
         :lang(ur) {{ font-family: \"Kinline Nastaliq\", {stack}; }}\n"
    ));
    out
}

/// The faces that `text` needs (those whose range holds one of its characters), for a page
/// that carries its fonts inside itself, such as the written notice.
pub fn needed_by(text: &str) -> Vec<&'static Face> {
    let urdu = text.contains("lang=\"ur\"");
    FACES
        .iter()
        .filter(|f| urdu || f.family != "Kinline Nastaliq")
        .filter(|f| text.chars().any(|c| f.covers(c)))
        .collect()
}

/// `bytes` as standard base64 (for `data:` URLs; the core has no base64 dependency).
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A face's bytes as a `data:` URL.
pub fn data_url(face: &Face) -> String {
    format!("data:{};base64,{}", face.media_type(), base64(face.bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(&[0xff, 0xfe, 0xfd]), "//79");
    }

    #[test]
    fn every_family_in_the_stack_is_shipped_and_ranges_parse() {
        for family in FAMILIES {
            assert!(FACES.iter().any(|f| f.family == *family), "{family}");
            assert!(FONT_STACK.contains(&format!("\"{family}\"")), "{family}");
        }
        let face = |family: &str| FACES.iter().find(|f| f.family == family).unwrap();
        assert!(face("Kinline Tamil").covers('த'));
        assert!(face("Kinline Latin").covers('ệ'));
        assert!(!face("Kinline Latin").covers('ع'));
    }

    #[test]
    fn a_page_carries_only_the_faces_its_text_needs() {
        let families = |text: &str| needed_by(text).iter().map(|f| f.file).collect::<Vec<_>>();
        assert_eq!(
            families("Hello"),
            ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"]
        );
        assert!(families("<p lang=\"ta\">தமிழ்</p>").contains(&"NotoSansTamil-Regular.ttf"));
        assert!(!families("<p lang=\"ar\">عربي</p>").contains(&"NotoNastaliqUrdu-Regular.ttf"));
        assert!(families("<p lang=\"ur\">اردو</p>").contains(&"NotoNastaliqUrdu-Regular.ttf"));
    }
}
