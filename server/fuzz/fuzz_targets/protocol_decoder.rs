//! Fuzzes the sync protocol decoder: whatever the bytes, `decode_push` answers a push
//! request or a 4xx error, and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match kinline_server::http::api::decode_push(data) {
        Ok(req) => {
            // What decodes re-encodes, and decodes to the same request.
            let again = serde_json::to_vec(&req).expect("a decoded request encodes");
            assert_eq!(kinline_server::http::api::decode_push(&again).ok(), Some(req));
        }
        Err(e) => assert!(e.status.is_client_error(), "{e:?}"),
    }
});
