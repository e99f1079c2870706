//! Names of places folded for comparison, as people type them: the one folding function.
//!
//! "Saint-Aubin-la-Plaine", "st aubin la plaine" and "ST-AUBIN LA PLAINE" all fold to
//! `saintaubinlaplaine`; "Paris 13e Arrondissement", "paris 13ème" and "Paris 13" to
//! `paris13…`. Folding streams bytes without allocating, so the commune picker can compare a
//! typed prefix with 37,000 names on every keystroke and stop at the first differing letter.
//!
//! Rules, applied word by word (a word is a run of letters and digits):
//! - letters lose their accents and case (`deunicode`), everything else separates words;
//! - the words `st` and `ste` mean `saint` and `sainte` (no real commune name uses them);
//! - an ordinal after a number is dropped: `1er`, `13e`, `13eme`, `2nd` become `1`, `13`, `2`.

/// Longest word kept whole; a longer run of letters is cut (no place name comes close).
const WORD_MAX: usize = 48;

/// Leading articles a person may leave out: "Havre" finds "Le Havre".
const ARTICLES: &[&[u8]] = &[b"le", b"la", b"les", b"l"];

/// Ordinal endings after a number.
const ORDINALS: &[&[u8]] = &[b"e", b"er", b"ere", b"eme", b"em", b"ieme", b"nd", b"nde"];

/// The folded bytes of a name, word after word, with the separators dropped.
#[derive(Clone, Debug)]
pub(crate) struct Fold<'a> {
    chars: std::str::Chars<'a>,
    /// What is left of the current character's transliteration.
    pending: &'static [u8],
    word: [u8; WORD_MAX],
    len: usize,
    pos: usize,
    /// A replacement for the current word (`st` → `saint`).
    replaced: Option<&'static [u8]>,
    /// Keep the last word as typed: "St" at the end of what is being typed may be the start
    /// of "Stains" as well as an abbreviation of "Saint".
    literal_last: bool,
    words: u32,
}

impl<'a> Fold<'a> {
    pub(crate) fn new(s: &'a str) -> Fold<'a> {
        Fold {
            chars: s.chars(),
            pending: &[],
            word: [0; WORD_MAX],
            len: 0,
            pos: 0,
            replaced: None,
            literal_last: false,
            words: 0,
        }
    }

    /// The same, keeping the last word literally if nothing follows it.
    pub(crate) fn typed(s: &'a str) -> Fold<'a> {
        Fold {
            literal_last: true,
            ..Fold::new(s)
        }
    }

    fn next_raw(&mut self) -> Option<u8> {
        loop {
            if let Some((b, rest)) = self.pending.split_first() {
                self.pending = rest;
                return Some(*b);
            }
            let c = self.chars.next()?;
            if c.is_ascii() {
                return Some(c as u8);
            }
            self.pending = deunicode::deunicode_char(c).unwrap_or(" ").as_bytes();
        }
    }

    /// Reads the next word into the buffer; false at the end.
    fn load(&mut self) -> bool {
        self.len = 0;
        self.pos = 0;
        self.replaced = None;
        let mut ended = true;
        while let Some(b) = self.next_raw() {
            if b.is_ascii_alphanumeric() {
                if self.len < WORD_MAX {
                    self.word[self.len] = b.to_ascii_lowercase();
                    self.len += 1;
                }
            } else if self.len > 0 {
                ended = false;
                break;
            }
        }
        if self.len == 0 {
            return false;
        }
        self.words += 1;
        let last_as_typed = self.literal_last && ended;
        let w = &self.word[..self.len];
        if !last_as_typed {
            self.replaced = match w {
                b"st" => Some(b"saint"),
                b"ste" => Some(b"sainte"),
                _ => None,
            };
        }
        let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits > 0 && digits < w.len() && ORDINALS.contains(&&w[digits..]) {
            self.len = digits;
        }
        true
    }

    fn current(&self) -> &[u8] {
        self.replaced.unwrap_or(&self.word[..self.len])
    }

    /// True when the bytes given so far end a word (or nothing was given yet).
    pub(crate) fn at_word_end(&self) -> bool {
        self.pos >= self.current().len()
    }

    /// Skips a leading article ("Le", "La", "Les", "L'"); true if there was one.
    pub(crate) fn skip_article(&mut self) -> bool {
        if self.words == 0 && self.load() && ARTICLES.contains(&self.current()) {
            self.pos = self.current().len();
            return true;
        }
        false
    }

    /// The rest of the name is exactly `word` (used to ignore a trailing "Arrondissement").
    pub(crate) fn rest_is(mut self, word: &[u8]) -> bool {
        let mut expected = word.iter();
        loop {
            match (self.next(), expected.next()) {
                (None, None) => return true,
                (Some(a), Some(b)) if a == *b => {}
                _ => return false,
            }
        }
    }
}

impl Iterator for Fold<'_> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        loop {
            if let Some(&b) = self.current().get(self.pos) {
                self.pos += 1;
                return Some(b);
            }
            if !self.load() {
                return None;
            }
        }
    }
}

/// How well a name answers what was typed, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Closeness {
    /// The whole name ("paris 13" for "Paris 13e Arrondissement" counts as whole).
    Exact,
    /// What was typed ends where a word of the name ends ("saint" for "Saint-Denis").
    Word,
    /// What was typed is the start of the name.
    Prefix,
}

/// Compares a name with a folded needle. `None` if the name does not start with it.
pub(crate) fn closeness(mut name: Fold<'_>, needle: &[u8]) -> Option<Closeness> {
    for b in needle {
        if name.next() != Some(*b) {
            return None;
        }
    }
    if !name.at_word_end() {
        return Some(Closeness::Prefix);
    }
    if name.clone().next().is_none() || name.rest_is(b"arrondissement") {
        Some(Closeness::Exact)
    } else {
        Some(Closeness::Word)
    }
}

/// The first folded byte of a name, read cheaply (no word is loaded).
fn first_byte(s: &str) -> Option<u8> {
    for c in s.chars() {
        let found = if c.is_ascii() {
            c.is_ascii_alphanumeric().then_some(c as u8)
        } else {
            deunicode::deunicode_char(c).and_then(|t| t.bytes().find(u8::is_ascii_alphanumeric))
        };
        if let Some(b) = found {
            return Some(b.to_ascii_lowercase());
        }
    }
    None
}

/// The best closeness of a name to a needle, the name taken whole or without its article.
pub(crate) fn name_closeness(name: &str, needle: &[u8]) -> Option<Closeness> {
    // Most names differ at the first letter: skip them before folding a word. Names starting
    // with "l" may start with an article, which the needle may leave out.
    let first = first_byte(name)?;
    if Some(&first) != needle.first() && first != b'l' {
        return None;
    }
    let whole = closeness(Fold::new(name), needle);
    if whole == Some(Closeness::Exact) {
        return whole;
    }
    let mut without = Fold::new(name);
    let bare = if without.skip_article() {
        closeness(without, needle)
    } else {
        None
    };
    match (whole, bare) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Folded bytes of a whole text.
pub(crate) fn fold(s: &str) -> Vec<u8> {
    Fold::new(s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> String {
        String::from_utf8(fold(s)).unwrap()
    }

    fn typed(s: &str) -> String {
        String::from_utf8(Fold::typed(s).collect()).unwrap()
    }

    #[test]
    fn folding_ignores_accents_case_separators_and_abbreviations() {
        assert_eq!(f("Saint-Aubin-la-Plaine"), "saintaubinlaplaine");
        assert_eq!(f("ST AUBIN LA PLAINE"), "saintaubinlaplaine");
        assert_eq!(f("Ste-Marie"), "saintemarie");
        assert_eq!(f("L'Île-Rousse"), "lilerousse");
        assert_eq!(f("Œuilly"), "oeuilly");
        assert_eq!(
            f("Stains"),
            "stains",
            "a word that starts with st is not Saint"
        );
        assert_eq!(f("Paris 13e Arrondissement"), "paris13arrondissement");
        assert_eq!(f("paris 13ème"), "paris13");
        assert_eq!(f("Lyon 1er"), "lyon1");
        assert_eq!(f("13e1"), "13e1", "only a final ordinal goes");
        assert_eq!(f("  - ' "), "");
    }

    #[test]
    fn the_last_typed_word_stays_as_typed() {
        assert_eq!(typed("St"), "st");
        assert_eq!(
            typed("St "),
            "saint",
            "a space after it: the word is complete"
        );
        assert_eq!(typed("st denis"), "saintdenis");
        assert_eq!(typed("Paris 13e"), "paris13");
    }

    #[test]
    fn closeness_ranks_whole_names_then_words_then_prefixes() {
        let c = |name: &str, typed: &str| name_closeness(name, &fold(typed));
        assert_eq!(c("Vanne", "vanne"), Some(Closeness::Exact));
        assert_eq!(c("Vannes", "vanne"), Some(Closeness::Prefix));
        assert_eq!(c("Saint-Denis", "saint"), Some(Closeness::Word));
        assert_eq!(
            c("Paris 13e Arrondissement", "Paris 13"),
            Some(Closeness::Exact)
        );
        assert_eq!(
            c("Paris 13e Arrondissement", "Paris 1"),
            Some(Closeness::Prefix)
        );
        assert_eq!(
            c("Paris 1er Arrondissement", "Paris 1"),
            Some(Closeness::Exact)
        );
        assert_eq!(c("Le Havre", "havre"), Some(Closeness::Exact));
        assert_eq!(c("Le Havre", "le hav"), Some(Closeness::Prefix));
        assert_eq!(
            c("Lesparre-Médoc", "sparre"),
            None,
            "Les is an article only as a word"
        );
        assert_eq!(c("Marseille", "marseile"), None, "no typo is corrected");
    }
}
