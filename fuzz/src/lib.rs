//! What the fuzz targets share: fixed inputs built once (the demo bundle, the demo's structures
//! and communes), the repairs that carry a mutated input past a checksum, and the invariants
//! checked on whatever a parser accepts.

use chrono::{DateTime, TimeZone, Utc};
use relais_core::directory::source::DirectoryBuilder;
use relais_core::directory::source::{self, SourceFile};
use relais_core::directory::{Directory, bundle};
use relais_core::orientation::{AgeBand, Place, Situation, orient};
use std::sync::LazyLock;

/// A fixed moment (Monday 23 November 2026, 10:00 in Paris): runs do not depend on the clock.
pub fn monday_10h() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
        .single()
        .unwrap_or_else(Utc::now)
}

/// The demo directory's JSON source, parsed once.
pub static DEMO_SOURCE: LazyLock<SourceFile> = LazyLock::new(|| {
    SourceFile::from_json(source::DEMO_JSON).unwrap_or_else(|e| panic!("demo source: {e}"))
});

/// The demo directory as a bundle file, encoded once.
pub static DEMO_BUNDLE: LazyLock<Vec<u8>> = LazyLock::new(|| {
    bundle::encode(&source::demo().directory).unwrap_or_else(|e| panic!("demo bundle: {e}"))
});

/// The demo's structures and communes without their sectors: what a hospital's sector file
/// is imported into (as in the importer's own tests).
pub fn demo_without_sectors() -> DirectoryBuilder {
    let mut src = DEMO_SOURCE.clone();
    src.sectors.clear();
    src.streets.clear();
    for c in &mut src.communes {
        c.adult = None;
        c.child = None;
    }
    src.builder()
}

/// Rewrites a bundle header so that it is consistent with the bytes after it (magic, version,
/// compressed length, CRC-32), keeping the claimed uncompressed length the input chose: the
/// mutation then reaches zstd and the payload decoder.
pub fn repair_bundle_header(data: &[u8]) -> Vec<u8> {
    let mut out = data.to_vec();
    if out.len() < 20 {
        out.resize(20, 0);
    }
    out[0..4].copy_from_slice(bundle::MAGIC);
    out[4..6].copy_from_slice(&bundle::FORMAT_VERSION.to_le_bytes());
    let body_len = (out.len() - 20) as u32;
    out[12..16].copy_from_slice(&body_len.to_le_bytes());
    let crc = crc32(&out[20..]);
    out[16..20].copy_from_slice(&crc.to_le_bytes());
    out
}

/// CRC-32 (IEEE), bit by bit: the targets need it rarely and must not trust the code under test.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    let d = ring::digest::digest(&ring::digest::SHA256, bytes);
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

/// What must hold for any directory a parser accepted: orientation answers every place of it
/// (and a few it does not know) with a non-empty list that ends with a 24/7 human, and the
/// commune picker answers without panicking.
pub fn check_directory(dir: &Directory) {
    let now = monday_10h();
    let mut places = vec![
        Place::Unknown,
        Place::Address {
            commune: "75013".into(),
            street: Some("12 rue de la Gare".into()),
        },
        Place::NoFixedAddress {
            lived_3_months_in: None,
            domiciliation: Some("96007".into()),
            sleeps_or_followed_in: Some("Villerelais".into()),
        },
    ];
    for c in dir.communes().take(8) {
        places.push(Place::Address {
            commune: c.insee.to_string(),
            street: Some("1 rue de la Gare".into()),
        });
        places.push(Place::Address {
            commune: c.name.to_owned(),
            street: None,
        });
    }
    for place in places {
        for age in [AgeBand::Under12, AgeBand::From21, AgeBand::Unknown] {
            let s = Situation {
                age,
                place: place.clone(),
                languages: vec![],
                interpreter_needed: false,
            };
            let o = orient(&s, dir, now);
            assert!(o.routes().count() >= 1);
            assert!(
                o.last().contact.is_always_open(),
                "orientation must end with a 24/7 human"
            );
        }
    }
    for typed in ["Vil", "96", "Saint", "75013", "st e"] {
        let _ = dir.search_communes(typed, 10);
    }
    for s in dir.structures().iter().take(16) {
        let _ = s.contact();
    }
}

/// What must hold for any SMS the desk accepts: it is a request the app's form would accept
/// (the desk stores it as it stores an app's submission), and it packs back to itself.
pub fn check_sms(r: &relais_core::sms::SmsRequest) {
    use relais_core::sms;
    if let Err(errors) = r.to_content().check() {
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        panic!("an SMS the form would refuse was accepted: {fields:?}");
    }
    match sms::pack(r) {
        Ok(text) => assert_eq!(sms::unpack(&text).as_ref(), Ok(r), "pack/unpack round trip"),
        // A record that needed a multipart SMS may not fit in one when packed again.
        Err(sms::SmsError::TooLong(_)) => {}
        Err(e) => panic!("cannot pack again: {e}"),
    }
}
