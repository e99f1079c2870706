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
    /// The catalogue's text, zstd-compressed by build.rs.
    packed: &'static [u8],
}

/// Each catalogue's text, decompressed the first time it is needed.
static SOURCES: [OnceLock<String>; CATALOGUE_COUNT] = [const { OnceLock::new() }; CATALOGUE_COUNT];

impl Catalogue {
    /// The Fluent source. A catalogue that cannot be unpacked (it never happens: build.rs
    /// packed it and tests read every one) is empty, and its messages fall back to French.
    pub fn source(&self) -> &'static str {
        let index = CATALOGUES
            .iter()
            .position(|c| c.code == self.code)
            .unwrap_or(0);
        SOURCES[index].get_or_init(|| {
            zstd::bulk::decompress(self.packed, 1 << 20)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .unwrap_or_default()
        })
    }

    /// Whether a native speaker has reviewed the catalogue (its `# reviewed:` header line).
    pub fn reviewed(&self) -> bool {
        self.source()
            .lines()
            .take_while(|l| l.starts_with('#'))
            .any(|l| l.trim() == "# reviewed: yes")
    }
}

use Direction::{LeftToRight as Ltr, RightToLeft as Rtl};
use std::sync::OnceLock;

const CATALOGUE_COUNT: usize = 12;

/// French first (FALC, the reference), then the languages exiled people in France speak most
/// (Soliguide's list, OFPRA's top nationalities).
pub const CATALOGUES: &[Catalogue; CATALOGUE_COUNT] = &[
    cat(
        "fr",
        "Français",
        Ltr,
        include_bytes!(concat!(env!("OUT_DIR"), "/fr.ftl.zst")),
    ),
    cat(
        "en",
        "English",
        Ltr,
        include_bytes!(concat!(env!("OUT_DIR"), "/en.ftl.zst")),
    ),
    cat(
        "ar",
        "العربية",
        Rtl,
        include_bytes!(concat!(env!("OUT_DIR"), "/ar.ftl.zst")),
    ),
    cat(
        "prs",
        "دری",
        Rtl,
        include_bytes!(concat!(env!("OUT_DIR"), "/prs.ftl.zst")),
    ),
    cat(
        "ps",
        "پښتو",
        Rtl,
        include_bytes!(concat!(env!("OUT_DIR"), "/ps.ftl.zst")),
    ),
    cat(
        "ti",
        "ትግርኛ",
        Ltr,
        include_bytes!(concat!(env!("OUT_DIR"), "/ti.ftl.zst")),
    ),
    cat(
        "so",
        "Soomaali",
        Ltr,
        include_bytes!(concat!(env!("OUT_DIR"), "/so.ftl.zst")),
    ),
    cat(
        "uk",
        "Українська",
        Ltr,
        include_bytes!(concat!(env!("OUT_DIR"), "/uk.ftl.zst")),
    ),
    cat(
        "ru",
        "Русский",
        Ltr,
        include_bytes!(concat!(env!("OUT_DIR"), "/ru.ftl.zst")),
    ),
    cat(
        "ka",
        "ქართული",
        Ltr,
        include_bytes!(concat!(env!("OUT_DIR"), "/ka.ftl.zst")),
    ),
    cat(
        "ro",
        "Română",
        Ltr,
        include_bytes!(concat!(env!("OUT_DIR"), "/ro.ftl.zst")),
    ),
    cat(
        "es",
        "Español",
        Ltr,
        include_bytes!(concat!(env!("OUT_DIR"), "/es.ftl.zst")),
    ),
];

const fn cat(
    code: &'static str,
    name: &'static str,
    direction: Direction,
    packed: &'static [u8],
) -> Catalogue {
    Catalogue {
        code,
        name,
        direction,
        packed,
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
