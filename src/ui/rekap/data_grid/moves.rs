//! Moving between the grid's cells from the keyboard, as in a spreadsheet: the cell above,
//! below, left or right of an input, found through the table's rows and cells.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// A step from one cell to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The row above.
    Up,
    /// The row below.
    Down,
    /// The column left.
    Left,
    /// The column right.
    Right,
}

/// The input of the cell one `step` from `input`'s, if there is one (none past the page's
/// first or last row or the last column).
pub fn neighbour(input: &HtmlInputElement, step: Step) -> Option<HtmlInputElement> {
    let cell = input.parent_element()?;
    let target = match step {
        Step::Left => cell.previous_element_sibling()?,
        Step::Right => cell.next_element_sibling()?,
        Step::Up | Step::Down => {
            let row = cell.parent_element()?;
            let other = if step == Step::Up {
                row.previous_element_sibling()?
            } else {
                row.next_element_sibling()?
            };
            other
                .query_selector(&format!(":scope > :nth-child({})", position(&cell)))
                .ok()??
        }
    };
    target
        .query_selector("input")
        .ok()??
        .dyn_into::<HtmlInputElement>()
        .ok()
}

/// The cell's place among its row's cells, from 1 (as `:nth-child` counts).
fn position(cell: &Element) -> usize {
    let mut n = 1;
    let mut at = cell.previous_element_sibling();
    while let Some(e) = at {
        n += 1;
        at = e.previous_element_sibling();
    }
    n
}

/// The caret's place in UTF-16 units: (start, end, length).
fn caret(input: &HtmlInputElement) -> (u32, u32, u32) {
    let len = u32::try_from(input.value().encode_utf16().count()).unwrap_or(u32::MAX);
    let start = input.selection_start().ok().flatten().unwrap_or(0);
    let end = input.selection_end().ok().flatten().unwrap_or(len);
    (start, end, len)
}

/// True when ← leaves the cell: the caret at the start, or the whole text selected.
pub fn leaves_left(input: &HtmlInputElement) -> bool {
    let (start, end, len) = caret(input);
    start == 0 && (end == 0 || end == len)
}

/// True when → leaves the cell: the caret at the end, or the whole text selected.
pub fn leaves_right(input: &HtmlInputElement) -> bool {
    let (start, end, len) = caret(input);
    end == len && (start == len || start == 0)
}
