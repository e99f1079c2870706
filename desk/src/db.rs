//! The desk's embedded SQLite: one writer thread with group commit, a small pool of readers.
//!
//! Every write is a closure sent to the writer thread. The writer takes whatever is queued
//! (up to [`MAX_BATCH`]), runs each closure in its own savepoint inside one transaction, commits
//! once — one fsync for the whole batch, with `synchronous=FULL` — and only then answers each
//! caller. A caller is told "saved" only after the commit, so a crash loses nothing that was
//! acknowledged; under load, batching keeps durable writes fast.

use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc;
use tokio::sync::oneshot;

pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_sms_outbox.sql"),
    include_str!("../migrations/0003_figures.sql"),
    include_str!("../migrations/0004_referral.sql"),
    include_str!("../migrations/0005_staff_cmps.sql"),
    include_str!("../migrations/0006_coordination.sql"),
];
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
/// Most writes committed together.
const MAX_BATCH: usize = 256;
const READERS: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database error: {0}")]
    Sqlite(String),
    #[error("stored data could not be read: {0}")]
    Data(String),
    #[error("not found")]
    NotFound,
    /// The request exists but is addressed to a CMP this staff member does not work for.
    /// Shown exactly like [`DbError::NotFound`]; audited.
    #[error("not found")]
    OutOfScope,
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Invalid(String),
    #[error("the database is shutting down")]
    Closed,
    #[error(
        "this data was written by a newer desk (schema {found}, this desk knows {supported}); nothing was changed"
    )]
    TooNew { found: i64, supported: i64 },
}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> DbError {
        DbError::Sqlite(e.to_string())
    }
}

impl From<serde_json::Error> for DbError {
    fn from(e: serde_json::Error) -> DbError {
        DbError::Data(e.to_string())
    }
}

trait Job: Send {
    /// Runs inside the batch transaction, in a savepoint of its own.
    fn run(&mut self, tx: &mut Transaction<'_>);
    /// Called after the commit (or its failure) with the outcome of the batch.
    fn finish(self: Box<Self>, committed: Result<(), String>);
}

struct TypedJob<T, F> {
    f: Option<F>,
    result: Option<Result<T, DbError>>,
    reply: oneshot::Sender<Result<T, DbError>>,
}

impl<T, F> Job for TypedJob<T, F>
where
    T: Send,
    F: FnOnce(&Connection) -> Result<T, DbError> + Send,
{
    fn run(&mut self, tx: &mut Transaction<'_>) {
        let Some(f) = self.f.take() else { return };
        let result = match tx.savepoint() {
            Ok(sp) => {
                let r = f(&sp);
                // A failing job rolls back alone; the others in the batch still commit.
                if r.is_ok()
                    && let Err(e) = sp.commit()
                {
                    self.result = Some(Err(e.into()));
                    return;
                }
                r
            }
            Err(e) => Err(e.into()),
        };
        self.result = Some(result);
    }

    fn finish(self: Box<Self>, committed: Result<(), String>) {
        let result = match (committed, self.result) {
            (Ok(()), Some(r)) => r,
            (Err(e), _) => Err(DbError::Sqlite(e)),
            (Ok(()), None) => Err(DbError::Closed),
        };
        // The caller may have gone (client disconnected): nothing to tell.
        let _ = self.reply.send(result);
    }
}

/// The desk's database handle. Cheap to share behind an `Arc`.
pub struct Db {
    writer: Mutex<Option<mpsc::Sender<Msg>>>,
    thread: Mutex<Option<std::thread::JoinHandle<()>>>,
    readers: Mutex<Vec<Connection>>,
    path: PathBuf,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Db({})", self.path.display())
    }
}

fn open_writer(path: &Path) -> Result<Connection, DbError> {
    let conn = Connection::open(path)?;
    // Before anything else: two desks starting on one file wait for each other.
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(DbError::TooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    wal(&conn)?;
    // `secure_delete`: deleted rows are overwritten with zeros, so that what a person takes
    // back (a revoked referral) does not stay readable in free pages of the file.
    // Migrations run with foreign keys off, so that one may rebuild a table (SQLite cannot
    // change a CHECK constraint in place) without cascading deletes; the keys are checked
    // before each migration commits.
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = OFF;
         PRAGMA secure_delete = ON;",
    )?;
    migrate(&conn)?;
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    Ok(conn)
}

/// Puts the file in WAL mode. SQLite answers "busy" at once, without waiting, when another
/// connection holds the file while the mode changes (two desks starting on a new file): the
/// switch is tried again for as long as the busy timeout.
fn wal(conn: &Connection) -> Result<(), DbError> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Ok(mode) if mode.eq_ignore_ascii_case("wal") => return Ok(()),
            Ok(mode) => return Err(DbError::Sqlite(format!("journal mode stays {mode}"))),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Applies the migrations this file has not had, each in an IMMEDIATE transaction that reads
/// the version again once it holds the write lock: a second process starting at the same
/// moment, or a second run, finds the work done and changes nothing.
fn migrate(conn: &Connection) -> Result<(), DbError> {
    for version in 1..=SCHEMA_VERSION {
        let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if current >= version {
            continue;
        }
        tx.execute_batch(MIGRATIONS[(version - 1) as usize])?;
        let broken: Option<String> = tx
            .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
            .optional()?;
        if let Some(table) = broken {
            return Err(DbError::Data(format!(
                "migration {version} left a broken reference in {table}"
            )));
        }
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

fn open_reader(path: &Path) -> Result<Connection, DbError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )?;
    conn.execute_batch("PRAGMA busy_timeout = 5000; PRAGMA query_only = ON;")?;
    Ok(conn)
}

/// What the writer thread is asked to do.
enum Msg {
    Job(Box<dyn Job>),
    /// Copy the WAL into the database file and empty it, after the batch before it.
    TruncateWal(oneshot::Sender<Result<bool, DbError>>),
}

/// `PRAGMA wal_checkpoint(TRUNCATE)`: the WAL's pages go into the database file and the WAL
/// is cut to zero bytes. A reader in the middle of a read can hold it back; the checkpoint is
/// tried again a few times. Returns whether it completed.
fn truncate_wal(conn: &Connection) -> Result<bool, DbError> {
    for _ in 0..20 {
        let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy == 0 {
            return Ok(true);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Ok(false)
}

fn writer_loop(mut conn: Connection, rx: mpsc::Receiver<Msg>) {
    while let Ok(first) = rx.recv() {
        let mut batch = Vec::new();
        let mut checkpoint = None;
        match first {
            Msg::Job(job) => batch.push(job),
            Msg::TruncateWal(reply) => checkpoint = Some(reply),
        }
        while checkpoint.is_none() && batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(Msg::Job(job)) => batch.push(job),
                Ok(Msg::TruncateWal(reply)) => checkpoint = Some(reply),
                Err(_) => break,
            }
        }
        if !batch.is_empty() {
            commit_batch(&mut conn, batch);
        }
        if let Some(reply) = checkpoint {
            let _ = reply.send(truncate_wal(&conn));
        }
    }
}

fn commit_batch(conn: &mut Connection, mut batch: Vec<Box<dyn Job>>) {
    // IMMEDIATE: the write lock is taken at BEGIN, waiting (busy timeout) for another desk
    // process's batch to commit. A deferred transaction that reads first would fail at once
    // (SQLITE_BUSY, no wait) when it tries to write after the other process wrote.
    let committed = match conn.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(mut tx) => {
            for job in &mut batch {
                job.run(&mut tx);
            }
            tx.commit().map_err(|e| e.to_string())
        }
        Err(e) => Err(e.to_string()),
    };
    if let Err(e) = &committed {
        tracing::error!(error = %e, jobs = batch.len(), "batch commit failed");
    }
    for job in batch {
        job.finish(committed.clone());
    }
}

impl Db {
    /// Opens (creating and migrating) the database at `path` and starts the writer thread.
    pub fn open(path: &Path) -> Result<Db, DbError> {
        let conn = open_writer(path)?;
        let readers = (0..READERS)
            .map(|_| open_reader(path))
            .collect::<Result<Vec<_>, _>>()?;
        let (tx, rx) = mpsc::channel::<Msg>();
        let thread = std::thread::Builder::new()
            .name("relais-db-writer".into())
            .spawn(move || writer_loop(conn, rx))
            .map_err(|e| DbError::Sqlite(e.to_string()))?;
        Ok(Db {
            writer: Mutex::new(Some(tx)),
            thread: Mutex::new(Some(thread)),
            readers: Mutex::new(readers),
            path: path.to_path_buf(),
        })
    }

    /// Runs a write on the writer thread; returns once it is committed.
    pub async fn write<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, DbError> + Send + 'static,
    {
        let (reply, rx) = oneshot::channel();
        let job: Box<dyn Job> = Box::new(TypedJob {
            f: Some(f),
            result: None,
            reply,
        });
        {
            let guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
            let sender = guard.as_ref().ok_or(DbError::Closed)?;
            sender.send(Msg::Job(job)).map_err(|_| DbError::Closed)?;
        }
        rx.await.map_err(|_| DbError::Closed)?
    }

    /// After the writes already sent are committed, moves the WAL into the database file and
    /// truncates it (with `secure_delete` on, deleted rows are then gone from both files).
    /// Returns whether the checkpoint completed (a long read can hold it back).
    pub async fn truncate_wal(&self) -> Result<bool, DbError> {
        let (reply, rx) = oneshot::channel();
        {
            let guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
            let sender = guard.as_ref().ok_or(DbError::Closed)?;
            sender
                .send(Msg::TruncateWal(reply))
                .map_err(|_| DbError::Closed)?;
        }
        rx.await.map_err(|_| DbError::Closed)?
    }

    /// Runs a read on a pooled read-only connection, off the async threads.
    pub async fn read<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, DbError> + Send + 'static,
    {
        let conn = {
            let mut pool = self.readers.lock().unwrap_or_else(|p| p.into_inner());
            pool.pop()
        };
        let conn = match conn {
            Some(c) => c,
            None => open_reader(&self.path)?,
        };
        let (result, conn) = tokio::task::spawn_blocking(move || {
            let r = f(&conn);
            (r, conn)
        })
        .await
        .map_err(|e| DbError::Sqlite(e.to_string()))?;
        let mut pool = self.readers.lock().unwrap_or_else(|p| p.into_inner());
        if pool.len() < READERS {
            pool.push(conn);
        }
        result
    }

    /// Stops accepting writes, lets the writer finish what is queued, and waits for it.
    pub fn close(&self) {
        self.writer.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(t) = self.thread.lock().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = t.join();
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        self.close();
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The schema as SQLite keeps it, and the version: what a migration may change.
    fn schema(path: &Path) -> (Vec<String>, i64) {
        let conn = Connection::open(path).unwrap();
        let mut stmt = conn
            .prepare("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY 1")
            .unwrap();
        let rows = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<Vec<String>, _>>()
            .unwrap();
        let version = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        (rows, version)
    }

    #[test]
    fn migrating_twice_changes_nothing_the_second_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.db");
        drop(open_writer(&path).unwrap());
        let first = schema(&path);
        assert_eq!(first.1, SCHEMA_VERSION);
        drop(open_writer(&path).unwrap());
        assert_eq!(schema(&path), first);
    }

    #[test]
    fn desks_starting_together_on_one_file_migrate_it_once() {
        for _ in 0..5 {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("desk.db");
            let barrier = std::sync::Barrier::new(4);
            std::thread::scope(|s| {
                let handles: Vec<_> = (0..4)
                    .map(|_| {
                        s.spawn(|| {
                            barrier.wait();
                            open_writer(&path).map(drop)
                        })
                    })
                    .collect();
                for h in handles {
                    h.join().unwrap().unwrap();
                }
            });
            let (rows, version) = schema(&path);
            assert_eq!(version, SCHEMA_VERSION);
            let tables = rows
                .iter()
                .filter(|r| r.starts_with("table request "))
                .count();
            assert_eq!(tables, 1);
        }
    }

    #[test]
    fn a_file_from_a_newer_desk_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.db");
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        assert!(matches!(open_writer(&path), Err(DbError::TooNew { .. })));
    }

    /// A desk made before referrals (schema 2) with staff, a session and a call attempt:
    /// migration 4 rebuilds the staff table (new role, partner details) and keeps every row
    /// and every reference.
    #[tokio::test]
    async fn a_version_2_desk_migrates_and_keeps_its_staff_and_references() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.db");
        {
            let c = Connection::open(&path).unwrap();
            for (i, m) in MIGRATIONS[..2].iter().enumerate() {
                c.execute_batch(m).unwrap();
                c.pragma_update(None, "user_version", i + 1).unwrap();
            }
            c.execute_batch(
                "INSERT INTO staff (id, login, display_name, phone, role, password_hash, created_at)
                   VALUES (7, 'accueil', 'Claire Martin', '+33199001001', 'reception', 'x', '2026-01-01T00:00:00Z');
                 INSERT INTO session (id_hash, staff_id, csrf, created_at, expires_at)
                   VALUES (x'01', 7, 'c', '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z');
                 INSERT INTO request (id, sms_prefix, token_hash, fingerprint, channel, content, state,
                                      state_name, received_at, updated_at)
                   VALUES ('r1', x'00', x'01', x'02', 'app', '{}', '{}', 'received', 'now', 'now');
                 INSERT INTO call_attempt (request_id, at, outcome, staff_id)
                   VALUES ('r1', 'now', 'no_answer', 7);",
            )
            .unwrap();
        }
        let db = Db::open(&path).unwrap();
        let (staff, sessions, attempts, version, fk_on) = db
            .read(|c| {
                let n = |sql: &str| c.query_row(sql, [], |r| r.get::<_, i64>(0));
                Ok((
                    n("SELECT COUNT(*) FROM staff WHERE id = 7 AND role = 'reception' AND organisation IS NULL")?,
                    n("SELECT COUNT(*) FROM session WHERE staff_id = 7")?,
                    n("SELECT COUNT(*) FROM call_attempt WHERE staff_id = 7")?,
                    n("PRAGMA user_version")?,
                    n("PRAGMA foreign_keys")?,
                ))
            })
            .await
            .unwrap();
        assert_eq!((staff, sessions, attempts), (1, 1, 1));
        assert_eq!(version, SCHEMA_VERSION);
        assert_eq!(fk_on, 1, "foreign keys are on again after migrating");
        // The writer enforces them too: a partner can be added, a dangling reference cannot.
        let added = db
            .write(|c| {
                c.execute(
                    "INSERT INTO staff (login, display_name, phone, role, organisation, job, password_hash, created_at)
                     VALUES ('roux', 'Hélène Roux', '+33199002020', 'partner', 'CCAS', 'AS', 'x', 'now')",
                    [],
                )?;
                Ok(())
            })
            .await;
        assert!(added.is_ok(), "{added:?}");
        let dangling = db
            .write(|c| {
                c.execute(
                    "INSERT INTO call_attempt (request_id, at, outcome, staff_id) VALUES ('r1', 'now', 'x', 999)",
                    [],
                )?;
                Ok(())
            })
            .await;
        assert!(dangling.is_err());
    }
}
