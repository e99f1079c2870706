//! The directory's JSON source file (what `relais-desk directory build` reads): any text is
//! refused or builds into a directory that orients and encodes into a bundle that decodes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::directory::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(src) = SourceFile::from_json(text) {
        relais_fuzz::check_directory(&src.build().directory);
    }
});
