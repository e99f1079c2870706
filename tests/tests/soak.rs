//! A soak: 50 phones, 1,000 requests, random faults on every exchange, the desk SIGKILLed
//! and restarted in the middle. At the end the desk holds exactly the 1,000; staff confirm,
//! redirect or close each through the console; every phone shows its outcome with the named
//! human to call. Bounded: a fixed seed, a fixed count, rounds capped.
#![allow(clippy::unwrap_used)]

use relais_core::request::{CloseReason, RequestState};
use relais_e2e::phone::TestPhone;
use relais_e2e::process::DeskProcess;
use relais_e2e::proxy::Proxy;
use relais_e2e::{Address, RECEPTION, sign_in};
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use uuid::Uuid;

const PHONES: usize = 50;
const EACH: usize = 20;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_phones_a_thousand_requests_faults_and_a_desk_crash() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let mut desk = DeskProcess::start(dir.path());
    let proxy = Proxy::start(desk.addr).await;
    // One exchange in five goes wrong: lost before or after the desk, cut, 500, 503.
    proxy.random_faults(0.2, 2026);
    let phones: Vec<Arc<TestPhone>> = (0..PHONES)
        .map(|i| {
            Arc::new(TestPhone::open(
                &dir.path().join(format!("p{i}.db")),
                &proxy.url(),
            ))
        })
        .collect();

    let asked_count = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = phones
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (p, asked_count) = (p.clone(), asked_count.clone());
            tokio::spawn(async move {
                let mut mine = Vec::new();
                for k in 0..EACH {
                    mine.push(p.ask(&format!("P{i}-{k}")));
                    asked_count.fetch_add(1, Ordering::SeqCst);
                    p.sync_now().await;
                }
                for _ in 0..200 {
                    if p.sync_now().await.pending == 0 {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                mine
            })
        })
        .collect();
    // The desk dies in the middle of it all, and comes back.
    while desk.request_ids().len() < PHONES * EACH / 2 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    desk.kill();
    tokio::time::sleep(Duration::from_millis(300)).await;
    desk.restart();
    let mut asked: Vec<Uuid> = Vec::new();
    for t in tasks {
        asked.extend(t.await.unwrap());
    }
    // Stragglers (a phone whose last rounds all hit faults) go now, faults still on.
    for p in &phones {
        assert_eq!(p.drain(100).await, 0, "a phone could not empty its outbox");
    }
    let (exchanges, faults) = proxy.counts();
    assert!(
        faults > 100,
        "faults were injected: {faults} of {exchanges}"
    );

    let at_desk = desk.request_ids();
    let unique: HashSet<&String> = at_desk.iter().collect();
    assert_eq!(at_desk.len(), PHONES * EACH, "exactly the 1,000");
    assert_eq!(unique.len(), PHONES * EACH, "no duplicate");
    for id in &asked {
        assert!(unique.contains(&id.to_string()), "lost: {id}");
    }

    // Reception works through the console: a third confirmed, a third redirected, a third
    // closed (unreachable).
    let (console, csrf) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let date = (chrono::Utc::now() + chrono::Duration::days(10))
        .format("%Y-%m-%d")
        .to_string();
    for (n, id) in asked.iter().enumerate() {
        let (action, mut form) = match n % 3 {
            0 => (
                "confirm",
                vec![
                    ("kind", "nurse_intake"),
                    ("date", date.as_str()),
                    ("time", "09:30"),
                    ("place", "11 route de Montrelais, 96200 Montrelais"),
                    ("with_name", "Paul Girard"),
                    ("with_phone", "03 53 01 30 01"),
                ],
            ),
            1 => (
                "redirect",
                vec![
                    ("to_structure", "Équipe mobile précarité"),
                    ("to_name", "Inès Haddad"),
                    ("to_phone", "05 36 49 70 01"),
                    ("why", "Elle vient vous voir au foyer."),
                ],
            ),
            _ => ("close", vec![("reason", "unreachable")]),
        };
        form.push(("csrf", csrf.as_str()));
        let res = console
            .post(desk.url(&format!("/console/requests/{id}/{action}")))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "{action} {id}");
    }

    // Every phone learns its outcomes, through the same faulty link.
    let synced: Vec<_> = phones
        .iter()
        .map(|p| {
            let p = p.clone();
            tokio::spawn(async move {
                for _ in 0..100 {
                    p.sync().await;
                    let done = p
                        .store()
                        .list()
                        .unwrap()
                        .iter()
                        .all(|r| !matches!(r.state, RequestState::Received { .. }));
                    if done {
                        return;
                    }
                }
            })
        })
        .collect();
    for t in synced {
        t.await.unwrap();
    }
    let order: std::collections::HashMap<Uuid, usize> =
        asked.iter().enumerate().map(|(n, id)| (*id, n)).collect();
    for p in &phones {
        for r in p.store().list().unwrap() {
            let who = r.who_to_call();
            match (order[&r.id] % 3, &r.state) {
                (0, RequestState::Confirmed(_)) => {
                    assert_eq!(who.contact.who.name(), Some("Paul Girard"));
                    assert_eq!(who.contact.phone.national(), "03 53 01 30 01");
                }
                (1, RequestState::Redirected { .. }) => {
                    assert_eq!(who.contact.who.name(), Some("Inès Haddad"));
                    assert_eq!(who.contact.phone.national(), "05 36 49 70 01");
                }
                (
                    2,
                    RequestState::Closed {
                        why: CloseReason::Unreachable,
                        ..
                    },
                ) => {
                    assert_eq!(who.reason.key, "who-closed-unreachable");
                }
                (k, s) => panic!("request {} ({k}) shows {}", r.id, s.name()),
            }
            assert!(who.then.last().unwrap().is_always_open());
        }
    }
    eprintln!(
        "soak: {} requests from {PHONES} phones, {exchanges} exchanges with {faults} faults, one desk crash, in {:.1} s",
        asked.len(),
        started.elapsed().as_secs_f64()
    );
}
