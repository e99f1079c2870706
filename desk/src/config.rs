//! The desk's configuration: a TOML file, then `RELAIS_DESK_*` environment variables on top.

use relais_core::directory::DeskUrl;
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// The address the apps use to reach this desk (`https://…`), as written in the directory.
    /// `None`: `http://` + `listen`, which only a phone on this machine can use (the demo).
    pub public_url: Option<String>,
    /// Folder of the key files, and of the database when it is the embedded SQLite file.
    pub data_dir: PathBuf,
    /// `"sqlite"` (the default: `desk.db` in `data_dir`) or a PostgreSQL URL
    /// (`postgres://relais@127.0.0.1/relais`, the password better in `RELAIS_DESK_DATABASE`).
    pub database: Option<DatabaseSetting>,
    /// With `sslmode=require` in `database`: the PEM file of the authority that signed the
    /// PostgreSQL server's certificate (the hospital's own); without it, the web's authorities.
    pub database_ca: Option<PathBuf>,
    /// The desk's public entry, for the apps.
    pub desk_name: String,
    pub phone: String,
    pub hours: Option<String>,
    pub address: String,
    pub sectors: Vec<String>,
    /// Directory keys of the structures whose requests come here.
    pub structures: Vec<String>,
    /// The directory bundle to serve to the apps and to resolve places with.
    pub directory_bundle: Option<PathBuf>,
    /// Demo desk: without a bundle, serve the demo directory (never set on a real desk).
    pub demo: bool,
    /// Shared secret of the SMS gateway; the webhook is off without it.
    pub sms_secret: Option<String>,
    /// The number that receives packed requests, shown to the apps.
    pub sms_number: Option<String>,
    /// Days a request is kept after its appointment or its closure.
    pub retention_days: u32,
    /// Submissions allowed per client address per minute (and burst).
    pub submit_per_minute: u32,
    /// Cookies marked `Secure`. `None`: secure unless listening on loopback (the demo).
    /// Always on when `public_url` is HTTPS (the session cookie is then `__Host-` prefixed).
    pub secure_cookies: Option<bool>,
    /// A console session ends this long after sign-in, whatever happens…
    pub session_hours: u32,
    /// …or after this many minutes without a page.
    pub session_idle_minutes: u32,
    /// Largest accepted body, in bytes.
    pub max_body_bytes: usize,
    /// The CMP's département ("75", "2A", "974"…). The desk's clock (console times, quiet
    /// hours, reminders) is its time zone: see [`Config::time_zone`], the one place that says so.
    pub dept: String,
    /// Days after which a referral nobody acted on (no call, no outcome) is listed as overdue.
    pub referral_overdue_days: u32,
    /// Requests received within this many days of each other, with the same phone (or the
    /// same relay and name), are flagged to staff as likely duplicates (never merged).
    pub duplicate_days: u32,
    /// Copy-code lookups (API and public page) allowed per client address per minute…
    pub copy_lookups_per_minute: u32,
    /// …and for the whole desk, whatever the address and however many desk processes share
    /// the database (it is counted there): guessing a code stays hopeless even from many
    /// addresses.
    pub copy_lookups_per_minute_total: u32,
    /// The reverse proxies in front of the desk (their addresses as the desk sees them). A
    /// request from one of them is counted against the rate limits under the client address
    /// it names in `X-Forwarded-For`; from anywhere else that header is ignored.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Sending SMS: the gateway, quiet hours, reminders.
    pub sms: SmsConfig,
}

/// `[sms]`: how the desk sends SMS.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SmsConfig {
    /// The CMP's neutral name, at the start of every SMS ("Accueil Les Tilleuls"). It is
    /// checked against the neutral-words list when the desk starts.
    pub sender_name: String,
    /// No SMS between these local times ("HH:MM").
    pub quiet_start: String,
    pub quiet_end: String,
    /// Reminder this many days before a dated appointment; 0: no reminders.
    pub reminder_days_before: u32,
    /// Attempts to hand a message to the gateway before it shows as not delivered.
    pub max_attempts: u32,
    /// How often the sender looks for due messages (it is also woken by every new one).
    pub poll_seconds: u64,
    /// Run the sender in the background (tests turn it off and drive it with their own clock).
    pub sender: bool,
    /// How long the sender holds a message it is handing over; after a crash, a message left
    /// half-sent is sent again (under the same id) once this has passed.
    pub lease_seconds: u32,
    /// capcom6 "SMS Gateway for Android": without it, messages wait in the outbox.
    pub capcom: Option<CapcomConfig>,
}

impl Default for SmsConfig {
    fn default() -> SmsConfig {
        SmsConfig {
            sender_name: String::new(),
            quiet_start: "20:00".into(),
            quiet_end: "08:30".into(),
            reminder_days_before: 1,
            max_attempts: 8,
            poll_seconds: 30,
            sender: true,
            lease_seconds: 60,
            capcom: None,
        }
    }
}

/// `[sms.capcom]`: the gateway phone (local server) or its cloud/private server.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapcomConfig {
    /// Local mode: `http://<phone's address>:8080`; cloud: `https://api.sms-gate.app/3rdparty/v1`;
    /// private server: its `…/3rdparty/v1`.
    pub url: String,
    pub username: String,
    /// Better in `RELAIS_DESK_SMS_GATEWAY_PASSWORD`.
    #[serde(default)]
    pub password: String,
    /// The webhook signing key (app: Settings → Webhooks → Signing Key). Better in
    /// `RELAIS_DESK_SMS_SIGNING_KEY`. Without it the gateway's webhook is off.
    #[serde(default)]
    pub signing_key: String,
    /// SIM slot to send from (1, 2…); default: the phone's choice.
    #[serde(default)]
    pub sim_number: Option<u8>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            public_url: None,
            data_dir: PathBuf::from("relais-desk-data"),
            database: None,
            database_ca: None,
            // A real desk must say who it is: an empty phone stops it at start.
            desk_name: String::new(),
            phone: String::new(),
            hours: None,
            address: String::new(),
            sectors: vec![],
            structures: vec![],
            directory_bundle: None,
            demo: false,
            sms_secret: None,
            sms_number: None,
            retention_days: 90,
            submit_per_minute: 30,
            secure_cookies: None,
            session_hours: 12,
            session_idle_minutes: 30,
            max_body_bytes: 16 * 1024,
            dept: String::new(),
            referral_overdue_days: 10,
            duplicate_days: 14,
            copy_lookups_per_minute: 10,
            copy_lookups_per_minute_total: 120,
            trusted_proxies: vec![],
            sms: SmsConfig::default(),
        }
    }
}

/// The `database` setting. Its `Debug` never shows the password a URL may carry.
#[derive(Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DatabaseSetting(pub String);

impl std::fmt::Debug for DatabaseSetting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match crate::db::PgTarget::parse(&self.0) {
            Ok(t) => t.fmt(f),
            Err(_) if self.0 == "sqlite" => f.write_str("sqlite"),
            Err(_) => f.write_str("(a database setting)"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the configuration file {path}: {reason}")]
    Read { path: PathBuf, reason: String },
    #[error("the configuration file {path} is not valid: {reason}")]
    Parse { path: PathBuf, reason: String },
    #[error("the environment variable {name} is not valid: {reason}")]
    Env { name: &'static str, reason: String },
}

impl Config {
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
            path: path.into(),
            reason: e.to_string(),
        })?;
        // toml's own message quotes the offending line, which may hold a secret (an
        // unquoted database URL with its password): only the place and the reason are shown.
        toml::from_str(&text).map_err(|e| {
            let at = e.span().map_or(String::new(), |span| {
                let before = &text[..span.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                format!("line {line}, column {column}: ")
            });
            ConfigError::Parse {
                path: path.into(),
                reason: format!("{at}{}", e.message()),
            }
        })
    }

    /// Applies `RELAIS_DESK_*` variables from `get` (the process environment in production).
    pub fn with_env(mut self, get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        if let Some(v) = get("RELAIS_DESK_LISTEN") {
            self.listen = v
                .parse()
                .map_err(|e: std::net::AddrParseError| ConfigError::Env {
                    name: "RELAIS_DESK_LISTEN",
                    reason: e.to_string(),
                })?;
        }
        if let Some(v) = get("RELAIS_DESK_DATABASE") {
            self.database = Some(DatabaseSetting(v));
        }
        if let Some(v) = get("RELAIS_DESK_DATABASE_CA") {
            self.database_ca = Some(PathBuf::from(v));
        }
        if let Some(v) = get("RELAIS_DESK_DATA_DIR") {
            self.data_dir = v.into();
        }
        if let Some(v) = get("RELAIS_DESK_SMS_SECRET") {
            self.sms_secret = Some(v);
        }
        if let Some(c) = self.sms.capcom.as_mut() {
            if let Some(v) = get("RELAIS_DESK_SMS_GATEWAY_PASSWORD") {
                c.password = v;
            }
            if let Some(v) = get("RELAIS_DESK_SMS_SIGNING_KEY") {
                c.signing_key = v;
            }
        }
        if let Some(v) = get("RELAIS_DESK_RETENTION_DAYS") {
            self.retention_days =
                v.parse()
                    .map_err(|e: std::num::ParseIntError| ConfigError::Env {
                        name: "RELAIS_DESK_RETENTION_DAYS",
                        reason: e.to_string(),
                    })?;
        }
        for (name, field) in [
            (
                "RELAIS_DESK_COPY_LOOKUPS_PER_MINUTE",
                &mut self.copy_lookups_per_minute,
            ),
            (
                "RELAIS_DESK_COPY_LOOKUPS_PER_MINUTE_TOTAL",
                &mut self.copy_lookups_per_minute_total,
            ),
        ] {
            if let Some(v) = get(name) {
                *field = v
                    .parse()
                    .map_err(|e: std::num::ParseIntError| ConfigError::Env {
                        name,
                        reason: e.to_string(),
                    })?;
            }
        }
        if let Some(v) = get("RELAIS_DESK_SUBMIT_PER_MINUTE") {
            self.submit_per_minute =
                v.parse()
                    .map_err(|e: std::num::ParseIntError| ConfigError::Env {
                        name: "RELAIS_DESK_SUBMIT_PER_MINUTE",
                        reason: e.to_string(),
                    })?;
        }
        Ok(self)
    }

    /// The desk's base URL for the apps (checked: HTTPS, or HTTP to loopback).
    pub fn public_url(&self) -> Result<DeskUrl, relais_core::directory::DeskUrlError> {
        match &self.public_url {
            Some(u) => DeskUrl::parse(u),
            None => DeskUrl::parse(&format!("http://{}", self.listen)),
        }
    }

    /// Where the data lives: the SQLite file in `data_dir`, or the PostgreSQL database.
    pub fn database(&self) -> Result<crate::db::Location, String> {
        match self.database.as_ref().map(|d| d.0.trim()) {
            None | Some("sqlite") => Ok(crate::db::Location::File(self.data_dir.join("desk.db"))),
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                crate::db::PgTarget::parse_with_ca(url, self.database_ca.as_deref())
                    .map(|t| crate::db::Location::Postgres(Box::new(t)))
            }
            Some(_) => Err(
                "`database` is \"sqlite\" or a PostgreSQL URL (postgres://user@127.0.0.1/relais)"
                    .into(),
            ),
        }
    }

    /// The desk's time zone, from its département (Réunion, Mayotte, the Antilles and Guyane
    /// have their own; an unknown or empty code is metropolitan France). The only place the
    /// desk decides its clock.
    pub fn time_zone(&self) -> chrono_tz::Tz {
        relais_core::contact::Region::for_department(self.dept.trim()).tz()
    }

    /// Quiet hours and reminders, checked.
    pub fn reminder_policy(&self) -> Result<relais_core::reminder::ReminderPolicy, String> {
        let quiet =
            relais_core::reminder::QuietHours::parse(&self.sms.quiet_start, &self.sms.quiet_end)
                .ok_or_else(|| {
                    format!(
                        "quiet hours must be HH:MM (got '{}' and '{}')",
                        self.sms.quiet_start, self.sms.quiet_end
                    )
                })?;
        Ok(relais_core::reminder::ReminderPolicy {
            days_before: self.sms.reminder_days_before,
            quiet,
        })
    }

    /// Served over HTTPS (as the apps and the console's users reach it).
    pub fn https(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.trim().to_ascii_lowercase().starts_with("https://"))
    }

    pub fn secure_cookies(&self) -> bool {
        self.https()
            || self
                .secure_cookies
                .unwrap_or(!self.listen.ip().is_loopback())
    }

    /// A cookie's name: `__Host-` prefixed over HTTPS, so that the browser accepts it only
    /// from this host, secure, for the whole site (no sibling sub-domain can plant or read
    /// it). On the HTTP loopback demo the browser would refuse the prefix, so it is left off.
    pub fn cookie_name(&self, base: &str) -> String {
        if self.https() {
            format!("__Host-{base}")
        } else {
            base.to_owned()
        }
    }

    pub fn session_limits(&self) -> crate::auth::SessionLimits {
        crate::auth::SessionLimits {
            idle: chrono::Duration::minutes(i64::from(self.session_idle_minutes.max(1))),
            absolute: chrono::Duration::hours(i64::from(self.session_hours.max(1))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_configuration_error_never_quotes_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.toml");
        std::fs::write(
            &path,
            "listen = \"127.0.0.1:8080\"\ndatabase = postgres://relais:s3cr3t@localhost/relais\n",
        )
        .unwrap();
        let e = Config::from_file(&path).unwrap_err().to_string();
        assert!(!e.contains("s3cr3t"), "{e}");
        assert!(e.contains("line 2"), "{e}");
    }

    #[test]
    fn the_example_configuration_is_valid() {
        let c: Config = toml::from_str(include_str!("../desk.example.toml")).unwrap();
        assert_eq!(c.retention_days, 90);
        assert_eq!(c.referral_overdue_days, 10);
        assert!(relais_core::contact::Phone::parse(&c.phone).is_ok());
        assert!(
            c.hours
                .as_deref()
                .map(relais_core::contact::OpeningHours::parse)
                .unwrap()
                .is_ok()
        );
    }

    #[test]
    fn the_time_zone_comes_from_the_departement() {
        let mut c = Config::default();
        for (dept, tz) in [
            ("", "Europe/Paris"),
            ("75", "Europe/Paris"),
            ("2A", "Europe/Paris"),
            ("971", "America/Guadeloupe"),
            ("972", "America/Martinique"),
            ("973", "America/Cayenne"),
            ("974", "Indian/Reunion"),
            ("976", "Indian/Mayotte"),
        ] {
            c.dept = dept.into();
            assert_eq!(c.time_zone().name(), tz, "{dept}");
        }
        assert!(c.reminder_policy().is_ok());
        c.sms.quiet_end = "8h30".into();
        assert!(c.reminder_policy().is_err());
    }

    #[test]
    fn file_then_environment() {
        assert!(
            Config::default().phone.is_empty(),
            "no demo value in a real desk's defaults"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.toml");
        std::fs::write(&path, "listen = \"127.0.0.1:9000\"\nretention_days = 30\n").unwrap();
        let c = Config::from_file(&path).unwrap();
        assert_eq!(c.listen.port(), 9000);
        assert_eq!(c.retention_days, 30);
        let c = c
            .with_env(|k| match k {
                "RELAIS_DESK_RETENTION_DAYS" => Some("45".into()),
                _ => None,
            })
            .unwrap();
        assert_eq!(c.retention_days, 45);
        assert!(!c.secure_cookies(), "loopback demo uses plain cookies");
        assert_eq!(c.cookie_name("relais_session"), "relais_session");
        let https = Config {
            public_url: Some("https://cmp.example.fr".into()),
            secure_cookies: Some(false),
            ..c.clone()
        };
        assert!(https.secure_cookies(), "HTTPS always means Secure");
        assert_eq!(https.cookie_name("relais_session"), "__Host-relais_session");
        std::fs::write(&path, "listen = 3\n").unwrap();
        assert!(matches!(
            Config::from_file(&path),
            Err(ConfigError::Parse { .. })
        ));
        std::fs::write(&path, "colour = \"blue\"\n").unwrap();
        assert!(matches!(
            Config::from_file(&path),
            Err(ConfigError::Parse { .. })
        ));
        let bad =
            Config::default().with_env(|k| (k == "RELAIS_DESK_LISTEN").then(|| "nowhere".into()));
        assert!(matches!(
            bad,
            Err(ConfigError::Env {
                name: "RELAIS_DESK_LISTEN",
                ..
            })
        ));
    }
}
