//! Kinline integration tests.
