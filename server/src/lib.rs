//! The Kinline centre server. The sync API, staff API, signalling and the caller's page arrive
//! with the server issue; this crate holds their place in the workspace.

/// The protocol version this server speaks, from the shared core.
pub const PROTOCOL_VERSION: u32 = kinline_shared::sync::PROTOCOL_VERSION;
