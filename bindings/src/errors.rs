//! One place where internal errors become what the person reads (the two-level errors of
//! mozilla/application-services): [`Failure`] is rich and stays inside; [`fail`] logs its
//! kind (never personal data) and gives the small [`RelaisError`] with a catalogue sentence
//! in the person's language that says what to do and whom to call.

use relais_core::i18n::{Localizer, Message};
use relais_core::request::TransitionError;
use relais_core::store::StoreError;

/// The errors a shell can act on. Each carries a sentence to show the person, already in their
/// language, that says what to do next and whom to call.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum RelaisError {
    /// Something the person typed or chose is not valid.
    #[error("{reason}")]
    InvalidInput { reason: String },
    /// The request or item does not exist (any more) on this phone.
    #[error("{reason}")]
    NotFound { reason: String },
    /// The phone's storage cannot be used (full, damaged, wrong key, newer app version).
    #[error("{reason}")]
    Storage { reason: String },
    /// Something unexpected; the person is told whom to call.
    #[error("{reason}")]
    Internal { reason: String },
}

impl RelaisError {
    /// The sentence for the person.
    pub fn reason(&self) -> &str {
        match self {
            RelaisError::InvalidInput { reason }
            | RelaisError::NotFound { reason }
            | RelaisError::Storage { reason }
            | RelaisError::Internal { reason } => reason,
        }
    }
}

/// Everything that can go wrong below the FFI.
#[derive(Debug)]
pub(crate) enum Failure {
    Store(StoreError),
    /// An id that is not one, or a request that is gone.
    NotFound,
    /// What the person asked is not possible for this request now.
    Transition(TransitionError),
    /// The CMP takes no requests from the app: the message names it and its number.
    NoDesk(Message),
    /// The request cannot be packed in one SMS.
    Sms,
    /// A referral that cannot be shown (a bad date, a missing field).
    Referral(String),
    Internal(String),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        match e {
            StoreError::NotFound(_) => Failure::NotFound,
            StoreError::Transition(t) => Failure::Transition(t),
            other => Failure::Store(other),
        }
    }
}

/// Logs what went wrong (its kind only) and gives the person's sentence.
pub(crate) fn fail(f: Failure, loc: &Localizer) -> RelaisError {
    let (kind, key): (&str, &'static str) = match &f {
        Failure::Store(StoreError::DiskFull) => ("storage_full", "error-storage-full"),
        Failure::Store(StoreError::TooNew { .. }) => ("storage_too_new", "error-storage-too-new"),
        Failure::Store(StoreError::Busy) => ("storage_busy", "error-storage-busy"),
        Failure::Store(StoreError::WrongKey | StoreError::EncryptionUnavailable) => {
            ("storage_key", "error-storage-locked")
        }
        Failure::Store(StoreError::NotADatabase | StoreError::Corrupt(_)) => {
            ("storage_damaged", "error-storage-damaged")
        }
        Failure::Store(_) => ("storage", "error-storage"),
        Failure::NotFound => ("not_found", "error-not-found"),
        Failure::Transition(TransitionError::AppointmentPassed) => {
            ("appointment_passed", "error-appointment-passed")
        }
        Failure::Transition(_) => ("not_possible", "error-not-possible"),
        Failure::NoDesk(_) => ("no_desk", "orientation-no-desk"),
        Failure::Sms => ("sms", "error-sms"),
        Failure::Referral(_) => ("referral", "error-referral"),
        Failure::Internal(_) => ("internal", "error-internal"),
    };
    // The detail goes to the log: error kinds and library messages, never what was typed.
    match &f {
        Failure::Store(e) => tracing::warn!(kind, error = %e, "app"),
        Failure::Internal(e) => tracing::error!(kind, error = %e, "app"),
        Failure::Referral(e) => tracing::info!(kind, error = %e, "app"),
        _ => tracing::info!(kind, "app"),
    }
    let reason = match &f {
        Failure::NoDesk(m) => loc.text(m),
        _ => loc.key(key),
    };
    match f {
        Failure::NoDesk(_) | Failure::Transition(_) | Failure::Referral(_) => {
            RelaisError::InvalidInput { reason }
        }
        Failure::NotFound => RelaisError::NotFound { reason },
        Failure::Store(_) => RelaisError::Storage { reason },
        Failure::Sms | Failure::Internal(_) => RelaisError::Internal { reason },
    }
}

/// Every error key, for the tests that render them in every language.
#[cfg(test)]
pub(crate) const KEYS: &[&str] = &[
    "error-storage-full",
    "error-storage-too-new",
    "error-storage-busy",
    "error-storage-locked",
    "error-storage-damaged",
    "error-storage",
    "error-not-found",
    "error-appointment-passed",
    "error-not-possible",
    "error-sms",
    "error-referral",
    "error-internal",
];
