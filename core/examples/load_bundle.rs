//! Loads a directory bundle once and nothing else: the program measured by
//! `valgrind --tool=callgrind` for a stable instruction count of the cold load (see the
//! README's benchmark commands).
//!
//! `cargo run --profile bench -p relais-core --example load_bundle -- BUNDLE [TIMES]`
#![allow(clippy::print_stdout)]

use relais_core::directory::bundle;
use std::hint::black_box;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: load_bundle BUNDLE [TIMES]")?;
    let times: usize = args.next().map_or(Ok(1), |t| t.parse())?;
    // Read before loading, so that the measured part is the load alone.
    let bytes = std::fs::read(&path)?;
    let mut communes = 0;
    for _ in 0..times {
        let dir = load(black_box(&bytes))?;
        communes = dir.commune_count();
    }
    println!("{path}: {} bytes, {communes} communes", bytes.len());
    Ok(())
}

/// The cold load: check, decompress, decode, validate and index. `--toggle-collect=*load*`
/// restricts callgrind to it.
#[inline(never)]
fn load(bytes: &[u8]) -> Result<relais_core::directory::Directory, bundle::BundleError> {
    bundle::decode(bytes)
}
