//! The durable outbox: what must reach the desk, kept until the desk has acknowledged it.
//!
//! `enqueue` happens in the same transaction as the state change it reports. A sender
//! `lease`s due entries (a lease expires, so a crash mid-send only delays), then either
//! `acknowledge`s (the entry goes, the request moves on) or `retry`s with exponential backoff
//! and jitter. The desk deduplicates by the request's UUIDv7, so a send repeated after a
//! crash is seen once. After `give_up_after` the request is closed as not delivered and
//! [`crate::request::who_to_call`] tells the person to call the CMP themselves.

use super::{Store, StoreError, load, ms, save_state};
use crate::request::{RequestEvent, RequestState};
use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxKind {
    Submit,
    Withdraw,
    /// A professional's referral, with the person's consent.
    Referral,
    /// The consent to a referral taken back.
    Revoke,
}

impl OutboxKind {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            OutboxKind::Submit => "submit",
            OutboxKind::Withdraw => "withdraw",
            OutboxKind::Referral => "referral",
            OutboxKind::Revoke => "revoke",
        }
    }

    fn parse(s: &str) -> Result<OutboxKind, StoreError> {
        match s {
            "submit" => Ok(OutboxKind::Submit),
            "withdraw" => Ok(OutboxKind::Withdraw),
            "referral" => Ok(OutboxKind::Referral),
            "revoke" => Ok(OutboxKind::Revoke),
            other => Err(StoreError::Data(format!("unknown outbox kind {other}"))),
        }
    }
}

/// An entry handed to a sender until `until`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lease {
    pub entry: i64,
    pub lease_id: Uuid,
    pub request_id: Uuid,
    pub kind: OutboxKind,
    /// JSON body for the desk.
    pub payload: String,
    /// Attempts before this one.
    pub attempts: u32,
    pub until: DateTime<Utc>,
}

const BASE_DELAY_SECS: i64 = 30;
const MAX_DELAY_SECS: i64 = 6 * 3600;

/// Delay before attempt `attempts + 1`: exponential from 30 s, capped at 6 h, with "equal
/// jitter" (half fixed, half random) so that phones coming back online do not retry in step.
pub fn backoff(attempts: u32, random: u64) -> Duration {
    let exp = BASE_DELAY_SECS
        .saturating_mul(1i64 << attempts.min(20))
        .min(MAX_DELAY_SECS);
    let half = exp / 2;
    let jitter = if half > 0 {
        (random % (half as u64 + 1)) as i64
    } else {
        0
    };
    Duration::seconds(half + jitter)
}

fn random_u64() -> u64 {
    let mut b = [0u8; 8];
    // Without randomness, backoff is still exponential, just not jittered.
    if getrandom::fill(&mut b).is_err() {
        return 0;
    }
    u64::from_le_bytes(b)
}

pub(super) fn enqueue(
    conn: &Connection,
    request: Uuid,
    kind: OutboxKind,
    payload: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO outbox (request_id, kind, payload, enqueued_at, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (request_id, kind) DO NOTHING",
        params![request.to_string(), kind.as_str(), payload, ms(now)],
    )?;
    Ok(())
}

impl Store {
    /// Due entries, leased to the caller for `lease_for`, oldest first. A withdrawal waits
    /// until the request's submission has been acknowledged, so the desk sees them in order.
    pub fn lease(
        &self,
        now: DateTime<Utc>,
        lease_for: Duration,
        limit: usize,
    ) -> Result<Vec<Lease>, StoreError> {
        self.lease_with(now, lease_for, limit, false)
    }

    /// [`Store::lease`]; with `ignore_backoff`, entries waiting for their next attempt are
    /// taken too (the person asked to send now, or the network just came back).
    pub fn lease_with(
        &self,
        now: DateTime<Utc>,
        lease_for: Duration,
        limit: usize,
        ignore_backoff: bool,
    ) -> Result<Vec<Lease>, StoreError> {
        // The sync path is where the store does its housekeeping, never the person's path.
        self.checkpoint_if_due()?;
        self.with_conn(|conn| {
            let tx = conn.transaction()?;
            let until = now + lease_for;
            let mut leases = Vec::new();
            {
                let mut stmt = tx.prepare(
                    "SELECT o.id, o.request_id, o.kind, o.payload, o.attempts FROM outbox o
                     WHERE (?3 OR o.next_attempt_at <= ?1) AND (o.leased_until IS NULL OR o.leased_until <= ?1)
                       AND NOT (o.kind IN ('withdraw', 'revoke') AND EXISTS
                           (SELECT 1 FROM outbox s WHERE s.request_id = o.request_id
                            AND s.kind IN ('submit', 'referral')))
                     ORDER BY o.id LIMIT ?2",
                )?;
                let rows = stmt.query_map(params![ms(now), limit as i64, ignore_backoff], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get::<_, u32>(4)?))
                })?;
                for row in rows {
                    let (entry, request, kind, payload, attempts) = row?;
                    leases.push(Lease {
                        entry,
                        lease_id: Uuid::new_v4(),
                        request_id: Uuid::parse_str(&request).map_err(|e| StoreError::Data(e.to_string()))?,
                        kind: OutboxKind::parse(&kind)?,
                        payload,
                        attempts,
                        until,
                    });
                }
            }
            for l in &leases {
                tx.execute(
                    "UPDATE outbox SET lease_id = ?2, leased_until = ?3 WHERE id = ?1",
                    params![l.entry, l.lease_id.to_string(), ms(until)],
                )?;
            }
            tx.commit()?;
            Ok(leases)
        })
    }

    /// Gives a lease back untried (the sync was cancelled, or the desk is down this round):
    /// no attempt is counted, and the entry is not due before `not_before`.
    pub fn release(
        &self,
        lease: &Lease,
        not_before: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        self.with_conn(|conn| {
            conn.execute(
                "UPDATE outbox SET lease_id = NULL, leased_until = NULL,
                 next_attempt_at = MAX(next_attempt_at, COALESCE(?3, 0))
                 WHERE id = ?1 AND lease_id = ?2",
                params![lease.entry, lease.lease_id.to_string(), not_before.map(ms)],
            )?;
            Ok(())
        })
    }

    /// Frees every lease. Only for when no sender can be running: the app just started (a
    /// lease left by a killed process would otherwise hold its entry until it expires).
    pub fn release_stale_leases(&self) -> Result<usize, StoreError> {
        self.with_conn(|conn| {
            Ok(conn.execute(
                "UPDATE outbox SET lease_id = NULL, leased_until = NULL WHERE lease_id IS NOT NULL",
                [],
            )?)
        })
    }

    /// The desk refused the entry for good (it will not take it however often it is sent):
    /// the entry goes, and a submission closes as not delivered, so the person is told to
    /// call the CMP. Returns false if the lease was no longer ours.
    pub fn refuse(&self, lease: &Lease, now: DateTime<Utc>) -> Result<bool, StoreError> {
        self.with_conn(|conn| {
            let tx = conn.transaction()?;
            let removed = tx.execute(
                "DELETE FROM outbox WHERE id = ?1 AND lease_id = ?2",
                params![lease.entry, lease.lease_id.to_string()],
            )?;
            if removed == 0 {
                return Ok(false);
            }
            if lease.kind == OutboxKind::Submit {
                let mut request = load(&tx, lease.request_id)?;
                if matches!(
                    request.state,
                    RequestState::Queued { .. } | RequestState::SentBySms { .. }
                ) {
                    request.state = request
                        .state
                        .apply(&RequestEvent::GiveUp { at: now }, now)?;
                    request.updated_at = now;
                    save_state(&tx, &request)?;
                }
            }
            if lease.kind == OutboxKind::Referral {
                not_delivered(&tx, lease.request_id, now)?;
            }
            tx.commit()?;
            Ok(true)
        })
    }

    /// The desk has the entry. For a submission, its token is kept and the request becomes
    /// Received (unless the person withdrew it meanwhile). Acknowledging a lease that was
    /// already acknowledged, or that expired and was taken again, does nothing.
    pub fn acknowledge(
        &self,
        lease: &Lease,
        desk_token: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        self.with_conn(|conn| {
            let tx = conn.transaction()?;
            let current: Option<String> = tx
                .query_row(
                    "SELECT lease_id FROM outbox WHERE id = ?1",
                    [lease.entry],
                    |r| r.get(0),
                )
                .optional()?
                .flatten();
            // Gone (already acknowledged) or leased to someone else since: not ours to settle.
            if current.as_deref() != Some(&lease.lease_id.to_string()) {
                return Ok(false);
            }
            tx.execute("DELETE FROM outbox WHERE id = ?1", [lease.entry])?;
            if lease.kind == OutboxKind::Referral
                && let Some(token) = desk_token
            {
                tx.execute(
                    "UPDATE referral SET desk_token = ?2 WHERE id = ?1",
                    params![lease.request_id.to_string(), token],
                )?;
            }
            if lease.kind == OutboxKind::Submit {
                if let Some(token) = desk_token {
                    tx.execute(
                        "UPDATE request SET desk_token = ?2 WHERE id = ?1",
                        params![lease.request_id.to_string(), token],
                    )?;
                }
                let mut request = load(&tx, lease.request_id)?;
                if matches!(
                    request.state,
                    RequestState::Queued { .. } | RequestState::SentBySms { .. }
                ) {
                    request.state = request
                        .state
                        .apply(&RequestEvent::Delivered { at: now }, now)?;
                    request.updated_at = now;
                    save_state(&tx, &request)?;
                }
            }
            tx.commit()?;
            Ok(true)
        })
    }

    /// The send failed: try again later, with backoff and jitter.
    pub fn retry(
        &self,
        lease: &Lease,
        error: &str,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, StoreError> {
        self.retry_not_before(lease, error, now, None)
    }

    /// [`Store::retry`], but not before `not_before` (the desk's `Retry-After`).
    pub fn retry_not_before(
        &self,
        lease: &Lease,
        error: &str,
        now: DateTime<Utc>,
        not_before: Option<DateTime<Utc>>,
    ) -> Result<DateTime<Utc>, StoreError> {
        let backoff_until = now + backoff(lease.attempts, random_u64());
        let next = not_before.map_or(backoff_until, |t| t.max(backoff_until));
        self.with_conn(|conn| {
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?3, lease_id = NULL,
                 leased_until = NULL, last_error = ?4 WHERE id = ?1 AND lease_id = ?2",
                params![
                    lease.entry,
                    lease.lease_id.to_string(),
                    ms(next),
                    truncate(error, 200)
                ],
            )?;
            Ok(next)
        })
    }

    /// Submissions still undelivered after `after`: closed as not delivered, so the person is
    /// told to call the CMP. Returns the requests concerned.
    pub fn give_up_after(
        &self,
        after: Duration,
        now: DateTime<Utc>,
    ) -> Result<Vec<Uuid>, StoreError> {
        self.with_conn(|conn| {
            let tx = conn.transaction()?;
            let referrals: Vec<String> = {
                let mut stmt = tx.prepare(
                    "SELECT request_id FROM outbox WHERE kind = 'referral' AND enqueued_at <= ?1
                     AND (leased_until IS NULL OR leased_until <= ?2)",
                )?;
                let rows = stmt.query_map(params![ms(now - after), ms(now)], |r| r.get(0))?;
                rows.collect::<Result<_, _>>()?
            };
            for id in &referrals {
                let uuid = Uuid::parse_str(id).map_err(|e| StoreError::Data(e.to_string()))?;
                not_delivered(&tx, uuid, now)?;
                tx.execute(
                    "DELETE FROM outbox WHERE request_id = ?1 AND kind = 'referral'",
                    [id],
                )?;
            }
            let ids: Vec<String> = {
                let mut stmt = tx.prepare(
                    "SELECT request_id FROM outbox WHERE kind = 'submit' AND enqueued_at <= ?1
                     AND (leased_until IS NULL OR leased_until <= ?2)",
                )?;
                let rows = stmt.query_map(params![ms(now - after), ms(now)], |r| r.get(0))?;
                rows.collect::<Result<_, _>>()?
            };
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                let uuid = Uuid::parse_str(&id).map_err(|e| StoreError::Data(e.to_string()))?;
                let mut request = load(&tx, uuid)?;
                request.state = request
                    .state
                    .apply(&RequestEvent::GiveUp { at: now }, now)?;
                request.updated_at = now;
                save_state(&tx, &request)?;
                tx.execute(
                    "DELETE FROM outbox WHERE request_id = ?1 AND kind = 'submit'",
                    [&id],
                )?;
                out.push(uuid);
            }
            tx.commit()?;
            Ok(out)
        })
    }

    /// What is waiting to be sent, without leasing it (for the status screen and checks).
    pub fn pending(&self) -> Result<Vec<(Uuid, OutboxKind)>, StoreError> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare("SELECT request_id, kind FROM outbox ORDER BY id")?;
            let rows =
                stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            let mut out = Vec::new();
            for row in rows {
                let (id, kind) = row?;
                out.push((
                    Uuid::parse_str(&id).map_err(|e| StoreError::Data(e.to_string()))?,
                    OutboxKind::parse(&kind)?,
                ));
            }
            Ok(out)
        })
    }

    /// Entries waiting to be sent (leased or not).
    pub fn outbox_len(&self) -> Result<usize, StoreError> {
        self.with_conn(|conn| {
            Ok(conn.query_row("SELECT COUNT(*) FROM outbox", [], |r| r.get::<_, i64>(0))? as usize)
        })
    }

    /// When the next entry is due, to schedule the platform's background work.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        self.with_conn(|conn| {
            let t: Option<i64> =
                conn.query_row("SELECT MIN(next_attempt_at) FROM outbox", [], |r| r.get(0))?;
            Ok(t.and_then(DateTime::from_timestamp_millis))
        })
    }
}

/// A referral that will not reach the desk: the professional is told to call.
fn not_delivered(conn: &Connection, id: Uuid, now: DateTime<Utc>) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE referral SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![
            id.to_string(),
            serde_json::to_string(&super::ReferralProgress::NotDelivered)?,
            now.to_rfc3339()
        ],
    )?;
    Ok(())
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
