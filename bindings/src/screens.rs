//! Core's types turned into screen models, every text from the catalogue and every action a
//! tap (an event for the core, or an effect for the platform).

use crate::models::*;
use chrono::Utc;
use relais_core::contact::{HumanContact, Who};
use relais_core::crisis::{Channel, crisis_lines};
use relais_core::directory::Directory;
use relais_core::i18n::{Localizer, Message, SPOKEN};
use relais_core::orientation::{Orientation, RouteKind};
use relais_core::request::{AppointmentKind, Field, FieldError, Request, RequestState};
use relais_core::sms::{self, SmsRequest};

pub fn send(event: Event) -> Tap {
    Tap::Send { event }
}

pub fn perform(effect: Effect) -> Tap {
    Tap::Perform { effect }
}

pub fn action(kind: ActionKind, label: String, a11y: String, tap: Tap) -> Action {
    Action {
        kind,
        accessibility_label: a11y,
        label,
        tap,
    }
}

/// An action whose label is a catalogue key, read aloud as it is written.
pub fn simple(loc: &Localizer, kind: ActionKind, key: &str, tap: Tap) -> Action {
    let label = loc.key(key);
    action(kind, label.clone(), label, tap)
}

pub fn dial(uri: String) -> Effect {
    Effect::Dial { uri }
}

/// An SMS to `phone`, with `body` ready (empty: the person writes it).
pub fn sms_effect(phone: relais_core::contact::Phone, body: &str) -> Effect {
    Effect::SendSms {
        uri: phone.sms_uri((!body.is_empty()).then_some(body)),
        to: phone.national(),
        body: body.to_owned(),
    }
}

/// The five lines, in the order core decides, on every screen; 114 is an SMS.
pub fn crisis_bar(loc: &Localizer) -> CrisisBar {
    CrisisBar {
        title: loc.key("crisis-bar-title"),
        lines: crisis_lines()
            .iter()
            .map(|l| {
                let name = loc.key(l.name_key());
                let purpose = loc.key(l.purpose_key());
                let (kind, effect) = match l.channel {
                    Channel::Voice => (ActionKind::Call, dial(l.uri())),
                    Channel::SmsOrVideo => (ActionKind::Sms, sms_effect(l.contact.phone, "")),
                };
                CrisisLineModel {
                    number: l.contact.phone.national(),
                    action: action(
                        kind,
                        name.clone(),
                        format!("{name}. {purpose}"),
                        perform(effect),
                    ),
                    purpose,
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
            perform(sms_effect(c.phone, "")),
        )
    });
    ContactModel {
        call: action(
            ActionKind::Call,
            loc.key("action-call"),
            call_a11y,
            perform(dial(c.phone.tel_uri())),
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
        subtitle: loc.key("home-subtitle"),
        demo_notice: demo.then(|| loc.key("note-demo")),
        actions: vec![
            simple(
                loc,
                ActionKind::Primary,
                "home-ask",
                send(Event::AskForAppointment),
            ),
            simple(
                loc,
                ActionKind::Secondary,
                "home-requests",
                send(Event::MyRequests),
            ),
            simple(
                loc,
                ActionKind::Secondary,
                "home-settings",
                send(Event::Settings),
            ),
        ],
    }
}

pub(crate) fn text_field(
    loc: &Localizer,
    id: TextFieldId,
    key: &str,
    value: &str,
    error: Option<String>,
) -> TextField {
    TextField {
        id,
        label: loc.key(key),
        hint: loc.key(&format!("{key}-hint")),
        value: value.to_owned(),
        error,
    }
}

pub(crate) fn choice(label: String, selected: bool, event: Event) -> Choice {
    Choice {
        label,
        selected,
        choose: send(event),
    }
}

const AGES: [(AgeBandInput, &str); 6] = [
    (AgeBandInput::Under12, "age-under12"),
    (AgeBandInput::From12To15, "age-12-15"),
    (AgeBandInput::From16To17, "age-16-17"),
    (AgeBandInput::From18To20, "age-18-20"),
    (AgeBandInput::From21, "age-21"),
    (AgeBandInput::Unknown, "age-unknown"),
];

/// A commune shown by its name when it was chosen from the list (stored as its code).
fn commune_text(dir: &Directory, value: &str) -> String {
    relais_core::directory::Insee::parse(value)
        .ok()
        .and_then(|code| dir.commune_by_insee(code))
        .map_or_else(|| value.to_owned(), |c| c.name.to_owned())
}

/// Communes matching what was typed; choosing one puts its code in the situation.
fn suggestions(
    loc: &Localizer,
    dir: &Directory,
    typed: &str,
    set: impl Fn(String) -> SituationInput,
) -> Vec<Choice> {
    if typed.trim().chars().count() < 2 || relais_core::directory::Insee::parse(typed).is_ok() {
        return Vec::new();
    }
    dir.search_communes(typed, 6)
        .into_iter()
        .map(|m| {
            let c = m.commune;
            let name = match m.old_name {
                Some(old) => loc.text(
                    &Message::new("commune-choice-old-name")
                        .with("commune", c.name)
                        .with("old", old),
                ),
                None => c.name.to_owned(),
            };
            let label = match m.postcode.or(c.postcodes.first().copied()) {
                Some(pc) => format!("{name} ({pc})"),
                None => name,
            };
            choice(
                label,
                false,
                Event::SituationEdited {
                    situation: set(c.insee.to_string()),
                },
            )
        })
        .collect()
}

pub fn situation(
    loc: &Localizer,
    s: &SituationInput,
    dir: &Directory,
    professional: bool,
) -> SituationScreen {
    let with_place = |place: PlaceInput| SituationInput { place, ..s.clone() };
    let ages = AGES
        .iter()
        .map(|(age, key)| {
            choice(
                loc.key(key),
                s.age == *age,
                Event::SituationEdited {
                    situation: SituationInput {
                        age: *age,
                        ..s.clone()
                    },
                },
            )
        })
        .collect();
    let no_fixed = PlaceInput::NoFixedAddress {
        lived_3_months_in: None,
        domiciliation: None,
        sleeps_or_followed_in: None,
    };
    let address = PlaceInput::Address {
        commune: String::new(),
        street: None,
    };
    let place_kinds = vec![
        choice(
            loc.key("place-kind-address"),
            matches!(s.place, PlaceInput::Address { .. }),
            Event::SituationEdited {
                situation: with_place(address),
            },
        ),
        choice(
            loc.key("place-kind-no-fixed-address"),
            matches!(s.place, PlaceInput::NoFixedAddress { .. }),
            Event::SituationEdited {
                situation: with_place(no_fixed),
            },
        ),
        choice(
            loc.key("place-kind-unknown"),
            matches!(s.place, PlaceInput::Unknown),
            Event::SituationEdited {
                situation: with_place(PlaceInput::Unknown),
            },
        ),
    ];
    let (commune, street, domiciliation, sleeps_in, suggestions) = match &s.place {
        PlaceInput::Address { commune, street } => {
            let street_value = street.clone();
            let list = suggestions(loc, dir, commune, |code| {
                with_place(PlaceInput::Address {
                    commune: code,
                    street: street_value.clone(),
                })
            });
            (
                Some(text_field(
                    loc,
                    TextFieldId::Commune,
                    "field-commune",
                    &commune_text(dir, commune),
                    None,
                )),
                Some(text_field(
                    loc,
                    TextFieldId::Street,
                    "field-street",
                    street.as_deref().unwrap_or(""),
                    None,
                )),
                None,
                None,
                list,
            )
        }
        PlaceInput::NoFixedAddress {
            lived_3_months_in,
            domiciliation,
            sleeps_or_followed_in,
        } => {
            let lived = lived_3_months_in.clone().unwrap_or_default();
            let list = suggestions(loc, dir, &lived, |code| {
                with_place(PlaceInput::NoFixedAddress {
                    lived_3_months_in: Some(code),
                    domiciliation: domiciliation.clone(),
                    sleeps_or_followed_in: sleeps_or_followed_in.clone(),
                })
            });
            let shown = |v: &Option<String>| commune_text(dir, v.as_deref().unwrap_or(""));
            (
                Some(text_field(
                    loc,
                    TextFieldId::Commune,
                    "field-lived-here",
                    &shown(lived_3_months_in),
                    None,
                )),
                None,
                Some(text_field(
                    loc,
                    TextFieldId::Domiciliation,
                    "field-domiciliation",
                    &shown(domiciliation),
                    None,
                )),
                Some(text_field(
                    loc,
                    TextFieldId::SleepsIn,
                    "field-sleeps-in",
                    &shown(sleeps_or_followed_in),
                    None,
                )),
                list,
            )
        }
        PlaceInput::Unknown => (None, None, None, None, Vec::new()),
    };
    SituationScreen {
        intro: loc.key(if professional {
            "situation-intro-professional"
        } else {
            "situation-intro"
        }),
        age_question: loc.key("field-age"),
        ages,
        place_question: loc.key("situation-place-question"),
        place_kinds,
        commune,
        suggestions,
        street,
        domiciliation,
        sleeps_in,
        value: s.clone(),
        next: simple(
            loc,
            ActionKind::Primary,
            "situation-next",
            send(Event::ShowWhomToCall),
        ),
    }
}

pub fn orientation(loc: &Localizer, o: &Orientation, professional: bool) -> OrientationScreen {
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
        problem: o.problem.as_ref().map(|m| loc.text(m)),
        routes: o
            .routes()
            .map(|r| RouteModel {
                contact: contact(loc, &r.contact),
                reason: loc.text(&r.reason),
                notes: r.notes.iter().map(|n| loc.text(n)).collect(),
            })
            .collect(),
        demo_notice: o.demo.then(|| loc.key("note-demo")),
        ask: match &first_cmp.desk {
            Some(_) => {
                let (key, event) = if professional {
                    ("orientation-refer", Event::StartReferralForm)
                } else {
                    ("orientation-ask", Event::StartForm)
                };
                let label = loc.text(
                    &Message::new(key).with("structure", first_cmp.contact.structure.clone()),
                );
                action(ActionKind::Primary, label.clone(), label, send(event))
            }
            // No desk: never a form that goes nowhere; the person calls them.
            None => {
                let label = loc.text(&no_desk(&first_cmp.contact));
                action(
                    ActionKind::Call,
                    label.clone(),
                    label,
                    perform(dial(first_cmp.contact.phone.tel_uri())),
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

const WEEKDAYS: u8 = 0b1_1111;
pub(crate) const WINDOWS: [(u8, u16, u16, &str); 4] = [
    (WEEKDAYS, 9 * 60, 12 * 60, "window-morning"),
    (WEEKDAYS, 12 * 60, 14 * 60, "window-midday"),
    (WEEKDAYS, 14 * 60, 17 * 60, "window-afternoon"),
    (WEEKDAYS, 17 * 60, 19 * 60, "window-evening"),
];

pub fn form(loc: &Localizer, f: &FormInput, errors: &[FieldError], tried: bool) -> FormScreen {
    let error = |field: Field| {
        tried
            .then(|| errors.iter().find(|e| e.field == field))
            .flatten()
            .map(|e| loc.text(&e.message))
    };
    let edit = |change: &dyn Fn(&mut FormInput)| {
        let mut next = f.clone();
        change(&mut next);
        Event::FormEdited { form: next }
    };
    let phone_owners = std::iter::once((None, "phone-owner-mine"))
        .chain([
            (Some(RelayKindInput::SocialWorker), "relay-social-worker"),
            (Some(RelayKindInput::Shelter), "relay-shelter"),
            (Some(RelayKindInput::Other), "relay-other"),
        ])
        .map(|(kind, key)| {
            choice(
                loc.key(key),
                f.relay_kind == kind,
                edit(&|n| n.relay_kind = kind),
            )
        })
        .collect();
    let windows = WINDOWS
        .iter()
        .map(|(days, from, to, key)| {
            let w = CallWindowInput {
                days: *days,
                from_minute: *from,
                to_minute: *to,
            };
            let on = f.call_windows.contains(&w);
            choice(
                loc.key(key),
                on,
                edit(&|n| {
                    if on {
                        n.call_windows.retain(|x| *x != w);
                    } else {
                        n.call_windows.push(w);
                    }
                }),
            )
        })
        .collect();
    let languages = SPOKEN
        .iter()
        .map(|(code, name)| {
            let on = f.languages.iter().any(|l| l == code);
            choice(
                (*name).to_owned(),
                on,
                edit(&|n| {
                    if on {
                        n.languages.retain(|l| l != code);
                    } else {
                        n.languages.push((*code).to_owned());
                    }
                }),
            )
        })
        .collect();
    let ages = AGES
        .iter()
        .map(|(age, key)| {
            choice(
                loc.key(key),
                f.age == Some(*age),
                edit(&|n| n.age = Some(*age)),
            )
        })
        .collect();
    let toggle = |key: &str, on: bool, change: &dyn Fn(&mut FormInput)| {
        choice(loc.key(key), on, edit(change))
    };
    FormScreen {
        intro: loc.key("form-intro"),
        errors: if tried {
            errors.iter().map(|e| loc.text(&e.message)).collect()
        } else {
            Vec::new()
        },
        name: text_field(
            loc,
            TextFieldId::Name,
            "field-name",
            &f.name,
            error(Field::Name),
        ),
        phone: text_field(
            loc,
            TextFieldId::Phone,
            "field-phone",
            &f.phone,
            error(Field::Phone),
        ),
        phone_owner_question: loc.key("form-phone-owner-question"),
        phone_owners,
        relay_name: f.relay_kind.map(|_| {
            text_field(
                loc,
                TextFieldId::RelayName,
                "field-relay-name",
                &f.relay_name,
                error(Field::RelayName),
            )
        }),
        windows_question: loc.key("field-call-windows"),
        windows_error: error(Field::CallWindows),
        windows,
        voicemail: toggle("form-voicemail-ok", f.voicemail_ok, &|n| {
            n.voicemail_ok = !n.voicemail_ok
        }),
        sms: toggle("form-sms-ok", f.sms_ok, &|n| n.sms_ok = !n.sms_ok),
        languages_question: loc.key("field-languages"),
        languages_error: error(Field::Languages),
        languages,
        interpreter: toggle("form-interpreter", f.interpreter_needed, &|n| {
            n.interpreter_needed = !n.interpreter_needed
        }),
        age_question: loc.key("field-age"),
        age_error: error(Field::Age),
        ages,
        message: text_field(
            loc,
            TextFieldId::Message,
            "field-message",
            &f.message,
            error(Field::Message),
        ),
        values: f.clone(),
        submit: simple(loc, ActionKind::Primary, "form-submit", send(Event::Submit)),
    }
}

pub fn summary(loc: &Localizer, r: &Request) -> RequestSummary {
    let created = loc.day(&r.created_at.with_timezone(&r.time_zone()));
    let structure = r.target.contact.structure.to_string();
    let label = loc.key("requests-open");
    let a11y = loc.text(
        &Message::new("requests-open-a11y")
            .with("date", created.as_str())
            .with("structure", structure.as_str()),
    );
    RequestSummary {
        id: r.id.to_string(),
        open: action(
            ActionKind::Secondary,
            label,
            a11y,
            send(Event::OpenRequest {
                id: r.id.to_string(),
            }),
        ),
        created,
        structure,
        state: loc.text(&r.state.message()),
    }
}

pub fn requests(loc: &Localizer, list: &[Request]) -> RequestsScreen {
    RequestsScreen {
        empty: list.is_empty().then(|| loc.key("requests-empty")),
        requests: list.iter().map(|r| summary(loc, r)).collect(),
        ask: simple(
            loc,
            ActionKind::Primary,
            "home-ask",
            send(Event::AskForAppointment),
        ),
    }
}

/// The request packed in one SMS to its desk's intake number; none when the desk has no SMS
/// line (or the request cannot be packed, which the caller reports).
pub fn sms_fallback(r: &Request) -> Option<Result<Effect, sms::SmsError>> {
    let phone = r.target.desk.as_ref().and_then(|d| d.sms)?;
    Some(
        sms::pack(&SmsRequest::from_content(r.id, &r.content)).map(|body| sms_effect(phone, &body)),
    )
}

pub fn status(loc: &Localizer, r: &Request, history: &[(String, String)]) -> RequestStatusScreen {
    let w = r.who_to_call();
    let id = r.id.to_string();
    let tz = r.time_zone();
    let mut actions = Vec::new();
    let passed = matches!(&r.state, RequestState::Confirmed(a)
        if a.when.is_some_and(|t| t.with_timezone(&Utc) <= Utc::now()));
    if matches!(r.state, RequestState::Queued { .. }) && sms_fallback(r).is_some() {
        actions.push(simple(
            loc,
            ActionKind::Sms,
            "action-sms-fallback",
            send(Event::SendBySms { id: id.clone() }),
        ));
    }
    let appointment = match &r.state {
        RequestState::Confirmed(a) => {
            if a.when.is_some() {
                actions.push(simple(
                    loc,
                    ActionKind::Secondary,
                    "action-calendar",
                    send(Event::AddToCalendar { id: id.clone() }),
                ));
            }
            let map = format!("geo:0,0?q={}", uri_encode(&a.place));
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
                    perform(Effect::OpenMap { uri: map }),
                ),
            })
        }
        _ => None,
    };
    if !r.state.is_terminal() {
        actions.push(simple(
            loc,
            ActionKind::Secondary,
            "action-refresh",
            perform(Effect::Sync),
        ));
    }
    if !r.state.is_terminal() && !passed {
        actions.push(simple(
            loc,
            ActionKind::Danger,
            "action-withdraw",
            send(Event::Withdraw { id: id.clone() }),
        ));
    }
    RequestStatusScreen {
        id,
        state: loc.text(&r.state.message()),
        reason: loc.text(&w.reason),
        who_to_call: contact(loc, &w.contact),
        then: w.then.iter().map(|c| contact(loc, c)).collect(),
        appointment,
        history: history
            .iter()
            .map(|(at, s)| relais_core::request::history_line(loc, tz, at, s))
            .collect(),
        actions,
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

pub fn settings(loc: &Localizer) -> SettingsScreen {
    SettingsScreen {
        languages: relais_core::i18n::CATALOGUES
            .iter()
            .map(|c| {
                choice(
                    c.name.to_owned(),
                    loc.lang() == c.code,
                    Event::SetLanguage {
                        code: c.code.to_owned(),
                    },
                )
            })
            .collect(),
        export: simple(
            loc,
            ActionKind::Secondary,
            "settings-export",
            send(Event::Export),
        ),
        erase: simple(
            loc,
            ActionKind::Danger,
            "settings-erase",
            send(Event::AskToErase),
        ),
        professional_title: loc.key("settings-professional"),
        professional: vec![
            simple(
                loc,
                ActionKind::Secondary,
                "home-refer",
                send(Event::StartReferral),
            ),
            simple(
                loc,
                ActionKind::Secondary,
                "home-referrals",
                send(Event::MyReferrals),
            ),
        ],
    }
}

pub fn confirm_erase(loc: &Localizer) -> ConfirmScreen {
    ConfirmScreen {
        text: loc.key("settings-erase-warning"),
        confirm: simple(loc, ActionKind::Danger, "erase-confirm", send(Event::Erase)),
        cancel: simple(
            loc,
            ActionKind::Secondary,
            "action-cancel",
            send(Event::Back),
        ),
    }
}

pub fn message(loc: &Localizer, text: String, who: Option<&HumanContact>) -> MessageScreen {
    MessageScreen {
        text,
        who_to_call: who.map(|c| contact(loc, c)),
        actions: vec![simple(
            loc,
            ActionKind::Secondary,
            "action-home",
            send(Event::Home),
        )],
    }
}
