//! The desk's `/v1` API as the phone calls it: every answer parsed and checked before anything
//! is stored, every failure typed so that the sync loop knows whether to retry.

use super::transport::{HttpRequest, HttpResponse, Method, Transport, TransportError};
use crate::directory::DeskUrl;
use crate::wire::{
    ApiError, CopyAnswer, DeskEntry, ReferralAnswer, ReferralStatus, RequestStatus, SubmitResponse,
};
use std::time::Duration;
use uuid::Uuid;

/// The JSON answers are small; a status with a confirmed appointment is well under 4 KB.
pub const MAX_JSON_BYTES: usize = 64 * 1024;
/// A national directory bundle is about 350 KB; anything past this is not one.
pub const MAX_BUNDLE_BYTES: usize = 8 * 1024 * 1024;
const MAX_TOKEN_LEN: usize = 128;

/// Why an exchange with a desk did not give a usable answer.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeskError {
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// 408, 429, 5xx: the desk is there but cannot answer now.
    #[error("the desk cannot answer now (HTTP {status})")]
    Unavailable {
        status: u16,
        retry_after: Option<Duration>,
    },
    /// The desk refused what was sent (400, 409, 413, 422…): sending it again will not help.
    #[error("the desk refused the request (HTTP {status}, {code})")]
    Refused { status: u16, code: String },
    /// 401 or 404: no such request for this code (purged, or never there).
    #[error("the desk does not know this request")]
    Unknown,
    /// The answer does not make sense: garbage, another id, a token that cannot be one.
    #[error("the desk's answer cannot be used: {0}")]
    BadAnswer(String),
}

impl DeskError {
    /// Worth trying again later. An answer that cannot be used is, too: on public Wi-Fi a
    /// captive portal answers in the desk's place until the person signs in.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            DeskError::Transport(_) | DeskError::Unavailable { .. } | DeskError::BadAnswer(_)
        )
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            DeskError::Unavailable { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// Talks to one desk.
#[derive(Debug, Clone, Copy)]
pub struct DeskClient<'a> {
    pub transport: &'a dyn Transport,
    pub timeout: Duration,
}

impl DeskClient<'_> {
    async fn call(
        &self,
        method: Method,
        url: String,
        token: Option<&str>,
        body: Vec<u8>,
        max: usize,
        extra: Option<(&'static str, String)>,
    ) -> Result<HttpResponse, DeskError> {
        let mut headers = vec![("accept", "application/json".to_owned())];
        if method == Method::Post {
            headers.push(("content-type", "application/json".to_owned()));
        }
        if let Some(t) = token {
            headers.push(("authorization", format!("Bearer {t}")));
        }
        headers.extend(extra);
        let response = self
            .transport
            .send(HttpRequest {
                method,
                url,
                headers,
                body,
                timeout: self.timeout,
                max_response_bytes: max,
            })
            .await?;
        if response.body.len() > max {
            return Err(TransportError::TooLarge { limit: max }.into());
        }
        Ok(response)
    }

    /// A JSON exchange: `GET` without a body, or `POST` with `body`; the answer parsed.
    async fn json<T: serde::de::DeserializeOwned>(
        &self,
        method: Method,
        url: String,
        token: Option<&str>,
        body: &[u8],
    ) -> Result<T, DeskError> {
        let r = self
            .call(method, url, token, body.to_vec(), MAX_JSON_BYTES, None)
            .await?;
        ok_json(&r)
    }

    /// `POST /v1/requests` with the outbox's payload (which carries the request's UUIDv7).
    pub async fn submit(
        &self,
        desk: &DeskUrl,
        id: Uuid,
        payload: &str,
    ) -> Result<SubmitResponse, DeskError> {
        let answer: SubmitResponse = self
            .json(
                Method::Post,
                desk.join("/v1/requests"),
                None,
                payload.as_bytes(),
            )
            .await?;
        about(id, answer.id, "request")?;
        about(id, answer.status.id, "request")?;
        usable_token(&answer.token)?;
        Ok(answer)
    }

    /// `GET /v1/requests/{id}` with the capability token.
    pub async fn status(
        &self,
        desk: &DeskUrl,
        id: Uuid,
        token: &str,
    ) -> Result<RequestStatus, DeskError> {
        let url = desk.join(&format!("/v1/requests/{id}"));
        let s: RequestStatus = self.json(Method::Get, url, Some(token), b"").await?;
        about(id, s.id, "request").map(|()| s)
    }

    /// `POST /v1/requests/{id}/withdraw`.
    pub async fn withdraw(
        &self,
        desk: &DeskUrl,
        id: Uuid,
        token: &str,
    ) -> Result<RequestStatus, DeskError> {
        let url = desk.join(&format!("/v1/requests/{id}/withdraw"));
        let s: RequestStatus = self.json(Method::Post, url, Some(token), b"{}").await?;
        about(id, s.id, "request").map(|()| s)
    }

    /// `POST /v1/referrals` with the outbox's payload (a [`crate::wire::SubmitReferral`]).
    pub async fn submit_referral(
        &self,
        desk: &DeskUrl,
        id: Uuid,
        payload: &str,
    ) -> Result<ReferralAnswer, DeskError> {
        let answer: ReferralAnswer = self
            .json(
                Method::Post,
                desk.join("/v1/referrals"),
                None,
                payload.as_bytes(),
            )
            .await?;
        about(id, answer.id, "referral")?;
        about(id, answer.status.id, "referral")?;
        usable_token(&answer.token)?;
        Ok(answer)
    }

    /// `GET /v1/referrals/{id}` with the professional's token.
    pub async fn referral_status(
        &self,
        desk: &DeskUrl,
        id: Uuid,
        token: &str,
    ) -> Result<ReferralStatus, DeskError> {
        let url = desk.join(&format!("/v1/referrals/{id}"));
        let s: ReferralStatus = self.json(Method::Get, url, Some(token), b"").await?;
        about(id, s.id, "referral").map(|()| s)
    }

    /// `POST /v1/referrals/{id}/revoke`: the professional, for the person.
    pub async fn revoke_referral(
        &self,
        desk: &DeskUrl,
        id: Uuid,
        token: &str,
    ) -> Result<ReferralStatus, DeskError> {
        let url = desk.join(&format!("/v1/referrals/{id}/revoke"));
        let s: ReferralStatus = self.json(Method::Post, url, Some(token), b"{}").await?;
        about(id, s.id, "referral").map(|()| s)
    }

    /// `POST /v1/copies/lookup` or `/v1/copies/revoke`: the person's copy, by its code.
    pub async fn copy(
        &self,
        desk: &DeskUrl,
        code: &crate::referral::CopyCode,
        revoke: bool,
    ) -> Result<CopyAnswer, DeskError> {
        let path = if revoke {
            "/v1/copies/revoke"
        } else {
            "/v1/copies/lookup"
        };
        self.json(Method::Post, desk.join(path), Some(code.as_str()), b"{}")
            .await
    }

    /// `GET /v1/desk`: the desk's public entry (its structures and SMS number), for a
    /// publisher writing desks into the directory.
    pub async fn desk_entry(&self, desk: &DeskUrl) -> Result<DeskEntry, DeskError> {
        self.json(Method::Get, desk.join("/v1/desk"), None, b"")
            .await
    }

    /// `GET` a directory bundle; `None` when it has not changed since `etag`.
    pub async fn directory(
        &self,
        url: &str,
        etag: Option<&str>,
    ) -> Result<Option<(Vec<u8>, Option<String>)>, DeskError> {
        let r = self
            .call(
                Method::Get,
                url.to_owned(),
                None,
                Vec::new(),
                MAX_BUNDLE_BYTES,
                etag.map(|e| ("if-none-match", e.to_owned())),
            )
            .await?;
        if r.status == 304 {
            return Ok(None);
        }
        check_status(&r)?;
        let etag = r.header("etag").map(str::to_owned);
        Ok(Some((r.body, etag)))
    }
}

/// The answer must be about what was asked: a status for another id is never stored.
fn about(asked: Uuid, answered: Uuid, what: &str) -> Result<(), DeskError> {
    if asked == answered {
        Ok(())
    } else {
        Err(DeskError::BadAnswer(format!(
            "the answer is about another {what}"
        )))
    }
}

/// A capability token the phone can keep and send back in a header.
fn usable_token(token: &str) -> Result<(), DeskError> {
    if token.is_empty()
        || token.len() > MAX_TOKEN_LEN
        || !token.bytes().all(|b| b.is_ascii_graphic())
    {
        return Err(DeskError::BadAnswer("the code is not usable".into()));
    }
    Ok(())
}

fn check_status(r: &HttpResponse) -> Result<(), DeskError> {
    match r.status {
        200..=299 => Ok(()),
        401 | 404 => Err(DeskError::Unknown),
        408 | 425 | 429 | 500..=599 => Err(DeskError::Unavailable {
            status: r.status,
            retry_after: r
                .header("retry-after")
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(|s| Duration::from_secs(s.min(24 * 3600))),
        }),
        status => Err(DeskError::Refused {
            status,
            code: serde_json::from_slice::<ApiError>(&r.body)
                .map(|e| e.error.chars().take(40).collect())
                .unwrap_or_else(|_| "unknown".into()),
        }),
    }
}

fn ok_json<T: serde::de::DeserializeOwned>(r: &HttpResponse) -> Result<T, DeskError> {
    check_status(r)?;
    serde_json::from_slice(&r.body).map_err(|e| {
        // serde's message may quote the input: keep only its category and place.
        DeskError::BadAnswer(format!(
            "not the expected JSON ({:?} at line {}, column {})",
            e.classify(),
            e.line(),
            e.column()
        ))
    })
}
