//! Reads a data file into a `Dataset`, collecting every problem with its JSON
//! path instead of stopping at the first. The walk is by hand over our own
//! `json::Value` (not derived) because derived deserializers stop at the
//! first error and cannot say which array element was wrong.

use super::json::{self, Object, Value};
use super::lang::Lang;
use super::model::*;
use super::problem::{Problem, ProblemKind, Severity};
use super::text_rules::field_path;
use ids::{Seen, Targets};

mod dataset;
mod fields;
mod ids;
mod items;
mod links;

/// Caps that keep a hostile or broken file from freezing a reader's phone.
pub mod limits {
    /// Largest accepted file.
    pub const MAX_BYTES: usize = 4 * 1024 * 1024;
    /// Longest accepted string, in characters.
    pub const MAX_CHARS: usize = 2000;
    /// Most categories.
    pub const MAX_CATEGORIES: usize = 12;
    /// Most indicators.
    pub const MAX_INDICATORS: usize = 100;
    /// Most milestones (the timeline is built for thousands).
    pub const MAX_MILESTONES: usize = 20_000;
    /// Most sources per item, parts per indicator, and links per item.
    pub const MAX_SMALL_LIST: usize = 20;
    /// Most problems reported one by one; the rest are counted in one more.
    pub const MAX_PROBLEMS: usize = 100;
    /// Most periods in a `streak` (one cell each).
    pub const MAX_STREAK: usize = 60;
    /// Most icons in one part of a `units` chart.
    pub const MAX_UNITS_PER_PART: usize = 40;
    /// Most icons in a `pictogram`.
    pub const MAX_PICTOGRAM_ICONS: usize = 40;
    /// Largest batch (cells) in a `batch` chart.
    pub const MAX_BATCH: usize = 400;
    /// Most reference cells an `area` square may cover: a 20 × 20 grid, whose
    /// cells are still a few pixels wide on a card.
    pub const MAX_AREA_CELLS: usize = 400;
}

/// The outcome of reading a file: the dataset if no error was found, and every
/// problem (warnings included) either way.
#[derive(Debug)]
pub struct Checked {
    /// The dataset, when there were no errors.
    pub dataset: Option<Dataset>,
    /// Every problem, in document order.
    pub problems: Vec<Problem>,
}

impl Checked {
    /// Only the problems that stop the data from being shown.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity() == Severity::Error)
    }

    /// Only the warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity() == Severity::Warning)
    }
}

/// Reads and validates a data file.
pub fn parse_dataset(bytes: &[u8]) -> Checked {
    // A byte order mark is not JSON, but editors on Windows write one and a
    // browser drops it when it decodes a fetched file: accept it likewise.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let fail = |kind| Checked { dataset: None, problems: vec![Problem { path: "$".into(), kind }] };
    if bytes.len() > limits::MAX_BYTES {
        return fail(ProblemKind::FileTooLarge { bytes: bytes.len(), limit: limits::MAX_BYTES });
    }
    match json::parse(bytes) {
        Ok(value) => validate(&value),
        Err(e) => fail(ProblemKind::Syntax { line: e.line, column: e.column, detail: e.error }),
    }
}

/// Validates a value built with serde_json (by the editor and the tests),
/// as if it had been read from its JSON text.
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub fn validate_value(root: &serde_json::Value) -> Checked {
    validate(&root.into())
}

/// Validates an already parsed JSON value.
pub fn validate(root: &Value) -> Checked {
    let mut r = Reader::default();
    let dataset = r.dataset(root);
    let has_errors = r.omitted_errors > 0 || r.problems.iter().any(|p| p.severity() == Severity::Error);
    if r.omitted > 0 {
        let kind = ProblemKind::MoreProblems { count: r.omitted, errors: r.omitted_errors };
        r.problems.push(Problem { path: "$".into(), kind });
    }
    Checked { dataset: if has_errors { None } else { dataset }, problems: r.problems }
}

const ROOT_FIELDS: &[&str] = &["$schema", "version", "meta", "categories", "indicators", "milestones"];
const META_FIELDS: &[&str] = &["title", "subtitle", "source", "default_language", "period", "ui"];
const SOURCE_FIELDS: &[&str] = &["title", "publication", "author", "url", "published"];
const CATEGORY_FIELDS: &[&str] = &["id", "name", "color"];
const INDICATOR_FIELDS: &[&str] = &[
    "id",
    "value",
    "unit",
    "format",
    "qualifier",
    "label",
    "description",
    "category",
    "source",
    "chart",
    "parts",
    "reference",
    "period",
    "milestones",
];
const MILESTONE_FIELDS: &[&str] =
    &["id", "date", "title", "description", "category", "source", "importance", "indicators"];
const REF_FIELDS: &[&str] = &["kind", "note", "date", "url"];
const PART_FIELDS: &[&str] = &["label", "value", "qualifier"];

/// An optional field read as `Some(valid)` when present: `Some(None)` when
/// absent, `None` when present but invalid (already reported).
fn present<T>(field: Option<Option<T>>) -> Option<Option<T>> {
    match field {
        None => Some(None),
        Some(v) => v.map(Some),
    }
}

/// An object being read: reports unknown keys once, and missing ones on ask.
struct Obj<'a> {
    map: &'a Object,
    path: String,
}

impl<'a> Obj<'a> {
    fn at(&self, key: &str) -> String {
        field_path(&self.path, key)
    }
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
    default_lang: Option<Lang>,
    /// Problems found past `MAX_PROBLEMS`, counted instead of listed (a
    /// file of a million unknown keys must not make a million messages).
    omitted: usize,
    /// How many of those stop the data from being shown.
    omitted_errors: usize,
}

/// A milestone before links are resolved (links need every id first).
struct RawMilestone {
    m: Milestone,
    links: Vec<(String, String)>,
}

impl Reader {
    /// Not generic over the path's type: one copy of this in the Wasm.
    pub(super) fn report(&mut self, path: &str, kind: ProblemKind) {
        let problem = Problem { path: path.to_owned(), kind };
        if self.problems.len() < limits::MAX_PROBLEMS {
            self.problems.push(problem);
            return;
        }
        self.omitted += 1;
        // Past the cap an error takes the place of the last warning kept
        // (counted instead), so a file that is refused always lists why;
        // it comes after every problem kept, so the order stays the file's.
        // (Only an error looks for one: at most one scan of the hundred kept
        // per error past the cap.)
        let is_error = problem.severity() == Severity::Error;
        let warning = is_error.then(|| self.problems.iter().rposition(|p| p.severity() == Severity::Warning));
        match warning.flatten() {
            Some(at) => {
                self.problems.remove(at);
                self.problems.push(problem);
            }
            _ => self.omitted_errors += usize::from(is_error),
        }
    }
}
