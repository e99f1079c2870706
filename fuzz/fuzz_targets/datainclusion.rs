//! A data·inclusion 1.x export (JSON services): any text gives a report, and whatever is
//! imported builds into a directory that orients.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::directory::datainclusion;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut b = relais_fuzz::demo_without_sectors();
    let _report = datainclusion::import(text, &mut b);
    relais_fuzz::check_directory(&b.build().directory);
});
