//! Where the rekap page keeps its files and choices on the device: two records in local
//! storage, read back on load (an unreadable one is set aside, never wiped). What they hold
//! and how they are parsed is `codec::rekap_files`.

use crate::codec::rekap_files::{Settings, Work};
use crate::codec::share;
use crate::ui::{browser, scenario};

/// Local-storage key of the rekap page's settings.
pub const KEY: &str = "kalkulator-jamsostek-desa.rekap";
/// Local-storage key of the files the rekap page read.
pub const FILES_KEY: &str = "kalkulator-jamsostek-desa.rekap-files";

/// A record kept under `key`, or the default; an unreadable record is set aside (true).
fn load_record<T: Default + serde::de::DeserializeOwned>(key: &str) -> (T, bool) {
    match browser::load(key) {
        None => (T::default(), false),
        Some(text) => match serde_json::from_str::<T>(&text) {
            Ok(value) => (value, false),
            Err(_) => {
                scenario::set_aside(key, &text);
                (T::default(), true)
            }
        },
    }
}

/// The saved files, the saved settings, and whether an unreadable record was set aside.
#[must_use]
pub fn load() -> (Work, Settings, bool) {
    let (work, bad_files) = load_record::<Work>(FILES_KEY);
    let (mut settings, bad_settings) = load_record::<Settings>(KEY);
    settings.migrate(village_page_code, browser::today());
    (work, settings, bad_files || bad_settings)
}

/// Keeps the files; false when storage refused them (too large: the old copy is removed, so a
/// reload never shows files other than the ones on screen).
pub fn save_files(work: &Work) -> bool {
    let Ok(text) = serde_json::to_string(work) else {
        return false;
    };
    if browser::save(FILES_KEY, &text) {
        return true;
    }
    browser::remove(FILES_KEY);
    false
}

/// Keeps the settings.
pub fn save_settings(settings: &Settings) {
    if let Ok(text) = serde_json::to_string(settings) {
        browser::save(KEY, &text);
    }
}

/// The village page's current plan on this device (its share code), if it has a readable one.
#[must_use]
pub fn village_page_code() -> Option<String> {
    browser::load(scenario::CURRENT_KEY).filter(|s| share::decode(s).is_ok())
}
