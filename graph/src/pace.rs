//! Keeping under a documented request limit on this side, instead of finding it by 429s.
//!
//! Graph's invitation manager takes 150 requests per 5 seconds per tenant ("Microsoft Graph
//! service-specific throttling limits", Identity and access). A client that sends faster only
//! collects 429s whose `Retry-After` is rounded up to whole seconds, so a bulk job that leans on
//! them loses time at every window and can run out of retries. Pacing the sends keeps the job at
//! the limit. It counts this process only: the tenant's other clients (another instance, the Entra
//! admin center) still meet 429s now and then, which the retry policy handles.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// At most `limit` requests in any `window`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RateLimit {
    /// Requests per window.
    pub(crate) limit: usize,
    /// The sliding window.
    pub(crate) window: Duration,
}

impl RateLimit {
    /// Graph's invitation limit with a margin: Graph counts a request when it arrives and this side
    /// when it leaves, and the gap varies from request to request.
    pub(crate) const INVITATIONS: RateLimit = RateLimit { limit: 150, window: Duration::from_millis(5_150) };
}

/// A sliding-window pacer: [`Pace::wait_turn`] returns once sending now keeps within the limit.
#[derive(Debug)]
pub(crate) struct Pace {
    rate: RateLimit,
    /// When each send of the current window left, oldest first.
    sent: Mutex<VecDeque<Instant>>,
}

impl Pace {
    pub(crate) fn new(rate: RateLimit) -> Pace {
        Pace { rate, sent: Mutex::new(VecDeque::with_capacity(rate.limit)) }
    }

    /// Waits for a free place in the window and takes it; returns how long it waited.
    pub(crate) async fn wait_turn(&self) -> Duration {
        let started = Instant::now();
        loop {
            let free_at = {
                let now = Instant::now();
                let mut sent = self.sent.lock().unwrap_or_else(|e| e.into_inner());
                while sent.front().is_some_and(|t| now.duration_since(*t) >= self.rate.window) {
                    sent.pop_front();
                }
                match sent.front() {
                    Some(oldest) if sent.len() >= self.rate.limit.max(1) => *oldest + self.rate.window,
                    _ => {
                        sent.push_back(now);
                        return now - started;
                    }
                }
            };
            tokio::time::sleep_until(free_at).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Real time, so only lower bounds: a sleep never ends early, a busy machine may end it late.

    #[tokio::test]
    async fn a_full_window_waits_for_its_oldest_send_to_leave_it() {
        let window = Duration::from_millis(300);
        let pace = Pace::new(RateLimit { limit: 3, window });
        let started = Instant::now();
        for _ in 0..3 {
            pace.wait_turn().await;
        }
        // The fourth send waits until the first has left the window.
        assert!(pace.wait_turn().await > Duration::ZERO);
        assert!(started.elapsed() >= window);
    }

    #[tokio::test]
    async fn concurrent_senders_share_the_window() {
        let window = Duration::from_millis(200);
        let pace = std::sync::Arc::new(Pace::new(RateLimit { limit: 10, window }));
        let started = Instant::now();
        let senders: Vec<_> = (0..35)
            .map(|_| {
                let pace = pace.clone();
                tokio::spawn(async move { pace.wait_turn().await })
            })
            .collect();
        for sender in senders {
            sender.await.unwrap();
        }
        // 35 sends, 10 a window: the last leaves in the fourth window, three windows in.
        assert!(started.elapsed() >= window * 3);
    }
}
