//! What a request carries, and nothing more (design.md, domain rule 7): a first name or alias,
//! how to reach the person, when to call, whether a voicemail or an SMS is safe, languages,
//! the age band, the facts used for sectorisation and an optional message the person chooses
//! to send. No social security number, no diagnosis.

use crate::contact::{Lang, Phone};
use crate::i18n::Message;
use crate::orientation::{AgeBand, Place};
use serde::{Deserialize, Serialize};

/// Longest first name or alias: it must fit in one SMS with everything else.
pub const NAME_MAX_CHARS: usize = 24;
pub const NAME_MAX_BYTES: usize = 32;
pub const RELAY_NAME_MAX_CHARS: usize = 24;
pub const RELAY_NAME_MAX_BYTES: usize = 28;
pub const MESSAGE_MAX_CHARS: usize = 500;
pub const MAX_CALL_WINDOWS: usize = 3;
pub const MAX_LANGUAGES: usize = 3;

/// Who can pass on the call when the person has no phone of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelayKind {
    SocialWorker,
    Shelter,
    Other,
}

/// How the CMP reaches the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Reach {
    OwnPhone {
        phone: Phone,
    },
    /// A social worker, a shelter…: the CMP calls them and asks for the person by name.
    Relay {
        phone: Phone,
        relay_name: String,
        kind: RelayKind,
    },
}

impl Reach {
    pub fn phone(&self) -> Phone {
        match self {
            Reach::OwnPhone { phone } | Reach::Relay { phone, .. } => *phone,
        }
    }
}

/// Days and hours when a call is welcome. Days: bit 0 = Monday … bit 6 = Sunday.
/// Times are minutes after midnight, in quarters of an hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallWindow {
    pub days: u8,
    pub from: u16,
    pub to: u16,
}

impl CallWindow {
    /// Some day of the week, a start before the end within the day, in quarters of an hour.
    pub fn is_valid(&self) -> bool {
        self.days != 0
            && self.days < 0x80
            && self.from < self.to
            && self.to <= 24 * 60
            && self.from.is_multiple_of(15)
            && self.to.is_multiple_of(15)
    }
}

/// The content of a request, checked. Build it with [`RequestForm::validate`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestContent {
    pub name: String,
    pub reach: Reach,
    pub call_windows: Vec<CallWindow>,
    pub voicemail_ok: bool,
    pub sms_ok: bool,
    pub languages: Vec<Lang>,
    pub interpreter_needed: bool,
    pub age: AgeBand,
    pub place: Place,
    /// Optional text the person chooses to send. Never sent by SMS.
    pub message: Option<String>,
}

/// The form as the person filled it: plain text, checked field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestForm {
    pub name: String,
    pub phone: String,
    /// Empty when the phone is the person's own.
    pub relay_name: String,
    pub relay_kind: Option<RelayKind>,
    pub call_windows: Vec<CallWindow>,
    pub voicemail_ok: bool,
    pub sms_ok: bool,
    pub languages: Vec<String>,
    pub interpreter_needed: bool,
    pub age: Option<AgeBand>,
    pub place: Option<Place>,
    pub message: String,
}

/// Which field an error is about, so the screen can show it next to the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Phone,
    RelayName,
    CallWindows,
    Languages,
    Age,
    Place,
    Message,
}

/// A field and what to do about it, as a catalogue message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: Field,
    pub message: Message,
}

fn err(field: Field, key: &'static str) -> FieldError {
    FieldError {
        field,
        message: Message::new(key),
    }
}

/// Why a typed number is refused, in words that say what to change.
fn phone_error(e: &crate::contact::PhoneError) -> FieldError {
    FieldError {
        field: Field::Phone,
        message: phone_error_message(e),
    }
}

/// The catalogue sentence for a refused phone number (the form's, and the desk's).
pub fn phone_error_message(e: &crate::contact::PhoneError) -> Message {
    use crate::contact::PhoneError as E;
    match e {
        E::Empty => Message::new("form-phone-missing"),
        E::WrongLength { digits } => {
            Message::new("form-phone-wrong-length").with("digits", digits.to_string())
        }
        E::BadFrenchPrefix => Message::new("form-phone-bad-prefix"),
        E::MissingLeadingZero(_) => Message::new("form-phone-missing-zero"),
        E::InvalidCharacter { ch, .. } => {
            Message::new("form-phone-character").with("character", ch.to_string())
        }
        E::BadInternationalLength { .. } => Message::new("form-phone-international"),
        // "12", "0612": too short to be a line, and not a known short number.
        E::UnknownShortNumber(d) => {
            Message::new("form-phone-wrong-length").with("digits", d.chars().count().to_string())
        }
    }
}

fn is_control_free(s: &str) -> bool {
    !s.chars().any(|c| c.is_control() && c != '\n')
}

impl RequestForm {
    /// Checks every field and returns all the problems at once.
    pub fn validate(&self) -> Result<RequestContent, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(err(Field::Name, "form-name-missing"));
        } else if name.chars().count() > NAME_MAX_CHARS
            || name.len() > NAME_MAX_BYTES
            || name.contains('\n')
            || !is_control_free(name)
        {
            errors.push(err(Field::Name, "form-name-too-long"));
        }
        let phone = match Phone::parse(&self.phone) {
            Ok(p) if p.is_short() => {
                errors.push(err(Field::Phone, "form-phone-short-number"));
                None
            }
            Ok(p) if p.is_service() => {
                errors.push(err(Field::Phone, "form-phone-service"));
                None
            }
            Ok(p) => Some(p),
            Err(e) => {
                errors.push(phone_error(&e));
                None
            }
        };
        let relay_name = self.relay_name.trim();
        if relay_name.chars().count() > RELAY_NAME_MAX_CHARS
            || relay_name.len() > RELAY_NAME_MAX_BYTES
            || relay_name.contains('\n')
            || !is_control_free(relay_name)
        {
            errors.push(err(Field::RelayName, "form-relay-name-too-long"));
        } else if relay_name.is_empty() && self.relay_kind.is_some() {
            errors.push(err(Field::RelayName, "form-relay-name-missing"));
        }
        let windows_ok = self.call_windows.len() <= MAX_CALL_WINDOWS
            && self.call_windows.iter().all(CallWindow::is_valid);
        if !windows_ok {
            errors.push(err(Field::CallWindows, "form-call-windows-invalid"));
        }
        let mut languages = Vec::new();
        for l in &self.languages {
            match Lang::parse(l) {
                Ok(l) if !languages.contains(&l) => languages.push(l),
                Ok(_) => {}
                Err(_) => {
                    errors.push(err(Field::Languages, "form-language-invalid"));
                    break;
                }
            }
        }
        if languages.len() > MAX_LANGUAGES {
            errors.push(err(Field::Languages, "form-languages-too-many"));
        }
        let Some(age) = self.age else {
            errors.push(err(Field::Age, "form-age-missing"));
            return Err(errors);
        };
        let place = self.place.clone().unwrap_or(Place::Unknown);
        if !place_is_reasonable(&place) {
            errors.push(err(Field::Place, "form-place-too-long"));
        }
        let message = self.message.trim();
        if message.chars().count() > MESSAGE_MAX_CHARS || !is_control_free(message) {
            errors.push(err(Field::Message, "form-message-too-long"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let Some(phone) = phone else {
            return Err(errors);
        };
        let reach = if relay_name.is_empty() {
            Reach::OwnPhone { phone }
        } else {
            Reach::Relay {
                phone,
                relay_name: relay_name.to_owned(),
                kind: self.relay_kind.unwrap_or(RelayKind::Other),
            }
        };
        Ok(RequestContent {
            name: name.to_owned(),
            reach,
            call_windows: self.call_windows.clone(),
            voicemail_ok: self.voicemail_ok,
            sms_ok: self.sms_ok,
            languages,
            interpreter_needed: self.interpreter_needed,
            age,
            place,
            message: (!message.is_empty()).then(|| message.to_owned()),
        })
    }
}

impl RequestContent {
    /// The form this content would come from; validating it applies the same rules again
    /// (the desk checks what it receives).
    pub fn to_form(&self) -> RequestForm {
        let (relay_name, relay_kind) = match &self.reach {
            Reach::OwnPhone { .. } => (String::new(), None),
            Reach::Relay {
                relay_name, kind, ..
            } => (relay_name.clone(), Some(*kind)),
        };
        RequestForm {
            name: self.name.clone(),
            phone: self.reach.phone().as_str().to_owned(),
            relay_name,
            relay_kind,
            call_windows: self.call_windows.clone(),
            voicemail_ok: self.voicemail_ok,
            sms_ok: self.sms_ok,
            languages: self
                .languages
                .iter()
                .map(|l| l.as_str().to_owned())
                .collect(),
            interpreter_needed: self.interpreter_needed,
            age: Some(self.age),
            place: Some(self.place.clone()),
            message: self.message.clone().unwrap_or_default(),
        }
    }

    /// Checks the content against the form's rules.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        self.to_form().validate().map(|_| ())
    }
}

/// Places are codes or names typed by the person: keep them short, on one line.
fn place_is_reasonable(place: &Place) -> bool {
    let one_line = |s: &str| s.chars().count() <= 80 && !s.chars().any(char::is_control);
    let ok = |s: &Option<String>| s.as_deref().is_none_or(one_line);
    match place {
        Place::Address { commune, street } => one_line(commune) && ok(street),
        Place::NoFixedAddress {
            lived_3_months_in,
            domiciliation,
            sleeps_or_followed_in,
        } => ok(lived_3_months_in) && ok(domiciliation) && ok(sleeps_or_followed_in),
        Place::Unknown => true,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn form() -> RequestForm {
        RequestForm {
            name: "Samir".into(),
            phone: "06 39 98 00 12".into(),
            call_windows: vec![CallWindow {
                days: 0b11111,
                from: 9 * 60,
                to: 12 * 60,
            }],
            voicemail_ok: false,
            sms_ok: true,
            languages: vec!["ar".into(), "fr".into()],
            interpreter_needed: true,
            age: Some(AgeBand::From21),
            place: Some(Place::Address {
                commune: "96004".into(),
                street: None,
            }),
            message: "Je dors mal depuis des semaines.".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_place_is_one_line() {
        let mut f = form();
        f.place = Some(Place::Address {
            commune: "96004".into(),
            street: Some("2 rue Haute\nescalier B".into()),
        });
        let errors = f.validate().unwrap_err();
        assert_eq!(errors[0].field, Field::Place);
    }

    #[test]
    fn a_good_form_validates() {
        let c = form().validate().unwrap();
        assert_eq!(c.name, "Samir");
        assert_eq!(
            c.reach,
            Reach::OwnPhone {
                phone: Phone::parse("0639980012").unwrap()
            }
        );
        assert_eq!(c.languages.len(), 2);
        let mut relay = form();
        relay.relay_name = "Mme Roux, assistante sociale".into();
        assert_eq!(relay.validate().unwrap_err()[0].field, Field::RelayName);
        relay.relay_name = "Mme Roux (CCAS)".into();
        relay.relay_kind = Some(RelayKind::SocialWorker);
        assert!(matches!(
            relay.validate().unwrap().reach,
            Reach::Relay {
                kind: RelayKind::SocialWorker,
                ..
            }
        ));
    }

    #[test]
    fn content_round_trips_through_the_form() {
        let c = form().validate().unwrap();
        assert_eq!(c.to_form().validate().unwrap(), c);
        assert!(c.check().is_ok());
        let mut long = c.clone();
        long.name = "x".repeat(40);
        assert_eq!(long.check().unwrap_err()[0].field, Field::Name);
    }

    #[test]
    fn every_field_says_what_is_wrong() {
        let bad = RequestForm {
            name: " ".into(),
            phone: "12".into(),
            call_windows: vec![CallWindow {
                days: 0,
                from: 600,
                to: 500,
            }],
            languages: vec!["français".into()],
            age: Some(AgeBand::From21),
            message: "x".repeat(501),
            ..Default::default()
        };
        let errors = bad.validate().unwrap_err();
        let keys: Vec<(Field, &str)> = errors.iter().map(|e| (e.field, e.message.key)).collect();
        assert_eq!(
            keys,
            [
                (Field::Name, "form-name-missing"),
                (Field::Phone, "form-phone-wrong-length"),
                (Field::CallWindows, "form-call-windows-invalid"),
                (Field::Languages, "form-language-invalid"),
                (Field::Message, "form-message-too-long"),
            ]
        );
        let no_age = RequestForm {
            age: None,
            ..form()
        };
        assert_eq!(no_age.validate().unwrap_err()[0].field, Field::Age);
        let short = RequestForm {
            phone: "3114".into(),
            ..form()
        };
        assert_eq!(
            short.validate().unwrap_err()[0].message.key,
            "form-phone-short-number"
        );
        let long = RequestForm {
            name: "ع".repeat(20),
            ..form()
        };
        assert_eq!(
            long.validate().unwrap_err()[0].message.key,
            "form-name-too-long"
        );
    }
}
