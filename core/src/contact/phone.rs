//! Phone numbers: parse what people and files write, store E.164, show the national format.
//!
//! French numbers follow the ARCEP numbering plan: ten digits starting with `0` nationally,
//! `+33` and nine digits in E.164. The overseas departments have their own country codes
//! (`0262 …` is `+262 262 …`), and the short national numbers (15, 112, 3114…) are dialled
//! as they are. A foreign number (`+44…`) is accepted in E.164 form: many people we serve
//! have a SIM from another country.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A phone number that can be dialled. It can only be built by [`Phone::parse`], so any
/// value of this type is valid. Stored inline (E.164 is at most 16 bytes with its `+`), so
/// copying one costs nothing.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone {
    /// `+` followed by 8 to 15 digits, or a short national number (`3114`).
    bytes: [u8; 16],
    len: u8,
}

impl fmt::Debug for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Phone({})", self.as_str())
    }
}

/// What is wrong with a phone number, in terms a form can show next to the field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("the number is empty")]
    Empty,
    #[error("'{ch}' cannot be part of a phone number (position {position})")]
    InvalidCharacter { ch: char, position: usize },
    #[error("a French number has 10 digits starting with 0; this one has {digits}")]
    WrongLength { digits: usize },
    #[error("a French number cannot start with 00 once the country code is removed")]
    BadFrenchPrefix,
    #[error("an international number has 8 to 15 digits after +; this one has {digits}")]
    BadInternationalLength { digits: usize },
    #[error("{0} is not a known short number (15, 17, 18, 112, 114, 115, 119, 116xxx, 3xxx)")]
    UnknownShortNumber(String),
    #[error("this looks like a French number without its first 0: write 0{0}")]
    MissingLeadingZero(String),
}

/// A decimal digit as the person's keyboard types it, as ASCII: Western, Arabic-Indic
/// (٠–٩, Arabic keyboards), Extended Arabic-Indic (۰–۹, Persian, Dari and Pashto keyboards),
/// full-width (０–９, CJK input), Devanagari and Bengali.
fn ascii_digit(ch: char) -> Option<char> {
    const ZEROS: [u32; 6] = [0x30, 0x660, 0x6F0, 0xFF10, 0x966, 0x9E6];
    let c = ch as u32;
    ZEROS
        .iter()
        .find(|z| (**z..**z + 10).contains(&c))
        .and_then(|z| char::from_digit(c - z, 10))
}

/// French overseas prefixes: national prefix (after the 0) → E.164 country code.
/// Source: ARCEP numbering plan (plan de numérotation), overseas geographic and mobile blocks.
const OVERSEAS: &[(&str, &str)] = &[
    ("262", "262"), // La Réunion, geographic
    ("263", "262"), // La Réunion, geographic
    ("269", "262"), // Mayotte, geographic
    ("639", "262"), // Mayotte, mobile
    ("692", "262"), // La Réunion, mobile
    ("693", "262"), // La Réunion, mobile
    ("590", "590"), // Guadeloupe, Saint-Martin, Saint-Barthélemy, geographic
    ("690", "590"), // Guadeloupe, mobile
    ("691", "590"), // Guadeloupe, mobile
    ("594", "594"), // Guyane, geographic
    ("694", "594"), // Guyane, mobile
    ("596", "596"), // Martinique, geographic
    ("696", "596"), // Martinique, mobile
    ("697", "596"), // Martinique, mobile
];

/// Country codes whose nine-digit national numbers we know how to show in French format.
const FRENCH_CODES: &[&str] = &["33", "262", "590", "594", "596"];

impl Phone {
    /// Parses a phone number as a person or a file writes it.
    ///
    /// Accepted: `01 23 45 67 89`, `0123456789`, `01.23.45.67.89`, `+33 1 23 45 67 89`,
    /// `+33 (0)1 23…`, `0033 1 23…`, `+44 20 7946 0958`, and short numbers (`3114`, `15`…).
    pub fn parse(input: &str) -> Result<Phone, PhoneError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PhoneError::Empty);
        }
        // "+33 (0)1 …" is a common way to show the trunk 0: drop it before reading digits.
        // (Parsing runs for every structure when a bundle loads: no copy when there is none.)
        let without_trunk = if trimmed.contains("(0)") {
            std::borrow::Cow::Owned(trimmed.replacen("(0)", "", 1))
        } else {
            std::borrow::Cow::Borrowed(trimmed)
        };
        let mut digits = String::with_capacity(16);
        let mut plus = false;
        for (position, ch) in without_trunk.chars().enumerate() {
            if let Some(d) = ascii_digit(ch) {
                digits.push(d);
                continue;
            }
            match ch {
                '+' | '\u{ff0b}' if digits.is_empty() && !plus => plus = true,
                ' ' | '.' | '-' | '/' | '(' | ')' | '\u{a0}' | '\u{202f}' | '\t' => {}
                // Full-width separators, and the direction marks right-to-left keyboards add.
                '\u{3000}'
                | '\u{ff0d}'
                | '\u{ff08}'
                | '\u{ff09}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2066}'..='\u{2069}' => {}
                _ => return Err(PhoneError::InvalidCharacter { ch, position }),
            }
        }
        if digits.is_empty() {
            return Err(PhoneError::Empty);
        }
        if plus {
            return Self::international(&digits);
        }
        if let Some(rest) = digits.strip_prefix("00") {
            return Self::international(rest);
        }
        if let Some(national) = digits.strip_prefix('0') {
            return Self::french_national(national, digits.len());
        }
        if digits.len() == 9 {
            return Err(PhoneError::MissingLeadingZero(digits));
        }
        Self::short(&digits)
    }

    /// Builds a short national number from a literal known to be valid (crisis lines).
    pub(crate) fn short_unchecked(number: &'static str) -> Phone {
        Phone::inline(number)
    }

    /// Callers pass at most 16 ASCII bytes (checked by the parser's length rules).
    fn inline(s: &str) -> Phone {
        Phone::joined(&[s])
    }

    /// The parts one after the other, without building a string first.
    fn joined(parts: &[&str]) -> Phone {
        let mut bytes = [0u8; 16];
        let mut n = 0;
        for part in parts {
            let take = part.len().min(16 - n);
            bytes[n..n + take].copy_from_slice(&part.as_bytes()[..take]);
            n += take;
        }
        Phone {
            bytes,
            len: n as u8,
        }
    }

    fn short(digits: &str) -> Result<Phone, PhoneError> {
        let b = digits.as_bytes();
        let known = match b.len() {
            2 => matches!(digits, "15" | "17" | "18"),
            3 => matches!(digits, "112" | "114" | "115" | "119" | "196" | "191"),
            4 => b[0] == b'3',
            6 => digits.starts_with("116"),
            _ => false,
        };
        if known {
            Ok(Phone::inline(digits))
        } else {
            Err(PhoneError::UnknownShortNumber(digits.to_owned()))
        }
    }

    /// `national` is what follows the trunk `0`; `total` counts that 0 too.
    fn french_national(national: &str, total: usize) -> Result<Phone, PhoneError> {
        if national.len() != 9 {
            return Err(PhoneError::WrongLength { digits: total });
        }
        if national.starts_with('0') {
            return Err(PhoneError::BadFrenchPrefix);
        }
        let code = OVERSEAS
            .iter()
            .find(|(prefix, _)| national.starts_with(prefix))
            .map_or("33", |(_, code)| code);
        Ok(Phone::joined(&["+", code, national]))
    }

    fn international(digits: &str) -> Result<Phone, PhoneError> {
        // People often keep the trunk 0 after +33: "+33 06 …". Be forgiving.
        if let Some(fr) = digits.strip_prefix("33") {
            let fr = if fr.len() == 10 {
                fr.strip_prefix('0').unwrap_or(fr)
            } else {
                fr
            };
            return Self::french_national(fr, fr.len() + 1);
        }
        if let Some(code) = ["262", "590", "594", "596"]
            .iter()
            .find(|code| digits.starts_with(*code))
        {
            let national = &digits[code.len()..];
            if national.len() != 9 || national.starts_with('0') {
                return Err(PhoneError::WrongLength {
                    digits: national.len() + 1,
                });
            }
            // Only the ranges of that code exist (+262 262…, +262 692…): any other would be
            // shown as a national number that reads back as a metropolitan one.
            if !OVERSEAS
                .iter()
                .any(|(prefix, c)| c == code && national.starts_with(prefix))
            {
                return Err(PhoneError::BadFrenchPrefix);
            }
            return Ok(Phone::joined(&["+", digits]));
        }
        if !(8..=15).contains(&digits.len()) || digits.starts_with('0') {
            return Err(PhoneError::BadInternationalLength {
                digits: digits.len(),
            });
        }
        Ok(Phone::joined(&["+", digits]))
    }

    /// The canonical stored form: E.164 (`+33123456789`) or the short number (`3114`).
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and '+' are ever stored.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }

    /// True for the short national numbers (15, 3114…).
    pub fn is_short(&self) -> bool {
        self.bytes[0] != b'+'
    }

    /// A French special-rate service number (08…): it reaches a service, never a person's
    /// own line, so it cannot be the number to call someone back on.
    pub fn is_service(&self) -> bool {
        self.as_str().starts_with("+338")
    }

    /// True when the number is a French mobile, so it can receive an SMS.
    pub fn is_french_mobile(&self) -> bool {
        if self.is_short() {
            return false;
        }
        let s = self.as_str();
        if let Some(n) = s.strip_prefix("+33") {
            return n.starts_with('6') || n.starts_with('7');
        }
        [
            "+262639", "+262692", "+262693", "+590690", "+590691", "+594694", "+596696", "+596697",
        ]
        .iter()
        .any(|p| s.starts_with(p))
    }

    /// The way a French person reads it: `01 23 45 67 89`, `3114`, or `+44 2079460958`.
    pub fn national(&self) -> String {
        let s = self.as_str();
        if self.is_short() {
            return s.to_owned();
        }
        match french_nsn(s) {
            Some(nsn) => {
                let ten = format!("0{nsn}");
                let mut out = String::with_capacity(14);
                for (i, ch) in ten.chars().enumerate() {
                    if i > 0 && i % 2 == 0 {
                        out.push(' ');
                    }
                    out.push(ch);
                }
                out
            }
            None => s.to_owned(),
        }
    }

    /// RFC 3966 `tel:` URI for a dial button.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.as_str())
    }

    /// `sms:` URI (RFC 5724) with an optional body, for an SMS button.
    pub fn sms_uri(&self, body: Option<&str>) -> String {
        match body {
            Some(body) => format!("sms:{}?body={}", self.as_str(), percent_encode(body)),
            None => format!("sms:{}", self.as_str()),
        }
    }
}

/// The nine-digit national significant number for French (and overseas) E.164 numbers.
fn french_nsn(e164: &str) -> Option<&str> {
    let digits = e164.strip_prefix('+')?;
    FRENCH_CODES.iter().find_map(|code| {
        let nsn = digits.strip_prefix(code)?;
        (nsn.len() == 9).then_some(nsn)
    })
}

/// Minimal percent-encoding for URI query values (RFC 3986 unreserved kept as is).
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.national())
    }
}

impl std::str::FromStr for Phone {
    type Err = PhoneError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Phone::parse(s)
    }
}

impl TryFrom<String> for Phone {
    type Error = PhoneError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Phone::parse(&value)
    }
}

impl From<Phone> for String {
    fn from(p: Phone) -> String {
        p.as_str().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_in_every_script_people_type() {
        for typed in [
            "٠٦ ٣٩ ٩٨ ٠٠ ١٢",                 // Arabic-Indic (Arabic keyboards)
            "۰۶ ۳۹ ۹۸ ۰۰ ۱۲",                 // Extended Arabic-Indic (Dari, Pashto, Persian)
            "０６３９９８００１２",           // full-width
            "\u{200f}06 39 98 00 12\u{200e}", // direction marks around a pasted number
            "+٣٣ ٦ ٣٩ ٩٨ ٠٠ ١٢",
            "＋33 6 39 98 00 12",
            "००३३ ६३९९८००१२", // Devanagari
            "০৬৩৯৯৮০০১২",     // Bengali
        ] {
            assert_eq!(
                Phone::parse(typed).map(|p| p.national()),
                Ok("06 39 98 00 12".to_owned()),
                "{typed}"
            );
        }
        assert_eq!(
            Phone::parse("۰۱ ۹۹ ۰۰ ۱۰ ۰۱").unwrap().as_str(),
            "+33199001001"
        );
    }

    #[test]
    fn numbers_that_cannot_exist_say_why() {
        for (typed, why) in [
            ("06 39 98 00 1", PhoneError::WrongLength { digits: 9 }),
            ("٠٦ ٣٩ ٩٨ ٠٠ ١٢ ٣", PhoneError::WrongLength { digits: 11 }),
            ("00 39", PhoneError::BadInternationalLength { digits: 2 }),
            ("+33 0 39 98 00 12", PhoneError::BadFrenchPrefix),
            ("0033 039 98 00 12", PhoneError::BadFrenchPrefix),
            (
                "639980012",
                PhoneError::MissingLeadingZero("639980012".into()),
            ),
            ("+12", PhoneError::BadInternationalLength { digits: 2 }),
            ("12", PhoneError::UnknownShortNumber("12".into())),
            (
                "06 39 x8 00 12",
                PhoneError::InvalidCharacter {
                    ch: 'x',
                    position: 6,
                },
            ),
        ] {
            assert_eq!(Phone::parse(typed), Err(why), "{typed}");
        }
        assert!(Phone::parse("08 00 13 00 00").unwrap().is_service());
        assert!(!Phone::parse("06 39 98 00 12").unwrap().is_service());
    }

    #[test]
    fn accepts_the_ways_people_write_french_numbers() {
        let table = [
            ("01 23 45 67 89", "+33123456789"),
            ("0123456789", "+33123456789"),
            ("01.23.45.67.89", "+33123456789"),
            ("01-23-45-67-89", "+33123456789"),
            ("+33 1 23 45 67 89", "+33123456789"),
            ("+33 (0)1 23 45 67 89", "+33123456789"),
            ("+33 01 23 45 67 89", "+33123456789"),
            ("0033 1 23 45 67 89", "+33123456789"),
            ("  06 12 34 56 78 ", "+33612345678"),
            ("07\u{a0}12\u{a0}34\u{a0}56\u{a0}78", "+33712345678"),
            ("0800 00 31 14", "+33800003114"),
            ("02 62 12 34 56", "+262262123456"),
            ("0692 12 34 56", "+262692123456"),
            ("0269 61 00 00", "+262269610000"),
            ("0590 12 34 56", "+590590123456"),
            ("0694 12 34 56", "+594694123456"),
            ("0596 12 34 56", "+596596123456"),
            ("+262 692 12 34 56", "+262692123456"),
            ("+44 20 7946 0958", "+442079460958"),
            ("+216 20 123 456", "+21620123456"),
        ];
        for (input, e164) in table {
            let phone = Phone::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(phone.as_str(), e164, "{input}");
        }
    }

    #[test]
    fn short_numbers_are_dialled_as_is() {
        for n in [
            "15", "17", "18", "112", "114", "115", "119", "3114", "3919", "116117",
        ] {
            let p = Phone::parse(n).unwrap();
            assert!(p.is_short());
            assert_eq!(p.as_str(), n);
            assert_eq!(p.national(), n);
            assert_eq!(p.tel_uri(), format!("tel:{n}"));
        }
    }

    #[test]
    fn malformed_numbers_say_what_is_wrong() {
        assert_eq!(Phone::parse(""), Err(PhoneError::Empty));
        assert_eq!(Phone::parse(" - "), Err(PhoneError::Empty));
        assert_eq!(
            Phone::parse("01 23 45 67 8x"),
            Err(PhoneError::InvalidCharacter {
                ch: 'x',
                position: 13
            })
        );
        assert_eq!(
            Phone::parse("01 23 45 67"),
            Err(PhoneError::WrongLength { digits: 8 })
        );
        assert_eq!(
            Phone::parse("01 23 45 67 89 0"),
            Err(PhoneError::WrongLength { digits: 11 })
        );
        assert_eq!(
            Phone::parse("00 00 12 34 56"),
            Err(PhoneError::BadInternationalLength { digits: 8 })
        );
        assert_eq!(
            Phone::parse("+33 0 0123 4567"),
            Err(PhoneError::BadFrenchPrefix)
        );
        assert_eq!(
            Phone::parse("+1 23"),
            Err(PhoneError::BadInternationalLength { digits: 3 })
        );
        assert_eq!(
            Phone::parse("4242"),
            Err(PhoneError::UnknownShortNumber("4242".into()))
        );
        assert_eq!(
            Phone::parse("612345678"),
            Err(PhoneError::MissingLeadingZero("612345678".into()))
        );
        assert!(matches!(
            Phone::parse("+33+1"),
            Err(PhoneError::InvalidCharacter { .. })
        ));
        assert!(matches!(
            Phone::parse("☎ 0123456789"),
            Err(PhoneError::InvalidCharacter { .. })
        ));
    }

    /// Found by the `phone` fuzz target: "+262 208003399" was kept, and its national display
    /// "02 08 00 33 99" is a Paris number.
    #[test]
    fn an_overseas_code_takes_only_its_own_ranges() {
        for bad in [
            "+262 208003399",
            "+590 123456789",
            "+596 692123456",
            "+594 590123456",
        ] {
            assert_eq!(Phone::parse(bad), Err(PhoneError::BadFrenchPrefix), "{bad}");
        }
        for good in [
            "+262 692 12 34 56",
            "+262 639 00 00 00",
            "+590 690 12 34 56",
            "+596 596 12 34 56",
        ] {
            let p = Phone::parse(good).unwrap();
            assert_eq!(Phone::parse(&p.national()), Ok(p), "{good}");
        }
    }

    #[test]
    fn national_display_and_uris() {
        let p = Phone::parse("+33612345678").unwrap();
        assert_eq!(p.national(), "06 12 34 56 78");
        assert_eq!(p.to_string(), "06 12 34 56 78");
        assert_eq!(p.tel_uri(), "tel:+33612345678");
        assert!(p.is_french_mobile());
        assert_eq!(
            p.sms_uri(Some("RDV lundi 9h")),
            "sms:+33612345678?body=RDV%20lundi%209h"
        );
        let reunion = Phone::parse("+262 262 12 34 56").unwrap();
        assert_eq!(reunion.national(), "02 62 12 34 56");
        assert!(!reunion.is_french_mobile());
        assert!(Phone::parse("0692123456").unwrap().is_french_mobile());
        let uk = Phone::parse("+442079460958").unwrap();
        assert_eq!(uk.national(), "+442079460958");
        assert!(!Phone::parse("0123456789").unwrap().is_french_mobile());
    }

    #[test]
    fn serde_round_trip_and_rejects_bad_values() {
        let p = Phone::parse("01 99 00 12 34").unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, "\"+33199001234\"");
        assert_eq!(serde_json::from_str::<Phone>(&json).unwrap(), p);
        assert!(serde_json::from_str::<Phone>("\"12\"").is_err());
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics_and_output_reparses(s in "\\PC{0,24}") {
            if let Ok(p) = Phone::parse(&s) {
                proptest::prop_assert_eq!(Phone::parse(p.as_str()), Ok(p));
                proptest::prop_assert_eq!(Phone::parse(&p.national()), Ok(p));
            }
        }

        #[test]
        fn every_ten_digit_national_number_round_trips(n in 100_000_000u32..1_000_000_000) {
            let national = format!("0{n}");
            let p = Phone::parse(&national).unwrap();
            proptest::prop_assert_eq!(p.national().replace(' ', ""), national);
        }
    }
}
