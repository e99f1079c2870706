//! The sync client's figures: bytes on the wire for one submission and one status refresh,
//! the time of a submission over a 2G link with TLS, and the time to drain a queue.
//!
//! `cargo bench -p relais-e2e --bench sync` (release build, desk in this process). TLS ends at
//! a terminator in front of the desk, as at a hospital's reverse proxy, with a self-signed
//! certificate the client is told to trust. The 2G link is the proxy's shaping: 50 kbit/s
//! each way, 300 ms round trip. `RELAIS_BENCH_2G_DRAIN` sets how many requests the 2G drain
//! sends (default 200; each costs about half a second there).
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use relais_core::directory::DeskUrl;
use relais_core::sync::{DeskClient, HttpOptions, ReqwestTransport, SyncConfig, Transport};
use relais_e2e::phone::TestPhone;
use relais_e2e::proxy::{Proxy, Shape};
use relais_e2e::{Desk, submission};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// TLS in front of `upstream`; returns its address and the certificate (PEM) to trust.
async fn tls_terminator(upstream: SocketAddr) -> (SocketAddr, String) {
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    let pem = cert.cert.pem();
    let key = rustls_key(&cert.key_pair.serialize_der());
    let certs = vec![cert.cert.der().clone()];
    let config = tokio_rustls::rustls::ServerConfig::builder_with_provider(Arc::new(
        tokio_rustls::rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let Ok(mut desk) = tokio::net::TcpStream::connect(upstream).await else {
                    return;
                };
                let _ = tokio::io::copy_bidirectional(&mut tls, &mut desk).await;
            });
        }
    });
    (addr, pem)
}

fn rustls_key(der: &[u8]) -> tokio_rustls::rustls::pki_types::PrivateKeyDer<'static> {
    tokio_rustls::rustls::pki_types::PrivateKeyDer::Pkcs8(der.to_vec().into())
}

fn tls_transport(pem: &str) -> Arc<dyn Transport> {
    Arc::new(
        ReqwestTransport::with_options(&HttpOptions {
            root_certificates_pem: vec![pem.as_bytes().to_vec()],
            connect_timeout: None,
        })
        .unwrap(),
    )
}

/// Bytes up and down for one submission and one status refresh on one connection: the
/// first exchange pays for the connection (and TLS), the second does not.
async fn bytes_per_exchange(
    proxy: &Proxy,
    url: &DeskUrl,
    transport: &dyn Transport,
) -> [(u64, u64); 3] {
    let client = DeskClient {
        transport,
        timeout: Duration::from_secs(60),
    };
    let mut out = [(0, 0); 3];
    proxy.reset_counts();
    let s = submission("Samir");
    let answer = client
        .submit(url, s.id, &serde_json::to_string(&s).unwrap())
        .await
        .unwrap();
    out[0] = proxy.bytes();
    proxy.reset_counts();
    client.status(url, s.id, &answer.token).await.unwrap();
    out[1] = proxy.bytes();
    proxy.reset_counts();
    let s = submission("Bilal");
    client
        .submit(url, s.id, &serde_json::to_string(&s).unwrap())
        .await
        .unwrap();
    out[2] = proxy.bytes();
    out
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

async fn drain(count: usize, url: &str, transport: Arc<dyn Transport>) -> Duration {
    let dir = tempfile::tempdir().unwrap();
    let phone = TestPhone::open_with_transport(
        &dir.path().join("phone.db"),
        url,
        SyncConfig {
            batch: 128,
            ..SyncConfig::default()
        },
        transport,
    );
    for i in 0..count {
        phone.ask(&format!("P{i}"));
    }
    let started = Instant::now();
    loop {
        let r = phone
            .syncer
            .sync(
                relais_core::sync::SyncOptions {
                    budget: Duration::from_secs(3600),
                    ignore_backoff: true,
                },
                &relais_core::sync::CancelToken::new(),
            )
            .await;
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        if r.pending == 0 {
            break;
        }
    }
    started.elapsed()
}

#[tokio::main]
async fn main() {
    let desk = Desk::start().await;
    let desk_addr = desk.running.addr;

    // Plain HTTP through a counting proxy.
    let http_proxy = Proxy::start(desk_addr).await;
    let http_url = DeskUrl::parse(&http_proxy.url()).unwrap();
    let plain: Arc<dyn Transport> = Arc::new(ReqwestTransport::new().unwrap());
    let http = bytes_per_exchange(&http_proxy, &http_url, &*plain).await;

    // TLS through a counting (and, later, shaping) byte proxy.
    let (tls_addr, pem) = tls_terminator(desk_addr).await;
    let tls_proxy = Proxy::start_tcp(tls_addr).await;
    let tls_url = DeskUrl::parse(&format!("https://localhost:{}", tls_proxy.addr.port())).unwrap();
    let tls = bytes_per_exchange(&tls_proxy, &tls_url, &*tls_transport(&pem)).await;

    println!("bytes on the wire (phone → desk / desk → phone, headers included):");
    println!(
        "  submission, HTTP:             {:>5} / {:>5}",
        http[0].0, http[0].1
    );
    println!(
        "  status refresh, HTTP:         {:>5} / {:>5}",
        http[1].0, http[1].1
    );
    println!(
        "  submission, TLS, new conn.:   {:>5} / {:>5}  (handshake included)",
        tls[0].0, tls[0].1
    );
    println!(
        "  status refresh, TLS, warm:    {:>5} / {:>5}",
        tls[1].0, tls[1].1
    );
    println!(
        "  submission, TLS, warm:        {:>5} / {:>5}",
        tls[2].0, tls[2].1
    );

    // One submission over 2G with TLS, each time from a cold client (handshake included).
    tls_proxy.shape(Some(Shape::TWO_G));
    let mut cold = Vec::new();
    let mut warm = Vec::new();
    for _ in 0..7 {
        let transport = tls_transport(&pem);
        let client = DeskClient {
            transport: &*transport,
            timeout: Duration::from_secs(60),
        };
        for times in [&mut cold, &mut warm] {
            let s = submission("Samir");
            let started = Instant::now();
            client
                .submit(&tls_url, s.id, &serde_json::to_string(&s).unwrap())
                .await
                .unwrap();
            times.push(started.elapsed());
        }
    }
    println!("one submission over 2G (50 kbit/s, 300 ms RTT), TLS, median of 7:");
    println!(
        "  cold (TCP + TLS handshake + exchange): {:.2} s",
        median(cold).as_secs_f64()
    );
    println!(
        "  warm (connection kept):                {:.2} s",
        median(warm).as_secs_f64()
    );

    // Draining a queue.
    tls_proxy.shape(None);
    let loopback = drain(1000, &desk.url(""), plain.clone()).await;
    println!(
        "drain 1,000 queued requests, loopback HTTP: {:.2} s ({:.1} ms each)",
        loopback.as_secs_f64(),
        loopback.as_secs_f64()
    );
    tls_proxy.shape(Some(Shape::TWO_G));
    let n: usize = std::env::var("RELAIS_BENCH_2G_DRAIN")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let two_g = drain(n, tls_url.as_str(), tls_transport(&pem)).await;
    println!(
        "drain {n} queued requests over 2G with TLS: {:.1} s ({:.0} ms each; 1,000 would take about {:.0} s)",
        two_g.as_secs_f64(),
        two_g.as_secs_f64() * 1000.0 / n as f64,
        two_g.as_secs_f64() * 1000.0 / n as f64
    );
    desk.running.stop().await.unwrap();
}
