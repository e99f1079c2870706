//! From a person's situation to an ordered list of humans to call. Rules only: no score, no
//! triage. Every rule can be explained to the person, and when the rules cannot decide, the
//! answer is a human who can (domain rules 2, 3 and 4).
//!
//! The order of routes:
//! 1. the CMP of the person's sector, chosen by the ordered sectorisation rules (address or
//!    street; for no fixed address: residence of 3 months, then domiciliation, then where the
//!    person sleeps or is followed), and by age (adult CMP, CMP-IJ, CMPP for under-20s);
//! 2. when the rules cannot decide: candidate CMPs if the place covers several sectors;
//! 3. the EMPP for people without a fixed address or when the place is unknown;
//! 4. the département's 24/7 reception (CPOA, CAP, psychiatric emergencies);
//! 5. always last: the 3114, which answers day and night.

use crate::contact::{HoursStatus, HumanContact, Lang};
use crate::crisis;
use crate::directory::{
    CommuneRef, Dept, DeskLink, Directory, DirectoryStatus, Insee, NoAddressRule, Postcode,
    SectorId, SectorKind, StreetRule, StructureId, split_address,
};
use crate::i18n::{Localizer, Message};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Age, in the bands that decide the kind of structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeBand {
    Under12,
    From12To15,
    From16To17,
    From18To20,
    From21,
    /// The person did not say. Adult CMP first, and the children's CMP as an alternative.
    Unknown,
}

impl AgeBand {
    /// Youngest and oldest age of the band.
    pub fn range(self) -> Option<(u8, u8)> {
        match self {
            AgeBand::Under12 => Some((0, 11)),
            AgeBand::From12To15 => Some((12, 15)),
            AgeBand::From16To17 => Some((16, 17)),
            AgeBand::From18To20 => Some((18, 20)),
            AgeBand::From21 => Some((21, 120)),
            AgeBand::Unknown => None,
        }
    }

    pub fn is_minor(self) -> bool {
        matches!(
            self,
            AgeBand::Under12 | AgeBand::From12To15 | AgeBand::From16To17
        )
    }

    /// The band of an age in years.
    pub fn of_age(years: u8) -> AgeBand {
        match years {
            0..=11 => AgeBand::Under12,
            12..=15 => AgeBand::From12To15,
            16..=17 => AgeBand::From16To17,
            18..=20 => AgeBand::From18To20,
            _ => AgeBand::From21,
        }
    }
}

/// Where the person lives, as far as they can say. Places are what the person or the app's
/// commune picker gave: an INSEE code, a postcode or a commune name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Place {
    /// A usual residence. `street` may hold the number ("12 bis rue de la Gare").
    Address {
        commune: String,
        street: Option<String>,
    },
    /// No fixed address (CASF L264-1 and the ARS order of rules).
    NoFixedAddress {
        /// Where the person has actually lived for 3 months or more.
        lived_3_months_in: Option<String>,
        /// The commune of the domiciliation (CCAS or approved association).
        domiciliation: Option<String>,
        /// Where the person sleeps or is followed.
        sleeps_or_followed_in: Option<String>,
    },
    /// The person does not want to, or cannot, say.
    Unknown,
}

/// What orientation needs to know, and nothing more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    pub age: AgeBand,
    pub place: Place,
    /// Languages the person speaks, best first. French is assumed understood if listed.
    pub languages: Vec<Lang>,
    pub interpreter_needed: bool,
}

/// Which sectorisation rule decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    Address,
    Street,
    Residence3Months,
    Domiciliation,
    WhereTheyLive,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RouteKind {
    /// The CMP of the person's sector (adult, or children's for a minor).
    SectorCmp,
    /// One of several CMPs when the place covers several sectors.
    CandidateCmp,
    /// CMPP, for under-20s, whatever the address.
    Cmpp,
    /// Outreach team for people without housing.
    Outreach,
    /// 24/7 psychiatric reception.
    Reception,
    /// A national line (3114).
    NationalLine,
}

/// One human to call, why, and whether they answer now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Route {
    pub kind: RouteKind,
    pub contact: HumanContact,
    /// The directory key of the structure, for a request addressed to it.
    pub structure_key: Option<Arc<str>>,
    /// Its desk, when the structure takes requests from the app.
    pub desk: Option<DeskLink>,
    pub hours_known: bool,
    pub open_now: bool,
    /// When it next opens, if closed now (the place's own time).
    pub next_opening: Option<DateTime<FixedOffset>>,
    /// When it closes, if open now and not 24/7.
    pub closes_at: Option<DateTime<FixedOffset>>,
    pub always_open: bool,
    pub reason: Message,
    pub notes: Vec<Message>,
}

/// The answer: an ordered, non-empty list of routes whose last one answers 24/7.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Orientation {
    /// Why the rules could not decide alone, when they could not.
    pub problem: Option<Message>,
    pub decided_by: Option<Rule>,
    /// The sector code that decided, when one did.
    pub sector: Option<String>,
    /// Demo directory: numbers are fictional.
    pub demo: bool,
    routes: Vec<Route>,
    last: Route,
}

impl Orientation {
    /// All routes in order; never empty.
    pub fn routes(&self) -> impl Iterator<Item = &Route> {
        self.routes.iter().chain(std::iter::once(&self.last))
    }

    pub fn len(&self) -> usize {
        self.routes.len() + 1
    }

    /// Always false: there is always someone to call.
    pub fn is_empty(&self) -> bool {
        false
    }

    pub fn first(&self) -> &Route {
        self.routes.first().unwrap_or(&self.last)
    }

    /// The 24/7 human line that ends every orientation.
    pub fn last(&self) -> &Route {
        &self.last
    }

    /// Plain text, one route after the other (for the SMS-less printout and the tests).
    pub fn to_text(&self, loc: &Localizer) -> String {
        let mut out = String::new();
        if self.demo {
            out.push_str(&loc.key("note-demo"));
            out.push('\n');
        }
        if let Some(p) = &self.problem {
            out.push_str(&loc.text(p));
            out.push('\n');
        }
        for (i, r) in self.routes().enumerate() {
            let who = match r.contact.who.name() {
                Some(name) => format!(
                    "{name} ({})",
                    r.contact
                        .who
                        .role_kind()
                        .map(|x| loc.role(x))
                        .unwrap_or_default()
                ),
                None => r
                    .contact
                    .who
                    .role_kind()
                    .map(|x| loc.role(x))
                    .unwrap_or_default(),
            };
            out.push_str(&format!(
                "{}. {} – {} – {}\n   {}\n   {}\n",
                i + 1,
                who,
                r.contact.structure,
                r.contact.phone.national(),
                loc.status(r.status()),
                loc.text(&r.reason)
            ));
            for n in &r.notes {
                out.push_str(&format!("   {}\n", loc.text(n)));
            }
        }
        out
    }
}

impl Route {
    /// The hours status, rebuilt from the stored fields (for display).
    pub fn status(&self) -> Option<HoursStatus> {
        if !self.hours_known {
            return None;
        }
        let tz = self.contact.region.tz();
        Some(if self.always_open {
            HoursStatus::AlwaysOpen
        } else if let Some(t) = self.closes_at {
            HoursStatus::OpenUntil(t.with_timezone(&tz))
        } else if let Some(t) = self.next_opening {
            HoursStatus::ClosedUntil(t.with_timezone(&tz))
        } else {
            HoursStatus::ClosedForLong
        })
    }
}

/// How a place given by the person maps to the directory.
enum Resolved<'a> {
    One(CommuneRef<'a>),
    /// A postcode or a name shared by several communes.
    Several(Vec<CommuneRef<'a>>, Option<Postcode>),
    NotFound,
}

impl Resolved<'_> {
    fn dept(&self) -> Option<Dept> {
        match self {
            Resolved::One(c) => Some(c.insee.dept()),
            Resolved::Several(cs, _) => cs.first().map(|c| c.insee.dept()),
            Resolved::NotFound => None,
        }
    }
}

/// A place as the person gave it: the picker's INSEE code, a postcode, or a name (current or
/// former, accents and "St" for "Saint" as in the picker; "Paris 13e" is the arrondissement).
fn resolve<'a>(dir: &'a Directory, text: &str) -> Resolved<'a> {
    let t = text.trim();
    if t.len() == 5 {
        if let Ok(insee) = Insee::parse(t)
            && let Some(c) = dir.commune_by_insee(insee)
        {
            return Resolved::One(c);
        }
        if let Ok(pc) = Postcode::parse(t) {
            let mut found: Vec<CommuneRef<'a>> = dir.communes_by_postcode(pc).collect();
            match found.len() {
                0 => {}
                1 => return Resolved::One(found.remove(0)),
                _ => return Resolved::Several(found, Some(pc)),
            }
        }
    }
    let mut found: Vec<CommuneRef<'a>> = dir
        .communes_named(t, 8)
        .into_iter()
        .map(|m| m.commune)
        .collect();
    match found.len() {
        0 => Resolved::NotFound,
        1 => Resolved::One(found.remove(0)),
        _ => Resolved::Several(found, None),
    }
}

/// Where the sectorisation rules put the person.
enum Location<'a> {
    Found {
        commune: CommuneRef<'a>,
        rule: Rule,
        street: Option<String>,
        adult: Option<SectorId>,
        child: Option<SectorId>,
    },
    Candidates {
        communes: Vec<CommuneRef<'a>>,
        postcode: Option<Postcode>,
    },
    Problem {
        message: Message,
        dept: Option<Dept>,
    },
}

fn rule_of(r: NoAddressRule) -> Rule {
    match r {
        NoAddressRule::Residence3Months => Rule::Residence3Months,
        NoAddressRule::Domiciliation => Rule::Domiciliation,
        NoAddressRule::WhereTheyLive => Rule::WhereTheyLive,
    }
}

/// A divided city (Paris, Lyon, Marseille) named without its arrondissement.
fn needs_arrondissement<'a>(city: CommuneRef<'a>) -> Location<'a> {
    Location::Problem {
        message: Message::new("orient-problem-needs-arrondissement").with("commune", city.name),
        dept: Some(city.insee.dept()),
    }
}

fn locate<'a>(dir: &'a Directory, place: &Place) -> Location<'a> {
    match place {
        Place::Address { commune, street } => match resolve(dir, commune) {
            Resolved::One(c) if c.divided => locate_divided(dir, c, street.as_deref()),
            Resolved::One(c) => locate_street(dir, c, street.as_deref()),
            Resolved::Several(cs, pc) => several(cs, pc, Rule::Address),
            Resolved::NotFound => Location::Problem {
                message: Message::new("orient-problem-unknown-commune")
                    .with("place", commune.trim()),
                dept: None,
            },
        },
        Place::NoFixedAddress {
            lived_3_months_in,
            domiciliation,
            sleeps_or_followed_in,
        } => {
            let given = |rule: NoAddressRule| {
                match rule {
                    NoAddressRule::Residence3Months => lived_3_months_in,
                    NoAddressRule::Domiciliation => domiciliation,
                    NoAddressRule::WhereTheyLive => sleeps_or_followed_in,
                }
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
            };
            // Each place is resolved once; the département of the first one found (in the
            // default order) says which order of the rules applies.
            let resolved: Vec<(NoAddressRule, &str, Resolved<'a>)> =
                crate::directory::DEFAULT_NO_ADDRESS_ORDER
                    .iter()
                    .filter_map(|r| given(*r).map(|t| (*r, t, resolve(dir, t))))
                    .collect();
            let dept = resolved.iter().find_map(|(_, _, r)| r.dept());
            let mut first_unknown: Option<&str> = None;
            for step in dir.no_address_order(dept) {
                let Some((_, text, found)) = resolved.iter().find(|(r, ..)| r == step) else {
                    continue;
                };
                let rule = rule_of(*step);
                match found {
                    Resolved::One(c) if c.divided => return needs_arrondissement(*c),
                    Resolved::One(c) => {
                        return Location::Found {
                            commune: *c,
                            rule,
                            street: None,
                            adult: c.adult,
                            child: c.child,
                        };
                    }
                    Resolved::Several(cs, pc) => return several(cs.clone(), *pc, rule),
                    Resolved::NotFound => {
                        first_unknown.get_or_insert(text);
                    }
                }
            }
            let message = match first_unknown {
                Some(text) => Message::new("orient-problem-unknown-commune").with("place", text),
                None => Message::new("orient-problem-no-place"),
            };
            Location::Problem {
                message,
                dept: None,
            }
        }
        Place::Unknown => Location::Problem {
            message: Message::new("orient-problem-no-place"),
            dept: None,
        },
    }
}

/// Several communes: if they all share their sectors there is nothing to choose.
fn several<'a>(
    communes: Vec<CommuneRef<'a>>,
    postcode: Option<Postcode>,
    rule: Rule,
) -> Location<'a> {
    let first = communes[0];
    if communes
        .iter()
        .all(|c| c.adult == first.adult && c.child == first.child && !c.split && !c.divided)
    {
        return Location::Found {
            commune: first,
            rule,
            street: None,
            adult: first.adult,
            child: first.child,
        };
    }
    Location::Candidates { communes, postcode }
}

/// A divided city with a street: the street rules of the city and of its arrondissements
/// decide when they agree; otherwise the arrondissement is needed.
fn locate_divided<'a>(
    dir: &'a Directory,
    city: CommuneRef<'a>,
    street: Option<&str>,
) -> Location<'a> {
    let Some(line) = street.map(str::trim).filter(|s| !s.is_empty()) else {
        return needs_arrondissement(city);
    };
    let (_, key) = split_address(line);
    let mut decided: Option<Location<'a>> = None;
    for part in std::iter::once(city).chain(dir.arrondissements(city.insee)) {
        if dir.street_rules(part.insee, &key).is_empty() {
            continue;
        }
        let here = locate_street(dir, part, Some(line));
        let Location::Found { adult, child, .. } = &here else {
            continue;
        };
        match &decided {
            None => decided = Some(here),
            Some(Location::Found {
                adult: a, child: c, ..
            }) if (a, c) == (adult, child) => {}
            Some(_) => return needs_arrondissement(city),
        }
    }
    decided.unwrap_or_else(|| needs_arrondissement(city))
}

/// The sector of a kind given by the street rules that fit the number: the first rule that
/// fits when a number is given, the one all rules agree on when none is.
fn street_sector(
    rules: &[StreetRule],
    number: Option<u32>,
    of: impl Fn(&StreetRule) -> Option<SectorId>,
) -> Option<(SectorId, &StreetRule)> {
    let mut fitting = rules
        .iter()
        .filter(|r| number.is_none_or(|n| r.from <= n && n <= r.to && r.parity.matches(n)))
        .filter_map(|r| of(r).map(|s| (s, r)));
    let first = fitting.next()?;
    match number {
        Some(_) => Some(first),
        None => fitting.all(|(s, _)| s == first.0).then_some(first),
    }
}

fn locate_street<'a>(dir: &'a Directory, c: CommuneRef<'a>, street: Option<&str>) -> Location<'a> {
    let found = |rule, street, adult, child| Location::Found {
        commune: c,
        rule,
        street,
        adult,
        child,
    };
    if !c.split {
        return found(Rule::Address, None, c.adult, c.child);
    }
    let Some(line) = street.map(str::trim).filter(|s| !s.is_empty()) else {
        // No street: the commune-level sectors still decide where they exist (often the
        // children's intersecteur covers the whole city).
        return found(Rule::Address, None, c.adult, c.child);
    };
    let (number, key) = split_address(line);
    let rules = dir.street_rules(c.insee, &key);
    let problem = |key: &'static str| Location::Problem {
        message: Message::new(key)
            .with("street", line)
            .with("commune", c.name),
        dept: Some(c.insee.dept()),
    };
    if rules.is_empty() {
        return problem("orient-problem-unknown-street");
    }
    // Adult and child sectors may come from different rules of the same street.
    let adult = street_sector(rules, number, |r| r.adult);
    let child = street_sector(rules, number, |r| r.child);
    match adult.or(child) {
        Some((_, r)) => found(
            Rule::Street,
            Some(r.name.to_string()),
            adult.map(|(s, _)| s).or(c.adult),
            child.map(|(s, _)| s).or(c.child),
        ),
        None if number.is_some() => problem("orient-problem-unknown-street"),
        None => Location::Problem {
            message: Message::new("orient-problem-needs-street").with("commune", c.name),
            dept: Some(c.insee.dept()),
        },
    }
}

struct Builder<'a> {
    dir: &'a Directory,
    now: DateTime<Utc>,
    situation: &'a Situation,
    routes: Vec<Route>,
    seen: Vec<StructureId>,
}

impl<'a> Builder<'a> {
    fn route(
        &self,
        kind: RouteKind,
        contact: HumanContact,
        key: Option<Arc<str>>,
        reason: Message,
    ) -> Route {
        let status = contact.status(self.now);
        let mut notes = Vec::new();
        let wanted = self.situation.languages.iter().find(|l| !l.is_french());
        if let Some(lang) = wanted
            && contact.speaks(lang)
            && kind != RouteKind::NationalLine
        {
            notes.push(Message::new("note-speaks-your-language"));
        } else if (self.situation.interpreter_needed || wanted.is_some())
            && kind != RouteKind::NationalLine
        {
            notes.push(Message::new("note-interpreter"));
        }
        if self.situation.age.is_minor()
            && matches!(
                kind,
                RouteKind::SectorCmp | RouteKind::Cmpp | RouteKind::CandidateCmp
            )
        {
            notes.push(Message::new("note-minor"));
        }
        let fixed = |t: DateTime<chrono_tz::Tz>| t.fixed_offset();
        Route {
            kind,
            hours_known: status.is_some(),
            open_now: status.is_some_and(|s| s.is_open()),
            always_open: status == Some(HoursStatus::AlwaysOpen),
            next_opening: status.and_then(|s| s.next_opening()).map(fixed),
            closes_at: match status {
                Some(HoursStatus::OpenUntil(t)) => Some(fixed(t)),
                _ => None,
            },
            contact,
            structure_key: key,
            desk: None,
            reason,
            notes,
        }
    }

    /// Adds a structure of the directory, once.
    fn add(
        &mut self,
        id: StructureId,
        kind: RouteKind,
        reason: impl FnOnce(Arc<str>) -> Message,
    ) -> bool {
        if self.seen.contains(&id) {
            return false;
        }
        let Some(s) = self.dir.structure(id) else {
            return false;
        };
        // Rule 4: never route a new request to a structure that is not an entry point.
        if !s.is_entry_point() {
            return false;
        }
        self.seen.push(id);
        let reason = reason(s.name.clone());
        let mut route = self.route(kind, s.contact(), Some(s.key.clone()), reason);
        route.desk = s.desk.clone();
        self.routes.push(route);
        true
    }

    /// The first entry-point structure of a sector that sees this age.
    fn sector_structure(
        &self,
        sector: Option<SectorId>,
        ages: Option<(u8, u8)>,
    ) -> Option<StructureId> {
        let sector = self.dir.sector(sector?)?;
        sector.structures.iter().copied().find(|id| {
            self.dir.structure(*id).is_some_and(|s| {
                s.is_entry_point() && ages.is_none_or(|(min, max)| s.ages.covers(min, max))
            })
        })
    }

    /// The first entry-point structure of `ids` that sees this age.
    fn first_for_age(&self, ids: &[StructureId], ages: Option<(u8, u8)>) -> Option<StructureId> {
        ids.iter().copied().find(|id| {
            !self.seen.contains(id)
                && self
                    .dir
                    .structure(*id)
                    .is_some_and(|s| ages.is_none_or(|(min, max)| s.ages.covers(min, max)))
        })
    }
}

fn sector_reason(rule: Rule, commune: &str, street: Option<&str>, structure: Arc<str>) -> Message {
    let key = match rule {
        Rule::Address => "orient-sector-address",
        Rule::Street => "orient-sector-street",
        Rule::Residence3Months => "orient-sector-residence",
        Rule::Domiciliation => "orient-sector-domiciliation",
        Rule::WhereTheyLive => "orient-sector-life",
    };
    let m = Message::new(key)
        .with("commune", commune)
        .with("structure", structure);
    match street {
        Some(s) => m.with("street", s),
        None => m,
    }
}

/// Orients a person: an ordered, non-empty list of humans to call, the last one answering
/// day and night. Never fails, whatever the input and the directory.
pub fn orient(situation: &Situation, dir: &Directory, now: DateTime<Utc>) -> Orientation {
    let mut b = Builder {
        dir,
        now,
        situation,
        routes: Vec::with_capacity(6),
        seen: Vec::with_capacity(6),
    };
    let mut problem = match dir.status() {
        DirectoryStatus::Loaded => None,
        DirectoryStatus::Empty => Some(Message::new("orient-problem-directory-empty")),
        DirectoryStatus::Unavailable(_) => {
            Some(Message::new("orient-problem-directory-unavailable"))
        }
    };
    let mut decided_by = None;
    let mut sector_code = None;
    let mut dept = None;
    let ages = situation.age.range();
    let no_fixed_address = matches!(situation.place, Place::NoFixedAddress { .. });

    if problem.is_none() {
        match locate(dir, &situation.place) {
            Location::Found {
                commune,
                rule,
                street,
                adult,
                child,
            } => {
                dept = Some(commune.insee.dept());
                let (first_kind, second_kind) = match situation.age {
                    AgeBand::Under12 | AgeBand::From12To15 => (SectorKind::Child, None),
                    AgeBand::From16To17 => (SectorKind::Child, Some(SectorKind::Adult)),
                    AgeBand::From18To20 | AgeBand::From21 => (SectorKind::Adult, None),
                    AgeBand::Unknown => (SectorKind::Adult, Some(SectorKind::Child)),
                };
                let sector_of = |k: SectorKind| match k {
                    SectorKind::Adult => adult,
                    SectorKind::Child => child,
                };
                let mut placed = false;
                for (i, kind) in std::iter::once(first_kind).chain(second_kind).enumerate() {
                    // 16–17: the second kind is a fallback only; unknown age: both are offered.
                    if placed && situation.age == AgeBand::From16To17 {
                        break;
                    }
                    let sector = sector_of(kind);
                    let id = b.sector_structure(sector, ages);
                    let Some(id) = id else { continue };
                    let commune_name = commune.name;
                    let street_name = street.as_deref();
                    let added = b.add(id, RouteKind::SectorCmp, |name| {
                        match (situation.age, kind, i) {
                            (AgeBand::Unknown, SectorKind::Child, _) => {
                                Message::new("orient-unknown-age-child").with("structure", name)
                            }
                            (AgeBand::From16To17, _, _) => {
                                Message::new("orient-young-adult-child-team")
                                    .with("structure", name)
                            }
                            (_, SectorKind::Child, _) => {
                                Message::new("orient-child").with("structure", name)
                            }
                            _ => sector_reason(rule, commune_name, street_name, name),
                        }
                    });
                    if added && !placed {
                        placed = true;
                        decided_by = Some(rule);
                        sector_code = sector.and_then(|s| dir.sector(s)).map(|s| s.code.clone());
                    }
                }
                if !placed {
                    let needed = sector_of(first_kind);
                    problem = Some(if commune.divided {
                        Message::new("orient-problem-needs-arrondissement")
                            .with("commune", commune.name)
                    } else if commune.split && needed.is_none() {
                        Message::new("orient-problem-needs-street").with("commune", commune.name)
                    } else if needed.is_none() {
                        Message::new("orient-problem-out-of-area").with("commune", commune.name)
                    } else {
                        Message::new("orient-problem-no-structure")
                    });
                }
            }
            Location::Candidates { communes, postcode } => {
                dept = Some(communes[0].insee.dept());
                let kind = if matches!(situation.age, AgeBand::Under12 | AgeBand::From12To15) {
                    SectorKind::Child
                } else {
                    SectorKind::Adult
                };
                let mut sectors: Vec<SectorId> =
                    communes.iter().filter_map(|c| c.sector(kind)).collect();
                sectors.dedup();
                for sector in sectors.into_iter().take(3) {
                    if let Some(id) = b.sector_structure(Some(sector), ages) {
                        b.add(id, RouteKind::CandidateCmp, |name| {
                            Message::new("orient-sector-address")
                                .with("commune", communes[0].name)
                                .with("structure", name)
                        });
                    }
                }
                problem = Some(match postcode {
                    Some(pc) => Message::new("orient-problem-several-sectors")
                        .with("postcode", pc.to_string()),
                    None => Message::new("orient-problem-unknown-commune")
                        .with("place", communes[0].name),
                });
            }
            Location::Problem { message, dept: d } => {
                problem = Some(message);
                dept = d;
            }
        }
    }

    // Alternatives and the fallback chain, in the département concerned (or the directory's).
    let dept = dept.or_else(|| dir.main_dept());
    if let Some(d) = dept {
        if ages.is_some_and(|(_, max)| max <= 20)
            && let Some(id) = b.first_for_age(dir.cmpps(d), ages)
        {
            b.add(id, RouteKind::Cmpp, |name| {
                Message::new("orient-cmpp").with("structure", name)
            });
        }
        let outreach_first = no_fixed_address || problem.is_some();
        let add_outreach = |b: &mut Builder<'_>| {
            if let Some(id) = b.first_for_age(dir.outreach_teams(d), None) {
                b.add(id, RouteKind::Outreach, |name| {
                    Message::new("orient-empp").with("structure", name)
                });
            }
        };
        if outreach_first {
            add_outreach(&mut b);
        }
        if let Some(id) = b.first_for_age(dir.receptions(d), None) {
            let key = if problem.is_some() {
                "orient-reception-decides"
            } else {
                "orient-reception"
            };
            b.add(id, RouteKind::Reception, |name| {
                Message::new(key).with("structure", name)
            });
        }
    }

    let last = b.route(
        RouteKind::NationalLine,
        crisis::last_resort().clone(),
        None,
        Message::new("orient-last-resort"),
    );
    Orientation {
        problem,
        decided_by,
        sector: sector_code,
        demo: dir.meta().demo,
        routes: b.routes,
        last,
    }
}

#[cfg(test)]
mod tests;
