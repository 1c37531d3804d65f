//! The rekap's kabupaten policy as an explicit, pinned choice (issue 21): the calculator's
//! default plan, a preset, a copy of the village page's plan taken once, or a scenario file.
//! A copy is never read again: opening a village's link makes that village's plan the village
//! page's plan on this device, and must not move a kabupaten's totals.

use crate::calc::period::Date;
use crate::calc::preset::{self, Preset};

/// Where the kabupaten policy comes from, as the user chose it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PolicySource {
    /// The calculator's default plan.
    Default,
    /// A preset.
    Preset(&'static str),
    /// The copy of the village page's plan taken when the user asked for it.
    VillagePage,
    /// The plan of a scenario file the user chose.
    File,
}

impl PolicySource {
    /// Stable code for a `<select>` value and the saved settings.
    #[must_use]
    pub fn code(self) -> String {
        match self {
            PolicySource::Default => "default".into(),
            PolicySource::Preset(id) => format!("preset:{id}"),
            PolicySource::VillagePage => "copy".into(),
            PolicySource::File => "file".into(),
        }
    }

    /// The source of a code. `current` (saved before issue 21: the village page's plan, which
    /// was taken once and kept) is the copy; an unknown code or preset is the default.
    #[must_use]
    pub fn from_code(code: &str) -> Self {
        match code {
            "copy" | "current" => PolicySource::VillagePage,
            "file" => PolicySource::File,
            _ => code
                .strip_prefix("preset:")
                .and_then(preset::find)
                .map_or(PolicySource::Default, |p: &Preset| {
                    PolicySource::Preset(p.id)
                }),
        }
    }
}

/// Where the plan in use was taken from, and when: what the policy line names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolicyOrigin {
    /// The calculator's default plan.
    Default,
    /// A preset, by id.
    Preset(&'static str),
    /// The village page's plan, copied on that day (unknown for a copy saved before issue 21
    /// and not yet pinned).
    VillagePage(Option<Date>),
    /// A scenario file, read on that day.
    File {
        /// The file's name.
        name: String,
        /// When it was read.
        on: Option<Date>,
    },
}

/// A day as the saved settings keep it: `2026-12-06`.
#[must_use]
pub fn date_code(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// The day of a [`date_code`]; None for anything else.
#[must_use]
pub fn date_of_code(code: &str) -> Option<Date> {
    let mut parts = code.split('-');
    let year = parts.next()?.parse::<i32>().ok()?;
    let month = parts.next()?.parse::<u8>().ok()?;
    let day = parts.next()?.parse::<u8>().ok()?;
    let valid = parts.next().is_none() && (1..=12).contains(&month) && (1..=31).contains(&day);
    valid.then(|| Date::new(year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_the_old_current_is_the_copy() {
        let all = [
            PolicySource::Default,
            PolicySource::Preset(preset::PRESETS[0].id),
            PolicySource::VillagePage,
            PolicySource::File,
        ];
        for s in all {
            assert_eq!(PolicySource::from_code(&s.code()), s);
        }
        assert_eq!(
            PolicySource::from_code("current"),
            PolicySource::VillagePage
        );
        assert_eq!(
            PolicySource::from_code("preset:nope"),
            PolicySource::Default
        );
        assert_eq!(PolicySource::from_code(""), PolicySource::Default);
    }

    #[test]
    fn dates_round_trip_and_nonsense_is_none() {
        let d = Date::new(2026, 12, 6);
        assert_eq!(date_code(d), "2026-12-06");
        assert_eq!(date_of_code("2026-12-06"), Some(d));
        for bad in [
            "",
            "2026-13-01",
            "2026-12",
            "2026-12-06-1",
            "x-1-1",
            "2026-12-00",
        ] {
            assert_eq!(date_of_code(bad), None, "{bad}");
        }
    }
}
