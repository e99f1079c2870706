//! A social worker's referral of a person to a CMP, with the person's own consent (CSP
//! L1110-4, décret 2016-1349): the person is told what is shared, with whom, why, how it is
//! protected and until when, answers themselves, keeps a copy (a code read aloud, a QR code, a
//! printable page) and may take the consent back at any time.
//!
//! The rules live here, for the phone and the desk alike: a referral cannot exist without a
//! consent the person gave; everything it carries about the person is inside the consent's
//! scope, field by field; it goes only to a structure that has a desk (otherwise: "call
//! them"); the professional is named, with a phone, as the relay the CMP may call.

mod code;
pub mod copy;

pub use code::{CopyCode, DIGITS, LETTERS, NotACode};

use crate::contact::{HumanContact, Lang, Phone};
use crate::directory::DeskLink;
use crate::i18n::{Localizer, Message};
use crate::orientation::{AgeBand, Place};
use crate::request::CallWindow;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Longest texts: they are read on a phone, and kept no longer than needed.
pub const NAME_MAX_CHARS: usize = 80;
pub const NOTE_MAX_CHARS: usize = 300;
pub const WHY_MAX_CHARS: usize = 300;

/// The professional who refers: the relay the CMP may call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Professional {
    pub name: String,
    pub organisation: String,
    /// "Assistante sociale", "Éducateur"…
    pub role: String,
    pub phone: Phone,
}

/// What a referral may carry about the person, field by field. Nothing else ever leaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shared {
    Name,
    Phone,
    CallWindows,
    Languages,
    AgeAndPlace,
    /// A short note the person agrees to send.
    Note,
}

impl Shared {
    pub const ALL: [Shared; 6] = [
        Shared::Name,
        Shared::Phone,
        Shared::CallWindows,
        Shared::Languages,
        Shared::AgeAndPlace,
        Shared::Note,
    ];

    /// How the consent text names it.
    pub fn message_key(self) -> &'static str {
        match self {
            Shared::Name => "consent-share-name",
            Shared::Phone => "consent-share-phone",
            Shared::CallWindows => "consent-share-call-windows",
            Shared::Languages => "consent-share-languages",
            Shared::AgeAndPlace => "consent-share-age-place",
            Shared::Note => "consent-share-note",
        }
    }
}

/// What is shared about the person: each field only if the consent covers it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonData {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub phone: Option<Phone>,
    #[serde(default)]
    pub call_windows: Vec<CallWindow>,
    #[serde(default)]
    pub languages: Vec<Lang>,
    #[serde(default)]
    pub interpreter_needed: bool,
    #[serde(default)]
    pub age: Option<AgeBand>,
    #[serde(default)]
    pub place: Option<Place>,
    #[serde(default)]
    pub note: Option<String>,
}

impl PersonData {
    /// The fields that carry something: each must be inside the consent's scope.
    pub fn fields(&self) -> Vec<Shared> {
        let mut out = Vec::new();
        if self.name.is_some() {
            out.push(Shared::Name);
        }
        if self.phone.is_some() {
            out.push(Shared::Phone);
        }
        if !self.call_windows.is_empty() {
            out.push(Shared::CallWindows);
        }
        if !self.languages.is_empty() || self.interpreter_needed {
            out.push(Shared::Languages);
        }
        if self.age.is_some() || self.place.is_some() {
            out.push(Shared::AgeAndPlace);
        }
        if self.note.is_some() {
            out.push(Shared::Note);
        }
        out
    }

    fn check(&self) -> Result<(), ReferralError> {
        let too_long = |s: &Option<String>, max: usize| {
            s.as_ref()
                .is_some_and(|t| t.trim().is_empty() || t.chars().count() > max || has_control(t))
        };
        if too_long(&self.name, crate::request::NAME_MAX_CHARS) {
            return Err(ReferralError::Invalid("name"));
        }
        if too_long(&self.note, NOTE_MAX_CHARS) {
            return Err(ReferralError::Invalid("note"));
        }
        if self.call_windows.len() > crate::request::MAX_CALL_WINDOWS
            || self.call_windows.iter().any(|w| !w.is_valid())
        {
            return Err(ReferralError::Invalid("call windows"));
        }
        let mut once = self.languages.clone();
        once.sort();
        once.dedup();
        if self.languages.len() > crate::request::MAX_LANGUAGES
            || once.len() != self.languages.len()
        {
            return Err(ReferralError::Invalid("languages"));
        }
        if self.phone.is_some_and(|p| p.is_short() || p.is_service()) {
            return Err(ReferralError::Invalid("phone"));
        }
        Ok(())
    }
}

fn has_control(s: &str) -> bool {
    s.chars().any(|c| c.is_control() && c != '\n')
}

/// How the person was told what the consent means (décret 2016-1349: informed consent).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Informed {
    /// The person read it on a screen (the professional's or their own).
    ReadOnScreen,
    /// The professional read it aloud.
    ReadAloud,
    /// Through an interpreter.
    WithInterpreter,
    /// On the printed page.
    Printed,
}

/// The person's consent: what, with whom (the recipient), why, until when, how they were
/// told and in which language, when they said yes, and when they took it back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub scope: Vec<Shared>,
    pub why: String,
    /// The consent ends at the end of this day.
    pub until: NaiveDate,
    pub informed: Informed,
    pub language: Lang,
    pub given_at: DateTime<Utc>,
    #[serde(default)]
    pub revoked_at: Option<DateTime<Utc>>,
}

impl Consent {
    pub fn is_active(&self, today: NaiveDate) -> bool {
        self.revoked_at.is_none() && today <= self.until
    }

    /// Takes the consent back; false if it was already.
    pub fn revoke(&mut self, now: DateTime<Utc>) -> bool {
        if self.revoked_at.is_some() {
            return false;
        }
        self.revoked_at = Some(now);
        true
    }
}

/// The structure a referral goes to, from the directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub structure_key: String,
    /// Its secretariat (or named contact): whom the person and the professional call.
    pub contact: HumanContact,
    /// Its desk; without one the referral is not made: the professional calls them.
    pub desk: Option<DeskLink>,
}

/// Why a referral cannot be made or sent. Nothing is sent in any of these cases.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferralError {
    #[error("the referral lacks {0}")]
    Incomplete(&'static str),
    #[error("the {0} is not valid")]
    Invalid(&'static str),
    #[error("the person has not consented")]
    NoConsent,
    #[error("the consent has expired")]
    ConsentExpired,
    #[error("the consent was taken back")]
    ConsentRevoked,
    #[error("{0:?} is shared but the consent does not cover it")]
    OutsideScope(Shared),
    #[error("the consent must end in the future, and within one year")]
    BadDuration,
    #[error("this structure takes no referrals from the app: call it")]
    NoDesk,
    #[error("no randomness for the copy code")]
    NoRandomness,
}

/// A referral being prepared, before the person answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub professional: Professional,
    pub to: Recipient,
    pub person: PersonData,
    pub scope: Vec<Shared>,
    pub why: String,
    pub until: NaiveDate,
}

/// A referral the person consented to: ready to go through the outbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    /// UUIDv7 made on the professional's phone: the idempotency key at the desk.
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub professional: Professional,
    pub to: Recipient,
    pub person: PersonData,
    pub consent: Consent,
    /// The person's copy: opens what was shared, and can take it back.
    pub copy: CopyCode,
}

/// A text that must be given: not blank, at most `max` characters, no control character
/// (a line break only where `lines` allows it, as in the reason).
fn required(s: &str, what: &'static str, max: usize, lines: bool) -> Result<(), ReferralError> {
    if s.trim().is_empty() {
        return Err(ReferralError::Incomplete(what));
    }
    let control = if lines {
        has_control(s)
    } else {
        s.chars().any(char::is_control)
    };
    if s.chars().count() > max || control {
        return Err(ReferralError::Invalid(what));
    }
    Ok(())
}

fn check_scope(person: &PersonData, scope: &[Shared]) -> Result<(), ReferralError> {
    match person.fields().into_iter().find(|f| !scope.contains(f)) {
        Some(f) => Err(ReferralError::OutsideScope(f)),
        None => Ok(()),
    }
}

impl Draft {
    /// Everything the person will be asked to agree to, checked before they read it.
    pub fn check(&self, today: NaiveDate) -> Result<(), ReferralError> {
        let p = &self.professional;
        required(&p.name, "the professional's name", NAME_MAX_CHARS, false)?;
        required(
            &p.organisation,
            "the professional's organisation",
            NAME_MAX_CHARS,
            false,
        )?;
        required(&p.role, "the professional's role", NAME_MAX_CHARS, false)?;
        // The CMP calls the professional back on it, as on a person's line: no short or 08
        // service number.
        if p.phone.is_short() || p.phone.is_service() {
            return Err(ReferralError::Invalid("professional's phone"));
        }
        required(&self.why, "the reason", WHY_MAX_CHARS, true)?;
        if self.until < today || self.until > today + chrono::Duration::days(366) {
            return Err(ReferralError::BadDuration);
        }
        if self.to.desk.is_none() {
            return Err(ReferralError::NoDesk);
        }
        self.person.check()?;
        check_scope(&self.person, &self.scope)
    }

    /// The consent text, one plain sentence per line, in the person's language.
    pub fn explain(&self, loc: &Localizer) -> Vec<String> {
        let mut lines = vec![
            loc.text(
                &Message::new("consent-who")
                    .with("worker", self.professional.name.as_str())
                    .with("organisation", self.professional.organisation.as_str())
                    .with("structure", self.to.contact.structure.clone()),
            ),
        ];
        lines.push(loc.text(&Message::new("consent-why").with("why", self.why.as_str())));
        lines.push(loc.key("consent-what"));
        let mut scope = self.scope.clone();
        scope.sort();
        lines.extend(
            scope
                .iter()
                .map(|s| format!("• {}", loc.key(s.message_key()))),
        );
        lines.push(format!(
            "• {}",
            loc.text(
                &Message::new("consent-share-relay")
                    .with("worker", self.professional.name.as_str())
                    .with("phone", self.professional.phone.national())
            )
        ));
        lines.push(loc.text(
            &Message::new("consent-outcome").with("worker", self.professional.name.as_str()),
        ));
        lines.push(loc.key("consent-not-shared"));
        lines.push(loc.key("consent-how"));
        lines.push(
            loc.text(&Message::new("consent-until").with("date", loc.day(&midday(self.until)))),
        );
        lines.push(loc.key("consent-revoke"));
        lines
    }

    /// The person said yes: the referral, with its consent and the person's copy code.
    pub fn accept(
        self,
        informed: Informed,
        language: Lang,
        now: DateTime<Utc>,
    ) -> Result<Referral, ReferralError> {
        self.check(now.date_naive())?;
        let copy = CopyCode::random().ok_or(ReferralError::NoRandomness)?;
        Ok(Referral {
            id: Uuid::now_v7(),
            created_at: now,
            consent: Consent {
                scope: self.scope,
                why: self.why,
                until: self.until,
                informed,
                language,
                given_at: now,
                revoked_at: None,
            },
            professional: self.professional,
            to: self.to,
            person: self.person,
            copy,
        })
    }
}

/// A date shown as a day: noon avoids any time-zone edge.
fn midday(d: NaiveDate) -> DateTime<Utc> {
    d.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc()
}

impl Referral {
    /// What must hold each time it is sent (and at the desk when it arrives): a consent that
    /// is active today, and nothing outside its scope.
    pub fn check_sendable(&self, today: NaiveDate) -> Result<(), ReferralError> {
        if self.consent.revoked_at.is_some() {
            return Err(ReferralError::ConsentRevoked);
        }
        if !self.consent.is_active(today) {
            return Err(ReferralError::ConsentExpired);
        }
        if self.to.desk.is_none() {
            return Err(ReferralError::NoDesk);
        }
        self.person.check()?;
        check_scope(&self.person, &self.consent.scope)
    }

    /// Whom the person (or the professional) calls about it: the CMP's secretariat.
    pub fn who_to_call(&self) -> &HumanContact {
        &self.to.contact
    }
}

#[cfg(test)]
pub(crate) mod tests;
