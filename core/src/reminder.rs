//! Appointment reminders and quiet hours, shared by the desk (the reminder SMS) and the phone
//! (the local notification): when a reminder goes, and what the phone's notification says.
//!
//! Everything takes `now` and a time zone: nothing here reads the clock, so the rules are
//! tested across daylight-saving changes and in every overseas time zone. A local time that
//! does not exist (the spring change) moves forward; one that exists twice (autumn) takes the
//! first.

use crate::contact::Region;
use crate::i18n::{Arg, Message};
use crate::request::RequestState;
use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// Hours when no SMS goes out, in the local time of the place (default 20:00 to 08:30).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Default for QuietHours {
    fn default() -> QuietHours {
        QuietHours {
            start: NaiveTime::from_hms_opt(20, 0, 0).unwrap_or(NaiveTime::MIN),
            end: NaiveTime::from_hms_opt(8, 30, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

/// The first real instant of a local date and time: a time skipped by the spring change
/// moves forward by the gap, a time repeated in autumn takes its first occurrence.
pub fn resolve_local(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    let mut t = local;
    // DST gaps are at most one hour in the zones we know; a few steps are plenty.
    for _ in 0..8 {
        if let Some(x) = tz.from_local_datetime(&t).earliest() {
            return x.with_timezone(&Utc);
        }
        t += chrono::Duration::minutes(15);
    }
    // Unreachable for real zones; the UTC reading is the least surprising fallback.
    Utc.from_utc_datetime(&local)
}

impl QuietHours {
    /// Parses "HH:MM" pairs; `start == end` means no quiet hours.
    pub fn parse(start: &str, end: &str) -> Option<QuietHours> {
        Some(QuietHours {
            start: NaiveTime::parse_from_str(start.trim(), "%H:%M").ok()?,
            end: NaiveTime::parse_from_str(end.trim(), "%H:%M").ok()?,
        })
    }

    /// Whether a local time of day is quiet.
    pub fn contains(&self, t: NaiveTime) -> bool {
        if self.start == self.end {
            false
        } else if self.start > self.end {
            // Across midnight (the usual case): evening or early morning.
            t >= self.start || t < self.end
        } else {
            t >= self.start && t < self.end
        }
    }

    /// `t` if it is outside quiet hours in `tz`, else the moment they end.
    pub fn next_allowed(&self, t: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        let local = t.with_timezone(&tz).naive_local();
        if !self.contains(local.time()) {
            return t;
        }
        let day = if self.start > self.end && local.time() >= self.start {
            local.date() + Days::new(1)
        } else {
            local.date()
        };
        resolve_local(tz, day.and_time(self.end))
    }
}

/// When reminders go: how many days before the appointment, and the quiet hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderPolicy {
    /// Days before the appointment (local calendar days); 0 turns reminders off.
    pub days_before: u32,
    pub quiet: QuietHours,
}

impl Default for ReminderPolicy {
    fn default() -> ReminderPolicy {
        ReminderPolicy {
            days_before: 1,
            quiet: QuietHours::default(),
        }
    }
}

impl ReminderPolicy {
    /// When the reminder of an appointment at `when` goes, in the place's time zone `tz`: on
    /// the local day `days_before` earlier, at the appointment's local time of day, moved out
    /// of quiet hours (an early appointment's reminder goes when they end, a late one's half
    /// an hour before they begin). `None` when reminders are off, or when that moment is not
    /// after `now` (the confirmation, just sent, is reminder enough).
    pub fn reminder_at(
        &self,
        when: DateTime<Utc>,
        tz: Tz,
        now: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        if self.days_before == 0 {
            return None;
        }
        let local = when.with_timezone(&tz).naive_local();
        let day: NaiveDate = local
            .date()
            .checked_sub_days(Days::new(u64::from(self.days_before)))?;
        let mut time = local.time();
        if self.quiet.contains(time) {
            let before_start = self.quiet.start - chrono::Duration::minutes(30);
            time = if self.quiet.start > self.quiet.end && time >= self.quiet.start {
                before_start
            } else {
                self.quiet.end
            };
        }
        let at = resolve_local(tz, day.and_time(time));
        let at = self.quiet.next_allowed(at, tz);
        (at > now && at < when).then_some(at)
    }
}

/// A notification the phone schedules for itself: when, and its neutral texts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LocalNotification {
    /// Stable per request and appointment, so that the shell replaces rather than adds.
    pub id: String,
    pub at: DateTime<Utc>,
    pub title: Message,
    pub body: Message,
}

/// The reminder the phone should have scheduled for a request in `state`, or `None` (no
/// dated appointment, or too late). The shell cancels what it scheduled before for the
/// request and schedules this; the title says only "Rendez-vous", the body names no care.
pub fn local_notification(
    request_id: &str,
    state: &RequestState,
    policy: &ReminderPolicy,
    now: DateTime<Utc>,
) -> Option<LocalNotification> {
    let RequestState::Confirmed(a) = state else {
        return None;
    };
    let when = a.when?;
    let region: Region = a.with.region;
    let tz = region.tz();
    let at = policy.reminder_at(when.with_timezone(&Utc), tz, now)?;
    let local_when = when.with_timezone(&tz).fixed_offset();
    Some(LocalNotification {
        id: format!("reminder:{request_id}:{}", when.timestamp()),
        at,
        title: Message::new("notif-reminder-title"),
        body: Message::new("notif-reminder-body")
            .with_arg("when", Arg::When(local_when))
            .with("place", a.place.as_str())
            .with("phone", a.with.phone.national()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::{HumanContact, Phone, Role, Who};
    use crate::i18n::Localizer;
    use crate::request::{Appointment, AppointmentKind};

    fn local(tz: Tz, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        tz.with_ymd_and_hms(y, m, d, h, min, 0)
            .earliest()
            .unwrap()
            .with_timezone(&Utc)
    }

    fn hm(t: DateTime<Utc>, tz: Tz) -> String {
        t.with_timezone(&tz).format("%Y-%m-%d %H:%M %Z").to_string()
    }

    const PARIS: Tz = chrono_tz::Europe::Paris;
    const REUNION: Tz = chrono_tz::Indian::Reunion;
    const GUADELOUPE: Tz = chrono_tz::America::Guadeloupe;

    #[test]
    fn quiet_hours_across_midnight_and_in_each_zone() {
        let q = QuietHours::default();
        for tz in [PARIS, REUNION, GUADELOUPE, chrono_tz::America::Cayenne] {
            // 21:00 local → 08:30 the next morning, local.
            let t = local(tz, 2026, 11, 30, 21, 0);
            assert_eq!(hm(q.next_allowed(t, tz), tz)[..16], *"2026-12-01 08:30");
            // 07:00 local → 08:30 the same morning.
            let t = local(tz, 2026, 11, 30, 7, 0);
            assert_eq!(hm(q.next_allowed(t, tz), tz)[..16], *"2026-11-30 08:30");
            // 08:30 and 19:59 are allowed; 20:00 is not.
            for (h, m, quiet) in [
                (8, 30, false),
                (19, 59, false),
                (20, 0, true),
                (8, 29, true),
            ] {
                let t = local(tz, 2026, 11, 30, h, m);
                assert_eq!(q.next_allowed(t, tz) != t, quiet, "{h}:{m} in {tz}");
            }
        }
        // The same UTC instant is quiet in Paris and not in Guadeloupe (5 hours behind).
        let t = local(PARIS, 2026, 11, 30, 22, 0);
        assert_ne!(q.next_allowed(t, PARIS), t);
        assert_eq!(q.next_allowed(t, GUADELOUPE), t);
        assert!(QuietHours::parse("20:00", "08:30") == Some(q));
        assert!(QuietHours::parse("25:00", "08:30").is_none());
        let none = QuietHours::parse("00:00", "00:00").unwrap();
        assert_eq!(none.next_allowed(t, PARIS), t);
    }

    #[test]
    fn reminders_the_day_before_at_the_same_local_time_across_dst() {
        let p = ReminderPolicy::default();
        let long_ago = local(PARIS, 2026, 1, 1, 0, 0);
        // Monday 30 March 2026, 10:00 in Paris; clocks went forward on Sunday 29 March.
        let when = local(PARIS, 2026, 3, 30, 10, 0);
        let at = p.reminder_at(when, PARIS, long_ago).unwrap();
        assert_eq!(hm(at, PARIS), "2026-03-29 10:00 CEST");
        assert_eq!(
            at.format("%H:%M").to_string(),
            "08:00",
            "UTC+2 on the Sunday"
        );
        // Monday 26 October 2026, 10:00; clocks went back on Sunday 25 October.
        let when = local(PARIS, 2026, 10, 26, 10, 0);
        let at = p.reminder_at(when, PARIS, long_ago).unwrap();
        assert_eq!(hm(at, PARIS), "2026-10-25 10:00 CET");
        // Réunion and Guadeloupe have no DST: the same local hour.
        for tz in [REUNION, GUADELOUPE] {
            let when = local(tz, 2026, 3, 30, 10, 0);
            let at = p.reminder_at(when, tz, long_ago).unwrap();
            assert_eq!(hm(at, tz)[..16], *"2026-03-29 10:00");
        }
        // An 8:00 appointment is reminded at 8:30 the day before; a 21:00 one at 19:30.
        let at = p
            .reminder_at(local(PARIS, 2026, 6, 2, 8, 0), PARIS, long_ago)
            .unwrap();
        assert_eq!(hm(at, PARIS), "2026-06-01 08:30 CEST");
        let at = p
            .reminder_at(local(PARIS, 2026, 6, 2, 21, 0), PARIS, long_ago)
            .unwrap();
        assert_eq!(hm(at, PARIS), "2026-06-01 19:30 CEST");
        // Two days before, when configured.
        let two = ReminderPolicy {
            days_before: 2,
            ..p
        };
        let at = two
            .reminder_at(local(PARIS, 2026, 6, 3, 9, 0), PARIS, long_ago)
            .unwrap();
        assert_eq!(hm(at, PARIS), "2026-06-01 09:00 CEST");
        // Too late: confirmed this afternoon for tomorrow morning → no reminder.
        let now = local(PARIS, 2026, 6, 1, 15, 0);
        assert_eq!(
            p.reminder_at(local(PARIS, 2026, 6, 2, 9, 0), PARIS, now),
            None
        );
        let off = ReminderPolicy {
            days_before: 0,
            ..p
        };
        assert_eq!(
            off.reminder_at(local(PARIS, 2026, 6, 2, 9, 0), PARIS, now),
            None
        );
    }

    #[test]
    fn a_local_time_that_does_not_exist_moves_forward() {
        // 02:30 on 29 March 2026 does not exist in Paris.
        let d = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        let t = resolve_local(PARIS, d.and_hms_opt(2, 30, 0).unwrap());
        assert_eq!(hm(t, PARIS), "2026-03-29 03:00 CEST");
        // 02:30 on 25 October 2026 exists twice: the first (summer time) is taken.
        let d = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
        let t = resolve_local(PARIS, d.and_hms_opt(2, 30, 0).unwrap());
        assert_eq!(hm(t, PARIS), "2026-10-25 02:30 CEST");
    }

    #[test]
    fn the_phone_schedules_a_neutral_notification_for_a_dated_appointment_only() {
        let with = HumanContact::new(
            Who::named("Claire Martin", Some(Role::IntakeNurse)),
            "CMP Les Tilleuls",
            Phone::parse("01 99 00 10 01").unwrap(),
            None,
        )
        .with_region(Region::Reunion);
        let when = local(REUNION, 2026, 11, 30, 9, 30);
        let a = Appointment {
            kind: AppointmentKind::NurseIntake,
            when: Some(when.with_timezone(&REUNION).fixed_offset()),
            place: "4 rue de la Gare, 97400 Saint-Denis".into(),
            with,
            confirmed_by: "Accueil".into(),
            confirmed_at: local(REUNION, 2026, 11, 2, 10, 0),
        };
        let p = ReminderPolicy::default();
        let now = local(REUNION, 2026, 11, 2, 10, 0);
        let n = local_notification("r1", &RequestState::Confirmed(a.clone()), &p, now).unwrap();
        assert_eq!(hm(n.at, REUNION)[..16], *"2026-11-29 09:30");
        let fr = Localizer::french();
        assert_eq!(fr.text(&n.title), "Rendez-vous");
        let body = fr.text(&n.body);
        assert_eq!(
            body,
            "lundi 30 novembre à 9 h 30, 4 rue de la Gare, 97400 Saint-Denis. Pour changer ou annuler : 01 99 00 10 01."
        );
        assert!(crate::neutral::is_neutral(&body));
        assert!(crate::neutral::is_neutral(&fr.text(&n.title)));
        // The same request asked again gives the same id (the shell replaces it).
        let again = local_notification("r1", &RequestState::Confirmed(a.clone()), &p, now);
        assert_eq!(again.map(|n| n.id), Some(n.id));
        // Waiting list (no date), other states, or past the reminder time: nothing.
        let mut waiting = a.clone();
        waiting.when = None;
        waiting.kind = AppointmentKind::WaitingList;
        assert!(local_notification("r1", &RequestState::Confirmed(waiting), &p, now).is_none());
        assert!(local_notification("r1", &RequestState::Received { at: now }, &p, now).is_none());
        let late = local(REUNION, 2026, 11, 29, 12, 0);
        assert!(local_notification("r1", &RequestState::Confirmed(a), &p, late).is_none());
    }
}
