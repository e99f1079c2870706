//! Core's types turned into screen models, with every text from the catalogue.

use crate::RelaisError;
use crate::models::*;
use chrono::Utc;
use relais_core::contact::{HumanContact, Who};
use relais_core::crisis::{Channel, crisis_lines};
use relais_core::i18n::{Localizer, Message};
use relais_core::orientation::{Orientation, RouteKind};
use relais_core::referral::Referral;
use relais_core::request::{
    AppointmentKind, Field, FieldError, Request, RequestState, who_to_call,
};
use relais_core::sms::{self, SmsRequest};

fn action(kind: ActionKind, label: String, a11y: String, target: Option<String>) -> Action {
    Action {
        kind,
        accessibility_label: a11y,
        label,
        target,
    }
}

fn simple(loc: &Localizer, kind: ActionKind, key: &str, target: Option<String>) -> Action {
    let label = loc.key(key);
    action(kind, label.clone(), label, target)
}

pub fn crisis_bar(loc: &Localizer) -> CrisisBar {
    CrisisBar {
        title: loc.key("crisis-bar-title"),
        lines: crisis_lines()
            .iter()
            .map(|l| {
                let name = loc.key(l.name_key());
                let kind = match l.channel {
                    Channel::Voice => ActionKind::Call,
                    Channel::SmsOrVideo => ActionKind::Sms,
                };
                CrisisLineModel {
                    purpose: loc.key(l.purpose_key()),
                    number: l.contact.phone.national(),
                    action: action(
                        kind,
                        name.clone(),
                        format!("{name}. {}", loc.key(l.purpose_key())),
                        Some(l.uri()),
                    ),
                    name,
                }
            })
            .collect(),
    }
}

fn who(loc: &Localizer, w: &Who) -> (String, Option<String>) {
    let role = w.role_kind().map(|r| loc.role(r));
    match w.name() {
        Some(name) => (name.to_owned(), role),
        None => (role.clone().unwrap_or_default(), None),
    }
}

pub fn contact(loc: &Localizer, c: &HumanContact) -> ContactModel {
    let (who_text, role) = who(loc, &c.who);
    let status = c.status(Utc::now());
    let phone = c.phone.national();
    let call_a11y = loc.text(
        &Message::new("action-call-a11y")
            .with("who", who_text.as_str())
            .with("structure", c.structure.clone())
            .with("phone", phone.as_str()),
    );
    let sms = c.phone.is_french_mobile().then(|| {
        let a11y = loc.text(&Message::new("action-sms-a11y").with("who", who_text.as_str()));
        action(
            ActionKind::Sms,
            loc.key("action-sms"),
            a11y,
            Some(c.phone.sms_uri(None)),
        )
    });
    ContactModel {
        call: action(
            ActionKind::Call,
            loc.key("action-call"),
            call_a11y,
            Some(c.phone.tel_uri()),
        ),
        sms,
        role,
        structure: c.structure.to_string(),
        status: loc.status(status),
        open_now: status.is_some_and(|s| s.is_open()),
        hours: c.hours.as_ref().map(|h| loc.hours(h)).unwrap_or_default(),
        phone,
        who: who_text,
    }
}

pub fn home(loc: &Localizer, demo: bool) -> HomeScreen {
    HomeScreen {
        title: loc.key("home-title"),
        subtitle: loc.key("home-subtitle"),
        crisis: crisis_bar(loc),
        demo_notice: demo.then(|| loc.key("note-demo")),
        actions: vec![
            simple(loc, ActionKind::AskForAppointment, "home-ask", None),
            simple(loc, ActionKind::MyRequests, "home-requests", None),
            simple(loc, ActionKind::Settings, "home-settings", None),
        ],
    }
}

pub fn orientation(loc: &Localizer, o: &Orientation) -> OrientationScreen {
    let first_cmp = o
        .routes()
        .find(|r| {
            matches!(
                r.kind,
                RouteKind::SectorCmp | RouteKind::CandidateCmp | RouteKind::Cmpp
            )
        })
        .unwrap_or_else(|| o.first());
    OrientationScreen {
        title: loc.key("orientation-title"),
        problem: o.problem.as_ref().map(|m| loc.text(m)),
        routes: o
            .routes()
            .map(|r| RouteModel {
                contact: contact(loc, &r.contact),
                reason: loc.text(&r.reason),
                notes: r.notes.iter().map(|n| loc.text(n)).collect(),
            })
            .collect(),
        crisis: crisis_bar(loc),
        demo_notice: o.demo.then(|| loc.key("note-demo")),
        ask: match &first_cmp.desk {
            Some(_) => {
                let label = loc.text(
                    &Message::new("orientation-ask")
                        .with("structure", first_cmp.contact.structure.clone()),
                );
                action(
                    ActionKind::AskForAppointment,
                    label.clone(),
                    label,
                    first_cmp.structure_key.as_deref().map(str::to_owned),
                )
            }
            // No desk: never a form that goes nowhere; the person calls them.
            None => {
                let label = loc.text(&no_desk(&first_cmp.contact));
                action(
                    ActionKind::Call,
                    label.clone(),
                    label,
                    Some(first_cmp.contact.phone.tel_uri()),
                )
            }
        },
    }
}

/// "This CMP does not take requests by the app yet: call them."
pub fn no_desk(c: &HumanContact) -> Message {
    Message::new("orientation-no-desk")
        .with("structure", c.structure.clone())
        .with("phone", c.phone.national())
}

const FIELDS: [(FormField, Field, &str); 8] = [
    (FormField::Name, Field::Name, "field-name"),
    (FormField::Phone, Field::Phone, "field-phone"),
    (FormField::RelayName, Field::RelayName, "field-relay-name"),
    (
        FormField::CallWindows,
        Field::CallWindows,
        "field-call-windows",
    ),
    (FormField::Languages, Field::Languages, "field-languages"),
    (FormField::Age, Field::Age, "field-age"),
    (FormField::Place, Field::Place, "field-place"),
    (FormField::Message, Field::Message, "field-message"),
];

/// Languages offered on the form, each written in itself so that the person recognises theirs.
const FORM_LANGUAGES: &[(&str, &str)] = &[
    ("fr", "Français"),
    ("en", "English"),
    ("ar", "العربية"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("tir", "ትግርኛ"),
    ("so", "Soomaali"),
    ("es", "Español"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("tr", "Türkçe"),
    ("wo", "Wolof"),
    ("bm", "Bamanankan"),
];

pub fn form(loc: &Localizer, errors: Vec<FieldError>) -> FormScreen {
    let fields = FIELDS
        .iter()
        .map(|(ff, f, key)| FieldModel {
            field: *ff,
            label: loc.key(key),
            hint: loc.key(&format!("{key}-hint")),
            error: errors
                .iter()
                .find(|e| e.field == *f)
                .map(|e| loc.text(&e.message)),
        })
        .collect();
    let ages = [
        (AgeBandInput::Under12, "age-under12"),
        (AgeBandInput::From12To15, "age-12-15"),
        (AgeBandInput::From16To17, "age-16-17"),
        (AgeBandInput::From18To20, "age-18-20"),
        (AgeBandInput::From21, "age-21"),
        (AgeBandInput::Unknown, "age-unknown"),
    ];
    const WEEKDAYS: u8 = 0b1_1111;
    let windows = [
        (WEEKDAYS, 9 * 60, 12 * 60, "window-morning"),
        (WEEKDAYS, 12 * 60, 14 * 60, "window-midday"),
        (WEEKDAYS, 14 * 60, 17 * 60, "window-afternoon"),
        (WEEKDAYS, 17 * 60, 19 * 60, "window-evening"),
    ];
    let relays = [
        (RelayKindInput::SocialWorker, "relay-social-worker"),
        (RelayKindInput::Shelter, "relay-shelter"),
        (RelayKindInput::Other, "relay-other"),
    ];
    FormScreen {
        title: loc.key("form-title"),
        intro: loc.key("form-intro"),
        fields,
        ages: ages
            .iter()
            .map(|(value, key)| AgeChoice {
                value: *value,
                label: loc.key(key),
            })
            .collect(),
        windows: windows
            .iter()
            .map(|(days, from, to, key)| WindowChoice {
                window: CallWindowInput {
                    days: *days,
                    from_minute: *from,
                    to_minute: *to,
                },
                label: loc.key(key),
            })
            .collect(),
        relays: relays
            .iter()
            .map(|(value, key)| RelayChoice {
                value: *value,
                label: loc.key(key),
            })
            .collect(),
        languages: FORM_LANGUAGES
            .iter()
            .map(|(code, name)| LanguageChoice {
                code: (*code).into(),
                name: (*name).into(),
                selected: false,
            })
            .collect(),
        voicemail_label: loc.key("form-voicemail-ok"),
        sms_label: loc.key("form-sms-ok"),
        interpreter_label: loc.key("form-interpreter"),
        valid: errors.is_empty(),
        submit: simple(loc, ActionKind::Submit, "form-submit", None),
        crisis: crisis_bar(loc),
    }
}

pub fn state_text(loc: &Localizer, s: &RequestState) -> String {
    loc.key(match s {
        RequestState::Draft => "state-draft",
        RequestState::Queued { .. } => "state-queued",
        RequestState::SentBySms { .. } => "state-sent-by-sms",
        RequestState::Received { .. } => "state-received",
        RequestState::Contacting { .. } => "state-contacting",
        RequestState::Confirmed(a) if a.kind == AppointmentKind::WaitingList => {
            "state-waiting-list"
        }
        RequestState::Confirmed(_) => "state-confirmed",
        RequestState::Redirected { .. } => "state-redirected",
        RequestState::Closed { .. } => "state-closed",
    })
}

pub fn summary(loc: &Localizer, r: &Request) -> RequestSummary {
    RequestSummary {
        id: r.id.to_string(),
        created: r
            .created_at
            .with_timezone(&chrono_tz::Europe::Paris)
            .format("%d/%m/%Y")
            .to_string(),
        structure: r.target.contact.structure.to_string(),
        state: state_text(loc, &r.state),
    }
}

pub fn status(loc: &Localizer, r: &Request, history: &[(String, String)]) -> RequestStatusScreen {
    let w = who_to_call(&r.state, &r.target);
    let id = r.id.to_string();
    let mut actions = Vec::new();
    let open = !r.state.is_terminal();
    if open
        && !matches!(r.state, RequestState::Confirmed(ref a) if a.when.is_some_and(|t| t.with_timezone(&Utc) <= Utc::now()))
    {
        actions.push(simple(
            loc,
            ActionKind::Withdraw,
            "action-withdraw",
            Some(id.clone()),
        ));
    }
    if matches!(r.state, RequestState::Queued { .. })
        && let Ok(Some(sms)) = sms_fallback(loc, r)
    {
        actions.push(sms.action);
    }
    let appointment = match &r.state {
        RequestState::Confirmed(a) => {
            if a.when.is_some() {
                actions.push(simple(
                    loc,
                    ActionKind::AddToCalendar,
                    "action-calendar",
                    Some(id.clone()),
                ));
            }
            Some(AppointmentModel {
                kind: loc.key(match a.kind {
                    AppointmentKind::NurseIntake => "appointment-nurse-intake",
                    AppointmentKind::Medical => "appointment-medical",
                    AppointmentKind::WaitingList => "appointment-waiting-list",
                }),
                when: a
                    .when
                    .map(|t| loc.when(&t.with_timezone(&a.with.region.tz()))),
                place: a.place.clone(),
                with: contact(loc, &a.with),
                map: simple(
                    loc,
                    ActionKind::OpenMap,
                    "action-map",
                    Some(format!("geo:0,0?q={}", uri_encode(&a.place))),
                ),
            })
        }
        _ => None,
    };
    RequestStatusScreen {
        id,
        title: loc.key("status-title"),
        state: state_text(loc, &r.state),
        reason: loc.text(&w.reason),
        who_to_call: contact(loc, &w.contact),
        then: w.then.iter().map(|c| contact(loc, c)).collect(),
        appointment,
        history: history
            .iter()
            .map(|(at, s)| format!("{} – {s}", at.get(..10).unwrap_or(at)))
            .collect(),
        actions,
        crisis: crisis_bar(loc),
    }
}

fn uri_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The request packed in one SMS to its desk's intake number (an `sms:` URI the shells open
/// as it is); none when the desk has no SMS line.
pub fn sms_fallback(loc: &Localizer, r: &Request) -> Result<Option<SmsFallback>, RelaisError> {
    let Some(phone) = r.target.desk.as_ref().and_then(|d| d.sms) else {
        return Ok(None);
    };
    let body = sms::pack(&SmsRequest::from_content(r.id, &r.content)).map_err(|e| {
        RelaisError::InvalidInput {
            reason: e.to_string(),
        }
    })?;
    let label = loc.key("action-sms-fallback");
    Ok(Some(SmsFallback {
        to: phone.national(),
        action: action(
            ActionKind::Sms,
            label.clone(),
            label,
            Some(phone.sms_uri(Some(&body))),
        ),
        body,
    }))
}

pub fn settings(loc: &Localizer) -> SettingsScreen {
    let names = [("fr", "Français"), ("en", "English")];
    SettingsScreen {
        title: loc.key("settings-title"),
        languages: names
            .iter()
            .map(|(code, name)| LanguageChoice {
                code: (*code).into(),
                name: (*name).into(),
                selected: loc.lang() == *code,
            })
            .collect(),
        export: simple(loc, ActionKind::ExportData, "settings-export", None),
        erase: simple(loc, ActionKind::EraseEverything, "settings-erase", None),
        erase_warning: loc.key("settings-erase-warning"),
        crisis: crisis_bar(loc),
    }
}

pub fn consent(loc: &Localizer, r: &Referral) -> ConsentScreen {
    ConsentScreen {
        title: loc.key("consent-title"),
        lines: r.explain(loc),
        accept: simple(loc, ActionKind::AcceptConsent, "consent-accept", None),
        refuse: simple(loc, ActionKind::RefuseConsent, "consent-refuse", None),
        crisis: crisis_bar(loc),
    }
}
