//! The platform's own HTTP stack, when the app brings one (`HttpURLConnection` on Android,
//! `URLSession` on iOS), as mozilla/application-services does with viaduct: the system's
//! trust store and proxy settings apply, and the phone library leaves out reqwest, hyper and
//! rustls (see `scripts/mobile-size.sh`). The core's rules stay in core: it checks every
//! answer (size, shape, which request it is about) whatever stack fetched it.

use relais_core::sync::{BoxFuture, HttpRequest, HttpResponse, Method, Transport, TransportError};
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpHeader {
    pub name: String,
    pub value: String,
}

/// One exchange to make. The platform must not follow redirects, must stop after
/// `timeout_ms`, and must stop reading past `max_response_bytes`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpCall {
    /// `GET` or `POST`.
    pub method: String,
    pub url: String,
    pub headers: Vec<HttpHeader>,
    pub body: Vec<u8>,
    pub timeout_ms: u64,
    pub max_response_bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpAnswer {
    pub status: u16,
    pub headers: Vec<HttpHeader>,
    pub body: Vec<u8>,
}

/// Why the platform's exchange failed. Retried later, except nothing: the desk deduplicates.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum HttpFailure {
    #[error("no connection: {reason}")]
    Connect { reason: String },
    #[error("no answer in time")]
    Timeout,
    #[error("the secure connection failed: {reason}")]
    Tls { reason: String },
    #[error("the answer is too large")]
    TooLarge,
    #[error("the connection broke: {reason}")]
    Broken { reason: String },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for HttpFailure {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> HttpFailure {
        HttpFailure::Broken { reason: e.reason }
    }
}

/// An HTTP client the app implements in Kotlin or Swift. Called on a background thread.
#[uniffi::export(with_foreign)]
pub trait HttpClient: Send + Sync {
    fn send(&self, call: HttpCall) -> Result<HttpAnswer, HttpFailure>;
}

/// Core's [`Transport`] over the platform's client.
pub(crate) struct ForeignTransport(pub Arc<dyn HttpClient>);

impl std::fmt::Debug for ForeignTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ForeignTransport")
    }
}

impl Transport for ForeignTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
        let client = self.0.clone();
        Box::pin(async move {
            let limit = request.max_response_bytes;
            let call = HttpCall {
                method: match request.method {
                    Method::Get => "GET".into(),
                    Method::Post => "POST".into(),
                },
                url: request.url,
                headers: request
                    .headers
                    .into_iter()
                    .map(|(name, value)| HttpHeader {
                        name: name.into(),
                        value,
                    })
                    .collect(),
                body: request.body,
                timeout_ms: u64::try_from(request.timeout.as_millis()).unwrap_or(u64::MAX),
                max_response_bytes: limit as u64,
            };
            let timeout = request.timeout + Duration::from_secs(1);
            // The platform's call blocks its thread: never one of the runtime's workers.
            let answer = tokio::time::timeout(
                timeout,
                tokio::task::spawn_blocking(move || client.send(call)),
            )
            .await
            .map_err(|_| TransportError::Timeout)?
            .map_err(|e| TransportError::Broken(e.to_string()))?
            .map_err(|e| match e {
                HttpFailure::Connect { reason } => TransportError::Connect(reason),
                HttpFailure::Timeout => TransportError::Timeout,
                HttpFailure::Tls { reason } => TransportError::Tls(reason),
                HttpFailure::TooLarge => TransportError::TooLarge { limit },
                HttpFailure::Broken { reason } => TransportError::Broken(reason),
            })?;
            if answer.body.len() > limit {
                return Err(TransportError::TooLarge { limit });
            }
            Ok(HttpResponse {
                status: answer.status,
                headers: answer
                    .headers
                    .into_iter()
                    .map(|h| (h.name.to_ascii_lowercase(), h.value))
                    .collect(),
                body: answer.body,
            })
        })
    }
}
