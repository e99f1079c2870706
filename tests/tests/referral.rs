//! A professional refers a person to the CMP with the person's consent: from a simulated phone
//! (the real sync client) and from the partner page, against a real desk. Staff confirm, and
//! both the professional and the person's copy show the named human; revocation before and
//! after delivery leaves nothing of the shared fields in the desk's database file or its WAL;
//! a referral with a field outside the consent is refused whole; guessing copy codes is
//! rate-limited and finds nothing.
#![allow(clippy::unwrap_used)]

use chrono::{Duration, Utc};
use relais_core::contact::{Lang, Phone};
use relais_core::directory::{DeskLink, DeskUrl, source};
use relais_core::referral::{
    CopyCode, Draft, Informed, PersonData, Professional, Recipient, Referral, Shared,
};
use relais_core::request::RequestState;
use relais_core::store::ReferralProgress;
use relais_core::wire::{ApiError, CopyAnswer, SubmitReferral};
use relais_desk::db::Location;
use relais_e2e::phone::TestPhone;
use relais_e2e::process::DeskProcess;
use relais_e2e::{
    Address, Desk, PARTNER, RECEPTION, browser, client, hidden, page_text, sign_in, sign_in_partner,
};
use uuid::Uuid;

/// The CMP des Collines, whose desk is at `desk_url`.
fn collines(desk_url: &str) -> Recipient {
    let dir = source::demo().directory;
    let (_, s) = dir.structure_by_key("cmp-collines").unwrap();
    Recipient {
        structure_key: "cmp-collines".into(),
        contact: s.contact(),
        desk: Some(DeskLink {
            url: DeskUrl::parse(desk_url).unwrap(),
            sms: None,
        }),
    }
}

fn roux() -> Professional {
    Professional {
        name: "Hélène Roux".into(),
        organisation: "CCAS de Villerelais".into(),
        role: "Assistante sociale".into(),
        phone: Phone::parse("01 99 00 20 20").unwrap(),
    }
}

/// A draft whose every shared field carries `marker`, so that a grep finds any trace.
fn draft(desk_url: &str, marker: &str) -> Draft {
    Draft {
        professional: roux(),
        to: collines(desk_url),
        person: PersonData {
            name: Some(format!("Samir{marker}")),
            phone: Some(Phone::parse("06 39 98 00 12").unwrap()),
            languages: vec![Lang::parse("ar").unwrap()],
            interpreter_needed: true,
            note: Some(format!("Note{marker}")),
            ..PersonData::default()
        },
        scope: vec![Shared::Name, Shared::Phone, Shared::Languages, Shared::Note],
        why: format!("Motif{marker}"),
        until: (Utc::now() + Duration::days(60)).date_naive(),
    }
}

/// The person reads the consent on the professional's phone and accepts; the referral is
/// saved and queued on the phone.
fn consent_on_phone(phone: &TestPhone, marker: &str) -> Referral {
    let d = draft(&phone.desk_url, marker);
    let text = d.explain(&relais_core::i18n::Localizer::french());
    assert!(text.iter().any(|l| l.contains("Hélène Roux")), "{text:?}");
    let r = d
        .accept(Informed::ReadOnScreen, Lang::french(), phone.now())
        .unwrap();
    phone.store().create_referral(&r, phone.now()).unwrap();
    r
}

/// Whether `marker` appears in the desk's database: on SQLite, anywhere in its file or its
/// WAL (free pages included); on PostgreSQL, in any row of any of its tables.
fn in_database(db: &Location, marker: &str) -> bool {
    match db {
        Location::File(path) => {
            let mut bytes = std::fs::read(path).unwrap();
            let wal = path.with_extension("db-wal");
            if let Ok(w) = std::fs::read(&wal) {
                bytes.extend(w);
            }
            bytes.windows(marker.len()).any(|w| w == marker.as_bytes())
        }
        // PostgreSQL frees deleted rows' space at VACUUM, on its own schedule: the file-level
        // check is SQLite's. Here, no row of any table (read whole, as text) may hold it.
        Location::Postgres(_) => {
            let (tables, found): (Vec<String>, i64) = db
                .with_connection(|c| {
                    let tables: Vec<String> = c
                        .prepare(
                            "SELECT CAST(tablename AS TEXT) FROM pg_tables
                             WHERE schemaname = current_schema() ORDER BY tablename",
                        )?
                        .query_map([], |r| r.get(0))?
                        .collect::<Result<_, _>>()?;
                    let mut found = 0;
                    for table in &tables {
                        let n: i64 = c.query_row(
                            &format!(
                                "SELECT COUNT(*) FROM \"{table}\" t
                                 WHERE strpos(CAST(t.* AS TEXT), ?1) > 0"
                            ),
                            [marker],
                            |r| r.get(0),
                        )?;
                        found += n;
                    }
                    Ok((tables, found))
                })
                .unwrap();
            assert!(
                tables.iter().any(|t| t == "referral"),
                "the desk's tables: {tables:?}"
            );
            found > 0
        }
    }
}

fn count(db: &Location, sql: &str) -> i64 {
    db.with_connection(|c| c.query_row(sql, [], |r| r.get(0)))
        .unwrap()
}

/// Staff confirm at the desk, on the console, with a named human.
async fn confirm(desk: &impl Address, request_id: &str, with: &str) {
    let (c, token) = sign_in(desk, RECEPTION.0, RECEPTION.1).await;
    let list = page_text(&c, desk.url("/console/calls")).await;
    // In the call list with its source and the relay.
    assert!(list.contains("Orientation"), "{list}");
    assert!(list.contains("Hélène Roux"), "{list}");
    let page = page_text(&c, desk.url(&format!("/console/requests/{request_id}"))).await;
    assert!(page.contains("Orientation par un professionnel"), "{page}");
    assert!(page.contains("01 99 00 20 20"), "the relay's phone: {page}");
    assert!(page.contains("Valable jusqu'au"), "{page}");
    let res = c
        .post(desk.url(&format!("/console/requests/{request_id}/confirm")))
        .form(&[
            ("csrf", token.as_str()),
            ("kind", "nurse_intake"),
            ("date", "2030-12-03"),
            ("time", "14:30"),
            ("place", "11 route de Montrelais, 96200 Montrelais"),
            ("with_name", with),
            ("with_phone", "03 53 01 30 01"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

/// The public `/copie` page: its form fetched (with its cookie), then the code typed in.
async fn copy_page(desk: &impl Address, code: &str) -> reqwest::Response {
    let b = browser();
    let form = page_text(&b, desk.url("/copie")).await;
    b.post(desk.url("/copie"))
        .form(&[("csrf", relais_e2e::csrf(&form).as_str()), ("code", code)])
        .send()
        .await
        .unwrap()
}

async fn copy(desk: &impl Address, code: &str, what: &str) -> reqwest::Response {
    client()
        .post(desk.url(&format!("/v1/copies/{what}")))
        .bearer_auth(code)
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn from_the_phone_to_the_desk_and_back_to_a_named_human() {
    let dir = tempfile::tempdir().unwrap();
    let desk = DeskProcess::start(dir.path());
    let phone = TestPhone::open(&dir.path().join("pro.db"), &desk.base());
    let r = consent_on_phone(&phone, "Zq1");
    let report = phone.sync_now().await;
    assert_eq!(report.pending, 0, "{:?}", report.problems);
    let stored = phone.store().referral(r.id).unwrap();
    assert!(stored.desk_token.is_some());
    assert!(
        matches!(&stored.progress, ReferralProgress::AtDesk { status } if matches!(status.state, Some(RequestState::Received { .. }))),
        "{:?}",
        stored.progress
    );
    // Sent again (a lost answer): one referral at the desk.
    let again = client()
        .post(desk.url("/v1/referrals"))
        .json(&SubmitReferral {
            id: r.id,
            structure_key: r.to.structure_key.clone(),
            professional: r.professional.clone(),
            person: r.person.clone(),
            consent: r.consent.clone(),
            copy_code: r.copy.clone(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 200);
    assert_eq!(count(&desk.location, "SELECT COUNT(*) FROM referral"), 1);
    // Only hashes of the token and the code.
    assert!(!in_database(&desk.location, r.copy.as_str()));
    assert!(!in_database(
        &desk.location,
        stored.desk_token.as_deref().unwrap()
    ));

    // The person agreed to share with this CMP only: staff cannot hand it to another.
    let (staff, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let res = staff
        .post(desk.url(&format!("/console/requests/{}/hand-over", r.id)))
        .form(&[("csrf", token.as_str()), ("to", "cmp-plaine")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("vient d'une orientation")
    );
    // The managers' figures count it as a referral.
    let channel: String = desk.sql(|c| {
        c.query_row(
            "SELECT channel FROM request_timeline WHERE request_id = ?1",
            [r.id.to_string()],
            |row| row.get(0),
        )
    });
    assert_eq!(channel, "referral");

    confirm(&desk, &r.id.to_string(), "Paul Girard").await;

    // The professional's phone: the named human, at the next sync.
    phone.sync_now().await;
    let stored = phone.store().referral(r.id).unwrap();
    let ReferralProgress::AtDesk { status } = &stored.progress else {
        panic!("{:?}", stored.progress)
    };
    let Some(RequestState::Confirmed(a)) = &status.state else {
        panic!("{:?}", status.state)
    };
    assert_eq!(a.with.who.name(), Some("Paul Girard"));
    // Only what the consent says: that there is an appointment, and with whom.
    assert!(
        a.when.is_none() && a.place.is_empty() && a.confirmed_by.is_empty(),
        "{a:?}"
    );

    // The person's copy, by its code: the same named human; kinds, never the data.
    let res = copy(&desk, r.copy.as_str(), "lookup").await;
    assert_eq!(res.status(), 200);
    let text = res.text().await.unwrap();
    assert!(
        !text.contains("SamirZq1") && !text.contains("NoteZq1"),
        "{text}"
    );
    let answer: CopyAnswer = serde_json::from_str(&text).unwrap();
    assert_eq!(answer.copy.contact.who.name(), Some("Paul Girard"));
    assert_eq!(answer.copy.professional, "Hélène Roux");
    assert!(answer.copy.shared.contains(&Shared::Note));
    // The public page shows it too.
    let page = copy_page(&desk, r.copy.as_str())
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Paul Girard") && page.contains("Hélène Roux"),
        "{page}"
    );
    assert!(page.contains("Je retire mon accord"), "{page}");
    // Without the form's cookie: refused.
    let forged = client()
        .post(desk.url("/copie"))
        .form(&[("csrf", "x"), ("code", r.copy.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);

    // After delivery, the professional takes the consent back for the person: at the next
    // sync the desk deletes what was shared, from the file and from its WAL.
    // Before: the shared fields are there (the grep below would find them).
    assert!(in_database(&desk.location, "NoteZq1"));
    phone.store().revoke_referral(r.id, phone.now()).unwrap();
    let report = phone.sync_now().await;
    assert_eq!(report.pending, 0, "{:?}", report.problems);
    assert_eq!(count(&desk.location, "SELECT COUNT(*) FROM request"), 0);
    assert_eq!(
        count(
            &desk.location,
            "SELECT COUNT(*) FROM referral WHERE revoked_at IS NOT NULL AND why IS NULL"
        ),
        1,
        "a trace stays: a referral existed, revoked when"
    );
    for marker in ["SamirZq1", "NoteZq1", "MotifZq1"] {
        assert!(
            !in_database(&desk.location, marker),
            "{marker} is still in the desk's database or its WAL"
        );
    }
    let res = copy(&desk, r.copy.as_str(), "lookup").await;
    let answer: CopyAnswer = res.json().await.unwrap();
    assert!(answer.copy.revoked_at.is_some());
    assert_eq!(answer.copy.why, "");
    let stored = phone.store().referral(r.id).unwrap();
    assert!(
        matches!(&stored.progress, ReferralProgress::AtDesk { status } if status.revoked_at.is_some() && status.state.is_none()),
        "{:?}",
        stored.progress
    );
}

#[tokio::test]
async fn revoked_before_delivery_it_never_reaches_the_desk() {
    let dir = tempfile::tempdir().unwrap();
    let desk = DeskProcess::start(dir.path());
    let phone = TestPhone::open(&dir.path().join("pro.db"), &desk.base());
    let r = consent_on_phone(&phone, "Wv2");
    phone.store().revoke_referral(r.id, phone.now()).unwrap();
    let report = phone.sync_now().await;
    assert_eq!(report.pending, 0, "{:?}", report.problems);
    assert_eq!(count(&desk.location, "SELECT COUNT(*) FROM referral"), 0);
    assert_eq!(count(&desk.location, "SELECT COUNT(*) FROM request"), 0);
    for marker in ["SamirWv2", "NoteWv2", "MotifWv2"] {
        assert!(!in_database(&desk.location, marker), "{marker}");
    }
}

#[tokio::test]
async fn the_person_revokes_with_the_copy_code() {
    let dir = tempfile::tempdir().unwrap();
    let desk = DeskProcess::start(dir.path());
    let phone = TestPhone::open(&dir.path().join("pro.db"), &desk.base());
    let r = consent_on_phone(&phone, "Kx5");
    assert_eq!(phone.sync_now().await.pending, 0);
    let res = copy(&desk, r.copy.as_str(), "revoke").await;
    assert_eq!(res.status(), 200);
    let answer: CopyAnswer = res.json().await.unwrap();
    assert!(answer.copy.revoked_at.is_some());
    assert_eq!(count(&desk.location, "SELECT COUNT(*) FROM request"), 0);
    for marker in ["SamirKx5", "NoteKx5", "MotifKx5"] {
        assert!(!in_database(&desk.location, marker), "{marker}");
    }
    // The professional's phone learns it at the next sync, and sees nothing more.
    phone.sync_now().await;
    let stored = phone.store().referral(r.id).unwrap();
    assert!(
        matches!(&stored.progress, ReferralProgress::AtDesk { status } if status.revoked_at.is_some() && status.state.is_none()),
        "{:?}",
        stored.progress
    );
}

#[tokio::test]
async fn a_field_outside_the_consent_refuses_the_whole_referral() {
    let dir = tempfile::tempdir().unwrap();
    // Each submission counts as a copy-code try: room for the dozen this test sends.
    let desk = DeskProcess::start_with(dir.path(), "copy_lookups_per_minute = 1000");
    let d = draft(&desk.base(), "Oo9");
    let r = d
        .accept(Informed::ReadOnScreen, Lang::french(), Utc::now())
        .unwrap();
    let base = SubmitReferral {
        id: r.id,
        structure_key: r.to.structure_key.clone(),
        professional: r.professional.clone(),
        person: r.person.clone(),
        consent: r.consent.clone(),
        copy_code: r.copy.clone(),
    };
    // The note was not in what the person agreed to share.
    let mut outside = base.clone();
    outside.consent.scope.retain(|s| *s != Shared::Note);
    // A consent already taken back, or past its end.
    let mut revoked = base.clone();
    revoked.consent.revoked_at = Some(Utc::now());
    let mut expired = base.clone();
    expired.consent.until = (Utc::now() - Duration::days(2)).date_naive();
    expired.consent.given_at = Utc::now() - Duration::days(30);
    for (sub, code) in [
        (outside, "outside_scope"),
        (revoked, "consent_revoked"),
        (expired, "consent_expired"),
    ] {
        let res = client()
            .post(desk.url("/v1/referrals"))
            .json(&sub)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422, "{code}");
        let e: ApiError = res.json().await.unwrap();
        assert_eq!(e.error, code);
        assert!(e.message.contains("Nothing was stored"), "{}", e.message);
        assert!(
            !e.message.contains("Oo9"),
            "the error never repeats the data"
        );
    }
    assert_eq!(count(&desk.location, "SELECT COUNT(*) FROM referral"), 0);
    assert_eq!(count(&desk.location, "SELECT COUNT(*) FROM request"), 0);
    for marker in ["SamirOo9", "NoteOo9", "MotifOo9"] {
        assert!(!in_database(&desk.location, marker), "{marker}");
    }
    // From a phone: the desk's refusal reaches the professional, who is told to call.
    let phone = TestPhone::open(&dir.path().join("pro.db"), &desk.base());
    let mut d = draft(&desk.base(), "Oo9");
    d.to.structure_key = "cmp-hors-de-ce-desk".into();
    let refused = d
        .accept(Informed::ReadOnScreen, Lang::french(), phone.now())
        .unwrap();
    phone
        .store()
        .create_referral(&refused, phone.now())
        .unwrap();
    let report = phone.sync_now().await;
    assert_eq!(
        report.pending, 0,
        "refused, not retried: {:?}",
        report.problems
    );
    assert_eq!(
        phone.store().referral(refused.id).unwrap().progress,
        ReferralProgress::NotDelivered
    );
    assert_eq!(count(&desk.location, "SELECT COUNT(*) FROM referral"), 0);
    // Only what the app writes: a field the API does not describe, a copy code or a phone in
    // another spelling, a language twice. Each is refused whole, as its schema says.
    let as_json = serde_json::to_value(&base).unwrap();
    let mut unknown = as_json.clone();
    unknown["person"]["diagnosis"] = "Oo9".into();
    let mut unknown_null = as_json.clone();
    unknown_null["consent"]["witness"] = serde_json::Value::Null;
    let mut trunk = as_json.clone();
    trunk["person"]["phone"] = "+330639980012".into();
    let mut code = as_json.clone();
    code["copy_code"] = base
        .copy_code
        .as_str()
        .to_lowercase()
        .replace('-', "")
        .into();
    let mut national = as_json.clone();
    national["professional"]["phone"] = "01 99 00 20 20".into();
    let mut twice = as_json.clone();
    twice["person"]["languages"] = serde_json::json!(["ar", "ar"]);
    twice["consent"]["scope"] = serde_json::json!(["name", "phone", "languages", "note"]);
    for (body, what) in [
        (unknown, "unknown field"),
        (unknown_null, "unknown field, null"),
        (trunk, "phone with a trunk 0"),
        (code, "copy code"),
        (national, "phone"),
        (twice, "languages"),
    ] {
        let res = client()
            .post(desk.url("/v1/referrals"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422, "{what}");
        let e: ApiError = res.json().await.unwrap();
        assert_eq!(e.error, "invalid_referral", "{what}");
    }
    assert_eq!(count(&desk.location, "SELECT COUNT(*) FROM referral"), 0);
    // The same referral within its scope is taken.
    let res = client()
        .post(desk.url("/v1/referrals"))
        .json(&base)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
}

#[tokio::test]
async fn guessing_copy_codes_is_rate_limited_and_finds_nothing() {
    let desk = Desk::start().await;
    // One real referral whose code the guesser does not know.
    let r = draft(&desk.url(""), "Bf7")
        .accept(Informed::ReadOnScreen, Lang::french(), Utc::now())
        .unwrap();
    let res = client()
        .post(desk.url("/v1/referrals"))
        .json(&SubmitReferral {
            id: r.id,
            structure_key: r.to.structure_key.clone(),
            professional: r.professional.clone(),
            person: r.person.clone(),
            consent: r.consent.clone(),
            copy_code: r.copy.clone(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let per_address = desk.running.state.config.copy_lookups_per_minute;
    let total = desk.running.state.config.copy_lookups_per_minute_total;
    // Tokens come back with time (the quota is per minute): what may pass in `elapsed`.
    let refill = |quota: u32, elapsed: std::time::Duration| {
        (elapsed.as_secs_f64() * f64::from(quota) / 60.0).ceil() as u32
    };
    // From one address: a few tries, then 429s.
    let (mut limited, mut found) = (0, 0);
    let started = std::time::Instant::now();
    for _ in 0..(per_address * 5) {
        let guess = CopyCode::random().unwrap();
        assert_ne!(guess, r.copy);
        let res = copy(&desk, guess.as_str(), "lookup").await;
        match res.status().as_u16() {
            429 => limited += 1,
            404 => {}
            200 => found += 1,
            other => panic!("{other}"),
        }
    }
    assert_eq!(found, 0);
    let passed = per_address * 5 - limited;
    assert!(
        passed <= per_address + refill(per_address, started.elapsed()),
        "{passed} of {} tries got through",
        per_address * 5
    );
    assert!(limited > 0);
    // Even the right code is refused while the address is limited.
    assert_eq!(copy(&desk, r.copy.as_str(), "lookup").await.status(), 429);
    // A new referral is a try of its code too (a code in use gets 409): limited alike.
    let probe = draft(&desk.url(""), "Bf8")
        .accept(Informed::ReadOnScreen, Lang::french(), Utc::now())
        .unwrap();
    let res = client()
        .post(desk.url("/v1/referrals"))
        .json(&SubmitReferral {
            id: probe.id,
            structure_key: probe.to.structure_key.clone(),
            professional: probe.professional.clone(),
            person: probe.person.clone(),
            consent: probe.consent.clone(),
            copy_code: r.copy.clone(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    // From many addresses (127.0.0.x): the desk-wide limit holds.
    let mut limited_elsewhere = 0;
    let mut tries = 0;
    let started = std::time::Instant::now();
    'outer: for host in 2..=60u8 {
        let c = reqwest::Client::builder()
            .local_address(std::net::IpAddr::from([127, 0, 0, host]))
            .build()
            .unwrap();
        for _ in 0..per_address {
            let res = c
                .post(desk.url("/v1/copies/lookup"))
                .bearer_auth(CopyCode::random().unwrap().as_str())
                .body("{}")
                .send()
                .await
                .unwrap();
            tries += 1;
            assert_ne!(res.status(), 200);
            if res.status() == 429 {
                limited_elsewhere += 1;
            }
            if tries > total * 2 {
                break 'outer;
            }
        }
    }
    let passed = tries - limited_elsewhere;
    assert!(
        passed <= total + refill(total, started.elapsed()),
        "{passed} of {tries} tries from many addresses got through"
    );
    assert!(limited_elsewhere > 0);
    // The public page is limited with the same counters.
    let res = copy_page(&desk, r.copy.as_str()).await;
    assert_eq!(res.status(), 429);
    let page = res.text().await.unwrap();
    assert!(page.contains("Trop d'essais") && !page.contains("Hélène Roux"));
}

/// The partner page: the partner fills the form, the person reads the consent on the screen
/// and accepts, the copy is printed; staff confirm; the partner and the person's copy show
/// the named human. Another partner sees none of it; a refusal stores nothing.
#[tokio::test]
async fn the_same_through_the_partner_page() {
    let dir = tempfile::tempdir().unwrap();
    let desk = DeskProcess::start(dir.path());
    let (c, _) = sign_in_partner(&desk, PARTNER.0, PARTNER.1).await;
    // A partner has no console.
    let res = c.get(desk.url("/console/calls")).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/partenaire");
    let form = page_text(&c, desk.url("/partenaire/orientation")).await;
    let token = relais_e2e::csrf(&form);
    let until = (Utc::now() + Duration::days(30)).date_naive().to_string();
    let fields = |answer: Option<(&str, &str, &str)>| {
        let mut f = vec![
            ("csrf", token.clone()),
            ("structure", "cmp-collines".to_owned()),
            ("name", "LinaPq3".to_owned()),
            ("phone", "06 39 98 00 13".to_owned()),
            ("language", "uk".to_owned()),
            ("note", "NotePq3".to_owned()),
            ("why", "MotifPq3".to_owned()),
            ("until", until.clone()),
        ];
        if let Some((id, code, a)) = answer {
            f.push(("id", id.to_owned()));
            f.push(("code", code.to_owned()));
            f.push(("answer", a.to_owned()));
        }
        f
    };
    let consent = c
        .post(desk.url("/partenaire/orientation"))
        .form(&fields(None))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        consent.contains("Votre accord avant d'envoyer votre demande"),
        "{consent}"
    );
    assert!(consent.contains("J'accepte") && consent.contains("Je refuse"));
    assert_eq!(
        count(&desk.location, "SELECT COUNT(*) FROM referral"),
        0,
        "nothing before the answer"
    );
    let id = hidden(&consent, "id").unwrap();
    let code = hidden(&consent, "code").unwrap();
    // The person may read the consent in another catalogue language (Arabic: right to left).
    let mut in_arabic = fields(None);
    in_arabic.push(("consent_lang", "ar".to_owned()));
    let arabic = c
        .post(desk.url("/partenaire/orientation"))
        .form(&in_arabic)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(arabic.contains(r#"lang="ar" dir="rtl""#), "{arabic}");
    assert!(!arabic.contains("Votre accord avant d'envoyer votre demande"));

    // "No": nothing is stored, and the page says whom to call.
    let refused = c
        .post(desk.url("/partenaire/accord"))
        .form(&fields(Some((&id, &code, "refuse"))))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(refused.contains("Rien n'est envoyé"), "{refused}");
    assert!(refused.contains("tel:"), "whom to call: {refused}");
    assert_eq!(count(&desk.location, "SELECT COUNT(*) FROM referral"), 0);

    // "Yes": stored, and the copy printed with its code.
    let res = c
        .post(desk.url("/partenaire/accord"))
        .form(&fields(Some((&id, &code, "accept"))))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let sheet = res.text().await.unwrap();
    assert!(sheet.contains(&code), "the code on the copy");
    assert!(sheet.contains("<svg"), "the QR code");
    assert!(
        sheet.contains("Ctrl + P"),
        "how to print it, without a script"
    );
    // The same answer sent again (a double click, a reload): the copy is printed again, and
    // nothing is stored twice.
    let again = c
        .post(desk.url("/partenaire/accord"))
        .form(&fields(Some((&id, &code, "accept"))))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 200);
    assert!(again.text().await.unwrap().contains(&code));
    assert_eq!(
        count(
            &desk.location,
            "SELECT COUNT(*) FROM referral WHERE source = 'partner'"
        ),
        1
    );
    assert_eq!(
        count(
            &desk.location,
            "SELECT COUNT(*) FROM referral WHERE language = 'fr' AND informed = 'read_on_screen'"
        ),
        1,
        "the consent records how and in which language the person read it"
    );

    confirm(&desk, &id, "Inès Marchal").await;

    let mine = page_text(&c, desk.url(&format!("/partenaire/orientations/{id}"))).await;
    assert!(mine.contains("Inès Marchal"), "{mine}");
    let res = copy(&desk, &code, "lookup").await;
    let answer: CopyAnswer = res.json().await.unwrap();
    assert_eq!(answer.copy.contact.who.name(), Some("Inès Marchal"));

    // Another partner sees none of it.
    let b = browser();
    let (admin, admin_csrf) = sign_in(&desk, relais_e2e::ADMIN.0, relais_e2e::ADMIN.1).await;
    let res = admin
        .post(desk.url("/console/staff"))
        .form(&[
            ("csrf", admin_csrf.as_str()),
            ("login", "autre"),
            ("display_name", "Marc Blanc"),
            ("phone", "01 99 00 20 21"),
            ("role", "partner"),
            ("organisation", "Foyer du Port"),
            ("job", "Éducateur"),
            ("password", "une phrase de passe longue"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let res = relais_e2e::submit_login(&b, &desk, "autre", "une phrase de passe longue").await;
    assert_eq!(res.headers()["location"], "/partenaire");
    let theirs = page_text(&b, desk.url("/partenaire")).await;
    assert!(!theirs.contains("LinaPq3") && theirs.contains("Aucune orientation"));
    let res = b
        .get(desk.url(&format!("/partenaire/orientations/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);

    // The partner takes the consent back for the person: erased from the file and its WAL.
    assert!(in_database(&desk.location, "NotePq3"));
    let token = relais_e2e::csrf(&mine);
    let res = c
        .post(desk.url(&format!("/partenaire/orientations/{id}/revoke")))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    for marker in ["LinaPq3", "NotePq3", "MotifPq3"] {
        assert!(!in_database(&desk.location, marker), "{marker}");
    }
    let after = page_text(&c, desk.url(&format!("/partenaire/orientations/{id}"))).await;
    assert!(after.contains("Accord retiré"), "{after}");
    assert!(!after.contains("LinaPq3"));
    // The audit names the partner, never the data.
    let audit = count(
        &desk.location,
        "SELECT COUNT(*) FROM audit WHERE staff_login = 'partenaire' AND action = 'referral_revoked'",
    );
    assert_eq!(audit, 1);
    assert!(Uuid::parse_str(&id).is_ok());
    // The partner signs out like staff do.
    let res = c
        .post(desk.url("/logout"))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/login");
    let res = c.get(desk.url("/partenaire")).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/login");
}

/// Duplicates across app and referral are flagged side by side, never merged; an old
/// referral nobody called is listed as overdue with whom to call.
#[tokio::test]
async fn duplicates_are_flagged_and_overdue_referrals_listed() {
    let desk = Desk::start_with(|c| c.referral_overdue_days = 0).await;
    // The same phone, by the app and by a referral.
    let app = relais_e2e::submission("Samir");
    let res = client()
        .post(desk.url("/v1/requests"))
        .json(&app)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let r = draft(&desk.url(""), "Dd4")
        .accept(Informed::ReadOnScreen, Lang::french(), Utc::now())
        .unwrap();
    let res = client()
        .post(desk.url("/v1/referrals"))
        .json(&SubmitReferral {
            id: r.id,
            structure_key: r.to.structure_key.clone(),
            professional: r.professional.clone(),
            person: r.person.clone(),
            consent: r.consent.clone(),
            copy_code: r.copy.clone(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let (c, _) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let list = page_text(&c, desk.url("/console/calls")).await;
    assert_eq!(list.matches("Doublon possible").count(), 2, "{list}");
    let page = page_text(&c, desk.url(&format!("/console/requests/{}", r.id))).await;
    assert!(page.contains("Doublons possibles") && page.contains("même téléphone"));
    assert!(page.contains(&format!("/console/requests/{}", app.id)));
    // Both stay: nothing merged.
    assert_eq!(count(&desk.db(), "SELECT COUNT(*) FROM request"), 2);
    let overdue = page_text(&c, desk.url("/console/overdue")).await;
    assert!(overdue.contains("Orientations en retard (1)"), "{overdue}");
    assert!(
        overdue.contains("01 99 00 20 20"),
        "the professional to call"
    );
}

/// Behind the hospital's reverse proxy every request comes from the proxy: the limits count
/// the client it names, and only when the configuration trusts it.
#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_share_of_tries() {
    let lookup = |desk: &Desk, client_ip: &'static str| {
        client()
            .post(desk.url("/v1/copies/lookup"))
            .bearer_auth("KAH-996-YCF-746-AYX")
            .header("x-forwarded-for", client_ip)
            .send()
    };
    let limited = |trusted: Vec<std::net::IpAddr>| {
        Desk::start_with(move |c| {
            c.copy_lookups_per_minute = 2;
            c.copy_lookups_per_minute_total = 1000;
            c.trusted_proxies = trusted;
        })
    };
    let desk = limited(vec!["127.0.0.1".parse().unwrap()]).await;
    for _ in 0..2 {
        assert_eq!(lookup(&desk, "203.0.113.1").await.unwrap().status(), 404);
    }
    assert_eq!(lookup(&desk, "203.0.113.1").await.unwrap().status(), 429);
    assert_eq!(lookup(&desk, "203.0.113.2").await.unwrap().status(), 404);
    // A client who writes the header itself is not believed when the peer is not trusted.
    let desk = limited(vec![]).await;
    for _ in 0..2 {
        assert_eq!(lookup(&desk, "203.0.113.1").await.unwrap().status(), 404);
    }
    assert_eq!(lookup(&desk, "203.0.113.2").await.unwrap().status(), 429);
}
