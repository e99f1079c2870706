//! The languages: the ones the app speaks (a catalogue each), and the ones a person may say
//! they speak. The one place a language's code, own name and writing direction are written.

/// How a language's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// A language with a catalogue in `core/i18n/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Catalogue {
    /// BCP 47 code (`fr`, `prs`).
    pub code: &'static str,
    /// Its name in itself, so that a person recognises theirs.
    pub name: &'static str,
    pub direction: Direction,
    pub(crate) source: &'static str,
}

impl Catalogue {
    /// Whether a native speaker has reviewed the catalogue (its `# reviewed:` header line).
    pub fn reviewed(&self) -> bool {
        self.source
            .lines()
            .take_while(|l| l.starts_with('#'))
            .any(|l| l.trim() == "# reviewed: yes")
    }
}

use Direction::{LeftToRight as Ltr, RightToLeft as Rtl};

/// French first (FALC, the reference), then the languages exiled people in France speak most
/// (Soliguide's list, OFPRA's top nationalities).
pub const CATALOGUES: &[Catalogue] = &[
    cat("fr", "Français", Ltr, include_str!("../../i18n/fr.ftl")),
    cat("en", "English", Ltr, include_str!("../../i18n/en.ftl")),
    cat("ar", "العربية", Rtl, include_str!("../../i18n/ar.ftl")),
    cat("prs", "دری", Rtl, include_str!("../../i18n/prs.ftl")),
    cat("ps", "پښتو", Rtl, include_str!("../../i18n/ps.ftl")),
    cat("ti", "ትግርኛ", Ltr, include_str!("../../i18n/ti.ftl")),
    cat("so", "Soomaali", Ltr, include_str!("../../i18n/so.ftl")),
    cat("uk", "Українська", Ltr, include_str!("../../i18n/uk.ftl")),
    cat("ru", "Русский", Ltr, include_str!("../../i18n/ru.ftl")),
    cat("ka", "ქართული", Ltr, include_str!("../../i18n/ka.ftl")),
    cat("ro", "Română", Ltr, include_str!("../../i18n/ro.ftl")),
    cat("es", "Español", Ltr, include_str!("../../i18n/es.ftl")),
];

const fn cat(
    code: &'static str,
    name: &'static str,
    direction: Direction,
    source: &'static str,
) -> Catalogue {
    Catalogue {
        code,
        name,
        direction,
        source,
    }
}

/// Languages a person may say they speak (and need an interpreter for), each written in
/// itself: the catalogues' languages, then others often heard at French reception desks.
pub const SPOKEN: &[(&str, &str)] = &[
    ("fr", "Français"),
    ("en", "English"),
    ("ar", "العربية"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("ti", "ትግርኛ"),
    ("so", "Soomaali"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("ka", "ქართული"),
    ("ro", "Română"),
    ("es", "Español"),
    ("pt", "Português"),
    ("tr", "Türkçe"),
    ("fa", "فارسی"),
    ("bn", "বাংলা"),
    ("ta", "தமிழ்"),
    ("ur", "اردو"),
    ("sq", "Shqip"),
    ("hy", "Հայերեն"),
    ("wo", "Wolof"),
    ("bm", "Bamanankan"),
    ("ff", "Pulaar"),
    ("ln", "Lingála"),
    ("zh", "中文"),
];

/// The catalogue for a code (`fr`, `ar`…), if the app speaks it.
pub fn catalogue(code: &str) -> Option<&'static Catalogue> {
    CATALOGUES.iter().find(|c| c.code == code)
}
