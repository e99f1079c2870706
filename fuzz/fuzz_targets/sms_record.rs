//! The packed request behind a valid checksum: the first byte is the salt, the rest the record,
//! framed exactly as a phone would (scrambled, CRC-32, base64, tag). A CRC protects against a
//! damaged SMS, not against a crafted one, so the decoder itself must refuse what the app's
//! form would refuse, and whatever it accepts must pack again into one SMS.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::sms;

fuzz_target!(|data: &[u8]| {
    let Some((&salt, record)) = data.split_first() else {
        return;
    };
    let text = sms::frame(record, salt);
    if let Ok(r) = sms::unpack(&text) {
        relais_fuzz::check_sms(&r);
    }
});
