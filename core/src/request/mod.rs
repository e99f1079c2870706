//! The appointment request: what it carries, its life, and whom to call at every step.

mod content;
mod state;

pub use content::{
    CallWindow, Field, FieldError, MAX_CALL_WINDOWS, MAX_LANGUAGES, MESSAGE_MAX_CHARS,
    NAME_MAX_BYTES, NAME_MAX_CHARS, RELAY_NAME_MAX_BYTES, RELAY_NAME_MAX_CHARS, Reach, RelayKind,
    RequestContent, RequestForm, phone_error_message,
};
pub use state::{
    Appointment, AppointmentKind, CallOutcome, CloseReason, RequestEvent, RequestState, Target,
    TransitionError, WhoToCall, state_key, who_to_call,
};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A request as the phone keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// UUIDv7, made on the phone: it is also the idempotency key at the desk.
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub content: RequestContent,
    pub target: Target,
    pub state: RequestState,
}

impl Request {
    /// A new draft with a fresh UUIDv7.
    pub fn draft(content: RequestContent, target: Target, now: DateTime<Utc>) -> Request {
        Request {
            id: Uuid::now_v7(),
            created_at: now,
            updated_at: now,
            content,
            target,
            state: RequestState::Draft,
        }
    }

    pub fn who_to_call(&self) -> WhoToCall {
        who_to_call(&self.state, &self.target)
    }

    /// The time zone of the place the request is about: dates are shown in it.
    pub fn time_zone(&self) -> chrono_tz::Tz {
        self.target.contact.region.tz()
    }
}

/// One line of a request's history, in the person's language and the place's time:
/// "lundi 30 novembre à 9 h 05 – Reçue par le CMP". `at` is RFC 3339, as stored.
pub fn history_line(
    loc: &crate::i18n::Localizer,
    tz: chrono_tz::Tz,
    at: &str,
    state_name: &str,
) -> String {
    let when = DateTime::parse_from_rfc3339(at)
        .map(|t| loc.when(&t.with_timezone(&tz)))
        .unwrap_or_else(|_| at.to_owned());
    loc.text(
        &crate::i18n::Message::new("history-line")
            .with("when", when)
            .with("state", loc.key(state_key(state_name))),
    )
}

#[cfg(test)]
pub(crate) mod tests;
