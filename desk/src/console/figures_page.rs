//! The managers' page: figures per CMP and per week, and their CSV export. Admins only.
//! What is counted, and why nothing is counted per staff member, is in [`crate::figures`].

use super::{Session, db_error, page, structure_label};
use crate::Shared;
use crate::figures::{self, CmpFigures, DEFAULT_WEEKS, Delay, MAX_WEEKS, Week};
use crate::{auth, requests};
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use maud::{Markup, html};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(super) struct Period {
    semaines: Option<String>,
}

/// The number of weeks asked for; anything else than a number from 1 to [`MAX_WEEKS`] is
/// answered with a page that says so.
fn weeks(p: &Period) -> Result<u32, String> {
    match p.semaines.as_deref().map(str::trim) {
        None | Some("") => Ok(DEFAULT_WEEKS),
        Some(s) => match s.parse::<u32>() {
            Ok(n) if (1..=MAX_WEEKS).contains(&n) => Ok(n),
            _ => Err(format!(
                "La période doit être un nombre de semaines entre 1 et {MAX_WEEKS}."
            )),
        },
    }
}

/// The figures of the CMPs this admin works for (all of them for the group's admins).
async fn figures_for(
    state: &Shared,
    session: &Session,
    weeks: u32,
) -> Result<Vec<CmpFigures>, Response> {
    let now = Utc::now();
    let since = figures::window_start(now, state.tz, weeks);
    let staff_id = session.staff.id;
    let (mut moments, only) = state
        .db
        .read(move |c| {
            let only = auth::staff_cmps(c)?.remove(&staff_id);
            Ok((figures::load(c, since)?, only))
        })
        .await
        .map_err(db_error)?;
    let cmps: Vec<Option<String>> = match &only {
        None => state.config.structures.iter().cloned().map(Some).collect(),
        Some(keys) => {
            moments.retain(|m| m.structure_key.as_ref().is_some_and(|k| keys.contains(k)));
            keys.iter().cloned().map(Some).collect()
        }
    };
    Ok(figures::compute(&moments, &cmps, state.tz, now, weeks))
}

fn bad_period(session: &Session, message: &str) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        page(
            "Chiffres",
            Some(session),
            html! {
                h1 { "Chiffres par CMP et par semaine" }
                p.error role="alert" { (message) }
                p { a href="/console/figures" { "Voir les 12 dernières semaines" } }
            },
        ),
    )
        .into_response()
}

pub(super) async fn figures_page(
    State(state): State<Shared>,
    session: Session,
    Query(period): Query<Period>,
) -> Response {
    if let Err(r) = session.admin() {
        return *r;
    }
    let weeks = match weeks(&period) {
        Ok(w) => w,
        Err(m) => return bad_period(&session, &m),
    };
    let figures = match figures_for(&state, &session, weeks).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    page("Chiffres", Some(&session), html! {
        h1 { "Chiffres par CMP et par semaine" }
        p { "Ces chiffres comptent des demandes, jamais des personnes de l'équipe. Les personnes qui font les appels ont demandé à ne pas être mesurées une par une : Relais n'enregistre aucun chiffre par agent." }
        details {
            summary { "Comment lire ces chiffres" }
            ul {
                li { "Une semaine va du lundi au dimanche, à l'heure du CMP." }
                li { "Les demandes reçues dans une semaine sont suivies jusqu'à aujourd'hui : délais et issues comptent avec la semaine où la demande est arrivée." }
                li { "Délai : la moitié des demandes ont eu leur premier appel (ou leur confirmation) en moins que la médiane ; 9 sur 10 en moins que le 90e centile." }
                li { "En attente : demandes reçues et ni confirmées, ni réorientées, ni closes à la fin de la semaine." }
            }
        }
        form method="get" action="/console/figures" {
            label for="semaines" { "Période" }
            select id="semaines" name="semaines" {
                @for (n, label) in [(4, "4 dernières semaines"), (12, "12 dernières semaines"), (26, "26 dernières semaines"), (52, "52 dernières semaines")] {
                    option value=(n) selected[n == weeks] { (label) }
                }
            }
            div.actions { button type="submit" { "Afficher" } }
        }
        p { a href=(format!("/console/figures.csv?semaines={weeks}")) download="relais-chiffres.csv" { "Télécharger ces chiffres (CSV, pour un tableur)" } }
        @for cmp in &figures {
            (cmp_table(&structure_label(&state, cmp.structure_key.as_deref()), cmp))
        }
    })
    .into_response()
}

fn delay(d: &Delay) -> Markup {
    match (d.median, d.p90) {
        (Some(m), Some(p)) => html! { (figures::delay_words(m)) " / " (figures::delay_words(p)) },
        _ => html! { span aria-label="aucune" { "–" } },
    }
}

fn share(n: u32, of: u32) -> String {
    match (n * 100 + of / 2).checked_div(of) {
        Some(percent) => format!("{n} ({percent}\u{a0}%)"),
        None => n.to_string(),
    }
}

fn received(w: &Week) -> String {
    let parts: Vec<String> = w
        .received
        .iter()
        .map(|(channel, n)| {
            let name = match channel.as_str() {
                "app" => "appli",
                "sms" => "SMS",
                "referral" => "orientation",
                other => other,
            };
            format!("{n} {name}")
        })
        .collect();
    if parts.is_empty() {
        "0".into()
    } else {
        format!("{} ({})", w.received_total(), parts.join(", "))
    }
}

fn cmp_table(name: &str, cmp: &CmpFigures) -> Markup {
    html! {
        h2 { (name) }
        table {
            caption { "Semaine par semaine, la plus récente en premier" }
            thead { tr {
                th scope="col" { "Semaine du" }
                th scope="col" { "Reçues" }
                th scope="col" { "Premier appel (médiane / 90 %)" }
                th scope="col" { "Confirmation (médiane / 90 %)" }
                th scope="col" { "Confirmées" }
                th scope="col" { "Réorientées" }
                th scope="col" { "Closes" }
                th scope="col" { "Retirées par la personne" }
                th scope="col" { "En attente en fin de semaine" }
            } }
            tbody { @for w in &cmp.weeks {
                @let total = w.received_total();
                tr {
                    th scope="row" { (w.monday.format("%d/%m/%Y")) }
                    td { (received(w)) }
                    td { (delay(&w.to_first_call)) }
                    td { (delay(&w.to_confirmation)) }
                    td { (share(w.confirmed, total)) }
                    td { (share(w.redirected, total)) }
                    td { (share(w.closed, total)) }
                    td { (share(w.withdrawn, total)) }
                    td { (w.waiting_at_end) }
                }
            } }
        }
    }
}

pub(super) async fn figures_csv(
    State(state): State<Shared>,
    session: Session,
    Query(period): Query<Period>,
) -> Response {
    if let Err(r) = session.admin() {
        return *r;
    }
    let weeks = match weeks(&period) {
        Ok(w) => w,
        Err(m) => return bad_period(&session, &m),
    };
    let figures = match figures_for(&state, &session, weeks).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let login = session.staff.login.clone();
    let audited = state
        .db
        .write(move |c| {
            requests::audit(c, &login, "figures_export", None, &format!("weeks={weeks}"))
        })
        .await;
    if let Err(e) = audited {
        return db_error(e);
    }
    let body = figures::csv(&figures, |key| structure_label(&state, key));
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"relais-chiffres.csv\"",
            ),
        ],
        body,
    )
        .into_response()
}
