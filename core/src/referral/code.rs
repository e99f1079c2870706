//! Codes a person reads aloud on the phone or copies by hand: symbols that neither look nor
//! sound alike in French (no B/D/P/T/V, no G/J, no M/N, no I/L/1, no O/0, no S/5, no Z/2, no
//! Q), in groups of three letters or three digits separated by dashes ("KRA-479").
//!
//! The copy code of a referral is five groups ("KRA-479-XEF-368-HUC", about 46 bits): it is a
//! capability (it opens the copy and can revoke it), so the desk keeps only its hash and limits
//! how fast anyone can try codes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Letters and digits that cannot be mistaken for one another, read or heard.
pub const LETTERS: &[u8] = b"ACEFHKRUXY";
pub const DIGITS: &[u8] = b"346789";

/// The number of groups of a copy code.
const COPY_GROUPS: usize = 5;

/// A referral's copy code, normalised ("KRA-479-XEF-368-HUC").
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CopyCode(String);

impl fmt::Debug for CopyCode {
    // A capability: never in logs or debug output.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CopyCode(…)")
    }
}

/// Why typed text is not a copy code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("this is not a copy code (five groups of three letters or digits)")]
pub struct NotACode;

impl CopyCode {
    /// A new random code. `None` only when the system gives no randomness.
    pub fn random() -> Option<CopyCode> {
        let mut bytes = [0u8; COPY_GROUPS * 3];
        getrandom::fill(&mut bytes).ok()?;
        let mut s = String::with_capacity(COPY_GROUPS * 4);
        for (i, b) in bytes.iter().enumerate() {
            if i > 0 && i % 3 == 0 {
                s.push('-');
            }
            let set = group_set(i / 3);
            // 256 is not a multiple of 10 or 6: the slight bias costs under a tenth of a bit.
            s.push(char::from(set[usize::from(*b) % set.len()]));
        }
        Some(CopyCode(s))
    }

    /// What a person typed or read: case, spaces and dashes do not matter.
    pub fn parse(input: &str) -> Result<CopyCode, NotACode> {
        let raw: Vec<u8> = input
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| b.to_ascii_uppercase())
            .collect();
        if raw.len() != COPY_GROUPS * 3 {
            return Err(NotACode);
        }
        let mut s = String::with_capacity(COPY_GROUPS * 4);
        for (i, b) in raw.iter().enumerate() {
            if !group_set(i / 3).contains(b) {
                return Err(NotACode);
            }
            if i > 0 && i % 3 == 0 {
                s.push('-');
            }
            s.push(char::from(*b));
        }
        Ok(CopyCode(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Letters, digits, letters…
fn group_set(group: usize) -> &'static [u8] {
    if group.is_multiple_of(2) {
        LETTERS
    } else {
        DIGITS
    }
}

impl TryFrom<String> for CopyCode {
    type Error = NotACode;
    fn try_from(s: String) -> Result<CopyCode, NotACode> {
        CopyCode::parse(&s)
    }
}

impl From<CopyCode> for String {
    fn from(c: CopyCode) -> String {
        c.0
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn codes_read_back_however_they_are_typed() {
        for _ in 0..500 {
            let c = CopyCode::random().unwrap();
            assert_eq!(c.as_str().len(), 19);
            assert_eq!(CopyCode::parse(c.as_str()), Ok(c.clone()));
            let typed = c.as_str().to_lowercase().replace('-', " ");
            assert_eq!(CopyCode::parse(&typed), Ok(c.clone()));
            assert!(
                c.as_str()
                    .bytes()
                    .all(|b| b == b'-' || LETTERS.contains(&b) || DIGITS.contains(&b))
            );
        }
        assert_eq!(format!("{:?}", CopyCode::random().unwrap()), "CopyCode(…)");
    }

    #[test]
    fn look_alikes_and_wrong_shapes_are_refused() {
        for bad in [
            "",
            "KRA-479",
            "KRA-479-XEF-368-HU",
            "KRA-479-XEF-368-HUCA",
            "KRO-479-XEF-368-HUC", // O looks like 0
            "KRA-471-XEF-368-HUC", // 1 looks like I
            "KRA-479-XEF-368-HU5", // a digit where a letter goes
            "KRA-479-XEF-36B-HUC",
        ] {
            assert_eq!(CopyCode::parse(bad), Err(NotACode), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in "\\PC{0,40}") {
            let _ = CopyCode::parse(&s);
        }
    }
}
