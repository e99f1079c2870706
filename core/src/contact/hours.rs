//! Opening hours in the OpenStreetMap `opening_hours` syntax, the subset directories publish.
//!
//! Supported: `24/7`; weekday selectors with ranges and lists (`Mo-Fr`, `Mo,We,Fr`, `Sa-Mo`);
//! several time spans (`09:00-12:30,13:30-17:00`), spans past midnight (`20:00-02:00`),
//! `off`/`closed`; public holidays (`PH off`, `PH 10:00-12:00`, `Mo-Fr,PH …`). Rules are read
//! left to right and a later rule replaces the days it names, as in the OSM specification.
//! Anything else (months, weeks, sun times, comments) is a typed error: the directory then
//! says "hours not known, call to check" rather than guessing.
//!
//! Why not the `opening-hours` crate: it is the reference for the full grammar and we test
//! against it (see `tests/hours_vs_osm.rs`), but it brings a PEG parser, sun-event maths and a
//! world holiday database into a phone library with a 4 MB budget, and the orientation
//! evaluates hours for every route in a few microseconds. This module evaluates the subset
//! without allocation per rule and knows the French holidays per department.

use super::holidays::{Region, is_public_holiday};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// How far ahead "next opening" looks. Two weeks covers long weekends and holiday bridges.
const HORIZON_DAYS: i64 = 14;
const DAY: u16 = 24 * 60;

/// Parsed opening hours, keeping the original text for display and round trips.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OpeningHours {
    // Shared: every route and contact clones its hours, so a clone must cost nothing.
    raw: Arc<str>,
    schedule: Schedule,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Schedule {
    AlwaysOpen,
    Weekly(Arc<Weekly>),
}

/// One span of minutes after local midnight; `end` may pass 24:00 for spans past midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: u16,
    pub end: u16,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
struct Weekly {
    /// Monday first.
    days: [Vec<Span>; 7],
    /// `None`: holidays follow their weekday. `Some(vec![])`: closed on holidays.
    holiday: Option<Vec<Span>>,
}

/// Where in the text the hours stop making sense, and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("opening hours not understood at character {position}: {reason}")]
pub struct HoursError {
    pub position: usize,
    pub reason: &'static str,
}

/// The state of a place at a given moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoursStatus {
    /// Open around the clock.
    AlwaysOpen,
    /// Open now; closes at that time (local to the place).
    OpenUntil(DateTime<Tz>),
    /// Closed now; opens at that time.
    ClosedUntil(DateTime<Tz>),
    /// Closed now and not opening in the next two weeks.
    ClosedForLong,
}

impl HoursStatus {
    pub fn is_open(&self) -> bool {
        matches!(self, HoursStatus::AlwaysOpen | HoursStatus::OpenUntil(_))
    }

    /// When it next opens, if it is closed now.
    pub fn next_opening(&self) -> Option<DateTime<Tz>> {
        match self {
            HoursStatus::ClosedUntil(t) => Some(*t),
            _ => None,
        }
    }
}

impl OpeningHours {
    pub fn parse(input: &str) -> Result<OpeningHours, HoursError> {
        let schedule = Parser {
            s: input.as_bytes(),
            pos: 0,
        }
        .parse()?;
        Ok(OpeningHours {
            raw: input.trim().into(),
            schedule,
        })
    }

    /// Open around the clock, every day including holidays.
    pub fn always_open() -> OpeningHours {
        OpeningHours {
            raw: "24/7".into(),
            schedule: Schedule::AlwaysOpen,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.raw
    }

    pub fn is_always_open(&self) -> bool {
        matches!(self.schedule, Schedule::AlwaysOpen)
    }

    /// The spans of a weekday (0 = Monday), for display. `None` for `24/7`.
    pub fn weekday_spans(&self, weekday: usize) -> Option<&[Span]> {
        match &self.schedule {
            Schedule::AlwaysOpen => None,
            Schedule::Weekly(w) => w.days.get(weekday).map(Vec::as_slice),
        }
    }

    /// Holiday spans: `None` when holidays follow their weekday.
    pub fn holiday_spans(&self) -> Option<&[Span]> {
        match &self.schedule {
            Schedule::AlwaysOpen => None,
            Schedule::Weekly(w) => w.holiday.as_deref(),
        }
    }

    /// Open now? And until when, or when does it next open? DST-correct in the place's zone.
    pub fn status(&self, now: DateTime<Utc>, region: Region) -> HoursStatus {
        let Schedule::Weekly(week) = &self.schedule else {
            return HoursStatus::AlwaysOpen;
        };
        let tz = region.tz();
        let local = now.with_timezone(&tz).naive_local();
        let today = local.date();
        let mut open_until: Option<NaiveDateTime> = None;
        // Walk the days from yesterday (its spans may pass midnight) to the horizon,
        // extending the current open period across adjacent spans.
        for offset in -1..=HORIZON_DAYS {
            let date = today + Duration::days(offset);
            let midnight = date.and_time(chrono::NaiveTime::MIN);
            for span in week.spans_on(date, region) {
                let start = midnight + Duration::minutes(i64::from(span.start));
                let end = midnight + Duration::minutes(i64::from(span.end));
                match open_until {
                    Some(until) if start <= until => open_until = Some(until.max(end)),
                    Some(until) => return HoursStatus::OpenUntil(to_zone(tz, until)),
                    None if start <= local && local < end => open_until = Some(end),
                    None if start > local => {
                        return HoursStatus::ClosedUntil(to_zone(tz, start));
                    }
                    None => {}
                }
            }
        }
        match open_until {
            // Open for the whole horizon: as good as always open for a person.
            Some(_) => HoursStatus::AlwaysOpen,
            None => HoursStatus::ClosedForLong,
        }
    }
}

impl Weekly {
    fn spans_on(&self, date: NaiveDate, region: Region) -> &[Span] {
        if let Some(holiday) = &self.holiday
            && is_public_holiday(date, region)
        {
            return holiday;
        }
        &self.days[date.weekday().num_days_from_monday() as usize]
    }
}

/// A local wall-clock time in the zone: in the autumn overlap take the first, in the spring
/// gap (02:00–03:00 does not exist) take the first valid minute after it.
fn to_zone(tz: Tz, local: NaiveDateTime) -> DateTime<Tz> {
    let mut t = local;
    for _ in 0..4 {
        if let Some(dt) = tz.from_local_datetime(&t).earliest() {
            return dt;
        }
        t += Duration::minutes(30);
    }
    tz.from_utc_datetime(&local)
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
}

const WEEKDAYS: [&[u8; 2]; 7] = [b"mo", b"tu", b"we", b"th", b"fr", b"sa", b"su"];

/// What a rule's selector names.
#[derive(Default)]
struct Selector {
    days: u8,
    holiday: bool,
}

impl Parser<'_> {
    fn err<T>(&self, reason: &'static str) -> Result<T, HoursError> {
        Err(HoursError {
            position: self.pos,
            reason,
        })
    }

    fn parse(mut self) -> Result<Schedule, HoursError> {
        let mut week = Weekly::default();
        let mut any_rule = false;
        let mut only_24_7 = true;
        loop {
            self.skip_ws();
            if self.pos >= self.s.len() {
                break;
            }
            if self.peek() == Some(b';') {
                self.pos += 1;
                continue;
            }
            any_rule = true;
            if self.eat_keyword("24/7") {
                for day in &mut week.days {
                    *day = vec![Span { start: 0, end: DAY }];
                }
            } else {
                only_24_7 = false;
                let selector = self.selector()?;
                self.skip_ws();
                let spans = if self.at_rule_end() {
                    if selector.days == 0 && !selector.holiday {
                        return self.err("empty rule");
                    }
                    vec![Span { start: 0, end: DAY }]
                } else if self.eat_keyword("off") || self.eat_keyword("closed") {
                    Vec::new()
                } else {
                    let spans = self.spans()?;
                    self.skip_ws();
                    let _ = self.eat_keyword("open");
                    spans
                };
                let days = if selector.days == 0 && !selector.holiday {
                    0x7f
                } else {
                    selector.days
                };
                for (i, day) in week.days.iter_mut().enumerate() {
                    if days & (1 << i) != 0 {
                        day.clone_from(&spans);
                    }
                }
                if selector.holiday {
                    week.holiday = Some(spans);
                }
            }
            self.skip_ws();
            match self.peek() {
                None => break,
                Some(b';') => self.pos += 1,
                Some(_) => return self.err("expected ';' between rules"),
            }
        }
        if !any_rule {
            return self.err("no opening hours given");
        }
        if only_24_7 {
            return Ok(Schedule::AlwaysOpen);
        }
        for day in &mut week.days {
            normalize(day);
        }
        if let Some(h) = &mut week.holiday {
            normalize(h);
        }
        Ok(Schedule::Weekly(Arc::new(week)))
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn at_rule_end(&self) -> bool {
        matches!(self.peek(), None | Some(b';'))
    }

    fn eat_keyword(&mut self, kw: &str) -> bool {
        let end = self.pos + kw.len();
        let matches = self
            .s
            .get(self.pos..end)
            .is_some_and(|w| w.eq_ignore_ascii_case(kw.as_bytes()));
        let boundary = !self.s.get(end).is_some_and(|c| c.is_ascii_alphanumeric());
        if matches && boundary {
            self.pos = end;
        }
        matches && boundary
    }

    fn weekday(&self) -> Option<u8> {
        let w = self.s.get(self.pos..self.pos + 2)?;
        let lower = [w[0].to_ascii_lowercase(), w[1].to_ascii_lowercase()];
        let next_is_letter = self
            .s
            .get(self.pos + 2)
            .is_some_and(u8::is_ascii_alphabetic);
        if next_is_letter {
            return None;
        }
        WEEKDAYS.iter().position(|d| **d == lower).map(|i| i as u8)
    }

    fn is_holiday(&self) -> bool {
        let w = self.s.get(self.pos..self.pos + 2);
        w.is_some_and(|w| w.eq_ignore_ascii_case(b"PH"))
            && !self
                .s
                .get(self.pos + 2)
                .is_some_and(u8::is_ascii_alphabetic)
    }

    fn selector(&mut self) -> Result<Selector, HoursError> {
        let mut sel = Selector::default();
        loop {
            if self.is_holiday() {
                self.pos += 2;
                sel.holiday = true;
            } else if let Some(first) = self.weekday() {
                self.pos += 2;
                if self.peek() == Some(b'-') {
                    self.pos += 1;
                    let Some(last) = self.weekday() else {
                        return self.err("expected a weekday after '-' (Mo Tu We Th Fr Sa Su)");
                    };
                    self.pos += 2;
                    // Ranges may wrap around the week: Sa-Mo.
                    let mut d = first;
                    loop {
                        sel.days |= 1 << d;
                        if d == last {
                            break;
                        }
                        d = (d + 1) % 7;
                    }
                } else {
                    sel.days |= 1 << first;
                }
            } else {
                if sel.days != 0 || sel.holiday {
                    return self.err("expected a weekday (Mo Tu We Th Fr Sa Su) or PH");
                }
                return Ok(sel);
            }
            // A ',' continues the selector only if a weekday or PH follows.
            let save = self.pos;
            if self.peek() == Some(b',') {
                self.pos += 1;
                self.skip_ws();
                if self.weekday().is_some() || self.is_holiday() {
                    continue;
                }
            }
            self.pos = save;
            if self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                return self.err("unknown day name (use Mo Tu We Th Fr Sa Su or PH)");
            }
            return Ok(sel);
        }
    }

    fn spans(&mut self) -> Result<Vec<Span>, HoursError> {
        let mut spans = Vec::with_capacity(2);
        loop {
            self.skip_ws();
            let start = self.time(false)?;
            if self.peek() != Some(b'-') {
                return self.err("expected '-' between two times, as in 09:00-12:00");
            }
            self.pos += 1;
            let mut end = self.time(true)?;
            if end <= start {
                // Past midnight: 20:00-02:00 ends the next morning.
                end += DAY;
            }
            spans.push(Span { start, end });
            self.skip_ws();
            if self.peek() == Some(b',') {
                self.pos += 1;
            } else {
                return Ok(spans);
            }
        }
    }

    fn time(&mut self, is_end: bool) -> Result<u16, HoursError> {
        let digits = |p: &Self, from: usize, n: usize| -> Option<u16> {
            let w = p.s.get(from..from + n)?;
            w.iter()
                .all(u8::is_ascii_digit)
                .then(|| w.iter().fold(0, |a, d| a * 10 + u16::from(d - b'0')))
        };
        let Some(h) = digits(self, self.pos, 2) else {
            return self.err("expected a time as HH:MM");
        };
        if self.s.get(self.pos + 2) != Some(&b':') {
            return self.err("expected ':' in the time, as in 09:30");
        }
        let Some(m) = digits(self, self.pos + 3, 2) else {
            return self.err("expected two digits for the minutes");
        };
        if m > 59 || h > 24 || (h == 24 && (m != 0 || !is_end)) {
            return self.err("time out of range (00:00 to 24:00)");
        }
        self.pos += 5;
        Ok(h * 60 + m)
    }
}

/// Sorts and merges overlapping spans so evaluation can walk them in order.
fn normalize(spans: &mut Vec<Span>) {
    spans.sort_unstable();
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    *spans = merged;
}

impl fmt::Debug for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OpeningHours({:?})", self.raw)
    }
}

impl fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl TryFrom<String> for OpeningHours {
    type Error = HoursError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        OpeningHours::parse(&value)
    }
}

impl From<OpeningHours> for String {
    fn from(h: OpeningHours) -> String {
        h.raw.as_ref().to_owned()
    }
}

impl std::str::FromStr for OpeningHours {
    type Err = HoursError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OpeningHours::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn paris(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        chrono_tz::Europe::Paris
            .with_ymd_and_hms(y, mo, d, h, mi, 0)
            .single()
            .expect("valid Paris time")
            .with_timezone(&Utc)
    }

    fn local(s: HoursStatus) -> String {
        match s {
            HoursStatus::AlwaysOpen => "always".into(),
            HoursStatus::OpenUntil(t) => format!("open until {}", t.format("%a %d %H:%M %Z")),
            HoursStatus::ClosedUntil(t) => format!("closed until {}", t.format("%a %d %H:%M %Z")),
            HoursStatus::ClosedForLong => "closed for long".into(),
        }
    }

    const CMP: &str = "Mo-Fr 09:00-12:30,13:30-17:00; PH off";

    #[test]
    fn table_of_moments() {
        let h = OpeningHours::parse(CMP).unwrap();
        let cal = Region::Metropole;
        // 2026-11-23 is a Monday.
        let cases = [
            (paris(2026, 11, 23, 8, 59), "closed until Mon 23 09:00 CET"),
            (paris(2026, 11, 23, 9, 0), "open until Mon 23 12:30 CET"),
            (paris(2026, 11, 23, 12, 45), "closed until Mon 23 13:30 CET"),
            (paris(2026, 11, 23, 17, 0), "closed until Tue 24 09:00 CET"),
            (paris(2026, 11, 27, 18, 0), "closed until Mon 30 09:00 CET"),
            (paris(2026, 11, 28, 11, 0), "closed until Mon 30 09:00 CET"),
            // 11 November is a holiday (Wednesday in 2026).
            (paris(2026, 11, 10, 17, 30), "closed until Thu 12 09:00 CET"),
            // Christmas Friday, then the weekend.
            (paris(2026, 12, 24, 18, 0), "closed until Mon 28 09:00 CET"),
            // Easter Monday 2027 is 29 March.
            (paris(2027, 3, 26, 18, 0), "closed until Tue 30 09:00 CEST"),
        ];
        for (now, expected) in cases {
            assert_eq!(local(h.status(now, cal)), expected, "at {now}");
        }
    }

    #[test]
    fn daylight_saving_changes() {
        let cal = Region::Metropole;
        // Spring forward: Sunday 29 March 2026, 02:00 → 03:00.
        let h = OpeningHours::parse("Mo-Su 08:00-20:00").unwrap();
        let sat_night = paris(2026, 3, 28, 21, 0);
        match h.status(sat_night, cal) {
            HoursStatus::ClosedUntil(t) => {
                assert_eq!(t.to_rfc3339(), "2026-03-29T08:00:00+02:00");
                assert_eq!((t.with_timezone(&Utc) - sat_night).num_hours(), 10);
            }
            other => panic!("{other:?}"),
        }
        // Fall back: Sunday 25 October 2026, 03:00 → 02:00.
        let sat_night = paris(2026, 10, 24, 21, 0);
        match h.status(sat_night, cal) {
            HoursStatus::ClosedUntil(t) => {
                assert_eq!(t.to_rfc3339(), "2026-10-25T08:00:00+01:00");
                assert_eq!((t.with_timezone(&Utc) - sat_night).num_hours(), 12);
            }
            other => panic!("{other:?}"),
        }
        // An opening inside the missing hour starts at the first valid minute.
        let night = OpeningHours::parse("Su 02:30-05:00").unwrap();
        match night.status(paris(2026, 3, 28, 12, 0), cal) {
            HoursStatus::ClosedUntil(t) => assert_eq!(t.to_rfc3339(), "2026-03-29T03:00:00+02:00"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn always_open_and_overnight() {
        let cal = Region::Metropole;
        let always = OpeningHours::parse("24/7").unwrap();
        assert!(always.is_always_open());
        assert_eq!(
            always.status(paris(2026, 12, 25, 3, 0), cal),
            HoursStatus::AlwaysOpen
        );
        let night = OpeningHours::parse("Fr 20:00-02:00").unwrap();
        assert_eq!(
            local(night.status(paris(2026, 11, 28, 1, 0), cal)),
            "open until Sat 28 02:00 CET"
        );
        assert_eq!(
            local(night.status(paris(2026, 11, 28, 3, 0), cal)),
            "closed until Fri 04 20:00 CET"
        );
        let allday = OpeningHours::parse("Mo-Su 00:00-24:00; PH off").unwrap();
        assert_eq!(
            local(allday.status(paris(2026, 12, 24, 12, 0), cal)),
            "open until Fri 25 00:00 CET"
        );
    }

    #[test]
    fn later_rules_override_and_holidays_can_open() {
        let cal = Region::Metropole;
        let h = OpeningHours::parse("Mo-Fr 09:00-17:00; We 09:00-12:00; PH 10:00-12:00").unwrap();
        assert_eq!(
            h.weekday_spans(2),
            Some(
                &[Span {
                    start: 540,
                    end: 720
                }][..]
            )
        );
        // 11 Nov 2026 (Wednesday holiday): 10-12.
        assert_eq!(
            local(h.status(paris(2026, 11, 11, 9, 0), cal)),
            "closed until Wed 11 10:00 CET"
        );
        let closed = OpeningHours::parse("Mo-Fr 09:00-17:00; Tu off").unwrap();
        assert_eq!(closed.weekday_spans(1), Some(&[][..]));
        let wrap = OpeningHours::parse("Sa-Mo 10:00-11:00").unwrap();
        for (d, open) in [(0, true), (1, false), (4, false), (5, true), (6, true)] {
            assert_eq!(wrap.weekday_spans(d).unwrap().is_empty(), !open, "day {d}");
        }
        let list = OpeningHours::parse("mo,We, Fr 09:00-10:00, 14:00-15:00 open").unwrap();
        assert_eq!(list.weekday_spans(4).unwrap().len(), 2);
        assert!(list.weekday_spans(1).unwrap().is_empty());
    }

    #[test]
    fn closed_for_long() {
        let h = OpeningHours::parse("off").unwrap();
        assert_eq!(
            h.status(paris(2026, 1, 5, 10, 0), Region::Metropole),
            HoursStatus::ClosedForLong
        );
    }

    #[test]
    fn regional_holidays_and_zones() {
        let h = OpeningHours::parse(CMP).unwrap();
        // Good Friday 2027 is 26 March: a holiday in Alsace-Moselle only.
        let good_friday = paris(2027, 3, 26, 10, 0);
        assert!(h.status(good_friday, Region::Metropole).is_open());
        assert!(
            !h.status(good_friday, Region::for_department("67"))
                .is_open()
        );
        // La Réunion is UTC+4: 10:00 in Paris (CET) is 13:00 there, lunch break.
        let reunion = Region::for_department("974");
        let at = paris(2026, 11, 24, 10, 0);
        assert_eq!(
            local(h.status(at, reunion)),
            "closed until Tue 24 13:30 +04"
        );
        // 20 December: abolition of slavery day in La Réunion (Sunday in 2026; Monday in 2027).
        let d = NaiveDate::from_ymd_opt(2027, 12, 20).unwrap();
        assert!(is_public_holiday(d, Region::Reunion));
        assert!(!is_public_holiday(d, Region::Metropole));
    }

    #[test]
    fn errors_point_at_the_problem() {
        let cases = [
            ("", 0, "no opening hours given"),
            ("Mo-Fr 9:00-17:00", 6, "expected a time as HH:MM"),
            (
                "Mo-Fr 09:00",
                11,
                "expected '-' between two times, as in 09:00-12:00",
            ),
            (
                "Mo-Fr 09:00-25:00",
                12,
                "time out of range (00:00 to 24:00)",
            ),
            (
                "Mo-Xy 09:00-10:00",
                3,
                "expected a weekday after '-' (Mo Tu We Th Fr Sa Su)",
            ),
            ("Jan-Mar 09:00-10:00", 0, "expected a time as HH:MM"),
            ("Mo-Fr 09:00-10:00 Sa", 18, "expected ';' between rules"),
            ("sunrise-sunset", 0, "expected a time as HH:MM"),
            ("Mondays 10:00-11:00", 0, "expected a time as HH:MM"),
        ];
        for (input, position, reason) in cases {
            assert_eq!(
                OpeningHours::parse(input),
                Err(HoursError { position, reason }),
                "{input}"
            );
        }
    }

    #[test]
    fn serde_keeps_the_text() {
        let h = OpeningHours::parse(CMP).unwrap();
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(json, format!("\"{CMP}\""));
        assert_eq!(serde_json::from_str::<OpeningHours>(&json).unwrap(), h);
        assert!(serde_json::from_str::<OpeningHours>("\"Mo 9h\"").is_err());
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC{0,40}") {
            let _ = OpeningHours::parse(&s);
        }

        #[test]
        fn status_is_consistent(
            s in "(Mo|Tu|We|Th|Fr|Sa|Su)(-(Mo|Tu|We|Th|Fr|Sa|Su))? ([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9](; PH off)?",
            secs in 1_700_000_000i64..1_900_000_000,
        ) {
            let h = OpeningHours::parse(&s).unwrap();
            let now = DateTime::from_timestamp(secs, 0).unwrap();
            match h.status(now, Region::Metropole) {
                HoursStatus::OpenUntil(t) => proptest::prop_assert!(t.with_timezone(&Utc) > now),
                HoursStatus::ClosedUntil(t) => {
                    proptest::prop_assert!(t.with_timezone(&Utc) > now);
                    // At the announced opening, it is open.
                    let at = t.with_timezone(&Utc);
                    proptest::prop_assert!(h.status(at, Region::Metropole).is_open(), "{s} at {at}");
                }
                HoursStatus::AlwaysOpen | HoursStatus::ClosedForLong => {}
            }
        }
    }
}
