//! Problems found in a sheet, each located where the author can fix it: a
//! cell (`Milestones!C5`, under the header `date`), a whole row, or, for
//! what no sheet holds (the title, the categories), a JSON path.

use super::super::lang::Lang;
use super::super::problem::{Problem, ProblemKind, Severity};
use super::super::text_rules::quoted;
use super::columns::{column_letters, SheetKind};

/// A place in a sheet, as a spreadsheet names it.
#[derive(Clone, Debug, PartialEq)]
pub struct CellRef {
    /// Which sheet.
    pub sheet: SheetKind,
    /// The row as the spreadsheet numbers it (the header row is 1).
    pub row: usize,
    /// The column's header as `docs/spreadsheet.md` writes it (`title en`);
    /// `None` for the row as a whole.
    pub header: Option<String>,
    /// Where that column is in the sheet, counted from 0; `None` when the
    /// sheet has no such column (a required one left out) or for a row.
    pub index: Option<usize>,
}

impl CellRef {
    /// `Milestones!C5` for a cell, `Milestones!5` for a row or a column the
    /// sheet lacks (then the header says which), with the sheet's name in
    /// the author's language.
    pub fn address(&self, lang: Lang) -> String {
        format!("{}!{}", self.sheet.name(lang), self.cell())
    }

    /// `C5` for a cell, `5` for a row: the same in every language, for
    /// messages that point to another cell of the same sheet.
    pub fn cell(&self) -> String {
        match self.index {
            Some(i) => format!("{}{}", column_letters(i), self.row),
            None => self.row.to_string(),
        }
    }
}

/// Where a problem is.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    /// In a sheet.
    Cell(CellRef),
    /// In the part of the dataset no sheet holds: its JSON path.
    Json(String),
}

/// What is wrong with a sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetProblemKind {
    /// The validator's finding about what the cell became.
    Data(ProblemKind),
    /// A header the format does not define (often a typo).
    UnknownColumn { header: String },
    /// A header written twice; the first one is read.
    DuplicateColumn { header: String, first: String },
    /// A cell with text under an empty header.
    UnnamedColumn,
    /// A row with more cells than any sheet has columns.
    TooManyColumns { limit: usize },
    /// A sheet's text over the size cap.
    SheetTooLarge { bytes: usize, limit: usize },
    /// More rows than the dataset may hold.
    TooManyRows { count: usize, limit: usize },
    /// An id holding a character that separates ids in a links cell.
    SeparatorInId { separator: char },
}

/// One located problem.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetProblem {
    /// Where it is.
    pub place: Place,
    /// What is wrong.
    pub kind: SheetProblemKind,
}

impl SheetProblem {
    /// Whether it stops the dataset from being used.
    pub fn severity(&self) -> Severity {
        match &self.kind {
            SheetProblemKind::Data(kind) => Problem { path: String::new(), kind: kind.clone() }.severity(),
            _ => Severity::Error,
        }
    }

    /// The problem in the author's language, place first:
    /// `Milestones!C5 (date): expected YYYY…`.
    pub fn message(&self, lang: Lang) -> String {
        let place = match &self.place {
            Place::Cell(cell) => match &cell.header {
                Some(header) => format!("{} ({header})", cell.address(lang)),
                None => cell.address(lang),
            },
            Place::Json(path) => path.clone(),
        };
        format!("{place}: {}", self.describe(lang))
    }

    /// What is wrong, without the place (for a message shown at the cell).
    pub fn describe(&self, lang: Lang) -> String {
        use SheetProblemKind as K;
        let pick = |e: String, t: String, s: String| match lang {
            Lang::En => e,
            Lang::ZhHant => t,
            Lang::ZhHans => s,
        };
        match &self.kind {
            K::Data(kind) => {
                // The validator's words without its path: `Problem` offers
                // only "path: words", and the reader's bundle stays exactly
                // as it is if nothing in its code changes for the editor.
                let message = Problem { path: String::new(), kind: kind.clone() }.message(lang);
                message.strip_prefix(": ").map(str::to_owned).unwrap_or(message)
            }
            K::UnknownColumn { header } => {
                let header = quoted(header);
                pick(
                    format!("unknown column {header}; the columns are listed in docs/spreadsheet.md (id, date, title en, source 1 note en…)"),
                    format!("未知欄位 {header}；欄位列於 docs/spreadsheet.md（id、date、title en、source 1 note en…）"),
                    format!("未知列 {header}；列名见 docs/spreadsheet.md（id、date、title en、source 1 note en…）"),
                )
            }
            K::DuplicateColumn { header, first } => {
                let header = quoted(header);
                pick(
                    format!("the column {header} is already at {first}; this one is not read"),
                    format!("欄位 {header} 已在 {first}；此欄不會讀取"),
                    format!("列 {header} 已在 {first}；此列不会读取"),
                )
            }
            K::UnnamedColumn => pick(
                "this cell is in a column without a header; name the column in row 1 or clear it".into(),
                "此儲存格所在的欄沒有標題；請在第 1 列填寫欄位名稱或清空此欄".into(),
                "此单元格所在的列没有标题；请在第 1 行填写列名或清空此列".into(),
            ),
            K::TooManyColumns { limit } => pick(
                format!("the row has more than {limit} cells; only the first {limit} are read"),
                format!("此列超過 {limit} 個儲存格；只讀取前 {limit} 個"),
                format!("此行超过 {limit} 个单元格；只读取前 {limit} 个"),
            ),
            K::SheetTooLarge { bytes, limit } => pick(
                format!("the sheet is {bytes} bytes; at most {limit} bytes are accepted"),
                format!("工作表有 {bytes} 位元組，上限為 {limit} 位元組"),
                format!("工作表有 {bytes} 字节，上限为 {limit} 字节"),
            ),
            K::TooManyRows { count, limit } => pick(
                format!("{count} rows; at most {limit} are accepted, the rest are not read"),
                format!("共 {count} 列，上限為 {limit} 列，其餘不會讀取"),
                format!("共 {count} 行，上限为 {limit} 行，其余不会读取"),
            ),
            K::SeparatorInId { separator } => {
                let sep = quoted(&separator.to_string());
                pick(
                    format!("an id in a sheet cannot contain {sep}: it separates the ids in a links column"),
                    format!("工作表中的 id 不可含 {sep}：它用於分隔連結欄中的 id"),
                    format!("工作表中的 id 不可含 {sep}：它用于分隔链接列中的 id"),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<SheetProblemKind> {
        use SheetProblemKind as K;
        vec![
            K::Data(ProblemKind::Missing),
            K::UnknownColumn { header: "titel en".into() },
            K::DuplicateColumn { header: "id".into(), first: "A1".into() },
            K::UnnamedColumn,
            K::TooManyColumns { limit: 300 },
            K::SheetTooLarge { bytes: 5_000_000, limit: 4_194_304 },
            K::TooManyRows { count: 20_002, limit: 20_000 },
            K::SeparatorInId { separator: ',' },
        ]
    }

    #[test]
    fn messages_name_the_sheet_cell_and_header_in_the_authors_language() {
        let cell =
            CellRef { sheet: SheetKind::Milestones, row: 5, header: Some("date".into()), index: Some(2) };
        let problem =
            SheetProblem { place: Place::Cell(cell), kind: SheetProblemKind::Data(ProblemKind::Missing) };
        assert_eq!(problem.message(Lang::En), "Milestones!C5 (date): required field is missing");
        assert_eq!(problem.message(Lang::ZhHant), "大事!C5 (date): 缺少必填欄位");
        let row = CellRef { sheet: SheetKind::Indicators, row: 7, header: None, index: None };
        let problem = SheetProblem { place: Place::Cell(row), kind: SheetProblemKind::UnnamedColumn };
        assert!(problem.message(Lang::ZhHans).starts_with("指标!7: "));
    }

    #[test]
    fn simplified_messages_use_simplified_characters() {
        let traditional = "陣數為應處問題實際檔欄無載網機稱組單參個項範圍須類別錄資顯語開關標記時間點據錯誤這們請檢體隱號續價則從線與後將佔繪製塊於連結讀儲餘";
        for kind in every_kind() {
            let problem = SheetProblem { place: Place::Json("$".into()), kind };
            let message = problem.message(Lang::ZhHans);
            assert!(!message.chars().any(|c| traditional.contains(c)), "{message}");
            assert_eq!(problem.severity(), Severity::Error);
        }
    }
}
