//! A table edit written into the sheet's text where the cell is: only
//! that cell's bytes change. Writing the whole sheet again from the table
//! would drop what the table does not hold (the rows past the validator's
//! cap, the columns past `MAX_COLUMNS`), so a sheet the reader reports as
//! too long would be cut by one keystroke, and on a big sheet every key
//! would rebuild megabytes. The work here is bounded by the rows before
//! the edited one (a table shows at most 200).

use crate::data::sheet::cells::{detect_delimiter, row_span, split};
use crate::data::validate::limits;

/// `text` with the cell at row `number`, column `column` set to `value`,
/// in the sheet's own separator, growing the row as needed; `None` when
/// the text has no such row (it changed since the table was drawn) or the
/// cell already holds `value`.
pub fn set_cell(text: &str, number: usize, column: usize, value: &str) -> Option<String> {
    let delimiter = detect_delimiter(text);
    let row = row_span(text, delimiter, number).ok()?;
    let written = written_cell(value, delimiter);
    let (range, before) = match row.cells.get(column) {
        Some(range) => (range.clone(), String::new()),
        None if value.is_empty() => return None,
        None => {
            // Past the row's last cell: the missing separators, then it.
            let end = row.cells.last().map_or(0, |r| r.end);
            let missing = column + 1 - row.cells.len();
            (end..end, char::from(delimiter).to_string().repeat(missing))
        }
    };
    if before.is_empty() && text[range.clone()] == written {
        return None;
    }
    let mut out = String::with_capacity(text.len() + before.len() + written.len());
    out.push_str(&text[..range.start]);
    out.push_str(&before);
    out.push_str(&written);
    out.push_str(&text[range.end..]);
    Some(out)
}

/// `text` with a row added after its last one, its first cell an id no
/// row has yet (`new-1`, `new-2`…), so the row is not blank and the
/// validator can say at each cell what it still needs; and the new row's
/// number. `None` for a sheet without a header row.
pub fn add_row(text: &str) -> Option<(String, usize)> {
    let delimiter = detect_delimiter(text);
    let rows = split(text, delimiter, limits::MAX_MILESTONES.max(limits::MAX_INDICATORS) + 1).rows;
    rows.first()?;
    let taken = |id: &str| rows.iter().any(|r| r.cells.first().is_some_and(|c| c.trim() == id));
    let id = (1..).map(|n| format!("new-{n}")).find(|id| !taken(id))?;
    let mut out = text.to_owned();
    if !out.ends_with(['\n', '\r']) {
        out.push('\n');
    }
    let number = match row_span(&out, delimiter, usize::MAX) {
        Err(count) => count + 1,
        Ok(_) => return None,
    };
    out.push_str(&id);
    out.push('\n');
    Some((out, number))
}

/// A cell's text quoted as RFC 4180 does, only when it must be: it holds
/// the separator, a quote or a line break, or starts with a quote. The
/// text is kept as the author wrote it (the sheet reader takes off a
/// defusing apostrophe; the table shows it as the spreadsheet would).
fn written_cell(text: &str, delimiter: u8) -> String {
    let delimiter = char::from(delimiter);
    if text.starts_with('"') || text.contains([delimiter, '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::sheet::SheetKind;
    use crate::editor::grid::SheetGrid;

    const SHEET: &str = "\nid,date,title en\nm1,2025,\"One, two\"\n\nm2,2025-Q3,\"say \"\"hi\"\"\",extra\n";

    #[test]
    fn an_edit_changes_its_cell_and_nothing_else() {
        let text = set_cell(SHEET, 3, 1, "2025-10-26").unwrap();
        assert_eq!(text, SHEET.replace("m1,2025,", "m1,2025-10-26,"));
        let text = set_cell(&text, 5, 5, "two\nlines, \"quoted\"").unwrap();
        let grid = SheetGrid::parse(SheetKind::Milestones, &text);
        assert_eq!(grid.cell(0, 1), "2025-10-26");
        assert_eq!(grid.cell(0, 2), "One, two");
        assert_eq!(grid.cell(1, 2), "say \"hi\"");
        assert_eq!(grid.cell(1, 4), "");
        assert_eq!(grid.cell(1, 5), "two\nlines, \"quoted\"");
        assert_eq!(grid.rows.iter().map(|r| r.number).collect::<Vec<_>>(), [3, 5]);
        assert_eq!(set_cell(SHEET, 99, 0, "x"), None);
        assert_eq!(set_cell(SHEET, 3, 0, "m1"), None);
        assert_eq!(set_cell(SHEET, 3, 7, ""), None);
    }

    #[test]
    fn rows_and_columns_past_the_caps_survive_an_edit() {
        let rows = limits::MAX_INDICATORS + 50;
        let text = format!("id\tname en\n{}", (0..rows).map(|n| format!("i{n}\tx\n")).collect::<String>());
        let edited = set_cell(&text, 2, 1, "y").unwrap();
        assert_eq!(edited.lines().count(), rows + 1);
        assert_eq!(edited, text.replacen("i0\tx\n", "i0\ty\n", 1));
        let wide = format!("id\tdate\n{}\n", "a\t".repeat(400));
        let edited = set_cell(&wide, 2, 0, "b").unwrap();
        assert_eq!(edited, format!("id\tdate\nb\t{}\n", "a\t".repeat(399)));
    }

    #[test]
    fn a_tab_separated_cell_is_quoted_for_tabs_not_commas() {
        let text = set_cell("id\tdate\nm1\t2025\n", 2, 1, "a, b").unwrap();
        assert_eq!(text, "id\tdate\nm1\ta, b\n");
        let text = set_cell(&text, 2, 1, "a\tb").unwrap();
        assert_eq!(text, "id\tdate\nm1\t\"a\tb\"\n");
        // A byte order mark is kept and not counted.
        assert_eq!(set_cell("\u{feff}id\nm1\n", 2, 0, "m2").unwrap(), "\u{feff}id\nm2\n");
    }

    #[test]
    fn an_added_row_has_a_fresh_id_and_the_next_number() {
        assert_eq!(add_row("id\tdate\nnew-1\t2025\n"), Some(("id\tdate\nnew-1\t2025\nnew-2\n".into(), 3)));
        assert_eq!(add_row("id\tdate"), Some(("id\tdate\nnew-1\n".into(), 2)));
        assert_eq!(add_row("id\tdate\n\n\n"), Some(("id\tdate\n\n\nnew-1\n".into(), 4)));
        assert_eq!(add_row(""), None);
        let (text, number) = add_row("id,date\nm1,\"two\nlines\"\n").unwrap();
        assert_eq!(number, 3);
        let grid = SheetGrid::parse(SheetKind::Milestones, &text);
        assert_eq!(grid.rows.last().map(|r| (r.number, r.cells.clone())), Some((3, vec!["new-1".into()])));
    }
}
