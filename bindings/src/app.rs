//! The app as a person uses it, driven from here (redbadger/crux's idea): the shells send an
//! [`Event`]; the core changes its state, and answers with the screen to draw and the
//! [`Effect`]s to perform. Navigation is state here, so Android and iOS cannot drift apart,
//! and every path through the app is tested once, in Rust and from the generated Kotlin.

use crate::errors::{Failure, fail};
use crate::models::*;
use crate::{Relais, blocking, screens};
use chrono::Utc;
use relais_core::contact::{HumanContact, Lang};
use relais_core::i18n::{Direction, Localizer, Message};
use relais_core::orientation::{Situation, orient};
use relais_core::referral::{Consent, Decision, Referral};
use relais_core::request::{Request, RequestEvent, RequestForm, RequestState, Target};
use uuid::Uuid;

/// Where the person is.
#[derive(Clone, Debug)]
enum Route {
    Home,
    Situation,
    Orientation,
    Form,
    Requests,
    Request(Uuid),
    Settings,
    ConfirmErase,
    Consent,
    /// A sentence and whom to call: a problem, or the answer to a referral.
    Message {
        title: &'static str,
        text: String,
        who: Option<HumanContact>,
    },
}

/// The app's state between events.
#[derive(Debug)]
pub(crate) struct Nav {
    stack: Vec<Route>,
    situation: SituationInput,
    form: FormInput,
    /// The person tried to send: the form shows what is wrong.
    form_tried: bool,
    referral: Option<ReferralInput>,
    /// News to show once (after a sync brought some).
    pub(crate) notice: Option<String>,
}

impl Default for Nav {
    fn default() -> Nav {
        Nav {
            stack: vec![Route::Home],
            situation: SituationInput {
                age: AgeBandInput::Unknown,
                place: PlaceInput::Address {
                    commune: String::new(),
                    street: None,
                },
                languages: Vec::new(),
                interpreter_needed: false,
            },
            form: FormInput {
                name: String::new(),
                phone: String::new(),
                relay_name: String::new(),
                relay_kind: None,
                call_windows: Vec::new(),
                voicemail_ok: false,
                sms_ok: false,
                languages: Vec::new(),
                interpreter_needed: false,
                age: None,
                place: PlaceInput::Unknown,
                message: String::new(),
            },
            form_tried: false,
            referral: None,
            notice: None,
        }
    }
}

impl Nav {
    fn top(&self) -> &Route {
        self.stack.last().unwrap_or(&Route::Home)
    }

    fn push(&mut self, route: Route) {
        self.stack.push(route);
    }
}

fn parse_id(id: &str) -> Result<Uuid, Failure> {
    Uuid::parse_str(id).map_err(|_| Failure::NotFound)
}

/// What was typed goes into the questions or the form being filled.
fn typed(nav: &mut Nav, field: TextFieldId, text: String) {
    let optional = |t: String| (!t.trim().is_empty()).then_some(t);
    match (field, &mut nav.situation.place) {
        (TextFieldId::Commune, PlaceInput::Address { commune, .. }) => *commune = text,
        (TextFieldId::Street, PlaceInput::Address { street, .. }) => *street = optional(text),
        (
            TextFieldId::Commune,
            PlaceInput::NoFixedAddress {
                lived_3_months_in, ..
            },
        ) => *lived_3_months_in = optional(text),
        (TextFieldId::Domiciliation, PlaceInput::NoFixedAddress { domiciliation, .. }) => {
            *domiciliation = optional(text)
        }
        (
            TextFieldId::SleepsIn,
            PlaceInput::NoFixedAddress {
                sleeps_or_followed_in,
                ..
            },
        ) => *sleeps_or_followed_in = optional(text),
        (TextFieldId::Name, _) => nav.form.name = text,
        (TextFieldId::Phone, _) => nav.form.phone = text,
        (TextFieldId::RelayName, _) => nav.form.relay_name = text,
        (TextFieldId::Message, _) => nav.form.message = text,
        // A field the current questions do not have: nothing to change.
        _ => {}
    }
}

pub(crate) fn situation_of(s: &SituationInput) -> Situation {
    Situation {
        age: s.age.into(),
        place: s.place.clone().into(),
        languages: s
            .languages
            .iter()
            .filter_map(|l| Lang::parse(l).ok())
            .collect(),
        interpreter_needed: s.interpreter_needed,
    }
}

fn form_of(f: &FormInput) -> RequestForm {
    RequestForm {
        name: f.name.clone(),
        phone: f.phone.clone(),
        relay_name: f.relay_name.clone(),
        relay_kind: f.relay_kind.map(Into::into),
        call_windows: f.call_windows.iter().map(|w| (*w).into()).collect(),
        voicemail_ok: f.voicemail_ok,
        sms_ok: f.sms_ok,
        languages: f.languages.clone(),
        interpreter_needed: f.interpreter_needed,
        age: f.age.map(Into::into),
        place: Some(f.place.clone().into()),
        message: f.message.clone(),
    }
}

pub(crate) fn referral_of(r: &ReferralInput) -> Result<Referral, Failure> {
    let until = chrono::NaiveDate::parse_from_str(&r.until, "%Y-%m-%d")
        .map_err(|_| Failure::Referral("the end date is not YYYY-MM-DD".into()))?;
    let referral = Referral::minimal(
        &r.social_worker,
        &r.organisation,
        &r.to_structure,
        &r.why,
        until,
        r.share_message,
    );
    referral
        .check(Utc::now().date_naive())
        .map_err(|e| Failure::Referral(e.to_string()))?;
    Ok(referral)
}

impl Relais {
    /// Applies one event, then draws the screen. Events are handled one at a time.
    pub(crate) async fn handle(&self, event: Event) -> Update {
        let mut nav = self.nav.lock().await;
        let mut effects = Vec::new();
        if let Err(f) = self.apply(&mut nav, event, &mut effects).await {
            let reason = fail(f, &self.loc());
            nav.push(Route::Message {
                title: "problem-title",
                text: reason.reason().to_owned(),
                who: None,
            });
        }
        match self.render(&mut nav).await {
            Ok((frame, screen)) => Update {
                frame,
                screen,
                effects,
            },
            Err(f) => {
                // The screen itself could not be read (storage): say so, with the lines.
                let loc = self.loc();
                let reason = fail(f, &loc);
                nav.stack = vec![Route::Home];
                let screen = Screen::Message {
                    model: screens::message(&loc, reason.reason().to_owned(), None),
                };
                Update {
                    frame: self.frame(&loc, "problem-title", &screen, false, None),
                    screen,
                    effects,
                }
            }
        }
    }

    async fn apply(
        &self,
        nav: &mut Nav,
        event: Event,
        effects: &mut Vec<Effect>,
    ) -> Result<(), Failure> {
        match event {
            Event::Start => {
                nav.stack = vec![Route::Home];
                // Reminders again (a phone restart may have dropped them), then a sync.
                let store = self.store.clone();
                let confirmed = blocking(move || Ok(store.followed()?)).await?;
                let loc = self.loc();
                effects.extend(
                    confirmed
                        .iter()
                        .filter_map(|(r, _)| crate::sync::reminder(&loc, r)),
                );
                effects.push(Effect::Sync);
            }
            Event::Back => {
                if nav.stack.len() > 1 {
                    nav.stack.pop();
                }
            }
            Event::Home => nav.stack = vec![Route::Home],
            Event::AskForAppointment => nav.push(Route::Situation),
            Event::SituationEdited { situation } => nav.situation = situation,
            Event::ShowWhomToCall => nav.push(Route::Orientation),
            Event::StartForm => {
                let s = &nav.situation;
                nav.form.age = Some(s.age);
                nav.form.place = s.place.clone();
                if nav.form.languages.is_empty() {
                    nav.form.languages = s.languages.clone();
                }
                nav.form.interpreter_needed |= s.interpreter_needed;
                nav.form_tried = false;
                nav.push(Route::Form);
            }
            Event::FormEdited { form } => nav.form = form,
            Event::TextChanged { field, text } => typed(nav, field, text),
            Event::Submit => self.submit(nav, effects).await?,
            Event::MyRequests => nav.push(Route::Requests),
            Event::OpenRequest { id } => nav.push(Route::Request(parse_id(&id)?)),
            Event::Withdraw { id } => {
                let id = parse_id(&id)?;
                let store = self.store.clone();
                blocking(move || Ok(store.withdraw(id, Utc::now())?)).await?;
                effects.push(Effect::Sync);
            }
            Event::SendBySms { id } => {
                let request = self.request(parse_id(&id)?).await?;
                let effect = match screens::sms_fallback(&request) {
                    Some(Ok(effect)) => effect,
                    Some(Err(_)) => return Err(Failure::Sms),
                    None => return Err(Failure::Internal("the desk has no SMS line".into())),
                };
                if matches!(request.state, RequestState::Queued { .. }) {
                    let store = self.store.clone();
                    blocking(move || {
                        let now = Utc::now();
                        Ok(store.apply(request.id, &RequestEvent::SentBySms { at: now }, now)?)
                    })
                    .await?;
                }
                effects.push(effect);
            }
            Event::AddToCalendar { id } => {
                let request = self.request(parse_id(&id)?).await?;
                let RequestState::Confirmed(a) = &request.state else {
                    return Err(Failure::Transition(
                        relais_core::request::TransitionError::Impossible {
                            from: request.state.name(),
                            event: "add to calendar",
                        },
                    ));
                };
                let ics = relais_core::calendar::appointment_ics(request.id, a, None, &self.loc())
                    .map_err(|e| Failure::Internal(e.to_string()))?;
                effects.push(Effect::Share {
                    file_name: "rendez-vous.ics".into(),
                    mime_type: "text/calendar".into(),
                    content: ics,
                });
            }
            Event::Settings => nav.push(Route::Settings),
            Event::SetLanguage { code } => {
                let lang = Lang::parse(&code)
                    .ok()
                    .filter(|l| relais_core::i18n::catalogue(l.as_str()).is_some())
                    .ok_or_else(|| Failure::Internal(format!("no catalogue for '{code}'")))?;
                let store = self.store.clone();
                let saved = lang.as_str().to_owned();
                blocking(move || Ok(store.set_setting("language", &saved)?)).await?;
                *self.lang.write().unwrap_or_else(|p| p.into_inner()) = lang;
            }
            Event::Export => {
                let store = self.store.clone();
                let export =
                    blocking(move || Ok(relais_core::rights::export(&store, Utc::now())?)).await?;
                effects.push(Effect::Share {
                    file_name: "relais-mes-donnees.txt".into(),
                    mime_type: "text/plain".into(),
                    content: export.to_text(&self.loc()),
                });
                effects.push(Effect::Share {
                    file_name: "relais-mes-donnees.json".into(),
                    mime_type: "application/json".into(),
                    content: export.to_json(),
                });
            }
            Event::AskToErase => nav.push(Route::ConfirmErase),
            Event::Erase => {
                let store = self.store.clone();
                blocking(move || Ok(store.erase_everything()?)).await?;
                *self.lang.write().unwrap_or_else(|p| p.into_inner()) = self.start_lang;
                *nav = Nav::default();
            }
            Event::ShowConsent { referral } => {
                referral_of(&referral)?;
                nav.referral = Some(referral);
                nav.push(Route::Consent);
            }
            Event::AnswerConsent { accept } => {
                let input = nav
                    .referral
                    .take()
                    .ok_or_else(|| Failure::Internal("no referral to answer".into()))?;
                let referral = referral_of(&input)?;
                let now = Utc::now();
                let consent = Consent {
                    id: Uuid::now_v7(),
                    referral,
                    decision: if accept {
                        Decision::Given { at: now }
                    } else {
                        Decision::Refused { at: now }
                    },
                };
                let store = self.store.clone();
                blocking(move || Ok(store.save_consent(&consent, now)?)).await?;
                nav.stack.pop();
                let key = if accept {
                    "consent-done-accepted"
                } else {
                    "consent-done-refused"
                };
                nav.push(Route::Message {
                    title: "consent-title",
                    text: self
                        .loc()
                        .text(&Message::new(key).with("structure", input.to_structure.as_str())),
                    who: None,
                });
            }
            Event::Refresh => {}
        }
        Ok(())
    }

    async fn submit(&self, nav: &mut Nav, effects: &mut Vec<Effect>) -> Result<(), Failure> {
        let content = match form_of(&nav.form).validate() {
            Ok(c) => c,
            Err(_) => {
                nav.form_tried = true;
                return Ok(());
            }
        };
        let situation = SituationInput {
            age: nav.form.age.unwrap_or(AgeBandInput::Unknown),
            place: nav.form.place.clone(),
            languages: nav.form.languages.clone(),
            interpreter_needed: nav.form.interpreter_needed,
        };
        let target = Target::from_orientation(&orient(
            &situation_of(&situation),
            &self.directory(),
            Utc::now(),
        ));
        // A CMP without a desk would never get it: the person calls them instead.
        if target.desk.is_none() {
            return Err(Failure::NoDesk(screens::no_desk(&target.contact)));
        }
        let request = Request::draft(content, target, Utc::now());
        let id = request.id;
        let store = self.store.clone();
        blocking(move || Ok(store.create_and_submit(&request, Utc::now())?)).await?;
        nav.form = FormInput {
            name: String::new(),
            message: String::new(),
            ..nav.form.clone()
        };
        nav.form_tried = false;
        // Back from the request goes home, not to the form just sent.
        nav.stack = vec![Route::Home, Route::Request(id)];
        effects.push(Effect::Sync);
        Ok(())
    }

    async fn request(&self, id: Uuid) -> Result<Request, Failure> {
        let store = self.store.clone();
        blocking(move || Ok(store.get(id)?)).await
    }

    /// The screen for where the person is, from what is stored now.
    async fn render(&self, nav: &mut Nav) -> Result<(Frame, Screen), Failure> {
        let loc = self.loc();
        let route = nav.top().clone();
        let (title, screen) = match route {
            Route::Home => (
                "home-title",
                Screen::Home {
                    model: screens::home(&loc, self.directory().meta().demo),
                },
            ),
            Route::Situation => (
                "situation-title",
                Screen::Situation {
                    model: screens::situation(&loc, &nav.situation, &self.directory()),
                },
            ),
            Route::Orientation => {
                let o = orient(&situation_of(&nav.situation), &self.directory(), Utc::now());
                (
                    "orientation-title",
                    Screen::Orientation {
                        model: screens::orientation(&loc, &o),
                    },
                )
            }
            Route::Form => {
                let errors = form_of(&nav.form).validate().err().unwrap_or_default();
                (
                    "form-title",
                    Screen::Form {
                        model: screens::form(&loc, &nav.form, &errors, nav.form_tried),
                    },
                )
            }
            Route::Requests => {
                let store = self.store.clone();
                let list = blocking(move || Ok(store.list()?)).await?;
                (
                    "home-requests",
                    Screen::Requests {
                        model: screens::requests(&loc, &list),
                    },
                )
            }
            Route::Request(id) => {
                let store = self.store.clone();
                let (request, history) =
                    blocking(move || Ok((store.get(id)?, store.history(id)?))).await?;
                (
                    "status-title",
                    Screen::Request {
                        model: screens::status(&loc, &request, &history),
                    },
                )
            }
            Route::Settings => (
                "settings-title",
                Screen::Settings {
                    model: screens::settings(&loc),
                },
            ),
            Route::ConfirmErase => (
                "settings-erase",
                Screen::Confirm {
                    model: screens::confirm_erase(&loc),
                },
            ),
            Route::Consent => {
                let referral = nav
                    .referral
                    .as_ref()
                    .ok_or_else(|| Failure::Internal("no referral".into()))
                    .and_then(referral_of)?;
                (
                    "consent-title",
                    Screen::Consent {
                        model: screens::consent(&loc, &referral),
                    },
                )
            }
            Route::Message { title, text, who } => (
                title,
                Screen::Message {
                    model: screens::message(&loc, text, who.as_ref()),
                },
            ),
        };
        let back = nav.stack.len() > 1;
        let notice = nav.notice.take();
        Ok((self.frame(&loc, title, &screen, back, notice), screen))
    }

    fn frame(
        &self,
        loc: &Localizer,
        title: &str,
        screen: &Screen,
        back: bool,
        notice: Option<String>,
    ) -> Frame {
        let title = loc.key(title);
        let spoken = spoken(&title, notice.as_deref(), screen);
        Frame {
            language: loc.lang().to_owned(),
            direction: match loc.direction() {
                Direction::LeftToRight => TextDirection::LeftToRight,
                Direction::RightToLeft => TextDirection::RightToLeft,
            },
            crisis: screens::crisis_bar(loc),
            back: back.then(|| {
                screens::simple(
                    loc,
                    ActionKind::Back,
                    "action-back",
                    screens::send(Event::Back),
                )
            }),
            listen: screens::simple(
                loc,
                ActionKind::Listen,
                "action-listen",
                screens::perform(Effect::Speak {
                    text: spoken,
                    language: loc.lang().to_owned(),
                }),
            ),
            notice,
            title,
        }
    }
}

/// The screen in words, for the platform's voice: what a person would read, in order.
fn spoken(title: &str, notice: Option<&str>, screen: &Screen) -> String {
    let mut parts: Vec<String> = vec![title.to_owned()];
    parts.extend(notice.map(str::to_owned));
    let contact =
        |c: &ContactModel| format!("{}, {}, {}. {}.", c.who, c.structure, c.phone, c.status);
    match screen {
        Screen::Home { model } => {
            parts.push(model.subtitle.clone());
            parts.extend(model.demo_notice.clone());
        }
        Screen::Situation { model } => {
            parts.push(model.intro.clone());
            parts.push(model.age_question.clone());
            parts.push(model.place_question.clone());
        }
        Screen::Orientation { model } => {
            parts.extend(model.problem.clone());
            for r in &model.routes {
                parts.push(contact(&r.contact));
                parts.push(r.reason.clone());
            }
        }
        Screen::Form { model } => {
            parts.push(model.intro.clone());
            parts.extend(model.errors.iter().cloned());
        }
        Screen::Requests { model } => {
            parts.extend(model.empty.clone());
            for r in &model.requests {
                parts.push(format!("{}, {}: {}.", r.created, r.structure, r.state));
            }
        }
        Screen::Request { model } => {
            parts.push(model.state.clone());
            parts.push(model.reason.clone());
            parts.push(contact(&model.who_to_call));
            if let Some(a) = &model.appointment {
                parts.push(a.kind.clone());
                parts.extend(a.when.clone());
                parts.push(a.place.clone());
            }
        }
        Screen::Settings { .. } => {}
        Screen::Confirm { model } => parts.push(model.text.clone()),
        Screen::Consent { model } => parts.extend(model.lines.iter().cloned()),
        Screen::Message { model } => {
            parts.push(model.text.clone());
            parts.extend(model.who_to_call.as_ref().map(contact));
        }
    }
    parts.retain(|p| !p.trim().is_empty());
    parts.join("\n")
}
