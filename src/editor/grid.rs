//! A sheet's text as the grid the editor's table shows: the header row,
//! then one row per item, each keeping the row number a spreadsheet gives
//! it (so a problem at `Milestones!B5` finds its input). The text stays
//! the one source of truth; the grid is what it looks like as a table, and
//! an edit in the table is written into the text where its cell is
//! (`patch`).

use crate::data::sheet::cells::{detect_delimiter, split, Row};
use crate::data::sheet::SheetKind;
use crate::data::validate::limits;

/// Most rows shown as a table of inputs. Past this a table costs more to
/// build than a phone can spend between keystrokes; the rest of a big
/// sheet is still read, validated and editable as text.
pub const TABLE_ROWS: usize = 200;

/// Most inputs in one table: a sheet with many source or part columns
/// (up to 242) shows fewer rows, so no table has more inputs than this.
pub const TABLE_CELLS: usize = 12_000;

/// How many rows a table `width` columns wide shows (at least one).
pub fn shown_rows(width: usize) -> usize {
    (TABLE_CELLS / width.max(1)).clamp(1, TABLE_ROWS)
}

/// A sheet split into its header row and item rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SheetGrid {
    /// The header row; `None` for an empty sheet.
    pub header: Option<Row>,
    /// The item rows, at most the validator's cap for the sheet (the
    /// reader reports any past it).
    pub rows: Vec<Row>,
}

impl SheetGrid {
    /// The grid of a sheet's text (tab-, comma- or semicolon-separated).
    pub fn parse(kind: SheetKind, text: &str) -> SheetGrid {
        // Over the size cap the reader reads nothing either; it reports it.
        if text.len() > limits::MAX_BYTES {
            return SheetGrid::default();
        }
        let limit = match kind {
            SheetKind::Milestones => limits::MAX_MILESTONES,
            SheetKind::Indicators => limits::MAX_INDICATORS,
        };
        let grid = split(text, detect_delimiter(text), limit + 1);
        let mut rows = grid.rows.into_iter();
        let header = rows.next();
        SheetGrid { header, rows: rows.collect() }
    }

    /// How many columns the table needs: the header's, or a longer row's
    /// (its extra cells are shown, and reported, rather than hidden).
    pub fn width(&self) -> usize {
        self.header.iter().chain(&self.rows).map(|r| r.cells.len()).max().unwrap_or(0)
    }

    /// The text of the cell in item row `row` (an index into `rows`) and
    /// column `column`; empty past the row's end.
    pub fn cell(&self, row: usize, column: usize) -> &str {
        self.rows.get(row).and_then(|r| r.cells.get(column)).map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHEET: &str = "\nid,date,title en\nm1,2025,\"One, two\"\n\nm2,2025-Q3,\"say \"\"hi\"\"\",extra\n";

    #[test]
    fn rows_keep_their_spreadsheet_numbers() {
        let grid = SheetGrid::parse(SheetKind::Milestones, SHEET);
        assert_eq!(grid.header.as_ref().map(|h| h.number), Some(2));
        assert_eq!(grid.rows.iter().map(|r| r.number).collect::<Vec<_>>(), [3, 5]);
        assert_eq!(grid.cell(0, 2), "One, two");
        assert_eq!(grid.cell(1, 2), "say \"hi\"");
        assert_eq!(grid.cell(0, 9), "");
        assert_eq!(grid.width(), 4);
    }

    #[test]
    fn an_empty_or_oversized_text_is_an_empty_grid() {
        assert_eq!(SheetGrid::parse(SheetKind::Indicators, ""), SheetGrid::default());
        let huge = "a\n".repeat(limits::MAX_BYTES);
        assert_eq!(SheetGrid::parse(SheetKind::Milestones, &huge), SheetGrid::default());
    }

    #[test]
    fn a_table_never_holds_more_inputs_than_its_cap() {
        assert_eq!(shown_rows(9), TABLE_ROWS);
        assert_eq!(shown_rows(242), 49);
        assert_eq!(shown_rows(0), TABLE_ROWS);
        assert_eq!(shown_rows(50_000), 1);
        for width in 1..=300 {
            assert!(shown_rows(width) * width <= TABLE_CELLS.max(width));
        }
    }

    #[test]
    fn rows_past_the_cap_are_left_to_the_reader_to_report() {
        let text = format!("id\n{}", "x\n".repeat(limits::MAX_INDICATORS + 5));
        assert_eq!(SheetGrid::parse(SheetKind::Indicators, &text).rows.len(), limits::MAX_INDICATORS);
    }
}
