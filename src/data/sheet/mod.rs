//! The spreadsheet path into the widget: an author writes milestones and
//! indicators as two sheets (cells pasted from Excel, LibreOffice or Google
//! Sheets, or a CSV file), and they become the JSON file the widget reads,
//! checked by the widget's own validator, with every problem shown at the
//! cell it came from. The columns are documented in `docs/spreadsheet.md`.
//!
//! `cells` splits text into rows, `columns` says what each header means
//! and where a JSON path lies in a row, `read` builds and validates the
//! JSON, `problems` words what is wrong where, `write` turns a dataset
//! back into the two sheets, and `from_json` a data file as it is
//! written. Nothing here is on the reader's path: only the editor calls it.

pub mod cells;
pub mod columns;
pub mod from_json;
pub mod problems;
pub mod read;
pub mod write;

pub use columns::{Column, SheetKind};
pub use from_json::sheet_from_json;
pub use problems::{CellRef, Place, SheetProblem, SheetProblemKind};
pub use read::{read_sheets, SheetOutcome};
pub use write::{indicators_sheet, milestones_sheet, Sheet};
