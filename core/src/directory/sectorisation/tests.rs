//! Tests of the sectorisation import: the demo file against the JSON source, bad lines, orders
//! of the no-fixed-address rules, encodings, and hostile input.

use super::*;
use crate::directory::Directory;
use crate::directory::source::{DEMO_JSON, SourceFile};
use crate::orientation::{AgeBand, Place, Situation, orient};
use chrono::{DateTime, TimeZone, Utc};

const DEMO_CSV: &[u8] = include_bytes!("../../../../data/sectorisation/demo-96.csv");
const BAD_CSV: &[u8] = include_bytes!("../../../../data/samples/sectorisation.csv");
const TEMPLATE: &str = include_str!("../../../../data/sectorisation/modele.csv");

/// The demo's structures and communes, without any sector.
fn demo_without_sectors() -> DirectoryBuilder {
    let mut src = SourceFile::from_json(DEMO_JSON).unwrap();
    src.sectors.clear();
    src.streets.clear();
    for c in &mut src.communes {
        c.adult = None;
        c.child = None;
    }
    src.builder()
}

fn monday_10h() -> DateTime<Utc> {
    chrono_tz::Europe::Paris
        .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

const AGES: [AgeBand; 6] = [
    AgeBand::Under12,
    AgeBand::From12To15,
    AgeBand::From16To17,
    AgeBand::From18To20,
    AgeBand::From21,
    AgeBand::Unknown,
];

fn situation(age: AgeBand, place: Place) -> Situation {
    Situation {
        age,
        place,
        languages: vec![],
        interpreter_needed: false,
    }
}

/// Every place a person of the demo area can give: each commune by code, name and postcode,
/// each street rule at its ends and in between, and the no-fixed-address combinations.
fn places(d: &Directory) -> Vec<Place> {
    let mut out = Vec::new();
    for c in d.communes() {
        let mut given = vec![c.insee.to_string(), c.name.to_owned()];
        given.extend(c.postcodes.iter().map(ToString::to_string));
        for g in &given {
            out.push(Place::Address {
                commune: g.clone(),
                street: None,
            });
        }
        out.push(Place::NoFixedAddress {
            lived_3_months_in: None,
            domiciliation: Some(c.insee.to_string()),
            sleeps_or_followed_in: Some("96004".into()),
        });
    }
    for r in d.streets() {
        for n in [r.from, r.from.saturating_add(1), r.to.min(500), 77] {
            out.push(Place::Address {
                commune: r.commune.to_string(),
                street: Some(format!("{n} {}", r.name)),
            });
        }
        out.push(Place::Address {
            commune: "Villerelais".into(),
            street: Some(r.name.to_string()),
        });
    }
    out.push(Place::Unknown);
    out
}

#[test]
fn the_demo_file_gives_the_same_answers_as_the_json() {
    let json = crate::directory::source::demo().directory;
    let mut b = demo_without_sectors();
    let report = import(DEMO_CSV, &mut b);
    assert_eq!(report.issues, [], "{:#?}", report.issues);
    assert_eq!(report.notes, []);
    assert_eq!(
        (report.sectors, report.streets, report.no_address_orders),
        (7, 9, 1)
    );
    let built = b.build();
    assert_eq!(built.issues, []);
    let csv = built.directory;
    assert_eq!(csv.sectors(), json.sectors());
    let now = monday_10h();
    let mut compared = 0;
    for place in places(&json) {
        for age in AGES {
            let s = situation(age, place.clone());
            assert_eq!(orient(&s, &csv, now), orient(&s, &json, now), "{s:?}");
            compared += 1;
        }
    }
    assert!(compared > 500, "{compared}");
}

#[test]
fn bad_lines_are_reported_and_good_ones_imported() {
    let mut b = demo_without_sectors();
    let report = import(BAD_CSV, &mut b);
    let issues: Vec<String> = report.issues.iter().map(ToString::to_string).collect();
    assert_eq!(
        issues,
        [
            "ligne 6: aucune structure de l'annuaire n'a le numéro FINESS 960999999",
            "ligne 7: colonne « public » : « vieux » n'est pas « adulte » ou « enfant »",
            "ligne 8: le secteur 96G01 est déjà décrit plus haut",
            "ligne 9: colonne « secteur » vide : donnez le code du secteur (par exemple 75G01)",
            "ligne 11: 96004 Montrelais est revendiquée par deux secteurs adulte : 96G01 (ligne 10) et 96G02 ; elle reste sans secteur adulte tant que le fichier n'est pas corrigé",
            "ligne 12: le code 96004 est celui de Montrelais, pas de « Haut-Colline » : vérifiez le code INSEE",
            "ligne 13: le secteur « 96G09 » n'est décrit par aucune ligne « secteur » valable",
            "ligne 14: aucune commune n'a le code INSEE 96999",
            "ligne 15: « 9600 » n'est pas un code INSEE de commune (5 caractères, comme 75056 ou 2A004)",
            "ligne 18: aucune commune n'a le code postal 96999",
            "ligne 20: Rue de la Gare (96300) : ces numéros sont déjà dans le secteur 96G01 (ligne 19) ; ils ne peuvent pas être aussi dans 96G02",
            "ligne 22: les numéros vont du 10 au 2 : inversés ?",
            "ligne 23: colonne « cote » : « gauche » n'est pas « pair », « impair » ou vide",
            "ligne 24: colonne « voie » vide : quelle rue ?",
            "ligne 26: cette règle est déjà dans l'ordre du département 96",
            "ligne 27: colonne « nom » : « hebergement » n'est pas residence_3_mois, domiciliation ou lieu_de_vie",
            "ligne 28: colonne « departement » : « 9Z » n'est pas un code de département",
            "ligne 29: colonne « ligne » : « quartier » n'est pas secteur, commune, code_postal, voie ou sans_domicile",
        ]
    );
    assert_eq!(
        report
            .notes
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["ligne 25: département 96 : les règles non citées viennent après, dans l'ordre habituel"]
    );
    assert_eq!(report.sectors, 3);
    assert_eq!(
        report.streets, 2,
        "odd side of rue de la Gare, and its even side"
    );
    let d = b.build().directory;
    let commune = |code: &str| d.commune_by_insee(Insee::parse(code).unwrap()).unwrap();
    // The disputed commune is in no adult sector; its children's intersecteur stands.
    assert_eq!(commune("96004").adult, None);
    assert_eq!(
        commune("96004")
            .child
            .map(|s| d.sector(s).unwrap().code.clone()),
        Some("96I01".into())
    );
    // The postcode line imported the communes of 96400.
    let s = commune("96007").adult.unwrap();
    assert_eq!(d.sector(s).unwrap().code, "96G02");
    // Domiciliation first, then the rules not given, in their usual order.
    assert_eq!(
        d.no_address_order(Dept::parse("96").ok()),
        [
            NoAddressRule::Domiciliation,
            NoAddressRule::Residence3Months,
            NoAddressRule::WhereTheyLive
        ]
    );
    // A person of the disputed commune is sent to the humans who decide.
    let o = orient(
        &situation(
            AgeBand::From21,
            Place::Address {
                commune: "Montrelais".into(),
                street: None,
            },
        ),
        &d,
        monday_10h(),
    );
    assert_eq!(
        o.problem.as_ref().unwrap().key,
        "orient-problem-out-of-area"
    );
    assert_eq!(o.last().contact.phone.as_str(), "3114");
}

#[test]
fn the_order_of_the_no_fixed_address_rules_is_the_departements() {
    let csv = DEMO_CSV;
    let text = std::str::from_utf8(csv).unwrap().replace(
        "sans_domicile;;;residence_3_mois;;96;;;;;;\nsans_domicile;;;domiciliation;;96;;;;;;",
        "sans_domicile;;;domiciliation;;96;;;;;;\nsans_domicile;;;residence_3_mois;;96;;;;;;",
    );
    let person = situation(
        AgeBand::From21,
        Place::NoFixedAddress {
            lived_3_months_in: Some("Montrelais".into()),
            domiciliation: Some("Les Étangs".into()),
            sleeps_or_followed_in: None,
        },
    );
    let mut b = demo_without_sectors();
    assert_eq!(import(csv, &mut b).issues, []);
    let usual = orient(&person, &b.build().directory, monday_10h());
    assert_eq!(
        usual.sector.as_deref(),
        Some("96G04"),
        "3 months in Montrelais"
    );
    let mut b = demo_without_sectors();
    assert_eq!(import(text.as_bytes(), &mut b).issues, []);
    let d = b.build().directory;
    let changed = orient(&person, &d, monday_10h());
    assert_eq!(
        changed.sector.as_deref(),
        Some("96G05"),
        "domiciliation first"
    );
    // The order survives the bundle.
    let back =
        crate::directory::bundle::decode(&crate::directory::bundle::encode(&d).unwrap()).unwrap();
    assert_eq!(orient(&person, &back, monday_10h()), changed);
}

#[test]
fn windows_1252_a_byte_order_mark_and_reordered_columns_are_read() {
    let text = "\u{feff}finess;ligne;public;secteur;nom;departement;insee;code_postal;voie;du;au;cote;remarque\n\
                960000128;secteur;adulte;96G05;Secteur des Étangs;;;;;;;;à revoir\n\
                ;commune;;96G05;Les Étangs;;96007;;;;;;\n";
    let mut b = demo_without_sectors();
    let report = import(text.as_bytes(), &mut b);
    assert_eq!(report.issues, []);
    assert_eq!((report.sectors, report.communes), (1, 1));
    let latin1 = encoding_rs::WINDOWS_1252
        .encode(text.trim_start_matches('\u{feff}'))
        .0;
    let mut b = demo_without_sectors();
    let report = import(&latin1, &mut b);
    assert_eq!(report.issues, []);
    assert_eq!(b.sector(0).unwrap().name, "Secteur des Étangs");
    let mut b = demo_without_sectors();
    let report = import(b"ligne;secteur\nsecteur;96G01\n", &mut b);
    assert_eq!(
        report.issues[0].to_string(),
        "ligne 1: la première ligne doit nommer les colonnes ; il manque : public, nom, finess, departement, insee, code_postal, voie, du, au, cote"
    );
}

#[test]
fn the_template_names_every_column_and_former_codes_are_noted() {
    let header = TEMPLATE.lines().find(|l| !l.starts_with('#')).unwrap();
    assert_eq!(header.split(';').collect::<Vec<_>>(), COLUMNS);
    let mut b = demo_without_sectors();
    b.add_old_code(
        Insee::parse("96099").unwrap(),
        Insee::parse("96004").unwrap(),
    );
    let text = "ligne;secteur;public;nom;finess;departement;insee;code_postal;voie;du;au;cote\n\
                secteur;96G04;adulte;Collines;960000102;;;;;;;\n\
                commune;96G04;;;;;96099;;;;;\n";
    let report = import(text.as_bytes(), &mut b);
    assert_eq!(report.issues, []);
    assert_eq!(
        report.notes[0].to_string(),
        "ligne 3: 96099 est un ancien code : la commune est aujourd'hui 96004 Montrelais"
    );
    assert_eq!(
        b.commune_sector(Insee::parse("96004").unwrap(), SectorKind::Adult),
        Some(0)
    );
}

proptest::proptest! {
    /// Any bytes: a report, never a panic.
    #[test]
    fn any_bytes_give_a_report(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..1024)) {
        let mut b = demo_without_sectors();
        let _ = import(&bytes, &mut b);
    }

    /// The demo file with one field mangled: every line is imported or reported, and the
    /// directory still orients everyone to a human.
    #[test]
    fn mangled_demo_lines_are_reported(line in 4usize..45, field in 0usize..12, value in "\\PC{0,10}") {
        let text = std::str::from_utf8(DEMO_CSV).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        if line < lines.len() && !lines[line].starts_with('#') {
            let mut fields: Vec<String> = lines[line].split(';').map(str::to_owned).collect();
            if field < fields.len() {
                fields[field] = value.replace(['\n', '\r', ';', '"'], "");
            }
            lines[line] = fields.join(";");
        }
        let mut b = demo_without_sectors();
        let _ = import(lines.join("\n").as_bytes(), &mut b);
        let d = b.build().directory;
        let o = orient(&situation(AgeBand::From21, Place::Address { commune: "96004".into(), street: None }), &d, monday_10h());
        proptest::prop_assert_eq!(o.last().contact.phone.as_str(), "3114");
    }
}
