//! `cargo run --bin uniffi-bindgen -- generate --library target/debug/librelais_ffi.so …`
fn main() {
    uniffi::uniffi_bindgen_main()
}
