use super::*;
use crate::request::{CallOutcome, CloseReason, RequestForm};
use chrono::{Duration, TimeZone};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn form(name: &str) -> RequestForm {
    RequestForm {
        name: name.into(),
        phone: "06 39 98 00 12".into(),
        age: Some(crate::orientation::AgeBand::From21),
        place: Some(crate::orientation::Place::Address {
            commune: "96004".into(),
            street: None,
        }),
        message: format!("message de {name}"),
        ..Default::default()
    }
}

pub(crate) fn request(name: &str) -> Request {
    let content = form(name).validate().unwrap();
    Request::draft(content, crate::request::tests::target(), now())
}

fn open(dir: &tempfile::TempDir) -> Store {
    Store::open(dir.path().join("relais.db"), None).unwrap()
}

#[test]
fn opens_migrates_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let r = request("Samir");
    store.create_and_submit(&r, now()).unwrap();
    drop(store);
    let store = open(&dir);
    let back = store.get(r.id).unwrap();
    assert_eq!(back.content, r.content);
    assert!(matches!(back.state, RequestState::Queued { .. }));
    assert_eq!(store.outbox_len().unwrap(), 1);
    assert_eq!(
        store
            .history(r.id)
            .unwrap()
            .iter()
            .map(|(_, s)| s.as_str())
            .collect::<Vec<_>>(),
        ["draft", "queued"]
    );
    store.check_integrity().unwrap();
}

#[test]
fn a_newer_file_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path, None).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::TooNew {
                found: 99,
                supported: SCHEMA_VERSION
            }
        ),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_damaged_file_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path, None).unwrap_err();
    assert!(matches!(err, StoreError::NotADatabase), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
    let missing = Store::open(dir.path().join("no/such/dir/x.db"), None).unwrap_err();
    assert!(matches!(missing, StoreError::Io { .. }), "{missing}");
}

#[test]
fn a_key_without_encryption_support_is_a_clear_error() {
    if cfg!(feature = "encryption") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open(dir.path().join("x.db"), Some(&StoreKey([7; 32]))).unwrap_err();
    assert!(matches!(err, StoreError::EncryptionUnavailable));
}

#[test]
fn a_full_disk_loses_nothing_committed() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let first = request("Avant");
    store.create_and_submit(&first, now()).unwrap();
    // Simulate a full disk: the file may not grow any more.
    let pages: i64 = store
        .with_conn(|c| Ok(c.query_row("PRAGMA page_count", [], |r| r.get(0))?))
        .unwrap();
    store
        .with_conn(|c| Ok(c.execute_batch(&format!("PRAGMA max_page_count = {pages};"))?))
        .unwrap();
    let mut failures = 0;
    for i in 0..200 {
        let mut r = request(&format!("P{i}"));
        r.content.message = Some("x".repeat(480));
        match store.create_and_submit(&r, now()) {
            Ok(_) => {}
            Err(StoreError::DiskFull) => {
                failures += 1;
                break;
            }
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(failures, 1, "the disk never filled");
    // What was committed is intact, and the store still works once space is back.
    assert_eq!(store.get(first.id).unwrap().content, first.content);
    store
        .with_conn(|c| Ok(c.execute_batch("PRAGMA max_page_count = 1073741823;")?))
        .unwrap();
    store.create_and_submit(&request("Après"), now()).unwrap();
    store.check_integrity().unwrap();
}

#[test]
fn migrates_from_every_earlier_version_with_data() {
    for version in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("relais.db");
        Store::create_at_version(&path, version).unwrap();
        let r = request("Ancien");
        {
            // Data written the way version 1 wrote it.
            let c = Connection::open(&path).unwrap();
            c.execute(
                "INSERT INTO request (id, created_at, updated_at, content, target, state) VALUES (?1, ?2, ?2, ?3, ?4, ?5)",
                params![
                    r.id.to_string(),
                    now().to_rfc3339(),
                    serde_json::to_string(&r.content).unwrap(),
                    serde_json::to_string(&r.target).unwrap(),
                    serde_json::to_string(&RequestState::Queued { at: now() }).unwrap(),
                ],
            )
            .unwrap();
            c.execute(
                "INSERT INTO outbox (request_id, kind, payload, enqueued_at, next_attempt_at) VALUES (?1, 'submit', '{}', 0, 0)",
                [r.id.to_string()],
            )
            .unwrap();
            if version >= 2 {
                // Version 2 wrote the history as it went.
                c.execute(
                    "INSERT INTO request_event (request_id, at, state) VALUES (?1, ?2, 'queued')",
                    params![r.id.to_string(), now().to_rfc3339()],
                )
                .unwrap();
            }
        }
        let store = Store::open(&path, None).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let back = store.get(r.id).unwrap();
        assert_eq!(back.content, r.content);
        assert_eq!(store.outbox_len().unwrap(), 1);
        assert_eq!(
            store.history(r.id).unwrap()[0].1,
            "queued",
            "history starts at the current state"
        );
    }
}

#[test]
fn outbox_lease_acknowledge_retry() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let r = request("Samir");
    store.create_and_submit(&r, now()).unwrap();
    let leases = store.lease(now(), Duration::seconds(30), 10).unwrap();
    assert_eq!(leases.len(), 1);
    // Leased: not handed out twice while the lease runs, handed out again after it expires.
    assert!(
        store
            .lease(now(), Duration::seconds(30), 10)
            .unwrap()
            .is_empty()
    );
    let again = store
        .lease(now() + Duration::seconds(31), Duration::seconds(30), 10)
        .unwrap();
    assert_eq!(again.len(), 1);
    // The first sender's late acknowledgement is ignored; the current one counts once.
    assert!(!store.acknowledge(&leases[0], Some("tok"), now()).unwrap());
    let next = store
        .retry(&again[0], "timeout", now() + Duration::seconds(31))
        .unwrap();
    assert!(
        next >= now() + Duration::seconds(46) && next <= now() + Duration::seconds(61),
        "{next}"
    );
    assert!(
        store
            .lease(now() + Duration::seconds(40), Duration::seconds(30), 10)
            .unwrap()
            .is_empty()
    );
    let third = store.lease(next, Duration::seconds(30), 10).unwrap();
    assert_eq!(third[0].attempts, 1);
    assert!(
        store
            .acknowledge(&third[0], Some("secret-token"), next)
            .unwrap()
    );
    assert!(
        !store
            .acknowledge(&third[0], Some("secret-token"), next)
            .unwrap()
    );
    assert_eq!(store.outbox_len().unwrap(), 0);
    assert!(matches!(
        store.get(r.id).unwrap().state,
        RequestState::Received { .. }
    ));
    assert_eq!(
        store.desk_token(r.id).unwrap().as_deref(),
        Some("secret-token")
    );
}

#[test]
fn backoff_grows_and_is_capped() {
    assert_eq!(backoff(0, 0), Duration::seconds(15));
    assert_eq!(
        backoff(0, u64::MAX),
        Duration::seconds(15) + Duration::seconds((u64::MAX % 16) as i64)
    );
    assert!(backoff(3, 0) == Duration::seconds(120));
    assert!(backoff(40, u64::MAX) <= Duration::hours(6));
    assert!(backoff(40, 0) >= Duration::hours(3));
}

#[test]
fn giving_up_tells_the_person_to_call() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let r = request("Samir");
    store.create_and_submit(&r, now()).unwrap();
    assert!(
        store
            .give_up_after(Duration::days(3), now() + Duration::days(2))
            .unwrap()
            .is_empty()
    );
    let gone = store
        .give_up_after(Duration::days(3), now() + Duration::days(3))
        .unwrap();
    assert_eq!(gone, [r.id]);
    let back = store.get(r.id).unwrap();
    assert!(matches!(
        back.state,
        RequestState::Closed {
            why: CloseReason::NotDelivered,
            ..
        }
    ));
    let w = back.who_to_call();
    assert_eq!(w.reason.key, "who-closed-not-delivered");
    assert_eq!(&*w.contact.structure, "CMP des Collines");
    assert_eq!(store.outbox_len().unwrap(), 0);
}

#[test]
fn withdrawing_before_and_after_delivery() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    // Not sent yet: it simply never leaves.
    let a = request("A");
    store.create_and_submit(&a, now()).unwrap();
    store.withdraw(a.id, now()).unwrap();
    assert_eq!(store.outbox_len().unwrap(), 0);
    // At the desk: a withdrawal goes to the desk.
    let b = request("B");
    store.create_and_submit(&b, now()).unwrap();
    let l = store.lease(now(), Duration::seconds(30), 10).unwrap();
    store.acknowledge(&l[0], Some("t"), now()).unwrap();
    store
        .apply(
            b.id,
            &RequestEvent::CallAttempt {
                outcome: CallOutcome::NoAnswer,
                at: now(),
                by: None,
            },
            now(),
        )
        .unwrap();
    store.withdraw(b.id, now()).unwrap();
    let l = store.lease(now(), Duration::seconds(30), 10).unwrap();
    assert_eq!((l.len(), l[0].kind), (1, OutboxKind::Withdraw));
    // In flight: the submission may land, so the desk hears of the withdrawal after it.
    let c = request("C");
    store.create_and_submit(&c, now()).unwrap();
    let inflight = store.lease(now(), Duration::seconds(30), 10).unwrap();
    let inflight: Vec<_> = inflight
        .into_iter()
        .filter(|l| l.request_id == c.id)
        .collect();
    store.withdraw(c.id, now()).unwrap();
    assert!(
        store
            .lease(now(), Duration::seconds(30), 10)
            .unwrap()
            .iter()
            .all(|l| l.request_id != c.id)
    );
    store.acknowledge(&inflight[0], Some("t"), now()).unwrap();
    assert!(matches!(
        store.get(c.id).unwrap().state,
        RequestState::Closed { .. }
    ));
    let l = store
        .lease(now() + Duration::seconds(60), Duration::seconds(30), 10)
        .unwrap();
    assert!(
        l.iter()
            .any(|l| l.request_id == c.id && l.kind == OutboxKind::Withdraw)
    );
}

#[test]
fn sync_only_accepts_forward_moves() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let r = request("Samir");
    store.create_and_submit(&r, now()).unwrap();
    let received = RequestState::Received { at: now() };
    store.sync_state(r.id, &received, now()).unwrap();
    assert!(
        store
            .sync_state(r.id, &RequestState::Queued { at: now() }, now())
            .is_err()
    );
    assert!(matches!(
        store.get(r.id).unwrap().state,
        RequestState::Received { .. }
    ));
    assert!(matches!(
        store.get(Uuid::now_v7()),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn erase_everything_leaves_no_trace_in_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("relais.db");
    let store = Store::open(&path, None).unwrap();
    let markers = [
        "Zephyrine-Marqueur",
        "0639981234",
        "+33639981234",
        "Souvenir-Unique-Message",
    ];
    for i in 0..30 {
        let mut f = form(&format!("Zephyrine-Marqueur{i}"));
        f.phone = "06 39 98 12 34".into();
        f.message = format!("Souvenir-Unique-Message {i}");
        let r = Request::draft(
            f.validate().unwrap(),
            crate::request::tests::target(),
            now(),
        );
        store.create_and_submit(&r, now()).unwrap();
    }
    store.set_setting("language", "Zephyrine-Marqueur").unwrap();
    let files = |p: &Path| -> Vec<u8> {
        let mut all = std::fs::read(p).unwrap_or_default();
        for ext in ["-wal", "-shm", "-journal"] {
            all.extend(std::fs::read(format!("{}{ext}", p.display())).unwrap_or_default());
        }
        all
    };
    let contains =
        |hay: &[u8], needle: &str| hay.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(
        contains(&files(&path), markers[0]),
        "the markers are written before erasing"
    );
    store.erase_everything().unwrap();
    let bytes = files(&path);
    for m in markers {
        assert!(!contains(&bytes, m), "{m} survived erase");
    }
    assert!(store.list().unwrap().is_empty());
    // Still usable afterwards.
    store.create_and_submit(&request("Nouveau"), now()).unwrap();
}

#[cfg(feature = "encryption")]
#[test]
fn encrypted_store_opens_with_its_key_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.db");
    let key = StoreKey([42; 32]);
    let store = Store::open(&path, Some(&key)).unwrap();
    let mut f = form("Zephyrine-Chiffree");
    f.message = "Souvenir-Chiffre".into();
    let r = Request::draft(
        f.validate().unwrap(),
        crate::request::tests::target(),
        now(),
    );
    store.create_and_submit(&r, now()).unwrap();
    store.checkpoint().unwrap();
    drop(store);
    let bytes = std::fs::read(&path).unwrap();
    let contains = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(
        !contains("Zephyrine-Chiffree") && !contains("Souvenir-Chiffre"),
        "plaintext on disk"
    );
    let err = Store::open(&path, Some(&StoreKey([7; 32]))).unwrap_err();
    assert!(matches!(err, StoreError::WrongKey), "{err}");
    let err = Store::open(&path, None).unwrap_err();
    assert!(matches!(err, StoreError::NotADatabase), "{err}");
    let store = Store::open(&path, Some(&key)).unwrap();
    assert_eq!(store.get(r.id).unwrap().content.name, "Zephyrine-Chiffree");
}

#[test]
fn referrals_are_queued_revoked_exported_and_erased() {
    use crate::referral::Informed;
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let sent = crate::referral::tests::draft()
        .accept(
            Informed::ReadOnScreen,
            crate::contact::Lang::french(),
            now(),
        )
        .unwrap();
    store.create_referral(&sent, now()).unwrap();
    assert_eq!(
        store.pending().unwrap(),
        vec![(sent.id, OutboxKind::Referral)]
    );
    // Revoked before it left: it never goes, nothing else is queued.
    let kept = crate::referral::tests::draft()
        .accept(Informed::ReadAloud, crate::contact::Lang::french(), now())
        .unwrap();
    store.create_referral(&kept, now()).unwrap();
    let revoked = store.revoke_referral(kept.id, now()).unwrap();
    assert!(revoked.referral.consent.revoked_at.is_some());
    assert_eq!(
        store.pending().unwrap(),
        vec![(sent.id, OutboxKind::Referral)]
    );
    assert!(store.revoke_referral(kept.id, now()).is_err(), "only once");
    // At the desk: the revocation follows the referral.
    let lease = store
        .lease(now(), Duration::seconds(30), 10)
        .unwrap()
        .remove(0);
    store.acknowledge(&lease, Some("token"), now()).unwrap();
    store.revoke_referral(sent.id, now()).unwrap();
    assert_eq!(
        store.pending().unwrap(),
        vec![(sent.id, OutboxKind::Revoke)]
    );
    assert_eq!(
        store.referral(sent.id).unwrap().desk_token.as_deref(),
        Some("token")
    );
    // The export shows both, in plain words, without the desk's token.
    let export = crate::rights::export(&store, now()).unwrap();
    assert!(export.to_json().contains("Mme Roux") && !export.to_json().contains("token"));
    let text = export.to_text(&crate::i18n::Localizer::french());
    assert!(
        text.contains("Mme Roux") && text.contains(sent.copy.as_str()),
        "{text}"
    );
    store.erase_everything().unwrap();
    assert!(store.referrals().unwrap().is_empty());
}
