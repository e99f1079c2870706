//! The durable SMS outbox (`sms_outbox`, migration 0002). Every function runs inside a
//! database closure, so a message is queued in the same transaction as the staff action or
//! the inbound SMS that causes it: both are saved, or neither.
//!
//! A row's life: `queued` → (leased) `sending` → `accepted` by the gateway → `sent` →
//! `delivered`, or `failed` (the gateway's report, or too many attempts), or `cancelled`
//! (withdrawn, moved, STOP, SMS no longer allowed). A row left `sending` by a crash is leased
//! again once its lease ends and resent under the same `gateway_id`: see [`super::sender`].

use crate::db::DbError;
use crate::sql::{Connection, OptionalExtension, params};
use chrono::{DateTime, Utc};

/// What a message is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// "Your request has arrived", to a request that came by SMS.
    Ack,
    Confirmation,
    Change,
    Reminder,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Ack => "ack",
            Kind::Confirmation => "confirmation",
            Kind::Change => "change",
            Kind::Reminder => "reminder",
        }
    }

    fn parse(s: &str) -> Kind {
        match s {
            "ack" => Kind::Ack,
            "confirmation" => Kind::Confirmation,
            "change" => Kind::Change,
            _ => Kind::Reminder,
        }
    }
}

/// Where a message stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Queued,
    Sending,
    Accepted,
    Sent,
    Delivered,
    Failed,
    Cancelled,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Queued => "queued",
            State::Sending => "sending",
            State::Accepted => "accepted",
            State::Sent => "sent",
            State::Delivered => "delivered",
            State::Failed => "failed",
            State::Cancelled => "cancelled",
        }
    }

    fn parse(s: &str) -> State {
        match s {
            "queued" => State::Queued,
            "sending" => State::Sending,
            "accepted" => State::Accepted,
            "sent" => State::Sent,
            "delivered" => State::Delivered,
            "failed" => State::Failed,
            _ => State::Cancelled,
        }
    }
}

/// A message to queue.
#[derive(Clone, Debug)]
pub struct NewSms {
    pub request_id: String,
    pub kind: Kind,
    /// The same key twice is the same message: queued once.
    pub dedup_key: String,
    pub to_phone: String,
    pub body: String,
    pub not_before: DateTime<Utc>,
}

/// A row of the outbox.
#[derive(Clone, Debug)]
pub struct Sms {
    pub id: i64,
    pub request_id: String,
    pub kind: Kind,
    pub gateway_id: String,
    pub to_phone: String,
    pub body: String,
    pub state: State,
    pub not_before: DateTime<Utc>,
    pub attempts: u32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub failed_at: Option<DateTime<Utc>>,
}

fn time(s: &str) -> crate::sql::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| crate::sql::Error::conversion(0, e))
}

fn opt_time(s: Option<String>) -> crate::sql::Result<Option<DateTime<Utc>>> {
    s.as_deref().map(time).transpose()
}

const COLUMNS: &str = "id, request_id, kind, gateway_id, to_phone, body, state, not_before, attempts, last_error, created_at, sent_at, delivered_at, failed_at";

fn row(r: &crate::sql::Row) -> crate::sql::Result<Sms> {
    Ok(Sms {
        id: r.get("id")?,
        request_id: r.get("request_id")?,
        kind: Kind::parse(&r.get::<_, String>("kind")?),
        gateway_id: r.get("gateway_id")?,
        to_phone: r.get("to_phone")?,
        body: r.get("body")?,
        state: State::parse(&r.get::<_, String>("state")?),
        not_before: time(&r.get::<_, String>("not_before")?)?,
        attempts: r.get("attempts")?,
        last_error: r.get("last_error")?,
        created_at: time(&r.get::<_, String>("created_at")?)?,
        sent_at: opt_time(r.get("sent_at")?)?,
        delivered_at: opt_time(r.get("delivered_at")?)?,
        failed_at: opt_time(r.get("failed_at")?)?,
    })
}

/// Queues a message unless one with the same key exists. Returns whether it is new.
pub fn queue(c: &Connection, m: &NewSms, now: DateTime<Utc>) -> Result<bool, DbError> {
    // Our id for the gateway: random, so that it says nothing about the person.
    let gateway_id = uuid::Uuid::new_v4().to_string();
    let n = c.execute(
        "INSERT INTO sms_outbox (request_id, kind, dedup_key, gateway_id, to_phone, body, state, not_before, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'queued', ?7, ?8)
         ON CONFLICT (dedup_key) DO NOTHING",
        params![
            m.request_id,
            m.kind.as_str(),
            m.dedup_key,
            gateway_id,
            m.to_phone,
            m.body,
            m.not_before.to_rfc3339(),
            now.to_rfc3339()
        ],
    )?;
    Ok(n == 1)
}

/// Cancels the request's messages of these kinds that the gateway has not taken yet.
/// A message already `sending` may be at the gateway: it is left to finish.
pub fn cancel_pending(c: &Connection, request_id: &str, kinds: &[Kind]) -> Result<usize, DbError> {
    let mut n = 0;
    for k in kinds {
        n += c.execute(
            "UPDATE sms_outbox SET state = 'cancelled', lease_until = NULL
             WHERE request_id = ?1 AND kind = ?2 AND state = 'queued'",
            params![request_id, k.as_str()],
        )?;
    }
    Ok(n)
}

/// Takes up to `limit` due messages for the sender until `lease_until`: queued ones whose
/// time has come, and `sending` ones whose lease ran out (the sender died holding them).
pub fn lease(
    c: &Connection,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: usize,
) -> Result<Vec<Sms>, DbError> {
    let now_s = now.to_rfc3339();
    let mut stmt = c.prepare(&format!(
        "SELECT {COLUMNS} FROM sms_outbox
         WHERE (state = 'queued' AND not_before <= ?1) OR (state = 'sending' AND lease_until <= ?1)
         ORDER BY not_before, id LIMIT ?2"
    ))?;
    let rows = stmt
        .query_map(params![now_s, limit as i64], row)?
        .collect::<Result<Vec<_>, _>>()?;
    for r in &rows {
        c.execute(
            "UPDATE sms_outbox SET state = 'sending', lease_until = ?2 WHERE id = ?1",
            params![r.id, lease_until.to_rfc3339()],
        )?;
    }
    Ok(rows)
}

/// The gateway took it.
pub fn accepted(c: &Connection, id: i64, now: DateTime<Utc>) -> Result<(), DbError> {
    c.execute(
        "UPDATE sms_outbox SET state = 'accepted', lease_until = NULL, attempts = attempts + 1,
                accepted_at = ?2, last_error = NULL
         WHERE id = ?1 AND state = 'sending'",
        params![id, now.to_rfc3339()],
    )?;
    Ok(())
}

/// Back to the queue until `not_before` (a failed attempt, or quiet hours).
pub fn retry_at(
    c: &Connection,
    id: i64,
    not_before: DateTime<Utc>,
    error: Option<&str>,
    counted: bool,
) -> Result<(), DbError> {
    c.execute(
        "UPDATE sms_outbox SET state = 'queued', lease_until = NULL, not_before = ?2,
                attempts = attempts + ?3, last_error = COALESCE(?4, last_error)
         WHERE id = ?1 AND state = 'sending'",
        params![id, not_before.to_rfc3339(), i64::from(counted), error],
    )?;
    Ok(())
}

/// Not delivered: staff must call instead.
pub fn failed(c: &Connection, id: i64, error: &str, now: DateTime<Utc>) -> Result<(), DbError> {
    c.execute(
        "UPDATE sms_outbox SET state = 'failed', lease_until = NULL, attempts = attempts + 1,
                last_error = ?2, failed_at = ?3
         WHERE id = ?1 AND state = 'sending'",
        params![id, error, now.to_rfc3339()],
    )?;
    Ok(())
}

/// Dropped before it left (the request no longer allows it).
pub fn cancel(c: &Connection, id: i64) -> Result<(), DbError> {
    c.execute(
        "UPDATE sms_outbox SET state = 'cancelled', lease_until = NULL WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

/// A report from the gateway, by our id. Reports may come twice or out of order: a state
/// only moves forward (delivered is never undone by a late "sent"), and a failure after a
/// delivery report is ignored. Returns the request the message belongs to.
pub fn report(
    c: &Connection,
    gateway_id: &str,
    to: State,
    now: DateTime<Utc>,
) -> Result<Option<String>, DbError> {
    let found: Option<(i64, String, String)> = c
        .query_row(
            "SELECT id, request_id, state FROM sms_outbox WHERE gateway_id = ?1",
            [gateway_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((id, request_id, state)) = found else {
        return Ok(None);
    };
    let rank = |s: State| match s {
        State::Queued | State::Cancelled => 0,
        State::Sending => 1,
        State::Accepted => 2,
        State::Sent => 3,
        State::Failed => 4,
        State::Delivered => 5,
    };
    let from = State::parse(&state);
    if rank(to) <= rank(from) {
        return Ok(Some(request_id));
    }
    let column = match to {
        State::Sent => "sent_at",
        State::Delivered => "delivered_at",
        State::Failed => "failed_at",
        _ => return Ok(Some(request_id)),
    };
    // A report may arrive before the sender recorded the gateway's answer (it is then still
    // `sending`): the report wins, the lease is dropped.
    c.execute(
        &format!(
            "UPDATE sms_outbox SET state = ?2, {column} = ?3, lease_until = NULL,
                    last_error = CASE WHEN ?2 = 'failed' THEN 'reported by the gateway' ELSE last_error END
             WHERE id = ?1"
        ),
        params![id, to.as_str(), now.to_rfc3339()],
    )?;
    Ok(Some(request_id))
}

/// The messages of a request, oldest first, for the console.
pub fn of_request(c: &Connection, request_id: &str) -> Result<Vec<Sms>, DbError> {
    let mut stmt = c.prepare(&format!(
        "SELECT {COLUMNS} FROM sms_outbox WHERE request_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt
        .query_map([request_id], row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// The requests a number has received messages for (to apply a STOP).
pub fn requests_of_phone(c: &Connection, e164: &str) -> Result<Vec<String>, DbError> {
    let mut stmt = c.prepare(
        "SELECT DISTINCT request_id FROM sms_outbox WHERE to_phone = ?1 ORDER BY request_id",
    )?;
    let rows = stmt
        .query_map([e164], |r| r.get(0))?
        .collect::<Result<Vec<String>, _>>()?;
    Ok(rows)
}
