//! The HTTP the sync client needs, behind a small trait, so that tests (and the platforms, if
//! they prefer their own stack, as mozilla/application-services does with viaduct) can supply
//! one. [`super::ReqwestTransport`] is the implementation core ships.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// A future a transport returns; boxed so that `dyn Transport` works.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

/// One HTTP exchange to make. Bodies are small JSON documents or a directory bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
    /// For the whole exchange, connection included.
    pub timeout: Duration,
    /// A larger answer is cut short with [`TransportError::TooLarge`], never read whole.
    pub max_response_bytes: usize,
}

#[derive(Clone, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl fmt::Debug for HttpResponse {
    // Bodies may carry personal data: never in debug output.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "HttpResponse({}, {} bytes)",
            self.status,
            self.body.len()
        )
    }
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why an exchange did not complete. None of these says anything about what the desk did
/// with a request that left: the outbox resends, and the desk deduplicates.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    #[error("no connection to the desk: {0}")]
    Connect(String),
    #[error("the desk did not answer in time")]
    Timeout,
    #[error("the connection broke: {0}")]
    Broken(String),
    #[error("the secure connection failed: {0}")]
    Tls(String),
    #[error("the answer is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("the address is not allowed: {0}")]
    Refused(String),
}

/// Sends HTTP requests. Implementations must not follow redirects (a redirect could lead a
/// request off HTTPS) and must honour the timeout and the response size limit.
pub trait Transport: Send + Sync + fmt::Debug {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>>;
}
