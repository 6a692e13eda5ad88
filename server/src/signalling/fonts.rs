//! The shipped fonts ([`kinline_shared::fonts`]) for the caller's page, served at
//! `/assets/fonts/{hash}/{file}`: the path carries the first 16 hex digits of the file's
//! SHA-256, so a browser may keep it for a year (`immutable`), and a new font is a new path.

use kinline_shared::fonts::{FACES, Face};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

/// Each face with its content-hashed path.
static PATHS: LazyLock<Vec<(String, &'static Face)>> = LazyLock::new(|| {
    FACES
        .iter()
        .map(|f| {
            let hash = hex::encode(Sha256::digest(f.bytes));
            (format!("/assets/fonts/{}/{}", &hash[..16], f.file), f)
        })
        .collect()
});

/// The path a face is served at.
pub fn path(face: &Face) -> String {
    PATHS
        .iter()
        .find(|(_, f)| f.file == face.file)
        .map(|(p, _)| p.clone())
        .unwrap_or_default()
}

/// The caller page's `@font-face` rules and font stack, pointing at [`path`]s.
pub fn css() -> &'static str {
    static CSS: LazyLock<String> =
        LazyLock::new(|| kinline_shared::fonts::css(FACES, "body", path));
    &CSS
}

/// The face served at `/assets/fonts/{hash}/{file}`, if that is one of [`path`]s (an old
/// hash is not: the page that asked for it is older than this server).
pub fn at(hash: &str, file: &str) -> Option<&'static Face> {
    let wanted = format!("/assets/fonts/{hash}/{file}");
    PATHS
        .iter()
        .find(|(p, _)| *p == wanted)
        .map(|(_, face)| *face)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_has_a_content_hashed_path_the_page_css_names() {
        for face in FACES {
            let p = path(face);
            assert!(
                p.starts_with("/assets/fonts/") && p.ends_with(face.file),
                "{p}"
            );
            assert!(css().contains(&format!("url(\"{p}\")")), "{p}");
        }
    }
}
