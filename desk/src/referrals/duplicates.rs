//! Likely duplicates: the same person may ask through the app, by SMS and be referred by a
//! social worker in the same week. Two requests received within a few days of each other are
//! flagged when they carry the same phone of the person's own, or the same relay (phone) and
//! the same name. Staff see them side by side and decide; nothing is ever merged.
//!
//! A relay alone is not enough: a social worker refers many people from one number. A name
//! that was not shared (the placeholder) never matches.

use super::content::UNNAMED;
use crate::requests::DeskRequest;
use chrono::Duration;
use relais_core::request::Reach;
use std::collections::{BTreeMap, HashMap};

/// Why two requests may be one person's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The same phone, the person's own on at least one side.
    SamePhone,
    /// The same relay's phone and the same name.
    SameRelayAndName,
}

impl Why {
    /// In the console's words.
    pub fn label(self) -> &'static str {
        match self {
            Why::SamePhone => "même téléphone",
            Why::SameRelayAndName => "même relais et même prénom",
        }
    }
}

/// Another request that may be the same person's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Likely {
    pub other: String,
    pub why: Why,
}

/// A name as people type it: case, accents, spaces and punctuation do not matter.
fn folded(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => Some('a'),
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'î' | 'ï' | 'í' => Some('i'),
            'ô' | 'ö' | 'ó' | 'õ' => Some('o'),
            'ù' | 'û' | 'ü' | 'ú' => Some('u'),
            'ç' => Some('c'),
            'ÿ' => Some('y'),
            'ñ' => Some('n'),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// Whether two requests look like one person's.
pub fn compare(a: &DeskRequest, b: &DeskRequest, window: Duration) -> Option<Why> {
    if a.id == b.id || (a.received_at - b.received_at).abs() > window {
        return None;
    }
    let (pa, pb) = (a.content.reach.phone(), b.content.reach.phone());
    if pa != pb {
        return None;
    }
    match (&a.content.reach, &b.content.reach) {
        (Reach::Relay { .. }, Reach::Relay { .. }) => {
            let (na, nb) = (folded(&a.content.name), folded(&b.content.name));
            let named = !na.is_empty() && na != folded(UNNAMED);
            (named && na == nb).then_some(Why::SameRelayAndName)
        }
        _ => Some(Why::SamePhone),
    }
}

/// For each request of `among`, the others that may be the same person's (only requests
/// with at least one likely duplicate appear).
pub fn find(among: &[DeskRequest], window: Duration) -> HashMap<String, Vec<Likely>> {
    // Only requests with the same phone can match: compare within each phone's group.
    let mut by_phone: BTreeMap<String, Vec<&DeskRequest>> = BTreeMap::new();
    for r in among {
        by_phone
            .entry(r.content.reach.phone().as_str().to_owned())
            .or_default()
            .push(r);
    }
    let mut out: HashMap<String, Vec<Likely>> = HashMap::new();
    for group in by_phone.values().filter(|g| g.len() > 1) {
        for a in group {
            for b in group {
                if let Some(why) = compare(a, b, window) {
                    out.entry(a.id.clone()).or_default().push(Likely {
                        other: b.id.clone(),
                        why,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use relais_core::contact::Phone;
    use relais_core::orientation::{AgeBand, Place};
    use relais_core::request::{RelayKind, RequestContent, RequestState};
    use relais_core::wire::Channel;

    fn request(id: &str, name: &str, reach: Reach, day: u32) -> DeskRequest {
        let at = Utc.with_ymd_and_hms(2026, 11, day, 10, 0, 0).unwrap();
        DeskRequest {
            id: id.into(),
            channel: Channel::App,
            structure_key: None,
            content: RequestContent {
                name: name.into(),
                reach,
                call_windows: vec![],
                voicemail_ok: false,
                sms_ok: false,
                languages: vec![],
                interpreter_needed: false,
                age: AgeBand::Unknown,
                place: Place::Unknown,
                message: None,
            },
            state: RequestState::Received { at },
            received_at: at,
            updated_at: at,
            attempts: vec![],
        }
    }

    fn own(p: &str) -> Reach {
        Reach::OwnPhone {
            phone: Phone::parse(p).unwrap(),
        }
    }

    fn relay(p: &str) -> Reach {
        Reach::Relay {
            phone: Phone::parse(p).unwrap(),
            relay_name: "Mme Roux".into(),
            kind: RelayKind::SocialWorker,
        }
    }

    #[test]
    fn same_phone_or_same_relay_and_name_within_the_window() {
        let week = Duration::days(14);
        let list = vec![
            request("a", "Samir", own("06 39 98 00 12"), 2),
            request("b", "samir", own("06 39 98 00 12"), 5), // same phone, by SMS or app
            request("c", "Samir", relay("01 99 00 20 20"), 6), // referral through the relay
            request("d", "Sâmir", relay("01 99 00 20 20"), 7), // same relay, same name
            request("e", "Léa", relay("01 99 00 20 20"), 7), // same relay, another person
            request("f", UNNAMED, relay("01 99 00 20 20"), 8), // no name: never matched
            request("g", UNNAMED, relay("01 99 00 20 20"), 8),
            request("h", "Samir", own("06 39 98 00 12"), 28), // too late
        ];
        let found = find(&list, week);
        let others = |id: &str| -> Vec<(&str, Why)> {
            found
                .get(id)
                .map(|l| l.iter().map(|x| (x.other.as_str(), x.why)).collect())
                .unwrap_or_default()
        };
        assert_eq!(others("a"), vec![("b", Why::SamePhone)]);
        assert_eq!(others("b"), vec![("a", Why::SamePhone)]);
        assert_eq!(others("c"), vec![("d", Why::SameRelayAndName)]);
        assert_eq!(others("d"), vec![("c", Why::SameRelayAndName)]);
        for alone in ["e", "f", "g", "h"] {
            assert_eq!(others(alone), vec![], "{alone}");
        }
    }
}
