//! Sheets → the JSON file the widget reads → the validator, with every
//! problem led back to the cell it came from.

use super::super::lang::Lang;
use super::super::model::Dataset;
use super::super::problem::{ProblemKind, Severity};
use super::super::validate::{limits, parse_dataset};
use super::cells::{detect_delimiter, split, Row, MAX_COLUMNS};
use super::columns::{
    array_index, column_of_path, CellKind, Column, Groups, PartField, SheetKind, SourceField,
};
use super::problems::{CellRef, Place, SheetProblem, SheetProblemKind};
use super::write::needs_apostrophe;
use serde_json::{Map, Number, Value};
use std::collections::BTreeMap;

/// Characters that separate the ids in a links cell (`a, b`, `a、b`, one
/// per line): what authors type between items in either script.
pub const LINK_SEPARATORS: [char; 6] = [',', '，', '、', ';', '；', '\n'];

/// What reading the sheets gave.
#[derive(Debug, PartialEq)]
pub struct SheetOutcome {
    /// The dataset as the JSON file the widget reads: exactly the bytes
    /// that were validated (indented, or compact when indenting would take
    /// it past the 4 MiB cap).
    pub json: String,
    /// The dataset, when neither the sheets nor the validator found an
    /// error.
    pub dataset: Option<Dataset>,
    /// Every problem (warnings included), each at its cell.
    pub problems: Vec<SheetProblem>,
}

impl SheetOutcome {
    /// Only the problems that stop the dataset from being used.
    pub fn errors(&self) -> impl Iterator<Item = &SheetProblem> {
        self.problems.iter().filter(|p| p.severity() == Severity::Error)
    }
}

/// Reads the milestones and indicators sheets (tab- or comma-separated
/// text; `None` keeps what `base` has) into the dataset `base` begins: its
/// `meta` and `categories`, which no sheet holds. The result is validated
/// as the widget would validate the file.
pub fn read_sheets(base: &Value, milestones: Option<&str>, indicators: Option<&str>) -> SheetOutcome {
    let default = base
        .pointer("/meta/default_language")
        .and_then(Value::as_str)
        .and_then(Lang::from_tag)
        .unwrap_or(Lang::ZhHant);
    let mut found = Found::default();
    let mut root = base.as_object().cloned().unwrap_or_default();
    let mut sheets = Vec::new();
    for (kind, text) in [(SheetKind::Milestones, milestones), (SheetKind::Indicators, indicators)] {
        if let Some(text) = text {
            let sheet = read_sheet(kind, text, &mut found);
            root.insert(kind.array().to_owned(), Value::Array(sheet.items.clone()));
            sheets.push(sheet);
        }
    }
    let root = Value::Object(root);
    // Indented for the author to read, unless the indentation alone would
    // push the file past the widget's size cap: the cap is on the data.
    let mut json = serde_json::to_string_pretty(&root).unwrap_or_default() + "\n";
    if json.len() > limits::MAX_BYTES {
        json = serde_json::to_string(&root).unwrap_or_default() + "\n";
    }
    let checked = parse_dataset(json.as_bytes());
    let sheet_errors = found.problems.iter().any(|p| p.severity() == Severity::Error);
    let mut problems = found.problems;
    if found.omitted > 0 {
        let kind = ProblemKind::MoreProblems { count: found.omitted, errors: found.omitted };
        problems.push(SheetProblem { place: Place::Json("$".into()), kind: SheetProblemKind::Data(kind) });
    }
    for problem in checked.problems {
        let kind = match problem.kind {
            // The first use is a JSON path the author never wrote: name its
            // cell instead.
            ProblemKind::DuplicateId { id, first } => {
                let first = match locate(&sheets, &first, default) {
                    Place::Cell(cell) => cell.cell(),
                    Place::Json(path) => path,
                };
                ProblemKind::DuplicateId { id, first }
            }
            kind => kind,
        };
        let place = locate(&sheets, &problem.path, default);
        problems.push(SheetProblem { place, kind: SheetProblemKind::Data(kind) });
    }
    let dataset = if sheet_errors { None } else { checked.dataset };
    SheetOutcome { json, dataset, problems }
}

/// Sheet problems found so far, at most `MAX_PROBLEMS` (a sheet of a
/// thousand unknown headers makes one list, not a thousand messages).
#[derive(Default)]
struct Found {
    problems: Vec<SheetProblem>,
    /// Problems past the cap, counted (every sheet problem is an error).
    omitted: usize,
}

impl Found {
    fn report(&mut self, place: CellRef, kind: SheetProblemKind) {
        if self.problems.len() < limits::MAX_PROBLEMS {
            self.problems.push(SheetProblem { place: Place::Cell(place), kind });
        } else {
            self.omitted += 1;
        }
    }
}

/// How a header cell was read.
#[derive(Clone, Copy, PartialEq)]
enum Header {
    /// A column of the format.
    Known(Column),
    /// Unknown or repeated: already reported, its cells are not read.
    Reported,
    /// Empty: a cell under it with text is reported.
    Blank,
}

/// One sheet read into JSON items, with what leads a path back to a cell.
struct ReadSheet {
    kind: SheetKind,
    headers: Vec<Header>,
    items: Vec<Value>,
    /// For each item: its row number and how its groups were numbered.
    rows: Vec<(usize, Groups)>,
}

fn read_sheet(kind: SheetKind, text: &str, found: &mut Found) -> ReadSheet {
    let mut sheet = ReadSheet { kind, headers: Vec::new(), items: Vec::new(), rows: Vec::new() };
    let whole = |row| CellRef { sheet: kind, row, header: None, index: None };
    if text.len() > limits::MAX_BYTES {
        found.report(
            whole(1),
            SheetProblemKind::SheetTooLarge { bytes: text.len(), limit: limits::MAX_BYTES },
        );
        return sheet;
    }
    let limit = match kind {
        SheetKind::Milestones => limits::MAX_MILESTONES,
        SheetKind::Indicators => limits::MAX_INDICATORS,
    };
    // One more row than the items: the header.
    let grid = split(text, detect_delimiter(text), limit + 1);
    if grid.rows_left_out > 0 {
        let count = grid.rows.len() - 1 + grid.rows_left_out;
        found.report(whole(1), SheetProblemKind::TooManyRows { count, limit });
    }
    if let Some(row) = grid.too_wide {
        found.report(whole(row), SheetProblemKind::TooManyColumns { limit: MAX_COLUMNS });
    }
    let Some((header_row, rows)) = grid.rows.split_first() else { return sheet };
    sheet.headers = read_headers(kind, header_row, found);
    for row in rows {
        let (item, groups) = read_row(&sheet, row, found);
        sheet.items.push(Value::Object(item));
        sheet.rows.push((row.number, groups));
    }
    sheet
}

fn read_headers(kind: SheetKind, row: &Row, found: &mut Found) -> Vec<Header> {
    let mut headers: Vec<Header> = Vec::with_capacity(row.cells.len());
    for (index, cell) in row.cells.iter().enumerate() {
        let text = clean(cell);
        let at = CellRef { sheet: kind, row: row.number, header: Some(text.to_owned()), index: Some(index) };
        let header = match Column::parse(kind, text) {
            _ if text.is_empty() => Header::Blank,
            Some(column) => match headers.iter().position(|h| *h == Header::Known(column)) {
                Some(first) => {
                    let first = CellRef { index: Some(first), ..at.clone() }.cell();
                    found.report(at, SheetProblemKind::DuplicateColumn { header: text.to_owned(), first });
                    Header::Reported
                }
                None => Header::Known(column),
            },
            None => {
                found.report(at, SheetProblemKind::UnknownColumn { header: text.to_owned() });
                Header::Reported
            }
        };
        headers.push(header);
    }
    headers
}

/// A cell's text as data: a leading apostrophe the sheet writer added to
/// keep a formula-like text inert is removed (the writer's rule, undone),
/// then the spaces and line breaks around it.
fn clean(cell: &str) -> &str {
    let text = match cell.strip_prefix('\'') {
        Some(rest) if needs_apostrophe(rest) => rest,
        _ => cell,
    };
    text.trim()
}

/// The pieces of one row's item before they are put together.
#[derive(Default)]
struct Pieces {
    item: Map<String, Value>,
    sources: BTreeMap<usize, Map<String, Value>>,
    parts: BTreeMap<usize, Map<String, Value>>,
    reference: Map<String, Value>,
}

fn read_row(sheet: &ReadSheet, row: &Row, found: &mut Found) -> (Map<String, Value>, Groups) {
    let mut pieces = Pieces::default();
    for (index, cell) in row.cells.iter().enumerate() {
        let text = clean(cell);
        if text.is_empty() {
            continue;
        }
        let header = sheet.headers.get(index).copied().unwrap_or(Header::Blank);
        let at = |header| CellRef { sheet: sheet.kind, row: row.number, header, index: Some(index) };
        match header {
            Header::Known(column) => {
                if column == Column::Field("id", CellKind::Name) {
                    if let Some(separator) = text.chars().find(|c| LINK_SEPARATORS.contains(c)) {
                        found
                            .report(at(Some(column.header())), SheetProblemKind::SeparatorInId { separator });
                    }
                }
                put(&mut pieces, column, text);
            }
            Header::Reported => {}
            Header::Blank => found.report(at(None), SheetProblemKind::UnnamedColumn),
        }
    }
    let Pieces { mut item, sources, parts, reference } = pieces;
    let groups =
        Groups { sources: sources.keys().copied().collect(), parts: parts.keys().copied().collect() };
    let array = |groups: BTreeMap<usize, Map<String, Value>>| {
        Value::Array(groups.into_values().map(Value::Object).collect())
    };
    if !sources.is_empty() {
        item.insert("source".into(), array(sources));
    }
    if !parts.is_empty() {
        item.insert("parts".into(), array(parts));
    }
    if !reference.is_empty() {
        item.insert("reference".into(), Value::Object(reference));
    }
    (item, groups)
}

fn put(pieces: &mut Pieces, column: Column, text: &str) {
    let string = || Value::String(text.to_owned());
    match column {
        Column::Field(name, kind) => {
            let value = match kind {
                CellKind::Name => string(),
                CellKind::Number => number_or_text(text),
                CellKind::Links => Value::Array(
                    text.split(LINK_SEPARATORS)
                        .map(str::trim)
                        .filter(|id| !id.is_empty())
                        .map(|id| Value::String(id.to_owned()))
                        .collect(),
                ),
            };
            pieces.item.insert(name.to_owned(), value);
        }
        Column::Text(name, lang) => put_text(&mut pieces.item, name, lang, text),
        Column::Source(n, field) => {
            let source = pieces.sources.entry(n).or_default();
            match field {
                SourceField::Kind => source.insert("kind".into(), string()),
                SourceField::Note(lang) => {
                    put_text(source, "note", lang, text);
                    None
                }
                SourceField::Date => source.insert("date".into(), string()),
                SourceField::Url => source.insert("url".into(), string()),
            };
        }
        Column::Part(n, field) => put_part(pieces.parts.entry(n).or_default(), field, text),
        Column::Reference(field) => put_part(&mut pieces.reference, field, text),
    }
}

fn put_part(part: &mut Map<String, Value>, field: PartField, text: &str) {
    match field {
        PartField::Label(lang) => put_text(part, "label", lang, text),
        PartField::Value => {
            part.insert("value".into(), number_or_text(text));
        }
        PartField::Qualifier => {
            part.insert("qualifier".into(), Value::String(text.to_owned()));
        }
    }
}

fn put_text(object: &mut Map<String, Value>, key: &str, lang: Lang, text: &str) {
    let entry = object.entry(key).or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(texts) = entry {
        texts.insert(lang.tag().to_owned(), Value::String(text.to_owned()));
    }
}

/// A number as a spreadsheet shows one (`6000000000`, `6,000,000,000`,
/// `6.2`); any other text stays text, and the validator says at the cell
/// that a number was expected.
fn number_or_text(text: &str) -> Value {
    let number = plain_number(text).and_then(|n| {
        // Whole numbers are written whole (`12`, not `12.0`) while every
        // one of them is exact in a double.
        if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
            Some(Value::from(n as i64))
        } else {
            Number::from_f64(n).map(Value::Number)
        }
    });
    number.unwrap_or_else(|| Value::String(text.to_owned()))
}

fn plain_number(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // Thousands separators only where they group by three.
    let mut groups = whole.split(',');
    let first_ok = groups.next().is_some_and(|g| digits(g) && (!whole.contains(',') || g.len() <= 3));
    let grouped_ok = groups.all(|g| g.len() == 3 && digits(g));
    if !(first_ok && grouped_ok && fraction.is_none_or(digits)) {
        return None;
    }
    text.replace(',', "").parse::<f64>().ok().filter(|n| n.is_finite())
}

/// The cell (or row, or JSON path) a validator's path points at.
fn locate(sheets: &[ReadSheet], path: &str, default: Lang) -> Place {
    for sheet in sheets {
        let Some(rest) = path.strip_prefix("$.").and_then(|p| p.strip_prefix(sheet.kind.array())) else {
            continue;
        };
        let (index, tail) = array_index(rest);
        if !(rest.is_empty() || index.is_some()) {
            continue;
        }
        let Some((row, groups)) = index.and_then(|i| sheet.rows.get(i)) else {
            // The array as a whole: the sheet, from its header row.
            return Place::Cell(CellRef { sheet: sheet.kind, row: 1, header: None, index: None });
        };
        let column = column_of_path(sheet.kind, tail, groups, default);
        let index = column.and_then(|c| sheet.headers.iter().position(|h| *h == Header::Known(c)));
        let header = column.map(Column::header);
        return Place::Cell(CellRef { sheet: sheet.kind, row: *row, header, index });
    }
    Place::Json(path.to_owned())
}

#[cfg(test)]
#[path = "read_tests.rs"]
mod tests;
