//! The sender: hands due messages to the gateway, with retries and backoff, outside quiet
//! hours, and never twice.
//!
//! Each pass leases due rows (`sending` until a lease time), then calls the gateway with the
//! row's own `gateway_id`, then records the answer. What a SIGKILL can do:
//! - before the lease is committed: the row is still `queued`; sent after restart.
//! - after the lease, before the gateway got the call: the lease runs out, the row is leased
//!   again and sent, once.
//! - after the gateway took it, before `accepted` is committed: the row is sent again under
//!   the same id, and the gateway recognises it (local mode ignores it, the server answers
//!   409): still one SMS.
//!
//! The window that remains: the gateway forgets ids only when its own message log is
//! cleared (the app's log lifetime, a reinstall, a switch between local and cloud mode,
//! another phone) between the first call and the resend. The resend comes after one lease
//! (`[sms] lease_seconds`, a minute by default), so this needs a gateway change within that
//! minute. The HTTP timeout is shorter than the lease, so a live sender never overlaps
//! itself.
//!
//! Nothing here reads the clock: [`tick`] takes `now`; [`spawn`] gives it the real time.

use super::gateway::{Outgoing, SendError};
use super::outbox::{self, Kind, Sms};
use crate::db::DbError;
use crate::sql::{Connection, OptionalExtension};
use crate::{AppState, Shared};
use chrono::{DateTime, Duration, Utc};
use relais_core::request::RequestContent;

/// Messages taken per pass.
const BATCH: usize = 20;
/// A gateway must not send a message later than this after we hand it over.
pub const TTL_SECONDS: u64 = 12 * 3600;

/// What one pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub accepted: usize,
    pub retried: usize,
    pub failed: usize,
    /// Put back until quiet hours end.
    pub deferred: usize,
    /// Dropped: the request no longer allows this message.
    pub cancelled: usize,
}

impl Pass {
    fn any(&self) -> bool {
        *self != Pass::default()
    }
}

/// The wait after the `n`th failed attempt: 30 s, 1 min, 2 min… up to an hour.
pub fn backoff(n: u32) -> Duration {
    let secs = 30i64.saturating_mul(1i64 << n.saturating_sub(1).min(12));
    Duration::seconds(secs.min(3600))
}

/// Whether the request still allows this message.
fn still_allowed(c: &Connection, m: &Sms) -> Result<bool, DbError> {
    let row: Option<(String, String, Option<String>)> = c
        .query_row(
            "SELECT content, state_name, sms_stopped_at FROM request WHERE id = ?1",
            [&m.request_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((content, state, stopped)) = row else {
        return Ok(false);
    };
    let content: RequestContent = serde_json::from_str(&content)?;
    if super::plan::sms_phone(&content).is_none_or(|p| p.as_str() != m.to_phone) {
        return Ok(false);
    }
    Ok(match m.kind {
        Kind::Reminder => stopped.is_none() && state == "confirmed",
        Kind::Confirmation | Kind::Change => state == "confirmed",
        Kind::Ack => !matches!(state.as_str(), "closed" | "redirected"),
    })
}

/// One pass at `now`.
pub async fn tick(state: &AppState, now: DateTime<Utc>) -> Result<Pass, DbError> {
    let mut pass = Pass::default();
    let Some(gateway) = state.sms_gateway.clone() else {
        return Ok(pass);
    };
    let p = state.sms_policy.clone();
    let lease = p.lease;
    let (due, cancelled) = state
        .db
        .write(move |c| {
            let mut due = Vec::new();
            let mut cancelled = 0;
            for m in outbox::lease(c, now, now + lease, BATCH)? {
                if still_allowed(c, &m)? {
                    due.push(m);
                } else {
                    outbox::cancel(c, m.id)?;
                    cancelled += 1;
                }
            }
            Ok((due, cancelled))
        })
        .await?;
    pass.cancelled = cancelled;
    for m in due {
        let quiet_until = p.reminders.quiet.next_allowed(now, p.tz);
        if quiet_until > now {
            let id = m.id;
            state
                .db
                .write(move |c| outbox::retry_at(c, id, quiet_until, None, false))
                .await?;
            pass.deferred += 1;
            continue;
        }
        let result = gateway
            .send(Outgoing {
                id: &m.gateway_id,
                to: &m.to_phone,
                text: &m.body,
                ttl_seconds: TTL_SECONDS,
            })
            .await;
        let id = m.id;
        let attempts = m.attempts + 1;
        let max = p.max_attempts.max(1);
        match result {
            Ok(a) => {
                tracing::info!(
                    sms = id,
                    kind = m.kind.as_str(),
                    duplicate = a.duplicate,
                    "sms handed to the gateway"
                );
                state
                    .db
                    .write(move |c| outbox::accepted(c, id, now))
                    .await?;
                pass.accepted += 1;
            }
            Err(SendError::Retry(e)) if attempts < max => {
                let at = p
                    .reminders
                    .quiet
                    .next_allowed(now + backoff(attempts), p.tz);
                tracing::warn!(sms = id, attempts, error = %e, "sms gateway unavailable; will retry");
                state
                    .db
                    .write(move |c| outbox::retry_at(c, id, at, Some(&e), true))
                    .await?;
                pass.retried += 1;
            }
            Err(e) => {
                tracing::warn!(sms = id, attempts, error = %e, "sms not delivered: staff will call");
                let reason = e.to_string();
                state
                    .db
                    .write(move |c| outbox::failed(c, id, &reason, now))
                    .await?;
                pass.failed += 1;
            }
        }
    }
    Ok(pass)
}

/// Runs [`tick`] every `poll_seconds`, and at once when something is queued.
pub fn spawn(state: Shared) {
    let poll = std::time::Duration::from_secs(state.config.sms.poll_seconds.max(1));
    tokio::spawn(async move {
        loop {
            match tick(&state, Utc::now()).await {
                Ok(pass) if pass.any() => tracing::info!(
                    accepted = pass.accepted,
                    retried = pass.retried,
                    failed = pass.failed,
                    deferred = pass.deferred,
                    cancelled = pass.cancelled,
                    "sms outbox pass"
                ),
                Ok(_) => {}
                Err(DbError::Closed) => break,
                Err(e) => tracing::error!(error = %e, "sms outbox pass failed"),
            }
            tokio::select! {
                _ = tokio::time::sleep(poll) => {}
                _ = state.sms_wake.notified() => {}
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(backoff(1), Duration::seconds(30));
        assert_eq!(backoff(2), Duration::seconds(60));
        assert_eq!(backoff(5), Duration::seconds(480));
        assert_eq!(backoff(20), Duration::seconds(3600));
        assert_eq!(backoff(0), Duration::seconds(30));
    }
}
