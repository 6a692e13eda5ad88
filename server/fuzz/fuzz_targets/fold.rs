//! Fuzzes the fold: whatever events arrive, in whatever order (`kinline_shared::hostile`
//! makes them from the bytes), folding them never panics, loops or grows without bound, and
//! folding them one by one as they arrive gives what folding them all at once gives.
#![no_main]

use kinline_shared::hostile;
use kinline_shared::projection::{Centre, Timeline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let events = hostile::events(data);
    let folded = Centre::fold(&events);
    let mut line = Timeline::default();
    for e in events.iter().rev() {
        line.insert(e.clone());
    }
    assert_eq!(line.centre(), &folded);
    let _ = folded.deadlines();
    if let Some(s) = &folded.schedule {
        let _ = folded.day(s.effective_from);
    }
});
