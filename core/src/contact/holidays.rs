//! French public holidays (jours fériés), by region.
//!
//! Code du travail L3133-1 lists eleven holidays; Alsace-Moselle adds Good Friday and
//! 26 December (L3134-13); each overseas department marks the abolition of slavery on its own
//! date (loi 83-550 and décret 83-1003). Easter follows the Gregorian computus.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// Where a place is, for its clock and its holidays.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    #[default]
    Metropole,
    AlsaceMoselle,
    Guadeloupe,
    Martinique,
    Guyane,
    Reunion,
    Mayotte,
}

impl Region {
    /// The region of a French département (`"75"`, `"2A"`, `"974"`…). Unknown codes get
    /// the metropolitan calendar.
    pub fn for_department(code: &str) -> Region {
        crate::directory::Dept::parse(code)
            .map(crate::directory::Dept::region)
            .unwrap_or_default()
    }

    /// The IANA time zone of the region.
    pub fn tz(self) -> chrono_tz::Tz {
        use chrono_tz::{America, Europe, Indian};
        match self {
            Region::Metropole | Region::AlsaceMoselle => Europe::Paris,
            Region::Guadeloupe => America::Guadeloupe,
            Region::Martinique => America::Martinique,
            Region::Guyane => America::Cayenne,
            Region::Reunion => Indian::Reunion,
            Region::Mayotte => Indian::Mayotte,
        }
    }
}

/// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

pub fn is_public_holiday(date: NaiveDate, region: Region) -> bool {
    let (m, d) = (date.month(), date.day());
    let fixed = matches!(
        (m, d),
        (1, 1) | (5, 1) | (5, 8) | (7, 14) | (8, 15) | (11, 1) | (11, 11) | (12, 25)
    );
    if fixed {
        return true;
    }
    let regional = match region {
        Region::Metropole => false,
        Region::AlsaceMoselle => (m, d) == (12, 26),
        Region::Guadeloupe => (m, d) == (5, 27),
        Region::Martinique => (m, d) == (5, 22),
        Region::Guyane => (m, d) == (6, 10),
        Region::Reunion => (m, d) == (12, 20),
        Region::Mayotte => (m, d) == (4, 27),
    };
    if regional {
        return true;
    }
    // Movable feasts only fall between March and June.
    if !(3..=6).contains(&m) {
        return false;
    }
    let Some(easter) = easter(date.year()) else {
        return false;
    };
    let offset = (date - easter).num_days();
    // Easter Monday, Ascension, Whit Monday; Good Friday in Alsace-Moselle.
    matches!(offset, 1 | 39 | 50) || (region == Region::AlsaceMoselle && offset == -2)
}

/// The holidays of a year in a region, in date order (for printed calendars and tests).
pub fn holidays_of(year: i32, region: Region) -> Vec<NaiveDate> {
    let Some(first) = NaiveDate::from_ymd_opt(year, 1, 1) else {
        return Vec::new();
    };
    (0..366)
        .map(|i| first + Duration::days(i))
        .filter(|d| d.year() == year && is_public_holiday(*d, region))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_dates() {
        for (y, m, day) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
            (2000, 4, 23),
        ] {
            assert_eq!(easter(y), Some(d(y, m, day)), "{y}");
        }
    }

    #[test]
    fn the_eleven_holidays_of_2026() {
        let got = holidays_of(2026, Region::Metropole);
        let expected = [
            d(2026, 1, 1),
            d(2026, 4, 6),
            d(2026, 5, 1),
            d(2026, 5, 8),
            d(2026, 5, 14),
            d(2026, 5, 25),
            d(2026, 7, 14),
            d(2026, 8, 15),
            d(2026, 11, 1),
            d(2026, 11, 11),
            d(2026, 12, 25),
        ];
        assert_eq!(got, expected);
        let alsace = holidays_of(2026, Region::AlsaceMoselle);
        assert_eq!(alsace.len(), 13);
        assert!(alsace.contains(&d(2026, 4, 3)) && alsace.contains(&d(2026, 12, 26)));
        assert_eq!(holidays_of(2026, Region::Mayotte).len(), 12);
    }
}
