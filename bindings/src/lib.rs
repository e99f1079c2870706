//! Relais FFI: the UniFFI facade the Android and iOS apps call.
//!
//! The apps send events ([`Relais::dispatch`]) and get back the screen to draw and the
//! effects to perform ([`app`]): navigation, every text (in the person's language) and every
//! decision are here or in `relais-core`, so the Kotlin and Swift shells only draw and perform.
//! Core's rich errors become a small [`RelaisError`] in one place ([`errors`]). Disk work is
//! `async` (Kotlin `suspend`, Swift `async`) and runs on a blocking thread; sync runs on
//! core's own runtime ([`sync`]), over the platform's HTTP stack when the app brings one
//! ([`http`]).

mod app;
mod errors;
mod http;
mod models;
mod referral_flow;
mod screens;
mod sync;

pub use errors::RelaisError;
pub use http::{HttpAnswer, HttpCall, HttpClient, HttpFailure, HttpHeader};
pub use models::*;
pub use sync::{SyncChangeModel, SyncOutcome, SyncTask};

use errors::{Failure, fail};
use relais_core::contact::Lang;
use relais_core::directory::signature::TRUSTED;
use relais_core::directory::{Directory, source};
use relais_core::i18n::Localizer;
use relais_core::store::Store;
use relais_core::sync::{DirectorySource, SyncConfig, Syncer, Transport};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

uniffi::setup_scaffolding!();

/// The crisis lines in a language, without opening anything: the shells show them even when
/// the store cannot be opened.
#[uniffi::export]
pub fn crisis_lines(language: String) -> CrisisBar {
    let lang = Lang::parse(&language).unwrap_or_else(|_| Lang::french());
    screens::crisis_bar(&Localizer::new(&lang))
}

/// How the app starts the core.
#[derive(Debug, Clone, uniffi::Record)]
pub struct AppConfig {
    /// Folder for the phone's database and directory (app-private storage).
    pub data_dir: String,
    /// The signed directory file; `None`: `directory.bundle` in `data_dir`. The app may copy
    /// one it ships there before the first start. When it is absent or refused, the built-in
    /// demo directory is used only if `demo` is true, else orientation falls back to the
    /// national lines.
    pub directory_bundle: Option<String>,
    /// Where a newer signed directory is downloaded from (`https://…/v1/directory`).
    pub directory_url: Option<String>,
    pub demo: bool,
    /// BCP 47 code of the phone's language (`fr`, `en-GB`…).
    pub language: String,
}

/// The app's handle on the core. Thread-safe: call it from any thread.
#[derive(uniffi::Object)]
pub struct Relais {
    store: Arc<Store>,
    /// Swapped whole when a sync brings a newer signed directory.
    directory: Arc<RwLock<Arc<Directory>>>,
    lang: RwLock<Lang>,
    /// The phone's language at start: what "erase everything" goes back to.
    start_lang: Lang,
    syncer: Syncer,
    /// Navigation and drafts; events are handled one at a time.
    nav: tokio::sync::Mutex<app::Nav>,
}

impl std::fmt::Debug for Relais {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Relais")
            .field("store", &self.store.path())
            .finish_non_exhaustive()
    }
}

fn bundle_path(config: &AppConfig) -> PathBuf {
    config.directory_bundle.as_ref().map_or_else(
        || PathBuf::from(&config.data_dir).join("directory.bundle"),
        PathBuf::from,
    )
}

/// The saved signed directory, else the demo one when asked for, else why there is none.
fn load_directory(path: &std::path::Path, demo: bool) -> Directory {
    let dir = relais_core::sync::directory::load(path, TRUSTED);
    if demo && dir.status() != &relais_core::directory::DirectoryStatus::Loaded {
        return source::demo().directory;
    }
    dir
}

/// The platform's HTTP client if it gave one, else the library's own.
fn transport(http: Option<Arc<dyn HttpClient>>) -> Result<Arc<dyn Transport>, Failure> {
    match http {
        Some(client) => Ok(Arc::new(http::ForeignTransport(client))),
        #[cfg(feature = "reqwest")]
        None => relais_core::sync::ReqwestTransport::new()
            .map(|t| Arc::new(t) as Arc<dyn Transport>)
            .map_err(|e| Failure::Internal(e.to_string())),
        #[cfg(not(feature = "reqwest"))]
        None => Err(Failure::Internal(
            "this build needs the platform's HTTP client".into(),
        )),
    }
}

/// Runs blocking store work off the caller's thread.
pub(crate) async fn blocking<T, F>(f: F) -> Result<T, Failure>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, Failure> + Send + 'static,
{
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Failure::Internal(e.to_string()))?
}

#[uniffi::export(async_runtime = "tokio")]
impl Relais {
    /// Opens the phone's store (creating it) and the directory, on the calling thread. Prefer
    /// [`Relais::open`] from a UI thread. `http`: the platform's HTTP client; without one,
    /// the library's own (when built in).
    #[uniffi::constructor]
    pub fn new(
        config: AppConfig,
        http: Option<Arc<dyn HttpClient>>,
    ) -> Result<Arc<Relais>, RelaisError> {
        Relais::open_blocking(config, http).map(Arc::new)
    }

    /// The same as `new`, but the disk work runs off the caller's thread (Kotlin `suspend`,
    /// Swift `async`).
    #[uniffi::constructor]
    pub async fn open(
        config: AppConfig,
        http: Option<Arc<dyn HttpClient>>,
    ) -> Result<Arc<Relais>, RelaisError> {
        let lang = Lang::parse(&config.language).unwrap_or_else(|_| Lang::french());
        tokio::task::spawn_blocking(move || Relais::open_blocking(config, http))
            .await
            .map_err(|e| fail(Failure::Internal(e.to_string()), &Localizer::new(&lang)))?
            .map(Arc::new)
    }

    /// What the person did; the answer is the screen to draw and the effects to perform.
    pub async fn dispatch(&self, event: Event) -> Update {
        self.handle(event).await
    }

    /// The language texts are shown in (`fr`, `ar`…).
    pub fn language(&self) -> String {
        self.loc().lang().to_owned()
    }

    /// Sends what waits and reads what changed, now (the `Sync` effect: the person pressed
    /// "send", or the app came to the front); entries waiting for their next attempt go too.
    pub async fn sync_now(&self) -> SyncOutcome {
        let outcome = sync::run(self.sync_host(), sync::options(30, true)).await;
        if !outcome.changes.is_empty() {
            self.nav.lock().await.notice = Some(outcome.summary.clone());
        }
        outcome
    }

    /// The round a platform's background scheduler runs (WorkManager, BGTaskScheduler),
    /// within its time budget; `network_returned` when the system says the network just
    /// came back, so waiting entries go at once. The outcome's effects say what to notify
    /// and when to run again.
    pub async fn sync_in_background(
        &self,
        budget_seconds: u32,
        network_returned: bool,
    ) -> SyncOutcome {
        sync::run(
            self.sync_host(),
            sync::options(budget_seconds, network_returned),
        )
        .await
    }

    /// Starts a round the app can cancel (leaving the screen, the system's expiry handler).
    pub fn start_sync(&self, budget_seconds: u32) -> Arc<SyncTask> {
        sync::start(self.sync_host(), sync::options(budget_seconds, true))
    }
}

impl Relais {
    fn open_blocking(
        config: AppConfig,
        http: Option<Arc<dyn HttpClient>>,
    ) -> Result<Relais, RelaisError> {
        let start_lang = Lang::parse(&config.language)
            .ok()
            .filter(|l| relais_core::i18n::catalogue(l.as_str()).is_some())
            .unwrap_or_else(Lang::french);
        let loc = Localizer::new(&start_lang);
        let dir = std::path::Path::new(&config.data_dir);
        std::fs::create_dir_all(dir).map_err(|e| {
            fail(
                Failure::Store(relais_core::store::StoreError::Io {
                    path: dir.to_path_buf(),
                    reason: e.to_string(),
                }),
                &loc,
            )
        })?;
        let store = Store::open(dir.join("relais.db"), None).map_err(|e| fail(e.into(), &loc))?;
        let saved = store
            .setting("language")
            .map_err(|e| fail(e.into(), &loc))?;
        let lang = saved
            .as_deref()
            .and_then(|l| Lang::parse(l).ok())
            .unwrap_or(start_lang);
        let path = bundle_path(&config);
        let directory = load_directory(&path, config.demo);
        if directory.status() != &relais_core::directory::DirectoryStatus::Loaded {
            // The saved file is missing or refused: the next download must not be skipped
            // because its tag matches the unusable one.
            store
                .delete_setting("directory_etag")
                .map_err(|e| fail(e.into(), &loc))?;
        }
        let store = Arc::new(store);
        let transport = transport(http).map_err(|f| fail(f, &loc))?;
        let sync_config = SyncConfig {
            directory: config.directory_url.map(|url| DirectorySource {
                url,
                path,
                trusted: TRUSTED.to_vec(),
            }),
            ..SyncConfig::default()
        };
        Ok(Relais {
            directory: Arc::new(RwLock::new(Arc::new(directory))),
            syncer: Syncer::new(store.clone(), transport, sync_config),
            store,
            lang: RwLock::new(lang),
            start_lang,
            nav: tokio::sync::Mutex::new(app::Nav::default()),
        })
    }

    pub(crate) fn directory(&self) -> Arc<Directory> {
        self.directory
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    fn sync_host(&self) -> sync::SyncHost {
        sync::SyncHost {
            syncer: self.syncer.clone(),
            directory: self.directory.clone(),
            loc: self.loc(),
        }
    }

    pub(crate) fn loc(&self) -> Localizer {
        Localizer::new(&self.lang.read().unwrap_or_else(|p| p.into_inner()))
    }
}

#[cfg(test)]
mod tests;
