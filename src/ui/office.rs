//! Paper as offices use it (issue 24), for both pages: the paper size, letterhead and signers
//! kept on the device, the fields that edit them (`form`) and what they print (`printed`).
//!
//! On the village page the fields live in the budget-lines part and the sheet in the print
//! part, two chunks loaded after the first answer: they share the values through one
//! page-wide record here, never through the main module, whose size must not grow. Its
//! stylesheet (`style/office.css`: the named pages, their footers, the letterhead) is linked
//! by both parts on the village page (so its first download does not carry it), and by
//! `rekap/index.html` on the rekap page.

pub mod form;
pub mod printed;

use crate::codec::office::{stored_logo, OfficeSettings, PaperSize};
use crate::report::lang::Lang;
use crate::ui::browser;
use leptos::prelude::*;
use std::cell::OnceCell;

/// Local-storage key of the paper size ("a4" or "f4"), shared by both pages: an office
/// chooses its paper once.
pub const PAPER_KEY: &str = "kalkulator-jamsostek-desa.paper";

/// Where a page keeps its letterhead and signers.
pub struct Keys {
    /// The settings record (`office 1` and `key<TAB>value` lines, `codec::office::OfficeSettings`).
    pub settings: &'static str,
    /// The logo, a data URL, apart so that typing a name does not rewrite it.
    pub logo: &'static str,
    /// The stylesheet the parts that need it link (None: the page links it itself).
    pub stylesheet: Option<&'static str>,
    /// The prefix of the named pages of `office.css` ("" portrait, "recap-" landscape).
    pub page_prefix: &'static str,
}

/// The village page's keys.
pub const VILLAGE: Keys = Keys {
    settings: "kalkulator-jamsostek-desa.office",
    logo: "kalkulator-jamsostek-desa.office-logo",
    stylesheet: Some("office.css"),
    page_prefix: "",
};

/// The rekap page's keys.
pub const REKAP: Keys = Keys {
    settings: "kalkulator-jamsostek-desa.rekap-office",
    logo: "kalkulator-jamsostek-desa.rekap-office-logo",
    stylesheet: None,
    page_prefix: "recap-",
};

/// A kept logo (a checked data URL), in a type of its own: a signal of `Option<String>` would
/// share generic code with the main module and make it grow.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Logo(pub Option<String>);

/// The record behind every handle (one per page).
#[derive(Clone)]
struct Shared {
    paper: ArcRwSignal<PaperSize>,
    settings: ArcRwSignal<OfficeSettings>,
    logo: ArcRwSignal<Logo>,
    keys: &'static Keys,
}

thread_local! {
    static SHARED: OnceCell<Shared> = const { OnceCell::new() };
}

/// A component's handle on the page's paper, letterhead and signers.
#[derive(Clone, Copy)]
pub struct Office {
    /// The paper chosen.
    pub paper: RwSignal<PaperSize>,
    /// Letterhead, number, place, signers.
    pub settings: RwSignal<OfficeSettings>,
    /// The logo as a data URL.
    pub logo: RwSignal<Logo>,
    keys: &'static Keys,
}

/// The page's record, read from the device on first use (the first caller's keys win: one
/// page per document).
pub fn office(keys: &'static Keys) -> Office {
    let shared = SHARED.with(|cell| {
        cell.get_or_init(|| Shared {
            paper: ArcRwSignal::new(PaperSize::from_stored(browser::load(PAPER_KEY).as_deref())),
            settings: ArcRwSignal::new(OfficeSettings::from_stored(
                browser::load(keys.settings).as_deref(),
            )),
            logo: ArcRwSignal::new(Logo(stored_logo(browser::load(keys.logo).as_deref()))),
            keys,
        })
        .clone()
    });
    // Handles owned by the calling component; the values live with the page.
    Office {
        paper: shared.paper.into(),
        settings: shared.settings.into(),
        logo: shared.logo.into(),
        keys: shared.keys,
    }
}

impl Office {
    /// `<link rel="stylesheet">` to the page's office stylesheet, if it does not link it
    /// itself: a link in the body is applied like one in the head, and `style-src 'self'`
    /// allows it where an inline style would not be.
    pub fn stylesheet(&self) -> Option<impl IntoView> {
        self.keys
            .stylesheet
            .map(|href| view! { <link rel="stylesheet" href=href /> })
    }

    /// Chooses the paper and keeps it.
    pub fn set_paper(&self, size: PaperSize) {
        self.paper.set(size);
        browser::save(PAPER_KEY, size.code());
    }

    /// Edits the settings and keeps them.
    pub fn edit(&self, f: impl FnOnce(&mut OfficeSettings)) {
        self.settings.update(f);
        self.settings
            .with_untracked(|s| browser::save(self.keys.settings, &s.to_stored()));
    }

    /// Keeps a logo (a checked data URL) or removes it; false when storage refused it.
    pub fn set_logo(&self, logo: Option<String>) -> bool {
        // Removed by writing nothing (read back as no logo): one storage call less in the
        // code shared with the main module.
        let kept = browser::save(self.keys.logo, logo.as_deref().unwrap_or_default());
        if kept {
            self.logo.set(Logo(logo));
        }
        kept
    }

    /// The class that puts the sheet on its named page (paper and language of its footer),
    /// e.g. `page-f4-id` or `page-recap-a4-en` (reactive).
    pub fn page_class(&self, lang: Lang) -> String {
        format!(
            "page-{}{}-{}",
            self.keys.page_prefix,
            self.paper.get().code(),
            lang.code()
        )
    }
}
