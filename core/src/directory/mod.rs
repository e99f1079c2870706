//! The offline directory: structures, sectors and the rules that map a place to a sector.
//!
//! A [`Directory`] is immutable once built. It comes from a human-editable JSON source
//! ([`source`]), from the importers ([`finess`], [`datainclusion`]), or from a compact bundle
//! downloaded to the phone ([`bundle`]). Communes are kept column by column so that a national
//! directory loads in a few milliseconds and answers in microseconds.

mod area;
pub mod bundle;
mod codes;
pub mod datainclusion;
pub mod delta;
mod desk;
pub mod finess;
pub mod geography;
mod names;
pub mod projection;
pub mod sectorisation;
pub mod signature;
pub mod source;
mod street;
pub mod synth;

pub use codes::{CodeError, Dept, Insee, Postcode};
pub use desk::{DeskLink, DeskUrl, DeskUrlError};
pub use names::Closeness;
pub(crate) use names::{Fold, fold, name_closeness};
pub use street::{Parity, split_address, street_key};

use crate::contact::{HumanContact, Lang, OpeningHours, Phone, Region, Role, Who};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

/// Index of a structure in its directory.
pub type StructureId = u32;
/// Index of a sector in its directory.
pub type SectorId = u16;

/// What a structure is. Only some kinds take a new request (see [`Structure::is_entry_point`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StructureKind {
    /// Centre médico-psychologique, adults.
    Cmp,
    /// CMP infanto-juvénile, children and adolescents.
    CmpIj,
    /// Centre médico-psycho-pédagogique, 0–20, not sectorised.
    Cmpp,
    /// Équipe mobile psychiatrie précarité.
    Empp,
    /// 24/7 psychiatric reception and orientation (CPOA, CAP, psychiatric emergencies).
    Reception247,
    /// CATTP / CATTG: groups for people already followed. Never an entry point.
    Cattp,
    Other,
}

impl StructureKind {
    /// Kinds that can never take a first request, whatever the data says.
    pub fn can_be_entry_point(self) -> bool {
        !matches!(self, StructureKind::Cattp)
    }

    /// The role of whoever answers the structure's phone when no name is published.
    pub fn answering_role(self) -> Role {
        match self {
            StructureKind::Reception247 => Role::Reception,
            StructureKind::Empp => Role::OutreachTeam,
            _ => Role::Secretariat,
        }
    }
}

/// Ages a structure sees, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeRange {
    pub min: u8,
    pub max: u8,
}

impl AgeRange {
    pub const ALL: AgeRange = AgeRange { min: 0, max: 120 };

    pub fn covers(self, min: u8, max: u8) -> bool {
        self.min <= min && max <= self.max
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub street: String,
    pub postcode: Option<Postcode>,
    pub city: String,
    pub commune: Option<Insee>,
    /// Where it is on a map (FINESS geocoded extract, data·inclusion), for a map pin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<GeoPoint>,
}

/// A point on the map: latitude and longitude in hundred-thousandths of a degree (about a
/// metre), as integers so that structures stay comparable and the bundle compact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct GeoPoint {
    pub lat: i32,
    pub lon: i32,
}

impl GeoPoint {
    /// `None` unless both are finite and on Earth.
    pub fn from_degrees(lat: f64, lon: f64) -> Option<GeoPoint> {
        let ok = lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0;
        ok.then(|| GeoPoint {
            lat: (lat * 1e5).round() as i32,
            lon: (lon * 1e5).round() as i32,
        })
    }

    pub fn lat_degrees(self) -> f64 {
        f64::from(self.lat) / 1e5
    }

    pub fn lon_degrees(self) -> f64 {
        f64::from(self.lon) / 1e5
    }

    /// Whether the point is in (or near) the territory of a département: metropolitan France
    /// with Corsica, or the overseas département's island or coast. Catches swapped or
    /// mis-projected coordinates.
    pub fn is_in(self, dept: Dept) -> bool {
        let (lat, lon) = (self.lat_degrees(), self.lon_degrees());
        let (lat_range, lon_range) = match dept.as_u16() {
            971 => ((15.8, 18.2), (-63.2, -60.9)),
            972 => ((14.3, 15.0), (-61.3, -60.7)),
            973 => ((2.0, 6.0), (-54.7, -51.5)),
            974 => ((-21.5, -20.8), (55.1, 55.9)),
            976 => ((-13.1, -12.5), (44.9, 45.4)),
            _ => ((41.2, 51.2), (-5.3, 9.7)),
        };
        (lat_range.0..=lat_range.1).contains(&lat) && (lon_range.0..=lon_range.1).contains(&lon)
    }
}

impl Address {
    /// "12 rue X, 96100 Villerelais".
    pub fn one_line(&self) -> String {
        let mut s = self.street.clone();
        if !s.is_empty() {
            s.push_str(", ");
        }
        if let Some(pc) = self.postcode {
            s.push_str(&pc.to_string());
            s.push(' ');
        }
        s.push_str(&self.city);
        s
    }
}

/// A named person a structure publishes as its contact (data·inclusion `contact_nom_prenom`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedContact {
    pub name: Arc<str>,
    pub role: Option<Role>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Structure {
    /// Stable key from the source ("cmp-villerelais-nord", a FINESS number…).
    pub key: Arc<str>,
    pub finess: Option<String>,
    pub kind: StructureKind,
    /// Shared with every contact and route that names the structure.
    pub name: Arc<str>,
    pub address: Address,
    pub phone: Phone,
    /// `None`: not published or not understood; the person is told to call and check.
    pub hours: Option<OpeningHours>,
    pub ages: AgeRange,
    pub entry_point: bool,
    pub languages: Vec<Lang>,
    pub contact: Option<NamedContact>,
    pub dept: Dept,
    /// Départements served by a structure that is not sectorised (CMPP, EMPP, 24/7 reception).
    pub serves: Vec<Dept>,
    /// Its desk, when it takes requests from the app; `None`: "call them".
    pub desk: Option<DeskLink>,
}

impl Structure {
    /// True if a new request may be routed here (domain rule 4).
    pub fn is_entry_point(&self) -> bool {
        self.entry_point && self.kind.can_be_entry_point()
    }

    pub fn region(&self) -> Region {
        self.dept.region()
    }

    /// The human to call at this structure.
    pub fn contact(&self) -> HumanContact {
        let who = match &self.contact {
            Some(c) => Who::named(c.name.clone(), c.role.or(Some(self.kind.answering_role()))),
            None => Who::role(self.kind.answering_role()),
        };
        HumanContact {
            who,
            structure: self.name.clone(),
            phone: self.phone,
            hours: self.hours.clone(),
            region: self.region(),
            languages: self.languages.clone(),
        }
    }
}

/// Adult sectors (secteurs de psychiatrie générale) and child intersecteurs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectorKind {
    Adult,
    Child,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sector {
    /// Official code where known ("75G01", "69I03").
    pub code: String,
    pub kind: SectorKind,
    pub name: String,
    /// Where a new request goes, in order (main CMP first).
    pub structures: Vec<StructureId>,
}

/// A street segment of a split city that belongs to given sectors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreetRule {
    pub commune: Insee,
    /// Matching key, see [`street_key`]. Shared by the segments of a street.
    pub key: Arc<str>,
    /// The name as published, for display.
    pub name: Arc<str>,
    pub from: u32,
    pub to: u32,
    pub parity: Parity,
    pub adult: Option<SectorId>,
    pub child: Option<SectorId>,
}

/// The sectorisation rules for a person without a fixed address. Their order is data: each
/// département (its ARS, its hospitals) may set its own; see [`Directory::no_address_order`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoAddressRule {
    /// Where the person has actually lived for at least 3 months.
    Residence3Months,
    /// The commune of the domiciliation (CASF L264-1: a CCAS or an approved association).
    Domiciliation,
    /// Where the person sleeps or is followed: the place that best fits their life.
    WhereTheyLive,
}

/// The order used where a département has set none (the order of the ARS instructions we
/// know of, e.g. ARS Île-de-France).
pub const DEFAULT_NO_ADDRESS_ORDER: &[NoAddressRule] = &[
    NoAddressRule::Residence3Months,
    NoAddressRule::Domiciliation,
    NoAddressRule::WhereTheyLive,
];

/// Descriptive data about a directory.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// Date of the data ("2026-11-01").
    pub version: String,
    /// The area covered ("Démo – Val-de-Relais (96)").
    pub area: String,
    /// Demo data: fictional places and numbers; the app says so on every screen.
    pub demo: bool,
    /// Where the data comes from.
    pub source: String,
}

/// Communes, column by column, sorted by INSEE code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Communes {
    pub insee: Vec<Insee>,
    /// All names, each followed by '\n'.
    pub names: String,
    pub name_ends: Vec<u32>,
    /// All postcodes, flattened; `postcode_ends[i]` is the end of commune i's run.
    pub postcodes: Vec<Postcode>,
    pub postcode_ends: Vec<u32>,
    /// Sector index + 1; 0 means none.
    pub adult: Vec<u16>,
    pub child: Vec<u16>,
    /// Split city: the sector depends on the street.
    pub split: Vec<bool>,
    /// Size class (see [`size_class`]), so that big communes come first.
    pub size: Vec<u8>,
    /// Former names of merged communes (communes déléguées and associées).
    pub old_names: OldNames,
    /// Municipal arrondissements of Paris, Lyon and Marseille: (arrondissement, city),
    /// sorted by arrondissement.
    pub arrondissements: Vec<(Insee, Insee)>,
}

/// Former names, each with the index of the commune it now belongs to, sorted by commune.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct OldNames {
    pub commune: Vec<u32>,
    /// All names, each followed by '\n'.
    pub names: String,
    pub ends: Vec<u32>,
}

impl OldNames {
    pub fn len(&self) -> usize {
        self.commune.len()
    }

    pub fn name(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        let end = self.ends.get(i).map_or(start, |e| *e as usize);
        self.names.get(start..end.saturating_sub(1)).unwrap_or("")
    }

    /// The former names of one commune.
    pub fn of(&self, commune: u32) -> impl Iterator<Item = &str> {
        let start = self.commune.partition_point(|c| *c < commune);
        (start..self.len())
            .take_while(move |i| self.commune[*i] == commune)
            .map(|i| self.name(i))
    }
}

/// ⌊log2(population + 1)⌋ − 9, at least 0: 0 for communes under 1,023 inhabitants (two in
/// three), 12 for Paris. Villages are not told apart: the class orders picker answers, and a
/// column that is mostly 0 costs little in the bundle.
pub fn size_class(population: u32) -> u8 {
    let log2 = (u32::BITS - population.saturating_add(1).leading_zeros()).saturating_sub(1);
    log2.saturating_sub(9) as u8
}

/// One commune, borrowed from the directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommuneRef<'a> {
    pub index: usize,
    pub insee: Insee,
    pub name: &'a str,
    pub postcodes: &'a [Postcode],
    pub adult: Option<SectorId>,
    pub child: Option<SectorId>,
    pub split: bool,
    /// Size class (see [`size_class`]).
    pub size: u8,
    /// For a municipal arrondissement, its city (75113 → 75056).
    pub city: Option<Insee>,
    /// A city divided into municipal arrondissements (Paris, Lyon, Marseille): the
    /// arrondissements carry the sectors.
    pub divided: bool,
}

impl<'a> CommuneRef<'a> {
    pub fn sector(&self, kind: SectorKind) -> Option<SectorId> {
        match kind {
            SectorKind::Adult => self.adult,
            SectorKind::Child => self.child,
        }
    }
}

/// One answer of the commune picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommuneMatch<'a> {
    pub commune: CommuneRef<'a>,
    pub closeness: Closeness,
    /// The former name that was typed, when the commune was found by it
    /// ("Bellegarde-sur-Valserine" for Valserine en Bugey).
    pub old_name: Option<&'a str>,
    /// The postcode that was typed, when there was one.
    pub postcode: Option<Postcode>,
}

/// Ordering of picker answers: closeness, current name before former name, postcode,
/// larger commune first, then the directory's order.
type MatchKey = (Closeness, bool, u32, u8, u32);

/// The best `limit` answers so far, one per commune, kept sorted without a heap.
struct Best {
    limit: usize,
    found: Vec<(MatchKey, Option<usize>, Option<Postcode>)>,
}

impl Best {
    fn new(limit: usize) -> Best {
        Best {
            limit,
            found: Vec::with_capacity(limit + 1),
        }
    }

    fn offer(&mut self, key: MatchKey, old_name: Option<usize>, postcode: Option<Postcode>) {
        if let Some(pos) = self.found.iter().position(|(k, ..)| k.4 == key.4) {
            if key >= self.found[pos].0 {
                return;
            }
            self.found.remove(pos);
        }
        if self.found.len() == self.limit && self.found.last().is_some_and(|(k, ..)| key >= *k) {
            return;
        }
        let at = self.found.partition_point(|(k, ..)| *k <= key);
        self.found.insert(at, (key, old_name, postcode));
        self.found.truncate(self.limit);
    }

    fn finish(self, dir: &Directory) -> Vec<CommuneMatch<'_>> {
        self.found
            .into_iter()
            .filter_map(|(key, old, postcode)| {
                Some(CommuneMatch {
                    commune: dir.commune(key.4 as usize)?,
                    closeness: key.0,
                    old_name: old.map(|j| dir.communes.old_names.name(j)),
                    postcode,
                })
            })
            .collect()
    }
}

/// Why the directory may not be usable; orientation still gives a human to call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "reason")]
pub enum DirectoryStatus {
    Loaded,
    /// Nothing was ever loaded on this phone.
    Empty,
    /// The bundle could not be read (corrupted, unknown version…).
    Unavailable(String),
}

/// Services per département for structures that are not sectorised.
#[derive(Clone, Debug, Default)]
struct DeptServices {
    reception: Vec<StructureId>,
    empp: Vec<StructureId>,
    cmpp: Vec<StructureId>,
}

/// The whole offline directory, immutable and indexed.
#[derive(Clone, Debug)]
pub struct Directory {
    meta: Meta,
    status: DirectoryStatus,
    structures: Vec<Structure>,
    sectors: Vec<Sector>,
    communes: Communes,
    streets: Vec<StreetRule>,
    /// (postcode, commune index), sorted.
    by_postcode: Vec<(Postcode, u32)>,
    by_dept: HashMap<Dept, DeptServices>,
    /// The département with the most structures, for routing when the place is unknown.
    main_dept: Option<Dept>,
    /// Orders of the no-fixed-address rules set by départements, sorted by département.
    no_address: Vec<(Dept, Vec<NoAddressRule>)>,
}

impl Directory {
    /// A directory with nothing in it: orientation falls back to the national lines.
    pub fn empty() -> Directory {
        Directory::assemble(
            Meta::default(),
            Vec::new(),
            Vec::new(),
            Communes::default(),
            Vec::new(),
        )
        .with_status(DirectoryStatus::Empty)
    }

    /// A stand-in when the stored bundle cannot be read.
    pub fn unavailable(reason: impl Into<String>) -> Directory {
        Directory::empty().with_status(DirectoryStatus::Unavailable(reason.into()))
    }

    fn with_status(mut self, status: DirectoryStatus) -> Directory {
        self.status = status;
        self
    }

    /// Builds the indexes. Inputs must already be consistent (the builders check).
    pub(crate) fn assemble(
        meta: Meta,
        structures: Vec<Structure>,
        sectors: Vec<Sector>,
        communes: Communes,
        mut streets: Vec<StreetRule>,
    ) -> Directory {
        let mut communes = communes;
        communes.split = vec![false; communes.insee.len()];
        communes.size.resize(communes.insee.len(), 0);
        communes.arrondissements.sort_unstable();
        let mut cities: Vec<Insee> = communes.arrondissements.iter().map(|(_, c)| *c).collect();
        cities.sort_unstable();
        cities.dedup();
        // A counting sort by postcode: this runs on every load of a national bundle, and
        // postcodes are below 100,000. Communes of one postcode stay in code order.
        let mut at = vec![0u32; 100_001];
        let listed = |i: usize| !cities.contains(&communes.insee[i]);
        let mut start = 0usize;
        for (i, end) in communes.postcode_ends.iter().enumerate() {
            if listed(i) {
                for pc in &communes.postcodes[start..*end as usize] {
                    at[pc.as_u32() as usize + 1] += 1;
                }
            }
            start = *end as usize;
        }
        for k in 1..at.len() {
            at[k] += at[k - 1];
        }
        let mut by_postcode: Vec<(Postcode, u32)> = match Postcode::from_u32(0) {
            Some(zero) => vec![(zero, 0); at[100_000] as usize],
            None => Vec::new(),
        };
        let mut start = 0usize;
        for (i, end) in communes.postcode_ends.iter().enumerate() {
            if listed(i) {
                for pc in &communes.postcodes[start..*end as usize] {
                    let slot = &mut at[pc.as_u32() as usize];
                    if let Some(entry) = by_postcode.get_mut(*slot as usize) {
                        *entry = (*pc, i as u32);
                    }
                    *slot += 1;
                }
            }
            start = *end as usize;
        }
        streets.sort_by(|a, b| (a.commune, &a.key, a.from).cmp(&(b.commune, &b.key, b.from)));
        for rule in &streets {
            if let Ok(i) = communes.insee.binary_search(&rule.commune) {
                communes.split[i] = true;
            }
        }
        let mut by_dept: HashMap<Dept, DeptServices> = HashMap::new();
        for (id, s) in structures.iter().enumerate() {
            if !s.is_entry_point() {
                continue;
            }
            let depts = if s.serves.is_empty() {
                std::slice::from_ref(&s.dept)
            } else {
                &s.serves[..]
            };
            for d in depts {
                let entry = by_dept.entry(*d).or_default();
                let list = match s.kind {
                    StructureKind::Reception247 => &mut entry.reception,
                    StructureKind::Empp => &mut entry.empp,
                    StructureKind::Cmpp => &mut entry.cmpp,
                    _ => continue,
                };
                list.push(id as StructureId);
            }
        }
        let status = if structures.is_empty() && communes.insee.is_empty() {
            DirectoryStatus::Empty
        } else {
            DirectoryStatus::Loaded
        };
        let mut counts: HashMap<Dept, usize> = HashMap::new();
        for s in &structures {
            *counts.entry(s.dept).or_default() += 1;
        }
        let main_dept = counts
            .into_iter()
            .max_by_key(|(d, n)| (*n, std::cmp::Reverse(*d)))
            .map(|(d, _)| d);
        Directory {
            meta,
            status,
            structures,
            sectors,
            communes,
            streets,
            by_postcode,
            by_dept,
            main_dept,
            no_address: Vec::new(),
        }
    }

    /// Sets the orders of the no-fixed-address rules, per département.
    pub(crate) fn with_no_address(mut self, mut orders: Vec<(Dept, Vec<NoAddressRule>)>) -> Self {
        orders.sort_by_key(|(d, _)| *d);
        orders.dedup_by_key(|(d, _)| *d);
        self.no_address = orders;
        self
    }

    /// The order in which the no-fixed-address rules apply in a département.
    pub fn no_address_order(&self, dept: Option<Dept>) -> &[NoAddressRule] {
        dept.and_then(|d| {
            self.no_address
                .binary_search_by_key(&d, |(d, _)| *d)
                .ok()
                .map(|i| &self.no_address[i].1[..])
        })
        .unwrap_or(DEFAULT_NO_ADDRESS_ORDER)
    }

    /// Départements with their own order of the no-fixed-address rules.
    pub fn no_address_orders(&self) -> &[(Dept, Vec<NoAddressRule>)] {
        &self.no_address
    }

    pub fn meta(&self) -> &Meta {
        &self.meta
    }

    pub fn status(&self) -> &DirectoryStatus {
        &self.status
    }

    pub fn structures(&self) -> &[Structure] {
        &self.structures
    }

    pub fn structure(&self, id: StructureId) -> Option<&Structure> {
        self.structures.get(id as usize)
    }

    pub fn structure_by_key(&self, key: &str) -> Option<(StructureId, &Structure)> {
        self.structures
            .iter()
            .enumerate()
            .find(|(_, s)| &*s.key == key)
            .map(|(i, s)| (i as StructureId, s))
    }

    /// Says that `link` takes the requests of the structures named by `keys` (a desk serving
    /// them, or a publisher writing in the desks it knows). Returns the keys not found.
    pub fn link_desk<'k>(&mut self, keys: &'k [String], link: &DeskLink) -> Vec<&'k str> {
        let mut unknown = Vec::new();
        for key in keys {
            match self.structures.iter_mut().find(|s| &*s.key == key.as_str()) {
                Some(s) => s.desk = Some(link.clone()),
                None => unknown.push(key.as_str()),
            }
        }
        unknown
    }

    pub fn sectors(&self) -> &[Sector] {
        &self.sectors
    }

    pub fn sector(&self, id: SectorId) -> Option<&Sector> {
        self.sectors.get(id as usize)
    }

    pub fn streets(&self) -> &[StreetRule] {
        &self.streets
    }

    pub fn commune_count(&self) -> usize {
        self.communes.insee.len()
    }

    pub fn commune(&self, index: usize) -> Option<CommuneRef<'_>> {
        let c = &self.communes;
        let insee = *c.insee.get(index)?;
        let name_start = if index == 0 {
            0
        } else {
            c.name_ends[index - 1] as usize
        };
        let name_end = c.name_ends[index] as usize;
        let pc_start = if index == 0 {
            0
        } else {
            c.postcode_ends[index - 1] as usize
        };
        let pc_end = c.postcode_ends[index] as usize;
        let sector = |v: u16| v.checked_sub(1);
        let city = c
            .arrondissements
            .binary_search_by_key(&insee, |(a, _)| *a)
            .ok()
            .map(|i| c.arrondissements[i].1);
        Some(CommuneRef {
            index,
            insee,
            // Each name is stored with its '\n' terminator.
            name: c
                .names
                .get(name_start..name_end.saturating_sub(1))
                .unwrap_or(""),
            postcodes: c.postcodes.get(pc_start..pc_end).unwrap_or(&[]),
            adult: sector(c.adult[index]),
            child: sector(c.child[index]),
            split: c.split[index],
            size: c.size.get(index).copied().unwrap_or(0),
            city,
            divided: c.arrondissements.iter().any(|(_, city)| *city == insee),
        })
    }

    pub fn communes(&self) -> impl Iterator<Item = CommuneRef<'_>> {
        (0..self.commune_count()).filter_map(|i| self.commune(i))
    }

    pub fn commune_by_insee(&self, insee: Insee) -> Option<CommuneRef<'_>> {
        let i = self.communes.insee.binary_search(&insee).ok()?;
        self.commune(i)
    }

    /// Communes with this postcode.
    pub fn communes_by_postcode(&self, pc: Postcode) -> impl Iterator<Item = CommuneRef<'_>> {
        let start = self.by_postcode.partition_point(|(p, _)| *p < pc);
        self.by_postcode[start..]
            .iter()
            .take_while(move |(p, _)| *p == pc)
            .filter_map(|(_, i)| self.commune(*i as usize))
    }

    /// The commune picker: communes as people type them, best first, at most `limit`.
    ///
    /// Accents, case, hyphens and spaces do not matter; "St"/"Ste" stand for
    /// "Saint"/"Sainte"; a leading article may be left out ("Havre"); a former name of a
    /// merged commune finds the commune it belongs to; digits find postcodes ("750",
    /// "75013"), also next to a name ("75013 Paris"); "Paris 13", "Paris 13e", "Lyon 1er" find
    /// the arrondissement. Only the start of a name is compared, letter for letter: a typo
    /// finds nothing rather than another commune. Whole names come first, then names whose
    /// word ends where the typing stops, then longer names; among equals, larger communes.
    pub fn search_communes(&self, typed: &str, limit: usize) -> Vec<CommuneMatch<'_>> {
        if limit == 0 {
            return Vec::new();
        }
        let digits = typed.trim();
        if !digits.is_empty() && digits.len() <= 5 && digits.bytes().all(|b| b.is_ascii_digit()) {
            return self.search_postcodes(digits, limit);
        }
        // A postcode next to a name: "75013 Paris", "Saint-Denis 93200".
        let postcode = typed
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.len() == 5 && w.bytes().all(|b| b.is_ascii_digit()))
            .find_map(|w| Postcode::parse(w).ok());
        let rest;
        let text = match postcode {
            Some(pc) => {
                rest = typed.replacen(&pc.to_string(), " ", 1);
                rest.as_str()
            }
            None => typed,
        };
        let whole = fold(text);
        let as_typed: Vec<u8> = Fold::typed(text).collect();
        let needles: &[&[u8]] = if as_typed == whole {
            &[&whole]
        } else {
            &[&whole, &as_typed]
        };
        match postcode {
            Some(pc) if whole.is_empty() => self.search_postcodes(&pc.to_string(), limit),
            _ if whole.is_empty() => Vec::new(),
            _ => self.scan(needles, postcode, false, limit),
        }
    }

    /// Communes whose name (or former name) is exactly this text, once folded: what a
    /// person wrote in a form, for orientation. "Paris 13e" is the arrondissement.
    pub fn communes_named(&self, text: &str, limit: usize) -> Vec<CommuneMatch<'_>> {
        let needle = fold(text);
        if needle.is_empty() || limit == 0 {
            return Vec::new();
        }
        self.scan(&[&needle], None, true, limit)
    }

    /// Communes with a postcode starting with these digits.
    fn search_postcodes(&self, digits: &str, limit: usize) -> Vec<CommuneMatch<'_>> {
        let Ok(value) = digits.parse::<u32>() else {
            return Vec::new();
        };
        let scale = 10u32.pow(5 - digits.len() as u32);
        let (lo, hi) = (value * scale, (value + 1) * scale);
        let start = self.by_postcode.partition_point(|(p, _)| p.as_u32() < lo);
        let closeness = if digits.len() == 5 {
            Closeness::Exact
        } else {
            Closeness::Prefix
        };
        let mut best = Best::new(limit);
        for (pc, i) in self.by_postcode[start..]
            .iter()
            .take_while(|(p, _)| p.as_u32() < hi)
        {
            let key = (
                closeness,
                false,
                pc.as_u32(),
                u8::MAX - self.size_of(*i),
                *i,
            );
            best.offer(key, None, Some(*pc));
        }
        best.finish(self)
    }

    fn size_of(&self, i: u32) -> u8 {
        self.communes.size.get(i as usize).copied().unwrap_or(0)
    }

    fn name_of(&self, i: usize) -> &str {
        let c = &self.communes;
        let start = if i == 0 {
            0
        } else {
            c.name_ends[i - 1] as usize
        };
        let end = c.name_ends[i] as usize;
        c.names.get(start..end.saturating_sub(1)).unwrap_or("")
    }

    /// Compares every name and former name (or those of one postcode) with the needles.
    fn scan(
        &self,
        needles: &[&[u8]],
        postcode: Option<Postcode>,
        only_exact: bool,
        limit: usize,
    ) -> Vec<CommuneMatch<'_>> {
        let mut best = Best::new(limit);
        let closest = |name: &str| {
            needles
                .iter()
                .filter_map(|n| name_closeness(name, n))
                .min()
                .filter(|c| !only_exact || *c == Closeness::Exact)
        };
        let mut consider = |i: u32| {
            if let Some(c) = closest(self.name_of(i as usize)) {
                best.offer((c, false, 0, u8::MAX - self.size_of(i), i), None, postcode);
            }
            let old = &self.communes.old_names;
            let first = old.commune.partition_point(|c| *c < i);
            for j in (first..old.len()).take_while(|j| old.commune[*j] == i) {
                if let Some(c) = closest(old.name(j)) {
                    let key = (c, true, 0, u8::MAX - self.size_of(i), i);
                    best.offer(key, Some(j), postcode);
                }
            }
        };
        match postcode {
            Some(pc) => {
                let start = self.by_postcode.partition_point(|(p, _)| *p < pc);
                for (_, i) in self.by_postcode[start..]
                    .iter()
                    .take_while(|(p, _)| *p == pc)
                {
                    consider(*i);
                }
            }
            None => {
                for i in 0..self.communes.insee.len() {
                    if let Some(c) = closest(self.name_of(i)) {
                        let i = i as u32;
                        best.offer((c, false, 0, u8::MAX - self.size_of(i), i), None, None);
                    }
                }
                let old = &self.communes.old_names;
                for j in 0..old.len() {
                    if let Some(c) = closest(old.name(j)) {
                        let i = old.commune[j];
                        let key = (c, true, 0, u8::MAX - self.size_of(i), i);
                        best.offer(key, Some(j), None);
                    }
                }
            }
        }
        best.finish(self)
    }

    /// The arrondissements of a divided city (Paris, Lyon, Marseille), in order.
    pub fn arrondissements(&self, city: Insee) -> impl Iterator<Item = CommuneRef<'_>> {
        self.communes
            .arrondissements
            .iter()
            .filter(move |(_, c)| *c == city)
            .filter_map(|(a, _)| self.commune_by_insee(*a))
    }

    /// The former names of a commune (merged communes), for display.
    pub fn old_names(&self, commune: &CommuneRef<'_>) -> impl Iterator<Item = &str> {
        self.communes.old_names.of(commune.index as u32)
    }

    /// The street rules of a commune for one street key.
    pub fn street_rules(&self, commune: Insee, key: &str) -> &[StreetRule] {
        let start = self
            .streets
            .partition_point(|r| (r.commune, &*r.key) < (commune, key));
        let len = self.streets[start..]
            .iter()
            .take_while(|r| r.commune == commune && &*r.key == key)
            .count();
        &self.streets[start..start + len]
    }

    pub fn has_streets(&self, commune: Insee) -> bool {
        let start = self.streets.partition_point(|r| r.commune < commune);
        self.streets
            .get(start)
            .is_some_and(|r| r.commune == commune)
    }

    /// 24/7 receptions serving a département.
    pub fn receptions(&self, dept: Dept) -> &[StructureId] {
        self.by_dept.get(&dept).map_or(&[], |d| &d.reception)
    }

    /// Outreach teams (EMPP) serving a département.
    pub fn outreach_teams(&self, dept: Dept) -> &[StructureId] {
        self.by_dept.get(&dept).map_or(&[], |d| &d.empp)
    }

    /// CMPPs serving a département.
    pub fn cmpps(&self, dept: Dept) -> &[StructureId] {
        self.by_dept.get(&dept).map_or(&[], |d| &d.cmpp)
    }

    /// The département most of the directory is about, for routing when the place is unknown.
    pub fn main_dept(&self) -> Option<Dept> {
        self.main_dept
    }

    pub(crate) fn communes_raw(&self) -> &Communes {
        &self.communes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_directory_answers_nothing_without_panicking() {
        let d = Directory::empty();
        assert_eq!(d.status(), &DirectoryStatus::Empty);
        assert_eq!(d.commune_count(), 0);
        assert!(d.commune(0).is_none());
        assert!(d.search_communes("Lyon", 5).is_empty());
        assert!(d.receptions(Dept::parse("75").unwrap()).is_empty());
        assert!(d.main_dept().is_none());
        let u = Directory::unavailable("checksum mismatch");
        assert!(matches!(u.status(), DirectoryStatus::Unavailable(r) if r == "checksum mismatch"));
    }

    #[test]
    fn commune_search_ignores_accents_case_and_punctuation() {
        let d = source::demo().directory;
        let names = |typed: &str| {
            d.search_communes(typed, 5)
                .iter()
                .map(|m| m.commune.name.to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(names("saint aub"), ["Saint-Aubin-la-Plaine"]);
        assert_eq!(names("LES E"), ["Les Essarts-du-Val", "Les Étangs"]);
        assert_eq!(names("ile aux"), ["Île-aux-Hérons"]);
        assert_eq!(
            names("villerelais")[0],
            "Villerelais",
            "an exact name comes first"
        );
        assert!(names("  ").is_empty());
        assert!(names("zzz").is_empty());
    }

    #[test]
    fn cattp_is_never_an_entry_point() {
        assert!(!StructureKind::Cattp.can_be_entry_point());
        assert!(StructureKind::Cmp.can_be_entry_point());
        assert!(AgeRange { min: 16, max: 120 }.covers(18, 20));
        assert!(!AgeRange { min: 18, max: 120 }.covers(16, 17));
    }
}
