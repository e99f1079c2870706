//! The phone reaches the desk: the outbox drained in order, exactly once; the status of open
//! requests read back with their capability token; the directory kept fresh and checked.
//!
//! One [`Syncer::sync`] is a round: give up on what waited too long (the person is told to
//! call), send what is due (each desk's entries in the order they were queued, stopping at
//! that desk's first failure so that nothing overtakes), ask each desk about the requests it
//! holds, then refresh the directory. The desk is the authority on status: the phone stores
//! a state only when the desk said it and it is a legal step forward. A round can be cut
//! short by a time budget or a [`CancelToken`] at any point without harm: every store change
//! is one transaction, and a request whose answer was lost is sent again with the same
//! UUIDv7, which the desk recognises.

pub mod desk;
pub mod directory;
#[cfg(feature = "reqwest")]
mod http;
pub mod runtime;
pub mod transport;

pub use desk::{DeskClient, DeskError};
#[cfg(feature = "reqwest")]
pub use http::{HttpOptions, ReqwestTransport};
pub use transport::{BoxFuture, HttpRequest, HttpResponse, Method, Transport, TransportError};

use crate::directory::DeskUrl;
use crate::directory::signature::TrustedKey;
use crate::request::{Request, RequestState};
use crate::store::{Lease, OutboxKind, Store, StoreError};
use crate::wire::ReferralStatus;
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use uuid::Uuid;

/// Where the time comes from: the phone's clock, or a test's.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// Where the directory bundle is downloaded from and kept.
#[derive(Clone, Debug)]
pub struct DirectorySource {
    /// The full URL of the bundle (`https://…/v1/directory`).
    pub url: String,
    /// The file the app opens at start.
    pub path: PathBuf,
    pub trusted: Vec<TrustedKey>,
}

#[derive(Clone, Debug)]
pub struct SyncConfig {
    /// A submission still undelivered after this is closed: "call the CMP yourself".
    pub give_up_after: chrono::Duration,
    /// For one exchange with a desk, connection included.
    pub request_timeout: Duration,
    /// How long an entry is held by a round before another may take it.
    pub lease_for: chrono::Duration,
    /// Entries taken from the outbox at a time.
    pub batch: usize,
    pub directory: Option<DirectorySource>,
}

impl Default for SyncConfig {
    fn default() -> SyncConfig {
        SyncConfig {
            give_up_after: chrono::Duration::days(7),
            request_timeout: Duration::from_secs(30),
            lease_for: chrono::Duration::minutes(2),
            batch: 64,
            directory: None,
        }
    }
}

/// How one round runs.
#[derive(Clone, Copy, Debug)]
pub struct SyncOptions {
    /// No new exchange starts after this; the platforms' background schedulers give a few
    /// tens of seconds.
    pub budget: Duration,
    /// Send entries that are waiting for their next attempt too: the person pressed
    /// "send now", or the network just came back.
    pub ignore_backoff: bool,
}

impl Default for SyncOptions {
    fn default() -> SyncOptions {
        SyncOptions {
            budget: Duration::from_secs(25),
            ignore_backoff: false,
        }
    }
}

/// Stops a running round from any thread; the round finishes its current store transaction
/// and gives back what it held.
#[derive(Clone, Debug, Default)]
pub struct CancelToken {
    flag: Arc<AtomicBool>,
    notify: Arc<tokio::sync::Notify>,
}

impl CancelToken {
    pub fn new() -> CancelToken {
        CancelToken::default()
    }

    pub fn cancel(&self) {
        self.flag.store(true, Ordering::SeqCst);
        self.notify.notify_waiters();
    }

    pub fn is_cancelled(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }

    async fn cancelled(&self) {
        loop {
            let notified = self.notify.notified();
            if self.is_cancelled() {
                return;
            }
            notified.await;
        }
    }
}

/// What a round changed, request by request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The desk has the request now.
    Delivered { id: Uuid },
    /// The desk said something new: the request's state on the phone is now `state`.
    Updated { id: Uuid, state: RequestState },
    /// The withdrawal reached the desk.
    WithdrawalDelivered { id: Uuid },
    /// It could not be sent for too long, or the desk refused it: the person should call.
    NotDelivered { id: Uuid },
    /// A referral reached the desk.
    ReferralDelivered { id: Uuid },
    /// The desk said something new about a referral.
    ReferralUpdated { id: Uuid },
    /// A consent taken back reached the desk (which deleted what was shared).
    RevocationDelivered { id: Uuid },
}

impl Change {
    pub fn id(&self) -> Uuid {
        match self {
            Change::Delivered { id }
            | Change::Updated { id, .. }
            | Change::WithdrawalDelivered { id }
            | Change::NotDelivered { id }
            | Change::ReferralDelivered { id }
            | Change::ReferralUpdated { id }
            | Change::RevocationDelivered { id } => *id,
        }
    }
}

/// Something that went wrong in a round. Nothing stored was changed by it.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Desk(#[from] DeskError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the desk's state '{to}' cannot follow '{from}' on this phone")]
    Backwards {
        from: &'static str,
        to: &'static str,
    },
    #[error(transparent)]
    Directory(#[from] directory::RefreshError),
    #[error("the sync could not start: {0}")]
    Runtime(String),
}

#[derive(Debug)]
pub struct Problem {
    pub id: Option<Uuid>,
    pub error: SyncError,
}

/// Why a round ended before it had done everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stopped {
    Cancelled,
    OutOfTime,
}

#[derive(Debug, Default)]
pub struct SyncReport {
    pub changes: Vec<Change>,
    pub problems: Vec<Problem>,
    /// A new directory, checked and saved: the app swaps it in.
    pub directory: Option<directory::Refreshed>,
    pub stopped: Option<Stopped>,
    /// Outbox entries still waiting, and when the next one is due.
    pub pending: usize,
    pub next_due: Option<DateTime<Utc>>,
}

/// Exchanges under this much remaining budget are not started: they would only time out.
const MIN_EXCHANGE: Duration = Duration::from_millis(500);
const ETAG_SETTING: &str = "directory_etag";

/// Runs sync rounds for one phone. Clones share one lock, so rounds never overlap (a second
/// caller waits for the running round, then runs its own).
#[derive(Clone)]
pub struct Syncer {
    store: Arc<Store>,
    transport: Arc<dyn Transport>,
    config: SyncConfig,
    clock: Clock,
    /// Held by the running round; `true` once leases left by an earlier process are freed.
    rounds: Arc<tokio::sync::Mutex<bool>>,
}

impl std::fmt::Debug for Syncer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Syncer")
            .field("transport", &self.transport)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// The state of one round.
struct Round<'a> {
    syncer: &'a Syncer,
    deadline: Instant,
    cancel: &'a CancelToken,
    report: SyncReport,
    /// Desks that failed this round, and the earliest their entries may be tried again.
    down: HashMap<DeskUrl, Option<DateTime<Utc>>>,
    /// Requests whose status the desk just gave with its answer: not asked again.
    fresh: HashSet<Uuid>,
}

impl Syncer {
    pub fn new(store: Arc<Store>, transport: Arc<dyn Transport>, config: SyncConfig) -> Syncer {
        Syncer {
            store,
            transport,
            config,
            clock: Arc::new(Utc::now),
            rounds: Arc::new(tokio::sync::Mutex::new(false)),
        }
    }

    /// The same syncer reading time from `clock` (tests simulate days offline with it).
    pub fn with_clock(mut self, clock: Clock) -> Syncer {
        self.clock = clock;
        self
    }

    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    fn client(&self, timeout: Duration) -> DeskClient<'_> {
        DeskClient {
            transport: &*self.transport,
            timeout,
        }
    }

    /// One round (see the module documentation). Never fails as a whole: what went wrong is
    /// in [`SyncReport::problems`], with what changed before and after it.
    pub async fn sync(&self, options: SyncOptions, cancel: &CancelToken) -> SyncReport {
        let mut reclaimed = self.rounds.lock().await;
        let mut round = Round {
            syncer: self,
            deadline: Instant::now() + options.budget,
            cancel,
            report: SyncReport::default(),
            down: HashMap::new(),
            fresh: HashSet::new(),
        };
        if !*reclaimed {
            // No round of this process ran yet: any lease is a killed process's leftover.
            match self.store.release_stale_leases() {
                Ok(_) => *reclaimed = true,
                Err(e) => round.problem(None, e),
            }
        }
        round.give_up();
        round.drain_outbox(options.ignore_backoff).await;
        round.refresh_statuses().await;
        round.refresh_referrals().await;
        round.refresh_directory().await;
        round.finish()
    }
}

impl Round<'_> {
    fn now(&self) -> DateTime<Utc> {
        (self.syncer.clock)()
    }

    fn store(&self) -> &Store {
        &self.syncer.store
    }

    fn problem(&mut self, id: Option<Uuid>, error: impl Into<SyncError>) {
        let error = error.into();
        tracing::warn!(error = %error, "sync");
        self.report.problems.push(Problem { id, error });
    }

    /// Time left for one more exchange, or why there is none.
    fn time_left(&mut self) -> Option<Duration> {
        if self.cancel.is_cancelled() {
            self.report.stopped = Some(Stopped::Cancelled);
            return None;
        }
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left < MIN_EXCHANGE {
            self.report.stopped.get_or_insert(Stopped::OutOfTime);
            return None;
        }
        Some(left.min(self.syncer.config.request_timeout))
    }

    fn give_up(&mut self) {
        let now = self.now();
        match self
            .store()
            .give_up_after(self.syncer.config.give_up_after, now)
        {
            Ok(ids) => {
                for id in ids {
                    self.report.changes.push(Change::NotDelivered { id });
                }
            }
            Err(e) => self.problem(None, e),
        }
    }

    async fn drain_outbox(&mut self, ignore_backoff: bool) {
        let mut seen = HashSet::new();
        loop {
            let now = self.now();
            let config = &self.syncer.config;
            let leases =
                match self
                    .store()
                    .lease_with(now, config.lease_for, config.batch, ignore_backoff)
                {
                    Ok(l) => l,
                    Err(e) => return self.problem(None, e),
                };
            let mut fresh = false;
            for lease in leases {
                if !seen.insert(lease.entry) {
                    // Given back earlier in this round (its desk is down): not again.
                    self.release(&lease, None);
                    continue;
                }
                fresh = true;
                self.send_one(lease).await;
            }
            if !fresh || self.report.stopped.is_some() {
                return;
            }
        }
    }

    fn release(&mut self, lease: &Lease, not_before: Option<DateTime<Utc>>) {
        if let Err(e) = self.store().release(lease, not_before) {
            self.problem(Some(lease.request_id), e);
        }
    }

    /// What an outbox entry is about: its desk, its capability token, and the request when
    /// it is one.
    fn resolve(&self, lease: &Lease) -> Result<Resolved, StoreError> {
        let id = lease.request_id;
        Ok(match lease.kind {
            OutboxKind::Submit | OutboxKind::Withdraw => {
                let request = self.store().get(id)?;
                Resolved {
                    desk: request.target.desk.clone(),
                    token: match lease.kind {
                        OutboxKind::Withdraw => self.store().desk_token(id)?,
                        _ => None,
                    },
                    request: Some(request),
                    referral: None,
                }
            }
            OutboxKind::Referral | OutboxKind::Revoke => {
                let stored = self.store().referral(id)?;
                Resolved {
                    desk: stored.referral.to.desk.clone(),
                    token: stored.desk_token.clone(),
                    request: None,
                    referral: Some(Box::new(stored.referral)),
                }
            }
        })
    }

    async fn send_one(&mut self, lease: Lease) {
        let id = lease.request_id;
        let item = match self.resolve(&lease) {
            Ok(item) => item,
            Err(e) => {
                self.release(&lease, None);
                return self.problem(Some(id), e);
            }
        };
        let Some(desk) = item.desk.clone() else {
            // Made before desks were known, or for a structure without one: the person calls.
            return self.refused(&lease, DeskError::Unknown);
        };
        // A referral goes only with a consent still valid today, and nothing outside it.
        if let (OutboxKind::Referral, Some(r)) = (lease.kind, &item.referral)
            && let Err(e) = r.check_sendable(self.now().date_naive())
        {
            return self.refused(&lease, DeskError::BadAnswer(e.to_string()));
        }
        if let Some(not_before) = self.down.get(&desk.url).copied() {
            // Keep the desk's queue in order: nothing overtakes an entry that failed.
            return self.release(&lease, not_before);
        }
        let Some(timeout) = self.time_left() else {
            return self.release(&lease, None);
        };
        let client = self.syncer.client(timeout);
        let token = item.token.clone();
        let exchange = async {
            match (lease.kind, token) {
                (OutboxKind::Submit, _) => client
                    .submit(&desk.url, id, &lease.payload)
                    .await
                    .map(|a| Sent::Submitted(a.token, Box::new(a.status.state))),
                (OutboxKind::Withdraw, Some(token)) => client
                    .withdraw(&desk.url, id, &token)
                    .await
                    .map(|_| Sent::Withdrawn),
                (OutboxKind::Referral, _) => client
                    .submit_referral(&desk.url, id, &lease.payload)
                    .await
                    .map(|a| Sent::Referred(a.token, Box::new(a.status))),
                (OutboxKind::Revoke, Some(token)) => client
                    .revoke_referral(&desk.url, id, &token)
                    .await
                    .map(|s| Sent::Revoked(Box::new(s))),
                // Never reached the desk: there is nothing to withdraw or revoke there.
                (OutboxKind::Withdraw | OutboxKind::Revoke, None) => Ok(Sent::Withdrawn),
            }
        };
        let result = tokio::select! {
            r = exchange => r,
            () = self.cancel.cancelled() => {
                self.report.stopped = Some(Stopped::Cancelled);
                // The desk may or may not have it: the next round sends it again, and the
                // desk recognises the id.
                return self.release(&lease, None);
            }
        };
        let now = self.now();
        match result {
            Ok(Sent::Submitted(token, desk_state)) => {
                match self.store().acknowledge(&lease, Some(&token), now) {
                    Ok(true) => {
                        self.fresh.insert(id);
                        self.report.changes.push(Change::Delivered { id });
                        // The desk's record wins: its time of receipt, or further along
                        // when the request first came by SMS. A withdrawal made meanwhile
                        // stays (the desk hears of it next).
                        if let Some(request) = &item.request {
                            self.take_state(request, &desk_state, false);
                        }
                    }
                    Ok(false) => {}
                    Err(e) => self.problem(Some(id), e),
                }
            }
            Ok(Sent::Referred(token, status)) => {
                match self.store().acknowledge(&lease, Some(&token), now) {
                    Ok(true) => {
                        self.fresh.insert(id);
                        self.report.changes.push(Change::ReferralDelivered { id });
                        self.referral_progress(id, *status);
                    }
                    Ok(false) => {}
                    Err(e) => self.problem(Some(id), e),
                }
            }
            Ok(Sent::Revoked(status)) => match self.store().acknowledge(&lease, None, now) {
                Ok(true) => {
                    self.report.changes.push(Change::RevocationDelivered { id });
                    self.referral_progress(id, *status);
                }
                Ok(false) => {}
                Err(e) => self.problem(Some(id), e),
            },
            Ok(Sent::Withdrawn) => match self.store().acknowledge(&lease, None, now) {
                Ok(true) if lease.kind == OutboxKind::Withdraw => {
                    self.report.changes.push(Change::WithdrawalDelivered { id })
                }
                Ok(_) => {}
                Err(e) => self.problem(Some(id), e),
            },
            Err(e) if e.is_transient() => {
                let not_before = e
                    .retry_after()
                    .and_then(|d| chrono::Duration::from_std(d).ok())
                    .map(|d| now + d);
                match self
                    .store()
                    .retry_not_before(&lease, &e.to_string(), now, not_before)
                {
                    Ok(next) => {
                        self.down.insert(desk.url.clone(), Some(next));
                    }
                    Err(se) => self.problem(Some(id), se),
                }
                self.problem(Some(id), e);
            }
            Err(DeskError::Unknown)
                if matches!(lease.kind, OutboxKind::Withdraw | OutboxKind::Revoke) =>
            {
                // The desk no longer has it (purged): the withdrawal or revocation is moot.
                if let Err(e) = self.store().acknowledge(&lease, None, now) {
                    self.problem(Some(id), e);
                }
            }
            Err(e) => self.refused(&lease, e),
        }
    }

    /// Stores what the desk said about a referral; news for the professional when its state
    /// moved.
    fn referral_progress(&mut self, id: Uuid, status: ReferralStatus) {
        let before = match self.store().referral(id) {
            Ok(r) => r.progress,
            Err(e) => return self.problem(Some(id), e),
        };
        let changed = !matches!(&before, crate::store::ReferralProgress::AtDesk { status: s }
            if s.state.as_ref().map(RequestState::name) == status.state.as_ref().map(RequestState::name)
                && s.revoked_at == status.revoked_at);
        let progress = crate::store::ReferralProgress::AtDesk {
            status: Box::new(status),
        };
        match self
            .store()
            .set_referral_progress(id, &progress, self.now())
        {
            Ok(()) if changed => self.report.changes.push(Change::ReferralUpdated { id }),
            Ok(()) => {}
            Err(e) => self.problem(Some(id), e),
        }
    }

    /// The desk will never take this entry: it leaves the outbox, and a submission closes as
    /// not delivered so the person is told to call.
    fn refused(&mut self, lease: &Lease, e: DeskError) {
        let id = lease.request_id;
        match self.store().refuse(lease, self.now()) {
            Ok(true) if lease.kind == OutboxKind::Submit => {
                self.report.changes.push(Change::NotDelivered { id });
            }
            Ok(_) => {}
            Err(se) => self.problem(Some(id), se),
        }
        self.problem(Some(id), e);
    }

    /// Stores the desk's state if it is a legal step forward from the phone's; `report`
    /// says whether the change is news for the person.
    fn take_state(&mut self, local: &Request, desk_state: &RequestState, report: bool) {
        let id = local.id;
        let current = match self.store().get(id) {
            Ok(r) => r.state,
            Err(e) => return self.problem(Some(id), e),
        };
        if current == *desk_state || (!report && current.is_terminal()) {
            return;
        }
        if !current.may_become(desk_state) {
            return self.problem(
                Some(id),
                SyncError::Backwards {
                    from: current.name(),
                    to: desk_state.name(),
                },
            );
        }
        match self.store().sync_state(id, desk_state, self.now()) {
            Ok(r) if report || r.state.name() != current.name() => self
                .report
                .changes
                .push(Change::Updated { id, state: r.state }),
            Ok(_) => {}
            Err(e) => self.problem(Some(id), e),
        }
    }

    async fn refresh_statuses(&mut self) {
        if self.report.stopped.is_some() {
            return;
        }
        let followed = match self.store().followed() {
            Ok(f) => f,
            Err(e) => return self.problem(None, e),
        };
        for (request, token) in followed {
            let Some(desk) = request.target.desk.clone() else {
                continue;
            };
            if self.down.contains_key(&desk.url) || self.fresh.contains(&request.id) {
                continue;
            }
            let Some(timeout) = self.time_left() else {
                return;
            };
            let client = self.syncer.client(timeout);
            let result = tokio::select! {
                r = client.status(&desk.url, request.id, &token) => r,
                () = self.cancel.cancelled() => {
                    self.report.stopped = Some(Stopped::Cancelled);
                    return;
                }
            };
            match result {
                Ok(status) => self.take_state(&request, &status.state, true),
                Err(e) => {
                    if e.is_transient() {
                        self.down.insert(desk.url.clone(), None);
                    }
                    self.problem(Some(request.id), e);
                }
            }
        }
    }

    /// The referrals this phone made: what the desk says of them now, within the consent.
    async fn refresh_referrals(&mut self) {
        if self.report.stopped.is_some() {
            return;
        }
        let referrals = match self.store().referrals() {
            Ok(r) => r,
            Err(e) => return self.problem(None, e),
        };
        for stored in referrals {
            let id = stored.referral.id;
            let (Some(token), Some(desk)) = (&stored.desk_token, &stored.referral.to.desk) else {
                continue;
            };
            let over = match &stored.progress {
                crate::store::ReferralProgress::AtDesk { status } => {
                    status.revoked_at.is_some()
                        || status.state.as_ref().is_some_and(RequestState::is_terminal)
                }
                crate::store::ReferralProgress::NotDelivered => true,
                crate::store::ReferralProgress::Waiting => false,
            };
            if over || self.fresh.contains(&id) || self.down.contains_key(&desk.url) {
                continue;
            }
            let Some(timeout) = self.time_left() else {
                return;
            };
            let client = self.syncer.client(timeout);
            let result = tokio::select! {
                r = client.referral_status(&desk.url, id, token) => r,
                () = self.cancel.cancelled() => {
                    self.report.stopped = Some(Stopped::Cancelled);
                    return;
                }
            };
            match result {
                Ok(status) => self.referral_progress(id, status),
                Err(e) => {
                    if e.is_transient() {
                        self.down.insert(desk.url.clone(), None);
                    }
                    self.problem(Some(id), e);
                }
            }
        }
    }

    async fn refresh_directory(&mut self) {
        let Some(source) = self.syncer.config.directory.clone() else {
            return;
        };
        let Some(timeout) = self.time_left() else {
            return;
        };
        // Without the file, ask for the bundle whatever its tag.
        let etag = if source.path.exists() {
            self.store().setting(ETAG_SETTING).ok().flatten()
        } else {
            None
        };
        let client = self.syncer.client(timeout);
        let result = tokio::select! {
            r = directory::refresh(client, &source.url, etag.as_deref(), &source.path, &source.trusted) => r,
            () = self.cancel.cancelled() => {
                self.report.stopped = Some(Stopped::Cancelled);
                return;
            }
        };
        match result {
            Ok(Some(fresh)) => {
                let saved = match &fresh.etag {
                    Some(tag) => self.store().set_setting(ETAG_SETTING, tag),
                    None => self.store().delete_setting(ETAG_SETTING),
                };
                if let Err(e) = saved {
                    self.problem(None, e);
                }
                self.report.directory = Some(fresh);
            }
            Ok(None) => {}
            Err(e) => self.problem(None, e),
        }
    }

    fn finish(mut self) -> SyncReport {
        match (self.store().outbox_len(), self.store().next_due()) {
            (Ok(n), Ok(due)) => {
                self.report.pending = n;
                self.report.next_due = due;
            }
            (Err(e), _) | (_, Err(e)) => self.problem(None, e),
        }
        self.report
    }
}

/// What the desk answered to one outbox entry.
enum Sent {
    Submitted(String, Box<RequestState>),
    Withdrawn,
    Referred(String, Box<ReferralStatus>),
    Revoked(Box<ReferralStatus>),
}

/// An outbox entry's request or referral, its desk and its token.
struct Resolved {
    desk: Option<crate::directory::DeskLink>,
    token: Option<String>,
    request: Option<Request>,
    referral: Option<Box<crate::referral::Referral>>,
}

#[cfg(test)]
mod tests;
