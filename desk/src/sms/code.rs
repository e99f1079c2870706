//! The short code a person can read to reception on the phone ("KRA-479"): three letters and
//! three digits, drawn from symbols that neither look nor sound alike in French (no B/D/P/T/V,
//! no G/J, no M/N, no I/L/1, no O/0, no S/5, no Z/2, no Q), grouped by a dash. It is not a
//! secret and opens nothing: reception finds the request with it, then checks the name. No
//! link and no token ever goes in an SMS.

use crate::db::DbError;
use crate::sql::{Connection, OptionalExtension, params};

const LETTERS: &[u8] = b"ACEFHKRUXY";
const DIGITS: &[u8] = b"346789";

fn random_code() -> Result<String, DbError> {
    let mut b = [0u8; 6];
    getrandom::fill(&mut b).map_err(|e| DbError::Sqlite(format!("no randomness: {e}")))?;
    let mut s = String::with_capacity(7);
    for (i, x) in b.iter().enumerate() {
        if i == 3 {
            s.push('-');
        }
        let set = if i < 3 { LETTERS } else { DIGITS };
        s.push(char::from(set[usize::from(*x) % set.len()]));
    }
    Ok(s)
}

/// The request's code, made (unique) the first time a message needs it.
pub fn ensure(c: &Connection, request_id: &str) -> Result<String, DbError> {
    let existing: Option<Option<String>> = c
        .query_row(
            "SELECT person_code FROM request WHERE id = ?1",
            [request_id],
            |r| r.get(0),
        )
        .optional()?;
    match existing {
        None => Err(DbError::NotFound),
        Some(Some(code)) => Ok(code),
        Some(None) => {
            for _ in 0..32 {
                let code = random_code()?;
                let taken: bool = c.query_row(
                    "SELECT EXISTS (SELECT 1 FROM request WHERE person_code = ?1)",
                    [&code],
                    |r| r.get(0),
                )?;
                if !taken {
                    c.execute(
                        "UPDATE request SET person_code = ?2 WHERE id = ?1",
                        params![request_id, code],
                    )?;
                    return Ok(code);
                }
            }
            Err(DbError::Conflict("no free code".into()))
        }
    }
}

/// What a person or a staff member typed, as a stored code: case, spaces and dashes do not
/// matter; `None` when it cannot be a code.
pub fn normalise(input: &str) -> Option<String> {
    let raw: String = input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let b = raw.as_bytes();
    let ok = b.len() == 6
        && b[..3].iter().all(|x| LETTERS.contains(x))
        && b[3..].iter().all(|x| DIGITS.contains(x));
    ok.then(|| format!("{}-{}", &raw[..3], &raw[3..]))
}

/// The request with this code.
pub fn find(c: &Connection, input: &str) -> Result<Option<String>, DbError> {
    let Some(code) = normalise(input) else {
        return Ok(None);
    };
    Ok(c.query_row(
        "SELECT id FROM request WHERE person_code = ?1",
        [code],
        |r| r.get(0),
    )
    .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_only_unambiguous_symbols_and_read_back() {
        for _ in 0..200 {
            let c = random_code().unwrap();
            assert_eq!(c.len(), 7);
            assert_eq!(normalise(&c), Some(c.clone()));
            assert_eq!(
                normalise(&c.to_lowercase().replace('-', " ")),
                Some(c.clone())
            );
        }
        assert_eq!(normalise("kra 479"), Some("KRA-479".into()));
        assert_eq!(normalise("KRA-470"), None, "0 is never used");
        assert_eq!(normalise("KRA-47"), None);
        assert_eq!(normalise("BDP-479"), None);
    }
}
