//! Building a directory, from the human-editable JSON source or from the importers.
//!
//! Every item is checked on its own: a bad item is reported with where it is and why, and
//! the good ones are kept. The builder is the one place that knows the directory's rules
//! (unique keys, sectors pointing at real structures, CATTP never an entry point…).

use super::{
    Address, AgeRange, Communes, Dept, DeskLink, DeskUrl, Directory, GeoPoint, Insee, Meta,
    NamedContact, NoAddressRule, Parity, Postcode, Sector, SectorId, SectorKind, StreetRule,
    Structure, StructureId, StructureKind, size_class, street_key,
};
use crate::contact::{Lang, OpeningHours, Phone, Role};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// Something in the input that was not imported, with where and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ImportIssue {
    /// "line 12", "structures[3]"…
    pub at: String,
    pub reason: String,
}

impl fmt::Display for ImportIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.reason)
    }
}

impl ImportIssue {
    pub fn new(at: impl Into<String>, reason: impl Into<String>) -> ImportIssue {
        ImportIssue {
            at: at.into(),
            reason: reason.into(),
        }
    }
}

/// What an import produced: the directory and what was left out.
#[derive(Debug)]
pub struct Imported {
    pub directory: Directory,
    pub issues: Vec<ImportIssue>,
}

#[derive(Debug, Default)]
struct CommuneDraft {
    name: String,
    postcodes: Vec<Postcode>,
    adult: Option<SectorId>,
    child: Option<SectorId>,
    population: Option<u32>,
    old_names: Vec<String>,
    /// For a municipal arrondissement, its city.
    city: Option<Insee>,
}

/// Collects structures, sectors, communes and street rules, then indexes them.
#[derive(Debug, Default)]
pub struct DirectoryBuilder {
    meta: Meta,
    structures: Vec<Structure>,
    structure_keys: HashMap<String, StructureId>,
    sectors: Vec<Sector>,
    sector_codes: HashMap<String, SectorId>,
    communes: BTreeMap<Insee, CommuneDraft>,
    /// Codes of communes that merged into another: old code → current code.
    old_codes: HashMap<Insee, Insee>,
    streets: Vec<StreetRule>,
    no_address: Vec<(Dept, Vec<NoAddressRule>)>,
    by_finess: HashMap<String, StructureId>,
    issues: Vec<ImportIssue>,
}

impl DirectoryBuilder {
    pub fn new(meta: Meta) -> DirectoryBuilder {
        DirectoryBuilder {
            meta,
            ..Default::default()
        }
    }

    pub fn issue(&mut self, at: impl Into<String>, reason: impl Into<String>) {
        self.issues.push(ImportIssue::new(at, reason));
    }

    pub fn structure_id(&self, key: &str) -> Option<StructureId> {
        self.structure_keys.get(key).copied()
    }

    pub fn structure_count(&self) -> usize {
        self.structures.len()
    }

    pub fn add_structure(&mut self, mut s: Structure) -> Result<StructureId, ImportIssue> {
        if s.key.trim().is_empty() {
            return Err(ImportIssue::new(&*s.name, "the structure has no key"));
        }
        if self.structure_keys.contains_key(&*s.key) {
            return Err(ImportIssue::new(&*s.key, "two structures have this key"));
        }
        if s.name.trim().is_empty() {
            return Err(ImportIssue::new(&*s.key, "the structure has no name"));
        }
        if !s.kind.can_be_entry_point() {
            s.entry_point = false;
        }
        let id = self.structures.len() as StructureId;
        self.structure_keys.insert(s.key.to_string(), id);
        if let Some(f) = &s.finess {
            self.by_finess.entry(f.clone()).or_insert(id);
        }
        self.structures.push(s);
        Ok(id)
    }

    pub fn structure(&self, id: StructureId) -> Option<&Structure> {
        self.structures.get(id as usize)
    }

    /// Sets where a structure is on the map.
    pub fn set_location(&mut self, id: StructureId, point: GeoPoint) {
        if let Some(s) = self.structures.get_mut(id as usize) {
            s.address.location = Some(point);
        }
    }

    /// The structure with this FINESS number (the first one added, if several claim it).
    pub fn structure_by_finess(&self, finess: &str) -> Option<(StructureId, &Structure)> {
        let id = *self.by_finess.get(finess)?;
        self.structures.get(id as usize).map(|s| (id, s))
    }

    pub fn sector_id(&self, code: &str) -> Option<SectorId> {
        self.sector_codes.get(code).copied()
    }

    pub fn sector(&self, id: SectorId) -> Option<&Sector> {
        self.sectors.get(usize::from(id))
    }

    /// The current code of a commune given by a current or a former code.
    pub fn current_commune(&self, insee: Insee) -> Option<Insee> {
        if self.communes.contains_key(&insee) {
            return Some(insee);
        }
        self.old_codes
            .get(&insee)
            .filter(|c| self.communes.contains_key(c))
            .copied()
    }

    /// Records that `old` is the former code of a commune merged into `current`.
    pub fn add_old_code(&mut self, old: Insee, current: Insee) {
        self.old_codes.insert(old, current);
    }

    pub fn commune_name(&self, insee: Insee) -> Option<&str> {
        self.communes.get(&insee).map(|c| c.name.as_str())
    }

    /// The current name and former names of a commune.
    pub fn commune_names(&self, insee: Insee) -> impl Iterator<Item = &str> {
        self.communes.get(&insee).into_iter().flat_map(|c| {
            std::iter::once(c.name.as_str()).chain(c.old_names.iter().map(String::as_str))
        })
    }

    /// Communes with this postcode, in code order.
    pub fn communes_with_postcode(&self, pc: Postcode) -> Vec<Insee> {
        self.communes
            .iter()
            .filter(|(_, c)| c.postcodes.contains(&pc))
            .map(|(i, _)| *i)
            .collect()
    }

    /// The sector of a kind a commune is in, if any.
    pub fn commune_sector(&self, insee: Insee, kind: SectorKind) -> Option<SectorId> {
        let c = self.communes.get(&insee)?;
        match kind {
            SectorKind::Adult => c.adult,
            SectorKind::Child => c.child,
        }
    }

    /// Puts a commune in a sector (or in none); false if the commune is unknown.
    pub fn set_commune_sector(
        &mut self,
        insee: Insee,
        kind: SectorKind,
        sector: Option<SectorId>,
    ) -> bool {
        let Some(c) = self.communes.get_mut(&insee) else {
            return false;
        };
        match kind {
            SectorKind::Adult => c.adult = sector,
            SectorKind::Child => c.child = sector,
        }
        true
    }

    /// Population, former names and city of a commune already added.
    pub fn set_commune_details(
        &mut self,
        insee: Insee,
        population: Option<u32>,
        old_names: Vec<String>,
        city: Option<Insee>,
    ) -> Result<(), ImportIssue> {
        let at = insee.to_string();
        if old_names
            .iter()
            .any(|n| n.trim().is_empty() || n.contains('\n'))
        {
            return Err(ImportIssue::new(
                at,
                "a former name is empty or has a line break",
            ));
        }
        if city == Some(insee) {
            return Err(ImportIssue::new(at, "a commune cannot be its own city"));
        }
        let Some(c) = self.communes.get_mut(&insee) else {
            return Err(ImportIssue::new(at, "unknown commune"));
        };
        c.population = population;
        c.old_names = old_names.into_iter().map(|n| n.trim().to_owned()).collect();
        c.city = city;
        Ok(())
    }

    /// The street rules added so far.
    pub fn streets(&self) -> &[StreetRule] {
        &self.streets
    }

    /// The order of the no-fixed-address rules in a département (replaces an earlier one).
    pub fn set_no_address_order(&mut self, dept: Dept, order: Vec<NoAddressRule>) {
        self.no_address.retain(|(d, _)| *d != dept);
        self.no_address.push((dept, order));
    }

    pub fn add_sector(
        &mut self,
        code: &str,
        kind: SectorKind,
        name: &str,
        structure_keys: &[String],
    ) -> Result<SectorId, ImportIssue> {
        if code.trim().is_empty() {
            return Err(ImportIssue::new(name, "the sector has no code"));
        }
        if self.sector_codes.contains_key(code) {
            return Err(ImportIssue::new(code, "two sectors have this code"));
        }
        if self.sectors.len() >= usize::from(u16::MAX - 1) {
            return Err(ImportIssue::new(code, "too many sectors"));
        }
        let mut structures = Vec::with_capacity(structure_keys.len());
        for key in structure_keys {
            match self.structure_keys.get(key) {
                Some(id) => structures.push(*id),
                None => return Err(ImportIssue::new(code, format!("unknown structure '{key}'"))),
            }
        }
        let id = self.sectors.len() as SectorId;
        self.sector_codes.insert(code.to_owned(), id);
        self.sectors.push(Sector {
            code: code.to_owned(),
            kind,
            name: name.to_owned(),
            structures,
        });
        Ok(id)
    }

    fn sector_ref(
        &self,
        code: Option<&str>,
        expected: SectorKind,
    ) -> Result<Option<SectorId>, String> {
        let Some(code) = code.filter(|c| !c.is_empty()) else {
            return Ok(None);
        };
        let id = *self
            .sector_codes
            .get(code)
            .ok_or_else(|| format!("unknown sector '{code}'"))?;
        if self.sectors[id as usize].kind != expected {
            return Err(format!("sector '{code}' is not a {expected:?} sector"));
        }
        Ok(Some(id))
    }

    pub fn add_commune(
        &mut self,
        insee: Insee,
        name: &str,
        postcodes: Vec<Postcode>,
        adult: Option<&str>,
        child: Option<&str>,
    ) -> Result<(), ImportIssue> {
        let at = insee.to_string();
        if name.trim().is_empty() || name.contains('\n') {
            return Err(ImportIssue::new(at, "the commune has no valid name"));
        }
        let adult = self
            .sector_ref(adult, SectorKind::Adult)
            .map_err(|r| ImportIssue::new(&at, r))?;
        let child = self
            .sector_ref(child, SectorKind::Child)
            .map_err(|r| ImportIssue::new(&at, r))?;
        if self.communes.contains_key(&insee) {
            return Err(ImportIssue::new(at, "two communes have this INSEE code"));
        }
        self.communes.insert(
            insee,
            CommuneDraft {
                name: name.trim().to_owned(),
                postcodes,
                adult,
                child,
                ..Default::default()
            },
        );
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub fn add_street(
        &mut self,
        commune: Insee,
        name: &str,
        from: u32,
        to: u32,
        parity: Parity,
        adult: Option<&str>,
        child: Option<&str>,
    ) -> Result<(), ImportIssue> {
        let at = format!("{commune} {name}");
        let key = street_key(name);
        if key.is_empty() {
            return Err(ImportIssue::new(at, "the street has no name"));
        }
        if from > to {
            return Err(ImportIssue::new(
                at,
                format!("numbers go from {from} to {to}"),
            ));
        }
        let adult = self
            .sector_ref(adult, SectorKind::Adult)
            .map_err(|r| ImportIssue::new(&at, r))?;
        let child = self
            .sector_ref(child, SectorKind::Child)
            .map_err(|r| ImportIssue::new(&at, r))?;
        if adult.is_none() && child.is_none() {
            return Err(ImportIssue::new(at, "the street rule names no sector"));
        }
        self.streets.push(StreetRule {
            commune,
            key: key.into(),
            name: name.into(),
            from,
            to,
            parity,
            adult,
            child,
        });
        Ok(())
    }

    pub fn build(self) -> Imported {
        let mut issues = self.issues;
        let mut communes = Communes::default();
        let split: std::collections::BTreeSet<Insee> =
            self.streets.iter().map(|s| s.commune).collect();
        for insee in &split {
            if !self.communes.contains_key(insee) {
                issues.push(ImportIssue::new(
                    insee.to_string(),
                    "street rules for a commune not in the directory",
                ));
            }
        }
        for (insee, draft) in &self.communes {
            if let Some(city) = draft.city {
                if self.communes.contains_key(&city) {
                    communes.arrondissements.push((*insee, city));
                } else {
                    issues.push(ImportIssue::new(
                        insee.to_string(),
                        format!("the city {city} of this arrondissement is not in the directory"),
                    ));
                }
            }
        }
        for (i, (insee, draft)) in self.communes.into_iter().enumerate() {
            communes.insee.push(insee);
            communes.names.push_str(&draft.name);
            communes.names.push('\n');
            communes.name_ends.push(communes.names.len() as u32);
            communes.postcodes.extend(draft.postcodes);
            communes.postcode_ends.push(communes.postcodes.len() as u32);
            communes.adult.push(draft.adult.map_or(0, |s| s + 1));
            communes.child.push(draft.child.map_or(0, |s| s + 1));
            communes.size.push(draft.population.map_or(0, size_class));
            for old in draft.old_names {
                communes.old_names.commune.push(i as u32);
                communes.old_names.names.push_str(&old);
                communes.old_names.names.push('\n');
                communes
                    .old_names
                    .ends
                    .push(communes.old_names.names.len() as u32);
            }
        }
        let directory = Directory::assemble(
            self.meta,
            self.structures,
            self.sectors,
            communes,
            self.streets,
        )
        .with_no_address(self.no_address);
        Imported { directory, issues }
    }
}

// ---------------------------------------------------------------------------------------------
// The JSON source format (data/demo/directory.json).

/// The human-editable directory file. Fields are plain strings so that one bad value is
/// reported for its item instead of rejecting the file.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SourceFile {
    pub meta: Meta,
    #[serde(default)]
    pub structures: Vec<SourceStructure>,
    #[serde(default)]
    pub sectors: Vec<SourceSector>,
    #[serde(default)]
    pub communes: Vec<SourceCommune>,
    #[serde(default)]
    pub streets: Vec<SourceStreet>,
    /// Départements whose order of the no-fixed-address rules differs from the default.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_fixed_address: Vec<SourceNoAddressOrder>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceNoAddressOrder {
    pub dept: String,
    pub order: Vec<NoAddressRule>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceStructure {
    pub key: String,
    pub kind: StructureKind,
    pub name: String,
    #[serde(default)]
    pub finess: Option<String>,
    #[serde(default)]
    pub street: String,
    #[serde(default)]
    pub postcode: Option<String>,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub commune: Option<String>,
    pub phone: String,
    #[serde(default)]
    pub hours: Option<String>,
    /// [min, max] inclusive.
    #[serde(default)]
    pub ages: Option<[u8; 2]>,
    #[serde(default = "yes")]
    pub entry_point: bool,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub contact_name: Option<String>,
    #[serde(default)]
    pub contact_role: Option<Role>,
    pub dept: String,
    #[serde(default)]
    pub serves: Vec<String>,
    /// The structure's desk, when it takes requests from the app.
    #[serde(default)]
    pub desk: Option<SourceDesk>,
}

/// A desk as the source file writes it: `{"url": "https://…", "sms": "06 …"}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceDesk {
    pub url: String,
    #[serde(default)]
    pub sms: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceSector {
    pub code: String,
    pub kind: SectorKind,
    pub name: String,
    pub structures: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceCommune {
    pub insee: String,
    pub name: String,
    #[serde(default)]
    pub postcodes: Vec<String>,
    #[serde(default)]
    pub adult: Option<String>,
    #[serde(default)]
    pub child: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u32>,
    /// Former names (merged communes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub old_names: Vec<String>,
    /// For a municipal arrondissement, the INSEE code of its city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceStreet {
    pub commune: String,
    pub street: String,
    #[serde(default)]
    pub from: Option<u32>,
    #[serde(default)]
    pub to: Option<u32>,
    #[serde(default)]
    pub parity: Parity,
    #[serde(default)]
    pub adult: Option<String>,
    #[serde(default)]
    pub child: Option<String>,
}

/// Why a source file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error(
        "the directory file is not valid JSON for this format (line {line}, column {column}): {message}"
    )]
    Json {
        line: usize,
        column: usize,
        message: String,
    },
}

impl SourceStructure {
    /// Checks every field; the first problem is the reason.
    pub fn to_structure(&self) -> Result<Structure, String> {
        let phone = Phone::parse(&self.phone).map_err(|e| format!("phone: {e}"))?;
        let hours = match self.hours.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(h) => Some(OpeningHours::parse(h).map_err(|e| format!("hours: {e}"))?),
        };
        let dept = Dept::parse(&self.dept).map_err(|e| e.to_string())?;
        let postcode = self
            .postcode
            .as_deref()
            .map(Postcode::parse)
            .transpose()
            .map_err(|e| e.to_string())?;
        let commune = self
            .commune
            .as_deref()
            .map(Insee::parse)
            .transpose()
            .map_err(|e| e.to_string())?;
        let languages = self
            .languages
            .iter()
            .map(|l| Lang::parse(l))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())?;
        let serves = self
            .serves
            .iter()
            .map(|d| Dept::parse(d))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())?;
        let desk = match &self.desk {
            None => None,
            Some(d) => Some(DeskLink {
                url: DeskUrl::parse(&d.url).map_err(|e| format!("desk: {e}"))?,
                sms: d
                    .sms
                    .as_deref()
                    .map(Phone::parse)
                    .transpose()
                    .map_err(|e| format!("desk SMS number: {e}"))?,
            }),
        };
        let ages = match self.ages {
            Some([min, max]) if min <= max => AgeRange { min, max },
            Some([min, max]) => return Err(format!("ages go from {min} to {max}")),
            None => AgeRange::ALL,
        };
        let contact = self
            .contact_name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|name| NamedContact {
                name: name.into(),
                role: self.contact_role,
            });
        Ok(Structure {
            key: self.key.as_str().into(),
            finess: self.finess.clone(),
            kind: self.kind,
            name: self.name.trim().into(),
            address: Address {
                street: self.street.clone(),
                postcode,
                city: self.city.clone(),
                commune,
                location: None,
            },
            phone,
            hours,
            ages,
            entry_point: self.entry_point,
            languages,
            contact,
            dept,
            serves,
            desk,
        })
    }
}

impl SourceFile {
    pub fn from_json(text: &str) -> Result<SourceFile, SourceError> {
        serde_json::from_str(text).map_err(|e| SourceError::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })
    }

    /// Builds the directory, keeping every good item and reporting the others.
    pub fn build(&self) -> Imported {
        self.builder().build()
    }

    /// The builder filled with the file, to add more (a sectorisation file…) before building.
    pub fn builder(&self) -> DirectoryBuilder {
        let mut b = DirectoryBuilder::new(self.meta.clone());
        for (i, s) in self.structures.iter().enumerate() {
            let at = format!("structures[{i}] ({})", s.key);
            match s.to_structure() {
                Ok(st) => {
                    if let Err(e) = b.add_structure(st) {
                        b.issue(at, e.reason);
                    }
                }
                Err(reason) => b.issue(at, reason),
            }
        }
        for (i, s) in self.sectors.iter().enumerate() {
            if let Err(e) = b.add_sector(&s.code, s.kind, &s.name, &s.structures) {
                b.issue(format!("sectors[{i}] ({})", s.code), e.reason);
            }
        }
        for (i, c) in self.communes.iter().enumerate() {
            let at = format!("communes[{i}] ({})", c.insee);
            let parsed = Insee::parse(&c.insee)
                .map_err(|e| e.to_string())
                .and_then(|insee| {
                    let pcs = c
                        .postcodes
                        .iter()
                        .map(|p| Postcode::parse(p))
                        .collect::<Result<Vec<_>, _>>();
                    pcs.map(|pcs| (insee, pcs)).map_err(|e| e.to_string())
                });
            let city = c
                .city
                .as_deref()
                .map(Insee::parse)
                .transpose()
                .map_err(|e| e.to_string());
            match parsed.and_then(|p| city.map(|city| (p, city))) {
                Ok(((insee, pcs), city)) => {
                    let added = b
                        .add_commune(insee, &c.name, pcs, c.adult.as_deref(), c.child.as_deref())
                        .and_then(|()| {
                            b.set_commune_details(insee, c.population, c.old_names.clone(), city)
                        });
                    if let Err(e) = added {
                        b.issue(at, e.reason);
                    }
                }
                Err(reason) => b.issue(at, reason),
            }
        }
        for (i, s) in self.streets.iter().enumerate() {
            let at = format!("streets[{i}] ({})", s.street);
            match Insee::parse(&s.commune) {
                Ok(insee) => {
                    let (from, to) = (s.from.unwrap_or(0), s.to.unwrap_or(u32::MAX));
                    if let Err(e) = b.add_street(
                        insee,
                        &s.street,
                        from,
                        to,
                        s.parity,
                        s.adult.as_deref(),
                        s.child.as_deref(),
                    ) {
                        b.issue(at, e.reason);
                    }
                }
                Err(e) => b.issue(at, e.to_string()),
            }
        }
        for (i, o) in self.no_fixed_address.iter().enumerate() {
            match Dept::parse(&o.dept) {
                Ok(d) if !o.order.is_empty() => b.set_no_address_order(d, o.order.clone()),
                Ok(_) => b.issue(format!("no_fixed_address[{i}]"), "the order is empty"),
                Err(e) => b.issue(format!("no_fixed_address[{i}]"), e.to_string()),
            }
        }
        b
    }
}

/// The demo directory shipped in `data/demo/directory.json`, compiled in for the desk's demo,
/// the tests and the benchmarks.
pub const DEMO_JSON: &str = include_str!("../../../data/demo/directory.json");

/// The demo directory, built. Its issues list is empty (a test checks it).
pub fn demo() -> Imported {
    match SourceFile::from_json(DEMO_JSON) {
        Ok(src) => src.build(),
        Err(e) => Imported {
            directory: Directory::unavailable(e.to_string()),
            issues: vec![ImportIssue::new("data/demo/directory.json", e.to_string())],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_items_are_reported_and_good_ones_kept() {
        let json = r#"{
          "meta": {"version": "t", "area": "t", "demo": true, "source": "test"},
          "structures": [
            {"key": "a", "kind": "cmp", "name": "CMP A", "phone": "01 99 00 00 01", "dept": "96"},
            {"key": "b", "kind": "cmp", "name": "CMP B", "phone": "01 99", "dept": "96"},
            {"key": "a", "kind": "cmp", "name": "CMP A bis", "phone": "01 99 00 00 02", "dept": "96"},
            {"key": "c", "kind": "cattp", "name": "CATTP", "phone": "01 99 00 00 03", "dept": "96", "hours": "Mo 9h"}
          ],
          "sectors": [
            {"code": "96G01", "kind": "adult", "name": "S1", "structures": ["a"]},
            {"code": "96G02", "kind": "adult", "name": "S2", "structures": ["zz"]}
          ],
          "communes": [
            {"insee": "96001", "name": "Un", "postcodes": ["96100"], "adult": "96G01"},
            {"insee": "96002", "name": "Deux", "postcodes": ["961"], "adult": "96G01"},
            {"insee": "96003", "name": "Trois", "postcodes": [], "adult": "96G09"},
            {"insee": "96004", "name": "Quatre", "postcodes": [], "child": "96G01"}
          ],
          "streets": [
            {"commune": "96001", "street": "rue X", "from": 9, "to": 1, "adult": "96G01"}
          ]
        }"#;
        let imported = SourceFile::from_json(json).unwrap().build();
        let reasons: Vec<String> = imported.issues.iter().map(ToString::to_string).collect();
        assert_eq!(
            reasons,
            [
                "structures[1] (b): phone: a French number has 10 digits starting with 0; this one has 4",
                "structures[2] (a): two structures have this key",
                "structures[3] (c): hours: opening hours not understood at character 3: expected a time as HH:MM",
                "sectors[1] (96G02): unknown structure 'zz'",
                "communes[1] (96002): '961' is not a postcode (5 digits)",
                "communes[2] (96003): unknown sector '96G09'",
                "communes[3] (96004): sector '96G01' is not a Child sector",
                "streets[0] (rue X): numbers go from 9 to 1",
            ]
        );
        let d = imported.directory;
        assert_eq!(d.structures().len(), 1);
        assert_eq!(d.commune_count(), 1);
        assert_eq!(d.commune(0).unwrap().name, "Un");
    }

    #[test]
    fn invalid_json_says_where() {
        let err = SourceFile::from_json("{\n  \"meta\": 3\n}").unwrap_err();
        assert!(matches!(err, SourceError::Json { line: 2, .. }), "{err}");
    }

    /// ARCEP blocks reserved for fiction (as recalled in the README), as E.164 prefixes.
    pub(crate) const FICTION_PREFIXES: &[&str] = &[
        "+3319900",
        "+3326191",
        "+3335301",
        "+3346571",
        "+3353649",
        "+26263998",
        "+44207946",
    ];

    #[test]
    fn every_demo_number_is_a_fiction_number() {
        let d = demo().directory;
        for s in d.structures() {
            let p = s.phone.as_str();
            assert!(
                FICTION_PREFIXES.iter().any(|f| p.starts_with(f)),
                "{}: {p} is not a fiction number",
                s.key
            );
        }
    }

    #[test]
    fn the_demo_directory_builds_without_issues() {
        let demo = demo();
        assert!(demo.issues.is_empty(), "{:#?}", demo.issues);
        assert!(demo.directory.meta().demo);
        assert!(demo.directory.structures().len() >= 10);
    }
}
