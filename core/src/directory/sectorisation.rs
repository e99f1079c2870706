//! Import of a sectorisation file: the CSV a hospital or an ARS fills in to say which sector
//! serves which territory (template and documentation in `data/sectorisation/`).
//!
//! One line per fact, the kind of fact in the `ligne` column:
//! `secteur` (code, adult or child, name, FINESS numbers of its structures), `commune`
//! (INSEE code, current or former), `code_postal` (every commune of a postcode), `voie` (a
//! street of a split city, with a number range and a side) and `sans_domicile` (the order of
//! the rules for people without a fixed address, per département).
//!
//! Structures must already be in the builder (from FINESS, data·inclusion or the JSON
//! source), found by their FINESS number, and so must communes (from the commune base). Every
//! bad line is reported with its number and the reason, in French for the person who filled
//! the file; the good lines are imported. A commune that two sectors of the same kind claim is
//! an error naming both, and the commune is left in neither: a person living there is sent to
//! the humans who decide rather than to a CMP that may not be theirs.

use super::source::{DirectoryBuilder, ImportIssue};
use super::{
    DEFAULT_NO_ADDRESS_ORDER, Dept, Insee, NoAddressRule, Parity, Postcode, SectorId, SectorKind,
    fold, street_key,
};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

/// The columns of the file, in the template's order. They are found by their header name, so
/// a hospital may reorder them or add its own.
pub const COLUMNS: &[&str] = &[
    "ligne",
    "secteur",
    "public",
    "nom",
    "finess",
    "departement",
    "insee",
    "code_postal",
    "voie",
    "du",
    "au",
    "cote",
];

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SectorisationReport {
    pub sectors: usize,
    /// Communes put in a sector (by a `commune` or a `code_postal` line).
    pub communes: usize,
    pub streets: usize,
    /// Départements whose order of the no-fixed-address rules was set.
    pub no_address_orders: usize,
    /// Lines not imported, with why.
    pub issues: Vec<ImportIssue>,
    /// Lines imported with something worth checking (a former INSEE code…).
    pub notes: Vec<ImportIssue>,
}

struct Line {
    number: u64,
    fields: Vec<String>,
}

struct Columns(HashMap<&'static str, usize>);

impl Columns {
    fn get<'a>(&self, line: &'a Line, name: &str) -> &'a str {
        self.0
            .get(name)
            .and_then(|i| line.fields.get(*i))
            .map_or("", |s| s.trim())
    }
}

/// Who claimed a commune for a sector, to name both when another sector claims it.
#[derive(Clone, Copy)]
struct Claim {
    sector: SectorId,
    line: u64,
    /// By a postcode (a `commune` line is more precise and takes precedence).
    by_postcode: bool,
}

/// A street segment already imported, to find overlaps.
struct Segment {
    line: u64,
    commune: Insee,
    key: String,
    from: u32,
    to: u32,
    parity: Parity,
    kind: SectorKind,
    sector: SectorId,
}

struct Import<'b> {
    b: &'b mut DirectoryBuilder,
    cols: Columns,
    report: SectorisationReport,
    claims: HashMap<(Insee, SectorKind), Claim>,
    /// Communes claimed by two sectors of a kind: in neither.
    disputed: HashMap<(Insee, SectorKind), ()>,
    segments: Vec<Segment>,
}

/// Reads a sectorisation file into the builder.
pub fn import(bytes: &[u8], b: &mut DirectoryBuilder) -> SectorisationReport {
    let text: Cow<'_, str> = match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        // Spreadsheets on Windows save "CSV" in Windows-1252.
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0,
    };
    let text = text.trim_start_matches('\u{feff}');
    let mut report = SectorisationReport::default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let mut header: Option<Columns> = None;
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                report
                    .issues
                    .push(ImportIssue::new(format!("ligne {line}"), e.to_string()));
                continue;
            }
        };
        let number = record.position().map_or(0, |p| p.line());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if header.is_none() {
            let mut found = HashMap::new();
            for (i, name) in record.iter().enumerate() {
                let name = name.trim().to_lowercase();
                if let Some(c) = COLUMNS.iter().find(|c| **c == name) {
                    found.insert(*c, i);
                }
            }
            let missing: Vec<&str> = COLUMNS
                .iter()
                .filter(|c| !found.contains_key(*c))
                .copied()
                .collect();
            if !missing.is_empty() {
                report.issues.push(ImportIssue::new(
                    format!("ligne {number}"),
                    format!(
                        "la première ligne doit nommer les colonnes ; il manque : {}",
                        missing.join(", ")
                    ),
                ));
                return report;
            }
            header = Some(Columns(found));
            continue;
        }
        lines.push(Line {
            number,
            fields: record.iter().map(str::to_owned).collect(),
        });
    }
    let Some(cols) = header else {
        report
            .issues
            .push(ImportIssue::new("ligne 1", "le fichier est vide"));
        return report;
    };
    let mut import = Import {
        b,
        cols,
        report,
        claims: HashMap::new(),
        disputed: HashMap::new(),
        segments: Vec::new(),
    };
    // Sectors first, so that territory lines may come in any order; then the most precise
    // claims (communes) before postcodes.
    for pass in ["secteur", "commune", "code_postal", "voie", "sans_domicile"] {
        for line in &lines {
            let kind = import.cols.get(line, "ligne").to_lowercase();
            if kind != pass {
                continue;
            }
            let result = match pass {
                "secteur" => import.sector(line),
                "commune" => import.commune(line),
                "code_postal" => import.postcode(line),
                "voie" => import.street(line),
                _ => import.no_address(line),
            };
            if let Err(reason) = result {
                import.issue(line.number, reason);
            }
        }
    }
    for line in &lines {
        let kind = import.cols.get(line, "ligne").to_lowercase();
        if !["secteur", "commune", "code_postal", "voie", "sans_domicile"].contains(&kind.as_str())
        {
            import.issue(
                line.number,
                format!(
                    "colonne « ligne » : « {kind} » n'est pas secteur, commune, code_postal, voie ou sans_domicile"
                ),
            );
        }
    }
    import.finish_no_address(&lines);
    let mut report = import.report;
    report.issues.sort_by_key(|i| line_of(&i.at));
    report.notes.sort_by_key(|i| line_of(&i.at));
    report
}

fn line_of(at: &str) -> u64 {
    at.trim_start_matches("ligne ").parse().unwrap_or(0)
}

fn kind_name(kind: SectorKind) -> &'static str {
    match kind {
        SectorKind::Adult => "adulte",
        SectorKind::Child => "enfant",
    }
}

impl Import<'_> {
    fn issue(&mut self, line: u64, reason: impl Into<String>) {
        self.report
            .issues
            .push(ImportIssue::new(format!("ligne {line}"), reason));
    }

    fn note(&mut self, line: u64, reason: impl Into<String>) {
        self.report
            .notes
            .push(ImportIssue::new(format!("ligne {line}"), reason));
    }

    fn sector_code(&self, line: &Line) -> Result<(SectorId, SectorKind, String), String> {
        let code = self.cols.get(line, "secteur");
        if code.is_empty() {
            return Err("colonne « secteur » vide : quel secteur ?".into());
        }
        let id = self.b.sector_id(code).ok_or_else(|| {
            format!("le secteur « {code} » n'est décrit par aucune ligne « secteur » valable")
        })?;
        let kind = self.b.sector(id).map_or(SectorKind::Adult, |s| s.kind);
        Ok((id, kind, code.to_owned()))
    }

    /// The current code of the commune of the `insee` column; a former code is noted.
    fn commune_code(&mut self, line: &Line) -> Result<Insee, String> {
        let text = self.cols.get(line, "insee");
        if text.is_empty() {
            return Err("colonne « insee » vide : quelle commune ?".into());
        }
        let insee = Insee::parse(text).map_err(|_| {
            format!(
                "« {text} » n'est pas un code INSEE de commune (5 caractères, comme 75056 ou 2A004)"
            )
        })?;
        let current = self
            .b
            .current_commune(insee)
            .ok_or_else(|| format!("aucune commune n'a le code INSEE {insee}"))?;
        if current != insee {
            let name = self.b.commune_name(current).unwrap_or("").to_owned();
            self.note(
                line.number,
                format!("{insee} est un ancien code : la commune est aujourd'hui {current} {name}"),
            );
        }
        Ok(current)
    }

    fn sector(&mut self, line: &Line) -> Result<(), String> {
        let code = self.cols.get(line, "secteur");
        if code.is_empty() {
            return Err(
                "colonne « secteur » vide : donnez le code du secteur (par exemple 75G01)".into(),
            );
        }
        let kind = match self.cols.get(line, "public").to_lowercase().as_str() {
            "adulte" | "adultes" | "a" | "g" => SectorKind::Adult,
            "enfant" | "enfants" | "e" | "i" | "infanto-juvenile" => SectorKind::Child,
            other => {
                return Err(format!(
                    "colonne « public » : « {other} » n'est pas « adulte » ou « enfant »"
                ));
            }
        };
        let numbers: Vec<&str> = self
            .cols
            .get(line, "finess")
            .split([' ', ',', '|', '/'])
            .filter(|f| !f.is_empty())
            .collect();
        if numbers.is_empty() {
            return Err(format!(
                "le secteur {code} n'a pas de structure : donnez le numéro FINESS de son CMP"
            ));
        }
        let mut keys = Vec::with_capacity(numbers.len());
        for n in numbers {
            match self.b.structure_by_finess(n) {
                Some((_, s)) => keys.push(s.key.to_string()),
                None => {
                    return Err(format!(
                        "aucune structure de l'annuaire n'a le numéro FINESS {n}"
                    ));
                }
            }
        }
        let name = match self.cols.get(line, "nom") {
            "" => code,
            n => n,
        };
        match self.b.add_sector(code, kind, name, &keys) {
            Ok(_) => {
                self.report.sectors += 1;
                Ok(())
            }
            Err(e) if e.reason.contains("two sectors") => {
                Err(format!("le secteur {code} est déjà décrit plus haut"))
            }
            Err(e) => Err(e.reason),
        }
    }

    /// Puts a commune in a sector unless another sector of the kind claims it.
    fn claim(
        &mut self,
        insee: Insee,
        sector: SectorId,
        kind: SectorKind,
        line: u64,
        by_postcode: bool,
    ) -> Result<bool, String> {
        let key = (insee, kind);
        let name = self.b.commune_name(insee).unwrap_or("").to_owned();
        if self.disputed.contains_key(&key) {
            return Err(format!(
                "{insee} {name} est déjà revendiquée par deux secteurs {} : elle reste sans secteur {} tant que le fichier n'est pas corrigé",
                kind_name(kind),
                kind_name(kind)
            ));
        }
        match self.claims.get(&key).copied() {
            None => {}
            Some(c) if c.sector == sector => return Ok(false),
            // A commune line is more precise than a postcode.
            Some(c) if by_postcode && !c.by_postcode => return Ok(false),
            Some(c) => {
                let code = |id: SectorId| {
                    self.b
                        .sector(id)
                        .map_or_else(String::new, |s| s.code.clone())
                };
                let (first, second) = (code(c.sector), code(sector));
                self.disputed.insert(key, ());
                self.claims.remove(&key);
                self.b.set_commune_sector(insee, kind, None);
                self.report.communes = self.report.communes.saturating_sub(1);
                return Err(format!(
                    "{insee} {name} est revendiquée par deux secteurs {} : {first} (ligne {}) et {second} ; elle reste sans secteur {} tant que le fichier n'est pas corrigé",
                    kind_name(kind),
                    c.line,
                    kind_name(kind)
                ));
            }
        }
        self.claims.insert(
            key,
            Claim {
                sector,
                line,
                by_postcode,
            },
        );
        self.b.set_commune_sector(insee, kind, Some(sector));
        self.report.communes += 1;
        Ok(true)
    }

    fn commune(&mut self, line: &Line) -> Result<(), String> {
        let (sector, kind, _) = self.sector_code(line)?;
        let insee = self.commune_code(line)?;
        let given = self.cols.get(line, "nom");
        if !given.is_empty() {
            let folded = fold(given);
            if !self.b.commune_names(insee).any(|n| fold(n) == folded) {
                let name = self.b.commune_name(insee).unwrap_or("");
                return Err(format!(
                    "le code {insee} est celui de {name}, pas de « {given} » : vérifiez le code INSEE"
                ));
            }
        }
        self.claim(insee, sector, kind, line.number, false)
            .map(|_| ())
    }

    fn postcode(&mut self, line: &Line) -> Result<(), String> {
        let (sector, kind, code) = self.sector_code(line)?;
        let text = self.cols.get(line, "code_postal");
        let pc = Postcode::parse(text)
            .map_err(|_| format!("« {text} » n'est pas un code postal (5 chiffres)"))?;
        let communes = self.b.communes_with_postcode(pc);
        if communes.is_empty() {
            return Err(format!("aucune commune n'a le code postal {pc}"));
        }
        let mut errors = Vec::new();
        for insee in communes {
            if let Err(e) = self.claim(insee, sector, kind, line.number, true) {
                errors.push(e);
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "code postal {pc} pour {code} : {}",
                errors.join(" ; ")
            ))
        }
    }

    fn street(&mut self, line: &Line) -> Result<(), String> {
        let (sector, kind, code) = self.sector_code(line)?;
        let insee = self.commune_code(line)?;
        let name = self.cols.get(line, "voie");
        let key = street_key(name);
        if key.is_empty() {
            return Err("colonne « voie » vide : quelle rue ?".into());
        }
        let number = |col: &str, default: u32| -> Result<u32, String> {
            match self.cols.get(line, col) {
                "" => Ok(default),
                t => t
                    .parse()
                    .map_err(|_| format!("colonne « {col} » : « {t} » n'est pas un numéro")),
            }
        };
        let from = number("du", 0)?;
        let to = number("au", u32::MAX)?;
        if from > to {
            return Err(format!("les numéros vont du {from} au {to} : inversés ?"));
        }
        let parity = match self.cols.get(line, "cote").to_lowercase().as_str() {
            "" | "tous" | "les deux" => Parity::Both,
            "pair" | "pairs" => Parity::Even,
            "impair" | "impairs" => Parity::Odd,
            other => {
                return Err(format!(
                    "colonne « cote » : « {other} » n'est pas « pair », « impair » ou vide"
                ));
            }
        };
        let overlaps = |s: &Segment| {
            s.commune == insee
                && s.key == key
                && s.kind == kind
                && s.sector != sector
                && s.from <= to
                && from <= s.to
                && (s.parity == Parity::Both || parity == Parity::Both || s.parity == parity)
        };
        if let Some(other) = self.segments.iter().find(|s| overlaps(s)) {
            let other_code = self
                .b
                .sector(other.sector)
                .map_or_else(String::new, |s| s.code.clone());
            return Err(format!(
                "{name} ({insee}) : ces numéros sont déjà dans le secteur {other_code} (ligne {}) ; ils ne peuvent pas être aussi dans {code}",
                other.line
            ));
        }
        let (adult, child) = match kind {
            SectorKind::Adult => (Some(code.as_str()), None),
            SectorKind::Child => (None, Some(code.as_str())),
        };
        self.b
            .add_street(insee, name, from, to, parity, adult, child)
            .map_err(|e| e.reason)?;
        self.segments.push(Segment {
            line: line.number,
            commune: insee,
            key,
            from,
            to,
            parity,
            kind,
            sector,
        });
        self.report.streets += 1;
        Ok(())
    }

    fn no_address(&mut self, line: &Line) -> Result<(), String> {
        let dept_text = self.cols.get(line, "departement");
        Dept::parse(dept_text).map_err(|_| {
            format!("colonne « departement » : « {dept_text} » n'est pas un code de département")
        })?;
        parse_rule(self.cols.get(line, "nom")).map(|_| ())
    }

    /// Orders per département, from the valid `sans_domicile` lines in file order; rules left
    /// out keep their default place after those given.
    fn finish_no_address(&mut self, lines: &[Line]) {
        let mut orders: BTreeMap<Dept, (u64, Vec<NoAddressRule>)> = BTreeMap::new();
        for line in lines {
            if self.cols.get(line, "ligne").to_lowercase() != "sans_domicile" {
                continue;
            }
            let (Ok(dept), Ok(rule)) = (
                Dept::parse(self.cols.get(line, "departement")),
                parse_rule(self.cols.get(line, "nom")),
            ) else {
                continue;
            };
            let entry = orders.entry(dept).or_insert((line.number, Vec::new()));
            if entry.1.contains(&rule) {
                self.issue(
                    line.number,
                    format!("cette règle est déjà dans l'ordre du département {dept}"),
                );
            } else {
                entry.1.push(rule);
            }
        }
        for (dept, (first_line, mut order)) in orders {
            let given = order.len();
            for rule in DEFAULT_NO_ADDRESS_ORDER {
                if !order.contains(rule) {
                    order.push(*rule);
                }
            }
            if given < DEFAULT_NO_ADDRESS_ORDER.len() {
                self.note(
                    first_line,
                    format!("département {dept} : les règles non citées viennent après, dans l'ordre habituel"),
                );
            }
            self.b.set_no_address_order(dept, order);
            self.report.no_address_orders += 1;
        }
    }
}

fn parse_rule(text: &str) -> Result<NoAddressRule, String> {
    match text.to_lowercase().as_str() {
        "residence_3_mois" => Ok(NoAddressRule::Residence3Months),
        "domiciliation" => Ok(NoAddressRule::Domiciliation),
        "lieu_de_vie" => Ok(NoAddressRule::WhereTheyLive),
        other => Err(format!(
            "colonne « nom » : « {other} » n'est pas residence_3_mois, domiciliation ou lieu_de_vie"
        )),
    }
}

#[cfg(test)]
mod tests;
