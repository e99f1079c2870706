//! The demo desk: the demo directory, three demo staff accounts and a handful of demo
//! requests submitted through the desk's own API (the same handlers the apps call), plus one
//! SMS request and one damaged SMS through the signed gateway webhook.
//!
//! Everything here is fictional: names are invented and every phone number is in the ARCEP
//! blocks reserved for fiction. Requests have fixed ids, so restarting the demo adds nothing
//! twice (the API is idempotent).

use crate::auth::{self, NewStaff};
use crate::config::Config;
use crate::requests::StaffRole;
use crate::{Shared, api, secrets};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use relais_core::contact::Phone;
use relais_core::orientation::{AgeBand, Place};
use relais_core::request::{CallWindow, RelayKind, RequestForm};
use relais_core::sms::{self, SmsRequest};
use relais_core::wire::SubmitRequest;
use std::net::SocketAddr;
use std::path::PathBuf;
use tower::ServiceExt;
use uuid::Uuid;

pub const SMS_SECRET: &str = "demo-sms-secret";

/// Demo logins: (login, password, name shown to people, phone, role).
pub const STAFF: &[(&str, &str, &str, &str, StaffRole)] = &[
    (
        "accueil",
        "accueil-demo-2026",
        "Claire Martin",
        "01 99 00 10 01",
        StaffRole::Reception,
    ),
    (
        "infirmier",
        "infirmier-demo-2026",
        "Paul Girard",
        "03 53 01 30 01",
        StaffRole::Clinician,
    ),
    (
        "admin",
        "admin-demo-2026",
        "Nadia Sow",
        "01 99 00 10 09",
        StaffRole::Admin,
    ),
];

/// The demo partner, a social worker outside the CMP: (login, password, name, phone,
/// structure, job).
pub const PARTNER: (&str, &str, &str, &str, &str, &str) = (
    "partenaire",
    "partenaire-demo-2026",
    "Hélène Roux",
    "01 99 00 20 20",
    "CCAS de Villerelais",
    "Assistante sociale",
);

pub fn config(listen: SocketAddr, data: PathBuf) -> Config {
    let directory = relais_core::directory::source::demo().directory;
    Config {
        listen,
        data_dir: data,
        desk_name: "Accueil des CMP – centre hospitalier de démonstration".into(),
        phone: "01 99 00 10 01".into(),
        hours: Some("Mo-Fr 09:00-17:00; PH off".into()),
        address: "4 rue de la Gare, 96300 Villerelais".into(),
        // The demo CMPs that take requests from the app (the demo file gives them a desk);
        // the others are offered with their phone: "call them".
        structures: directory
            .structures()
            .iter()
            .filter(|s| s.desk.is_some())
            .map(|s| s.key.to_string())
            .collect(),
        sectors: directory.sectors().iter().map(|s| s.code.clone()).collect(),
        demo: true,
        sms_secret: Some(SMS_SECRET.into()),
        sms_number: Some("06 39 98 00 00".into()),
        // A fictional département: metropolitan time.
        dept: "96".into(),
        sms: crate::config::SmsConfig {
            sender_name: "Accueil Val-de-Relais".into(),
            ..Default::default()
        },
        ..Config::default()
    }
}

fn form(name: &str, phone: &str, age: AgeBand, place: Place, message: &str) -> RequestForm {
    RequestForm {
        name: name.into(),
        phone: phone.into(),
        call_windows: vec![CallWindow {
            days: 0b1_1111,
            from: 9 * 60,
            to: 12 * 60,
        }],
        voicemail_ok: true,
        sms_ok: true,
        age: Some(age),
        place: Some(place),
        message: message.into(),
        ..Default::default()
    }
}

/// The demo requests: (fixed id, structure key, form).
pub fn requests() -> Vec<(&'static str, &'static str, RequestForm)> {
    let addr = |c: &str, s: Option<&str>| Place::Address {
        commune: c.into(),
        street: s.map(Into::into),
    };
    let mut samir = form(
        "Samir",
        "06 39 98 00 12",
        AgeBand::From21,
        addr("96004", None),
        "Je dors très mal depuis des semaines.",
    );
    samir.languages = vec!["ar".into(), "fr".into()];
    samir.interpreter_needed = true;
    samir.voicemail_ok = false;
    let mut lea = form(
        "Léa",
        "06 39 98 00 34",
        AgeBand::From18To20,
        addr("96300", Some("13 rue de la Gare")),
        "",
    );
    lea.call_windows = vec![CallWindow {
        days: 0b1_1111,
        from: 17 * 60,
        to: 19 * 60,
    }];
    let mut karim = form(
        "Karim",
        "05 36 49 70 01",
        AgeBand::From21,
        Place::NoFixedAddress {
            lived_3_months_in: None,
            domiciliation: Some("96007".into()),
            sleeps_or_followed_in: None,
        },
        "Je suis à l'accueil de jour, l'assistante sociale peut me passer le téléphone.",
    );
    karim.relay_name = "Mme Roux, accueil jour".into();
    karim.relay_kind = Some(RelayKind::SocialWorker);
    karim.sms_ok = false;
    let mut ines = form(
        "Inès (maman de Noé)",
        "06 39 98 00 56",
        AgeBand::Under12,
        addr("96001", None),
        "Mon fils de 8 ans ne dort plus et ne va plus à l'école.",
    );
    ines.languages = vec!["fr".into()];
    let mut olga = form(
        "Olga",
        "+44 20 7946 0123",
        AgeBand::From21,
        addr("96310", Some("120 boulevard Victor-Hugo")),
        "",
    );
    olga.languages = vec!["uk".into(), "ru".into()];
    olga.interpreter_needed = true;
    olga.sms_ok = false;
    vec![
        (
            "0193a000-0001-7000-8000-000000000001",
            "cmp-collines",
            samir,
        ),
        (
            "0193a000-0002-7000-8000-000000000002",
            "cmp-villerelais-nord",
            lea,
        ),
        ("0193a000-0003-7000-8000-000000000003", "cmp-etangs", karim),
        ("0193a000-0004-7000-8000-000000000004", "cmpij-plaine", ines),
        (
            "0193a000-0005-7000-8000-000000000005",
            "cmp-villerelais-sud",
            olga,
        ),
    ]
}

async fn call(state: &Shared, req: Request<Body>) -> anyhow::Result<(StatusCode, String)> {
    let mut req = req;
    req.extensions_mut()
        .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 0))));
    let res = crate::router(state.clone()).oneshot(req).await?;
    let status = res.status();
    let body = axum::body::to_bytes(res.into_body(), 1 << 20).await?;
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

/// Adds the demo staff (if missing) and submits the demo requests through the API.
pub async fn seed(state: &Shared) -> anyhow::Result<()> {
    seed_staff(state).await?;
    seed_requests(state).await?;
    seed_referral(state).await
}

/// The demo referral's fixed id, and the copy code the person was given (try it at `/copie`).
pub const REFERRAL_ID: &str = "0193a000-0010-7000-8000-000000000010";
pub const REFERRAL_CODE: &str = "KAH-996-YCF-746-AYX";

/// One referral by the demo partner, stored as the partner page stores it: a person without
/// a phone (reached through the partner), who speaks Tigrinya. Made at the first start only:
/// its consent dates from then.
pub async fn seed_referral(state: &Shared) -> anyhow::Result<()> {
    use crate::referrals::{self, Source};
    use relais_core::contact::Lang;
    use relais_core::referral::{Consent, CopyCode, Informed, PersonData, Professional, Shared};
    use relais_core::wire::SubmitReferral;
    let id = Uuid::parse_str(REFERRAL_ID)?;
    let (login, _, name, phone, organisation, job) = PARTNER;
    let found = state
        .db
        .read(move |c| {
            let exists: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM referral WHERE id = ?1)",
                [id.to_string()],
                |r| r.get(0),
            )?;
            let partner: Option<i64> = c
                .query_row("SELECT id FROM staff WHERE login = ?1", [login], |r| {
                    r.get(0)
                })
                .ok();
            Ok((exists, partner))
        })
        .await?;
    let (false, Some(staff_id)) = found else {
        return Ok(());
    };
    let now = chrono::Utc::now();
    let today = referrals::api::today(state);
    let to = referrals::recipient(state, "cmp-collines")
        .ok_or_else(|| anyhow::anyhow!("the demo desk does not serve cmp-collines"))?;
    let tigrinya = Lang::parse("ti").map_err(|e| anyhow::anyhow!("{e}"))?;
    let sub = SubmitReferral {
        id,
        structure_key: "cmp-collines".into(),
        professional: Professional {
            name: name.into(),
            organisation: organisation.into(),
            role: job.into(),
            phone: Phone::parse(phone)?,
        },
        person: PersonData {
            name: Some("Dawit".into()),
            languages: vec![tigrinya],
            interpreter_needed: true,
            ..PersonData::default()
        },
        consent: Consent {
            scope: vec![Shared::Name, Shared::Languages],
            why: "Il dort très mal depuis son arrivée et voudrait parler à quelqu'un.".into(),
            until: today + chrono::Duration::days(90),
            informed: Informed::WithInterpreter,
            language: tigrinya,
            given_at: now - chrono::Duration::minutes(1),
            revoked_at: None,
        },
        copy_code: CopyCode::parse(REFERRAL_CODE).map_err(|e| anyhow::anyhow!("{e:?}"))?,
    };
    let prepared =
        referrals::check(sub, Some(to), now, today).map_err(|e| anyhow::anyhow!("{e}"))?;
    let key = state.token_key;
    state
        .db
        .write(move |c| {
            referrals::store(
                c,
                &key,
                &prepared,
                Source::Partner { staff_id },
                login,
                now,
                today,
            )
        })
        .await?;
    Ok(())
}

/// Adds the demo staff accounts (and the demo partner) that are missing.
pub async fn seed_staff(state: &Shared) -> anyhow::Result<()> {
    let (p_login, p_password, p_name, p_phone, p_organisation, p_job) = PARTNER;
    let partner = (p_login, p_password, p_name, p_phone, StaffRole::Partner);
    for (login, password, name, phone, role) in STAFF.iter().chain([&partner]) {
        let login_s = login.to_string();
        if state
            .db
            .read(move |c| auth::credentials(c, &login_s))
            .await?
            .is_some()
        {
            continue;
        }
        let password = password.to_string();
        let hash = tokio::task::spawn_blocking(move || auth::hash_password(&password)).await??;
        let new = NewStaff {
            login: login.to_string(),
            display_name: name.to_string(),
            phone: Phone::parse(phone)?,
            role: *role,
            organisation: (*role == StaffRole::Partner).then(|| p_organisation.to_owned()),
            job: (*role == StaffRole::Partner).then(|| p_job.to_owned()),
            password_hash: hash,
            cmps: Vec::new(),
        };
        state
            .db
            .write(move |c| auth::add_staff(c, &new, &[], "demo"))
            .await?;
    }
    Ok(())
}

/// Submits the demo requests through the API (idempotent: fixed ids).
pub async fn seed_requests(state: &Shared) -> anyhow::Result<()> {
    for (id, structure, form) in requests() {
        let content = form
            .validate()
            .map_err(|e| anyhow::anyhow!("demo request {id}: {e:?}"))?;
        let body = serde_json::to_vec(&SubmitRequest {
            id: Uuid::parse_str(id)?,
            structure_key: Some(structure.into()),
            content,
        })?;
        let req = Request::post("/v1/requests")
            .header("content-type", "application/json")
            .body(Body::from(body))?;
        let (status, text) = call(state, req).await?;
        anyhow::ensure!(status.is_success(), "demo request {id}: {status} {text}");
    }
    // One request by SMS, one damaged SMS.
    let mut sms_form = form(
        "Yassine",
        "06 39 98 00 78",
        AgeBand::From21,
        Place::Address {
            commune: "96009".into(),
            street: None,
        },
        "",
    );
    sms_form.languages = vec!["ar".into()];
    let packed = SmsRequest::from_content(
        Uuid::parse_str("0193a000-0006-7000-8000-000000000006")?,
        &sms_form.validate().map_err(|e| anyhow::anyhow!("{e:?}"))?,
    );
    let good = sms::pack(&packed)?;
    for (from, text) in [
        ("+33639980078", good.as_str()),
        ("+33639980090", "RL1 abîmé-pendant-le-transport"),
    ] {
        let body = serde_json::to_vec(&api::InboundSms {
            from: from.into(),
            text: text.into(),
        })?;
        let sig = secrets::sign(SMS_SECRET.as_bytes(), &body);
        let req = Request::post("/v1/sms/inbound")
            .header("content-type", "application/json")
            .header(api::SIGNATURE_HEADER, sig)
            .body(Body::from(body))?;
        let (status, text) = call(state, req).await?;
        anyhow::ensure!(status.is_success(), "demo SMS: {status} {text}");
    }
    // The damaged SMS is kept once per start; keep only the first.
    state
        .db
        .write(|c| {
            c.execute("DELETE FROM sms_callback WHERE id NOT IN (SELECT MIN(id) FROM sms_callback GROUP BY sender)", [])?;
            Ok(())
        })
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ARCEP fiction blocks (and Ofcom's drama range for the one foreign number).
    const FICTION: &[&str] = &[
        "+3319900",
        "+3326191",
        "+3335301",
        "+3346571",
        "+3353649",
        "+26263998",
        "+44207946",
    ];

    fn fiction(p: &str) -> bool {
        let p = Phone::parse(p).unwrap();
        FICTION.iter().any(|f| p.as_str().starts_with(f))
    }

    #[test]
    fn every_demo_number_is_a_fiction_number() {
        for (login, _, _, phone, _) in STAFF {
            assert!(fiction(phone), "{login}: {phone}");
        }
        assert!(fiction(PARTNER.3));
        for (id, _, form) in requests() {
            assert!(fiction(&form.phone), "{id}: {}", form.phone);
            assert!(form.validate().is_ok(), "{id} is a valid request");
        }
        assert!(fiction(
            &config(SocketAddr::from(([127, 0, 0, 1], 0)), "x".into()).phone
        ));
    }
}
