//! Pages for people outside the CMP's staff:
//!
//! - the partner pages (`/partenaire`): a signed-in partner professional (role `partner`)
//!   makes a referral from a browser with the same consent step as on the phone (the person
//!   reads the consent on the screen and answers; refusing is one click, like accepting, and
//!   still shows whom to call), prints the person's copy (code and QR code), follows the
//!   outcome within the consent and can take the consent back for the person. A partner sees
//!   their own referrals only, and none of the console.
//! - the person's copy (`/copie`, public): the person types their code and sees what was
//!   shared, with whom, until when, and whom to call; they can take their consent back.
//!   Tries are rate-limited per address and for the whole desk, like the API's.
//!
//! The form is carried from the first step to the consent step in hidden fields (no state
//! between pages): nothing about the person is stored before they accept.

use crate::client_ip::ClientIp;
use crate::console::{
    Session, db_error, error_page, informed_label, page, phone_link, scope_labels, short_time,
    signed_in, state_label,
};
use crate::db::DbError;
use crate::referrals::api::{CopyFailure, open_copy, today};
use crate::referrals::lists::PartnerItem;
use crate::referrals::{self, Refusal, Revoker, Source};
use crate::requests::StaffRole;
use crate::{Shared, secrets};
use axum::Router;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::{Months, NaiveDate, Utc};
use maud::{Markup, PreEscaped, html};
use relais_core::contact::{HumanContact, Lang, Phone};
use relais_core::i18n::Localizer;
use relais_core::referral::copy::{CopyView, qr_svg};
use relais_core::referral::{Consent, CopyCode, Draft, Informed, PersonData};
use relais_core::wire::SubmitReferral;
use serde::Deserialize;
use uuid::Uuid;

/// The cookie that carries the `/copie` form's CSRF token (double submit: the person has no
/// session).
const COPY_COOKIE: &str = "relais_copie";

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/partenaire", get(home))
        .route("/partenaire/orientation", get(form_page).post(to_consent))
        .route("/partenaire/accord", post(answer))
        .route("/partenaire/orientations/{id}", get(one))
        .route("/partenaire/orientations/{id}/revoke", post(revoke))
        .route("/copie", get(copy_page).post(copy_lookup))
        .route("/copie/retirer", post(copy_revoke))
}

// ---------------------------------------------------------------------------------------------
// The partner's session

/// A signed-in partner. The CMP's staff are sent to their console.
#[derive(Debug)]
pub struct PartnerSession(pub Session);

impl FromRequestParts<Shared> for PartnerSession {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Shared,
    ) -> Result<Self, Self::Rejection> {
        let session = signed_in(parts, state).await?;
        if session.staff.role != StaffRole::Partner {
            return Err(Redirect::to("/console/calls").into_response());
        }
        Ok(PartnerSession(session))
    }
}

/// Languages offered on the form: the catalogue's, in French.
const LANGUAGES: &[(&str, &str)] = &[
    ("fr", "français"),
    ("en", "anglais"),
    ("ar", "arabe"),
    ("prs", "dari"),
    ("ps", "pachto"),
    ("ti", "tigrigna"),
    ("so", "somali"),
    ("uk", "ukrainien"),
    ("ru", "russe"),
    ("ka", "géorgien"),
    ("ro", "roumain"),
    ("es", "espagnol"),
];

/// The referral form, as posted at each step.
#[derive(Deserialize, Default, Clone)]
struct ReferralForm {
    csrf: String,
    #[serde(default)]
    structure: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    interpreter: Option<String>,
    #[serde(default)]
    note: String,
    #[serde(default)]
    why: String,
    #[serde(default)]
    until: String,
    /// Set at the consent step: the referral's id and the person's copy code, so that
    /// sending the answer twice stores one referral.
    #[serde(default)]
    id: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    answer: String,
    /// The language the person reads the consent in (a catalogue language).
    #[serde(default)]
    consent_lang: String,
}

/// The language of the consent: French (plain language) unless another catalogue language
/// was chosen on the consent page. Not the person's language by default: ten catalogues are
/// machine-assisted, and the professional should choose knowingly.
fn consent_lang(f: &ReferralForm) -> Lang {
    Some(f.consent_lang.as_str())
        .filter(|l| LANGUAGES.iter().any(|(code, _)| code == l))
        .and_then(|l| Lang::parse(l).ok())
        .unwrap_or_else(Lang::french)
}

fn dir(loc: &Localizer) -> &'static str {
    match loc.direction() {
        relais_core::i18n::Direction::RightToLeft => "rtl",
        relais_core::i18n::Direction::LeftToRight => "ltr",
    }
}

fn filled(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// A draft from the form: what the person shares is exactly what was filled in.
fn draft(state: &Shared, session: &Session, f: &ReferralForm) -> Result<Draft, String> {
    let professional = session.staff.professional().ok_or(
        "Votre compte n'indique pas votre structure ou votre fonction : demandez à l'administrateur du CMP de les ajouter.",
    )?;
    let to = referrals::recipient(state, &f.structure)
        .ok_or_else(|| Refusal::UnknownStructure.french())?;
    let phone = match filled(&f.phone) {
        Some(p) => Some(Phone::parse(&p).map_err(|e| {
            format!(
                "Téléphone de la personne : {}",
                Localizer::french().text(&relais_core::request::phone_error_message(&e))
            )
        })?),
        None => None,
    };
    let languages = match filled(&f.language) {
        Some(l) => vec![Lang::parse(&l).map_err(|_| "Langue inconnue.".to_owned())?],
        None => vec![],
    };
    let person = PersonData {
        name: filled(&f.name),
        phone,
        languages,
        interpreter_needed: f.interpreter.is_some(),
        note: filled(&f.note),
        ..PersonData::default()
    };
    let today = today(state);
    let until = match filled(&f.until) {
        Some(d) => NaiveDate::parse_from_str(&d, "%Y-%m-%d")
            .map_err(|_| "La date de fin de l'accord n'est pas une date.".to_owned())?,
        None => default_until(today),
    };
    let d = Draft {
        scope: person.fields(),
        professional,
        to,
        person,
        why: f.why.trim().to_owned(),
        until,
    };
    d.check(today).map_err(|e| Refusal::from(e).french())?;
    Ok(d)
}

/// Three months: long enough for a first appointment (21 days on average, up to three
/// months), short enough that a forgotten consent ends.
fn default_until(today: NaiveDate) -> NaiveDate {
    today.checked_add_months(Months::new(3)).unwrap_or(today)
}

fn hidden(f: &ReferralForm, csrf: &str) -> Markup {
    html! {
        input type="hidden" name="csrf" value=(csrf);
        input type="hidden" name="structure" value=(f.structure);
        input type="hidden" name="name" value=(f.name);
        input type="hidden" name="phone" value=(f.phone);
        input type="hidden" name="language" value=(f.language);
        @if f.interpreter.is_some() { input type="hidden" name="interpreter" value="on"; }
        input type="hidden" name="note" value=(f.note);
        input type="hidden" name="why" value=(f.why);
        input type="hidden" name="until" value=(f.until);
    }
}

fn who_line(c: &HumanContact) -> Markup {
    html! {
        @if let Some(name) = c.who.name() { strong { (name) } ", " }
        (c.structure) " : " (phone_link(c.phone))
    }
}

// ---------------------------------------------------------------------------------------------
// Partner pages

fn status_label(item: &PartnerItem, today: NaiveDate) -> String {
    let f = &item.referral;
    if let Some(at) = f.revoked_at {
        return format!("Accord retiré le {}", at.format("%d/%m/%Y"));
    }
    if today > f.until {
        return "Accord terminé : plus de suivi".into();
    }
    match &item.request {
        Some(r) => state_label(&referrals::for_professional(r.state.clone())),
        None => "Supprimée par le CMP (fin de conservation)".into(),
    }
}

async fn home(State(state): State<Shared>, PartnerSession(session): PartnerSession) -> Response {
    let staff_id = session.staff.id;
    let list = match state
        .db
        .read(move |c| referrals::lists::for_partner(c, staff_id))
        .await
    {
        Ok(l) => l,
        Err(e) => return db_error(e),
    };
    let today = today(&state);
    page(
        "Mes orientations",
        Some(&session),
        html! {
            h1 { "Mes orientations" }
            p { "Vous voyez seulement les orientations que vous avez envoyées, et seulement tant que l'accord de la personne dure." }
            p { a.button href="/partenaire/orientation" { "Nouvelle orientation" } }
            @if list.is_empty() { p { "Aucune orientation pour l'instant." } }
            @else {
                table {
                    thead { tr { th scope="col" { "Envoyée" } th scope="col" { "Personne" } th scope="col" { "Où en est-elle" } } }
                    tbody { @for item in &list { tr {
                        td { (short_time(item.referral.created_at, state.tz)) }
                        td { a href=(format!("/partenaire/orientations/{}", item.referral.id)) {
                            (item.request.as_ref().filter(|_| item.referral.revoked_at.is_none() && today <= item.referral.until).map_or("Orientation", |r| r.content.name.as_str()))
                        } }
                        td { (status_label(item, today)) }
                    } } }
                }
            }
        },
    )
    .into_response()
}

fn form_markup(state: &Shared, session: &Session, f: &ReferralForm, error: Option<&str>) -> Markup {
    let today = today(state);
    let until = filled(&f.until).unwrap_or_else(|| default_until(today).to_string());
    let structures: Vec<(String, String)> = state
        .config
        .structures
        .iter()
        .map(|k| {
            let name = state.directory.structure_by_key(k).map_or_else(
                || state.config.desk_name.clone(),
                |(_, s)| s.name.to_string(),
            );
            (k.clone(), name)
        })
        .collect();
    page(
        "Nouvelle orientation",
        Some(session),
        html! {
            h1 { "Nouvelle orientation" }
            p { "Remplissez avec la personne. Elle choisit ce qui est envoyé : remplissez seulement ce qu'elle accepte d'envoyer. Ensuite, elle lit son accord et répond elle-même." }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            form method="post" action="/partenaire/orientation" {
                input type="hidden" name="csrf" value=(session.csrf);
                label for="structure" { "Envoyer à" }
                select id="structure" name="structure" {
                    @for (k, name) in &structures { option value=(k) selected[*k == f.structure] { (name) } }
                }
                fieldset {
                    legend { "Ce que la personne accepte d'envoyer (laissez vide ce qu'elle ne veut pas envoyer)" }
                    label for="name" { "Son prénom ou son surnom" }
                    input id="name" name="name" value=(f.name) autocomplete="off";
                    label for="phone" { "Son téléphone" }
                    input id="phone" name="phone" type="tel" value=(f.phone) autocomplete="off";
                    p.hint { "Sans téléphone, le CMP vous appellera, vous : votre nom et votre téléphone sont toujours envoyés." }
                    label for="language" { "Sa langue" }
                    select id="language" name="language" {
                        option value="" { "Ne pas envoyer" }
                        @for (code, name) in LANGUAGES { option value=(code) selected[*code == f.language] { (name) } }
                    }
                    label { input type="checkbox" name="interpreter" checked[f.interpreter.is_some()]; " Besoin d'un interprète" }
                    label for="note" { "Un court message (facultatif)" }
                    textarea id="note" name="note" rows="3" { (f.note) }
                    p.hint { "Pas de diagnostic, pas de numéro de sécurité sociale." }
                }
                label for="why" { "Pourquoi cette orientation (la personne le lira)" }
                input id="why" name="why" required value=(f.why);
                label for="until" { "L'accord dure jusqu'au" }
                input id="until" name="until" type="date" min=(today.to_string()) value=(until);
                p { button type="submit" { "Montrer l'accord à la personne" } }
            }
        },
    )
}

async fn form_page(
    State(state): State<Shared>,
    PartnerSession(session): PartnerSession,
) -> Response {
    let f = ReferralForm {
        structure: state.config.structures.first().cloned().unwrap_or_default(),
        ..ReferralForm::default()
    };
    form_markup(&state, &session, &f, None).into_response()
}

/// Step 2: the person reads the consent on the screen and answers.
async fn to_consent(
    State(state): State<Shared>,
    PartnerSession(session): PartnerSession,
    form: axum::Form<ReferralForm>,
) -> Response {
    let f = form.0;
    if let Err(r) = session.check(&f.csrf) {
        return *r;
    }
    let d = match draft(&state, &session, &f) {
        Ok(d) => d,
        Err(e) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                form_markup(&state, &session, &f, Some(&e)),
            )
                .into_response();
        }
    };
    let Some(code) = CopyCode::random() else {
        return error_page("no randomness for a copy code");
    };
    let lang = consent_lang(&f);
    let loc = Localizer::new(&lang);
    let lines = d.explain(&loc);
    page(
        "Accord de la personne",
        Some(&session),
        html! {
            p.hint { "Donnez l'écran à la personne. Elle lit, puis elle répond elle-même." }
            form method="post" action="/partenaire/orientation" {
                (hidden(&f, &session.csrf))
                label for="consent_lang" { "Langue de l'accord" }
                div.actions {
                    select id="consent_lang" name="consent_lang" {
                        @for (c, name) in LANGUAGES { option value=(c) selected[*c == lang.as_str()] { (name) } }
                    }
                    button.secondary type="submit" { "Afficher dans cette langue" }
                }
            }
            div.consent lang=(loc.lang()) dir=(dir(&loc)) {
                h1 { (loc.key("consent-title")) }
                @for l in &lines { p { (l) } }
                form method="post" action="/partenaire/accord" {
                    (hidden(&f, &session.csrf))
                    input type="hidden" name="consent_lang" value=(lang.as_str());
                    input type="hidden" name="id" value=(Uuid::now_v7().to_string());
                    input type="hidden" name="code" value=(code.as_str());
                    div.actions {
                        button type="submit" name="answer" value="accept" { (loc.key("consent-accept")) }
                        button type="submit" name="answer" value="refuse" { (loc.key("consent-refuse")) }
                    }
                }
            }
            p { "Si la personne veut changer quelque chose, " a href="/partenaire/orientation" { "recommencez le formulaire" } "." }
        },
    )
    .into_response()
}

/// Step 3: the person's answer. Yes: the referral is checked whole, stored, and the person's
/// copy printed. No: nothing is stored, and the page says whom to call.
async fn answer(
    State(state): State<Shared>,
    PartnerSession(session): PartnerSession,
    ClientIp(peer): ClientIp,
    form: axum::Form<ReferralForm>,
) -> Response {
    let f = form.0;
    if let Err(r) = session.check(&f.csrf) {
        return *r;
    }
    let d = match draft(&state, &session, &f) {
        Ok(d) => d,
        Err(e) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                form_markup(&state, &session, &f, Some(&e)),
            )
                .into_response();
        }
    };
    let lang = consent_lang(&f);
    let loc = Localizer::new(&lang);
    if f.answer != "accept" {
        return page(
            "Accord refusé",
            Some(&session),
            html! {
                h1 { "La personne a dit non" }
                p.notice role="status" lang=(loc.lang()) dir=(dir(&loc)) { (loc.text(&relais_core::i18n::Message::new("consent-done-refused").with("structure", d.to.contact.structure.clone()))) }
                @if loc.lang() != "fr" {
                    p.notice { (Localizer::french().text(&relais_core::i18n::Message::new("consent-done-refused").with("structure", d.to.contact.structure.clone()))) }
                }
                p { "Pour appeler : " (who_line(&d.to.contact)) }
                p { a href="/partenaire" { "Retour à mes orientations" } }
            },
        )
        .into_response();
    }
    let (Ok(id), Ok(code)) = (Uuid::parse_str(&f.id), CopyCode::parse(&f.code)) else {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            form_markup(
                &state,
                &session,
                &f,
                Some("Le formulaire est incomplet : recommencez."),
            ),
        )
            .into_response();
    };
    // The copy code comes back from the browser, and one already in use is refused: like
    // the API's, each answer is a try of a code, within the same limits as a lookup.
    if !referrals::api::copy_try_allowed(&state, peer).await {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            form_markup(
                &state,
                &session,
                &f,
                Some("Trop d'essais en peu de temps : attendez une minute, puis envoyez de nouveau la réponse de la personne."),
            ),
        )
            .into_response();
    }
    let now = Utc::now();
    let today = today(&state);
    let sub = SubmitReferral {
        id,
        structure_key: f.structure.clone(),
        professional: d.professional.clone(),
        person: d.person.clone(),
        consent: Consent {
            scope: d.scope.clone(),
            why: d.why.clone(),
            until: d.until,
            informed: Informed::ReadOnScreen,
            language: lang,
            given_at: now,
            revoked_at: None,
        },
        copy_code: code.clone(),
    };
    let prepared = match referrals::check(sub, Some(d.to.clone()), now, today) {
        Ok(p) => p,
        Err(refusal) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                form_markup(&state, &session, &f, Some(&refusal.french())),
            )
                .into_response();
        }
    };
    let key = state.token_key;
    let staff_id = session.staff.id;
    let login = session.staff.login.clone();
    let stored = state
        .db
        .write(move |c| {
            referrals::store(
                c,
                &key,
                &prepared,
                Source::Partner { staff_id },
                &login,
                now,
                today,
            )
        })
        .await;
    if let Err(e) = stored {
        return match e {
            // The answer sent twice (a double click, a reload after a lost page): when this
            // partner's referral already holds this very code, the person's copy is printed
            // again — it is shown nowhere else.
            DbError::Conflict(_) => {
                let (key, code2, id_s) = (state.token_key, code.clone(), id.to_string());
                let again = state
                    .db
                    .read(move |c| {
                        let same = referrals::find_by_copy(c, &key, code2.as_str())?
                            .is_some_and(|found| found == id_s)
                            && referrals::lists::load(c, &id_s)?.partner_id == Some(staff_id);
                        same.then(|| referrals::copy_view(c, &id_s)).transpose()
                    })
                    .await;
                match again {
                    Ok(Some(view)) => copy_sheet(&session, id, &view, &code, &loc).into_response(),
                    Ok(None) => {
                        Redirect::to(&format!("/partenaire/orientations/{id}")).into_response()
                    }
                    Err(e) => db_error(e),
                }
            }
            other => db_error(other),
        };
    }
    let id_s = id.to_string();
    let view = match state.db.read(move |c| referrals::copy_view(c, &id_s)).await {
        Ok(v) => v,
        Err(e) => return db_error(e),
    };
    copy_sheet(&session, id, &view, &code, &loc).into_response()
}

/// The person's copy, to print: what was shared, with whom, until when, whom to call, the
/// code in large letters and as a QR code.
fn copy_sheet(
    session: &Session,
    id: Uuid,
    view: &CopyView,
    code: &CopyCode,
    loc: &Localizer,
) -> Markup {
    // The SVG holds the code only (see core's `qr_svg`); its XML prologue has no place in HTML.
    let qr = qr_svg(code)
        .map(|s| match s.find("<svg") {
            Some(i) => s[i..].to_owned(),
            None => s,
        })
        .unwrap_or_default();
    page(
        "Copie de la personne",
        Some(session),
        html! {
            p.notice.no-print role="status" { "L'orientation est envoyée. Imprimez cette copie et donnez-la à la personne : c'est la seule fois que le code est montré." }
            div lang=(loc.lang()) dir=(dir(loc)) {
                h1 { (loc.key("copy-title")) }
                @for l in view.lines(None, loc) { p { (l) } }
            }
            p { "À appeler au CMP : " (who_line(&view.contact)) }
            p lang=(loc.lang()) dir=(dir(loc)) { (loc.key("copy-code-label")) }
            p.code { strong.code-big { (code.as_str()) } }
            div.qr role="img" aria-label=(format!("QR code du code {}", code.as_str())) { (PreEscaped(qr)) }
            p lang=(loc.lang()) dir=(dir(loc)) { (loc.key("copy-keep")) }
            p { "Pour revoir cette copie ou retirer l'accord : la page « Ma copie » du CMP, avec le code, ou un appel au CMP." }
            // No script runs on the desk's pages (its Content-Security-Policy): the browser's
            // own print command prints the copy.
            p.no-print { "Pour l'imprimer : Ctrl + P, ou « Imprimer » dans le menu du navigateur." }
            p.no-print.actions {
                a.button href=(format!("/partenaire/orientations/{id}")) { "Voir l'orientation" }
            }
        },
    )
}

async fn one(
    State(state): State<Shared>,
    PartnerSession(session): PartnerSession,
    Path(id): Path<String>,
) -> Response {
    let staff_id = session.staff.id;
    let found = state
        .db
        .read(move |c| {
            let item = referrals::lists::of_partner(c, staff_id, &id)?;
            let human = referrals::human_to_call(c, &item.referral)?;
            Ok((item, human))
        })
        .await;
    let (item, human) = match found {
        Ok(x) => x,
        Err(e) => return db_error(e),
    };
    let today = today(&state);
    let f = &item.referral;
    let active = f.revoked_at.is_none() && today <= f.until;
    page(
        "Orientation",
        Some(&session),
        html! {
            p { a href="/partenaire" { "← Mes orientations" } }
            h1 { "Orientation du " (short_time(f.created_at, state.tz)) }
            p { strong { (status_label(&item, today)) } }
            @if active {
                @if let Some(r) = &item.request { p { "Personne : " (r.content.name) } }
                p { "À appeler au CMP : " (who_line(&human)) }
                @if let Some(r) = &item.request {
                    @if let relais_core::request::RequestState::Confirmed(a) = referrals::for_professional(r.state.clone()) {
                        p { "Rendez-vous donné par le CMP"
                            @if let Some(w) = a.when { ", le " (short_time(w.with_timezone(&Utc), state.tz)) }
                            ", avec " (a.with.who.name().unwrap_or("l'équipe du CMP")) "." }
                    }
                }
                p { "Accord donné le " (short_time(f.given_at, state.tz))
                    @if let Some(i) = f.informed { " (" (informed_label(i)) ")" }
                    ", jusqu'au " (f.until.format("%d/%m/%Y")) "." }
                p { "Ce qui a été envoyé :" }
                ul { @for l in scope_labels(&f.scope) { li { (l) } } }
                form method="post" action=(format!("/partenaire/orientations/{}/revoke", f.id)) {
                    input type="hidden" name="csrf" value=(session.csrf);
                    fieldset {
                        legend { "La personne retire son accord" }
                        p.hint { "Le CMP efface ce qui a été envoyé. Il reste seulement une trace : une orientation a existé, et l'accord a été retiré." }
                        p { button.danger type="submit" { "Retirer l'accord" } }
                    }
                }
            } @else {
                p { "Vous ne voyez plus rien de cette orientation : l'accord est retiré ou terminé. Pour une question, appelez le CMP : " (who_line(&f.contact)) }
            }
        },
    )
    .into_response()
}

#[derive(Deserialize)]
struct CsrfOnly {
    csrf: String,
}

async fn revoke(
    State(state): State<Shared>,
    PartnerSession(session): PartnerSession,
    Path(id): Path<String>,
    form: axum::Form<CsrfOnly>,
) -> Response {
    if let Err(r) = session.check(&form.csrf) {
        return *r;
    }
    let staff_id = session.staff.id;
    let login = session.staff.login.clone();
    let days = state.config.retention_days;
    let now = Utc::now();
    let id2 = id.clone();
    let done = state
        .db
        .write(move |c| {
            // Only the partner's own referral: another's is "not found".
            let item = referrals::lists::of_partner(c, staff_id, &id2)?;
            referrals::revoke(c, &item.referral.id, Revoker::Partner(&login), days, now)
        })
        .await;
    match done {
        Ok(_) => {
            referrals::api::erase_traces(&state).await;
            Redirect::to(&format!("/partenaire/orientations/{id}")).into_response()
        }
        Err(e) => db_error(e),
    }
}

// ---------------------------------------------------------------------------------------------
// The person's copy, by its code

#[derive(Deserialize)]
struct CodeForm {
    csrf: String,
    #[serde(default)]
    code: String,
}

fn copy_cookie_value(state: &Shared, headers: &HeaderMap) -> Option<String> {
    crate::console::cookie(state, headers, COPY_COOKIE)
}

fn code_form(state: &Shared, csrf: &str, message: Option<(bool, &str)>) -> Markup {
    page(
        "Ma copie",
        None,
        html! {
            h1 { "Revoir ma copie" }
            p { "Un professionnel a envoyé votre demande au CMP avec votre accord. Vous avez reçu une feuille avec un code. Écrivez ce code ici pour voir ce qui a été envoyé, et pour retirer votre accord si vous voulez." }
            @if let Some((error, m)) = message {
                @if error { p.error role="alert" { (m) } } @else { p.notice role="status" { (m) } }
            }
            form method="post" action="/copie" {
                input type="hidden" name="csrf" value=(csrf);
                label for="code" { "Votre code" }
                input id="code" name="code" required autocomplete="off" autocapitalize="characters" spellcheck="false";
                p.hint { "Des lettres et des chiffres, par exemple : KRA-479. Les tirets et les espaces ne comptent pas." }
                p { button type="submit" { "Voir ma copie" } }
            }
            p { "Pas de code, ou une question ? Appelez le CMP au " (phone_link(state.desk_phone)) " (" (state.config.desk_name) ")." }
        },
    )
}

async fn copy_page(State(state): State<Shared>) -> Response {
    let Ok(csrf) = secrets::random_token() else {
        return error_page("no randomness");
    };
    let mut res = code_form(&state, &csrf, None).into_response();
    res.headers_mut().insert(
        header::SET_COOKIE,
        crate::console::set_cookie(&state, COPY_COOKIE, &csrf, 3600),
    );
    res
}

/// The form's token must match the cookie set with the form.
fn copy_csrf_ok(state: &Shared, headers: &HeaderMap, form: &str) -> bool {
    let c = copy_cookie_value(state, headers).unwrap_or_default();
    !c.is_empty() && secrets::equal(c.as_bytes(), form.as_bytes())
}

fn expired(state: &Shared) -> Response {
    (
        StatusCode::FORBIDDEN,
        page(
            "Formulaire expiré",
            None,
            html! {
                h1 { "Ce formulaire a expiré" }
                p { a href="/copie" { "Rouvrez la page" } ", puis écrivez votre code à nouveau. Ou appelez le CMP au " (phone_link(state.desk_phone)) "." }
            },
        ),
    )
        .into_response()
}

async fn show_copy(
    state: &Shared,
    peer: std::net::IpAddr,
    csrf: &str,
    code: String,
    by: Option<Revoker<'static>>,
) -> Response {
    let typed = code.clone();
    match open_copy(state, peer, code, by).await {
        Ok(Some(view)) => copy_view_page(state, csrf, &view, &typed).into_response(),
        Ok(None) => (
            StatusCode::NOT_FOUND,
            code_form(
                state,
                csrf,
                Some((true, "Ce code ne correspond à aucune copie. Vérifiez le code, ou appelez le CMP.")),
            ),
        )
            .into_response(),
        Err(CopyFailure::RateLimited) => (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, "60")],
            code_form(
                state,
                csrf,
                Some((true, "Trop d'essais. Attendez une minute, ou appelez le CMP : il peut retrouver votre orientation.")),
            ),
        )
            .into_response(),
        Err(CopyFailure::Db(e)) => db_error(e),
    }
}

fn copy_view_page(state: &Shared, csrf: &str, view: &CopyView, code: &str) -> Markup {
    let loc = Localizer::french();
    page(
        "Ma copie",
        None,
        html! {
            h1 { (loc.key("copy-title")) }
            @if view.revoked_at.is_some() { p.notice role="status" { "Votre accord est retiré. Le CMP a effacé ce qui avait été envoyé." } }
            @for l in view.lines(None, &loc) { p { (l) } }
            p { "La personne à appeler au CMP : " (who_line(&view.contact)) }
            @if view.revoked_at.is_none() {
                form method="post" action="/copie/retirer" {
                    input type="hidden" name="csrf" value=(csrf);
                    input type="hidden" name="code" value=(code);
                    fieldset {
                        legend { "Retirer mon accord" }
                        p { "Le CMP efface ce qui a été envoyé. Vous pouvez toujours appeler le CMP vous-même." }
                        p { button.danger type="submit" { "Je retire mon accord" } }
                    }
                }
            }
            p { "Une question ? Appelez le " (phone_link(state.desk_phone)) "." }
        },
    )
}

async fn copy_lookup(
    State(state): State<Shared>,
    ClientIp(peer): ClientIp,
    headers: HeaderMap,
    form: axum::Form<CodeForm>,
) -> Response {
    if !copy_csrf_ok(&state, &headers, &form.csrf) {
        return expired(&state);
    }
    show_copy(&state, peer, &form.csrf, form.code.clone(), None).await
}

async fn copy_revoke(
    State(state): State<Shared>,
    ClientIp(peer): ClientIp,
    headers: HeaderMap,
    form: axum::Form<CodeForm>,
) -> Response {
    if !copy_csrf_ok(&state, &headers, &form.csrf) {
        return expired(&state);
    }
    show_copy(
        &state,
        peer,
        &form.csrf,
        form.code.clone(),
        Some(Revoker::Person),
    )
    .await
}
