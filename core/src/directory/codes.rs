//! The codes of French geography: INSEE commune codes, postcodes, départements.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An INSEE commune code (code officiel géographique): `75056`, `2A004`, `97411`.
/// Stored as a number so sorted lookups are cheap: Corsica's `2A`/`2B` become 100/101.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Insee(u32);

/// A five-digit postcode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(u32);

/// A département code: `01`…`95`, `2A`, `2B`, `971`…`976`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Dept(u16);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("'{0}' is not an INSEE commune code (5 characters, such as 75056 or 2A004)")]
    Insee(String),
    #[error("'{0}' is not a postcode (5 digits)")]
    Postcode(String),
    #[error("'{0}' is not a département code (01 to 95, 2A, 2B, 971 to 976)")]
    Dept(String),
}

fn digits(s: &str) -> Option<u32> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl Insee {
    pub fn parse(s: &str) -> Result<Insee, CodeError> {
        let s = s.trim();
        let err = || CodeError::Insee(s.to_owned());
        if s.len() != 5 || !s.is_ascii() {
            return Err(err());
        }
        let (head, tail) = s.split_at(2);
        let head = match head {
            "2A" | "2a" => 100,
            "2B" | "2b" => 101,
            h => digits(h).ok_or_else(err)?,
        };
        let tail = digits(tail).ok_or_else(err)?;
        Ok(Insee(head * 1000 + tail))
    }

    pub fn as_u32(self) -> u32 {
        self.0
    }

    pub fn from_u32(v: u32) -> Option<Insee> {
        (v < 102_000).then_some(Insee(v))
    }

    pub fn dept(self) -> Dept {
        let head = self.0 / 1000;
        match head {
            97 | 98 => Dept((self.0 / 100) as u16),
            100 => Dept(200),
            101 => Dept(201),
            h => Dept(h as u16),
        }
    }
}

impl fmt::Display for Insee {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (head, tail) = (self.0 / 1000, self.0 % 1000);
        match head {
            100 => write!(f, "2A{tail:03}"),
            101 => write!(f, "2B{tail:03}"),
            h => write!(f, "{h:02}{tail:03}"),
        }
    }
}

impl Postcode {
    pub fn parse(s: &str) -> Result<Postcode, CodeError> {
        let s = s.trim();
        match (s.len(), digits(s)) {
            (5, Some(v)) => Ok(Postcode(v)),
            _ => Err(CodeError::Postcode(s.to_owned())),
        }
    }

    pub fn as_u32(self) -> u32 {
        self.0
    }

    pub fn from_u32(v: u32) -> Option<Postcode> {
        (v < 100_000).then_some(Postcode(v))
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:05}", self.0)
    }
}

impl Dept {
    pub fn parse(s: &str) -> Result<Dept, CodeError> {
        let s = s.trim();
        let v = match s {
            "2A" | "2a" => 200,
            "2B" | "2b" => 201,
            _ => match (s.len(), digits(s)) {
                (2, Some(v)) if (1..=99).contains(&v) => v as u16,
                (3, Some(v)) if (971..=989).contains(&v) => v as u16,
                _ => return Err(CodeError::Dept(s.to_owned())),
            },
        };
        Ok(Dept(v))
    }

    pub fn as_u16(self) -> u16 {
        self.0
    }

    pub fn from_u16(v: u16) -> Option<Dept> {
        matches!(v, 1..=99 | 200 | 201 | 971..=989).then_some(Dept(v))
    }

    /// The clock and holidays of the département.
    pub fn region(self) -> crate::contact::Region {
        use crate::contact::Region;
        match self.0 {
            971 => Region::Guadeloupe,
            972 => Region::Martinique,
            973 => Region::Guyane,
            974 => Region::Reunion,
            976 => Region::Mayotte,
            57 | 67 | 68 => Region::AlsaceMoselle,
            _ => Region::Metropole,
        }
    }
}

impl fmt::Display for Dept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            200 => f.write_str("2A"),
            201 => f.write_str("2B"),
            v if v >= 100 => write!(f, "{v}"),
            v => write!(f, "{v:02}"),
        }
    }
}

macro_rules! string_serde {
    ($t:ty) => {
        impl TryFrom<String> for $t {
            type Error = CodeError;
            fn try_from(s: String) -> Result<Self, CodeError> {
                <$t>::parse(&s)
            }
        }
        impl From<$t> for String {
            fn from(v: $t) -> String {
                v.to_string()
            }
        }
    };
}
string_serde!(Insee);
string_serde!(Postcode);
string_serde!(Dept);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insee_codes_round_trip() {
        use crate::contact::Region;
        for (code, region) in [
            ("57", Region::AlsaceMoselle),
            ("67", Region::AlsaceMoselle),
            ("68", Region::AlsaceMoselle),
            ("75", Region::Metropole),
            ("971", Region::Guadeloupe),
            ("972", Region::Martinique),
            ("973", Region::Guyane),
            ("974", Region::Reunion),
            ("976", Region::Mayotte),
            ("2A", Region::Metropole),
        ] {
            let d = Dept::parse(code).unwrap();
            assert_eq!(d.region(), region, "{code}");
            assert_eq!(Region::for_department(code), region, "{code}");
        }
        for (code, dept) in [
            ("75056", "75"),
            ("2A004", "2A"),
            ("2B033", "2B"),
            ("97411", "974"),
            ("01001", "01"),
            ("96100", "96"),
        ] {
            let i = Insee::parse(code).unwrap();
            assert_eq!(i.to_string(), code);
            assert_eq!(i.dept().to_string(), dept);
            assert_eq!(Dept::parse(dept).unwrap(), i.dept());
        }
        assert!(Insee::parse("7505").is_err());
        assert!(Insee::parse("2C004").is_err());
        assert!(Insee::parse("75 56").is_err());
        assert!(Insee::parse("é5056").is_err());
        assert!(Postcode::parse("1000").is_err());
        assert_eq!(Postcode::parse("01000").unwrap().to_string(), "01000");
        assert!(Dept::parse("00").is_err());
        assert!(Dept::parse("970").is_err());
    }
}
