//! Reads an SQLCipher database file (and its write-ahead log) page by page as the disk holds
//! it, decrypting each page with the file's raw key — free pages, unused cell space and old
//! log frames included, which SQL never shows. An erasure proof searches this, not a query.
//!
//! SQLCipher 4's layout: pages of 4096 bytes, each ending in 80 reserved bytes (a 16-byte IV,
//! then a 64-byte HMAC); AES-256-CBC over the rest, with the raw key as the cipher key. Page 1
//! starts with the 16-byte salt in clear, and its encrypted part starts after it. A log file
//! has a 32-byte header, then frames of a 24-byte header and one page.

use aes::cipher::{BlockDecryptMut, KeyIvInit, block_padding::NoPadding};
use std::path::Path;

type Decryptor = cbc::Decryptor<aes::Aes256>;

const PAGE: usize = 4096;
const RESERVE: usize = 80;
const SALT: usize = 16;
const WAL_HEADER: usize = 32;
const FRAME_HEADER: usize = 24;

fn decrypt_page(key: &[u8; 32], page: &[u8], first: bool) -> Vec<u8> {
    let start = if first { SALT } else { 0 };
    let end = PAGE - RESERVE;
    let iv: [u8; 16] = page[end..end + 16].try_into().expect("a 16-byte IV");
    let mut data = page[start..end].to_vec();
    Decryptor::new(key.into(), &iv.into())
        .decrypt_padded_mut::<NoPadding>(&mut data)
        .expect("whole AES blocks");
    data
}

/// Every page of `path` and of `path-wal` (if present), decrypted with `key`.
pub fn plaintext_pages(path: &Path, key: &[u8; 32]) -> Vec<Vec<u8>> {
    let mut pages = Vec::new();
    let file = std::fs::read(path).expect("the database file");
    for (i, page) in file.chunks_exact(PAGE).enumerate() {
        pages.push(decrypt_page(key, page, i == 0));
    }
    let wal = Path::new(&format!("{}-wal", path.display())).to_path_buf();
    if let Ok(log) = std::fs::read(&wal)
        && log.len() > WAL_HEADER
    {
        for frame in log[WAL_HEADER..].chunks_exact(FRAME_HEADER + PAGE) {
            let number = u32::from_be_bytes(frame[..4].try_into().expect("4 bytes"));
            pages.push(decrypt_page(key, &frame[FRAME_HEADER..], number == 1));
        }
    }
    pages
}

/// Whether `needle` is anywhere in the decrypted pages of `path` (and its log). Panics if
/// the key does not decrypt page 1 (its header must read as SQLite's), so a wrong key cannot
/// pass for an erased file.
pub fn file_contains(path: &Path, key: &[u8; 32], needle: &str) -> bool {
    let pages = plaintext_pages(path, key);
    let first = pages.first().expect("a first page");
    // Page 1's header after the magic string: the page size (4096, big-endian) at offset 16.
    assert_eq!(
        &first[..2],
        &[0x10, 0x00],
        "{}: the key does not decrypt page 1",
        path.display()
    );
    pages
        .iter()
        .any(|p| p.windows(needle.len()).any(|w| w == needle.as_bytes()))
}

/// A raw key from its hex form (a key file's text, or `x'…'`).
pub fn key_from_hex(text: &str) -> [u8; 32] {
    let hex = text.trim().trim_start_matches("x'").trim_end_matches('\'');
    let mut key = [0u8; 32];
    hex::decode_to_slice(hex, &mut key).expect("a 32-byte hex key");
    key
}
