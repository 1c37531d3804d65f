//! What the folds' part holds (issue 26): the fields under the first screen's folds, drawn by
//! the components they belong to. With the `split` feature it is cut into a chunk of its own by
//! `scripts/split_wasm.mjs` and fetched after the first answer; without it, it is simply here.
//! [`provide`] hands it to `folds`, which draws each fold when its fields are here.

use super::components::category_card::naming::naming_fields;
use super::components::category_card::setup::setup_fields;
use super::components::village_form::assumptions::assumption_fields;
use super::components::village_form::budget_fields::thirty_fields;
use super::folds::{self, FoldFields};
#[cfg(feature = "split")]
use super::later::LoadFailed;
use leptos::prelude::*;

/// The folds' fields; with `split` only the part reaches them.
static FIELDS: FoldFields = FoldFields {
    setup: |card| setup_fields(card).into_any(),
    naming: |card| naming_fields(card).into_any(),
    thirty: || thirty_fields().into_any(),
    assumptions: || assumption_fields().into_any(),
};

/// The part: the folds' fields.
#[cfg(feature = "split")]
#[::leptos::wasm_split::wasm_split(folds, wasm_split_path = ::leptos::wasm_split, fallible)]
fn folds_part() -> Result<&'static FoldFields, LoadFailed> {
    Ok(&FIELDS)
}

/// Tells `folds` where the fields are: in a part to fetch with `split`, here without.
pub fn provide() {
    #[cfg(feature = "split")]
    folds::provide(|| Box::pin(folds_part()));
    #[cfg(not(feature = "split"))]
    folds::install(&FIELDS);
}
