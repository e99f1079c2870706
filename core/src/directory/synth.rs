//! A deterministic, national-scale synthetic directory for tests and benchmarks.
//!
//! About 35,000 communes in 101 départements, 900 sectors, about 3,100 structures and street rules
//! for three split cities (Paris, Lyon, Marseille, with their real arrondissement codes). Names
//! are made of syllables and every phone number is in the ARCEP blocks reserved for fiction,
//! so nothing here can be mistaken for a real service. The same seed always gives the same
//! directory: a tiny SplitMix64 generator is used instead of `rand`, whose output may change
//! between versions.

use super::geography::{BaseCommune, CommuneBase};
use super::source::DirectoryBuilder;
use super::{
    Address, AgeRange, Dept, Directory, GeoPoint, Insee, Meta, NamedContact, Parity, Postcode,
    SectorKind, Structure, StructureKind,
};
use crate::contact::{Lang, OpeningHours, Phone, Role};

/// Sizes of the generated directory.
#[derive(Clone, Copy, Debug)]
pub struct SynthConfig {
    pub seed: u64,
    pub communes: usize,
    pub sectors: usize,
    /// Streets per split city (Paris gets twice as many).
    pub streets_per_city: usize,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            seed: 2026,
            communes: 35_000,
            sectors: 900,
            streets_per_city: 1_500,
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn word(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ber", "mont", "val", "cha", "ville", "ro", "lan", "bois", "fon", "tai", "ne", "mar", "gny",
    "court", "sac", "lay", "brie", "vil", "ler", "cour", "se", "ton", "nay", "gues", "pré",
    "rieux", "an", "ges", "lu", "ze", "cy", "ol", "et", "mé", "rac", "pon", "tin", "vé", "zac",
    "quet",
];
const PREFIXES: &[&str] = &["", "", "", "", "Saint-", "Sainte-", "Le ", "La ", "Les "];
const SUFFIXES: &[&str] = &[
    "",
    "",
    "",
    "",
    "",
    "-sur-Loire",
    "-en-Bray",
    "-le-Château",
    "-les-Bains",
    "-sur-Mer",
    "-la-Forêt",
];
const STREET_TYPES: &[&str] = &[
    "rue",
    "rue",
    "rue",
    "avenue",
    "boulevard",
    "place",
    "impasse",
    "allée",
    "quai",
    "chemin",
];
const PEOPLE: &[&str] = &[
    "Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Michel",
    "Garcia",
];
const FIRST: &[&str] = &[
    "Claire", "Nadia", "Paul", "Inès", "Yacine", "Sophie", "Marc", "Fatou", "Léa", "Hugo",
];
const HOURS: &[&str] = &[
    "Mo-Fr 09:00-12:30,13:30-17:00; PH off",
    "Mo-Fr 09:00-17:00; PH off",
    "Mo-Fr 08:30-18:00; PH off",
    "Mo-Fr 09:00-18:00; Sa 09:00-12:00; PH off",
    "Mo,Tu,Th,Fr 09:00-17:00; We 09:00-12:00; PH off",
    "Mo-Th 09:00-17:30; Fr 09:00-16:30; PH off",
    "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
];
/// Overseas départements have about 30 communes each.
const OVERSEAS_COMMUNES: usize = 30;
/// Fiction blocks: 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49 (10,000 numbers each).
const FICTION: &[&str] = &["0199 00", "0261 91", "0353 01", "0465 71", "0536 49"];

fn name(rng: &mut Rng) -> String {
    let mut s = String::new();
    s.push_str(rng.word(PREFIXES));
    let n = 2 + rng.below(2);
    let mut word = String::new();
    for _ in 0..n {
        word.push_str(rng.word(SYLLABLES));
    }
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        s.extend(first.to_uppercase());
        s.push_str(chars.as_str());
    }
    s.push_str(rng.word(SUFFIXES));
    s
}

fn departments() -> Vec<Dept> {
    let mut codes: Vec<String> = (1..=95)
        .filter(|d| *d != 20)
        .map(|d| format!("{d:02}"))
        .collect();
    codes.extend(["2A", "2B", "971", "972", "973", "974", "976"].map(String::from));
    codes.iter().filter_map(|c| Dept::parse(c).ok()).collect()
}

/// The split cities: (city code, name, arrondissement codes, postcode of the 1st).
const SPLIT: &[(&str, &str, u32, u32, u32)] = &[
    ("75056", "Paris", 75101, 20, 75001),
    ("69123", "Lyon", 69381, 9, 69001),
    ("13055", "Marseille", 13201, 16, 13001),
];

/// Generates the national directory.
pub fn national(config: SynthConfig) -> Directory {
    let mut rng = Rng(config.seed);
    let meta = Meta {
        version: "synthetic".into(),
        area: "France (synthetic)".into(),
        demo: true,
        source: format!("relais synth, seed {}", config.seed),
    };
    let mut b = DirectoryBuilder::new(meta);
    let depts = departments();
    let mut phone_seq = 0u32;
    let mut next_phone = || {
        let block = FICTION[(phone_seq / 10_000) as usize % FICTION.len()];
        let n = phone_seq % 10_000;
        phone_seq += 1;
        Phone::parse(&format!("{block} {n:04}")).ok()
    };
    // Structures per sector so that the total comes close to the target.
    let adult_sectors = config.sectors * 7 / 10;
    let child_sectors = config.sectors - adult_sectors;
    let split_arrondissements: usize = SPLIT.iter().map(|s| s.3 as usize).sum();
    let per_dept_communes = (config
        .communes
        .saturating_sub(split_arrondissements + SPLIT.len()))
        / depts.len();
    let mut sector_no = 0usize;
    let mut structure_no = 0usize;

    let mut add_structure = |b: &mut DirectoryBuilder,
                             rng: &mut Rng,
                             kind: StructureKind,
                             dept: Dept,
                             city: &str,
                             commune: Option<Insee>,
                             serves: Vec<Dept>,
                             phone: Option<Phone>|
     -> Option<String> {
        structure_no += 1;
        let postcode = commune.and_then(|c| Postcode::from_u32(c.as_u32() % 100_000));
        let place = Place {
            dept,
            city,
            commune,
            postcode,
            location: None,
        };
        let s = make_structure(rng, structure_no, kind, place, serves, phone?);
        let key = s.key.to_string();
        b.add_structure(s).ok().map(|_| key)
    };

    for (di, dept) in depts.iter().enumerate() {
        let overseas = dept.as_u16() >= 971;
        let n_communes = if overseas {
            OVERSEAS_COMMUNES
        } else {
            per_dept_communes * (85 + rng.below(41)) / 100
        };
        let n_adult =
            ((adult_sectors * n_communes + config.communes / 2) / config.communes.max(1)).max(1);
        let n_child =
            ((child_sectors * n_communes + config.communes / 2) / config.communes.max(1)).max(1);
        // Département-wide services.
        let serves = vec![*dept];
        for _ in 0..(1 + usize::from(di % 3 == 0)) {
            add_structure(
                &mut b,
                &mut rng,
                StructureKind::Reception247,
                *dept,
                "Préfecture",
                None,
                serves.clone(),
                next_phone(),
            );
        }
        for _ in 0..(1 + usize::from(di % 2 == 0)) {
            add_structure(
                &mut b,
                &mut rng,
                StructureKind::Empp,
                *dept,
                "Préfecture",
                None,
                serves.clone(),
                next_phone(),
            );
        }
        for _ in 0..3 {
            add_structure(
                &mut b,
                &mut rng,
                StructureKind::Cmpp,
                *dept,
                "Préfecture",
                None,
                serves.clone(),
                next_phone(),
            );
        }
        let mut adult_codes = Vec::new();
        for k in 0..n_adult {
            sector_no += 1;
            let code = format!("{dept}G{:02}", k + 1);
            let mut keys = Vec::new();
            // Two or three CMPs per sector (a main site and antennas).
            for _ in 0..(2 + usize::from(k % 2 == 1)) {
                if let Some(key) = add_structure(
                    &mut b,
                    &mut rng,
                    StructureKind::Cmp,
                    *dept,
                    "Ville",
                    None,
                    vec![],
                    next_phone(),
                ) {
                    keys.push(key);
                }
            }
            if k % 2 == 0
                && let Some(key) = add_structure(
                    &mut b,
                    &mut rng,
                    StructureKind::Cattp,
                    *dept,
                    "Ville",
                    None,
                    vec![],
                    next_phone(),
                )
            {
                keys.insert(0, key);
            }
            if b.add_sector(&code, SectorKind::Adult, &format!("Secteur {code}"), &keys)
                .is_ok()
            {
                adult_codes.push(code);
            }
        }
        let mut child_codes = Vec::new();
        for k in 0..n_child {
            sector_no += 1;
            let code = format!("{dept}I{:02}", k + 1);
            let mut keys = Vec::new();
            for _ in 0..2 {
                if let Some(key) = add_structure(
                    &mut b,
                    &mut rng,
                    StructureKind::CmpIj,
                    *dept,
                    "Ville",
                    None,
                    vec![],
                    next_phone(),
                ) {
                    keys.push(key);
                }
            }
            if b.add_sector(
                &code,
                SectorKind::Child,
                &format!("Intersecteur {code}"),
                &keys,
            )
            .is_ok()
            {
                child_codes.push(code);
            }
        }
        // Communes, in runs that share a postcode and a sector.
        let base = if overseas {
            u32::from(dept.as_u16()) * 100
        } else {
            insee_base(*dept)
        };
        let mut number = 0u32;
        let mut postcode = if overseas {
            u32::from(dept.as_u16()) * 100
        } else {
            postcode_base(*dept)
        };
        for i in 0..n_communes {
            number += 1 + u32::from(rng.below(4) == 0);
            let limit = if overseas { 99 } else { 999 };
            if number > limit {
                break;
            }
            let Some(insee) = Insee::from_u32(base + number) else {
                continue;
            };
            if is_split_city_code(insee) {
                continue;
            }
            if i % (3 + rng.below(10)) == 0 {
                postcode += 10;
            }
            let pc = Postcode::from_u32(postcode);
            let adult = &adult_codes[i * adult_codes.len() / n_communes.max(1)];
            let child = &child_codes[i * child_codes.len() / n_communes.max(1)];
            let _ = b.add_commune(
                insee,
                &name(&mut rng),
                pc.into_iter().collect(),
                Some(adult),
                Some(child),
            );
        }
    }

    // Split cities: the city code has street rules; arrondissements are communes of their own.
    for (city_code, city, first_arr, n_arr, first_pc) in SPLIT {
        let Ok(city_insee) = Insee::parse(city_code) else {
            continue;
        };
        let dept = city_insee.dept();
        let mut arr_sectors = Vec::new();
        for a in 0..*n_arr {
            sector_no += 1;
            let code = format!("{dept}G{:02}A", a + 1);
            let mut keys = Vec::new();
            for _ in 0..2 {
                if let Some(key) = add_structure(
                    &mut b,
                    &mut rng,
                    StructureKind::Cmp,
                    dept,
                    city,
                    Insee::from_u32(first_arr + a),
                    vec![],
                    next_phone(),
                ) {
                    keys.push(key);
                }
            }
            if b.add_sector(
                &code,
                SectorKind::Adult,
                &format!("{city} {}", a + 1),
                &keys,
            )
            .is_ok()
            {
                arr_sectors.push(code.clone());
                if let Some(insee) = Insee::from_u32(first_arr + a) {
                    let pcs = Postcode::from_u32(first_pc + a).into_iter().collect();
                    let _ = b.add_commune(
                        insee,
                        &format!("{city} {}e arrondissement", a + 1),
                        pcs,
                        Some(&code),
                        None,
                    );
                }
            }
        }
        let pcs = (0..*n_arr)
            .filter_map(|a| Postcode::from_u32(first_pc + a))
            .collect();
        let _ = b.add_commune(city_insee, city, pcs, None, None);
        let streets = if *city == "Paris" {
            config.streets_per_city * 2
        } else {
            config.streets_per_city
        };
        for s in 0..streets {
            let street = format!("{} {} {}", rng.word(STREET_TYPES), name(&mut rng), s);
            let segments = 1 + rng.below(3);
            let mut from = 1u32;
            for seg in 0..segments {
                let to = if seg + 1 == segments {
                    400
                } else {
                    from + 20 + rng.below(60) as u32
                };
                let sector = rng.pick(&arr_sectors).clone();
                let parity = if segments == 1 && rng.below(5) == 0 {
                    Parity::Odd
                } else {
                    Parity::Both
                };
                let _ = b.add_street(city_insee, &street, from, to, parity, Some(&sector), None);
                from = to + 1;
            }
        }
    }
    let _ = sector_no;
    b.build().directory
}

/// Inhabitants per adult sector and per child intersecteur: about 815 and 320 for France
/// (IGAS 2020), as in reality.
const ADULT_SECTOR_POPULATION: u64 = 83_000;
const CHILD_SECTOR_POPULATION: u64 = 210_000;

/// Fiction numbers, one after the other.
struct Phones(u32);

impl Phones {
    fn next(&mut self) -> Option<Phone> {
        let block = FICTION[(self.0 / 10_000) as usize % FICTION.len()];
        let n = self.0 % 10_000;
        self.0 += 1;
        Phone::parse(&format!("{block} {n:04}")).ok()
    }
}

/// Splits communes (in code order) into `n` runs of about equal population.
fn runs(communes: &[&BaseCommune], n: usize) -> Vec<usize> {
    let total: u64 = communes.iter().map(|c| weight(c)).sum::<u64>().max(1);
    let mut acc = 0u64;
    communes
        .iter()
        .map(|c| {
            let run = ((acc * n as u64) / total) as usize;
            acc += weight(c);
            run.min(n.saturating_sub(1))
        })
        .collect()
}

/// The same directory after a week of small changes: `n` structures, spread over it, get a
/// new phone number (fiction block 04 65 71 9x xx) and other opening hours. For measuring
/// delta updates.
pub fn weekly_changes(dir: &Directory, n: usize) -> Directory {
    let mut structures = dir.structures().to_vec();
    let len = structures.len();
    for i in 0..n.min(len) {
        let s = &mut structures[i * len / n.max(1)];
        if let Ok(p) = Phone::parse(&format!("04 65 71 9{:03}", i % 1000)) {
            s.phone = p;
        }
        if s.kind != StructureKind::Reception247 {
            s.hours = OpeningHours::parse(HOURS[i % HOURS.len()]).ok();
        }
    }
    Directory::assemble(
        dir.meta().clone(),
        structures,
        dir.sectors().to_vec(),
        dir.communes_raw().clone(),
        dir.streets().to_vec(),
    )
    .with_no_address(dir.no_address_orders().to_vec())
}

/// An invented centre for a département, the same for every structure of it.
fn centre(dept: Dept) -> (f64, f64) {
    let mut r = Rng(u64::from(dept.as_u16()) * 7919);
    let (lat, lon) = match dept.as_u16() {
        971 => (16.2, -61.5),
        972 => (14.65, -61.0),
        973 => (4.9, -52.3),
        974 => (-21.1, 55.5),
        976 => (-12.8, 45.15),
        _ => (
            43.0 + (r.next() % 700) as f64 / 100.0,
            -1.0 + (r.next() % 800) as f64 / 100.0,
        ),
    };
    (lat, lon)
}

/// The largest commune of a list (the first one in code order among equals).
fn biggest<'a>(cs: &[&'a BaseCommune]) -> Option<&'a BaseCommune> {
    cs.iter()
        .copied()
        .max_by_key(|c| (weight(c), std::cmp::Reverse(c.insee)))
}

fn weight(c: &BaseCommune) -> u64 {
    u64::from(c.population.unwrap_or(0)).max(1)
}

/// The synthetic structures and sectors laid over the real communes of the national base:
/// every real commune and arrondissement, sectors sized by real population (about 83,000
/// inhabitants per adult sector), CMPs in the largest commune of their sector, street rules
/// in the largest arrondissements of Paris, Lyon and Marseille. Structures, sectors and
/// phone numbers are invented (fiction numbers), and the meta says so.
pub fn over_base(base: &CommuneBase, config: SynthConfig) -> Directory {
    let mut rng = Rng(config.seed);
    let meta = Meta {
        version: "synthetic".into(),
        area: "France – communes réelles, structures et secteurs SYNTHÉTIQUES".into(),
        demo: true,
        source: format!(
            "relais synth, seed {}: invented structures, sectors and fiction phone numbers over the real communes of {}",
            config.seed, base.source
        ),
    };
    let mut b = DirectoryBuilder::new(meta);
    base.add_to(&mut b);
    let mut phones = Phones(0);
    let mut no = 0usize;
    let mut add = |b: &mut DirectoryBuilder,
                   rng: &mut Rng,
                   kind: StructureKind,
                   dept: Dept,
                   at: Option<&BaseCommune>,
                   serves: Vec<Dept>|
     -> Option<String> {
        no += 1;
        // A pin near the département's invented centre: the size of real coordinates, not
        // their truth (the base has no coordinates).
        let (lat, lon) = centre(dept);
        let jitter = |r: u64| (r % 50_000) as f64 / 1e5 - 0.25;
        let location = GeoPoint::from_degrees(lat + jitter(rng.next()), lon + jitter(rng.next()));
        let place = Place {
            dept,
            city: at.map_or("", |c| c.name.as_str()),
            commune: at.map(|c| c.insee),
            postcode: at.and_then(|c| c.postcodes.first().copied()),
            location,
        };
        let s = make_structure(rng, no, kind, place, serves, phones.next()?);
        let key = s.key.to_string();
        b.add_structure(s).ok().map(|_| key)
    };
    let divided: std::collections::HashSet<Insee> =
        base.communes.iter().filter_map(|c| c.city).collect();
    let mut by_dept: std::collections::BTreeMap<Dept, Vec<&BaseCommune>> = Default::default();
    for c in &base.communes {
        if !divided.contains(&c.insee) {
            by_dept.entry(c.dept).or_default().push(c);
        }
    }
    let mut street_no = 0usize;
    for (dept, communes) in &by_dept {
        let dept = *dept;
        let population: u64 = communes.iter().map(|c| weight(c)).sum();
        let prefecture = biggest(communes);
        let serves = vec![dept];
        let di = dept.as_u16() as usize;
        for _ in 0..(1 + usize::from(di.is_multiple_of(3))) {
            add(
                &mut b,
                &mut rng,
                StructureKind::Reception247,
                dept,
                prefecture,
                serves.clone(),
            );
        }
        for _ in 0..(1 + usize::from(di.is_multiple_of(2))) {
            add(
                &mut b,
                &mut rng,
                StructureKind::Empp,
                dept,
                prefecture,
                serves.clone(),
            );
        }
        for _ in 0..3 {
            add(
                &mut b,
                &mut rng,
                StructureKind::Cmpp,
                dept,
                prefecture,
                serves.clone(),
            );
        }
        // Arrondissements larger than a sector are split between sectors by street.
        let split: Vec<&BaseCommune> = communes
            .iter()
            .copied()
            .filter(|c| c.city.is_some() && weight(c) > ADULT_SECTOR_POPULATION)
            .collect();
        let rest: Vec<&BaseCommune> = communes
            .iter()
            .copied()
            .filter(|c| !split.iter().any(|s| s.insee == c.insee))
            .collect();
        let sectors_for = |people: u64, size: u64| ((people + size / 2) / size).max(1) as usize;
        let n_adult = sectors_for(population, ADULT_SECTOR_POPULATION);
        let n_split: usize = split
            .iter()
            .map(|c| sectors_for(weight(c), ADULT_SECTOR_POPULATION).max(2))
            .sum();
        let n_rest = n_adult
            .saturating_sub(n_split)
            .max(usize::from(!rest.is_empty()));
        let mut sector_no = 0usize;
        let mut adult_sector =
            |b: &mut DirectoryBuilder, rng: &mut Rng, at: Option<&BaseCommune>| {
                sector_no += 1;
                let code = format!("{dept}G{sector_no:02}");
                let mut keys = Vec::new();
                // Two or three CMPs per sector (a main site and antennas), a CATTP in one of two.
                for _ in 0..(2 + sector_no % 2) {
                    keys.extend(add(b, rng, StructureKind::Cmp, dept, at, vec![]));
                }
                if sector_no.is_multiple_of(2) {
                    keys.insert(
                        0,
                        add(b, rng, StructureKind::Cattp, dept, at, vec![]).unwrap_or_default(),
                    );
                    keys.retain(|k| !k.is_empty());
                }
                b.add_sector(&code, SectorKind::Adult, &format!("Secteur {code}"), &keys)
                    .ok()
                    .map(|_| code)
            };
        let run_of = runs(&rest, n_rest);
        let mut codes: Vec<Option<String>> = Vec::with_capacity(n_rest);
        for k in 0..n_rest {
            let members: Vec<&BaseCommune> = rest
                .iter()
                .zip(&run_of)
                .filter(|(_, r)| **r == k)
                .map(|(c, _)| *c)
                .collect();
            codes.push(adult_sector(&mut b, &mut rng, biggest(&members)));
        }
        for (c, r) in rest.iter().zip(&run_of) {
            if let Some(code) = &codes[*r] {
                let id = b.sector_id(code);
                b.set_commune_sector(c.insee, SectorKind::Adult, id);
            }
        }
        for c in &split {
            let n = sectors_for(weight(c), ADULT_SECTOR_POPULATION).max(2);
            let sectors: Vec<String> = (0..n)
                .filter_map(|_| adult_sector(&mut b, &mut rng, Some(c)))
                .collect();
            if sectors.is_empty() {
                continue;
            }
            // About 200 streets per split arrondissement with the default configuration.
            let streets = config.streets_per_city / 7;
            let _ = n;
            for _ in 0..streets {
                street_no += 1;
                let street = format!("{} {} {street_no}", rng.word(STREET_TYPES), name(&mut rng));
                let segments = 1 + rng.below(3);
                let mut from = 1u32;
                for seg in 0..segments {
                    let to = if seg + 1 == segments {
                        400
                    } else {
                        from + 20 + rng.below(60) as u32
                    };
                    let sector = rng.pick(&sectors).clone();
                    let parity = if segments == 1 && rng.below(5) == 0 {
                        Parity::Odd
                    } else {
                        Parity::Both
                    };
                    let _ = b.add_street(c.insee, &street, from, to, parity, Some(&sector), None);
                    from = to + 1;
                }
            }
        }
        // Child intersecteurs over every commune, split ones included.
        let n_child = sectors_for(population, CHILD_SECTOR_POPULATION);
        let run_of = runs(communes, n_child);
        for k in 0..n_child {
            let members: Vec<&BaseCommune> = communes
                .iter()
                .zip(&run_of)
                .filter(|(_, r)| **r == k)
                .map(|(c, _)| *c)
                .collect();
            let at = biggest(&members);
            let code = format!("{dept}I{:02}", k + 1);
            let mut keys = Vec::new();
            for _ in 0..2 {
                keys.extend(add(
                    &mut b,
                    &mut rng,
                    StructureKind::CmpIj,
                    dept,
                    at,
                    vec![],
                ));
            }
            if b.add_sector(
                &code,
                SectorKind::Child,
                &format!("Intersecteur {code}"),
                &keys,
            )
            .is_ok()
            {
                let id = b.sector_id(&code);
                for c in &members {
                    b.set_commune_sector(c.insee, SectorKind::Child, id);
                }
            }
        }
    }
    b.build().directory
}

/// Where a generated structure is.
struct Place<'a> {
    dept: Dept,
    city: &'a str,
    commune: Option<Insee>,
    postcode: Option<Postcode>,
    location: Option<GeoPoint>,
}

/// One invented structure: name, street and contact made of syllables, a fiction number.
fn make_structure(
    rng: &mut Rng,
    no: usize,
    kind: StructureKind,
    place: Place<'_>,
    serves: Vec<Dept>,
    phone: Phone,
) -> Structure {
    let (ages, label) = match kind {
        StructureKind::Cmp => (AgeRange { min: 18, max: 120 }, "CMP"),
        StructureKind::CmpIj => (AgeRange { min: 0, max: 17 }, "CMP-IJ"),
        StructureKind::Cmpp => (AgeRange { min: 0, max: 20 }, "CMPP"),
        StructureKind::Empp => (AgeRange { min: 16, max: 120 }, "EMPP"),
        StructureKind::Reception247 => (AgeRange::ALL, "Accueil 24h/24"),
        StructureKind::Cattp => (AgeRange { min: 18, max: 120 }, "CATTP"),
        StructureKind::Other => (AgeRange::ALL, "Centre"),
    };
    let hours = if kind == StructureKind::Reception247 {
        "24/7"
    } else {
        rng.word(HOURS)
    };
    let contact = (rng.below(4) == 0).then(|| NamedContact {
        name: format!("{} {}", rng.word(FIRST), rng.word(PEOPLE)).into(),
        role: Some(Role::Secretariat),
    });
    let languages = match rng.below(6) {
        0 => vec!["en"],
        1 => vec!["en", "ar"],
        2 => vec!["es"],
        _ => vec![],
    };
    // The key an import from FINESS would give.
    let finess = format!("{:0>2}{:07}", place.dept.to_string(), no);
    Structure {
        key: format!("finess:{finess}").into(),
        finess: Some(finess),
        kind,
        name: format!("{label} {}", name(rng)).into(),
        address: Address {
            street: format!(
                "{} {} {}",
                1 + rng.below(120),
                rng.word(STREET_TYPES),
                name(rng)
            ),
            postcode: place.postcode,
            city: place.city.to_owned(),
            commune: place.commune,
            location: place.location,
        },
        phone,
        hours: OpeningHours::parse(hours).ok(),
        ages,
        entry_point: kind.can_be_entry_point(),
        languages: languages
            .into_iter()
            .filter_map(|l| Lang::parse(l).ok())
            .collect(),
        contact,
        dept: place.dept,
        serves,
        desk: None,
    }
}

/// Codes of the split cities and their arrondissements, kept for them.
fn is_split_city_code(insee: Insee) -> bool {
    let v = insee.as_u32();
    SPLIT.iter().any(|(city, _, first, n, _)| {
        Insee::parse(city).is_ok_and(|c| c == insee) || (*first..first + n).contains(&v)
    })
}

/// First INSEE code of a metropolitan département.
fn insee_base(dept: Dept) -> u32 {
    match dept.as_u16() {
        200 => 100_000,
        201 => 101_000,
        d => u32::from(d) * 1000,
    }
}

fn postcode_base(dept: Dept) -> u32 {
    match dept.as_u16() {
        200 => 20_000,
        201 => 20_200,
        d => u32::from(d) * 1000,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_synthetic_directory_is_deterministic_and_consistent() {
        let config = SynthConfig {
            communes: 2_000,
            sectors: 120,
            streets_per_city: 50,
            seed: 7,
        };
        let a = national(config);
        let b = national(config);
        assert_eq!(a.structures(), b.structures());
        assert!(a.commune_count() > 1_500, "{}", a.commune_count());
        assert!(
            a.structures()
                .iter()
                .all(|s| s.kind != StructureKind::Cattp || !s.is_entry_point())
        );
        let paris = a.commune_by_insee(Insee::parse("75056").unwrap()).unwrap();
        assert!(paris.split && paris.adult.is_none());
        assert!(
            a.commune_by_insee(Insee::parse("75120").unwrap())
                .unwrap()
                .adult
                .is_some()
        );
    }
}
