//! Helpers for the end-to-end tests: a real desk listening on 127.0.0.1 (in this process, or as
//! its own process that can be killed), a fault-injecting proxy, simulated phones with the
//! real sync client, HTTP clients, and the demo people.
#![allow(clippy::unwrap_used)]

pub mod fake_gateway;
pub mod fake_server;
pub mod phone;
pub mod process;
pub mod proxy;

use relais_core::orientation::{AgeBand, Place};
use relais_core::request::{CallWindow, RequestContent, RequestForm};
use relais_core::wire::SubmitRequest;
use relais_desk::config::Config;
use relais_desk::db::{Location, PgTarget};
use relais_desk::sql::{self, Connection};
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
        config.database = fresh_database().map(relais_desk::config::DatabaseSetting);
        change(&mut config);
        let running = relais_desk::start(config).await.unwrap();
        demo::seed_staff(&running.state).await.unwrap();
        Desk { running, dir }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.running.url())
    }

    /// Where the desk keeps its data (its SQLite file, or its PostgreSQL database).
    pub fn db(&self) -> Location {
        self.running.state.db.location().clone()
    }

    /// Runs `f` on a connection of its own to the desk's database (either engine).
    pub fn sql<T: Send>(&self, f: impl FnOnce(&Connection<'_>) -> sql::Result<T> + Send) -> T {
        self.db().with_connection(f).unwrap()
    }
}

/// The database for a new test desk. When `RELAIS_TEST_POSTGRES` names a PostgreSQL server
/// (`scripts/with-postgres.sh` starts a throwaway one), each desk gets a new database of its
/// own there, so that the whole suite runs on PostgreSQL; otherwise `None`: the SQLite file in
/// the desk's data folder.
pub fn fresh_database() -> Option<String> {
    let Some(admin) = std::env::var("RELAIS_TEST_POSTGRES")
        .ok()
        .filter(|s| !s.is_empty())
    else {
        // CI's PostgreSQL pass sets this: a suite that quietly ran on SQLite would prove nothing.
        assert!(
            std::env::var_os("RELAIS_REQUIRE_POSTGRES").is_none(),
            "RELAIS_REQUIRE_POSTGRES is set but RELAIS_TEST_POSTGRES is not"
        );
        return None;
    };
    let name = format!("relais_{}", Uuid::new_v4().simple());
    let server = Location::Postgres(Box::new(
        PgTarget::parse(&admin).expect("RELAIS_TEST_POSTGRES"),
    ));
    server
        .with_connection(|c| c.execute_batch(&format!("CREATE DATABASE {name}")))
        .expect("cannot create a test database");
    let (base, _) = admin.rsplit_once('/').expect("a URL ending in /database");
    Some(format!("{base}/{name}"))
}

/// Whatever answers at a desk's address: an in-process desk or a desk process.
pub trait Address {
    fn url(&self, path: &str) -> String;
}

impl Address for Desk {
    fn url(&self, path: &str) -> String {
        Desk::url(self, path)
    }
}

impl Address for process::DeskProcess {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base())
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
    desk: &impl Address,
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

/// The text of the page at `url`, read with `c` (a signed-in browser, or anyone).
pub async fn page_text(c: &reqwest::Client, url: impl reqwest::IntoUrl) -> String {
    c.get(url).send().await.unwrap().text().await.unwrap()
}

/// Signs in through the login form; returns the client and the session's CSRF token.
pub async fn sign_in(
    desk: &impl Address,
    login: &str,
    password: &str,
) -> (reqwest::Client, String) {
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
/// The demo partner (a social worker outside the CMP).
pub const PARTNER: (&str, &str) = ("partenaire", "partenaire-demo-2026");

/// Signs a partner in; returns the client and the session's CSRF token (from the partner's
/// home page: a partner has no console).
pub async fn sign_in_partner(
    desk: &impl Address,
    login: &str,
    password: &str,
) -> (reqwest::Client, String) {
    let c = browser();
    let res = submit_login(&c, desk, login, password).await;
    assert_eq!(res.status(), 303, "sign-in of {login} failed");
    assert_eq!(res.headers()["location"], "/partenaire");
    let home = c
        .get(desk.url("/partenaire"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let logout_csrf = csrf(&home);
    (c, logout_csrf)
}

/// The value of a hidden field `name` in a page.
pub fn hidden(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

/// Points a stored request at another desk (a test's scripted server), as if the directory
/// had said so when the request was made.
pub fn retarget(store: &relais_core::store::Store, id: Uuid, desk_url: &str) {
    let c = rusqlite::Connection::open(store.path()).unwrap();
    let target: String = c
        .query_row(
            "SELECT target FROM request WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    let mut t: relais_core::request::Target = serde_json::from_str(&target).unwrap();
    t.desk = Some(relais_core::directory::DeskLink {
        url: relais_core::directory::DeskUrl::parse(desk_url).unwrap(),
        sms: None,
    });
    c.execute(
        "UPDATE request SET target = ?2 WHERE id = ?1",
        rusqlite::params![id.to_string(), serde_json::to_string(&t).unwrap()],
    )
    .unwrap();
}
