//! Crash safety: a child process writes requests and runs the outbox, and is killed with
//! SIGKILL at random moments, many times. After each kill the store must hold every request
//! the child reported as saved, none twice, and an outbox consistent with the states.
#![allow(clippy::unwrap_used)]

use chrono::{Duration, Utc};
use relais_core::directory::source;
use relais_core::orientation::{AgeBand, Place, Situation, orient};
use relais_core::request::{Request, RequestForm, RequestState, Target};
use relais_core::store::{OutboxKind, Store};
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Instant;
use uuid::Uuid;

const CHILD_ENV: &str = "RELAIS_CRASH_CHILD_DB";

fn target() -> Target {
    let dir = source::demo().directory;
    let s = Situation {
        age: AgeBand::From21,
        place: Place::Address {
            commune: "96004".into(),
            street: None,
        },
        languages: vec![],
        interpreter_needed: false,
    };
    Target::from_orientation(&orient(&s, &dir, Utc::now()))
}

/// The child: writes and delivers until killed. Does nothing in a normal test run.
#[test]
fn crash_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let store = Store::open(&path, None).expect("child opens the store");
    let target = target();
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        let form = RequestForm {
            name: format!("P{i}"),
            phone: "06 39 98 00 12".into(),
            age: Some(AgeBand::From21),
            message: "x".repeat((i % 300) as usize),
            ..Default::default()
        };
        let r = Request::draft(
            form.validate().expect("valid form"),
            target.clone(),
            Utc::now(),
        );
        store.create_and_submit(&r, Utc::now()).expect("submit");
        // Reported only after the commit returned: this is what "acknowledged" means.
        writeln!(out, "ACK {}", r.id).expect("stdout");
        out.flush().expect("flush");
        if i % 3 == 0 {
            for lease in store
                .lease(Utc::now(), Duration::seconds(30), 2)
                .expect("lease")
            {
                if lease.attempts == 0 && i % 2 == 0 {
                    store
                        .retry(&lease, "simulated timeout", Utc::now() - Duration::hours(1))
                        .expect("retry");
                } else if store
                    .acknowledge(&lease, Some("token"), Utc::now())
                    .expect("ack")
                {
                    writeln!(out, "DELIVERED {}", lease.request_id).expect("stdout");
                    out.flush().expect("flush");
                }
            }
        }
    }
}

struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn sigkill_at_random_points_loses_and_duplicates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("relais.db");
    let exe = std::env::current_exe().unwrap();
    let mut rng = Rng(0x2026_1123);
    let mut acked: HashSet<Uuid> = HashSet::new();
    let mut delivered: HashSet<Uuid> = HashSet::new();
    let rounds = 30;
    for round in 0..rounds {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut lines = Vec::new();
            for line in BufReader::new(stdout).lines() {
                match line {
                    Ok(l) => lines.push(l),
                    Err(_) => break,
                }
            }
            lines
        });
        // Let the child start (the test binary loads), then kill it somewhere in its work.
        let wait = std::time::Duration::from_millis(40 + rng.below(160));
        let started = Instant::now();
        while started.elapsed() < wait {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        for line in reader.join().unwrap() {
            if let Some(id) = line.strip_prefix("ACK ") {
                assert!(
                    acked.insert(Uuid::parse_str(id).unwrap()),
                    "id reported twice"
                );
            } else if let Some(id) = line.strip_prefix("DELIVERED ") {
                delivered.insert(Uuid::parse_str(id).unwrap());
            }
        }

        let store =
            Store::open(&db, None).unwrap_or_else(|e| panic!("round {round}: reopen failed: {e}"));
        store.check_integrity().unwrap();
        let requests = store.list().unwrap();
        let ids: HashSet<Uuid> = requests.iter().map(|r| r.id).collect();
        assert_eq!(
            ids.len(),
            requests.len(),
            "round {round}: duplicated request"
        );
        for id in &acked {
            assert!(
                ids.contains(id),
                "round {round}: acknowledged request {id} lost"
            );
        }
        // The outbox and the states agree: queued ⇔ one pending submission.
        let pending = store.pending().unwrap();
        let pending_submit: HashSet<Uuid> = pending
            .iter()
            .filter(|(_, k)| *k == OutboxKind::Submit)
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(
            pending_submit.len(),
            pending
                .iter()
                .filter(|(_, k)| *k == OutboxKind::Submit)
                .count()
        );
        assert!(
            pending.iter().all(|(id, _)| ids.contains(id)),
            "round {round}: outbox entry without request"
        );
        for r in &requests {
            match r.state {
                RequestState::Queued { .. } => {
                    assert!(
                        pending_submit.contains(&r.id),
                        "round {round}: queued without outbox entry"
                    )
                }
                RequestState::Received { .. } => {
                    assert!(
                        !pending_submit.contains(&r.id),
                        "round {round}: received but still in outbox"
                    )
                }
                ref other => panic!("round {round}: unexpected state {other}"),
            }
        }
        for id in &delivered {
            let r = store.get(*id).unwrap();
            assert!(
                matches!(r.state, RequestState::Received { .. }),
                "round {round}: delivery lost"
            );
            assert_eq!(store.desk_token(*id).unwrap().as_deref(), Some("token"));
        }
    }
    assert!(
        acked.len() > rounds,
        "the child wrote too little to test anything: {}",
        acked.len()
    );
    println!(
        "{} requests acknowledged, {} delivered, over {rounds} kills",
        acked.len(),
        delivered.len()
    );
}
