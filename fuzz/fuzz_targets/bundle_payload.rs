//! The bundle's payload behind a valid frame (what `bundle::decode` reads once the length,
//! CRC-32 and zstd frame are checked): postcard columns, indexes, phones, hours. Whatever
//! decodes must be as safe to orient with as a directory built from source.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::directory::bundle;

fuzz_target!(|data: &[u8]| {
    if let Ok(dir) = bundle::decode_payload(data) {
        relais_fuzz::check_directory(&dir);
    }
});
