//! Whom a person calls about a request: the line of the CMP it is addressed to. A desk may
//! serve several CMPs of a hospital group; each CMP's name, phone, hours and address come
//! from the directory the desk serves (the directory is where a CMP's line is written, for the
//! apps and the desk alike). A request that names no CMP, or a CMP the directory does not
//! know, falls back to the desk's own reception line. The one place that says so.

use crate::AppState;
use relais_core::contact::{HumanContact, Region, Role, Who};

/// A CMP's line, and where it receives people.
#[derive(Clone, Debug)]
pub struct CmpLine {
    pub contact: HumanContact,
    pub address: String,
}

/// The line for requests addressed to `key`.
pub fn for_cmp(state: &AppState, key: Option<&str>) -> CmpLine {
    let served = key.filter(|k| state.config.structures.iter().any(|s| s == k));
    match served.and_then(|k| state.directory.structure_by_key(k)) {
        Some((_, s)) => CmpLine {
            contact: s.contact(),
            address: s.address.one_line(),
        },
        None => desk(state),
    }
}

/// The desk's own reception line, from its configuration.
pub fn desk(state: &AppState) -> CmpLine {
    CmpLine {
        contact: HumanContact::new(
            Who::role(Role::Secretariat),
            state.config.desk_name.as_str(),
            state.desk_phone,
            state.desk_hours.clone(),
        )
        .with_region(Region::for_department(state.config.dept.trim())),
        address: state.config.address.clone(),
    }
}
