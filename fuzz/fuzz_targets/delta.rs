//! A delta update applied to the phone's bundle (the demo bundle): header, base SHA-256,
//! trailer, zstd with the base as reference, then the target's SHA-256. The input's base hash
//! is repaired so that mutations get past it to the decompressor; whatever applies must then
//! be a bundle the phone can open.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::directory::{bundle, delta};

fuzz_target!(|data: &[u8]| {
    let base: &[u8] = &relais_fuzz::DEMO_BUNDLE;
    let _ = delta::apply(base, data);
    if data.len() >= 88 && data.starts_with(delta::MAGIC) {
        let mut fixed = data.to_vec();
        fixed[8..40].copy_from_slice(&relais_fuzz::sha256(base));
        if let Ok(file) = delta::apply(base, &fixed) {
            // The result is exactly the publisher's file, so its hash matched: it decodes.
            if let Ok(dir) = bundle::decode(&file) {
                relais_fuzz::check_directory(&dir);
            }
        }
    }
});
