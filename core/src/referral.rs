//! A social worker's referral and the person's consent (CSP L1110-4, décret 2016-1349): the
//! person is told what is shared, with whom, why, how it is protected and until when, and may
//! say no now or take the consent back later. Only what the referral needs is shared.

use crate::i18n::{Localizer, Message};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What a referral may share. Nothing else ever leaves the phone with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shared {
    NameAndPhone,
    CallWindows,
    LanguagesAndInterpreter,
    AgeAndPlace,
    /// The person's own message, only if they choose.
    Message,
}

impl Shared {
    fn key(self) -> &'static str {
        match self {
            Shared::NameAndPhone => "consent-share-name-phone",
            Shared::CallWindows => "consent-share-call-windows",
            Shared::LanguagesAndInterpreter => "consent-share-languages",
            Shared::AgeAndPlace => "consent-share-age-place",
            Shared::Message => "consent-share-message",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    pub social_worker: String,
    pub organisation: String,
    pub to_structure: String,
    pub why: String,
    /// The consent ends at the end of this day.
    pub until: NaiveDate,
    pub shares: Vec<Shared>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferralError {
    #[error("the referral must name the social worker, their organisation, the CMP and the reason")]
    Incomplete,
    #[error("the consent must end in the future, and within one year")]
    BadDuration,
}

/// The person's answer, kept on the phone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "decision")]
pub enum Decision {
    Given {
        at: DateTime<Utc>,
    },
    Refused {
        at: DateTime<Utc>,
    },
    Revoked {
        given_at: DateTime<Utc>,
        at: DateTime<Utc>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub id: Uuid,
    pub referral: Referral,
    pub decision: Decision,
}

impl Referral {
    /// The minimum a referral shares: who the person is and how to call them, plus the
    /// message only if the person chose to.
    pub fn minimal(
        social_worker: &str,
        organisation: &str,
        to_structure: &str,
        why: &str,
        until: NaiveDate,
        share_message: bool,
    ) -> Referral {
        let mut shares = vec![
            Shared::NameAndPhone,
            Shared::CallWindows,
            Shared::LanguagesAndInterpreter,
            Shared::AgeAndPlace,
        ];
        if share_message {
            shares.push(Shared::Message);
        }
        Referral {
            social_worker: social_worker.trim().to_owned(),
            organisation: organisation.trim().to_owned(),
            to_structure: to_structure.trim().to_owned(),
            why: why.trim().to_owned(),
            until,
            shares,
        }
    }

    pub fn check(&self, today: NaiveDate) -> Result<(), ReferralError> {
        if [
            &self.social_worker,
            &self.organisation,
            &self.to_structure,
            &self.why,
        ]
        .iter()
        .any(|s| s.is_empty())
        {
            return Err(ReferralError::Incomplete);
        }
        if self.until < today || self.until > today + chrono::Duration::days(366) {
            return Err(ReferralError::BadDuration);
        }
        Ok(())
    }

    /// The consent screen, one plain sentence per line.
    pub fn explain(&self, loc: &Localizer) -> Vec<String> {
        let mut lines = vec![
            loc.text(
                &Message::new("consent-who")
                    .with("worker", self.social_worker.as_str())
                    .with("organisation", self.organisation.as_str())
                    .with("structure", self.to_structure.as_str()),
            ),
        ];
        lines.push(loc.text(&Message::new("consent-why").with("why", self.why.as_str())));
        lines.push(loc.key("consent-what"));
        lines.extend(
            self.shares
                .iter()
                .map(|s| format!("• {}", loc.key(s.key()))),
        );
        lines.push(loc.key("consent-not-shared"));
        lines.push(loc.key("consent-how"));
        lines.push(loc.text(
            &Message::new("consent-until").with("date", self.until.format("%d/%m/%Y").to_string()),
        ));
        lines.push(loc.key("consent-revoke"));
        lines
    }
}

impl Consent {
    pub fn is_active(&self, today: NaiveDate) -> bool {
        matches!(self.decision, Decision::Given { .. }) && today <= self.referral.until
    }

    /// Takes the consent back. Only a given consent can be revoked.
    pub fn revoke(&mut self, now: DateTime<Utc>) -> bool {
        if let Decision::Given { at } = self.decision {
            self.decision = Decision::Revoked {
                given_at: at,
                at: now,
            };
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn referral() -> Referral {
        Referral::minimal(
            "Mme Roux",
            "CCAS de Villerelais",
            "CMP des Collines",
            "Il dort mal depuis des mois.",
            NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
            false,
        )
    }

    #[test]
    fn explains_what_with_whom_why_until_and_how_to_revoke() {
        let lines = referral().explain(&Localizer::french());
        let text = lines.join("\n");
        assert!(
            text.contains("Mme Roux")
                && text.contains("CCAS de Villerelais")
                && text.contains("CMP des Collines")
        );
        assert!(text.contains("01/02/2027"));
        assert!(
            !text.contains("Votre message"),
            "the message is not shared unless chosen"
        );
        assert!(lines.iter().all(|l| !l.contains("consent-")), "{text}");
    }

    #[test]
    fn checks_and_revocation() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(referral().check(today), Ok(()));
        let mut r = referral();
        r.why = " ".into();
        r.why = r.why.trim().to_owned();
        assert_eq!(r.check(today), Err(ReferralError::Incomplete));
        let mut r = referral();
        r.until = NaiveDate::from_ymd_opt(2028, 1, 1).unwrap();
        assert_eq!(r.check(today), Err(ReferralError::BadDuration));
        let now = Utc::now();
        let mut c = Consent {
            id: Uuid::now_v7(),
            referral: referral(),
            decision: Decision::Given { at: now },
        };
        assert!(c.is_active(today));
        assert!(c.revoke(now));
        assert!(!c.is_active(today));
        assert!(!c.revoke(now), "only once");
    }
}
