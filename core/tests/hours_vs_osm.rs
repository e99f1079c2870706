//! Differential test: our opening-hours evaluator against the reference Rust implementation
//! of the OSM grammar (`opening-hours` crate), on random expressions of the subset we
//! support and random moments, with the French public holidays of both.
#![allow(clippy::unwrap_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use proptest::prelude::*;
use relais_core::contact::{OpeningHours, Region};

fn weekday() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("Mo"),
        Just("Tu"),
        Just("We"),
        Just("Th"),
        Just("Fr"),
        Just("Sa"),
        Just("Su")
    ]
}

fn time() -> impl Strategy<Value = (u32, u32)> {
    (
        0u32..24,
        prop_oneof![Just(0u32), Just(15), Just(30), Just(45)],
    )
}

fn span() -> impl Strategy<Value = String> {
    (time(), time()).prop_filter_map("empty span", |((h1, m1), (h2, m2))| {
        let (a, b) = (h1 * 60 + m1, h2 * 60 + m2);
        // Spans past midnight are compared separately (the reference treats them alike).
        (a < b).then(|| format!("{h1:02}:{m1:02}-{h2:02}:{m2:02}"))
    })
}

fn rule() -> impl Strategy<Value = String> {
    let days = prop_oneof![
        weekday().prop_map(str::to_owned),
        (weekday(), weekday()).prop_map(|(a, b)| format!("{a}-{b}")),
        (weekday(), weekday()).prop_map(|(a, b)| format!("{a},{b}")),
    ];
    let spans = proptest::collection::vec(span(), 1..3).prop_map(|v| v.join(","));
    prop_oneof![
        4 => (days.clone(), spans).prop_map(|(d, s)| format!("{d} {s}")),
        1 => days.prop_map(|d| format!("{d} off")),
    ]
}

fn expression() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(rule(), 1..4),
        prop_oneof![Just(""), Just("; PH off")],
    )
        .prop_map(|(rules, ph)| format!("{}{ph}", rules.join("; ")))
}

fn moment() -> impl Strategy<Value = NaiveDateTime> {
    (0i64..3 * 365, 0i64..24 * 4).prop_map(|(day, quarter)| {
        NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            + Duration::days(day)
            + Duration::minutes(quarter * 15 + 7)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn same_answer_as_the_reference(expr in expression(), local in moment()) {
        let ours = OpeningHours::parse(&expr).unwrap();
        let reference = expr
            .parse::<opening_hours::OpeningHours>()
            .unwrap()
            .with_context(opening_hours::Context::default().with_holidays(opening_hours::localization::Country::FR.holidays()));
        // Skip the autumn overlap and the spring gap, where a wall-clock time is ambiguous.
        let Some(at) = chrono_tz::Europe::Paris.from_local_datetime(&local).single() else { return Ok(()) };
        let open = ours.status(at.with_timezone(&Utc), Region::Metropole).is_open();
        prop_assert_eq!(open, reference.is_open(local), "{} at {}", expr, local);
    }
}
