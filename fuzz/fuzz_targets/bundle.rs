//! The directory bundle file as downloaded: header, lengths, CRC-32, zstd frame, payload. Each
//! input is tried as it is, then with a repaired header (magic, version, length, CRC), so that
//! mutations reach the decompressor and the payload decoder instead of stopping at the checksum.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::directory::bundle;

fuzz_target!(|data: &[u8]| {
    if let Ok(dir) = bundle::decode(data) {
        relais_fuzz::check_directory(&dir);
    }
    if let Ok(dir) = bundle::decode(&relais_fuzz::repair_bundle_header(data)) {
        relais_fuzz::check_directory(&dir);
    }
});
