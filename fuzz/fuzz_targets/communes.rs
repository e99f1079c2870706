//! The commune base file (`geography.rs`, TSV): whatever reads must write back to the same
//! base, and add itself to a directory that orients.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::directory::Meta;
use relais_core::directory::geography::CommuneBase;
use relais_core::directory::source::DirectoryBuilder;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(base) = CommuneBase::from_tsv(text) {
        let again = CommuneBase::from_tsv(&base.to_tsv());
        assert_eq!(again.as_ref().ok(), Some(&base), "to_tsv must read back");
        let mut b = DirectoryBuilder::new(Meta::default());
        base.add_to(&mut b);
        relais_fuzz::check_directory(&b.build().directory);
    }
});
