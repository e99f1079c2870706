//! The directory is signed by its publisher (Ed25519), because it says where personal data
//! goes (each desk's address) and which numbers people call.
//!
//! A signed bundle is the bundle followed by a 100-byte trailer:
//! ```text
//! "RLSG"  4 bytes
//! key    32 bytes  the publisher's public key
//! sig    64 bytes  Ed25519 over every byte before the trailer (header and payload)
//! ```
//! The app trusts a short list of public keys compiled in ([`TRUSTED`]), so that a key can
//! be rotated: ship the next key in an update, then start signing with it. The demo key is
//! public on purpose and trusted for demo data only: a bundle signed with it that does not
//! say `demo` is refused, so it can never stand in for a real directory.

use super::Directory;
use super::bundle::{self, BundleError};
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};

const TRAILER_MAGIC: &[u8; 4] = b"RLSG";
pub const TRAILER_LEN: usize = 4 + 32 + 64;

/// What a trusted key may sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyScope {
    /// Real directories.
    Any,
    /// Only bundles marked as demo data.
    DemoOnly,
}

/// A publisher key the app accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrustedKey {
    pub public: [u8; 32],
    pub label: &'static str,
    pub scope: KeyScope,
}

/// The demo key's seed. Not a secret: it is here so that the demo desk and the tests can sign
/// demo bundles, and [`KeyScope::DemoOnly`] keeps it from signing anything else.
pub const DEMO_SEED: [u8; 32] = [
    229, 16, 212, 133, 122, 151, 177, 129, 250, 253, 216, 203, 74, 32, 250, 9, 255, 171, 195, 175,
    188, 176, 89, 239, 208, 206, 91, 234, 80, 93, 107, 252,
];

/// The public half of [`DEMO_SEED`] (a test checks that they match).
pub const DEMO_PUBLIC: [u8; 32] = [
    0xe6, 0x80, 0xd0, 0xf0, 0xf6, 0x99, 0xf7, 0x6d, 0x38, 0xd5, 0x42, 0xb8, 0xf7, 0xe5, 0x09, 0x88,
    0xc3, 0xa1, 0x72, 0xeb, 0x33, 0xea, 0xda, 0xe2, 0x2b, 0x43, 0x5b, 0x63, 0xe5, 0xfa, 0x89, 0x5a,
];

/// The keys this build trusts. No production publisher key exists yet: the first real
/// publisher adds theirs here (and later their next one, for rotation).
pub const TRUSTED: &[TrustedKey] = &[TrustedKey {
    public: DEMO_PUBLIC,
    label: "Relais demo key (demo data only)",
    scope: KeyScope::DemoOnly,
}];

/// A publisher's private key.
pub struct SigningKey {
    pair: Ed25519KeyPair,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey(public {})", hex(&self.public()))
    }
}

impl SigningKey {
    pub fn from_seed(seed: &[u8; 32]) -> Result<SigningKey, BundleError> {
        Ed25519KeyPair::from_seed_unchecked(seed)
            .map(|pair| SigningKey { pair })
            .map_err(|_| BundleError::Encode("not a usable Ed25519 seed".into()))
    }

    /// The demo key (see [`DEMO_SEED`]).
    pub fn demo() -> SigningKey {
        // A constant 32-byte seed is always accepted by Ed25519.
        match Ed25519KeyPair::from_seed_unchecked(&DEMO_SEED) {
            Ok(pair) => SigningKey { pair },
            Err(_) => unreachable!("the demo seed is 32 bytes"),
        }
    }

    pub fn public(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        out.copy_from_slice(self.pair.public_key().as_ref());
        out
    }

    /// The bundle followed by its signature trailer.
    pub fn sign(&self, bundle: &[u8]) -> Vec<u8> {
        let sig = self.pair.sign(bundle);
        let mut out = Vec::with_capacity(bundle.len() + TRAILER_LEN);
        out.extend_from_slice(bundle);
        out.extend_from_slice(TRAILER_MAGIC);
        out.extend_from_slice(&self.public());
        out.extend_from_slice(sig.as_ref());
        out
    }
}

/// Checks the trailer against `trusted` and returns the bundle bytes and the key that signed.
pub fn verify<'a>(
    signed: &'a [u8],
    trusted: &'a [TrustedKey],
) -> Result<(&'a [u8], &'a TrustedKey), BundleError> {
    if signed.len() < TRAILER_LEN {
        return Err(BundleError::Unsigned);
    }
    let (bundle, trailer) = signed.split_at(signed.len() - TRAILER_LEN);
    if &trailer[..4] != TRAILER_MAGIC {
        return Err(BundleError::Unsigned);
    }
    let public = &trailer[4..36];
    let sig = &trailer[36..];
    let key = trusted
        .iter()
        .find(|k| k.public[..] == *public)
        .ok_or(BundleError::UntrustedKey)?;
    UnparsedPublicKey::new(&ED25519, &key.public)
        .verify(bundle, sig)
        .map_err(|_| BundleError::BadSignature)?;
    Ok((bundle, key))
}

/// Verifies, decodes and checks the key's scope: the only way the app reads a bundle.
pub fn open(signed: &[u8], trusted: &[TrustedKey]) -> Result<Directory, BundleError> {
    let (bytes, key) = verify(signed, trusted)?;
    let dir = bundle::decode(bytes)?;
    if key.scope == KeyScope::DemoOnly && !dir.meta().demo {
        return Err(BundleError::DemoKeyOnRealData);
    }
    Ok(dir)
}

/// Lowercase hex, for printing public keys.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::directory::source;

    fn demo_bundle() -> Vec<u8> {
        bundle::encode(&source::demo().directory).unwrap()
    }

    #[test]
    fn the_demo_public_key_matches_its_seed() {
        assert_eq!(
            SigningKey::demo().public(),
            DEMO_PUBLIC,
            "{}",
            hex(&SigningKey::demo().public())
        );
    }

    #[test]
    fn a_signed_bundle_opens_and_any_change_is_refused() {
        let signed = SigningKey::demo().sign(&demo_bundle());
        let dir = open(&signed, TRUSTED).unwrap();
        assert!(dir.meta().demo);
        // Every byte matters: header, payload, key and signature.
        for i in (0..signed.len()).step_by(7).chain([signed.len() - 1]) {
            let mut bad = signed.clone();
            bad[i] ^= 0x20;
            assert!(
                open(&bad, TRUSTED).is_err(),
                "byte {i} changed and accepted"
            );
        }
        assert_eq!(
            open(&signed[..signed.len() - 1], TRUSTED).unwrap_err(),
            BundleError::Unsigned
        );
        assert_eq!(
            open(&demo_bundle(), TRUSTED).unwrap_err(),
            BundleError::Unsigned
        );
    }

    #[test]
    fn unknown_keys_and_rotation() {
        let other = SigningKey::from_seed(&[7; 32]).unwrap();
        let signed = other.sign(&demo_bundle());
        assert_eq!(
            open(&signed, TRUSTED).unwrap_err(),
            BundleError::UntrustedKey
        );
        // After rotation the app trusts both keys: bundles from either open.
        let rotated = [
            TRUSTED[0],
            TrustedKey {
                public: other.public(),
                label: "next",
                scope: KeyScope::Any,
            },
        ];
        assert!(open(&signed, &rotated).is_ok());
        assert!(open(&SigningKey::demo().sign(&demo_bundle()), &rotated).is_ok());
        // A signature made by another key but carrying a trusted key's name.
        let mut forged = signed.clone();
        let at = forged.len() - TRAILER_LEN + 4;
        forged[at..at + 32].copy_from_slice(&DEMO_PUBLIC);
        assert_eq!(
            open(&forged, TRUSTED).unwrap_err(),
            BundleError::BadSignature
        );
    }

    #[test]
    fn the_demo_key_cannot_sign_real_data() {
        let mut src =
            source::SourceFile::from_json(include_str!("../../../data/demo/directory.json"))
                .unwrap();
        src.meta.demo = false;
        let real = bundle::encode(&src.build().directory).unwrap();
        let signed = SigningKey::demo().sign(&real);
        assert_eq!(
            open(&signed, TRUSTED).unwrap_err(),
            BundleError::DemoKeyOnRealData
        );
        let publisher = SigningKey::from_seed(&[9; 32]).unwrap();
        let keys = [TrustedKey {
            public: publisher.public(),
            label: "publisher",
            scope: KeyScope::Any,
        }];
        assert!(!open(&publisher.sign(&real), &keys).unwrap().meta().demo);
    }
}
