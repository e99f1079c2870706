//! The app as a person uses it, driven from here (redbadger/crux's idea): the shells send an
//! [`Event`]; the core changes its state, and answers with the screen to draw and the
//! [`Effect`]s to perform. Navigation is state here, so Android and iOS cannot drift apart,
//! and every path through the app is tested once, in Rust and from the generated Kotlin.

use crate::errors::{Failure, fail};
use crate::models::*;
use crate::referral_flow::{self as rf, RefDraft};
use crate::{Relais, blocking, screens};
use chrono::Utc;
use relais_core::contact::{HumanContact, Lang};
use relais_core::i18n::{Direction, Localizer, Message};
use relais_core::orientation::{Situation, orient};
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
    ReferralForm,
    /// The person reads the consent (in their language) and answers.
    ReferralConsent,
    Referrals,
    Referral(Uuid),
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
    /// A professional is referring someone (else: the person asks for themselves).
    professional: bool,
    referral: RefDraft,
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
            professional: false,
            referral: RefDraft::default(),
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

/// What was typed goes into the questions, the form or the referral being filled.
fn typed(nav: &mut Nav, field: TextFieldId, text: String) {
    if matches!(nav.top(), Route::ReferralForm) {
        let r = &mut nav.referral;
        match field {
            TextFieldId::ProfessionalName => r.professional_name = text,
            TextFieldId::ProfessionalOrganisation => r.professional_organisation = text,
            TextFieldId::ProfessionalRole => r.professional_role = text,
            TextFieldId::ProfessionalPhone => r.professional_phone = text,
            TextFieldId::Why => r.why = text,
            TextFieldId::Note => r.note = text,
            TextFieldId::Name => r.person_name = text,
            TextFieldId::Phone => r.person_phone = text,
            _ => {}
        }
        return;
    }
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
            Event::Home => {
                nav.stack = vec![Route::Home];
                nav.professional = false;
            }
            Event::AskForAppointment => {
                nav.professional = false;
                nav.push(Route::Situation);
            }
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
            Event::StartReferral => {
                nav.professional = true;
                let store = self.store.clone();
                let saved = blocking(move || Ok(store.setting(rf::PROFESSIONAL_SETTING)?)).await?;
                nav.referral =
                    RefDraft::with_saved(saved.and_then(|s| serde_json::from_str(&s).ok()));
                nav.push(Route::Situation);
            }
            Event::StartReferralForm => {
                let o = orient(&situation_of(&nav.situation), &self.directory(), Utc::now());
                let to = rf::recipient(&o);
                if to.desk.is_none() {
                    return Err(Failure::NoDesk(screens::no_desk(&to.contact)));
                }
                nav.referral.to = Some(to);
                nav.referral.tried = false;
                if nav.referral.languages.is_empty() {
                    nav.referral.languages = nav.situation.languages.clone();
                }
                nav.push(Route::ReferralForm);
            }
            Event::ReferralShare { field, share } => {
                let kind = field.into();
                nav.referral.share.retain(|s| *s != kind);
                if share {
                    nav.referral.share.push(kind);
                }
            }
            Event::ReferralDuration { months } => nav.referral.months = months.clamp(1, 12),
            Event::ReferralWindow { window, on } => {
                nav.referral.windows.retain(|w| *w != window);
                if on && nav.referral.windows.len() < relais_core::request::MAX_CALL_WINDOWS {
                    nav.referral.windows.push(window);
                }
            }
            Event::ReferralLanguage { code, on } => {
                nav.referral.languages.retain(|l| *l != code);
                if on && nav.referral.languages.len() < relais_core::request::MAX_LANGUAGES {
                    nav.referral.languages.push(code);
                }
            }
            Event::ShowConsent => {
                nav.referral.tried = true;
                if nav.referral.build(&nav.situation, Utc::now()).is_ok() {
                    // The person reads it in their language when the app has it.
                    nav.referral.consent_language = nav
                        .referral
                        .languages
                        .iter()
                        .filter_map(|l| Lang::parse(l).ok())
                        .find(|l| relais_core::i18n::catalogue(l.as_str()).is_some())
                        .or(Some(*self.lang.read().unwrap_or_else(|p| p.into_inner())));
                    nav.push(Route::ReferralConsent);
                }
            }
            Event::ConsentLanguage { code } => {
                nav.referral.consent_language = Lang::parse(&code)
                    .ok()
                    .filter(|l| relais_core::i18n::catalogue(l.as_str()).is_some());
            }
            Event::ConsentInformed { how } => nav.referral.informed = how,
            Event::AnswerConsent { accept } => self.answer_consent(nav, accept, effects).await?,
            Event::MyReferrals => nav.push(Route::Referrals),
            Event::OpenReferral { id } => nav.push(Route::Referral(parse_id(&id)?)),
            Event::RevokeReferral { id } => {
                let id = parse_id(&id)?;
                let store = self.store.clone();
                blocking(move || Ok(store.revoke_referral(id, Utc::now())?)).await?;
                effects.push(Effect::Sync);
            }
            Event::PrintCopy { id } => {
                let id = parse_id(&id)?;
                let store = self.store.clone();
                let stored = blocking(move || Ok(store.referral(id)?)).await?;
                effects.push(rf::printable_copy(&stored.referral));
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

    /// The person's own answer to the consent: yes makes the referral and queues it; no sends
    /// nothing and shows whom to call.
    async fn answer_consent(
        &self,
        nav: &mut Nav,
        accept: bool,
        effects: &mut Vec<Effect>,
    ) -> Result<(), Failure> {
        let draft = nav
            .referral
            .build(&nav.situation, Utc::now())
            .map_err(|_| Failure::Referral("the referral is not complete".into()))?;
        let to = draft.to.contact.clone();
        if !accept {
            nav.referral = RefDraft::with_saved(Some(nav.referral.saved()));
            nav.stack = vec![Route::Home];
            nav.push(Route::Message {
                title: "consent-title",
                text: self.loc().text(
                    &Message::new("consent-done-refused").with("structure", to.structure.clone()),
                ),
                who: Some(to),
            });
            return Ok(());
        }
        let language = nav.referral.consent_language.unwrap_or(self.start_lang);
        let referral = draft
            .accept(nav.referral.informed.into(), language, Utc::now())
            .map_err(|e| Failure::Referral(e.to_string()))?;
        let id = referral.id;
        let saved = serde_json::to_string(&nav.referral.saved())
            .map_err(|e| Failure::Internal(e.to_string()))?;
        let store = self.store.clone();
        blocking(move || {
            store.create_referral(&referral, Utc::now())?;
            Ok(store.set_setting(rf::PROFESSIONAL_SETTING, &saved)?)
        })
        .await?;
        nav.referral = RefDraft::with_saved(Some(nav.referral.saved()));
        nav.professional = false;
        nav.stack = vec![Route::Home, Route::Referral(id)];
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
                    model: screens::situation(
                        &loc,
                        &nav.situation,
                        &self.directory(),
                        nav.professional,
                    ),
                },
            ),
            Route::Orientation => {
                let o = orient(&situation_of(&nav.situation), &self.directory(), Utc::now());
                (
                    "orientation-title",
                    Screen::Orientation {
                        model: screens::orientation(&loc, &o, nav.professional),
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
            Route::ReferralForm => (
                "referral-title",
                Screen::ReferralForm {
                    model: rf::form_screen(&loc, &nav.referral, &nav.situation, Utc::now()),
                },
            ),
            Route::ReferralConsent => {
                // The consent screen speaks the person's language, not the professional's.
                let person =
                    Localizer::new(&nav.referral.consent_language.unwrap_or(self.start_lang));
                let draft = nav
                    .referral
                    .build(&nav.situation, Utc::now())
                    .map_err(|_| rf::no_draft())?;
                let screen = Screen::Consent {
                    model: rf::consent_screen(&person, &draft, nav.referral.informed),
                };
                let back = nav.stack.len() > 1;
                let notice = nav.notice.take();
                return Ok((
                    self.frame(&person, "consent-title", &screen, back, notice),
                    screen,
                ));
            }
            Route::Referrals => {
                let store = self.store.clone();
                let list = blocking(move || Ok(store.referrals()?)).await?;
                (
                    "home-referrals",
                    Screen::Referrals {
                        model: rf::referrals_screen(&loc, &list),
                    },
                )
            }
            Route::Referral(id) => {
                let store = self.store.clone();
                let stored = blocking(move || Ok(store.referral(id)?)).await?;
                (
                    "copy-title",
                    Screen::Referral {
                        model: rf::referral_screen(&loc, &stored),
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
        Screen::ReferralForm { model } => {
            parts.push(model.intro.clone());
            parts.extend(model.errors.iter().cloned());
        }
        Screen::Referrals { model } => {
            parts.extend(model.empty.clone());
            for r in &model.referrals {
                parts.push(format!("{}, {}: {}.", r.created, r.structure, r.progress));
            }
        }
        Screen::Referral { model } => {
            parts.push(model.progress.clone());
            parts.extend(model.copy.iter().cloned());
        }
        Screen::Message { model } => {
            parts.push(model.text.clone());
            parts.extend(model.who_to_call.as_ref().map(contact));
        }
    }
    parts.retain(|p| !p.trim().is_empty());
    parts.join("\n")
}
