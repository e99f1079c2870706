use super::*;
use crate::contact::{HumanContact, OpeningHours, Phone, Role, Who};
use crate::directory::source;
use crate::orientation::{AgeBand, Place, Situation, orient};
use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;

pub(crate) fn target() -> Target {
    let dir = source::demo().directory;
    let s = Situation {
        age: AgeBand::From21,
        place: Place::Address {
            commune: "Montrelais".into(),
            street: None,
        },
        languages: vec![],
        interpreter_needed: false,
    };
    Target::from_orientation(&orient(&s, &dir, Utc::now()))
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn named(name: &str) -> HumanContact {
    HumanContact::new(
        Who::named(name, Some(Role::IntakeNurse)),
        "CMP des Collines",
        Phone::parse("03 53 01 30 01").unwrap(),
        OpeningHours::parse("Mo-Fr 09:00-17:00").ok(),
    )
}

fn appointment(days: i64) -> Appointment {
    Appointment {
        kind: AppointmentKind::NurseIntake,
        when: Some((now() + Duration::days(days)).fixed_offset()),
        place: "11 route de Montrelais".into(),
        with: named("Paul Girard"),
        confirmed_by: "Claire Martin".into(),
        confirmed_at: now(),
    }
}

#[test]
fn target_takes_the_cmp_and_keeps_the_chain() {
    let t = target();
    assert_eq!(t.structure_key.as_deref(), Some("cmp-collines"));
    let chain = t.chain();
    assert_eq!(&*chain[0].structure, "CMP des Collines");
    assert_eq!(chain.last().unwrap().phone.as_str(), "3114");
}

#[test]
fn the_happy_path() {
    let t = now();
    let s = RequestState::Draft;
    let s = s.apply(&RequestEvent::Submit { at: t }, t).unwrap();
    let s = s.apply(&RequestEvent::Delivered { at: t }, t).unwrap();
    let s = s
        .apply(
            &RequestEvent::CallAttempt {
                outcome: CallOutcome::NoAnswer,
                at: t,
                by: None,
            },
            t,
        )
        .unwrap();
    let s = s
        .apply(
            &RequestEvent::CallAttempt {
                outcome: CallOutcome::Reached,
                at: t,
                by: Some(named("Claire Martin")),
            },
            t,
        )
        .unwrap();
    assert!(matches!(&s, RequestState::Contacting { attempts: 2, .. }));
    let w = who_to_call(&s, &target());
    assert_eq!(w.contact.who.name(), Some("Claire Martin"));
    let s = s.apply(&RequestEvent::Confirm(appointment(10)), t).unwrap();
    assert_eq!(
        who_to_call(&s, &target()).contact.who.name(),
        Some("Paul Girard")
    );
    // The CMP may move the appointment; the new human answers.
    let mut moved = appointment(12);
    moved.with = named("Claire Martin");
    let s2 = s.apply(&RequestEvent::Reschedule(moved), t).unwrap();
    assert_eq!(
        who_to_call(&s2, &target()).contact.who.name(),
        Some("Claire Martin")
    );
    assert!(s.may_become(&s2));
    // Withdrawing before the appointment is possible; after, it is not.
    assert!(s.apply(&RequestEvent::Withdraw { at: t }, t).is_ok());
    let later = t + Duration::days(11);
    assert_eq!(
        s.apply(&RequestEvent::Withdraw { at: later }, later),
        Err(TransitionError::AppointmentPassed)
    );
}

#[test]
fn impossible_transitions_are_errors() {
    let t = now();
    let err = RequestState::Draft
        .apply(&RequestEvent::Delivered { at: t }, t)
        .unwrap_err();
    assert_eq!(err.to_string(), "cannot deliver a request that is draft");
    let closed = RequestState::Closed {
        why: CloseReason::Withdrawn,
        at: t,
    };
    assert!(closed.apply(&RequestEvent::Withdraw { at: t }, t).is_err());
    assert!(
        closed
            .apply(&RequestEvent::Confirm(appointment(1)), t)
            .is_err()
    );
    let received = RequestState::Received { at: t };
    // No booking without a named human, a date (except waiting list) and the confirming staff.
    let mut a = appointment(1);
    a.with.who = Who::role(Role::Secretariat);
    assert_eq!(
        received.apply(&RequestEvent::Confirm(a), t),
        Err(TransitionError::UnnamedHuman)
    );
    let mut a = appointment(1);
    a.when = None;
    assert_eq!(
        received.apply(&RequestEvent::Confirm(a.clone()), t),
        Err(TransitionError::MissingDate)
    );
    a.kind = AppointmentKind::WaitingList;
    assert!(received.apply(&RequestEvent::Confirm(a), t).is_ok());
    let mut a = appointment(1);
    a.confirmed_by = " ".into();
    assert_eq!(
        received.apply(&RequestEvent::Confirm(a), t),
        Err(TransitionError::UnnamedStaff)
    );
    let r = RequestEvent::Redirect {
        to: named("X"),
        why: "".into(),
        at: t,
    };
    assert_eq!(received.apply(&r, t), Err(TransitionError::MissingReason));
}

#[test]
fn syncing_only_moves_forward() {
    let t = now();
    let queued = RequestState::Queued { at: t };
    let received = RequestState::Received { at: t };
    let confirmed = RequestState::Confirmed(appointment(3));
    assert!(queued.may_become(&received));
    assert!(!received.may_become(&queued));
    assert!(received.may_become(&confirmed));
    assert!(!confirmed.may_become(&received));
    assert!(confirmed.may_become(&RequestState::Closed {
        why: CloseReason::Withdrawn,
        at: t
    }));
}

fn event() -> impl Strategy<Value = RequestEvent> {
    let t = now();
    let outcome = prop_oneof![
        Just(CallOutcome::Reached),
        Just(CallOutcome::NoAnswer),
        Just(CallOutcome::VoicemailLeft),
        Just(CallOutcome::WrongNumber)
    ];
    prop_oneof![
        Just(RequestEvent::Submit { at: t }),
        Just(RequestEvent::SentBySms { at: t }),
        Just(RequestEvent::Delivered { at: t }),
        (outcome, any::<bool>()).prop_map(move |(outcome, named_staff)| {
            RequestEvent::CallAttempt {
                outcome,
                at: t,
                by: named_staff.then(|| named("Claire Martin")),
            }
        }),
        (-3i64..30, any::<bool>()).prop_map(|(days, waiting)| {
            let mut a = appointment(days);
            if waiting {
                a.kind = AppointmentKind::WaitingList;
                a.when = None;
            }
            RequestEvent::Confirm(a)
        }),
        (1i64..30).prop_map(|days| RequestEvent::Reschedule(appointment(days))),
        Just(RequestEvent::Redirect {
            to: named("Dr Sow"),
            why: "CMP plus proche".into(),
            at: t
        }),
        Just(RequestEvent::Close {
            why: CloseReason::Unreachable,
            at: t
        }),
        Just(RequestEvent::Withdraw { at: t }),
        Just(RequestEvent::GiveUp { at: t }),
    ]
}

proptest! {
    #[test]
    fn random_operations_keep_a_human_to_call(events in proptest::collection::vec(event(), 0..40)) {
        let target = target();
        let mut state = RequestState::Draft;
        for e in &events {
            if let Ok(next) = state.apply(e, now()) {
                // A terminal state never moves again.
                prop_assert!(!state.is_terminal());
                let forward = state.may_become(&next) || matches!(e, RequestEvent::Withdraw { .. });
                prop_assert!(forward);
                state = next;
            }
            if let RequestState::Confirmed(a) = &state {
                // No booking without a named human and the name of who confirmed.
                prop_assert!(a.with.who.name().is_some());
                prop_assert!(!a.confirmed_by.trim().is_empty());
            }
            let w = who_to_call(&state, &target);
            let reparsed = Phone::parse(w.contact.phone.as_str());
            prop_assert_eq!(reparsed.as_ref(), Ok(&w.contact.phone));
            // Someone answers day and night: this contact or the last of the chain.
            let last = w.then.last().unwrap_or(&w.contact);
            prop_assert!(last.is_always_open() || w.contact.is_always_open());
        }
    }
}
