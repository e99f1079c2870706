//! Which messages a staff action or an inbound SMS queues. Each function runs inside the
//! database closure of the action that causes the message, so both are committed together
//! (or, when a text fails the neutral check, neither: the staff member sees why).
//!
//! Rules: nothing goes when the person said SMS is not safe (`sms_ok`) or gave no mobile
//! number; a confirmation or a change goes at once (or when quiet hours end) with the
//! reminder queued for its own time; moving the appointment cancels what had not left;
//! withdrawal and closure cancel everything pending; STOP stops reminders. Each message has a
//! key made of the request and the appointment, so a replayed action queues nothing twice.

use super::SmsPolicy;
use super::code;
use super::outbox::{self, Kind, NewSms};
use super::texts::{appointment_message, compose, localizer};
use crate::db::DbError;
use crate::sql::{Connection, OptionalExtension, params};
use crate::{requests, secrets};
use chrono::{DateTime, Utc};
use relais_core::contact::Phone;
use relais_core::i18n::Message;
use relais_core::request::{Appointment, RequestContent, RequestEvent};

/// The number SMS may go to, if the person allowed SMS and gave a mobile.
pub fn sms_phone(content: &RequestContent) -> Option<Phone> {
    let phone = content.reach.phone();
    (content.sms_ok && phone.is_french_mobile()).then_some(phone)
}

/// A short fingerprint of what the person is told about an appointment.
fn fingerprint(a: &Appointment) -> String {
    let when = a
        .when
        .map_or_else(|| "none".to_owned(), |w| w.timestamp().to_string());
    let digest =
        secrets::sha256(format!("{when}|{}|{}", a.place, a.with.phone.as_str()).as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

fn stopped(c: &Connection, id: &str) -> Result<bool, DbError> {
    let at: Option<Option<String>> = c
        .query_row(
            "SELECT sms_stopped_at FROM request WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(matches!(at, Some(Some(_))))
}

/// What a staff action sends. Call it in the action's closure, after the state changed.
pub fn after_staff_event(
    c: &Connection,
    p: &SmsPolicy,
    id: &str,
    event: &RequestEvent,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    match event {
        RequestEvent::Confirm(a) => queue_appointment(c, p, id, a, Kind::Confirmation, now),
        RequestEvent::Reschedule(a) => {
            outbox::cancel_pending(c, id, &[Kind::Confirmation, Kind::Change, Kind::Reminder])?;
            queue_appointment(c, p, id, a, Kind::Change, now)
        }
        RequestEvent::Close { .. }
        | RequestEvent::Withdraw { .. }
        | RequestEvent::Redirect { .. } => cancel_all(c, id),
        _ => Ok(()),
    }
}

/// Everything not yet handed to the gateway is dropped (withdrawn, closed, redirected).
pub fn cancel_all(c: &Connection, id: &str) -> Result<(), DbError> {
    outbox::cancel_pending(
        c,
        id,
        &[Kind::Ack, Kind::Confirmation, Kind::Change, Kind::Reminder],
    )?;
    Ok(())
}

fn queue_appointment(
    c: &Connection,
    p: &SmsPolicy,
    id: &str,
    a: &Appointment,
    kind: Kind,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let r = requests::get(c, id)?;
    let Some(phone) = sms_phone(&r.content) else {
        return Ok(());
    };
    let loc = localizer(&r.content);
    let code = code::ensure(c, id)?;
    let key = if kind == Kind::Change {
        "sms-change"
    } else {
        "sms-confirmation"
    };
    let fp = fingerprint(a);
    let body = compose(p, &loc, &appointment_message(key, a, p, &loc), Some(&code))?;
    // The reminder's text is checked now too, so that a word that must not leave stops the
    // staff action instead of a message tomorrow.
    let reminder = match a.when {
        Some(w) if !stopped(c, id)? => {
            match p.reminders.reminder_at(w.with_timezone(&Utc), p.tz, now) {
                Some(at) => Some((
                    at,
                    compose(
                        p,
                        &loc,
                        &appointment_message("sms-reminder", a, p, &loc),
                        Some(&code),
                    )?,
                )),
                None => None,
            }
        }
        _ => None,
    };
    outbox::queue(
        c,
        &NewSms {
            request_id: id.to_owned(),
            kind,
            dedup_key: format!("{}:{id}:{fp}", kind.as_str()),
            to_phone: phone.as_str().to_owned(),
            body,
            not_before: p.reminders.quiet.next_allowed(now, p.tz),
        },
        now,
    )?;
    if let Some((at, body)) = reminder {
        outbox::queue(
            c,
            &NewSms {
                request_id: id.to_owned(),
                kind: Kind::Reminder,
                dedup_key: format!("reminder:{id}:{fp}"),
                to_phone: phone.as_str().to_owned(),
                body,
                not_before: at,
            },
            now,
        )?;
    }
    Ok(())
}

/// "Your request has arrived", with the code, for a request that came by SMS (once per
/// request, however often the same SMS arrives).
pub fn after_inbound_request(
    c: &Connection,
    p: &SmsPolicy,
    id: &str,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let r = requests::get(c, id)?;
    let Some(phone) = sms_phone(&r.content) else {
        return Ok(());
    };
    let loc = localizer(&r.content);
    let code = code::ensure(c, id)?;
    let body = compose(p, &loc, &Message::new("sms-ack"), Some(&code))?;
    outbox::queue(
        c,
        &NewSms {
            request_id: id.to_owned(),
            kind: Kind::Ack,
            dedup_key: format!("ack:{id}"),
            to_phone: phone.as_str().to_owned(),
            body,
            not_before: p.reminders.quiet.next_allowed(now, p.tz),
        },
        now,
    )?;
    Ok(())
}

/// "STOP", "Stop", "ARRÊT", "arret !"…
pub fn is_stop(text: &str) -> bool {
    let letters: String = deunicode_upper(text);
    matches!(
        letters.as_str(),
        "STOP" | "ARRET" | "ARRETE" | "ARRETER" | "STOPSMS" | "STOPRAPPEL" | "STOPRAPPELS"
    )
}

fn deunicode_upper(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let s: String = match c {
                'ê' | 'Ê' | 'é' | 'É' | 'è' | 'È' => "E".into(),
                c => c.to_string(),
            };
            s.chars().collect::<Vec<_>>()
        })
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The person answered STOP from `from`: reminders stop for every request that number has
/// received messages for, and it is recorded. Returns how many requests were stopped.
pub fn stop(c: &Connection, from: &str, now: DateTime<Utc>) -> Result<usize, DbError> {
    let Ok(phone) = Phone::parse(from) else {
        requests::audit(c, "person", "sms_stop_unknown_number", None, "")?;
        return Ok(0);
    };
    let ids = outbox::requests_of_phone(c, phone.as_str())?;
    let mut n = 0;
    for id in &ids {
        let changed = c.execute(
            "UPDATE request SET sms_stopped_at = ?2 WHERE id = ?1 AND sms_stopped_at IS NULL",
            params![id, now.to_rfc3339()],
        )?;
        if changed == 1 {
            let cancelled = outbox::cancel_pending(c, id, &[Kind::Reminder])?;
            requests::audit(
                c,
                "person",
                "sms_stop",
                Some(id),
                &format!("reminders_cancelled={cancelled}"),
            )?;
            n += 1;
        }
    }
    if ids.is_empty() {
        requests::audit(c, "person", "sms_stop_unknown_number", None, "")?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words() {
        for t in [
            "STOP", "stop", " Stop. ", "ARRÊT", "arret", "Arrêter", "STOP SMS",
        ] {
            assert!(is_stop(t), "{t}");
        }
        for t in ["STOPPER le rendez-vous ?", "Bonjour", "", "R1:abc"] {
            assert!(!is_stop(t), "{t}");
        }
    }
}
