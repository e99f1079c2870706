//! A bounded load test on loopback: request submissions per second and latency percentiles,
//! next to the no-op `/healthz` route in the same run. Durable writes: WAL with
//! `synchronous=FULL`, group commit (see `desk/src/db.rs`). The load generator runs in the same
//! process and shares the machine's cores with the desk, as wrk would.
//!
//! `cargo bench -p relais-desk --bench load` (add `-- --seconds 20 --connections 64` to change).
//! Then the same submissions spread over two real `relais-desk serve` processes on one
//! database, as behind a load balancer (`-- --processes 1` to skip). Both engines in one run:
//! `bash scripts/with-postgres.sh cargo bench -p relais-desk --bench load` (PostgreSQL on a
//! throwaway local server, `fsync` and `synchronous_commit` on, as shipped).
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use relais_core::orientation::{AgeBand, Place};
use relais_core::request::{CallWindow, RequestForm};
use relais_core::wire::SubmitRequest;
use relais_desk::config::DatabaseSetting;
use relais_desk::db::{Location, PgTarget};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

struct Run {
    ok: usize,
    errors: usize,
    latencies: Vec<Duration>,
    elapsed: Duration,
}

async fn hammer(url: String, connections: usize, seconds: u64, submit: bool) -> Run {
    hammer_all(vec![url], connections, seconds, submit).await
}

/// Like [`hammer`], the connections spread over `urls` in turn.
async fn hammer_all(urls: Vec<String>, connections: usize, seconds: u64, submit: bool) -> Run {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(connections)
        .build()
        .unwrap();
    let content = RequestForm {
        name: "Charge".into(),
        phone: "06 39 98 00 12".into(),
        call_windows: vec![CallWindow {
            days: 0b1_1111,
            from: 540,
            to: 720,
        }],
        sms_ok: true,
        languages: vec!["fr".into()],
        age: Some(AgeBand::From21),
        place: Some(Place::Address {
            commune: "96004".into(),
            street: None,
        }),
        message: "Un message de test de charge, de la longueur d'un vrai message.".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..connections {
        let (client, url, stop, content) = (
            client.clone(),
            urls[i % urls.len()].clone(),
            stop.clone(),
            content.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let (mut ok, mut errors, mut lat) = (0, 0, Vec::with_capacity(100_000));
            while !stop.load(Ordering::Relaxed) {
                let t = Instant::now();
                let res = if submit {
                    let body = SubmitRequest {
                        id: uuid::Uuid::now_v7(),
                        structure_key: Some("cmp-collines".into()),
                        content: content.clone(),
                    };
                    client.post(&url).json(&body).send().await
                } else {
                    client.get(&url).send().await
                };
                match res {
                    Ok(r) if r.status().is_success() => {
                        let _ = r.bytes().await;
                        ok += 1;
                        lat.push(t.elapsed());
                    }
                    _ => errors += 1,
                }
            }
            (ok, errors, lat)
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut run = Run {
        ok: 0,
        errors: 0,
        latencies: Vec::new(),
        elapsed: Duration::ZERO,
    };
    for t in tasks {
        let (ok, errors, lat) = t.await.unwrap();
        run.ok += ok;
        run.errors += errors;
        run.latencies.extend(lat);
    }
    run.elapsed = start.elapsed();
    run.latencies.sort_unstable();
    run
}

fn report(label: &str, r: &Run) -> f64 {
    let rate = r.ok as f64 / r.elapsed.as_secs_f64();
    println!(
        "{label}: {:.0}/s over {:.1?} ({} ok, {} errors); latency p50 {:.2?}, p99 {:.2?}, max {:.2?}",
        rate,
        r.elapsed,
        r.ok,
        r.errors,
        pct(&r.latencies, 0.5),
        pct(&r.latencies, 0.99),
        r.latencies.last().copied().unwrap_or_default()
    );
    rate
}

fn main() {
    let quick = std::env::args().any(|a| a == "--test");
    let seconds = if quick { 1 } else { arg("--seconds", 10) };
    let connections = arg("--connections", 32) as usize;
    let processes = arg("--processes", 2);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        println!(
            "{} cores, {connections} connections, {seconds} s per run",
            std::thread::available_parallelism().map_or(0, |n| n.get())
        );
        let postgres = std::env::var("RELAIS_TEST_POSTGRES")
            .ok()
            .filter(|s| !s.is_empty());
        let mut noop_rate = None;
        for (engine, server) in [("SQLite", None), ("PostgreSQL", postgres.clone())] {
            if engine == "PostgreSQL" && server.is_none() {
                println!(
                    "PostgreSQL: not measured (run under scripts/with-postgres.sh for a throwaway server)"
                );
                continue;
            }
            let database = || server.as_deref().map(fresh_database);
            let rate = one_process(engine, database(), connections, seconds, &mut noop_rate).await;
            if let Some(noop) = noop_rate {
                println!("{engine}: submissions / no-op: {:.2}", rate / noop);
            }
            if processes >= 2 {
                two_processes(engine, database(), connections, seconds).await;
            }
        }
    });
}

/// A new database on the PostgreSQL server `admin` names; its URL.
fn fresh_database(admin: &str) -> String {
    let name = format!("relais_bench_{}", uuid::Uuid::now_v7().simple());
    let server = Location::Postgres(Box::new(PgTarget::parse(admin).unwrap()));
    server
        .with_connection(|c| c.execute_batch(&format!("CREATE DATABASE {name}")))
        .unwrap();
    let (base, _) = admin.rsplit_once('/').unwrap();
    format!("{base}/{name}")
}

/// The desk in this process; the no-op route measured once, on the first engine.
async fn one_process(
    engine: &str,
    database: Option<String>,
    connections: usize,
    seconds: u64,
    noop_rate: &mut Option<f64>,
) -> f64 {
    let dir = tempfile::tempdir().unwrap();
    let mut config = relais_desk::demo::config(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        dir.path().join("data"),
    );
    config.submit_per_minute = u32::MAX;
    config.database = database.map(DatabaseSetting);
    let desk = relais_desk::start(config).await.unwrap();
    println!("{engine}: desk on {} ({:?})", desk.url(), desk.state.db);
    if noop_rate.is_none() {
        let noop = hammer(
            format!("{}/healthz", desk.url()),
            connections,
            seconds,
            false,
        )
        .await;
        *noop_rate = Some(report("no-op GET /healthz", &noop));
    }
    let submit = hammer(
        format!("{}/v1/requests", desk.url()),
        connections,
        seconds,
        true,
    )
    .await;
    let rate = report(
        &format!("{engine}: submission POST /v1/requests (durable), one process"),
        &submit,
    );
    let count: i64 = desk
        .state
        .db
        .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM request", [], |r| r.get(0))?))
        .await
        .unwrap();
    println!(
        "{engine}: requests in the database after the run: {count} (all acknowledged submissions: {})",
        submit.ok
    );
    desk.stop().await.unwrap();
    rate
}

/// A real desk process on `data`, listening on `port`; killed when dropped.
struct Process(std::process::Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(
    dir: &std::path::Path,
    data: &std::path::Path,
    database: Option<&str>,
    name: &str,
) -> (Process, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = dir.join(format!("{name}.toml"));
    std::fs::write(
        &config,
        format!(
            r#"listen = "127.0.0.1:{port}"
data_dir = "{}"
{}
desk_name = "Accueil des CMP"
phone = "01 99 00 10 01"
address = "4 rue de la Gare, 96300 Villerelais"
structures = ["cmp-collines"]
demo = true
submit_per_minute = 4000000000
"#,
            data.display(),
            database.map_or(String::new(), |url| format!("database = \"{url}\""))
        ),
    )
    .unwrap();
    let log = std::fs::File::create(dir.join(format!("{name}.log"))).unwrap();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_relais-desk"))
        .args(["serve", "--config"])
        .arg(&config)
        .env("RUST_LOG", "warn")
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .unwrap();
    let process = Process(child);
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the desk process did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    (process, format!("http://127.0.0.1:{port}"))
}

async fn two_processes(engine: &str, database: Option<String>, connections: usize, seconds: u64) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // One after the other: the first creates the database and the token key.
    let (_a, url_a) = serve(dir.path(), &data, database.as_deref(), "a");
    let (_b, url_b) = serve(dir.path(), &data, database.as_deref(), "b");
    let submit = hammer_all(
        vec![
            format!("{url_a}/v1/requests"),
            format!("{url_b}/v1/requests"),
        ],
        connections,
        seconds,
        true,
    )
    .await;
    report(
        &format!(
            "{engine}: submission POST /v1/requests (durable), two desk processes on one database"
        ),
        &submit,
    );
    let location = match database {
        Some(url) => Location::Postgres(Box::new(PgTarget::parse(&url).unwrap())),
        None => Location::File(data.join("desk.db")),
    };
    let count: i64 = location
        .with_connection(|c| c.query_row("SELECT COUNT(*) FROM request", [], |r| r.get(0)))
        .unwrap();
    println!(
        "{engine}: requests in the database after the run: {count} (all acknowledged submissions: {})",
        submit.ok
    );
}
