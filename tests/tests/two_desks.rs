//! Two desk processes on one database, as a hospital runs two behind one address: nothing
//! that matters lives in one process. A burst spread over both, one SIGKILLed in the middle:
//! every acknowledged submission is there once; a session opened on one is valid on the other.
#![allow(clippy::unwrap_used)]

use relais_core::request::RequestState;
use relais_e2e::phone::TestPhone;
use relais_e2e::process::DeskProcess;
use relais_e2e::{RECEPTION, sign_in};
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_desks_on_one_database_one_killed_in_a_burst_lose_and_double_nothing() {
    let dir_a = tempfile::tempdir().unwrap();
    let dir_b = tempfile::tempdir().unwrap();
    let a = DeskProcess::start(dir_a.path());
    let mut b = a.beside(dir_b.path());
    // Half the phones reach the desk through one process, half through the other.
    let phones: Vec<Arc<TestPhone>> = (0..8)
        .map(|i| {
            let url = if i % 2 == 0 { a.base() } else { b.base() };
            Arc::new(TestPhone::open(
                &dir_a.path().join(format!("phone{i}.db")),
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
    // Kill the second process once both have taken some, and not all, of the burst.
    let received = |p: &TestPhone| {
        p.store()
            .list()
            .unwrap()
            .iter()
            .filter(|r| matches!(r.state, RequestState::Received { .. }))
            .count()
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while (a.request_ids().len() < 40 || received(&phones[1]) == 0)
        && std::time::Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    b.kill();
    assert!(
        received(&phones[0]) > 0 && received(&phones[1]) > 0,
        "both served"
    );
    // What a phone was told is at the desk is in the shared database.
    let acknowledged: Vec<String> = phones
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
    let stored: HashSet<String> = a.request_ids().into_iter().collect();
    for id in &acknowledged {
        assert!(stored.contains(id), "acknowledged and lost: {id}");
    }
    b.restart();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for t in tasks {
        t.await.unwrap();
    }
    for p in &phones {
        assert_eq!(p.drain(20).await, 0);
    }
    let ids = a.request_ids();
    let unique: HashSet<String> = ids.iter().cloned().collect();
    assert_eq!(ids.len(), unique.len(), "no duplicate");
    let expected: HashSet<String> = asked.iter().map(ToString::to_string).collect();
    assert_eq!(unique, expected, "every request, once");
    // A session opened on one process is valid on the other: sessions live in the database.
    let (c, _) = sign_in(&a, RECEPTION.0, RECEPTION.1).await;
    let page = c
        .get(format!("{}/console/calls", b.base()))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("À appeler"));
}

#[tokio::test]
async fn the_desk_wide_limits_and_jobs_hold_across_processes() {
    let dir_a = tempfile::tempdir().unwrap();
    let dir_b = tempfile::tempdir().unwrap();
    let a = DeskProcess::start_with(
        dir_a.path(),
        "copy_lookups_per_minute = 1000\ncopy_lookups_per_minute_total = 10",
    );
    let b = a.beside(dir_b.path());
    // The limit is counted per minute (the previous one fading out): start well inside one.
    let second = chrono::Utc::now().timestamp().rem_euclid(60);
    if second > 45 {
        tokio::time::sleep(Duration::from_secs((62 - second) as u64)).await;
    }
    // A guesser spreads tries over both processes: the desk-wide 10 hold for the pair.
    let client = relais_e2e::client();
    let mut passed = 0;
    for i in 0..24 {
        let desk = if i % 2 == 0 { &a } else { &b };
        let res = client
            .post(format!("{}/v1/copies/lookup", desk.base()))
            .bearer_auth("KRA-479-XEF-368-HUC")
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap();
        match res.status().as_u16() {
            404 => passed += 1,
            429 => {}
            other => panic!("{other}"),
        }
    }
    assert_eq!(
        passed, 10,
        "10 tries a minute for the whole desk, not per process"
    );
    // Both processes looked for the retention purge at start-up; one of them ran it.
    let purges = |d: &DeskProcess| d.log().matches("retention purge").count();
    assert_eq!(purges(&a) + purges(&b), 1, "{}\n{}", a.log(), b.log());
    let leases: i64 = a.sql(|db| {
        db.query_row(
            "SELECT COUNT(*) FROM job_lease WHERE job = 'purge'",
            [],
            |r| r.get(0),
        )
    });
    assert_eq!(leases, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_desks_writing_at_once_both_answer_every_submission() {
    let dir_a = tempfile::tempdir().unwrap();
    let dir_b = tempfile::tempdir().unwrap();
    let a = DeskProcess::start(dir_a.path());
    let b = a.beside(dir_b.path());
    // Each process's writer waits for the other's lock instead of failing: no 5xx, no retry
    // needed, when both write at the same moment.
    let client = relais_e2e::client();
    let tasks: Vec<_> = (0..16)
        .map(|i| {
            let url = format!(
                "{}/v1/requests",
                if i % 2 == 0 { a.base() } else { b.base() }
            );
            let client = client.clone();
            tokio::spawn(async move {
                let mut statuses = Vec::new();
                for _ in 0..25 {
                    let res = client
                        .post(&url)
                        .json(&relais_e2e::submission("Burst"))
                        .send()
                        .await
                        .unwrap();
                    statuses.push(res.status().as_u16());
                }
                statuses
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.extend(t.await.unwrap());
    }
    assert_eq!(statuses.len(), 400);
    assert!(statuses.iter().all(|s| *s == 201), "{statuses:?}");
    assert_eq!(a.request_ids().len(), 400);
}
