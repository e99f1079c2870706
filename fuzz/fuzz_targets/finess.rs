//! The FINESS extract (semicolon CSV, Windows-1252 or UTF-8, structure and geolocation lines):
//! any bytes give a report, and whatever is imported builds into a directory that orients.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::directory::finess;

fuzz_target!(|data: &[u8]| {
    let mut b = relais_fuzz::demo_without_sectors();
    let _report = finess::import(data, &mut b);
    relais_fuzz::check_directory(&b.build().directory);
});
