//! Every text a person reads, from Fluent catalogues: French first (FALC), then the other
//! languages of [`languages::CATALOGUES`].
//!
//! Code never builds sentences: it produces [`Message`]s (a key and arguments) and the
//! shells show what [`Localizer::text`] returns. A key missing in a language falls back to
//! French; a key missing everywhere shows the key itself, and a test keeps the catalogues in
//! step so that never ships.

use crate::contact::{HoursStatus, Lang, OpeningHours, Role, Span};
use chrono::{DateTime, Datelike, TimeZone, Timelike};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;
use std::borrow::Cow;
use std::sync::Arc;
use std::sync::LazyLock;

mod languages;

pub use languages::{CATALOGUES, Catalogue, Direction, SPOKEN, catalogue};

/// The codes of the languages with a catalogue, French first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    CATALOGUES.iter().map(|c| c.code)
}

/// A text to show, not yet in any language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum Arg {
    Text(Arc<str>),
    Number(i64),
    /// A moment, shown as "lundi 30 novembre à 9 h" in the place's own time.
    When(DateTime<chrono::FixedOffset>),
    /// A time of day, shown as "17 h".
    Time(DateTime<chrono::FixedOffset>),
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arc<str>>) -> Message {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    pub fn with_arg(mut self, name: &'static str, value: Arg) -> Message {
        self.args.push((name, value));
        self
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(c: &Catalogue) -> Bundle {
    let id = c.code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Right to left, a phone number or a Latin structure name inside a sentence must keep its
    // own direction: Fluent wraps each placeable in isolation marks (U+2068…U+2069). Left to
    // right they are useless, and would only add invisible characters to SMS and exports.
    bundle.set_use_isolating(c.direction == Direction::RightToLeft);
    // The catalogues are compiled in and checked by tests; a syntax error would drop only the
    // broken entries, never the whole language.
    let resource = FluentResource::try_new(c.source().to_owned()).unwrap_or_else(|(res, _)| res);
    let _ = bundle.add_resource(resource);
    bundle
}

/// One bundle per catalogue, in the order of [`CATALOGUES`], parsed on first use.
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| CATALOGUES.iter().map(bundle).collect());

/// Message keys whose texts leave the phone or the desk: SMS, notifications, calendar entries.
/// Every such text must pass [`crate::neutral::check`]; a test renders them all.
const OUTGOING_PREFIXES: &[&str] = &["sms-", "notif-", "calendar-"];

/// The keys of the messages that leave the phone or the desk, in one language's catalogue.
pub fn outgoing_keys(lang: &str) -> Vec<&'static str> {
    catalogue(lang)
        .map(|c| c.source().lines())
        .into_iter()
        .flatten()
        .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
        .filter(|k| OUTGOING_PREFIXES.iter().any(|p| k.starts_with(p)))
        .collect()
}

/// Renders messages in one language.
#[derive(Clone, Copy)]
pub struct Localizer {
    bundle: &'static Bundle,
    catalogue: &'static Catalogue,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Localizer({})", self.catalogue.code)
    }
}

impl Localizer {
    /// The localizer for a language; French for a language without a catalogue.
    pub fn new(lang: &Lang) -> Localizer {
        let index = CATALOGUES
            .iter()
            .position(|c| c.code == lang.as_str())
            .unwrap_or(0);
        Localizer {
            bundle: &BUNDLES[index],
            catalogue: &CATALOGUES[index],
        }
    }

    pub fn french() -> Localizer {
        Localizer::new(&Lang::french())
    }

    pub fn lang(&self) -> &'static str {
        self.catalogue.code
    }

    /// Left to right, or right to left (Arabic, Dari, Pashto).
    pub fn direction(&self) -> Direction {
        self.catalogue.direction
    }

    /// The text of a message with no arguments.
    pub fn key(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The text of a message.
    pub fn text(&self, message: &Message) -> String {
        if message.args.is_empty() {
            return self.key(message.key);
        }
        let mut args = FluentArgs::new();
        for (name, arg) in &message.args {
            let value: FluentValue = match arg {
                Arg::Text(s) => FluentValue::from(&**s),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::When(t) => FluentValue::from(self.when(t)),
                Arg::Time(t) => FluentValue::from(self.time_of_day(t)),
            };
            args.set(*name, value);
        }
        self.format(message.key, Some(&args))
    }

    /// A message rendered with ordinary values for every argument an outgoing text takes
    /// (a date, an address, a phone, a name, a code), for the neutral-words check.
    pub fn render_sample(&self, key: &str) -> String {
        let when = chrono_tz::Europe::Paris
            .with_ymd_and_hms(2026, 11, 30, 9, 30, 0)
            .single()
            .map(|t| self.when(&t))
            .unwrap_or_default();
        let mut args = FluentArgs::new();
        for (name, value) in [
            ("when", when.as_str()),
            ("place", "4 rue de la Gare, 96300 Villerelais"),
            ("phone", "01 99 00 10 01"),
            ("name", "Claire Martin"),
            ("code", "KRA-479"),
            ("sender", "Accueil Les Tilleuls"),
            ("text", "Rendez-vous"),
        ] {
            args.set(name, FluentValue::from(value));
        }
        self.format(key, Some(&args))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        for bundle in [self.bundle, &BUNDLES[0]] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        key.to_owned()
    }

    fn arg_text(&self, key: &str, args: &[(&'static str, Cow<'_, str>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, FluentValue::from(value.as_ref()));
        }
        self.format(key, Some(&fargs))
    }

    /// "9 h 30" / "9:30".
    pub fn time_of_day<Tz: TimeZone>(&self, t: &DateTime<Tz>) -> String {
        self.hm(t.hour() as u16 * 60 + t.minute() as u16)
    }

    fn hm(&self, minutes: u16) -> String {
        let (h, m) = ((minutes / 60) % 24, minutes % 60);
        if m == 0 {
            self.arg_text("time-h", &[("h", h.to_string().into())])
        } else {
            self.arg_text(
                "time-hm",
                &[("h", h.to_string().into()), ("m", format!("{m:02}").into())],
            )
        }
    }

    /// "lundi 30 novembre".
    pub fn day<Tz: TimeZone>(&self, t: &DateTime<Tz>) -> String {
        self.arg_text(
            "day-date",
            &[
                (
                    "weekday",
                    self.key(WEEKDAY_KEYS[t.weekday().num_days_from_monday() as usize])
                        .into(),
                ),
                ("day", t.day().to_string().into()),
                ("month", self.key(MONTH_KEYS[t.month0() as usize]).into()),
            ],
        )
    }

    /// "lundi 30 novembre à 9 h".
    pub fn when<Tz: TimeZone>(&self, t: &DateTime<Tz>) -> String {
        self.arg_text(
            "when-day-time",
            &[
                ("day", self.day(t).into()),
                ("time", self.time_of_day(t).into()),
            ],
        )
    }

    /// "Ouvert maintenant, jusqu'à 17 h".
    pub fn status(&self, status: Option<HoursStatus>) -> String {
        match status {
            None => self.key("status-unknown"),
            Some(HoursStatus::AlwaysOpen) => self.key("status-always-open"),
            Some(HoursStatus::OpenUntil(t)) => self.arg_text(
                "status-open-until",
                &[("time", self.time_of_day(&t).into())],
            ),
            Some(HoursStatus::ClosedUntil(t)) => {
                self.arg_text("status-closed-until", &[("when", self.when(&t).into())])
            }
            Some(HoursStatus::ClosedForLong) => self.key("status-closed-for-long"),
        }
    }

    pub fn role(&self, role: Role) -> String {
        self.key(role.message_key())
    }

    /// The week in plain words: "Du lundi au vendredi : 9 h – 12 h 30, 13 h 30 – 17 h."
    pub fn hours(&self, hours: &OpeningHours) -> Vec<String> {
        if hours.is_always_open() {
            return vec![self.key("hours-always")];
        }
        let mut lines = Vec::new();
        let mut day = 0;
        while day < 7 {
            let spans = hours.weekday_spans(day).unwrap_or(&[]);
            let mut last = day;
            while last + 1 < 7 && hours.weekday_spans(last + 1).unwrap_or(&[]) == spans {
                last += 1;
            }
            if !spans.is_empty() {
                let days = if last == day {
                    self.arg_text(
                        "hours-day-one",
                        &[("day", self.key(WEEKDAY_KEYS[day]).into())],
                    )
                } else {
                    self.arg_text(
                        "hours-days-range",
                        &[
                            ("first", self.key(WEEKDAY_KEYS[day]).into()),
                            ("last", self.key(WEEKDAY_KEYS[last]).into()),
                        ],
                    )
                };
                let line = self.arg_text(
                    "hours-line",
                    &[("days", days.into()), ("spans", self.spans(spans).into())],
                );
                lines.push(line);
            }
            day = last + 1;
        }
        match hours.holiday_spans() {
            Some([]) => lines.push(self.key("hours-closed-holidays")),
            Some(spans) => {
                lines.push(self.arg_text("hours-holidays", &[("spans", self.spans(spans).into())]))
            }
            None => {}
        }
        if lines.is_empty() {
            lines.push(self.key("hours-closed"));
        }
        lines
    }

    fn spans(&self, spans: &[Span]) -> String {
        spans
            .iter()
            .map(|s| {
                self.arg_text(
                    "hours-span",
                    &[
                        ("start", self.hm(s.start).into()),
                        ("end", self.hm(s.end).into()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

const WEEKDAY_KEYS: [&str; 7] = [
    "weekday-0",
    "weekday-1",
    "weekday-2",
    "weekday-3",
    "weekday-4",
    "weekday-5",
    "weekday-6",
];
const MONTH_KEYS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    #[test]
    fn renders_times_and_hours_in_both_languages() {
        let paris = chrono_tz::Europe::Paris;
        let t = paris.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
        let fr = Localizer::french();
        let en = Localizer::new(&Lang::parse("en").unwrap());
        assert_eq!(fr.when(&t), "lundi 30 novembre à 9 h");
        assert_eq!(en.when(&t), "Monday 30 November at 9:00");
        let h =
            OpeningHours::parse("Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-12:00; PH off").unwrap();
        assert_eq!(
            fr.hours(&h),
            [
                "Du lundi au vendredi : 9 h – 12 h 30, 13 h 30 – 17 h",
                "Le samedi : 10 h – 12 h",
                "Fermé les jours fériés."
            ]
        );
        assert_eq!(en.hours(&h)[0], "Monday to Friday: 9:00–12:30, 13:30–17:00");
        assert_eq!(
            fr.hours(&OpeningHours::always_open()),
            ["Jour et nuit, tous les jours."]
        );
        let status = h.status(Utc::now(), crate::contact::Region::Metropole);
        assert!(!fr.status(Some(status)).is_empty());
        assert_eq!(
            fr.status(None),
            "Horaires non connus : appelez pour vérifier"
        );
    }

    #[test]
    fn unknown_language_falls_back_to_french_and_unknown_key_shows_itself() {
        let wo = Localizer::new(&Lang::parse("wo").unwrap());
        assert_eq!(wo.lang(), "fr");
        assert_eq!(wo.key("role-secretariat"), "Secrétariat");
        assert_eq!(wo.key("no-such-key"), "no-such-key");
        let m = Message::new("orient-child").with("structure", "CMP-IJ Les Mouettes");
        assert!(wo.text(&m).contains("CMP-IJ Les Mouettes"));
        let ar = Localizer::new(&Lang::parse("ar").unwrap());
        assert_eq!(ar.lang(), "ar");
        assert_eq!(ar.direction(), Direction::RightToLeft);
    }
}

#[cfg(test)]
mod catalogue_tests;
