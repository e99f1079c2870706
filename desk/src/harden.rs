//! Security headers on every answer, as one layer over the whole router (pages added later get
//! them without doing anything).
//!
//! - `Cache-Control: no-store`: console pages show names and phone numbers on shared hospital
//!   PCs, and API answers carry a person's request; neither may stay in a browser or proxy
//!   cache. Only the signed directory, which holds no personal data, may be kept (revalidated
//!   with its ETag).
//! - A Content-Security-Policy that allows this site's own resources and nothing inline but
//!   the console's one style sheet (by its hash): no script at all, forms post only here, no
//!   framing (clickjacking), no `<base>` rewriting.
//! - `nosniff`, no `Referer` (console URLs hold request ids), `X-Frame-Options` for old browsers.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use std::sync::LazyLock;

/// The policy, with the hash of the console's inline style sheet.
pub static CONTENT_SECURITY_POLICY: LazyLock<String> = LazyLock::new(|| {
    let hash = base64::engine::general_purpose::STANDARD
        .encode(crate::secrets::sha256(crate::console::CSS.as_bytes()));
    format!(
        "default-src 'self'; script-src 'none'; style-src 'sha256-{hash}'; img-src 'self' data:; \
         object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )
});

/// Paths whose answers hold no personal data and may be cached (revalidated).
const CACHEABLE: &[&str] = &["/v1/directory"];

pub async fn headers(req: Request, next: Next) -> Response {
    let cacheable = CACHEABLE.contains(&req.uri().path());
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let cache = if cacheable { "no-cache" } else { "no-store" };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(v) = HeaderValue::from_str(&CONTENT_SECURITY_POLICY) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_names_the_style_sheet_and_forbids_framing() {
        let p = CONTENT_SECURITY_POLICY.as_str();
        assert!(p.contains("style-src 'sha256-"), "{p}");
        assert!(p.contains("frame-ancestors 'none'"), "{p}");
        assert!(p.contains("script-src 'none'"), "{p}");
        assert!(!p.contains("unsafe-inline"), "{p}");
        assert!(
            !crate::console::CSS.contains("</style"),
            "the sheet cannot close its tag"
        );
    }
}
