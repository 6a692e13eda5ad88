//! The shipped fonts ([`kinline_shared::fonts`]) for the caller's page, served at
//! `/assets/fonts/{hash}/{file}`: the path carries the first 16 hex digits of the file's
//! SHA-256, so a browser may keep it for a year (`immutable`), and a new font is a new path.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
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

/// `GET /assets/fonts/{hash}/{file}`: the face, cached for a year; 404 for any other path
/// (an old hash included: the page that asked for it is older than this server).
pub async fn serve(Path((hash, file)): Path<(String, String)>) -> Response {
    let wanted = format!("/assets/fonts/{hash}/{file}");
    match PATHS.iter().find(|(p, _)| *p == wanted) {
        Some((_, face)) => (
            [
                (header::CONTENT_TYPE, face.media_type()),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
                (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
            ],
            face.bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
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
