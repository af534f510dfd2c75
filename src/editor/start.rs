//! Where a draft starts: the built-in Tiexi dataset, an empty template
//! (the header rows only), a JSON data file, or a CSV file of one sheet.

use super::draft::Draft;
use crate::data::default_dataset::DEFAULT_DATASET_JSON;
use crate::data::sheet::cells::{detect_delimiter, split};
use crate::data::sheet::{sheet_from_json, Column, SheetKind};
use crate::data::{parse_dataset, Problem, ProblemKind};
use serde_json::Value;

/// The built-in file: its title, source and categories complete the
/// sheets of the built-in start and of the empty template.
fn built_in_root() -> Value {
    // Our own file, checked by tests/default_dataset.rs; were it broken,
    // the editor would show its problems rather than stop.
    serde_json::from_str(DEFAULT_DATASET_JSON).unwrap_or_default()
}

/// A draft of the built-in dataset, every row and column filled.
pub fn built_in() -> Draft {
    let root = built_in_root();
    let milestones = sheet_from_json(SheetKind::Milestones, &root).to_tsv();
    let indicators = sheet_from_json(SheetKind::Indicators, &root).to_tsv();
    Draft::new(&root, milestones, indicators)
}

/// The two sheets with their header rows only, completing the built-in
/// dataset's categories. The graphic's title, subtitle, source and period
/// start blank (and so no article is linked): the problems then say what
/// the author has to fill in.
pub fn template() -> Draft {
    let mut root = built_in_root();
    if let Some(meta) = root.get_mut("meta").and_then(Value::as_object_mut) {
        for key in ["title", "subtitle", "period"] {
            meta.remove(key);
        }
        meta.insert("source".to_owned(), serde_json::json!({}));
    }
    let empty = serde_json::json!({});
    let milestones = sheet_from_json(SheetKind::Milestones, &empty).to_tsv();
    let indicators = sheet_from_json(SheetKind::Indicators, &empty).to_tsv();
    Draft::new(&root, milestones, indicators)
}

/// A draft of a JSON data file, as written (its order, its gaps). A file
/// the validator rejects still opens, so each problem is shown at its
/// cell; only a file that is not a JSON object is refused, with the
/// validator's reasons (a syntax error at its line and column).
pub fn from_json_file(bytes: &[u8]) -> Result<Draft, Vec<Problem>> {
    let checked = parse_dataset(bytes);
    let not_json = checked
        .problems
        .iter()
        .any(|p| matches!(p.kind, ProblemKind::Syntax { .. } | ProblemKind::FileTooLarge { .. }));
    if not_json {
        return Err(checked.problems);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match serde_json::from_slice::<Value>(bytes) {
        Ok(root) if root.is_object() => {
            let milestones = sheet_from_json(SheetKind::Milestones, &root).to_tsv();
            let indicators = sheet_from_json(SheetKind::Indicators, &root).to_tsv();
            Ok(Draft::new(&root, milestones, indicators))
        }
        _ => Err(checked.problems),
    }
}

/// Which sheet a CSV file is, told by its header row: the sheet more of
/// its headers belong to (`date` and `title en` are milestones', `chart`
/// and `label en` indicators'). `None` when the headers do not tell.
pub fn sheet_kind_of(text: &str) -> Option<SheetKind> {
    let grid = split(text, detect_delimiter(text), 1);
    let header = grid.rows.first()?;
    let score = |kind| header.cells.iter().filter(|h| Column::parse(kind, h).is_some()).count();
    let (milestones, indicators) = (score(SheetKind::Milestones), score(SheetKind::Indicators));
    match milestones.cmp(&indicators) {
        std::cmp::Ordering::Greater => Some(SheetKind::Milestones),
        std::cmp::Ordering::Less => Some(SheetKind::Indicators),
        std::cmp::Ordering::Equal => None,
    }
}

/// The draft with the sheet a CSV file holds replaced by it; `None` when
/// its header row names neither sheet's columns.
pub fn with_csv_file(draft: &Draft, text: &str) -> Option<(Draft, SheetKind)> {
    let kind = sheet_kind_of(text)?;
    let mut next = draft.clone();
    match kind {
        SheetKind::Milestones => next.milestones = text.to_owned(),
        SheetKind::Indicators => next.indicators = text.to_owned(),
    }
    Some((next, kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::sheet::{read_sheets, Place};
    use crate::data::Lang;
    use crate::editor::meta::{MetaField, MetaText};

    #[test]
    fn the_built_in_start_reads_back_as_the_built_in_file() {
        let draft = built_in();
        let outcome = read_sheets(&draft.base, Some(&draft.milestones), Some(&draft.indicators));
        assert_eq!(outcome.problems, vec![]);
        let back: Value = serde_json::from_str(&outcome.json).expect("JSON");
        assert_eq!(back, built_in_root());
    }

    #[test]
    fn the_template_has_the_header_rows_only() {
        let draft = template();
        assert_eq!(draft.milestones.lines().count(), 1);
        assert!(draft.milestones.starts_with("id\tdate\tcategory\timportance\ttitle zh-Hant"));
        assert!(draft.indicators.starts_with("id\tcategory\tchart\tvalue"));
        assert!(draft.base.pointer("/categories/0").is_some());
        assert_eq!(draft.article_url, "");
        // Blank: the problems say what to fill in, at the form's inputs.
        let outcome = read_sheets(&draft.base, Some(&draft.milestones), Some(&draft.indicators));
        let at = |path: &str| outcome.problems.iter().any(|p| p.place == Place::Json(path.into()));
        assert!(at("$.meta.title") && at("$.meta.source.author") && at("$.meta.period"));
        assert_eq!(
            MetaField::at("$.meta.title", Lang::ZhHant),
            Some(MetaField::Text(MetaText::Title, Lang::ZhHant))
        );
        // The title typed in the form completes the file.
        let mut base = draft.base.clone();
        MetaField::Text(MetaText::Title, Lang::En).set(&mut base, "Our year");
        assert_eq!(base.pointer("/meta/title/en"), Some(&Value::from("Our year")));
    }

    #[test]
    fn a_json_file_that_is_not_json_is_refused_with_its_line_and_column() {
        let problems = from_json_file(b"{\n  \"meta\": ,\n}").expect_err("not JSON");
        assert!(matches!(problems[0].kind, ProblemKind::Syntax { line: 2, .. }), "{problems:?}");
        assert!(from_json_file(b"[1, 2]").is_err());
    }

    #[test]
    fn an_invalid_json_file_still_opens_so_its_problems_show_at_cells() {
        let file = br#"{"meta": {}, "milestones": [{"id": "m1", "date": "2025-13"}]}"#;
        let draft = from_json_file(file).expect("a JSON object opens");
        assert!(draft.milestones.contains("\nm1\t2025-13\t"));
        let outcome = read_sheets(&draft.base, Some(&draft.milestones), Some(&draft.indicators));
        assert!(outcome.dataset.is_none());
        assert!(outcome
            .problems
            .iter()
            .any(|p| p.message(crate::data::Lang::En).starts_with("Milestones!B2 (date)")));
    }

    #[test]
    fn a_csv_file_replaces_the_sheet_its_headers_name() {
        let draft = built_in();
        let csv = "\u{feff}id,date,category,title en\r\nm1,2025,city,One\r\n";
        let (next, kind) = with_csv_file(&draft, csv).expect("a milestones sheet");
        assert_eq!(kind, SheetKind::Milestones);
        assert_eq!(next.milestones, csv);
        assert_eq!(next.indicators, draft.indicators);
        assert_eq!(sheet_kind_of("id;chart;value;label en\n"), Some(SheetKind::Indicators));
        assert_eq!(sheet_kind_of("id,category\n"), None);
        assert_eq!(sheet_kind_of("name,age\n"), None);
        assert_eq!(sheet_kind_of(""), None);
    }
}
