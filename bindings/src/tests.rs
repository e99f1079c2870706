//! The app walked through its events, as a shell would: every screen, every effect, every
//! language, every error.

use super::*;
use relais_core::i18n::CATALOGUES;

fn config(dir: &tempfile::TempDir) -> AppConfig {
    AppConfig {
        data_dir: dir.path().to_string_lossy().into_owned(),
        directory_bundle: None,
        directory_url: None,
        demo: true,
        language: "fr-FR".into(),
    }
}

fn app(dir: &tempfile::TempDir) -> Arc<Relais> {
    Relais::new(config(dir), None).unwrap()
}

fn run<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Runtime::new().unwrap().block_on(f)
}

fn send(app: &Relais, event: Event) -> Update {
    let update = run(app.dispatch(event));
    check(&update);
    update
}

/// What every screen must have, whatever it is.
fn check(u: &Update) {
    assert_eq!(u.frame.crisis.lines.len(), 5, "five crisis lines");
    assert!(!u.frame.title.is_empty());
    match &u.frame.listen.tap {
        Tap::Perform {
            effect: Effect::Speak { text, language },
        } => {
            assert!(text.contains(&u.frame.title));
            assert_eq!(*language, u.frame.language);
        }
        other => panic!("listen is {other:?}"),
    }
    for effect in taps(u).into_iter().chain(u.effects.iter().cloned()) {
        well_formed(&effect);
    }
}

/// Every effect an action of the update performs when tapped.
fn taps(u: &Update) -> Vec<Effect> {
    let json = format!("{:?}", u);
    let _ = json;
    let mut out = Vec::new();
    let mut push = |a: &Action| {
        if let Tap::Perform { effect } = &a.tap {
            out.push(effect.clone());
        }
    };
    for l in &u.frame.crisis.lines {
        push(&l.action);
    }
    let contact = |c: &ContactModel, push: &mut dyn FnMut(&Action)| {
        push(&c.call);
        if let Some(s) = &c.sms {
            push(s);
        }
    };
    match &u.screen {
        Screen::Orientation { model } => {
            for r in &model.routes {
                contact(&r.contact, &mut push);
            }
            push(&model.ask);
        }
        Screen::Request { model } => {
            contact(&model.who_to_call, &mut push);
            for c in &model.then {
                contact(c, &mut push);
            }
            for a in &model.actions {
                push(a);
            }
            if let Some(a) = &model.appointment {
                push(&a.map);
                contact(&a.with, &mut push);
            }
        }
        Screen::Message { model } => {
            if let Some(c) = &model.who_to_call {
                contact(c, &mut push);
            }
        }
        _ => {}
    }
    out
}

fn well_formed(e: &Effect) {
    match e {
        Effect::Dial { uri } => {
            let n = uri.strip_prefix("tel:").unwrap();
            assert!(relais_core::contact::Phone::parse(n).is_ok(), "{uri}");
        }
        Effect::SendSms { uri, to, body } => {
            assert!(uri.starts_with("sms:"), "{uri}");
            assert!(relais_core::contact::Phone::parse(to).is_ok(), "{to}");
            if !body.is_empty() {
                assert!(body.chars().count() <= 160, "{body}");
                assert!(relais_core::sms::is_gsm7_basic(body), "{body}");
                assert!(uri.contains("?body="), "{uri}");
            }
        }
        Effect::OpenMap { uri } => assert!(uri.starts_with("geo:"), "{uri}"),
        Effect::Share {
            file_name,
            mime_type,
            content,
        } => {
            assert!(!file_name.is_empty() && !mime_type.is_empty() && !content.is_empty());
        }
        Effect::Speak { text, language } => {
            assert!(!text.is_empty() && !language.is_empty())
        }
        Effect::Notify { title, body, .. } => {
            assert!(!title.is_empty() && !body.is_empty())
        }
        Effect::Sync | Effect::ScheduleSync { .. } => {}
    }
}

fn situation(commune: &str) -> SituationInput {
    SituationInput {
        age: AgeBandInput::From21,
        place: PlaceInput::Address {
            commune: commune.into(),
            street: None,
        },
        languages: vec![],
        interpreter_needed: false,
    }
}

fn tap(app: &Relais, a: &Action) -> Update {
    match &a.tap {
        Tap::Send { event } => send(app, event.clone()),
        Tap::Perform { effect } => panic!("{:?} performs {effect:?}", a.label),
    }
}

fn choose(app: &Relais, c: &Choice) -> Update {
    match &c.choose {
        Tap::Send { event } => send(app, event.clone()),
        Tap::Perform { effect } => panic!("{effect:?}"),
    }
}

#[test]
fn crisis_lines_need_nothing() {
    let bar = crisis_lines("en-GB".into());
    assert_eq!(bar.title, "Need help right now?");
    let bar = crisis_lines("??".into());
    assert_eq!(bar.lines.len(), 5);
    let sms = &bar.lines[3].action.tap;
    assert!(
        matches!(sms, Tap::Perform { effect: Effect::SendSms { to, .. } } if to == "114"),
        "114 is an SMS: {sms:?}"
    );
}

#[test]
fn a_person_walks_from_home_to_a_request_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    let home = send(&app, Event::Start);
    assert_eq!(home.effects, vec![Effect::Sync]);
    assert!(home.frame.back.is_none());
    let Screen::Home { model } = &home.screen else {
        panic!("{:?}", home.screen)
    };
    assert!(model.demo_notice.is_some());

    // The questions, one choice at a time, the commune typed then chosen in the list.
    let s = tap(&app, &model.actions[0]);
    assert!(s.frame.back.is_some());
    let Screen::Situation { model } = &s.screen else {
        panic!()
    };
    let adult = model.ages.iter().find(|c| c.label.contains("21")).unwrap();
    let s = choose(&app, adult);
    assert!(matches!(s.screen, Screen::Situation { .. }));
    let s = send(
        &app,
        Event::TextChanged {
            field: TextFieldId::Commune,
            text: "montre".into(),
        },
    );
    let Screen::Situation { model } = &s.screen else {
        panic!()
    };
    let montrelais = model
        .suggestions
        .iter()
        .find(|c| c.label.starts_with("Montrelais"))
        .unwrap();
    let s = choose(&app, montrelais);
    let Screen::Situation { model } = &s.screen else {
        panic!()
    };
    assert_eq!(model.commune.as_ref().unwrap().value, "Montrelais");

    let o = tap(&app, &model.next);
    let Screen::Orientation { model } = &o.screen else {
        panic!()
    };
    assert_eq!(model.routes[0].contact.structure, "CMP des Collines");
    assert!(
        model.routes[0]
            .reason
            .starts_with("Votre commune : Montrelais.")
    );
    assert_eq!(
        model.routes.last().unwrap().contact.call.tap,
        Tap::Perform {
            effect: Effect::Dial {
                uri: "tel:3114".into()
            }
        }
    );

    // The form: sent empty, it says what is missing; filled, it goes.
    let f = tap(&app, &model.ask);
    let Screen::Form { model } = &f.screen else {
        panic!()
    };
    assert_eq!(model.values.age, Some(AgeBandInput::From21));
    assert!(model.errors.is_empty(), "no error before the first try");
    let f = tap(&app, &model.submit);
    let Screen::Form { model } = &f.screen else {
        panic!("{:?}", f.screen)
    };
    assert_eq!(
        model.name.error.as_deref(),
        Some("Écrivez un prénom ou un surnom. C'est le nom que le CMP dira au téléphone.")
    );
    let morning = model.windows[0].clone();
    let f = choose(&app, &morning);
    let Screen::Form { model } = &f.screen else {
        panic!()
    };
    assert!(model.windows[0].selected);
    assert_eq!(model.name.id, TextFieldId::Name);
    send(
        &app,
        Event::TextChanged {
            field: TextFieldId::Name,
            text: "Samir".into(),
        },
    );
    // An Arabic keyboard types Arabic-Indic digits.
    send(
        &app,
        Event::TextChanged {
            field: TextFieldId::Phone,
            text: "٠٦ ٣٩ ٩٨ ٠٠ ١٢".into(),
        },
    );
    let r = send(&app, Event::Submit);
    let Screen::Request { model } = &r.screen else {
        panic!("{:?}", r.screen)
    };
    assert_eq!(r.effects, vec![Effect::Sync]);
    assert_eq!(
        model.state,
        "En attente de réseau : elle partira toute seule"
    );
    assert_eq!(model.who_to_call.structure, "CMP des Collines");
    assert!(
        model.history[1].contains(" : En attente de réseau"),
        "{:?}",
        model.history
    );
    let id = model.id.clone();

    // The SMS fallback: the core packs it, the shell opens the SMS app.
    let sms = model
        .actions
        .iter()
        .find(|a| a.kind == ActionKind::Sms)
        .unwrap();
    let r = tap(&app, sms);
    match &r.effects[..] {
        [Effect::SendSms { uri, to, body }] => {
            // 06 39 is also Mayotte's mobile block, hence +262 (see domain.md).
            assert!(uri.starts_with("sms:+262639980000?body=RL1%20"), "{uri}");
            assert_eq!(to, "06 39 98 00 00");
            assert!(body.starts_with("RL1 "));
        }
        other => panic!("{other:?}"),
    }
    let Screen::Request { model } = &r.screen else {
        panic!()
    };
    assert_eq!(model.state, "Envoyée par SMS");
    let withdraw = model
        .actions
        .iter()
        .find(|a| a.kind == ActionKind::Danger)
        .unwrap();
    let r = tap(&app, withdraw);
    let Screen::Request { model } = &r.screen else {
        panic!()
    };
    assert_eq!(model.state, "Demande fermée");
    assert!(model.reason.contains("Vous avez retiré votre demande"));
    // Back goes home, not to the form that was sent.
    let h = tap(&app, r.frame.back.as_ref().unwrap());
    assert!(matches!(h.screen, Screen::Home { .. }));

    let l = send(&app, Event::MyRequests);
    let Screen::Requests { model } = &l.screen else {
        panic!()
    };
    assert_eq!(model.requests.len(), 1);
    assert_eq!(model.requests[0].id, id);
    assert_eq!(model.requests[0].state, "Demande fermée");
    let again = tap(&app, &model.requests[0].open);
    assert!(matches!(again.screen, Screen::Request { .. }));
    // The same request cannot be withdrawn twice: a sentence, and the lines.
    let p = send(&app, Event::Withdraw { id });
    let Screen::Message { model } = &p.screen else {
        panic!()
    };
    assert!(model.text.contains("appelez le CMP"), "{}", model.text);
    let p = send(&app, Event::OpenRequest { id: "nope".into() });
    assert_eq!(p.frame.title, "Un problème");
}

#[test]
fn settings_language_export_and_erase() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    send(&app, Event::Start);
    send(
        &app,
        Event::SituationEdited {
            situation: situation("96004"),
        },
    );
    send(&app, Event::StartForm);
    let Screen::Form { model } = send(&app, Event::Refresh).screen else {
        panic!()
    };
    let mut f = model.values;
    f.name = "Samir".into();
    f.phone = "06 39 98 00 12".into();
    f.call_windows = vec![CallWindowInput {
        days: 31,
        from_minute: 540,
        to_minute: 720,
    }];
    send(&app, Event::FormEdited { form: f });
    assert!(matches!(
        send(&app, Event::Submit).screen,
        Screen::Request { .. }
    ));

    let s = send(&app, Event::Settings);
    let Screen::Settings { model } = &s.screen else {
        panic!()
    };
    assert_eq!(model.languages.len(), CATALOGUES.len());
    let arabic = model
        .languages
        .iter()
        .find(|c| c.label == "العربية")
        .unwrap();
    let s = choose(&app, arabic);
    assert_eq!(s.frame.direction, TextDirection::RightToLeft);
    assert_eq!(s.frame.language, "ar");
    assert_eq!(app.language(), "ar");
    let english = send(&app, Event::SetLanguage { code: "en".into() });
    assert_eq!(english.frame.title, "Settings");
    assert_eq!(english.frame.direction, TextDirection::LeftToRight);

    let e = send(&app, Event::Export);
    let files: Vec<_> = e
        .effects
        .iter()
        .map(|x| match x {
            Effect::Share {
                file_name, content, ..
            } => (file_name.clone(), content.clone()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(files.len(), 2);
    assert!(files[0].1.contains("Samir"));
    // The export speaks the person's language: no state names, no UTC timestamps.
    assert!(
        files[0].1.contains("Waiting for a network"),
        "{}",
        files[0].1
    );
    assert!(!files[0].1.contains("queued"));
    let c = send(&app, Event::AskToErase);
    let Screen::Confirm { model } = &c.screen else {
        panic!()
    };
    let h = tap(&app, &model.confirm);
    assert!(matches!(h.screen, Screen::Home { .. }));
    assert_eq!(app.language(), "fr");
    let Screen::Requests { model } = send(&app, Event::MyRequests).screen else {
        panic!()
    };
    assert!(model.requests.is_empty() && model.empty.is_some());
    let unknown = send(&app, Event::SetLanguage { code: "xx".into() });
    assert!(matches!(unknown.screen, Screen::Message { .. }));
}

#[test]
fn a_cmp_without_a_desk_is_called_not_asked() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    // Les Étangs: its CMP takes no requests from the app.
    send(
        &app,
        Event::SituationEdited {
            situation: situation("96007"),
        },
    );
    let o = send(&app, Event::ShowWhomToCall);
    let Screen::Orientation { model } = &o.screen else {
        panic!()
    };
    assert_eq!(model.ask.kind, ActionKind::Call);
    assert_eq!(
        model.ask.tap,
        Tap::Perform {
            effect: Effect::Dial {
                uri: "tel:+33465714001".into()
            }
        }
    );
    assert!(
        model
            .ask
            .label
            .contains("ne reçoit pas encore les demandes")
    );
    // Even a form filled by other means is refused with the number to call.
    send(&app, Event::StartForm);
    let Screen::Form { model } = send(&app, Event::Refresh).screen else {
        panic!()
    };
    let mut f = model.values;
    f.name = "Samir".into();
    f.phone = "06 39 98 00 12".into();
    f.call_windows = vec![CallWindowInput {
        days: 31,
        from_minute: 540,
        to_minute: 720,
    }];
    send(&app, Event::FormEdited { form: f });
    let p = send(&app, Event::Submit);
    let Screen::Message { model } = &p.screen else {
        panic!("{:?}", p.screen)
    };
    assert!(model.text.contains("04 65 71 40 01"), "{}", model.text);
}

#[test]
fn every_screen_in_every_language_has_the_five_lines_and_its_direction() {
    for c in CATALOGUES {
        let dir = tempfile::tempdir().unwrap();
        let app = Relais::new(
            AppConfig {
                language: c.code.into(),
                ..config(&dir)
            },
            None,
        )
        .unwrap();
        for event in [
            Event::Start,
            Event::StartReferral,
            Event::AskForAppointment,
            Event::SituationEdited {
                situation: situation("96004"),
            },
            Event::ShowWhomToCall,
            Event::StartForm,
            Event::Submit,
            Event::MyRequests,
            Event::Settings,
            Event::AskToErase,
        ] {
            let u = send(&app, event);
            assert_eq!(u.frame.language, c.code);
            let rtl = matches!(c.code, "ar" | "prs" | "ps");
            assert_eq!(
                u.frame.direction == TextDirection::RightToLeft,
                rtl,
                "{}",
                c.code
            );
        }
    }
}

#[test]
fn every_error_renders_in_every_language() {
    for c in CATALOGUES {
        let loc = relais_core::i18n::Localizer::new(&Lang::parse(c.code).unwrap());
        for key in errors::KEYS {
            let text = loc.key(key);
            assert_ne!(text, *key, "{}: {key}", c.code);
            assert!(text.len() > 10, "{}: {key}", c.code);
        }
    }
}

/// One screen per language, as the person reads it (the questions: their texts do not
/// depend on the time of day).
#[test]
fn the_questions_in_every_language() {
    for c in CATALOGUES {
        let dir = tempfile::tempdir().unwrap();
        let app = Relais::new(
            AppConfig {
                language: c.code.into(),
                ..config(&dir)
            },
            None,
        )
        .unwrap();
        let u = send(&app, Event::AskForAppointment);
        let Screen::Situation { model } = &u.screen else {
            panic!()
        };
        let mut text = vec![
            u.frame.title.clone(),
            model.intro.clone(),
            model.age_question.clone(),
        ];
        text.extend(model.ages.iter().map(|a| a.label.clone()));
        text.push(model.place_question.clone());
        text.extend(model.place_kinds.iter().map(|a| a.label.clone()));
        text.push(u.frame.crisis.title.clone());
        text.extend(
            u.frame
                .crisis
                .lines
                .iter()
                .map(|l| format!("{}: {}", l.name, l.purpose)),
        );
        insta::assert_snapshot!(format!("questions_{}", c.code), text.join("\n"));
    }
}

fn type_in(app: &Relais, field: TextFieldId, text: &str) {
    send(
        app,
        Event::TextChanged {
            field,
            text: text.into(),
        },
    );
}

/// A social worker refers a person: the same questions, the referral form, the consent the
/// person reads in their language, the person's copy; then the person takes it back.
#[test]
fn a_professional_refers_a_person_who_consents_then_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    let settings = send(&app, Event::Settings);
    let Screen::Settings { model } = &settings.screen else {
        panic!()
    };
    let s = tap(&app, &model.professional[0]);
    let Screen::Situation { model } = &s.screen else {
        panic!()
    };
    assert!(model.intro.contains("la personne que vous accompagnez"));
    send(
        &app,
        Event::SituationEdited {
            situation: situation("96004"),
        },
    );
    let o = send(&app, Event::ShowWhomToCall);
    let Screen::Orientation { model } = &o.screen else {
        panic!()
    };
    assert!(
        model
            .ask
            .label
            .starts_with("Préparer l'orientation vers CMP des Collines")
    );
    let f = tap(&app, &model.ask);
    let Screen::ReferralForm { model } = &f.screen else {
        panic!("{:?}", f.screen)
    };
    assert_eq!(model.to.structure, "CMP des Collines");
    // Sent incomplete: it says what is missing, nothing goes to the person yet.
    let f = send(&app, Event::ShowConsent);
    let Screen::ReferralForm { model } = &f.screen else {
        panic!()
    };
    assert_eq!(
        model.professional_name.error.as_deref(),
        Some("Remplissez ce champ.")
    );
    for (field, text) in [
        (TextFieldId::ProfessionalName, "Mme Roux"),
        (TextFieldId::ProfessionalOrganisation, "CCAS de Villerelais"),
        (TextFieldId::ProfessionalRole, "Assistante sociale"),
        (TextFieldId::ProfessionalPhone, "01 99 00 20 20"),
        (TextFieldId::Why, "Il dort mal depuis des mois."),
        (TextFieldId::Name, "Samir"),
        (TextFieldId::Phone, "06 39 98 00 12"),
    ] {
        type_in(&app, field, text);
    }
    // The person does not want their phone sent: the CMP will call the professional.
    send(
        &app,
        Event::ReferralShare {
            field: SharedField::Phone,
            share: false,
        },
    );
    send(
        &app,
        Event::ReferralLanguage {
            code: "ar".into(),
            on: true,
        },
    );
    let c = send(&app, Event::ShowConsent);
    let Screen::Consent { model } = &c.screen else {
        panic!("{:?}", c.screen)
    };
    // The person reads it in their own language, right to left.
    assert_eq!(c.frame.language, "ar");
    assert_eq!(c.frame.direction, TextDirection::RightToLeft);
    assert!(model.lines.iter().any(|l| l.contains("Mme Roux")));
    assert!(
        !model.lines.join("\n").contains("06 39"),
        "the phone is not shared"
    );
    let c = send(&app, Event::ConsentLanguage { code: "fr".into() });
    let Screen::Consent { model } = &c.screen else {
        panic!()
    };
    assert!(
        model.lines.iter().any(|l| l.contains("votre prénom")),
        "{:?}",
        model.lines
    );
    assert!(
        !model
            .lines
            .iter()
            .any(|l| l.contains("votre numéro de téléphone"))
    );
    assert_eq!(model.accept.kind, model.refuse.kind, "as easy to refuse");
    let r = tap(&app, &model.accept);
    let Screen::Referral { model } = &r.screen else {
        panic!("{:?}", r.screen)
    };
    assert_eq!(r.effects, vec![Effect::Sync]);
    assert!(model.progress.starts_with("En attente de réseau"));
    assert!(model.copy.iter().any(|l| l.contains(&model.code)));
    assert_eq!(model.who_to_call.structure, "CMP des Collines");
    let id = model.id.clone();
    // The printed copy, for a person without a phone.
    let p = send(&app, Event::PrintCopy { id: id.clone() });
    match &p.effects[..] {
        [
            Effect::Share {
                mime_type, content, ..
            },
        ] => {
            assert_eq!(mime_type, "text/html");
            assert!(content.contains("<svg") && !content.contains("Samir"));
        }
        other => panic!("{other:?}"),
    }
    // Taken back before it left: it never goes.
    let revoke = model
        .actions
        .iter()
        .find(|a| a.kind == ActionKind::Danger)
        .unwrap();
    let r = tap(&app, revoke);
    let Screen::Referral { model } = &r.screen else {
        panic!()
    };
    assert!(
        model.progress.starts_with("Accord retiré"),
        "{}",
        model.progress
    );
    let l = send(&app, Event::MyReferrals);
    let Screen::Referrals { model } = &l.screen else {
        panic!()
    };
    assert_eq!(model.referrals.len(), 1);
    // The professional's details are kept for the next referral.
    send(&app, Event::StartReferral);
    send(
        &app,
        Event::SituationEdited {
            situation: situation("96004"),
        },
    );
    send(&app, Event::ShowWhomToCall);
    let f = send(&app, Event::StartReferralForm);
    let Screen::ReferralForm { model } = &f.screen else {
        panic!()
    };
    assert_eq!(model.professional_name.value, "Mme Roux");
    assert!(
        model.person_name.as_ref().unwrap().value.is_empty(),
        "not the last person's"
    );
}

#[test]
fn refusing_sends_nothing_and_shows_whom_to_call() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    send(&app, Event::StartReferral);
    send(
        &app,
        Event::SituationEdited {
            situation: situation("96004"),
        },
    );
    send(&app, Event::ShowWhomToCall);
    send(&app, Event::StartReferralForm);
    for (field, text) in [
        (TextFieldId::ProfessionalName, "Mme Roux"),
        (TextFieldId::ProfessionalOrganisation, "CCAS"),
        (TextFieldId::ProfessionalRole, "Assistante sociale"),
        (TextFieldId::ProfessionalPhone, "01 99 00 20 20"),
        (TextFieldId::Why, "Il dort mal."),
    ] {
        type_in(&app, field, text);
    }
    send(&app, Event::ShowConsent);
    let no = send(&app, Event::AnswerConsent { accept: false });
    let Screen::Message { model } = &no.screen else {
        panic!("{:?}", no.screen)
    };
    assert!(model.text.contains("Rien n'est envoyé"));
    assert_eq!(
        model.who_to_call.as_ref().unwrap().structure,
        "CMP des Collines"
    );
    let Screen::Referrals { model } = send(&app, Event::MyReferrals).screen else {
        panic!()
    };
    assert!(model.referrals.is_empty());
    // Without a desk there is no referral: the professional calls.
    send(&app, Event::StartReferral);
    send(
        &app,
        Event::SituationEdited {
            situation: situation("96007"),
        },
    );
    let o = send(&app, Event::ShowWhomToCall);
    let Screen::Orientation { model } = &o.screen else {
        panic!()
    };
    assert_eq!(model.ask.kind, ActionKind::Call);
}

#[test]
fn a_damaged_bundle_still_gives_the_national_lines() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("directory.bin");
    std::fs::write(&bundle, b"not a bundle").unwrap();
    let app = Relais::new(
        AppConfig {
            data_dir: dir.path().join("data").to_string_lossy().into_owned(),
            directory_bundle: Some(bundle.to_string_lossy().into_owned()),
            demo: false,
            ..config(&dir)
        },
        None,
    )
    .unwrap();
    send(
        &app,
        Event::SituationEdited {
            situation: situation("96004"),
        },
    );
    let o = send(&app, Event::ShowWhomToCall);
    let Screen::Orientation { model } = &o.screen else {
        panic!()
    };
    assert_eq!(model.routes.len(), 1);
    assert_eq!(model.routes[0].contact.phone, "3114");
    assert!(model.problem.is_some());
}

#[test]
fn sync_without_network_keeps_the_request_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    send(
        &app,
        Event::SituationEdited {
            situation: situation("96004"),
        },
    );
    send(&app, Event::StartForm);
    let Screen::Form { model } = send(&app, Event::Refresh).screen else {
        panic!()
    };
    let mut f = model.values;
    f.name = "Samir".into();
    f.phone = "06 39 98 00 12".into();
    f.call_windows = vec![CallWindowInput {
        days: 31,
        from_minute: 540,
        to_minute: 720,
    }];
    send(&app, Event::FormEdited { form: f });
    send(&app, Event::Submit);
    // The demo desk address (127.0.0.1:8080) has no desk behind it in this test.
    let outcome = run(app.sync_now());
    assert_eq!(outcome.pending, 1);
    assert!(outcome.changes.is_empty());
    assert!(outcome.next_run_in_seconds.is_some());
    assert!(
        outcome.summary.starts_with("Pas de réseau"),
        "{}",
        outcome.summary
    );
    assert!(
        outcome
            .effects
            .iter()
            .any(|e| matches!(e, Effect::ScheduleSync { .. }))
    );
    // A task the app holds can be cancelled; nothing is lost.
    let task = app.start_sync(30);
    task.cancel();
    let _ = run(task.outcome());
    assert_eq!(run(app.sync_in_background(10, false)).pending, 1);
}

#[test]
fn events_from_many_threads_are_handled_one_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    let threads: Vec<_> = (0..8)
        .map(|i| {
            let app = app.clone();
            std::thread::spawn(move || {
                for _ in 0..5 {
                    let event = if i % 2 == 0 {
                        Event::Settings
                    } else {
                        Event::Back
                    };
                    check(&run(app.dispatch(event)));
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}
