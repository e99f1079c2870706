//! Compresses the message catalogues (core/i18n/*.ftl) with zstd at build time: twelve
//! languages of plain text would cost about 300 KB in the phone library, compressed about a
//! quarter of that; each is decompressed once, the first time its language is used.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let dir = Path::new("i18n");
    println!("cargo:rerun-if-changed=i18n");
    let Ok(entries) = std::fs::read_dir(dir) else {
        panic!("core/i18n is missing");
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let packed =
            zstd::bulk::compress(&text, 19).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let target = Path::new(&out).join(format!("{}.zst", name.unwrap_or_default()));
        std::fs::write(&target, packed).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
}
