//! The reception console over HTTP: sign-in, CSRF, session fixation, lockout, roles, and the
//! phone-confirmation workflow seen from the person's side.
#![allow(clippy::unwrap_used)]

use relais_core::request::RequestState;
use relais_core::wire::{RequestStatus, SubmitResponse};
use relais_e2e::{
    ADMIN, Desk, RECEPTION, browser, client, csrf, page_text, sign_in, submission, submit_login,
};

async fn submitted(desk: &Desk, name: &str) -> SubmitResponse {
    client()
        .post(desk.url("/v1/requests"))
        .json(&submission(name))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn status(desk: &Desk, s: &SubmitResponse) -> RequestStatus {
    client()
        .get(desk.url(&format!("/v1/requests/{}", s.id)))
        .bearer_auth(&s.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn pages_need_a_session() {
    let desk = Desk::start().await;
    for path in [
        "/console/calls",
        "/console/call-sheet",
        "/console/staff",
        "/console/audit",
        "/console/sms",
        "/console/figures",
        "/console/figures.csv",
    ] {
        let res = client().get(desk.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 303, "{path}");
        assert_eq!(res.headers()["location"], "/login");
    }
}

#[tokio::test]
async fn call_confirm_and_the_person_sees_a_named_human() {
    let desk = Desk::start().await;
    let s = submitted(&desk, "Samir").await;
    let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let list = page_text(&c, desk.url("/console/calls")).await;
    assert!(list.contains("Samir") && list.contains("06 39 98 00 12"));
    let base = desk.url(&format!("/console/requests/{}", s.id));
    let res = c
        .post(format!("{base}/call"))
        .form(&[("csrf", token.as_str()), ("outcome", "no_answer")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let st = status(&desk, &s).await;
    match &st.state {
        RequestState::Contacting {
            attempts: 1,
            handled_by: Some(h),
            ..
        } => assert_eq!(h.who.name(), Some("Claire Martin")),
        other => panic!("{other:?}"),
    }
    let res = c
        .post(format!("{base}/confirm"))
        .form(&[
            ("csrf", token.as_str()),
            ("kind", "nurse_intake"),
            ("date", "2030-12-03"),
            ("time", "14:30"),
            ("place", "11 route de Montrelais, 96200 Montrelais"),
            ("with_name", "Paul Girard"),
            ("with_phone", "03 53 01 30 01"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let st = status(&desk, &s).await;
    let RequestState::Confirmed(a) = &st.state else {
        panic!("{:?}", st.state)
    };
    assert_eq!(a.with.who.name(), Some("Paul Girard"));
    assert_eq!(a.confirmed_by, "Claire Martin");
    assert_eq!(a.when.unwrap().to_rfc3339(), "2030-12-03T14:30:00+01:00");
    // The neutral SMS: date, time, address, phone, and no clinical word.
    let page = c.get(&base).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Rendez-vous mardi 3 décembre à 14 h 30, 11 route de Montrelais, 96200 Montrelais. Pour changer ou annuler : 03 53 01 30 01."), "{page}");
    let body: String = desk.sql(|db| {
        db.query_row(
            "SELECT body FROM sms_outbox WHERE kind = 'confirmation'",
            [],
            |r| r.get(0),
        )
    });
    for word in ["psy", "CMP", "santé mentale", "Samir"] {
        assert!(!body.contains(word), "{word} in {body}");
    }
    // Confirming twice is refused by the state machine, in plain words.
    let res = c
        .post(format!("{base}/close"))
        .form(&[("csrf", token.as_str()), ("reason", "unreachable")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    // Every action is in the audit log, without personal data.
    let actions: Vec<String> = desk.sql(|db| {
        db.prepare(
            "SELECT action || ' ' || detail FROM audit WHERE request_id IS NOT NULL ORDER BY id",
        )?
        .query_map([], |r| r.get(0))?
        .collect()
    });
    assert_eq!(
        actions,
        [
            "record a call for outcome=no_answer",
            "confirm kind=nurse_intake"
        ]
    );
    // Every row's detail and login, joined by spaces (as SQLite's `group_concat`, which
    // PostgreSQL lacks, would: rows where either is NULL are left out).
    let audit: Vec<Option<String>> = desk.sql(|db| {
        db.prepare("SELECT detail || staff_login FROM audit")?
            .query_map([], |r| r.get(0))?
            .collect()
    });
    let audit = audit.into_iter().flatten().collect::<Vec<_>>().join(" ");
    assert!(!audit.contains("Samir") && !audit.contains("0639"));
}

#[tokio::test]
async fn close_and_redirect_still_name_someone_to_call() {
    let desk = Desk::start().await;
    let a = submitted(&desk, "A").await;
    let b = submitted(&desk, "B").await;
    let (c, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let res = c
        .post(desk.url(&format!("/console/requests/{}/redirect", a.id)))
        .form(&[
            ("csrf", token.as_str()),
            ("to_structure", "Équipe mobile du Val-de-Relais"),
            ("to_name", "Karim Benali"),
            ("to_phone", "05 36 49 70 01"),
            ("why", "Elle va vers les personnes à la rue."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let RequestState::Redirected { to, .. } = status(&desk, &a).await.state else {
        panic!()
    };
    assert_eq!(
        (to.who.name(), to.phone.as_str()),
        (Some("Karim Benali"), "+33536497001")
    );
    // "Other" needs a reason in plain words.
    let res = c
        .post(desk.url(&format!("/console/requests/{}/close", b.id)))
        .form(&[("csrf", token.as_str()), ("reason", "other"), ("note", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let res = c
        .post(desk.url(&format!("/console/requests/{}/close", b.id)))
        .form(&[("csrf", token.as_str()), ("reason", "unreachable")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(matches!(
        status(&desk, &b).await.state,
        RequestState::Closed { .. }
    ));
}

#[tokio::test]
async fn forms_without_the_right_csrf_token_change_nothing() {
    let desk = Desk::start().await;
    let s = submitted(&desk, "Samir").await;
    let (c, _token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let url = desk.url(&format!("/console/requests/{}/call", s.id));
    for form in [
        vec![("outcome", "reached")],
        vec![("outcome", "reached"), ("csrf", "forged")],
    ] {
        let res = c.post(&url).form(&form).send().await.unwrap();
        assert!(
            res.status() == 403 || res.status() == 422,
            "{}",
            res.status()
        );
    }
    assert!(matches!(
        status(&desk, &s).await.state,
        RequestState::Received { .. }
    ));
    // The login form needs its own token and the matching cookie.
    let res = browser()
        .post(desk.url("/login"))
        .form(&[
            ("login", RECEPTION.0),
            ("password", RECEPTION.1),
            ("csrf", "guess"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn a_session_id_chosen_before_sign_in_is_never_used() {
    let desk = Desk::start().await;
    let c = client();
    let page = page_text(&c, desk.url("/login")).await;
    // An attacker plants a session cookie, then the victim signs in.
    let planted = "attacker-chosen-session-id";
    let token = csrf(&page);
    let res = c
        .post(desk.url("/login"))
        .header(
            "cookie",
            format!("relais_session={planted}; relais_login_csrf={token}"),
        )
        .form(&[
            ("login", RECEPTION.0),
            ("password", RECEPTION.1),
            ("csrf", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let set: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let session = set
        .iter()
        .find(|c| c.starts_with("relais_session="))
        .unwrap();
    assert!(!session.contains(planted));
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Strict"));
    // The planted id opens nothing.
    let res = client()
        .get(desk.url("/console/calls"))
        .header("cookie", format!("relais_session={planted}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn repeated_failures_lock_the_account() {
    let desk = Desk::start().await;
    let c = browser();
    let attempt = |password: &'static str| submit_login(&c, &desk, RECEPTION.0, password);
    for _ in 0..5 {
        assert_eq!(attempt("wrong-password").await.status(), 401);
    }
    // Locked: even the right password is refused for now.
    let res = attempt(RECEPTION.1).await;
    assert_eq!(res.status(), 423);
    assert!(res.text().await.unwrap().contains("Compte bloqué"));
    // An unknown login looks like a wrong password.
    let res = submit_login(&c, &desk, "nobody", "x").await;
    assert_eq!(res.status(), 401);
    let locked: i64 = desk.sql(|db| {
        db.query_row(
            "SELECT COUNT(*) FROM audit WHERE action = 'login_locked'",
            [],
            |r| r.get(0),
        )
    });
    assert_eq!(locked, 1);
}

#[tokio::test]
async fn only_admins_manage_staff_and_read_the_audit() {
    let desk = Desk::start().await;
    let (reception, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    assert_eq!(
        reception
            .get(desk.url("/console/staff"))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
    assert_eq!(
        reception
            .get(desk.url("/console/audit"))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
    let res = reception
        .post(desk.url("/console/staff"))
        .form(&[
            ("csrf", token.as_str()),
            ("login", "x"),
            ("display_name", "X"),
            ("phone", "01 99 00 00 01"),
            ("role", "admin"),
            ("password", "a-long-password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let (admin, token) = sign_in(&desk, ADMIN.0, ADMIN.1).await;
    let form = |password: &'static str| {
        vec![
            ("csrf", token.clone()),
            ("login", "nouvelle".into()),
            ("display_name", "Inès Dupont".into()),
            ("phone", "01 99 00 10 05".into()),
            ("role", "reception".into()),
            ("password", password.into()),
        ]
    };
    let res = admin
        .post(desk.url("/console/staff"))
        .form(&form("court"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let res = admin
        .post(desk.url("/console/staff"))
        .form(&form("un-mot-de-passe-long"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    sign_in(&desk, "nouvelle", "un-mot-de-passe-long").await;
    let audit = page_text(&admin, desk.url("/console/audit")).await;
    assert!(audit.contains("add_staff") && audit.contains("login=nouvelle"));
    // The audit log refuses changes, even from SQL.
    let (update, delete) = desk.sql(|db| {
        Ok((
            db.execute("UPDATE audit SET action = 'x'", []),
            db.execute("DELETE FROM audit", []),
        ))
    });
    assert!(update.is_err());
    assert!(delete.is_err());
}

#[tokio::test]
async fn printable_call_sheet_lists_the_people_to_call() {
    let desk = Desk::start().await;
    submitted(&desk, "Samir").await;
    submitted(&desk, "Léa").await;
    let (c, _) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let sheet = page_text(&c, desk.url("/console/call-sheet")).await;
    assert!(sheet.contains("@media print"));
    let samir = sheet.find("Samir").unwrap();
    let lea = sheet.find("Léa").unwrap();
    assert!(samir < lea, "oldest first");
}

#[tokio::test]
async fn managers_see_figures_per_cmp_and_week_never_per_person() {
    let desk = Desk::start().await;
    let s = submitted(&desk, "Samir").await;
    submitted(&desk, "Léa").await;
    let (reception, token) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let res = reception
        .post(desk.url(&format!("/console/requests/{}/call", s.id)))
        .form(&[("csrf", token.as_str()), ("outcome", "no_answer")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // Reception staff do not see the managers' page.
    for path in ["/console/figures", "/console/figures.csv"] {
        let res = reception.get(desk.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 403, "{path}");
    }
    let (admin, _) = sign_in(&desk, ADMIN.0, ADMIN.1).await;
    let page = page_text(&admin, desk.url("/console/figures")).await;
    assert!(page.contains("aucun chiffre par agent"), "{page}");
    // This week: two requests by the app, one called; the agent who called is not named.
    assert!(page.contains("2 (2 appli)"), "{page}");
    assert!(
        !page.contains("Claire Martin"),
        "a staff member is named: {page}"
    );
    assert!(!page.contains("Samir") && !page.contains("06 39 98 00 12"));
    let csv = admin
        .get(desk.url("/console/figures.csv?semaines=4"))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), 200);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert!(lines[0].starts_with("\u{feff}cmp;cle_cmp;semaine_du;recues;"));
    // Four weeks for each CMP served, every one even when empty; the requests' CMP's
    // most recent week first: 2 received, 2 by the app.
    let weeks = lines.len() - 1;
    assert!(weeks >= 4 && weeks.is_multiple_of(4), "{csv}");
    let mine: Vec<&&str> = lines
        .iter()
        .filter(|l| l.contains(";cmp-collines;"))
        .collect();
    assert_eq!(mine.len(), 4, "{csv}");
    let this_week: Vec<&str> = mine[0].split(';').collect();
    assert_eq!(&this_week[3..6], ["2", "2", "0"], "{csv}");
    assert_eq!(this_week[16], "2", "both still wait: {csv}");
    assert!(!csv.contains("Claire") && !csv.contains("Samir"));
    // A period that is not a number of weeks is refused in plain words.
    let res = admin
        .get(desk.url("/console/figures?semaines=abc"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("entre 1 et 104"));
    // The export is in the audit log.
    let exports: i64 = desk.sql(|db| {
        db.query_row(
            "SELECT COUNT(*) FROM audit WHERE action = 'figures_export' AND detail = 'weeks=4'",
            [],
            |r| r.get(0),
        )
    });
    assert_eq!(exports, 1);
}

#[tokio::test]
async fn staff_of_one_cmp_never_see_another_cmps_requests() {
    let desk = Desk::start().await;
    let collines = submitted(&desk, "Samir").await;
    let mut other = submission("Léa");
    other.structure_key = Some("cmp-plaine".into());
    let plaine: SubmitResponse = client()
        .post(desk.url("/v1/requests"))
        .json(&other)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    // The group's admin gives a new agent the CMP de la Plaine only.
    let (admin, token) = sign_in(&desk, ADMIN.0, ADMIN.1).await;
    let add = |login: &'static str, cmp: &'static str| {
        vec![
            ("csrf", token.clone()),
            ("login", login.into()),
            ("display_name", "Inès Dupont".into()),
            ("phone", "01 99 00 10 05".into()),
            ("role", "reception".into()),
            ("password", "un-mot-de-passe-long".into()),
            ("cmp", cmp.into()),
        ]
    };
    let res = admin
        .post(desk.url("/console/staff"))
        .form(&add("ailleurs", "cmp-qui-n-existe-pas"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422, "a CMP the desk does not serve");
    let res = admin
        .post(desk.url("/console/staff"))
        .form(&add("plaine", "cmp-plaine"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let team = res.text().await.unwrap();
    assert!(team.contains("CMP de la Plaine") && team.contains("Tous les CMP"));

    let (agent, token) = sign_in(&desk, "plaine", "un-mot-de-passe-long").await;
    for path in ["/console/calls", "/console/call-sheet"] {
        let page = page_text(&agent, desk.url(path)).await;
        assert!(page.contains("Léa"), "{path}: {page}");
        assert!(
            !page.contains("Samir"),
            "{path} shows another CMP's request"
        );
    }
    // Neither by page nor by a guessed id, to read or to act.
    let base = desk.url(&format!("/console/requests/{}", collines.id));
    assert_eq!(agent.get(&base).send().await.unwrap().status(), 404);
    for (action, form) in [
        (
            "call",
            vec![("csrf", token.as_str()), ("outcome", "no_answer")],
        ),
        (
            "close",
            vec![("csrf", token.as_str()), ("reason", "unreachable")],
        ),
    ] {
        let res = agent
            .post(format!("{base}/{action}"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 404, "{action}");
    }
    assert!(matches!(
        status(&desk, &collines).await.state,
        RequestState::Received { .. }
    ));
    // Their own CMP's request works as usual, with that CMP's line and address (from the
    // directory) offered for the appointment and named to the person on closing.
    let own = desk.url(&format!("/console/requests/{}", plaine.id));
    let res = agent.get(&own).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("value=\"2 place de la Mairie, 96120 Saint-Aubin-la-Plaine\""),
        "{page}"
    );
    assert!(page.contains("value=\"02 61 91 20 01\""), "{page}");
    assert!(page.contains("02 61 91 20 01 (CMP de la Plaine)"), "{page}");
    let res = agent
        .post(format!("{own}/call"))
        .form(&[("csrf", token.as_str()), ("outcome", "no_answer")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // The attempts are in the audit log.
    let attempts: Vec<String> = desk.sql(|db| {
        db.prepare(
            "SELECT detail FROM audit WHERE action = 'out_of_scope' AND staff_login = 'plaine'
             AND request_id = ?1 ORDER BY id",
        )?
        .query_map([collines.id.to_string()], |r| r.get(0))?
        .collect()
    });
    assert_eq!(attempts, ["action=view", "action=call", "action=closed"]);
    // The agents who serve every CMP still see both.
    let (reception, rtoken) = sign_in(&desk, RECEPTION.0, RECEPTION.1).await;
    let page = page_text(&reception, desk.url("/console/calls")).await;
    assert!(page.contains("Samir") && page.contains("Léa"));
    // Handed to the CMP de la Plaine inside the group: the same request, history and token.
    let res = agent
        .post(format!("{base}/hand-over"))
        .form(&[("csrf", token.as_str()), ("to", "cmp-plaine")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404, "not theirs to hand over");
    let res = reception
        .post(format!("{base}/hand-over"))
        .form(&[("csrf", rtoken.as_str()), ("to", "cmp-inconnu")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let res = reception
        .post(format!("{base}/hand-over"))
        .form(&[("csrf", rtoken.as_str()), ("to", "cmp-plaine")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/console/calls?done=handed_over");
    assert_eq!(agent.get(&base).send().await.unwrap().status(), 200);
    let st = status(&desk, &collines).await;
    assert!(matches!(st.state, RequestState::Received { .. }));
    let handed: String = desk.sql(|db| {
        db.query_row(
            "SELECT detail FROM audit WHERE action = 'hand_over' AND request_id = ?1",
            [collines.id.to_string()],
            |r| r.get(0),
        )
    });
    assert_eq!(handed, "from=cmp-collines to=cmp-plaine");
    // An admin of one CMP gives no more than that CMP to the people they add.
    let mut form = add("admin-plaine", "cmp-plaine");
    form[4] = ("role", "admin".into());
    let res = admin
        .post(desk.url("/console/staff"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let (local_admin, ltoken) = sign_in(&desk, "admin-plaine", "un-mot-de-passe-long").await;
    for (login, cmp, expected) in [
        ("tous", "", 422),
        ("collines", "cmp-collines", 422),
        ("plaine2", "cmp-plaine", 200),
    ] {
        let mut form = vec![
            ("csrf", ltoken.clone()),
            ("login", login.to_owned()),
            ("display_name", "Jo Martin".to_owned()),
            ("phone", "01 99 00 10 06".to_owned()),
            ("role", "reception".to_owned()),
            ("password", "un-mot-de-passe-long".to_owned()),
        ];
        if !cmp.is_empty() {
            form.push(("cmp", cmp.to_owned()));
        }
        let res = local_admin
            .post(desk.url("/console/staff"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), expected, "{login}");
    }
    // Their team and journal are their CMP's: not the other CMPs' people or requests.
    let kept = submitted(&desk, "Nadia").await;
    let res = reception
        .post(desk.url(&format!("/console/requests/{}/call", kept.id)))
        .form(&[("csrf", rtoken.as_str()), ("outcome", "no_answer")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let team = page_text(&local_admin, desk.url("/console/staff")).await;
    assert!(
        team.contains(">plaine2<") && team.contains(">plaine<"),
        "{team}"
    );
    assert!(!team.contains(">accueil<"), "another CMP's agent: {team}");
    let journal = page_text(&local_admin, desk.url("/console/audit")).await;
    assert!(journal.contains(&plaine.id.to_string()), "{journal}");
    assert!(
        journal.contains(&collines.id.to_string()),
        "handed over to them"
    );
    assert!(
        !journal.contains(&kept.id.to_string()),
        "another CMP's request: {journal}"
    );
    let group = page_text(&admin, desk.url("/console/audit")).await;
    assert!(
        group.contains(&kept.id.to_string()),
        "the group's admin sees all"
    );
}
