//! Tests of delta updates: exact rebuild of signed files, small sizes, typed errors.

use super::*;
use crate::contact::Phone;
use crate::directory::signature::{self, SigningKey, TRUSTED};
use crate::directory::{Directory, source, synth};

fn signed(dir: &Directory) -> Vec<u8> {
    SigningKey::demo().sign(&bundle::encode(dir).unwrap())
}

/// The demo directory with the phones of `n` structures changed (a weekly update).
fn changed(n: usize) -> Directory {
    let mut src = source::SourceFile::from_json(source::DEMO_JSON).unwrap();
    for (i, s) in src.structures.iter_mut().take(n).enumerate() {
        s.phone = format!("01 99 00 88 {i:02}");
    }
    src.build().directory
}

#[test]
fn an_update_rebuilds_the_new_signed_file_exactly() {
    let old = signed(&source::demo().directory);
    let new = signed(&changed(3));
    let delta = make(&old, &new).unwrap();
    assert!(
        delta.len() < new.len() / 3,
        "{} vs {}",
        delta.len(),
        new.len()
    );
    let rebuilt = apply(&old, &delta).unwrap();
    assert_eq!(rebuilt, new);
    let dir = signature::open(&rebuilt, TRUSTED).unwrap();
    assert_eq!(
        dir.structures()[2].phone,
        Phone::parse("01 99 00 88 02").unwrap()
    );
    // Unsigned files work the same.
    let (old, new) = (
        bundle::encode(&source::demo().directory).unwrap(),
        bundle::encode(&changed(1)).unwrap(),
    );
    assert_eq!(apply(&old, &make(&old, &new).unwrap()).unwrap(), new);
}

#[test]
fn a_national_update_of_20_structures_is_small() {
    let config = synth::SynthConfig {
        communes: 6_000,
        sectors: 200,
        streets_per_city: 100,
        seed: 5,
    };
    let dir = synth::national(config);
    // The same directory with 20 structures changed here and there.
    let old = signed(&dir);
    let new_dir = synth::weekly_changes(&dir, 20);
    let new = signed(&new_dir);
    let delta = make(&old, &new).unwrap();
    assert_eq!(apply(&old, &delta).unwrap(), new);
    assert!(
        delta.len() < 2_000,
        "{} bytes for a {}-byte bundle",
        delta.len(),
        new.len()
    );
}

#[test]
fn a_delta_that_does_not_apply_is_a_typed_error_and_the_old_file_is_untouched() {
    let old = signed(&source::demo().directory);
    let new = signed(&changed(2));
    let delta = make(&old, &new).unwrap();
    let other = signed(&changed(5));
    let before = old.clone();
    assert_eq!(apply(&other, &delta).unwrap_err(), DeltaError::WrongBase);
    assert_eq!(
        apply(&old, b"RLDB not a delta").unwrap_err(),
        DeltaError::NotADelta
    );
    assert_eq!(apply(&old, &new).unwrap_err(), DeltaError::NotADelta);
    let mut newer = delta.clone();
    newer[4] = 9;
    assert_eq!(
        apply(&old, &newer).unwrap_err(),
        DeltaError::UnsupportedVersion(9)
    );
    assert!(matches!(
        apply(&old, &delta[..delta.len() - 3]).unwrap_err(),
        DeltaError::Damaged(_)
    ));
    // A different target checksum: what a phone with another zstd would find.
    let mut wrong = delta.clone();
    wrong[40] ^= 1;
    assert!(matches!(
        apply(&old, &wrong).unwrap_err(),
        DeltaError::TargetMismatch { .. }
    ));
    // A changed signature byte in the trailer: the rebuilt file is not the publisher's.
    let mut forged = delta.clone();
    forged[HEADER_LEN + 10] ^= 1;
    assert!(matches!(
        apply(&old, &forged).unwrap_err(),
        DeltaError::TargetMismatch { .. }
    ));
    assert_eq!(old, before);
    assert!(
        signature::open(&old, TRUSTED).is_ok(),
        "the phone keeps its bundle"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
    /// Any change to a delta gives an error or the exact new file, never another file.
    #[test]
    fn a_mangled_delta_never_gives_another_file(at in 0usize..4096, bit in 0u8..8) {
        let old = signed(&source::demo().directory);
        let new = signed(&changed(2));
        let mut delta = make(&old, &new).unwrap();
        let i = at % delta.len();
        delta[i] ^= 1 << bit;
        if let Ok(file) = apply(&old, &delta) {
            proptest::prop_assert_eq!(file, new);
        }
    }

    /// Random bytes: an error, never a panic.
    #[test]
    fn random_bytes_are_an_error(mut bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512)) {
        let old = signed(&source::demo().directory);
        proptest::prop_assert!(apply(&old, &bytes).is_err());
        if bytes.len() >= HEADER_LEN {
            bytes[..4].copy_from_slice(MAGIC);
            bytes[4..6].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
            bytes[8..40].copy_from_slice(&sha256(&old));
            proptest::prop_assert!(apply(&old, &bytes).is_err());
        }
    }
}
