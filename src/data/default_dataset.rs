//! The Tiexi 2025 dataset that ships inside the widget.

use super::model::Dataset;
use super::validate::{parse_dataset, Checked};

/// The built-in data file, as JSON: `data/tiexi-2025.json` without the
/// whitespace between its tokens (build.rs), which every reader would
/// download in the Wasm. The readable file is published as
/// `dist/tiexi-2025.json`, for newsrooms to start their own from.
pub const DEFAULT_DATASET_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/tiexi-2025.json"));

/// Parses the built-in dataset. It is validated by the same code as any
/// other file; a test keeps it free of errors and warnings.
pub fn default_dataset() -> Checked {
    parse_dataset(DEFAULT_DATASET_JSON.as_bytes())
}

/// The built-in dataset, or `None` if it was ever broken (a test forbids it).
pub fn default_dataset_or_none() -> Option<Dataset> {
    default_dataset().dataset
}
