//! A referral at the desk, against a real database: refused whole (nothing stored), stored
//! once, opened by its copy code, revoked down to a trace.
#![allow(clippy::unwrap_used)]

use super::*;
use crate::db::Db;
use chrono::TimeZone;
use relais_core::contact::{Lang, Phone};
use relais_core::referral::{Consent, Informed, PersonData, Professional};

const KEY: [u8; 32] = [7; 32];

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    now().date_naive()
}

fn to() -> Recipient {
    Recipient {
        structure_key: "cmp-collines".into(),
        contact: HumanContact::new(
            relais_core::contact::Who::role(relais_core::contact::Role::Secretariat),
            "CMP des Collines",
            Phone::parse("03 53 01 30 01").unwrap(),
            None,
        ),
        desk: Some(DeskLink {
            url: relais_core::directory::DeskUrl::parse("https://desk.example.fr").unwrap(),
            sms: None,
        }),
    }
}

fn submission() -> SubmitReferral {
    SubmitReferral {
        id: Uuid::now_v7(),
        structure_key: "cmp-collines".into(),
        professional: Professional {
            name: "Hélène Roux".into(),
            organisation: "CCAS de Villerelais".into(),
            role: "Assistante sociale".into(),
            phone: Phone::parse("01 99 00 20 20").unwrap(),
        },
        person: PersonData {
            name: Some("Zorblax".into()),
            phone: Some(Phone::parse("06 39 98 00 12").unwrap()),
            note: Some("Marqueur-Quiproquo".into()),
            ..PersonData::default()
        },
        consent: Consent {
            scope: vec![Shared::Name, Shared::Phone, Shared::Note],
            why: "Motif-Zephyrin".into(),
            until: NaiveDate::from_ymd_opt(2027, 1, 31).unwrap(),
            informed: Informed::ReadOnScreen,
            language: Lang::parse("fr").unwrap(),
            given_at: now() - Duration::minutes(5),
            revoked_at: None,
        },
        copy_code: CopyCode::random().unwrap(),
    }
}

async fn db() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("desk.sqlite")).unwrap();
    (dir, db)
}

async fn count(db: &Db, table: &'static str) -> i64 {
    db.read(move |c| Ok(c.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?))
        .await
        .unwrap()
}

#[test]
fn refusals_are_typed_and_name_a_kind_never_a_value() {
    let mut s = submission();
    s.consent.scope.retain(|k| *k != Shared::Note);
    let e = check(s, Some(to()), now(), today()).unwrap_err();
    assert_eq!(e, Refusal::OutsideScope(Shared::Note));
    assert_eq!(e.code(), "outside_scope");
    assert!(e.message().contains("note"), "{}", e.message());
    assert!(!e.message().contains("Quiproquo"));
    assert!(e.french().contains("rien n'est envoyé"));

    let mut s = submission();
    s.consent.revoked_at = Some(now());
    assert_eq!(
        check(s, Some(to()), now(), today()).unwrap_err(),
        Refusal::ConsentRevoked
    );
    let mut s = submission();
    s.consent.until = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    assert_eq!(
        check(s, Some(to()), now(), today()).unwrap_err(),
        Refusal::ConsentExpired
    );
    assert_eq!(
        check(submission(), None, now(), today()).unwrap_err(),
        Refusal::UnknownStructure
    );
    // A consent "given" in the future is not a consent.
    let mut s = submission();
    s.consent.given_at = now() + Duration::hours(2);
    assert!(matches!(
        check(s, Some(to()), now(), today()),
        Err(Refusal::Invalid(_))
    ));
}

#[tokio::test]
async fn stored_once_opened_by_its_code_and_revoked_down_to_a_trace() {
    let (_dir, db) = db().await;
    let sub = submission();
    let code = sub.copy_code.clone();
    let p = check(sub.clone(), Some(to()), now(), today()).unwrap();
    let p2 = p.clone();
    let first = db
        .write(move |c| store(c, &KEY, &p2, Source::App, "professional", now(), today()))
        .await
        .unwrap();
    assert!(first.created);
    // The same referral again: the same answer, one row.
    let p2 = p.clone();
    let again = db
        .write(move |c| store(c, &KEY, &p2, Source::App, "professional", now(), today()))
        .await
        .unwrap();
    assert!(!again.created);
    assert_eq!(again.answer.token, first.answer.token);
    assert_eq!(count(&db, "referral").await, 1);
    assert_eq!(count(&db, "request").await, 1);
    // Another body with the same id: a conflict.
    let mut other = sub.clone();
    other.consent.why = "Autre chose".into();
    let p3 = check(other, Some(to()), now(), today()).unwrap();
    let e = db
        .write(move |c| store(c, &KEY, &p3, Source::App, "professional", now(), today()))
        .await
        .unwrap_err();
    assert!(matches!(e, DbError::Conflict(_)), "{e:?}");

    // Neither the token nor the code is stored in clear.
    let token = first.answer.token.clone();
    let (hash, copy): (Vec<u8>, Vec<u8>) = db
        .read(|c| {
            Ok(
                c.query_row("SELECT token_hash, copy_hash FROM referral", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?,
            )
        })
        .await
        .unwrap();
    assert_ne!(hash, token.as_bytes());
    assert_ne!(copy, code.as_str().as_bytes());

    // The professional follows it with the token; a wrong token finds nothing.
    let id = sub.id;
    let t = token.clone();
    let st = db.read(move |c| status(c, id, &t, today())).await.unwrap();
    assert!(matches!(st.state, Some(RequestState::Received { .. })));
    let wrong = db.read(move |c| status(c, id, "nope", today())).await;
    assert!(matches!(wrong, Err(DbError::NotFound)));

    // The person's code opens the copy: kinds, never the data.
    let c2 = code.as_str().to_lowercase();
    let found = db
        .read(move |c| find_by_copy(c, &KEY, &c2))
        .await
        .unwrap()
        .expect("the code, typed in lower case, opens the copy");
    let view = db.read(move |c| copy_view(c, &found)).await.unwrap();
    assert_eq!(view.professional, "Hélène Roux");
    assert_eq!(view.why, "Motif-Zephyrin");
    let none = db
        .read(|c| find_by_copy(c, &KEY, "AAAAA-AAAAA"))
        .await
        .unwrap();
    assert!(none.is_none());

    // Revoked: the request and the purpose go, the trace stays; twice changes nothing.
    let rid = id.to_string();
    let r2 = rid.clone();
    let revoked = db
        .write(move |c| revoke(c, &r2, Revoker::Person, 90, now()))
        .await
        .unwrap();
    assert_eq!(revoked.revoked_at, Some(now()));
    assert_eq!(revoked.state, None);
    assert_eq!(count(&db, "request").await, 0);
    let r2 = rid.clone();
    let row = db.read(move |c| lists::load(c, &r2)).await.unwrap();
    assert_eq!(row.why, None);
    assert_eq!(row.language, None);
    assert_eq!(row.revoked_by.as_deref(), Some("person"));
    let r2 = rid.clone();
    let twice = db
        .write(move |c| {
            revoke(
                c,
                &r2,
                Revoker::Professional,
                90,
                now() + Duration::hours(1),
            )
        })
        .await
        .unwrap();
    assert_eq!(twice.revoked_at, Some(now()));
    // Replaying the referral after its revocation does not bring the data back.
    let again = db
        .write(move |c| store(c, &KEY, &p, Source::App, "professional", now(), today()))
        .await
        .unwrap();
    assert!(!again.created);
    assert!(again.answer.status.revoked_at.is_some());
    assert_eq!(count(&db, "request").await, 0);
    // After the WAL is truncated, neither file holds the shared fields.
    assert!(db.truncate_wal().await.unwrap());
    let path = db.path().unwrap();
    let mut bytes = std::fs::read(path).unwrap();
    if let Ok(wal) = std::fs::read(path.with_extension("sqlite-wal")) {
        bytes.extend(wal);
    }
    for marker in ["Zorblax", "Quiproquo", "Zephyrin"] {
        assert!(
            !bytes.windows(marker.len()).any(|w| w == marker.as_bytes()),
            "{marker} is still in the database"
        );
    }
    // The audit says who did what, without the data.
    let audit: Vec<String> = db
        .read(|c| {
            let mut s = c.prepare("SELECT action || ' ' || detail FROM audit ORDER BY id")?;
            let rows = s
                .query_map([], |r| r.get(0))?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await
        .unwrap();
    assert!(audit.iter().any(|a| a.starts_with("referral_received")));
    assert!(audit.iter().any(|a| a == "referral_revoked by=person"));
    assert!(audit.iter().all(|a| !a.contains("Zorblax")));
}
