//! Referrals: nothing without the person's consent, nothing outside its scope, nothing to a
//! structure without a desk, and a copy that shows what was shared but not the person's data.
#![allow(clippy::unwrap_used)]

use super::copy::{CopyView, printable, qr_svg};
use super::*;
use crate::contact::Who;
use crate::directory::DeskUrl;
use chrono::TimeZone;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn collines() -> HumanContact {
    HumanContact::new(
        Who::named("Paul Girard", None),
        "CMP des Collines",
        Phone::parse("03 53 01 30 01").unwrap(),
        None,
    )
}

pub(crate) fn draft() -> Draft {
    Draft {
        professional: Professional {
            name: "Mme Roux".into(),
            organisation: "CCAS de Villerelais".into(),
            role: "Assistante sociale".into(),
            phone: Phone::parse("01 99 00 20 20").unwrap(),
        },
        to: Recipient {
            structure_key: "cmp-collines".into(),
            contact: collines(),
            desk: Some(DeskLink {
                url: DeskUrl::parse("https://desk.example.fr").unwrap(),
                sms: None,
            }),
        },
        person: PersonData {
            name: Some("Samir".into()),
            phone: Some(Phone::parse("06 39 98 00 12").unwrap()),
            languages: vec![Lang::parse("ar").unwrap()],
            interpreter_needed: true,
            ..PersonData::default()
        },
        scope: vec![Shared::Name, Shared::Phone, Shared::Languages],
        why: "Il dort mal depuis des mois.".into(),
        until: NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
    }
}

#[test]
fn a_draft_is_checked_before_the_person_reads_it() {
    let today = now().date_naive();
    assert_eq!(draft().check(today), Ok(()));
    let mut d = draft();
    d.professional.name = "  ".into();
    assert_eq!(
        d.check(today),
        Err(ReferralError::Incomplete("the professional's name"))
    );
    let mut d = draft();
    d.until = NaiveDate::from_ymd_opt(2028, 6, 1).unwrap();
    assert_eq!(d.check(today), Err(ReferralError::BadDuration));
    let mut d = draft();
    d.to.desk = None;
    assert_eq!(d.check(today), Err(ReferralError::NoDesk));
    // A field the person did not agree to share: refused, whatever it is.
    let mut d = draft();
    d.person.note = Some("Il entend des voix.".into());
    assert_eq!(
        d.check(today),
        Err(ReferralError::OutsideScope(Shared::Note))
    );
    let mut d = draft();
    d.scope.retain(|s| *s != Shared::Phone);
    assert_eq!(
        d.check(today),
        Err(ReferralError::OutsideScope(Shared::Phone))
    );
    let mut d = draft();
    d.person.phone = Some(Phone::parse("3114").unwrap());
    assert_eq!(d.check(today), Err(ReferralError::Invalid("phone")));
    // The professional is called back like a person: on a line, not a short or 08 number.
    let mut d = draft();
    d.professional.phone = Phone::parse("0800 13 00 00").unwrap();
    assert_eq!(
        d.check(today),
        Err(ReferralError::Invalid("professional's phone"))
    );
    // Each language once.
    let mut d = draft();
    d.scope.push(Shared::Languages);
    let lang = |c| Lang::parse(c).unwrap();
    d.person.languages = vec![lang("ar"), lang("fr"), lang("ar")];
    assert_eq!(d.check(today), Err(ReferralError::Invalid("languages")));
    // Names are one line; the reason may have several.
    let mut d = draft();
    d.professional.organisation = "CCAS\nde Villerelais".into();
    assert_eq!(
        d.check(today),
        Err(ReferralError::Invalid("the professional's organisation"))
    );
    let mut d = draft();
    d.why = "Suivi.\nElle préfère le matin.".into();
    assert_eq!(d.check(today), Ok(()));
    // Sharing less than the scope allows is fine.
    let mut d = draft();
    d.person.name = None;
    assert_eq!(d.check(today), Ok(()));
}

#[test]
fn the_consent_says_what_with_whom_why_until_and_how_to_take_it_back() {
    let lines = draft().explain(&Localizer::french());
    let text = lines.join("\n");
    for expected in [
        "Mme Roux",
        "CCAS de Villerelais",
        "CMP des Collines",
        "Il dort mal",
        "votre prénom",
        "01 99 00 20 20",
        "1 février",
    ] {
        assert!(text.contains(expected), "{expected} in\n{text}");
    }
    assert!(!text.contains("message"), "no note was shared:\n{text}");
    assert!(lines.iter().all(|l| !l.contains("consent-")), "{text}");
}

#[test]
fn accepting_makes_a_referral_that_can_be_sent_until_revoked_or_expired() {
    let r = draft()
        .accept(Informed::ReadOnScreen, Lang::parse("ar").unwrap(), now())
        .unwrap();
    assert_eq!(r.consent.given_at, now());
    assert_eq!(r.consent.language.as_str(), "ar");
    assert_eq!(r.check_sendable(now().date_naive()), Ok(()));
    let late = NaiveDate::from_ymd_opt(2027, 2, 2).unwrap();
    assert_eq!(r.check_sendable(late), Err(ReferralError::ConsentExpired));
    let mut revoked = r.clone();
    assert!(revoked.consent.revoke(now()));
    assert!(!revoked.consent.revoke(now()), "only once");
    assert_eq!(
        revoked.check_sendable(now().date_naive()),
        Err(ReferralError::ConsentRevoked)
    );
    // A referral altered after the consent (a field added) is refused.
    let mut tampered = r.clone();
    tampered.person.note = Some("Il entend des voix.".into());
    assert_eq!(
        tampered.check_sendable(now().date_naive()),
        Err(ReferralError::OutsideScope(Shared::Note))
    );
    assert_ne!(
        draft()
            .accept(Informed::ReadAloud, Lang::french(), now())
            .unwrap()
            .copy,
        r.copy,
        "each referral has its own code"
    );
}

#[test]
fn the_copy_shows_what_kinds_were_shared_never_the_data() {
    let r = draft()
        .accept(Informed::Printed, Lang::french(), now())
        .unwrap();
    let view = CopyView::from(&r);
    let loc = Localizer::french();
    let text = view.lines(Some(&r.copy), &loc).join("\n");
    assert!(text.contains(r.copy.as_str()));
    assert!(text.contains("03 53 01 30 01"), "whom to call:\n{text}");
    assert!(!text.contains("Samir") && !text.contains("06 39"), "{text}");
    assert!(!view.lines(None, &loc).join("\n").contains(r.copy.as_str()));
    let page = printable(&view, &r.copy, &loc);
    assert!(page.contains("<svg") && page.contains(r.copy.as_str()));
    assert!(page.starts_with("<!DOCTYPE html>") && !page.contains("<script"));
    assert!(!page.contains("Samir") && !page.contains("06 39"));
    let ar = Localizer::new(&Lang::parse("ar").unwrap());
    assert!(printable(&view, &r.copy, &ar).contains("dir=\"rtl\""));
    // Escaped: a name with markup stays text.
    let mut odd = view.clone();
    odd.professional = "<b>Roux</b>".into();
    assert!(printable(&odd, &r.copy, &loc).contains("&lt;b&gt;Roux"));
    assert!(qr_svg(&r.copy).unwrap().contains("<svg"));
    // Revoked at a desk: the purpose was erased, and no empty line stands for it.
    let mut erased = view.clone();
    erased.why = String::new();
    erased.revoked_at = Some(now());
    let lines = erased.lines(None, &loc);
    assert_eq!(lines.len(), view.lines(None, &loc).len() - 1);
    assert!(lines.iter().any(|l| l.contains("retiré")), "{lines:?}");
}
