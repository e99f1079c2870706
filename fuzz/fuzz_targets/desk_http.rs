//! The desk's own handlers, through its real router, with fuzzed bodies: the JSON API
//! (submission, status and withdrawal with a fuzzed code, the SMS gateways' webhooks signed as
//! the gateways would sign them) and every console form a signed-in administrator posts, with
//! the session's CSRF token in front of the fuzzed fields (serde_urlencoded, then the desk's
//! checks, then SQLite). Whatever arrives, the desk never answers with a server error.
//!
//! Not here: the sign-in form (each attempt costs an argon2 hash, and five lock the account)
//! and sign-out (it would end the session the other inputs use).
#![no_main]

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, header};
use libfuzzer_sys::fuzz_target;
use relais_desk::{AppState, auth, demo, secrets, sms};
use std::net::SocketAddr;
use std::sync::{Arc, LazyLock};
use tower::ServiceExt;

const CAPCOM_KEY: &str = "fuzz-signing-key";

/// The demo requests' ids: the forms act on them (and may close them; the target then
/// exercises the refusals).
const IDS: &[&str] = &[
    "0193a000-0001-7000-8000-000000000001",
    "0193a000-0002-7000-8000-000000000002",
    "0193a000-0003-7000-8000-000000000003",
    "0193a000-0004-7000-8000-000000000004",
    "0193a000-0005-7000-8000-000000000005",
];

struct Desk {
    rt: tokio::runtime::Runtime,
    app: Router,
    cookie: String,
    csrf: String,
    _dir: tempfile::TempDir,
}

static DESK: LazyLock<Desk> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let mut config = demo::config(SocketAddr::from(([127, 0, 0, 1], 0)), dir.path().into());
    config.submit_per_minute = u32::MAX;
    config.sms.sender = false;
    config.sms.capcom = Some(relais_desk::config::CapcomConfig {
        url: "http://127.0.0.1:9".into(),
        username: "fuzz".into(),
        password: "fuzz".into(),
        signing_key: CAPCOM_KEY.into(),
        sim_number: None,
    });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("runtime: {e}"));
    let state = Arc::new(AppState::new(config).unwrap_or_else(|e| panic!("desk: {e:#}")));
    let limits = state.config.session_limits();
    let (cookie, csrf) = rt.block_on(async {
        demo::seed(&state)
            .await
            .unwrap_or_else(|e| panic!("demo: {e:#}"));
        state
            .db
            .write(move |c| {
                let (id, _, _) =
                    auth::credentials(c, "admin")?.ok_or(relais_desk::db::DbError::NotFound)?;
                auth::finish_login(c, id, true, limits, chrono::Utc::now())
            })
            .await
            .unwrap_or_else(|e| panic!("session: {e}"))
            .unwrap_or_else(|e| panic!("session: {e}"))
    });
    Desk {
        app: relais_desk::router(state),
        rt,
        cookie,
        csrf,
        _dir: dir,
    }
});

/// `text` made safe for a URL path or query (what a client library would send).
fn escape(text: &[u8]) -> String {
    text.iter()
        .map(|&b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let d = &*DESK;
    let id = IDS[usize::from(pick >> 4) % IDS.len()];
    let form = |path: String| {
        let mut fields = format!("csrf={}&", d.csrf).into_bytes();
        fields.extend_from_slice(body);
        Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(fields))
    };
    let built = match pick % 13 {
        0 => Request::post("/v1/requests")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_vec())),
        1 => Request::get(format!("/v1/requests/{id}"))
            .header(
                header::AUTHORIZATION,
                format!("Bearer {}", String::from_utf8_lossy(body)),
            )
            .body(Body::empty()),
        2 => Request::post(format!("/v1/requests/{}/withdraw", escape(body)))
            .header(header::AUTHORIZATION, "Bearer 0")
            .body(Body::empty()),
        3 => Request::post("/v1/sms/inbound")
            .header(header::CONTENT_TYPE, "application/json")
            .header(
                relais_desk::api::SIGNATURE_HEADER,
                secrets::sign(demo::SMS_SECRET.as_bytes(), body),
            )
            .body(Body::from(body.to_vec())),
        4 => {
            let (sig, ts) = sms::capcom::sign(CAPCOM_KEY, body, chrono::Utc::now().timestamp());
            Request::post("/v1/sms/capcom")
                .header(header::CONTENT_TYPE, "application/json")
                .header(sms::capcom::SIGNATURE_HEADER, sig)
                .header(sms::capcom::TIMESTAMP_HEADER, ts)
                .body(Body::from(body.to_vec()))
        }
        5 => form(format!("/console/requests/{id}/call")),
        6 => form(format!("/console/requests/{id}/confirm")),
        7 => form(format!("/console/requests/{id}/reschedule")),
        8 => form(format!("/console/requests/{id}/redirect")),
        9 => form(format!("/console/requests/{id}/close")),
        10 => form("/console/sms/1/handled".into()),
        11 => form("/console/staff".into()),
        _ => form("/console/find".into()),
    };
    let Ok(mut req) = built else {
        // A header value the fuzzer chose that HTTP cannot carry: no client could send it.
        return;
    };
    req.extensions_mut()
        .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
    if let Ok(v) = format!("{}={}", auth::SESSION_COOKIE, d.cookie).parse() {
        req.headers_mut().insert(header::COOKIE, v);
    }
    let res =
        d.rt.block_on(d.app.clone().oneshot(req))
            .unwrap_or_else(|e| match e {});
    assert!(
        !res.status().is_server_error(),
        "{} for input {:?}",
        res.status(),
        String::from_utf8_lossy(data)
    );
});
