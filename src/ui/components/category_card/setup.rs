//! The card's folded choices: oldest age, scheme, programs, risk class or sector, and the
//! funding source, with a summary of what is chosen.

use crate::calc::category::{FundingSource, Scheme};
use crate::calc::plan::{CategoryEdit, MAX_AGE};
use crate::calc::rates::{RiskClass, Sector};
use crate::codec::input::parse_optional_whole_in;
use crate::report::texts::names::source_name;
use crate::report::texts::page::setup_summary;
use crate::ui::card_state::Card;
use crate::ui::fields::{CheckField, SelectField, TextField};
use crate::ui::folds::{fold_body, Fold};
use crate::ui::shared::shared;
use crate::ui::state::{tr_later, tr_later_signal};
use leptos::prelude::*;

/// "Skema & program: PU · JKK + JKM · Dana Desa" and the choices under it.
#[component(transparent)]
pub fn Setup(
    /// The card.
    card: Card,
) -> impl IntoView {
    let state = card.state;
    let cat = move || card.cat();
    // What is chosen, readable while the choices are folded away.
    let chosen = move || setup_summary(state.lang.get(), &cat());
    view! {
        <details class="more">
            <summary>{shared(chosen)}</summary>
            {fold_body(Fold::Setup(card))}
        </details>
    }
}

/// The choices under the fold (a part of their own, `ui::folds`).
pub fn setup_fields(card: Card) -> impl IntoView {
    let state = card.state;
    let cat = move || card.cat();
    let is_pu = move || card.is_pu();
    view! {
        <TextField
            lang=state.lang
            on_invalid=state.field_marker()
            id=card.field("oldest-age")
            label=tr_later_signal(|t| t.oldest_age)
            value=card.shown(|c| c.oldest_age.map(|a| a.to_string()).unwrap_or_default())
            on_text=Callback::new(move |text: String| {
                match parse_optional_whole_in(&text, 0, MAX_AGE.into()) {
                    Ok(age) => {
                        let age = age.and_then(|a| u8::try_from(a).ok());
                        card.edit(CategoryEdit::OldestAge(age));
                        None
                    }
                    Err(e) => Some(e),
                }
            })
            hint=tr_later_signal(|t| t.oldest_age_hint)
            inputmode="numeric"
        />
        <SelectField
            id=card.field("scheme")
            label=tr_later_signal(|t| t.scheme)
            options=Signal::derive(move || {
                Scheme::ALL
                    .map(|s| {
                        let label = if s == Scheme::Pu {
                            state.later().scheme_pu
                        } else {
                            state.later().scheme_bpu
                        };
                        (s.code().to_string(), label.to_string())
                    })
                    .to_vec()
            })
            selected=Signal::derive(move || cat().scheme.code().to_string())
            // Plan::apply resets the base; the base field shows it by itself.
            on_change=card.choose(|v| Scheme::from_code(v).map(CategoryEdit::Scheme))
        />
        <fieldset class="programs">
            <legend>{tr_later(|t| t.programs)}</legend>
            <p class="programs__fixed">{tr_later(|t| t.jkk_jkm_always)}</p>
            <CheckField
                id=card.field("jht")
                label=tr_later_signal(|t| t.jht)
                checked=Signal::derive(move || cat().jht)
                on_change=Callback::new(move |on| card.edit(CategoryEdit::Jht(on)))
            />
            <Show when=is_pu>
                <CheckField
                    id=card.field("jp")
                    label=tr_later_signal(|t| t.jp)
                    checked=Signal::derive(move || cat().jp)
                    on_change=Callback::new(move |on| card.edit(CategoryEdit::Jp(on)))
                />
            </Show>
        </fieldset>
        <div class="row">
            <Show
                when=is_pu
                fallback=move || {
                    view! {
                        <SelectField
                            id=card.field("sector")
                            label=tr_later_signal(|t| t.sector)
                            options=Signal::derive(move || {
                                [
                                    (Sector::Other, state.later().sector_other),
                                    (Sector::Transport, state.later().sector_transport),
                                ]
                                    .map(|(s, label)| (s.code().to_string(), label.to_string()))
                                    .to_vec()
                            })
                            selected=Signal::derive(move || cat().sector.code().to_string())
                            on_change=card
                                .choose(|v| {
                                    Some(
                                        CategoryEdit::Sector(
                                            Sector::from_code(v).unwrap_or(Sector::Other),
                                        ),
                                    )
                                })
                        />
                    }
                }
            >
                <SelectField
                    id=card.field("risk")
                    label=tr_later_signal(|t| t.risk_class)
                    options=Signal::derive(move || {
                        RiskClass::ALL
                            .iter()
                            .map(|r| (r.code().to_string(), r.roman().to_string()))
                            .collect::<Vec<_>>()
                    })
                    selected=Signal::derive(move || cat().risk_class.code().to_string())
                    on_change=card.choose(|v| RiskClass::from_code(v).map(CategoryEdit::RiskClass))
                />
            </Show>
            <SelectField
                id=card.field("funding")
                label=tr_later_signal(|t| t.funding)
                options=Signal::derive(move || {
                    let lang = state.lang.get();
                    FundingSource::ALL
                        .iter()
                        .map(|s| (s.code().to_string(), source_name(lang, *s).to_string()))
                        .collect::<Vec<_>>()
                })
                selected=Signal::derive(move || cat().funding.code().to_string())
                on_change=card.choose(|v| FundingSource::from_code(v).map(CategoryEdit::Funding))
                hint=tr_later_signal(|t| t.funding_hint)
            />
        </div>
    }
}
