//! The humans a person can call: who they are, where, their phone and their hours.

mod holidays;
mod hours;
mod phone;

pub use holidays::{Region, easter, holidays_of, is_public_holiday};
pub use hours::{HoursError, HoursStatus, OpeningHours, Span};
pub use phone::{Phone, PhoneError};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// Somebody to call. There is no way to build one without a valid [`Phone`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HumanContact {
    pub who: Who,
    /// The structure or service that answers ("CMP Les Tilleuls", "3114"). Shared, so that
    /// handing a contact around costs no allocation.
    pub structure: Arc<str>,
    pub phone: Phone,
    /// `None`: hours not published or not understood. The person is told to call and check.
    pub hours: Option<OpeningHours>,
    /// Clock and holidays of the place that answers.
    #[serde(default)]
    pub region: Region,
    /// Languages spoken there besides French, as published.
    #[serde(default)]
    pub languages: Vec<Lang>,
}

impl HumanContact {
    pub fn new(
        who: Who,
        structure: impl Into<Arc<str>>,
        phone: Phone,
        hours: Option<OpeningHours>,
    ) -> Self {
        HumanContact {
            who,
            structure: structure.into(),
            phone,
            hours,
            region: Region::Metropole,
            languages: Vec::new(),
        }
    }

    pub fn with_region(mut self, region: Region) -> Self {
        self.region = region;
        self
    }

    pub fn with_languages(mut self, languages: Vec<Lang>) -> Self {
        self.languages = languages;
        self
    }

    /// Open now, and until when; `None` when the hours are not known.
    pub fn status(&self, now: DateTime<Utc>) -> Option<HoursStatus> {
        self.hours.as_ref().map(|h| h.status(now, self.region))
    }

    /// Answers at any hour, every day.
    pub fn is_always_open(&self) -> bool {
        self.hours
            .as_ref()
            .is_some_and(OpeningHours::is_always_open)
    }

    pub fn speaks(&self, lang: &Lang) -> bool {
        lang.is_french() || self.languages.contains(lang)
    }
}

/// Who answers: a named person where the structure publishes one, else a role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Who {
    Named { name: Arc<str>, role: Option<Role> },
    Role { role: Role },
}

impl Who {
    pub fn role(role: Role) -> Who {
        Who::Role { role }
    }

    pub fn named(name: impl Into<Arc<str>>, role: Option<Role>) -> Who {
        Who::Named {
            name: name.into(),
            role,
        }
    }

    pub fn name(&self) -> Option<&str> {
        match self {
            Who::Named { name, .. } => Some(name),
            Who::Role { .. } => None,
        }
    }

    pub fn role_kind(&self) -> Option<Role> {
        match self {
            Who::Named { role, .. } => *role,
            Who::Role { role } => Some(*role),
        }
    }
}

/// The roles people meet on the phone. Rendered through the message catalogue (`role-*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The CMP's reception and secretariat.
    Secretariat,
    /// A 24/7 reception (CPOA, psychiatric emergency).
    Reception,
    /// The nurse who holds the first interview (entretien d'accueil).
    IntakeNurse,
    /// A psychiatrist or psychologist.
    Clinician,
    /// An outreach team (EMPP) member.
    OutreachTeam,
    /// A social worker.
    SocialWorker,
    /// Someone who listens on a helpline (3114).
    Listener,
    /// The emergency call handler (15, 112).
    EmergencyOperator,
    /// The social emergency line (115).
    SocialEmergency,
}

impl Role {
    /// Message key of the role's name in the catalogue.
    pub fn message_key(self) -> &'static str {
        match self {
            Role::Secretariat => "role-secretariat",
            Role::Reception => "role-reception",
            Role::IntakeNurse => "role-intake-nurse",
            Role::Clinician => "role-clinician",
            Role::OutreachTeam => "role-outreach-team",
            Role::SocialWorker => "role-social-worker",
            Role::Listener => "role-listener",
            Role::EmergencyOperator => "role-emergency-operator",
            Role::SocialEmergency => "role-social-emergency",
        }
    }
}

/// A language code (ISO 639-1 or 639-3, lower case: `fr`, `ar`, `prs`), stored inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Lang {
    code: [u8; 3],
    len: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a language code (two or three letters, such as fr, en, ar, prs)")]
pub struct LangError(pub String);

impl Lang {
    pub fn parse(code: &str) -> Result<Lang, LangError> {
        let code = code.trim();
        // Accept a region subtag ("fr-FR") and keep the language.
        let base = code.split(['-', '_']).next().unwrap_or(code);
        if (2..=3).contains(&base.len()) && base.bytes().all(|b| b.is_ascii_alphabetic()) {
            let mut code = [0u8; 3];
            for (c, b) in code.iter_mut().zip(base.bytes()) {
                *c = b.to_ascii_lowercase();
            }
            Ok(Lang {
                code,
                len: base.len() as u8,
            })
        } else {
            Err(LangError(code.to_owned()))
        }
    }

    pub fn french() -> Lang {
        Lang {
            code: *b"fr\0",
            len: 2,
        }
    }

    pub fn is_french(&self) -> bool {
        self.as_str() == "fr"
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.code[..usize::from(self.len)]).unwrap_or("")
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for Lang {
    type Error = LangError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Lang::parse(&value)
    }
}

impl From<Lang> for String {
    fn from(l: Lang) -> String {
        l.as_str().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages() {
        assert_eq!(Lang::parse("FR-fr").unwrap().as_str(), "fr");
        assert_eq!(Lang::parse("prs").unwrap().as_str(), "prs");
        assert!(Lang::parse("français").is_err());
        assert!(Lang::parse("f").is_err());
        assert!(Lang::parse("").is_err());
    }

    #[test]
    fn a_contact_speaks_french_and_its_listed_languages() {
        let c = HumanContact::new(
            Who::role(Role::Secretariat),
            "CMP",
            Phone::parse("01 99 00 00 01").unwrap(),
            Some(OpeningHours::always_open()),
        )
        .with_languages(vec![Lang::parse("ar").unwrap()]);
        assert!(c.speaks(&Lang::french()));
        assert!(c.speaks(&Lang::parse("ar").unwrap()));
        assert!(!c.speaks(&Lang::parse("en").unwrap()));
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["phone"], "+33199000001");
        assert_eq!(json["who"]["type"], "role");
    }
}
