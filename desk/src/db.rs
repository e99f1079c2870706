//! The desk's database: embedded SQLite (the default: one file, nothing else to run) or a
//! PostgreSQL server (a hospital group's desk, several desk processes).
//!
//! Both engines are driven the same way. Every write is a closure sent to the process's writer
//! thread. The writer takes whatever is queued (up to [`MAX_BATCH`]), runs each closure in its
//! own savepoint inside one transaction, commits once — one flush to disk for the whole batch —
//! and only then answers each caller. A caller is told "saved" only after the commit, so a
//! crash loses nothing that was acknowledged; under load, batching keeps durable writes fast.
//! Writers of several processes take turns: SQLite's write lock (`BEGIN IMMEDIATE`), or on
//! PostgreSQL a transaction-scoped advisory lock taken first in every batch. So a closure sees
//! the database as if it were the only writer, on both engines, and the modules' read-then-write
//! rules (idempotent submission, leases, counters) need no engine-specific care.
//! Reads run on a small pool of read-only connections, off the async threads.
//!
//! The closures receive a [`Connection`] (`sql.rs`): the modules' SQL is written once for both.

use crate::sql::{self, Connection, PgSession};
use rusqlite::{OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_sms_outbox.sql"),
    include_str!("../migrations/0003_figures.sql"),
    include_str!("../migrations/0004_referral.sql"),
    include_str!("../migrations/0005_staff_cmps.sql"),
    include_str!("../migrations/0006_coordination.sql"),
];
/// The same versions on PostgreSQL, written in its dialect.
pub(crate) const PG_MIGRATIONS: &[&str] = &[
    include_str!("../migrations/postgres/0001_init.sql"),
    include_str!("../migrations/postgres/0002_sms_outbox.sql"),
    include_str!("../migrations/postgres/0003_figures.sql"),
    include_str!("../migrations/postgres/0004_referral.sql"),
    include_str!("../migrations/postgres/0005_staff_cmps.sql"),
    include_str!("../migrations/postgres/0006_coordination.sql"),
];
const _: () = assert!(MIGRATIONS.len() == PG_MIGRATIONS.len());
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
/// Most writes committed together.
const MAX_BATCH: usize = 256;
const READERS: usize = 4;
/// PostgreSQL advisory lock keys ("RELAIS" + a number): migrations, and the writers' turn.
const PG_MIGRATION_LOCK: i64 = 0x5245_4c41_4953_0001;
const PG_WRITER_LOCK: i64 = 0x5245_4c41_4953_0002;
/// Writer threads (and connections) of a desk process on PostgreSQL. Keyed writes of
/// different keys commit at the same time on different connections; the round trips to the
/// server, not its work, are what a single writer waits on.
const PG_WRITERS: usize = 4;
/// Most writes one PostgreSQL writer commits together: small, so that a burst is shared
/// among the writers instead of waiting behind the first one's batch.
const PG_MAX_BATCH: usize = 8;

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

impl From<sql::Error> for DbError {
    fn from(e: sql::Error) -> DbError {
        match e {
            sql::Error::Conversion { .. } => DbError::Data(e.to_string()),
            other => DbError::Sqlite(other.to_string()),
        }
    }
}

impl From<postgres::Error> for DbError {
    fn from(e: postgres::Error) -> DbError {
        sql::Error::from(e).into()
    }
}

impl From<serde_json::Error> for DbError {
    fn from(e: serde_json::Error) -> DbError {
        DbError::Data(e.to_string())
    }
}

/// Where the desk keeps its data.
#[derive(Clone)]
pub enum Location {
    /// An SQLite file (created if missing).
    File(PathBuf),
    /// A PostgreSQL database (`postgres://…`), already created by its administrator.
    Postgres(Box<PgTarget>),
}

/// A PostgreSQL connection setting, checked, with its secret kept out of `Debug`.
#[derive(Clone)]
pub struct PgTarget {
    config: postgres::Config,
    /// `user@host:port/dbname`: what logs and errors may name.
    label: String,
    /// TLS (rustls, the server's certificate checked against `roots` and its name): asked by
    /// `sslmode=require`, and required for a server off this machine.
    tls: Option<Arc<rustls::ClientConfig>>,
}

impl std::fmt::Debug for PgTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "postgres://{}", self.label)
    }
}

impl PgTarget {
    /// Reads a `postgres://` URL or a `key=value` setting, trusting the web's certificate
    /// authorities for TLS (see [`PgTarget::parse_with_ca`]).
    pub fn parse(url: &str) -> Result<PgTarget, String> {
        PgTarget::parse_with_ca(url, None)
    }

    /// Reads a `postgres://` URL or a `key=value` setting. With `sslmode=require` the
    /// connection is TLS, and the server's certificate must chain to `ca` (a PEM file: the
    /// hospital's own authority) or, without it, to the web's authorities, and name the host.
    /// A server off this machine (not loopback, not a Unix socket) is refused without TLS, so
    /// that nothing personal crosses a network in clear.
    pub fn parse_with_ca(url: &str, ca: Option<&Path>) -> Result<PgTarget, String> {
        let mut config: postgres::Config = url
            .parse()
            .map_err(|_| "the PostgreSQL setting cannot be read (expected postgres://user:password@127.0.0.1:5432/relais)".to_owned())?;
        let hosts = config.get_hosts();
        if hosts.is_empty() {
            return Err(
                "the PostgreSQL setting names no host (use 127.0.0.1 or a socket folder)".into(),
            );
        }
        let tls = config.get_ssl_mode() == postgres::config::SslMode::Require;
        for host in hosts {
            if let postgres::config::Host::Tcp(name) = host {
                let local = name == "localhost"
                    || name
                        .parse::<std::net::IpAddr>()
                        .is_ok_and(|ip| ip.is_loopback());
                if !local && !tls {
                    return Err(format!(
                        "the PostgreSQL server {name} is not on this machine: add sslmode=require to the setting (and `database_ca` for the hospital's certificate authority), so that nothing crosses the network in clear"
                    ));
                }
            }
        }
        let tls = if tls {
            Some(Arc::new(tls_config(ca)?))
        } else {
            None
        };
        let host = match hosts.first() {
            Some(postgres::config::Host::Tcp(h)) => h.clone(),
            Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => String::new(),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let label = format!(
            "{}@{host}:{port}/{}",
            config.get_user().unwrap_or(""),
            config.get_dbname().unwrap_or("")
        );
        config.application_name("relais-desk");
        config.connect_timeout(std::time::Duration::from_secs(10));
        Ok(PgTarget { config, label, tls })
    }

    /// Whether connections are TLS.
    pub fn tls(&self) -> bool {
        self.tls.is_some()
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    /// A new session. The sync client runs its own small runtime: it is made, used and dropped
    /// on threads that are not async workers (the writer thread, `spawn_blocking`).
    fn connect(&self) -> Result<PgSession, DbError> {
        let client = match &self.tls {
            Some(tls) => self
                .config
                .connect(tokio_postgres_rustls::MakeRustlsConnect::new(
                    (**tls).clone(),
                )),
            None => self.config.connect(postgres::NoTls),
        }
        .map_err(|e| {
            DbError::Sqlite(format!(
                "cannot reach PostgreSQL at {}: {}",
                self.label,
                sql::Error::from(e)
            ))
        })?;
        Ok(PgSession::new(client))
    }
}

/// rustls with the `ring` provider (as everywhere in Relais), trusting `ca` or the web's roots.
fn tls_config(ca: Option<&Path>) -> Result<rustls::ClientConfig, String> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    match ca {
        Some(path) => {
            let certs = CertificateDer::pem_file_iter(path)
                .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
                .map_err(|e| {
                    format!(
                        "cannot read the certificate authority {}: {e}",
                        path.display()
                    )
                })?;
            if certs.is_empty() {
                return Err(format!("{} holds no certificate", path.display()));
            }
            for cert in certs {
                roots
                    .add(cert)
                    .map_err(|e| format!("{} is not a usable certificate: {e}", path.display()))?;
            }
        }
        None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map(|b| b.with_root_certificates(roots).with_no_client_auth())
        .map_err(|e| e.to_string())
}

impl Location {
    /// One connection of its own, outside the desk's pools and writer, for tools and tests:
    /// `f` runs on a plain thread (the PostgreSQL client cannot run on an async worker), in
    /// autocommit, with foreign keys enforced.
    pub fn with_connection<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send,
        F: FnOnce(&Connection<'_>) -> Result<T, sql::Error> + Send,
    {
        std::thread::scope(|scope| {
            scope
                .spawn(|| match self {
                    Location::File(path) => {
                        let c = rusqlite::Connection::open(path)?;
                        c.busy_timeout(std::time::Duration::from_secs(5))?;
                        c.execute_batch("PRAGMA foreign_keys = ON;")?;
                        Ok(f(&Connection::sqlite(&c))?)
                    }
                    Location::Postgres(target) => {
                        let s = RefCell::new(target.connect()?);
                        Ok(f(&Connection::postgres(&s))?)
                    }
                })
                .join()
                .unwrap_or_else(|_| Err(DbError::Sqlite("the connection's thread failed".into())))
        })
    }
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(p) => write!(f, "{}", p.display()),
            Location::Postgres(t) => t.fmt(f),
        }
    }
}

trait Job: Send {
    /// Runs the closure inside the batch transaction (in a savepoint of its own); false when it
    /// failed, so that its savepoint is rolled back alone.
    fn call(&mut self, conn: &Connection<'_>) -> bool;
    /// The savepoint around the closure could not be made or released.
    fn fail(&mut self, e: String);
    /// The key of a keyed write (see [`Db::write_keyed`]); `None` for a write that must see
    /// the database as the only writer.
    fn key(&self) -> Option<&str>;
    /// Called after the commit (or its failure) with the outcome of the batch.
    fn finish(self: Box<Self>, committed: Result<(), String>);
}

struct TypedJob<T, F> {
    key: Option<String>,
    f: Option<F>,
    result: Option<Result<T, DbError>>,
    reply: oneshot::Sender<Result<T, DbError>>,
}

impl<T, F> Job for TypedJob<T, F>
where
    T: Send,
    F: FnOnce(&Connection<'_>) -> Result<T, DbError> + Send,
{
    fn call(&mut self, conn: &Connection<'_>) -> bool {
        let Some(f) = self.f.take() else { return false };
        let r = f(conn);
        let ok = r.is_ok();
        self.result = Some(r);
        ok
    }

    fn fail(&mut self, e: String) {
        self.result = Some(Err(DbError::Sqlite(e)));
    }

    fn key(&self) -> Option<&str> {
        self.key.as_deref()
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

/// The read-only connections of either engine.
enum Reader {
    Sqlite(rusqlite::Connection),
    Postgres(Box<RefCell<PgSession>>),
}

impl Reader {
    fn run<T>(&self, f: &impl Fn(&Connection<'_>) -> Result<T, DbError>) -> Result<T, DbError> {
        match self {
            Reader::Sqlite(c) => f(&Connection::sqlite(c)),
            Reader::Postgres(s) => f(&Connection::postgres(s)),
        }
    }

    /// Whether it can go back to the pool: a PostgreSQL session the server closed cannot.
    fn healthy(&self) -> bool {
        match self {
            Reader::Sqlite(_) => true,
            Reader::Postgres(s) => !s.borrow().is_closed(),
        }
    }
}

fn open_any_reader(location: &Location) -> Result<Reader, DbError> {
    Ok(match location {
        Location::File(path) => Reader::Sqlite(open_reader(path)?),
        Location::Postgres(t) => Reader::Postgres(Box::new(RefCell::new(open_pg_reader(t)?))),
    })
}

/// Readers waiting to be used; one thread at a time takes one and gives it back.
struct ReaderPool(Mutex<Vec<Reader>>);

/// The desk's database handle. Cheap to share behind an `Arc`.
pub struct Db {
    /// Reads at once. On PostgreSQL each is a server connection: a burst of reads waits for
    /// one of the pool's instead of opening connections until the server refuses them.
    read_permits: Arc<tokio::sync::Semaphore>,
    writer: Mutex<Option<mpsc::Sender<Msg>>>,
    threads: Mutex<Vec<std::thread::JoinHandle<()>>>,
    readers: Arc<ReaderPool>,
    location: Location,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Db({:?})", self.location)
    }
}

fn open_writer(path: &Path) -> Result<rusqlite::Connection, DbError> {
    let conn = rusqlite::Connection::open(path)?;
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
fn wal(conn: &rusqlite::Connection) -> Result<(), DbError> {
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
fn migrate(conn: &rusqlite::Connection) -> Result<(), DbError> {
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

/// The PostgreSQL twin of [`migrate`]: under a session advisory lock, so that two desks
/// starting at once take turns and the second finds the work done; each version in its own
/// transaction with its number in `relais_schema`.
fn migrate_postgres(s: &RefCell<PgSession>) -> Result<(), DbError> {
    s.borrow_mut()
        .batch(&format!("SELECT pg_advisory_lock({PG_MIGRATION_LOCK})"))?;
    let result = migrate_postgres_locked(s);
    let unlocked = s
        .borrow_mut()
        .batch(&format!("SELECT pg_advisory_unlock({PG_MIGRATION_LOCK})"));
    result?;
    unlocked?;
    Ok(())
}

fn migrate_postgres_locked(s: &RefCell<PgSession>) -> Result<(), DbError> {
    s.borrow_mut()
        .batch("CREATE TABLE IF NOT EXISTS relais_schema (version BIGINT PRIMARY KEY)")?;
    let current: i64 = Connection::postgres(s).query_row(
        "SELECT COALESCE(MAX(version), 0) FROM relais_schema",
        [],
        |r| r.get(0),
    )?;
    if current > SCHEMA_VERSION {
        return Err(DbError::TooNew {
            found: current,
            supported: SCHEMA_VERSION,
        });
    }
    for version in current + 1..=SCHEMA_VERSION {
        let script = format!(
            "BEGIN;\n{}\nINSERT INTO relais_schema (version) VALUES ({version});\nCOMMIT;",
            PG_MIGRATIONS[(version - 1) as usize]
        );
        let done = s.borrow_mut().batch(&script);
        if let Err(e) = done {
            let _ = s.borrow_mut().batch("ROLLBACK");
            return Err(DbError::Sqlite(format!("migration {version}: {e}")));
        }
    }
    Ok(())
}

fn open_reader(path: &Path) -> Result<rusqlite::Connection, DbError> {
    let conn = rusqlite::Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )?;
    conn.execute_batch("PRAGMA busy_timeout = 5000; PRAGMA query_only = ON;")?;
    Ok(conn)
}

fn open_pg_reader(target: &PgTarget) -> Result<PgSession, DbError> {
    let mut s = target.connect()?;
    s.batch("SET default_transaction_read_only = on")?;
    Ok(s)
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
fn truncate_wal(conn: &rusqlite::Connection) -> Result<bool, DbError> {
    for _ in 0..20 {
        let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy == 0 {
            return Ok(true);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Ok(false)
}

type CheckpointReply = oneshot::Sender<Result<bool, DbError>>;
type Batch = (Vec<Box<dyn Job>>, Option<CheckpointReply>);

/// Takes the next batch: what is queued, up to [`MAX_BATCH`], stopping at a checkpoint.
/// PostgreSQL's writers share the queue: one of them at a time takes a batch.
fn next_batch(rx: &Mutex<mpsc::Receiver<Msg>>, most: usize) -> Option<Batch> {
    let rx = rx.lock().unwrap_or_else(|p| p.into_inner());
    let first = rx.recv().ok()?;
    let mut batch = Vec::new();
    let mut checkpoint = None;
    match first {
        Msg::Job(job) => batch.push(job),
        Msg::TruncateWal(reply) => checkpoint = Some(reply),
    }
    while checkpoint.is_none() && batch.len() < most {
        match rx.try_recv() {
            Ok(Msg::Job(job)) => batch.push(job),
            Ok(Msg::TruncateWal(reply)) => checkpoint = Some(reply),
            Err(_) => break,
        }
    }
    Some((batch, checkpoint))
}

fn writer_loop(mut conn: rusqlite::Connection, rx: mpsc::Receiver<Msg>) {
    let rx = Mutex::new(rx);
    while let Some((batch, checkpoint)) = next_batch(&rx, MAX_BATCH) {
        if !batch.is_empty() {
            commit_batch(&mut conn, batch);
        }
        if let Some(reply) = checkpoint {
            let _ = reply.send(truncate_wal(&conn));
        }
    }
}

fn commit_batch(conn: &mut rusqlite::Connection, mut batch: Vec<Box<dyn Job>>) {
    // IMMEDIATE: the write lock is taken at BEGIN, waiting (busy timeout) for another desk
    // process's batch to commit. A deferred transaction that reads first would fail at once
    // (SQLITE_BUSY, no wait) when it tries to write after the other process wrote.
    let committed = match conn.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(mut tx) => {
            for job in &mut batch {
                match tx.savepoint() {
                    Ok(sp) => {
                        // A failing job rolls back alone (dropping the savepoint); the others
                        // in the batch still commit.
                        if job.call(&Connection::sqlite(&sp))
                            && let Err(e) = sp.commit()
                        {
                            job.fail(e.to_string());
                        }
                    }
                    Err(e) => job.fail(e.to_string()),
                }
            }
            tx.commit().map_err(|e| e.to_string())
        }
        Err(e) => Err(e.to_string()),
    };
    finish_batch(batch, committed);
}

fn finish_batch(batch: Vec<Box<dyn Job>>, committed: Result<(), String>) {
    if let Err(e) = &committed {
        tracing::error!(error = %e, jobs = batch.len(), "batch commit failed");
    }
    for job in batch {
        job.finish(committed.clone());
    }
}

fn pg_writer_loop(
    target: PgTarget,
    session: Option<RefCell<PgSession>>,
    rx: Arc<Mutex<mpsc::Receiver<Msg>>>,
) {
    let mut session = session;
    while let Some((mut batch, checkpoint)) = next_batch(&rx, PG_MAX_BATCH) {
        // A session the server closed (PostgreSQL restarted, an idle timeout) is noticed on
        // its first round trip, before any write ran: the batch is tried again, once, on a new
        // session.
        for attempt in 0..2 {
            if batch.is_empty() {
                break;
            }
            if session.as_ref().is_none_or(|s| s.borrow().is_closed()) {
                session = match target.connect() {
                    Ok(s) => Some(RefCell::new(s)),
                    Err(e) => {
                        tracing::error!(error = %e, "the writer cannot reach PostgreSQL");
                        None
                    }
                };
            }
            let Some(s) = &session else {
                finish_batch(
                    std::mem::take(&mut batch),
                    Err("PostgreSQL cannot be reached".into()),
                );
                break;
            };
            match commit_pg_batch(s, std::mem::take(&mut batch), attempt == 0) {
                Ok(()) => break,
                Err(untouched) => batch = untouched,
            }
        }
        if let Some(reply) = checkpoint {
            // PostgreSQL has no WAL of the desk's to fold: its own checkpoints and VACUUM do it.
            let _ = reply.send(Ok(true));
        }
    }
}

/// One PostgreSQL transaction for the batch. Each round trip costs, so the statements around
/// the jobs travel together: `BEGIN`, the writers' lock and the first savepoint in one; then
/// each job's end (release, or roll back to its savepoint) with the next job's savepoint; the
/// last end with `COMMIT`. A batch of one job needs no savepoint: its failure is the batch's.
///
/// A write counts as failed when any of its statements failed, even if its closure caught the
/// error and returned `Ok`: PostgreSQL has aborted the transaction (or the savepoint) by then.
/// With `may_return`, a batch whose very first round trip finds the session closed is handed
/// back untouched (no closure ran), for the caller to try on a new session.
fn commit_pg_batch(
    s: &RefCell<PgSession>,
    mut batch: Vec<Box<dyn Job>>,
    may_return: bool,
) -> Result<(), Vec<Box<dyn Job>>> {
    let alone = batch.len() == 1;
    let mut pending = format!("BEGIN; {}", pg_batch_locks(&batch));
    let mut failed = None;
    let mut any_ok = false;
    let conn = Connection::postgres(s);
    for (i, job) in batch.iter_mut().enumerate() {
        if !alone {
            pending.push_str("; SAVEPOINT job");
        }
        let begun = s.borrow_mut().batch(&pending);
        if let Err(e) = begun {
            if i == 0 && may_return && s.borrow().is_closed() {
                return Err(batch);
            }
            failed = Some((i, e.to_string()));
            break;
        }
        s.borrow_mut().take_failed();
        let mut ok = job.call(&conn);
        if ok && s.borrow_mut().take_failed() {
            job.fail("a statement of this write failed".into());
            ok = false;
        }
        any_ok |= ok;
        pending = match (alone, ok) {
            (true, _) => String::new(),
            (false, true) => "RELEASE SAVEPOINT job".into(),
            (false, false) => "ROLLBACK TO SAVEPOINT job; RELEASE SAVEPOINT job".into(),
        };
    }
    let committed = match failed {
        Some((i, e)) => {
            // What failed is the end of the job before (its release) or this job's start:
            // the transaction is aborted either way; every job learns it from the outcome.
            if let Some(job) = batch.get_mut(i) {
                job.fail(e.clone());
            }
            Err(e)
        }
        // Nothing to keep: a lone write that failed, or every write of the batch.
        None if !any_ok => s.borrow_mut().batch("ROLLBACK").map_err(|e| e.to_string()),
        None => {
            pending.push_str(if pending.is_empty() {
                "COMMIT"
            } else {
                "; COMMIT"
            });
            s.borrow_mut().batch(&pending).map_err(|e| e.to_string())
        }
    };
    if committed.is_err() {
        let _ = s.borrow_mut().batch("ROLLBACK");
    }
    finish_batch(batch, committed);
    Ok(())
}

/// The locks a batch takes first, the same across processes. A batch with any unkeyed write
/// takes the writers' lock alone: it sees the database as the only writer, as on SQLite. A
/// batch of keyed writes shares the writers' lock with other such batches and takes each
/// key's lock, in one order (so that two batches never wait for each other in a circle):
/// writes of one key still follow one another.
fn pg_batch_locks(batch: &[Box<dyn Job>]) -> String {
    let keys: Option<Vec<&str>> = batch.iter().map(|j| j.key()).collect();
    let Some(keys) = keys else {
        return format!("SELECT pg_advisory_xact_lock({PG_WRITER_LOCK})");
    };
    let mut ids: Vec<i64> = keys.iter().map(|k| key_lock(k)).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut sql = format!("SELECT pg_advisory_xact_lock_shared({PG_WRITER_LOCK})");
    for id in ids {
        sql.push_str(&format!("; SELECT pg_advisory_xact_lock({id})"));
    }
    sql
}

/// A key's advisory lock: the first 8 bytes of its SHA-256 (a collision only makes two keys
/// wait for each other).
fn key_lock(key: &str) -> i64 {
    let h = crate::secrets::sha256(key.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&h[..8]);
    i64::from_be_bytes(first)
}

impl Db {
    /// Opens (creating and migrating) the SQLite database at `path` and starts the writer.
    pub fn open(path: &Path) -> Result<Db, DbError> {
        Db::open_at(&Location::File(path.to_path_buf()))
    }

    /// Opens the database where the configuration says, migrating it, and starts the writer.
    pub fn open_at(location: &Location) -> Result<Db, DbError> {
        let (tx, rx) = mpsc::channel::<Msg>();
        let (threads, readers) = match location {
            Location::File(path) => {
                let conn = open_writer(path)?;
                let readers = (0..READERS)
                    .map(|_| open_reader(path).map(Reader::Sqlite))
                    .collect::<Result<Vec<_>, _>>()?;
                let thread = std::thread::Builder::new()
                    .name("relais-db-writer".into())
                    .spawn(move || writer_loop(conn, rx))
                    .map_err(|e| DbError::Sqlite(e.to_string()))?;
                (vec![thread], readers)
            }
            Location::Postgres(target) => {
                // Made on a plain thread: the sync client cannot start inside an async worker.
                let t = target.clone();
                // The writer threads are started there too: should one fail to start, the
                // sessions are dropped on that plain thread.
                let rx = Arc::new(Mutex::new(rx));
                let (threads, readers) = std::thread::spawn(move || {
                    let first = RefCell::new(t.connect()?);
                    migrate_postgres(&first)?;
                    let mut writers = vec![first];
                    for _ in 1..PG_WRITERS {
                        writers.push(RefCell::new(t.connect()?));
                    }
                    let readers = (0..READERS)
                        .map(|_| {
                            open_pg_reader(&t).map(|s| Reader::Postgres(Box::new(RefCell::new(s))))
                        })
                        .collect::<Result<Vec<_>, DbError>>()?;
                    let mut threads = Vec::new();
                    for (i, session) in writers.into_iter().enumerate() {
                        let (t, rx) = (t.clone(), rx.clone());
                        let thread = std::thread::Builder::new()
                            .name(format!("relais-db-writer-{i}"))
                            .spawn(move || pg_writer_loop(*t, Some(session), rx))
                            .map_err(|e| DbError::Sqlite(e.to_string()))?;
                        threads.push(thread);
                    }
                    Ok::<_, DbError>((threads, readers))
                })
                .join()
                .map_err(|_| DbError::Sqlite("opening PostgreSQL failed".into()))??;
                (threads, readers)
            }
        };
        let read_permits = match location {
            Location::File(_) => tokio::sync::Semaphore::MAX_PERMITS,
            Location::Postgres(_) => READERS,
        };
        Ok(Db {
            read_permits: Arc::new(tokio::sync::Semaphore::new(read_permits)),
            writer: Mutex::new(Some(tx)),
            threads: Mutex::new(threads),
            readers: Arc::new(ReaderPool(Mutex::new(readers))),
            location: location.clone(),
        })
    }

    /// Runs a write on the writer thread; returns once it is committed. The closure sees the
    /// database as if it were the only writer (no other write commits while it runs).
    pub async fn write<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection<'_>) -> Result<T, DbError> + Send + 'static,
    {
        self.send(None, f).await
    }

    /// A write that reads and changes only what belongs to `key` (one request's rows, say),
    /// apart from inserts that a unique constraint guards. Writes of one key follow one
    /// another, like [`Db::write`]; on PostgreSQL, writes of different keys commit at the same
    /// time on different connections (on SQLite, whose writer is one, this is `write`).
    pub async fn write_keyed<T, F>(&self, key: String, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection<'_>) -> Result<T, DbError> + Send + 'static,
    {
        self.send(Some(key), f).await
    }

    async fn send<T, F>(&self, key: Option<String>, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection<'_>) -> Result<T, DbError> + Send + 'static,
    {
        let (reply, rx) = oneshot::channel();
        let job: Box<dyn Job> = Box::new(TypedJob {
            key,
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
    /// Returns whether the checkpoint completed (a long read can hold it back). On PostgreSQL
    /// there is nothing to do here.
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
    ///
    /// A pooled PostgreSQL session the server has closed since its last use (a restart, an
    /// administrator) is only found out by the read itself: the read then runs again, once, on
    /// a new session (it changes nothing, so running it twice is harmless).
    pub async fn read<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: Fn(&Connection<'_>) -> Result<T, DbError> + Send + 'static,
    {
        let permit = self
            .read_permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| DbError::Closed)?;
        let pool = self.readers.clone();
        let location = self.location.clone();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let pooled = pool.0.lock().unwrap_or_else(|p| p.into_inner()).pop();
            let reused = pooled.is_some();
            let mut reader = match pooled {
                Some(r) => r,
                None => open_any_reader(&location)?,
            };
            let mut result = reader.run(&f);
            if result.is_err() && reused && !reader.healthy() {
                reader = open_any_reader(&location)?;
                result = reader.run(&f);
            }
            let mut readers = pool.0.lock().unwrap_or_else(|p| p.into_inner());
            if reader.healthy() && readers.len() < READERS {
                readers.push(reader);
            }
            // Otherwise it is dropped here, off the async threads.
            result
        })
        .await
        .map_err(|e| DbError::Sqlite(e.to_string()))?
    }

    /// Stops accepting writes, lets the writer finish what is queued, and waits for it.
    pub fn close(&self) {
        self.writer.lock().unwrap_or_else(|p| p.into_inner()).take();
        let threads = std::mem::take(&mut *self.threads.lock().unwrap_or_else(|p| p.into_inner()));
        for t in threads {
            let _ = t.join();
        }
        // PostgreSQL sessions are closed on a plain thread (see `PgTarget::connect`).
        let readers: Vec<Reader> =
            std::mem::take(&mut *self.readers.0.lock().unwrap_or_else(|p| p.into_inner()));
        if !readers.is_empty() {
            let _ = std::thread::spawn(move || drop(readers)).join();
        }
    }

    /// The SQLite file, when the desk runs on one.
    pub fn path(&self) -> Option<&Path> {
        match &self.location {
            Location::File(p) => Some(p),
            Location::Postgres(_) => None,
        }
    }

    pub fn location(&self) -> &Location {
        &self.location
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
    use crate::params;

    /// The schema as SQLite keeps it, and the version: what a migration may change.
    fn schema(path: &Path) -> (Vec<String>, i64) {
        let conn = rusqlite::Connection::open(path).unwrap();
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
        rusqlite::Connection::open(&path)
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
            let c = rusqlite::Connection::open(&path).unwrap();
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

    /// A new database on the PostgreSQL server of `RELAIS_TEST_POSTGRES`
    /// (`scripts/with-postgres.sh`). Without it these tests say so and stop, unless
    /// `RELAIS_REQUIRE_POSTGRES` is set (CI), where they fail.
    fn fresh_postgres() -> Option<Location> {
        let url = fresh_postgres_url()?;
        Some(Location::Postgres(Box::new(PgTarget::parse(&url).unwrap())))
    }

    fn fresh_postgres_url() -> Option<String> {
        let Some(admin) = std::env::var("RELAIS_TEST_POSTGRES")
            .ok()
            .filter(|s| !s.is_empty())
        else {
            assert!(
                std::env::var_os("RELAIS_REQUIRE_POSTGRES").is_none(),
                "RELAIS_REQUIRE_POSTGRES is set but RELAIS_TEST_POSTGRES is not"
            );
            eprintln!("no PostgreSQL server (RELAIS_TEST_POSTGRES): this test did not run");
            return None;
        };
        let server = Location::Postgres(Box::new(PgTarget::parse(&admin).unwrap()));
        let name = format!("relais_{}", uuid::Uuid::new_v4().simple());
        server
            .with_connection(|c| c.execute_batch(&format!("CREATE DATABASE {name}")))
            .unwrap();
        let (base, _) = admin.rsplit_once('/').unwrap();
        Some(format!("{base}/{name}"))
    }

    /// TLS to the throwaway server (`scripts/with-postgres.sh` gives it a certificate for
    /// `localhost` from an authority of its own): the desk's connections are encrypted and the
    /// server's certificate is checked, chain and name.
    #[tokio::test]
    async fn postgres_over_tls_checks_the_servers_certificate() {
        let Some(url) = fresh_postgres_url() else {
            return;
        };
        let ca = PathBuf::from(std::env::var("RELAIS_TEST_POSTGRES_CA").expect(
            "RELAIS_TEST_POSTGRES_CA: the authority of the server (scripts/with-postgres.sh)",
        ));
        let named = format!(
            "{}?sslmode=require",
            url.replacen("127.0.0.1", "localhost", 1)
        );
        let target = PgTarget::parse_with_ca(&named, Some(&ca)).unwrap();
        assert!(target.tls());
        let db = Db::open_at(&Location::Postgres(Box::new(target))).unwrap();
        let ssl: bool = db
            .read(|c| {
                Ok(c.query_row(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                    [],
                    |r| r.get(0),
                )?)
            })
            .await
            .unwrap();
        assert!(ssl, "the reader's connection is TLS");
        let written = db
            .write(|c| Ok(c.execute("INSERT INTO setting (key, value) VALUES ('tls', 'on')", [])?))
            .await;
        assert!(written.is_ok(), "{written:?}");
        db.close();
        // The web's authorities do not know the hospital's: refused.
        let web = PgTarget::parse(&named).unwrap();
        assert!(Db::open_at(&Location::Postgres(Box::new(web))).is_err());
        // The right authority, but a name the certificate does not carry: refused.
        let by_address = format!("{url}?sslmode=require");
        let wrong_name = PgTarget::parse_with_ca(&by_address, Some(&ca)).unwrap();
        assert!(Db::open_at(&Location::Postgres(Box::new(wrong_name))).is_err());
    }

    /// Tables, columns, constraints, indexes, triggers and versions: what a migration changes.
    fn pg_schema(at: &Location) -> Vec<String> {
        at.with_connection(|c| {
            c.prepare(
                "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type
                   FROM information_schema.columns WHERE table_schema = 'public'
                 UNION ALL
                 SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid)
                   FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                 UNION ALL
                 SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes
                   WHERE schemaname = 'public'
                 UNION ALL
                 SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal
                 UNION ALL
                 SELECT 'version ' || CAST(version AS TEXT) FROM relais_schema
                 ORDER BY 1",
            )?
            .query_map([], |r| r.get(0))?
            .collect()
        })
        .unwrap()
    }

    #[test]
    fn postgres_migrated_by_four_desks_at_once_then_again_changes_nothing() {
        let Some(at) = fresh_postgres() else { return };
        let barrier = std::sync::Barrier::new(4);
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    s.spawn(|| {
                        barrier.wait();
                        Db::open_at(&at).map(drop)
                    })
                })
                .collect();
            for h in handles {
                h.join().unwrap().unwrap();
            }
        });
        let first = pg_schema(&at);
        let versions: Vec<_> = first.iter().filter(|l| l.starts_with("version ")).collect();
        assert_eq!(versions.len() as i64, SCHEMA_VERSION, "{versions:?}");
        assert!(first.iter().any(|l| l == "trigger audit_no_update"));
        drop(Db::open_at(&at).unwrap());
        assert_eq!(pg_schema(&at), first);
    }

    #[test]
    fn postgres_from_a_newer_desk_is_refused() {
        let Some(at) = fresh_postgres() else { return };
        drop(Db::open_at(&at).unwrap());
        at.with_connection(|c| {
            c.execute(
                "INSERT INTO relais_schema (version) VALUES (?1)",
                [SCHEMA_VERSION + 1],
            )
        })
        .unwrap();
        assert!(matches!(Db::open_at(&at), Err(DbError::TooNew { .. })));
    }

    #[tokio::test]
    async fn postgres_writes_batch_roll_back_alone_and_the_audit_is_append_only() {
        let Some(at) = fresh_postgres() else { return };
        let db = Db::open_at(&at).unwrap();
        let audit = |action: &'static str| {
            db.write(move |c| {
                c.execute(
                    "INSERT INTO audit (at, staff_login, action) VALUES ('now', 'a', ?1)",
                    [action],
                )?;
                if action == "fails" {
                    return Err(DbError::Invalid("this write fails after its insert".into()));
                }
                Ok(())
            })
        };
        // Sent together, so that they often share a batch: the failing one rolls back alone.
        // On PostgreSQL they may also land on different writer threads, in any order.
        let (a, b, c) = tokio::join!(audit("one"), audit("fails"), audit("two"));
        assert!(a.is_ok() && b.is_err() && c.is_ok());
        let actions: Vec<String> = db
            .read(|c| {
                Ok(c.prepare("SELECT action FROM audit ORDER BY action")?
                    .query_map([], |r| r.get(0))?
                    .collect::<Result<_, _>>()?)
            })
            .await
            .unwrap();
        assert_eq!(actions, ["one", "two"]);
        for change in [
            "UPDATE audit SET action = 'x'",
            "DELETE FROM audit",
            "TRUNCATE audit",
        ] {
            let refused = db.write(move |c| Ok(c.execute(change, [])?)).await;
            assert!(refused.is_err(), "{change}");
        }
        // Readers are read-only, as on SQLite.
        let read_only = db
            .read(|c| Ok(c.execute("INSERT INTO setting (key, value) VALUES ('k', 'v')", [])?))
            .await;
        assert!(read_only.is_err());
        db.close();
    }

    /// One batch, built by hand so that it really holds these five writes: a failing write
    /// rolls back alone — one that returns an error after its insert, one whose statement
    /// fails, and one that caught its statement's failure and returned `Ok` (on PostgreSQL
    /// the statement aborted its savepoint: it must not be reported saved). A lone write that
    /// caught its failure is not reported saved either.
    #[test]
    fn postgres_a_failing_write_rolls_back_alone_even_when_it_caught_the_error() {
        let Some(at) = fresh_postgres() else { return };
        drop(Db::open_at(&at).unwrap());
        let Location::Postgres(target) = &at else {
            unreachable!()
        };
        let s = RefCell::new(target.connect().unwrap());
        type Reply = oneshot::Receiver<Result<(), DbError>>;
        fn job(
            f: impl FnOnce(&Connection<'_>) -> Result<(), DbError> + Send + 'static,
        ) -> (Box<dyn Job>, Reply) {
            let (reply, rx) = oneshot::channel();
            let job = TypedJob {
                key: None,
                f: Some(f),
                result: None,
                reply,
            };
            (Box::new(job), rx)
        }
        fn insert(c: &Connection<'_>, key: &str) -> Result<(), DbError> {
            c.execute("INSERT INTO setting (key, value) VALUES (?1, 'v')", [key])?;
            Ok(())
        }
        let writes = vec![
            job(|c| insert(c, "a")),
            job(|c| {
                insert(c, "b")?;
                Err(DbError::Invalid("refused after its insert".into()))
            }),
            job(|c| insert(c, "a")),
            job(|c| {
                let _ = insert(c, "a");
                Ok(())
            }),
            job(|c| insert(c, "e")),
        ];
        let (batch, replies): (Vec<_>, Vec<_>) = writes.into_iter().unzip();
        assert!(commit_pg_batch(&s, batch, false).is_ok());
        let outcomes: Vec<bool> = replies
            .into_iter()
            .map(|r| r.blocking_recv().unwrap().is_ok())
            .collect();
        assert_eq!(outcomes, [true, false, false, false, true]);
        let (lone, reply) = job(|c| {
            insert(c, "f")?;
            let _ = insert(c, "a");
            Ok(())
        });
        assert!(commit_pg_batch(&s, vec![lone], false).is_ok());
        assert!(reply.blocking_recv().unwrap().is_err());
        let keys: Vec<String> = Connection::postgres(&s)
            .prepare("SELECT key FROM setting ORDER BY key")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(keys, ["a", "e"]);
        std::thread::spawn(move || drop(s)).join().unwrap();
    }

    /// The server closes every session of the desk (a restart, an administrator): the next
    /// writes are not lost to it, each writer notices before running anything and tries again
    /// on a new session; a read on a pooled session runs again on a new one.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres_reads_and_writes_go_on_after_the_server_closes_the_desks_sessions() {
        let Some(at) = fresh_postgres() else { return };
        let db = Db::open_at(&at).unwrap();
        async fn count(db: &Db) -> Result<i64, DbError> {
            db.read(|c| Ok(c.query_row("SELECT COUNT(*) FROM setting", [], |r| r.get(0))?))
                .await
        }
        let before = count(&db).await.unwrap();
        assert!(!db.readers.0.lock().unwrap().is_empty(), "pooled readers");
        let ended: i64 = at
            .with_connection(|c| {
                c.query_row(
                    "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                     WHERE datname = current_database() AND pid <> pg_backend_pid()) AS ended",
                    [],
                    |r| r.get(0),
                )
            })
            .unwrap();
        assert!(ended >= PG_WRITERS as i64, "{ended} sessions ended");
        for i in 0..(2 * PG_WRITERS) {
            let key = format!("after-{i}");
            let written = db
                .write(move |c| {
                    Ok(c.execute("INSERT INTO setting (key, value) VALUES (?1, 'v')", [key])?)
                })
                .await;
            assert!(written.is_ok(), "write {i}: {written:?}");
        }
        let after = count(&db).await;
        assert_eq!(after.ok(), Some(before + 2 * PG_WRITERS as i64));
        db.close();
    }

    /// Writes of one key follow one another: a read-then-write counter per key, written by
    /// 400 keyed writes over 8 keys at once, loses no update.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres_keyed_writes_of_one_key_lose_no_update() {
        let Some(at) = fresh_postgres() else { return };
        let db = Arc::new(Db::open_at(&at).unwrap());
        db.write(|c| {
            c.execute_batch("CREATE TABLE counter (k TEXT PRIMARY KEY, n BIGINT NOT NULL)")?;
            for k in 0..8 {
                c.execute(
                    "INSERT INTO counter (k, n) VALUES (?1, 0)",
                    [format!("k{k}")],
                )?;
            }
            Ok(())
        })
        .await
        .unwrap();
        let mut tasks = Vec::new();
        for i in 0..400 {
            let d = db.clone();
            tasks.push(tokio::spawn(async move {
                let key = format!("k{}", i % 8);
                d.write_keyed(key.clone(), move |c| {
                    let n: i64 =
                        c.query_row("SELECT n FROM counter WHERE k = ?1", [&key], |r| r.get(0))?;
                    std::thread::sleep(std::time::Duration::from_micros(300));
                    c.execute(
                        "UPDATE counter SET n = ?2 WHERE k = ?1",
                        params![key, n + 1],
                    )?;
                    Ok(())
                })
                .await
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        let counts: Vec<i64> = db
            .read(|c| {
                Ok(c.prepare("SELECT n FROM counter ORDER BY k")?
                    .query_map([], |r| r.get(0))?
                    .collect::<Result<_, _>>()?)
            })
            .await
            .unwrap();
        assert_eq!(counts, vec![50; 8]);
        db.close();
    }

    /// A keyed write waits, inside its transaction, for a sign that only another write can
    /// give. A keyed write of another key gives it (they run together); an unkeyed write
    /// starts only once the first has finished (it runs alone).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres_keyed_writes_run_together_and_unkeyed_ones_alone() {
        use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
        let Some(at) = fresh_postgres() else { return };
        let db = Arc::new(Db::open_at(&at).unwrap());
        let wait_for = |flag: Arc<AtomicBool>, most: std::time::Duration| {
            let end = std::time::Instant::now() + most;
            while !flag.load(SeqCst) && std::time::Instant::now() < end {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            flag.load(SeqCst)
        };
        // Keyed beside keyed.
        let (started, sign) = (
            Arc::new(AtomicBool::new(false)),
            Arc::new(AtomicBool::new(false)),
        );
        let first = {
            let (d, started, sign) = (db.clone(), started.clone(), sign.clone());
            tokio::spawn(async move {
                d.write_keyed("a".into(), move |_| {
                    started.store(true, SeqCst);
                    Ok(wait_for(sign, std::time::Duration::from_secs(10)))
                })
                .await
            })
        };
        while !started.load(SeqCst) {
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        }
        let s = sign.clone();
        db.write_keyed("b".into(), move |_| {
            s.store(true, SeqCst);
            Ok(())
        })
        .await
        .unwrap();
        assert!(
            first.await.unwrap().unwrap(),
            "the second key's write ran while the first waited"
        );
        // Unkeyed after keyed.
        let (started, finished) = (
            Arc::new(AtomicBool::new(false)),
            Arc::new(AtomicBool::new(false)),
        );
        let keyed = {
            let (d, started, finished) = (db.clone(), started.clone(), finished.clone());
            tokio::spawn(async move {
                d.write_keyed("a".into(), move |_| {
                    started.store(true, SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(300));
                    finished.store(true, SeqCst);
                    Ok(())
                })
                .await
            })
        };
        while !started.load(SeqCst) {
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        }
        let f = finished.clone();
        let alone = db.write(move |_| Ok(f.load(SeqCst))).await.unwrap();
        keyed.await.unwrap().unwrap();
        assert!(
            alone,
            "the unkeyed write started only after the keyed one had finished"
        );
        db.close();
    }

    #[test]
    fn a_postgres_password_never_shows_in_debug_or_errors() {
        let t = PgTarget::parse("postgres://relais:s3cr3t-pw@127.0.0.1:1/relais").unwrap();
        let shown = format!("{t:?} {:?}", Location::Postgres(Box::new(t.clone())));
        assert!(!shown.contains("s3cr3t-pw"), "{shown}");
        assert!(shown.contains("relais@127.0.0.1:1/relais"), "{shown}");
        let err = Db::open_at(&Location::Postgres(Box::new(t)))
            .unwrap_err()
            .to_string();
        assert!(!err.contains("s3cr3t-pw"), "{err}");
        let setting = crate::config::DatabaseSetting("postgres://u:s3cr3t-pw@localhost/d".into());
        assert!(!format!("{setting:?}").contains("s3cr3t-pw"));
    }

    #[test]
    fn a_postgres_server_off_this_machine_is_refused_without_tls() {
        for url in [
            "postgres://relais:pw@db.hopital.example/relais",
            "postgres://relais:pw@10.0.0.5:5432/relais",
        ] {
            let e = PgTarget::parse(url).unwrap_err();
            assert!(
                e.contains("not on this machine") && !e.contains("pw@"),
                "{e}"
            );
        }
        for url in [
            "postgres://relais@127.0.0.1/relais",
            "postgres://relais@localhost:5433/relais",
            "postgres://relais@[::1]/relais",
            "host=/var/run/postgresql user=relais dbname=relais",
        ] {
            assert!(PgTarget::parse(url).is_ok(), "{url}");
        }
        assert!(PgTarget::parse("postgres://relais@").is_err());
        // Off this machine with TLS: accepted, and its connections are TLS.
        let remote =
            PgTarget::parse("postgres://relais:pw@db.hopital.example/relais?sslmode=require");
        assert!(remote.is_ok_and(|t| t.tls()));
    }
}
