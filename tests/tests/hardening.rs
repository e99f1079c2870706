//! The console locked down, tried from outside: every route (GET and POST, signed in or not,
//! accepted or refused) answers with the security headers; over HTTPS the cookies are
//! `__Host-` prefixed and `Secure`.
#![allow(clippy::unwrap_used)]

use relais_e2e::{ADMIN, Desk, client, csrf, sign_in, submission};
use std::collections::BTreeSet;

/// Every `.route("…")` the desk's sources declare, so that a route added later cannot be
/// forgotten here.
fn declared_routes() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../desk/src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for part in text.split(".route(\"").skip(1) {
                    found.insert(part.split('"').next().unwrap().to_owned());
                }
            }
        }
    }
    found
}

fn check_headers(res: &reqwest::Response, what: &str) {
    let h = res.headers();
    let get = |name: &str| {
        h.get(name)
            .unwrap_or_else(|| panic!("{what}: no {name}"))
            .to_str()
            .unwrap()
            .to_owned()
    };
    let cache = get("cache-control");
    if what.ends_with(" /v1/directory") {
        assert_eq!(
            cache, "no-cache",
            "{what}: the signed directory is revalidated"
        );
    } else {
        assert_eq!(cache, "no-store", "{what}");
    }
    let csp = get("content-security-policy");
    for part in [
        "default-src 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
        "script-src 'none'",
    ] {
        assert!(csp.contains(part), "{what}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    assert_eq!(get("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(get("referrer-policy"), "no-referrer", "{what}");
    assert_eq!(get("x-frame-options"), "DENY", "{what}");
}

/// (method, route template as declared, concrete path, form fields).
type Step<'a> = (&'a str, &'a str, String, Vec<(String, String)>);

#[tokio::test]
async fn every_route_answers_with_the_security_headers() {
    let desk = Desk::start().await;
    let sub = submission("Samir");
    let done: relais_core::wire::SubmitResponse = client()
        .post(desk.url("/v1/requests"))
        .json(&sub)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = done.id.to_string();
    let (c, token) = sign_in(&desk, ADMIN.0, ADMIN.1).await;
    let anonymous = client();
    let form = |extra: &[(&str, &str)]| {
        let mut f = vec![("csrf".to_owned(), token.clone())];
        f.extend(
            extra
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        f
    };
    let walk: Vec<Step> = vec![
        ("GET", "/", "/".into(), vec![]),
        ("GET", "/healthz", "/healthz".into(), vec![]),
        ("GET", "/login", "/login".into(), vec![]),
        (
            "POST",
            "/login",
            "/login".into(),
            form(&[("login", "x"), ("password", "y")]),
        ),
        ("GET", "/console", "/console".into(), vec![]),
        ("GET", "/console/calls", "/console/calls".into(), vec![]),
        ("GET", "/console/done", "/console/done".into(), vec![]),
        (
            "GET",
            "/console/call-sheet",
            "/console/call-sheet".into(),
            vec![],
        ),
        (
            "GET",
            "/console/requests/{id}",
            format!("/console/requests/{id}"),
            vec![],
        ),
        (
            "POST",
            "/console/requests/{id}/call",
            format!("/console/requests/{id}/call"),
            form(&[("outcome", "no_answer")]),
        ),
        (
            "POST",
            "/console/requests/{id}/confirm",
            format!("/console/requests/{id}/confirm"),
            form(&[
                ("kind", "medical"),
                ("place", ""),
                ("with_name", ""),
                ("with_phone", ""),
            ]),
        ),
        (
            "POST",
            "/console/requests/{id}/reschedule",
            format!("/console/requests/{id}/reschedule"),
            form(&[("kind", "medical")]),
        ),
        (
            "POST",
            "/console/find",
            "/console/find".into(),
            form(&[("code", "KRA-479")]),
        ),
        (
            "POST",
            "/console/requests/{id}/redirect",
            format!("/console/requests/{id}/redirect"),
            form(&[
                ("to_structure", ""),
                ("to_name", ""),
                ("to_phone", "x"),
                ("why", ""),
            ]),
        ),
        (
            "POST",
            "/console/requests/{id}/close",
            format!("/console/requests/{id}/close"),
            form(&[("reason", "nonsense")]),
        ),
        ("GET", "/console/sms", "/console/sms".into(), vec![]),
        (
            "POST",
            "/console/sms/{id}/handled",
            "/console/sms/999/handled".into(),
            form(&[]),
        ),
        ("GET", "/console/staff", "/console/staff".into(), vec![]),
        (
            "POST",
            "/console/staff",
            "/console/staff".into(),
            form(&[
                ("login", "x"),
                ("display_name", "X"),
                ("phone", "0"),
                ("role", "admin"),
                ("password", "short"),
            ]),
        ),
        ("GET", "/console/audit", "/console/audit".into(), vec![]),
        ("GET", "/v1/openapi.json", "/v1/openapi.json".into(), vec![]),
        ("GET", "/v1/desk", "/v1/desk".into(), vec![]),
        ("GET", "/v1/directory", "/v1/directory".into(), vec![]),
        ("POST", "/v1/requests", "/v1/requests".into(), vec![]),
        (
            "GET",
            "/v1/requests/{id}",
            format!("/v1/requests/{id}"),
            vec![],
        ),
        (
            "POST",
            "/v1/requests/{id}/withdraw",
            format!("/v1/requests/{id}/withdraw"),
            vec![],
        ),
        ("POST", "/v1/sms/inbound", "/v1/sms/inbound".into(), vec![]),
        ("POST", "/v1/sms/capcom", "/v1/sms/capcom".into(), vec![]),
        ("GET", "/console/figures", "/console/figures".into(), vec![]),
        (
            "GET",
            "/console/figures.csv",
            "/console/figures.csv".into(),
            vec![],
        ),
        ("GET", "/console/overdue", "/console/overdue".into(), vec![]),
        (
            "POST",
            "/console/requests/{id}/hand-over",
            format!("/console/requests/{id}/hand-over"),
            form(&[("to", "cmp-inconnu")]),
        ),
        (
            "POST",
            "/console/requests/{id}/revoke",
            format!("/console/requests/{id}/revoke"),
            form(&[]),
        ),
        ("GET", "/copie", "/copie".into(), vec![]),
        (
            "POST",
            "/copie",
            "/copie".into(),
            form(&[("code", "KAH-996-YCF-746-AYX")]),
        ),
        (
            "POST",
            "/copie/retirer",
            "/copie/retirer".into(),
            form(&[("code", "KAH-996-YCF-746-AYX")]),
        ),
        ("GET", "/partenaire", "/partenaire".into(), vec![]),
        (
            "GET",
            "/partenaire/orientation",
            "/partenaire/orientation".into(),
            vec![],
        ),
        (
            "POST",
            "/partenaire/orientation",
            "/partenaire/orientation".into(),
            form(&[]),
        ),
        (
            "POST",
            "/partenaire/accord",
            "/partenaire/accord".into(),
            form(&[]),
        ),
        (
            "GET",
            "/partenaire/orientations/{id}",
            format!("/partenaire/orientations/{id}"),
            vec![],
        ),
        (
            "POST",
            "/partenaire/orientations/{id}/revoke",
            format!("/partenaire/orientations/{id}/revoke"),
            form(&[]),
        ),
        ("POST", "/v1/referrals", "/v1/referrals".into(), vec![]),
        (
            "GET",
            "/v1/referrals/{id}",
            format!("/v1/referrals/{id}"),
            vec![],
        ),
        (
            "POST",
            "/v1/referrals/{id}/revoke",
            format!("/v1/referrals/{id}/revoke"),
            vec![],
        ),
        (
            "POST",
            "/v1/copies/lookup",
            "/v1/copies/lookup".into(),
            vec![],
        ),
        (
            "POST",
            "/v1/copies/revoke",
            "/v1/copies/revoke".into(),
            vec![],
        ),
        ("GET", "", "/no/such/page".into(), vec![]),
        // Last: it ends the session.
        ("POST", "/logout", "/logout".into(), form(&[])),
    ];
    let walked: BTreeSet<String> = walk.iter().map(|w| w.1.to_owned()).collect();
    let missing: Vec<_> = declared_routes().difference(&walked).cloned().collect();
    assert!(
        missing.is_empty(),
        "routes this test does not walk: {missing:?}"
    );
    let mut seen = BTreeSet::new();
    for (method, _, path, fields) in &walk {
        // Signed in and anonymous: a refusal carries the headers as well as a page.
        for (who, client) in [("staff", &c), ("anonymous", &anonymous)] {
            let url = desk.url(path);
            let req = match *method {
                "GET" => client.get(url).bearer_auth(&done.token),
                _ if path.starts_with("/v1/") => client.post(url).json(&serde_json::json!({})),
                _ => client.post(url).form(fields),
            };
            let res = req.send().await.unwrap();
            seen.insert(res.status().as_u16());
            check_headers(&res, &format!("{who} {method} {path}"));
        }
    }
    // The walk met pages, redirects and refusals, not only one kind of answer.
    for status in [200, 303, 403, 404, 422] {
        assert!(seen.contains(&status), "no {status} in {seen:?}");
    }
}

fn set_cookies(res: &reqwest::Response) -> Vec<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

/// The cookie pair `name=value` of a `Set-Cookie` line.
fn pair(line: &str) -> String {
    line.split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn over_https_the_cookies_are_host_prefixed_and_secure() {
    let desk = Desk::start_with(|c| c.public_url = Some("https://cmp.example.fr".into())).await;
    // The test talks plain HTTP on loopback (TLS ends at the hospital's proxy); a browser
    // would send these cookies only over HTTPS, so they are carried by hand.
    let c = client();
    let page = c.get(desk.url("/login")).send().await.unwrap();
    let cookies = set_cookies(&page);
    assert_eq!(cookies.len(), 1, "{cookies:?}");
    let pre = &cookies[0];
    assert!(pre.starts_with("__Host-relais_login_csrf="), "{pre}");
    for part in ["; Secure", "; Path=/", "; HttpOnly", "; SameSite=Strict"] {
        assert!(pre.contains(part), "{pre}");
    }
    assert!(!pre.contains("Domain"), "{pre}");
    let token = csrf(&page.text().await.unwrap());
    let res = c
        .post(desk.url("/login"))
        .header("cookie", pair(pre))
        .form(&[("login", ADMIN.0), ("password", ADMIN.1), ("csrf", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let session = set_cookies(&res)
        .into_iter()
        .find(|l| l.starts_with("__Host-relais_session="))
        .expect("a prefixed session cookie");
    assert!(
        session.contains("; Secure") && session.contains("; Path=/"),
        "{session}"
    );
    let calls = c
        .get(desk.url("/console/calls"))
        .header("cookie", pair(&session))
        .send()
        .await
        .unwrap();
    assert_eq!(calls.status(), 200);
    // The same value without the prefix is not a session.
    let plain = pair(&session).replacen("__Host-", "", 1);
    let res = c
        .get(desk.url("/console/calls"))
        .header("cookie", plain)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}
