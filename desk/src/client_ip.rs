//! The address a request comes from, for the rate limits. Behind the hospital's reverse proxy
//! every request reaches the desk from the proxy's address: counted under it, one person
//! guessing codes or sending junk would use up everyone's share. The proxy names the client
//! in `X-Forwarded-For`, which anyone can also write: it is believed only from the proxies
//! the configuration lists (`trusted_proxies`).

use crate::Shared;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The client's address: the peer's, or the one a trusted proxy names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<Shared> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &Shared) -> Result<Self, Infallible> {
        // Served without connection info (in-process tests): one unknown client.
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip());
        Ok(ClientIp(client(
            peer,
            &parts.headers,
            &state.config.trusted_proxies,
        )))
    }
}

/// From a trusted proxy, the right-most address of `X-Forwarded-For` that is not itself a
/// trusted proxy (each proxy appends the address it saw: what is left of it may be forged).
pub fn client(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    for hop in hops.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) if trusted.contains(&ip) => continue,
            Ok(ip) => return ip,
            // A hop we cannot read: what is left of it cannot be trusted either.
            Err(_) => return peer,
        }
    }
    peer
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_header_counts_only_from_a_trusted_proxy() {
        let proxy = [ip("127.0.0.1")];
        let h = headers(&["203.0.113.9"]);
        assert_eq!(client(ip("127.0.0.1"), &h, &proxy), ip("203.0.113.9"));
        // Anyone else writing the header is counted under their own address.
        assert_eq!(client(ip("198.51.100.7"), &h, &proxy), ip("198.51.100.7"));
        assert_eq!(client(ip("127.0.0.1"), &h, &[]), ip("127.0.0.1"));
    }

    #[test]
    fn a_forged_left_part_is_ignored() {
        let proxies = [ip("127.0.0.1"), ip("10.0.0.2")];
        // The client wrote "1.2.3.4"; the outer proxy appended the address it saw, the inner
        // one the outer proxy's.
        let h = headers(&["1.2.3.4, 203.0.113.9", "10.0.0.2"]);
        assert_eq!(client(ip("127.0.0.1"), &h, &proxies), ip("203.0.113.9"));
        let h = headers(&["not-an-address, 10.0.0.2"]);
        assert_eq!(client(ip("127.0.0.1"), &h, &proxies), ip("127.0.0.1"));
        assert_eq!(
            client(ip("127.0.0.1"), &headers(&[]), &proxies),
            ip("127.0.0.1")
        );
        let h = headers(&["2001:db8::1"]);
        assert_eq!(client(ip("127.0.0.1"), &h, &proxies), ip("2001:db8::1"));
    }
}
