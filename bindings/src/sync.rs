//! Sync through the bindings: a round runs on core's runtime, whichever thread or executor
//! asks (a Kotlin coroutine, a Swift task, WorkManager, BGTaskScheduler), and comes back as
//! what changed, in plain words, each with its human to call.

use crate::models::{ContactModel, Effect};
use crate::screens;
use chrono::Utc;
use relais_core::i18n::Localizer;
use relais_core::store::Store;
use relais_core::sync::{CancelToken, Change, Stopped, SyncOptions, SyncReport, Syncer, runtime};
use std::sync::Arc;
use std::time::Duration;

/// One change the round brought, ready to show (and to speak).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncChangeModel {
    pub request_id: String,
    /// Where the request is now: "Reçue par le CMP", "Rendez-vous confirmé"…
    pub state: String,
    /// Why this human, and what to do now.
    pub reason: String,
    pub who_to_call: ContactModel,
}

/// What a round did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncOutcome {
    pub changes: Vec<SyncChangeModel>,
    /// Requests and withdrawals still waiting to leave.
    pub pending: u32,
    /// When to run again (for the platform's scheduler); none when nothing waits.
    pub next_run_in_seconds: Option<u64>,
    /// The round was cancelled or ran out of its time budget (nothing is lost: the next
    /// round goes on).
    pub interrupted: bool,
    /// A newer directory was checked and is in use now.
    pub directory_updated: bool,
    /// One sentence for the person: what happened, or why nothing could leave.
    pub summary: String,
    /// What the platform does now: a neutral notification per change, and the next
    /// background run when something still waits.
    pub effects: Vec<Effect>,
}

/// A running round the app holds: cancel it, or wait for its outcome. Dropping it cancels.
#[derive(uniffi::Object)]
pub struct SyncTask {
    cancel: CancelToken,
    outcome: tokio::sync::Mutex<Option<tokio::sync::oneshot::Receiver<SyncOutcome>>>,
}

impl std::fmt::Debug for SyncTask {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SyncTask")
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl SyncTask {
    /// Stops the round as soon as it can; what it held goes back to the outbox.
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// The round's outcome (an interrupted one if it was cancelled); a second call waits
    /// for nothing and says so.
    pub async fn outcome(&self) -> SyncOutcome {
        let rx = self.outcome.lock().await.take();
        match rx {
            Some(rx) => rx.await.unwrap_or_else(|_| interrupted()),
            None => interrupted(),
        }
    }
}

impl Drop for SyncTask {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

fn interrupted() -> SyncOutcome {
    SyncOutcome {
        changes: vec![],
        pending: 0,
        next_run_in_seconds: None,
        interrupted: true,
        directory_updated: false,
        summary: String::new(),
        effects: Vec::new(),
    }
}

/// Where the app keeps what a round produces.
pub(crate) struct SyncHost {
    pub syncer: Syncer,
    pub directory: Arc<std::sync::RwLock<Arc<relais_core::directory::Directory>>>,
    pub loc: Localizer,
}

/// Starts a round on core's runtime.
pub(crate) fn start(host: SyncHost, options: SyncOptions) -> Arc<SyncTask> {
    let cancel = CancelToken::new();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let task = Arc::new(SyncTask {
        cancel: cancel.clone(),
        outcome: tokio::sync::Mutex::new(Some(rx)),
    });
    match runtime::runtime() {
        Ok(rt) => {
            rt.spawn(async move {
                let report = host.syncer.sync(options, &cancel).await;
                let outcome = outcome(&host, report);
                let _ = tx.send(outcome);
            });
        }
        Err(e) => {
            tracing::error!(error = %e, "sync runtime");
            let _ = tx.send(SyncOutcome {
                summary: host.loc.key("sync-failed"),
                ..interrupted()
            });
        }
    }
    task
}

/// Waits for a round started with [`start`] (the `async` entry points).
pub(crate) async fn run(host: SyncHost, options: SyncOptions) -> SyncOutcome {
    start(host, options).outcome().await
}

pub(crate) fn options(budget_seconds: u32, ignore_backoff: bool) -> SyncOptions {
    SyncOptions {
        budget: Duration::from_secs(u64::from(budget_seconds.clamp(1, 600))),
        ignore_backoff,
    }
}

fn outcome(host: &SyncHost, report: SyncReport) -> SyncOutcome {
    let loc = &host.loc;
    let store: &Store = host.syncer.store();
    let directory_updated = match report.directory {
        Some(fresh) => {
            *host.directory.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(fresh.directory);
            true
        }
        None => false,
    };
    let mut changes = Vec::new();
    let mut seen = std::collections::HashSet::new();
    // The last word on each request is what the person needs; one line per request.
    for change in report.changes.iter().rev() {
        if !seen.insert(change.id()) {
            continue;
        }
        if matches!(change, Change::WithdrawalDelivered { .. }) {
            continue;
        }
        if let Ok(request) = store.get(change.id()) {
            let who = request.who_to_call();
            changes.push(SyncChangeModel {
                request_id: request.id.to_string(),
                state: loc.text(&request.state.message()),
                reason: loc.text(&who.reason),
                who_to_call: screens::contact(loc, &who.contact),
            });
        }
    }
    changes.reverse();
    let next_run_in_seconds = report.next_due.map(|due| {
        u64::try_from((due - Utc::now()).num_seconds())
            .unwrap_or(0)
            .max(1)
    });
    let offline = report.problems.iter().any(|p| {
        matches!(
            &p.error,
            relais_core::sync::SyncError::Desk(e) if e.is_transient()
        )
    });
    let summary = loc.key(if !changes.is_empty() {
        "sync-news"
    } else if report.pending > 0 && offline {
        "sync-waiting-network"
    } else if report.pending > 0 {
        "sync-pending"
    } else {
        "sync-nothing-new"
    });
    let mut effects: Vec<Effect> = changes
        .iter()
        .map(|c| Effect::Notify {
            // One notification per request: a newer one replaces it.
            id: c.request_id.clone(),
            at_epoch_seconds: Utc::now().timestamp(),
            // Neutral: a lock screen or a shared phone says nothing of psychiatry.
            title: loc.key("notif-news-title"),
            body: loc.key("notif-news-body"),
        })
        .collect();
    // A confirmed appointment with a date gets its reminder on the phone (neutral words).
    for change in &report.changes {
        if let Ok(request) = store.get(change.id()) {
            effects.extend(reminder(loc, &request));
        }
    }
    if let Some(seconds) = next_run_in_seconds {
        effects.push(Effect::ScheduleSync {
            in_seconds: seconds,
        });
    }
    SyncOutcome {
        effects,
        changes,
        pending: u32::try_from(report.pending).unwrap_or(u32::MAX),
        next_run_in_seconds,
        interrupted: report
            .stopped
            .is_some_and(|s| matches!(s, Stopped::Cancelled | Stopped::OutOfTime)),
        directory_updated,
        summary,
    }
}

/// The local reminder of a request's appointment, when it has a dated one still to come.
pub(crate) fn reminder(loc: &Localizer, request: &relais_core::request::Request) -> Option<Effect> {
    let n = relais_core::reminder::local_notification(
        &request.id.to_string(),
        &request.state,
        &relais_core::reminder::ReminderPolicy::default(),
        Utc::now(),
    )?;
    Some(Effect::Notify {
        id: n.id,
        at_epoch_seconds: n.at.timestamp(),
        title: loc.text(&n.title),
        body: loc.text(&n.body),
    })
}
