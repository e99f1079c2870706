//! Referrals as the console and the partner pages read them: one row decoded by column name,
//! the referrals behind the requests of the call list, a partner's own referrals (and only
//! theirs), and the overdue ones nobody has called.

use crate::db::DbError;
use crate::requests::{self, DeskRequest};
use crate::sql::{Connection, OptionalExtension, params};
use chrono::{DateTime, NaiveDate, Utc};
use relais_core::contact::{HumanContact, Lang};
use relais_core::referral::{Informed, Professional, Shared};
use std::collections::HashMap;

/// A stored referral.
#[derive(Clone, Debug)]
pub struct Row {
    pub id: String,
    /// The request it became; `None` once deleted (revoked, or past retention).
    pub request_id: Option<String>,
    pub structure_key: String,
    /// Made on the partner page (else from a professional's phone).
    pub by_partner: bool,
    pub partner_id: Option<i64>,
    pub(super) token_hash: Vec<u8>,
    pub professional: Professional,
    /// Whom to call at the CMP.
    pub contact: HumanContact,
    pub scope: Vec<Shared>,
    /// The consent's purpose; `None` once revoked.
    pub why: Option<String>,
    pub until: NaiveDate,
    pub informed: Option<Informed>,
    pub language: Option<Lang>,
    pub given_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    /// person, professional, staff or partner.
    pub revoked_by: Option<String>,
}

const COLUMNS: &str = "f.id, f.request_id, f.structure_key, f.source, f.partner_id, f.token_hash,
    f.professional, f.contact, f.scope, f.why, f.until, f.informed, f.language, f.given_at,
    f.created_at, f.revoked_at, f.revoked_by";

fn data<E: std::fmt::Display>(e: E) -> crate::sql::Error {
    crate::sql::Error::conversion(0, e)
}

fn json<T: serde::de::DeserializeOwned>(s: &str) -> crate::sql::Result<T> {
    serde_json::from_str(s).map_err(data)
}

fn instant(s: &str) -> crate::sql::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(data)
}

fn decode(r: &crate::sql::Row) -> crate::sql::Result<Row> {
    let informed: Option<String> = r.get("informed")?;
    let language: Option<String> = r.get("language")?;
    let revoked_at: Option<String> = r.get("revoked_at")?;
    Ok(Row {
        id: r.get("id")?,
        request_id: r.get("request_id")?,
        structure_key: r.get("structure_key")?,
        by_partner: r.get::<_, String>("source")? == "partner",
        partner_id: r.get("partner_id")?,
        token_hash: r.get("token_hash")?,
        professional: json(&r.get::<_, String>("professional")?)?,
        contact: json(&r.get::<_, String>("contact")?)?,
        scope: json(&r.get::<_, String>("scope")?)?,
        why: r.get("why")?,
        until: NaiveDate::parse_from_str(&r.get::<_, String>("until")?, "%Y-%m-%d")
            .map_err(data)?,
        informed: informed
            .map(|i| serde_json::from_value(serde_json::Value::String(i)).map_err(data))
            .transpose()?,
        language: language
            .map(|l| Lang::parse(&l).map_err(data))
            .transpose()?,
        given_at: instant(&r.get::<_, String>("given_at")?)?,
        created_at: instant(&r.get::<_, String>("created_at")?)?,
        revoked_at: revoked_at.as_deref().map(instant).transpose()?,
        revoked_by: r.get("revoked_by")?,
    })
}

/// One referral by its id.
pub fn load(conn: &Connection, id: &str) -> Result<Row, DbError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM referral f WHERE f.id = ?1"),
        [id],
        decode,
    )
    .optional()?
    .ok_or(DbError::NotFound)
}

/// The referral a request came from, if it came from one.
pub fn of_request(conn: &Connection, request_id: &str) -> Result<Option<Row>, DbError> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM referral f WHERE f.request_id = ?1"),
            [request_id],
            decode,
        )
        .optional()?)
}

/// The referrals behind the requests still at the desk, by request id.
pub fn by_request(conn: &Connection) -> Result<HashMap<String, Row>, DbError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM referral f WHERE f.request_id IS NOT NULL"
    ))?;
    let rows = stmt.query_map([], decode)?;
    let mut out = HashMap::new();
    for row in rows {
        let row = row?;
        if let Some(r) = row.request_id.clone() {
            out.insert(r, row);
        }
    }
    Ok(out)
}

/// A partner's referral with the request it became (while it exists).
#[derive(Clone, Debug)]
pub struct PartnerItem {
    pub referral: Row,
    pub request: Option<DeskRequest>,
}

/// The referrals a partner made, newest first: theirs only.
pub fn for_partner(conn: &Connection, staff_id: i64) -> Result<Vec<PartnerItem>, DbError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM referral f WHERE f.partner_id = ?1 ORDER BY f.created_at DESC, f.id DESC"
    ))?;
    let rows = stmt
        .query_map([staff_id], decode)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|referral| {
            let request = match &referral.request_id {
                Some(r) => Some(requests::get(conn, r)?),
                None => None,
            };
            Ok(PartnerItem { referral, request })
        })
        .collect()
}

/// One of a partner's referrals; another partner's, or an unknown id, is not found.
pub fn of_partner(conn: &Connection, staff_id: i64, id: &str) -> Result<PartnerItem, DbError> {
    let referral = load(conn, id)?;
    if referral.partner_id != Some(staff_id) {
        return Err(DbError::NotFound);
    }
    let request = match &referral.request_id {
        Some(r) => Some(requests::get(conn, r)?),
        None => None,
    };
    Ok(PartnerItem { referral, request })
}

/// Referrals nobody acted on (no call, no outcome) since `before`, oldest first.
pub fn overdue(
    conn: &Connection,
    staff: &requests::Staff,
    before: DateTime<Utc>,
) -> Result<Vec<(DeskRequest, Row)>, DbError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM referral f JOIN request r ON r.id = f.request_id
         WHERE r.state_name = 'received' AND r.received_at <= ?1 AND {}
         ORDER BY r.received_at, r.id",
        // Only the CMPs this staff member works for.
        requests::in_scope_of("r", 2)
    ))?;
    let rows = stmt
        .query_map(params![before.to_rfc3339(), staff.id], decode)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .filter_map(|row| row.request_id.clone().map(|r| (r, row)))
        .map(|(r, row)| Ok((requests::get(conn, &r)?, row)))
        .collect()
}

/// Whether a referral waits past the desk's delay: received, and nobody called.
pub fn is_overdue(request: &DeskRequest, before: DateTime<Utc>) -> bool {
    matches!(
        request.state,
        relais_core::request::RequestState::Received { .. }
    ) && request.received_at <= before
}
