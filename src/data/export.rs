//! "Get the data": the dataset as CSV (for spreadsheets) in the reader's
//! language. Text stays text: cells are quoted, and cells that a spreadsheet
//! would run as a formula are defused.

use super::format::{format_date, value_with_parts};
use super::lang::Lang;
use super::model::Dataset;
use super::text_rules::is_invisible;

/// A UTF-8 byte order mark, so Excel opens Chinese text correctly.
pub const BOM: &str = "\u{feff}";

/// Whether a spreadsheet could read the cell as a formula: it starts with
/// `=`, `+`, `-` or `@` (or their full-width forms, which some spreadsheets
/// fold to ASCII), also after leading spaces, line breaks, no-break or
/// zero-width spaces, which spreadsheets skip; or with a tab or carriage
/// return.
fn is_formula_like(text: &str) -> bool {
    let lead = text.trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c));
    text.starts_with(['\t', '\r'])
        || lead.starts_with(['=', '+', '-', '@', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}'])
}

/// Writes one quoted cell. A formula in a cell runs when the file is opened
/// (CSV injection); a leading apostrophe keeps it text.
fn push_cell(out: &mut String, text: &str) {
    out.push('"');
    if is_formula_like(text) {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
}

/// Writes one row of cells, with the CRLF line end spreadsheets expect.
/// Written into the table in place rather than built as strings and joined:
/// the CSV writer is in the reader's Wasm, inlined into the download click.
fn push_row(out: &mut String, cells: &[&str]) {
    for (i, text) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, text);
    }
    out.push_str("\r\n");
}

/// An item's sources in one cell: each note, with its date when it has one.
fn sources_cell(refs: &[super::model::SourceRef], lang: Lang) -> String {
    let mut text = String::new();
    for (i, s) in refs.iter().enumerate() {
        if i > 0 {
            text.push_str("; ");
        }
        text.push_str(s.note.get(lang));
        if let Some(d) = s.date {
            text.push_str(" (");
            text.push_str(&format_date(d, lang));
            text.push(')');
        }
    }
    text
}

/// The indicators and milestones as one CSV table, with a BOM.
pub fn dataset_csv(ds: &Dataset, lang: Lang) -> String {
    let mut out = String::from(BOM);
    // `qualifier` sits beside `value`: a spreadsheet that reads only the
    // number must still see that 6000000000 is "about", not exact.
    push_row(
        &mut out,
        &[
            "kind",
            "id",
            "date",
            "value",
            "qualifier",
            "figure",
            "title",
            "category",
            "description",
            "sources",
        ],
    );
    for ind in &ds.indicators {
        let date = ind.period.map(|p| p.to_string()).unwrap_or_default();
        push_row(
            &mut out,
            &[
                "indicator",
                &ind.id,
                &date,
                &super::format::plain_number(ind.value).replace(',', ""),
                ind.qualifier.name(),
                &value_with_parts(ind, lang),
                ind.label.get(lang),
                ds.categories[ind.category].name.get(lang),
                ind.description.get(lang),
                &sources_cell(&ind.source, lang),
            ],
        );
    }
    for m in &ds.milestones {
        push_row(
            &mut out,
            &[
                "milestone",
                &m.id,
                &m.date.to_string(),
                "",
                "",
                "",
                m.title.get(lang),
                ds.categories[m.category].name.get(lang),
                m.description.get(lang),
                &sources_cell(&m.source, lang),
            ],
        );
    }
    out
}

/// The formula rule for the sheet writer, which defuses its cells alike so
/// the sheet reader can undo exactly what it added. Compiled only where
/// sheets are (the editor, native builds), and written last in the file:
/// panic locations carry line numbers, so code moved down a line changes
/// the reader's Wasm.
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub(crate) fn formula_like(text: &str) -> bool {
    is_formula_like(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset::default_dataset_or_none;

    fn cell(text: &str) -> String {
        let mut out = String::new();
        push_cell(&mut out, text);
        out
    }

    #[test]
    fn csv_has_a_bom_a_header_and_a_row_per_item() {
        let ds = default_dataset_or_none().expect("dataset");
        let csv = dataset_csv(&ds, Lang::ZhHant);
        assert!(csv.starts_with(BOM));
        assert_eq!(csv.lines().count(), 1 + ds.indicators.len() + ds.milestones.len());
        assert!(csv.contains("\"milestone\",\"tieren-promotion\",\"2025-10-26\""));
        assert!(csv.contains(
            "\"indicator\",\"3sbio-order\",\"2025-05-20\",\"6000000000\",\"about\",\"約60億美元（"
        ));
        // Dates stay at their precision: a year-only item is "2025".
        assert!(csv.contains("\"milestone\",\"gdp-streak\",\"2025\","));
    }

    #[test]
    fn quotes_markup_and_formulas_stay_inert_text() {
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("<img src=x onerror=alert(1)>"), "\"<img src=x onerror=alert(1)>\"");
        assert_eq!(cell("-1"), "\"'-1\"");
    }

    #[test]
    fn formulas_behind_spaces_and_full_width_signs_are_defused() {
        // Before: each of these reached the spreadsheet as a formula.
        for text in [
            " =1+1",
            "   +1",
            "\u{200B}=1+1",
            "\u{FEFF}@SUM(A1)",
            "\u{A0}-1",
            "\n=1+1",
            "\r\n=1+1",
            "\u{3000}=1",
            "＝1+1",
            "＋1",
            "－1",
            "＠SUM(A1)",
            " \u{200D}\u{A0}＝1",
        ] {
            assert!(is_formula_like(text), "{text:?}");
            assert!(cell(text).starts_with("\"'"), "{text:?}: {}", cell(text));
        }
        for text in ["1+1", "a=b", "Q3 -", "鐵西", ""] {
            assert_eq!(cell(text), format!("\"{text}\""));
        }
    }
}
