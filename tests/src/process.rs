//! The real `relais-desk` binary as a child process, so that tests can SIGKILL it and start
//! it again on the same data folder and port.

use relais_desk::db::{Location, PgTarget};
use relais_desk::sql::Connection;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The `relais-desk` binary of this build. `cargo test -p relais-desk` builds it (the desk's
/// own CLI tests need it); when it is missing or older than the sources (a run of this crate
/// alone), it is built first, so a test never runs a stale desk.
pub fn desk_binary() -> PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let exe = std::env::current_exe().expect("the test's own path");
            // target/debug/deps/<test> → target/debug/relais-desk
            let bin = exe
                .parent()
                .and_then(Path::parent)
                .map(|d| d.join("relais-desk"))
                .expect("target folder");
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            let built = std::fs::metadata(&bin).and_then(|m| m.modified()).ok();
            let newest = ["desk", "core", "data/demo"]
                .iter()
                .filter_map(|d| newest_file(&root.join(d)))
                .max();
            if built.is_none() || newest > built {
                let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
                let status = Command::new(cargo)
                    .args([
                        "build",
                        "--quiet",
                        "-p",
                        "relais-desk",
                        "--bin",
                        "relais-desk",
                    ])
                    .current_dir(&root)
                    .status()
                    .expect("cannot run cargo to build relais-desk");
                assert!(status.success(), "building relais-desk failed");
            }
            assert!(bin.exists(), "{} is missing", bin.display());
            bin
        })
        .clone()
}

/// The newest modification time of the files under `dir` (sources, migrations, catalogues).
fn newest_file(dir: &Path) -> Option<std::time::SystemTime> {
    let mut newest = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name == "target" || name == "benches" || name == "tests" {
            continue;
        }
        let t = if path.is_dir() {
            newest_file(&path)
        } else {
            entry.metadata().and_then(|m| m.modified()).ok()
        };
        newest = newest.max(t);
    }
    newest
}

/// A free loopback port (bound then released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("no free port on loopback")
}

/// A desk running as its own process.
#[derive(Debug)]
pub struct DeskProcess {
    pub addr: SocketAddr,
    pub data: PathBuf,
    /// Its database: `desk.db` in `data`, or a PostgreSQL database of its own.
    pub location: Location,
    config: PathBuf,
    log: PathBuf,
    child: Option<Child>,
    starts: u32,
}

impl DeskProcess {
    /// Writes a configuration in `dir` (demo directory, a high submission rate, the demo
    /// staff added through the command line) and starts the desk.
    pub fn start(dir: &Path) -> DeskProcess {
        DeskProcess::start_with(dir, "")
    }

    /// Like [`DeskProcess::start`], with `extra` TOML appended to the configuration (tables
    /// such as `[sms]` go there).
    pub fn start_with(dir: &Path, extra: &str) -> DeskProcess {
        let addr = SocketAddr::from(([127, 0, 0, 1], free_port()));
        let data = dir.join("desk-data");
        let config = dir.join("desk.toml");
        let database = crate::fresh_database();
        let location = match &database {
            Some(url) => Location::Postgres(Box::new(PgTarget::parse(url).expect("test database"))),
            None => Location::File(data.join("desk.db")),
        };
        let database = database
            .map(|url| format!("database = \"{url}\"\n"))
            .unwrap_or_default();
        std::fs::write(
            &config,
            format!(
                r#"listen = "{addr}"
data_dir = "{}"
{database}desk_name = "Accueil des CMP – centre hospitalier de démonstration"
phone = "01 99 00 10 01"
hours = "Mo-Fr 09:00-17:00; PH off"
address = "4 rue de la Gare, 96300 Villerelais"
structures = ["cmp-villerelais-nord", "cmp-villerelais-sud", "cmp-plaine", "cmp-collines", "cmpij-villerelais", "cmpij-plaine", "cmpp-relais"]
demo = true
sms_number = "06 39 98 00 00"
submit_per_minute = 100000
{extra}
"#,
                data.display()
            ),
        )
        .expect("cannot write the desk's configuration");
        let mut desk = DeskProcess {
            addr,
            data,
            location,
            log: dir.join("desk.log"),
            config,
            child: None,
            starts: 0,
        };
        for (login, password, name, phone, role) in relais_desk::demo::STAFF {
            let status = Command::new(desk_binary())
                .args(["staff", "add", "--config"])
                .arg(&desk.config)
                .args(["--login", login, "--name", name, "--phone", phone])
                .args(["--role", role.as_str()])
                .env("RELAIS_DESK_STAFF_PASSWORD", password)
                .stdout(Stdio::null())
                .status()
                .expect("cannot run relais-desk staff add");
            assert!(status.success(), "relais-desk staff add {login} failed");
        }
        // The demo partner, a social worker outside the CMP (partner pages, own referrals only).
        let (login, password, name, phone, organisation, job) = relais_desk::demo::PARTNER;
        let status = Command::new(desk_binary())
            .args(["staff", "add", "--config"])
            .arg(&desk.config)
            .args(["--login", login, "--name", name, "--phone", phone])
            .args([
                "--role",
                "partner",
                "--organisation",
                organisation,
                "--job",
                job,
            ])
            .env("RELAIS_DESK_STAFF_PASSWORD", password)
            .stdout(Stdio::null())
            .status()
            .expect("cannot run relais-desk staff add");
        assert!(status.success(), "relais-desk staff add {login} failed");
        desk.spawn();
        desk
    }

    fn spawn(&mut self) {
        self.starts += 1;
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .expect("cannot open the desk's log");
        let err = log.try_clone().expect("log handle");
        let child = Command::new(desk_binary())
            .args(["serve", "--config"])
            .arg(&self.config)
            .env("RUST_LOG", "info,tower_http=warn")
            .stdout(log)
            .stderr(err)
            .spawn()
            .expect("cannot start relais-desk");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(self.addr).is_err() {
            assert!(
                Instant::now() < deadline,
                "the desk did not start; see {}",
                self.log.display()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// A second desk process on the same data folder (the same database file and token
    /// key), listening on its own port, as two processes behind one address would be. Its
    /// configuration and log live in `dir`.
    pub fn beside(&self, dir: &Path) -> DeskProcess {
        let addr = SocketAddr::from(([127, 0, 0, 1], free_port()));
        let text = std::fs::read_to_string(&self.config).expect("the desk's configuration");
        let listen = format!("listen = \"{}\"", self.addr);
        let config = dir.join("desk.toml");
        std::fs::write(
            &config,
            text.replace(&listen, &format!("listen = \"{addr}\"")),
        )
        .expect("cannot write the desk's configuration");
        let mut desk = DeskProcess {
            addr,
            data: self.data.clone(),
            location: self.location.clone(),
            log: dir.join("desk.log"),
            config,
            child: None,
            starts: 0,
        };
        desk.spawn();
        desk
    }

    /// The base URL (`http://127.0.0.1:port`); `Address::url` adds a path.
    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// SIGKILL: no shutdown, no flush; only what was committed survives.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Replaces the `[sms]`… part of the configuration (what `start_with` appended) before a
    /// restart.
    pub fn reconfigure(&self, extra: &str) {
        let text = std::fs::read_to_string(&self.config).expect("the desk's configuration");
        let base = text.split("\n[").next().unwrap_or(&text);
        std::fs::write(&self.config, format!("{base}\n{extra}\n"))
            .expect("cannot write the desk's configuration");
    }

    /// Starts again on the same port and data.
    pub fn restart(&mut self) {
        self.kill();
        self.spawn();
    }

    /// Runs `f` on a connection of its own to the desk's database (either engine).
    pub fn sql<T: Send>(
        &self,
        f: impl FnOnce(&Connection<'_>) -> relais_desk::sql::Result<T> + Send,
    ) -> T {
        self.location
            .with_connection(f)
            .expect("the desk's database")
    }

    /// The ids the desk holds, in the order it received them.
    pub fn request_ids(&self) -> Vec<String> {
        self.sql(|c| {
            c.prepare("SELECT id FROM request ORDER BY received_at, id")?
                .query_map([], |r| r.get(0))?
                .collect()
        })
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for DeskProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
