//! The JSON API for the apps (`/v1`), described in `desk/openapi.json`.
//!
//! Every error is an [`ApiError`] with a stable code and a plain sentence that never repeats
//! what was sent. A capability token travels in the `Authorization` header, never in the URL.

use crate::client_ip::ClientIp;
use crate::db::DbError;
use crate::{Shared, referrals, requests, secrets};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use relais_core::i18n::Localizer;
use relais_core::sms;
use relais_core::wire::{
    ApiError, Channel, DeskEntry, RequestStatus, SubmitRequest, SubmitResponse,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub const OPENAPI: &str = include_str!("../openapi.json");
pub const SIGNATURE_HEADER: &str = "x-relais-signature";

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/v1/openapi.json", get(openapi))
        .route("/v1/desk", get(desk_entry))
        .route("/v1/directory", get(directory))
        .route("/v1/requests", post(submit))
        .route("/v1/requests/{id}", get(status))
        .route("/v1/requests/{id}/withdraw", post(withdraw))
        .route("/v1/referrals", post(referrals::api::submit))
        .route("/v1/referrals/{id}", get(referrals::api::status))
        .route("/v1/referrals/{id}/revoke", post(referrals::api::revoke))
        .route("/v1/copies/lookup", post(referrals::api::copy_lookup))
        .route("/v1/copies/revoke", post(referrals::api::copy_revoke))
        .route("/v1/sms/inbound", post(sms_inbound))
        .route("/v1/sms/capcom", post(crate::sms::webhook::capcom))
}

pub(crate) type Body = Result<Bytes, axum::extract::rejection::BytesRejection>;

pub(crate) fn body(b: Body) -> Result<Bytes, Failure> {
    b.map_err(|_| {
        Failure(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            "The body is too large.".into(),
        )
    })
}

/// An API error with its HTTP status.
#[derive(Debug)]
pub struct Failure(pub StatusCode, pub &'static str, pub String);

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        (
            self.0,
            Json(ApiError {
                error: self.1.to_owned(),
                message: self.2,
            }),
        )
            .into_response()
    }
}

impl From<DbError> for Failure {
    fn from(e: DbError) -> Failure {
        match e {
            DbError::NotFound => Failure(
                StatusCode::NOT_FOUND,
                "not_found",
                "No request with this number and this code. Call the CMP.".into(),
            ),
            DbError::Conflict(m) => Failure(StatusCode::CONFLICT, "conflict", m),
            DbError::Invalid(m) => Failure(StatusCode::UNPROCESSABLE_ENTITY, "invalid", m),
            DbError::Closed => Failure(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "The desk is restarting; try again.".into(),
            ),
            other => {
                tracing::error!(error = %other, "database");
                Failure(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "The desk has a problem. Call the CMP.".into(),
                )
            }
        }
    }
}

async fn healthz() -> &'static str {
    "ok"
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

async fn desk_entry(State(state): State<Shared>) -> Json<DeskEntry> {
    let c = &state.config;
    Json(DeskEntry {
        name: c.desk_name.clone(),
        phone: state.desk_phone,
        hours: state.desk_hours.clone(),
        address: c.address.clone(),
        sectors: c.sectors.clone(),
        structures: c.structures.clone(),
        sms_number: state.sms_number,
    })
}

async fn directory(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let Some(bundle) = state.bundle.clone() else {
        return Failure(
            StatusCode::NOT_FOUND,
            "no_directory",
            "This desk does not serve a directory.".into(),
        )
        .into_response();
    };
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == bundle.etag.as_bytes())
    {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    let mut res = bundle.bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/vnd.relais.directory"),
    );
    if let Ok(v) = HeaderValue::from_str(&bundle.etag) {
        h.insert(header::ETAG, v);
    }
    res
}

async fn submit(
    State(state): State<Shared>,
    ClientIp(peer): ClientIp,
    raw: Body,
) -> Result<Response, Failure> {
    let body = body(raw)?;
    if state.submit_limiter.check_key(&peer).is_err() {
        let mut res = Failure(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "Too many requests from this address. Try again in a minute, or call the CMP.".into(),
        )
        .into_response();
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        return Ok(res);
    }
    let (raw, req): (_, SubmitRequest) = read_json(
        &body,
        "invalid_request",
        "The request does not have the expected fields or values.",
    )?;
    if let Err(errors) = req.content.check() {
        let fields: Vec<String> = errors
            .iter()
            .map(|e| {
                serde_json::to_value(e.field)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            })
            .collect();
        return Err(Failure(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_fields",
            format!("Invalid fields: {}", fields.join(", ")),
        ));
    }
    // Only what the app's form produces is stored: the content exactly as validation writes
    // it (trimmed, canonical phone, languages once each, no unknown field). What the OpenAPI
    // document states is then what the desk enforces, no more, no less.
    let canonical = req.content.to_form().validate().ok().as_ref() == Some(&req.content)
        && serde_json::to_value(&req.content)
            .is_ok_and(|typed| raw.get("content").is_some_and(|r| same_json(r, &typed)));
    let key_ok = req
        .structure_key
        .as_deref()
        .is_none_or(|k| k.chars().count() <= 64 && !k.chars().any(char::is_control));
    if !canonical || !key_ok {
        return Err(Failure(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_fields",
            "Invalid fields: the content is not in the form the app sends (see the API description).".into(),
        ));
    }
    let key = state.token_key;
    let now = Utc::now();
    let done = state
        .db
        .write_keyed(requests::submission_key(req.id), move |c| {
            requests::submit(c, &key, &req, Channel::App, now)
        })
        .await?;
    let code = if done.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((
        code,
        Json(SubmitResponse {
            id: done.status.id,
            token: done.token,
            status: done.status,
        }),
    )
        .into_response())
}

/// Reads a JSON body as a `T`, with the raw value beside it (for the check that it is written
/// as the app writes it): not JSON is 400 `malformed_json`; integral floats are read as
/// integers; JSON that is not a `T` is 422 with `error` and `message`.
pub(crate) fn read_json<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    error: &'static str,
    message: &str,
) -> Result<(serde_json::Value, T), Failure> {
    let malformed = || {
        Failure(
            StatusCode::BAD_REQUEST,
            "malformed_json",
            "The body is not valid JSON.".into(),
        )
    };
    let mut raw: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| malformed())?;
    integers(&mut raw);
    let typed = serde_json::from_value(raw.clone()).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            malformed()
        } else {
            Failure(StatusCode::UNPROCESSABLE_ENTITY, error, message.into())
        }
    })?;
    Ok((raw, typed))
}

/// JSON has one kind of number: `98.0` is the integer 98 (as JSON Schema says), which the
/// typed fields read only when written `98`.
fn integers(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
                && !(n.is_i64() || n.is_u64())
            {
                *v = Value::from(f as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(integers),
        Value::Object(map) => map.values_mut().for_each(integers),
        _ => {}
    }
}

/// `raw` says exactly what `typed` says: same values, no other key (not even a null one); a
/// key `raw` leaves out is null, false or empty in `typed` (an optional field left to its
/// default). The typed side writes every field it has.
pub(crate) fn same_json(raw: &serde_json::Value, typed: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (raw, typed) {
        (Value::Object(r), Value::Object(t)) => {
            r.iter().all(|(k, v)| match (k.as_str(), v, t.get(k)) {
                // A phone as the app writes it: canonical E.164, or +33 and nine digits for an
                // overseas line ("+33 639…" is Mayotte's "+262 639…", as it is dialled).
                ("phone", Value::String(a), Some(Value::String(b))) => {
                    use relais_core::contact::Phone;
                    Phone::parse(a).is_ok_and(|p| {
                        Phone::parse(b).ok() == Some(p)
                            && a.starts_with('+')
                            && (p.as_str() == a
                                || (a.len() == 12
                                    && a.starts_with("+33")
                                    && a.bytes().skip(1).all(|c| c.is_ascii_digit())))
                    })
                }
                (_, _, Some(tv)) => same_json(v, tv),
                // A key the type does not have, even null: the API describes no such field.
                (_, _, None) => false,
            }) && t.iter().all(|(k, v)| r.contains_key(k) || is_default(v))
        }
        (Value::Array(r), Value::Array(t)) => {
            r.len() == t.len() && r.iter().zip(t).all(|(a, b)| same_json(a, b))
        }
        (r, t) => r == t,
    }
}

fn is_default(v: &serde_json::Value) -> bool {
    use serde_json::Value;
    match v {
        Value::Null | Value::Bool(false) => true,
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

pub(crate) fn bearer(headers: &HeaderMap) -> Result<String, Failure> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty() && t.len() <= 128)
        .ok_or_else(|| {
            Failure(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "The request's code is missing.".into(),
            )
        })
}

fn parse_id(id: &str) -> Result<Uuid, Failure> {
    Uuid::parse_str(id).map_err(|_| {
        Failure(
            StatusCode::NOT_FOUND,
            "not_found",
            "No request with this number and this code. Call the CMP.".into(),
        )
    })
}

async fn status(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<RequestStatus>, Failure> {
    let token = bearer(&headers)?;
    let id = parse_id(&id)?;
    Ok(Json(
        state
            .db
            .read(move |c| requests::status(c, id, &token))
            .await?,
    ))
}

async fn withdraw(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<RequestStatus>, Failure> {
    let token = bearer(&headers)?;
    let id = parse_id(&id)?;
    let days = state.config.retention_days;
    let now = Utc::now();
    Ok(Json(
        state
            .db
            .write(move |c| requests::withdraw(c, id, &token, days, now))
            .await?,
    ))
}

/// What the SMS gateway posts (signed with the shared secret).
#[derive(Debug, Serialize, Deserialize)]
pub struct InboundSms {
    /// The sender's number as the gateway gives it.
    pub from: String,
    pub text: String,
}

/// What the desk answers: whether it was a readable request, and a neutral reply the
/// gateway may send back to the person.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct InboundReply {
    pub status: String,
    pub reply: String,
}

async fn sms_inbound(
    State(state): State<Shared>,
    headers: HeaderMap,
    raw: Body,
) -> Result<Json<InboundReply>, Failure> {
    let body = body(raw)?;
    let Some(secret) = state.config.sms_secret.clone() else {
        return Err(Failure(
            StatusCode::NOT_FOUND,
            "disabled",
            "This desk has no SMS gateway.".into(),
        ));
    };
    let signature = headers
        .get(SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !secrets::verify_signature(secret.as_bytes(), &body, signature) {
        return Err(Failure(
            StatusCode::UNAUTHORIZED,
            "bad_signature",
            "The signature does not match.".into(),
        ));
    }
    let sms: InboundSms = serde_json::from_slice(&body).map_err(|_| {
        Failure(
            StatusCode::BAD_REQUEST,
            "malformed_json",
            "The body is not valid JSON.".into(),
        )
    })?;
    let sender: String = sms
        .from
        .chars()
        .filter(|c| !c.is_control())
        .take(32)
        .collect();
    let loc = Localizer::french();
    let key = state.token_key;
    let now = Utc::now();
    let days = i64::from(state.config.retention_days);
    match sms::unpack(&sms.text) {
        Ok(packed) => {
            state
                .db
                .write(move |c| requests::submit_sms(c, &key, &packed, now))
                .await?;
            Ok(Json(InboundReply {
                status: "accepted".into(),
                reply: loc.key("sms-ack"),
            }))
        }
        Err(e) => {
            // Never dropped: a human calls the sender back.
            let reason = e.to_string();
            state
                .db
                .write(move |c| {
                    c.execute(
                        "INSERT INTO sms_callback (received_at, sender, reason, purge_after) VALUES (?1, ?2, ?3, ?4)",
                        crate::params![now.to_rfc3339(), sender, reason, (now + chrono::Duration::days(days)).to_rfc3339()],
                    )?;
                    requests::audit(c, "gateway", "sms_unreadable", None, "")
                })
                .await?;
            Ok(Json(InboundReply {
                status: "to_call_back".into(),
                reply: loc.key("sms-unreadable"),
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{integers, same_json};
    use serde_json::json;

    #[test]
    fn integral_floats_are_integers() {
        let mut v = json!({"days": 98.0, "from": [540.0, 1.5], "to": -15.0, "big": 1e300});
        integers(&mut v);
        assert_eq!(
            v,
            json!({"days": 98, "from": [540, 1.5], "to": -15, "big": 1e300})
        );
    }

    #[test]
    fn only_the_canonical_json_is_the_same() {
        let typed = json!({"name": "Samir", "message": null, "languages": ["fr"]});
        assert!(same_json(
            &json!({"name": "Samir", "languages": ["fr"]}),
            &typed
        ));
        assert!(same_json(
            &json!({"name": "Samir", "message": null, "languages": ["fr"]}),
            &typed
        ));
        let with_phone = json!({"name": "Samir", "languages": ["fr"], "phone": "+262639980012"});
        assert!(same_json(
            &json!({"name": "Samir", "languages": ["fr"], "phone": "+33639980012"}),
            &with_phone
        ));
        for other in [
            json!({"name": "Samir ", "languages": ["fr"]}),
            json!({"name": "Samir", "languages": ["FR"]}),
            json!({"name": "Samir", "languages": ["fr", "fr"]}),
            json!({"name": "Samir", "languages": ["fr"], "nir": "1 84 12"}),
            json!({"languages": ["fr"]}),
            json!({"name": "Samir", "languages": ["fr"], "phone": "06 39 98 00 12"}),
            json!({"name": "Samir", "street": null, "languages": ["fr"]}),
        ] {
            assert!(!same_json(&other, &typed), "{other}");
        }
        // A phone spelled otherwise than the app writes it (a trunk 0 after +33).
        for other in [
            json!({"name": "Samir", "languages": ["fr"], "phone": "+330639980012"}),
            json!({"name": "Samir", "languages": ["fr"], "phone": "+2620639980012"}),
        ] {
            assert!(!same_json(&other, &with_phone), "{other}");
        }
        let foreign = json!({"phone": "+442079460958"});
        assert!(same_json(&foreign, &foreign));
        for other in [
            json!({"phone": "+44 20 7946 0958"}),
            json!({"phone": "+4402079460958"}),
        ] {
            assert!(!same_json(&other, &typed), "{other}");
        }
    }
}
