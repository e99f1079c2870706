//! A simulated phone: the person's store, the real sync client (reqwest) and a clock the
//! test moves, talking to a desk through the fault-injecting proxy.

use chrono::{DateTime, Utc};
use relais_core::directory::{DeskLink, DeskUrl, source};
use relais_core::orientation::{AgeBand, Place, Situation, orient};
use relais_core::request::{Request, RequestState, Target};
use relais_core::store::Store;
use relais_core::sync::{
    CancelToken, ReqwestTransport, SyncConfig, SyncOptions, SyncReport, Syncer, Transport,
};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use uuid::Uuid;

/// The demo CMP des Collines, reached through `desk_url`.
pub fn target(desk_url: &str) -> Target {
    let dir = source::demo().directory;
    let s = Situation {
        age: AgeBand::From21,
        place: Place::Address {
            commune: "96004".into(),
            street: None,
        },
        languages: vec![],
        interpreter_needed: false,
    };
    let mut t = Target::from_orientation(&orient(&s, &dir, Utc::now()));
    t.desk = Some(DeskLink {
        url: DeskUrl::parse(desk_url).expect("a loopback desk URL"),
        sms: None,
    });
    t
}

#[derive(Debug)]
pub struct TestPhone {
    pub path: PathBuf,
    pub syncer: Syncer,
    pub desk_url: String,
    clock: Arc<Mutex<DateTime<Utc>>>,
}

impl TestPhone {
    pub fn open(path: &Path, desk_url: &str) -> TestPhone {
        TestPhone::open_with(path, desk_url, SyncConfig::default())
    }

    pub fn open_with(path: &Path, desk_url: &str, config: SyncConfig) -> TestPhone {
        let transport: Arc<dyn Transport> =
            Arc::new(ReqwestTransport::new().expect("the HTTP client"));
        TestPhone::open_with_transport(path, desk_url, config, transport)
    }

    pub fn open_with_transport(
        path: &Path,
        desk_url: &str,
        config: SyncConfig,
        transport: Arc<dyn Transport>,
    ) -> TestPhone {
        let store = Arc::new(Store::open(path, None).expect("the phone's store"));
        let clock = Arc::new(Mutex::new(Utc::now()));
        let c = clock.clone();
        let syncer = Syncer::new(store, transport, config).with_clock(Arc::new(move || {
            *c.lock().unwrap_or_else(|p| p.into_inner())
        }));
        TestPhone {
            path: path.to_path_buf(),
            syncer,
            desk_url: desk_url.to_owned(),
            clock,
        }
    }

    pub fn store(&self) -> &Store {
        self.syncer.store()
    }

    pub fn now(&self) -> DateTime<Utc> {
        *self.clock.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn advance(&self, d: chrono::Duration) {
        *self.clock.lock().unwrap_or_else(|p| p.into_inner()) += d;
    }

    /// The person asks for an appointment (queued at once, offline or not).
    pub fn ask(&self, name: &str) -> Uuid {
        let r = Request::draft(
            crate::content(name, "06 39 98 00 12"),
            target(&self.desk_url),
            self.now(),
        );
        self.store()
            .create_and_submit(&r, self.now())
            .expect("queued");
        r.id
    }

    pub async fn sync(&self) -> SyncReport {
        self.syncer
            .sync(SyncOptions::default(), &CancelToken::new())
            .await
    }

    /// "Send now": waiting entries go too.
    pub async fn sync_now(&self) -> SyncReport {
        let options = SyncOptions {
            ignore_backoff: true,
            ..SyncOptions::default()
        };
        self.syncer.sync(options, &CancelToken::new()).await
    }

    /// Syncs until nothing waits (or `rounds` rounds): the network is good now.
    pub async fn drain(&self, rounds: usize) -> usize {
        for _ in 0..rounds {
            if self.sync_now().await.pending == 0 {
                return 0;
            }
        }
        self.store().outbox_len().expect("outbox")
    }

    pub fn state(&self, id: Uuid) -> RequestState {
        self.store().get(id).expect("request").state
    }
}
