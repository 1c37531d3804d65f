//! Excel workbooks (`.xlsx`) in and out, with no browser type: a small zip container
//! ([`zip`], inflate by `miniz_oxide`), a small XML tokenizer ([`xml`]), the reader ([`read`])
//! and the writer ([`write`]). Proven against `calamine` and `rust_xlsxwriter` in `tests/xlsx.rs`.

pub mod read;
pub mod write;
pub mod xml;
pub mod zip;

pub use read::{read, Cell, ReadError, Sheet};
