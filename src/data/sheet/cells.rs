//! Delimited text split into rows of cells: a range pasted from Excel,
//! LibreOffice or Google Sheets (tab-separated) or a CSV file
//! (comma-separated, RFC 4180 quoting, with or without a byte order mark,
//! CRLF, LF or CR line ends).
//!
//! The split never fails: a cell that opens a quote and does not close it
//! cleanly (`"AI+" plan`, which Google Sheets copies unquoted) is read
//! as the literal text up to the next separator, as a spreadsheet shows it.

/// Most cells kept in one row. The widest sheet the format defines (the
/// indicators with 20 parts and 20 sources) has 242 columns; anything past
/// this is a broken paste, and keeping it would let one line of separators
/// allocate a cell per byte.
pub const MAX_COLUMNS: usize = 300;

/// Longest quoted cell read as quoted, in bytes: a cell may hold 2,000
/// characters (4 bytes each at most) with every quote doubled. Past this
/// the cell is read literally, so a stray quote never makes one cell of the
/// rest of the file and the work per cell stays bounded.
const MAX_QUOTED_BYTES: usize = 2 * 4 * super::super::validate::limits::MAX_CHARS;

/// One non-blank row of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The row's number as a spreadsheet shows it (the first line is 1;
    /// blank rows count).
    pub number: usize,
    /// The cells from the left, trailing empty cells dropped.
    pub cells: Vec<String>,
}

/// The rows of a sheet, with what was left out to stay within the caps.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grid {
    /// The non-blank rows, at most the cap given to `split`.
    pub rows: Vec<Row>,
    /// Non-blank rows past the cap: counted, not kept.
    pub rows_left_out: usize,
    /// The first row with more than `MAX_COLUMNS` cells, if any.
    pub too_wide: Option<usize>,
}

/// The separator a text uses: a tab when its first non-blank line (the
/// header row) has one (a pasted range), a semicolon when that line has
/// semicolons and no comma (a CSV file saved by a spreadsheet set to a
/// decimal-comma locale), else a comma.
pub fn detect_delimiter(text: &str) -> u8 {
    let first = text.split(['\n', '\r']).find(|line| !line.trim().is_empty()).unwrap_or("");
    if first.contains('\t') {
        b'\t'
    } else if first.contains(';') && !first.contains(',') {
        b';'
    } else {
        b','
    }
}

/// Splits `text` into rows of cells at `delimiter`, keeping at most
/// `max_rows` non-blank rows. A leading byte order mark is dropped.
pub fn split(text: &str, delimiter: u8, max_rows: usize) -> Grid {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bytes = text.as_bytes();
    let mut grid = Grid::default();
    let mut cells: Vec<String> = Vec::new();
    let mut number = 1;
    let mut at = 0;
    loop {
        let (cell, next) = cell_at(text, at, delimiter);
        at = next;
        if cells.len() < MAX_COLUMNS {
            cells.push(cell);
        } else if !cell.is_empty() && grid.too_wide.is_none() {
            grid.too_wide = Some(number);
        }
        let end_of_row;
        (at, end_of_row) = past_separator(bytes, at, delimiter);
        if end_of_row {
            end_row(&mut grid, std::mem::take(&mut cells), number, max_rows);
            number += 1;
            if at >= bytes.len() {
                return grid;
            }
        }
    }
}

/// Steps over what follows a cell ending at `at`: a delimiter (the row goes
/// on), a line break (`\r\n`, `\r` or `\n`) or the end of the text. Gives
/// where the next cell starts and whether the row ended.
fn past_separator(bytes: &[u8], at: usize, delimiter: u8) -> (usize, bool) {
    match bytes.get(at) {
        Some(&b) if b == delimiter => (at + 1, false),
        Some(b'\r') => (at + 1 + usize::from(bytes.get(at + 1) == Some(&b'\n')), true),
        Some(b'\n') => (at + 1, true),
        _ => (at, true),
    }
}

/// Where one row lies in a text: the byte range of each of its cells
/// (quotes included), for the editor, which changes one cell where it is
/// rather than writing the whole sheet again (and so keeps every row and
/// column past the caps a table shows).
#[derive(Clone, Debug, PartialEq)]
pub struct RowSpan {
    /// The row's number, as `split` counts it.
    pub number: usize,
    /// Each cell's bytes in the text, at most `MAX_COLUMNS` of them.
    pub cells: Vec<std::ops::Range<usize>>,
}

/// The row numbered `number` of `text`, read as `split` reads it (blank
/// rows count, a quoted cell may span lines); `Err` with how many rows the
/// text has when it has fewer. Reads only the rows up to `number`.
pub fn row_span(text: &str, delimiter: u8, number: usize) -> Result<RowSpan, usize> {
    let skip = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let body = &text[skip..];
    let bytes = body.as_bytes();
    let mut cells = Vec::new();
    let mut row = 1;
    let mut at = 0;
    loop {
        let start = at;
        at = cell_at(body, at, delimiter).1;
        if row == number && cells.len() < MAX_COLUMNS {
            cells.push(skip + start..skip + at);
        }
        let end_of_row;
        (at, end_of_row) = past_separator(bytes, at, delimiter);
        if end_of_row {
            if row == number {
                return Ok(RowSpan { number, cells });
            }
            if at >= bytes.len() {
                return Err(row);
            }
            row += 1;
        }
    }
}

fn end_row(grid: &mut Grid, mut cells: Vec<String>, number: usize, max_rows: usize) {
    while cells.last().is_some_and(|c| c.is_empty()) {
        cells.pop();
    }
    if cells.is_empty() {
        return;
    }
    if grid.rows.len() < max_rows {
        grid.rows.push(Row { number, cells });
    } else {
        grid.rows_left_out += 1;
    }
}

/// The cell starting at byte `at`, and the byte after it (a separator, a
/// line end or the end of the text). Separators and line ends are ASCII, so
/// every index here is a character boundary.
fn cell_at(text: &str, at: usize, delimiter: u8) -> (String, usize) {
    let bytes = text.as_bytes();
    if bytes.get(at) == Some(&b'"') {
        if let Some(found) = quoted_cell(text, at + 1, delimiter) {
            return found;
        }
    }
    let end = bytes[at..]
        .iter()
        .position(|&b| b == delimiter || b == b'\r' || b == b'\n')
        .map_or(bytes.len(), |p| at + p);
    (text[at..end].to_owned(), end)
}

/// A quoted cell whose content starts at `start`: `""` is one quote, and
/// the closing quote must be followed by a separator, a line end or the end
/// of the text; `None` otherwise (or past `MAX_QUOTED_BYTES`).
fn quoted_cell(text: &str, start: usize, delimiter: u8) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut from = start;
    let mut at = start;
    while at - start <= MAX_QUOTED_BYTES {
        match bytes.get(at)? {
            b'"' if bytes.get(at + 1) == Some(&b'"') => {
                out.push_str(&text[from..=at]);
                at += 2;
                from = at;
            }
            b'"' => {
                let after = bytes.get(at + 1).copied();
                if after.is_some_and(|b| b != delimiter && b != b'\r' && b != b'\n') {
                    return None;
                }
                out.push_str(&text[from..at]);
                // A line break inside a cell is one `\n`, whichever system
                // wrote the file.
                if out.contains('\r') {
                    out = out.replace("\r\n", "\n").replace('\r', "\n");
                }
                return Some((out, at + 1));
            }
            _ => at += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<Vec<String>> {
        split(text, detect_delimiter(text), 100).rows.into_iter().map(|r| r.cells).collect()
    }

    #[test]
    fn pasted_cells_split_at_tabs_and_line_ends() {
        assert_eq!(cells("id\tdate\r\na\t2025\r\n"), [vec!["id", "date"], vec!["a", "2025"]]);
        assert_eq!(cells("id\tdate\nb\t2025-Q3"), [vec!["id", "date"], vec!["b", "2025-Q3"]]);
        // A comma in a pasted cell is text, not a separator.
        assert_eq!(cells("id\ttitle en\nc\tOne, two"), [vec!["id", "title en"], vec!["c", "One, two"]]);
    }

    #[test]
    fn csv_quoting_bom_and_line_ends_follow_rfc_4180() {
        let text = "\u{feff}id,title en\r\n\"a,b\",\"say \"\"hi\"\"\r\nagain\"\r\n";
        assert_eq!(cells(text), [vec!["id", "title en"], vec!["a,b", "say \"hi\"\nagain"]]);
        assert_eq!(cells("a;b\r1;2"), [vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(cells("a,\"\"\n"), [vec!["a"]]);
    }

    #[test]
    fn the_separator_is_the_header_rows_even_after_blank_lines() {
        assert_eq!(detect_delimiter("\n\r\n\tid\tdate\n"), b'\t');
        assert_eq!(cells("\n\nid\ttitle en\nc\tOne, two"), [vec!["id", "title en"], vec!["c", "One, two"]]);
    }

    #[test]
    fn row_numbers_count_blank_rows_and_quoted_line_breaks_do_not() {
        let grid = split("id\n\n\"x\ny\"\n\t\t\nz", b'\t', 100);
        let numbers: Vec<usize> = grid.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [1, 3, 5]);
        assert_eq!(grid.rows[1].cells, ["x\ny"]);
    }

    #[test]
    fn a_stray_quote_is_read_as_the_text_a_spreadsheet_shows() {
        assert_eq!(cells("a\tb\n\"AI+\" plan\tx"), [vec!["a", "b"], vec!["\"AI+\" plan", "x"]]);
        assert_eq!(cells("a\tb\n\"open\tx\ny\tz"), [vec!["a", "b"], vec!["\"open", "x"], vec!["y", "z"]]);
    }

    #[test]
    fn rows_and_columns_past_the_caps_are_counted_not_kept() {
        let grid = split("h\n1\n2\n\n3\n4\n", b'\t', 3);
        assert_eq!(grid.rows.len(), 3);
        assert_eq!(grid.rows_left_out, 2);
        let wide = format!("h\n{}x\n", "\t".repeat(MAX_COLUMNS + 5));
        let grid = split(&wide, b'\t', 10);
        assert_eq!(grid.too_wide, Some(2));
        assert!(grid.rows.iter().all(|r| r.cells.len() <= MAX_COLUMNS));
        // A line of nothing but separators keeps no cells at all.
        assert_eq!(split(&"\t".repeat(100_000), b'\t', 10).rows, []);
    }

    #[test]
    fn many_unclosed_quotes_stay_linear() {
        // Every cell opens a quote that never closes cleanly: each is read
        // literally after a look ahead that stops at the next quote.
        let text = "\"a\t".repeat(50_000) + "\n" + &"\"\"\"\t".repeat(50_000);
        let grid = split(&text, b'\t', 10);
        assert_eq!(grid.rows[0].cells[..2], ["\"a", "\"a"]);
        assert_eq!(grid.rows[0].cells.len(), MAX_COLUMNS);
        // A quote that never closes looks ahead only to the cap, not to the
        // end of the text, and the cell is read literally.
        let text = "\"".to_owned() + &"x\t".repeat(1_000_000);
        assert_eq!(quoted_cell(&text, 1, b'\t'), None);
        let grid = split(&text, b'\t', 10);
        assert_eq!(grid.rows[0].cells[..2], ["\"x", "x"]);
        assert_eq!(grid.too_wide, Some(1));
    }
}
