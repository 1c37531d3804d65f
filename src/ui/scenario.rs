//! Scenario plumbing between the core codecs and the browser: the share link in the URL
//! fragment, the plan kept on this device, named scenarios. At start the URL wins, then the
//! saved plan, then the default. Nothing unreadable is wiped: it is set aside and reported.

use crate::calc::Plan;
use crate::codec::saved_scenarios;
pub use crate::codec::saved_scenarios::Saved;
use crate::codec::share;
use crate::report::texts::page::before_link_both;
use crate::ui::browser;
use crate::ui::state::{new_plan, AppState, Notice};
use leptos::prelude::*;

/// Local-storage key of the current plan (a share string, versioned by its prefix).
pub const CURRENT_KEY: &str = "kalkulator-jamsostek-desa.plan";
/// Local-storage key of the named scenarios (JSON list of [name, share string]).
pub const SAVED_KEY: &str = "kalkulator-jamsostek-desa.scenarios";
/// Local-storage key of the work links replaced, waiting to be filed as named scenarios
/// (share strings, one a line).
pub const BEFORE_LINK_KEY: &str = "kalkulator-jamsostek-desa.before-link";

/// The address that reopens exactly this plan.
pub fn share_link(plan: &Plan) -> String {
    format!("{}#{}", browser::page_address(), share::encode(plan))
}

/// Moves unreadable data to a backup key so that nothing the user had is lost.
pub(crate) fn set_aside(key: &str, value: &str) {
    let now = browser::now();
    let (y, m, d, h, min) = (
        now.date.year,
        now.date.month,
        now.date.day,
        now.hour,
        now.minute,
    );
    // Milliseconds keep two backups made in the same minute apart.
    let ms = js_sys::Date::now() as u64 % 60_000;
    browser::save(
        &format!("{key}.unreadable-{y:04}{m:02}{d:02}-{h:02}{min:02}-{ms:05}"),
        value,
    );
    browser::remove(key);
}

/// The plan to start with, and what to tell the user about where it came from.
pub fn initial_plan() -> (Plan, Option<Notice>) {
    // Chat apps sometimes percent-encode the `~` of escaped names.
    let fragment = browser::fragment().replace("%7E", "~").replace("%7e", "~");
    if !fragment.is_empty() {
        let stored = browser::load(CURRENT_KEY);
        let own_work = stored.as_deref().and_then(|s| share::decode(s).ok());
        return match share::decode(&fragment) {
            // A reload: the address holds the plan kept here, so there is nothing to say.
            Ok(plan) if stored.as_deref() == Some(fragment.as_str()) => (plan, None),
            Ok(plan) => {
                // The link replaces what this device was working on: it waits here to be
                // kept as a named scenario by the scenarios part ([`file_before_link`]), whose
                // code is not in the first download. Appended, as work an earlier link
                // replaced may still be waiting.
                if let Some(stored) = stored.filter(|_| own_work.is_some()) {
                    let waiting = browser::load(BEFORE_LINK_KEY).unwrap_or_default();
                    browser::save(BEFORE_LINK_KEY, &(waiting + &stored + "\n"));
                }
                (plan, Some(Notice::LinkOpened))
            }
            // A link that cannot be opened changes nothing: the work kept here stays.
            Err(_) => (own_work.unwrap_or_else(new_plan), Some(Notice::LinkBroken)),
        };
    }
    match browser::load(CURRENT_KEY) {
        None => (new_plan(), None),
        Some(saved) => match share::decode(&saved) {
            Ok(plan) => (plan, None),
            Err(_) => {
                set_aside(CURRENT_KEY, &saved);
                (new_plan(), Some(Notice::StorageCorrupt))
            }
        },
    }
}

/// Keeps the current plan in local storage and in the address, after every change, once
/// `from` holds (then at once: the first save writes the plan as it is by then).
pub fn keep_saved(state: AppState, from: Memo<bool>) {
    super::shared::effect(move || {
        if !from.get() {
            return;
        }
        let encoded = state.plan.with(share::encode);
        browser::save(CURRENT_KEY, &encoded);
        browser::set_fragment(&encoded);
    });
}

/// Adds the work that links replaced to the named scenarios `list` ("Sebelum membuka tautan /
/// Before the link" and the time it is filed), unless it has that very plan, stores the list
/// and forgets that work. The scenarios part does this before it shows the list: the work
/// waits on this device until that part's code is here, so nothing is lost if it never arrives
/// in this visit.
pub fn file_before_link(list: &mut Vec<Saved>) {
    let Some(waiting) = browser::load(BEFORE_LINK_KEY) else {
        return;
    };
    let name = saved_scenarios::before_link_name(&before_link_both(), browser::now());
    let mut added = false;
    for code in waiting.lines().filter(|c| !c.is_empty()) {
        added |= saved_scenarios::keep_unless_listed(list, name.clone(), code.to_string());
    }
    // When the list cannot be stored (storage full), the work stays waiting.
    if !added || store_saved(list) {
        browser::remove(BEFORE_LINK_KEY);
    }
}

/// The named scenarios on this device; unreadable data is set aside and reported.
pub fn load_saved() -> (Vec<Saved>, Option<Notice>) {
    let Some(raw) = browser::load(SAVED_KEY) else {
        return (Vec::new(), None);
    };
    match saved_scenarios::from_json(&raw) {
        Some(list) => (list, None),
        None => {
            set_aside(SAVED_KEY, &raw);
            (Vec::new(), Some(Notice::StorageCorrupt))
        }
    }
}

/// Writes the named scenarios; false when they could not be stored.
pub fn store_saved(list: &[Saved]) -> bool {
    saved_scenarios::to_json(list).is_some_and(|json| browser::save(SAVED_KEY, &json))
}
