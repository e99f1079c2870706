//! The one list of words that must never leave in an SMS, a notification or a calendar entry,
//! and the check every outgoing text passes before it is queued.
//!
//! A phone may be shared, lent, seized or read over a shoulder: a message that says
//! "psychiatry" there is a breach (domain.md). The list covers every catalogue language the
//! project plans (fr, en, ar, prs, ps, ti, so, uk, ru, ka, ro, es) and is checked against
//! every text whatever its language, so that a French text naming "CMP" and an Arabic text
//! naming psychiatry are both caught. Stems catch inflections ("psychiatr" finds psychiatre,
//! psychiatrique); short words and abbreviations match whole words only ("cmp", "psy").
//!
//! The French and English entries were written by the team; the others were compiled from
//! dictionaries and need a native speaker's review before their catalogues ship (README).

use std::fmt;

/// How an entry matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Match {
    /// Anywhere, also inside a longer word (a stem).
    Stem,
    /// Only as a whole word (or a sequence of whole words).
    Word,
}

use Match::{Stem, Word};

/// (language, entry, how it matches). Entries are written as a person would; they are folded
/// like the texts they are compared with (case, accents, Arabic-script variants, punctuation).
const WORDS: &[(&str, &str, Match)] = &[
    // French
    ("fr", "psychiatr", Stem),
    ("fr", "psycholog", Stem),
    ("fr", "psychi", Stem),
    ("fr", "psychot", Stem),
    ("fr", "psychanaly", Stem),
    ("fr", "pédopsy", Stem),
    ("fr", "psy", Word),
    ("fr", "cmp", Word),
    ("fr", "cmpp", Word),
    ("fr", "cmpea", Word),
    ("fr", "cattp", Word),
    ("fr", "empp", Word),
    ("fr", "cpoa", Word),
    ("fr", "santé mentale", Word),
    ("fr", "mentale", Word),
    ("fr", "mental", Word),
    ("fr", "mentaux", Word),
    ("fr", "médico-psychologique", Stem),
    ("fr", "suicid", Stem),
    ("fr", "schizo", Stem),
    ("fr", "bipolaire", Stem),
    ("fr", "dépressi", Stem),
    ("fr", "hôpital", Word),
    ("fr", "hôpitaux", Word),
    ("fr", "hospitalisation", Stem),
    ("fr", "folie", Word),
    ("fr", "fou", Word),
    // English
    ("en", "psychiatr", Stem),
    ("en", "psycholog", Stem),
    ("en", "psych", Word),
    ("en", "mental health", Word),
    ("en", "mental illness", Word),
    ("en", "mental", Word),
    ("en", "hospital", Word),
    ("en", "suicid", Stem),
    ("en", "therapist", Stem),
    // Spanish
    ("es", "psiquiatr", Stem),
    ("es", "psicolog", Stem),
    ("es", "psicot", Stem),
    ("es", "psicoterap", Stem),
    ("es", "salud mental", Word),
    ("es", "hospital", Word),
    ("es", "suicid", Stem),
    // Romanian
    ("ro", "psihiatr", Stem),
    ("ro", "psiholog", Stem),
    ("ro", "psihic", Stem),
    ("ro", "psihoterap", Stem),
    ("ro", "sănătate mintală", Word),
    ("ro", "sănătății mintale", Word),
    ("ro", "mintal", Stem),
    ("ro", "spital", Word),
    // Russian
    ("ru", "психиатр", Stem),
    ("ru", "психолог", Stem),
    ("ru", "психическ", Stem),
    ("ru", "психотерап", Stem),
    ("ru", "психоневролог", Stem),
    ("ru", "пнд", Word),
    ("ru", "ментальн", Stem),
    ("ru", "душевнобольн", Stem),
    ("ru", "больниц", Stem),
    ("ru", "суицид", Stem),
    // Ukrainian
    ("uk", "психіатр", Stem),
    ("uk", "психолог", Stem),
    ("uk", "психічн", Stem),
    ("uk", "психотерап", Stem),
    ("uk", "ментальн", Stem),
    ("uk", "лікарн", Stem),
    ("uk", "суїцид", Stem),
    // Georgian
    ("ka", "ფსიქ", Stem),
    ("ka", "ფსიქიატრ", Stem),
    ("ka", "ფსიქოლოგ", Stem),
    ("ka", "ფსიქიკური ჯანმრთელობა", Stem),
    ("ka", "საავადმყოფო", Stem),
    // Arabic
    ("ar", "نفسي", Stem),
    ("ar", "نفسان", Stem),
    ("ar", "الطب النفسي", Stem),
    ("ar", "طبيب نفسي", Stem),
    ("ar", "الصحة النفسية", Stem),
    ("ar", "الصحة العقلية", Stem),
    ("ar", "عقلي", Stem),
    ("ar", "مستشفى", Stem),
    ("ar", "سيكولوج", Stem),
    ("ar", "انتحار", Stem),
    // Dari (Persian script)
    ("prs", "روانپزشک", Stem),
    ("prs", "روان پزشک", Stem),
    ("prs", "روانشناس", Stem),
    ("prs", "روان شناس", Stem),
    ("prs", "روان درمان", Stem),
    ("prs", "سلامت روان", Stem),
    ("prs", "صحت روان", Stem),
    ("prs", "روانی", Word),
    ("prs", "شفاخانه", Stem),
    ("prs", "بیمارستان", Stem),
    ("prs", "خودکشی", Stem),
    // Pashto
    ("ps", "ارواپوه", Stem),
    ("ps", "رواني", Stem),
    ("ps", "رواني روغتیا", Stem),
    ("ps", "د رواني ناروغیو", Stem),
    ("ps", "روغتون", Stem),
    ("ps", "ځان وژن", Stem),
    // Tigrinya
    ("ti", "ኣእምሮ", Stem),
    ("ti", "ስነ-ኣእምሮ", Stem),
    ("ti", "ጥዕና ኣእምሮ", Stem),
    ("ti", "ሳይካ", Stem),
    ("ti", "ሳይኮ", Stem),
    ("ti", "ሆስፒታል", Stem),
    // Somali
    ("so", "maskax", Stem),
    ("so", "caafimaadka maskaxda", Word),
    ("so", "cilmi-nafsi", Stem),
    ("so", "nafsi", Stem),
    ("so", "waalli", Stem),
    ("so", "isbitaal", Stem),
];

/// The languages the list covers; a test checks that every catalogue language is among them.
pub const COVERED: &[&str] = &[
    "fr", "en", "ar", "prs", "ps", "ti", "so", "uk", "ru", "ka", "ro", "es",
];

/// A text that names care and must not leave.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct NotNeutral {
    /// The entry of the list that matched, as written in the list.
    pub word: &'static str,
    pub lang: &'static str,
}

impl fmt::Display for NotNeutral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the text contains « {} » ({})", self.word, self.lang)
    }
}

/// Folds one character: lower case, Latin accents dropped, Arabic-script letter variants and
/// diacritics unified, Cyrillic ё as е; anything that is not a letter or a digit separates.
fn fold_char(c: char, out: &mut String) {
    match c {
        // Arabic harakat, tatweel, zero-width joiners: dropped.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200D}' => {}
        // Zero-width non-joiner (Persian half-space) separates like a space.
        '\u{200C}' => out.push(' '),
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ي' | 'ى' => out.push('ی'),
        'ك' => out.push('ک'),
        'ه' | 'ة' => out.push('ه'),
        'ё' | 'Ё' => out.push('е'),
        c if c.is_alphanumeric() => {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else if (c as u32) < 0x250 {
                // Latin letters with accents: their plain letters.
                match deunicode::deunicode_char(c) {
                    Some(s) => out.extend(s.chars().map(|c| c.to_ascii_lowercase())),
                    None => out.push(c),
                }
            } else {
                out.extend(c.to_lowercase());
            }
        }
        // Ge'ez script (Tigrinya) has no case; its word separator and hyphens separate.
        _ => out.push(' '),
    }
}

/// The folded form, with single spaces between words and one at each end, so that a whole
/// word is found as " word ".
fn fold(text: &str) -> String {
    let mut raw = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        fold_char(c, &mut raw);
    }
    let mut out = String::with_capacity(raw.len() + 2);
    out.push(' ');
    for w in raw.split_whitespace() {
        out.push_str(w);
        out.push(' ');
    }
    out
}

/// Checks a text against the whole list, whatever its language.
pub fn check(text: &str) -> Result<(), NotNeutral> {
    let folded = fold(text);
    for (lang, entry, how) in WORDS {
        let f = fold(entry);
        let core = f.trim();
        if core.is_empty() {
            continue;
        }
        let found = match how {
            Stem => folded.contains(core),
            Word => folded.contains(f.as_str()),
        };
        if found {
            return Err(NotNeutral { word: entry, lang });
        }
    }
    Ok(())
}

/// True if the text may leave.
pub fn is_neutral(text: &str) -> bool {
    check(text).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Localizer};

    #[test]
    fn finds_words_in_every_covered_language_and_spares_ordinary_texts() {
        for (text, word) in [
            ("Rendez-vous au CMP Les Tilleuls", "cmp"),
            ("Centre Médico-Psychologique", "psycholog"),
            ("votre PSYCHIATRE", "psychiatr"),
            ("Santé  mentale", "santé mentale"),
            ("1 rue de l'Hôpital", "hôpital"),
            ("mental health team", "mental"),
            ("cita de psiquiatría", "psiquiatr"),
            ("consultație psihiatrică", "psihiatr"),
            ("приём у психиатра", "психиатр"),
            ("прийом у психіатра", "психіатр"),
            ("ფსიქიატრთან ვიზიტი", "ფსიქ"),
            ("موعد مع طبيب نفسي", "نفسي"),
            ("موعد في مستشفى الأمراض العقلية", "عقلي"),
            ("نوبت روان\u{200C}پزشک", "روان پزشک"),
            ("د رواني روغتیا مرکز", "روانی"),
            ("ቆጸራ ምስ ሓኪም ስነ-ኣእምሮ", "ኣእምሮ"),
            ("ballan dhakhtarka maskaxda", "maskax"),
        ] {
            assert_eq!(check(text).map_err(|e| e.word), Err(word), "{text}");
        }
        for text in [
            "Rendez-vous lundi 30 novembre à 9 h, 4 rue de la Gare, 96300 Villerelais.",
            "Appointment Monday 30 November at 9:00. To change or cancel: 01 99 00 10 01.",
            "Accueil Les Tilleuls : votre code KRA-479.",
            "Compte, campagne, composer, cmpt",
            "Fondamental, environnemental",
            "موعد يوم الاثنين",
            "В понедельник в 9:00",
        ] {
            assert_eq!(check(text), Ok(()), "{text}");
        }
    }

    #[test]
    fn every_catalogue_language_is_covered() {
        for lang in i18n::languages() {
            assert!(COVERED.contains(&lang), "{lang} has no neutral-word list");
        }
        for lang in COVERED {
            assert!(
                WORDS.iter().any(|(l, _, _)| l == lang),
                "{lang} has no entry"
            );
        }
    }

    /// Every message that leaves (SMS, notification, calendar), in every language the
    /// catalogues know, rendered with ordinary arguments, passes the check. Languages added
    /// to `i18n::CATALOGUES` later are checked without touching this test.
    #[test]
    fn every_outgoing_catalogue_text_in_every_language_is_neutral() {
        let mut checked = 0;
        for lang in i18n::languages() {
            let loc = Localizer::new(&crate::contact::Lang::parse(lang).unwrap());
            assert_eq!(loc.lang(), lang);
            for key in i18n::outgoing_keys(lang) {
                let text = loc.render_sample(key);
                assert!(
                    !text.contains("{$"),
                    "{lang}/{key} misses an argument: {text}"
                );
                if let Err(e) = check(&text) {
                    panic!("{lang}/{key} is not neutral ({e}): {text}");
                }
                checked += 1;
            }
        }
        assert!(checked >= 2 * 8, "only {checked} texts checked");
    }
}
