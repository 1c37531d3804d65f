//! The rekap's kabupaten policy as an explicit, pinned choice (issue 21): the calculator's
//! default plan, a preset, a copy of the village page's plan taken once, or a scenario file.
//! A copy is never read again: opening a village's link makes that village's plan the village
//! page's plan on this device, and must not move a kabupaten's totals.

use crate::calc::period::Date;
use crate::codec::plan_source::PlanSource;

/// The rekap's policy of a saved code (`PlanSource::code`): a source the rekap offers (the
/// default, a preset, the copy of the village page's plan, a scenario file). Anything else,
/// an unknown code, a preset no longer there, a saved scenario, is the default.
#[must_use]
pub fn policy_source(code: &str) -> PlanSource {
    match PlanSource::from_code(code) {
        Some(PlanSource::Saved(_)) | None => PlanSource::Default,
        Some(source) => source,
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
    fn policy_codes_round_trip_and_the_old_current_is_the_copy() {
        let all = [
            PlanSource::Default,
            PlanSource::Preset(crate::calc::preset::PRESETS[0].id),
            PlanSource::VillagePage,
            PlanSource::File,
        ];
        for s in all {
            assert_eq!(policy_source(&s.code()), s);
        }
        assert_eq!(policy_source("current"), PlanSource::VillagePage);
        assert_eq!(policy_source("preset:nope"), PlanSource::Default);
        assert_eq!(policy_source("saved:abc"), PlanSource::Default);
        assert_eq!(policy_source(""), PlanSource::Default);
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
