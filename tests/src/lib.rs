//! Helpers for the end-to-end tests: a real desk listening on 127.0.0.1 with a temporary data
//! folder, HTTP clients, and the demo people.
#![allow(clippy::unwrap_used)]

use relais_core::orientation::{AgeBand, Place};
use relais_core::request::{CallWindow, RequestContent, RequestForm};
use relais_core::wire::SubmitRequest;
use relais_desk::config::Config;
use relais_desk::{Running, demo};
use std::net::SocketAddr;
use uuid::Uuid;

/// A desk on an ephemeral loopback port, with the demo staff (no demo requests).
#[derive(Debug)]
pub struct Desk {
    pub running: Running,
    pub dir: tempfile::TempDir,
}

impl Desk {
    pub async fn start() -> Desk {
        Desk::start_with(|_| {}).await
    }

    pub async fn start_with(change: impl FnOnce(&mut Config)) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut config = demo::config(
            SocketAddr::from(([127, 0, 0, 1], 0)),
            dir.path().join("data"),
        );
        config.submit_per_minute = 10_000;
        change(&mut config);
        let running = relais_desk::start(config).await.unwrap();
        demo::seed_staff(&running.state).await.unwrap();
        Desk { running, dir }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.running.url())
    }

    pub fn db_path(&self) -> std::path::PathBuf {
        self.running.state.db.path().to_path_buf()
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A client that keeps cookies, for the console.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

pub fn content(name: &str, phone: &str) -> RequestContent {
    RequestForm {
        name: name.into(),
        phone: phone.into(),
        call_windows: vec![CallWindow {
            days: 0b1_1111,
            from: 540,
            to: 720,
        }],
        voicemail_ok: true,
        sms_ok: true,
        languages: vec!["fr".into()],
        age: Some(AgeBand::From21),
        place: Some(Place::Address {
            commune: "96004".into(),
            street: None,
        }),
        message: format!("Message de {name}"),
        ..Default::default()
    }
    .validate()
    .unwrap()
}

pub fn submission(name: &str) -> SubmitRequest {
    SubmitRequest {
        id: Uuid::now_v7(),
        structure_key: Some("cmp-collines".into()),
        content: content(name, "06 39 98 00 12"),
    }
}

/// Extracts the value of the hidden `csrf` field of a page.
pub fn csrf(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).map(|i| i + marker.len()).unwrap();
    let end = html[start..].find('"').unwrap() + start;
    html[start..end].to_owned()
}

/// Posts the login form the way a browser does: fetch the page for its CSRF token, then submit.
pub async fn submit_login(
    c: &reqwest::Client,
    desk: &Desk,
    login: &str,
    password: &str,
) -> reqwest::Response {
    let page = c
        .get(desk.url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    c.post(desk.url("/login"))
        .form(&[
            ("login", login),
            ("password", password),
            ("csrf", &csrf(&page)),
        ])
        .send()
        .await
        .unwrap()
}

/// Signs in through the login form; returns the client and the session's CSRF token.
pub async fn sign_in(desk: &Desk, login: &str, password: &str) -> (reqwest::Client, String) {
    let c = browser();
    let res = submit_login(&c, desk, login, password).await;
    assert_eq!(res.status(), 303, "sign-in of {login} failed");
    let calls = c
        .get(desk.url("/console/calls"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf(&calls);
    (c, token)
}

pub const RECEPTION: (&str, &str) = ("accueil", "accueil-demo-2026");
pub const ADMIN: (&str, &str) = ("admin", "admin-demo-2026");
