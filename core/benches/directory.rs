//! Figures for the offline directory on the national synthetic data:
//! bundle size, cold load time, orientation latency (median, p99), and the same orientation
//! answered by indexed SQLite queries over the same data, in the same run.
//!
//! `cargo bench -p relais-core --bench directory`
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use chrono::{DateTime, TimeZone, Utc};
use relais_core::contact::{OpeningHours, Phone, Region};
use relais_core::directory::{Directory, SectorKind, StructureKind, bundle, synth};
use relais_core::orientation::{AgeBand, Place, Situation, orient};
use rusqlite::{Connection, params};
use std::hint::black_box;
use std::time::{Duration, Instant};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn situations(dir: &Directory, n: usize) -> Vec<Situation> {
    let mut rng = Rng(0x5eed);
    let ages = [
        AgeBand::Under12,
        AgeBand::From12To15,
        AgeBand::From16To17,
        AgeBand::From18To20,
        AgeBand::From21,
        AgeBand::From21,
        AgeBand::Unknown,
    ];
    let paris: Vec<_> = dir
        .streets()
        .iter()
        .filter(|s| s.commune.to_string() == "75056")
        .collect();
    (0..n)
        .map(|_| {
            let c = dir.commune(rng.below(dir.commune_count())).unwrap();
            let age = ages[rng.below(ages.len())];
            let place = match rng.below(100) {
                0..=9 => Place::NoFixedAddress {
                    lived_3_months_in: None,
                    domiciliation: Some(c.insee.to_string()),
                    sleeps_or_followed_in: None,
                },
                10..=12 => {
                    let s = paris[rng.below(paris.len())];
                    Place::Address {
                        commune: "75056".into(),
                        street: Some(format!("{} {}", s.from, s.name)),
                    }
                }
                13..=14 => Place::Unknown,
                _ => Place::Address {
                    commune: c.insee.to_string(),
                    street: None,
                },
            };
            Situation {
                age,
                place,
                languages: vec![],
                interpreter_needed: false,
            }
        })
        .collect()
}

/// The same data in SQLite, indexed the way an SQLite-backed app would do it.
fn sqlite_copy(dir: &Directory) -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(
        "CREATE TABLE structure (id INTEGER PRIMARY KEY, key TEXT, kind TEXT, entry INTEGER, name TEXT,
             phone TEXT, hours TEXT, min_age INTEGER, max_age INTEGER, dept INTEGER);
         CREATE TABLE sector_structure (sector INTEGER, pos INTEGER, structure INTEGER, PRIMARY KEY (sector, pos));
         CREATE TABLE commune (insee INTEGER PRIMARY KEY, name TEXT, adult INTEGER, child INTEGER);
         CREATE TABLE dept_service (dept INTEGER, kind TEXT, structure INTEGER);
         CREATE INDEX dept_service_idx ON dept_service (dept, kind);",
    )
    .unwrap();
    let tx = conn.unchecked_transaction().unwrap();
    for (id, s) in dir.structures().iter().enumerate() {
        tx.execute(
            "INSERT INTO structure VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
            params![
                id as i64,
                s.key,
                format!("{:?}", s.kind),
                s.is_entry_point(),
                s.name,
                s.phone.as_str(),
                s.hours.as_ref().map(|h| h.as_str().to_owned()),
                s.ages.min,
                s.ages.max,
                s.dept.as_u16()
            ],
        )
        .unwrap();
        let depts = if s.serves.is_empty() {
            vec![s.dept]
        } else {
            s.serves.clone()
        };
        if matches!(
            s.kind,
            StructureKind::Reception247 | StructureKind::Empp | StructureKind::Cmpp
        ) && s.is_entry_point()
        {
            for d in depts {
                tx.execute(
                    "INSERT INTO dept_service VALUES (?1,?2,?3)",
                    params![d.as_u16(), format!("{:?}", s.kind), id as i64],
                )
                .unwrap();
            }
        }
    }
    for (sid, sector) in dir.sectors().iter().enumerate() {
        for (pos, st) in sector.structures.iter().enumerate() {
            tx.execute(
                "INSERT INTO sector_structure VALUES (?1,?2,?3)",
                params![sid as i64, pos as i64, *st as i64],
            )
            .unwrap();
        }
    }
    for c in dir.communes() {
        tx.execute(
            "INSERT INTO commune VALUES (?1,?2,?3,?4)",
            params![c.insee.as_u32(), c.name, c.adult, c.child],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    conn
}

/// Orientation for an address by commune code, answered with SQL: sector, first entry point
/// for the age, CMPP, 24/7 reception, each parsed and evaluated for "open now".
fn orient_sqlite(conn: &Connection, insee: u32, age: AgeBand, now: DateTime<Utc>) -> usize {
    let (min, max) = age.range().unwrap_or((18, 120));
    let kind = if max < 16 {
        SectorKind::Child
    } else {
        SectorKind::Adult
    };
    let mut routes = 0;
    let mut commune = conn
        .prepare_cached("SELECT adult, child, insee / 1000 FROM commune WHERE insee = ?1")
        .unwrap();
    let row: Option<(Option<i64>, Option<i64>, i64)> = commune
        .query_row([insee], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .ok();
    let mut eval = |phone: String, hours: Option<String>| {
        let phone = Phone::parse(&phone).unwrap();
        let status = hours
            .and_then(|h| OpeningHours::parse(&h).ok())
            .map(|h| h.status(now, Region::Metropole));
        black_box((phone, status));
        routes += 1;
    };
    let Some((adult, child, dept)) = row else {
        return 0;
    };
    let sector = if kind == SectorKind::Adult {
        adult
    } else {
        child
    };
    if let Some(sector) = sector {
        let mut q = conn
            .prepare_cached(
                "SELECT s.phone, s.hours FROM sector_structure ss JOIN structure s ON s.id = ss.structure
                 WHERE ss.sector = ?1 AND s.entry = 1 AND s.min_age <= ?2 AND s.max_age >= ?3 ORDER BY ss.pos LIMIT 1",
            )
            .unwrap();
        if let Ok((p, h)) = q.query_row(params![sector, min, max], |r| Ok((r.get(0)?, r.get(1)?))) {
            eval(p, h);
        }
    }
    let mut q = conn
        .prepare_cached(
            "SELECT s.phone, s.hours FROM dept_service d JOIN structure s ON s.id = d.structure
             WHERE d.dept = ?1 AND d.kind = ?2 AND s.min_age <= ?3 AND s.max_age >= ?4 LIMIT 1",
        )
        .unwrap();
    for k in ["Cmpp", "Reception247"] {
        if k == "Cmpp" && max > 20 {
            continue;
        }
        if let Ok((p, h)) = q.query_row(params![dept, k, min, max], |r| Ok((r.get(0)?, r.get(1)?)))
        {
            eval(p, h);
        }
    }
    routes
}

fn time<F: FnMut(usize)>(n: usize, mut f: F) -> Vec<Duration> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let t = Instant::now();
        f(i);
        out.push(t.elapsed());
    }
    out.sort_unstable();
    out
}

fn main() {
    // `cargo test --benches` runs bench targets with `--bench`-less args; keep that cheap.
    let quick = std::env::args().any(|a| a == "--test");
    let config = if quick {
        synth::SynthConfig {
            communes: 2_000,
            sectors: 100,
            streets_per_city: 50,
            seed: 1,
        }
    } else {
        synth::SynthConfig::default()
    };
    let t = Instant::now();
    let dir = synth::national(config);
    let build = t.elapsed();
    let bytes = bundle::encode(&dir).unwrap();
    println!(
        "national synthetic directory: {} communes, {} sectors, {} structures, {} street rules (built in {:.0?})",
        dir.commune_count(),
        dir.sectors().len(),
        dir.structures().len(),
        dir.streets().len(),
        build
    );
    println!(
        "bundle size (zstd-19, compressed): {} bytes ({:.0} KiB)",
        bytes.len(),
        bytes.len() as f64 / 1024.0
    );

    let loads = time(if quick { 3 } else { 60 }, |_| {
        black_box(bundle::decode(black_box(&bytes)).unwrap());
    });
    println!(
        "cold load (decode + index): median {:.2?}, p99 {:.2?}, max {:.2?}",
        percentile(&loads, 0.5),
        percentile(&loads, 0.99),
        loads[loads.len() - 1]
    );

    let n = if quick { 500 } else { 200_000 };
    let cases = situations(&dir, n);
    let now = chrono_tz::Europe::Paris
        .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    for s in cases.iter().take(1000) {
        black_box(orient(s, &dir, now));
    }
    let mem = time(n, |i| {
        black_box(orient(black_box(&cases[i]), &dir, now));
    });
    println!(
        "orientation, in memory ({n} mixed situations): median {:.2?}, p99 {:.2?}",
        percentile(&mem, 0.5),
        percentile(&mem, 0.99)
    );

    // The comparison uses plain addresses by commune code, the case SQL answers directly.
    let conn = sqlite_copy(&dir);
    let addr: Vec<(u32, AgeBand, Situation)> = cases
        .iter()
        .filter_map(|s| match &s.place {
            Place::Address {
                commune,
                street: None,
            } => relais_core::directory::Insee::parse(commune)
                .ok()
                .map(|i| (i.as_u32(), s.age, s.clone())),
            _ => None,
        })
        .collect();
    let mem_addr = time(addr.len(), |i| {
        black_box(orient(black_box(&addr[i].2), &dir, now));
    });
    let sql = time(addr.len(), |i| {
        black_box(orient_sqlite(&conn, addr[i].0, addr[i].1, now));
    });
    println!(
        "same addresses ({}): in memory median {:.2?} p99 {:.2?}; SQLite median {:.2?} p99 {:.2?}",
        addr.len(),
        percentile(&mem_addr, 0.5),
        percentile(&mem_addr, 0.99),
        percentile(&sql, 0.5),
        percentile(&sql, 0.99)
    );
    println!(
        "ratio SQLite / in memory: median {:.1}x, p99 {:.1}x",
        percentile(&sql, 0.5).as_secs_f64() / percentile(&mem_addr, 0.5).as_secs_f64(),
        percentile(&sql, 0.99).as_secs_f64() / percentile(&mem_addr, 0.99).as_secs_f64()
    );
}
