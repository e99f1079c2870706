//! Relais core: everything the apps and the desk share, with no FFI and no UI.
//!
//! - [`contact`]: the humans to call (phones, opening hours, roles).
//! - [`crisis`]: the national lines, compiled in.
//! - [`directory`]: structures, sectors, the offline bundle and the importers.
//! - [`orientation`]: from a person's situation to an ordered list of humans to call.
//! - [`i18n`]: every text a person reads, from Fluent catalogues.

pub mod contact;
pub mod crisis;
pub mod directory;
pub mod i18n;
pub mod orientation;
