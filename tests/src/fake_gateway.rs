//! A fake capcom6 "SMS Gateway for Android" on 127.0.0.1: its documented send API
//! (`POST /message`, basic auth, the npm client's `Message` body, `202` with a
//! `MessageState`; a known id is not sent twice: ignored with 202 in local mode, `409` in
//! cloud mode) and its signed webhooks back to the desk (`sms:sent`, `sms:delivered`,
//! `sms:failed` after a scripted delay; `sms:received` on demand), with scripted failures.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use relais_desk::sms::capcom::{MessageState, SendBody, sign};
use std::collections::{HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const USER: &str = "relais";
pub const PASSWORD: &str = "gateway-password";
pub const SIGNING_KEY: &str = "gateway-signing-key";

/// Which server the fake plays: the phone's own (local mode) or the cloud/private server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Local,
    Cloud,
}

/// What the next `POST /message` meets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Normal behaviour.
    Accept,
    /// An HTTP error, message not taken.
    Status(u16),
    /// Takes the message, then answers only after this long (the desk may be gone by then).
    AcceptSlowly(Duration),
}

/// An SMS the gateway sent (the person's phone would show it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sent {
    pub id: String,
    pub to: String,
    pub text: String,
}

#[derive(Debug)]
struct Inner {
    mode: Mode,
    sent: Mutex<Vec<Sent>>,
    posts: Mutex<usize>,
    script: Mutex<VecDeque<Answer>>,
    /// Numbers whose delivery report is a failure.
    undeliverable: Mutex<HashSet<String>>,
    /// Where the webhooks go (the desk's `/v1/sms/capcom`), once known.
    webhook: Mutex<Option<String>>,
    report_delay: Mutex<Duration>,
    client: reqwest::Client,
}

/// The running fake.
#[derive(Clone, Debug)]
pub struct FakeGateway {
    pub addr: SocketAddr,
    inner: Arc<Inner>,
}

impl FakeGateway {
    pub async fn start(mode: Mode) -> FakeGateway {
        let inner = Arc::new(Inner {
            mode,
            sent: Mutex::default(),
            posts: Mutex::default(),
            script: Mutex::default(),
            undeliverable: Mutex::default(),
            webhook: Mutex::default(),
            report_delay: Mutex::new(Duration::from_millis(50)),
            client: reqwest::Client::new(),
        });
        let app = axum::Router::new()
            .route("/message", post(message))
            .route("/messages", post(message))
            .with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeGateway { addr, inner }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The `[sms.capcom]` table for a desk using this fake.
    pub fn config(&self) -> relais_desk::config::CapcomConfig {
        relais_desk::config::CapcomConfig {
            url: self.url(),
            username: USER.into(),
            password: PASSWORD.into(),
            signing_key: SIGNING_KEY.into(),
            sim_number: None,
        }
    }

    pub fn set_webhook(&self, url: String) {
        *self.inner.webhook.lock().unwrap() = Some(url);
    }

    pub fn set_report_delay(&self, d: Duration) {
        *self.inner.report_delay.lock().unwrap() = d;
    }

    /// The next answers, in order; then `Accept`.
    pub fn script(&self, answers: &[Answer]) {
        self.inner.script.lock().unwrap().extend(answers);
    }

    pub fn undeliverable(&self, e164: &str) {
        self.inner.undeliverable.lock().unwrap().insert(e164.into());
    }

    pub fn sent(&self) -> Vec<Sent> {
        self.inner.sent.lock().unwrap().clone()
    }

    /// Calls to `POST /message`, answered or not.
    pub fn posts(&self) -> usize {
        *self.inner.posts.lock().unwrap()
    }

    /// Posts a signed webhook now; returns the desk's status and body.
    pub async fn webhook(
        &self,
        delivery_id: &str,
        event: &str,
        payload: serde_json::Value,
    ) -> (u16, String) {
        deliver(&self.inner, delivery_id, event, payload).await
    }

    /// The person texts the gateway's number.
    pub async fn receive(&self, delivery_id: &str, from: &str, text: &str) -> (u16, String) {
        let payload = serde_json::json!({
            "messageId": format!("in-{delivery_id}"),
            "message": text,
            "phoneNumber": from,
            "simNumber": 1,
            "receivedAt": "2026-11-30T10:00:00.000+01:00",
        });
        self.webhook(delivery_id, "sms:received", payload).await
    }
}

async fn deliver(
    inner: &Inner,
    delivery_id: &str,
    event: &str,
    payload: serde_json::Value,
) -> (u16, String) {
    let Some(url) = inner.webhook.lock().unwrap().clone() else {
        return (0, "no webhook".into());
    };
    let body = serde_json::to_vec(&serde_json::json!({
        "deviceId": "ffffffffceb0b1db0000018e937c815b",
        "event": event,
        "id": delivery_id,
        "payload": payload,
        "webhookId": format!("hook-{event}"),
    }))
    .unwrap();
    let (sig, ts) = sign(SIGNING_KEY, &body, chrono::Utc::now().timestamp());
    match inner
        .client
        .post(url)
        .header("content-type", "application/json")
        .header("X-Signature", sig)
        .header("X-Timestamp", ts)
        .body(body)
        .send()
        .await
    {
        Ok(r) => (r.status().as_u16(), r.text().await.unwrap_or_default()),
        Err(e) => (0, e.to_string()),
    }
}

async fn message(
    State(inner): State<Arc<Inner>>,
    headers: HeaderMap,
    Json(body): Json<SendBody>,
) -> Response {
    *inner.posts.lock().unwrap() += 1;
    let expected = format!(
        "Basic {}",
        base64_encode(format!("{USER}:{PASSWORD}").as_bytes())
    );
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(expected.as_str()) {
        return (
            StatusCode::UNAUTHORIZED,
            Json(serde_json::json!({"message": "Unauthorized"})),
        )
            .into_response();
    }
    let answer = inner
        .script
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or(Answer::Accept);
    if let Answer::Status(code) = answer {
        let status = StatusCode::from_u16(code).unwrap();
        return (
            status,
            Json(serde_json::json!({"message": "scripted failure"})),
        )
            .into_response();
    }
    if body.message.is_empty() || body.phone_numbers.is_empty() {
        return (
            StatusCode::BAD_REQUEST,
            Json(serde_json::json!({"message": "phoneNumbers is empty"})),
        )
            .into_response();
    }
    let known = inner.sent.lock().unwrap().iter().any(|s| s.id == body.id);
    if known {
        // The gateway already has this id: it does not send it again.
        if inner.mode == Mode::Cloud {
            return (
                StatusCode::CONFLICT,
                Json(serde_json::json!({"message": "message with the same ID already exists"})),
            )
                .into_response();
        }
    } else {
        let to = body.phone_numbers[0].clone();
        inner.sent.lock().unwrap().push(Sent {
            id: body.id.clone(),
            to: to.clone(),
            text: body.message.clone(),
        });
        // Delivery reports come later, signed, as the phone sends them.
        let reporter = inner.clone();
        let id = body.id.clone();
        let delay = *inner.report_delay.lock().unwrap();
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            deliver(
                &reporter,
                &format!("{id}-sent"),
                "sms:sent",
                serde_json::json!({
                "messageId": id, "phoneNumber": to, "simNumber": 1, "partsCount": 1,
                "sentAt": "2026-11-30T14:02:00.000+01:00"}),
            )
            .await;
            let failing = reporter.undeliverable.lock().unwrap().contains(&to);
            if failing {
                deliver(&reporter, &format!("{id}-failed"), "sms:failed", serde_json::json!({
                    "messageId": id, "phoneNumber": to, "simNumber": 1,
                    "failedAt": "2026-11-30T14:02:05.000+01:00", "reason": "RESULT_ERROR_NO_SERVICE"})).await;
            } else {
                deliver(
                    &reporter,
                    &format!("{id}-delivered"),
                    "sms:delivered",
                    serde_json::json!({
                    "messageId": id, "phoneNumber": to, "simNumber": 1,
                    "deliveredAt": "2026-11-30T14:02:05.000+01:00"}),
                )
                .await;
            }
        });
    }
    if let Answer::AcceptSlowly(d) = answer {
        tokio::time::sleep(d).await;
    }
    let state = MessageState {
        id: body.id.clone(),
        state: "Pending".into(),
        recipients: body
            .phone_numbers
            .iter()
            .map(|p| serde_json::json!({"phoneNumber": p, "state": "Pending", "error": null}))
            .collect(),
    };
    (StatusCode::ACCEPTED, Json(state)).into_response()
}

fn base64_encode(b: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in b.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, x)| acc | u32::from(*x) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(T[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}
