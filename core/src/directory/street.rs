//! Street names as people type them, turned into a key that matches the sector files.
//!
//! "12 bis, Av. de la République" and "avenue Republique" give the same key
//! (`avenue republique`) and the number 12. Accents, case, punctuation, articles and the usual
//! abbreviations do not matter.

use serde::{Deserialize, Serialize};

/// Which side of the street a rule covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Parity {
    #[default]
    Both,
    Odd,
    Even,
}

impl Parity {
    pub fn matches(self, number: u32) -> bool {
        match self {
            Parity::Both => true,
            Parity::Odd => number % 2 == 1,
            Parity::Even => number.is_multiple_of(2),
        }
    }
}

const ABBREVIATIONS: &[(&str, &str)] = &[
    ("r", "rue"),
    ("av", "avenue"),
    ("ave", "avenue"),
    ("bd", "boulevard"),
    ("bld", "boulevard"),
    ("boul", "boulevard"),
    ("pl", "place"),
    ("ch", "chemin"),
    ("che", "chemin"),
    ("imp", "impasse"),
    ("all", "allee"),
    ("sq", "square"),
    ("fg", "faubourg"),
    ("fbg", "faubourg"),
    ("rte", "route"),
    ("qu", "quai"),
    ("crs", "cours"),
    ("pass", "passage"),
    ("st", "saint"),
    ("ste", "sainte"),
    ("gal", "general"),
    ("mal", "marechal"),
];

const ARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux",
];
const NUMBER_SUFFIXES: &[&str] = &["bis", "ter", "quater", "b", "t"];

/// The matching key of a street name: `"Av. de la République"` → `"avenue republique"`.
pub fn street_key(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for word in ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if ARTICLES.contains(&word) {
            continue;
        }
        let word = ABBREVIATIONS
            .iter()
            .find(|(a, _)| *a == word)
            .map_or(word, |(_, full)| full);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Splits "12 bis rue X" into the number and the street key.
pub fn split_address(line: &str) -> (Option<u32>, String) {
    let trimmed = line.trim_start();
    let digits: String = trimmed.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 5 {
        return (None, street_key(line));
    }
    let rest = &trimmed[digits.len()..];
    let rest = rest.trim_start_matches([' ', ',']);
    let lower = rest.to_ascii_lowercase();
    let rest = NUMBER_SUFFIXES
        .iter()
        .find(|s| {
            lower.starts_with(*s)
                && !lower[s.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
        .map_or(rest, |s| &rest[s.len()..]);
    (digits.parse().ok(), street_key(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_accents_articles_and_abbreviations() {
        assert_eq!(street_key("Av. de la République"), "avenue republique");
        assert_eq!(street_key("AVENUE  REPUBLIQUE"), "avenue republique");
        assert_eq!(street_key("r. du Fbg St-Denis"), "rue faubourg saint denis");
        assert_eq!(street_key("Rue de l'Église"), "rue eglise");
        assert_eq!(street_key(""), "");
    }

    #[test]
    fn addresses_split_into_number_and_street() {
        assert_eq!(
            split_address("12 bis, Av. de la République"),
            (Some(12), "avenue republique".into())
        );
        assert_eq!(
            split_address("3 ter rue des Lilas"),
            (Some(3), "rue lilas".into())
        );
        assert_eq!(
            split_address("7 boulevard Bonne-Nouvelle"),
            (Some(7), "boulevard bonne nouvelle".into())
        );
        assert_eq!(split_address("rue des Lilas"), (None, "rue lilas".into()));
        assert_eq!(split_address("3 Ter"), (Some(3), "".into()));
        assert_eq!(split_address("1234567 rue"), (None, "1234567 rue".into()));
    }

    #[test]
    fn parity() {
        assert!(Parity::Odd.matches(3) && !Parity::Odd.matches(4));
        assert!(Parity::Even.matches(0) && Parity::Both.matches(7));
    }
}
