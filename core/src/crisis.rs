//! The national lines that must work offline, on every screen, with no directory loaded.
//!
//! Compiled in: there is no file to read and nothing that can fail at run time.

use crate::contact::{HumanContact, OpeningHours, Phone, Region, Role, Who};
use serde::Serialize;
use std::sync::LazyLock;

/// How a line is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A voice call.
    Voice,
    /// SMS, video or chat; also by voice for someone who can hear (114).
    SmsOrVideo,
}

/// The national lines we show, in the order of the crisis bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CrisisLineId {
    /// 3114, national suicide prevention line.
    SuicidePrevention,
    /// 15, SAMU (medical emergency).
    Samu,
    /// 112, European emergency number.
    European,
    /// 114, emergency by SMS or video, for deaf and hard-of-hearing people and anyone who
    /// cannot speak.
    DeafAndSpeechImpaired,
    /// 115, social emergency shelter (Samu social).
    SocialEmergency,
}

/// A national line with what it is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CrisisLine {
    pub id: CrisisLineId,
    pub contact: HumanContact,
    pub channel: Channel,
    pub free: bool,
}

impl CrisisLine {
    /// Catalogue key for the line's short name ("3114 – prévention du suicide").
    pub fn name_key(&self) -> &'static str {
        match self.id {
            CrisisLineId::SuicidePrevention => "crisis-3114-name",
            CrisisLineId::Samu => "crisis-15-name",
            CrisisLineId::European => "crisis-112-name",
            CrisisLineId::DeafAndSpeechImpaired => "crisis-114-name",
            CrisisLineId::SocialEmergency => "crisis-115-name",
        }
    }

    /// Catalogue key for what the line is for, in plain words.
    pub fn purpose_key(&self) -> &'static str {
        match self.id {
            CrisisLineId::SuicidePrevention => "crisis-3114-purpose",
            CrisisLineId::Samu => "crisis-15-purpose",
            CrisisLineId::European => "crisis-112-purpose",
            CrisisLineId::DeafAndSpeechImpaired => "crisis-114-purpose",
            CrisisLineId::SocialEmergency => "crisis-115-purpose",
        }
    }

    /// `tel:` for voice lines, `sms:` for the 114.
    pub fn uri(&self) -> String {
        match self.channel {
            Channel::Voice => self.contact.phone.tel_uri(),
            Channel::SmsOrVideo => self.contact.phone.sms_uri(None),
        }
    }
}

fn line(
    id: CrisisLineId,
    number: &'static str,
    role: Role,
    structure: &str,
    channel: Channel,
) -> CrisisLine {
    CrisisLine {
        id,
        contact: HumanContact::new(
            Who::role(role),
            structure,
            Phone::short_unchecked(number),
            Some(OpeningHours::always_open()),
        )
        .with_region(Region::Metropole),
        channel,
        free: true,
    }
}

static LINES: LazyLock<[CrisisLine; 5]> = LazyLock::new(|| {
    use CrisisLineId as Id;
    [
        line(
            Id::SuicidePrevention,
            "3114",
            Role::Listener,
            "Numéro national de prévention du suicide",
            Channel::Voice,
        ),
        line(
            Id::Samu,
            "15",
            Role::EmergencyOperator,
            "SAMU",
            Channel::Voice,
        ),
        line(
            Id::European,
            "112",
            Role::EmergencyOperator,
            "Numéro d'urgence européen",
            Channel::Voice,
        ),
        line(
            Id::DeafAndSpeechImpaired,
            "114",
            Role::EmergencyOperator,
            "Urgences par SMS (personnes sourdes, malentendantes ou qui ne peuvent pas parler)",
            Channel::SmsOrVideo,
        ),
        line(
            Id::SocialEmergency,
            "115",
            Role::SocialEmergency,
            "Samu social – hébergement d'urgence",
            Channel::Voice,
        ),
    ]
});

/// All the national lines, in the order of the crisis bar.
pub fn crisis_lines() -> &'static [CrisisLine] {
    &*LINES
}

/// One line by id.
pub fn crisis_line(id: CrisisLineId) -> &'static CrisisLine {
    let index = match id {
        CrisisLineId::SuicidePrevention => 0,
        CrisisLineId::Samu => 1,
        CrisisLineId::European => 2,
        CrisisLineId::DeafAndSpeechImpaired => 3,
        CrisisLineId::SocialEmergency => 4,
    };
    &LINES[index]
}

/// The human who answers day and night when nothing else can: the 3114.
pub fn last_resort() -> &'static HumanContact {
    &crisis_line(CrisisLineId::SuicidePrevention).contact
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_valid_free_and_always_open() {
        assert_eq!(crisis_lines().len(), 5);
        for line in crisis_lines() {
            let n = line.contact.phone.as_str();
            assert_eq!(Phone::parse(n).as_ref(), Ok(&line.contact.phone), "{n}");
            assert!(line.contact.is_always_open());
            assert!(line.free);
            assert_eq!(crisis_line(line.id), line);
        }
        assert_eq!(last_resort().phone.as_str(), "3114");
        assert_eq!(
            crisis_line(CrisisLineId::DeafAndSpeechImpaired).uri(),
            "sms:114"
        );
        assert_eq!(crisis_line(CrisisLineId::Samu).uri(), "tel:15");
    }
}
