//! The national commune base: real French communes from the INSEE geography (code officiel
//! géographique) as packaged on npm by Etalab (`@etalab/decoupage-administratif`), and the
//! tab-separated file the project builds from it (`data/communes/build.sh`).
//!
//! Kept: current communes (`commune-actuelle`) of metropolitan France and of the five
//! overseas départements (971 to 976), and the 45 municipal arrondissements of Paris, Lyon and
//! Marseille, each linked to its city. Former communes merged into a current one
//! (`commune-deleguee`, `commune-associee`) give their names to it, and the `anciensCodes`
//! their codes, so that a person can type the name of the village they know and a hospital's
//! sector file can still use an old code. Left out: the overseas collectivities (Saint-Pierre-
//! et-Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, French Polynesia, New
//! Caledonia, the TAAF, Clipperton), whose health systems are not organised in psychiatric
//! sectors under the French public-health code and whose time zones the app does not carry.

use super::source::{DirectoryBuilder, ImportIssue};
use super::{Dept, Insee, Postcode, fold};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;

/// One commune or arrondissement of the base.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseCommune {
    pub insee: Insee,
    pub name: String,
    pub dept: Dept,
    /// INSEE region code ("11" Île-de-France, "04" La Réunion).
    pub region: String,
    pub postcodes: Vec<Postcode>,
    pub population: Option<u32>,
    /// For a municipal arrondissement, its city (75113 → 75056).
    pub city: Option<Insee>,
    /// Codes of the communes merged into this one.
    pub old_codes: Vec<Insee>,
    /// Names of the communes merged into this one (communes déléguées and associées).
    pub old_names: Vec<String>,
}

/// The national commune base, sorted by INSEE code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommuneBase {
    /// Where it comes from ("@etalab/decoupage-administratif 6.0.0").
    pub source: String,
    pub communes: Vec<BaseCommune>,
}

/// What a build from the package kept and left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GeographyReport {
    pub communes: usize,
    pub arrondissements: usize,
    pub old_names: usize,
    pub old_codes: usize,
    /// Communes of overseas collectivities, left out (see the module documentation).
    pub collectivities_left_out: usize,
    pub issues: Vec<ImportIssue>,
}

#[derive(Debug, thiserror::Error)]
pub enum GeographyError {
    #[error("not the communes file of @etalab/decoupage-administratif: {0}")]
    Package(String),
    #[error("commune base, line {line}: {reason}")]
    Base { line: usize, reason: String },
}

/// An entry of `data/communes.json` in the npm package.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PackageEntry {
    code: String,
    nom: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    departement: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    zone: Option<String>,
    #[serde(default)]
    codes_postaux: Vec<String>,
    #[serde(default)]
    population: Option<u32>,
    #[serde(default)]
    anciens_codes: Vec<String>,
    /// For a commune déléguée or associée: the current commune.
    #[serde(default)]
    chef_lieu: Option<String>,
    /// For a municipal arrondissement: its city.
    #[serde(default)]
    commune: Option<String>,
}

/// Overseas départements (DROM) are kept; every other code above 970 is a collectivity.
fn is_collectivity(dept: &str, zone: Option<&str>) -> bool {
    zone == Some("com")
        || (dept.len() == 3 && !matches!(dept, "971" | "972" | "973" | "974" | "976"))
}

impl CommuneBase {
    /// Builds the base from the package's `communes.json`. Entries that cannot be read are
    /// reported and left out; a file that is not a list of entries is an error.
    pub fn from_package(
        json: &str,
        source: &str,
    ) -> Result<(CommuneBase, GeographyReport), GeographyError> {
        let entries: Vec<serde_json::Value> =
            serde_json::from_str(json).map_err(|e| GeographyError::Package(e.to_string()))?;
        let mut report = GeographyReport::default();
        let mut communes: BTreeMap<Insee, BaseCommune> = BTreeMap::new();
        // (current commune, former code, former name), from communes déléguées and associées.
        let mut former: Vec<(Insee, Insee, String)> = Vec::new();
        for (i, value) in entries.into_iter().enumerate() {
            let at = format!("communes.json[{i}]");
            let e: PackageEntry = match serde_json::from_value(value) {
                Ok(e) => e,
                Err(err) => {
                    report.issues.push(ImportIssue::new(at, err.to_string()));
                    continue;
                }
            };
            let at = format!("{at} ({} {})", e.code, e.nom);
            let parsed = Insee::parse(&e.code).map_err(|err| err.to_string());
            let insee = match parsed {
                Ok(i) => i,
                Err(reason) => {
                    report.issues.push(ImportIssue::new(at, reason));
                    continue;
                }
            };
            if is_collectivity(&e.departement, e.zone.as_deref()) {
                if e.kind == "commune-actuelle" {
                    report.collectivities_left_out += 1;
                }
                continue;
            }
            match e.kind.as_str() {
                "commune-actuelle" | "arrondissement-municipal" => match base_commune(insee, &e) {
                    Ok(c) => {
                        if c.city.is_some() {
                            report.arrondissements += 1;
                        } else {
                            report.communes += 1;
                        }
                        communes.insert(insee, c);
                    }
                    Err(reason) => report.issues.push(ImportIssue::new(at, reason)),
                },
                "commune-deleguee" | "commune-associee" => {
                    match e.chef_lieu.as_deref().map(Insee::parse) {
                        Some(Ok(current)) => former.push((current, insee, e.nom.trim().to_owned())),
                        _ => report
                            .issues
                            .push(ImportIssue::new(at, "no valid current commune (chefLieu)")),
                    }
                }
                other => report
                    .issues
                    .push(ImportIssue::new(at, format!("unknown type '{other}'"))),
            }
        }
        former.sort();
        for (current, code, name) in former {
            let Some(c) = communes.get_mut(&current) else {
                continue;
            };
            // A commune déléguée often keeps the name of the new commune ("Annecy").
            let folded = fold(&name);
            if fold(&c.name) == folded || c.old_names.iter().any(|n| fold(n) == folded) {
                continue;
            }
            if name.is_empty() || name.contains(['\t', '\n', '|']) {
                report
                    .issues
                    .push(ImportIssue::new(code.to_string(), "unusable former name"));
                continue;
            }
            c.old_names.push(name);
            report.old_names += 1;
        }
        let by_code: HashMap<Insee, Insee> = communes
            .values()
            .flat_map(|c| c.old_codes.iter().map(move |o| (*o, c.insee)))
            .collect();
        report.old_codes = by_code.len();
        let cities: Vec<(Insee, Insee)> = communes
            .values()
            .filter_map(|c| c.city.map(|city| (c.insee, city)))
            .collect();
        for (arr, city) in cities {
            if !communes.contains_key(&city) {
                report.issues.push(ImportIssue::new(
                    arr.to_string(),
                    format!("the city {city} of this arrondissement is missing"),
                ));
                if let Some(c) = communes.get_mut(&arr) {
                    c.city = None;
                }
            }
        }
        let base = CommuneBase {
            source: source.trim().to_owned(),
            communes: communes.into_values().collect(),
        };
        Ok((base, report))
    }

    /// The base as a tab-separated file: one line per commune, lists separated by `,`
    /// (codes) or `|` (names). The same base always gives the same bytes.
    pub fn to_tsv(&self) -> String {
        let mut out = String::with_capacity(self.communes.len() * 64);
        let _ = writeln!(
            out,
            "# Relais commune base. Source: {}. Licence Ouverte (Etalab).",
            self.source.replace('\n', " ")
        );
        out.push_str(
            "insee\tname\tdept\tregion\tpostcodes\tpopulation\tcity\told_codes\told_names\n",
        );
        for c in &self.communes {
            let join =
                |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(",");
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                c.insee,
                c.name,
                c.dept,
                c.region,
                join(&mut c.postcodes.iter().map(ToString::to_string)),
                c.population.map(|p| p.to_string()).unwrap_or_default(),
                c.city.map(|p| p.to_string()).unwrap_or_default(),
                join(&mut c.old_codes.iter().map(ToString::to_string)),
                c.old_names.join("|"),
            );
        }
        out
    }

    /// Reads a base written by [`CommuneBase::to_tsv`]. The file is built by the project, so
    /// the first bad line is an error that names it.
    pub fn from_tsv(text: &str) -> Result<CommuneBase, GeographyError> {
        let mut base = CommuneBase::default();
        let lines = text.lines().enumerate();
        let err = |line: usize, reason: String| GeographyError::Base {
            line: line + 1,
            reason,
        };
        for (n, line) in lines {
            // `lines` leaves a `\r` on a last line without `\n` (a file saved on Windows and cut
            // short): it is a line ending, not the end of the former names.
            let line = line.strip_suffix('\r').unwrap_or(line);
            if let Some(comment) = line.strip_prefix('#') {
                if let Some(source) = comment.split("Source: ").nth(1) {
                    base.source = source.split(". Licence").next().unwrap_or("").to_owned();
                }
                continue;
            }
            if line.starts_with("insee\t") {
                continue;
            }
            if line.is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 9 {
                return Err(err(n, format!("{} columns instead of 9", f.len())));
            }
            fn list(s: &str) -> Vec<&str> {
                s.split(',').filter(|x| !x.is_empty()).collect()
            }
            let c = BaseCommune {
                insee: Insee::parse(f[0]).map_err(|e| err(n, e.to_string()))?,
                name: f[1].to_owned(),
                dept: Dept::parse(f[2]).map_err(|e| err(n, e.to_string()))?,
                region: f[3].to_owned(),
                postcodes: list(f[4])
                    .into_iter()
                    .map(Postcode::parse)
                    .collect::<Result<_, _>>()
                    .map_err(|e| err(n, e.to_string()))?,
                population: match f[5] {
                    "" => None,
                    p => Some(p.parse().map_err(|_| err(n, format!("population '{p}'")))?),
                },
                city: match f[6] {
                    "" => None,
                    c => Some(Insee::parse(c).map_err(|e| err(n, e.to_string()))?),
                },
                old_codes: list(f[7])
                    .into_iter()
                    .map(Insee::parse)
                    .collect::<Result<_, _>>()
                    .map_err(|e| err(n, e.to_string()))?,
                old_names: f[8]
                    .split('|')
                    .filter(|x| !x.is_empty())
                    .map(str::to_owned)
                    .collect(),
            };
            if c.name.is_empty() {
                return Err(err(n, "no name".into()));
            }
            if base.communes.last().is_some_and(|p| p.insee >= c.insee) {
                return Err(err(n, "codes are not in increasing order".into()));
            }
            base.communes.push(c);
        }
        Ok(base)
    }

    /// Adds every commune (without sectors) to a directory being built, with its postcodes,
    /// size, former names and codes, and its city for an arrondissement.
    pub fn add_to(&self, b: &mut DirectoryBuilder) {
        for c in &self.communes {
            let added = b
                .add_commune(c.insee, &c.name, c.postcodes.clone(), None, None)
                .and_then(|()| {
                    b.set_commune_details(c.insee, c.population, c.old_names.clone(), c.city)
                });
            if let Err(e) = added {
                b.issue(e.at, e.reason);
            }
            for old in &c.old_codes {
                b.add_old_code(*old, c.insee);
            }
        }
    }

    pub fn get(&self, insee: Insee) -> Option<&BaseCommune> {
        self.communes
            .binary_search_by_key(&insee, |c| c.insee)
            .ok()
            .map(|i| &self.communes[i])
    }

    /// Where this repository's build script writes the base (`RELAIS_COMMUNES` overrides it),
    /// for the tests and benchmarks.
    pub fn default_path() -> PathBuf {
        std::env::var_os("RELAIS_COMMUNES").map_or_else(
            || {
                PathBuf::from(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../target/communes/communes.tsv"
                ))
            },
            PathBuf::from,
        )
    }
}

fn base_commune(insee: Insee, e: &PackageEntry) -> Result<BaseCommune, String> {
    let dept = Dept::parse(&e.departement).map_err(|err| err.to_string())?;
    if insee.dept() != dept {
        return Err(format!("code {insee} is not in département {dept}"));
    }
    let name = e.nom.trim();
    if name.is_empty() || name.contains(['\t', '\n', '|']) {
        return Err("unusable name".into());
    }
    if e.region.contains(['\t', '\n']) {
        return Err("unusable region code".into());
    }
    let mut postcodes = e
        .codes_postaux
        .iter()
        .map(|p| Postcode::parse(p))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|err| err.to_string())?;
    postcodes.sort_unstable();
    postcodes.dedup();
    let city = match (&*e.kind, e.commune.as_deref()) {
        ("arrondissement-municipal", Some(c)) => {
            Some(Insee::parse(c).map_err(|err| err.to_string())?)
        }
        ("arrondissement-municipal", None) => {
            return Err("an arrondissement without its city".into());
        }
        _ => None,
    };
    let mut old_codes = e
        .anciens_codes
        .iter()
        .map(|c| Insee::parse(c))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|err| err.to_string())?;
    old_codes.sort_unstable();
    old_codes.dedup();
    Ok(BaseCommune {
        insee,
        name: name.to_owned(),
        dept,
        region: e.region.clone(),
        postcodes,
        population: e.population,
        city,
        old_codes,
        old_names: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Meta;

    /// Entries copied from the package (6.0.0), one of each kind that matters.
    const SAMPLE: &str = r#"[
      {"code":"01015","nom":"Arboys en Bugey","typeLiaison":1,"zone":"metro","arrondissement":"011","departement":"01","region":"84","type":"commune-actuelle","rangChefLieu":0,"anciensCodes":["01340"],"siren":"200053668","codesPostaux":["01300"],"population":710},
      {"code":"01015","nom":"Arbignieu","typeLiaison":1,"zone":"metro","type":"commune-deleguee","chefLieu":"01015","arrondissement":"011","departement":"01","region":"84"},
      {"code":"01340","nom":"Saint-Bois","typeLiaison":0,"zone":"metro","type":"commune-deleguee","chefLieu":"01015","arrondissement":"011","departement":"01","region":"84"},
      {"code":"74010","nom":"Annecy","typeLiaison":1,"zone":"metro","arrondissement":"743","departement":"74","region":"84","type":"commune-actuelle","rangChefLieu":0,"anciensCodes":["74011","74093"],"codesPostaux":["74000","74370","74600","74960","74940"],"population":131272},
      {"code":"74010","nom":"Annecy","typeLiaison":1,"zone":"metro","type":"commune-deleguee","chefLieu":"74010","departement":"74","region":"84"},
      {"code":"74011","nom":"Annecy-le-Vieux","typeLiaison":1,"zone":"metro","type":"commune-deleguee","chefLieu":"74010","departement":"74","region":"84"},
      {"code":"75056","nom":"Paris","typeLiaison":0,"zone":"metro","arrondissement":"751","departement":"75","region":"11","type":"commune-actuelle","rangChefLieu":0,"siren":"217500016","population":2103778,"codesPostaux":["75001","75013"]},
      {"code":"75113","nom":"Paris 13e Arrondissement","typeLiaison":0,"zone":"metro","type":"arrondissement-municipal","commune":"75056","arrondissement":"751","departement":"75","region":"11","codesPostaux":["75013"],"population":181271},
      {"code":"97411","nom":"Saint-Denis","typeLiaison":0,"zone":"drom","arrondissement":"9741","departement":"974","region":"04","type":"commune-actuelle","rangChefLieu":0,"codesPostaux":["97400","97417","97490"],"population":155634},
      {"code":"97502","nom":"Saint-Pierre","departement":"975","region":"975","zone":"com","type":"commune-actuelle","codesPostaux":["97500"],"population":5194},
      {"code":"01999","nom":"Nulle Part","departement":"02","type":"commune-actuelle"},
      {"code":"01998","nom":"Autre","departement":"01","type":"commune-fantome"},
      {"nom":"Sans code","type":"commune-actuelle"}
    ]"#;

    #[test]
    fn the_package_gives_communes_arrondissements_and_former_names() {
        let (base, report) = CommuneBase::from_package(SAMPLE, "test").unwrap();
        let issues: Vec<String> = report.issues.iter().map(ToString::to_string).collect();
        assert_eq!(
            issues,
            [
                "communes.json[10] (01999 Nulle Part): code 01999 is not in département 02",
                "communes.json[11] (01998 Autre): unknown type 'commune-fantome'",
                "communes.json[12]: missing field `code`",
            ]
        );
        assert_eq!((report.communes, report.arrondissements), (4, 1));
        assert_eq!(report.collectivities_left_out, 1);
        let arboys = base.get(Insee::parse("01015").unwrap()).unwrap();
        assert_eq!(arboys.old_names, ["Arbignieu", "Saint-Bois"]);
        assert_eq!(arboys.old_codes, [Insee::parse("01340").unwrap()]);
        let annecy = base.get(Insee::parse("74010").unwrap()).unwrap();
        assert_eq!(
            annecy.old_names,
            ["Annecy-le-Vieux"],
            "its own name is not a former name"
        );
        let p13 = base.get(Insee::parse("75113").unwrap()).unwrap();
        assert_eq!(p13.city, Insee::parse("75056").ok());
        assert!(base.get(Insee::parse("97502").unwrap()).is_none());
        let reunion = base.get(Insee::parse("97411").unwrap()).unwrap();
        assert_eq!(
            (reunion.dept.to_string(), reunion.region.as_str()),
            ("974".into(), "04")
        );
    }

    /// Found by the `communes` fuzz target: a CRLF last line without its `\n` read `\r` as
    /// a former name, which did not survive writing the base and reading it again.
    #[test]
    fn a_last_line_ending_in_a_carriage_return_reads_like_the_others() {
        let tsv = "insee\tname\tdept\tregion\tpostcodes\tpopulation\tcity\told_codes\told_names\r\n\
                   97411\tSaint-Denis\t974\t04\t97400\t150000\t\t\t\r";
        let base = CommuneBase::from_tsv(tsv).unwrap();
        assert!(
            base.communes[0].old_names.is_empty(),
            "{:?}",
            base.communes[0]
        );
        assert_eq!(CommuneBase::from_tsv(&base.to_tsv()).unwrap(), base);
    }

    #[test]
    fn the_tsv_round_trips_and_bad_lines_are_named() {
        let (base, _) = CommuneBase::from_package(SAMPLE, "pkg 6.0.0").unwrap();
        let tsv = base.to_tsv();
        assert_eq!(CommuneBase::from_tsv(&tsv).unwrap(), base);
        let broken = tsv.replace("\t01300\t", "\t0130\t");
        let err = CommuneBase::from_tsv(&broken).unwrap_err().to_string();
        assert_eq!(
            err,
            "commune base, line 3: '0130' is not a postcode (5 digits)"
        );
        assert!(CommuneBase::from_package("{}", "x").is_err());
    }

    #[test]
    fn a_directory_over_the_base_finds_former_names_and_arrondissements() {
        let (base, _) = CommuneBase::from_package(SAMPLE, "test").unwrap();
        let mut b = DirectoryBuilder::new(Meta::default());
        base.add_to(&mut b);
        assert_eq!(
            b.current_commune(Insee::parse("01340").unwrap()),
            Insee::parse("01015").ok()
        );
        let d = b.build().directory;
        let found = d.search_communes("saint bois", 3);
        assert_eq!(found[0].commune.name, "Arboys en Bugey");
        assert_eq!(found[0].old_name, Some("Saint-Bois"));
        let paris = d.commune_by_insee(Insee::parse("75056").unwrap()).unwrap();
        assert!(paris.divided);
        let by_pc: Vec<&str> = d
            .communes_by_postcode(Postcode::parse("75013").unwrap())
            .map(|c| c.name)
            .collect();
        assert_eq!(
            by_pc,
            ["Paris 13e Arrondissement"],
            "the arrondissement, not the city"
        );
    }
}
