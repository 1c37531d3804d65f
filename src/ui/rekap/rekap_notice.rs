//! The notice at the top of the rekap page: what happened to the work kept on the device,
//! kept as what happened and worded when shown, so switching the language rewords it.

use crate::report::lang::Lang;
use crate::report::texts::rekap::rekap_texts;
use crate::report::texts::rekap_storage::rekap_storage_texts;

/// What the rekap page tells the user about the work kept on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RekapNotice {
    /// The kept rekap or its settings could not be read; set aside, not deleted.
    StorageCorrupt,
    /// The browser refused to keep the work.
    StorageRefused,
}

impl RekapNotice {
    /// The notice in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            RekapNotice::StorageCorrupt => rekap_texts(lang).storage_corrupt,
            RekapNotice::StorageRefused => rekap_storage_texts(lang).refused,
        }
    }
}
