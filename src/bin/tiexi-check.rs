//! The checker: a Wasm of its own that reads and validates a data file the
//! page supplies (`src` or inline JSON) and hands the outcome to the reader
//! as bytes (`data::wire`). The reader's own Wasm holds no JSON parser, no
//! validation and no problem messages, so readers of an article that shows
//! the built-in dataset never download them; the loader fetches this module
//! only for a widget given data of its own.

use tiexi_infographic::data::{parse_dataset, wire};
use wasm_bindgen::prelude::*;

/// Reads `json` and returns the dataset or its problems, in the wire form
/// the reader's `Widget::use_checked` takes.
#[wasm_bindgen]
pub fn check(json: &str) -> Vec<u8> {
    // No source hash: only the committed built-in wire file is compared
    // with its source (build.rs), never a page's data.
    wire::encode(&parse_dataset(json.as_bytes()), b"")
}

/// Nothing runs at start; the loader calls `check`.
fn main() {}
