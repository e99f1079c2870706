//! Across crates: the phone's store and outbox talking to a real desk; retention; graceful
//! shutdown; and no personal data in the logs.
#![allow(clippy::unwrap_used)]

use chrono::{Duration, Utc};
use relais_core::directory::source;
use relais_core::orientation::{AgeBand, Place, Situation, orient};
use relais_core::request::{Request, RequestState, Target};
use relais_core::store::{OutboxKind, Store};
use relais_core::wire::{RequestStatus, SubmitResponse};
use relais_e2e::{Desk, RECEPTION, client, content, sign_in, submission};
use std::io::Write;
use std::sync::{Arc, Mutex};

fn target() -> Target {
    let dir = source::demo().directory;
    let s = Situation {
        age: AgeBand::From21,
        place: Place::Address {
            commune: "96004".into(),
            street: None,
        },
        languages: vec![],
        interpreter_needed: false,
    };
    Target::from_orientation(&orient(&s, &dir, Utc::now()))
}

/// The phone queues a request offline, the outbox sends it when the desk is reachable, the
/// staff confirm by phone, and the phone shows the named human.
#[tokio::test]
async fn phone_outbox_to_desk_and_back() {
    let phone_dir = tempfile::tempdir().unwrap();
    let store = Store::open(phone_dir.path().join("phone.db"), None).unwrap();
    let request = Request::draft(content("Samir", "06 39 98 00 12"), target(), Utc::now());
    store.create_and_submit(&request, Utc::now()).unwrap();

    // Offline: the send fails, the entry stays, with a backoff.
    let c = client();
    let lease = store
        .lease(Utc::now(), Duration::seconds(30), 10)
        .unwrap()
        .remove(0);
    let offline = c
        .post("http://127.0.0.1:9/v1/requests")
        .body(lease.payload.clone())
        .send()
        .await;
    assert!(offline.is_err());
    store.retry(&lease, "offline", Utc::now()).unwrap();
    assert_eq!(store.outbox_len().unwrap(), 1);

    // Online: sent, possibly twice (a lost answer), received once.
    let desk = Desk::start().await;
    let later = Utc::now() + Duration::hours(7);
    let lease = store
        .lease(later, Duration::seconds(30), 10)
        .unwrap()
        .remove(0);
    assert_eq!(lease.kind, OutboxKind::Submit);
    let send = || {
        c.post(desk.url("/v1/requests"))
            .header("content-type", "application/json")
            .body(lease.payload.clone())
            .send()
    };
    let _lost_answer = send().await.unwrap();
    let res = send().await.unwrap();
    assert_eq!(res.status(), 200, "the resubmission is recognised");
    let answer: SubmitResponse = res.json().await.unwrap();
    assert!(
        store
            .acknowledge(&lease, Some(&answer.token), later)
            .unwrap()
    );
    assert!(matches!(
        store.get(request.id).unwrap().state,
        RequestState::Received { .. }
    ));

    // Reception calls and confirms.
    let (console, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let res = console
        .post(desk.url(&format!("/console/requests/{}/confirm", request.id)))
        .form(&[
            ("csrf", token.as_str()),
            ("kind", "waiting_list"),
            ("place", "11 route de Montrelais, 96200 Montrelais"),
            ("with_name", "Paul Girard"),
            ("with_phone", "03 53 01 30 01"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    // The phone reads its status with its token and moves forward.
    let token = store.desk_token(request.id).unwrap().unwrap();
    let status: RequestStatus = c
        .get(desk.url(&format!("/v1/requests/{}", request.id)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let local = store
        .sync_state(request.id, &status.state, Utc::now())
        .unwrap();
    let who = local.who_to_call();
    assert_eq!(who.contact.who.name(), Some("Paul Girard"));
    assert_eq!(who.reason.key, "who-confirmed");
    assert!(who.then.last().unwrap().is_always_open());
    desk.running.stop().await.unwrap();
}

#[tokio::test]
async fn retention_deletes_personal_data_and_keeps_an_anonymous_trace() {
    let desk = Desk::start_with(|c| c.retention_days = 90).await;
    let s: SubmitResponse = client()
        .post(desk.url("/v1/requests"))
        .json(&submission("Oubliable"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    c.post(desk.url(&format!("/console/requests/{}/close", s.id)))
        .form(&[("csrf", token.as_str()), ("reason", "unreachable")])
        .send()
        .await
        .unwrap();
    let state = desk.running.state.clone();
    let soon = state
        .db
        .write(|c| relais_desk::requests::purge(c, Utc::now() + Duration::days(89)))
        .await
        .unwrap();
    assert_eq!(soon.requests, 0);
    let purged = state
        .db
        .write(|c| relais_desk::requests::purge(c, Utc::now() + Duration::days(91)))
        .await
        .unwrap();
    assert_eq!(purged.requests, 1);
    let left: i64 = desk.sql(|db| db.query_row("SELECT COUNT(*) FROM request", [], |r| r.get(0)));
    assert_eq!(left, 0);
    let attempts: i64 =
        desk.sql(|db| db.query_row("SELECT COUNT(*) FROM call_attempt", [], |r| r.get(0)));
    assert_eq!(attempts, 0);
    let trace: String = desk.sql(|db| {
        db.query_row("SELECT detail FROM audit WHERE action = 'purge'", [], |r| {
            r.get(0)
        })
    });
    assert_eq!(trace, "requests=1 sms_callbacks=0 referrals=0");
    // The person's status is gone too: a human to call remains in the app's own target.
    let res = client()
        .get(desk.url(&format!("/v1/requests/{}", s.id)))
        .bearer_auth(&s.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_loses_no_accepted_request() {
    let desk = Desk::start().await;
    let url = desk.url("/v1/requests");
    let done = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for i in 0..300 {
        let (url, done) = (url.clone(), done.clone());
        tasks.push(tokio::spawn(async move {
            let req = submission(&format!("P{i}"));
            match client()
                .post(url)
                .json(&req)
                .timeout(std::time::Duration::from_secs(5))
                .send()
                .await
            {
                Ok(r) if r.status().is_success() => {
                    done.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    Some(req.id)
                }
                // Refused connections and 503s after the stop are expected.
                _ => None,
            }
        }));
    }
    // Stop while submissions are in flight.
    while done.load(std::sync::atomic::Ordering::SeqCst) < 30 {
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    let db = desk.db();
    desk.running.stop().await.unwrap();
    let mut accepted = Vec::new();
    for t in tasks {
        if let Some(id) = t.await.unwrap() {
            accepted.push(id);
        }
    }
    for id in &accepted {
        let n: i64 = db
            .with_connection(|c| {
                c.query_row(
                    "SELECT COUNT(*) FROM request WHERE id = ?1",
                    [id.to_string()],
                    |r| r.get(0),
                )
            })
            .unwrap();
        assert_eq!(n, 1, "accepted request {id} lost");
    }
    assert!(accepted.len() >= 30);
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs the demo scenario with every log line captured (a global subscriber: whatever thread
/// logs, it is captured), then looks for the demo people.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_personal_data_in_the_logs() {
    let captured = Captured::default();
    let sink = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || sink.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();
    let desk = Desk::start().await;
    relais_desk::demo::seed_requests(&desk.running.state)
        .await
        .unwrap();
    let s: SubmitResponse = client()
        .post(desk.url("/v1/requests"))
        .json(&submission("Zéphyrine"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    for page in [
        "/console/calls",
        "/console/call-sheet",
        "/console/sms",
        &format!("/console/requests/{}", s.id),
    ] {
        c.get(desk.url(page)).send().await.unwrap();
    }
    c.post(desk.url(&format!("/console/requests/{}/call", s.id)))
        .form(&[("csrf", token.as_str()), ("outcome", "reached")])
        .send()
        .await
        .unwrap();
    // A dated appointment: it queues a confirmation SMS and gives the phone a reminder.
    let demo_id = "0193a000-0001-7000-8000-000000000001";
    let confirmed = c
        .post(desk.url(&format!("/console/requests/{demo_id}/confirm")))
        .form(&[
            ("csrf", token.as_str()),
            ("kind", "nurse_intake"),
            ("date", "2030-12-03"),
            ("time", "10:30"),
            ("place", "4 rue de la Gare, Villerelais"),
            ("with_name", "Paul Girard"),
            ("with_phone", "03 53 01 30 01"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        confirmed.status(),
        303,
        "the demo request is confirmed: {}",
        confirmed.text().await.unwrap_or_default()
    );
    let st: RequestStatus = client()
        .get(desk.url(&format!("/v1/requests/{}", s.id)))
        .bearer_auth(&s.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(st.id, s.id);
    let db = desk.db();
    let policy = desk.running.state.sms_policy.reminders;
    desk.running.stop().await.unwrap();
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("response status=201"),
        "the scenario was logged: {logs}"
    );
    // What the desk sends by SMS (to the person's phone, which others may read).
    let bodies: Vec<String> = db
        .with_connection(|c| {
            c.prepare("SELECT body FROM sms_outbox")?
                .query_map([], |r| r.get(0))?
                .collect()
        })
        .unwrap();
    assert!(
        bodies.len() >= 2,
        "acknowledgements and a confirmation were queued: {bodies:?}"
    );
    // What the phone shows in a notification, for the confirmed appointment.
    let state: RequestState = db
        .with_connection(|c| {
            c.query_row("SELECT state FROM request WHERE id = ?1", [demo_id], |r| {
                r.get::<_, String>(0)
            })
        })
        .map(|j| serde_json::from_str(&j).unwrap())
        .unwrap();
    let fr = relais_core::i18n::Localizer::french();
    let now = chrono::DateTime::parse_from_rfc3339("2030-12-01T09:00:00Z")
        .unwrap()
        .with_timezone(&Utc);
    let note = relais_core::reminder::local_notification(demo_id, &state, &policy, now)
        .expect("a reminder for a dated appointment");
    let notification = format!("{} {}", fr.text(&note.title), fr.text(&note.body));

    // Every form a person's data can take: as typed, canonical E.164, national display,
    // without spaces, without the country code, in any case.
    let mut people: Vec<(String, String, String)> = relais_desk::demo::requests()
        .into_iter()
        .map(|(_, _, f)| (f.name.clone(), f.phone.clone(), f.message.clone()))
        .collect();
    people.push(("Yassine".into(), "06 39 98 00 78".into(), String::new()));
    people.push((
        "Zéphyrine".into(),
        "06 39 98 00 12".into(),
        "Message de Zéphyrine".into(),
    ));
    let mut secrets: Vec<String> = vec!["Mme Roux".into(), "+442079460123".into()];
    for (name, phone, message) in &people {
        secrets.push(name.clone());
        if !message.is_empty() {
            secrets.push(message.clone());
        }
        secrets.push(phone.clone());
        let p = relais_core::contact::Phone::parse(phone).unwrap();
        let e164 = p.as_str().to_owned();
        secrets.push(p.national());
        secrets.push(p.national().replace(' ', ""));
        secrets.push(e164.trim_start_matches('+').to_owned());
        // The subscriber number without any prefix ("639980012").
        secrets.push(e164.trim_start_matches("+33").to_owned());
        secrets.push(e164);
    }
    let lower = |t: &str| t.to_lowercase();
    let (logs_l, sms_l, note_l) = (
        lower(&logs),
        lower(&bodies.join("\n")),
        lower(&notification),
    );
    for secret in &secrets {
        let needle = lower(secret);
        assert!(!logs_l.contains(&needle), "{secret} found in the logs");
        assert!(
            !sms_l.contains(&needle),
            "{secret} found in an SMS: {bodies:?}"
        );
        assert!(
            !note_l.contains(&needle),
            "{secret} found in a notification: {notification}"
        );
    }
    for secret in [
        s.token.as_str(),
        "accueil-demo-2026",
        "dors",
        relais_desk::demo::SMS_SECRET,
    ] {
        assert!(!logs.contains(secret), "{secret} found in the logs");
    }
    // Staff are named to the person on purpose, never in the logs.
    for (_, _, name, phone, _) in relais_desk::demo::STAFF {
        let p = relais_core::contact::Phone::parse(phone).unwrap();
        for form in [
            name.to_string(),
            phone.to_string(),
            p.national(),
            p.as_str().to_owned(),
        ] {
            assert!(!logs_l.contains(&lower(&form)), "{form} found in the logs");
        }
    }
}
