//! Referrals at the desk: a professional's referral with the person's consent (CSP L1110-4,
//! décret 2016-1349), from the professional's phone (`/v1/referrals`) or the partner page.
//!
//! - Checked whole before anything is written ([`check`]): a consent active today, nothing
//!   about the person outside its scope, one of this desk's structures, valid data. A refused
//!   referral leaves no trace in the database.
//! - Stored ([`store`]) as a request with the same id, so that reception handles it in the
//!   call list, plus a `referral` row: the professional, the consent, the hash of the
//!   professional's token and a keyed hash of the person's copy code. Idempotent by the
//!   referral's UUIDv7, as requests are.
//! - Revoked ([`revoke`]) by the professional's token, the person's copy code, a partner or
//!   reception on the phone with the person: the request and everything hanging from it
//!   (call attempts, SMS) are deleted, the consent's purpose and language too; the referral
//!   keeps only a trace (for which structure, from whom, which kinds of data, when, revoked
//!   when). The caller then truncates the WAL ([`crate::db::Db::truncate_wal`]); with
//!   `secure_delete` on, neither the database file nor its WAL holds the shared fields.
//! - [`duplicates`]: likely duplicates across app, SMS and referrals; [`lists`]: what the
//!   console and the partner pages show.

pub mod api;
mod content;
pub mod duplicates;
pub mod lists;

pub use content::{UNNAMED, to_content};

use crate::db::DbError;
use crate::requests::audit;
use crate::sql::{Connection, OptionalExtension, params};
use crate::{AppState, secrets};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use relais_core::contact::HumanContact;
use relais_core::directory::DeskLink;
use relais_core::referral::copy::CopyView;
use relais_core::referral::{CopyCode, Draft, Recipient, Referral, ReferralError, Shared};
use relais_core::request::{Appointment, CloseReason, RequestContent, RequestState};
use relais_core::wire::{Channel, ReferralAnswer, ReferralStatus, SubmitReferral, SubmitRequest};
use uuid::Uuid;

/// Labels of the keyed hashes (see [`secrets::keyed_hash`]).
const COPY_LABEL: &[u8] = b"relais-copy-v1";
const FINGERPRINT_LABEL: &[u8] = b"relais-referral-fingerprint-v1";

/// How far ahead of the desk's clock a phone's clock may be when it records the consent.
const CLOCK_SKEW_MINUTES: i64 = 10;

/// Where a referral came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The professional's phone, through `/v1/referrals`.
    App,
    /// The partner page, by this signed-in partner.
    Partner { staff_id: i64 },
}

/// Who takes a consent back (the audit says which).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Revoker<'a> {
    /// With the copy code (the public page, or an app).
    Person,
    /// With the professional's token, from their phone.
    Professional,
    /// Reception, on the phone with the person (their login).
    Staff(&'a str),
    /// The partner who made the referral, for the person (their login).
    Partner(&'a str),
}

impl Revoker<'_> {
    fn column(self) -> &'static str {
        match self {
            Revoker::Person => "person",
            Revoker::Professional => "professional",
            Revoker::Staff(_) => "staff",
            Revoker::Partner(_) => "partner",
        }
    }

    fn who(&self) -> &str {
        match self {
            Revoker::Person => "person",
            Revoker::Professional => "professional",
            Revoker::Staff(login) | Revoker::Partner(login) => login,
        }
    }
}

/// Why a referral is refused whole. Nothing is stored in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("this desk does not take referrals for this structure")]
    UnknownStructure,
    #[error("the person has not consented")]
    NoConsent,
    #[error("the consent was taken back")]
    ConsentRevoked,
    #[error("the consent has expired")]
    ConsentExpired,
    #[error("the consent must end after it was given, and within one year")]
    BadDuration,
    #[error("{0:?} is shared but the consent does not cover it")]
    OutsideScope(Shared),
    #[error("the referral lacks {0}")]
    Incomplete(&'static str),
    #[error("invalid: {0}")]
    Invalid(String),
}

impl From<ReferralError> for Refusal {
    fn from(e: ReferralError) -> Refusal {
        match e {
            ReferralError::Incomplete(what) => Refusal::Incomplete(what),
            ReferralError::Invalid(what) => Refusal::Invalid(what.into()),
            ReferralError::NoConsent => Refusal::NoConsent,
            ReferralError::ConsentExpired => Refusal::ConsentExpired,
            ReferralError::ConsentRevoked => Refusal::ConsentRevoked,
            ReferralError::OutsideScope(s) => Refusal::OutsideScope(s),
            ReferralError::BadDuration => Refusal::BadDuration,
            ReferralError::NoDesk => Refusal::UnknownStructure,
            ReferralError::NoRandomness => Refusal::Invalid("copy code".into()),
        }
    }
}

impl Refusal {
    /// The API's stable error code.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::UnknownStructure => "unknown_structure",
            Refusal::NoConsent => "no_consent",
            Refusal::ConsentRevoked => "consent_revoked",
            Refusal::ConsentExpired => "consent_expired",
            Refusal::BadDuration => "bad_consent_duration",
            Refusal::OutsideScope(_) => "outside_scope",
            Refusal::Incomplete(_) | Refusal::Invalid(_) => "invalid_referral",
        }
    }

    /// For the API: a plain sentence that names a kind of field, never a value.
    pub fn message(&self) -> String {
        let base = match self {
            Refusal::OutsideScope(s) => format!(
                "The referral carries the {} but the person's consent does not cover it",
                serde_json::to_value(s)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            ),
            other => {
                let mut t = other.to_string();
                if let Some(first) = t.get(..1) {
                    t = first.to_uppercase() + t.get(1..).unwrap_or_default();
                }
                t
            }
        };
        format!("{base}. Nothing was stored. The professional can call the CMP.")
    }

    /// For the partner page, in French.
    pub fn french(&self) -> String {
        match self {
            Refusal::UnknownStructure => {
                "Ce CMP ne reçoit pas d'orientation ici : appelez-le directement.".into()
            }
            Refusal::NoConsent => "La personne n'a pas donné son accord : rien n'est envoyé.".into(),
            Refusal::ConsentRevoked => "L'accord a été retiré : rien n'est envoyé.".into(),
            Refusal::ConsentExpired => "L'accord est expiré : rien n'est envoyé.".into(),
            Refusal::BadDuration => {
                "La fin de l'accord doit être aujourd'hui ou plus tard, et dans moins d'un an."
                    .into()
            }
            Refusal::OutsideScope(_) => {
                "Une donnée serait envoyée sans l'accord de la personne : rien n'est envoyé."
                    .into()
            }
            Refusal::Incomplete(_) | Refusal::Invalid(_) => {
                "Une information manque ou n'est pas valide (nom, structure, fonction, motif, téléphone, ou un texte trop long)."
                    .into()
            }
        }
    }
}

/// A referral checked whole, ready to be stored.
#[derive(Clone, Debug)]
pub struct Prepared {
    pub sub: SubmitReferral,
    /// Whom the person and the professional call at the CMP.
    pub contact: HumanContact,
    /// What the call list shows: only the shared fields.
    pub content: RequestContent,
}

/// The recipient for a structure this desk serves: its contact from the directory (else the
/// desk's own), and this desk. `None` for a structure whose referrals do not come here.
pub fn recipient(state: &AppState, structure_key: &str) -> Option<Recipient> {
    if !state.config.structures.iter().any(|k| k == structure_key) {
        return None;
    }
    let contact = crate::lines::for_cmp(state, Some(structure_key)).contact;
    Some(Recipient {
        structure_key: structure_key.to_owned(),
        contact,
        desk: Some(DeskLink {
            url: state.public_url.clone(),
            sms: state.sms_number,
        }),
    })
}

/// Checks a referral whole, with core's rules (the same as on the phone): the consent is
/// active today, everything about the person lies inside its scope, the professional and
/// the purpose are given, and the data is valid. `today` is the desk's date.
pub fn check(
    sub: SubmitReferral,
    to: Option<Recipient>,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Prepared, Refusal> {
    let to = to.ok_or(Refusal::UnknownStructure)?;
    if sub.consent.given_at > now + Duration::minutes(CLOCK_SKEW_MINUTES) {
        return Err(Refusal::Invalid("the consent's time".into()));
    }
    let referral = Referral {
        id: sub.id,
        created_at: sub.consent.given_at,
        professional: sub.professional.clone(),
        to: to.clone(),
        person: sub.person.clone(),
        consent: sub.consent.clone(),
        copy: sub.copy_code.clone(),
    };
    referral.check_sendable(today)?;
    let draft = Draft {
        professional: sub.professional.clone(),
        to: to.clone(),
        person: sub.person.clone(),
        scope: sub.consent.scope.clone(),
        why: sub.consent.why.clone(),
        until: sub.consent.until,
    };
    draft.check(sub.consent.given_at.date_naive())?;
    let content = to_content(&sub.person, &sub.professional);
    if let Err(errors) = content.check() {
        let fields: Vec<String> = errors
            .iter()
            .filter_map(|e| {
                serde_json::to_value(e.field)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
            })
            .collect();
        return Err(Refusal::Invalid(fields.join(", ")));
    }
    Ok(Prepared {
        contact: to.contact,
        sub,
        content,
    })
}

/// The outcome of storing a referral.
#[derive(Debug)]
pub struct Stored {
    pub answer: ReferralAnswer,
    pub created: bool,
}

fn time(s: &str) -> Result<DateTime<Utc>, DbError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| DbError::Data(e.to_string()))
}

fn copy_hash(key: &[u8; 32], code: &CopyCode) -> [u8; 32] {
    secrets::keyed_hash(key, COPY_LABEL, code.as_str().as_bytes())
}

/// Stores a checked referral and the request it becomes. The same id with the same body
/// gives the same answer (and after a revocation, the revoked status); the same id with
/// another body, or an id a request already uses, is a conflict.
pub fn store(
    conn: &Connection,
    key: &[u8; 32],
    p: &Prepared,
    source: Source,
    who: &str,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Stored, DbError> {
    let sub = &p.sub;
    let id = sub.id.to_string();
    let token = secrets::referral_token(key, sub.id.as_bytes());
    let fingerprint = secrets::keyed_hash(key, FINGERPRINT_LABEL, &serde_json::to_vec(sub)?);
    let existing: Option<Option<Vec<u8>>> = conn
        .query_row(
            "SELECT fingerprint FROM referral WHERE id = ?1",
            [&id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(stored) = existing {
        if stored.is_some_and(|f| !secrets::equal(&f, &fingerprint)) {
            return Err(DbError::Conflict(
                "another referral already uses this id".into(),
            ));
        }
        let row = lists::load(conn, &id)?;
        return Ok(Stored {
            answer: ReferralAnswer {
                id: sub.id,
                token,
                status: status_of(conn, &row, today)?,
            },
            created: false,
        });
    }
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM request WHERE id = ?1)
             OR EXISTS (SELECT 1 FROM referral WHERE copy_hash = ?2)",
        params![id, &copy_hash(key, &sub.copy_code)[..]],
        |r| r.get(0),
    )?;
    if taken {
        return Err(DbError::Conflict(
            "another request already uses this id or this copy code".into(),
        ));
    }
    let state = crate::requests::insert_received(
        conn,
        key,
        &SubmitRequest {
            id: sub.id,
            structure_key: Some(sub.structure_key.clone()),
            content: p.content.clone(),
        },
        Channel::App,
        now,
    )?;
    let mut scope = sub.consent.scope.clone();
    scope.sort();
    scope.dedup();
    let (source_name, partner) = match source {
        Source::App => ("app", None),
        Source::Partner { staff_id } => ("partner", Some(staff_id)),
    };
    conn.execute(
        "INSERT INTO referral (id, request_id, structure_key, source, partner_id, token_hash, copy_hash,
                               fingerprint, professional, contact, scope, why, until, informed, language,
                               given_at, created_at)
         VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            id,
            sub.structure_key,
            source_name,
            partner,
            &secrets::sha256(token.as_bytes())[..],
            &copy_hash(key, &sub.copy_code)[..],
            &fingerprint[..],
            serde_json::to_string(&sub.professional)?,
            serde_json::to_string(&p.contact)?,
            serde_json::to_string(&scope)?,
            sub.consent.why.trim(),
            sub.consent.until.to_string(),
            serde_json::to_value(sub.consent.informed)?
                .as_str()
                .unwrap_or_default(),
            sub.consent.language.as_str(),
            sub.consent.given_at.to_rfc3339(),
            now.to_rfc3339(),
        ],
    )?;
    let kinds: Vec<String> = scope
        .iter()
        .filter_map(|s| {
            serde_json::to_value(s)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
        })
        .collect();
    audit(
        conn,
        who,
        "referral_received",
        Some(&id),
        &format!("source={source_name} scope={}", kinds.join(",")),
    )?;
    Ok(Stored {
        answer: ReferralAnswer {
            id: sub.id,
            token,
            status: ReferralStatus {
                id: sub.id,
                state: Some(state),
                revoked_at: None,
                updated_at: now,
            },
        },
        created: true,
    })
}

/// What the professional may see of the request's state: the outcome (confirmed with whom,
/// redirected to whom, closed), and nothing else.
pub fn for_professional(state: RequestState) -> RequestState {
    // The consent tells the person that the professional "will know whether the CMP gives you
    // an appointment, and with whom": that, and that the request moved on, nothing more — no
    // date, place or kind of appointment, no call outcomes, no reason for a closing.
    match state {
        RequestState::Confirmed(a) => RequestState::Confirmed(Appointment {
            when: None,
            place: String::new(),
            confirmed_by: String::new(),
            ..a
        }),
        RequestState::Contacting { at, .. } => RequestState::Received { at },
        RequestState::Redirected { to, at, .. } => RequestState::Redirected {
            to,
            why: String::new(),
            at,
        },
        RequestState::Closed { at, .. } => RequestState::Closed {
            why: CloseReason::Other {
                note: String::new(),
            },
            at,
        },
        other => other,
    }
}

/// The professional's view of a referral: the outcome while the consent is active; nothing
/// once it was revoked or has ended.
fn status_of(
    conn: &Connection,
    row: &lists::Row,
    today: NaiveDate,
) -> Result<ReferralStatus, DbError> {
    let id = Uuid::parse_str(&row.id).map_err(|e| DbError::Data(e.to_string()))?;
    if let Some(at) = row.revoked_at {
        return Ok(ReferralStatus {
            id,
            state: None,
            revoked_at: Some(at),
            updated_at: at,
        });
    }
    let request: Option<(String, String)> = match &row.request_id {
        Some(rid) => conn
            .query_row(
                "SELECT state, updated_at FROM request WHERE id = ?1",
                [rid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?,
        None => None,
    };
    let active = today <= row.until;
    Ok(match request {
        Some((state, updated)) if active => ReferralStatus {
            id,
            state: Some(for_professional(serde_json::from_str(&state)?)),
            revoked_at: None,
            updated_at: time(&updated)?,
        },
        _ => ReferralStatus {
            id,
            state: None,
            revoked_at: None,
            updated_at: row.created_at,
        },
    })
}

/// Finds a referral by id and the professional's token. Unknown id and wrong token look
/// the same.
fn by_token(conn: &Connection, id: Uuid, token: &str) -> Result<lists::Row, DbError> {
    let row = lists::load(conn, &id.to_string())?;
    if !secrets::equal(&row.token_hash, &secrets::sha256(token.as_bytes())) {
        return Err(DbError::NotFound);
    }
    Ok(row)
}

/// `GET /v1/referrals/{id}`: the professional's view.
pub fn status(
    conn: &Connection,
    id: Uuid,
    token: &str,
    today: NaiveDate,
) -> Result<ReferralStatus, DbError> {
    let row = by_token(conn, id, token)?;
    status_of(conn, &row, today)
}

/// The referral a copy code opens, if any. The lookup goes through a keyed hash of the code
/// (its index says nothing about codes), and the stored hash is compared in constant time.
pub fn find_by_copy(
    conn: &Connection,
    key: &[u8; 32],
    code: &str,
) -> Result<Option<String>, DbError> {
    let Ok(code) = CopyCode::parse(code) else {
        return Ok(None);
    };
    let hash = copy_hash(key, &code);
    let found: Option<(String, Vec<u8>)> = conn
        .query_row(
            "SELECT id, copy_hash FROM referral WHERE copy_hash = ?1",
            [&hash[..]],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(found
        .filter(|(_, stored)| secrets::equal(stored, &hash))
        .map(|(id, _)| id))
}

/// Whom the person calls about a referral: once staff handle it, the named human (the
/// appointment's, the one it was redirected to, or the staff member calling); before, the
/// CMP's contact stored with the referral.
pub fn human_to_call(conn: &Connection, row: &lists::Row) -> Result<HumanContact, DbError> {
    let state: Option<String> = match &row.request_id {
        Some(rid) => conn
            .query_row("SELECT state FROM request WHERE id = ?1", [rid], |r| {
                r.get(0)
            })
            .optional()?,
        None => None,
    };
    let state: Option<RequestState> = state.map(|s| serde_json::from_str(&s)).transpose()?;
    Ok(match state {
        Some(RequestState::Confirmed(a)) => a.with,
        Some(RequestState::Redirected { to, .. }) => to,
        Some(RequestState::Contacting {
            handled_by: Some(by),
            ..
        }) => by,
        _ => row.contact.clone(),
    })
}

/// The person's copy: what was shared (the kinds), with whom, why, until when, revoked when,
/// whom to call. After a revocation the purpose is gone and is not shown.
pub fn copy_view(conn: &Connection, id: &str) -> Result<CopyView, DbError> {
    let row = lists::load(conn, id)?;
    let contact = human_to_call(conn, &row)?;
    Ok(CopyView {
        professional: row.professional.name,
        organisation: row.professional.organisation,
        contact,
        shared: row.scope,
        why: row.why.unwrap_or_default(),
        until: row.until,
        given_at: row.given_at,
        revoked_at: row.revoked_at,
    })
}

/// Takes the consent back: deletes the request it became (its content, call attempts and SMS
/// go with it) and the consent's purpose and language, keeps a trace, and audits who did
/// it. Revoking twice changes nothing. The caller truncates the WAL afterwards.
pub fn revoke(
    conn: &Connection,
    id: &str,
    by: Revoker<'_>,
    retention_days: u32,
    now: DateTime<Utc>,
) -> Result<ReferralStatus, DbError> {
    let row = lists::load(conn, id)?;
    if row.revoked_at.is_some() {
        return status_of(conn, &row, now.date_naive());
    }
    if let Some(request) = &row.request_id {
        conn.execute("DELETE FROM request WHERE id = ?1", [request])?;
    }
    conn.execute(
        "UPDATE referral SET request_id = NULL, fingerprint = NULL, why = NULL, informed = NULL,
                language = NULL, revoked_at = ?2, revoked_by = ?3, purge_after = ?4
         WHERE id = ?1",
        params![
            id,
            now.to_rfc3339(),
            by.column(),
            (now + Duration::days(i64::from(retention_days))).to_rfc3339()
        ],
    )?;
    audit(
        conn,
        by.who(),
        "referral_revoked",
        Some(id),
        &format!("by={}", by.column()),
    )?;
    let row = lists::load(conn, id)?;
    status_of(conn, &row, now.date_naive())
}

/// `POST /v1/referrals/{id}/revoke`: the professional, for the person.
pub fn revoke_by_token(
    conn: &Connection,
    id: Uuid,
    token: &str,
    retention_days: u32,
    now: DateTime<Utc>,
) -> Result<ReferralStatus, DbError> {
    let row = by_token(conn, id, token)?;
    revoke(conn, &row.id, Revoker::Professional, retention_days, now)
}

/// Deletes the traces past their time, and referrals whose request the retention purge
/// removed (their consent's purpose goes with them). Returns how many.
pub fn purge(conn: &Connection, now: DateTime<Utc>) -> Result<usize, DbError> {
    Ok(conn.execute(
        "DELETE FROM referral
         WHERE (purge_after IS NOT NULL AND purge_after <= ?1)
            OR (request_id IS NULL AND revoked_at IS NULL)",
        [now.to_rfc3339()],
    )?)
}

#[cfg(test)]
mod tests;
