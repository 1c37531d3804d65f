//! Where a plan comes from (the calculator's default, the village page, a preset, a scenario
//! saved on this device, a scenario file), with the codes the rekap's saved settings and its
//! `<select>` keep. One type for the comparison's candidates and the rekap's policy, so a
//! source is matched by its variant, never by the spelling of a string.

use crate::calc::preset;

/// Where a plan comes from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PlanSource {
    /// The calculator's default plan (`default`).
    Default,
    /// The village page's plan: on the village page the plan on screen, in the rekap the copy
    /// of it taken once (`copy`; `current`, the comparison's id and the rekap's code before
    /// issue 21, reads as this too).
    VillagePage,
    /// A preset, by its id (`preset:<id>`; the comparison's `preset-<id>` reads too).
    Preset(&'static str),
    /// A scenario saved on this device, by its share code (`saved:<code>`): keyed by
    /// content, so deleting another saved scenario never swaps a choice.
    Saved(String),
    /// The plan of the scenario file chosen as the rekap's policy (`file`).
    File,
}

impl PlanSource {
    /// The source's code, as the rekap's settings keep it and its `<select>` values read.
    #[must_use]
    pub fn code(&self) -> String {
        match self {
            PlanSource::Default => "default".into(),
            PlanSource::VillagePage => "copy".into(),
            PlanSource::Preset(id) => format!("preset:{id}"),
            PlanSource::Saved(code) => format!("saved:{code}"),
            PlanSource::File => "file".into(),
        }
    }

    /// The source of a code: every code [`PlanSource::code`] writes, and the older forms
    /// still kept in saved settings (`current`, `preset-<id>`). None for anything else,
    /// including a preset that no longer exists.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "default" => Some(PlanSource::Default),
            "copy" | "current" => Some(PlanSource::VillagePage),
            "file" => Some(PlanSource::File),
            _ => {
                if let Some(share_code) = code.strip_prefix("saved:") {
                    return Some(PlanSource::Saved(share_code.to_string()));
                }
                code.strip_prefix("preset:")
                    .or_else(|| code.strip_prefix("preset-"))
                    .and_then(preset::find)
                    .map(|p| PlanSource::Preset(p.id))
            }
        }
    }

    /// True for a scenario saved on this device.
    #[must_use]
    pub fn is_saved(&self) -> bool {
        matches!(self, PlanSource::Saved(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::preset::PRESETS;
    use proptest::prelude::*;

    #[test]
    fn every_old_code_reads_back() {
        let first = PRESETS[0].id;
        let cases = [
            ("default", PlanSource::Default),
            ("copy", PlanSource::VillagePage),
            // The comparison's id of the plan on screen, and the rekap's before issue 21.
            ("current", PlanSource::VillagePage),
            ("file", PlanSource::File),
            (
                "preset:kader-posyandu",
                PlanSource::Preset("kader-posyandu"),
            ),
            // The comparison's preset ids.
            (
                "preset-kader-posyandu",
                PlanSource::Preset("kader-posyandu"),
            ),
            ("saved:abc", PlanSource::Saved("abc".into())),
            ("saved:", PlanSource::Saved(String::new())),
        ];
        for (code, source) in cases {
            assert_eq!(PlanSource::from_code(code), Some(source), "{code}");
        }
        for p in PRESETS {
            assert_eq!(
                PlanSource::from_code(&format!("preset-{}", p.id)),
                Some(PlanSource::Preset(p.id))
            );
        }
        assert_eq!(PlanSource::Preset(first).code(), format!("preset:{first}"));
        assert_eq!(PlanSource::VillagePage.code(), "copy");
    }

    #[test]
    fn unknown_codes_are_none() {
        for bad in [
            "",
            "Default",
            "copy ",
            "preset:",
            "preset-",
            "preset:nope",
            "preset-nope",
            "presetkader-posyandu",
            "saved",
            "SAVED:abc",
            "\u{0}",
            "kebijakan.json",
        ] {
            assert_eq!(PlanSource::from_code(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_saved_scenarios_are_saved() {
        assert!(PlanSource::Saved("x".into()).is_saved());
        assert!(!PlanSource::VillagePage.is_saved());
        assert!(!PlanSource::Preset(PRESETS[0].id).is_saved());
    }

    fn any_source() -> impl Strategy<Value = PlanSource> {
        prop_oneof![
            Just(PlanSource::Default),
            Just(PlanSource::VillagePage),
            Just(PlanSource::File),
            (0..PRESETS.len()).prop_map(|i| PlanSource::Preset(PRESETS[i].id)),
            any::<String>().prop_map(PlanSource::Saved),
        ]
    }

    proptest! {
        #[test]
        fn codes_round_trip(source in any_source()) {
            prop_assert_eq!(PlanSource::from_code(&source.code()), Some(source));
        }

        // Whatever is read, it never panics, and what it reads writes a code that reads the same.
        #[test]
        fn any_text_reads_without_panic(code in any::<String>()) {
            if let Some(source) = PlanSource::from_code(&code) {
                prop_assert_eq!(PlanSource::from_code(&source.code()), Some(source));
            }
        }

        #[test]
        fn near_codes_read_without_panic(code in "(preset[:-]|saved:|copy|current|file|default)[a-z:-]{0,12}") {
            if let Some(source) = PlanSource::from_code(&code) {
                prop_assert_eq!(PlanSource::from_code(&source.code()), Some(source));
            }
        }
    }
}
