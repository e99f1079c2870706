//! Crashes on both sides of the link: the desk SIGKILLed during a burst, the phone SIGKILLed
//! during a sync. Nothing acknowledged is lost, nothing arrives twice.
#![allow(clippy::unwrap_used)]

use relais_core::request::RequestState;
use relais_e2e::phone::TestPhone;
use relais_e2e::process::DeskProcess;
use relais_e2e::proxy::{Proxy, Shape};
use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_desk_killed_during_a_burst_loses_nothing_it_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = DeskProcess::start(dir.path());
    let url = desk.base();
    let phones: Vec<Arc<TestPhone>> = (0..8)
        .map(|i| {
            Arc::new(TestPhone::open(
                &dir.path().join(format!("phone{i}.db")),
                &url,
            ))
        })
        .collect();
    let mut asked = HashSet::new();
    for p in &phones {
        for k in 0..25 {
            asked.insert(p.ask(&format!("P{k}")));
        }
    }
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let tasks: Vec<_> = phones
        .iter()
        .map(|p| {
            let (p, stop) = (p.clone(), stop.clone());
            tokio::spawn(async move {
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    if p.sync_now().await.pending == 0 {
                        break;
                    }
                }
            })
        })
        .collect();
    // Kill it once some, not all, have gone.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while desk.request_ids().len() < 40 && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    desk.kill();
    // What the phones were told is at the desk, is at the desk.
    let acknowledged: Vec<_> = phones
        .iter()
        .flat_map(|p| {
            p.store()
                .list()
                .unwrap()
                .into_iter()
                .filter(|r| matches!(r.state, RequestState::Received { .. }))
                .map(|r| r.id.to_string())
        })
        .collect();
    assert!(!acknowledged.is_empty());
    let after_kill: HashSet<String> = desk.request_ids().into_iter().collect();
    for id in &acknowledged {
        assert!(after_kill.contains(id), "acknowledged and lost: {id}");
    }
    assert!(
        after_kill.len() < asked.len(),
        "the kill came during the burst"
    );
    desk.restart();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for t in tasks {
        t.await.unwrap();
    }
    for p in &phones {
        assert_eq!(p.drain(20).await, 0);
    }
    let ids = desk.request_ids();
    let unique: HashSet<String> = ids.iter().cloned().collect();
    assert_eq!(ids.len(), unique.len(), "no duplicate");
    let expected: HashSet<String> = asked.iter().map(ToString::to_string).collect();
    assert_eq!(unique, expected, "every request, once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_phone_killed_during_sync_sends_each_request_once() {
    let dir = tempfile::tempdir().unwrap();
    let desk = DeskProcess::start(dir.path());
    let proxy = Proxy::start(desk.addr).await;
    // A slow link, so that kills land in the middle of exchanges.
    proxy.shape(Some(Shape {
        bits_per_second: 400_000,
        round_trip: Duration::from_millis(60),
    }));
    let store = dir.path().join("phone.db");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_phone"))
            .arg(&store)
            .arg(proxy.url())
            .arg("30")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let mut kills = 0;
    for round in 0..12u64 {
        let mut child = run();
        // Different moments: during creation, during the first sends, later ones.
        tokio::time::sleep(Duration::from_millis(80 + round * 45)).await;
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            kills += 1;
        }
        // The proxy runs on this test's runtime: wait off its threads.
        tokio::task::spawn_blocking(move || child.wait())
            .await
            .unwrap()
            .unwrap();
    }
    assert!(kills >= 6, "the phone was killed mid-way {kills} times");
    let last = run();
    let out = tokio::task::spawn_blocking(move || last.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "done");
    let ids = desk.request_ids();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(ids.len(), 30, "exactly the 30 requests");
    assert_eq!(unique.len(), 30, "no duplicate");
    let phone = TestPhone::open(&store, &proxy.url());
    let local: Vec<_> = phone.store().list().unwrap();
    assert_eq!(local.len(), 30);
    for r in local {
        assert!(
            matches!(r.state, RequestState::Received { .. }),
            "{:?}",
            r.state
        );
        assert!(unique.contains(&r.id.to_string()));
    }
}
