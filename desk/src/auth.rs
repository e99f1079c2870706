//! Staff sign-in: argon2id password hashes, server-side sessions in HTTP-only SameSite
//! cookies, a CSRF token per session, and a lockout after repeated failures.
//!
//! Session fixation: a session id is created only on a successful sign-in, never taken from the
//! request. Before sign-in, the login form is protected by a double-submit CSRF cookie.

use crate::db::DbError;
use crate::requests::{Staff, StaffRole, audit};
use crate::secrets;
use crate::sql::{Connection, OptionalExtension, params};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use chrono::{DateTime, Duration, Utc};
use relais_core::contact::Phone;

pub const SESSION_COOKIE: &str = "relais_session";
pub const PRELOGIN_COOKIE: &str = "relais_login_csrf";
/// Failed sign-ins before the account is locked.
pub const MAX_FAILURES: i64 = 5;
pub const LOCK_MINUTES: i64 = 15;

/// A real argon2id hash of a random password, checked when a login does not exist so that
/// the answer takes as long as for a real account.
pub static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let password = secrets::random_token().unwrap_or_else(|_| "relais".into());
    hash_password(&password).unwrap_or_default()
});

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AuthError {
    #[error("wrong login or password")]
    WrongCredentials,
    #[error("account locked until {0}")]
    Locked(DateTime<Utc>),
}

/// Hashes a password with argon2id (default parameters: 19 MiB, 2 passes). CPU-heavy: call
/// it off the async threads.
pub fn hash_password(password: &str) -> Result<String, DbError> {
    let mut salt_bytes = [0u8; 16];
    getrandom::fill(&mut salt_bytes).map_err(|e| DbError::Invalid(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt_bytes).map_err(|e| DbError::Invalid(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| DbError::Invalid(e.to_string()))
}

pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// What a new staff member needs.
#[derive(Debug, Clone)]
pub struct NewStaff {
    pub login: String,
    pub display_name: String,
    pub phone: Phone,
    pub role: StaffRole,
    /// For a partner: their structure and job (both required), as referrals name them.
    pub organisation: Option<String>,
    pub job: Option<String>,
    pub password_hash: String,
    /// The CMPs (directory keys) they work for; empty: every CMP the desk serves.
    pub cmps: Vec<String>,
}

/// Adds a staff member. `served` are the CMPs this desk serves: a staff member can only be
/// given some of those.
pub fn add_staff(
    conn: &Connection,
    s: &NewStaff,
    served: &[String],
    by: &str,
) -> Result<i64, DbError> {
    if let Some(unknown) = s.cmps.iter().find(|k| !served.contains(k)) {
        return Err(DbError::Invalid(format!(
            "Ce service ne reçoit pas les demandes du CMP « {unknown} »."
        )));
    }
    // An admin who works for some CMPs only gives no more than those (a partner sees only
    // their own referrals, whoever adds them).
    let creator: Option<(bool, i64)> = conn
        .query_row(
            "SELECT every_cmp, id FROM staff WHERE login = ?1",
            [by],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let (Some((false, creator_id)), false) = (creator, s.role == StaffRole::Partner) {
        let mut stmt = conn.prepare("SELECT structure_key FROM staff_cmp WHERE staff_id = ?1")?;
        let theirs = stmt
            .query_map([creator_id], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        if s.cmps.is_empty() || s.cmps.iter().any(|k| !theirs.contains(k)) {
            return Err(DbError::Invalid(
                "Vous pouvez seulement donner les CMP pour lesquels vous travaillez : cochez-en au moins un.".into(),
            ));
        }
    }
    let login = s.login.trim().to_lowercase();
    if login.is_empty()
        || login.len() > 64
        || !login
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
    {
        return Err(DbError::Invalid(
            "Un identifiant s'écrit avec des lettres sans accent, des chiffres, « . », « _ » ou « - » (64 signes au plus).".into(),
        ));
    }
    if s.display_name.trim().is_empty()
        || s.display_name.len() > 80
        || s.display_name.chars().any(char::is_control)
    {
        return Err(DbError::Invalid(
            "Le nom que les personnes entendront manque, ou il est trop long (80 signes au plus)."
                .into(),
        ));
    }
    let detail = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
    };
    let (organisation, job) = (detail(&s.organisation), detail(&s.job));
    if s.role == StaffRole::Partner {
        let ok = |v: &Option<String>| {
            v.as_deref().is_some_and(|t| {
                t.chars().count() <= relais_core::referral::NAME_MAX_CHARS
                    && !t.chars().any(char::is_control)
            })
        };
        if !ok(&organisation) || !ok(&job) {
            return Err(DbError::Invalid(
                "Pour un partenaire, indiquez sa structure et sa fonction (80 signes au plus) : elles sont montrées au CMP et à la personne.".into(),
            ));
        }
        // The CMP calls a partner back about the people they refer, as it calls a person:
        // the same rule as core's referral (a line, not a short or 08 number).
        if s.phone.is_short() || s.phone.is_service() {
            return Err(DbError::Invalid(
                "Pour un partenaire, donnez un numéro où le CMP peut le rappeler directement : pas un numéro court ni un numéro en 08.".into(),
            ));
        }
    }
    let exists: bool = conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM staff WHERE login = ?1)",
        [&login],
        |r| r.get(0),
    )?;
    if exists {
        return Err(DbError::Conflict("Cet identifiant est déjà pris.".into()));
    }
    let id: i64 = conn.query_row(
        "INSERT INTO staff (login, display_name, phone, role, organisation, job, password_hash,
                            created_at, every_cmp)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         RETURNING id",
        params![
            login,
            s.display_name.trim(),
            s.phone.as_str(),
            s.role.as_str(),
            organisation,
            job,
            s.password_hash,
            Utc::now().to_rfc3339(),
            // A partner works for no CMP: should a page forget to send them away, its lists
            // are empty.
            s.cmps.is_empty() && s.role != StaffRole::Partner
        ],
        |r| r.get(0),
    )?;
    for key in &s.cmps {
        conn.execute(
            "INSERT INTO staff_cmp (staff_id, structure_key) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            params![id, key],
        )?;
    }
    let scope = if s.cmps.is_empty() {
        "every".to_owned()
    } else {
        s.cmps.join(",")
    };
    audit(
        conn,
        by,
        "add_staff",
        None,
        &format!("login={login} role={} cmps={scope}", s.role.as_str()),
    )?;
    Ok(id)
}

/// The columns [`staff_from_row`] reads, in a query over `staff` aliased `s`.
pub(crate) const STAFF_COLUMNS: &str =
    "s.id, s.login, s.display_name, s.phone, s.role, s.organisation, s.job";

/// A staff row, decoded by column name.
pub(crate) struct StaffRow {
    id: i64,
    login: String,
    display_name: String,
    phone: String,
    role: String,
    organisation: Option<String>,
    job: Option<String>,
}

pub(crate) fn staff_from_row(r: &crate::sql::Row) -> crate::sql::Result<StaffRow> {
    Ok(StaffRow {
        id: r.get("id")?,
        login: r.get("login")?,
        display_name: r.get("display_name")?,
        phone: r.get("phone")?,
        role: r.get("role")?,
        organisation: r.get("organisation")?,
        job: r.get("job")?,
    })
}

pub(crate) fn to_staff(row: StaffRow) -> Result<Staff, DbError> {
    Ok(Staff {
        id: row.id,
        phone: Phone::parse(&row.phone).map_err(|e| DbError::Data(e.to_string()))?,
        role: StaffRole::parse(&row.role)
            .ok_or_else(|| DbError::Data(format!("role {}", row.role)))?,
        login: row.login,
        display_name: row.display_name,
        organisation: row.organisation,
        job: row.job,
    })
}

/// The CMPs each staff member works for, by staff id; absent: every CMP.
pub fn staff_cmps(
    conn: &Connection,
) -> Result<std::collections::HashMap<i64, Vec<String>>, DbError> {
    let mut stmt = conn.prepare(
        "SELECT c.staff_id, c.structure_key FROM staff_cmp c JOIN staff s ON s.id = c.staff_id
         WHERE s.every_cmp = 0 ORDER BY c.staff_id, c.structure_key",
    )?;
    let mut out: std::collections::HashMap<i64, Vec<String>> = Default::default();
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
        let (id, key) = row?;
        out.entry(id).or_default().push(key);
    }
    Ok(out)
}

pub fn list_staff(conn: &Connection) -> Result<Vec<Staff>, DbError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {STAFF_COLUMNS} FROM staff s ORDER BY s.login"
    ))?;
    let rows = stmt
        .query_map([], staff_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(to_staff).collect()
}

/// The stored hash and lock state for a login, for the (slow) check outside the writer.
pub fn credentials(
    conn: &Connection,
    login: &str,
) -> Result<Option<(i64, String, Option<String>)>, DbError> {
    Ok(conn
        .query_row(
            "SELECT id, password_hash, locked_until FROM staff WHERE login = ?1",
            [login.trim().to_lowercase()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?)
}

/// How long a console session lives: it ends after `idle` without a page, and after
/// `absolute` whatever happens (a hospital PC is shared, and people forget to sign out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionLimits {
    pub idle: Duration,
    pub absolute: Duration,
}

impl SessionLimits {
    /// When a session opened at `created` ends if it is used at `now` and then left alone.
    pub fn deadline(&self, created: DateTime<Utc>, now: DateTime<Utc>) -> DateTime<Utc> {
        (now + self.idle).min(created + self.absolute)
    }
}

/// Records the outcome of a password check and, on success, opens a fresh session.
/// Returns the session id (the cookie value) and its CSRF token.
pub fn finish_login(
    conn: &Connection,
    staff_id: i64,
    password_ok: bool,
    limits: SessionLimits,
    now: DateTime<Utc>,
) -> Result<Result<(String, String), AuthError>, DbError> {
    let (login, failures, locked_until): (String, i64, Option<String>) = conn.query_row(
        "SELECT login, failed_logins, locked_until FROM staff WHERE id = ?1",
        [staff_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    if let Some(until) = locked_until
        .as_deref()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
    {
        let until = until.with_timezone(&Utc);
        if until > now {
            audit(conn, &login, "login_refused_locked", None, "")?;
            return Ok(Err(AuthError::Locked(until)));
        }
    }
    if !password_ok {
        let failures = failures + 1;
        let lock = (failures >= MAX_FAILURES)
            .then(|| (now + Duration::minutes(LOCK_MINUTES)).to_rfc3339());
        conn.execute(
            "UPDATE staff SET failed_logins = ?2, locked_until = ?3 WHERE id = ?1",
            params![staff_id, if lock.is_some() { 0 } else { failures }, lock],
        )?;
        audit(
            conn,
            &login,
            if lock.is_some() {
                "login_locked"
            } else {
                "login_failed"
            },
            None,
            "",
        )?;
        return Ok(Err(AuthError::WrongCredentials));
    }
    conn.execute(
        "UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = ?1",
        [staff_id],
    )?;
    let session = secrets::random_token().map_err(|e| DbError::Invalid(e.to_string()))?;
    let csrf = secrets::random_token().map_err(|e| DbError::Invalid(e.to_string()))?;
    conn.execute(
        "INSERT INTO session (id_hash, staff_id, csrf, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            &secrets::sha256(session.as_bytes())[..],
            staff_id,
            csrf,
            now.to_rfc3339(),
            limits.deadline(now, now).to_rfc3339()
        ],
    )?;
    audit(conn, &login, "login", None, "")?;
    Ok(Ok((session, csrf)))
}

/// A live session: who, its CSRF token, and the later end it should be given now that it
/// was used (`None`: the stored end is recent enough, nothing to write).
#[derive(Debug)]
pub struct Live {
    pub staff: Staff,
    pub csrf: String,
    pub extend_to: Option<DateTime<Utc>>,
}

/// The session behind a cookie, if it has been neither idle too long nor open too long.
pub fn session(
    conn: &Connection,
    cookie: &str,
    limits: SessionLimits,
    now: DateTime<Utc>,
) -> Result<Option<Live>, DbError> {
    let row = conn
        .query_row(
            &format!(
                "SELECT {STAFF_COLUMNS}, x.csrf, x.created_at, x.expires_at
                 FROM session x JOIN staff s ON s.id = x.staff_id WHERE x.id_hash = ?1"
            ),
            [&secrets::sha256(cookie.as_bytes())[..]],
            |r| {
                Ok((
                    staff_from_row(r)?,
                    r.get::<_, String>("csrf")?,
                    r.get::<_, String>("created_at")?,
                    r.get::<_, String>("expires_at")?,
                ))
            },
        )
        .optional()?;
    let Some((staff, csrf, created, expires)) = row else {
        return Ok(None);
    };
    let time = |t: &str| DateTime::parse_from_rfc3339(t).map(|t| t.with_timezone(&Utc));
    let (Ok(created), Ok(expires)) = (time(&created), time(&expires)) else {
        return Ok(None);
    };
    if now >= expires || now >= created + limits.absolute {
        return Ok(None);
    }
    let next = limits.deadline(created, now);
    // Written at most once a minute per session: a page view is a read, not a write.
    let extend_to = (next - expires > Duration::minutes(1)).then_some(next);
    Ok(Some(Live {
        staff: to_staff(staff)?,
        csrf,
        extend_to,
    }))
}

/// Moves a session's idle deadline (never past its absolute end: see [`SessionLimits`]).
pub fn extend(conn: &Connection, cookie: &str, to: DateTime<Utc>) -> Result<(), DbError> {
    conn.execute(
        "UPDATE session SET expires_at = ?2 WHERE id_hash = ?1",
        params![&secrets::sha256(cookie.as_bytes())[..], to.to_rfc3339()],
    )?;
    Ok(())
}

/// The role of a staff member (where to go after sign-in).
pub fn role_of(conn: &Connection, staff_id: i64) -> Result<StaffRole, DbError> {
    let role: String = conn.query_row("SELECT role FROM staff WHERE id = ?1", [staff_id], |r| {
        r.get(0)
    })?;
    StaffRole::parse(&role).ok_or_else(|| DbError::Data(format!("role {role}")))
}

pub fn logout(conn: &Connection, cookie: &str, login: &str) -> Result<(), DbError> {
    conn.execute(
        "DELETE FROM session WHERE id_hash = ?1",
        [&secrets::sha256(cookie.as_bytes())[..]],
    )?;
    audit(conn, login, "logout", None, "")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    /// A page view at `now`, as the console's extractor does it: look, then extend.
    async fn page_view(db: &Db, cookie: &str, limits: SessionLimits, now: DateTime<Utc>) -> bool {
        let cookie = cookie.to_owned();
        db.write(move |c| {
            let live = session(c, &cookie, limits, now)?;
            if let Some(to) = live.as_ref().and_then(|l| l.extend_to) {
                extend(c, &cookie, to)?;
            }
            Ok(live.is_some())
        })
        .await
        .unwrap()
    }

    #[test]
    fn a_partner_is_added_with_the_details_a_referral_needs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.db");
        drop(Db::open(&path).unwrap());
        let raw = rusqlite::Connection::open(&path).unwrap();
        let c = Connection::sqlite(&raw);
        let partner = |login: &str, name: &str, phone: &str| NewStaff {
            login: login.into(),
            display_name: name.into(),
            phone: Phone::parse(phone).unwrap(),
            role: StaffRole::Partner,
            organisation: Some("CCAS de Villerelais".into()),
            job: Some("Assistante sociale".into()),
            password_hash: String::new(),
            cmps: Vec::new(),
        };
        for (login, name, phone) in [
            ("service", "Hélène Roux", "0800 13 00 00"),
            ("court", "Hélène Roux", "3114"),
            ("deux-lignes", "Hélène\nRoux", "01 99 00 20 20"),
        ] {
            let refused = add_staff(&c, &partner(login, name, phone), &[], "admin");
            assert!(matches!(refused, Err(DbError::Invalid(_))), "{login}");
        }
        assert!(
            add_staff(
                &c,
                &partner("roux", "Hélène Roux", "01 99 00 20 20"),
                &[],
                "admin"
            )
            .is_ok()
        );
    }

    #[tokio::test]
    async fn sessions_end_when_idle_and_after_their_absolute_limit() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("desk.db")).unwrap();
        let limits = SessionLimits {
            idle: Duration::minutes(30),
            absolute: Duration::hours(12),
        };
        let t0 = Utc::now();
        let at = |minutes: i64| t0 + Duration::minutes(minutes);
        let sign_in = |staff: Option<NewStaff>| {
            db.write(move |c| {
                let id = match staff {
                    Some(s) => add_staff(c, &s, &[], "test")?,
                    None => credentials(c, "accueil")?.ok_or(DbError::NotFound)?.0,
                };
                Ok(finish_login(c, id, true, limits, t0)?
                    .map_err(|e| DbError::Invalid(e.to_string()))?
                    .0)
            })
        };
        let first = sign_in(Some(NewStaff {
            login: "accueil".into(),
            display_name: "Claire Martin".into(),
            phone: Phone::parse("01 99 00 10 01").unwrap(),
            role: StaffRole::Reception,
            organisation: None,
            job: None,
            // Never checked here: the session opens as after a good password.
            password_hash: String::new(),
            cmps: Vec::new(),
        }))
        .await
        .unwrap();
        assert!(
            page_view(&db, &first, limits, at(29)).await,
            "used within the idle limit"
        );
        // Used at 29 min, so alive until 59 min, not after.
        assert!(page_view(&db, &first, limits, at(58)).await);
        assert!(
            !page_view(&db, &first, limits, at(58 + 31)).await,
            "idle for 31 minutes: signed out"
        );
        // A session used every 20 minutes still ends 12 hours after sign-in.
        let second = sign_in(None).await.unwrap();
        for m in (20..12 * 60).step_by(20) {
            assert!(
                page_view(&db, &second, limits, at(m)).await,
                "in use at {m} min"
            );
        }
        assert!(
            !page_view(&db, &second, limits, at(12 * 60)).await,
            "12 hours after sign-in: signed out"
        );
        assert!(!page_view(&db, "not-a-session", limits, at(1)).await);
        db.close();
    }
}
