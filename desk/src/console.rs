//! The reception console: server-rendered pages in French that work without JavaScript on an
//! old hospital PC. Every form carries the session's CSRF token; every action is audited by
//! [`crate::requests::staff_event`].

use crate::auth::{self, AuthError, NewStaff, PRELOGIN_COOKIE, SESSION_COOKIE};
use crate::db::DbError;
use crate::requests::{self, DeskRequest, Staff, StaffRole};
use crate::sms::outbox::{Kind as SmsKind, Sms, State as SmsState};
use crate::{Shared, secrets, sms};
use axum::Router;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use relais_core::contact::{HumanContact, Phone, Role, Who};
use relais_core::orientation::{AgeBand, Place};
use relais_core::request::{
    Appointment, AppointmentKind, CallOutcome, CloseReason, Reach, RequestEvent, RequestState,
};
use relais_core::wire::Channel;
use serde::Deserialize;
use std::collections::HashMap;

use crate::referrals::duplicates;
use crate::referrals::lists::{self as referral_lists, Row as ReferralRow};

mod figures_page;

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/", get(|| async { Redirect::to("/console/calls") }))
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
        .route("/console", get(|| async { Redirect::to("/console/calls") }))
        .route("/console/calls", get(calls))
        .route("/console/done", get(done))
        .route("/console/call-sheet", get(call_sheet))
        .route("/console/requests/{id}", get(request_page))
        .route("/console/requests/{id}/call", post(record_call))
        .route("/console/requests/{id}/confirm", post(confirm))
        .route("/console/requests/{id}/reschedule", post(reschedule))
        .route("/console/find", post(find_by_code))
        .route("/console/requests/{id}/redirect", post(redirect))
        .route("/console/requests/{id}/close", post(close))
        .route("/console/requests/{id}/hand-over", post(hand_over))
        .route("/console/sms", get(sms_callbacks))
        .route("/console/sms/{id}/handled", post(sms_handled))
        .route("/console/staff", get(staff_page).post(add_staff))
        .route("/console/audit", get(audit_page))
        .route("/console/figures", get(figures_page::figures_page))
        .route("/console/figures.csv", get(figures_page::figures_csv))
        .route("/console/overdue", get(overdue_page))
        .route("/console/requests/{id}/revoke", post(revoke_referral))
        .merge(crate::partner::routes())
}

// ---------------------------------------------------------------------------------------------
// Sessions

pub(crate) fn cookie(state: &Shared, headers: &HeaderMap, name: &str) -> Option<String> {
    let name = state.config.cookie_name(name);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name.as_str())
        .map(|(_, v)| v.to_owned())
}

pub(crate) fn set_cookie(state: &Shared, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.config.secure_cookies() {
        "; Secure"
    } else {
        ""
    };
    let name = state.config.cookie_name(name);
    let v = format!("{name}={value}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&v).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A signed-in staff member. Without a live session, the page redirects to sign-in.
#[derive(Debug)]
pub struct Session {
    pub staff: Staff,
    pub csrf: String,
    pub(crate) cookie: String,
}

/// The signed-in person behind a cookie, whatever their role.
pub(crate) async fn signed_in(parts: &Parts, state: &Shared) -> Result<Session, Response> {
    let Some(value) = cookie(state, &parts.headers, SESSION_COOKIE) else {
        return Err(Redirect::to("/login").into_response());
    };
    let v = value.clone();
    let limits = state.config.session_limits();
    let found = state
        .db
        .read(move |c| auth::session(c, &v, limits, Utc::now()))
        .await;
    match found {
        Ok(Some(live)) => {
            if let Some(to) = live.extend_to {
                let v = value.clone();
                if let Err(e) = state.db.write(move |c| auth::extend(c, &v, to)).await {
                    return Err(error_page(&e.to_string()));
                }
            }
            Ok(Session {
                staff: live.staff,
                csrf: live.csrf,
                cookie: value,
            })
        }
        Ok(None) => Err(Redirect::to("/login").into_response()),
        Err(e) => Err(error_page(&e.to_string())),
    }
}

impl FromRequestParts<Shared> for Session {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Shared,
    ) -> Result<Self, Self::Rejection> {
        let session = signed_in(parts, state).await?;
        // A partner sees only their own referrals, on the partner pages: none of the console.
        if session.staff.role == StaffRole::Partner {
            return Err(Redirect::to("/partenaire").into_response());
        }
        Ok(session)
    }
}

impl Session {
    /// The form's CSRF token must be this session's.
    pub(crate) fn check(&self, form_csrf: &str) -> Result<(), Box<Response>> {
        if secrets::equal(self.csrf.as_bytes(), form_csrf.as_bytes()) {
            return Ok(());
        }
        let body = html! {
            h1 { "Ce formulaire a expiré" }
            p { "Rechargez la page, puis recommencez. Rien n'a été enregistré." }
        };
        Err(Box::new(
            (StatusCode::FORBIDDEN, page("Formulaire expiré", None, body)).into_response(),
        ))
    }

    fn admin(&self) -> Result<(), Box<Response>> {
        if self.staff.role == StaffRole::Admin {
            return Ok(());
        }
        let body = html! {
            h1 { "Accès réservé" }
            p { "Cette page est réservée aux administrateurs. Demandez à l'administrateur de votre service." }
        };
        Err(Box::new(
            (
                StatusCode::FORBIDDEN,
                page("Accès réservé", Some(self), body),
            )
                .into_response(),
        ))
    }
}

// ---------------------------------------------------------------------------------------------
// Layout

pub(crate) const CSS: &str = r#"
:root { --ink: #161616; --blue: #000091; --red: #a4000d; --green: #18753c; --bg: #f6f6f6; }
* { box-sizing: border-box; }
body { font-family: Marianne, Arial, sans-serif; font-size: 1.0625rem; line-height: 1.5; color: var(--ink); margin: 0; background: #fff; }
a { color: var(--blue); }
a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #0a76f6; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
header { background: var(--blue); color: #fff; padding: .75rem 1.5rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
header a { color: #fff; }
header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1.25rem; margin: 0; padding: 0; }
main { padding: 1rem 1.5rem 3rem; max-width: 72rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #929292; padding: .5rem; text-align: left; vertical-align: top; }
th { background: var(--bg); }
button, .button { font: inherit; min-height: 44px; min-width: 44px; padding: .5rem 1rem; border: 2px solid var(--blue); background: var(--blue); color: #fff; border-radius: 4px; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary { background: #fff; color: var(--blue); }
button.danger { background: var(--red); border-color: var(--red); }
button:disabled { background: #e5e5e5; border-color: #929292; color: #3a3a3a; cursor: not-allowed; }
label { display: block; font-weight: bold; margin-top: .75rem; }
input, select, textarea { font: inherit; min-height: 44px; padding: .4rem; border: 1px solid #3a3a3a; border-radius: 4px; width: 100%; max-width: 32rem; }
input[type=radio] { width: auto; min-height: 24px; min-width: 24px; }
fieldset { border: 1px solid #929292; margin: 1rem 0; padding: 1rem; }
legend { font-weight: bold; font-size: 1.125rem; }
.flag { display: inline-block; padding: .1rem .5rem; border-radius: 4px; background: #fee9e6; color: #6e0a0a; font-weight: bold; }
.ok { background: #dffee6; color: #0b4d1f; }
.notice { border-left: 5px solid var(--green); background: #dffee6; padding: .75rem 1rem; }
.error { border-left: 5px solid var(--red); background: #fee9e6; padding: .75rem 1rem; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; }
.hint { color: #3a3a3a; font-size: .95rem; margin: .25rem 0 0; }
label.inline { display: inline; font-weight: normal; }
.code-big { font-size: 1.75rem; letter-spacing: .1em; }
.qr { max-width: 12rem; }
@media print { header nav, form, .no-print { display: none !important; } body { font-size: 11pt; } th, td { border: 1px solid #000; } }
"#;

pub(crate) fn page(title: &str, session: Option<&Session>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="fr" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – Relais, accueil CMP" }
                style { (PreEscaped(CSS)) }
            }
            body {
                a.skip href="#contenu" { "Aller au contenu" }
                header {
                    div { strong { "Relais" } " – accueil des demandes" }
                    @if let Some(s) = session {
                        nav aria-label="Menu principal" {
                            ul {
                                @if s.staff.role == StaffRole::Partner {
                                    li { a href="/partenaire" { "Mes orientations" } }
                                    li { a href="/partenaire/orientation" { "Nouvelle orientation" } }
                                } @else {
                                li { a href="/console/calls" { "À appeler" } }
                                li { a href="/console/overdue" { "Orientations en retard" } }
                                li { a href="/console/call-sheet" { "Feuille du jour" } }
                                li { a href="/console/done" { "Traitées" } }
                                li { a href="/console/sms" { "SMS à rappeler" } }
                                @if s.staff.role == StaffRole::Admin {
                                    li { a href="/console/staff" { "Équipe" } }
                                    li { a href="/console/audit" { "Journal" } }
                                    li { a href="/console/figures" { "Chiffres" } }
                                }
                                }
                            }
                        }
                        form method="post" action="/logout" {
                            input type="hidden" name="csrf" value=(s.csrf);
                            span { (s.staff.display_name) " " }
                            button.secondary type="submit" { "Se déconnecter" }
                        }
                    }
                }
                main id="contenu" { (body) }
            }
        }
    }
}

pub(crate) fn error_page(detail: &str) -> Response {
    tracing::error!(error = %detail, "console");
    (StatusCode::INTERNAL_SERVER_ERROR, page("Erreur", None, html! {
        h1 { "Le serveur a un problème" }
        p { "Rien n'a été perdu de ce qui était déjà enregistré. Réessayez dans un instant. Si cela continue, utilisez la feuille du jour imprimée et prévenez l'administrateur." }
    }))
        .into_response()
}

pub(crate) fn db_error(e: DbError) -> Response {
    match e {
        DbError::NotFound | DbError::OutOfScope => (StatusCode::NOT_FOUND, page("Introuvable", None, html! {
            h1 { "Cette demande n'existe pas ou plus" }
            p { "Elle a peut-être été supprimée à la fin de sa durée de conservation. " a href="/console/calls" { "Retour à la liste" } }
        }))
            .into_response(),
        other => error_page(&other.to_string()),
    }
}

// ---------------------------------------------------------------------------------------------
// Formatting

/// A moment on the desk's clock (its département's time zone, [`crate::config::Config::time_zone`]).
pub(crate) fn local(t: DateTime<Utc>, tz: Tz) -> DateTime<Tz> {
    t.with_timezone(&tz)
}

const DAYS: [&str; 7] = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];

pub(crate) fn short_time(t: DateTime<Utc>, tz: Tz) -> String {
    let l = local(t, tz);
    format!(
        "{} {:02}/{:02} {:02} h {:02}",
        DAYS[l.weekday().num_days_from_monday() as usize],
        l.day(),
        l.month(),
        l.hour(),
        l.minute()
    )
}

fn waiting(since: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let d = now - since;
    if d.num_days() >= 1 {
        format!("{} j {} h", d.num_days(), d.num_hours() % 24)
    } else if d.num_hours() >= 1 {
        format!("{} h {:02}", d.num_hours(), d.num_minutes() % 60)
    } else {
        format!("{} min", d.num_minutes().max(0))
    }
}

/// "9 h" with non-breaking spaces, so that a time never wraps in a table cell.
fn hm(m: u16) -> String {
    if m.is_multiple_of(60) {
        format!("{}\u{a0}h", m / 60)
    } else {
        format!("{}\u{a0}h\u{a0}{:02}", m / 60, m % 60)
    }
}

fn windows(r: &DeskRequest) -> String {
    if r.content.call_windows.is_empty() {
        return "Pas de préférence".into();
    }
    r.content
        .call_windows
        .iter()
        .map(|w| {
            let days: Vec<&str> = (0..7)
                .filter(|d| w.days & (1 << d) != 0)
                .map(|d| DAYS[d])
                .collect();
            let days = if w.days == 0b1_1111 {
                "lun.–ven.".to_owned()
            } else {
                days.join(" ")
            };
            format!("{days} {}–{}", hm(w.from), hm(w.to))
        })
        .collect::<Vec<_>>()
        .join(" ; ")
}

pub(crate) fn language_name(code: &str) -> &str {
    match code {
        "fr" => "français",
        "en" => "anglais",
        "ar" => "arabe",
        "ps" => "pachto",
        "prs" | "fa" => "dari / persan",
        "es" => "espagnol",
        "pt" => "portugais",
        "ru" => "russe",
        "uk" => "ukrainien",
        "tir" | "ti" => "tigrigna",
        "so" => "somali",
        "ro" => "roumain",
        "tr" => "turc",
        "zh" => "chinois",
        "ber" => "tamazight",
        "wo" => "wolof",
        "bm" => "bambara",
        other => other,
    }
}

fn languages(r: &DeskRequest) -> String {
    if r.content.languages.is_empty() {
        return "français".into();
    }
    r.content
        .languages
        .iter()
        .map(|l| language_name(l.as_str()).to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

fn age_label(a: AgeBand) -> &'static str {
    match a {
        AgeBand::Under12 => "enfant (moins de 12 ans)",
        AgeBand::From12To15 => "12 à 15 ans",
        AgeBand::From16To17 => "16 ou 17 ans",
        AgeBand::From18To20 => "18 à 20 ans",
        AgeBand::From21 => "21 ans ou plus",
        AgeBand::Unknown => "âge non dit",
    }
}

pub(crate) fn state_label(s: &RequestState) -> String {
    match s {
        RequestState::Received { .. } => "Reçue – à appeler".into(),
        RequestState::Contacting { attempts, .. } => format!(
            "En cours ({attempts} appel{})",
            if *attempts > 1 { "s" } else { "" }
        ),
        RequestState::Confirmed(a) => match a.kind {
            AppointmentKind::WaitingList => "Sur liste d'attente".into(),
            _ => "Rendez-vous confirmé".into(),
        },
        RequestState::Redirected { .. } => "Orientée vers un autre lieu".into(),
        RequestState::Closed {
            why: CloseReason::Withdrawn,
            ..
        } => "Retirée par la personne".into(),
        RequestState::Closed { .. } => "Fermée".into(),
        other => other.name().into(),
    }
}

fn outcome_label(o: &str) -> &str {
    match o {
        "reached" => "joint",
        "no_answer" => "pas de réponse",
        "voicemail_left" => "message laissé",
        "wrong_number" => "mauvais numéro",
        other => other,
    }
}

fn place_label(state: &Shared, p: &Place) -> String {
    let name = |s: &str| -> String {
        relais_core::directory::Insee::parse(s)
            .ok()
            .and_then(|i| state.directory.commune_by_insee(i))
            .map_or_else(|| s.to_owned(), |c| format!("{} ({s})", c.name))
    };
    match p {
        Place::Address { commune, street } => match street {
            Some(st) => format!("{st}, {}", name(commune)),
            None => name(commune),
        },
        Place::NoFixedAddress {
            lived_3_months_in,
            domiciliation,
            sleeps_or_followed_in,
        } => {
            let mut parts = vec!["Sans domicile fixe".to_owned()];
            if let Some(c) = lived_3_months_in {
                parts.push(format!("vit depuis 3 mois à {}", name(c)));
            }
            if let Some(c) = domiciliation {
                parts.push(format!("domiciliation à {}", name(c)));
            }
            if let Some(c) = sleeps_or_followed_in {
                parts.push(format!("dort ou est suivi à {}", name(c)));
            }
            parts.join(" ; ")
        }
        Place::Unknown => "Lieu non dit".into(),
    }
}

pub(crate) fn structure_label(state: &Shared, key: Option<&str>) -> String {
    key.and_then(|k| state.directory.structure_by_key(k))
        .map_or_else(|| "Non précisé".to_owned(), |(_, s)| s.name.to_string())
}

pub(crate) fn phone_link(p: Phone) -> Markup {
    html! { a href=(p.tel_uri()) { (p.national()) } }
}

// ---------------------------------------------------------------------------------------------
// Sign-in

#[derive(Deserialize)]
struct LoginForm {
    login: String,
    password: String,
    csrf: String,
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

fn login_form(message: Option<&str>, csrf: &str) -> Markup {
    page(
        "Connexion",
        None,
        html! {
            h1 { "Connexion à l'accueil des demandes" }
            @if let Some(m) = message { p.error role="alert" { (m) } }
            form method="post" action="/login" {
                input type="hidden" name="csrf" value=(csrf);
                label for="login" { "Identifiant" }
                input id="login" name="login" autocomplete="username" required;
                label for="password" { "Mot de passe" }
                input id="password" name="password" type="password" autocomplete="current-password" required;
                p { button type="submit" { "Se connecter" } }
            }
            p.hint { "Mot de passe oublié ou compte bloqué : appelez l'administrateur de votre service." }
        },
    )
}

async fn login_page(State(state): State<Shared>) -> Response {
    let Ok(csrf) = secrets::random_token() else {
        return error_page("no randomness");
    };
    let mut res = login_form(None, &csrf).into_response();
    res.headers_mut().insert(
        header::SET_COOKIE,
        set_cookie(&state, PRELOGIN_COOKIE, &csrf, 3600),
    );
    res
}

async fn login(
    State(state): State<Shared>,
    headers: HeaderMap,
    form: axum::Form<LoginForm>,
) -> Response {
    let form = form.0;
    let fresh = secrets::random_token().unwrap_or_default();
    let again = |status: StatusCode, msg: &str| {
        let mut res = (status, login_form(Some(msg), &fresh)).into_response();
        res.headers_mut().insert(
            header::SET_COOKIE,
            set_cookie(&state, PRELOGIN_COOKIE, &fresh, 3600),
        );
        res
    };
    // Double-submit: the form's token must match the cookie set with the form.
    let cookie_csrf = cookie(&state, &headers, PRELOGIN_COOKIE).unwrap_or_default();
    if cookie_csrf.is_empty() || !secrets::equal(cookie_csrf.as_bytes(), form.csrf.as_bytes()) {
        return again(
            StatusCode::FORBIDDEN,
            "Ce formulaire a expiré. Recommencez.",
        );
    }
    let login = form.login.clone();
    let found = match state.db.read(move |c| auth::credentials(c, &login)).await {
        Ok(f) => f,
        Err(e) => return error_page(&e.to_string()),
    };
    let wrong = "Identifiant ou mot de passe incorrect.";
    let Some((staff_id, hash, _)) = found else {
        // Same work as a real check, so timing does not tell which logins exist.
        let _ = tokio::task::spawn_blocking(move || {
            auth::verify_password(&form.password, &auth::DUMMY_HASH)
        })
        .await;
        return again(StatusCode::UNAUTHORIZED, wrong);
    };
    let password = form.password;
    let ok = tokio::task::spawn_blocking(move || auth::verify_password(&password, &hash))
        .await
        .unwrap_or(false);
    let limits = state.config.session_limits();
    let now = Utc::now();
    match state
        .db
        .write(move |c| auth::finish_login(c, staff_id, ok, limits, now))
        .await
    {
        Ok(Ok((session, _csrf))) => {
            // A partner lands on their own referrals; the CMP's staff on the call list.
            let home = match state.db.read(move |c| auth::role_of(c, staff_id)).await {
                Ok(StaffRole::Partner) => "/partenaire",
                _ => "/console/calls",
            };
            let mut res = Redirect::to(home).into_response();
            let h = res.headers_mut();
            h.append(
                header::SET_COOKIE,
                set_cookie(
                    &state,
                    SESSION_COOKIE,
                    &session,
                    limits.absolute.num_seconds(),
                ),
            );
            h.append(
                header::SET_COOKIE,
                set_cookie(&state, PRELOGIN_COOKIE, "", 0),
            );
            res
        }
        Ok(Err(AuthError::WrongCredentials)) => again(StatusCode::UNAUTHORIZED, wrong),
        Ok(Err(AuthError::Locked(until))) => again(
            StatusCode::LOCKED,
            &format!(
                "Compte bloqué après {} essais, jusqu'à {} h {:02}. Appelez l'administrateur si c'est urgent.",
                auth::MAX_FAILURES,
                local(until, state.tz).hour(),
                local(until, state.tz).minute()
            ),
        ),
        Err(e) => error_page(&e.to_string()),
    }
}

/// Anyone signed in, staff or partner (signing out is for everyone).
pub(crate) struct AnySession(Session);

impl FromRequestParts<Shared> for AnySession {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Shared,
    ) -> Result<Self, Self::Rejection> {
        signed_in(parts, state).await.map(AnySession)
    }
}

async fn logout(
    State(state): State<Shared>,
    AnySession(session): AnySession,
    form: axum::Form<CsrfForm>,
) -> Response {
    if let Err(r) = session.check(&form.csrf) {
        return *r;
    }
    let (c, login) = (session.cookie.clone(), session.staff.login.clone());
    if let Err(e) = state.db.write(move |db| auth::logout(db, &c, &login)).await {
        return error_page(&e.to_string());
    }
    let mut res = Redirect::to("/login").into_response();
    res.headers_mut().insert(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, "", 0),
    );
    res
}

// ---------------------------------------------------------------------------------------------
// Lists

/// What the lists show beside each request: the referral it came from, the requests that
/// may be the same person's, and the moment before which a referral waits too long.
#[derive(Default)]
struct ListContext {
    referrals: HashMap<String, ReferralRow>,
    duplicates: HashMap<String, Vec<duplicates::Likely>>,
    overdue_before: Option<DateTime<Utc>>,
}

fn list_context(
    conn: &crate::sql::Connection,
    config: &crate::config::Config,
    staff: &Staff,
    now: DateTime<Utc>,
) -> Result<ListContext, DbError> {
    let window = chrono::Duration::days(i64::from(config.duplicate_days));
    // Twice the window back: a request still in the list may match one received after it.
    let recent = requests::received_since(conn, staff, now - window - window)?;
    Ok(ListContext {
        referrals: referral_lists::by_request(conn)?,
        duplicates: duplicates::find(&recent, window),
        overdue_before: Some(now - chrono::Duration::days(i64::from(config.referral_overdue_days))),
    })
}

/// Where a request came from, in the console's words.
fn source_label(r: &DeskRequest, referral: Option<&ReferralRow>) -> Markup {
    match referral {
        Some(f) => html! {
            "Orientation" @if f.by_partner { " (page partenaire)" }
            br; small { (f.professional.name) ", " (f.professional.organisation) }
        },
        None if r.channel == Channel::Sms => html! { "SMS" },
        None => html! { "Application" },
    }
}

fn call_table(
    state: &Shared,
    list: &[DeskRequest],
    ctx: &ListContext,
    now: DateTime<Utc>,
    links: bool,
) -> Markup {
    html! {
        table {
            caption.no-print { "Les demandes les plus anciennes d'abord." }
            thead { tr {
                th scope="col" { "Attend depuis" }
                th scope="col" { "Personne" }
                th scope="col" { "Source" }
                th scope="col" { "Téléphone" }
                th scope="col" { "Quand appeler" }
                th scope="col" { "Langues" }
                th scope="col" { "Messagerie / SMS" }
                th scope="col" { "CMP" }
                th scope="col" { "État" }
            } }
            tbody {
                @for r in list {
                    tr {
                        td { (waiting(r.received_at, now)) br; small { (short_time(r.received_at, state.tz)) } }
                        td {
                            @if links { a href=(format!("/console/requests/{}", r.id)) { (r.content.name) } } @else { (r.content.name) }
                            @if r.channel == Channel::Sms { br; small { "reçue par SMS" } }
                            @if ctx.duplicates.contains_key(&r.id) { br; span.flag { "Doublon possible" } }
                        }
                        td {
                            (source_label(r, ctx.referrals.get(&r.id)))
                            @if ctx.referrals.contains_key(&r.id) && ctx.overdue_before.is_some_and(|b| referral_lists::is_overdue(r, b)) {
                                br; span.flag { "En retard" }
                            }
                        }
                        td {
                            (phone_link(r.content.reach.phone()))
                            @if let Reach::Relay { relay_name, .. } = &r.content.reach { br; small { "via " (relay_name) } }
                        }
                        td { (windows(r)) }
                        td {
                            (languages(r))
                            @if r.content.interpreter_needed { br; span.flag { "Interprète" } }
                        }
                        td {
                            @if r.content.voicemail_ok { span.flag.ok { "Message OK" } } @else { span.flag { "Pas de message" } }
                            " "
                            @if r.content.sms_ok { span.flag.ok { "SMS OK" } } @else { span.flag { "Pas de SMS" } }
                        }
                        td { (structure_label(state, r.structure_key.as_deref())) }
                        td { (state_label(&r.state)) }
                    }
                }
            }
        }
    }
}

/// One of the console's lists of requests, kept to the staff member's CMPs, with what the
/// table shows beside each (referral, duplicates, overdue).
async fn listed(
    state: &Shared,
    session: &Session,
    now: DateTime<Utc>,
    list: impl Fn(&crate::sql::Connection, &Staff) -> Result<Vec<DeskRequest>, DbError> + Send + 'static,
) -> Result<(Vec<DeskRequest>, ListContext), DbError> {
    let (s2, staff) = (state.clone(), session.staff.clone());
    state
        .db
        .read(move |c| Ok((list(c, &staff)?, list_context(c, &s2.config, &staff, now)?)))
        .await
}

async fn calls(State(state): State<Shared>, session: Session, Query(q): Query<Done>) -> Response {
    let now = Utc::now();
    let found = listed(&state, &session, now, requests::call_list).await;
    match found {
        Ok((list, ctx)) => page(
            "À appeler",
            Some(&session),
            html! {
                @if let Some(d) = &q.done { p.notice role="status" { (done_message(d)) } }
                h1 { "Demandes à appeler (" (list.len()) ")" }
                @if list.is_empty() { p.notice { "Aucune demande en attente." } }
                @else { (call_table(&state, &list, &ctx, now, true)) }
                p { a.button href="/console/call-sheet" { "Imprimer la feuille du jour" } }
                (find_form("", &session.csrf))
            },
        )
        .into_response(),
        Err(e) => db_error(e),
    }
}

async fn call_sheet(State(state): State<Shared>, session: Session) -> Response {
    let now = Utc::now();
    let found = listed(&state, &session, now, requests::call_list).await;
    match found {
        Ok((list, ctx)) => page("Feuille du jour", Some(&session), html! {
            h1 { "Feuille d'appels du " (local(Utc::now(), state.tz).format("%d/%m/%Y")) }
            p { "À imprimer : elle sert si le réseau ou le serveur ne marche plus. Notez à la main chaque appel, puis saisissez-le quand tout remarche." }
            (call_table(&state, &list, &ctx, now, false))
            // No script runs on the desk's pages (its Content-Security-Policy).
            p.no-print { "Pour imprimer : Ctrl + P, ou « Imprimer » dans le menu du navigateur." }
        })
        .into_response(),
        Err(e) => db_error(e),
    }
}

async fn done(State(state): State<Shared>, session: Session) -> Response {
    let now = Utc::now();
    let found = listed(&state, &session, now, |c, staff| {
        requests::recent(c, staff, 100)
    })
    .await;
    match found {
        Ok((list, ctx)) => page(
            "Traitées",
            Some(&session),
            html! {
                h1 { "Demandes traitées" }
                @if list.is_empty() { p { "Aucune demande traitée pour l'instant." } }
                @else { (call_table(&state, &list, &ctx, now, true)) }
            },
        )
        .into_response(),
        Err(e) => db_error(e),
    }
}

// ---------------------------------------------------------------------------------------------
// One request

#[derive(Deserialize, Default)]
struct Done {
    done: Option<String>,
}

fn done_message(d: &str) -> &'static str {
    match d {
        "call" => "Appel enregistré.",
        "confirmed" => {
            "Rendez-vous confirmé. La personne le voit dans son application, et reçoit un SMS neutre si elle l'a accepté."
        }
        "rescheduled" => {
            "Rendez-vous changé. La personne le voit dans son application, et reçoit un SMS neutre si elle l'a accepté."
        }
        "redirected" => "Orientation enregistrée.",
        "closed" => "Demande fermée.",
        "handed_over" => "Demande transmise à l'autre CMP : elle est dans sa liste.",
        _ => "Enregistré.",
    }
}

async fn request_page(
    State(state): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    Query(q): Query<Done>,
) -> Response {
    let id2 = id.clone();
    let (s2, staff) = (state.clone(), session.staff.clone());
    let found = state
        .db
        .read(move |c| {
            let r = requests::get_for(c, &id2, &staff)?;
            let sms = sms::outbox::of_request(c, &id2)?;
            let (code, stopped): (Option<String>, Option<String>) = c.query_row(
                "SELECT person_code, sms_stopped_at FROM request WHERE id = ?1",
                [&id2],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?;
            let referral = referral_lists::of_request(c, &id2)?;
            let window = chrono::Duration::days(i64::from(s2.config.duplicate_days));
            let recent = requests::received_since(c, &staff, r.received_at - window)?;
            let likely = duplicates::find(&recent, window)
                .remove(&id2)
                .unwrap_or_default();
            let others = likely
                .into_iter()
                .map(|l| {
                    let other = requests::get(c, &l.other)?;
                    let from = referral_lists::of_request(c, &l.other)?;
                    Ok((l.why, other, from))
                })
                .collect::<Result<Vec<_>, DbError>>()?;
            Ok((r, sms, code, stopped, referral, others))
        })
        .await;
    let (r, sms, code, stopped, referral, others) = match found {
        Ok(x) => x,
        Err(DbError::OutOfScope) => return out_of_scope(&state, &session, &id, "view").await,
        Err(e) => return db_error(e),
    };
    let open = matches!(
        r.state,
        RequestState::Received { .. } | RequestState::Contacting { .. }
    );
    let c = &r.content;
    let csrf = &session.csrf;
    let line = crate::lines::for_cmp(&state, r.structure_key.as_deref());
    page(&format!("Demande de {}", c.name), Some(&session), html! {
        p { a href="/console/calls" { "← Retour à la liste" } }
        @if let Some(d) = &q.done { p.notice role="status" { (done_message(d)) } }
        h1 { "Demande de " (c.name) }
        p { strong { (state_label(&r.state)) } " – reçue le " (short_time(r.received_at, state.tz))
            @if referral.is_some() { " : orientation par un professionnel" }
            @else if r.channel == Channel::Sms { " par SMS" } @else { " par l'application" } }
        @if let Some(f) = &referral { (referral_section(&state, &r, f, csrf)) }
        @if !others.is_empty() { (duplicates_section(&state, &r, referral.as_ref(), &others)) }
        h2 { "Comment joindre la personne" }
        ul {
            li { "Téléphone : " (phone_link(c.reach.phone()))
                @if let Reach::Relay { relay_name, .. } = &c.reach { " – c'est le numéro de " strong { (relay_name) } ", demandez " (c.name) "." } }
            li { "Quand appeler : " (windows(&r)) }
            li { "Langues : " (languages(&r)) @if c.interpreter_needed { " " span.flag { "Interprète nécessaire" } } }
            li { "Message vocal : " @if c.voicemail_ok { "possible" } @else { strong { "non, ne pas laisser de message" } } }
            li { "SMS : " @if c.sms_ok { "possible" } @else { strong { "non, ne pas envoyer de SMS" } } }
        }
        h2 { "Situation" }
        ul {
            li { "Âge : " (age_label(c.age)) }
            li { "Lieu de vie : " (place_label(&state, &c.place)) }
            li { @if referral.is_some() { "CMP choisi par le professionnel : " } @else { "CMP choisi par l'application : " } (structure_label(&state, r.structure_key.as_deref())) }
        }
        @if let Some(m) = &c.message {
            h2 { "Ce que la personne a écrit" }
            blockquote { p { (m) } }
        }
        @if !r.attempts.is_empty() {
            h2 { "Appels" }
            ol { @for (at, outcome, by) in &r.attempts { li { (short_time(*at, state.tz)) " – " (outcome_label(outcome)) " – " (by) } } }
        }
        @match &r.state {
            RequestState::Confirmed(a) => {
                h2 { "Rendez-vous" }
                p { @if let Some(w) = a.when { (short_time(w.with_timezone(&Utc), state.tz)) ", " } (a.place) " – avec " (a.with.who.name().unwrap_or_default()) " (" (a.with.phone.national()) "). Confirmé par " (a.confirmed_by) "." }
                (appointment_form(&state, &line, &format!("/console/requests/{}/reschedule", r.id), csrf, "Changer le rendez-vous", "Enregistrer le changement", Some(a)))
            }
            RequestState::Redirected { to, why, .. } => {
                h2 { "Orientée vers" }
                p { (to.who.name().unwrap_or_default()) ", " (to.structure) " – " (to.phone.national()) ". Motif : " (why) }
            }
            _ => {}
        }
        (sms_section(&state, c.sms_ok, code.as_deref(), stopped.as_deref(), &sms))
        @if open {
            h2 { "Après un appel" }
            form method="post" action=(format!("/console/requests/{}/call", r.id)) {
                input type="hidden" name="csrf" value=(csrf);
                div.actions {
                    button type="submit" name="outcome" value="reached" { "Personne jointe" }
                    button.secondary type="submit" name="outcome" value="no_answer" { "Pas de réponse" }
                    @if c.voicemail_ok {
                        button.secondary type="submit" name="outcome" value="voicemail_left" { "Message laissé" }
                    } @else {
                        button.secondary type="submit" disabled title="La personne ne veut pas de message vocal" { "Message laissé (refusé)" }
                    }
                    button.secondary type="submit" name="outcome" value="wrong_number" { "Mauvais numéro" }
                }
            }
            (appointment_form(&state, &line, &format!("/console/requests/{}/confirm", r.id), csrf, "Confirmer ce qui a été donné au téléphone", "Confirmer", None))
            form method="post" action=(format!("/console/requests/{}/redirect", r.id)) {
                input type="hidden" name="csrf" value=(csrf);
                fieldset {
                    legend { "Orienter vers un autre lieu" }
                    label for="to_structure" { "Lieu ou service" }
                    input id="to_structure" name="to_structure" required;
                    label for="to_name" { "Personne à appeler (nom)" }
                    input id="to_name" name="to_name" required;
                    label for="to_phone" { "Son téléphone" }
                    input id="to_phone" name="to_phone" type="tel" required;
                    label for="why" { "Pourquoi (la personne le lira)" }
                    input id="why" name="why" required;
                    p { button.secondary type="submit" { "Orienter" } }
                }
            }
            @let others: Vec<&String> = state.config.structures.iter().filter(|k| Some(k.as_str()) != r.structure_key.as_deref()).collect();
            @if !others.is_empty() {
                form method="post" action=(format!("/console/requests/{}/hand-over", r.id)) {
                    input type="hidden" name="csrf" value=(csrf);
                    fieldset {
                        legend { "Transmettre à un autre CMP du service" }
                        p.hint { "La demande garde son historique ; la personne n'a rien à refaire. Son équipe la verra dans sa liste, la vôtre ne la verra plus." }
                        label for="to" { "CMP" }
                        select id="to" name="to" {
                            @for k in &others { option value=(k) { (structure_label(&state, Some(k))) } }
                        }
                        p { button.secondary type="submit" { "Transmettre" } }
                    }
                }
            }
            form method="post" action=(format!("/console/requests/{}/close", r.id)) {
                input type="hidden" name="csrf" value=(csrf);
                fieldset {
                    legend { "Fermer la demande" }
                    p.hint { "La personne pourra appeler le " (line.contact.phone.national()) " (" (line.contact.structure) ")." }
                    label for="reason" { "Motif" }
                    select id="reason" name="reason" {
                        option value="unreachable" { "Personne injoignable après plusieurs appels" }
                        option value="other" { "Autre (préciser)" }
                    }
                    label for="note" { "Précision (obligatoire pour « Autre »)" }
                    input id="note" name="note";
                    p { button.danger type="submit" { "Fermer" } }
                }
            }
        }
    })
    .into_response()
}

/// The confirm form, or the reschedule form filled with the current appointment.
fn appointment_form(
    state: &Shared,
    line: &crate::lines::CmpLine,
    action: &str,
    csrf: &str,
    legend: &str,
    submit: &str,
    current: Option<&Appointment>,
) -> Markup {
    let today = local(Utc::now(), state.tz).date_naive();
    let kind = current.map_or(AppointmentKind::NurseIntake, |a| a.kind);
    let when = current
        .and_then(|a| a.when)
        .map(|w| w.with_timezone(&state.tz));
    let date = when
        .map(|w| w.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let time = when
        .map(|w| w.format("%H:%M").to_string())
        .unwrap_or_default();
    let place = current.map_or(line.address.as_str(), |a| a.place.as_str());
    let with_name = current.and_then(|a| a.with.who.name()).unwrap_or_default();
    let with_phone = current.map_or_else(
        || line.contact.phone.national(),
        |a| a.with.phone.national(),
    );
    // Ids differ between the two forms so that labels stay unique on one page.
    let p = if current.is_some() { "new-" } else { "" };
    html! {
        form method="post" action=(action) {
            input type="hidden" name="csrf" value=(csrf);
            fieldset {
                legend { (legend) }
                fieldset {
                    legend { "Ce que la personne a obtenu" }
                    label { input type="radio" name="kind" value="nurse_intake" checked[kind == AppointmentKind::NurseIntake]; " Entretien d'accueil infirmier" }
                    label { input type="radio" name="kind" value="medical" checked[kind == AppointmentKind::Medical]; " Rendez-vous médical (psychiatre ou psychologue)" }
                    label { input type="radio" name="kind" value="waiting_list" checked[kind == AppointmentKind::WaitingList]; " Liste d'attente (pas encore de date)" }
                }
                label for=(format!("{p}date")) { "Date" }
                input id=(format!("{p}date")) name="date" type="date" min=(today.to_string()) value=(date);
                label for=(format!("{p}time")) { "Heure" }
                input id=(format!("{p}time")) name="time" type="time" step="300" value=(time);
                p.hint { "Pas de date ni d'heure pour la liste d'attente." }
                label for=(format!("{p}place")) { "Adresse du rendez-vous" }
                input id=(format!("{p}place")) name="place" required value=(place);
                p.hint { "L'adresse seulement : elle part par SMS, sans mot médical. Un SMS qui contient un mot comme « CMP » ou « psychiatrie » est refusé." }
                label for=(format!("{p}with_name")) { "Avec qui (nom de la personne qui recevra)" }
                input id=(format!("{p}with_name")) name="with_name" required value=(with_name);
                label for=(format!("{p}with_phone")) { "Téléphone pour changer ou annuler" }
                input id=(format!("{p}with_phone")) name="with_phone" type="tel" required value=(with_phone);
                p { button type="submit" { (submit) } }
            }
        }
    }
}

fn sms_kind_label(k: SmsKind) -> &'static str {
    match k {
        SmsKind::Ack => "Accusé de réception",
        SmsKind::Confirmation => "Confirmation",
        SmsKind::Change => "Changement",
        SmsKind::Reminder => "Rappel",
    }
}

/// Where a message stands, in the words of the console: what reception must do is said.
fn sms_state_label(m: &Sms, tz: Tz) -> Markup {
    let at = |t: Option<DateTime<Utc>>| t.map(|t| short_time(t, tz)).unwrap_or_default();
    match m.state {
        SmsState::Queued if m.attempts > 0 => {
            html! { span.flag { "Nouvel essai prévu " (short_time(m.not_before, tz)) } }
        }
        SmsState::Queued => html! { "Prévu " (short_time(m.not_before, tz)) },
        SmsState::Sending => html! { "Envoi en cours" },
        SmsState::Accepted => html! { "Confié au téléphone d'envoi" },
        SmsState::Sent => html! { "SMS envoyé " (at(m.sent_at)) },
        SmsState::Delivered => html! { span.flag.ok { "SMS remis " (at(m.delivered_at)) } },
        SmsState::Failed => html! { span.flag { "SMS non remis : appelez plutôt" } },
        SmsState::Cancelled => html! { "Annulé (pas envoyé)" },
    }
}

fn sms_section(
    state: &Shared,
    sms_ok: bool,
    code: Option<&str>,
    stopped: Option<&str>,
    list: &[Sms],
) -> Markup {
    html! {
        h2 { "SMS à la personne" }
        @if !sms_ok { p { strong { "La personne ne veut pas de SMS : aucun SMS ne part." } } }
        @if let Some(code) = code { p { "Code de la personne : " strong { (code) } " (elle peut le donner au téléphone)." } }
        @if let Some(at) = stopped {
            p.error { "La personne a répondu STOP le "
                (DateTime::parse_from_rfc3339(at).map(|t| short_time(t.with_timezone(&Utc), state.tz)).unwrap_or_default())
                " : plus de rappel par SMS." }
        }
        @if state.sms_gateway.is_none() && !list.is_empty() {
            p.error { "Aucun téléphone d'envoi n'est configuré : les SMS attendent. Prévenez l'administrateur, ou appelez la personne." }
        }
        @if list.is_empty() { @if sms_ok { p { "Aucun SMS pour l'instant." } } }
        @else {
            table {
                thead { tr { th scope="col" { "SMS" } th scope="col" { "État" } th scope="col" { "Texte" } } }
                tbody { @for m in list { tr {
                    td { (sms_kind_label(m.kind)) br; small { (short_time(m.created_at, state.tz)) } }
                    td { (sms_state_label(m, state.tz)) }
                    td { (m.body) }
                } } }
            }
        }
    }
}

fn staff_contact(state: &Shared, staff: &Staff) -> HumanContact {
    staff.contact(&state.config.desk_name, state.desk_hours.clone())
}

async fn act(
    state: &Shared,
    session: &Session,
    id: String,
    event: RequestEvent,
    done: &str,
) -> Response {
    let staff = session.staff.clone();
    let days = state.config.retention_days;
    let now = Utc::now();
    let id2 = id.clone();
    let policy = state.sms_policy.clone();
    // The state change, its audit line and the SMS it causes are one transaction: a text that
    // fails the neutral check undoes the action, and the staff member reads why.
    let result = state
        .db
        .write(move |c| {
            let next = requests::staff_event(c, &id2, &event, &staff, days, now)?;
            sms::plan::after_staff_event(c, &policy, &id2, &event, now)?;
            Ok(next)
        })
        .await;
    match result {
        Ok(_) => {
            state.sms_wake.notify_one();
            Redirect::to(&format!("/console/requests/{id}?done={done}")).into_response()
        }
        Err(DbError::Invalid(reason)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            page(
                "Action impossible",
                Some(session),
                html! {
                    h1 { "Cette action n'est pas possible" }
                    p.error { (reason) }
                    p { a href=(format!("/console/requests/{id}")) { "Retour à la demande" } }
                },
            ),
        )
            .into_response(),
        Err(DbError::OutOfScope) => out_of_scope(state, session, &id, done).await,
        Err(e) => db_error(e),
    }
}

#[derive(Deserialize)]
struct HandOverForm {
    csrf: String,
    to: String,
}

async fn hand_over(
    State(state): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    form: axum::Form<HandOverForm>,
) -> Response {
    let f = form.0;
    if let Err(r) = session.check(&f.csrf) {
        return *r;
    }
    let (staff, id2, served) = (
        session.staff.clone(),
        id.clone(),
        state.config.structures.clone(),
    );
    let to = f.to.clone();
    let result = state
        .db
        .write(move |c| requests::hand_over(c, &id2, &to, &served, &staff))
        .await;
    match result {
        // The request now belongs to the other CMP's list: back to ours.
        Ok(()) => Redirect::to("/console/calls?done=handed_over").into_response(),
        Err(DbError::Invalid(reason)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            page(
                "Action impossible",
                Some(&session),
                html! {
                    h1 { "La demande n'a pas été transmise" }
                    p.error { (reason) }
                    p { a href=(format!("/console/requests/{id}")) { "Retour à la demande" } }
                },
            ),
        )
            .into_response(),
        Err(DbError::OutOfScope) => out_of_scope(&state, &session, &id, "hand_over").await,
        Err(e) => db_error(e),
    }
}

/// A staff member asked for a request of a CMP they do not work for (a guessed or old link):
/// the same answer as for a request that does not exist, and a line in the audit log.
async fn out_of_scope(state: &Shared, session: &Session, id: &str, what: &str) -> Response {
    let (login, id2, detail) = (
        session.staff.login.clone(),
        id.to_owned(),
        format!("action={what}"),
    );
    let audited = state
        .db
        .write(move |c| requests::audit(c, &login, "out_of_scope", Some(&id2), &detail))
        .await;
    if let Err(e) = audited {
        return db_error(e);
    }
    db_error(DbError::NotFound)
}

#[derive(Deserialize)]
struct CallForm {
    csrf: String,
    outcome: CallOutcome,
}

async fn record_call(
    State(state): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    form: axum::Form<CallForm>,
) -> Response {
    if let Err(r) = session.check(&form.csrf) {
        return *r;
    }
    let by = Some(staff_contact(&state, &session.staff));
    let event = RequestEvent::CallAttempt {
        outcome: form.outcome,
        at: Utc::now(),
        by,
    };
    act(&state, &session, id, event, "call").await
}

#[derive(Deserialize)]
struct ConfirmForm {
    csrf: String,
    kind: AppointmentKind,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    place: String,
    with_name: String,
    with_phone: String,
}

fn invalid(session: &Session, id: &str, what: &str) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        page(
            "Formulaire incomplet",
            Some(session),
            html! {
                h1 { "Le formulaire est incomplet" }
                p.error { (what) }
                p { a href=(format!("/console/requests/{id}")) { "Retour à la demande" } }
            },
        ),
    )
        .into_response()
}

/// The appointment a confirm or reschedule form describes, or the page that says what is missing.
fn appointment_from_form(
    state: &Shared,
    session: &Session,
    id: &str,
    f: ConfirmForm,
) -> Result<Appointment, Box<Response>> {
    let when = if f.date.trim().is_empty() && f.kind == AppointmentKind::WaitingList {
        None
    } else {
        let date = NaiveDate::parse_from_str(f.date.trim(), "%Y-%m-%d");
        let time = NaiveTime::parse_from_str(f.time.trim(), "%H:%M");
        match (date, time) {
            (Ok(d), Ok(t)) => match state.tz.from_local_datetime(&d.and_time(t)).earliest() {
                Some(w) => Some(w.fixed_offset()),
                None => {
                    return Err(Box::new(invalid(
                        session,
                        id,
                        "Cette heure n'existe pas (changement d'heure). Choisissez une autre heure.",
                    )));
                }
            },
            _ => {
                return Err(Box::new(invalid(
                    session,
                    id,
                    "Indiquez la date et l'heure du rendez-vous (sauf pour la liste d'attente).",
                )));
            }
        }
    };
    let Ok(phone) = Phone::parse(&f.with_phone) else {
        return Err(Box::new(invalid(
            session,
            id,
            "Le téléphone pour changer ou annuler n'est pas valide.",
        )));
    };
    if f.with_name.trim().is_empty() || f.place.trim().is_empty() {
        return Err(Box::new(invalid(
            session,
            id,
            "Indiquez l'adresse et le nom de la personne qui recevra.",
        )));
    }
    let role = match f.kind {
        AppointmentKind::NurseIntake => Role::IntakeNurse,
        AppointmentKind::Medical => Role::Clinician,
        AppointmentKind::WaitingList => Role::Secretariat,
    };
    Ok(Appointment {
        kind: f.kind,
        when,
        place: f.place.trim().to_owned(),
        with: HumanContact::new(
            Who::named(f.with_name.trim(), Some(role)),
            state.config.desk_name.as_str(),
            phone,
            state.desk_hours.clone(),
        )
        .with_region(relais_core::contact::Region::for_department(
            state.config.dept.trim(),
        )),
        confirmed_by: session.staff.display_name.clone(),
        confirmed_at: Utc::now(),
    })
}

async fn confirm(
    State(state): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    form: axum::Form<ConfirmForm>,
) -> Response {
    let f = form.0;
    if let Err(r) = session.check(&f.csrf) {
        return *r;
    }
    match appointment_from_form(&state, &session, &id, f) {
        Ok(a) => act(&state, &session, id, RequestEvent::Confirm(a), "confirmed").await,
        Err(r) => *r,
    }
}

async fn reschedule(
    State(state): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    form: axum::Form<ConfirmForm>,
) -> Response {
    let f = form.0;
    if let Err(r) = session.check(&f.csrf) {
        return *r;
    }
    match appointment_from_form(&state, &session, &id, f) {
        Ok(a) => {
            act(
                &state,
                &session,
                id,
                RequestEvent::Reschedule(a),
                "rescheduled",
            )
            .await
        }
        Err(r) => *r,
    }
}

/// Reception types the code a person reads on the phone. Posted, never in a URL: the code
/// leads to a request, so it stays out of addresses, histories and logs.
#[derive(Deserialize)]
struct FindForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

async fn find_by_code(
    State(state): State<Shared>,
    session: Session,
    axum::Form(q): axum::Form<FindForm>,
) -> Response {
    if let Err(r) = session.check(&q.csrf) {
        return *r;
    }
    let code = q.code.clone();
    match state.db.read(move |c| sms::code::find(c, &code)).await {
        Ok(Some(id)) => Redirect::to(&format!("/console/requests/{id}")).into_response(),
        Ok(None) => (
            StatusCode::NOT_FOUND,
            page(
                "Code introuvable",
                Some(&session),
                html! {
                    h1 { "Aucune demande avec ce code" }
                    p.error role="alert" { "Vérifiez le code avec la personne : trois lettres, puis trois chiffres (par exemple KRA-479). Les lettres O, I, L, S, Z et les chiffres 0, 1, 2, 5 ne sont jamais utilisés." }
                    (find_form("", &session.csrf))
                    p { a href="/console/calls" { "Retour à la liste" } }
                },
            ),
        )
            .into_response(),
        Err(e) => db_error(e),
    }
}

fn find_form(value: &str, csrf: &str) -> Markup {
    html! {
        form method="post" action="/console/find" role="search" {
            input type="hidden" name="csrf" value=(csrf);
            label for="code" { "Code lu par la personne au téléphone" }
            input id="code" name="code" autocomplete="off" value=(value) placeholder="KRA-479";
            p { button.secondary type="submit" { "Retrouver la demande" } }
        }
    }
}

#[derive(Deserialize)]
struct RedirectForm {
    csrf: String,
    to_structure: String,
    to_name: String,
    to_phone: String,
    why: String,
}

async fn redirect(
    State(state): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    form: axum::Form<RedirectForm>,
) -> Response {
    let f = form.0;
    if let Err(r) = session.check(&f.csrf) {
        return *r;
    }
    let Ok(phone) = Phone::parse(&f.to_phone) else {
        return invalid(
            &session,
            &id,
            "Le téléphone de la personne à appeler n'est pas valide.",
        );
    };
    if f.to_name.trim().is_empty() || f.to_structure.trim().is_empty() {
        return invalid(
            &session,
            &id,
            "Indiquez le lieu et le nom de la personne à appeler.",
        );
    }
    let to = HumanContact::new(
        Who::named(f.to_name.trim(), None),
        f.to_structure.trim(),
        phone,
        None,
    );
    act(
        &state,
        &session,
        id,
        RequestEvent::Redirect {
            to,
            why: f.why.trim().to_owned(),
            at: Utc::now(),
        },
        "redirected",
    )
    .await
}

#[derive(Deserialize)]
struct CloseForm {
    csrf: String,
    reason: String,
    #[serde(default)]
    note: String,
}

async fn close(
    State(state): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    form: axum::Form<CloseForm>,
) -> Response {
    let f = form.0;
    if let Err(r) = session.check(&f.csrf) {
        return *r;
    }
    let why = match f.reason.as_str() {
        "unreachable" => CloseReason::Unreachable,
        _ => CloseReason::Other {
            note: f.note.trim().to_owned(),
        },
    };
    act(
        &state,
        &session,
        id,
        RequestEvent::Close {
            why,
            at: Utc::now(),
        },
        "closed",
    )
    .await
}

// ---------------------------------------------------------------------------------------------
// Damaged SMS, staff, audit

async fn sms_callbacks(State(state): State<Shared>, session: Session) -> Response {
    let rows = state
        .db
        .read(|c| {
            let mut stmt = c.prepare("SELECT id, received_at, sender, reason FROM sms_callback WHERE handled_at IS NULL ORDER BY id")?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await;
    let rows = match rows {
        Ok(r) => r,
        Err(e) => return db_error(e),
    };
    page("SMS à rappeler", Some(&session), html! {
        h1 { "SMS illisibles à rappeler (" (rows.len()) ")" }
        p { "Ces SMS sont arrivés abîmés. La personne attend peut-être : rappelez-la." }
        @if rows.is_empty() { p.notice { "Aucun SMS à rappeler." } }
        @else {
            table {
                thead { tr { th scope="col" { "Reçu" } th scope="col" { "Numéro" } th scope="col" { "Problème" } th scope="col" { "Action" } } }
                tbody { @for (id, at, sender, reason) in &rows { tr {
                    td { (DateTime::parse_from_rfc3339(at).map(|t| short_time(t.with_timezone(&Utc), state.tz)).unwrap_or_default()) }
                    td { @match Phone::parse(sender) { Ok(p) => (phone_link(p)), Err(_) => (sender) } }
                    td { (reason) }
                    td { form method="post" action=(format!("/console/sms/{id}/handled")) {
                        input type="hidden" name="csrf" value=(session.csrf);
                        button.secondary type="submit" { "Rappelé" }
                    } }
                } } }
            }
        }
    })
    .into_response()
}

async fn sms_handled(
    State(state): State<Shared>,
    session: Session,
    Path(id): Path<i64>,
    form: axum::Form<CsrfForm>,
) -> Response {
    if let Err(r) = session.check(&form.csrf) {
        return *r;
    }
    let (staff_id, login) = (session.staff.id, session.staff.login.clone());
    let res = state
        .db
        .write(move |c| {
            c.execute(
                "UPDATE sms_callback SET handled_at = ?2, handled_by = ?3 WHERE id = ?1",
                crate::params![id, Utc::now().to_rfc3339(), staff_id],
            )?;
            requests::audit(
                c,
                &login,
                "sms_called_back",
                None,
                &format!("sms_callback={id}"),
            )
        })
        .await;
    match res {
        Ok(()) => Redirect::to("/console/sms").into_response(),
        Err(e) => db_error(e),
    }
}

/// The staff form, read as pairs: the CMP boxes ticked come as repeated `cmp` fields.
struct StaffForm {
    csrf: String,
    login: String,
    display_name: String,
    phone: String,
    role: String,
    password: String,
    cmps: Vec<String>,
    /// A partner's structure and job (required for a partner, ignored otherwise).
    organisation: String,
    job: String,
}

impl StaffForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> StaffForm {
        let one = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        StaffForm {
            csrf: one("csrf"),
            login: one("login"),
            display_name: one("display_name"),
            phone: one("phone"),
            role: one("role"),
            password: one("password"),
            organisation: one("organisation"),
            job: one("job"),
            cmps: pairs
                .iter()
                .filter(|(k, _)| k == "cmp")
                .map(|(_, v)| v.clone())
                .collect(),
        }
    }
}

/// Who works for which CMPs, as the staff page shows it.
struct Team {
    list: Vec<Staff>,
    cmps: HashMap<i64, Vec<String>>,
}

/// The team `viewer` may see: everyone for an admin of every CMP; for an admin of some CMPs,
/// the people who work for at least one of them (names and phones of other CMPs' staff are
/// not theirs to see).
fn team(c: &crate::sql::Connection, viewer: &Staff) -> Result<Team, DbError> {
    let mut list = auth::list_staff(c)?;
    let cmps = auth::staff_cmps(c)?;
    let every: bool = c.query_row(
        "SELECT every_cmp FROM staff WHERE id = ?1",
        [viewer.id],
        |r| r.get(0),
    )?;
    if !every {
        let none = Vec::new();
        let mine = cmps.get(&viewer.id).unwrap_or(&none);
        list.retain(|s| {
            cmps.get(&s.id)
                .is_some_and(|theirs| theirs.iter().any(|k| mine.contains(k)))
        });
    }
    Ok(Team { list, cmps })
}

fn staff_list_page(
    state: &Shared,
    session: &Session,
    team: &Team,
    message: Option<Markup>,
) -> Markup {
    let cmps_of = |s: &Staff| match team.cmps.get(&s.id) {
        None => "Tous les CMP".to_owned(),
        Some(keys) => keys
            .iter()
            .map(|k| structure_label(state, Some(k)))
            .collect::<Vec<_>>()
            .join(", "),
    };
    page(
        "Équipe",
        Some(session),
        html! {
            h1 { "Équipe" }
            @if let Some(m) = message { (m) }
            table {
                thead { tr { th scope="col" { "Identifiant" } th scope="col" { "Nom montré aux personnes" } th scope="col" { "Téléphone" } th scope="col" { "Rôle" } th scope="col" { "Voit les demandes de" } } }
                tbody { @for s in &team.list { tr { td { (s.login) } td { (s.display_name) } td { (s.phone.national()) } td { (s.role.label()) } td { (cmps_of(s)) } } } }
            }
            form method="post" action="/console/staff" {
                input type="hidden" name="csrf" value=(session.csrf);
                fieldset {
                    legend { "Ajouter une personne" }
                    label for="login" { "Identifiant" }
                    input id="login" name="login" required autocomplete="off";
                    label for="display_name" { "Nom montré aux personnes (prénom et nom)" }
                    input id="display_name" name="display_name" required;
                    label for="phone" { "Téléphone où la rappeler" }
                    input id="phone" name="phone" type="tel" required;
                    label for="role" { "Rôle" }
                    select id="role" name="role" {
                        option value="reception" { "Accueil" }
                        option value="clinician" { "Soignant" }
                        option value="admin" { "Administrateur" }
                        option value="partner" { "Partenaire (professionnel hors CMP)" }
                    }
                    fieldset {
                        legend { "CMP pour lesquels elle travaille" }
                        p.hint { "Elle ne verra que les demandes de ces CMP. Sans case cochée : tous les CMP du service, et les demandes qui n'en nomment aucun." }
                        @for (i, key) in state.config.structures.iter().enumerate() {
                            div {
                                input type="checkbox" id=(format!("cmp{i}")) name="cmp" value=(key);
                                label.inline for=(format!("cmp{i}")) { " " (structure_label(state, Some(key))) }
                            }
                        }
                    }
                    label for="organisation" { "Structure du partenaire (seulement pour un partenaire)" }
                    input id="organisation" name="organisation";
                    label for="job" { "Fonction du partenaire (seulement pour un partenaire)" }
                    input id="job" name="job";
                    label for="password" { "Mot de passe (12 caractères au moins)" }
                    input id="password" name="password" type="password" required minlength="12" autocomplete="new-password";
                    p { button type="submit" { "Ajouter" } }
                }
            }
        },
    )
}

async fn staff_page(State(state): State<Shared>, session: Session) -> Response {
    if let Err(r) = session.admin() {
        return *r;
    }
    let viewer = session.staff.clone();
    match state.db.read(move |c| team(c, &viewer)).await {
        Ok(team) => staff_list_page(&state, &session, &team, None).into_response(),
        Err(e) => db_error(e),
    }
}

async fn add_staff(
    State(state): State<Shared>,
    session: Session,
    form: axum::Form<Vec<(String, String)>>,
) -> Response {
    if let Err(r) = session.admin() {
        return *r;
    }
    let f = StaffForm::from_pairs(form.0);
    if let Err(r) = session.check(&f.csrf) {
        return *r;
    }
    let problem = if f.password.chars().count() < 12 {
        Some("Le mot de passe doit avoir 12 caractères au moins.".to_owned())
    } else {
        None
    };
    let phone = Phone::parse(&f.phone);
    let role = StaffRole::parse(&f.role);
    let result = match (problem, phone, role) {
        (Some(p), _, _) => Err(DbError::Invalid(p)),
        (_, Err(e), _) => Err(DbError::Invalid(format!(
            "Téléphone : {}",
            relais_core::i18n::Localizer::french()
                .text(&relais_core::request::phone_error_message(&e))
        ))),
        (_, _, None) => Err(DbError::Invalid("Rôle inconnu.".into())),
        (None, Ok(phone), Some(role)) => {
            let password = f.password.clone();
            match tokio::task::spawn_blocking(move || auth::hash_password(&password)).await {
                Ok(Ok(hash)) => {
                    let new = NewStaff {
                        login: f.login,
                        display_name: f.display_name,
                        phone,
                        role,
                        organisation: Some(f.organisation).filter(|o| !o.trim().is_empty()),
                        job: Some(f.job).filter(|j| !j.trim().is_empty()),
                        password_hash: hash,
                        cmps: f.cmps,
                    };
                    let by = session.staff.login.clone();
                    let served = state.config.structures.clone();
                    state
                        .db
                        .write(move |c| auth::add_staff(c, &new, &served, &by))
                        .await
                        .map(|_| ())
                }
                Ok(Err(e)) => Err(e),
                Err(e) => Err(DbError::Invalid(e.to_string())),
            }
        }
    };
    let message = match &result {
        Ok(()) => html! { p.notice role="status" { "Personne ajoutée." } },
        Err(DbError::Invalid(m) | DbError::Conflict(m)) => html! { p.error role="alert" { (m) } },
        Err(e) => return db_error(DbError::Sqlite(e.to_string())),
    };
    let viewer = session.staff.clone();
    match state.db.read(move |c| team(c, &viewer)).await {
        Ok(team) => {
            let status = if result.is_ok() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            (
                status,
                staff_list_page(&state, &session, &team, Some(message)),
            )
                .into_response()
        }
        Err(e) => db_error(e),
    }
}

async fn audit_page(State(state): State<Shared>, session: Session) -> Response {
    if let Err(r) = session.admin() {
        return *r;
    }
    let viewer = session.staff.id;
    let rows = state
        .db
        .read(move |c| {
            // An admin of some CMPs reads what concerns them: actions on their CMPs' requests,
            // and their team's actions on no request (sign-ins, staff added) or on a request
            // they could not see (`out_of_scope`, an attempt worth knowing about).
            let mut stmt = c.prepare(&format!(
                "SELECT at, staff_login, action, COALESCE(request_id, ''), detail FROM audit
                 WHERE EXISTS (SELECT 1 FROM staff WHERE id = ?1 AND every_cmp = 1)
                    OR audit.request_id IN (SELECT id FROM request WHERE {})
                    OR ((audit.request_id IS NULL OR audit.action = 'out_of_scope')
                        AND audit.staff_login IN (SELECT s.login FROM staff s
                         JOIN staff_cmp m ON m.staff_id = s.id
                         WHERE m.structure_key IN (SELECT structure_key FROM staff_cmp WHERE staff_id = ?1)))
                 ORDER BY id DESC LIMIT 300",
                requests::in_scope_of("request", 1)
            ))?;
            let rows = stmt
                .query_map([viewer], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await;
    match rows {
        Ok(rows) => page("Journal", Some(&session), html! {
            h1 { "Journal des actions" }
            p { "Qui a fait quoi, et quand. Le journal ne contient aucune donnée personnelle et ne peut pas être modifié." }
            table {
                thead { tr { th scope="col" { "Quand" } th scope="col" { "Qui" } th scope="col" { "Action" } th scope="col" { "Demande" } th scope="col" { "Détail" } } }
                tbody { @for (at, who, action, req, detail) in &rows { tr {
                    td { (DateTime::parse_from_rfc3339(at).map(|t| short_time(t.with_timezone(&Utc), state.tz)).unwrap_or_default()) }
                    td { (who) } td { (action) } td { small { (req) } } td { (detail) }
                } } }
            }
        })
        .into_response(),
        Err(e) => db_error(e),
    }
}

// ---------------------------------------------------------------------------------------------
// Referrals

/// The kinds of data a consent covers, in the words the person read.
pub(crate) fn scope_labels(scope: &[relais_core::referral::Shared]) -> Vec<String> {
    let loc = relais_core::i18n::Localizer::french();
    let mut scope = scope.to_vec();
    scope.sort();
    scope.iter().map(|s| loc.key(s.message_key())).collect()
}

pub(crate) fn informed_label(i: relais_core::referral::Informed) -> &'static str {
    use relais_core::referral::Informed;
    match i {
        Informed::ReadOnScreen => "la personne a lu l'accord sur un écran",
        Informed::ReadAloud => "le professionnel a lu l'accord à voix haute",
        Informed::WithInterpreter => "avec un interprète",
        Informed::Printed => "sur papier",
    }
}

fn referral_section(state: &Shared, r: &DeskRequest, f: &ReferralRow, csrf: &str) -> Markup {
    let p = &f.professional;
    html! {
        section aria-labelledby="orientation" {
            h2 id="orientation" { "Orientation par un professionnel (relais)" }
            ul {
                li { "Professionnel : " strong { (p.name) } ", " (p.role) ", " (p.organisation) }
                li { "Téléphone du professionnel : " (phone_link(p.phone))
                    " – vous pouvez l'appeler pour joindre la personne." }
                @if let Reach::OwnPhone { phone } = &r.content.reach {
                    li { "Téléphone de la personne : " (phone_link(*phone)) }
                } @else {
                    li { "La personne n'a pas donné son numéro : appelez le professionnel." }
                }
                @if f.by_partner { li { "Envoyée depuis la page partenaire." } }
            }
            h3 { "Accord de la personne" }
            ul {
                li { "Donné le " (short_time(f.given_at, state.tz))
                    @if let Some(i) = f.informed { " (" (informed_label(i)) ")" }
                    @if let Some(l) = &f.language { ", en " (language_name(l.as_str())) } }
                li { "Valable jusqu'au " (f.until.format("%d/%m/%Y")) }
                @if let Some(why) = &f.why { li { "Motif : " (why) } }
            }
            p { "Ce que la personne a accepté de transmettre :" }
            ul { @for l in scope_labels(&f.scope) { li { (l) } } }
            p.hint { "Rien d'autre n'a été transmis. Si la personne retire son accord, ce qui a été transmis est effacé." }
            form method="post" action=(format!("/console/requests/{}/revoke", r.id)) {
                input type="hidden" name="csrf" value=(csrf);
                fieldset {
                    legend { "La personne retire son accord (au téléphone)" }
                    p.hint { "La demande et ce qui a été transmis sont effacés. Il reste seulement une trace : une orientation a existé, et l'accord a été retiré." }
                    p { button.danger type="submit" { "Retirer l'accord et effacer" } }
                }
            }
        }
    }
}

fn duplicates_section(
    state: &Shared,
    r: &DeskRequest,
    referral: Option<&ReferralRow>,
    others: &[(duplicates::Why, DeskRequest, Option<ReferralRow>)],
) -> Markup {
    html! {
        section aria-labelledby="doublons" {
            h2 id="doublons" { "Doublons possibles" }
            p { "Ces demandes sont peut-être celles de la même personne. Comparez-les ; rien n'est fusionné. Vous pouvez traiter l'une et fermer l'autre." }
            table {
                caption { "Cette demande et les autres, côte à côte" }
                thead { tr {
                    th scope="col" { "Demande" }
                    th scope="col" { "Pourquoi" }
                    th scope="col" { "Personne" }
                    th scope="col" { "Téléphone" }
                    th scope="col" { "Source" }
                    th scope="col" { "Reçue" }
                    th scope="col" { "État" }
                } }
                tbody {
                    tr {
                        th scope="row" { "Celle-ci" }
                        td { "–" }
                        td { (r.content.name) }
                        td { (r.content.reach.phone().national()) }
                        td { (source_label(r, referral)) }
                        td { (short_time(r.received_at, state.tz)) }
                        td { (state_label(&r.state)) }
                    }
                    @for (why, o, from) in others {
                        tr {
                            th scope="row" { a href=(format!("/console/requests/{}", o.id)) { "Autre demande" } }
                            td { (why.label()) }
                            td { (o.content.name) }
                            td { (o.content.reach.phone().national()) }
                            td { (source_label(o, from.as_ref())) }
                            td { (short_time(o.received_at, state.tz)) }
                            td { (state_label(&o.state)) }
                        }
                    }
                }
            }
        }
    }
}

async fn overdue_page(State(state): State<Shared>, session: Session) -> Response {
    let days = state.config.referral_overdue_days;
    let now = Utc::now();
    let before = now - chrono::Duration::days(i64::from(days));
    let staff = session.staff.clone();
    match state
        .db
        .read(move |c| referral_lists::overdue(c, &staff, before))
        .await
    {
        Ok(list) => page(
            "Orientations en retard",
            Some(&session),
            html! {
                h1 { "Orientations en retard (" (list.len()) ")" }
                p { "Personne n'a appelé depuis plus de " (days) " jours. Appelez la personne, ou le professionnel qui l'a orientée : chacun attend une réponse." }
                @if list.is_empty() { p.notice { "Aucune orientation en retard." } }
                @else {
                    table {
                        thead { tr {
                            th scope="col" { "Reçue" }
                            th scope="col" { "Personne" }
                            th scope="col" { "Qui appeler" }
                            th scope="col" { "CMP" }
                        } }
                        tbody { @for (r, f) in &list { tr {
                            td { (short_time(r.received_at, state.tz)) br; small { (waiting(r.received_at, now)) } }
                            td { a href=(format!("/console/requests/{}", r.id)) { (r.content.name) } }
                            td {
                                @if let Reach::OwnPhone { phone } = &r.content.reach {
                                    "La personne : " (phone_link(*phone)) br;
                                }
                                "Le professionnel, " (f.professional.name) " (" (f.professional.organisation) ") : " (phone_link(f.professional.phone))
                            }
                            td { (structure_label(&state, r.structure_key.as_deref())) }
                        } } }
                    }
                }
            },
        )
        .into_response(),
        Err(e) => db_error(e),
    }
}

async fn revoke_referral(
    State(state): State<Shared>,
    session: Session,
    Path(id): Path<String>,
    form: axum::Form<CsrfForm>,
) -> Response {
    if let Err(r) = session.check(&form.csrf) {
        return *r;
    }
    let (login, staff) = (session.staff.login.clone(), session.staff.clone());
    let days = state.config.retention_days;
    let now = Utc::now();
    let id2 = id.clone();
    let result = state
        .db
        .write(move |c| {
            requests::check_scope(c, &id2, &staff)?;
            let id = id2;
            let Some(f) = referral_lists::of_request(c, &id)? else {
                return Err(DbError::NotFound);
            };
            crate::referrals::revoke(
                c,
                &f.id,
                crate::referrals::Revoker::Staff(&login),
                days,
                now,
            )
        })
        .await;
    match result {
        Ok(_) => {
            crate::referrals::api::erase_traces(&state).await;
            page(
                "Accord retiré",
                Some(&session),
                html! {
                    h1 { "Accord retiré" }
                    p.notice role="status" { "Ce qui avait été transmis est effacé. Il reste seulement une trace : une orientation a existé, et l'accord a été retiré." }
                    p { a href="/console/calls" { "Retour à la liste" } }
                },
            )
            .into_response()
        }
        Err(DbError::OutOfScope) => out_of_scope(&state, &session, &id, "revoke").await,
        Err(e) => db_error(e),
    }
}
