//! Requests at the desk: submission (idempotent), status by capability, staff actions through
//! core's state machine, the call list, and retention. Every function runs inside a database
//! closure ([`crate::db::Db::write`] or `read`).

use crate::db::DbError;
use crate::secrets;
use crate::sql::{Connection, OptionalExtension, params};
use chrono::{DateTime, Duration, Utc};
use relais_core::contact::{HumanContact, OpeningHours, Phone, Role, Who};
use relais_core::request::{RequestContent, RequestEvent, RequestState, TransitionError};
use relais_core::sms::SmsRequest;
use relais_core::wire::{Channel, RequestStatus, SubmitRequest};
use uuid::Uuid;

/// A staff member as the rest of the desk sees them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Staff {
    pub id: i64,
    pub login: String,
    pub display_name: String,
    pub phone: Phone,
    pub role: StaffRole,
    /// A partner's structure ("CCAS de Villerelais") and job ("Assistante sociale").
    pub organisation: Option<String>,
    pub job: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffRole {
    Reception,
    Clinician,
    Admin,
    /// A professional outside the CMP (social worker, shelter…): sees only their own
    /// referrals, on the partner pages, and nothing of the console.
    Partner,
}

impl StaffRole {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Reception => "reception",
            StaffRole::Clinician => "clinician",
            StaffRole::Admin => "admin",
            StaffRole::Partner => "partner",
        }
    }

    /// The role's name in the console.
    pub fn label(self) -> &'static str {
        match self {
            StaffRole::Reception => "Accueil",
            StaffRole::Clinician => "Soignant",
            StaffRole::Admin => "Administrateur",
            StaffRole::Partner => "Partenaire (hors CMP)",
        }
    }

    pub fn parse(s: &str) -> Option<StaffRole> {
        match s {
            "reception" => Some(StaffRole::Reception),
            "clinician" => Some(StaffRole::Clinician),
            "admin" => Some(StaffRole::Admin),
            "partner" => Some(StaffRole::Partner),
            _ => None,
        }
    }
}

impl Staff {
    /// The human the person sees once this staff member handles the request.
    pub fn contact(&self, desk_name: &str, hours: Option<OpeningHours>) -> HumanContact {
        let role = match self.role {
            StaffRole::Clinician => Role::Clinician,
            _ => Role::Secretariat,
        };
        HumanContact::new(
            Who::named(self.display_name.as_str(), Some(role)),
            desk_name,
            self.phone,
            hours,
        )
    }

    /// A partner as the referral names them: the relay the CMP may call. `None` for staff of
    /// the CMP, or a partner whose structure or job is missing.
    pub fn professional(&self) -> Option<relais_core::referral::Professional> {
        (self.role == StaffRole::Partner).then_some(())?;
        Some(relais_core::referral::Professional {
            name: self.display_name.clone(),
            organisation: self.organisation.clone()?,
            role: self.job.clone()?,
            phone: self.phone,
        })
    }
}

/// A request as the console shows it.
#[derive(Clone, Debug)]
pub struct DeskRequest {
    pub id: String,
    pub channel: Channel,
    pub structure_key: Option<String>,
    pub content: RequestContent,
    pub state: RequestState,
    pub received_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub attempts: Vec<(DateTime<Utc>, String, String)>,
}

/// Why a staff action is not possible, in the French the console speaks.
pub fn impossible(e: &TransitionError) -> String {
    match e {
        TransitionError::Impossible { from, .. } => format!(
            "La demande est dans l'état « {} » : cette action n'est plus possible.",
            state_fr(from)
        ),
        TransitionError::UnnamedHuman => {
            "Indiquez le nom de la personne que le patient rencontrera ou appellera.".into()
        }
        TransitionError::MissingDate => {
            "Indiquez la date et l'heure (seule la liste d'attente peut ne pas en avoir).".into()
        }
        TransitionError::UnnamedStaff => "Le nom de la personne qui confirme manque.".into(),
        TransitionError::AppointmentPassed => "Le rendez-vous est déjà passé.".into(),
        TransitionError::MissingReason => "Indiquez la raison, en quelques mots.".into(),
    }
}

/// A state's name as the console shows it.
pub fn state_fr(name: &str) -> &'static str {
    match name {
        "draft" => "brouillon",
        "queued" => "en attente d'envoi",
        "sent_by_sms" => "envoyée par SMS",
        "received" => "reçue",
        "contacting" => "appels en cours",
        "confirmed" => "confirmée",
        "redirected" => "orientée ailleurs",
        _ => "fermée",
    }
}

fn prefix(id: Uuid) -> [u8; 10] {
    let mut p = [0u8; 10];
    p.copy_from_slice(&id.as_bytes()[..10]);
    p
}

fn time(s: &str) -> Result<DateTime<Utc>, DbError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| DbError::Data(e.to_string()))
}

fn fingerprint(
    structure_key: &Option<String>,
    content: &RequestContent,
) -> Result<[u8; 32], DbError> {
    Ok(secrets::sha256(&serde_json::to_vec(&(
        structure_key,
        content,
    ))?))
}

/// The outcome of a submission: the token, the status, and whether it was new.
#[derive(Debug)]
pub struct Submitted {
    pub token: String,
    pub status: RequestStatus,
    pub created: bool,
}

/// The key of an app's submission for [`crate::db::Db::write_keyed`]: its id's first 10
/// bytes, which the SMS form of the same request shares, so that both forms of one request
/// are never written at once. [`submit`] reads and writes only that request's rows (and the
/// referrals, which only unkeyed writes change).
pub fn submission_key(id: Uuid) -> String {
    let hex: String = prefix(id).iter().map(|b| format!("{b:02x}")).collect();
    format!("request:{hex}")
}

/// Records a submission. The same id with the same content gives the same answer; the same
/// id with other content is a conflict. An app submission of a request that first arrived by
/// SMS (stored under its 10-byte prefix) completes it — message, street, full id — instead of
/// making a second one; an SMS of a request the app already sent adds nothing.
pub fn submit(
    conn: &Connection,
    key: &[u8; 32],
    req: &SubmitRequest,
    channel: Channel,
    now: DateTime<Utc>,
) -> Result<Submitted, DbError> {
    let p = prefix(req.id);
    let id = req.id.to_string();
    let token = secrets::capability_token(key, req.id.as_bytes());
    let fp = fingerprint(&req.structure_key, &req.content)?;
    let status = |state: &str, updated: &str| -> Result<RequestStatus, DbError> {
        Ok(RequestStatus {
            id: req.id,
            state: serde_json::from_str(state)?,
            updated_at: time(updated)?,
        })
    };
    let twin = sms_twin(req.id).to_string();
    let seen = look(conn, &id, channel, &twin, &p)?;
    if seen.referral {
        return Err(DbError::Conflict(
            "another request already uses this id".into(),
        ));
    }
    if let Some((stored_fp, stored_channel, state, updated)) = seen.same_id {
        if stored_fp != fp && channel == Channel::App && stored_channel == "app" {
            return Err(DbError::Conflict(
                "another request already uses this id".into(),
            ));
        }
        return Ok(Submitted {
            token,
            status: status(&state, &updated)?,
            created: false,
        });
    }
    if let Some((state, updated)) = seen.other_form {
        if channel == Channel::App {
            // The app completes what the SMS carried: full id, message, street.
            conn.execute(
                "UPDATE request SET id = ?2, token_hash = ?3, fingerprint = ?4, content = ?5, structure_key = ?6 WHERE id = ?1",
                params![
                    twin,
                    id,
                    &secrets::sha256(token.as_bytes())[..],
                    &fp[..],
                    serde_json::to_string(&req.content)?,
                    req.structure_key
                ],
            )?;
        }
        return Ok(Submitted {
            token,
            status: status(&state, &updated)?,
            created: false,
        });
    }
    let state = insert_received(conn, key, req, channel, now)?;
    Ok(Submitted {
        token,
        status: RequestStatus {
            id: req.id,
            state,
            updated_at: now,
        },
        created: true,
    })
}

/// Stores a new request, received now. The caller has checked that its id is free.
pub(crate) fn insert_received(
    conn: &Connection,
    key: &[u8; 32],
    req: &SubmitRequest,
    channel: Channel,
    now: DateTime<Utc>,
) -> Result<RequestState, DbError> {
    let token = secrets::capability_token(key, req.id.as_bytes());
    let state = RequestState::Received { at: now };
    conn.execute(
        "INSERT INTO request (id, sms_prefix, token_hash, fingerprint, channel, structure_key, content, state,
                              state_name, received_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            req.id.to_string(),
            &prefix(req.id)[..],
            &secrets::sha256(token.as_bytes())[..],
            &fingerprint(&req.structure_key, &req.content)?[..],
            match channel {
                Channel::App => "app",
                Channel::Sms => "sms",
            },
            req.structure_key,
            serde_json::to_string(&req.content)?,
            serde_json::to_string(&state)?,
            state.name(),
            now.to_rfc3339(),
        ],
    )?;
    Ok(state)
}

/// Whether a referral uses this id (the request it became has the same): a request sent
/// to the API with that id is someone else's, and gets neither the request nor its token.
/// What a submission finds at the desk before it is stored.
struct Seen {
    /// A referral already uses the id.
    referral: bool,
    /// (fingerprint, channel, state, updated_at) of the request stored under the id.
    same_id: Option<(Vec<u8>, String, String, String)>,
    /// (state, updated_at) of the same request's other form: for the app, the SMS that came
    /// first (stored under the id's twin); for an SMS, the app's request with its prefix.
    other_form: Option<(String, String)>,
}

/// Everything [`submit`] must know, in one query (each query is a round trip to a database
/// server).
fn look(
    conn: &Connection,
    id: &str,
    channel: Channel,
    twin: &str,
    prefix: &[u8; 10],
) -> Result<Seen, DbError> {
    let sql = |other: &str| {
        format!(
            "SELECT EXISTS (SELECT 1 FROM referral WHERE id = ?1),
                    r.fingerprint, r.channel, r.state, r.updated_at, o.state, o.updated_at
             FROM (SELECT 1 AS one) AS here
             LEFT JOIN request r ON r.id = ?1
             LEFT JOIN request o ON {other}
             LIMIT 1"
        )
    };
    let decode = |r: &crate::sql::Row| -> crate::sql::Result<Seen> {
        let same_id = match r.get::<_, Option<Vec<u8>>>(1)? {
            Some(fp) => Some((fp, r.get(2)?, r.get(3)?, r.get(4)?)),
            None => None,
        };
        let other_form = match r.get::<_, Option<String>>(5)? {
            Some(state) => Some((state, r.get(6)?)),
            None => None,
        };
        Ok(Seen {
            referral: r.get(0)?,
            same_id,
            other_form,
        })
    };
    Ok(match channel {
        Channel::App => conn.query_row(
            &sql("o.id = ?2 AND o.channel = 'sms'"),
            params![id, twin],
            decode,
        )?,
        Channel::Sms => {
            conn.query_row(&sql("o.sms_prefix = ?2"), params![id, &prefix[..]], decode)?
        }
    })
}

/// The id under which a request that came by SMS is stored: its 10-byte prefix, then zeros.
fn sms_twin(id: Uuid) -> Uuid {
    let mut b = [0u8; 16];
    b[..10].copy_from_slice(&prefix(id));
    Uuid::from_bytes(b)
}

/// A request that arrived packed in an SMS.
pub fn submit_sms(
    conn: &Connection,
    key: &[u8; 32],
    sms: &SmsRequest,
    now: DateTime<Utc>,
) -> Result<Submitted, DbError> {
    let req = SubmitRequest {
        id: sms.request_id(),
        structure_key: None,
        content: sms.to_content(),
    };
    submit(conn, key, &req, Channel::Sms, now)
}

/// Finds a request by id and capability token. Unknown id and wrong token look the same.
fn find_by_token(
    conn: &Connection,
    id: Uuid,
    token: &str,
) -> Result<(String, RequestState, DateTime<Utc>), DbError> {
    let row: Option<(String, Vec<u8>, String, String)> = conn
        .query_row(
            "SELECT id, token_hash, state, updated_at FROM request WHERE id = ?1",
            [id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((stored_id, hash, state, updated)) = row else {
        return Err(DbError::NotFound);
    };
    if !secrets::equal(&hash, &secrets::sha256(token.as_bytes())) {
        return Err(DbError::NotFound);
    }
    Ok((stored_id, serde_json::from_str(&state)?, time(&updated)?))
}

pub fn status(conn: &Connection, id: Uuid, token: &str) -> Result<RequestStatus, DbError> {
    let (_, state, updated_at) = find_by_token(conn, id, token)?;
    Ok(RequestStatus {
        id,
        state,
        updated_at,
    })
}

/// The person withdraws the request from the app.
pub fn withdraw(
    conn: &Connection,
    id: Uuid,
    token: &str,
    retention_days: u32,
    now: DateTime<Utc>,
) -> Result<RequestStatus, DbError> {
    let (stored_id, state, _) = find_by_token(conn, id, token)?;
    if matches!(state, RequestState::Closed { .. }) {
        return Ok(RequestStatus {
            id,
            state,
            updated_at: now,
        });
    }
    let next = state
        .apply(&RequestEvent::Withdraw { at: now }, now)
        .map_err(|e| DbError::Invalid(impossible(&e)))?;
    save_state(conn, &stored_id, &next, retention_days, now)?;
    crate::sms::plan::cancel_all(conn, &stored_id)?;
    audit(conn, "person", "withdraw", Some(&stored_id), "")?;
    Ok(RequestStatus {
        id,
        state: next,
        updated_at: now,
    })
}

fn purge_after(state: &RequestState, retention_days: u32) -> Option<DateTime<Utc>> {
    let keep = Duration::days(i64::from(retention_days));
    match state {
        RequestState::Confirmed(a) => a.when.map(|w| w.with_timezone(&Utc) + keep),
        RequestState::Redirected { at, .. } | RequestState::Closed { at, .. } => Some(*at + keep),
        _ => None,
    }
}

fn save_state(
    conn: &Connection,
    id: &str,
    state: &RequestState,
    retention_days: u32,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let changed = conn.execute(
        "UPDATE request SET state = ?2, state_name = ?3, updated_at = ?4, purge_after = ?5 WHERE id = ?1",
        params![
            id,
            serde_json::to_string(state)?,
            state.name(),
            now.to_rfc3339(),
            purge_after(state, retention_days).map(|t| t.to_rfc3339()),
        ],
    )?;
    if changed == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

/// A staff action, checked by core's state machine and written to the audit log.
pub fn staff_event(
    conn: &Connection,
    id: &str,
    event: &RequestEvent,
    staff: &Staff,
    retention_days: u32,
    now: DateTime<Utc>,
) -> Result<RequestState, DbError> {
    check_scope(conn, id, staff)?;
    let state: String = conn
        .query_row("SELECT state FROM request WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or(DbError::NotFound)?;
    let state: RequestState = serde_json::from_str(&state)?;
    let next = state
        .apply(event, now)
        .map_err(|e| DbError::Invalid(impossible(&e)))?;
    save_state(conn, id, &next, retention_days, now)?;
    let detail = match event {
        RequestEvent::CallAttempt { outcome, .. } => {
            let outcome = serde_json::to_value(outcome)?
                .as_str()
                .unwrap_or_default()
                .to_owned();
            conn.execute(
                "INSERT INTO call_attempt (request_id, at, outcome, staff_id) VALUES (?1, ?2, ?3, ?4)",
                params![id, now.to_rfc3339(), outcome, staff.id],
            )?;
            format!("outcome={outcome}")
        }
        RequestEvent::Confirm(a) | RequestEvent::Reschedule(a) => format!(
            "kind={}",
            serde_json::to_value(a.kind)?.as_str().unwrap_or_default()
        ),
        RequestEvent::Close { why, .. } => {
            format!(
                "reason={}",
                serde_json::to_value(why)?
                    .get("reason")
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
            )
        }
        _ => String::new(),
    };
    audit(conn, &staff.login, event.name(), Some(id), &detail)?;
    Ok(next)
}

/// Hands an open request to another CMP the desk serves (a hospital group's CMPs share one
/// desk): the same request, its history and the person's token; only the CMP changes, so
/// that CMP's staff see it and the first CMP's no longer do.
pub fn hand_over(
    conn: &Connection,
    id: &str,
    to: &str,
    served: &[String],
    staff: &Staff,
) -> Result<(), DbError> {
    check_scope(conn, id, staff)?;
    if !served.iter().any(|k| k == to) {
        return Err(DbError::Invalid(
            "Ce service ne reçoit pas les demandes de ce CMP.".into(),
        ));
    }
    let (from, state_name): (Option<String>, String) = conn.query_row(
        "SELECT structure_key, state_name FROM request WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if !matches!(state_name.as_str(), "received" | "contacting") {
        return Err(DbError::Invalid(
            "Seule une demande en attente d'appel peut être transmise.".into(),
        ));
    }
    if from.as_deref() == Some(to) {
        return Err(DbError::Invalid("La demande est déjà pour ce CMP.".into()));
    }
    // The person agreed to share a referral with one CMP: another needs their new consent.
    let referral: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM referral WHERE request_id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if referral {
        return Err(DbError::Invalid(
            "Cette demande vient d'une orientation : la personne a accepté de la confier à ce CMP seulement. Appelez le professionnel qui l'a orientée, ou la personne, pour qu'une nouvelle orientation soit faite avec son accord.".into(),
        ));
    }
    conn.execute(
        "UPDATE request SET structure_key = ?2 WHERE id = ?1",
        params![id, to],
    )?;
    audit(
        conn,
        &staff.login,
        "hand_over",
        Some(id),
        &format!("from={} to={to}", from.as_deref().unwrap_or("")),
    )
}

/// Appends to the audit log. `detail` must not carry personal data.
pub fn audit(
    conn: &Connection,
    who: &str,
    action: &str,
    request_id: Option<&str>,
    detail: &str,
) -> Result<(), DbError> {
    conn.execute(
        "INSERT INTO audit (at, staff_login, action, request_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![Utc::now().to_rfc3339(), who, action, request_id, detail],
    )?;
    Ok(())
}

fn attempts(conn: &Connection, id: &str) -> Result<Vec<(DateTime<Utc>, String, String)>, DbError> {
    let mut stmt = conn.prepare(
        "SELECT a.at, a.outcome, s.display_name FROM call_attempt a JOIN staff s ON s.id = a.staff_id
         WHERE a.request_id = ?1 ORDER BY a.id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (at, outcome, name) = row?;
        out.push((time(&at)?, outcome, name));
    }
    Ok(out)
}

type Row = (
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    String,
);

fn row(r: &crate::sql::Row) -> crate::sql::Result<Row> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
    ))
}

fn to_desk(
    conn: &Connection,
    (id, channel, structure_key, content, state, received, updated): Row,
) -> Result<DeskRequest, DbError> {
    Ok(DeskRequest {
        attempts: attempts(conn, &id)?,
        channel: if channel == "sms" {
            Channel::Sms
        } else {
            Channel::App
        },
        structure_key,
        content: serde_json::from_str(&content)?,
        state: serde_json::from_str(&state)?,
        received_at: time(&received)?,
        updated_at: time(&updated)?,
        id,
    })
}

const COLUMNS: &str = "id, channel, structure_key, content, state, received_at, updated_at";

/// The one rule that keeps staff to their CMPs, as a condition on a `request` row: the staff
/// member whose id is the query's parameter `?{n}` serves every CMP of the desk, or the CMP
/// the request is addressed to. A request that names no CMP is seen by the first kind only.
fn in_scope(n: u8) -> String {
    in_scope_of("request", n)
}

/// [`in_scope`] for a query that names the `request` table `table`.
pub(crate) fn in_scope_of(table: &str, n: u8) -> String {
    format!(
        "(EXISTS (SELECT 1 FROM staff WHERE id = ?{n} AND every_cmp = 1) \
          OR {table}.structure_key IN (SELECT structure_key FROM staff_cmp WHERE staff_id = ?{n}))"
    )
}

/// Fails with [`DbError::NotFound`] or [`DbError::OutOfScope`] unless `staff` may see the
/// request `id`.
pub fn check_scope(conn: &Connection, id: &str, staff: &Staff) -> Result<(), DbError> {
    let seen: Option<bool> = conn
        .query_row(
            &format!("SELECT {} FROM request WHERE id = ?1", in_scope(2)),
            params![id, staff.id],
            |r| r.get(0),
        )
        .optional()?;
    match seen {
        None => Err(DbError::NotFound),
        Some(false) => Err(DbError::OutOfScope),
        Some(true) => Ok(()),
    }
}

/// The requests of `staff`'s CMPs waiting for a call, oldest first.
pub fn call_list(conn: &Connection, staff: &Staff) -> Result<Vec<DeskRequest>, DbError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM request WHERE state_name IN ('received', 'contacting') AND {}
         ORDER BY received_at, id",
        in_scope(1)
    ))?;
    let rows = stmt
        .query_map([staff.id], row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(|r| to_desk(conn, r)).collect()
}

/// Requests of `staff`'s CMPs handled recently (confirmed, redirected, closed), newest first.
pub fn recent(conn: &Connection, staff: &Staff, limit: usize) -> Result<Vec<DeskRequest>, DbError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM request WHERE state_name NOT IN ('received', 'contacting') AND {}
         ORDER BY updated_at DESC LIMIT ?1",
        in_scope(2)
    ))?;
    let rows = stmt
        .query_map(params![limit as i64, staff.id], row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(|r| to_desk(conn, r)).collect()
}

/// Every request of `staff`'s CMPs received since `since`, whatever its state (to find likely
/// duplicates: another CMP's requests are never put side by side with theirs).
pub fn received_since(
    conn: &Connection,
    staff: &Staff,
    since: DateTime<Utc>,
) -> Result<Vec<DeskRequest>, DbError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM request WHERE received_at >= ?1 AND {} ORDER BY received_at, id",
        in_scope(2)
    ))?;
    let rows = stmt
        .query_map(params![since.to_rfc3339(), staff.id], row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(|r| to_desk(conn, r)).collect()
}

/// A request as `staff` may see it (see [`check_scope`]).
pub fn get_for(conn: &Connection, id: &str, staff: &Staff) -> Result<DeskRequest, DbError> {
    check_scope(conn, id, staff)?;
    get(conn, id)
}

/// A request, whoever it is addressed to: for the desk's own jobs, never for a staff page.
pub fn get(conn: &Connection, id: &str) -> Result<DeskRequest, DbError> {
    let r = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM request WHERE id = ?1"),
            [id],
            row,
        )
        .optional()?
        .ok_or(DbError::NotFound)?;
    to_desk(conn, r)
}

/// What the retention job removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub requests: usize,
    pub sms_callbacks: usize,
    pub sessions: usize,
    /// Referral traces past their time, and referrals whose request was purged.
    pub referrals: usize,
}

/// Deletes what has passed its retention date. The audit keeps the count, not the data.
pub fn purge(conn: &Connection, now: DateTime<Utc>) -> Result<Purged, DbError> {
    let now_s = now.to_rfc3339();
    let requests = conn.execute(
        "DELETE FROM request WHERE purge_after IS NOT NULL AND purge_after <= ?1",
        [&now_s],
    )?;
    let sms_callbacks =
        conn.execute("DELETE FROM sms_callback WHERE purge_after <= ?1", [&now_s])?;
    let sessions = conn.execute("DELETE FROM session WHERE expires_at <= ?1", [&now_s])?;
    let referrals = crate::referrals::purge(conn, now)?;
    // Webhook deliveries are remembered long enough to outlast the gateway's retries (two days).
    conn.execute(
        "DELETE FROM sms_gateway_event WHERE received_at <= ?1",
        [(now - Duration::days(7)).to_rfc3339()],
    )?;
    if requests + sms_callbacks + referrals > 0 {
        audit(
            conn,
            "system",
            "purge",
            None,
            &format!("requests={requests} sms_callbacks={sms_callbacks} referrals={referrals}"),
        )?;
    }
    Ok(Purged {
        requests,
        sms_callbacks,
        sessions,
        referrals,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Staff read French: no English sentence of core's errors reaches the console.
    #[test]
    fn staff_read_why_an_action_is_impossible_in_french() {
        let errors = [
            TransitionError::Impossible {
                from: "closed",
                event: "confirm",
            },
            TransitionError::UnnamedHuman,
            TransitionError::MissingDate,
            TransitionError::UnnamedStaff,
            TransitionError::AppointmentPassed,
            TransitionError::MissingReason,
        ];
        for e in &errors {
            let text = impossible(e);
            assert_ne!(text, e.to_string());
            for english in [" the ", "cannot", " must ", " a request"] {
                assert!(!text.contains(english), "{text}");
            }
        }
        assert!(impossible(&errors[0]).contains("« fermée »"));
        for name in [
            "draft",
            "queued",
            "sent_by_sms",
            "received",
            "contacting",
            "confirmed",
            "redirected",
            "closed",
        ] {
            assert_ne!(state_fr(name), name);
        }
    }
}
