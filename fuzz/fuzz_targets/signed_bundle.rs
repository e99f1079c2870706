//! The signed envelope (`signature::open`, the only way the app reads a directory): trailer,
//! key lookup, Ed25519, then the decoder and the demo-key scope. Inputs are tried as they are
//! and signed with the demo key (public on purpose), so the fuzzer also reaches what follows a
//! good signature: a demo-key bundle that is not marked demo must be refused.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::directory::signature::{self, SigningKey, TRUSTED};
use std::sync::LazyLock;

static DEMO_KEY: LazyLock<SigningKey> = LazyLock::new(SigningKey::demo);

fuzz_target!(|data: &[u8]| {
    let _ = signature::verify(data, TRUSTED);
    if let Ok(dir) = signature::open(data, TRUSTED) {
        assert!(dir.meta().demo, "only demo data opens with the demo key");
        relais_fuzz::check_directory(&dir);
    }
    let signed = DEMO_KEY.sign(&relais_fuzz::repair_bundle_header(data));
    if let Ok(dir) = signature::open(&signed, TRUSTED) {
        assert!(dir.meta().demo, "only demo data opens with the demo key");
        relais_fuzz::check_directory(&dir);
    }
});
