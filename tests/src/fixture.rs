//! Test centre fixture.
