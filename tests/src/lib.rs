//! Fixtures shared by Kinline's integration tests: a test centre, its staff and detainees, and a
//! way to record events through the rulebook as a shell would.

pub mod call_harness;
pub mod crash;
pub mod fixture;
pub mod pg_cluster;
pub mod server_harness;
