//! `relais-desk`: run the desk, the demo desk, and the directory tools.
#![allow(clippy::print_stdout)]

use anyhow::Context;
use clap::{Parser, Subcommand};
use relais_core::directory::signature::{self, SigningKey};
use relais_core::directory::{
    DeskLink, DeskUrl, bundle, datainclusion, finess, geography, sectorisation, source, synth,
};
use relais_desk::config::Config;
use relais_desk::{demo, requests};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "relais-desk",
    version,
    about = "Relais desk: requests for a CMP, its reception console and its API."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Starts a demo desk with demo data, on 127.0.0.1.
    Demo {
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        #[arg(long, default_value = "relais-desk-data")]
        data: PathBuf,
    },
    /// Runs the desk with a configuration file (and RELAIS_DESK_* variables).
    Serve {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Deletes what has passed its retention date, now.
    Purge {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Builds, signs and checks directory bundles.
    #[command(subcommand)]
    Directory(DirectoryCommand),
    /// Manages staff accounts (the first admin, before anyone can sign in).
    #[command(subcommand)]
    Staff(StaffCommand),
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Adds a staff member; the password is read from RELAIS_DESK_STAFF_PASSWORD or stdin.
    Add {
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        login: String,
        /// The name people see and hear ("Claire Martin").
        #[arg(long)]
        name: String,
        /// The number people call back.
        #[arg(long)]
        phone: String,
        /// reception, clinician, admin or partner (a professional outside the CMP).
        #[arg(long, default_value = "reception")]
        role: String,
        /// A CMP (directory key) they work for; repeat for several. None: every CMP the desk
        /// serves.
        #[arg(long = "cmp")]
        cmps: Vec<String>,
        /// A partner's structure ("CCAS de Villerelais"): required for a partner.
        #[arg(long)]
        organisation: Option<String>,
        /// A partner's job ("Assistante sociale"): required for a partner.
        #[arg(long)]
        job: Option<String>,
    },
}

/// Signing and desks, shared by the commands that write a bundle.
#[derive(clap::Args)]
struct Publish {
    /// The publisher's signing key (from `directory keygen`). Without it, the demo key signs,
    /// which phones accept for demo data only.
    #[arg(long)]
    sign: Option<PathBuf>,
    /// A desk's base URL: its `GET /v1/desk` says which structures it serves and its SMS
    /// number, written into the directory. Repeat for each desk.
    #[arg(long = "desk")]
    desks: Vec<String>,
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// From the JSON source format (data/demo/directory.json).
    Build {
        source: PathBuf,
        /// A sectorisation file (data/sectorisation/) to add to the source.
        #[arg(long)]
        sectorisation: Option<PathBuf>,
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        publish: Publish,
    },
    /// From the commune base, a FINESS extract, a data·inclusion file and a sectorisation
    /// file (each optional).
    Import {
        /// The commune base (target/communes/communes.tsv, from data/communes/build.sh).
        #[arg(long)]
        communes: Option<PathBuf>,
        #[arg(long)]
        finess: Option<PathBuf>,
        #[arg(long)]
        data_inclusion: Option<PathBuf>,
        /// Read last: its sectors name structures and communes read before.
        #[arg(long)]
        sectorisation: Option<PathBuf>,
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        publish: Publish,
    },
    /// The national synthetic directory (for tests and benchmarks): invented structures and
    /// sectors over the real communes of the base given, or over invented communes.
    Synth {
        /// The commune base (target/communes/communes.tsv, from data/communes/build.sh).
        #[arg(long)]
        communes: Option<PathBuf>,
        #[arg(long)]
        out: PathBuf,
    },
    /// Checks a bundle's signature as a phone would, and prints what it holds.
    Check { bundle: PathBuf },
    /// Makes a publisher signing key (keep it offline) and prints its public half, to be
    /// added to `core/src/directory/signature.rs`.
    Keygen {
        #[arg(long)]
        out: PathBuf,
    },
    /// The part of a signed bundle about some départements (a phone downloads only its
    /// area), signed again.
    Area {
        bundle: PathBuf,
        /// A département code (75, 2A, 974…); repeat for several.
        #[arg(long = "dept", required = true)]
        depts: Vec<String>,
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        publish: Publish,
    },
    /// The update from one bundle file to the next (whole files, signed or not).
    Delta {
        old: PathBuf,
        new: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Builds the national commune base (tab-separated) from the `data/communes.json` of the
    /// npm package @etalab/decoupage-administratif (see data/communes/build.sh).
    Communes {
        /// The package's data/communes.json.
        #[arg(long)]
        from: PathBuf,
        /// What to record as the source ("@etalab/decoupage-administratif 6.0.0").
        #[arg(long)]
        source: String,
        #[arg(long)]
        out: PathBuf,
    },
}

fn load_config(path: Option<PathBuf>) -> anyhow::Result<Config> {
    let config = match path {
        Some(p) => Config::from_file(&p)?,
        None => Config::default(),
    };
    Ok(config.with_env(|k| std::env::var(k).ok())?)
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(t) => t,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

async fn run(config: Config, seed: bool) -> anyhow::Result<()> {
    let running = relais_desk::start(config).await?;
    if seed {
        demo::seed(&running.state)
            .await
            .context("cannot load the demo data")?;
        println!("Relais desk (demo data: fictional people and numbers)");
        println!("  console:  {}/login", running.url());
        println!("  API:      {}/v1/openapi.json", running.url());
        println!("  logins:");
        for (login, password, name, _, role) in demo::STAFF {
            println!("    {login:<10} {password:<22} {name} ({})", role.as_str());
        }
        let (login, password, name, ..) = demo::PARTNER;
        println!(
            "    {login:<10} {password:<22} {name} (partner: {}/partenaire)",
            running.url()
        );
        println!(
            "  a person's copy: {}/copie, code {}",
            running.url(),
            demo::REFERRAL_CODE
        );
        println!("  SMS gateway secret: {}", demo::SMS_SECRET);
        println!("Stop with Ctrl-C.");
    } else {
        println!("Relais desk listening on {}", running.url());
    }
    shutdown_signal().await;
    tracing::info!("shutting down: finishing requests in flight");
    running.stop().await
}

fn import_sectorisation(path: &PathBuf, b: &mut source::DirectoryBuilder) -> anyhow::Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let r = sectorisation::import(&bytes, b);
    println!(
        "sectorisation: {} sectors, {} communes, {} street rules, {} orders for people without a fixed address",
        r.sectors, r.communes, r.streets, r.no_address_orders
    );
    for n in &r.notes {
        println!("  note: {n}");
    }
    report(&r.issues);
    Ok(())
}

fn report(issues: &[source::ImportIssue]) {
    for i in issues {
        println!("  not imported: {i}");
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // Structured logs: key=value for people, JSON lines for a log collector
    // (RELAIS_DESK_LOG_FORMAT=json). Either way, no personal data is ever logged.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,tower_http=warn".into());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    if std::env::var("RELAIS_DESK_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
            .init();
    }
    match Cli::parse().command {
        Command::Demo { listen, data } => {
            // `RELAIS_DESK_*` variables apply to the demo too (the API tester raises the
            // submission rate limit with one).
            let config = demo::config(listen, data).with_env(|k| std::env::var(k).ok())?;
            run(config, true).await
        }
        Command::Serve { config } => run(load_config(config)?, false).await,
        Command::Purge { config } => {
            let config = load_config(config)?;
            let db = relais_desk::db::Db::open_at(&config.database().map_err(anyhow::Error::msg)?)?;
            let purged = db.write(|c| requests::purge(c, chrono::Utc::now())).await?;
            println!(
                "purged {} requests, {} unreadable SMS, {} sessions",
                purged.requests, purged.sms_callbacks, purged.sessions
            );
            Ok(())
        }
        Command::Directory(cmd) => directory(cmd).await,
        Command::Staff(StaffCommand::Add {
            config,
            login,
            name,
            phone,
            role,
            cmps,
            organisation,
            job,
        }) => {
            let config = load_config(config)?;
            let role = requests::StaffRole::parse(&role)
                .context("the role is reception, clinician, admin or partner")?;
            let phone = relais_core::contact::Phone::parse(&phone)
                .map_err(|e| anyhow::anyhow!("the phone: {e}"))?;
            let password = match std::env::var("RELAIS_DESK_STAFF_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            if password.chars().count() < 12 {
                anyhow::bail!("the password needs 12 characters or more");
            }
            std::fs::create_dir_all(&config.data_dir)?;
            let db = relais_desk::db::Db::open_at(&config.database().map_err(anyhow::Error::msg)?)?;
            let hash = relais_desk::auth::hash_password(&password)?;
            let new = relais_desk::auth::NewStaff {
                login: login.clone(),
                display_name: name,
                phone,
                role,
                organisation,
                job,
                password_hash: hash,
                cmps,
            };
            let served = config.structures.clone();
            db.write(move |c| relais_desk::auth::add_staff(c, &new, &served, "command line"))
                .await?;
            db.close();
            println!("staff member {login} added ({})", role.as_str());
            Ok(())
        }
    }
}

/// Reads a signing key file: the 32-byte seed in base64 (what `directory keygen` writes).
fn read_key(path: &std::path::Path) -> anyhow::Result<SigningKey> {
    use base64::Engine;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the key {}", path.display()))?;
    let seed: [u8; 32] = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .with_context(|| format!("{} is not a Relais signing key", path.display()))?;
    Ok(SigningKey::from_seed(&seed)?)
}

/// Writes each desk's link (from its `GET /v1/desk`) into the directory, signs and saves it.
async fn publish(
    mut dir: relais_core::directory::Directory,
    out: &std::path::Path,
    publish: &Publish,
) -> anyhow::Result<()> {
    let transport = relais_core::sync::ReqwestTransport::new()?;
    let client = relais_core::sync::DeskClient {
        transport: &transport,
        timeout: std::time::Duration::from_secs(30),
    };
    for url in &publish.desks {
        let url = DeskUrl::parse(url).with_context(|| format!("the desk address {url}"))?;
        let entry = client
            .desk_entry(&url)
            .await
            .with_context(|| format!("cannot read {}/v1/desk", url))?;
        let link = DeskLink {
            url: url.clone(),
            sms: entry.sms_number,
        };
        let unknown = dir.link_desk(&entry.structures, &link);
        println!(
            "desk {url} ({}): {} structures{}",
            entry.name,
            entry.structures.len() - unknown.len(),
            if unknown.is_empty() {
                String::new()
            } else {
                format!(", not in this directory: {}", unknown.join(", "))
            }
        );
    }
    let key = match &publish.sign {
        Some(path) => read_key(path)?,
        None => {
            println!(
                "no --sign key: signed with the demo key (phones accept it for demo data only)"
            );
            SigningKey::demo()
        }
    };
    let bytes = key.sign(&bundle::encode(&dir)?);
    relais_core::sync::directory::replace_file(out, &bytes)
        .with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "{}: {} structures ({} with a desk), {} sectors, {} communes, {} street rules, {} bytes, signed by {}",
        out.display(),
        dir.structures().len(),
        dir.structures().iter().filter(|s| s.desk.is_some()).count(),
        dir.sectors().len(),
        dir.commune_count(),
        dir.streets().len(),
        bytes.len(),
        signature::hex(&key.public())
    );
    Ok(())
}

async fn directory(cmd: DirectoryCommand) -> anyhow::Result<()> {
    match cmd {
        DirectoryCommand::Build {
            source: path,
            sectorisation: sectors,
            out,
            publish: p,
        } => {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let mut b = source::SourceFile::from_json(&text)?.builder();
            if let Some(path) = sectors {
                import_sectorisation(&path, &mut b)?;
            }
            let imported = b.build();
            report(&imported.issues);
            publish(imported.directory, &out, &p).await
        }
        DirectoryCommand::Import {
            communes,
            finess: f,
            data_inclusion,
            sectorisation: sectors,
            out,
            publish: p,
        } => {
            let mut b = source::DirectoryBuilder::new(relais_core::directory::Meta {
                version: chrono::Utc::now().format("%Y-%m-%d").to_string(),
                area: "import".into(),
                demo: false,
                source: "FINESS / data·inclusion".into(),
            });
            if let Some(path) = communes {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let base = geography::CommuneBase::from_tsv(&text)?;
                base.add_to(&mut b);
                println!("communes: {} from {}", base.communes.len(), base.source);
            }
            if let Some(path) = f {
                let bytes = std::fs::read(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let r = finess::import(&bytes, &mut b);
                println!(
                    "FINESS: {} imported, {} outside psychiatry",
                    r.imported, r.other_categories
                );
                report(&r.issues);
            }
            if let Some(path) = data_inclusion {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let r = datainclusion::import(&text, &mut b);
                println!(
                    "data·inclusion: {} imported, {} outside mental health",
                    r.imported, r.not_psychiatry
                );
                report(&r.issues);
            }
            if let Some(path) = sectors {
                import_sectorisation(&path, &mut b)?;
            }
            let imported = b.build();
            report(&imported.issues);
            publish(imported.directory, &out, &p).await
        }
        DirectoryCommand::Synth { communes, out } => {
            let dir = match communes {
                Some(path) => {
                    let text = std::fs::read_to_string(&path)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    let base = geography::CommuneBase::from_tsv(&text)?;
                    synth::over_base(&base, synth::SynthConfig::default())
                }
                None => synth::national(synth::SynthConfig::default()),
            };
            // Synthetic data is demo data: the demo key signs it.
            let no_desks = Publish {
                sign: None,
                desks: vec![],
            };
            publish(dir, &out, &no_desks).await
        }
        DirectoryCommand::Communes {
            from,
            source: label,
            out,
        } => {
            let text = std::fs::read_to_string(&from)
                .with_context(|| format!("cannot read {}", from.display()))?;
            let (base, r) = geography::CommuneBase::from_package(&text, &label)?;
            report(&r.issues);
            std::fs::write(&out, base.to_tsv())
                .with_context(|| format!("cannot write {}", out.display()))?;
            println!(
                "{}: {} communes, {} arrondissements, {} former names, {} former codes ({} communes of overseas collectivities left out)",
                out.display(),
                r.communes,
                r.arrondissements,
                r.old_names,
                r.old_codes,
                r.collectivities_left_out
            );
            Ok(())
        }
        DirectoryCommand::Area {
            bundle: path,
            depts,
            out,
            publish: p,
        } => {
            let bytes =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            let depts = depts
                .iter()
                .map(|d| relais_core::directory::Dept::parse(d))
                .collect::<Result<Vec<_>, _>>()?;
            let dir = signature::open(&bytes, signature::TRUSTED)
                .with_context(|| format!("{}: refused", path.display()))?;
            publish(dir.only(&depts), &out, &p).await
        }
        DirectoryCommand::Delta { old, new, out } => {
            let read = |p: &PathBuf| {
                std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))
            };
            let delta = relais_core::directory::delta::make(&read(&old)?, &read(&new)?)?;
            std::fs::write(&out, &delta)
                .with_context(|| format!("cannot write {}", out.display()))?;
            println!("{}: {} bytes", out.display(), delta.len());
            Ok(())
        }
        DirectoryCommand::Check { bundle: path } => {
            let bytes =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            let (_, key) = signature::verify(&bytes, signature::TRUSTED)
                .with_context(|| format!("{}: refused", path.display()))?;
            let dir = signature::open(&bytes, signature::TRUSTED)
                .with_context(|| format!("{}: refused", path.display()))?;
            println!(
                "{}: {} ({}), {} structures ({} with a desk), {} sectors, {} communes{}, signed by {}",
                path.display(),
                dir.meta().area,
                dir.meta().version,
                dir.structures().len(),
                dir.structures().iter().filter(|s| s.desk.is_some()).count(),
                dir.sectors().len(),
                dir.commune_count(),
                if dir.meta().demo { ", demo data" } else { "" },
                key.label
            );
            Ok(())
        }
        DirectoryCommand::Keygen { out } => {
            use base64::Engine;
            if out.exists() {
                anyhow::bail!("{} exists: a key is never overwritten", out.display());
            }
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
            let key = SigningKey::from_seed(&seed)?;
            let text = base64::engine::general_purpose::STANDARD.encode(seed) + "\n";
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            use std::io::Write;
            options
                .open(&out)
                .and_then(|mut f| f.write_all(text.as_bytes()))
                .with_context(|| format!("cannot write {}", out.display()))?;
            println!("{}: signing key written (keep it offline)", out.display());
            println!("public key (add to TRUSTED in core/src/directory/signature.rs):");
            println!("  {}", signature::hex(&key.public()));
            Ok(())
        }
    }
}
