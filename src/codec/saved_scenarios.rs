//! The named scenarios kept on this device: the list's edits, the names it gives, and the
//! text it is stored as (a JSON list of `[name, share string]`). The browser adapter only
//! reads and writes that text.

use crate::calc::period::{Date, LocalTime};
use crate::calc::Plan;

/// A named scenario saved on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The name the user gave.
    pub name: String,
    /// The plan as a share string.
    pub code: String,
}

/// The name a scenario saved without one gets: the village (or the word for an unnamed
/// scenario) and the year.
#[must_use]
pub fn default_name(plan: &Plan, unnamed: &str) -> String {
    let village = if plan.village.is_empty() {
        unnamed
    } else {
        plan.village.as_str()
    };
    format!("{village} {}", plan.period.year)
}

/// The name typed (trimmed), or the default name when nothing was typed.
#[must_use]
pub fn name_or_default(typed: &str, plan: &Plan, unnamed: &str) -> String {
    let typed = typed.trim();
    if typed.is_empty() {
        default_name(plan, unnamed)
    } else {
        typed.to_string()
    }
}

/// The name of the work a link replaced: its first words, then the local time `at`.
#[must_use]
pub fn before_link_name(words: &str, at: LocalTime) -> String {
    let (Date { year, month, day }, h, min) = (at.date, at.hour, at.minute);
    format!("{words} {day:02}-{month:02}-{year} {h:02}.{min:02}")
}

/// Adds a scenario at the end.
pub fn add(list: &mut Vec<Saved>, name: String, code: String) {
    list.push(Saved { name, code });
}

/// Keeps work about to be replaced, unless the list already has that very plan; true when
/// it was added.
pub fn keep_unless_listed(list: &mut Vec<Saved>, name: String, code: String) -> bool {
    if list.iter().any(|s| s.code == code) {
        return false;
    }
    add(list, name, code);
    true
}

/// Renames the scenario at `i` (nothing when there is none).
pub fn rename(list: &mut [Saved], i: usize, name: String) {
    if let Some(s) = list.get_mut(i) {
        s.name = name;
    }
}

/// Puts a copy of the scenario at `i` right after it, named "… (2)".
pub fn duplicate(list: &mut Vec<Saved>, i: usize) {
    if let Some(s) = list.get(i).cloned() {
        let copy = Saved {
            name: format!("{} (2)", s.name),
            code: s.code,
        };
        list.insert(i + 1, copy);
    }
}

/// Deletes the scenario at `i` (nothing when there is none).
pub fn remove(list: &mut Vec<Saved>, i: usize) {
    if i < list.len() {
        list.remove(i);
    }
}

/// The list as stored.
#[must_use]
pub fn to_json(list: &[Saved]) -> Option<String> {
    let pairs: Vec<(&str, &str)> = list
        .iter()
        .map(|s| (s.name.as_str(), s.code.as_str()))
        .collect();
    serde_json::to_string(&pairs).ok()
}

/// The list from what was stored; None when it cannot be read (it is then set aside).
#[must_use]
pub fn from_json(raw: &str) -> Option<Vec<Saved>> {
    let pairs: Vec<(String, String)> = serde_json::from_str(raw).ok()?;
    Some(
        pairs
            .into_iter()
            .map(|(name, code)| Saved { name, code })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(name: &str) -> Saved {
        Saved {
            name: name.into(),
            code: format!("code-{name}"),
        }
    }

    #[test]
    fn default_names_use_the_village_and_the_year() {
        let mut plan = Plan::for_year(2027);
        assert_eq!(name_or_default("  ", &plan, "Skenario"), "Skenario 2027");
        plan.village = "Sukamaju".into();
        assert_eq!(name_or_default("", &plan, "Skenario"), "Sukamaju 2027");
        assert_eq!(name_or_default(" Opsi A ", &plan, "Skenario"), "Opsi A");
        assert_eq!(
            before_link_name(
                "Sebelum membuka tautan / Before the link",
                LocalTime {
                    date: Date::new(2026, 3, 4),
                    hour: 9,
                    minute: 5
                }
            ),
            "Sebelum membuka tautan / Before the link 04-03-2026 09.05"
        );
    }

    #[test]
    fn list_edits_touch_only_their_place() {
        let mut list = vec![saved("A"), saved("B")];
        duplicate(&mut list, 0);
        assert_eq!(list[1].name, "A (2)");
        assert_eq!(list[1].code, list[0].code);
        rename(&mut list, 2, "C".into());
        assert_eq!(list[2].name, "C");
        remove(&mut list, 0);
        assert_eq!(list.len(), 2);
        remove(&mut list, 9);
        rename(&mut list, 9, "x".into());
        duplicate(&mut list, 9);
        assert_eq!(list.len(), 2);
        assert!(!keep_unless_listed(
            &mut list,
            "again".into(),
            "code-A".into()
        ));
        assert!(keep_unless_listed(&mut list, "new".into(), "other".into()));
        assert_eq!(list.len(), 3);
    }

    #[test]
    fn the_stored_text_round_trips_and_bad_text_is_refused() {
        let list = vec![saved("Satu \"dua\""), saved("ü")];
        let json = to_json(&list).unwrap_or_default();
        assert_eq!(from_json(&json), Some(list));
        assert_eq!(from_json("{not json"), None);
        assert_eq!(from_json("[[1, 2]]"), None);
        assert_eq!(from_json("[]"), Some(Vec::new()));
    }
}
