//! Links a page's wasm with its relocations kept (`--emit-relocs`) when its split feature is on
//! (`split` for the village page, `split-rekap` for the rekap page): `wasm-split-cli` needs them
//! to cut the release build into chunks (scripts/split_wasm.mjs). Only that page's binary:
//! wasm-opt cannot optimize a module that keeps its relocations, should another binary be built
//! with the feature. Every other build links as before.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let feature = |name: &str| std::env::var_os(format!("CARGO_FEATURE_{name}")).is_some();
    if wasm && feature("SPLIT") {
        println!("cargo:rustc-link-arg-bin=kalkulator-jamsostek-desa=--emit-relocs");
    }
    if wasm && feature("SPLIT_REKAP") {
        println!("cargo:rustc-link-arg-bin=rekap=--emit-relocs");
    }
}
