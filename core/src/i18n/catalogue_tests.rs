//! The catalogues are checked against French, the reference: every message there, none
//! extra, the same placeholders, no syntax error, no English left in another language, and
//! every message renders in every language.

use super::*;
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// id → placeholder names, for one catalogue.
fn messages(source: &'static str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("syntax errors: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                placeholders(p, &mut vars);
            }
            assert!(
                out.insert(m.id.name.to_owned(), vars).is_none(),
                "{} twice",
                m.id.name
            );
        }
    }
    out
}

fn placeholders(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    out.insert(id.name.to_owned());
                }
                other => panic!("only plain placeholders are used: {other:?}"),
            }
        }
    }
}

#[test]
fn every_catalogue_has_exactly_the_french_messages_and_placeholders() {
    let french = messages(CATALOGUES[0].source());
    assert!(french.len() > 200);
    for c in &CATALOGUES[1..] {
        let other = messages(c.source());
        let missing: Vec<_> = french.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !french.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", c.code);
        assert!(extra.is_empty(), "{}.ftl has unknown {extra:?}", c.code);
        for (id, vars) in &french {
            assert_eq!(&other[id], vars, "{}.ftl: placeholders of {id}", c.code);
        }
    }
}

#[test]
fn every_catalogue_says_whether_it_was_reviewed() {
    for c in CATALOGUES {
        let header: Vec<&str> = c
            .source()
            .lines()
            .take_while(|l| l.starts_with('#'))
            .collect();
        assert!(
            header
                .iter()
                .any(|l| l.trim() == "# reviewed: yes" || l.trim() == "# reviewed: no"),
            "{}.ftl has no '# reviewed:' line",
            c.code
        );
    }
}

/// Texts that may be the same in English and another language: numbers, names, formats.
const SAME_EVERYWHERE: &[&str] = &[
    "home-title",
    "notif-news-title",
    "time-hm",
    "time-h",
    "hours-span",
    "crisis-3114-name",
    "crisis-15-name",
    "crisis-112-name",
];

/// The words of each message, placeholders left out.
fn words(source: &'static str) -> BTreeMap<String, String> {
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            let text: String = m
                .value
                .iter()
                .flat_map(|p| p.elements.iter())
                .filter_map(|e| match e {
                    PatternElement::TextElement { value } => Some(*value),
                    _ => None,
                })
                .collect();
            out.insert(m.id.name.to_owned(), text.trim().to_owned());
        }
    }
    out
}

#[test]
fn no_english_left_in_another_language() {
    let english = words(CATALOGUES[1].source());
    assert_eq!(CATALOGUES[1].code, "en");
    for c in &CATALOGUES[2..] {
        let other = words(c.source());
        let same: Vec<&String> = english
            .iter()
            .filter(|(k, text)| {
                !SAME_EVERYWHERE.contains(&k.as_str())
                    && text.chars().filter(|ch| ch.is_alphabetic()).count() > 1
                    && other.get(*k) == Some(*text)
            })
            .map(|(k, _)| k)
            .collect();
        assert!(
            same.is_empty(),
            "{}.ftl still says in English: {same:?}",
            c.code
        );
    }
}

#[test]
fn every_message_renders_in_every_language() {
    for (i, c) in CATALOGUES.iter().enumerate() {
        let loc = Localizer {
            bundle: &BUNDLES[i],
            catalogue: c,
        };
        for (id, vars) in messages(c.source()) {
            let mut args = FluentArgs::new();
            for v in &vars {
                args.set(v.as_str(), FluentValue::from("X"));
            }
            let text = loc.format(&id, Some(&args));
            assert_ne!(text, id, "{}: {id} does not render", c.code);
            assert!(
                !text.contains('{'),
                "{}: {id} left a placeholder: {text}",
                c.code
            );
            assert!(!text.trim().is_empty(), "{}: {id} is empty", c.code);
        }
    }
}
