//! Figures for the offline directory: the synthetic structures and sectors laid over the real
//! communes (`data/communes/build.sh` builds the base first): national and per-département
//! bundle sizes, a weekly delta, cold load time, the commune picker per keystroke,
//! orientation latency (median, p99), and the same orientation answered by indexed SQLite
//! queries over the same data, in the same run. It also writes the national bundle to
//! `target/communes/national-synthetic.bundle` for the callgrind count of the cold load
//! (see the README).
//!
//! `bash data/communes/build.sh && cargo bench -p relais-core --bench directory`
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use chrono::{DateTime, TimeZone, Utc};
use relais_core::contact::{OpeningHours, Phone, Region};
use relais_core::directory::geography::CommuneBase;
use relais_core::directory::signature::SigningKey;
use relais_core::directory::{Dept, Directory, SectorKind, StructureKind, bundle, delta, synth};
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
    let streets: Vec<_> = dir.streets().iter().collect();
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
                10..=12 if !streets.is_empty() => {
                    let s = streets[rng.below(streets.len())];
                    Place::Address {
                        commune: s.commune.to_string(),
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
         CREATE TABLE commune (insee INTEGER PRIMARY KEY, name TEXT, adult INTEGER, child INTEGER, dept INTEGER);
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
            "INSERT INTO commune VALUES (?1,?2,?3,?4,?5)",
            params![
                c.insee.as_u32(),
                c.name,
                c.adult,
                c.child,
                c.insee.dept().as_u16()
            ],
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
        .prepare_cached("SELECT adult, child, dept FROM commune WHERE insee = ?1")
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

fn kib(n: usize) -> String {
    format!("{n} bytes ({:.1} KiB)", n as f64 / 1024.0)
}

fn main() {
    // `cargo test --benches` runs bench targets with `--test`; keep that cheap.
    let quick = std::env::args().any(|a| a == "--test");
    let t = Instant::now();
    let base = if quick {
        None
    } else {
        let path = CommuneBase::default_path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!(
                "no commune base at {}: run `bash data/communes/build.sh` first",
                path.display()
            );
            std::process::exit(1);
        };
        Some(CommuneBase::from_tsv(&text).unwrap())
    };
    let dir = match &base {
        Some(b) => synth::over_base(b, synth::SynthConfig::default()),
        None => synth::national(synth::SynthConfig {
            communes: 2_000,
            sectors: 100,
            streets_per_city: 50,
            seed: 1,
        }),
    };
    let build = t.elapsed();
    let bytes = bundle::encode(&dir).unwrap();
    println!(
        "national directory: {} ({} communes, {} sectors, {} structures, {} street rules; built in {:.0?})",
        dir.meta().area,
        dir.commune_count(),
        dir.sectors().len(),
        dir.structures().len(),
        dir.streets().len(),
        build
    );
    let signed = SigningKey::demo().sign(&bytes);
    println!(
        "national bundle (zstd-19): {}; signed: {}",
        kib(bytes.len()),
        kib(signed.len())
    );
    if !quick {
        let out = CommuneBase::default_path().with_file_name("national-synthetic.bundle");
        if std::fs::write(&out, &bytes).is_ok() {
            println!("  written to {} (for callgrind)", out.display());
        }
    }

    // Per-département bundles.
    let mut depts: Vec<Dept> = dir.communes().map(|c| c.insee.dept()).collect();
    depts.dedup();
    let mut sizes: Vec<(usize, Dept)> = depts
        .iter()
        .map(|d| (bundle::encode(&dir.only(&[*d])).unwrap().len(), *d))
        .collect();
    sizes.sort_unstable();
    let pick = |p: f64| sizes[((sizes.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "per-département bundles ({}): smallest {} ({}), median {} ({}), p90 {} ({}), largest {} ({})",
        sizes.len(),
        kib(pick(0.0).0),
        pick(0.0).1,
        kib(pick(0.5).0),
        pick(0.5).1,
        kib(pick(0.9).0),
        pick(0.9).1,
        kib(pick(1.0).0),
        pick(1.0).1
    );
    for code in ["75", "13", "69", "59", "974"] {
        if let Some((n, _)) = sizes.iter().find(|(_, d)| d.to_string() == code) {
            println!("  département {code}: {}", kib(*n));
        }
    }

    // A weekly update: 20 structures changed, as a delta against the signed bundle.
    let next = SigningKey::demo().sign(&bundle::encode(&synth::weekly_changes(&dir, 20)).unwrap());
    let t = Instant::now();
    let update = delta::make(&signed, &next).unwrap();
    let made = t.elapsed();
    let t = Instant::now();
    assert_eq!(delta::apply(&signed, &update).unwrap(), next);
    let applied = t.elapsed();
    println!(
        "weekly delta (20 structures changed): {} (made in {made:.0?}, applied and checked in {applied:.0?})",
        kib(update.len())
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

    // The commune picker, one keystroke at a time over real names.
    let mut rng = Rng(0xfeed);
    let typed: Vec<String> = (0..if quick { 200 } else { 20_000 })
        .map(|_| {
            let c = dir.commune(rng.below(dir.commune_count())).unwrap();
            let chars: Vec<char> = c.name.chars().collect();
            chars[..1 + rng.below(chars.len())].iter().collect()
        })
        .collect();
    let picker = time(typed.len(), |i| {
        black_box(dir.search_communes(black_box(&typed[i]), 10));
    });
    println!(
        "commune picker ({} keystrokes): median {:.0?}, p99 {:.0?}, max {:.0?}",
        typed.len(),
        percentile(&picker, 0.5),
        percentile(&picker, 0.99),
        picker[picker.len() - 1]
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
