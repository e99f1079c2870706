//! The human channel end to end: a real desk on loopback, a fake capcom6 gateway on
//! loopback (its documented send API and signed webhooks), the console as reception uses
//! it. The sender is driven with chosen clocks (`sms::sender::tick(state, now)`) so that
//! reminders, quiet hours and daylight-saving changes are tested at the moments they matter.
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Datelike, TimeZone, Utc};
use chrono_tz::Tz;
use relais_core::wire::SubmitResponse;
use relais_desk::sms::sender::{Pass, tick};
use relais_e2e::fake_gateway::{Answer, FakeGateway, Mode};
use relais_e2e::{Desk, RECEPTION, client, sign_in, submission};
use std::time::Duration;

/// The demo number 06 39 98 00 12 as the desk stores it: 0639 is also Mayotte's mobile prefix
/// (domain.md), so it reads as +262 639….
const PERSON: &str = "+262639980012";

async fn sms_desk(dept: &str, gateway: &FakeGateway) -> Desk {
    let g = gateway.config();
    let dept = dept.to_owned();
    let desk = Desk::start_with(move |c| {
        c.dept = dept;
        c.sms.sender = false;
        c.sms.sender_name = "Accueil Les Tilleuls".into();
        c.sms.capcom = Some(g);
    })
    .await;
    gateway.set_webhook(desk.url("/v1/sms/capcom"));
    desk
}

/// Tomorrow at 10:00 in Paris: outside the quiet hours whatever the time the test runs ("now
/// plus a day" falls in them in the evening).
fn tomorrow_at_ten() -> DateTime<Utc> {
    let paris = chrono_tz::Europe::Paris;
    let day = (Utc::now() + chrono::Duration::days(1))
        .with_timezone(&paris)
        .date_naive();
    at(paris, day.year(), day.month(), day.day(), 10, 0)
}

fn at(tz: Tz, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

async fn submit(desk: &Desk, name: &str, sms_ok: bool) -> SubmitResponse {
    let mut s = submission(name);
    s.content.sms_ok = sms_ok;
    client()
        .post(desk.url("/v1/requests"))
        .json(&s)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Confirms through the console form; returns the HTTP status and the page.
#[allow(clippy::too_many_arguments)] // one argument per form field reads best in the tests
async fn confirm(
    desk: &Desk,
    c: &reqwest::Client,
    token: &str,
    id: &str,
    action: &str,
    date: &str,
    time: &str,
    place: &str,
) -> (u16, String) {
    let res = c
        .post(desk.url(&format!("/console/requests/{id}/{action}")))
        .form(&[
            ("csrf", token),
            ("kind", "nurse_intake"),
            ("date", date),
            ("time", time),
            ("place", place),
            ("with_name", "Paul Girard"),
            ("with_phone", "03 53 01 30 01"),
        ])
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// (kind, state) of every outbox row, in order.
fn rows(desk: &Desk) -> Vec<(String, String)> {
    desk.sql(|db| {
        db.prepare("SELECT kind, state FROM sms_outbox ORDER BY id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect()
    })
}

async fn run(desk: &Desk, now: DateTime<Utc>) -> Pass {
    tick(&desk.running.state, now).await.unwrap()
}

async fn page_eventually(c: &reqwest::Client, desk: &Desk, id: &str, text: &str) -> String {
    let mut page = String::new();
    for _ in 0..100 {
        page = c
            .get(desk.url(&format!("/console/requests/{id}")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if page.contains(text) {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("'{text}' never showed: {page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn confirmation_then_reminder_sent_once_each_at_the_right_local_time_across_dst() {
    let gw = FakeGateway::start(Mode::Local).await;
    let desk = sms_desk("75", &gw).await;
    let s = submit(&desk, "Samir", true).await;
    let id = s.id.to_string();
    let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    // Monday 1 April 2030, 10:00 in Paris; summer time starts on Sunday 31 March 2030.
    let (status, _) = confirm(
        &desk,
        &c,
        &token,
        &id,
        "confirm",
        "2030-04-01",
        "10:00",
        "4 rue de la Gare, 75012 Paris",
    )
    .await;
    assert_eq!(status, 303);
    let paris = chrono_tz::Europe::Paris;
    // The confirmation leaves at the first pass outside quiet hours.
    let pass = run(&desk, at(paris, 2030, 3, 20, 10, 0)).await;
    assert_eq!(pass.accepted, 1, "{pass:?}");
    let sent = gw.sent();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].to, PERSON);
    assert!(sent[0].text.starts_with("Accueil Les Tilleuls : Rendez-vous lundi 1 avril à 10 h, 4 rue de la Gare, 75012 Paris."), "{}", sent[0].text);
    assert!(sent[0].text.contains("Votre code : "), "{}", sent[0].text);
    assert!(relais_core::neutral::is_neutral(&sent[0].text));
    // Its delivery report comes back signed and shows to reception.
    page_eventually(&c, &desk, &id, "SMS remis").await;
    // Nothing more until the reminder's time: Sunday 31 March, 10:00 CEST = 08:00 UTC.
    for t in [at(paris, 2030, 3, 20, 10, 5), at(paris, 2030, 3, 31, 9, 59)] {
        assert_eq!(run(&desk, t).await, Pass::default());
    }
    assert_eq!(
        at(paris, 2030, 3, 31, 10, 0).format("%H:%M").to_string(),
        "08:00"
    );
    let pass = run(&desk, at(paris, 2030, 3, 31, 10, 0)).await;
    assert_eq!(pass.accepted, 1);
    let sent = gw.sent();
    assert_eq!(sent.len(), 2);
    assert!(
        sent[1]
            .text
            .contains("Rappel : rendez-vous lundi 1 avril à 10 h"),
        "{}",
        sent[1].text
    );
    assert!(sent[1].text.contains("STOP"));
    // Passes later send nothing again: never two copies.
    assert_eq!(
        run(&desk, at(paris, 2030, 3, 31, 12, 0)).await,
        Pass::default()
    );
    assert_eq!(gw.sent().len(), 2);
    let page = page_eventually(&c, &desk, &id, "Rappel").await;
    assert!(page.contains("Code de la personne"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminders_follow_the_desks_time_zone_and_quiet_hours_overseas() {
    // (département, zone): the same local 10:00 reminder is a different UTC moment.
    for (dept, tz, utc_hour) in [
        ("974", chrono_tz::Indian::Reunion, 6),
        ("971", chrono_tz::America::Guadeloupe, 14),
    ] {
        let gw = FakeGateway::start(Mode::Local).await;
        let desk = sms_desk(dept, &gw).await;
        let s = submit(&desk, "Léa", true).await;
        let id = s.id.to_string();
        let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
        let (status, _) = confirm(
            &desk,
            &c,
            &token,
            &id,
            "confirm",
            "2030-04-01",
            "10:00",
            "12 rue de Paris, 97400 Saint-Denis",
        )
        .await;
        assert_eq!(status, 303);
        // The person's app reads the appointment at 10:00 on the desk's clock, with its offset.
        let st: relais_core::wire::RequestStatus = client()
            .get(desk.url(&format!("/v1/requests/{id}")))
            .bearer_auth(&s.token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let relais_core::request::RequestState::Confirmed(a) = &st.state else {
            panic!("{dept}: {:?}", st.state);
        };
        let when = a.when.expect("a dated appointment");
        assert_eq!(
            when.with_timezone(&Utc),
            at(tz, 2030, 4, 1, 10, 0),
            "{dept}"
        );
        assert_eq!(when.format("%H:%M").to_string(), "10:00", "{dept}");
        // 21:00 local: quiet, the confirmation waits until 08:30.
        let pass = run(&desk, at(tz, 2030, 3, 20, 21, 0)).await;
        assert_eq!(pass.deferred, 1, "{dept}: {pass:?}");
        assert!(gw.sent().is_empty());
        assert_eq!(
            run(&desk, at(tz, 2030, 3, 21, 8, 29)).await,
            Pass::default()
        );
        assert_eq!(run(&desk, at(tz, 2030, 3, 21, 8, 30)).await.accepted, 1);
        // The reminder at 10:00 local on the 31st (no DST overseas).
        let due = at(tz, 2030, 3, 31, 10, 0);
        assert_eq!(due.format("%H").to_string(), format!("{utc_hour:02}"));
        assert_eq!(
            run(&desk, due - chrono::Duration::minutes(1)).await,
            Pass::default()
        );
        assert_eq!(run(&desk, due).await.accepted, 1);
        assert_eq!(gw.sent().len(), 2, "{dept}");
        // The console shows times on the desk's clock.
        let page = page_eventually(&c, &desk, &id, "Rappel").await;
        assert!(page.contains("10 h 00"), "{dept}: {page}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_gateway_is_retried_with_backoff_and_a_failed_sms_says_call_instead() {
    let gw = FakeGateway::start(Mode::Cloud).await;
    let desk = sms_desk("75", &gw).await;
    let paris = chrono_tz::Europe::Paris;
    let s = submit(&desk, "Karim", true).await;
    let id = s.id.to_string();
    let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    gw.script(&[Answer::Status(503), Answer::Status(500)]);
    confirm(
        &desk,
        &c,
        &token,
        &id,
        "confirm",
        "2030-06-12",
        "14:30",
        "4 rue de la Gare, 75012 Paris",
    )
    .await;
    let t = at(paris, 2030, 6, 1, 10, 0);
    assert_eq!(run(&desk, t).await.retried, 1);
    // Backoff: 30 s after the first failure, 60 s after the second.
    assert_eq!(
        run(&desk, t + chrono::Duration::seconds(29)).await,
        Pass::default()
    );
    assert_eq!(
        run(&desk, t + chrono::Duration::seconds(30)).await.retried,
        1
    );
    page_eventually(&c, &desk, &id, "Nouvel essai prévu").await;
    assert_eq!(
        run(&desk, t + chrono::Duration::seconds(89)).await,
        Pass::default()
    );
    assert_eq!(
        run(&desk, t + chrono::Duration::seconds(90)).await.accepted,
        1
    );
    assert_eq!(gw.sent().len(), 1);
    assert_eq!(gw.posts(), 3);

    // A number the network cannot reach: the gateway reports a failure, staff must call.
    let gw2 = FakeGateway::start(Mode::Local).await;
    let desk2 = sms_desk("75", &gw2).await;
    gw2.undeliverable(PERSON);
    gw2.set_report_delay(Duration::from_millis(300));
    let s = submit(&desk2, "Inès", true).await;
    let id = s.id.to_string();
    let (c, token) = sign_in(&desk2, RECEPTION.0, RECEPTION.1).await;
    confirm(
        &desk2,
        &c,
        &token,
        &id,
        "confirm",
        "2030-06-12",
        "14:30",
        "4 rue de la Gare, 75012 Paris",
    )
    .await;
    assert_eq!(run(&desk2, t).await.accepted, 1);
    page_eventually(&c, &desk2, &id, "Confié au téléphone d").await;
    page_eventually(&c, &desk2, &id, "SMS non remis : appelez plutôt").await;

    // A gateway that stays down: after the last attempt, "call instead" too.
    let gw3 = FakeGateway::start(Mode::Local).await;
    let g = gw3.config();
    let desk3 = Desk::start_with(move |c| {
        c.sms.sender = false;
        c.sms.max_attempts = 2;
        c.sms.capcom = Some(g);
    })
    .await;
    gw3.script(&[Answer::Status(502); 5]);
    let s = submit(&desk3, "Olga", true).await;
    let id = s.id.to_string();
    let (c, token) = sign_in(&desk3, RECEPTION.0, RECEPTION.1).await;
    confirm(
        &desk3,
        &c,
        &token,
        &id,
        "confirm",
        "2030-06-12",
        "14:30",
        "4 rue de la Gare, 75012 Paris",
    )
    .await;
    assert_eq!(run(&desk3, t).await.retried, 1);
    assert_eq!(
        run(&desk3, t + chrono::Duration::seconds(30)).await.failed,
        1
    );
    page_eventually(&c, &desk3, &id, "SMS non remis : appelez plutôt").await;
    assert!(gw3.sent().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resend_after_a_crash_is_recognised_by_the_gateway_in_both_modes() {
    for mode in [Mode::Local, Mode::Cloud] {
        let gw = FakeGateway::start(mode).await;
        let desk = sms_desk("75", &gw).await;
        let s = submit(&desk, "Yassine", true).await;
        let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
        confirm(
            &desk,
            &c,
            &token,
            &s.id.to_string(),
            "confirm",
            "2030-06-12",
            "14:30",
            "4 rue de la Gare, 75012 Paris",
        )
        .await;
        let t = at(chrono_tz::Europe::Paris, 2030, 6, 1, 10, 0);
        assert_eq!(run(&desk, t).await.accepted, 1);
        // As if the desk had died after the gateway took the message and before it recorded
        // the answer: the row is `sending` again with its lease run out.
        desk.sql(|db| {
            db.execute(
                "UPDATE sms_outbox SET state = 'sending', lease_until = ?1, sent_at = NULL, delivered_at = NULL WHERE kind = 'confirmation'",
                [t.to_rfc3339()],
            )
        });
        let pass = run(&desk, t + chrono::Duration::seconds(1)).await;
        assert_eq!(pass.accepted, 1, "{mode:?}");
        assert_eq!(
            gw.sent().len(),
            1,
            "{mode:?}: one SMS on the person's phone"
        );
        assert_eq!(gw.posts(), 2);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stop_ends_reminders_for_the_request_and_is_recorded() {
    let gw = FakeGateway::start(Mode::Local).await;
    let desk = sms_desk("75", &gw).await;
    let s = submit(&desk, "Zéphyrine", true).await;
    let id = s.id.to_string();
    let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    confirm(
        &desk,
        &c,
        &token,
        &id,
        "confirm",
        "2030-06-12",
        "14:30",
        "4 rue de la Gare, 75012 Paris",
    )
    .await;
    let paris = chrono_tz::Europe::Paris;
    assert_eq!(run(&desk, at(paris, 2030, 6, 1, 10, 0)).await.accepted, 1);
    let (status, body) = gw.receive("stop-1", "06 39 98 00 12", "Arrêt").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("stopped"));
    // The gateway retries the same delivery: handled once.
    let (_, body) = gw.receive("stop-1", "06 39 98 00 12", "Arrêt").await;
    assert!(body.contains("duplicate"));
    assert_eq!(
        run(&desk, at(paris, 2030, 6, 11, 14, 30)).await,
        Pass::default()
    );
    assert_eq!(gw.sent().len(), 1, "no reminder after STOP");
    assert!(rows(&desk).contains(&("reminder".into(), "cancelled".into())));
    let page = page_eventually(&c, &desk, &id, "a répondu STOP").await;
    assert!(page.contains("plus de rappel"));
    let n: i64 = desk.sql(|db| {
        db.query_row(
            "SELECT COUNT(*) FROM audit WHERE action = 'sms_stop' AND request_id = ?1 AND staff_login = 'person'",
            [&id],
            |r| r.get(0),
        )
    });
    assert_eq!(n, 1);
    // Moving the appointment after STOP queues the change, not a reminder.
    confirm(
        &desk,
        &c,
        &token,
        &id,
        "reschedule",
        "2030-06-19",
        "09:30",
        "4 rue de la Gare, 75012 Paris",
    )
    .await;
    let kinds: Vec<String> = rows(&desk).into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, ["confirmation", "reminder", "change"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_packed_request_through_the_gateways_webhook_lands_once() {
    let gw = FakeGateway::start(Mode::Local).await;
    let desk = sms_desk("75", &gw).await;
    let content = relais_e2e::content("Samir", "06 39 98 00 12");
    let id = uuid::Uuid::now_v7();
    let text =
        relais_core::sms::pack(&relais_core::sms::SmsRequest::from_content(id, &content)).unwrap();
    // The gateway's retry of one delivery, and the person sending the same SMS twice.
    for delivery in ["in-1", "in-1", "in-2"] {
        let (status, body) = gw.receive(delivery, "+33639980012", &text).await;
        assert_eq!(status, 200, "{body}");
    }
    let n: i64 = desk.sql(|db| db.query_row("SELECT COUNT(*) FROM request", [], |r| r.get(0)));
    assert_eq!(n, 1);
    assert_eq!(rows(&desk), [("ack".to_owned(), "queued".to_owned())]);
    assert_eq!(run(&desk, tomorrow_at_ten()).await.accepted, 1);
    let sent = gw.sent();
    assert!(
        sent[0].text.contains("Votre demande est bien arrivée"),
        "{}",
        sent[0].text
    );
    // A wrong signature, a stale timestamp: refused, nothing recorded.
    let body = br#"{"event":"sms:received","id":"x","payload":{"phoneNumber":"+33639980012","message":"STOP"}}"#;
    for (sig, ts) in [
        ("00".repeat(32), Utc::now().timestamp().to_string()),
        relais_desk::sms::capcom::sign("wrong", body, Utc::now().timestamp()),
        relais_desk::sms::capcom::sign(
            relais_e2e::fake_gateway::SIGNING_KEY,
            body,
            Utc::now().timestamp() - 3600,
        ),
    ] {
        let res = client()
            .post(desk.url("/v1/sms/capcom"))
            .header("X-Signature", sig)
            .header("X-Timestamp", ts)
            .body(body.to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 401);
    }
    let stops: i64 = desk.sql(|db| {
        db.query_row(
            "SELECT COUNT(*) FROM audit WHERE action LIKE 'sms_stop%'",
            [],
            |r| r.get(0),
        )
    });
    assert_eq!(stops, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_sent_without_consent_and_a_clinical_word_stops_the_action() {
    let gw = FakeGateway::start(Mode::Local).await;
    let desk = sms_desk("75", &gw).await;
    let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    // SMS not safe for this person: confirmed, nothing queued.
    let s = submit(&desk, "Olga", false).await;
    let (status, _) = confirm(
        &desk,
        &c,
        &token,
        &s.id.to_string(),
        "confirm",
        "2030-06-12",
        "14:30",
        "4 rue de la Gare, 75012 Paris",
    )
    .await;
    assert_eq!(status, 303);
    assert!(rows(&desk).is_empty());
    let page = page_eventually(&c, &desk, &s.id.to_string(), "aucun SMS ne part").await;
    assert!(!page.contains("Code de la personne"));
    // An address that names care: refused, the staff member reads why, nothing saved.
    let s = submit(&desk, "Karim", true).await;
    let (status, page) = confirm(
        &desk,
        &c,
        &token,
        &s.id.to_string(),
        "confirm",
        "2030-06-12",
        "14:30",
        "CMP Les Tilleuls, 4 rue de la Gare",
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("ne peut pas partir"), "{page}");
    assert!(page.contains("« cmp »"), "{page}");
    assert!(rows(&desk).is_empty());
    let st: relais_core::wire::RequestStatus = client()
        .get(desk.url(&format!("/v1/requests/{}", s.id)))
        .bearer_auth(&s.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(st.state.name(), "received");
    assert_eq!(run(&desk, tomorrow_at_ten()).await, Pass::default());
    assert!(gw.sent().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reception_finds_a_request_by_the_code_read_on_the_phone() {
    let gw = FakeGateway::start(Mode::Local).await;
    let desk = sms_desk("75", &gw).await;
    let s = submit(&desk, "Samir", true).await;
    let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    confirm(
        &desk,
        &c,
        &token,
        &s.id.to_string(),
        "confirm",
        "2030-06-12",
        "14:30",
        "4 rue de la Gare, 75012 Paris",
    )
    .await;
    let code: String =
        desk.sql(|db| db.query_row("SELECT person_code FROM request", [], |r| r.get(0)));
    assert!(!code.contains("http"));
    let spoken = code.to_lowercase().replace('-', " ");
    let res = c
        .post(desk.url("/console/find"))
        .form(&[("csrf", token.as_str()), ("code", spoken.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        res.headers()["location"].to_str().unwrap(),
        format!("/console/requests/{}", s.id)
    );
    let res = c
        .post(desk.url("/console/find"))
        .form(&[("csrf", token.as_str()), ("code", "KRA-000")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    // Without the session's CSRF token, nothing is looked up.
    let res = c
        .post(desk.url("/console/find"))
        .form(&[("code", spoken.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    // No SMS ever carries a link.
    for m in gw.sent() {
        assert!(!m.text.contains("http") && !m.text.contains(&s.token));
    }
}

fn process_sms_config(gw: &FakeGateway, sender: bool) -> String {
    format!(
        r#"[sms]
sender_name = "Accueil Les Tilleuls"
sender = {sender}
poll_seconds = 1
lease_seconds = 21
quiet_start = "00:00"
quiet_end = "00:00"
[sms.capcom]
url = "{}"
username = "{}"
password = "{}"
signing_key = "{}"
"#,
        gw.url(),
        relais_e2e::fake_gateway::USER,
        relais_e2e::fake_gateway::PASSWORD,
        relais_e2e::fake_gateway::SIGNING_KEY
    )
}

fn states_of(db: &relais_desk::db::Location) -> Vec<String> {
    db.with_connection(|c| {
        c.prepare("SELECT state FROM sms_outbox WHERE kind = 'confirmation'")?
            .query_map([], |r| r.get(0))?
            .collect()
    })
    .unwrap()
}

async fn until(what: &str, mut f: impl FnMut() -> bool, secs: u64) {
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    while !f() {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The real binary, SIGKILLed (1) after a message is queued and before the sender ran,
/// (2) after the gateway took a message and before the desk recorded it. Each time the
/// person gets exactly one SMS after the restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_killed_between_queuing_and_sending_sends_once_after_restart() {
    use relais_e2e::process::DeskProcess;
    let gw = FakeGateway::start(Mode::Local).await;
    let dir = tempfile::tempdir().unwrap();
    // (1) Queued with the sender off, killed, restarted with the sender on.
    let mut desk = DeskProcess::start_with(dir.path(), &process_sms_config(&gw, false));
    gw.set_webhook(relais_e2e::Address::url(&desk, "/v1/sms/capcom"));
    let sub = |name: &str| {
        let mut s = submission(name);
        s.content.sms_ok = true;
        s
    };
    let s1: SubmitResponse = client()
        .post(relais_e2e::Address::url(&desk, "/v1/requests"))
        .json(&sub("Samir"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let confirm_at = |id: String| {
        let c = c.clone();
        let token = token.clone();
        let url = relais_e2e::Address::url(&desk, &format!("/console/requests/{id}/confirm"));
        async move {
            let res = c
                .post(url)
                .form(&[
                    ("csrf", token.as_str()),
                    ("kind", "nurse_intake"),
                    ("date", "2030-06-12"),
                    ("time", "14:30"),
                    ("place", "4 rue de la Gare, 75012 Paris"),
                    ("with_name", "Paul Girard"),
                    ("with_phone", "03 53 01 30 01"),
                ])
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 303);
        }
    };
    confirm_at(s1.id.to_string()).await;
    assert_eq!(states_of(&desk.location), ["queued"]);
    desk.kill();
    desk.reconfigure(&process_sms_config(&gw, true));
    desk.restart();
    let db = desk.location.clone();
    until(
        "the first confirmation to be delivered",
        || states_of(&db) == ["delivered"],
        30,
    )
    .await;
    assert_eq!(gw.sent().len(), 1);

    // (2) The gateway takes the next message and answers slowly; the desk dies meanwhile.
    gw.script(&[Answer::AcceptSlowly(Duration::from_secs(30))]);
    // Its reports come late too (a phone without data for a while).
    gw.set_report_delay(Duration::from_secs(120));
    let s2: SubmitResponse = client()
        .post(relais_e2e::Address::url(&desk, "/v1/requests"))
        .json(&sub("Léa"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (c2, token2) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let res = c2
        .post(relais_e2e::Address::url(
            &desk,
            &format!("/console/requests/{}/confirm", s2.id),
        ))
        .form(&[
            ("csrf", token2.as_str()),
            ("kind", "nurse_intake"),
            ("date", "2030-06-13"),
            ("time", "10:00"),
            ("place", "4 rue de la Gare, 75012 Paris"),
            ("with_name", "Paul Girard"),
            ("with_phone", "03 53 01 30 01"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    until(
        "the gateway to take the second message",
        || gw.sent().len() == 2,
        30,
    )
    .await;
    desk.kill();
    let mut states = states_of(&db);
    states.sort();
    assert_eq!(
        states,
        ["delivered", "sending"],
        "killed before the answer was recorded"
    );
    desk.restart();
    // After the lease (21 s) the desk sends again under the same id; the gateway knows it.
    until(
        "the resend to be recorded",
        || {
            let s = states_of(&db);
            s.len() == 2 && !s.iter().any(|x| x == "sending" || x == "queued")
        },
        60,
    )
    .await;
    assert_eq!(gw.sent().len(), 2, "one SMS per confirmation, none twice");
    assert!(gw.posts() >= 3);
    // The sender's and the webhook's log lines name ids and states, never the person.
    let log = desk.log();
    assert!(log.contains("sms handed to the gateway"), "{log}");
    for secret in [
        "639980012",
        "Samir",
        "Léa",
        "Rendez-vous",
        "rue de la Gare",
        "Tilleuls",
    ] {
        assert!(!log.contains(secret), "{secret} in the desk's log");
    }
}
