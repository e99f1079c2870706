//! The person's store on the phone: SQLite (bundled), WAL, one writer connection, numbered
//! migrations in `core/migrations/*.sql`.
//!
//! Durability: `journal_mode=WAL`, `synchronous=NORMAL` by default ([`Durability`]). In WAL
//! mode NORMAL commits survive any crash or kill of the app (the SIGKILL test in
//! `core/tests/crash.rs` checks it); only a kernel crash or a hard power cut may roll back the
//! last commits, which an orderly shutdown (including the low-battery one) flushes. FULL adds
//! an fsync to every commit: on this machine it triples the p99 of a submission (figures from
//! `cargo bench -p relais-core --bench store`), so it is an option, not the default.
//!
//! Checkpoints (copying the WAL into the database file) are taken off the person's path:
//! SQLite's automatic checkpoint would land on a random submission; instead the store
//! checkpoints when it opens and on the background sync path ([`Store::lease`]) after every
//! [`CHECKPOINT_EVERY`] uses of the connection.
//!
//! Failures are typed and never destroy data: a file written by a newer version, a file that
//! is not a database (or a wrong key), a full disk — the store refuses or rolls back, and what
//! was committed stays.

mod outbox;
mod referrals;

pub use outbox::{Lease, OutboxKind, backoff};
pub use referrals::{ReferralProgress, StoredReferral};

use crate::request::{Request, RequestEvent, RequestState, Target, TransitionError};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, ErrorCode, OptionalExtension, params};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use uuid::Uuid;

/// The migrations, in order. `PRAGMA user_version` is the number applied.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_history.sql"),
    include_str!("../../migrations/0003_consent.sql"),
    include_str!("../../migrations/0004_referral.sql"),
];

/// Uses of the connection after which the sync path copies the WAL into the database
/// (a request writes about 6 pages: 256 uses keep the WAL around a few megabytes at most).
pub const CHECKPOINT_EVERY: u32 = 256;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "this data was written by a newer version of the app (schema {found}, this app knows {supported}); update the app, nothing was changed"
    )]
    TooNew { found: i64, supported: i64 },
    #[error(
        "the file is not a readable database (damaged, or encrypted with another key); nothing was changed"
    )]
    NotADatabase,
    #[error("the encryption key does not open this store; nothing was changed")]
    WrongKey,
    #[error("encryption was asked for, but this build has no encryption support")]
    EncryptionUnavailable,
    #[error("the database is damaged: {0}")]
    Corrupt(String),
    #[error("the phone's storage is full; free some space, nothing saved before was lost")]
    DiskFull,
    #[error("the store is busy; try again")]
    Busy,
    #[error("no request {0} on this phone")]
    NotFound(Uuid),
    #[error(transparent)]
    Transition(#[from] TransitionError),
    #[error("stored data could not be read: {0}")]
    Data(String),
    #[error("storage error: {0}")]
    Sqlite(String),
    #[error("cannot use the file {path}: {reason}")]
    Io { path: PathBuf, reason: String },
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::NotADatabase,
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt(e.to_string()),
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            _ => StoreError::Sqlite(e.to_string()),
        }
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> StoreError {
        StoreError::Data(e.to_string())
    }
}

/// How hard a commit waits for the disk.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Durability {
    /// WAL + `synchronous=NORMAL`: safe against app crashes and kills.
    #[default]
    Normal,
    /// WAL + `synchronous=FULL`: also safe against a hard power cut, slower.
    Full,
}

/// A key for encryption at rest, from the platform keystore (32 random bytes).
#[derive(Clone)]
pub struct StoreKey(pub [u8; 32]);

impl std::fmt::Debug for StoreKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreKey(…)")
    }
}

/// The phone's store. `Send + Sync`; calls are serialised on its one connection.
#[derive(Debug)]
pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
    uses_since_checkpoint: std::sync::atomic::AtomicU32,
}

pub(crate) fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

impl Store {
    /// Opens (or creates) the store at `path` and migrates it. With a key, the store is
    /// encrypted (needs the `encryption` feature).
    pub fn open(path: impl AsRef<Path>, key: Option<&StoreKey>) -> Result<Store, StoreError> {
        Store::open_with(path, key, Durability::default())
    }

    /// [`Store::open`] with a chosen durability.
    pub fn open_with(
        path: impl AsRef<Path>,
        key: Option<&StoreKey>,
        durability: Durability,
    ) -> Result<Store, StoreError> {
        let path = path.as_ref().to_path_buf();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
            && !parent.is_dir()
        {
            return Err(StoreError::Io {
                path,
                reason: "the folder does not exist".into(),
            });
        }
        let conn = Connection::open(&path)?;
        if let Some(key) = key {
            if !cfg!(feature = "encryption") {
                return Err(StoreError::EncryptionUnavailable);
            }
            let hex: String = key.0.iter().map(|b| format!("{b:02x}")).collect();
            conn.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";"))?;
        }
        // The first read tells a damaged file or a wrong key before anything is written.
        let found: i64 = match conn.query_row("PRAGMA user_version", [], |r| r.get(0)) {
            Ok(v) => v,
            Err(e) => {
                let err = StoreError::from(e);
                return Err(
                    if key.is_some() && matches!(err, StoreError::NotADatabase) {
                        StoreError::WrongKey
                    } else {
                        err
                    },
                );
            }
        };
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        let synchronous = match durability {
            Durability::Normal => "NORMAL",
            Durability::Full => "FULL",
        };
        conn.execute_batch(&format!(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = {synchronous};
             PRAGMA foreign_keys = ON;
             PRAGMA secure_delete = ON;
             PRAGMA wal_autocheckpoint = 0;
             PRAGMA busy_timeout = 5000;"
        ))?;
        let store = Store {
            conn: Mutex::new(conn),
            path,
            uses_since_checkpoint: Default::default(),
        };
        store.migrate(found, SCHEMA_VERSION)?;
        store.checkpoint()?;
        Ok(store)
    }

    /// Applies migrations `from+1 ..= to`, each in its own transaction.
    fn migrate(&self, from: i64, to: i64) -> Result<(), StoreError> {
        let mut conn = self.conn();
        for version in from + 1..=to {
            let sql = MIGRATIONS[(version - 1) as usize];
            let tx = conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", version)?;
            tx.commit()?;
            tracing::info!(version, "store migrated");
        }
        Ok(())
    }

    /// Test helper: a store at an older schema version, to test migrations with data in it.
    #[doc(hidden)]
    pub fn create_at_version(path: impl AsRef<Path>, version: i64) -> Result<(), StoreError> {
        let conn = Connection::open(path.as_ref())?;
        conn.execute_batch("PRAGMA journal_mode = WAL;")?;
        for v in 1..=version.min(SCHEMA_VERSION) {
            conn.execute_batch(MIGRATIONS[(v - 1) as usize])?;
            conn.pragma_update(None, "user_version", v)?;
        }
        Ok(())
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.uses_since_checkpoint
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // A panic while holding the lock leaves SQLite consistent (transactions roll back on
        // drop), so the poisoned guard is still safe to use.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Copies the WAL into the database file without blocking writers for long. Called on
    /// open and from the sync path; the app may also call it when it goes to the background.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn()
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Checkpoints once the connection has been used [`CHECKPOINT_EVERY`] times.
    pub(crate) fn checkpoint_if_due(&self) -> Result<(), StoreError> {
        use std::sync::atomic::Ordering;
        if self.uses_since_checkpoint.load(Ordering::Relaxed) >= CHECKPOINT_EVERY {
            self.uses_since_checkpoint.store(0, Ordering::Relaxed);
            self.checkpoint()?;
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Full integrity check (slow on big files; for the settings screen and support).
    pub fn check_integrity(&self) -> Result<(), StoreError> {
        let result: String = self
            .conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if result == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt(result))
        }
    }

    /// Saves a new draft.
    pub fn insert_draft(&self, request: &Request) -> Result<(), StoreError> {
        let conn = self.conn();
        insert_request(&conn, request)?;
        Ok(())
    }

    /// Submits a draft: the state becomes Queued and the request enters the outbox, in one
    /// transaction. After this returns, the request survives app kills and reboots.
    pub fn submit(&self, id: Uuid, now: DateTime<Utc>) -> Result<Request, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let request = submit_in(&tx, load(&tx, id)?, now)?;
        tx.commit()?;
        Ok(request)
    }

    /// Creates and submits in one transaction (the common path): after a crash the request is
    /// either not there at all or queued, never half-way.
    pub fn create_and_submit(
        &self,
        request: &Request,
        now: DateTime<Utc>,
    ) -> Result<Request, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        insert_request(&tx, request)?;
        let request = submit_in(&tx, request.clone(), now)?;
        tx.commit()?;
        Ok(request)
    }

    pub fn get(&self, id: Uuid) -> Result<Request, StoreError> {
        load(&self.conn(), id)
    }

    /// All requests, newest first.
    pub fn list(&self) -> Result<Vec<Request>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT id, created_at, updated_at, content, target, state FROM request ORDER BY id DESC")?;
        let rows = stmt.query_map([], row_to_parts)?;
        rows.map(|r| parts_to_request(r?)).collect()
    }

    /// The history of a request: (when, state name), oldest first.
    pub fn history(&self, id: Uuid) -> Result<Vec<(String, String)>, StoreError> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare("SELECT at, state FROM request_event WHERE request_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Applies an event (from the desk's status, or the person), checked by the state machine.
    pub fn apply(
        &self,
        id: Uuid,
        event: &RequestEvent,
        now: DateTime<Utc>,
    ) -> Result<Request, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let mut request = load(&tx, id)?;
        request.state = request.state.apply(event, now)?;
        request.updated_at = now;
        save_state(&tx, &request)?;
        tx.commit()?;
        Ok(request)
    }

    /// Moves a request to the desk's newer state, if it is a legal step forward.
    pub fn sync_state(
        &self,
        id: Uuid,
        desk_state: &RequestState,
        now: DateTime<Utc>,
    ) -> Result<Request, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let mut request = load(&tx, id)?;
        if request.state == *desk_state {
            return Ok(request);
        }
        if !request.state.may_become(desk_state) {
            return Err(StoreError::Transition(TransitionError::Impossible {
                from: request.state.name(),
                event: "sync",
            }));
        }
        request.state = desk_state.clone();
        request.updated_at = now;
        save_state(&tx, &request)?;
        tx.commit()?;
        Ok(request)
    }

    /// The person withdraws the request. Not yet sent: it leaves the outbox and never goes.
    /// Already at the desk: a withdrawal is queued for the desk.
    pub fn withdraw(&self, id: Uuid, now: DateTime<Utc>) -> Result<Request, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let mut request = load(&tx, id)?;
        let was = request.state.clone();
        request.state = request
            .state
            .apply(&RequestEvent::Withdraw { at: now }, now)?;
        request.updated_at = now;
        save_state(&tx, &request)?;
        let tell_desk = match was {
            RequestState::Draft => false,
            // Not sent yet: it leaves the outbox. In flight (leased): the desk may get it, so
            // it must hear about the withdrawal too.
            RequestState::Queued { .. } => {
                let removed = tx.execute(
                    "DELETE FROM outbox WHERE request_id = ?1 AND kind = 'submit' AND lease_id IS NULL",
                    [id.to_string()],
                )?;
                removed == 0
            }
            _ => true,
        };
        if tell_desk {
            outbox::enqueue(&tx, id, OutboxKind::Withdraw, "{}", now)?;
        }
        tx.commit()?;
        Ok(request)
    }

    /// Requests whose status the desk may still change, with their capability token: the
    /// ones the sync client asks about.
    pub fn followed(&self) -> Result<Vec<(Request, String)>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, created_at, updated_at, content, target, state, desk_token FROM request
             WHERE desk_token IS NOT NULL ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| Ok((row_to_parts(r)?, r.get::<_, String>(6)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (parts, token) = row?;
            let request = parts_to_request(parts)?;
            if !request.state.is_terminal() {
                out.push((request, token));
            }
        }
        Ok(out)
    }

    /// The capability token the desk gave for a request.
    pub fn desk_token(&self, id: Uuid) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT desk_token FROM request WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    pub fn delete_setting(&self, key: &str) -> Result<(), StoreError> {
        self.conn()
            .execute("DELETE FROM setting WHERE key = ?1", [key])?;
        Ok(())
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn()
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn settings(&self) -> Result<Vec<(String, String)>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT key, value FROM setting ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Erases everything: every row, then VACUUM and a truncating checkpoint, with
    /// `secure_delete` on, so that no byte of the person's data stays in the database file,
    /// its free pages or its WAL.
    pub fn erase_everything(&self) -> Result<(), StoreError> {
        let conn = self.conn();
        conn.execute_batch(
            "BEGIN IMMEDIATE;
             DELETE FROM outbox;
             DELETE FROM request_event;
             DELETE FROM request;
             DELETE FROM setting;
             DELETE FROM referral;
             COMMIT;
             VACUUM;",
        )?;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    pub(crate) fn with_conn<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        f(&mut self.conn())
    }
}

fn submit_in(
    tx: &Connection,
    mut request: Request,
    now: DateTime<Utc>,
) -> Result<Request, StoreError> {
    request.state = request
        .state
        .apply(&RequestEvent::Submit { at: now }, now)?;
    request.updated_at = now;
    save_state(tx, &request)?;
    let payload = serde_json::to_string(&crate::wire::SubmitRequest {
        id: request.id,
        structure_key: request.target.structure_key.clone(),
        content: request.content.clone(),
    })?;
    outbox::enqueue(tx, request.id, OutboxKind::Submit, &payload, now)?;
    Ok(request)
}

fn insert_request(conn: &Connection, r: &Request) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO request (id, created_at, updated_at, content, target, state) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            r.id.to_string(),
            r.created_at.to_rfc3339(),
            r.updated_at.to_rfc3339(),
            serde_json::to_string(&r.content)?,
            serde_json::to_string(&r.target)?,
            serde_json::to_string(&r.state)?,
        ],
    )?;
    conn.execute(
        "INSERT INTO request_event (request_id, at, state) VALUES (?1, ?2, ?3)",
        params![r.id.to_string(), r.updated_at.to_rfc3339(), r.state.name()],
    )?;
    Ok(())
}

pub(crate) fn save_state(conn: &Connection, r: &Request) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE request SET state = ?2, updated_at = ?3 WHERE id = ?1",
        params![
            r.id.to_string(),
            serde_json::to_string(&r.state)?,
            r.updated_at.to_rfc3339()
        ],
    )?;
    conn.execute(
        "INSERT INTO request_event (request_id, at, state) VALUES (?1, ?2, ?3)",
        params![r.id.to_string(), r.updated_at.to_rfc3339(), r.state.name()],
    )?;
    Ok(())
}

type Parts = (String, String, String, String, String, String);

fn row_to_parts(r: &rusqlite::Row<'_>) -> rusqlite::Result<Parts> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

fn parts_to_request(
    (id, created, updated, content, target, state): Parts,
) -> Result<Request, StoreError> {
    let time = |s: &str| {
        DateTime::parse_from_rfc3339(s)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| StoreError::Data(e.to_string()))
    };
    Ok(Request {
        id: Uuid::parse_str(&id).map_err(|e| StoreError::Data(e.to_string()))?,
        created_at: time(&created)?,
        updated_at: time(&updated)?,
        content: serde_json::from_str(&content)?,
        target: serde_json::from_str::<Target>(&target)?,
        state: serde_json::from_str(&state)?,
    })
}

pub(crate) fn load(conn: &Connection, id: Uuid) -> Result<Request, StoreError> {
    let parts = conn
        .query_row(
            "SELECT id, created_at, updated_at, content, target, state FROM request WHERE id = ?1",
            [id.to_string()],
            row_to_parts,
        )
        .optional()?
        .ok_or(StoreError::NotFound(id))?;
    parts_to_request(parts)
}

#[cfg(test)]
pub(crate) mod tests;
