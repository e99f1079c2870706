//! The HTTP client core ships: reqwest with rustls (no OpenSSL), HTTP/1.1 only, no redirects,
//! Mozilla's root certificates compiled in (webpki-roots), plus any the app adds for a
//! hospital's private certificate authority.

use super::transport::{BoxFuture, HttpRequest, HttpResponse, Method, Transport, TransportError};
use std::time::Duration;

/// What a [`ReqwestTransport`] is built with.
#[derive(Clone, Debug, Default)]
pub struct HttpOptions {
    /// Extra trusted root certificates, PEM (a private CA; the tests' self-signed desk).
    pub root_certificates_pem: Vec<Vec<u8>>,
    /// Connection set-up limit; each request also has its own overall timeout.
    pub connect_timeout: Option<Duration>,
}

#[derive(Clone, Debug)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    pub fn new() -> Result<ReqwestTransport, TransportError> {
        ReqwestTransport::with_options(&HttpOptions::default())
    }

    pub fn with_options(options: &HttpOptions) -> Result<ReqwestTransport, TransportError> {
        let mut builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("Relais/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(options.connect_timeout.unwrap_or(Duration::from_secs(15)))
            .pool_idle_timeout(Duration::from_secs(60))
            .http1_only();
        for pem in &options.root_certificates_pem {
            let cert = reqwest::Certificate::from_pem(pem)
                .map_err(|e| TransportError::Tls(format!("root certificate: {e}")))?;
            builder = builder.add_root_certificate(cert);
        }
        let client = builder
            .build()
            .map_err(|e| TransportError::Tls(e.to_string()))?;
        Ok(ReqwestTransport { client })
    }

    async fn exchange(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        let method = match request.method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
        };
        let mut builder = self
            .client
            .request(method, &request.url)
            .timeout(request.timeout);
        for (name, value) in &request.headers {
            builder = builder.header(*name, value);
        }
        if request.method == Method::Post {
            builder = builder.body(request.body);
        }
        let mut response = builder.send().await.map_err(error)?;
        let limit = request.max_response_bytes;
        if response.content_length().is_some_and(|n| n > limit as u64) {
            return Err(TransportError::TooLarge { limit });
        }
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .filter_map(|(n, v)| Some((n.as_str().to_owned(), v.to_str().ok()?.to_owned())))
            .collect();
        let mut body = Vec::new();
        // Read chunk by chunk: a body that claims no length is still cut at the limit.
        while let Some(chunk) = response.chunk().await.map_err(error)? {
            if body.len() + chunk.len() > limit {
                return Err(TransportError::TooLarge { limit });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(HttpResponse {
            status,
            headers,
            body,
        })
    }
}

fn error(e: reqwest::Error) -> TransportError {
    // The URL is the desk's and carries no personal data, but keep the message short.
    let text = std::error::Error::source(&e)
        .map(|s| s.to_string())
        .unwrap_or_else(|| e.to_string());
    if e.is_timeout() {
        TransportError::Timeout
    } else if e.is_connect() {
        if text.contains("certificate") || text.contains("tls") || text.contains("TLS") {
            TransportError::Tls(text)
        } else {
            TransportError::Connect(text)
        }
    } else if e.is_builder() {
        TransportError::Refused(text)
    } else {
        TransportError::Broken(text)
    }
}

impl Transport for ReqwestTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
        Box::pin(self.exchange(request))
    }
}
