//! Relais core: everything the apps and the desk share, with no FFI and no UI.
//!
//! - [`contact`]: the humans to call (phones, opening hours, roles).
//! - [`crisis`]: the national lines, compiled in.
//! - [`directory`]: structures, sectors, the offline bundle and the importers.
//! - [`orientation`]: from a person's situation to an ordered list of humans to call.
//! - [`referral`]: a social worker's referral and the person's revocable consent.
//! - [`request`]: what a request carries, its life, and whom to call at every step.
//! - [`store`]: the person's SQLite store on the phone, with the durable outbox.
//! - [`sms`]: a request packed into one SMS for when there is no data.
//! - [`neutral`]: the words that must never leave in an SMS, a notification or a calendar.
//! - [`reminder`]: quiet hours, when a reminder goes, the phone's local notification.
//! - [`rights`]: export everything; erasing is in the store.
//! - [`calendar`]: a confirmed appointment as an iCalendar event.
//! - [`sync`]: the phone reaches the desk: outbox, status, directory refresh.
//! - [`wire`]: the JSON shared with the desk.
//! - [`i18n`]: every text a person reads, from Fluent catalogues.

pub mod calendar;
pub mod contact;
pub mod crisis;
pub mod directory;
pub mod i18n;
pub mod neutral;
pub mod orientation;
pub mod referral;
pub mod reminder;
pub mod request;
pub mod rights;
pub mod sms;
pub mod store;
pub mod sync;
pub mod wire;
