//! A data file written as the two sheets cell for cell, straight from its
//! JSON: what the editor opens. Unlike `write` (which writes a validated
//! `Dataset`), nothing is added, sorted or filled in: items keep the file's
//! order, fields the file leaves out stay empty cells, and a file the
//! validator rejects still opens, so its problems can be shown at their
//! cells. Reading the sheets back gives the same JSON.

use super::super::lang::Lang;
use super::super::validate::limits;
use super::columns::{CellKind, Column, PartField, SheetKind, SourceField};
use super::write::Sheet;
use serde_json::{Map, Value};

/// The sheet of `kind` holding the items of the file `root`, with as many
/// source and part groups as the fullest item needs (at least one of each,
/// so an author sees where they go). Past the validator's cap one more
/// item is written, so the sheet reader says the sheet is too long instead
/// of the rest going missing unsaid.
pub fn sheet_from_json(kind: SheetKind, root: &Value) -> Sheet {
    let limit = match kind {
        SheetKind::Milestones => limits::MAX_MILESTONES,
        SheetKind::Indicators => limits::MAX_INDICATORS,
    };
    let items: Vec<&Map<String, Value>> = root
        .get(kind.array())
        .and_then(Value::as_array)
        .map(|items| items.iter().take(limit + 1).filter_map(Value::as_object).collect())
        .unwrap_or_default();
    let widest = |key: &str| {
        items.iter().filter_map(|i| i.get(key).and_then(Value::as_array)).map(Vec::len).max().unwrap_or(0)
    };
    let parts = if kind == SheetKind::Indicators { widest("parts").max(1) } else { 0 };
    let columns = kind.columns(widest("source").max(1), parts);
    let rows = items.iter().map(|item| columns.iter().map(|&c| cell_of(item, c)).collect()).collect();
    Sheet { headers: columns.iter().map(|c| c.header()).collect(), rows }
}

/// The text of one column for one item: empty where the item has nothing.
fn cell_of(item: &Map<String, Value>, column: Column) -> String {
    let nth = |key: &str, n: usize| item.get(key).and_then(Value::as_array).and_then(|a| a.get(n - 1));
    match column {
        Column::Field(name, CellKind::Links) => links(item.get(name)),
        Column::Field(name, _) => scalar(item.get(name)),
        Column::Text(name, lang) => text(item.get(name), lang),
        Column::Source(n, field) => {
            let source = nth("source", n);
            let get = |key: &str| source.and_then(|s| s.get(key));
            match field {
                SourceField::Kind => scalar(get("kind")),
                SourceField::Note(lang) => text(get("note"), lang),
                SourceField::Date => scalar(get("date")),
                SourceField::Url => scalar(get("url")),
            }
        }
        Column::Part(n, field) => part(nth("parts", n), field),
        Column::Reference(field) => part(item.get("reference"), field),
    }
}

fn part(part: Option<&Value>, field: PartField) -> String {
    let get = |key: &str| part.and_then(|p| p.get(key));
    match field {
        PartField::Label(lang) => text(get("label"), lang),
        PartField::Value => scalar(get("value")),
        PartField::Qualifier => scalar(get("qualifier")),
    }
}

/// A string as it is, a number as JSON writes it (`12`, `6.2`); anything
/// else as its JSON text, for the validator to report at the cell.
fn scalar(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// One language of a text; a plain string (which the validator refuses
/// for a text) goes in every language's column, so nothing is lost.
fn text(value: Option<&Value>, lang: Lang) -> String {
    match value {
        Some(Value::Object(texts)) => scalar(texts.get(lang.tag())),
        other => scalar(other),
    }
}

fn links(value: Option<&Value>) -> String {
    match value {
        Some(Value::Array(ids)) => ids.iter().map(|id| scalar(Some(id))).collect::<Vec<_>>().join(", "),
        other => scalar(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn cells_hold_what_the_file_says_and_nothing_more() {
        let root = json!({"indicators": [
            {"id": "a", "value": 6000000000u64, "label": {"en": "Orders"}, "milestones": ["m1", "m2"],
             "parts": [{"value": 1.5}, {"label": {"zh-Hant": "二"}}], "source": [{"kind": "article"}]},
            {"id": "b", "value": "62%", "chart": true}
        ]});
        let sheet = sheet_from_json(SheetKind::Indicators, &root);
        let at = |row: usize, header: &str| {
            let i = sheet.headers.iter().position(|h| h == header).expect(header);
            sheet.rows[row][i].as_str()
        };
        assert_eq!(at(0, "value"), "6000000000");
        assert_eq!(at(0, "label en"), "Orders");
        assert_eq!(at(0, "label zh-Hant"), "");
        assert_eq!(at(0, "qualifier"), "");
        assert_eq!(at(0, "milestones"), "m1, m2");
        assert_eq!(at(0, "part 1 value"), "1.5");
        assert_eq!(at(0, "part 2 label zh-Hant"), "二");
        assert_eq!(at(1, "value"), "62%");
        assert_eq!(at(1, "chart"), "true");
        assert_eq!(at(1, "source 1 kind"), "");
    }

    #[test]
    fn a_file_past_the_cap_gives_a_sheet_the_reader_calls_too_long() {
        let items: Vec<Value> =
            (0..limits::MAX_INDICATORS + 7).map(|i| json!({"id": format!("i{i}")})).collect();
        let root = json!({ "indicators": items });
        let sheet = sheet_from_json(SheetKind::Indicators, &root);
        assert_eq!(sheet.rows.len(), limits::MAX_INDICATORS + 1);
        let outcome = super::super::read_sheets(&json!({}), None, Some(&sheet.to_tsv()));
        let too_long = outcome.problems.iter().any(|p| {
            matches!(
                p.kind,
                super::super::SheetProblemKind::TooManyRows { limit: limits::MAX_INDICATORS, .. }
            )
        });
        assert!(too_long, "{:?}", outcome.problems.first());
    }

    #[test]
    fn a_file_without_items_gives_the_header_row_only() {
        for root in [json!({}), json!({"milestones": "none"}), json!([1, 2])] {
            let sheet = sheet_from_json(SheetKind::Milestones, &root);
            assert!(sheet.rows.is_empty());
            assert_eq!(sheet.headers[..3], ["id", "date", "category"]);
        }
    }
}
