//! Random tokens, hashes and constant-time comparisons.
//!
//! Capability tokens are `HMAC-SHA256(token_key, request id)`, so the desk can give the
//! same token again to an idempotent resubmission while storing only its SHA-256: a copy of
//! the database does not reveal any token. Session ids are random and also stored hashed.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

pub type HmacSha256 = Hmac<Sha256>;

/// 32 random bytes, base64url: for session ids and CSRF tokens.
pub fn random_token() -> Result<String, getrandom::Error> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b)?;
    Ok(URL_SAFE_NO_PAD.encode(b))
}

pub fn random_key() -> Result<[u8; 32], getrandom::Error> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b)?;
    Ok(b)
}

pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// The capability token of a request.
pub fn capability_token(key: &[u8; 32], request_id: &[u8]) -> String {
    let mut mac = hmac(key);
    mac.update(b"relais-capability-v1:");
    mac.update(request_id);
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// The professional's capability token for a referral: like a request's, under another label,
/// so that a referral's token never opens the request it became.
pub fn referral_token(key: &[u8; 32], referral_id: &[u8]) -> String {
    let mut mac = hmac(key);
    mac.update(b"relais-referral-v1:");
    mac.update(referral_id);
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// A keyed hash (HMAC-SHA256 with the token key, under a label). For a secret with few bits —
/// a copy code has about 46 — a plain SHA-256 in the database could be reversed by trying
/// every code; with the key, which lives in the data folder and not in the database, it
/// cannot.
pub fn keyed_hash(key: &[u8; 32], label: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = hmac(key);
    mac.update(label);
    mac.update(b":");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

fn hmac(key: &[u8]) -> HmacSha256 {
    <HmacSha256 as Mac>::new_from_slice(key).expect("HMAC takes keys of any length")
}

/// Verifies `sha256=<hex>` over `body` with the shared secret, in constant time.
pub fn verify_signature(secret: &[u8], body: &[u8], header: &str) -> bool {
    let Some(hex) = header.trim().strip_prefix("sha256=") else {
        return false;
    };
    let Some(given) = decode_hex(hex) else {
        return false;
    };
    let mut mac = hmac(secret);
    mac.update(body);
    mac.verify_slice(&given).is_ok()
}

/// The signature header value for `body` (for gateways and tests).
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let mut mac = hmac(secret);
    mac.update(body);
    let bytes = mac.finalize().into_bytes();
    format!(
        "sha256={}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    )
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

pub fn equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures() {
        let sig = sign(b"secret", b"body");
        assert!(verify_signature(b"secret", b"body", &sig));
        assert!(!verify_signature(b"secret", b"body!", &sig));
        assert!(!verify_signature(b"other", b"body", &sig));
        assert!(!verify_signature(b"secret", b"body", "sha256=zz"));
        assert!(!verify_signature(b"secret", b"body", "md5=00"));
    }

    #[test]
    fn tokens_are_stable_per_request_and_differ_between_requests() {
        let key = [9u8; 32];
        assert_eq!(
            capability_token(&key, b"abc"),
            capability_token(&key, b"abc")
        );
        assert_ne!(
            capability_token(&key, b"abc"),
            capability_token(&key, b"abd")
        );
        assert_ne!(
            capability_token(&key, b"abc"),
            capability_token(&[8u8; 32], b"abc")
        );
        assert_ne!(random_token().unwrap(), random_token().unwrap());
        assert_ne!(
            referral_token(&key, b"abc"),
            capability_token(&key, b"abc"),
            "a referral's token does not open the request it became"
        );
        assert_ne!(
            keyed_hash(&key, b"copy", b"KRA-479"),
            keyed_hash(&key, b"other", b"KRA-479")
        );
        assert_ne!(keyed_hash(&key, b"copy", b"KRA-479"), sha256(b"KRA-479"));
    }
}
