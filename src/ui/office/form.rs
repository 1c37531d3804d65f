//! The paper choice and the fold "Kop surat & tanda tangan" beside a page's print button:
//! every field a real `<label for>`, the letterhead and the second signer each in a fieldset
//! of their own. What is typed is kept on the device at once.

use super::{office, Keys, Office};
use crate::codec::office::{
    logo_data_url, LogoError, OfficeSettings, PaperSize, Signer, LOGO_MAX_BYTES,
};
use crate::report::lang::Lang;
use crate::report::texts::office::{logo_problem, office_texts, paper_label, OfficeTexts};
use crate::ui::browser;
use crate::ui::fields::{no_line, SelectField, TextInput};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A signer's role on the page's sheet.
#[derive(Clone, Copy)]
pub struct Role {
    /// Its title on paper ("Kepala Desa") and above its fields.
    pub title: fn(Lang) -> &'static str,
    /// Whether the office may be typed in (else the title is printed).
    pub office_editable: bool,
}

/// The paper-size select (`data-testid="paper-size"`, values `a4` and `f4`).
#[component]
pub fn PaperChoice(
    /// Page language.
    lang: RwSignal<Lang>,
    /// Where the page keeps its choices.
    keys: &'static Keys,
) -> impl IntoView {
    let o = office(keys);
    let options = move || {
        let lang = lang.get();
        PaperSize::ALL
            .into_iter()
            .map(|size| (size.code().to_string(), paper_label(lang, size).to_string()))
            .collect::<Vec<_>>()
    };
    let change = move |v: String| o.set_paper(PaperSize::from_stored(Some(&v)));
    view! {
        {o.stylesheet()}
        <div class="office__paper no-print">
            <SelectField
                id="paper-size".to_string()
                label=Signal::derive(move || office_texts(lang.get()).paper_label.to_string())
                options=Signal::derive(options)
                selected=Signal::derive(move || o.paper.get().code().to_string())
                on_change=Callback::new(change)
            />
        </div>
    }
}

/// A text field of the fold: which part of the settings it edits.
#[derive(Clone, Copy)]
enum Field {
    Government,
    Kecamatan,
    Desa,
    Address,
    Number,
    Place,
    /// The office, name or NIP of the page's signer `usize`.
    Signer(usize, Part),
    /// The office, name or NIP of the second signer ("Mengetahui,").
    Acknowledger(Part),
}

/// A part of a signer.
#[derive(Clone, Copy)]
enum Part {
    Office,
    Name,
    Nip,
}

impl Part {
    fn of(self, s: &mut Signer) -> &mut String {
        match self {
            Part::Office => &mut s.office,
            Part::Name => &mut s.name,
            Part::Nip => &mut s.nip,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Part::Office => "office",
            Part::Name => "name",
            Part::Nip => "nip",
        }
    }

    fn label(self, t: &OfficeTexts) -> &'static str {
        match self {
            Part::Office => t.office,
            Part::Name => t.name,
            Part::Nip => t.nip,
        }
    }
}

impl Field {
    /// The text it edits (None: a signer beyond the page's roles).
    fn text(self, s: &mut OfficeSettings) -> Option<&mut String> {
        Some(match self {
            Field::Government => &mut s.letterhead.government,
            Field::Kecamatan => &mut s.letterhead.kecamatan,
            Field::Desa => &mut s.letterhead.desa,
            Field::Address => &mut s.letterhead.address,
            Field::Number => &mut s.number,
            Field::Place => &mut s.place,
            Field::Signer(i, part) => part.of(s.signer_mut(i)?),
            Field::Acknowledger(part) => part.of(&mut s.acknowledger),
        })
    }

    /// Its element id, also its test hook.
    fn id(self) -> String {
        match self {
            Field::Government => "office-government".into(),
            Field::Kecamatan => "office-kecamatan".into(),
            Field::Desa => "office-desa".into(),
            Field::Address => "office-address".into(),
            Field::Number => "office-number".into(),
            Field::Place => "office-place".into(),
            Field::Signer(i, part) => format!("office-signer-{i}-{}", part.code()),
            Field::Acknowledger(part) => format!("office-ack-{}", part.code()),
        }
    }

    fn label(self, t: &OfficeTexts) -> &'static str {
        match self {
            Field::Government => t.government,
            Field::Kecamatan => t.kecamatan,
            Field::Desa => t.desa,
            Field::Address => t.address,
            Field::Number => t.number,
            Field::Place => t.place,
            Field::Signer(_, part) | Field::Acknowledger(part) => part.label(t),
        }
    }

    fn example(self, t: &OfficeTexts) -> &'static str {
        match self {
            Field::Government => t.government_example,
            Field::Kecamatan => t.kecamatan_example,
            Field::Desa => t.desa_example,
            Field::Place => t.place_example,
            Field::Signer(_, Part::Office) | Field::Acknowledger(Part::Office) => {
                t.acknowledger_office_example
            }
            _ => "",
        }
    }
}

/// One text field of the fold (the shared [`TextInput`]); what is typed is kept at once.
fn text_field(o: Office, lang: RwSignal<Lang>, field: Field) -> impl IntoView {
    let tx = move |f: fn(Field, &OfficeTexts) -> &'static str| {
        Signal::derive(move || f(field, office_texts(lang.get())).to_string())
    };
    TextInput {
        id: field.id().into(),
        label: tx(Field::label),
        text: move || {
            o.settings
                .with(|s| field.text(&mut s.clone()).map(|t| t.clone()))
                .unwrap_or_default()
        },
        on_input: move |v: String| {
            o.edit(|s| {
                if let Some(t) = field.text(s) {
                    *t = v;
                }
            });
        },
        invalid: || false,
        error: no_line,
        warning: no_line,
        hint: None,
        inputmode: "text",
        placeholder: Some(tx(Field::example)),
        maxlength: "160",
        on_commit: || {},
    }
    .view()
}

/// Office (when it may be typed), name and NIP of one signer.
fn signer_fields(
    o: Office,
    lang: RwSignal<Lang>,
    legend: String,
    office_editable: bool,
    field: fn(Part) -> Field,
    testid: String,
) -> impl IntoView {
    let office_field = office_editable.then(|| text_field(o, lang, field(Part::Office)));
    view! {
        <fieldset class="office__group" data-testid=testid>
            <legend>{legend}</legend>
            {office_field}
            {text_field(o, lang, field(Part::Name))}
            {text_field(o, lang, field(Part::Nip))}
        </fieldset>
    }
}

/// The logo: a file input, what happened to the last file, and a button to remove it.
fn logo_field(o: Office, lang: RwSignal<Lang>) -> impl IntoView {
    // The last file's problem (None: accepted or none chosen).
    let problem: RwSignal<Option<Problem>> = RwSignal::new(None);
    let choose = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let outcome = if file.size() > LOGO_MAX_BYTES as f64 {
                Err(Problem::Logo(LogoError::TooLarge(file.size() as usize)))
            } else {
                match browser::file_bytes(&file).await {
                    None => Err(Problem::Unreadable),
                    Some(bytes) => logo_data_url(&bytes).map_err(Problem::Logo),
                }
            };
            let kept = outcome.and_then(|url| {
                if o.set_logo(Some(url)) {
                    Ok(())
                } else {
                    Err(Problem::Unreadable)
                }
            });
            problem.set(kept.err());
        });
    };
    let message = move || {
        let lang = lang.get();
        let t = office_texts(lang);
        match problem.get() {
            Some(Problem::Logo(p)) => Some(
                view! {
                    <p class="alert alert--warn" role="alert" data-testid="office-logo-problem">
                        {logo_problem(lang, p)}
                    </p>
                }
                .into_any(),
            ),
            Some(Problem::Unreadable) => Some(
                view! {
                    <p class="alert alert--warn" role="alert" data-testid="office-logo-problem">
                        {t.logo_unreadable}
                    </p>
                }
                .into_any(),
            ),
            None => o.logo.with(|l| l.0.is_some()).then(|| {
                view! {
                    <p class="note" data-testid="office-logo-kept">
                        {t.logo_kept}
                        " "
                        <button
                            type="button"
                            class="btn btn--quiet btn--small"
                            data-testid="office-logo-remove"
                            on:click=move |_| {
                                o.set_logo(None);
                            }
                        >
                            {t.logo_remove}
                        </button>
                    </p>
                }
                .into_any()
            }),
        }
    };
    view! {
        <div class="field">
            <label class="field__label" for="office-logo">
                {move || office_texts(lang.get()).logo}
            </label>
            <input
                class="field__input"
                type="file"
                id="office-logo"
                data-testid="office-logo"
                accept="image/png,image/jpeg"
                on:change=choose
            />
            <div aria-live="polite">{message}</div>
        </div>
    }
}

/// Why the last logo file was not kept.
#[derive(Clone, Copy)]
enum Problem {
    Logo(LogoError),
    Unreadable,
}

/// The fold "Kop surat & tanda tangan": letterhead, letter number, place, the page's signers
/// and the second signer ("Mengetahui,").
#[component]
pub fn OfficeFields(
    /// Page language.
    lang: RwSignal<Lang>,
    /// Where the page keeps its choices.
    keys: &'static Keys,
    /// The page's signers, in the sheet's order.
    roles: &'static [Role],
) -> impl IntoView {
    let o = office(keys);
    let tx = move |f: fn(&OfficeTexts) -> &'static str| move || f(office_texts(lang.get()));
    let signers = move || {
        let lang_now = lang.get();
        roles
            .iter()
            .enumerate()
            .map(|(i, role)| {
                // Up to SIGNERS_MAX roles: a fn pointer per index keeps one copy of the code.
                const SIGNER: [fn(Part) -> Field; 3] = [
                    |p| Field::Signer(0, p),
                    |p| Field::Signer(1, p),
                    |p| Field::Signer(2, p),
                ];
                SIGNER.get(i).map(|&field| {
                    signer_fields(
                        o,
                        lang,
                        (role.title)(lang_now).to_string(),
                        role.office_editable,
                        field,
                        format!("signer-{i}"),
                    )
                })
            })
            .collect_view()
    };
    view! {
        <details class="office no-print" data-testid="office-fold">
            <summary>{tx(|t| t.fold_title)}</summary>
            <p class="note">{tx(|t| t.fold_note)}</p>
            <fieldset class="office__group" data-testid="letterhead">
                <legend>{tx(|t| t.letterhead)}</legend>
                {[Field::Government, Field::Kecamatan, Field::Desa, Field::Address]
                    .map(|f| text_field(o, lang, f))
                    .collect_view()}
                {logo_field(o, lang)}
            </fieldset>
            <fieldset class="office__group">
                <legend>{tx(|t| t.signers)}</legend>
                {[Field::Number, Field::Place].map(|f| text_field(o, lang, f)).collect_view()}
                {signers}
            </fieldset>
            {move || signer_fields(
                o,
                lang,
                office_texts(lang.get()).acknowledger.to_string(),
                true,
                Field::Acknowledger,
                "second-signer".to_string(),
            )}
        </details>
    }
}
