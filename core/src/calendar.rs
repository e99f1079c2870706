//! A confirmed appointment as an iCalendar event (RFC 5545), for the person's calendar.
//!
//! Wording is neutral by default: a calendar is often synced, shared or shown on a lock
//! screen, so the title says "Rendez-vous" and never "psychiatrie" unless the person chooses
//! a title. The place and the named human's phone are in the event, so the person knows
//! whom to call to change it.

use crate::i18n::Localizer;
use crate::request::{Appointment, AppointmentKind};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("a place on the waiting list has no date yet: the CMP will call with one")]
    NoDate,
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The `.ics` text of an appointment. `title` overrides the neutral title.
pub fn appointment_ics(
    request: Uuid,
    a: &Appointment,
    title: Option<&str>,
    loc: &Localizer,
) -> Result<String, CalendarError> {
    let when = a.when.ok_or(CalendarError::NoDate)?.with_timezone(&Utc);
    let duration = match a.kind {
        AppointmentKind::NurseIntake | AppointmentKind::WaitingList => Duration::minutes(45),
        AppointmentKind::Medical => Duration::minutes(30),
    };
    let who = a.with.who.name().map(str::to_owned).unwrap_or_default();
    let description = loc.text(
        &crate::i18n::Message::new("calendar-description")
            .with("name", who)
            .with("phone", a.with.phone.national()),
    );
    let summary = title
        .map(str::to_owned)
        .unwrap_or_else(|| loc.key("calendar-title"));
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Relais//Relais 1.0//FR".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{request}@relais.invalid"),
        format!("DTSTAMP:{}", stamp(a.confirmed_at)),
        format!("DTSTART:{}", stamp(when)),
        format!("DTEND:{}", stamp(when + duration)),
        format!("SUMMARY:{}", escape(&summary)),
        format!("LOCATION:{}", escape(&a.place)),
        format!("DESCRIPTION:{}", escape(&description)),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", escape(&summary)),
        "TRIGGER:-PT2H".to_owned(),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    Ok(lines.iter().map(|l| fold(l)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::{HumanContact, OpeningHours, Phone, Role, Who};
    use chrono::TimeZone;

    fn appointment() -> Appointment {
        Appointment {
            kind: AppointmentKind::NurseIntake,
            when: Some(
                chrono_tz::Europe::Paris
                    .with_ymd_and_hms(2026, 12, 3, 14, 30, 0)
                    .unwrap()
                    .fixed_offset(),
            ),
            place: "11 route de Montrelais, 96200 Montrelais".into(),
            with: HumanContact::new(
                Who::named("Paul Girard", Some(Role::IntakeNurse)),
                "CMP des Collines",
                Phone::parse("03 53 01 30 01").unwrap(),
                OpeningHours::parse("Mo-Fr 09:00-17:00").ok(),
            ),
            confirmed_by: "Claire Martin".into(),
            confirmed_at: Utc.with_ymd_and_hms(2026, 11, 24, 10, 5, 0).unwrap(),
        }
    }

    #[test]
    fn neutral_event_with_place_and_phone() {
        let id = Uuid::parse_str("01936f6e-8e3a-7b2c-9d4e-0123456789ab").unwrap();
        let ics = appointment_ics(id, &appointment(), None, &Localizer::french()).unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("DTSTART:20261203T133000Z\r\n"));
        assert!(ics.contains("DTEND:20261203T141500Z\r\n"));
        assert!(ics.contains("SUMMARY:Rendez-vous\r\n"));
        assert!(ics.contains("LOCATION:11 route de Montrelais\\, 96200 Montrelais\r\n"));
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("DESCRIPTION:Avec Paul Girard. Pour changer ou annuler\\, appelez le 03 53 01 30 01."), "{unfolded}");
        assert!(!ics.to_lowercase().contains("psychiatr"));
        assert!(
            !ics.contains("CMP"),
            "no structure kind in a neutral event: {ics}"
        );
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let titled =
            appointment_ics(id, &appointment(), Some("RDV CMP"), &Localizer::french()).unwrap();
        assert!(titled.contains("SUMMARY:RDV CMP\r\n"));
    }

    #[test]
    fn waiting_list_has_no_event() {
        let mut a = appointment();
        a.kind = AppointmentKind::WaitingList;
        a.when = None;
        assert_eq!(
            appointment_ics(Uuid::nil(), &a, None, &Localizer::french()),
            Err(CalendarError::NoDate)
        );
    }

    #[test]
    fn folding_keeps_characters_whole() {
        let long = "é".repeat(80);
        for line in fold(&format!("DESCRIPTION:{long}")).split("\r\n") {
            assert!(line.len() <= 75);
        }
    }
}
