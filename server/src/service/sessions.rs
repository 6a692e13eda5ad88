//! The staff console's sessions, as the service keeps them: when each was last used (the
//! console signs out one idle too long). Only a token's hash is kept, never the token.

use std::collections::HashMap;
use std::sync::Mutex;

/// The most console sessions remembered at once; beyond it the longest idle are forgotten
/// (and must sign in again).
const MAX_SESSIONS: usize = 10_000;

/// The staff console's sessions: when each was last used, by the hash of its token (never the token).
#[derive(Default)]
pub(crate) struct Sessions {
    seen: Mutex<HashMap<String, i64>>,
}

impl Sessions {
    /// Remembers a new session, used now.
    pub(crate) fn start(&self, token: &str, now_ms: i64) {
        if let Ok(mut seen) = self.seen.lock() {
            if seen.len() >= MAX_SESSIONS {
                let oldest = seen
                    .iter()
                    .min_by_key(|(_, at)| **at)
                    .map(|(k, _)| k.clone());
                if let Some(k) = oldest {
                    seen.remove(&k);
                }
            }
            seen.insert(crate::auth::token_hash(token), now_ms);
        }
    }

    /// Whether the session is still in use (and marks it used now); false once it has been
    /// idle longer than `idle_ms`, or was never started here.
    pub(crate) fn touch(&self, token: &str, now_ms: i64, idle_ms: i64) -> bool {
        let Ok(mut seen) = self.seen.lock() else {
            return false;
        };
        let key = crate::auth::token_hash(token);
        match seen.get_mut(&key) {
            Some(at) if now_ms - *at <= idle_ms => {
                *at = now_ms;
                true
            }
            _ => {
                seen.remove(&key);
                false
            }
        }
    }

    /// Forgets a session (its member of staff signed out).
    pub(crate) fn end(&self, token: &str) {
        if let Ok(mut seen) = self.seen.lock() {
            seen.remove(&crate::auth::token_hash(token));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Sessions;

    #[test]
    fn a_console_session_ends_once_idle_longer_than_the_limit_and_never_starts_unannounced() {
        let s = Sessions::default();
        let idle = 15 * 60_000;
        assert!(!s.touch("never-started", 0, idle));
        s.start("token", 1_000);
        assert!(s.touch("token", 1_000 + idle, idle));
        // Used just now: the clock starts again from the last use.
        assert!(s.touch("token", 1_000 + 2 * idle, idle));
        assert!(!s.touch("token", 1_000 + 3 * idle + 1, idle));
        // Once ended it stays ended.
        assert!(!s.touch("token", 1_000 + 3 * idle + 2, idle));
    }
}
