//! Graph's invitation-manager throttling: 150 requests per 5 seconds per tenant, all apps
//! combined (graph-b2b.md §5). Kept in memory, as Graph's own counters are not durable either.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const INVITATION_LIMIT: usize = 150;
pub const INVITATION_WINDOW: Duration = Duration::from_secs(5);

#[derive(Default)]
pub struct InvitationThrottle {
    /// When each admitted request of the current window arrived, oldest first.
    admitted: Mutex<VecDeque<Instant>>,
}

impl InvitationThrottle {
    /// Admits a request, or says after how many whole seconds to retry.
    pub fn admit(&self) -> Result<(), u64> {
        let now = Instant::now();
        let mut admitted = self.admitted.lock().unwrap_or_else(|e| e.into_inner());
        while admitted.front().is_some_and(|t| now.duration_since(*t) >= INVITATION_WINDOW) {
            admitted.pop_front();
        }
        match admitted.front() {
            Some(oldest) if admitted.len() >= INVITATION_LIMIT => {
                let wait = INVITATION_WINDOW.saturating_sub(now.duration_since(*oldest));
                Err(wait.as_secs() + u64::from(wait.subsec_nanos() > 0))
            }
            _ => {
                admitted.push_back(now);
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_151st_request_in_a_window() {
        let t = InvitationThrottle::default();
        for _ in 0..INVITATION_LIMIT {
            assert_eq!(t.admit(), Ok(()));
        }
        let retry = t.admit().unwrap_err();
        assert!((1..=5).contains(&retry));
    }
}
