//! [`Shared`]: a screen's state shared between its root component and whoever made it (tests,
//! `main`). The tablet's screens ([`crate::ui::SharedApp`]) are this type. [`use_driven`] is
//! the shell's loop: a message updates the state, and the effects the update returns are
//! performed — on a thread of their own where the state has one ([`Performer::Thread`]) — with
//! each result sent back as a message.

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

/// Where the effects of a root's state are performed.
pub enum Performer<T, E, M> {
    /// On a thread of its own, one after another in the order asked (the tablet's store:
    /// the UI thread never waits for the disk, the network or the store's lock).
    Thread(Box<dyn FnMut(E) -> M + Send>),
    /// Here, on the state (the in-memory demo: nothing of it waits).
    Here(fn(&mut T, E) -> M),
}

/// How a root component drives its [`Shared`] state: `send` applies a message with `update`
/// and re-renders, then hands each effect `update` returned to the [`Performer`] `performer`
/// made (once, on the first render), whose answers come back through `send` in order; with
/// `clock`, the message `clock.1` is sent every `clock.0` (on the desktop's tokio runtime, not
/// the webview's timers, so a page busy drawing does not stop it). Returns the render counter
/// (the root reads it, so that each change re-renders) and `send`.
pub fn use_driven<T: 'static, M: Clone + Send + 'static, E: Send + 'static>(
    state: &Shared<T>,
    update: fn(&mut T, M) -> Vec<E>,
    performer: fn(&mut T) -> Performer<T, E, M>,
    clock: Option<(Duration, M)>,
) -> (Signal<u64>, Callback<M>) {
    let mut revision = use_signal(|| 0u64);
    // Answers, from the worker thread or from here, back to `send` (never re-entrantly).
    let (answers, inbox) = use_hook(|| {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel::<M>();
        (tx, Rc::new(RefCell::new(Some(rx))))
    });
    let to_send = answers.clone();
    let run = use_hook(move || {
        let performer = performer(&mut state.0.borrow_mut());
        Rc::new(match performer {
            Performer::Thread(mut perform) => {
                let (tx, rx) = std::sync::mpsc::channel::<E>();
                let back = to_send;
                let spawned = std::thread::Builder::new()
                    .name("kinline-effects".into())
                    .spawn(move || {
                        for effect in rx {
                            if back.send(perform(effect)).is_err() {
                                break;
                            }
                        }
                    });
                if let Err(e) = spawned {
                    tracing::error!(error = %e, "the effects thread could not start");
                }
                Run::<T, E, M>::Thread(tx)
            }
            Performer::Here(perform) => Run::Here(perform),
        })
    });
    let shared = state.clone();
    let send = use_callback(move |msg: M| {
        let effects = update(&mut shared.0.borrow_mut(), msg);
        revision += 1;
        for effect in effects {
            match run.as_ref() {
                Run::Thread(tx) => {
                    if tx.send(effect).is_err() {
                        tracing::error!("the effects thread has stopped");
                    }
                }
                Run::Here(perform) => {
                    let answer = perform(&mut shared.0.borrow_mut(), effect);
                    let _ = answers.send(answer);
                }
            }
        }
    });
    use_future(move || {
        let inbox = inbox.borrow_mut().take();
        async move {
            let Some(mut inbox) = inbox else {
                return;
            };
            while let Some(answer) = inbox.recv().await {
                send.call(answer);
            }
        }
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

/// Where `send` hands an effect.
enum Run<T, E, M> {
    Thread(std::sync::mpsc::Sender<E>),
    Here(fn(&mut T, E) -> M),
}
