//! [`Shared`]: a screen's state shared between its root component and whoever made it (tests,
//! `main`). The tablet's screens ([`crate::ui::SharedApp`]) and the staff console
//! ([`crate::console::SharedConsole`]) are both this one type.

use std::cell::RefCell;
use std::rc::Rc;

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
