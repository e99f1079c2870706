//! Tests over the real national commune base (built by `data/communes/build.sh`): the commune
//! picker on inputs people really type, and orientation reaching a human from every commune.
//!
//! Without the base file these tests say so and pass, unless `RELAIS_REQUIRE_COMMUNES` is set
//! (`scripts/test.sh` sets it and builds the base, so CI always runs them).
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, TimeZone, Utc};
use relais_core::directory::geography::CommuneBase;
use relais_core::directory::{Closeness, Directory, Insee, StructureKind, bundle, synth};
use relais_core::orientation::{AgeBand, Place, RouteKind, Situation, orient};
use std::io::Write as _;
use std::sync::OnceLock;

fn base() -> Option<&'static CommuneBase> {
    static BASE: OnceLock<Option<CommuneBase>> = OnceLock::new();
    BASE.get_or_init(|| {
        let path = CommuneBase::default_path();
        match std::fs::read_to_string(&path) {
            Ok(text) => Some(CommuneBase::from_tsv(&text).unwrap()),
            Err(e) if std::env::var_os("RELAIS_REQUIRE_COMMUNES").is_some() => panic!(
                "RELAIS_REQUIRE_COMMUNES is set but the commune base {} cannot be read ({e}): run `bash data/communes/build.sh`",
                path.display()
            ),
            Err(_) => {
                // Written to stderr directly: the test harness would swallow `eprintln!`.
                let _ = writeln!(
                    std::io::stderr(),
                    "SKIPPED (tests over the real communes): no commune base at {}; run `bash data/communes/build.sh`",
                    path.display()
                );
                None
            }
        }
    })
    .as_ref()
}

fn national() -> Option<&'static Directory> {
    static DIR: OnceLock<Option<Directory>> = OnceLock::new();
    DIR.get_or_init(|| base().map(|b| synth::over_base(b, synth::SynthConfig::default())))
        .as_ref()
}

fn monday_10h() -> DateTime<Utc> {
    chrono_tz::Europe::Paris
        .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn the_base_is_the_real_geography() {
    let Some(base) = base() else { return };
    let arr = base.communes.iter().filter(|c| c.city.is_some()).count();
    assert_eq!(arr, 45, "20 in Paris, 9 in Lyon, 16 in Marseille");
    assert_eq!(base.communes.len() - arr, 34_875);
    for (code, name) in [
        ("75056", "Paris"),
        ("13055", "Marseille"),
        ("69123", "Lyon"),
        ("2A004", "Ajaccio"),
        ("97411", "Saint-Denis"),
        ("97611", "Mamoudzou"),
    ] {
        assert_eq!(base.get(Insee::parse(code).unwrap()).unwrap().name, name);
    }
}

/// What a person types, and the commune (INSEE code) that must come first, or `None` when
/// nothing may be found: a typo must never be "corrected" into another commune.
const PICKER: &[(&str, Option<&str>)] = &[
    // Accents, case, hyphens, spaces, apostrophes.
    ("beziers", Some("34032")),
    ("BEZIERS", Some("34032")),
    ("chalons en champagne", Some("51108")),
    ("Chalons-en-Champagne", Some("51108")),
    ("lhay les roses", Some("94038")),
    ("l'hay-les-roses", Some("94038")),
    // Two villages named Œuilly (Aisne, Marne): villages are equals, code order.
    ("oeuilly", Some("02565")),
    // Saint / Sainte abbreviated; a word beginning with "St" is not Saint.
    ("st etienne", Some("42218")),
    ("St-Étienne", Some("42218")),
    ("ste maxime", Some("83115")),
    ("St Martin d'Heres", Some("38421")),
    ("Stains", Some("93072")),
    ("Str", Some("67482")),
    // The article may be left out.
    ("havre", Some("76351")),
    ("le havre", Some("76351")),
    ("rochelle", Some("17300")),
    // A whole name before a longer one; the larger commune among equals.
    ("vanne", Some("70520")),
    ("vannes", Some("56260")),
    ("paris", Some("75056")),
    // Saint-Denis (93) and Saint-Denis (974) are both about 150,000 inhabitants: same size
    // class, so code order.
    ("saint-denis", Some("93066")),
    ("saint denis reunion", None),
    // Arrondissements.
    ("Paris 13", Some("75113")),
    ("paris 13e", Some("75113")),
    ("PARIS 13EME", Some("75113")),
    ("Paris 13ème arrondissement", Some("75113")),
    ("paris 1", Some("75101")),
    ("Paris 1er", Some("75101")),
    ("Marseille 3e", Some("13203")),
    ("marseille 13", Some("13213")),
    ("Lyon 1er", Some("69381")),
    ("lyon 9", Some("69389")),
    // Postcodes, alone or with the name.
    ("75013", Some("75113")),
    ("75116", Some("75116")),
    ("69001", Some("69381")),
    ("13003", Some("13203")),
    ("97400", Some("97411")),
    ("20000", Some("2A004")),
    ("75013 Paris", Some("75113")),
    ("Saint-Denis 93200", Some("93066")),
    ("93200 st denis", Some("93066")),
    // Former names of merged communes.
    ("Bellegarde-sur-Valserine", Some("01033")),
    ("bellegarde sur valserine", Some("01033")),
    ("Cherbourg-Octeville", Some("50129")),
    ("Annecy-le-Vieux", Some("74010")),
    // Typos: nothing, rather than another commune.
    ("Marseile", None),
    ("Bordaux", None),
    ("Pariss", None),
    ("Tolouse", None),
    ("Lyon 10", None),
    ("Paris 21", None),
    ("Marseille 17e", None),
    ("13055", None),
    ("99999", None),
    ("75013 Lyon", None),
    ("", None),
    ("   ", None),
];

#[test]
fn the_picker_finds_communes_as_people_type_them() {
    let Some(dir) = national() else { return };
    let mut wrong = Vec::new();
    for (typed, expected) in PICKER {
        let found = dir.search_communes(typed, 10);
        let first = found.first().map(|m| m.commune.insee.to_string());
        let ok = match expected {
            Some(code) => first.as_deref() == Some(*code),
            None => found.is_empty(),
        };
        if !ok {
            let names: Vec<String> = found
                .iter()
                .take(4)
                .map(|m| format!("{} {}", m.commune.insee, m.commune.name))
                .collect();
            wrong.push(format!("{typed:?}: expected {expected:?}, found {names:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_picker_says_how_it_found_a_commune() {
    let Some(dir) = national() else { return };
    let m = dir.search_communes("Bellegarde-sur-Valserine", 3)[0];
    assert_eq!(m.commune.name, "Valserhône");
    assert_eq!(m.old_name, Some("Bellegarde-sur-Valserine"));
    assert_eq!(m.closeness, Closeness::Exact);
    let m = dir.search_communes("75116", 3);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].postcode.unwrap().to_string(), "75116");
    // "St" may be the start of Stains or Saint: the Saints come first, Str finds Strasbourg.
    // ("Le Saint", a commune of Morbihan, is the whole name "Saint" once its article is left.)
    let st = dir.search_communes("St", 10);
    assert!(
        st.iter().all(|m| m.commune.name.contains("Saint")),
        "{:?}",
        st.iter()
            .map(|m| (m.commune.name, m.old_name))
            .collect::<Vec<_>>()
    );
    // Typing on: every answer starts with what was typed (article aside), whole names first.
    let plain = |s: &str| -> String {
        deunicode::deunicode(s)
            .to_lowercase()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect()
    };
    for typed in ["b", "be", "bez", "bezi", "bezie", "bezier", "beziers"] {
        let found = dir.search_communes(typed, 10);
        assert!(!found.is_empty(), "{typed}");
        for m in &found {
            let name = plain(m.old_name.unwrap_or(m.commune.name));
            let bare = ["le", "la", "les", "l"]
                .iter()
                .find_map(|a| name.strip_prefix(a).filter(|r| r.starts_with(typed)));
            assert!(name.starts_with(typed) || bare.is_some(), "{typed}: {name}");
        }
        assert!(found.is_sorted_by_key(|m| m.closeness), "{typed}");
    }
    assert_eq!(
        dir.search_communes("beziers", 10)[0].closeness,
        Closeness::Exact
    );
    assert!(
        dir.search_communes("750", 30)
            .iter()
            .all(|m| m.commune.city.is_some())
    );
}

#[test]
fn orientation_uses_the_arrondissements_of_divided_cities() {
    let Some(dir) = national() else { return };
    let now = monday_10h();
    let adult = |commune: &str, street: Option<&str>| Situation {
        age: AgeBand::From21,
        place: Place::Address {
            commune: commune.into(),
            street: street.map(Into::into),
        },
        languages: vec![],
        interpreter_needed: false,
    };
    for typed in [
        "75101",
        "75001",
        "Paris 1",
        "Paris 1er",
        "paris 1er arrondissement",
    ] {
        let o = orient(&adult(typed, None), dir, now);
        assert_eq!(o.first().kind, RouteKind::SectorCmp, "{typed}");
        assert!(o.sector.as_deref().unwrap().starts_with("75G"), "{typed}");
    }
    // The 13e (181,000 inhabitants) is split between sectors by street: without a street,
    // a human decides; with one of its streets, the street rule does.
    let o = orient(&adult("Paris 13e", None), dir, now);
    assert_eq!(
        o.problem.as_ref().unwrap().key,
        "orient-problem-needs-street"
    );
    for city in ["Paris", "75056", "Lyon", "Marseille"] {
        let o = orient(&adult(city, None), dir, now);
        assert_eq!(
            o.problem.as_ref().unwrap().key,
            "orient-problem-needs-arrondissement",
            "{city}"
        );
        assert!(o.routes().any(|r| r.kind == RouteKind::Reception), "{city}");
    }
    // A street of a split arrondissement, given with the city only, is found.
    let rule = dir
        .streets()
        .iter()
        .find(|r| r.commune.to_string().starts_with("751"))
        .unwrap();
    let o = orient(
        &adult("Paris", Some(&format!("{} {}", rule.from, rule.name))),
        dir,
        now,
    );
    assert_eq!(o.first().kind, RouteKind::SectorCmp, "{:?}", o.problem);
    // A former name leads to the commune it belongs to.
    let o = orient(&adult("Bellegarde-sur-Valserine", None), dir, now);
    assert_eq!(o.first().kind, RouteKind::SectorCmp);
    assert!(o.sector.as_deref().unwrap().starts_with("01G"));
}

#[test]
fn every_real_commune_reaches_a_24_7_human_of_its_departement() {
    let Some(dir) = national() else { return };
    let now = monday_10h();
    let mut failures = Vec::new();
    for c in dir.communes() {
        let s = Situation {
            age: AgeBand::From21,
            place: Place::Address {
                commune: c.insee.to_string(),
                street: None,
            },
            languages: vec![],
            interpreter_needed: false,
        };
        let o = orient(&s, dir, now);
        let reception = o.routes().find(|r| r.kind == RouteKind::Reception);
        let serves_dept = reception
            .and_then(|r| r.structure_key.as_deref())
            .and_then(|k| dir.structure_by_key(k))
            .is_some_and(|(_, st)| {
                st.kind == StructureKind::Reception247
                    && (st.serves.contains(&c.insee.dept()) || st.dept == c.insee.dept())
            });
        if !serves_dept || o.last().contact.phone.as_str() != "3114" {
            failures.push(format!("{} {}", c.insee, c.name));
        }
    }
    assert_eq!(dir.commune_count(), 34_920);
    assert!(
        failures.is_empty(),
        "{} communes: {:?}",
        failures.len(),
        &failures[..failures.len().min(10)]
    );
}

#[test]
fn the_national_bundle_round_trips_and_splits_by_departement() {
    let Some(dir) = national() else { return };
    let bytes = bundle::encode(dir).unwrap();
    let back = bundle::decode(&bytes).unwrap();
    assert_eq!(back.commune_count(), dir.commune_count());
    assert_eq!(back.structures(), dir.structures());
    assert_eq!(
        back.search_communes("bellegarde sur", 1)[0].old_name,
        Some("Bellegarde-sur-Valserine")
    );
    assert!(back.meta().area.contains("SYNTHÉTIQUES"));
}
