//! The grid "Isi data desa": each village's counts, ADD, total belanja and siltap typed or
//! pasted in place as in a spreadsheet, kept as edits of the work (`codec::village_edits`), so
//! the totals, exports and prints follow at once. A page of rows at a time, like the village
//! table; the keys and the paste are handled once for the whole table.

mod moves;

use super::after_frame::AfterFrame;
use super::controls::{kecamatan_choices, more_button, PAGE};
use super::rekap_state::{use_rekap, RekapState};
use crate::calc::rekap::village::VillageRow;
use crate::codec::input::InputError;
use crate::codec::paste::{self, Placement};
use crate::codec::rekap_files::Work;
use crate::codec::village_edits::{self, Edits, EDITABLE};
use crate::report::texts::rekap_grid::{
    editable_name, grid_texts, paste_problem, pasted, typed_bad,
};
use crate::ui::fields::SharedSelectField;
use leptos::ev::{ClipboardEvent, Event, FocusEvent, KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use moves::{leaves_left, leaves_right, neighbour, Step};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// Entries and pastes that can be undone.
const UNDO_LEVELS: usize = 20;

/// What the grid last has to say.
#[derive(Clone, Debug, PartialEq)]
enum Note {
    /// A typed value that did not read (the cell keeps `kept`).
    Typed {
        nama: String,
        column: &'static str,
        text: String,
        error: InputError,
        kept: String,
    },
    /// What a paste set and could not.
    Pasted(Placement),
    /// The last entry or paste was undone.
    Undone,
}

/// The grid's state, shared by its handlers.
#[derive(Clone, Copy)]
struct Grid {
    state: RekapState,
    note: RwSignal<Option<Note>>,
    history: StoredValue<Vec<Edits>>,
    undo_depth: RwSignal<usize>,
    /// Rows of `Parsed::rows` shown, in order (all pages).
    order: Memo<Vec<usize>>,
}

/// The input a grid event is on, with its kode desa and column.
fn cell_of(
    target: Option<web_sys::EventTarget>,
) -> Option<(HtmlInputElement, String, &'static str)> {
    let input = target?.dyn_into::<HtmlInputElement>().ok()?;
    let kode = input.get_attribute("data-kode").filter(|k| !k.is_empty())?;
    let column = input.get_attribute("data-column")?;
    let column = EDITABLE.into_iter().find(|c| *c == column)?;
    Some((input, kode, column))
}

impl Grid {
    /// Changes the edits, keeping the ones before for "Urungkan".
    fn change(&self, f: impl FnOnce(&mut Work)) {
        let before = self.state.work.with_untracked(|w| w.edits.clone());
        self.history.update_value(|h| {
            h.push(before);
            if h.len() > UNDO_LEVELS {
                h.remove(0);
            }
        });
        self.undo_depth.set(self.history.with_value(Vec::len));
        self.state.work.update(f);
    }

    /// Takes back the last entry or paste.
    fn undo(&self) {
        let Some(edits) = self.history.try_update_value(Vec::pop).flatten() else {
            return;
        };
        self.state.work.update(|w| w.edits = edits);
        self.undo_depth.set(self.history.with_value(Vec::len));
        self.note.set(Some(Note::Undone));
    }

    /// The village's name and the cell's value as shown; `input` is the cell, whose row
    /// (`data-i`) is looked at first.
    fn committed(&self, input: &HtmlInputElement, kode: &str, column: &str) -> (String, String) {
        let at: Option<usize> = input.get_attribute("data-i").and_then(|i| i.parse().ok());
        self.state.parsed.with_untracked(|p| {
            at.and_then(|i| p.rows.get(i))
                .filter(|r| r.kode.trim() == kode)
                .or_else(|| p.rows.iter().find(|r| r.kode.trim() == kode))
                .map(|r| {
                    let shown = village_edits::value(r, column)
                        .map(village_edits::shown)
                        .unwrap_or_default();
                    (r.nama.clone(), shown)
                })
                .unwrap_or_default()
        })
    }

    /// True while the input holds text not yet kept.
    fn editing(&self, input: &HtmlInputElement, kode: &str, column: &str) -> bool {
        input.value().trim() != self.committed(input, kode, column).1
    }

    /// Keeps what was typed in `input`, or says why not and shows the value kept.
    fn type_in(&self, input: &HtmlInputElement, kode: &str, column: &'static str) {
        let text = input.value();
        let (nama, kept) = self.committed(input, kode, column);
        let same = self.state.work.with_untracked(|w| {
            w.edits
                .get(kode)
                .and_then(|c| c.get(column))
                .map(String::as_str)
                == Some(text.trim())
        });
        if same || text.trim() == kept {
            return;
        }
        match village_edits::read(column, &text) {
            Ok(_) => {
                self.change(|w| w.set_edit(kode, column, &text));
                // The value as read ("06" shows 6), also where the row's figures stay the same
                // and so the cell is not redrawn.
                input.set_value(&self.committed(input, kode, column).1);
                if !matches!(self.note.get_untracked(), Some(Note::Pasted(_))) {
                    self.note.set(None);
                }
            }
            Err(error) => {
                input.set_value(&kept);
                self.note.set(Some(Note::Typed {
                    nama,
                    column,
                    text: text.trim().chars().take(40).collect(),
                    error,
                    kept,
                }));
            }
        }
    }

    /// Fills the pasted block from the cell of `input` down the rows shown and right.
    fn paste(&self, input: &HtmlInputElement, kode: &str, column: &'static str, text: &str) {
        let block = paste::cells(text);
        if block.rows.is_empty() {
            return;
        }
        if block.is_single() {
            let value = block
                .rows
                .first()
                .and_then(|r| r.first())
                .cloned()
                .unwrap_or_default();
            input.set_value(value.trim());
            self.type_in(input, kode, column);
            return;
        }
        let index: Option<usize> = input.get_attribute("data-i").and_then(|i| i.parse().ok());
        let kodes: Vec<Option<String>> = self.state.parsed.with_untracked(|p| {
            self.order.with_untracked(|order| {
                let from = order
                    .iter()
                    .position(|i| Some(*i) == index)
                    .unwrap_or(order.len());
                order
                    .get(from..)
                    .unwrap_or_default()
                    .iter()
                    .map(|i| {
                        p.rows
                            .get(*i)
                            .map(|r| r.kode.trim().to_string())
                            .filter(|k| !k.is_empty())
                    })
                    .collect()
            })
        });
        let rows: Vec<Option<&str>> = kodes.iter().map(Option::as_deref).collect();
        let first = EDITABLE.iter().position(|c| *c == column).unwrap_or(0);
        let placement = paste::place(&block, &rows, first);
        if !placement.cells.is_empty() {
            self.change(|w| {
                for c in &placement.cells {
                    w.set_edit(&c.kode, c.column, &c.text);
                }
            });
        }
        self.note.set(Some(Note::Pasted(placement)));
    }

    /// The spreadsheet keys: Enter and the arrows move, Esc takes back the typing, Ctrl+Z
    /// undoes the last entry when nothing is being typed.
    fn key(&self, ev: &KeyboardEvent) {
        let key = ev.key();
        let undo_key = (ev.ctrl_key() || ev.meta_key())
            && !ev.alt_key()
            && !ev.shift_key()
            && key.eq_ignore_ascii_case("z");
        let Some((input, kode, column)) = cell_of(ev.target()) else {
            if undo_key {
                ev.prevent_default();
                self.undo();
            }
            return;
        };
        if undo_key {
            if !self.editing(&input, &kode, column) {
                ev.prevent_default();
                self.undo();
            }
            return;
        }
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let step = match key.as_str() {
            "Enter" if ev.shift_key() => Some(Step::Up),
            "Enter" | "ArrowDown" => Some(Step::Down),
            "ArrowUp" => Some(Step::Up),
            "ArrowLeft" if leaves_left(&input) => Some(Step::Left),
            "ArrowRight" if leaves_right(&input) => Some(Step::Right),
            "Escape" => {
                input.set_value(&self.committed(&input, &kode, column).1);
                input.select();
                None
            }
            _ => None,
        };
        let Some(step) = step else { return };
        match neighbour(&input, step) {
            // Leaving the cell keeps what was typed (its change event).
            Some(next) => {
                ev.prevent_default();
                let _ = next.focus();
                next.select();
            }
            // Enter on the last row keeps it in place.
            None if key == "Enter" => self.type_in(&input, &kode, column),
            None => {}
        }
    }
}

/// The grid's height in rows drawn at once: its window is 70 % of the screen high
/// (`.grid-wrap`) and a row at least `ROW_PX` high, so these rows fill it and the rows drawn a
/// frame later never move what is below the grid. Ten when the screen's height is unknown is
/// more than fills a phone's.
fn first_rows() -> usize {
    /// Lower than any row's height (an input of one line and its cell's padding).
    const ROW_PX: f64 = 28.0;
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let rows = (height * 0.7 / ROW_PX).ceil() + 2.0;
    if rows.is_finite() && rows > 10.0 {
        (rows as usize).min(PAGE)
    } else {
        10
    }
}

/// The grid "Isi data desa".
#[component]
pub fn DataGrid() -> impl IntoView {
    let state = use_rekap();
    let kecamatan = RwSignal::new(String::new());
    let limit = RwSignal::new(PAGE);
    let order = Memo::new(move |_| {
        let k = kecamatan.get();
        state.parsed.with(|p| {
            p.rows
                .iter()
                .enumerate()
                .filter(|(_, r)| k.is_empty() || r.kecamatan == k)
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
    });
    let grid = Grid {
        state,
        note: RwSignal::new(None),
        history: StoredValue::new(Vec::new()),
        undo_depth: RwSignal::new(0),
        order,
    };
    // The rows from `from` up to `to` (and the page's limit), keyed for `For`.
    let keys = move |from: usize, to: usize| {
        let lang = state.lang.get_untracked();
        order.with_untracked(|o| {
            state.parsed.with_untracked(|p| {
                o.iter()
                    .take(to.min(limit.get_untracked()))
                    .skip(from)
                    .filter_map(|&i| {
                        let r = p.rows.get(i)?;
                        Some(RowKey {
                            i,
                            kode: r.kode.trim().to_string(),
                            nama: r.nama.trim().to_string(),
                            kecamatan: r.kecamatan.trim().to_string(),
                            lang,
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let track = move || {
        order.track();
        limit.track();
        state.lang.track();
    };
    // The rows that fill the grid's height are drawn with the totals; the rest of the page of
    // rows, which the user scrolls to, a frame later: a file of thousands of villages shows
    // its totals without waiting for a hundred rows of cells.
    let fill = first_rows();
    let first = move || {
        track();
        keys(0, fill)
    };
    let rest_later = AfterFrame::new(track);
    let rest = move || {
        if rest_later.track() {
            keys(fill, usize::MAX)
        } else {
            Vec::new()
        }
    };
    let more = move || order.with(Vec::len) > limit.get();
    let g = move || grid_texts(state.lang.get());
    let on_change = move |ev: Event| {
        if let Some((input, kode, column)) = cell_of(ev.target()) {
            grid.type_in(&input, &kode, column);
        }
    };
    let on_paste = move |ev: ClipboardEvent| {
        let Some((input, kode, column)) = cell_of(ev.target()) else {
            return;
        };
        let Some(text) = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
        else {
            return;
        };
        ev.prevent_default();
        grid.paste(&input, &kode, column, &text);
    };
    let on_key = move |ev: KeyboardEvent| grid.key(&ev);
    // A cell entered is selected whole, as in a spreadsheet, so typing replaces its value; the
    // click that enters it must not put the caret back in the middle (a click in the cell being
    // typed in still places the caret).
    let entering = StoredValue::new(false);
    let on_focus = move |ev: FocusEvent| {
        if let Some((input, _, _)) = cell_of(ev.target()) {
            input.select();
        }
    };
    let on_mousedown = move |ev: MouseEvent| {
        let active = document().active_element();
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        entering.set_value(cell_of(ev.target()).is_some() && active != target);
    };
    let on_mouseup = move |ev: MouseEvent| {
        if entering.get_value() {
            ev.prevent_default();
        }
        entering.set_value(false);
    };
    let headings = move || {
        let lang = state.lang.get();
        EDITABLE
            .into_iter()
            .map(|c| {
                view! {
                    <th scope="col" class="num">
                        {editable_name(lang, c)}
                    </th>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card card--long" aria-labelledby="rekap-grid-h" data-testid="rekap-grid">
            <h2 id="rekap-grid-h">{move || g().section}</h2>
            <p class="note" data-testid="rekap-grid-help">
                {move || g().help}
            </p>
            <div class="row">
                <SharedSelectField
                    id="rekap-grid-kecamatan".to_string()
                    label=Signal::derive(move || state.t().filter_kecamatan.to_string())
                    options=Signal::derive(move || kecamatan_choices(state, state.t().all))
                    selected=kecamatan
                    on_change=Callback::new(move |v| {
                        kecamatan.set(v);
                        limit.set(PAGE);
                    })
                />
                <button
                    type="button"
                    class="btn btn--quiet"
                    data-testid="rekap-undo"
                    disabled=move || grid.undo_depth.get() == 0
                    on:click=move |_| grid.undo()
                >
                    {move || g().undo}
                </button>
            </div>
            <div role="status" aria-live="polite" data-testid="rekap-grid-note">
                {move || note_view(state, grid.note.get())}
                {move || {
                    let n = state.parsed.with(|p| p.edits_unplaced);
                    (n > 0).then(|| view! { <p class="note">{(g().unplaced)(n)}</p> })
                }}
            </div>
            <div
                class="table-wrap grid-wrap"
                tabindex="0"
                role="region"
                aria-label=move || (state.t().table_of)(g().section)
                on:keydown=on_key
                on:focusin=on_focus
                on:mousedown=on_mousedown
                on:mouseup=on_mouseup
                on:change=on_change
                on:paste=on_paste
            >
                <table class="rekap__grid" data-testid="rekap-grid-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || state.t().col_kode}</th>
                            <th scope="col" class="grid__name">
                                {move || state.t().col_nama}
                            </th>
                            <th scope="col">{move || state.t().kecamatan}</th>
                            {headings}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=first key=RowKey::clone children=move |k| row_view(state, k) />
                        <For each=rest key=RowKey::clone children=move |k| row_view(state, k) />
                    </tbody>
                </table>
            </div>
            {more_button(state, limit, "rekap-grid-more", more)}
        </section>
    }
}

/// What a grid row is drawn for: its place in `Parsed::rows`, the village there and the
/// page's language. Rows are keyed by it, so only a cell's value follows the parse: a typed
/// figure redraws the cells it changed, never the rows' names and labels.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct RowKey {
    i: usize,
    kode: String,
    nama: String,
    kecamatan: String,
    lang: crate::report::lang::Lang,
}

/// One village's row: kode, name, kecamatan and a cell per editable column.
fn row_view(state: RekapState, key: RowKey) -> impl IntoView {
    let RowKey {
        i,
        kode,
        nama,
        kecamatan,
        lang,
    } = key;
    let g = grid_texts(lang);
    // The row's cells follow its own row only: a figure typed in another row redraws nothing
    // here. A place that holds another village after a new parse keeps this one's figures
    // until the rows drawn a frame later follow (`first_rows`).
    let own = kode.clone();
    let row = Memo::new(move |old: Option<&Option<VillageRow>>| {
        state.parsed.with(|p| match p.rows.get(i) {
            Some(r) if r.kode.trim() == own => Some(r.clone()),
            _ => old.cloned().flatten(),
        })
    });
    let no_kode = kode.is_empty();
    let kode_text = if no_kode {
        g.no_kode.to_string()
    } else {
        kode.clone()
    };
    let cells = EDITABLE
        .into_iter()
        .map(|column| {
            let value = move || {
                row.with(|r| {
                    r.as_ref()
                        .and_then(|r| village_edits::value(r, column))
                        .map(village_edits::shown)
                        .unwrap_or_default()
                })
            };
            let label = (g.cell_label)(&editable_name(lang, column), &nama);
            let count = matches!(
                village_edits::column_of(column),
                Some(crate::codec::villages_csv::Column::Count(_))
            );
            view! {
                <td>
                    <input
                        class="cell"
                        class:cell--count=count
                        type="text"
                        inputmode=if count { "numeric" } else { "text" }
                        autocomplete="off"
                        spellcheck="false"
                        data-testid="rekap-cell"
                        data-kode=kode.clone()
                        data-column=column
                        data-i=i
                        aria-label=label
                        prop:value=value
                        disabled=no_kode
                    />
                </td>
            }
        })
        .collect_view();
    view! {
        <tr data-testid="rekap-grid-row">
            <td class:note=no_kode>{kode_text}</td>
            <th scope="row">{nama}</th>
            <td>{kecamatan}</td>
            {cells}
        </tr>
    }
}

/// What the grid has to say, in the page's language.
fn note_view(state: RekapState, note: Option<Note>) -> Option<AnyView> {
    let lang = state.lang.get();
    let g = grid_texts(lang);
    Some(match note? {
        Note::Typed {
            nama,
            column,
            text,
            error,
            kept,
        } => view! {
            <p class="alert" data-testid="rekap-grid-problem">
                {typed_bad(lang, &nama, column, &text, &error, &kept)}
            </p>
        }
        .into_any(),
        Note::Pasted(p) => {
            let problems = p
                .problems
                .iter()
                .map(|pr| view! { <li data-testid="rekap-paste-problem">{paste_problem(lang, pr)}</li> })
                .collect_view();
            let more =
                (p.more_problems > 0).then(|| view! { <li>{(g.more)(p.more_problems)}</li> });
            let class = if p.problems.is_empty() {
                "note"
            } else {
                "alert"
            };
            view! {
                <div class=class data-testid="rekap-paste-summary">
                    <p>{pasted(lang, &p)}</p>
                    <ul>{problems} {more}</ul>
                </div>
            }
            .into_any()
        }
        Note::Undone => view! { <p class="note">{g.undone}</p> }.into_any(),
    })
}
