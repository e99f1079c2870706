//! Import of services published in the data·inclusion schema 1.x (gip-inclusion, JSON; the
//! official pydantic models, PyPI `data-inclusion-schema`, validate our sample in the tests).
//!
//! Accepted shapes: `{"structures": [...], "services": [...]}` (the export files) or a list of
//! services, each with its `structure` nested (the API). Each psychiatry service becomes a
//! structure of the directory: its own phone and hours when it has them, else its
//! structure's. `contact_nom_prenom` becomes the named contact. Opening hours use the OSM
//! syntax (`horaires_accueil`); hours we cannot read are dropped with a warning and the
//! service is kept ("call to check"). `zone_eligibilite` gives the départements a service
//! outside sectorisation (EMPP, CMPP, 24/7 reception) serves. Field names of the 0.x schema
//! (`horaires_ouverture`, `zone_diffusion_*`, `contact_public`…) are gone from 1.x: they are
//! reported and not read.

use super::source::{DirectoryBuilder, ImportIssue};
use super::{
    Address, AgeRange, Dept, GeoPoint, Insee, NamedContact, Postcode, Structure, StructureKind,
};
use crate::contact::{OpeningHours, Phone};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Debug, Default, Clone, Deserialize)]
pub struct DiStructure {
    pub id: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub nom: Option<String>,
    #[serde(default)]
    pub commune: Option<String>,
    #[serde(default)]
    pub code_postal: Option<String>,
    #[serde(default)]
    pub code_insee: Option<String>,
    #[serde(default)]
    pub adresse: Option<String>,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    #[serde(default)]
    pub telephone: Option<String>,
    #[serde(default)]
    pub horaires_accueil: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct DiService {
    pub id: String,
    #[serde(default)]
    pub structure_id: Option<String>,
    #[serde(default)]
    pub structure: Option<DiStructure>,
    #[serde(default)]
    pub source: Option<String>,
    pub nom: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub thematiques: Vec<String>,
    #[serde(default)]
    pub publics: Vec<String>,
    #[serde(default)]
    pub telephone: Option<String>,
    #[serde(default)]
    pub contact_nom_prenom: Option<String>,
    #[serde(default)]
    pub horaires_accueil: Option<String>,
    #[serde(default)]
    pub commune: Option<String>,
    #[serde(default)]
    pub code_postal: Option<String>,
    #[serde(default)]
    pub code_insee: Option<String>,
    #[serde(default)]
    pub adresse: Option<String>,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    /// COG codes (communes, départements, EPCI), a country code, or "france".
    #[serde(default)]
    pub zone_eligibilite: Option<Vec<String>>,
    #[serde(default)]
    pub modes_accueil: Vec<String>,
    #[serde(default)]
    pub modes_mobilisation: Vec<String>,
    #[serde(default)]
    pub lien_mobilisation: Option<String>,
}

/// Field names of the 0.x schema and what replaced them in 1.x.
const GONE_IN_1X: &[(&str, &str)] = &[
    ("horaires_ouverture", "horaires_accueil"),
    ("zone_diffusion_type", "zone_eligibilite"),
    ("zone_diffusion_code", "zone_eligibilite"),
    ("zone_diffusion_nom", "zone_eligibilite"),
    (
        "contact_public",
        "contact_nom_prenom (published only when it may be)",
    ),
    ("profils", "publics"),
    ("types", "type"),
    ("pre_requis", "conditions_acces"),
    ("justificatifs", "conditions_acces"),
];

/// The 0.x names found in a service or structure object, reported once each.
fn gone_fields(value: &serde_json::Value) -> Vec<String> {
    let Some(object) = value.as_object() else {
        return Vec::new();
    };
    GONE_IN_1X
        .iter()
        .filter(|(old, _)| object.contains_key(*old))
        .map(|(old, new)| format!("'{old}' is a 0.x field, not read: schema 1.x says {new}"))
        .collect()
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Shape {
    Export {
        #[serde(default)]
        structures: Vec<DiStructure>,
        services: Vec<serde_json::Value>,
    },
    Services(Vec<serde_json::Value>),
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DiReport {
    pub imported: usize,
    /// Services outside mental health.
    pub not_psychiatry: usize,
    pub issues: Vec<ImportIssue>,
}

/// Reads a data·inclusion file into the builder.
pub fn import(json: &str, builder: &mut DirectoryBuilder) -> DiReport {
    let mut report = DiReport::default();
    let shape: Shape = match serde_json::from_str(json) {
        Ok(s) => s,
        Err(e) => {
            report.issues.push(ImportIssue::new(
                format!("line {}", e.line()),
                format!("not a data·inclusion file: {e}"),
            ));
            return report;
        }
    };
    let (structures, services) = match shape {
        Shape::Export {
            structures,
            services,
        } => (structures, services),
        Shape::Services(services) => (Vec::new(), services),
    };
    if let Ok(serde_json::Value::Object(o)) = serde_json::from_str::<serde_json::Value>(json)
        && let Some(serde_json::Value::Array(list)) = o.get("structures")
    {
        for (i, v) in list.iter().enumerate() {
            for gone in gone_fields(v) {
                report
                    .issues
                    .push(ImportIssue::new(format!("structures[{i}]"), gone));
            }
        }
    }
    let by_id: HashMap<&str, &DiStructure> =
        structures.iter().map(|s| (s.id.as_str(), s)).collect();
    for (i, value) in services.into_iter().enumerate() {
        let at = format!("services[{i}]");
        let gone = gone_fields(&value);
        let service: DiService = match serde_json::from_value(value) {
            Ok(s) => s,
            Err(e) => {
                report.issues.push(ImportIssue::new(at, e.to_string()));
                continue;
            }
        };
        let at = format!("services[{i}] ({})", service.id);
        for g in gone {
            report.issues.push(ImportIssue::new(&at, g));
        }
        let parent = service.structure.as_ref().or_else(|| {
            service
                .structure_id
                .as_deref()
                .and_then(|id| by_id.get(id).copied())
        });
        let Some(kind) = kind_of(&service) else {
            report.not_psychiatry += 1;
            continue;
        };
        match to_structure(&service, parent, kind) {
            Ok((s, warning)) => {
                if let Some(w) = warning {
                    report.issues.push(ImportIssue::new(&at, w));
                }
                match builder.add_structure(s) {
                    Ok(_) => report.imported += 1,
                    Err(e) => report.issues.push(ImportIssue::new(at, e.reason)),
                }
            }
            Err(reason) => report.issues.push(ImportIssue::new(at, reason)),
        }
    }
    report
}

/// The kind of a mental-health service, from its name and themes; `None` if it is not one.
fn kind_of(s: &DiService) -> Option<StructureKind> {
    let name = deunicode::deunicode(&s.nom).to_ascii_uppercase();
    let has = |w: &str| name.contains(w);
    let word = |w: &str| {
        name.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|t| t == w)
    };
    let kind = if word("EMPP") || (has("EQUIPE MOBILE") && has("PRECARITE")) {
        StructureKind::Empp
    } else if word("CMPP") {
        StructureKind::Cmpp
    } else if word("CATTP") || word("CATTG") {
        StructureKind::Cattp
    } else if word("CPOA") || word("CAP") || has("URGENCES PSYCHIATRIQUES") || has("24H/24") {
        StructureKind::Reception247
    } else if word("CMP") || has("MEDICO-PSYCHOLOGIQUE") {
        if has("ENFANT") || has("INFANT") || word("IJ") || has("ADOLESC") {
            StructureKind::CmpIj
        } else {
            StructureKind::Cmp
        }
    } else if s.thematiques.iter().any(|t| t.contains("sante-mentale")) || has("PSYCHIATR") {
        StructureKind::Other
    } else {
        return None;
    };
    Some(kind)
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn to_structure(
    s: &DiService,
    parent: Option<&DiStructure>,
    kind: StructureKind,
) -> Result<(Structure, Option<String>), String> {
    let phone_text = non_empty(&s.telephone)
        .or_else(|| parent.and_then(|p| non_empty(&p.telephone)))
        .ok_or("no phone number: a service nobody can call is not offered")?;
    let phone = Phone::parse(phone_text).map_err(|e| format!("telephone '{phone_text}': {e}"))?;
    let insee = non_empty(&s.code_insee).or_else(|| parent.and_then(|p| non_empty(&p.code_insee)));
    let postcode =
        non_empty(&s.code_postal).or_else(|| parent.and_then(|p| non_empty(&p.code_postal)));
    let insee = insee
        .map(Insee::parse)
        .transpose()
        .map_err(|e| e.to_string())?;
    let postcode = postcode
        .map(Postcode::parse)
        .transpose()
        .map_err(|e| e.to_string())?;
    let dept = match (insee, postcode) {
        (Some(i), _) => i.dept(),
        (None, Some(pc)) => dept_of_postcode(pc).ok_or("cannot tell the département")?,
        (None, None) => return Err("no code_insee or code_postal: cannot place the service".into()),
    };
    let mut warning = None;
    let hours_text = non_empty(&s.horaires_accueil)
        .or_else(|| parent.and_then(|p| non_empty(&p.horaires_accueil)));
    let hours = hours_text.and_then(|h| match OpeningHours::parse(h) {
        Ok(h) => Some(h),
        Err(e) => {
            warning = Some(format!("imported without hours: '{h}' {e}"));
            None
        }
    });
    // In 1.x a contact is in the data only when it may be published.
    let contact = non_empty(&s.contact_nom_prenom).map(|name| NamedContact {
        name: name.into(),
        role: None,
    });
    // Départements listed, and those of communes listed (a service of some communes of a
    // département is offered there as a fallback, after the sector's CMP); EPCI and country
    // codes and "france" add nothing.
    let mut serves: Vec<Dept> = Vec::new();
    for code in s.zone_eligibilite.iter().flatten().map(|c| c.trim()) {
        let dept = match code.len() {
            2 | 3 => Dept::parse(code).ok(),
            5 => Insee::parse(code).ok().map(Insee::dept),
            _ => None,
        };
        if let Some(d) = dept
            && !serves.contains(&d)
        {
            serves.push(d);
        }
    }
    let location = match (s.latitude, s.longitude) {
        (Some(lat), Some(lon)) => GeoPoint::from_degrees(lat, lon),
        _ => parent.and_then(|p| GeoPoint::from_degrees(p.latitude?, p.longitude?)),
    }
    .filter(|p| p.is_in(dept));
    let source = s
        .source
        .as_deref()
        .or_else(|| parent.and_then(|p| p.source.as_deref()))
        .unwrap_or("di");
    let ages = match kind {
        StructureKind::CmpIj => AgeRange { min: 0, max: 17 },
        StructureKind::Cmpp => AgeRange { min: 0, max: 20 },
        _ => AgeRange::ALL,
    };
    let structure = Structure {
        key: format!("di:{source}:{}", s.id).into(),
        finess: None,
        kind,
        name: s.nom.trim().into(),
        address: Address {
            street: non_empty(&s.adresse)
                .or_else(|| parent.and_then(|p| non_empty(&p.adresse)))
                .unwrap_or("")
                .to_owned(),
            postcode,
            city: non_empty(&s.commune)
                .or_else(|| parent.and_then(|p| non_empty(&p.commune)))
                .unwrap_or("")
                .to_owned(),
            commune: insee,
            location,
        },
        phone,
        hours,
        ages,
        entry_point: kind != StructureKind::Other,
        languages: Vec::new(),
        contact,
        dept,
        serves,
        desk: None,
    };
    Ok((structure, warning))
}

/// Département of a postcode (first two digits; 20xxx is Corsica, 97x overseas).
fn dept_of_postcode(pc: Postcode) -> Option<Dept> {
    let v = pc.as_u32();
    let code = match v / 1000 {
        20 if v < 20_200 => "2A".to_owned(),
        20 => "2B".to_owned(),
        97 | 98 => format!("{}", v / 100),
        d => format!("{d:02}"),
    };
    Dept::parse(&code).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Meta;

    const SAMPLE: &str = include_str!("../../../data/samples/data-inclusion-services.json");

    #[test]
    fn imports_mental_health_services_and_reports_bad_ones() {
        let mut b = DirectoryBuilder::new(Meta::default());
        let report = import(SAMPLE, &mut b);
        let issues: Vec<String> = report.issues.iter().map(ToString::to_string).collect();
        assert_eq!(
            issues,
            [
                "services[2] (demo--svc-cpoa): imported without hours: 'lundi au vendredi 9h-17h' opening hours not understood at character 0: expected a time as HH:MM",
                "services[3] (demo--svc-sans-tel): no phone number: a service nobody can call is not offered",
                "services[5]: missing field `nom`",
                "services[6] (demo--svc-ancien): 'horaires_ouverture' is a 0.x field, not read: schema 1.x says horaires_accueil",
                "services[6] (demo--svc-ancien): 'zone_diffusion_type' is a 0.x field, not read: schema 1.x says zone_eligibilite",
                "services[6] (demo--svc-ancien): 'zone_diffusion_code' is a 0.x field, not read: schema 1.x says zone_eligibilite",
            ]
        );
        assert_eq!(report.imported, 4);
        assert_eq!(report.not_psychiatry, 1);
        let dir = b.build().directory;
        let s = &dir.structures()[0];
        assert_eq!(s.kind, StructureKind::Cmp);
        assert_eq!(&*s.contact.as_ref().unwrap().name, "Claire Martin");
        assert_eq!(
            s.hours.as_ref().unwrap().as_str(),
            "Mo-Fr 09:00-17:00; PH off"
        );
        assert_eq!(
            s.address.location.map(|p| (p.lat, p.lon)),
            Some((4_622_300, 521_010))
        );
        let empp = &dir.structures()[1];
        assert_eq!(empp.kind, StructureKind::Empp);
        assert!(empp.contact.is_none());
        assert_eq!(empp.serves, [Dept::parse("96").unwrap()]);
        assert_eq!(
            empp.phone.as_str(),
            "+33536497001",
            "phone from the parent structure"
        );
        assert_eq!(
            empp.hours.as_ref().unwrap().as_str(),
            "Mo-Fr 08:30-18:00; PH off",
            "hours from the parent structure"
        );
        let cpoa = &dir.structures()[2];
        assert_eq!(cpoa.kind, StructureKind::Reception247);
        assert!(cpoa.hours.is_none());
        assert_eq!(
            cpoa.serves,
            [Dept::parse("96").unwrap()],
            "communes of the 96"
        );
        let old = &dir.structures()[3];
        assert_eq!(
            old.hours.as_ref().unwrap().as_str(),
            "Mo-Fr 08:30-18:00; PH off",
            "its 0.x hours are not read: the structure's apply"
        );
        assert!(old.serves.is_empty());
    }

    proptest::proptest! {
        /// Any text, and JSON of any shape: a report, never a panic.
        #[test]
        fn any_input_gives_a_report(text in "\\PC{0,300}", n in 0usize..4) {
            let mut b = DirectoryBuilder::new(Meta::default());
            let _ = import(&text, &mut b);
            let service = serde_json::json!({"id": text, "nom": text, "telephone": text, "code_insee": text});
            let shaped = serde_json::json!({"services": vec![service; n]}).to_string();
            let r = import(&shaped, &mut b);
            // Every service is imported, set aside as not mental health, or reported.
            proptest::prop_assert!(r.imported + r.not_psychiatry + r.issues.len() >= n, "{:?}", r);
        }
    }

    #[test]
    fn a_list_of_services_with_nested_structures_is_accepted() {
        let json = r#"[{"id": "x", "nom": "CMP enfants Les Mouettes", "structure": {"id": "s", "telephone": "01 99 00 50 01", "code_insee": "96300"}}]"#;
        let mut b = DirectoryBuilder::new(Meta::default());
        let report = import(json, &mut b);
        assert_eq!(report.issues, []);
        assert_eq!(
            b.build().directory.structures()[0].kind,
            StructureKind::CmpIj
        );
        let mut b = DirectoryBuilder::new(Meta::default());
        let report = import("{\"services\": 3}", &mut b);
        assert_eq!(report.issues.len(), 1);
    }
}
