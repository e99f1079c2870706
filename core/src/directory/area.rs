//! A directory cut down to some départements, so that a phone can download only its area.
//!
//! Kept: the communes of the départements (with their former names and arrondissements),
//! the sectors those communes and their streets point to, the structures of those sectors,
//! and every structure located in or serving one of the départements (CMPP, EMPP, 24/7
//! reception). Everything keeps its order, so the cut is deterministic.

use super::{Communes, Dept, Directory, Meta, SectorId, StructureId};
use std::collections::HashMap;

impl Directory {
    /// The part of the directory about `depts`.
    pub fn only(&self, depts: &[Dept]) -> Directory {
        let in_area = |d: Dept| depts.contains(&d);
        let c = &self.communes;
        // Communes, column by column.
        let mut communes = Communes::default();
        let mut index_map: HashMap<u32, u32> = HashMap::new();
        for (i, insee) in c.insee.iter().enumerate() {
            if !in_area(insee.dept()) {
                continue;
            }
            index_map.insert(i as u32, communes.insee.len() as u32);
            communes.insee.push(*insee);
            let name_start = if i == 0 {
                0
            } else {
                c.name_ends[i - 1] as usize
            };
            communes
                .names
                .push_str(&c.names[name_start..c.name_ends[i] as usize]);
            communes.name_ends.push(communes.names.len() as u32);
            let pc_start = if i == 0 {
                0
            } else {
                c.postcode_ends[i - 1] as usize
            };
            communes
                .postcodes
                .extend_from_slice(&c.postcodes[pc_start..c.postcode_ends[i] as usize]);
            communes.postcode_ends.push(communes.postcodes.len() as u32);
            communes.adult.push(c.adult[i]);
            communes.child.push(c.child[i]);
            communes.size.push(c.size.get(i).copied().unwrap_or(0));
        }
        for j in 0..c.old_names.len() {
            if let Some(new) = index_map.get(&c.old_names.commune[j]) {
                communes.old_names.commune.push(*new);
                communes.old_names.names.push_str(c.old_names.name(j));
                communes.old_names.names.push('\n');
                communes
                    .old_names
                    .ends
                    .push(communes.old_names.names.len() as u32);
            }
        }
        communes.arrondissements = c
            .arrondissements
            .iter()
            .filter(|(a, _)| in_area(a.dept()))
            .copied()
            .collect();
        let streets: Vec<_> = self
            .streets
            .iter()
            .filter(|r| in_area(r.commune.dept()))
            .cloned()
            .collect();
        // Sectors used by what is kept, in their order.
        let mut used = vec![false; self.sectors.len()];
        let mut mark = |v: Option<SectorId>| {
            if let Some(s) = v.and_then(|s| used.get_mut(usize::from(s))) {
                *s = true;
            }
        };
        for (a, ch) in communes.adult.iter().zip(&communes.child) {
            mark(a.checked_sub(1));
            mark(ch.checked_sub(1));
        }
        for r in &streets {
            mark(r.adult);
            mark(r.child);
        }
        let sector_map: HashMap<SectorId, SectorId> = used
            .iter()
            .enumerate()
            .filter(|(_, u)| **u)
            .enumerate()
            .map(|(new, (old, _))| (old as SectorId, new as SectorId))
            .collect();
        // Structures of those sectors, and of the area.
        let mut keep = vec![false; self.structures.len()];
        for (old, _) in used.iter().enumerate().filter(|(_, u)| **u) {
            for id in &self.sectors[old].structures {
                if let Some(k) = keep.get_mut(*id as usize) {
                    *k = true;
                }
            }
        }
        for (id, s) in self.structures.iter().enumerate() {
            if in_area(s.dept) || s.serves.iter().any(|d| in_area(*d)) {
                keep[id] = true;
            }
        }
        let structure_map: HashMap<StructureId, StructureId> = keep
            .iter()
            .enumerate()
            .filter(|(_, k)| **k)
            .enumerate()
            .map(|(new, (old, _))| (old as StructureId, new as StructureId))
            .collect();
        let structures = self
            .structures
            .iter()
            .enumerate()
            .filter(|(id, _)| keep[*id])
            .map(|(_, s)| s.clone())
            .collect();
        let sectors = self
            .sectors
            .iter()
            .enumerate()
            .filter(|(id, _)| used[*id])
            .map(|(_, s)| {
                let mut s = s.clone();
                s.structures = s
                    .structures
                    .iter()
                    .filter_map(|id| structure_map.get(id).copied())
                    .collect();
                s
            })
            .collect();
        let renumber = |v: u16| {
            v.checked_sub(1)
                .and_then(|s| sector_map.get(&s))
                .map_or(0, |s| s + 1)
        };
        communes.adult = communes.adult.iter().map(|v| renumber(*v)).collect();
        communes.child = communes.child.iter().map(|v| renumber(*v)).collect();
        let streets = streets
            .into_iter()
            .map(|mut r| {
                r.adult = r.adult.and_then(|s| sector_map.get(&s).copied());
                r.child = r.child.and_then(|s| sector_map.get(&s).copied());
                r
            })
            .collect();
        let names: Vec<String> = depts.iter().map(ToString::to_string).collect();
        let meta = Meta {
            area: format!("{} – {}", self.meta.area, names.join(", ")),
            ..self.meta.clone()
        };
        let orders = self
            .no_address
            .iter()
            .filter(|(d, _)| in_area(*d))
            .cloned()
            .collect();
        Directory::assemble(meta, structures, sectors, communes, streets).with_no_address(orders)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::{bundle, synth};
    use crate::orientation::{AgeBand, Place, Situation, orient};
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_departement_answers_like_the_whole_directory_for_its_communes() {
        let national = synth::national(synth::SynthConfig {
            communes: 3_000,
            sectors: 150,
            streets_per_city: 60,
            seed: 3,
        });
        let now = chrono_tz::Europe::Paris
            .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        for code in ["75", "2A", "974", "13"] {
            let dept = Dept::parse(code).unwrap();
            let part = national.only(&[dept]);
            assert!(part.commune_count() > 0, "{code}");
            assert!(part.communes().all(|c| c.insee.dept() == dept));
            assert!(part.meta().area.ends_with(code));
            // Round trip through a bundle, as a phone would get it.
            let part = bundle::decode(&bundle::encode(&part).unwrap()).unwrap();
            let mut streets: Vec<Option<String>> = vec![None];
            streets.extend(
                part.streets()
                    .iter()
                    .take(20)
                    .map(|r| Some(format!("{} {}", r.from, r.name))),
            );
            for c in part.communes() {
                for street in &streets {
                    for age in [AgeBand::Under12, AgeBand::From21, AgeBand::Unknown] {
                        let s = Situation {
                            age,
                            place: Place::Address {
                                commune: c.insee.to_string(),
                                street: street.clone(),
                            },
                            languages: vec![],
                            interpreter_needed: false,
                        };
                        assert_eq!(orient(&s, &part, now), orient(&s, &national, now), "{s:?}");
                    }
                }
            }
        }
    }
}
