//! The referral routes of the JSON API: `/v1/referrals` (the professional's phone, with its
//! capability token) and `/v1/copies` (the person, with the copy code in the `Authorization`
//! header, never in the URL). Copy lookups are rate-limited per client address and for the
//! whole desk: a code has about 46 bits, and a guesser must also get past the limiter.

use super::{Revoker, Source};
use crate::api::{Body, Failure, bearer, body, read_json, same_json};
use crate::client_ip::ClientIp;
use crate::db::DbError;
use crate::{AppState, Shared};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use relais_core::wire::{CopyAnswer, ReferralStatus, SubmitReferral};
use std::net::IpAddr;
use uuid::Uuid;

/// The desk's date, on its own clock: a consent "until the 30th" lasts the whole 30th there.
pub fn today(state: &AppState) -> NaiveDate {
    Utc::now().with_timezone(&state.tz).date_naive()
}

fn rate_limited(what: &str) -> Response {
    let mut res =
        Failure(StatusCode::TOO_MANY_REQUESTS, "rate_limited", what.into()).into_response();
    res.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
    res
}

fn not_found() -> Failure {
    Failure(
        StatusCode::NOT_FOUND,
        "not_found",
        "No referral with this number and this code. Call the CMP.".into(),
    )
}

/// Whether one more copy-code try is allowed from this address and for the whole desk. The
/// per-address limiter goes first, so that one guesser does not use up everyone's share; the
/// desk-wide count is in the database, so it holds across desk processes. If the database
/// cannot count, the try is refused (a capability is guarded, not opened, on failure).
pub async fn copy_try_allowed(state: &AppState, ip: IpAddr) -> bool {
    if state.copy_limiter.check_key(&ip).is_err() {
        return false;
    }
    let per_minute = state.config.copy_lookups_per_minute_total.max(1);
    let now = Utc::now();
    match state
        .db
        .write(move |c| crate::coordination::take_try(c, COPY_TRIES, per_minute, now))
        .await
    {
        Ok(allowed) => allowed,
        Err(e) => {
            tracing::error!(error = %e, "the desk-wide copy-code limit could not be counted");
            false
        }
    }
}

/// The name of the desk-wide limit on copy-code tries.
const COPY_TRIES: &str = "copy_code_tries";

/// `POST /v1/referrals`.
pub async fn submit(
    State(state): State<Shared>,
    ClientIp(peer): ClientIp,
    raw: Body,
) -> Result<Response, Failure> {
    let bytes = body(raw)?;
    if state.submit_limiter.check_key(&peer).is_err() {
        return Ok(rate_limited(
            "Too many requests from this address. Try again in a minute, or call the CMP.",
        ));
    }
    // A new referral carries a copy code, and a code already in use is refused (409): each
    // submission is also a try of a code, so it counts against the same limits as a lookup.
    if !copy_try_allowed(&state, peer).await {
        return Ok(rate_limited(
            "Too many tries from this address. Try again in a minute, or call the CMP.",
        ));
    }
    const INVALID: &str =
        "The referral does not have the expected fields or values. Nothing was stored.";
    let (raw, sub): (_, SubmitReferral) = read_json(&bytes, "invalid_referral", INVALID)?;
    if !as_the_app_writes_it(raw, &sub) {
        return Err(Failure(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_referral",
            INVALID.into(),
        ));
    }
    let now = Utc::now();
    let today = today(&state);
    let to = super::recipient(&state, &sub.structure_key);
    // Checked whole before anything is written: a refusal stores nothing.
    let prepared = super::check(sub, to, now, today).map_err(|refusal| {
        Failure(
            StatusCode::UNPROCESSABLE_ENTITY,
            refusal.code(),
            refusal.message(),
        )
    })?;
    let key = state.token_key;
    let stored = state
        .db
        .write(move |c| super::store(c, &key, &prepared, Source::App, "professional", now, today))
        .await?;
    let code = if stored.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((code, Json(stored.answer)).into_response())
}

fn text(v: Option<&serde_json::Value>) -> Option<&str> {
    v.and_then(serde_json::Value::as_str)
}

/// The referral exactly as the app writes it: no unknown field, a copy code, phones and
/// language codes in their canonical spelling. What the OpenAPI document states is then what
/// the desk enforces. The id and the times may be spelled several ways (upper-case hex, an
/// offset instead of `Z`): they are compared once read.
fn as_the_app_writes_it(mut raw: serde_json::Value, sub: &SubmitReferral) -> bool {
    let Ok(typed) = serde_json::to_value(sub) else {
        return false;
    };
    // The id and times in the forms the description names (`uuid`, `date-time`, `date`).
    let id_ok = text(raw.get("id"))
        .is_some_and(|s| s.len() == 36 && [8, 13, 18, 23].iter().all(|&i| s.as_bytes()[i] == b'-'));
    let consent = raw.get("consent");
    let given_ok = text(consent.and_then(|c| c.get("given_at")))
        .is_some_and(|s| DateTime::parse_from_rfc3339(s).is_ok());
    let until_ok = text(consent.and_then(|c| c.get("until")))
        .is_some_and(|s| s.len() == 10 && NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok());
    if !(id_ok && given_ok && until_ok) {
        return false;
    }
    if let (Some(r), Some(t)) = (raw.as_object_mut(), typed.as_object()) {
        if r.contains_key("id") {
            r.insert("id".into(), t["id"].clone());
        }
        if let (Some(rc), Some(tc)) = (
            r.get_mut("consent").and_then(|c| c.as_object_mut()),
            t["consent"].as_object(),
        ) {
            for time in ["given_at", "until", "revoked_at"] {
                if let (Some(rv), Some(tv)) = (rc.get_mut(time), tc.get(time)) {
                    *rv = tv.clone();
                }
            }
        }
    }
    same_json(&raw, &typed)
}

fn parse_id(id: &str) -> Result<Uuid, Failure> {
    Uuid::parse_str(id).map_err(|_| not_found())
}

fn referral_failure(e: DbError) -> Failure {
    match e {
        DbError::NotFound => not_found(),
        other => other.into(),
    }
}

/// `GET /v1/referrals/{id}`.
pub async fn status(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: axum::http::HeaderMap,
) -> Result<Json<ReferralStatus>, Failure> {
    let token = bearer(&headers)?;
    let id = parse_id(&id)?;
    let today = today(&state);
    state
        .db
        .read(move |c| super::status(c, id, &token, today))
        .await
        .map(Json)
        .map_err(referral_failure)
}

/// After a revocation: the WAL is moved into the (securely deleting) database file and cut to
/// zero, so that neither file keeps the shared fields.
pub async fn erase_traces(state: &AppState) {
    // A reader in the middle of a read holds the WAL back: try again a few times; the hourly
    // purge (which truncates at every pass, and at start-up) catches what is left.
    for attempt in 0..5u64 {
        match state.db.truncate_wal().await {
            Ok(true) => return,
            Ok(false) => tokio::time::sleep(std::time::Duration::from_millis(100 << attempt)).await,
            Err(e) => {
                tracing::error!(error = %e, "WAL truncation after a revocation");
                return;
            }
        }
    }
    tracing::warn!("the WAL could not be truncated after a revocation; the next purge will");
}

/// `POST /v1/referrals/{id}/revoke`.
pub async fn revoke(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: axum::http::HeaderMap,
) -> Result<Json<ReferralStatus>, Failure> {
    let token = bearer(&headers)?;
    let id = parse_id(&id)?;
    let days = state.config.retention_days;
    let now = Utc::now();
    let status = state
        .db
        .write(move |c| super::revoke_by_token(c, id, &token, days, now))
        .await
        .map_err(referral_failure)?;
    erase_traces(&state).await;
    Ok(Json(status))
}

/// What a copy code opens, after the rate limits: `Ok(None)` for a code that opens nothing.
pub async fn open_copy(
    state: &AppState,
    ip: IpAddr,
    code: String,
    revoke: Option<Revoker<'static>>,
) -> Result<Option<relais_core::referral::copy::CopyView>, CopyFailure> {
    if !copy_try_allowed(state, ip).await {
        return Err(CopyFailure::RateLimited);
    }
    let key = state.token_key;
    let found = state
        .db
        .read(move |c| super::find_by_copy(c, &key, &code))
        .await
        .map_err(CopyFailure::Db)?;
    let Some(id) = found else {
        return Ok(None);
    };
    if let Some(by) = revoke {
        let days = state.config.retention_days;
        let now = Utc::now();
        let id2 = id.clone();
        state
            .db
            .write(move |c| super::revoke(c, &id2, by, days, now))
            .await
            .map_err(CopyFailure::Db)?;
        erase_traces(state).await;
    }
    state
        .db
        .read(move |c| super::copy_view(c, &id))
        .await
        .map(Some)
        .map_err(CopyFailure::Db)
}

/// Why a copy could not be opened.
#[derive(Debug)]
pub enum CopyFailure {
    RateLimited,
    Db(DbError),
}

async fn copy(
    state: Shared,
    peer: IpAddr,
    headers: axum::http::HeaderMap,
    revoke: bool,
) -> Result<Response, Failure> {
    let code = bearer(&headers)?;
    let by = revoke.then_some(Revoker::Person);
    match open_copy(&state, peer, code, by).await {
        Ok(Some(copy)) => Ok(Json(CopyAnswer { copy }).into_response()),
        Ok(None) => Err(Failure(
            StatusCode::NOT_FOUND,
            "not_found",
            "No copy with this code. Check the code, or call the CMP.".into(),
        )),
        Err(CopyFailure::RateLimited) => Ok(rate_limited(
            "Too many tries. Wait a minute, or call the CMP: they can find your referral.",
        )),
        Err(CopyFailure::Db(e)) => Err(e.into()),
    }
}

/// `POST /v1/copies/lookup`.
pub async fn copy_lookup(
    State(state): State<Shared>,
    ClientIp(peer): ClientIp,
    headers: axum::http::HeaderMap,
) -> Result<Response, Failure> {
    copy(state, peer, headers, false).await
}

/// `POST /v1/copies/revoke`.
pub async fn copy_revoke(
    State(state): State<Shared>,
    ClientIp(peer): ClientIp,
    headers: axum::http::HeaderMap,
) -> Result<Response, Failure> {
    copy(state, peer, headers, true).await
}
