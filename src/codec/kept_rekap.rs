//! The rekap page's work (`rekap_files::Work`) as one text record kept on the device, and which
//! copy the page opens when the record from before issue 22 still sits under its old
//! local-storage key. Pure: `ui::rekap::store` does the storing (IndexedDB, or local storage
//! where the browser has none).
//!
//! The record is the JSON of `Work`, the same text the old local-storage key held, so moving
//! it is copying it; `Work` carries its format version (`v`) and reads missing fields as
//! their defaults, so records written before a field was added stay readable.
//!
//! A figure typed on the page is kept by writing the typed figures alone, as a second record
//! (`EDITS_KEY`, the JSON of `Work::edits`) that replaces the work record's own: rewriting the
//! megabytes of the files for each typed cell would be felt while typing. The next write of the
//! whole work takes them in and removes that record. Work kept before has no such record and
//! opens as it did.

use crate::codec::rekap_files::Work;
use crate::codec::village_edits::Edits;

/// The rekap page's IndexedDB database.
pub const DATABASE: &str = "kalkulator-jamsostek-desa.rekap";
/// Its version; version 1 has one object store of text records under text keys.
pub const DATABASE_VERSION: u32 = 1;
/// The object store.
pub const STORE: &str = "records";
/// Key of the work record in it.
pub const WORK_KEY: &str = "work";
/// Key of the typed figures' record, when they changed since the work record was written.
pub const EDITS_KEY: &str = "edits";
/// A record at least this long (bytes of text) is a large import, which the browser is asked
/// to keep even when its storage runs low (a kabupaten is about 0.3 MB, a province 1–3 MB).
pub const LARGE_RECORD: usize = 1_000_000;

/// The record of `work` (None only if it cannot be written, which a `Work` never is).
#[must_use]
pub fn encode(work: &Work) -> Option<String> {
    serde_json::to_string(work).ok()
}

/// The work a record holds; None when the text is not a work record (a JSON object).
#[must_use]
pub fn decode(text: &str) -> Option<Work> {
    // serde would also read a JSON array as a `Work`, field by field.
    if !text.trim_start().starts_with('{') {
        return None;
    }
    serde_json::from_str(text).ok()
}

/// The record of typed figures `edits` (None only if it cannot be written).
#[must_use]
pub fn encode_edits(edits: &Edits) -> Option<String> {
    serde_json::to_string(edits).ok()
}

/// The typed figures a record holds; None when the text is not such a record (a JSON object).
#[must_use]
pub fn decode_edits(text: &str) -> Option<Edits> {
    if !text.trim_start().starts_with('{') {
        return None;
    }
    serde_json::from_str(text).ok()
}

/// What the page does with a typed figures' record it found at opening.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditsOpening {
    /// There is none.
    Absent,
    /// Its figures replace the work's own (the record stays until the next whole write).
    Applied,
    /// It is set aside (kept under another key, not deleted) and removed: it does not read, or
    /// it belongs to a work record that does not open.
    SetAside,
}

/// Takes the typed figures' record `edits` into what `opening` opens: it belongs to the work
/// record in the new store, so it applies when that is what opens.
pub fn open_edits(opening: &mut Opening, edits: Option<&str>) -> EditsOpening {
    let Some(text) = edits else {
        return EditsOpening::Absent;
    };
    if opening.move_old || opening.set_aside_kept {
        return EditsOpening::SetAside;
    }
    match decode_edits(text) {
        Some(edits) => {
            opening.work.edits = edits;
            EditsOpening::Applied
        }
        None => {
            opening.unreadable = true;
            EditsOpening::SetAside
        }
    }
}

/// What the page opens, and what it does with the records it found.
#[derive(Debug, PartialEq, Eq)]
pub struct Opening {
    /// The work to show.
    pub work: Work,
    /// The old local-storage record is what opens: write it to the new store, and remove the
    /// old key only once that write succeeded.
    pub move_old: bool,
    /// The record in the new store is to be set aside (kept under another key, not deleted):
    /// it is unreadable, or the old record replaces it and they differ.
    pub set_aside_kept: bool,
    /// The old local-storage record is unreadable and is to be set aside.
    pub set_aside_old: bool,
    /// A record could not be read (the user is told).
    pub unreadable: bool,
}

/// What to open from the record in the new store (`kept`) and the one under the old
/// local-storage key (`old`). The old key is written only by pages from before issue 22 or
/// by this page where the browser has no IndexedDB, so when it is readable it is the newer
/// work, and it moves over; a different record it replaces is set aside, never lost.
#[must_use]
pub fn opening(kept: Option<&str>, old: Option<&str>) -> Opening {
    let old_work = old.map(decode);
    let kept_work = kept.map(decode);
    let set_aside_old = matches!(old_work, Some(None));
    let kept_unreadable = matches!(kept_work, Some(None));
    let unreadable = set_aside_old || kept_unreadable;
    match (old_work.flatten(), kept_work) {
        (Some(work), kept) => Opening {
            set_aside_kept: match kept {
                Some(Some(k)) => k != work,
                Some(None) => true,
                None => false,
            },
            work,
            move_old: true,
            set_aside_old,
            unreadable,
        },
        (None, kept) => Opening {
            work: kept.flatten().unwrap_or_default(),
            move_old: false,
            set_aside_kept: kept_unreadable,
            set_aside_old,
            unreadable,
        },
    }
}

/// The key a set-aside record is kept under: `key` with the moment it was set aside
/// (`…unreadable-20261206-2107-01234`; milliseconds keep two in one minute apart), as
/// `ui::scenario` names the village page's.
#[must_use]
pub fn aside_key(key: &str, stamp: (i32, u8, u8, u8, u8), ms: u64) -> String {
    let (y, m, d, h, min) = stamp;
    format!(
        "{key}.unreadable-{y:04}{m:02}{d:02}-{h:02}{min:02}-{:05}",
        ms % 60_000
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::rekap_files::{ChosenKabupaten, SourceFile};

    fn work(names: &[&str]) -> Work {
        Work {
            files: names
                .iter()
                .map(|n| SourceFile {
                    name: (*n).to_string(),
                    text: format!("kode desa;nama desa\n{n};Desa \"{n}\"\n"),
                    unreadable: false,
                })
                .collect(),
            ..Work::default()
        }
    }

    fn text(w: &Work) -> String {
        encode(w).unwrap_or_default()
    }

    #[test]
    fn a_record_reads_back_as_written() {
        let mut w = work(&["bungo.csv", "desa.json"]);
        w.json_kecamatan = "Pelepat".into();
        w.keep_json = vec!["desa.json".into()];
        w.registry = Some(ChosenKabupaten {
            code: "15.08".into(),
            text: "15.08.01;…".into(),
            ..ChosenKabupaten::default()
        });
        assert_eq!(decode(&text(&w)), Some(w));
    }

    #[test]
    fn the_record_is_the_old_local_storage_text() {
        // A record written to the old key before issue 22 (docs/rekap-format.md).
        let old = r#"{"v":1,"files":[{"name":"a.csv","text":"x"}],"json_kecamatan":"","keep_json":[],"registry":null}"#;
        let w = decode(old).unwrap_or_default();
        assert_eq!(w.files.len(), 1);
        assert_eq!(w.files.first().map(|f| f.name.as_str()), Some("a.csv"));
        assert_eq!(decode(&text(&w)), Some(w));
    }

    #[test]
    fn fields_added_later_or_missing_still_read() {
        // A future field is ignored; a missing one is its default.
        let w = decode(r#"{"v":2,"files":[],"not_yet_a_field":{"x":1}}"#);
        assert_eq!(
            w,
            Some(Work {
                v: 2,
                ..Work::default()
            })
        );
        assert_eq!(decode("{}"), Some(Work::default()));
    }

    #[test]
    fn unreadable_records_are_none() {
        for bad in [
            "",
            "null",
            "[]",
            "[1]",
            "{",
            "{\"files\":3}",
            "<html>",
            "\u{0}",
        ] {
            assert_eq!(decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn nothing_kept_opens_empty() {
        let o = opening(None, None);
        assert_eq!(
            o,
            Opening {
                work: Work::default(),
                move_old: false,
                set_aside_kept: false,
                set_aside_old: false,
                unreadable: false,
            }
        );
    }

    #[test]
    fn the_new_store_opens_when_the_old_key_is_empty() {
        let w = work(&["a.csv"]);
        let o = opening(Some(&text(&w)), None);
        assert_eq!(o.work, w);
        assert!(!o.move_old && !o.set_aside_kept && !o.unreadable);
    }

    #[test]
    fn an_old_record_moves_over() {
        let w = work(&["a.csv"]);
        let o = opening(None, Some(&text(&w)));
        assert_eq!(o.work, w);
        assert!(o.move_old);
        assert!(!o.set_aside_kept && !o.set_aside_old && !o.unreadable);
    }

    #[test]
    fn an_old_record_replacing_a_different_one_sets_that_aside() {
        let (old, kept) = (work(&["a.csv"]), work(&["b.csv"]));
        let o = opening(Some(&text(&kept)), Some(&text(&old)));
        assert_eq!(o.work, old);
        assert!(o.move_old && o.set_aside_kept && !o.unreadable);
        // The same work in both (a move whose removal of the old key failed): nothing aside.
        let o = opening(Some(&text(&old)), Some(&text(&old)));
        assert!(o.move_old && !o.set_aside_kept);
    }

    #[test]
    fn an_unreadable_old_record_is_set_aside_and_the_new_store_opens() {
        let w = work(&["a.csv"]);
        let o = opening(Some(&text(&w)), Some("{broken"));
        assert_eq!(o.work, w);
        assert!(o.set_aside_old && o.unreadable && !o.move_old && !o.set_aside_kept);
    }

    #[test]
    fn an_unreadable_kept_record_is_set_aside() {
        let o = opening(Some("{broken"), None);
        assert_eq!(o.work, Work::default());
        assert!(o.set_aside_kept && o.unreadable && !o.move_old);
        // Replaced by a readable old record: still set aside, and still said.
        let w = work(&["a.csv"]);
        let o = opening(Some("{broken"), Some(&text(&w)));
        assert_eq!(o.work, w);
        assert!(o.set_aside_kept && o.move_old && o.unreadable);
    }

    #[test]
    fn typed_figures_kept_alone_replace_the_work_record_s_own() {
        let mut w = work(&["a.csv"]);
        w.set_edit("15.08.01.2001", "kader", "3");
        let mut newer = w.clone();
        newer.set_edit("15.08.01.2001", "kader", "9");
        newer.set_edit("15.08.01.2002", "ADD", "318 juta");
        let edits = encode_edits(&newer.edits).unwrap_or_default();
        let mut o = opening(Some(&text(&w)), None);
        assert_eq!(open_edits(&mut o, Some(&edits)), EditsOpening::Applied);
        assert_eq!(o.work, newer);
        assert!(!o.unreadable);
        // None kept alone: the work record's own.
        let mut o = opening(Some(&text(&w)), None);
        assert_eq!(open_edits(&mut o, None), EditsOpening::Absent);
        assert_eq!(o.work, w);
        // Unreadable: set aside and said; the work record's own figures open.
        let mut o = opening(Some(&text(&w)), None);
        assert_eq!(open_edits(&mut o, Some("[1]")), EditsOpening::SetAside);
        assert_eq!(o.work, w);
        assert!(o.unreadable);
        // The work record they belong to does not open: set aside with it.
        let mut o = opening(Some(&text(&w)), Some(&text(&work(&["b.csv"]))));
        assert_eq!(open_edits(&mut o, Some(&edits)), EditsOpening::SetAside);
        assert_eq!(o.work.edits, Edits::new());
        let mut o = opening(Some("{broken"), None);
        assert_eq!(open_edits(&mut o, Some(&edits)), EditsOpening::SetAside);
    }

    #[test]
    fn aside_keys_carry_the_moment() {
        assert_eq!(
            aside_key("work", (2026, 12, 6, 21, 7), 61_234),
            "work.unreadable-20261206-2107-01234"
        );
    }

    mod properties {
        use super::super::*;
        use crate::codec::rekap_files::{ChosenKabupaten, SourceFile};
        use proptest::prelude::*;

        fn any_work() -> impl Strategy<Value = Work> {
            let file = ("\\PC{0,20}", "\\PC{0,200}", any::<bool>()).prop_map(
                |(name, text, unreadable)| SourceFile {
                    name,
                    text,
                    unreadable,
                },
            );
            let registry =
                proptest::option::of(("\\PC{0,8}", "\\PC{0,80}", any::<bool>()).prop_map(
                    |(code, text, kelurahan)| ChosenKabupaten {
                        code,
                        text,
                        kelurahan,
                        ..ChosenKabupaten::default()
                    },
                ));
            (
                any::<u32>(),
                proptest::collection::vec(file, 0..5),
                "\\PC{0,20}",
                proptest::collection::vec("\\PC{0,20}", 0..3),
                registry,
            )
                .prop_map(|(v, files, json_kecamatan, keep_json, registry)| {
                    // Fields `Work` gains later keep their defaults here.
                    let mut w = Work {
                        v,
                        files,
                        json_kecamatan,
                        ..Work::default()
                    };
                    w.keep_json = keep_json;
                    w.registry = registry;
                    w
                })
        }

        proptest! {
            #[test]
            fn any_work_round_trips(w in any_work()) {
                let text = encode(&w);
                prop_assert!(text.is_some());
                prop_assert_eq!(decode(&text.unwrap_or_default()), Some(w));
            }

            #[test]
            fn any_text_never_panics(kept in proptest::option::of("\\PC{0,200}"), old in proptest::option::of("\\PC{0,200}")) {
                let o = opening(kept.as_deref(), old.as_deref());
                // Something that was there and is not opened is never dropped silently.
                if let Some(k) = kept.as_deref() {
                    prop_assert!(o.set_aside_kept || decode(k) == Some(o.work.clone()) || o.move_old);
                }
            }

            #[test]
            fn the_opening_of_two_readable_records_is_the_old_one(a in any_work(), b in any_work()) {
                let (ta, tb) = (encode(&a).unwrap_or_default(), encode(&b).unwrap_or_default());
                let o = opening(Some(&ta), Some(&tb));
                prop_assert_eq!(o.set_aside_kept, a != b);
                prop_assert!(o.move_old && !o.unreadable);
                prop_assert_eq!(o.work, b);
            }
        }
    }
}
