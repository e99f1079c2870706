//! Relais desk: the CMP's server. The JSON API for the apps (`/v1`), the SMS gateway webhook,
//! and the reception console (server-rendered pages that work without JavaScript).
//!
//! - [`db`]: embedded SQLite, one writer thread with group commit.
//! - [`requests`]: submission, status by capability, staff actions, retention.
//! - [`referrals`]: professionals' referrals with the person's consent, the person's copy,
//!   revocation that erases, duplicates and overdue referrals.
//! - [`auth`]: staff sign-in, sessions, CSRF, lockout.
//! - [`api`]: the `/v1` routes; [`console`]: the pages; [`demo`]: the demo desk.
//! - [`sms`]: the SMS gateway, the durable outbox, reminders, the gateway's webhook.

pub mod api;
pub mod auth;
pub mod client_ip;
pub mod config;
pub mod console;
pub mod coordination;
pub mod db;
pub mod demo;
pub mod figures;
pub mod harden;
pub mod lines;
pub mod partner;
pub mod referrals;
pub mod requests;
pub mod secrets;
pub mod sms;
pub mod sql;

use anyhow::Context;
use axum::Router;
use axum::extract::{MatchedPath, Request};
use config::Config;
use db::Db;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use relais_core::contact::{OpeningHours, Phone};
use relais_core::directory::signature::{self, SigningKey};
use relais_core::directory::{DeskLink, DeskUrl, Directory, bundle, source};
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use tokio::sync::oneshot;
use tower_http::trace::TraceLayer;

/// Everything the handlers share.
pub struct AppState {
    pub config: Config,
    pub db: Db,
    /// Key of the capability tokens (HMAC); lives in the data folder, not in the database.
    pub token_key: [u8; 32],
    pub directory: Directory,
    /// The signed directory bundle served to the apps.
    pub bundle: Option<ServedBundle>,
    /// The address the apps use to reach this desk.
    pub public_url: DeskUrl,
    /// The desk's own phone and hours, checked when the desk starts.
    pub desk_phone: Phone,
    pub desk_hours: Option<OpeningHours>,
    pub sms_number: Option<Phone>,
    pub submit_limiter: DefaultKeyedRateLimiter<IpAddr>,
    /// Tries of copy codes per address; the desk-wide limit is in the database, shared by
    /// every desk process ([`coordination::take_try`]).
    pub copy_limiter: DefaultKeyedRateLimiter<IpAddr>,
    /// The desk's clock, from its département ([`Config::time_zone`]).
    pub tz: chrono_tz::Tz,
    pub sms_policy: sms::SmsPolicy,
    /// `None`: no gateway configured; messages wait in the outbox.
    pub sms_gateway: Option<Arc<dyn sms::gateway::SmsGateway>>,
    /// Wakes the sender when a message is queued.
    pub sms_wake: tokio::sync::Notify,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("db", &self.db)
            .finish_non_exhaustive()
    }
}

pub type Shared = Arc<AppState>;

/// The directory as the apps download it (shared bytes: no copy per request), with its ETag
/// (a checksum of the whole signed file, so a re-signed bundle is a new version).
#[derive(Clone, Debug)]
pub struct ServedBundle {
    pub bytes: axum::body::Bytes,
    pub etag: String,
}

/// Reads the token key from the data folder, creating it (mode 0600) on first start.
///
/// The new key is written whole to a private temporary file, synced, then linked into place
/// only if no key is there yet: a crash never leaves half a key, and two desks starting at once
/// on one folder end up with the same key (the second reads the first's).
fn token_key(config: &Config) -> anyhow::Result<[u8; 32]> {
    let path = config.data_dir.join("token.key");
    let read = |path: &std::path::Path| -> anyhow::Result<[u8; 32]> {
        std::fs::read(path)
            .with_context(|| format!("cannot read {}", path.display()))?
            .try_into()
            .map_err(|_| anyhow::anyhow!("{} is damaged (expected 32 bytes)", path.display()))
    };
    if path.exists() {
        return read(&path);
    }
    let key = secrets::random_key().map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    // A name of its own for each attempt, even from two threads of one process.
    let nonce = secrets::random_key().map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let tmp = config.data_dir.join(format!(
        "token.key.{:02x}{:02x}{:02x}{:02x}.tmp",
        nonce[0], nonce[1], nonce[2], nonce[3]
    ));
    {
        use std::io::Write;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(&tmp)
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        file.write_all(&key)?;
        file.sync_all()?;
    }
    let linked = std::fs::hard_link(&tmp, &path);
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => Ok(key),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read(&path),
        Err(e) => Err(e).with_context(|| format!("cannot write {}", path.display())),
    }
}

impl AppState {
    pub fn new(config: Config) -> anyhow::Result<AppState> {
        // The configuration is checked before anything is written.
        let desk_phone = Phone::parse(&config.phone).with_context(|| {
            format!(
                "the desk's phone '{}' (set `phone` in the configuration file)",
                config.phone
            )
        })?;
        let sms_number = config
            .sms_number
            .as_deref()
            .map(Phone::parse)
            .transpose()
            .context("the desk's SMS number")?;
        let desk_hours = config
            .hours
            .as_deref()
            .map(OpeningHours::parse)
            .transpose()
            .context("the desk's hours")?;
        let tz = config.time_zone();
        let reminders = config
            .reminder_policy()
            .map_err(|e| anyhow::anyhow!("[sms]: {e}"))?;
        if let Err(e) = relais_core::neutral::check(&config.sms.sender_name) {
            anyhow::bail!(
                "[sms] sender_name '{}' cannot go in an SMS: {e}",
                config.sms.sender_name
            );
        }
        let sms_policy = sms::SmsPolicy {
            sender_name: config.sms.sender_name.trim().to_owned(),
            tz,
            reminders,
            max_attempts: config.sms.max_attempts,
            // Longer than the gateway client's timeout (20 s), so a live sender never overlaps.
            lease: chrono::Duration::seconds(i64::from(config.sms.lease_seconds.max(21))),
        };
        let sms_gateway: Option<Arc<dyn sms::gateway::SmsGateway>> = match &config.sms.capcom {
            Some(c) => Some(Arc::new(
                sms::capcom::Capcom::new(&c.url, &c.username, &c.password, c.sim_number)
                    .context("the SMS gateway client")?,
            )),
            None => None,
        };
        std::fs::create_dir_all(&config.data_dir).with_context(|| {
            format!(
                "cannot create the data folder {}",
                config.data_dir.display()
            )
        })?;
        let location = config.database().map_err(anyhow::Error::msg)?;
        let db = Db::open_at(&location)
            .with_context(|| format!("cannot open the database {location:?}"))?;
        // A real desk serves the signed bundle it is given, after checking it as a phone
        // would; only the demo builds one (the demo directory, signed with the demo key), so
        // fictional services never reach a real phone.
        let public_url = config
            .public_url()
            .context("the desk's public address (`public_url`)")?;
        let (directory, bundle) = match (&config.directory_bundle, config.demo) {
            (Some(path), _) => {
                let bytes = std::fs::read(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let dir = signature::open(&bytes, signature::TRUSTED)
                    .with_context(|| format!("{} is not a usable directory", path.display()))?;
                (dir, Some(bytes))
            }
            (None, true) => {
                let mut dir = source::demo().directory;
                let link = DeskLink {
                    url: public_url.clone(),
                    sms: sms_number,
                };
                dir.link_desk(&config.structures, &link);
                let bytes = SigningKey::demo().sign(&bundle::encode(&dir)?);
                (dir, Some(bytes))
            }
            (None, false) => (Directory::empty(), None),
        };
        let bundle = bundle.map(|bytes| ServedBundle {
            etag: format!("\"{:08x}\"", crc32fast::hash(&bytes)),
            bytes: bytes.into(),
        });
        let per_minute = |n: u32| NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN);
        Ok(AppState {
            token_key: token_key(&config)?,
            submit_limiter: RateLimiter::keyed(Quota::per_minute(per_minute(
                config.submit_per_minute,
            ))),
            copy_limiter: RateLimiter::keyed(Quota::per_minute(per_minute(
                config.copy_lookups_per_minute,
            ))),
            config,
            db,
            directory,
            bundle,
            public_url,
            desk_phone,
            desk_hours,
            sms_number,
            tz,
            sms_policy,
            sms_gateway,
            sms_wake: tokio::sync::Notify::new(),
        })
    }
}

/// All routes. Logs name the route template and the status, never a path with data in it,
/// a header, a body or a query string.
pub fn router(state: Shared) -> Router {
    let trace = TraceLayer::new_for_http()
        .make_span_with(|req: &Request| {
            let route = req
                .extensions()
                .get::<MatchedPath>()
                .map_or("unmatched", MatchedPath::as_str);
            tracing::info_span!("http", method = %req.method(), route = %route)
        })
        .on_request(())
        .on_response(
            |res: &axum::response::Response,
             latency: std::time::Duration,
             _span: &tracing::Span| {
                tracing::info!(
                    status = res.status().as_u16(),
                    latency_us = latency.as_micros() as u64,
                    "response"
                );
            },
        );
    let limit = axum::extract::DefaultBodyLimit::max(state.config.max_body_bytes);
    Router::new()
        .merge(api::routes())
        .merge(console::routes())
        .layer(limit)
        .layer(axum::middleware::from_fn(harden::headers))
        .layer(trace)
        .with_state(state)
}

/// A desk listening in the background.
#[derive(Debug)]
pub struct Running {
    pub addr: SocketAddr,
    pub state: Shared,
    shutdown: Option<oneshot::Sender<()>>,
    handle: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops accepting connections, finishes the requests in flight, then lets the database
    /// writer commit what it was given.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        (&mut self.handle).await??;
        self.state.db.close();
        Ok(())
    }
}

/// Binds and serves until [`Running::stop`] (or until `signal` resolves).
pub async fn start(config: Config) -> anyhow::Result<Running> {
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    let state = Arc::new(AppState::new(config)?);
    spawn_purge(state.clone());
    if state.config.sms.sender {
        sms::sender::spawn(state.clone());
    }
    let app = router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let (tx, rx) = oneshot::channel::<()>();
    let handle = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = rx.await;
            })
            .await
    });
    Ok(Running {
        addr,
        state,
        shutdown: Some(tx),
        handle,
    })
}

/// The purge runs once an hour, in the desk process that holds its lease. The holder renews
/// the lease at every look (every few minutes); when it dies, its lease runs out and another
/// process (or the same one, restarted) takes over within `PURGE_LEASE_SECONDS` plus one look.
const PURGE_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);
const PURGE_LOOK_EVERY: std::time::Duration = std::time::Duration::from_secs(300);
const PURGE_LEASE_SECONDS: i64 = 900;

/// Runs the retention purge every hour, in one desk process at a time (the holder of the
/// purge's lease in the database).
fn spawn_purge(state: Shared) {
    let holder = uuid::Uuid::new_v4().to_string();
    tokio::spawn(async move {
        // At start-up, whatever the lease: deleted rows leave the WAL (a truncation that a
        // revocation could not finish, or that a crash interrupted, is done here).
        if let Ok(false) | Err(_) = state.db.truncate_wal().await {
            tracing::warn!("the WAL could not be truncated at start-up");
        }
        let mut last: Option<tokio::time::Instant> = None;
        let mut tick = tokio::time::interval(PURGE_LOOK_EVERY);
        loop {
            tick.tick().await;
            let now = chrono::Utc::now();
            let due = last.is_none_or(|at| at.elapsed() >= PURGE_EVERY);
            let holder = holder.clone();
            let purged = state
                .db
                .write(move |c| {
                    let held =
                        coordination::take_lease(c, "purge", &holder, now, PURGE_LEASE_SECONDS)?;
                    if held && due {
                        requests::purge(c, now).map(Some)
                    } else {
                        Ok(None)
                    }
                })
                .await;
            match purged {
                Ok(None) => {}
                Ok(Some(p)) => {
                    last = Some(tokio::time::Instant::now());
                    tracing::info!(
                        requests = p.requests,
                        sms = p.sms_callbacks,
                        referrals = p.referrals,
                        "retention purge"
                    );
                    // What was deleted leaves the WAL too, at every purge.
                    if let Ok(false) | Err(_) = state.db.truncate_wal().await {
                        tracing::warn!("the WAL could not be truncated by the purge");
                    }
                }
                Err(db::DbError::Closed) => break,
                Err(e) => tracing::error!(error = %e, "retention purge failed"),
            }
        }
    });
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn desks_starting_together_share_one_private_token_key() {
        for _ in 0..10 {
            let dir = tempfile::tempdir().unwrap();
            let config = Config {
                data_dir: dir.path().to_owned(),
                ..Config::default()
            };
            let barrier = std::sync::Barrier::new(4);
            let keys: Vec<[u8; 32]> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..4)
                    .map(|_| {
                        s.spawn(|| {
                            barrier.wait();
                            token_key(&config).unwrap()
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            assert!(keys.windows(2).all(|w| w[0] == w[1]));
            assert_eq!(token_key(&config).unwrap(), keys[0], "read back");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(dir.path().join("token.key"))
                    .unwrap()
                    .permissions()
                    .mode();
                assert_eq!(mode & 0o777, 0o600);
            }
            let left: Vec<_> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            assert_eq!(left, ["token.key"], "no temporary file left");
        }
    }

    #[test]
    fn a_damaged_token_key_stops_the_desk_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("token.key"), b"short").unwrap();
        let config = Config {
            data_dir: dir.path().to_owned(),
            ..Config::default()
        };
        let e = token_key(&config).unwrap_err().to_string();
        assert!(e.contains("token.key is damaged"), "{e}");
    }
}
