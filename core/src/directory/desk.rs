//! Where a structure's requests go: the base URL of its desk and its SMS intake number.
//!
//! A structure without a desk is still offered, with its phone ("call them"). A desk URL is
//! HTTPS; plain HTTP is accepted only to this machine (loopback), for tests and the demo, so
//! that personal data never crosses a network in clear text.

use crate::contact::Phone;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// A desk's base URL (`https://desk.ch-exemple.fr`), checked: HTTPS, or HTTP to loopback.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DeskUrl(Arc<str>);

/// Why a desk URL is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeskUrlError {
    #[error("the desk address is empty")]
    Empty,
    #[error("the desk address must start with https://")]
    NotHttps,
    #[error("plain http:// is only allowed to this machine (127.0.0.1, ::1, localhost)")]
    CleartextOffLoopback,
    #[error("the desk address has no host")]
    NoHost,
    #[error("the desk address may not carry a user, a query or a fragment")]
    Extra,
    #[error("the desk address has a character that is not allowed")]
    BadCharacter,
}

const MAX_LEN: usize = 200;

impl DeskUrl {
    pub fn parse(input: &str) -> Result<DeskUrl, DeskUrlError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(DeskUrlError::Empty);
        }
        if s.len() > MAX_LEN || !s.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(DeskUrlError::BadCharacter);
        }
        let scheme_len = s.find("://").map_or(0, |i| i + 3);
        let secure = match s[..scheme_len].to_ascii_lowercase().as_str() {
            "https://" => true,
            "http://" => false,
            _ => return Err(DeskUrlError::NotHttps),
        };
        let rest = s[scheme_len..].trim_end_matches('/');
        if rest.contains(['@', '?', '#', '\\']) {
            return Err(DeskUrlError::Extra);
        }
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let authority = authority.to_ascii_lowercase();
        let host = host_of(&authority).ok_or(DeskUrlError::NoHost)?;
        if !secure && !is_loopback(host) {
            return Err(DeskUrlError::CleartextOffLoopback);
        }
        // The scheme and host are case-insensitive; a path keeps its case.
        let scheme = if secure { "https://" } else { "http://" };
        Ok(DeskUrl(format!("{scheme}{authority}{path}").into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `base` + `path` (`/v1/requests`).
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    pub fn is_https(&self) -> bool {
        self.0.starts_with("https://")
    }
}

/// The host of `host[:port]` or `[v6]:port`; `None` when empty or malformed.
fn host_of(authority: &str) -> Option<&str> {
    let host = if let Some(v6) = authority.strip_prefix('[') {
        let end = v6.find(']')?;
        let after = &v6[end + 1..];
        if !(after.is_empty() || after.strip_prefix(':').is_some_and(is_port)) {
            return None;
        }
        &v6[..end]
    } else {
        match authority.rsplit_once(':') {
            Some((h, port)) if is_port(port) => h,
            Some(_) => return None,
            None => authority,
        }
    };
    (!host.is_empty()).then_some(host)
}

fn is_port(p: &str) -> bool {
    !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit())
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host == "::1"
        || host
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

impl fmt::Debug for DeskUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DeskUrl({})", self.0)
    }
}

impl fmt::Display for DeskUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for DeskUrl {
    type Error = DeskUrlError;
    fn try_from(s: String) -> Result<DeskUrl, DeskUrlError> {
        DeskUrl::parse(&s)
    }
}

impl From<DeskUrl> for String {
    fn from(u: DeskUrl) -> String {
        u.0.to_string()
    }
}

/// How a structure takes requests from the app: its desk, and the number that receives a
/// request packed in one SMS when the phone has no data.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DeskLink {
    pub url: DeskUrl,
    #[serde(default)]
    pub sms: Option<Phone>,
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_http_only_to_this_machine() {
        for ok in [
            "https://desk.ch-exemple.fr",
            "https://desk.ch-exemple.fr/",
            "HTTPS://Desk.CH-exemple.fr:8443/relais",
            "https://10.1.2.3",
            "http://127.0.0.1:8080",
            "http://localhost:3000/",
            "http://[::1]:80",
            "http://127.8.9.10",
        ] {
            assert!(DeskUrl::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(
            DeskUrl::parse("HTTPS://Desk.Example.fr:8443/Relais/")
                .unwrap()
                .as_str(),
            "https://desk.example.fr:8443/Relais"
        );
        for (bad, why) in [
            ("", DeskUrlError::Empty),
            ("desk.example.fr", DeskUrlError::NotHttps),
            ("ftp://desk.example.fr", DeskUrlError::NotHttps),
            ("http://desk.example.fr", DeskUrlError::CleartextOffLoopback),
            ("http://10.0.2.2:8080", DeskUrlError::CleartextOffLoopback),
            (
                "http://127.0.0.1.evil.example",
                DeskUrlError::CleartextOffLoopback,
            ),
            (
                "http://localhost.evil.example",
                DeskUrlError::CleartextOffLoopback,
            ),
            ("https://", DeskUrlError::NoHost),
            ("https://:443", DeskUrlError::NoHost),
            ("https://a:b", DeskUrlError::NoHost),
            ("http://user@127.0.0.1", DeskUrlError::Extra),
            ("https://desk.example.fr/?token=1", DeskUrlError::Extra),
            ("https://desk.example.fr/#x", DeskUrlError::Extra),
            ("https://desk example.fr", DeskUrlError::BadCharacter),
            ("https://désk.example.fr", DeskUrlError::BadCharacter),
        ] {
            assert_eq!(DeskUrl::parse(bad), Err(why), "{bad}");
        }
    }

    #[test]
    fn joins_paths_and_round_trips_through_json() {
        let u = DeskUrl::parse("https://desk.example.fr/").unwrap();
        assert_eq!(
            u.join("/v1/requests"),
            "https://desk.example.fr/v1/requests"
        );
        let link = DeskLink {
            url: u,
            sms: Some(Phone::parse("06 39 98 00 00").unwrap()),
        };
        let json = serde_json::to_string(&link).unwrap();
        assert_eq!(serde_json::from_str::<DeskLink>(&json).unwrap(), link);
        assert!(serde_json::from_str::<DeskLink>(r#"{"url":"http://desk.example.fr"}"#).is_err());
    }
}
