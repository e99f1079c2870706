//! The life of a request (design.md, "The appointment request"):
//!
//! ```text
//! Draft ─submit─▶ Queued ─delivered─▶ Received ─call attempt─▶ Contacting(n)
//!                   │ └─ sent by SMS ─▶ SentBySms ─delivered─┘      │
//!                   │                                     ├─▶ Confirmed { … named human … }
//!                   └─ outbox gives up ─▶ Closed             ├─▶ Redirected { to, why }
//!                                                        └─▶ Closed { why }
//! ```
//! plus withdrawal by the person at any time before the appointment. Transitions are typed:
//! an impossible one is an error that names both ends, never a silent overwrite. Every state
//! answers [`who_to_call`] with a human and their hours.

use crate::contact::{HumanContact, Who};
use crate::crisis;
use crate::directory::DeskLink;
use crate::i18n::Message;
use crate::orientation::{Orientation, RouteKind};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What the CMP gave on the phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentKind {
    /// First interview with a nurse (entretien d'accueil infirmier).
    NurseIntake,
    /// Appointment with a psychiatrist or psychologist.
    Medical,
    /// On the waiting list: the CMP will call back with a date.
    WaitingList,
}

/// An appointment a named staff member confirmed by phone (domain rule 5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub kind: AppointmentKind,
    /// `None` only on the waiting list: never invent a date the CMP did not give.
    pub when: Option<DateTime<FixedOffset>>,
    /// Where: the address as the CMP said it.
    pub place: String,
    /// Whom the person will meet or call: a named human.
    pub with: HumanContact,
    /// The staff member who confirmed it, by name.
    pub confirmed_by: String,
    pub confirmed_at: DateTime<Utc>,
}

/// How a call attempt went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallOutcome {
    Reached,
    NoAnswer,
    VoicemailLeft,
    WrongNumber,
}

/// Why a request is closed. Each reason still gives the person someone to call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum CloseReason {
    /// The person withdrew it.
    Withdrawn,
    /// The CMP could not reach the person after several attempts.
    Unreachable,
    /// It could not be sent for days: the person should call.
    NotDelivered,
    /// Closed by the CMP for another reason, said in plain words.
    Other { note: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum RequestState {
    Draft,
    Queued {
        at: DateTime<Utc>,
    },
    SentBySms {
        at: DateTime<Utc>,
    },
    Received {
        at: DateTime<Utc>,
    },
    Contacting {
        attempts: u32,
        last_outcome: CallOutcome,
        at: DateTime<Utc>,
        /// The staff member handling the request, once named.
        handled_by: Option<HumanContact>,
    },
    Confirmed(Appointment),
    Redirected {
        to: HumanContact,
        why: String,
        at: DateTime<Utc>,
    },
    Closed {
        why: CloseReason,
        at: DateTime<Utc>,
    },
}

/// Something that happens to a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "event")]
pub enum RequestEvent {
    Submit {
        at: DateTime<Utc>,
    },
    SentBySms {
        at: DateTime<Utc>,
    },
    Delivered {
        at: DateTime<Utc>,
    },
    CallAttempt {
        outcome: CallOutcome,
        at: DateTime<Utc>,
        by: Option<HumanContact>,
    },
    Confirm(Appointment),
    /// The CMP moves a confirmed appointment (new date, place or person), by phone.
    Reschedule(Appointment),
    Redirect {
        to: HumanContact,
        why: String,
        at: DateTime<Utc>,
    },
    Close {
        why: CloseReason,
        at: DateTime<Utc>,
    },
    Withdraw {
        at: DateTime<Utc>,
    },
    GiveUp {
        at: DateTime<Utc>,
    },
}

/// An impossible transition, or an event that breaks a rule.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("cannot {event} a request that is {from}")]
    Impossible {
        from: &'static str,
        event: &'static str,
    },
    #[error("an appointment must name the person to meet")]
    UnnamedHuman,
    #[error("only the waiting list may have no date")]
    MissingDate,
    #[error("the staff member who confirmed must be named")]
    UnnamedStaff,
    #[error("the appointment has already taken place")]
    AppointmentPassed,
    #[error("a redirection or a closure must say why")]
    MissingReason,
}

impl RequestState {
    pub fn name(&self) -> &'static str {
        match self {
            RequestState::Draft => "draft",
            RequestState::Queued { .. } => "queued",
            RequestState::SentBySms { .. } => "sent_by_sms",
            RequestState::Received { .. } => "received",
            RequestState::Contacting { .. } => "contacting",
            RequestState::Confirmed(_) => "confirmed",
            RequestState::Redirected { .. } => "redirected",
            RequestState::Closed { .. } => "closed",
        }
    }

    /// Redirected and closed requests do not move any more.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            RequestState::Redirected { .. } | RequestState::Closed { .. }
        )
    }

    /// Applies an event, or says why it cannot happen.
    pub fn apply(
        &self,
        event: &RequestEvent,
        now: DateTime<Utc>,
    ) -> Result<RequestState, TransitionError> {
        use RequestEvent as E;
        use RequestState as S;
        let impossible = || TransitionError::Impossible {
            from: self.name(),
            event: event.name(),
        };
        let next = match (self, event) {
            (S::Draft, E::Submit { at }) => S::Queued { at: *at },
            (S::Queued { .. }, E::SentBySms { at }) => S::SentBySms { at: *at },
            (S::Queued { .. } | S::SentBySms { .. }, E::Delivered { at }) => {
                S::Received { at: *at }
            }
            (S::Queued { .. } | S::SentBySms { .. }, E::GiveUp { at }) => S::Closed {
                why: CloseReason::NotDelivered,
                at: *at,
            },
            (S::Received { .. }, E::CallAttempt { outcome, at, by }) => S::Contacting {
                attempts: 1,
                last_outcome: *outcome,
                at: *at,
                handled_by: by.clone(),
            },
            (
                S::Contacting {
                    attempts,
                    handled_by,
                    ..
                },
                E::CallAttempt { outcome, at, by },
            ) => S::Contacting {
                attempts: attempts.saturating_add(1),
                last_outcome: *outcome,
                at: *at,
                handled_by: by.clone().or_else(|| handled_by.clone()),
            },
            (S::Received { .. } | S::Contacting { .. }, E::Confirm(appointment)) => {
                check_appointment(appointment)?;
                S::Confirmed(appointment.clone())
            }
            (S::Confirmed(_), E::Reschedule(appointment)) => {
                check_appointment(appointment)?;
                S::Confirmed(appointment.clone())
            }
            (S::Received { .. } | S::Contacting { .. }, E::Redirect { to, why, at }) => {
                if why.trim().is_empty() {
                    return Err(TransitionError::MissingReason);
                }
                S::Redirected {
                    to: to.clone(),
                    why: why.clone(),
                    at: *at,
                }
            }
            (S::Received { .. } | S::Contacting { .. }, E::Close { why, at }) => {
                if matches!(why, CloseReason::Other { note } if note.trim().is_empty()) {
                    return Err(TransitionError::MissingReason);
                }
                S::Closed {
                    why: why.clone(),
                    at: *at,
                }
            }
            (S::Confirmed(a), E::Withdraw { at }) => {
                if a.when.is_some_and(|w| w.with_timezone(&Utc) <= now) {
                    return Err(TransitionError::AppointmentPassed);
                }
                S::Closed {
                    why: CloseReason::Withdrawn,
                    at: *at,
                }
            }
            (s, E::Withdraw { at }) if !s.is_terminal() => S::Closed {
                why: CloseReason::Withdrawn,
                at: *at,
            },
            _ => return Err(impossible()),
        };
        Ok(next)
    }

    /// Whether the desk's newer state can follow this one (used when syncing).
    pub fn may_become(&self, newer: &RequestState) -> bool {
        use RequestState as S;
        if self == newer {
            return true;
        }
        let rank = |s: &RequestState| match s {
            S::Draft => 0,
            S::Queued { .. } | S::SentBySms { .. } => 1,
            S::Received { .. } => 2,
            S::Contacting { .. } => 3,
            S::Confirmed(_) => 4,
            S::Redirected { .. } | S::Closed { .. } => 5,
        };
        match (self, newer) {
            (_, S::Draft) => false,
            (s, _) if s.is_terminal() => false,
            // A confirmed appointment can still be moved by the CMP, withdrawn or closed.
            (S::Confirmed(_), S::Confirmed(_) | S::Closed { .. }) => true,
            (S::Confirmed(_), _) => false,
            // The desk's own record of the same step (its time, not the phone's).
            (S::Received { .. }, S::Received { .. }) => true,
            (S::Contacting { attempts: a, .. }, S::Contacting { attempts: b, .. }) => b >= a,
            (S::Queued { .. }, S::SentBySms { .. }) => true,
            (s, n) => rank(n) > rank(s),
        }
    }
}

impl RequestState {
    /// Where the request is, in the person's words ("Reçue par le CMP").
    pub fn message(&self) -> Message {
        Message::new(match self {
            RequestState::Confirmed(a) if a.kind == AppointmentKind::WaitingList => {
                "state-waiting-list"
            }
            other => state_key(other.name()),
        })
    }
}

/// The catalogue key of a state recorded by name (the phone's history keeps names).
pub fn state_key(name: &str) -> &'static str {
    match name {
        "draft" => "state-draft",
        "queued" => "state-queued",
        "sent_by_sms" => "state-sent-by-sms",
        "received" => "state-received",
        "contacting" => "state-contacting",
        "confirmed" => "state-confirmed",
        "redirected" => "state-redirected",
        _ => "state-closed",
    }
}

impl RequestEvent {
    pub fn name(&self) -> &'static str {
        match self {
            RequestEvent::Submit { .. } => "submit",
            RequestEvent::SentBySms { .. } => "send by SMS",
            RequestEvent::Delivered { .. } => "deliver",
            RequestEvent::CallAttempt { .. } => "record a call for",
            RequestEvent::Confirm(_) => "confirm",
            RequestEvent::Reschedule(_) => "reschedule",
            RequestEvent::Redirect { .. } => "redirect",
            RequestEvent::Close { .. } => "close",
            RequestEvent::Withdraw { .. } => "withdraw",
            RequestEvent::GiveUp { .. } => "give up",
        }
    }
}

impl fmt::Display for RequestState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

fn check_appointment(a: &Appointment) -> Result<(), TransitionError> {
    if !matches!(&a.with.who, Who::Named { name, .. } if !name.trim().is_empty()) {
        return Err(TransitionError::UnnamedHuman);
    }
    if a.when.is_none() && a.kind != AppointmentKind::WaitingList {
        return Err(TransitionError::MissingDate);
    }
    if a.confirmed_by.trim().is_empty() {
        return Err(TransitionError::UnnamedStaff);
    }
    Ok(())
}

/// Where a request goes and who to call if it goes wrong, captured when it is created so that
/// the phone can answer offline even if the directory changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// Directory key of the CMP, if orientation found one.
    pub structure_key: Option<String>,
    /// The CMP's desk, when it takes requests from the app; without one the person calls.
    #[serde(default)]
    pub desk: Option<DeskLink>,
    /// The CMP's secretariat (or, when orientation could not decide, the first human).
    pub contact: HumanContact,
    /// The fallback chain after it: 24/7 reception, EMPP…, always ending with the 3114.
    pub fallback: Vec<HumanContact>,
}

impl Target {
    /// The first CMP of an orientation, and the humans after it.
    pub fn from_orientation(o: &Orientation) -> Target {
        let is_cmp = |k: RouteKind| {
            matches!(
                k,
                RouteKind::SectorCmp | RouteKind::CandidateCmp | RouteKind::Cmpp
            )
        };
        let primary = o
            .routes()
            .find(|r| is_cmp(r.kind))
            .unwrap_or_else(|| o.first());
        let fallback = o
            .routes()
            .filter(|r| !std::ptr::eq(*r, primary) && !is_cmp(r.kind))
            .map(|r| r.contact.clone())
            .collect();
        Target {
            structure_key: primary.structure_key.as_deref().map(str::to_owned),
            desk: primary.desk.clone(),
            contact: primary.contact.clone(),
            fallback,
        }
    }

    /// The whole chain, CMP first, the 3114 last (added if a stored target lacks it).
    pub fn chain(&self) -> Vec<HumanContact> {
        let mut chain = vec![self.contact.clone()];
        chain.extend(self.fallback.iter().cloned());
        if !chain.last().is_some_and(HumanContact::is_always_open) {
            chain.push(crisis::last_resort().clone());
        }
        chain
    }
}

/// Whom to call about a request, and why, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WhoToCall {
    pub contact: HumanContact,
    pub reason: Message,
    /// The next humans if this one does not answer; the last answers day and night.
    pub then: Vec<HumanContact>,
}

/// Every state names a human with a phone and hours (domain rule 2).
pub fn who_to_call(state: &RequestState, target: &Target) -> WhoToCall {
    let chain = target.chain();
    let (contact, key) = match state {
        RequestState::Draft => (target.contact.clone(), "who-draft"),
        RequestState::Queued { .. } | RequestState::SentBySms { .. } => {
            (target.contact.clone(), "who-queued")
        }
        RequestState::Received { .. } => (target.contact.clone(), "who-received"),
        RequestState::Contacting { handled_by, .. } => match handled_by {
            Some(h) => (h.clone(), "who-contacting-named"),
            None => (target.contact.clone(), "who-contacting"),
        },
        RequestState::Confirmed(a) => (a.with.clone(), "who-confirmed"),
        RequestState::Redirected { to, .. } => (to.clone(), "who-redirected"),
        RequestState::Closed { why, .. } => (
            target.contact.clone(),
            match why {
                CloseReason::Withdrawn => "who-closed-withdrawn",
                CloseReason::Unreachable => "who-closed-unreachable",
                CloseReason::NotDelivered => "who-closed-not-delivered",
                CloseReason::Other { .. } => "who-closed-other",
            },
        ),
    };
    let then = chain.into_iter().filter(|c| *c != contact).collect();
    WhoToCall {
        reason: Message::new(key).with("structure", contact.structure.clone()),
        contact,
        then,
    }
}
