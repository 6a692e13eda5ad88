//! [`Shared`]: a screen's state shared between its root component and whoever made it (tests,
//! `main`). The tablet's screens ([`crate::ui::SharedApp`]) are this type.

use dioxus::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

/// State behind `Rc<RefCell<…>>`; two handles are equal when they are the same state, which is
/// what Dioxus compares props with.
pub struct Shared<T>(pub Rc<RefCell<T>>);

impl<T> Shared<T> {
    /// Wraps the state.
    pub fn new(state: T) -> Self {
        Self(Rc::new(RefCell::new(state)))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// How a root component drives its [`Shared`] state: `send` applies a message with `update`
/// and re-renders; with `clock`, the message `clock.1` is sent every `clock.0` (on the
/// desktop's tokio runtime, not the webview's timers, so a page busy drawing does not stop
/// it). Returns the render counter (the root reads it, so that each change re-renders) and
/// `send`.
pub fn use_driven<T: 'static, M: Clone + 'static>(
    state: &Shared<T>,
    update: fn(&mut T, M),
    clock: Option<(Duration, M)>,
) -> (Signal<u64>, Callback<M>) {
    let mut revision = use_signal(|| 0u64);
    let shared = state.clone();
    let send = use_callback(move |msg: M| {
        update(&mut shared.0.borrow_mut(), msg);
        revision += 1;
    });
    use_future(move || {
        let clock = clock.clone();
        async move {
            let Some((every, tick)) = clock else {
                return;
            };
            loop {
                tokio::time::sleep(every).await;
                send.call(tick.clone());
            }
        }
    });
    (revision, send)
}
