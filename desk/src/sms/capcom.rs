//! capcom6 "SMS Gateway for Android" (Apache-2.0): an Android phone with a SIM sends the CMP's
//! SMS. Its API, as the project documents and ships it:
//!
//! - Sending: `POST {url}/message` with HTTP basic auth and the JSON body of the npm client
//!   `android-sms-gateway` 3.0.0 (`Message`: `id`, `message`, `phoneNumbers`, `ttl`,
//!   `simNumber`, `withDeliveryReport`); the answer is `202` with a `MessageState` (`id`,
//!   `state`, `recipients`). The same path serves local mode (the phone's own server,
//!   `http://<phone>:8080`) and cloud/private mode (`…/3rdparty/v1`). A message whose `id` the
//!   gateway already has is not sent again: the phone's `MessagesService.enqueueMessage`
//!   returns early (local mode answers 202 again), the server answers `409 Conflict`
//!   (`ErrMessageAlreadyExists`).
//! - Webhooks: `POST` to the desk with `{ "id", "webhookId", "deviceId", "event", "payload" }`
//!   for `sms:received` (`messageId`, `message`, `phoneNumber`, `simNumber`, `receivedAt`),
//!   `sms:sent` (`sentAt`), `sms:delivered` (`deliveredAt`), `sms:failed` (`failedAt`,
//!   `reason`; the npm typings say `error`: both are read) and `system:ping`. Signed:
//!   `X-Signature` is the lower-case hex HMAC-SHA256, keyed with the app's signing key, of the
//!   raw body followed by `X-Timestamp` (Unix seconds), computed anew at every delivery attempt
//!   (`PayloadSingingPlugin.kt`; docs "Webhooks → Payload Signing"). The app retries a
//!   delivery that did not get a 2xx within 30 s, with backoff, for about two days.

use super::gateway::{Accepted, Outgoing, SendError, SendFuture, SmsGateway};
use crate::secrets;
use base64::Engine;
use chrono::{DateTime, Utc};
use hmac::Mac;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// A webhook older or newer than this is refused (replay); the app signs each attempt afresh.
pub const MAX_SKEW_SECONDS: i64 = 600;
pub const SIGNATURE_HEADER: &str = "x-signature";
pub const TIMESTAMP_HEADER: &str = "x-timestamp";

/// The body of `POST /message` (npm `android-sms-gateway` 3.0.0, `Message`).
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SendBody {
    pub id: String,
    pub message: String,
    pub phone_numbers: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sim_number: Option<u8>,
    #[serde(default)]
    pub with_delivery_report: Option<bool>,
}

/// The answer to `POST /message` (npm `MessageState`).
#[derive(Debug, Serialize, Deserialize)]
pub struct MessageState {
    pub id: String,
    pub state: String,
    #[serde(default)]
    pub recipients: Vec<serde_json::Value>,
}

/// The gateway as a client of its HTTP API.
#[derive(Debug)]
pub struct Capcom {
    client: reqwest::Client,
    url: String,
    authorization: String,
    sim_number: Option<u8>,
}

impl Capcom {
    pub fn new(
        url: &str,
        username: &str,
        password: &str,
        sim_number: Option<u8>,
    ) -> Result<Capcom, reqwest::Error> {
        let client = reqwest::Client::builder()
            // Below the outbox lease, so that a slow gateway never sees the same message
            // from two attempts at once.
            .timeout(Duration::from_secs(20))
            .connect_timeout(Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
        Ok(Capcom {
            client,
            url: url.trim_end_matches('/').to_owned(),
            authorization: format!("Basic {token}"),
            sim_number,
        })
    }

    async fn post(&self, m: Outgoing<'_>) -> Result<Accepted, SendError> {
        let body = SendBody {
            id: m.id.to_owned(),
            message: m.text.to_owned(),
            phone_numbers: vec![m.to.to_owned()],
            ttl: Some(m.ttl_seconds),
            sim_number: self.sim_number,
            with_delivery_report: Some(true),
        };
        let res = self
            .client
            .post(format!("{}/message", self.url))
            .header(reqwest::header::AUTHORIZATION, &self.authorization)
            .json(&body)
            .send()
            .await
            .map_err(|e| {
                SendError::Retry(if e.is_timeout() {
                    "timeout".into()
                } else if e.is_connect() {
                    "cannot connect".into()
                } else {
                    "network error".into()
                })
            })?;
        let status = res.status().as_u16();
        match status {
            200..=299 => {
                let state: Option<MessageState> = res.json().await.ok();
                Ok(Accepted {
                    gateway_ref: state.map_or_else(|| m.id.to_owned(), |s| s.id),
                    duplicate: false,
                })
            }
            // The server already has a message with this id: ours, sent before a crash.
            409 => Ok(Accepted {
                gateway_ref: m.id.to_owned(),
                duplicate: true,
            }),
            400 | 413 | 422 => Err(SendError::Refused(format!("HTTP {status}"))),
            // Wrong credentials, rate limits, server errors: an operator or time fixes them.
            _ => Err(SendError::Retry(format!("HTTP {status}"))),
        }
    }
}

impl SmsGateway for Capcom {
    fn send<'a>(&'a self, message: Outgoing<'a>) -> SendFuture<'a> {
        Box::pin(self.post(message))
    }
}

/// Why a webhook was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WebhookError {
    #[error("missing signature or timestamp")]
    Missing,
    #[error("bad signature")]
    BadSignature,
    #[error("timestamp too far from now")]
    Stale,
}

/// Checks `X-Signature` = hex HMAC-SHA256(key, body ‖ timestamp), in constant time, and that
/// the timestamp is within [`MAX_SKEW_SECONDS`] of `now`.
pub fn verify(
    key: &str,
    body: &[u8],
    timestamp: Option<&str>,
    signature: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), WebhookError> {
    let (Some(ts), Some(sig)) = (timestamp, signature) else {
        return Err(WebhookError::Missing);
    };
    let ts = ts.trim();
    let given = decode_hex(sig.trim()).ok_or(WebhookError::BadSignature)?;
    let mut mac = <secrets::HmacSha256 as Mac>::new_from_slice(key.as_bytes())
        .map_err(|_| WebhookError::BadSignature)?;
    mac.update(body);
    mac.update(ts.as_bytes());
    mac.verify_slice(&given)
        .map_err(|_| WebhookError::BadSignature)?;
    let at: i64 = ts.parse().map_err(|_| WebhookError::Stale)?;
    if (now.timestamp() - at).abs() > MAX_SKEW_SECONDS {
        return Err(WebhookError::Stale);
    }
    Ok(())
}

/// The headers a gateway sends with `body` at `timestamp` (for tests and the fake gateway).
pub fn sign(key: &str, body: &[u8], timestamp: i64) -> (String, String) {
    let ts = timestamp.to_string();
    let mut mac = <secrets::HmacSha256 as Mac>::new_from_slice(key.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(body);
    mac.update(ts.as_bytes());
    let hex = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    (hex, ts)
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A webhook delivery, as the app posts it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookBody {
    /// The delivery's id: the same on the app's retries.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub webhook_id: Option<String>,
    #[serde(default)]
    pub device_id: Option<String>,
    pub event: String,
    #[serde(default)]
    pub payload: serde_json::Value,
}

/// What a webhook says, once read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Received {
        from: String,
        text: String,
    },
    Sent {
        message_id: String,
    },
    Delivered {
        message_id: String,
    },
    Failed {
        message_id: String,
    },
    Ping,
    /// An event this desk does not use (MMS, data SMS…): acknowledged, ignored.
    Other,
}

impl WebhookBody {
    /// The event, or `None` when a field it needs is missing.
    pub fn event(&self) -> Option<Event> {
        let field = |name: &str| {
            self.payload
                .get(name)
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        Some(match self.event.as_str() {
            "sms:received" => Event::Received {
                from: field("phoneNumber")?,
                text: field("message")?,
            },
            "sms:sent" => Event::Sent {
                message_id: field("messageId")?,
            },
            "sms:delivered" => Event::Delivered {
                message_id: field("messageId")?,
            },
            "sms:failed" => Event::Failed {
                message_id: field("messageId")?,
            },
            "system:ping" => Event::Ping,
            _ => Event::Other,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_follow_the_documented_scheme() {
        // The docs' recipe: hex(HMAC-SHA256(key, body + timestamp)).
        let body = br#"{"event":"sms:received","payload":{}}"#;
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let (sig, ts) = sign("key", body, now.timestamp());
        assert_eq!(ts, "1800000000");
        assert_eq!(sig.len(), 64);
        assert!(
            sig.chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
        assert_eq!(verify("key", body, Some(&ts), Some(&sig), now), Ok(()));
        assert_eq!(
            verify("key", b"{}", Some(&ts), Some(&sig), now),
            Err(WebhookError::BadSignature)
        );
        assert_eq!(
            verify("other", body, Some(&ts), Some(&sig), now),
            Err(WebhookError::BadSignature)
        );
        // The timestamp is signed: changing it breaks the signature.
        assert_eq!(
            verify("key", body, Some("1800000001"), Some(&sig), now),
            Err(WebhookError::BadSignature)
        );
        let later = now + chrono::Duration::seconds(MAX_SKEW_SECONDS + 1);
        assert_eq!(
            verify("key", body, Some(&ts), Some(&sig), later),
            Err(WebhookError::Stale)
        );
        assert_eq!(
            verify("key", body, None, Some(&sig), now),
            Err(WebhookError::Missing)
        );
        assert_eq!(
            verify("key", body, Some(&ts), Some("zz"), now),
            Err(WebhookError::BadSignature)
        );
    }

    #[test]
    fn reads_the_documented_payloads() {
        let received: WebhookBody = serde_json::from_str(
            r#"{"deviceId":"ffffffffceb0b1db0000018e937c815b","event":"sms:received","id":"Ey6ECgOkVVFjz3CL48B8C",
                "payload":{"messageId":"abc123","message":"Android is always a sweet treat!","phoneNumber":"6505551212",
                           "simNumber":1,"receivedAt":"2024-06-22T15:46:11.000+07:00"},"webhookId":"w1"}"#,
        )
        .unwrap();
        assert_eq!(
            received.event(),
            Some(Event::Received {
                from: "6505551212".into(),
                text: "Android is always a sweet treat!".into()
            })
        );
        let failed: WebhookBody = serde_json::from_str(
            r#"{"event":"sms:failed","id":"e2","payload":{"messageId":"m1","phoneNumber":"+33639980012","failedAt":"2026-11-30T10:00:00.000+01:00","reason":"RESULT_ERROR_NO_SERVICE"}}"#,
        )
        .unwrap();
        assert_eq!(
            failed.event(),
            Some(Event::Failed {
                message_id: "m1".into()
            })
        );
        let odd: WebhookBody =
            serde_json::from_str(r#"{"event":"sms:sent","payload":{}}"#).unwrap();
        assert_eq!(odd.event(), None);
        let ping: WebhookBody = serde_json::from_str(r#"{"event":"system:ping"}"#).unwrap();
        assert_eq!(ping.event(), Some(Event::Ping));
    }
}
