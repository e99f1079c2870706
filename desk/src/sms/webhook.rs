//! `POST /v1/sms/capcom`: the capcom6 gateway's signed webhooks. An inbound packed request
//! lands once (idempotent by its packed id, and each delivery id is handled once, since the
//! app retries); STOP stops reminders; delivery reports move the outbox; an unreadable SMS
//! is never dropped (a human calls the sender back, as on `/v1/sms/inbound`).

use super::capcom::{self, Event, WebhookBody};
use super::outbox::{self, State as SmsState};
use super::plan;
use crate::api::Failure;
use crate::{Shared, requests};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use chrono::Utc;
use relais_core::sms;
use serde::{Deserialize, Serialize};

/// What the desk answers the gateway (any 2xx stops its retries).
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Handled {
    pub status: String,
}

fn handled(s: &str) -> Json<Handled> {
    Json(Handled { status: s.into() })
}

pub async fn capcom(
    State(state): State<Shared>,
    headers: HeaderMap,
    raw: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Json<Handled>, Failure> {
    let body = raw.map_err(|_| {
        Failure(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            "The body is too large.".into(),
        )
    })?;
    // An unsigned call is refused as such, whether or not this desk has the gateway.
    if !headers.contains_key(capcom::SIGNATURE_HEADER)
        || !headers.contains_key(capcom::TIMESTAMP_HEADER)
    {
        return Err(Failure(
            StatusCode::UNAUTHORIZED,
            "bad_signature",
            "The signature is missing.".into(),
        ));
    }
    let key = state
        .config
        .sms
        .capcom
        .as_ref()
        .map(|c| c.signing_key.clone())
        .filter(|k| !k.is_empty())
        .ok_or_else(|| {
            Failure(
                StatusCode::NOT_FOUND,
                "disabled",
                "This desk has no capcom SMS gateway.".into(),
            )
        })?;
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let now = Utc::now();
    capcom::verify(
        &key,
        &body,
        header(capcom::TIMESTAMP_HEADER),
        header(capcom::SIGNATURE_HEADER),
        now,
    )
    .map_err(|e| Failure(StatusCode::UNAUTHORIZED, "bad_signature", e.to_string()))?;
    let hook: WebhookBody = serde_json::from_slice(&body).map_err(|_| {
        Failure(
            StatusCode::BAD_REQUEST,
            "malformed_json",
            "The body is not valid JSON.".into(),
        )
    })?;
    let Some(event) = hook.event() else {
        return Err(Failure(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_event",
            "The event lacks a field it needs.".into(),
        ));
    };
    let delivery = hook.id.clone().filter(|s| !s.is_empty() && s.len() <= 128);
    let token_key = state.token_key;
    let p = state.sms_policy.clone();
    let days = i64::from(state.config.retention_days);
    let status = state
        .db
        .write(move |c| {
            if let Some(d) = &delivery {
                let fresh = c.execute(
                    "INSERT INTO sms_gateway_event (id, received_at) VALUES (?1, ?2) ON CONFLICT (id) DO NOTHING",
                    crate::params![d, now.to_rfc3339()],
                )?;
                if fresh == 0 {
                    return Ok("duplicate");
                }
            }
            Ok(match event {
                Event::Received { from, text } => {
                    if plan::is_stop(&text) {
                        plan::stop(c, &from, now)?;
                        "stopped"
                    } else {
                        match sms::unpack(&text) {
                            Ok(packed) => {
                                requests::submit_sms(c, &token_key, &packed, now)?;
                                let id: String = c.query_row(
                                    "SELECT id FROM request WHERE sms_prefix = ?1 ORDER BY received_at LIMIT 1",
                                    [&packed.id_prefix[..]],
                                    |r| r.get(0),
                                )?;
                                plan::after_inbound_request(c, &p, &id, now)?;
                                "accepted"
                            }
                            Err(e) => {
                                let sender: String = from
                                    .chars()
                                    .filter(|c| !c.is_control())
                                    .take(32)
                                    .collect();
                                c.execute(
                                    "INSERT INTO sms_callback (received_at, sender, reason, purge_after) VALUES (?1, ?2, ?3, ?4)",
                                    crate::params![now.to_rfc3339(), sender, e.to_string(), (now + chrono::Duration::days(days)).to_rfc3339()],
                                )?;
                                requests::audit(c, "gateway", "sms_unreadable", None, "")?;
                                "to_call_back"
                            }
                        }
                    }
                }
                Event::Sent { message_id } => {
                    outbox::report(c, &message_id, SmsState::Sent, now)?;
                    "recorded"
                }
                Event::Delivered { message_id } => {
                    outbox::report(c, &message_id, SmsState::Delivered, now)?;
                    "recorded"
                }
                Event::Failed { message_id } => {
                    outbox::report(c, &message_id, SmsState::Failed, now)?;
                    "recorded"
                }
                Event::Ping | Event::Other => "ignored",
            })
        })
        .await?;
    if status == "accepted" {
        state.sms_wake.notify_one();
    }
    Ok(handled(status))
}
