//! A hospital's sector file (semicolon CSV filled in a spreadsheet), imported into the demo's
//! structures and communes: any bytes give a report, and the sectors it builds orient.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::directory::sectorisation;

fuzz_target!(|data: &[u8]| {
    let mut b = relais_fuzz::demo_without_sectors();
    let _report = sectorisation::import(data, &mut b);
    relais_fuzz::check_directory(&b.build().directory);
});
