//! Import of the FINESS open extract (`etalab-cs1100507-stock-*.csv`, data.gouv.fr).
//!
//! The file is semicolon-separated, historically Windows-1252, with a first line describing
//! the extract, then `structureet` lines (32 columns) and `geolocalisation` lines. Only the
//! psychiatry-related categories are kept; FINESS carries no opening hours and no
//! sectorisation, which come from the sector files and data·inclusion.

use super::source::{DirectoryBuilder, ImportIssue};
use super::{Address, AgeRange, Dept, Insee, Postcode, Structure, StructureKind};
use crate::contact::Phone;
use std::borrow::Cow;

/// FINESS categories (`categetab`, nomenclature TRE_R66) we keep, and what they become.
pub const PSYCHIATRY_CATEGORIES: &[(&str, &str)] = &[
    ("156", "Centre Médico-Psychologique (C.M.P.)"),
    ("189", "Centre Médico-Psycho-Pédagogique (C.M.P.P.)"),
    (
        "425",
        "Centre d'Accueil Thérapeutique à temps partiel (C.A.T.T.P.)",
    ),
    (
        "292",
        "Centre Hospitalier Spécialisé lutte Maladies Mentales",
    ),
    ("161", "Maison de Santé pour Maladies Mentales"),
    ("430", "Centre Postcure Malades Mentaux"),
    ("412", "Appartement Thérapeutique"),
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
    pub issues: Vec<ImportIssue>,
}

/// Reads the extract into the builder. Bad lines are reported with their line number and the
/// rest is imported.
pub fn import(bytes: &[u8], builder: &mut DirectoryBuilder) -> FinessReport {
    let text: Cow<'_, str> = match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0,
    };
    let mut report = FinessReport::default();
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
            // The first line describes the extract; geolocation lines are not used yet.
            Some("geolocalisation") => continue,
            _ if line == 1 => continue,
            Some(other) => {
                report
                    .issues
                    .push(ImportIssue::new(at, format!("unknown section '{other}'")));
                continue;
            }
            None => continue,
        }
        if record.len() < col::COUNT {
            report.issues.push(ImportIssue::new(
                at,
                format!("{} columns instead of {}", record.len(), col::COUNT),
            ));
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let category = field(col::CATEGETAB);
        if !PSYCHIATRY_CATEGORIES.iter().any(|(c, _)| *c == category) {
            report.other_categories += 1;
            continue;
        }
        match structure_from(&field) {
            Ok(s) => match builder.add_structure(s) {
                Ok(_) => report.imported += 1,
                Err(e) => report.issues.push(ImportIssue::new(at, e.reason)),
            },
            Err(reason) => report.issues.push(ImportIssue::new(at, reason)),
        }
    }
    report
}

fn structure_from<'a>(field: &dyn Fn(usize) -> &'a str) -> Result<Structure, String> {
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
    let kind = match field(col::CATEGETAB) {
        "156" if is_child_team(name) => StructureKind::CmpIj,
        "156" => StructureKind::Cmp,
        "189" => StructureKind::Cmpp,
        "425" => StructureKind::Cattp,
        _ => StructureKind::Other,
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
        },
        phone,
        hours: None,
        ages,
        entry_point: matches!(
            kind,
            StructureKind::Cmp | StructureKind::CmpIj | StructureKind::Cmpp
        ),
        languages: Vec::new(),
        contact: None,
        dept,
        serves: Vec::new(),
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
                "line 8: 12 columns instead of 32",
                "line 9: 'ABC' is not a FINESS number (9 characters)",
            ]
        );
        assert_eq!(report.imported, 5);
        assert_eq!(report.other_categories, 1);
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
            ]
        );
        let first = &dir.structures()[0];
        assert_eq!(first.address.street, "12 rue DE LA GARE");
        assert_eq!(first.address.city, "VILLERELAIS");
        assert_eq!(first.phone.as_str(), "+33199001001");
        let overseas = &dir.structures()[4];
        assert_eq!(overseas.dept.to_string(), "971");
        assert_eq!(overseas.address.commune.unwrap().to_string(), "97120");
        assert_eq!(overseas.phone.as_str(), "+33199001099");
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
        fn mangled_lines_are_reported(line in 1usize..11, field in 0usize..32, value in "\\PC{0,12}") {
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
            proptest::prop_assert!(psychiatry_or_bad >= 8, "{r:?}");
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
