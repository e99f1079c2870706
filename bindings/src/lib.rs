//! Relais FFI: the thin UniFFI facade the Android and iOS apps call.
//!
//! Every rule, every text a person reads and every state transition comes from
//! `relais-core`; this crate only turns core's types into screen models with texts in the
//! person's language, and core's rich errors into a small [`RelaisError`] the shells can act
//! on (the two-level error pattern of mozilla/application-services). Work that touches the
//! disk is `async` (Kotlin `suspend`, Swift `async`) and runs on a blocking thread, never on
//! the caller's.

mod http;
mod models;
mod screens;
mod sync;

pub use http::{HttpAnswer, HttpCall, HttpClient, HttpFailure, HttpHeader};
pub use models::*;
pub use sync::{SyncChangeModel, SyncOutcome, SyncTask};

use chrono::Utc;
use relais_core::contact::Lang;
use relais_core::directory::signature::TRUSTED;
use relais_core::directory::{Directory, source};
use relais_core::i18n::{Localizer, Message};
use relais_core::orientation::{Situation, orient};
use relais_core::referral::{Consent, Decision, Referral};
use relais_core::request::{Request, RequestForm, Target};
use relais_core::store::{Store, StoreError};
use relais_core::sync::{DirectorySource, SyncConfig, Syncer, Transport};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use uuid::Uuid;

uniffi::setup_scaffolding!();

/// The errors a shell can act on. Each carries a sentence to show the person, already in their
/// language, that says what to do next.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum RelaisError {
    /// Something the person typed or chose is not valid.
    #[error("{reason}")]
    InvalidInput { reason: String },
    /// The request or item does not exist (any more) on this phone.
    #[error("{reason}")]
    NotFound { reason: String },
    /// The phone's storage cannot be used (full, damaged, wrong key, newer app version).
    #[error("{reason}")]
    Storage { reason: String },
    /// Something unexpected; the person is told whom to call.
    #[error("{reason}")]
    Internal { reason: String },
}

impl RelaisError {
    fn storage(e: StoreError) -> RelaisError {
        match e {
            StoreError::NotFound(_) => RelaisError::NotFound {
                reason: e.to_string(),
            },
            StoreError::Transition(t) => RelaisError::InvalidInput {
                reason: t.to_string(),
            },
            other => RelaisError::Storage {
                reason: other.to_string(),
            },
        }
    }
}

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
    syncer: Syncer,
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
fn transport(http: Option<Arc<dyn HttpClient>>) -> Result<Arc<dyn Transport>, RelaisError> {
    match http {
        Some(client) => Ok(Arc::new(http::ForeignTransport(client))),
        #[cfg(feature = "reqwest")]
        None => relais_core::sync::ReqwestTransport::new()
            .map(|t| Arc::new(t) as Arc<dyn Transport>)
            .map_err(|e| RelaisError::Internal {
                reason: e.to_string(),
            }),
        #[cfg(not(feature = "reqwest"))]
        None => Err(RelaisError::Internal {
            reason: "this build needs the platform's HTTP client".into(),
        }),
    }
}

/// Runs blocking store work off the caller's thread.
async fn blocking<T, F>(f: F) -> Result<T, RelaisError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, RelaisError> + Send + 'static,
{
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| RelaisError::Internal {
            reason: e.to_string(),
        })?
}

#[uniffi::export(async_runtime = "tokio")]
impl Relais {
    /// Opens the phone's store (creating it) and the directory, on the calling thread. Prefer
    /// [`Relais::open`] from a UI thread.
    /// `http`: the platform's HTTP client; without one, the library's own (when built in).
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
        blocking(move || Relais::open_blocking(config, http))
            .await
            .map(Arc::new)
    }

    /// The language texts are shown in (`fr`, `en`).
    pub fn language(&self) -> String {
        Localizer::new(&self.lang()).lang().to_owned()
    }

    pub fn home(&self) -> HomeScreen {
        screens::home(&self.loc(), self.directory().meta().demo)
    }

    /// The crisis lines: always available, offline, whatever else fails.
    pub fn crisis_bar(&self) -> CrisisBar {
        screens::crisis_bar(&self.loc())
    }

    /// Communes as the person types them (name, former name, postcode), for the place picker.
    pub fn search_communes(&self, typed: String) -> Vec<CommuneChoice> {
        let loc = self.loc();
        self.directory()
            .search_communes(&typed, 10)
            .into_iter()
            .map(|m| {
                let c = m.commune;
                let name = match m.old_name {
                    Some(old) => loc.text(
                        &Message::new("commune-choice-old-name")
                            .with("commune", c.name)
                            .with("old", old),
                    ),
                    None => c.name.to_owned(),
                };
                CommuneChoice {
                    code: c.insee.to_string(),
                    label: match m.postcode.or(c.postcodes.first().copied()) {
                        Some(pc) => format!("{name} ({pc})"),
                        None => name,
                    },
                }
            })
            .collect()
    }

    /// Whom to call for this situation, in order. Never empty.
    pub fn orient(&self, situation: SituationInput) -> OrientationScreen {
        let s = situation_of(situation);
        screens::orientation(&self.loc(), &orient(&s, &self.directory(), Utc::now()))
    }

    /// The request form with what is wrong in each field.
    pub fn check_form(&self, form: FormInput) -> FormScreen {
        screens::form(
            &self.loc(),
            form_of(form).validate().err().unwrap_or_default(),
        )
    }

    /// Saves and queues the request: it leaves when the phone has a network (or by SMS).
    pub async fn submit_request(
        &self,
        form: FormInput,
        situation: SituationInput,
    ) -> Result<RequestStatusScreen, RelaisError> {
        let loc = self.loc();
        let content = form_of(form)
            .validate()
            .map_err(|errors| RelaisError::InvalidInput {
                reason: errors
                    .iter()
                    .map(|e| loc.text(&e.message))
                    .collect::<Vec<_>>()
                    .join(" "),
            })?;
        let target = Target::from_orientation(&orient(
            &situation_of(situation),
            &self.directory(),
            Utc::now(),
        ));
        // A CMP without a desk would never get it: the person calls them instead.
        if target.desk.is_none() {
            return Err(RelaisError::InvalidInput {
                reason: loc.text(&screens::no_desk(&target.contact)),
            });
        }
        let request = Request::draft(content, target, Utc::now());
        let store = self.store.clone();
        let saved = blocking(move || {
            store
                .create_and_submit(&request, Utc::now())
                .map_err(RelaisError::storage)
        })
        .await?;
        self.status_screen(saved).await
    }

    /// All the requests on this phone, newest first.
    pub async fn requests(&self) -> Result<Vec<RequestSummary>, RelaisError> {
        let store = self.store.clone();
        let list = blocking(move || store.list().map_err(RelaisError::storage)).await?;
        let loc = self.loc();
        Ok(list.iter().map(|r| screens::summary(&loc, r)).collect())
    }

    pub async fn request_status(&self, id: String) -> Result<RequestStatusScreen, RelaisError> {
        let id = parse_id(&id)?;
        let store = self.store.clone();
        let request = blocking(move || store.get(id).map_err(RelaisError::storage)).await?;
        self.status_screen(request).await
    }

    /// The person withdraws a request (before the appointment).
    pub async fn withdraw(&self, id: String) -> Result<RequestStatusScreen, RelaisError> {
        let id = parse_id(&id)?;
        let store = self.store.clone();
        let request =
            blocking(move || store.withdraw(id, Utc::now()).map_err(RelaisError::storage)).await?;
        self.status_screen(request).await
    }

    /// The request packed in one SMS to its desk's number, for when there is no data; none
    /// when the desk has no SMS line.
    pub async fn sms_fallback(&self, id: String) -> Result<Option<SmsFallback>, RelaisError> {
        let id = parse_id(&id)?;
        let store = self.store.clone();
        let request = blocking(move || store.get(id).map_err(RelaisError::storage)).await?;
        screens::sms_fallback(&self.loc(), &request)
    }

    /// The person opened the SMS with the packed request: the status says so. The request
    /// also stays in the outbox; the desk recognises it whichever way arrives first.
    pub async fn sent_by_sms(&self, id: String) -> Result<RequestStatusScreen, RelaisError> {
        let id = parse_id(&id)?;
        let store = self.store.clone();
        let request = blocking(move || {
            let now = Utc::now();
            store
                .apply(
                    id,
                    &relais_core::request::RequestEvent::SentBySms { at: now },
                    now,
                )
                .map_err(RelaisError::storage)
        })
        .await?;
        self.status_screen(request).await
    }

    /// Sends what waits and reads what changed, now (the person pressed "send", or the app
    /// came to the foreground): entries waiting for their next attempt go too.
    pub async fn sync_now(&self) -> SyncOutcome {
        sync::run(self.sync_host(), sync::options(30, true)).await
    }

    /// The round a platform's background scheduler runs (WorkManager, BGTaskScheduler),
    /// within its time budget; `network_returned` when the system says the network just
    /// came back, so waiting entries go at once. The outcome says when to run again.
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

    /// The iCalendar text of a confirmed appointment (neutral title).
    pub async fn calendar_event(&self, id: String) -> Result<String, RelaisError> {
        let id = parse_id(&id)?;
        let store = self.store.clone();
        let request = blocking(move || store.get(id).map_err(RelaisError::storage)).await?;
        let relais_core::request::RequestState::Confirmed(a) = &request.state else {
            return Err(RelaisError::InvalidInput {
                reason: self.loc().key("appointment-waiting-list"),
            });
        };
        relais_core::calendar::appointment_ics(request.id, a, None, &self.loc()).map_err(|e| {
            RelaisError::InvalidInput {
                reason: e.to_string(),
            }
        })
    }

    pub fn settings(&self) -> SettingsScreen {
        screens::settings(&self.loc())
    }

    /// Changes the language of every text (saved on the phone).
    pub async fn set_language(&self, code: String) -> Result<SettingsScreen, RelaisError> {
        let lang = Lang::parse(&code).map_err(|e| RelaisError::InvalidInput {
            reason: e.to_string(),
        })?;
        let store = self.store.clone();
        let saved = lang.as_str().to_owned();
        blocking(move || {
            store
                .set_setting("language", &saved)
                .map_err(RelaisError::storage)
        })
        .await?;
        *self.lang.write().unwrap_or_else(|p| p.into_inner()) = lang;
        Ok(self.settings())
    }

    /// Everything the phone holds about the person, as JSON and as plain text.
    pub async fn export_data(&self) -> Result<ExportModel, RelaisError> {
        let store = self.store.clone();
        let export = blocking(move || {
            relais_core::rights::export(&store, Utc::now()).map_err(RelaisError::storage)
        })
        .await?;
        Ok(ExportModel {
            json: export.to_json(),
            text: export.to_text(&self.loc()),
        })
    }

    /// Erases everything on this phone, leaving no trace in the database files.
    pub async fn erase_everything(&self) -> Result<(), RelaisError> {
        let store = self.store.clone();
        blocking(move || store.erase_everything().map_err(RelaisError::storage)).await?;
        *self.lang.write().unwrap_or_else(|p| p.into_inner()) = Lang::french();
        Ok(())
    }

    /// What a referral shares, with whom, why and until when.
    pub fn consent_screen(&self, referral: ReferralInput) -> Result<ConsentScreen, RelaisError> {
        let r = referral_of(&referral)?;
        Ok(screens::consent(&self.loc(), &r))
    }

    /// Records the person's answer; returns the consent's id.
    pub async fn answer_consent(
        &self,
        referral: ReferralInput,
        accept: bool,
    ) -> Result<String, RelaisError> {
        let r = referral_of(&referral)?;
        let now = Utc::now();
        let decision = if accept {
            Decision::Given { at: now }
        } else {
            Decision::Refused { at: now }
        };
        let consent = Consent {
            id: Uuid::now_v7(),
            referral: r,
            decision,
        };
        let id = consent.id.to_string();
        let store = self.store.clone();
        blocking(move || {
            store
                .save_consent(&consent, now)
                .map_err(RelaisError::storage)
        })
        .await?;
        Ok(id)
    }

    /// Takes a given consent back.
    pub async fn revoke_consent(&self, id: String) -> Result<(), RelaisError> {
        let id = parse_id(&id)?;
        let store = self.store.clone();
        blocking(move || {
            let mut consent = store
                .consents()
                .map_err(RelaisError::storage)?
                .into_iter()
                .find(|c| c.id == id)
                .ok_or_else(|| RelaisError::NotFound {
                    reason: format!("no consent {id}"),
                })?;
            if !consent.revoke(Utc::now()) {
                return Err(RelaisError::InvalidInput {
                    reason: "this consent was not given".into(),
                });
            }
            store
                .save_consent(&consent, Utc::now())
                .map_err(RelaisError::storage)
        })
        .await
    }
}

impl Relais {
    fn open_blocking(
        config: AppConfig,
        http: Option<Arc<dyn HttpClient>>,
    ) -> Result<Relais, RelaisError> {
        let dir = std::path::Path::new(&config.data_dir);
        std::fs::create_dir_all(dir).map_err(|e| RelaisError::Storage {
            reason: e.to_string(),
        })?;
        let store = Store::open(dir.join("relais.db"), None).map_err(RelaisError::storage)?;
        let saved = store.setting("language").map_err(RelaisError::storage)?;
        let lang = saved
            .as_deref()
            .or(Some(config.language.as_str()))
            .and_then(|l| Lang::parse(l).ok())
            .unwrap_or_else(Lang::french);
        let path = bundle_path(&config);
        let directory = load_directory(&path, config.demo);
        if directory.status() != &relais_core::directory::DirectoryStatus::Loaded {
            // The saved file is missing or refused: the next download must not be skipped
            // because its tag matches the unusable one.
            store
                .delete_setting("directory_etag")
                .map_err(RelaisError::storage)?;
        }
        let store = Arc::new(store);
        let transport = transport(http)?;
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
        })
    }

    fn directory(&self) -> Arc<Directory> {
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

    fn lang(&self) -> Lang {
        *self.lang.read().unwrap_or_else(|p| p.into_inner())
    }

    fn loc(&self) -> Localizer {
        Localizer::new(&self.lang())
    }

    async fn status_screen(&self, request: Request) -> Result<RequestStatusScreen, RelaisError> {
        let store = self.store.clone();
        let id = request.id;
        let history = blocking(move || store.history(id).map_err(RelaisError::storage)).await?;
        Ok(screens::status(&self.loc(), &request, &history))
    }
}

fn parse_id(id: &str) -> Result<Uuid, RelaisError> {
    Uuid::parse_str(id).map_err(|_| RelaisError::NotFound {
        reason: format!("no request {id}"),
    })
}

fn situation_of(s: SituationInput) -> Situation {
    Situation {
        age: s.age.into(),
        place: s.place.into(),
        languages: s
            .languages
            .iter()
            .filter_map(|l| Lang::parse(l).ok())
            .collect(),
        interpreter_needed: s.interpreter_needed,
    }
}

fn form_of(f: FormInput) -> RequestForm {
    RequestForm {
        name: f.name,
        phone: f.phone,
        relay_name: f.relay_name,
        relay_kind: f.relay_kind.map(Into::into),
        call_windows: f.call_windows.into_iter().map(Into::into).collect(),
        voicemail_ok: f.voicemail_ok,
        sms_ok: f.sms_ok,
        languages: f.languages,
        interpreter_needed: f.interpreter_needed,
        age: f.age.map(Into::into),
        place: Some(f.place.into()),
        message: f.message,
    }
}

fn referral_of(r: &ReferralInput) -> Result<Referral, RelaisError> {
    let until = chrono::NaiveDate::parse_from_str(&r.until, "%Y-%m-%d").map_err(|_| {
        RelaisError::InvalidInput {
            reason: "the end date must be written YYYY-MM-DD".into(),
        }
    })?;
    let referral = Referral::minimal(
        &r.social_worker,
        &r.organisation,
        &r.to_structure,
        &r.why,
        until,
        r.share_message,
    );
    referral
        .check(Utc::now().date_naive())
        .map_err(|e| RelaisError::InvalidInput {
            reason: e.to_string(),
        })?;
    Ok(referral)
}

#[cfg(test)]
mod tests;
