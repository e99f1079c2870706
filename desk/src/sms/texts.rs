//! The words of an outgoing SMS: the message in the person's language (French when their
//! language has no catalogue yet), preceded by the CMP's neutral name and followed by the
//! person's code, then checked against core's neutral-words list. A text that fails is an
//! error shown to the staff member, and nothing is queued.

use super::SmsPolicy;
use crate::db::DbError;
use relais_core::contact::Lang;
use relais_core::i18n::{Localizer, Message, catalogue};
use relais_core::request::{Appointment, RequestContent};

/// The person's language for texts: the first of theirs with a catalogue, else French.
pub fn localizer(content: &RequestContent) -> Localizer {
    let lang = content
        .languages
        .iter()
        .find(|l| catalogue(l.as_str()).is_some())
        .copied()
        .unwrap_or_else(Lang::french);
    Localizer::new(&lang)
}

/// "Rendez-vous lundi 30 novembre à 9 h 30, …" for a confirmation, a change or a reminder.
pub fn appointment_message(
    key: &'static str,
    a: &Appointment,
    p: &SmsPolicy,
    loc: &Localizer,
) -> Message {
    match a.when {
        Some(w) => Message::new(key)
            .with("when", loc.when(&w.with_timezone(&p.tz)))
            .with("place", a.place.as_str())
            .with("phone", a.with.phone.national()),
        None => Message::new("sms-confirmation-waiting").with("phone", a.with.phone.national()),
    }
}

/// The whole text: sender's name, message, code; refused if a word must not leave.
pub fn compose(
    p: &SmsPolicy,
    loc: &Localizer,
    message: &Message,
    code: Option<&str>,
) -> Result<String, DbError> {
    let mut text = loc.text(message);
    if !p.sender_name.trim().is_empty() {
        text = loc.text(
            &Message::new("sms-with-sender")
                .with("sender", p.sender_name.trim())
                .with("text", text),
        );
    }
    if let Some(code) = code {
        text.push(' ');
        text.push_str(&loc.text(&Message::new("sms-code").with("code", code)));
    }
    check(&text)?;
    Ok(text)
}

/// The staff-facing refusal of a text that names care.
pub fn check(text: &str) -> Result<(), DbError> {
    relais_core::neutral::check(text).map_err(|e| {
        DbError::Invalid(format!(
            "Le SMS ne peut pas partir : il contient « {} », un mot qui ne doit jamais sortir (un téléphone peut être vu par d'autres). Rien n'a été enregistré. Écrivez l'adresse sans ce mot (par exemple le numéro et la rue seulement), puis recommencez.",
            e.word
        ))
    })
}
