//! OpenStreetMap `opening_hours` texts (directory files, data·inclusion, desk configuration):
//! whatever parses reads back from its own text and answers "open now?" and "next opening"
//! in every region without panicking.
#![no_main]

use chrono::Duration;
use libfuzzer_sys::fuzz_target;
use relais_core::contact::{OpeningHours, Region};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(h) = OpeningHours::parse(&text) {
        assert_eq!(OpeningHours::parse(h.as_str()).as_ref(), Ok(&h));
        let t0 = relais_fuzz::monday_10h();
        for region in [
            Region::Metropole,
            Region::AlsaceMoselle,
            Region::Reunion,
            Region::Guadeloupe,
        ] {
            for hours in [0, 15, 40, 24 * 5 + 3] {
                let s = h.status(t0 + Duration::hours(hours), region);
                let _ = s.is_open();
                let _ = s.next_opening();
            }
        }
    }
});
