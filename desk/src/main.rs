//! `relais-desk`: run the desk, the demo desk, and the directory tools.
#![allow(clippy::print_stdout)]

use anyhow::Context;
use clap::{Parser, Subcommand};
use relais_core::directory::{
    bundle, datainclusion, finess, geography, sectorisation, source, synth,
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
    /// Builds and checks directory bundles.
    #[command(subcommand)]
    Directory(DirectoryCommand),
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
    /// Reads a bundle and prints what it holds.
    Check { bundle: PathBuf },
    /// The part of a bundle about some départements (a phone downloads only its area).
    Area {
        bundle: PathBuf,
        /// A département code (75, 2A, 974…); repeat for several.
        #[arg(long = "dept", required = true)]
        depts: Vec<String>,
        #[arg(long)]
        out: PathBuf,
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
        Command::Demo { listen, data } => run(demo::config(listen, data), true).await,
        Command::Serve { config } => run(load_config(config)?, false).await,
        Command::Purge { config } => {
            let config = load_config(config)?;
            let db = relais_desk::db::Db::open(&config.data_dir.join("desk.db"))?;
            let purged = db.write(|c| requests::purge(c, chrono::Utc::now())).await?;
            println!(
                "purged {} requests, {} unreadable SMS, {} sessions",
                purged.requests, purged.sms_callbacks, purged.sessions
            );
            Ok(())
        }
        Command::Directory(cmd) => directory(cmd),
    }
}

fn directory(cmd: DirectoryCommand) -> anyhow::Result<()> {
    let write = |dir: &relais_core::directory::Directory, out: &PathBuf| -> anyhow::Result<()> {
        let bytes = bundle::encode(dir)?;
        std::fs::write(out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
        println!(
            "{}: {} structures, {} sectors, {} communes, {} street rules, {} bytes",
            out.display(),
            dir.structures().len(),
            dir.sectors().len(),
            dir.commune_count(),
            dir.streets().len(),
            bytes.len()
        );
        Ok(())
    };
    match cmd {
        DirectoryCommand::Build {
            source: path,
            sectorisation: sectors,
            out,
        } => {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let mut b = source::SourceFile::from_json(&text)?.builder();
            if let Some(path) = sectors {
                import_sectorisation(&path, &mut b)?;
            }
            let imported = b.build();
            report(&imported.issues);
            write(&imported.directory, &out)
        }
        DirectoryCommand::Import {
            communes,
            finess: f,
            data_inclusion,
            sectorisation: sectors,
            out,
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
            write(&imported.directory, &out)
        }
        DirectoryCommand::Synth { communes, out } => match communes {
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let base = geography::CommuneBase::from_tsv(&text)?;
                write(
                    &synth::over_base(&base, synth::SynthConfig::default()),
                    &out,
                )
            }
            None => write(&synth::national(synth::SynthConfig::default()), &out),
        },
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
        } => {
            let bytes =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            let depts = depts
                .iter()
                .map(|d| relais_core::directory::Dept::parse(d))
                .collect::<Result<Vec<_>, _>>()?;
            write(&bundle::decode(&bytes)?.only(&depts), &out)
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
            let dir = bundle::decode(&bytes)?;
            println!(
                "{}: {} ({}), {} structures, {} sectors, {} communes{}",
                path.display(),
                dir.meta().area,
                dir.meta().version,
                dir.structures().len(),
                dir.sectors().len(),
                dir.commune_count(),
                if dir.meta().demo { ", demo data" } else { "" }
            );
            Ok(())
        }
    }
}
