//! The editor's own words in each language. A match per word and language,
//! so a missing translation fails to compile.

use crate::data::Lang;

/// A text of the editor's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// The page's heading.
    Title,
    /// The language picker's label.
    Language,
    /// The milestones sheet's label.
    MilestonesSheet,
    /// The indicators sheet's label.
    IndicatorsSheet,
    /// How to fill the sheets.
    PasteHint,
    /// The problem list's heading.
    Problems,
    /// Shown when there is nothing to fix.
    NoProblems,
    /// The download button.
    Download,
}

impl Word {
    /// Every word, for tests.
    pub const ALL: [Word; 8] = [
        Word::Title,
        Word::Language,
        Word::MilestonesSheet,
        Word::IndicatorsSheet,
        Word::PasteHint,
        Word::Problems,
        Word::NoProblems,
        Word::Download,
    ];

    /// The word in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::{En, ZhHans, ZhHant};
        match (self, lang) {
            (Word::Title, En) => "Data editor",
            (Word::Title, ZhHant) => "資料編輯器",
            (Word::Title, ZhHans) => "数据编辑器",
            (Word::Language, En) => "Language",
            (Word::Language, ZhHant) => "語言",
            (Word::Language, ZhHans) => "语言",
            (Word::MilestonesSheet, En) => "Milestones sheet",
            (Word::MilestonesSheet, ZhHant) => "大事表",
            (Word::MilestonesSheet, ZhHans) => "大事表",
            (Word::IndicatorsSheet, En) => "Indicators sheet",
            (Word::IndicatorsSheet, ZhHant) => "指標表",
            (Word::IndicatorsSheet, ZhHans) => "指标表",
            (Word::PasteHint, En) => {
                "Paste the cells from your spreadsheet, header row included (columns: docs/spreadsheet.md). The title and categories are the built-in dataset's."
            }
            (Word::PasteHint, ZhHant) => {
                "從試算表貼上儲存格，包括標題列（欄位見 docs/spreadsheet.md）。標題與類別沿用內建資料。"
            }
            (Word::PasteHint, ZhHans) => {
                "从电子表格粘贴单元格，包括标题行（列名见 docs/spreadsheet.md）。标题与类别沿用内置数据。"
            }
            (Word::Problems, En) => "Problems",
            (Word::Problems, ZhHant) => "問題",
            (Word::Problems, ZhHans) => "问题",
            (Word::NoProblems, En) => "No problems: the data is ready to download.",
            (Word::NoProblems, ZhHant) => "沒有問題，可以下載資料。",
            (Word::NoProblems, ZhHans) => "没有问题，可以下载数据。",
            (Word::Download, En) => "Download the JSON",
            (Word::Download, ZhHant) => "下載 JSON",
            (Word::Download, ZhHans) => "下载 JSON",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_written_and_simplified_where_it_should_be() {
        let traditional = "陣數為應處問題實際檔欄無載網機稱組單參個項範圍須類別錄資顯語開關標記時間點據錯誤這們請檢體隱號續價則從線與後將佔繪製塊於連結讀儲餘輯試貼內標載";
        for word in Word::ALL {
            for lang in Lang::ALL {
                assert!(!word.text(lang).trim().is_empty(), "{word:?} {lang}");
            }
            let hans = word.text(Lang::ZhHans);
            assert!(!hans.chars().any(|c| traditional.contains(c)), "{hans}");
        }
    }
}
