use super::*;

fn app(dir: &tempfile::TempDir) -> Arc<Relais> {
    Relais::new(
        AppConfig {
            data_dir: dir.path().to_string_lossy().into_owned(),
            directory_bundle: None,
            directory_url: None,
            demo: true,
            language: "fr-FR".into(),
        },
        None,
    )
    .unwrap()
}

fn form() -> FormInput {
    FormInput {
        name: "Samir".into(),
        phone: "06 39 98 00 12".into(),
        relay_name: String::new(),
        relay_kind: None,
        call_windows: vec![CallWindowInput {
            days: 31,
            from_minute: 540,
            to_minute: 720,
        }],
        voicemail_ok: false,
        sms_ok: true,
        languages: vec!["ar".into()],
        interpreter_needed: true,
        age: Some(AgeBandInput::From21),
        place: PlaceInput::Address {
            commune: "96004".into(),
            street: None,
        },
        message: String::new(),
    }
}

fn situation() -> SituationInput {
    SituationInput {
        age: AgeBandInput::From21,
        place: PlaceInput::Address {
            commune: "96004".into(),
            street: None,
        },
        languages: vec![],
        interpreter_needed: false,
    }
}

fn run<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Runtime::new().unwrap().block_on(f)
}

#[test]
fn crisis_lines_need_nothing() {
    let bar = crisis_lines("en-GB".into());
    assert_eq!(bar.title, "Need help right now?");
    assert_eq!(crisis_lines("??".into()).lines.len(), 5);
}

#[test]
fn screens_carry_texts_and_actions() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    let home = app.home();
    assert_eq!(
        home.crisis.lines[0].action.target.as_deref(),
        Some("tel:3114")
    );
    assert!(home.demo_notice.is_some());
    let o = app.orient(situation());
    assert_eq!(o.routes[0].contact.structure, "CMP des Collines");
    assert_eq!(
        o.routes.last().unwrap().contact.call.target.as_deref(),
        Some("tel:3114")
    );
    assert!(
        o.routes[0]
            .reason
            .starts_with("Votre commune : Montrelais.")
    );
    assert_eq!(app.search_communes("montre".into())[0].code, "96004");
    let bad = app.check_form(FormInput {
        name: String::new(),
        ..form()
    });
    assert!(!bad.valid);
    assert_eq!(
        bad.fields[0].error.as_deref(),
        Some("Écrivez un prénom ou un surnom. C'est le nom que le CMP dira au téléphone.")
    );
}

#[test]
fn a_request_is_queued_offline_and_withdrawn() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    let status = run(app.submit_request(form(), situation())).unwrap();
    assert_eq!(
        status.state,
        "En attente de réseau : elle partira toute seule"
    );
    assert_eq!(status.who_to_call.structure, "CMP des Collines");
    // The SMS fallback is a real action: an sms: URI with the packed body to the desk's line.
    let action = status
        .actions
        .iter()
        .find(|a| a.kind == ActionKind::Sms)
        .unwrap();
    let uri = action.target.as_deref().unwrap();
    // 06 39 is also Mayotte's mobile block, hence +262 (see domain.md).
    assert!(uri.starts_with("sms:+262639980000?body=RL1%20"), "{uri}");
    let sms = run(app.sms_fallback(status.id.clone())).unwrap().unwrap();
    assert!(sms.body.starts_with("RL1 ") && sms.body.len() <= 160);
    assert_eq!(action.target, sms.action.target);
    let sent = run(app.sent_by_sms(status.id.clone())).unwrap();
    assert_eq!(sent.state, "Envoyée par SMS");
    let withdrawn = run(app.withdraw(status.id.clone())).unwrap();
    assert_eq!(withdrawn.state, "Demande fermée");
    assert!(withdrawn.reason.contains("Vous avez retiré votre demande"));
    assert!(matches!(
        run(app.withdraw(status.id)),
        Err(RelaisError::InvalidInput { .. })
    ));
    assert!(matches!(
        run(app.request_status("nope".into())),
        Err(RelaisError::NotFound { .. })
    ));
}

#[test]
fn a_cmp_without_a_desk_is_called_not_asked() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    // Les Étangs: its CMP takes no requests from the app.
    let etangs = SituationInput {
        place: PlaceInput::Address {
            commune: "96007".into(),
            street: None,
        },
        ..situation()
    };
    let o = app.orient(etangs.clone());
    assert_eq!(o.ask.kind, ActionKind::Call);
    assert_eq!(o.ask.target.as_deref(), Some("tel:+33465714001"));
    assert!(o.ask.label.contains("ne reçoit pas encore les demandes"));
    let refused = run(app.submit_request(form(), etangs)).unwrap_err();
    assert!(
        matches!(&refused, RelaisError::InvalidInput { reason } if reason.contains("04 65 71 40 01")),
        "{refused:?}"
    );
    assert!(run(app.requests()).unwrap().is_empty());
}

#[test]
fn sync_without_network_keeps_the_request_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    // The demo desk address (127.0.0.1:8080) has no desk behind it in this test.
    run(app.submit_request(form(), situation())).unwrap();
    let outcome = run(app.sync_now());
    assert_eq!(outcome.pending, 1);
    assert!(outcome.changes.is_empty());
    assert!(outcome.next_run_in_seconds.is_some());
    assert!(
        outcome.summary.starts_with("Pas de réseau"),
        "{}",
        outcome.summary
    );
    // A task the app holds can be cancelled; nothing is lost.
    let task = app.start_sync(30);
    task.cancel();
    let _ = run(task.outcome());
    assert_eq!(run(app.sync_in_background(10, false)).pending, 1);
}

#[test]
fn language_export_and_erase() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    run(app.submit_request(form(), situation())).unwrap();
    let settings = run(app.set_language("en".into())).unwrap();
    assert_eq!(settings.title, "Settings");
    assert_eq!(app.home().actions[0].label, "Ask for an appointment");
    let export = run(app.export_data()).unwrap();
    assert!(export.json.contains("Samir") && export.text.contains("Samir"));
    run(app.erase_everything()).unwrap();
    assert!(run(app.requests()).unwrap().is_empty());
    assert_eq!(app.language(), "fr");
}

#[test]
fn consent_is_explained_recorded_and_revoked() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    let referral = ReferralInput {
        social_worker: "Mme Roux".into(),
        organisation: "CCAS de Villerelais".into(),
        to_structure: "CMP des Collines".into(),
        why: "Il dort mal depuis des mois.".into(),
        until: (Utc::now().date_naive() + chrono::Duration::days(60))
            .format("%Y-%m-%d")
            .to_string(),
        share_message: false,
    };
    let screen = app.consent_screen(referral.clone()).unwrap();
    assert!(screen.lines.iter().any(|l| l.contains("Mme Roux")));
    let id = run(app.answer_consent(referral.clone(), true)).unwrap();
    run(app.revoke_consent(id.clone())).unwrap();
    assert!(run(app.revoke_consent(id)).is_err());
    let mut bad = referral;
    bad.until = "demain".into();
    assert!(matches!(
        app.consent_screen(bad),
        Err(RelaisError::InvalidInput { .. })
    ));
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
            directory_url: None,
            demo: false,
            language: "fr".into(),
        },
        None,
    )
    .unwrap();
    let o = app.orient(situation());
    assert_eq!(o.routes.len(), 1);
    assert_eq!(o.routes[0].contact.phone, "3114");
    assert!(o.problem.is_some());
}
