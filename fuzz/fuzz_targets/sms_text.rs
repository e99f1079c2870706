//! An inbound SMS as the gateway hands it over: any text. Most stop at the tag, base64 or
//! checksum; the `sms_record` target goes behind them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::sms;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(r) = sms::unpack(&text) {
        relais_fuzz::check_sms(&r);
    }
});
