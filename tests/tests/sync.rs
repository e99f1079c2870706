//! The phone reaches the desk: the real sync client against the real `relais-desk` binary on
//! loopback, through a proxy that loses, delays, truncates and refuses.
#![allow(clippy::unwrap_used)]

use chrono::Duration;
use relais_core::directory::signature::{self, KeyScope, SigningKey, TRUSTED, TrustedKey};
use relais_core::directory::{bundle, source};
use relais_core::request::{CloseReason, RequestState};
use relais_core::sync::{
    Change, DeskError, DirectorySource, SyncConfig, SyncError, TransportError,
    directory::RefreshError,
};
use relais_core::wire::{RequestStatus, SubmitResponse};
use relais_e2e::fake_server::{self, Answer};
use relais_e2e::phone::TestPhone;
use relais_e2e::process::{DeskProcess, free_port};
use relais_e2e::proxy::{Fault, Proxy};
use relais_e2e::{Address, RECEPTION, client, sign_in};
use std::net::SocketAddr;
use std::sync::Arc;

/// Offline for days (the desk is not even running), then online: the queued requests go
/// out in the order the person made them, once each.
#[tokio::test]
async fn offline_for_days_then_in_order_once() {
    let dir = tempfile::tempdir().unwrap();
    let nowhere = SocketAddr::from(([127, 0, 0, 1], free_port()));
    let proxy = Proxy::start(nowhere).await;
    let phone = TestPhone::open(&dir.path().join("phone.db"), &proxy.url());
    let mut asked = Vec::new();
    for day in 0..5 {
        asked.push(phone.ask(&format!("Personne {day}a")));
        asked.push(phone.ask(&format!("Personne {day}b")));
        let r = phone.sync().await;
        assert!(r.changes.is_empty(), "day {day}: {:?}", r.changes);
        // The proxy answers the phone but finds no desk: the connection breaks.
        assert!(
            r.problems
                .iter()
                .all(|p| matches!(&p.error, SyncError::Desk(e) if e.is_transient())),
            "{:?}",
            r.problems
        );
        phone.advance(Duration::days(1));
    }
    assert_eq!(phone.store().outbox_len().unwrap(), 10);

    let desk = DeskProcess::start(dir.path());
    proxy.set_upstream(desk.addr);
    // The network came back: the platform runs a round that does not wait for backoff.
    let r = phone.sync_now().await;
    assert_eq!(r.pending, 0, "{:?}", r.problems);
    let delivered: Vec<_> = r
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::Delivered { id } => Some(*id),
            _ => None,
        })
        .collect();
    assert_eq!(delivered, asked, "in the order they were made");
    let at_desk = desk.request_ids();
    let expected: Vec<String> = asked.iter().map(ToString::to_string).collect();
    assert_eq!(at_desk, expected, "once each, in order");
    for id in &asked {
        assert!(matches!(phone.state(*id), RequestState::Received { .. }));
    }
}

/// The desk commits, the answer is lost: the phone sends again and gets the same request
/// and the same token, never a duplicate.
#[tokio::test]
async fn a_lost_answer_never_makes_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let desk = DeskProcess::start(dir.path());
    let proxy = Proxy::start(desk.addr).await;
    let phone = TestPhone::open(&dir.path().join("phone.db"), &proxy.url());
    let id = phone.ask("Samir");
    proxy.script([Some(Fault::DropAfter), Some(Fault::Truncate)]);
    for _ in 0..2 {
        let r = phone.sync_now().await;
        assert!(r.changes.is_empty());
        assert_eq!(r.pending, 1);
    }
    assert_eq!(desk.request_ids(), vec![id.to_string()], "committed once");
    let r = phone.sync_now().await;
    assert_eq!(r.changes, vec![Change::Delivered { id }]);
    assert_eq!(desk.request_ids(), vec![id.to_string()], "still once");
    let token = phone.store().desk_token(id).unwrap().unwrap();
    // Any later replay of the same submission gets the same token back.
    let lease_payload = serde_json::to_string(&relais_core::wire::SubmitRequest {
        id,
        structure_key: phone.store().get(id).unwrap().target.structure_key,
        content: phone.store().get(id).unwrap().content,
    })
    .unwrap();
    let again: SubmitResponse = client()
        .post(desk.url("/v1/requests"))
        .header("content-type", "application/json")
        .body(lease_payload)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(again.token, token);
    assert_eq!(desk.request_ids().len(), 1);
}

/// 500, 503 and delays from the network: retried, nothing lost, nothing twice.
#[tokio::test]
async fn server_errors_and_delays_are_retried() {
    let dir = tempfile::tempdir().unwrap();
    let desk = DeskProcess::start(dir.path());
    let proxy = Proxy::start(desk.addr).await;
    let phone = TestPhone::open(&dir.path().join("phone.db"), &proxy.url());
    let ids: Vec<_> = (0..4).map(|i| phone.ask(&format!("P{i}"))).collect();
    proxy.script([
        Some(Fault::Status(503)),
        Some(Fault::Status(500)),
        Some(Fault::Delay(std::time::Duration::from_millis(300))),
        Some(Fault::DropBefore),
    ]);
    assert_eq!(phone.drain(10).await, 0);
    let expected: Vec<String> = ids.iter().map(ToString::to_string).collect();
    assert_eq!(desk.request_ids(), expected);
}

/// Staff confirm, redirect and close at the desk; each outcome reaches the phone with a
/// named human and a phone number.
#[tokio::test]
async fn outcomes_reach_the_phone_with_a_named_human() {
    let dir = tempfile::tempdir().unwrap();
    let desk = DeskProcess::start(dir.path());
    let phone = TestPhone::open(&dir.path().join("phone.db"), &desk.url(""));
    let confirmed = phone.ask("Amina");
    let redirected = phone.ask("Bilal");
    let closed = phone.ask("Chloé");
    assert_eq!(phone.drain(3).await, 0);
    let (console, csrf) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let post = |id: uuid::Uuid, action: &str, form: Vec<(&str, &str)>| {
        let mut form = form;
        form.push(("csrf", csrf.as_str()));
        console
            .post(desk.url(&format!("/console/requests/{id}/{action}")))
            .form(&form)
            .send()
    };
    let tomorrow = (chrono::Utc::now() + Duration::days(3))
        .format("%Y-%m-%d")
        .to_string();
    for (id, action, form) in [
        (
            confirmed,
            "confirm",
            vec![
                ("kind", "nurse_intake"),
                ("date", tomorrow.as_str()),
                ("time", "10:30"),
                ("place", "11 route de Montrelais, 96200 Montrelais"),
                ("with_name", "Paul Girard"),
                ("with_phone", "03 53 01 30 01"),
            ],
        ),
        (
            redirected,
            "redirect",
            vec![
                ("to_structure", "Équipe mobile précarité"),
                ("to_name", "Inès Haddad"),
                ("to_phone", "05 36 49 70 01"),
                ("why", "Elle vient vous voir au foyer."),
            ],
        ),
        (closed, "close", vec![("reason", "unreachable")]),
    ] {
        let res = post(id, action, form).await.unwrap();
        assert_eq!(res.status(), 303, "{action}");
    }
    let r = phone.sync().await;
    assert_eq!(r.changes.len(), 3, "{:?}", r.problems);
    let who = phone.store().get(confirmed).unwrap().who_to_call();
    assert!(matches!(phone.state(confirmed), RequestState::Confirmed(_)));
    assert_eq!(who.contact.who.name(), Some("Paul Girard"));
    assert_eq!(who.contact.phone.national(), "03 53 01 30 01");
    let who = phone.store().get(redirected).unwrap().who_to_call();
    assert_eq!(who.contact.who.name(), Some("Inès Haddad"));
    assert_eq!(who.contact.phone.national(), "05 36 49 70 01");
    assert!(matches!(
        phone.state(closed),
        RequestState::Closed {
            why: CloseReason::Unreachable,
            ..
        }
    ));
    let who = phone.store().get(closed).unwrap().who_to_call();
    assert_eq!(who.reason.key, "who-closed-unreachable");
    assert!(who.contact.phone.national().starts_with("03 53 01"));
    assert!(who.then.last().unwrap().is_always_open());
    // Nothing more to say: a second round changes nothing.
    assert!(phone.sync().await.changes.is_empty());
}

fn directory_source(url: String, path: &std::path::Path) -> SyncConfig {
    SyncConfig {
        directory: Some(DirectorySource {
            url,
            path: path.to_path_buf(),
            trusted: TRUSTED.to_vec(),
        }),
        ..SyncConfig::default()
    }
}

/// The desk's signed directory is downloaded, checked and kept; a tampered, truncated or
/// wrongly signed one is refused and the old one keeps working.
#[tokio::test]
async fn only_a_well_signed_directory_replaces_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let desk = DeskProcess::start(dir.path());
    let bundle_path = dir.path().join("directory.bundle");
    let good = TestPhone::open_with(
        &dir.path().join("phone.db"),
        &desk.url(""),
        directory_source(desk.url("/v1/directory"), &bundle_path),
    );
    let r = good.sync().await;
    let fresh = r.directory.expect("downloaded");
    assert!(fresh.directory.meta().demo);
    // The desk wrote itself in as the demo CMPs' desk.
    let (_, collines) = fresh.directory.structure_by_key("cmp-collines").unwrap();
    assert_eq!(
        collines.desk.as_ref().unwrap().url.as_str(),
        desk.url("").as_str()
    );
    let saved = std::fs::read(&bundle_path).unwrap();
    // Unchanged: the ETag spares the download.
    assert!(good.sync().await.directory.is_none());

    let signed = SigningKey::demo().sign(&bundle::encode(&source::demo().directory).unwrap());
    let mut tampered = signed.clone();
    tampered[40] ^= 1;
    let truncated = signed[..signed.len() - 10].to_vec();
    let stranger = SigningKey::from_seed(&[3; 32])
        .unwrap()
        .sign(&bundle::encode(&source::demo().directory).unwrap());
    let mut real =
        source::SourceFile::from_json(include_str!("../../data/demo/directory.json")).unwrap();
    real.meta.demo = false;
    let demo_key_on_real =
        SigningKey::demo().sign(&bundle::encode(&real.build().directory).unwrap());
    for (name, bytes, expected) in [
        ("tampered", tampered, "signature"),
        ("truncated", truncated, "signed"),
        ("stranger", stranger, "trust"),
        ("demo key on real data", demo_key_on_real, "demo key"),
    ] {
        let body = bytes.clone();
        let server = fake_server::start(Arc::new(move |_| Answer::Body(200, body.clone()))).await;
        let phone = TestPhone::open_with(
            &dir.path().join("phone.db"),
            &desk.url(""),
            directory_source(format!("http://{server}/v1/directory"), &bundle_path),
        );
        // Without the ETag, the file would be taken whatever it is.
        phone.store().delete_setting("directory_etag").unwrap();
        let r = phone.sync().await;
        assert!(r.directory.is_none(), "{name}");
        let refused = r
            .problems
            .iter()
            .find(|p| matches!(p.error, SyncError::Directory(RefreshError::Refused(_))))
            .unwrap_or_else(|| panic!("{name}: {:?}", r.problems));
        assert!(
            refused.error.to_string().contains(expected),
            "{name}: {}",
            refused.error
        );
        assert_eq!(
            std::fs::read(&bundle_path).unwrap(),
            saved,
            "{name}: old file kept"
        );
        assert!(
            signature::open(&saved, TRUSTED).is_ok(),
            "the old directory still opens"
        );
    }
    // A key rotation: a bundle from the next key opens once the app trusts it.
    let next = SigningKey::from_seed(&[5; 32]).unwrap();
    let keys = [
        TRUSTED[0],
        TrustedKey {
            public: next.public(),
            label: "next",
            scope: KeyScope::DemoOnly,
        },
    ];
    let rotated = next.sign(&bundle::encode(&source::demo().directory).unwrap());
    assert!(signature::open(&rotated, &keys).is_ok());
}

/// Hostile or broken answers: a typed error each time, and nothing stored changes.
#[tokio::test]
async fn bad_answers_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let desk = DeskProcess::start(dir.path());
    let path = dir.path().join("phone.db");
    let phone = TestPhone::open(&path, &desk.url(""));
    let id = phone.ask("Samir");
    assert_eq!(phone.drain(2).await, 0);
    let before = phone.store().get(id).unwrap();
    let token = phone.store().desk_token(id).unwrap();
    drop(phone);
    let status = |id: uuid::Uuid, state: RequestState| {
        serde_json::to_vec(&RequestStatus {
            id,
            state,
            updated_at: chrono::Utc::now(),
        })
        .unwrap()
    };
    let other = status(
        uuid::Uuid::now_v7(),
        RequestState::Received {
            at: chrono::Utc::now(),
        },
    );
    let backwards = status(
        id,
        RequestState::Queued {
            at: chrono::Utc::now(),
        },
    );
    let draft = status(id, RequestState::Draft);
    for (name, answer) in [
        (
            "garbage",
            Answer::Body(200, b"<html>Wi-Fi gratuit : connectez-vous</html>".to_vec()),
        ),
        ("another id", Answer::Body(200, other)),
        ("backwards", Answer::Body(200, backwards)),
        ("draft", Answer::Body(200, draft)),
        ("2 GB", Answer::Claims(2 << 30)),
        ("endless", Answer::Endless),
    ] {
        let server = fake_server::start(Arc::new(move |_| answer.clone())).await;
        // The same phone, whose request's desk now answers from the fake server.
        let phone = TestPhone::open(&path, &format!("http://{server}"));
        relais_e2e::retarget(phone.store(), id, &format!("http://{server}"));
        let r = phone.sync().await;
        assert!(r.changes.is_empty(), "{name}");
        assert_eq!(r.problems.len(), 1, "{name}: {:?}", r.problems);
        let typed = match name {
            "garbage" | "another id" => {
                matches!(
                    r.problems[0].error,
                    SyncError::Desk(DeskError::BadAnswer(_))
                )
            }
            "backwards" | "draft" => matches!(r.problems[0].error, SyncError::Backwards { .. }),
            _ => matches!(
                r.problems[0].error,
                SyncError::Desk(DeskError::Transport(TransportError::TooLarge { .. }))
            ),
        };
        assert!(typed, "{name}: {:?}", r.problems[0].error);
        let after = phone.store().get(id).unwrap();
        assert_eq!(after.state, before.state, "{name}");
        assert_eq!(phone.store().desk_token(id).unwrap(), token, "{name}");
        relais_e2e::retarget(phone.store(), id, &desk.url(""));
    }
}
