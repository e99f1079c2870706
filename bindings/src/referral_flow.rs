//! The referral as a professional makes it on their phone, with the person beside them: the
//! same questions and the same answer about whom to call, then the referral form (who they
//! are, what the person agrees to share, field by field, why and for how long), the consent
//! the person reads in their own language and answers themselves, and the person's copy. The
//! rules (scope, consent, desk) are core's: [`relais_core::referral`].

use crate::errors::Failure;
use crate::models::*;
use crate::screens::{self, action, choice, perform, send, simple, text_field};
use chrono::{DateTime, Utc};
use relais_core::contact::{Lang, Phone};
use relais_core::i18n::{Localizer, Message};
use relais_core::orientation::{Orientation, RouteKind};
use relais_core::referral::copy::{CopyView, printable};
use relais_core::referral::{Draft, PersonData, Professional, Recipient, Referral, Shared};
use relais_core::request::{RequestState, Target, who_to_call};
use relais_core::store::{ReferralProgress, StoredReferral};

/// The referral being prepared.
#[derive(Clone, Debug)]
pub(crate) struct RefDraft {
    pub professional_name: String,
    pub professional_organisation: String,
    pub professional_role: String,
    pub professional_phone: String,
    pub person_name: String,
    pub person_phone: String,
    pub windows: Vec<CallWindowInput>,
    pub languages: Vec<String>,
    pub note: String,
    pub why: String,
    pub share: Vec<Shared>,
    pub months: u8,
    pub to: Option<Recipient>,
    pub consent_language: Option<Lang>,
    pub informed: InformedInput,
    pub tried: bool,
}

impl Default for RefDraft {
    fn default() -> RefDraft {
        RefDraft {
            professional_name: String::new(),
            professional_organisation: String::new(),
            professional_role: String::new(),
            professional_phone: String::new(),
            person_name: String::new(),
            person_phone: String::new(),
            windows: Vec::new(),
            languages: Vec::new(),
            note: String::new(),
            why: String::new(),
            // The least that lets the CMP call back; the note only if the person asks.
            share: vec![
                Shared::Name,
                Shared::Phone,
                Shared::CallWindows,
                Shared::Languages,
                Shared::AgeAndPlace,
            ],
            months: 3,
            to: None,
            consent_language: None,
            informed: InformedInput::ReadOnScreen,
            tried: false,
        }
    }
}

/// The professional's details, kept on the phone for the next referral.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct SavedProfessional {
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub phone: String,
}

pub(crate) const PROFESSIONAL_SETTING: &str = "professional";

impl RefDraft {
    pub fn with_saved(saved: Option<SavedProfessional>) -> RefDraft {
        let mut d = RefDraft::default();
        if let Some(p) = saved {
            d.professional_name = p.name;
            d.professional_organisation = p.organisation;
            d.professional_role = p.role;
            d.professional_phone = p.phone;
        }
        d
    }

    pub fn saved(&self) -> SavedProfessional {
        SavedProfessional {
            name: self.professional_name.clone(),
            organisation: self.professional_organisation.clone(),
            role: self.professional_role.clone(),
            phone: self.professional_phone.clone(),
        }
    }

    fn shares(&self, s: Shared) -> bool {
        self.share.contains(&s)
    }

    /// The draft in core's terms, or what to fix, field by field (catalogue messages).
    pub fn build(
        &self,
        situation: &SituationInput,
        now: DateTime<Utc>,
    ) -> Result<Draft, Vec<(TextFieldId, Message)>> {
        let mut errors = Vec::new();
        let missing = |v: &str| v.trim().is_empty();
        for (id, v) in [
            (TextFieldId::ProfessionalName, &self.professional_name),
            (
                TextFieldId::ProfessionalOrganisation,
                &self.professional_organisation,
            ),
            (TextFieldId::ProfessionalRole, &self.professional_role),
            (TextFieldId::Why, &self.why),
        ] {
            if missing(v) {
                errors.push((id, Message::new("referral-field-missing")));
            }
        }
        let phone = |id, text: &str, errors: &mut Vec<_>| match Phone::parse(text) {
            Ok(p) if p.is_short() || p.is_service() => {
                errors.push((id, Message::new("form-phone-short-number")));
                None
            }
            Ok(p) => Some(p),
            Err(e) => {
                errors.push((id, relais_core::request::phone_error_message(&e)));
                None
            }
        };
        let pro_phone = phone(
            TextFieldId::ProfessionalPhone,
            &self.professional_phone,
            &mut errors,
        );
        let person_phone = (self.shares(Shared::Phone) && !missing(&self.person_phone))
            .then(|| phone(TextFieldId::Phone, &self.person_phone, &mut errors))
            .flatten();
        let Some(to) = self.to.clone() else {
            return Err(vec![(TextFieldId::Why, Message::new("error-referral"))]);
        };
        let person = PersonData {
            name: (self.shares(Shared::Name) && !missing(&self.person_name))
                .then(|| self.person_name.trim().to_owned()),
            phone: person_phone,
            call_windows: if self.shares(Shared::CallWindows) {
                self.windows.iter().map(|w| (*w).into()).collect()
            } else {
                Vec::new()
            },
            languages: if self.shares(Shared::Languages) {
                self.languages
                    .iter()
                    .filter_map(|l| Lang::parse(l).ok())
                    .collect()
            } else {
                Vec::new()
            },
            interpreter_needed: self.shares(Shared::Languages) && situation.interpreter_needed,
            age: self
                .shares(Shared::AgeAndPlace)
                .then(|| situation.age.into()),
            place: self
                .shares(Shared::AgeAndPlace)
                .then(|| situation.place.clone().into()),
            note: (self.shares(Shared::Note) && !missing(&self.note))
                .then(|| self.note.trim().to_owned()),
        };
        let Some(pro_phone) = pro_phone else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let today = now.date_naive();
        let draft = Draft {
            professional: Professional {
                name: self.professional_name.trim().to_owned(),
                organisation: self.professional_organisation.trim().to_owned(),
                role: self.professional_role.trim().to_owned(),
                phone: pro_phone,
            },
            to,
            person,
            scope: self.share.clone(),
            why: self.why.trim().to_owned(),
            until: today
                .checked_add_months(chrono::Months::new(u32::from(self.months)))
                .unwrap_or(today),
        };
        draft
            .check(today)
            .map_err(|_| vec![(TextFieldId::Why, Message::new("referral-field-invalid"))])?;
        Ok(draft)
    }
}

/// The structure a referral goes to: the first CMP the answer names.
pub(crate) fn recipient(o: &Orientation) -> Recipient {
    let r = o
        .routes()
        .find(|r| {
            matches!(
                r.kind,
                RouteKind::SectorCmp | RouteKind::CandidateCmp | RouteKind::Cmpp
            )
        })
        .unwrap_or_else(|| o.first());
    Recipient {
        structure_key: r.structure_key.as_deref().unwrap_or_default().to_owned(),
        contact: r.contact.clone(),
        desk: r.desk.clone(),
    }
}

const SHARES: [(SharedField, Shared); 6] = [
    (SharedField::Name, Shared::Name),
    (SharedField::Phone, Shared::Phone),
    (SharedField::CallWindows, Shared::CallWindows),
    (SharedField::Languages, Shared::Languages),
    (SharedField::AgeAndPlace, Shared::AgeAndPlace),
    (SharedField::Note, Shared::Note),
];

pub(crate) fn form_screen(
    loc: &Localizer,
    d: &RefDraft,
    situation: &SituationInput,
    now: DateTime<Utc>,
) -> ReferralFormScreen {
    let errors = if d.tried {
        d.build(situation, now).err().unwrap_or_default()
    } else {
        Vec::new()
    };
    let err = |id: TextFieldId| {
        errors
            .iter()
            .find(|(f, _)| *f == id)
            .map(|(_, m)| loc.text(m))
    };
    let field = |id, key, value: &str| text_field(loc, id, key, value, err(id));
    let to = d.to.as_ref().map(|r| screens::contact(loc, &r.contact));
    ReferralFormScreen {
        intro: loc.key("referral-intro"),
        to: to.unwrap_or_else(|| screens::contact(loc, relais_core::crisis::last_resort())),
        errors: errors.iter().map(|(_, m)| loc.text(m)).collect(),
        professional_name: field(
            TextFieldId::ProfessionalName,
            "field-professional-name",
            &d.professional_name,
        ),
        professional_organisation: field(
            TextFieldId::ProfessionalOrganisation,
            "field-professional-organisation",
            &d.professional_organisation,
        ),
        professional_role: field(
            TextFieldId::ProfessionalRole,
            "field-professional-role",
            &d.professional_role,
        ),
        professional_phone: field(
            TextFieldId::ProfessionalPhone,
            "field-professional-phone",
            &d.professional_phone,
        ),
        why: field(TextFieldId::Why, "field-why", &d.why),
        durations: [1u8, 3, 6]
            .iter()
            .map(|m| {
                choice(
                    loc.text(&Message::new("referral-months").with("months", m.to_string())),
                    d.months == *m,
                    Event::ReferralDuration { months: *m },
                )
            })
            .collect(),
        share_question: loc.key("referral-share-question"),
        shares: SHARES
            .iter()
            .map(|(field, kind)| {
                let on = d.shares(*kind);
                choice(
                    loc.key(kind.message_key()),
                    on,
                    Event::ReferralShare {
                        field: *field,
                        share: !on,
                    },
                )
            })
            .collect(),
        person_name: d
            .shares(Shared::Name)
            .then(|| field(TextFieldId::Name, "field-name", &d.person_name)),
        person_phone: d
            .shares(Shared::Phone)
            .then(|| field(TextFieldId::Phone, "field-phone", &d.person_phone)),
        windows: if d.shares(Shared::CallWindows) {
            screens::WINDOWS
                .iter()
                .map(|(days, from, to, key)| {
                    let w = CallWindowInput {
                        days: *days,
                        from_minute: *from,
                        to_minute: *to,
                    };
                    let on = d.windows.contains(&w);
                    choice(
                        loc.key(key),
                        on,
                        Event::ReferralWindow { window: w, on: !on },
                    )
                })
                .collect()
        } else {
            Vec::new()
        },
        languages: if d.shares(Shared::Languages) {
            relais_core::i18n::SPOKEN
                .iter()
                .map(|(code, name)| {
                    let on = d.languages.iter().any(|l| l == code);
                    choice(
                        (*name).to_owned(),
                        on,
                        Event::ReferralLanguage {
                            code: (*code).to_owned(),
                            on: !on,
                        },
                    )
                })
                .collect()
        } else {
            Vec::new()
        },
        note: d
            .shares(Shared::Note)
            .then(|| field(TextFieldId::Note, "field-note", &d.note)),
        next: simple(
            loc,
            ActionKind::Primary,
            "referral-next",
            send(Event::ShowConsent),
        ),
    }
}

/// The consent, in the language chosen for the person.
pub(crate) fn consent_screen(loc: &Localizer, d: &Draft, informed: InformedInput) -> ConsentScreen {
    let informed_choices = [
        (InformedInput::ReadOnScreen, "informed-read"),
        (InformedInput::ReadAloud, "informed-aloud"),
        (InformedInput::WithInterpreter, "informed-interpreter"),
        (InformedInput::Printed, "informed-printed"),
    ];
    ConsentScreen {
        lines: d.explain(loc),
        languages: relais_core::i18n::CATALOGUES
            .iter()
            .map(|c| {
                choice(
                    c.name.to_owned(),
                    loc.lang() == c.code,
                    Event::ConsentLanguage {
                        code: c.code.to_owned(),
                    },
                )
            })
            .collect(),
        informed_question: loc.key("informed-question"),
        informed: informed_choices
            .iter()
            .map(|(how, key)| {
                choice(
                    loc.key(key),
                    informed == *how,
                    Event::ConsentInformed { how: *how },
                )
            })
            .collect(),
        accept: simple(
            loc,
            ActionKind::Primary,
            "consent-accept",
            send(Event::AnswerConsent { accept: true }),
        ),
        refuse: simple(
            loc,
            ActionKind::Primary,
            "consent-refuse",
            send(Event::AnswerConsent { accept: false }),
        ),
    }
}

/// Where a referral stands, in words.
fn progress(loc: &Localizer, s: &StoredReferral) -> String {
    let contact = &s.referral.to.contact;
    let call = |key: &'static str| {
        loc.text(
            &Message::new(key)
                .with("structure", contact.structure.clone())
                .with("phone", contact.phone.national()),
        )
    };
    if s.referral.consent.revoked_at.is_some()
        && !matches!(&s.progress, ReferralProgress::AtDesk { status } if status.revoked_at.is_some())
    {
        return call("referral-revoked-pending");
    }
    match &s.progress {
        ReferralProgress::Waiting => call("referral-waiting"),
        ReferralProgress::NotDelivered => call("referral-not-delivered"),
        ReferralProgress::AtDesk { status } if status.revoked_at.is_some() => {
            loc.key("referral-revoked")
        }
        ReferralProgress::AtDesk { status } => match &status.state {
            Some(state) => loc.text(&state.message()),
            None => loc.key("state-received"),
        },
    }
}

fn desk_state(s: &StoredReferral) -> Option<&RequestState> {
    match &s.progress {
        ReferralProgress::AtDesk { status } => status.state.as_ref(),
        _ => None,
    }
}

pub(crate) fn referral_screen(loc: &Localizer, s: &StoredReferral) -> ReferralScreen {
    let r = &s.referral;
    let id = r.id.to_string();
    let target = Target {
        structure_key: Some(r.to.structure_key.clone()),
        desk: r.to.desk.clone(),
        contact: r.to.contact.clone(),
        fallback: Vec::new(),
    };
    let who = match desk_state(s) {
        Some(state) => who_to_call(state, &target).contact,
        None => r.to.contact.clone(),
    };
    let mut actions = vec![simple(
        loc,
        ActionKind::Secondary,
        "referral-print",
        send(Event::PrintCopy { id: id.clone() }),
    )];
    if r.consent.revoked_at.is_none() {
        actions.push(simple(
            loc,
            ActionKind::Secondary,
            "action-refresh",
            perform(Effect::Sync),
        ));
        actions.push(simple(
            loc,
            ActionKind::Danger,
            "referral-revoke",
            send(Event::RevokeReferral { id: id.clone() }),
        ));
    }
    ReferralScreen {
        progress: progress(loc, s),
        copy: CopyView::from(r).lines(Some(&r.copy), loc),
        code: r.copy.as_str().to_owned(),
        who_to_call: screens::contact(loc, &who),
        actions,
        id,
    }
}

pub(crate) fn referrals_screen(loc: &Localizer, list: &[StoredReferral]) -> ReferralsScreen {
    ReferralsScreen {
        empty: list.is_empty().then(|| loc.key("referrals-empty")),
        referrals: list
            .iter()
            .map(|s| {
                let r = &s.referral;
                let created = loc.day(&r.created_at.with_timezone(&r.to.contact.region.tz()));
                let structure = r.to.contact.structure.to_string();
                let a11y = loc.text(
                    &Message::new("requests-open-a11y")
                        .with("date", created.as_str())
                        .with("structure", structure.as_str()),
                );
                ReferralSummary {
                    id: r.id.to_string(),
                    open: action(
                        ActionKind::Secondary,
                        loc.key("requests-open"),
                        a11y,
                        send(Event::OpenReferral {
                            id: r.id.to_string(),
                        }),
                    ),
                    progress: progress(loc, s),
                    created,
                    structure,
                }
            })
            .collect(),
        start: simple(
            loc,
            ActionKind::Primary,
            "home-refer",
            send(Event::StartReferral),
        ),
    }
}

/// The printable copy, in the language the person read the consent in.
pub(crate) fn printable_copy(r: &Referral) -> Effect {
    let loc = Localizer::new(&r.consent.language);
    Effect::Share {
        file_name: "copie-orientation.html".into(),
        mime_type: "text/html".into(),
        content: printable(&CopyView::from(r), &r.copy, &loc),
    }
}

/// Failures of the referral flow, in the person's terms.
pub(crate) fn no_draft() -> Failure {
    Failure::Internal("no referral is being prepared".into())
}
