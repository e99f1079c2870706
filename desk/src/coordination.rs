//! What several desk processes on one database agree on, through the database: desk-wide
//! rate limits and the leases of background jobs. Anything kept in one process's memory
//! instead is either per client address (a second process only gives a client its own
//! share again, and the desk-wide limit still holds) or safe to lose.

use crate::db::DbError;
use crate::sql::{Connection, params};
use chrono::{DateTime, Utc};

/// Takes one try from the desk-wide limit `name` of `per_minute` tries; false when none is
/// left. A sliding window over whole minutes: the previous minute counts for the part of it
/// that is still less than a minute ago, so that the allowance comes back gradually after a
/// minute's turn (an estimate: tries bunched at the end of one minute and spread over the
/// next can reach somewhat more than the limit over some 60 seconds, never twice as many
/// over two minutes).
pub fn take_try(
    conn: &Connection,
    name: &str,
    per_minute: u32,
    now: DateTime<Utc>,
) -> Result<bool, DbError> {
    let minute = now.timestamp().div_euclid(60);
    let into =
        now.timestamp().rem_euclid(60) as f64 + f64::from(now.timestamp_subsec_millis()) / 1000.0;
    conn.execute(
        "DELETE FROM rate_window WHERE name = ?1 AND minute < ?2",
        params![name, minute - 1],
    )?;
    let (previous, current): (i64, i64) = conn.query_row(
        // CAST: PostgreSQL sums integers as NUMERIC.
        "SELECT CAST(COALESCE(SUM(CASE WHEN minute = ?2 - 1 THEN count END), 0) AS BIGINT),
                CAST(COALESCE(SUM(CASE WHEN minute = ?2 THEN count END), 0) AS BIGINT)
         FROM rate_window WHERE name = ?1",
        params![name, minute],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let used = previous as f64 * (60.0 - into) / 60.0 + current as f64;
    if used + 1.0 > f64::from(per_minute) {
        return Ok(false);
    }
    conn.execute(
        "INSERT INTO rate_window (name, minute, count) VALUES (?1, ?2, 1)
         ON CONFLICT (name, minute) DO UPDATE SET count = rate_window.count + 1",
        params![name, minute],
    )?;
    Ok(true)
}

/// Takes or renews the lease of `job` for `holder` until `now + seconds`: true if `holder`
/// now holds it (it was free, ran out, or was already theirs).
pub fn take_lease(
    conn: &Connection,
    job: &str,
    holder: &str,
    now: DateTime<Utc>,
    seconds: i64,
) -> Result<bool, DbError> {
    let changed = conn.execute(
        "INSERT INTO job_lease (job, holder, until) VALUES (?1, ?2, ?4)
         ON CONFLICT (job) DO UPDATE SET holder = excluded.holder, until = excluded.until
         WHERE job_lease.holder = excluded.holder OR job_lease.until <= ?3",
        params![job, holder, now.timestamp(), now.timestamp() + seconds],
    )?;
    Ok(changed == 1)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn conn() -> (tempfile::TempDir, rusqlite::Connection) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.db");
        drop(crate::db::Db::open(&path).unwrap());
        let conn = rusqlite::Connection::open(&path).unwrap();
        (dir, conn)
    }

    #[test]
    fn a_limit_holds_within_a_minute_and_across_its_turn() {
        let (_dir, raw) = conn();
        let c = Connection::sqlite(&raw);
        let t0 = Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 10).unwrap();
        let taken = (0..15)
            .filter(|_| take_try(&c, "copy", 10, t0).unwrap())
            .count();
        assert_eq!(taken, 10);
        // Another limit is counted apart.
        assert!(take_try(&c, "other", 10, t0).unwrap());
        // Just after the turn of the minute, the previous one still counts almost whole…
        let t1 = t0 + Duration::seconds(51);
        assert!(!take_try(&c, "copy", 10, t1).unwrap());
        // …and less and less: at 30 s past, half of it (5), so 5 more.
        let t2 = t0 + Duration::seconds(80);
        let more = (0..15)
            .filter(|_| take_try(&c, "copy", 10, t2).unwrap())
            .count();
        assert_eq!(more, 5);
        // Two minutes later, a whole new allowance; old minutes are deleted.
        let t3 = t0 + Duration::seconds(200);
        assert_eq!(
            (0..15)
                .filter(|_| take_try(&c, "copy", 10, t3).unwrap())
                .count(),
            10
        );
        let minutes: i64 = c
            .query_row(
                "SELECT COUNT(*) FROM rate_window WHERE name = 'copy'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(minutes, 1);
    }

    #[test]
    fn a_lease_has_one_holder_until_it_runs_out() {
        let (_dir, raw) = conn();
        let c = Connection::sqlite(&raw);
        let t0 = Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap();
        assert!(take_lease(&c, "purge", "a", t0, 600).unwrap());
        assert!(!take_lease(&c, "purge", "b", t0 + Duration::seconds(10), 600).unwrap());
        // Its holder renews it.
        assert!(take_lease(&c, "purge", "a", t0 + Duration::seconds(500), 600).unwrap());
        assert!(!take_lease(&c, "purge", "b", t0 + Duration::seconds(700), 600).unwrap());
        // Its holder is gone: once it runs out, another process takes it.
        assert!(take_lease(&c, "purge", "b", t0 + Duration::seconds(1100), 600).unwrap());
        assert!(!take_lease(&c, "purge", "a", t0 + Duration::seconds(1101), 600).unwrap());
        // Another job has its own lease.
        assert!(take_lease(&c, "other", "a", t0 + Duration::seconds(1101), 600).unwrap());
    }
}
