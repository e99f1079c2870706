//! Figures for the phone's store: open and migrate an empty store, open a store holding
//! 10,000 requests, enqueue (create + submit, durable) and acknowledge 10,000 outbox entries.
//!
//! `cargo bench -p relais-core --bench store`
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use chrono::{Duration, Utc};
use relais_core::directory::source;
use relais_core::orientation::{AgeBand, Place, Situation, orient};
use relais_core::request::{Request, RequestForm, Target};
use relais_core::store::{Durability, Store};
use std::time::{Duration as StdDuration, Instant};

fn pct(sorted: &[StdDuration], p: f64) -> StdDuration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn report(label: &str, mut v: Vec<StdDuration>) {
    v.sort_unstable();
    println!(
        "{label}: median {:.1?}, p99 {:.1?}, max {:.1?} (n = {})",
        pct(&v, 0.5),
        pct(&v, 0.99),
        v[v.len() - 1],
        v.len()
    );
}

fn main() {
    let quick = std::env::args().any(|a| a == "--test");
    let n = if quick { 200 } else { 10_000 };
    let dir = tempfile::tempdir().unwrap();
    let target = {
        let d = source::demo().directory;
        let s = Situation {
            age: AgeBand::From21,
            place: Place::Address {
                commune: "96004".into(),
                street: None,
            },
            languages: vec![],
            interpreter_needed: false,
        };
        Target::from_orientation(&orient(&s, &d, Utc::now()))
    };
    let form = RequestForm {
        name: "Samir".into(),
        phone: "06 39 98 00 12".into(),
        age: Some(AgeBand::From21),
        message: "Je dors mal depuis des semaines et je voudrais parler à quelqu'un.".into(),
        ..Default::default()
    };
    let content = form.validate().unwrap();

    let mut opens = Vec::new();
    for i in 0..if quick { 5 } else { 100 } {
        let path = dir.path().join(format!("empty-{i}.db"));
        let t = Instant::now();
        let s = Store::open(&path, None).unwrap();
        opens.push(t.elapsed());
        drop(s);
    }
    report("open + migrate an empty store (cold, new file)", opens);

    for (label, durability) in [
        ("synchronous=FULL", Durability::Full),
        ("synchronous=NORMAL (default)", Durability::Normal),
    ] {
        let path = dir.path().join(format!("{durability:?}.db"));
        let store = Store::open_with(&path, None, durability).unwrap();
        let mut enqueue = Vec::with_capacity(n / 4);
        for _ in 0..n / 4 {
            let r = Request::draft(content.clone(), target.clone(), Utc::now());
            let t = Instant::now();
            store.create_and_submit(&r, Utc::now()).unwrap();
            enqueue.push(t.elapsed());
        }
        report(&format!("enqueue, {label}"), enqueue);
    }

    let path = dir.path().join("big.db");
    let store = Store::open(&path, None).unwrap();
    let mut enqueue = Vec::with_capacity(n);
    for _ in 0..n {
        let r = Request::draft(content.clone(), target.clone(), Utc::now());
        let t = Instant::now();
        store.create_and_submit(&r, Utc::now()).unwrap();
        enqueue.push(t.elapsed());
    }
    report(
        "enqueue (create + submit a request, one transaction), default durability",
        enqueue,
    );

    let mut ack = Vec::with_capacity(n);
    let now = Utc::now() + Duration::seconds(1);
    loop {
        let t = Instant::now();
        let leases = store.lease(now, Duration::seconds(60), 1).unwrap();
        let Some(lease) = leases.first() else { break };
        store.acknowledge(lease, Some("token"), now).unwrap();
        ack.push(t.elapsed());
    }
    report("lease + acknowledge one entry, default durability", ack);
    drop(store);
    let size = std::fs::metadata(&path).unwrap().len();

    let mut reopen = Vec::new();
    for _ in 0..if quick { 3 } else { 30 } {
        let t = Instant::now();
        let s = Store::open(&path, None).unwrap();
        reopen.push(t.elapsed());
        assert_eq!(s.list().unwrap().len(), n);
    }
    report(
        &format!("open a store holding {n} requests ({} KiB)", size / 1024),
        reopen,
    );
}
