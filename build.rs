//! Links the village page's wasm with its relocations kept (`--emit-relocs`) when the `split`
//! feature is on: `wasm-split-cli` needs them to cut the release build into chunks
//! (scripts/split_wasm.mjs). Only that binary: wasm-opt cannot optimize a module that keeps its
//! relocations, should another binary be built with the feature. Every other build links as
//! before.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg-bin=kalkulator-jamsostek-desa=--emit-relocs");
    }
}
