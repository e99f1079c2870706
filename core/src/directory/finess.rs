//! Import of the FINESS open extract (`etalab-cs1100507-stock-*.csv`, data.gouv.fr).
//!
//! The file is semicolon-separated, historically Windows-1252, with a first line describing
//! the extract, then `structureet` lines (32 columns; 31 before 2019) and, in the geocoded
//! extract, `geolocalisation` lines (FINESS number, x, y, source and projection, date), which
//! are joined to the structures by FINESS number. Only the psychiatry-related categories are
//! kept (see [`CATEGORIES`]); FINESS carries no opening hours and no sectorisation, which
//! come from the sector files and data·inclusion.

use super::projection::Projection;
use super::source::{DirectoryBuilder, ImportIssue};
use super::{
    Address, AgeRange, Dept, GeoPoint, Insee, Postcode, Structure, StructureId, StructureKind,
};
use crate::contact::{OpeningHours, Phone};
use std::borrow::Cow;

/// A FINESS category (`categetab`, ANS nomenclature TRE_R66) kept, and what it becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Category {
    pub code: &'static str,
    pub label: &'static str,
    pub kind: StructureKind,
    /// A new request may be sent there.
    pub entry_point: bool,
}

const fn category(
    code: &'static str,
    label: &'static str,
    kind: StructureKind,
    entry_point: bool,
) -> Category {
    Category {
        code,
        label,
        kind,
        entry_point,
    }
}

/// The categories kept. Entry points: CMP (adult or, from its name, child), CMPP, and the
/// 24/7 crisis and reception centres. Kept but never offered, so that a sector file may name
/// them: CATTP, prison services (SMPR), therapeutic flats, post-cure centres, mental-health
/// clinics and hospitals, therapeutic workshops.
pub const CATEGORIES: &[Category] = &[
    category(
        "156",
        "Centre Médico-Psychologique (C.M.P.)",
        StructureKind::Cmp,
        true,
    ),
    category(
        "189",
        "Centre Médico-Psycho-Pédagogique (C.M.P.P.)",
        StructureKind::Cmpp,
        true,
    ),
    category(
        "444",
        "Centre de Crise et d'Accueil Permanent",
        StructureKind::Reception247,
        true,
    ),
    category(
        "425",
        "Centre d'Accueil Thérapeutique à temps partiel (C.A.T.T.P.)",
        StructureKind::Cattp,
        false,
    ),
    category(
        "415",
        "Service Médico-Psychologique Régional (S.M.P.R.)",
        StructureKind::Other,
        false,
    ),
    category(
        "412",
        "Appartement Thérapeutique",
        StructureKind::Other,
        false,
    ),
    category(
        "430",
        "Centre Postcure Malades Mentaux",
        StructureKind::Other,
        false,
    ),
    category(
        "161",
        "Maison de Santé pour Maladies Mentales",
        StructureKind::Other,
        false,
    ),
    category("366", "Atelier Thérapeutique", StructureKind::Other, false),
    category(
        "292",
        "Centre Hospitalier Spécialisé lutte Maladies Mentales",
        StructureKind::Other,
        false,
    ),
];

/// Column positions in `structureet` lines.
mod col {
    pub const SECTION: usize = 0;
    pub const NOFINESSET: usize = 1;
    pub const RS: usize = 3;
    pub const RSLONGUE: usize = 4;
    pub const NUMVOIE: usize = 7;
    pub const TYPVOIE: usize = 8;
    pub const VOIE: usize = 9;
    pub const COMPVOIE: usize = 10;
    pub const COMMUNE: usize = 12;
    pub const DEPARTEMENT: usize = 13;
    pub const LIGNEACHEMINEMENT: usize = 15;
    pub const TELEPHONE: usize = 16;
    pub const CATEGETAB: usize = 18;
    pub const COUNT: usize = 32;
}

/// What an import did, besides the issues.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FinessReport {
    pub imported: usize,
    /// Lines of categories outside psychiatry (most of the file).
    pub other_categories: usize,
    /// Imported structures given a map location by a `geolocalisation` line.
    pub located: usize,
    pub issues: Vec<ImportIssue>,
}

/// Column positions in `geolocalisation` lines.
mod geo {
    pub const NOFINESSET: usize = 1;
    pub const X: usize = 2;
    pub const Y: usize = 3;
    pub const SOURCE: usize = 4;
    pub const COUNT: usize = 6;
}

/// Reads the extract into the builder. Bad lines are reported with their line number and the
/// rest is imported.
pub fn import(bytes: &[u8], builder: &mut DirectoryBuilder) -> FinessReport {
    let text: Cow<'_, str> = match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0,
    };
    let mut report = FinessReport::default();
    // FINESS number → (id in the builder, line), to join the geolocation lines.
    let mut imported: std::collections::HashMap<String, StructureId> = Default::default();
    let mut locations: Vec<(u64, Vec<String>)> = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .quoting(false)
        .from_reader(text.as_bytes());
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                report
                    .issues
                    .push(ImportIssue::new(format!("line {line}"), e.to_string()));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let at = format!("line {line}");
        match record.get(col::SECTION) {
            Some("structureet") => {}
            // Joined once every structure is read: the geocoded extract lists them after.
            Some("geolocalisation") => {
                locations.push((line, record.iter().map(str::to_owned).collect()));
                continue;
            }
            _ if line == 1 => continue,
            Some(other) => {
                report
                    .issues
                    .push(ImportIssue::new(at, format!("unknown section '{other}'")));
                continue;
            }
            None => continue,
        }
        if record.len() < col::COUNT - 1 {
            report.issues.push(ImportIssue::new(
                at,
                format!(
                    "{} columns instead of {} (or {} before 2019)",
                    record.len(),
                    col::COUNT,
                    col::COUNT - 1
                ),
            ));
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let Some(category) = CATEGORIES.iter().find(|c| c.code == field(col::CATEGETAB)) else {
            report.other_categories += 1;
            continue;
        };
        match structure_from(&field, category) {
            Ok(s) => {
                let finess = s.finess.clone().unwrap_or_default();
                match builder.add_structure(s) {
                    Ok(id) => {
                        report.imported += 1;
                        imported.insert(finess, id);
                    }
                    Err(e) => report.issues.push(ImportIssue::new(at, e.reason)),
                }
            }
            Err(reason) => report.issues.push(ImportIssue::new(at, reason)),
        }
    }
    for (line, fields) in locations {
        let field = |i: usize| fields.get(i).map_or("", |f| f.trim());
        // Most lines locate structures outside psychiatry: not ours to report.
        let Some(id) = imported.get(field(geo::NOFINESSET)).copied() else {
            continue;
        };
        let at = format!("line {line}");
        let dept = builder.structure(id).map(|s| s.dept);
        match location_from(&field, fields.len(), dept) {
            Ok(point) => {
                builder.set_location(id, point);
                report.located += 1;
            }
            Err(reason) => report.issues.push(ImportIssue::new(at, reason)),
        }
    }
    report
}

/// A `geolocalisation` line turned into a point, checked to be in the structure's area.
fn location_from<'a>(
    field: &dyn Fn(usize) -> &'a str,
    len: usize,
    dept: Option<Dept>,
) -> Result<GeoPoint, String> {
    if len < geo::COUNT {
        return Err(format!(
            "{len} columns instead of {} in a geolocation line",
            geo::COUNT
        ));
    }
    let number = |i: usize| {
        field(i)
            .replace(',', ".")
            .parse::<f64>()
            .map_err(|_| format!("'{}' is not a coordinate", field(i)))
    };
    let (x, y) = (number(geo::X)?, number(geo::Y)?);
    let projection = Projection::from_finess(field(geo::SOURCE))
        .ok_or_else(|| format!("unknown projection in '{}'", field(geo::SOURCE)))?;
    let point = projection
        .to_point(x, y)
        .ok_or("the coordinates give no point on Earth")?;
    match dept {
        Some(d) if !point.is_in(d) => Err(format!(
            "the coordinates ({:.5}, {:.5}) are not in département {d}: location left out",
            point.lat_degrees(),
            point.lon_degrees()
        )),
        _ => Ok(point),
    }
}

fn structure_from<'a>(
    field: &dyn Fn(usize) -> &'a str,
    category: &Category,
) -> Result<Structure, String> {
    let finess = field(col::NOFINESSET);
    if finess.len() != 9 || !finess.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(format!("'{finess}' is not a FINESS number (9 characters)"));
    }
    let name = if field(col::RSLONGUE).is_empty() {
        field(col::RS)
    } else {
        field(col::RSLONGUE)
    };
    if name.is_empty() {
        return Err("no name".into());
    }
    let phone_text = field(col::TELEPHONE);
    if phone_text.is_empty() {
        return Err("no phone number: a structure nobody can call is not offered".into());
    }
    let phone = Phone::parse(phone_text).map_err(|e| format!("phone '{phone_text}': {e}"))?;
    let (dept, insee) = place(field(col::DEPARTEMENT), field(col::COMMUNE))?;
    let kind = match category.kind {
        StructureKind::Cmp if is_child_team(name) => StructureKind::CmpIj,
        k => k,
    };
    let ages = match kind {
        StructureKind::CmpIj => AgeRange { min: 0, max: 17 },
        StructureKind::Cmpp => AgeRange { min: 0, max: 20 },
        StructureKind::Cmp => AgeRange { min: 16, max: 120 },
        _ => AgeRange::ALL,
    };
    let line = field(col::LIGNEACHEMINEMENT);
    let (postcode, city) = match line.split_once(' ') {
        Some((pc, city)) => (Postcode::parse(pc).ok(), city.trim().to_owned()),
        None => (None, line.to_owned()),
    };
    let street = [
        field(col::NUMVOIE),
        field(col::COMPVOIE),
        street_type(field(col::TYPVOIE)),
        field(col::VOIE),
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join(" ");
    // A crisis and permanent reception centre is open day and night by definition.
    let hours = (kind == StructureKind::Reception247)
        .then(|| OpeningHours::parse("24/7").ok())
        .flatten();
    Ok(Structure {
        key: format!("finess:{finess}").into(),
        finess: Some(finess.to_owned()),
        kind,
        name: name.into(),
        address: Address {
            street,
            postcode,
            city,
            commune: Some(insee),
            location: None,
        },
        phone,
        hours,
        ages,
        entry_point: category.entry_point,
        languages: Vec::new(),
        contact: None,
        dept,
        serves: if kind == StructureKind::Reception247 {
            vec![dept]
        } else {
            Vec::new()
        },
        desk: None,
    })
}

/// FINESS writes overseas départements as 9A…9F and the commune as three digits.
fn place(dept: &str, commune: &str) -> Result<(Dept, Insee), String> {
    let overseas = match dept {
        "9A" => Some("971"),
        "9B" => Some("972"),
        "9C" => Some("973"),
        "9D" => Some("974"),
        "9F" => Some("976"),
        _ => None,
    };
    let (dept_code, insee_text) = match overseas {
        Some(code) => (code, format!("97{commune}")),
        None => (dept, format!("{dept}{commune}")),
    };
    let d = Dept::parse(dept_code).map_err(|e| e.to_string())?;
    let insee = Insee::parse(&insee_text).map_err(|e| e.to_string())?;
    Ok((d, insee))
}

fn is_child_team(name: &str) -> bool {
    let upper = deunicode::deunicode(name).to_ascii_uppercase();
    [
        "INFANT", "ENFANT", "ADOLESC", "PEDOPSY", " IJ", "I.J", "JUVENIL",
    ]
    .iter()
    .any(|w| upper.contains(w))
}

fn street_type(code: &str) -> &str {
    match code {
        "R" => "rue",
        "AV" => "avenue",
        "BD" => "boulevard",
        "PL" => "place",
        "CHE" | "CH" => "chemin",
        "RTE" => "route",
        "ALL" => "allée",
        "IMP" => "impasse",
        "QU" | "QUAI" => "quai",
        "SQ" => "square",
        "CRS" => "cours",
        "PAS" => "passage",
        "FG" => "faubourg",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Meta;

    const SAMPLE: &[u8] = include_bytes!("../../../data/samples/finess-extract.csv");

    #[test]
    fn imports_psychiatry_and_reports_bad_lines() {
        let mut b = DirectoryBuilder::new(Meta::default());
        let report = import(SAMPLE, &mut b);
        let issues: Vec<String> = report.issues.iter().map(ToString::to_string).collect();
        assert_eq!(
            issues,
            [
                "line 6: no phone number: a structure nobody can call is not offered",
                "line 7: phone '01 23 45': a French number has 10 digits starting with 0; this one has 6",
                "line 8: 12 columns instead of 32 (or 31 before 2019)",
                "line 9: 'ABC' is not a FINESS number (9 characters)",
                "line 17: 'abc' is not a coordinate",
                "line 18: unknown projection in '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,GAUSS_LABORDE'",
                "line 19: the coordinates (16.23400, -61.52874) are not in département 96: location left out",
            ]
        );
        assert_eq!(report.imported, 7);
        assert_eq!(report.other_categories, 1);
        assert_eq!(report.located, 3);
        let dir = b.build().directory;
        let kinds: Vec<(String, StructureKind, bool)> = dir
            .structures()
            .iter()
            .map(|s| (s.name.to_string(), s.kind, s.is_entry_point()))
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    "CMP ADULTES SECTEUR 96G01 DEMO".into(),
                    StructureKind::Cmp,
                    true
                ),
                (
                    "CMP INFANTO-JUVENILE DE DEMONSTRATION".into(),
                    StructureKind::CmpIj,
                    true
                ),
                ("CMPP ASSOCIATION DEMO".into(), StructureKind::Cmpp, true),
                (
                    "CATTP LES ATELIERS DEMO".into(),
                    StructureKind::Cattp,
                    false
                ),
                ("CMP DE POINTE-DEMO".into(), StructureKind::Cmp, true),
                (
                    "CENTRE DE CRISE ET D'ACCUEIL PERMANENT DEMO".into(),
                    StructureKind::Reception247,
                    true
                ),
                (
                    "SMPR DE LA MAISON D ARRET DEMO".into(),
                    StructureKind::Other,
                    false
                ),
            ]
        );
        let first = &dir.structures()[0];
        assert_eq!(first.address.street, "12 rue DE LA GARE");
        assert_eq!(first.address.city, "VILLERELAIS");
        assert_eq!(first.phone.as_str(), "+33199001001");
        let at = |s: &Structure| s.address.location.map(|p| (p.lat, p.lon));
        assert_eq!(at(first), Some((4_885_625, 234_581)), "Lambert-93");
        let overseas = &dir.structures()[4];
        assert_eq!(overseas.dept.to_string(), "971");
        assert_eq!(overseas.address.commune.unwrap().to_string(), "97120");
        assert_eq!(overseas.phone.as_str(), "+33199001099");
        assert_eq!(at(overseas), Some((1_623_400, -6_152_874)), "UTM 20 N");
        // A crisis and permanent reception centre answers day and night, for its département.
        let cap = &dir.structures()[5];
        assert_eq!(cap.hours.as_ref().unwrap().as_str(), "24/7");
        assert_eq!(dir.receptions(cap.dept), [5]);
        assert!(
            at(&dir.structures()[6]).is_none(),
            "the SMPR's location was wrong"
        );
    }

    #[test]
    fn every_category_of_the_domain_is_known() {
        let kind = |code: &str| {
            CATEGORIES
                .iter()
                .find(|c| c.code == code)
                .map(|c| (c.kind, c.entry_point))
        };
        assert_eq!(kind("156"), Some((StructureKind::Cmp, true)));
        assert_eq!(kind("189"), Some((StructureKind::Cmpp, true)));
        assert_eq!(kind("444"), Some((StructureKind::Reception247, true)));
        assert_eq!(kind("425"), Some((StructureKind::Cattp, false)));
        for never in ["415", "412", "430", "161", "366"] {
            assert_eq!(kind(never).map(|k| k.1), Some(false), "{never}");
        }
        assert_eq!(kind("355"), None, "a general hospital is not kept");
    }

    proptest::proptest! {
        /// Any bytes: a report, never a panic (the extract comes from a download).
        #[test]
        fn any_bytes_give_a_report(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
            let mut b = DirectoryBuilder::new(Meta::default());
            let _ = import(&bytes, &mut b);
        }

        /// Real lines with fields mangled: every line is imported or reported.
        #[test]
        fn mangled_lines_are_reported(line in 1usize..13, field in 0usize..32, value in "\\PC{0,12}") {
            let text = encoding_rs::WINDOWS_1252.decode(SAMPLE).0.into_owned();
            let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
            let mut fields: Vec<String> = lines[line].split(';').map(str::to_owned).collect();
            if field < fields.len() {
                fields[field] = value.replace(['\n', '\r', ';'], "");
            }
            lines[line] = fields.join(";");
            let mut b = DirectoryBuilder::new(Meta::default());
            let r = import(lines.join("\n").as_bytes(), &mut b);
            let psychiatry_or_bad = r.imported + r.other_categories + r.issues.len();
            proptest::prop_assert!(psychiatry_or_bad >= 10, "{r:?}");
        }
    }

    #[test]
    fn windows_1252_is_decoded() {
        let line = b"structureet;960000011;960000003;CMP DEMO;CMP D\xc9MO \xc9TANGS;;;1;R;DES ROSEAUX;;;007;96;DEMO;96400 LES \xc9TANGS;0465714001;;156;CMP;;;;;;;;;;;;\n";
        let mut bytes = b"finess;etalab;95;2026-11-01\n".to_vec();
        bytes.extend_from_slice(line);
        let mut b = DirectoryBuilder::new(Meta::default());
        let report = import(&bytes, &mut b);
        assert_eq!(report.issues, []);
        assert_eq!(
            &*b.build().directory.structures()[0].name,
            "CMP DÉMO ÉTANGS"
        );
    }
}
