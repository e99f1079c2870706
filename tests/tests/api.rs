//! The desk's `/v1` API on a real desk on loopback: every route, idempotency, capability
//! tokens, limits and malformed input.
#![allow(clippy::unwrap_used)]

use relais_core::request::RequestState;
use relais_core::wire::{ApiError, DeskEntry, RequestStatus, SubmitResponse};
use relais_desk::{api, demo, secrets};
use relais_e2e::{Desk, client, submission};
use serde_json::{Value, json};

async fn submit(desk: &Desk, body: &impl serde::Serialize) -> reqwest::Response {
    client()
        .post(desk.url("/v1/requests"))
        .json(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn health_desk_entry_and_directory() {
    let desk = Desk::start().await;
    let c = client();
    assert_eq!(
        c.get(desk.url("/healthz"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "ok"
    );
    let entry: DeskEntry = c
        .get(desk.url("/v1/desk"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(entry.phone.as_str(), "+33199001001");
    assert!(entry.structures.contains(&"cmp-collines".to_owned()));
    let res = c.get(desk.url("/v1/directory")).send().await.unwrap();
    assert_eq!(
        res.headers()["content-type"],
        "application/vnd.relais.directory"
    );
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    // Signed, as a phone opens it.
    let dir = relais_core::directory::signature::open(
        &res.bytes().await.unwrap(),
        relais_core::directory::signature::TRUSTED,
    )
    .unwrap();
    assert!(dir.meta().demo);
    let again = c
        .get(desk.url("/v1/directory"))
        .header("if-none-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
}

#[tokio::test]
async fn openapi_document_matches_the_routes() {
    let desk = Desk::start_with(|c| c.sms_secret = Some("s".into())).await;
    let doc: Value = client()
        .get(desk.url("/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let paths = doc["paths"].as_object().unwrap();
    let mut documented = Vec::new();
    for (path, ops) in paths {
        for method in ops.as_object().unwrap().keys() {
            documented.push(format!("{} {path}", method.to_uppercase()));
            // Every documented operation is routed: never 404 for the route or 405.
            let url = desk.url(&path.replace("{id}", &uuid::Uuid::now_v7().to_string()));
            let req = match method.as_str() {
                "get" => client().get(url),
                "post" => client()
                    .post(url)
                    .header("content-type", "application/json")
                    .body("{}"),
                other => panic!("undocumented method {other}"),
            };
            let res = req.send().await.unwrap();
            assert_ne!(res.status(), 405, "{method} {path}");
            if res.status() == 404 {
                let err: ApiError = res.json().await.unwrap();
                assert_ne!(err.error, "", "{method} {path} is not routed");
            }
        }
    }
    documented.sort();
    // And every API route is documented.
    let mut routed = vec![
        "GET /healthz",
        "GET /v1/openapi.json",
        "GET /v1/desk",
        "GET /v1/directory",
        "POST /v1/requests",
        "GET /v1/requests/{id}",
        "POST /v1/requests/{id}/withdraw",
        "POST /v1/referrals",
        "GET /v1/referrals/{id}",
        "POST /v1/referrals/{id}/revoke",
        "POST /v1/copies/lookup",
        "POST /v1/copies/revoke",
        "POST /v1/sms/inbound",
        "POST /v1/sms/capcom",
    ];
    routed.sort();
    assert_eq!(documented, routed);
    // The source of the routes agrees with this list.
    let source = include_str!("../../desk/src/api.rs");
    for r in &routed {
        let path = r.split_once(' ').unwrap().1;
        assert!(
            source.contains(&format!(".route(\"{path}\"")),
            "{path} not in api.rs"
        );
    }
}

#[tokio::test]
async fn submission_is_idempotent_and_conflicts_are_refused() {
    let desk = Desk::start().await;
    let req = submission("Samir");
    let first = submit(&desk, &req).await;
    assert_eq!(first.status(), 201);
    let first: SubmitResponse = first.json().await.unwrap();
    assert!(matches!(first.status.state, RequestState::Received { .. }));
    let again = submit(&desk, &req).await;
    assert_eq!(again.status(), 200);
    let again: SubmitResponse = again.json().await.unwrap();
    assert_eq!(
        again.token, first.token,
        "a resubmission gets the same token"
    );
    let mut other = req.clone();
    other.content.name = "Quelqu'un".into();
    let res = submit(&desk, &other).await;
    assert_eq!(res.status(), 409);
    let count: i64 = desk.sql(|db| db.query_row("SELECT COUNT(*) FROM request", [], |r| r.get(0)));
    assert_eq!(count, 1, "never a duplicate");
}

#[tokio::test]
async fn a_token_reads_its_request_and_nothing_else() {
    let desk = Desk::start().await;
    let a: SubmitResponse = submit(&desk, &submission("A")).await.json().await.unwrap();
    let b: SubmitResponse = submit(&desk, &submission("B")).await.json().await.unwrap();
    let c = client();
    let get = |id: uuid::Uuid, token: Option<String>| {
        let mut r = c.get(desk.url(&format!("/v1/requests/{id}")));
        if let Some(t) = token {
            r = r.bearer_auth(t);
        }
        r.send()
    };
    let ok: RequestStatus = get(a.id, Some(a.token.clone()))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ok.id, a.id);
    assert_eq!(get(a.id, None).await.unwrap().status(), 401);
    assert_eq!(
        get(a.id, Some(b.token.clone())).await.unwrap().status(),
        404
    );
    assert_eq!(
        get(b.id, Some(a.token.clone())).await.unwrap().status(),
        404
    );
    for _ in 0..500 {
        let guess = secrets::random_token().unwrap();
        let res = get(a.id, Some(guess)).await.unwrap();
        assert_eq!(res.status(), 404);
    }
    // An unknown id answers exactly like a wrong token: no oracle.
    let unknown = get(uuid::Uuid::now_v7(), Some(a.token.clone()))
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    assert_eq!(
        get(a.id, Some("x".repeat(500))).await.unwrap().status(),
        401
    );
}

#[tokio::test]
async fn the_person_withdraws() {
    let desk = Desk::start().await;
    let a: SubmitResponse = submit(&desk, &submission("A")).await.json().await.unwrap();
    let c = client();
    let url = desk.url(&format!("/v1/requests/{}/withdraw", a.id));
    assert_eq!(c.post(&url).send().await.unwrap().status(), 401);
    let res = c.post(&url).bearer_auth(&a.token).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let status: RequestStatus = res.json().await.unwrap();
    assert!(matches!(status.state, RequestState::Closed { .. }));
    // Withdrawing twice is harmless.
    assert_eq!(
        c.post(&url)
            .bearer_auth(&a.token)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

#[tokio::test]
async fn bad_bodies_get_clear_errors_that_echo_nothing() {
    let desk = Desk::start().await;
    let c = client();
    let post = |body: String| {
        c.post(desk.url("/v1/requests"))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let res = post("{not json".into()).await.unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(
        res.json::<ApiError>().await.unwrap().error,
        "malformed_json"
    );
    let marker = "Marqueur-Secret-0639981234";
    let res = post(
        json!({"id": uuid::Uuid::now_v7(), "content": {"name": 42, "reach": marker}}).to_string(),
    )
    .await
    .unwrap();
    assert_eq!(res.status(), 422);
    let text = res.text().await.unwrap();
    assert!(!text.contains(marker), "{text}");
    let mut long = submission("x");
    long.content.name = "Un prénom beaucoup trop long pour un SMS".into();
    let res = submit(&desk, &long).await;
    assert_eq!(res.status(), 422);
    assert_eq!(
        res.json::<ApiError>().await.unwrap().error,
        "invalid_fields"
    );
    let huge = "x".repeat(17 * 1024);
    let res = post(huge).await.unwrap();
    assert_eq!(res.status(), 413);
    assert_eq!(res.json::<ApiError>().await.unwrap().error, "too_large");
    let res = c
        .get(desk.url("/v1/requests/not-a-uuid"))
        .bearer_auth("t")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn submissions_are_rate_limited_per_address() {
    let desk = Desk::start_with(|c| c.submit_per_minute = 5).await;
    let mut codes = Vec::new();
    for i in 0..7 {
        codes.push(
            submit(&desk, &submission(&format!("P{i}")))
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(&codes[..5], &[201; 5]);
    let res = submit(&desk, &submission("Z")).await;
    assert_eq!(res.status(), 429);
    assert_eq!(res.headers()["retry-after"], "60");
    assert_eq!(res.json::<ApiError>().await.unwrap().error, "rate_limited");
}

#[tokio::test]
async fn sms_gateway_webhook() {
    let desk = Desk::start().await;
    let c = client();
    let send = |from: &str, text: &str, secret: &str| {
        let body = serde_json::to_vec(&api::InboundSms {
            from: from.into(),
            text: text.into(),
        })
        .unwrap();
        let sig = secrets::sign(secret.as_bytes(), &body);
        c.post(desk.url("/v1/sms/inbound"))
            .header(api::SIGNATURE_HEADER, sig)
            .body(body)
            .send()
    };
    let content = relais_e2e::content("Yassine", "06 39 98 00 78");
    let id = uuid::Uuid::now_v7();
    let text =
        relais_core::sms::pack(&relais_core::sms::SmsRequest::from_content(id, &content)).unwrap();
    let res = send("+33639980078", &text, demo::SMS_SECRET).await.unwrap();
    assert_eq!(res.status(), 200);
    let reply: api::InboundReply = res.json().await.unwrap();
    assert_eq!(reply.status, "accepted");
    assert!(!reply.reply.to_lowercase().contains("psy"));
    // The same request later sent by the app is the same request, completed.
    let app = relais_core::wire::SubmitRequest {
        id,
        structure_key: None,
        content: content.clone(),
    };
    let res = submit(&desk, &app).await;
    assert_eq!(res.status(), 200);
    let (n, message): (i64, String) = desk.sql(|db| {
        db.query_row("SELECT COUNT(*), MAX(content) FROM request", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
    });
    assert_eq!(n, 1);
    assert!(message.contains("Message de Yassine"));
    // A damaged SMS is kept with the sender's number, to call back.
    let res = send("+33639980090", "RL1 abîmé", demo::SMS_SECRET)
        .await
        .unwrap();
    assert_eq!(
        res.json::<api::InboundReply>().await.unwrap().status,
        "to_call_back"
    );
    let sender: String =
        desk.sql(|db| db.query_row("SELECT sender FROM sms_callback", [], |r| r.get(0)));
    assert_eq!(sender, "+33639980090");
    // A wrong signature is refused and stores nothing.
    assert_eq!(
        send("+33639980091", "RL1 x", "wrong")
            .await
            .unwrap()
            .status(),
        401
    );
    let n: i64 = desk.sql(|db| db.query_row("SELECT COUNT(*) FROM sms_callback", [], |r| r.get(0)));
    assert_eq!(n, 1);
}

#[tokio::test]
async fn sms_webhook_is_off_without_a_secret() {
    let desk = Desk::start_with(|c| c.sms_secret = None).await;
    let res = client()
        .post(desk.url("/v1/sms/inbound"))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn a_real_desk_never_serves_the_demo_directory() {
    let desk = Desk::start_with(|c| c.demo = false).await;
    let res = client()
        .get(desk.url("/v1/directory"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    assert_eq!(res.json::<ApiError>().await.unwrap().error, "no_directory");
}

#[tokio::test]
async fn a_bad_configuration_stops_the_desk_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = demo::config("127.0.0.1:0".parse().unwrap(), dir.path().to_path_buf());
    config.phone = "01 23".into();
    let err = relais_desk::start(config).await.unwrap_err();
    assert!(
        format!("{err:#}").contains("the desk's phone '01 23'"),
        "{err:#}"
    );
}
