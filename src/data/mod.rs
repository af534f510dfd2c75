//! The article's data: the model, its JSON format and validation, the
//! built-in Tiexi dataset, value formatting and the UI strings. Nothing here
//! touches the DOM, so all of it is tested natively.

pub mod chart_rules;
pub mod contract;
pub mod date;
pub mod default_dataset;
pub mod export;
pub mod figures_in_text;
pub mod file_name;
pub mod format;
pub mod json;
pub mod json_echo;
pub mod lang;
pub mod locale;
pub mod model;
pub mod order;
pub mod problem;
// Only the editor reads sheets. The reader's Wasm is built without them, so
// no code on the reader's path can come to call them and the reader's
// bytes stay as they are (checked: the same Wasm, byte for byte).
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub mod sheet;
pub mod text_rules;
pub mod validate;
pub mod wire;

pub use date::{DatePoint, PartialDate, Precision};
pub use lang::{Lang, Localized};
pub use model::*;
pub use problem::{Problem, ProblemKind, Severity};
pub use validate::{parse_dataset, Checked};
