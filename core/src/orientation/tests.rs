use super::*;
use crate::contact::Phone;
use crate::directory::source::{self, DirectoryBuilder};
use crate::directory::{Address, AgeRange, Meta, Structure, StructureKind, synth};
use chrono::TimeZone;
use proptest::prelude::*;

fn demo() -> Directory {
    source::demo().directory
}

/// Monday 23 November 2026, 10:00 in Paris: CMPs are open.
fn monday_10h() -> DateTime<Utc> {
    chrono_tz::Europe::Paris
        .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// Saturday 28 November 2026, 22:30: everything but the 24/7 lines is closed.
fn saturday_night() -> DateTime<Utc> {
    chrono_tz::Europe::Paris
        .with_ymd_and_hms(2026, 11, 28, 22, 30, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn adult_at(commune: &str, street: Option<&str>) -> Situation {
    Situation {
        age: AgeBand::From21,
        place: Place::Address {
            commune: commune.into(),
            street: street.map(Into::into),
        },
        languages: vec![],
        interpreter_needed: false,
    }
}

fn keys(o: &Orientation) -> Vec<String> {
    o.routes()
        .map(|r| {
            r.structure_key
                .as_deref()
                .unwrap_or_else(|| r.contact.phone.as_str())
                .to_owned()
        })
        .collect()
}

fn text(o: &Orientation) -> String {
    o.to_text(&Localizer::french())
}

#[test]
fn adult_with_an_address() {
    let o = orient(&adult_at("Montrelais", None), &demo(), monday_10h());
    assert_eq!(keys(&o), ["cmp-collines", "cpoa-relais", "3114"]);
    assert_eq!(o.decided_by, Some(Rule::Address));
    assert_eq!(o.sector.as_deref(), Some("96G04"));
    assert!(o.first().open_now);
    insta::assert_snapshot!("adult_with_address_fr", text(&o));
    insta::assert_snapshot!(
        "adult_with_address_en",
        o.to_text(&Localizer::new(&Lang::parse("en").unwrap()))
    );
}

#[test]
fn split_city_by_street_and_number() {
    let d = demo();
    let north = orient(
        &adult_at("96300", Some("13 rue de la Gare")),
        &d,
        monday_10h(),
    );
    assert_eq!(
        north.first().structure_key.as_deref(),
        Some("cmp-villerelais-nord")
    );
    assert_eq!(north.decided_by, Some(Rule::Street));
    let south = orient(
        &adult_at("Villerelais", Some("14, r. de la gare")),
        &d,
        monday_10h(),
    );
    assert_eq!(
        south.first().structure_key.as_deref(),
        Some("cmp-villerelais-sud")
    );
    let boulevard = orient(
        &adult_at("96310", Some("120 bd Victor Hugo")),
        &d,
        monday_10h(),
    );
    assert_eq!(
        boulevard.first().structure_key.as_deref(),
        Some("cmp-villerelais-sud")
    );
    insta::assert_snapshot!("split_city_street", text(&north));
    // No street: a human decides.
    let unknown = orient(&adult_at("Villerelais", None), &d, monday_10h());
    assert_eq!(keys(&unknown), ["empp-relais", "cpoa-relais", "3114"]);
    assert_eq!(
        unknown.problem.as_ref().unwrap().key,
        "orient-problem-needs-street"
    );
    let nowhere = orient(
        &adult_at("Villerelais", Some("rue Imaginaire")),
        &d,
        monday_10h(),
    );
    assert_eq!(
        nowhere.problem.as_ref().unwrap().key,
        "orient-problem-unknown-street"
    );
    assert_eq!(nowhere.last().contact.phone.as_str(), "3114");
}

#[test]
fn child_goes_to_the_childrens_cmp_then_cmpp() {
    let mut s = adult_at("Aubigny-sur-Relais", None);
    s.age = AgeBand::Under12;
    let o = orient(&s, &demo(), monday_10h());
    assert_eq!(
        keys(&o),
        ["cmpij-plaine", "cmpp-relais", "cpoa-relais", "3114"]
    );
    assert!(o.first().notes.iter().any(|n| n.key == "note-minor"));
    insta::assert_snapshot!("child", text(&o));
}

#[test]
fn adolescent_falls_back_to_an_adult_cmp_that_sees_16_year_olds() {
    let mut s = adult_at("96002", None);
    s.age = AgeBand::From16To17;
    // The children's CMP of la Plaine sees up to 15; the adult CMP from 16.
    let o = orient(&s, &demo(), monday_10h());
    assert_eq!(keys(&o)[..2], ["cmp-plaine", "cmpp-relais"]);
}

#[test]
fn unknown_age_offers_adult_then_children_cmp() {
    let mut s = adult_at("Pont-Relais", None);
    s.age = AgeBand::Unknown;
    let o = orient(&s, &demo(), monday_10h());
    assert_eq!(
        keys(&o),
        [
            "cmp-villerelais-nord",
            "cmpij-villerelais",
            "cpoa-relais",
            "3114"
        ]
    );
    assert_eq!(
        o.routes().nth(1).unwrap().reason.key,
        "orient-unknown-age-child"
    );
}

#[test]
fn no_fixed_address_with_domiciliation() {
    let s = Situation {
        age: AgeBand::From21,
        place: Place::NoFixedAddress {
            lived_3_months_in: Some("Nowhere-sur-Mer".into()),
            domiciliation: Some("Les Étangs".into()),
            sleeps_or_followed_in: Some("96300".into()),
        },
        languages: vec![Lang::parse("ps").unwrap()],
        interpreter_needed: true,
    };
    let o = orient(&s, &demo(), monday_10h());
    assert_eq!(o.decided_by, Some(Rule::Domiciliation));
    assert_eq!(
        keys(&o),
        ["cmp-etangs", "empp-relais", "cpoa-relais", "3114"]
    );
    // Les Étangs publishes no hours: say so instead of guessing.
    assert!(!o.first().hours_known);
    // The EMPP speaks Pashto; the CMP does not: interpreter note.
    assert_eq!(o.first().notes[0].key, "note-interpreter");
    assert_eq!(
        o.routes().nth(1).unwrap().notes[0].key,
        "note-speaks-your-language"
    );
    insta::assert_snapshot!("no_fixed_address_domiciliation", text(&o));
}

#[test]
fn unknown_commune_goes_to_humans_who_decide() {
    let o = orient(&adult_at("Atlantis", None), &demo(), monday_10h());
    assert_eq!(keys(&o), ["empp-relais", "cpoa-relais", "3114"]);
    assert_eq!(
        o.problem.as_ref().unwrap().key,
        "orient-problem-unknown-commune"
    );
    assert_eq!(
        o.routes().nth(1).unwrap().reason.key,
        "orient-reception-decides"
    );
    insta::assert_snapshot!("unknown_commune", text(&o));
}

#[test]
fn commune_without_sector_and_shared_postcode() {
    let d = demo();
    let o = orient(&adult_at("Île-aux-Hérons", None), &d, monday_10h());
    assert_eq!(
        o.problem.as_ref().unwrap().key,
        "orient-problem-out-of-area"
    );
    assert_eq!(keys(&o), ["empp-relais", "cpoa-relais", "3114"]);
    // 96130 covers Les Essarts (la Plaine) and La Chapelle (Villerelais Sud).
    let o = orient(&adult_at("96130", None), &d, monday_10h());
    assert_eq!(
        o.problem.as_ref().unwrap().key,
        "orient-problem-several-sectors"
    );
    assert_eq!(
        keys(&o),
        [
            "cmp-plaine",
            "cmp-villerelais-sud",
            "empp-relais",
            "cpoa-relais",
            "3114"
        ]
    );
    // 96200 covers two communes of the same sector: nothing to choose.
    let o = orient(&adult_at("96200", None), &d, monday_10h());
    assert!(o.problem.is_none());
    assert_eq!(o.first().structure_key.as_deref(), Some("cmp-collines"));
}

#[test]
fn never_routes_to_a_cattp() {
    // Sector 96G04 lists its CATTP first; it is skipped.
    let o = orient(&adult_at("Haut-Colline", None), &demo(), monday_10h());
    assert!(
        o.routes()
            .all(|r| r.structure_key.as_deref() != Some("cattp-collines"))
    );
}

#[test]
fn at_night_the_cmp_is_closed_and_the_24_7_lines_are_open() {
    let o = orient(&adult_at("Montrelais", None), &demo(), saturday_night());
    let first = o.first();
    assert!(!first.open_now);
    assert_eq!(
        first.next_opening.unwrap().to_rfc3339(),
        "2026-11-30T09:00:00+01:00"
    );
    assert!(o.routes().nth(1).unwrap().open_now);
    assert!(o.last().always_open);
    insta::assert_snapshot!("closed_at_night", text(&o));
}

#[test]
fn empty_or_broken_directory_still_gives_a_human() {
    for dir in [Directory::empty(), Directory::unavailable("checksum")] {
        let o = orient(
            &adult_at("75056", Some("1 rue de Rivoli")),
            &dir,
            monday_10h(),
        );
        assert_eq!(o.len(), 1);
        assert_eq!(o.first().contact.phone.as_str(), "3114");
        assert!(o.problem.is_some());
    }
}

#[test]
fn national_synthetic_directory() {
    let d = synth::national(synth::SynthConfig {
        communes: 3_000,
        sectors: 150,
        streets_per_city: 100,
        seed: 1,
    });
    let paris = orient(&adult_at("75056", None), &d, monday_10h());
    assert_eq!(
        paris.problem.as_ref().unwrap().key,
        "orient-problem-needs-street"
    );
    let street = d
        .streets()
        .iter()
        .find(|s| s.commune.to_string() == "75056")
        .unwrap();
    let with_street = orient(
        &adult_at("75056", Some(&format!("{} {}", street.from, street.name))),
        &d,
        monday_10h(),
    );
    assert_eq!(
        with_street.decided_by,
        Some(Rule::Street),
        "{}",
        text(&with_street)
    );
}

// ---------------------------------------------------------------------------------------------
// Properties: whatever the situation and the directory, someone answers.

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[0-9]{5}",
        "[0-9A-Za-z]{0,6}",
        "\\PC{0,20}",
        Just("96300".to_owned()),
        Just("Villerelais".to_owned()),
        Just("96130".to_owned()),
        Just("Montrelais".to_owned()),
    ]
}

fn any_place() -> impl Strategy<Value = Place> {
    prop_oneof![
        (
            any_text(),
            proptest::option::of(prop_oneof![
                "[0-9]{0,3} (rue|bd|avenue) [a-z ]{0,12}",
                Just("13 rue de la Gare".to_owned())
            ])
        )
            .prop_map(|(commune, street)| Place::Address { commune, street }),
        (
            proptest::option::of(any_text()),
            proptest::option::of(any_text()),
            proptest::option::of(any_text())
        )
            .prop_map(|(a, b, c)| Place::NoFixedAddress {
                lived_3_months_in: a,
                domiciliation: b,
                sleeps_or_followed_in: c
            }),
        Just(Place::Unknown),
    ]
}

fn any_situation() -> impl Strategy<Value = Situation> {
    let age = prop_oneof![
        Just(AgeBand::Under12),
        Just(AgeBand::From12To15),
        Just(AgeBand::From16To17),
        Just(AgeBand::From18To20),
        Just(AgeBand::From21),
        Just(AgeBand::Unknown),
    ];
    let langs = proptest::collection::vec(
        prop_oneof![Just("fr"), Just("en"), Just("ar"), Just("ps")],
        0..3,
    );
    (age, any_place(), langs, any::<bool>()).prop_map(|(age, place, langs, interpreter_needed)| {
        Situation {
            age,
            place,
            languages: langs
                .into_iter()
                .filter_map(|l| Lang::parse(l).ok())
                .collect(),
            interpreter_needed,
        }
    })
}

const KINDS: [StructureKind; 7] = [
    StructureKind::Cmp,
    StructureKind::CmpIj,
    StructureKind::Cmpp,
    StructureKind::Empp,
    StructureKind::Reception247,
    StructureKind::Cattp,
    StructureKind::Other,
];
const HOURS: [Option<&str>; 4] = [
    None,
    Some("24/7"),
    Some("Mo-Fr 09:00-17:00; PH off"),
    Some("off"),
];

/// A random directory: random kinds, entry flags, hours, ages and sectors pointing anywhere.
fn any_directory() -> impl Strategy<Value = Directory> {
    let structure = (
        0..KINDS.len(),
        any::<bool>(),
        0..HOURS.len(),
        0u8..30,
        0u8..121,
        0u32..10_000,
    );
    let structures = proptest::collection::vec(structure, 0..12);
    let sectors = proptest::collection::vec(
        (any::<bool>(), proptest::collection::vec(0usize..12, 0..3)),
        0..6,
    );
    let communes = proptest::collection::vec((1u32..40, 0usize..7, 0usize..7, 0u32..3), 0..20);
    (structures, sectors, communes).prop_map(|(structures, sectors, communes)| {
        let mut b = DirectoryBuilder::new(Meta::default());
        for (i, (kind, entry, hours, min, max, phone)) in structures.iter().enumerate() {
            let Ok(phone) = Phone::parse(&format!("0199 00{phone:04}")) else {
                continue;
            };
            let _ = b.add_structure(Structure {
                key: format!("s{i}").into(),
                finess: None,
                kind: KINDS[*kind],
                name: format!("S{i}").into(),
                address: Address {
                    street: String::new(),
                    postcode: None,
                    city: String::new(),
                    commune: None,
                    location: None,
                },
                phone,
                hours: HOURS[*hours].and_then(|h| crate::contact::OpeningHours::parse(h).ok()),
                ages: AgeRange {
                    min: (*min).min(*max),
                    max: *max,
                },
                entry_point: *entry,
                languages: vec![],
                contact: None,
                dept: Dept::parse("96").unwrap(),
                serves: vec![],
                desk: None,
            });
        }
        let n = b.structure_count();
        for (i, (adult, refs)) in sectors.iter().enumerate() {
            let keys: Vec<String> = refs
                .iter()
                .filter(|r| **r < n)
                .map(|r| format!("s{r}"))
                .collect();
            let kind = if *adult {
                SectorKind::Adult
            } else {
                SectorKind::Child
            };
            let _ = b.add_sector(&format!("X{i}"), kind, "x", &keys);
        }
        for (num, a, c, pc) in communes {
            let Ok(insee) = Insee::parse(&format!("96{num:03}")) else {
                continue;
            };
            let pcs = Postcode::parse(&format!("9610{pc}")).into_iter().collect();
            let a = format!("X{a}");
            let c = format!("X{c}");
            if b.add_commune(insee, &format!("C{num}"), pcs, Some(&a), Some(&c))
                .is_err()
            {
                let _ = b.add_commune(insee, &format!("C{num}"), vec![], None, None);
            }
        }
        b.build().directory
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn someone_always_answers(
        situation in any_situation(),
        dir in prop_oneof![any_directory(), Just(demo()), Just(Directory::empty()), Just(Directory::unavailable("x"))],
        secs in 1_700_000_000i64..1_950_000_000,
    ) {
        let now = DateTime::from_timestamp(secs, 0).unwrap();
        let o = orient(&situation, &dir, now);
        prop_assert!(o.routes().next().is_some());
        prop_assert_eq!(o.routes().count(), o.len());
        // The last route answers day and night, and it is open now.
        prop_assert!(o.last().always_open && o.last().open_now);
        prop_assert!(o.last().contact.is_always_open());
        for r in o.routes() {
            // Every phone is valid (re-parses to itself) and every route names a human.
            let reparsed = Phone::parse(r.contact.phone.as_str());
            prop_assert_eq!(reparsed.as_ref(), Ok(&r.contact.phone));
            prop_assert!(r.contact.who.role_kind().is_some() || r.contact.who.name().is_some());
            prop_assert!(!r.contact.structure.is_empty());
            // Never a structure that is not an entry point (rule 4).
            if let Some(key) = &r.structure_key {
                let (_, s) = dir.structure_by_key(key).unwrap();
                prop_assert!(s.is_entry_point());
            }
            if r.open_now { prop_assert!(r.next_opening.is_none()); }
        }
        // No structure twice.
        let mut ks: Vec<_> = o.routes().filter_map(|r| r.structure_key.clone()).collect();
        let n = ks.len();
        ks.sort();
        ks.dedup();
        prop_assert_eq!(ks.len(), n);
        // Every text renders in both languages without leaking a key.
        for lang in ["fr", "en"] {
            let t = o.to_text(&Localizer::new(&Lang::parse(lang).unwrap()));
            prop_assert!(!t.contains("orient-") && !t.contains("note-") && !t.contains("status-"), "{}", t);
        }
    }
}
