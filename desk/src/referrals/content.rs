//! What a referral becomes in the call list: a request whose content holds exactly the
//! fields the person agreed to share. The CMP reaches the person on their own phone when it
//! was shared, else through the professional (the relay); a person whose name was not shared
//! shows under a plain placeholder. Voicemail and SMS are never assumed safe: the referral
//! does not say, so reception calls.

use relais_core::orientation::{AgeBand, Place};
use relais_core::referral::{PersonData, Professional};
use relais_core::request::{
    RELAY_NAME_MAX_BYTES, RELAY_NAME_MAX_CHARS, Reach, RelayKind, RequestContent,
};

/// The name shown for a person whose name was not shared.
pub const UNNAMED: &str = "Prénom non transmis";

/// The longest prefix of `s` within the relay name's limits (characters and bytes).
fn fit(s: &str) -> String {
    let mut out = String::new();
    for c in s.trim().chars() {
        if out.chars().count() + 1 > RELAY_NAME_MAX_CHARS
            || out.len() + c.len_utf8() > RELAY_NAME_MAX_BYTES
        {
            break;
        }
        out.push(c);
    }
    out.trim_end().to_owned()
}

/// The request content of a referral: only what the consent covers (checked before).
pub fn to_content(person: &PersonData, professional: &Professional) -> RequestContent {
    let reach = match person.phone {
        Some(phone) => Reach::OwnPhone { phone },
        None => Reach::Relay {
            phone: professional.phone,
            relay_name: fit(&professional.name),
            kind: RelayKind::SocialWorker,
        },
    };
    RequestContent {
        name: person
            .name
            .as_deref()
            .map_or_else(|| UNNAMED.to_owned(), |n| n.trim().to_owned()),
        reach,
        call_windows: person.call_windows.clone(),
        voicemail_ok: false,
        sms_ok: false,
        languages: person.languages.clone(),
        interpreter_needed: person.interpreter_needed,
        age: person.age.unwrap_or(AgeBand::Unknown),
        place: person.place.clone().unwrap_or(Place::Unknown),
        message: person.note.as_deref().map(|n| n.trim().to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use relais_core::contact::Phone;

    fn roux() -> Professional {
        Professional {
            name: "Mme Hélène Roux-Delacroix-Fontaine".into(),
            organisation: "CCAS de Villerelais".into(),
            role: "Assistante sociale".into(),
            phone: Phone::parse("01 99 00 20 20").unwrap(),
        }
    }

    #[test]
    fn the_person_is_reached_on_their_phone_or_through_the_professional() {
        let mut person = PersonData {
            phone: Some(Phone::parse("06 39 98 00 12").unwrap()),
            ..PersonData::default()
        };
        let c = to_content(&person, &roux());
        assert_eq!(c.name, UNNAMED);
        assert!(matches!(c.reach, Reach::OwnPhone { .. }));
        assert!(!c.sms_ok && !c.voicemail_ok);
        assert!(c.check().is_ok(), "{:?}", c.check());
        person.phone = None;
        person.name = Some("Samir".into());
        let c = to_content(&person, &roux());
        let Reach::Relay {
            phone, relay_name, ..
        } = &c.reach
        else {
            panic!("a relay")
        };
        assert_eq!(phone.national(), "01 99 00 20 20");
        assert!(relay_name.starts_with("Mme Hélène Roux"));
        assert!(
            c.check().is_ok(),
            "a long name is cut to fit: {:?}",
            c.check()
        );
    }
}
