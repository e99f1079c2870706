//! The `relais-desk` command line as an operator uses it: publisher keys, signed bundles, a
//! desk that refuses a directory it cannot trust, and the first staff account.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

fn desk(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_relais-desk"))
        .args(args)
        .current_dir(dir)
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/demo/directory.json");

#[test]
fn publisher_keys_sign_bundles_that_phones_check() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = desk(&["directory", "keygen", "--out", "publisher.key"], d);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("public key"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.join("publisher.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "the key is readable by its owner only");
    }
    let o = desk(&["directory", "keygen", "--out", "publisher.key"], d);
    assert!(!o.status.success(), "a key is never overwritten");

    // Demo key (default): phones accept it for demo data.
    let o = desk(&["directory", "build", DEMO, "--out", "demo.bundle"], d);
    assert!(o.status.success(), "{}", text(&o));
    let o = desk(&["directory", "check", "demo.bundle"], d);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("demo data"), "{}", text(&o));

    // A new publisher key is not trusted until an app update lists it.
    let o = desk(
        &[
            "directory",
            "build",
            DEMO,
            "--out",
            "new.bundle",
            "--sign",
            "publisher.key",
        ],
        d,
    );
    assert!(o.status.success(), "{}", text(&o));
    let o = desk(&["directory", "check", "new.bundle"], d);
    assert!(!o.status.success());
    assert!(text(&o).contains("does not trust"), "{}", text(&o));

    // One flipped bit anywhere: refused.
    let mut bytes = std::fs::read(d.join("demo.bundle")).unwrap();
    bytes[30] ^= 0x01;
    std::fs::write(d.join("tampered.bundle"), &bytes).unwrap();
    let o = desk(&["directory", "check", "tampered.bundle"], d);
    assert!(!o.status.success());

    // A desk will not serve a directory phones would refuse.
    std::fs::write(
        d.join("desk.toml"),
        format!(
            "listen = \"127.0.0.1:0\"\ndata_dir = \"{}\"\ndesk_name = \"Accueil\"\nphone = \"01 99 00 10 01\"\ndirectory_bundle = \"{}\"\n",
            d.join("data").display(),
            d.join("tampered.bundle").display()
        ),
    )
    .unwrap();
    let o = desk(&["serve", "--config", "desk.toml"], d);
    assert!(!o.status.success());
    assert!(text(&o).contains("not a usable directory"), "{}", text(&o));

    // An unusable desk address is refused before anything is fetched.
    let o = desk(
        &[
            "directory",
            "build",
            DEMO,
            "--out",
            "x.bundle",
            "--desk",
            "http://desk.example.fr",
        ],
        d,
    );
    assert!(!o.status.success());
    assert!(
        text(&o).contains("only allowed to this machine"),
        "{}",
        text(&o)
    );
}

#[test]
fn the_first_staff_account_is_made_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("desk.toml"),
        format!("data_dir = \"{}\"\n", d.join("data").display()),
    )
    .unwrap();
    let add = |login: &str, phone: &str, role: &str, password: &str| {
        Command::new(env!("CARGO_BIN_EXE_relais-desk"))
            .args(["staff", "add", "--config", "desk.toml", "--login", login])
            .args(["--name", "Nadia Sow", "--phone", phone, "--role", role])
            .env("RELAIS_DESK_STAFF_PASSWORD", password)
            .env("RUST_BACKTRACE", "0")
            .current_dir(d)
            .output()
            .unwrap()
    };
    let o = add(
        "admin",
        "01 99 00 10 09",
        "admin",
        "une phrase de passe longue",
    );
    assert!(o.status.success(), "{}", text(&o));
    for (phone, role, password, why) in [
        ("01 99 00 10 09", "admin", "court", "12 characters"),
        ("01 99", "admin", "une phrase de passe longue", "the phone"),
        (
            "01 99 00 10 09",
            "chef",
            "une phrase de passe longue",
            "reception, clinician, admin or partner",
        ),
    ] {
        let o = add("other", phone, role, password);
        assert!(!o.status.success(), "{why}");
        assert!(text(&o).contains(why), "{}", text(&o));
    }
    let o = add(
        "admin",
        "01 99 00 10 09",
        "admin",
        "une phrase de passe longue",
    );
    assert!(!o.status.success(), "the same login twice");
    // A partner (a professional outside the CMP) needs a structure and a job: referrals name them.
    let partner = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_relais-desk"))
            .args(["staff", "add", "--config", "desk.toml", "--login", "roux"])
            .args(["--name", "Hélène Roux", "--phone", "01 99 00 20 20"])
            .args(["--role", "partner"])
            .args(extra)
            .env("RELAIS_DESK_STAFF_PASSWORD", "une phrase de passe longue")
            .env("RUST_BACKTRACE", "0")
            .current_dir(d)
            .output()
            .unwrap()
    };
    let o = partner(&[]);
    assert!(!o.status.success(), "a partner without structure");
    assert!(text(&o).contains("structure"), "{}", text(&o));
    let o = partner(&[
        "--organisation",
        "CCAS de Villerelais",
        "--job",
        "Assistante sociale",
    ]);
    assert!(o.status.success(), "{}", text(&o));
}

#[test]
fn a_staff_member_is_given_only_cmps_the_desk_serves() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("desk.toml"),
        format!(
            "data_dir = \"{}\"\nstructures = [\"cmp-plaine\", \"cmp-collines\"]\n",
            d.join("data").display()
        ),
    )
    .unwrap();
    let add = |login: &str, cmp: &str| {
        Command::new(env!("CARGO_BIN_EXE_relais-desk"))
            .args(["staff", "add", "--config", "desk.toml", "--login", login])
            .args(["--name", "Nadia Sow", "--phone", "01 99 00 10 09"])
            .args(["--cmp", cmp])
            .env("RELAIS_DESK_STAFF_PASSWORD", "une phrase de passe longue")
            .env("RUST_BACKTRACE", "0")
            .current_dir(d)
            .output()
            .unwrap()
    };
    let o = add("ailleurs", "cmp-des-etangs");
    assert!(!o.status.success());
    assert!(text(&o).contains("cmp-des-etangs"), "{}", text(&o));
    let o = add("plaine", "cmp-plaine");
    assert!(o.status.success(), "{}", text(&o));
    let db = rusqlite::Connection::open(d.join("data/desk.db")).unwrap();
    let (every, cmps): (i64, String) = db
        .query_row(
            "SELECT s.every_cmp, group_concat(c.structure_key) FROM staff s
             JOIN staff_cmp c ON c.staff_id = s.id WHERE s.login = 'plaine'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((every, cmps.as_str()), (0, "cmp-plaine"));
}
