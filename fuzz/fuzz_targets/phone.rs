//! Phone numbers as people and files type them. Whatever parses is canonical: parsing its
//! E.164 form or its national display gives it back, and its `tel:` link holds only it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::contact::Phone;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(p) = Phone::parse(&text) {
        assert_eq!(Phone::parse(p.as_str()), Ok(p), "E.164 form reads back");
        assert_eq!(
            Phone::parse(&p.national()),
            Ok(p),
            "national display reads back"
        );
        let s = p.as_str();
        assert!(
            s.strip_prefix('+')
                .unwrap_or(s)
                .bytes()
                .all(|b| b.is_ascii_digit()),
            "{s}"
        );
        assert_eq!(p.tel_uri(), format!("tel:{s}"));
    }
});
