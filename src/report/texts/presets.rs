//! The presets' names and where each comes from, one table per language. Each table has
//! one entry per preset (an array of `calc::preset::COUNT`), so a preset without its
//! words in either language does not compile.

use crate::calc::preset::{Preset, PRESETS};
use crate::report::lang::Lang;

mod en;
mod id;

/// A preset's words in one language.
#[derive(Clone, Copy, Debug)]
pub struct PresetText {
    /// The name in the picker and the comparison.
    pub name: &'static str,
    /// One line on the source: outlet or regulation, and date.
    pub note: &'static str,
}

/// The words of `preset` in `lang`.
#[must_use]
pub fn preset_text(lang: Lang, preset: &Preset) -> PresetText {
    let table = match lang {
        Lang::Id => &id::PRESETS,
        Lang::En => &en::PRESETS,
    };
    PRESETS
        .iter()
        .position(|p| p.id == preset.id)
        .and_then(|i| table.get(i))
        .copied()
        .unwrap_or(PresetText {
            name: preset.id,
            note: "",
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::preset::find;

    #[test]
    fn every_preset_has_one_line_notes_in_both_languages() {
        for p in PRESETS {
            let (id, en) = (preset_text(Lang::Id, p), preset_text(Lang::En, p));
            for text in [id.name, en.name, id.note, en.note] {
                assert!(!text.is_empty() && !text.contains('\n'), "{}", p.id);
            }
            assert_ne!(id.name, p.id);
        }
    }

    #[test]
    fn notes_name_outlets_and_dates_never_internal_research_ids() {
        for p in PRESETS {
            for note in [preset_text(Lang::Id, p).note, preset_text(Lang::En, p).note] {
                assert!(
                    !note.contains("seed") && !note.contains("sources.md"),
                    "{}: {note}",
                    p.id
                );
                let has_id = note.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                    w.len() > 1 && w.starts_with('P') && w[1..].bytes().all(|b| b.is_ascii_digit())
                });
                assert!(!has_id, "{}: {note}", p.id);
            }
        }
        // The presets added in issue 12 name their outlet and date.
        for (id, outlet) in [
            ("tanah-bumbu-2023", "Kontak24, 12 Sep 2024"),
            ("bulukumba-2024", "Radar Selatan"),
            ("ntt-provinsi", "Tribun Bali"),
        ] {
            let p = find(id).unwrap_or_else(|| panic!("no preset {id}"));
            let (note_id, note_en) = (preset_text(Lang::Id, p).note, preset_text(Lang::En, p).note);
            assert!(
                note_id.starts_with(outlet) && note_en.starts_with(outlet),
                "{id}"
            );
        }
    }
}
