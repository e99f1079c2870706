//! Figures for the hospital's managers, per CMP and per week, without surveillance.
//!
//! They come from `request_timeline` (migration 0003), which holds only moments — received,
//! first call attempt, confirmed, ended — and never a person's data nor who made a call. There
//! is deliberately no figure per staff member: the people who make the calls asked not to be
//! measured one by one, and a reception team is judged on what happens to the people, together.
//!
//! A week is a Monday-to-Sunday week on the desk's clock (its département's time zone). The
//! requests *received* in a week are that week's cohort: their channels, delays and outcomes
//! (so far) are counted with it. The waiting list is a stock: the requests that, at the end of
//! the week, had been received and were neither confirmed nor ended.

use crate::db::DbError;
use crate::sql::{Connection, params};
use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use std::collections::BTreeMap;

/// The longest period the page and the export cover.
pub const MAX_WEEKS: u32 = 104;
/// What the page shows when nobody asks for another period.
pub const DEFAULT_WEEKS: u32 = 12;

/// How a request ended, when it did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    Redirected,
    Closed,
    /// Withdrawn by the person: not a decision of the CMP.
    Withdrawn,
}

/// One request's moments, as the timeline holds them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moments {
    pub structure_key: Option<String>,
    pub channel: String,
    pub received_at: DateTime<Utc>,
    pub first_call_at: Option<DateTime<Utc>>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub ended: Option<(Ended, DateTime<Utc>)>,
}

/// A delay's median and 90th percentile over `count` requests (`None` when there is none).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Delay {
    pub count: u32,
    pub median: Option<chrono::Duration>,
    pub p90: Option<chrono::Duration>,
}

impl Delay {
    fn of(mut d: Vec<chrono::Duration>) -> Delay {
        d.sort();
        Delay {
            count: d.len() as u32,
            median: percentile(&d, 50),
            p90: percentile(&d, 90),
        }
    }
}

/// Nearest-rank percentile of sorted values: a value that really occurred, never an average
/// of two.
fn percentile(sorted: &[chrono::Duration], p: usize) -> Option<chrono::Duration> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

/// One CMP's week.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Week {
    /// The Monday that starts it, on the desk's clock.
    pub monday: NaiveDate,
    /// Requests received, by channel ("app", "sms", …).
    pub received: BTreeMap<String, u32>,
    pub to_first_call: Delay,
    pub to_confirmation: Delay,
    pub confirmed: u32,
    pub redirected: u32,
    pub closed: u32,
    pub withdrawn: u32,
    /// Received by the end of the week and, then, neither confirmed nor ended.
    pub waiting_at_end: u32,
}

impl Week {
    pub fn received_total(&self) -> u32 {
        self.received.values().sum()
    }
}

/// A CMP's weeks, most recent first. `structure_key` is `None` for requests that named no CMP.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CmpFigures {
    pub structure_key: Option<String>,
    pub weeks: Vec<Week>,
}

/// The Monday of the week holding `t`, on the desk's clock.
fn monday_of(t: DateTime<Utc>, tz: Tz) -> NaiveDate {
    let d = t.with_timezone(&tz).date_naive();
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

/// Midnight starting `day` on the desk's clock, as a moment. A day that starts in a DST gap
/// starts at its first existing instant.
fn start_of(day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let midnight = day.and_time(NaiveTime::MIN);
    match tz.from_local_datetime(&midnight) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        chrono::LocalResult::None => tz
            .from_utc_datetime(&midnight)
            .with_timezone(&Utc)
            .checked_sub_signed(chrono::Duration::hours(1))
            .unwrap_or_else(|| midnight.and_utc()),
    }
}

/// The first moment of the oldest week shown, for the query.
pub fn window_start(now: DateTime<Utc>, tz: Tz, weeks: u32) -> DateTime<Utc> {
    let first = monday_of(now, tz) - Days::new(7 * u64::from(weeks.saturating_sub(1)));
    start_of(first, tz)
}

/// Figures for the last `weeks` weeks (the current one included), per CMP. Every CMP in
/// `cmps` appears, with zero weeks rather than no row: an empty week is a figure too.
pub fn compute(
    moments: &[Moments],
    cmps: &[Option<String>],
    tz: Tz,
    now: DateTime<Utc>,
    weeks: u32,
) -> Vec<CmpFigures> {
    let weeks = weeks.clamp(1, MAX_WEEKS);
    let this_monday = monday_of(now, tz);
    let mondays: Vec<NaiveDate> = (0..weeks)
        .map(|i| this_monday - Days::new(7 * u64::from(i)))
        .collect();
    let mut keys: Vec<Option<String>> = cmps.to_vec();
    for m in moments {
        if !keys.contains(&m.structure_key) {
            keys.push(m.structure_key.clone());
        }
    }
    keys.iter()
        .map(|key| {
            let mine: Vec<&Moments> = moments.iter().filter(|m| &m.structure_key == key).collect();
            let weeks = mondays
                .iter()
                .map(|&monday| week(&mine, monday, tz, now))
                .collect();
            CmpFigures {
                structure_key: key.clone(),
                weeks,
            }
        })
        .collect()
}

fn week(moments: &[&Moments], monday: NaiveDate, tz: Tz, now: DateTime<Utc>) -> Week {
    let start = start_of(monday, tz);
    let end = start_of(monday + Days::new(7), tz).min(now);
    let mut w = Week {
        monday,
        ..Week::default()
    };
    let (mut first_calls, mut confirmations) = (Vec::new(), Vec::new());
    for m in moments {
        let settled = |at: DateTime<Utc>| {
            m.confirmed_at.is_some_and(|c| c <= at) || m.ended.is_some_and(|(_, e)| e <= at)
        };
        if m.received_at < end && !settled(end) {
            w.waiting_at_end += 1;
        }
        if m.received_at < start || m.received_at >= end {
            continue;
        }
        *w.received.entry(m.channel.clone()).or_default() += 1;
        if let Some(c) = m.first_call_at {
            first_calls.push(c - m.received_at);
        }
        if let Some(c) = m.confirmed_at {
            w.confirmed += 1;
            confirmations.push(c - m.received_at);
        }
        match m.ended {
            Some((Ended::Redirected, _)) => w.redirected += 1,
            Some((Ended::Closed, _)) => w.closed += 1,
            Some((Ended::Withdrawn, _)) => w.withdrawn += 1,
            None => {}
        }
    }
    w.to_first_call = Delay::of(first_calls);
    w.to_confirmation = Delay::of(confirmations);
    w
}

/// Reads the moments the figures since `since` need: requests received since then, and older
/// ones still open then (they are in the waiting list).
pub fn load(conn: &Connection, since: DateTime<Utc>) -> Result<Vec<Moments>, DbError> {
    let mut stmt = conn.prepare(
        "SELECT structure_key, channel, received_at, first_call_at, confirmed_at, ended, ended_at
         FROM request_timeline
         WHERE received_at >= ?1 OR COALESCE(confirmed_at, ended_at, '9999') >= ?1",
    )?;
    let rows = stmt.query_map(params![since.to_rfc3339()], |r| {
        Ok((
            r.get::<_, Option<String>>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, Option<String>>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (structure_key, channel, received, first_call, confirmed, ended, ended_at) = row?;
        let ended = match (ended.as_deref(), ended_at) {
            (Some(kind), Some(at)) => Some((
                match kind {
                    "redirected" => Ended::Redirected,
                    "withdrawn" => Ended::Withdrawn,
                    "closed" => Ended::Closed,
                    other => return Err(DbError::Data(format!("unknown end {other:?}"))),
                },
                moment(&at)?,
            )),
            _ => None,
        };
        out.push(Moments {
            structure_key,
            channel,
            received_at: moment(&received)?,
            first_call_at: first_call.as_deref().map(moment).transpose()?,
            confirmed_at: confirmed.as_deref().map(moment).transpose()?,
            ended,
        });
    }
    Ok(out)
}

fn moment(s: &str) -> Result<DateTime<Utc>, DbError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| DbError::Data(format!("timeline moment: {e}")))
}

/// A delay in plain words for the page: "45 min", "5 h", "2 j 3 h".
pub fn delay_words(d: chrono::Duration) -> String {
    let minutes = d.num_minutes().max(0);
    if minutes < 60 {
        format!("{minutes}\u{a0}min")
    } else if minutes < 24 * 60 {
        format!("{}\u{a0}h", minutes / 60)
    } else {
        format!(
            "{}\u{a0}j {}\u{a0}h",
            minutes / (24 * 60),
            (minutes / 60) % 24
        )
    }
}

/// A delay in hours with one decimal and a decimal comma, for the CSV export.
fn hours(d: Option<chrono::Duration>) -> String {
    d.map(|d| {
        let tenths = (d.num_minutes().max(0) + 3) / 6;
        format!("{},{}", tenths / 10, tenths % 10)
    })
    .unwrap_or_default()
}

/// The channels the export has a column for, in this order.
pub const CHANNELS: [&str; 3] = ["app", "sms", "referral"];

/// The figures as CSV, the way French spreadsheets open it: UTF-8 with a byte-order mark,
/// `;` between fields, decimal comma, one line per CMP and week. `name` gives a CMP's name.
pub fn csv(figures: &[CmpFigures], name: impl Fn(Option<&str>) -> String) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(
        "cmp;cle_cmp;semaine_du;recues;recues_app;recues_sms;recues_orientation;recues_autres;\
         premier_appel_mediane_h;premier_appel_p90_h;confirmation_mediane_h;confirmation_p90_h;\
         confirmees;reorientees;closes;retirees_par_la_personne;en_attente_fin_de_semaine\r\n",
    );
    for cmp in figures {
        let label = field(&name(cmp.structure_key.as_deref()));
        let key = field(cmp.structure_key.as_deref().unwrap_or(""));
        for w in &cmp.weeks {
            let by = |c: &str| w.received.get(c).copied().unwrap_or(0);
            let others: u32 = w
                .received
                .iter()
                .filter(|(c, _)| !CHANNELS.contains(&c.as_str()))
                .map(|(_, n)| n)
                .sum();
            out.push_str(&format!(
                "{label};{key};{};{};{};{};{};{others};{};{};{};{};{};{};{};{};{}\r\n",
                w.monday.format("%Y-%m-%d"),
                w.received_total(),
                by("app"),
                by("sms"),
                by("referral"),
                hours(w.to_first_call.median),
                hours(w.to_first_call.p90),
                hours(w.to_confirmation.median),
                hours(w.to_confirmation.p90),
                w.confirmed,
                w.redirected,
                w.closed,
                w.withdrawn,
                w.waiting_at_end,
            ));
        }
    }
    out
}

/// One CSV field: quoted when it holds a separator, a quote or a line break; a leading
/// character a spreadsheet would run as a formula is defused.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::Duration;

    const PARIS: Tz = chrono_tz::Europe::Paris;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn received(key: &str, channel: &str, when: &str) -> Moments {
        Moments {
            structure_key: Some(key.into()),
            channel: channel.into(),
            received_at: at(when),
            first_call_at: None,
            confirmed_at: None,
            ended: None,
        }
    }

    #[test]
    fn percentiles_are_values_that_occurred() {
        let d: Vec<Duration> = (1..=10).map(Duration::hours).collect();
        assert_eq!(percentile(&d, 50), Some(Duration::hours(5)));
        assert_eq!(percentile(&d, 90), Some(Duration::hours(9)));
        assert_eq!(percentile(&d[..1], 90), Some(Duration::hours(1)));
        assert_eq!(percentile(&[], 50), None);
    }

    #[test]
    fn weeks_run_monday_to_sunday_on_the_desks_clock() {
        // Sunday 22 November 2026, 23:30 in Paris is still the week of Monday 16th;
        // the same moment in Réunion (UTC+4) is already Monday 23rd.
        let t = at("2026-11-22T22:30:00Z");
        assert_eq!(
            monday_of(t, PARIS),
            NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()
        );
        assert_eq!(
            monday_of(t, chrono_tz::Indian::Reunion),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
        );
        // A week that ends on the autumn clock change is 169 hours long.
        let start = start_of(NaiveDate::from_ymd_opt(2026, 10, 19).unwrap(), PARIS);
        let end = start_of(NaiveDate::from_ymd_opt(2026, 10, 26).unwrap(), PARIS);
        assert_eq!(end - start, Duration::hours(169));
    }

    #[test]
    fn a_cohort_counts_channels_delays_outcomes_and_the_waiting_list() {
        let now = at("2026-11-25T12:00:00Z"); // Wednesday
        let mut a = received("cmp-a", "app", "2026-11-16T08:00:00Z");
        a.first_call_at = Some(at("2026-11-16T10:00:00Z"));
        a.confirmed_at = Some(at("2026-11-17T08:00:00Z"));
        let mut b = received("cmp-a", "sms", "2026-11-17T08:00:00Z");
        b.first_call_at = Some(at("2026-11-17T14:00:00Z"));
        b.ended = Some((Ended::Redirected, at("2026-11-18T08:00:00Z")));
        let mut c = received("cmp-a", "app", "2026-11-20T08:00:00Z");
        c.ended = Some((Ended::Withdrawn, at("2026-11-24T08:00:00Z")));
        // Received the week before and still open: in both weeks' waiting lists.
        let d = received("cmp-a", "app", "2026-11-12T08:00:00Z");
        let other = received("cmp-b", "app", "2026-11-18T08:00:00Z");
        let figures = compute(&[a, b, c, d, other], &[Some("cmp-a".into())], PARIS, now, 3);
        assert_eq!(figures.len(), 2, "cmp-a, then cmp-b found in the data");
        let cmp_a = &figures[0];
        assert_eq!(cmp_a.weeks.len(), 3);
        let last = &cmp_a.weeks[1];
        assert_eq!(last.monday, NaiveDate::from_ymd_opt(2026, 11, 16).unwrap());
        assert_eq!(last.received_total(), 3);
        assert_eq!(last.received.get("app"), Some(&2));
        assert_eq!(last.received.get("sms"), Some(&1));
        assert_eq!(last.to_first_call.count, 2);
        assert_eq!(last.to_first_call.median, Some(Duration::hours(2)));
        assert_eq!(last.to_first_call.p90, Some(Duration::hours(6)));
        assert_eq!(last.to_confirmation.median, Some(Duration::hours(24)));
        assert_eq!((last.confirmed, last.redirected, last.withdrawn), (1, 1, 1));
        // At the end of that week: c (withdrawn only on the 24th) and d wait.
        assert_eq!(last.waiting_at_end, 2);
        // This week, up to now: only d still waits; nothing received.
        assert_eq!(cmp_a.weeks[0].received_total(), 0);
        assert_eq!(cmp_a.weeks[0].waiting_at_end, 1);
        // The week before: d was received and waited.
        assert_eq!(cmp_a.weeks[2].received_total(), 1);
        assert_eq!(cmp_a.weeks[2].waiting_at_end, 1);
        assert_eq!(figures[1].structure_key.as_deref(), Some("cmp-b"));
    }

    #[test]
    fn a_cmp_without_requests_still_has_its_weeks() {
        let figures = compute(
            &[],
            &[Some("cmp-a".into())],
            PARIS,
            at("2026-11-25T12:00:00Z"),
            4,
        );
        assert_eq!(figures.len(), 1);
        assert_eq!(figures[0].weeks.len(), 4);
        assert!(
            figures[0]
                .weeks
                .iter()
                .all(|w| w.received_total() == 0 && w.to_first_call.median.is_none())
        );
    }

    #[test]
    fn the_period_is_bounded() {
        let figures = compute(&[], &[None], PARIS, at("2026-11-25T12:00:00Z"), 10_000);
        assert_eq!(figures[0].weeks.len(), MAX_WEEKS as usize);
        let figures = compute(&[], &[None], PARIS, at("2026-11-25T12:00:00Z"), 0);
        assert_eq!(figures[0].weeks.len(), 1);
    }

    #[test]
    fn delays_read_plainly() {
        assert_eq!(delay_words(Duration::minutes(45)), "45\u{a0}min");
        assert_eq!(delay_words(Duration::minutes(5 * 60 + 10)), "5\u{a0}h");
        assert_eq!(delay_words(Duration::hours(51)), "2\u{a0}j 3\u{a0}h");
        assert_eq!(hours(Some(Duration::minutes(90))), "1,5");
        assert_eq!(hours(None), "");
    }

    #[test]
    fn the_export_opens_in_a_french_spreadsheet_and_runs_no_formula() {
        let mut w = Week {
            monday: NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(),
            confirmed: 1,
            ..Week::default()
        };
        w.received.insert("app".into(), 2);
        w.received.insert("referral".into(), 1);
        w.received.insert("other".into(), 1);
        w.to_first_call = Delay::of(vec![Duration::minutes(90)]);
        let figures = vec![CmpFigures {
            structure_key: Some("k".into()),
            weeks: vec![w],
        }];
        let text = csv(&figures, |_| "=HYPERLINK(\"x\";\"CMP\")".into());
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[1],
            "\"'=HYPERLINK(\"\"x\"\";\"\"CMP\"\")\";k;2026-11-16;4;2;0;1;1;1,5;1,5;;;1;0;0;0;0"
        );
        let columns = lines[0].split(';').count();
        assert_eq!(columns, 17);
    }

    #[test]
    fn the_timeline_follows_a_request_through_the_triggers() {
        let dir = tempfile::tempdir().unwrap();
        let raw = rusqlite::Connection::open(dir.path().join("desk.db")).unwrap();
        let conn = Connection::sqlite(&raw);
        for sql in crate::db::MIGRATIONS {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute(
            "INSERT INTO staff (login, display_name, phone, role, password_hash, created_at)
             VALUES ('r', 'R', '+33199000001', 'reception', 'x', '2026-11-16T00:00:00+00:00')",
            [],
        )
        .unwrap();
        let insert = |id: &str, channel: &str, received: &str| {
            conn.execute(
                "INSERT INTO request (id, sms_prefix, token_hash, fingerprint, channel,
                    structure_key, content, state, state_name, received_at, updated_at)
                 VALUES (?1, CAST(?1 AS BLOB), CAST(?1 AS BLOB), x'00', ?2, 'cmp-a', '{}', '{}',
                         'received', ?3, ?3)",
                params![id, channel, received],
            )
            .unwrap();
        };
        let set_state = |id: &str, state: &str, name: &str, at: &str| {
            conn.execute(
                "UPDATE request SET state = ?2, state_name = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, state, name, at],
            )
            .unwrap();
        };
        insert("a", "app", "2026-11-16T08:00:00+00:00");
        conn.execute(
            "INSERT INTO call_attempt (request_id, at, outcome, staff_id)
             VALUES ('a', '2026-11-16T09:00:00+00:00', 'no_answer', 1),
                    ('a', '2026-11-16T11:00:00+00:00', 'reached', 1)",
            [],
        )
        .unwrap();
        set_state("a", "{}", "contacting", "2026-11-16T11:00:00+00:00");
        set_state("a", "{}", "confirmed", "2026-11-16T11:00:00+00:00");
        set_state("a", "{}", "confirmed", "2026-11-17T11:00:00+00:00"); // rescheduled
        insert("b", "sms", "2026-11-17T08:00:00+00:00");
        set_state(
            "b",
            r#"{"state":"closed","why":{"reason":"withdrawn"}}"#,
            "closed",
            "2026-11-18T08:00:00+00:00",
        );
        insert("c", "sms", "2026-11-17T09:00:00+00:00");
        conn.execute("UPDATE request SET id = 'c-full' WHERE id = 'c'", [])
            .unwrap();
        set_state(
            "c-full",
            r#"{"state":"closed","why":{"reason":"unreachable"}}"#,
            "closed",
            "2026-11-19T08:00:00+00:00",
        );
        // The purge deletes the requests; their moments stay.
        conn.execute("DELETE FROM request", []).unwrap();
        let mut m = load(&conn, at("2026-11-16T00:00:00Z")).unwrap();
        m.sort_by_key(|m| m.received_at);
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].first_call_at, Some(at("2026-11-16T09:00:00Z")));
        assert_eq!(m[0].confirmed_at, Some(at("2026-11-16T11:00:00Z")));
        assert_eq!(m[0].ended, None);
        assert_eq!(
            m[1].ended,
            Some((Ended::Withdrawn, at("2026-11-18T08:00:00Z")))
        );
        assert_eq!(
            m[2].ended,
            Some((Ended::Closed, at("2026-11-19T08:00:00Z")))
        );
        let ids: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM request_timeline WHERE request_id = 'c-full'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            ids, 1,
            "the timeline follows the SMS request to its full id"
        );
    }
}
