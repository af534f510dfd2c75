//! The editor's own words in each language. A match per word and language,
//! so a missing translation fails to compile.

use crate::data::Lang;

/// A text of the editor's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// The page's heading.
    Title,
    /// The editor's language picker.
    Language,
    /// The milestones sheet text's label.
    MilestonesSheet,
    /// The indicators sheet text's label.
    IndicatorsSheet,
    /// How to fill the sheets.
    PasteHint,
    /// The problem list's heading.
    Problems,
    /// Shown when there is nothing to fix.
    NoProblems,
    /// The download button.
    Download,
    /// The starting points' heading.
    StartFrom,
    /// Starts from the built-in dataset.
    BuiltIn,
    /// Starts from empty sheets.
    Template,
    /// The file picker's label.
    OpenFile,
    /// Says a file can be dropped.
    DropHint,
    /// The button that clears the draft.
    StartOver,
    /// Asked before the draft is cleared.
    StartOverConfirm,
    /// Says where the draft is kept.
    DraftKept,
    /// Said after a file was opened (its name follows).
    Opened,
    /// Said when a file could not be opened (its name and the reasons follow).
    FileRefused,
    /// Said when a CSV file's header row names neither sheet.
    NotASheet,
    /// The sheets section's heading.
    Sheets,
    /// The milestones table's caption.
    MilestonesTable,
    /// The indicators table's caption.
    IndicatorsTable,
    /// The row-number column's header.
    Row,
    /// Said under a table that shows only its first rows; {n} is how many.
    RowsCut,
    /// Said for a sheet without rows.
    EmptySheet,
    /// Adds a row to the milestones table.
    AddMilestone,
    /// Adds a row to the indicators table.
    AddIndicator,
    /// The preview's heading.
    Preview,
    /// The preview's language picker.
    PreviewLanguage,
    /// The preview's theme picker.
    Theme,
    /// The light theme.
    Light,
    /// The dark theme.
    Dark,
    /// The preview's width picker.
    Width,
    /// A phone's width.
    Phone,
    /// A tablet's width.
    Tablet,
    /// A desktop's width.
    Desktop,
    /// Shown instead of the preview; {n} is the count of errors.
    FixProblems,
    /// The publishing section's heading.
    Publish,
    /// How to publish.
    PublishSteps,
    /// The data address field's label.
    DataUrl,
    /// The article address field's label.
    ArticleUrl,
    /// The embed code's label.
    Snippet,
    /// The copy button.
    Copy,
    /// Said after copying.
    Copied,
    /// Said when the clipboard refused.
    CopyFailed,
    /// The summary's link to the article.
    ReadArticle,
    /// The "About this graphic" form's heading.
    About,
    /// What the form holds.
    AboutHint,
    /// The title's inputs.
    MetaTitle,
    /// The subtitle's inputs.
    MetaSubtitle,
    /// The article's author's inputs.
    SourceAuthor,
    /// The article's title's inputs.
    SourceTitle,
    /// The publication's inputs.
    SourcePublication,
    /// The article's address.
    SourceUrl,
    /// The period's input.
    Period,
    /// The default language picker.
    DefaultLanguage,
    /// Asked before a start or a file replaces an edited draft.
    ReplaceConfirm,
    /// Said when the browser would not keep the draft.
    DraftNotKept,
    /// Said when a file is not UTF-8 text.
    NotUtf8,
}

impl Word {
    /// Every word, for tests.
    pub const ALL: [Word; 59] = [
        Word::Title,
        Word::Language,
        Word::MilestonesSheet,
        Word::IndicatorsSheet,
        Word::PasteHint,
        Word::Problems,
        Word::NoProblems,
        Word::Download,
        Word::StartFrom,
        Word::BuiltIn,
        Word::Template,
        Word::OpenFile,
        Word::DropHint,
        Word::StartOver,
        Word::StartOverConfirm,
        Word::DraftKept,
        Word::Opened,
        Word::FileRefused,
        Word::NotASheet,
        Word::Sheets,
        Word::MilestonesTable,
        Word::IndicatorsTable,
        Word::Row,
        Word::RowsCut,
        Word::EmptySheet,
        Word::AddMilestone,
        Word::AddIndicator,
        Word::Preview,
        Word::PreviewLanguage,
        Word::Theme,
        Word::Light,
        Word::Dark,
        Word::Width,
        Word::Phone,
        Word::Tablet,
        Word::Desktop,
        Word::FixProblems,
        Word::Publish,
        Word::PublishSteps,
        Word::DataUrl,
        Word::ArticleUrl,
        Word::Snippet,
        Word::Copy,
        Word::Copied,
        Word::CopyFailed,
        Word::ReadArticle,
        Word::About,
        Word::AboutHint,
        Word::MetaTitle,
        Word::MetaSubtitle,
        Word::SourceAuthor,
        Word::SourceTitle,
        Word::SourcePublication,
        Word::SourceUrl,
        Word::Period,
        Word::DefaultLanguage,
        Word::ReplaceConfirm,
        Word::DraftNotKept,
        Word::NotUtf8,
    ];

    /// The word in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::{En, ZhHans, ZhHant};
        match (self, lang) {
            (Word::Title, En) => "Data editor",
            (Word::Title, ZhHant) => "資料編輯器",
            (Word::Title, ZhHans) => "数据编辑器",
            (Word::Language, En) => "Editor language",
            (Word::Language, ZhHant) => "編輯器語言",
            (Word::Language, ZhHans) => "编辑器语言",
            (Word::MilestonesSheet, En) => "Milestones sheet (text as copied from a spreadsheet)",
            (Word::MilestonesSheet, ZhHant) => "大事表（從試算表複製的文字）",
            (Word::MilestonesSheet, ZhHans) => "大事表（从电子表格复制的文字）",
            (Word::IndicatorsSheet, En) => "Indicators sheet (text as copied from a spreadsheet)",
            (Word::IndicatorsSheet, ZhHant) => "指標表（從試算表複製的文字）",
            (Word::IndicatorsSheet, ZhHans) => "指标表（从电子表格复制的文字）",
            (Word::PasteHint, En) => "Edit the cells in the tables, or paste the cells from your spreadsheet into the sheet text, header row included (columns: docs/spreadsheet.md). The title and categories come from the dataset you started from.",
            (Word::PasteHint, ZhHant) => "在表格中編輯儲存格，或從試算表把儲存格貼到工作表文字中，包括標題列（欄位見 docs/spreadsheet.md）。標題與類別沿用起始資料。",
            (Word::PasteHint, ZhHans) => "在表格中编辑单元格，或从电子表格把单元格粘贴到工作表文字中，包括标题行（列名见 docs/spreadsheet.md）。标题与类别沿用起始数据。",
            (Word::Problems, En) => "Problems",
            (Word::Problems, ZhHant) => "問題",
            (Word::Problems, ZhHans) => "问题",
            (Word::NoProblems, En) => "No problems: the data is ready to publish.",
            (Word::NoProblems, ZhHant) => "沒有問題，可以發佈資料。",
            (Word::NoProblems, ZhHans) => "没有问题，可以发布数据。",
            (Word::Download, En) => "Download the JSON",
            (Word::Download, ZhHant) => "下載 JSON",
            (Word::Download, ZhHans) => "下载 JSON",
            (Word::StartFrom, En) => "Start from",
            (Word::StartFrom, ZhHant) => "從這裡開始",
            (Word::StartFrom, ZhHans) => "从这里开始",
            (Word::BuiltIn, En) => "The Tiexi 2025 dataset",
            (Word::BuiltIn, ZhHant) => "鐵西 2025 資料",
            (Word::BuiltIn, ZhHans) => "铁西 2025 数据",
            (Word::Template, En) => "An empty template",
            (Word::Template, ZhHant) => "空白範本",
            (Word::Template, ZhHans) => "空白模板",
            (Word::OpenFile, En) => "Open a JSON data file or a CSV sheet",
            (Word::OpenFile, ZhHant) => "開啟 JSON 資料檔或 CSV 工作表",
            (Word::OpenFile, ZhHans) => "打开 JSON 数据文件或 CSV 工作表",
            (Word::DropHint, En) => "You can also drop a file anywhere on this page.",
            (Word::DropHint, ZhHant) => "也可以把檔案拖放到本頁任何位置。",
            (Word::DropHint, ZhHans) => "也可以把文件拖放到本页任何位置。",
            (Word::StartOver, En) => "Start over",
            (Word::StartOver, ZhHant) => "重新開始",
            (Word::StartOver, ZhHans) => "重新开始",
            (Word::StartOverConfirm, En) => "Start over from the Tiexi 2025 dataset? Your draft in this browser will be deleted.",
            (Word::StartOverConfirm, ZhHant) => "要從鐵西 2025 資料重新開始嗎？本瀏覽器中的草稿將被刪除。",
            (Word::StartOverConfirm, ZhHans) => "要从铁西 2025 数据重新开始吗？本浏览器中的草稿将被删除。",
            (Word::DraftKept, En) => "Your draft is kept in this browser as you type.",
            (Word::DraftKept, ZhHant) => "草稿會在輸入時保存在本瀏覽器中。",
            (Word::DraftKept, ZhHans) => "草稿会在输入时保存在本浏览器中。",
            (Word::Opened, En) => "Opened:",
            (Word::Opened, ZhHant) => "已開啟：",
            (Word::Opened, ZhHans) => "已打开：",
            (Word::FileRefused, En) => "This file could not be opened:",
            (Word::FileRefused, ZhHant) => "無法開啟此檔案：",
            (Word::FileRefused, ZhHans) => "无法打开此文件：",
            (Word::NotASheet, En) => "Its first row names the columns of neither sheet (see docs/spreadsheet.md).",
            (Word::NotASheet, ZhHant) => "其第一列不是任一工作表的欄位名稱（見 docs/spreadsheet.md）。",
            (Word::NotASheet, ZhHans) => "其第一行不是任一工作表的列名（见 docs/spreadsheet.md）。",
            (Word::Sheets, En) => "Milestones and key figures",
            (Word::Sheets, ZhHant) => "大事與關鍵數字",
            (Word::Sheets, ZhHans) => "大事与关键数字",
            (Word::MilestonesTable, En) => "Milestones",
            (Word::MilestonesTable, ZhHant) => "大事",
            (Word::MilestonesTable, ZhHans) => "大事",
            (Word::IndicatorsTable, En) => "Indicators (key figures)",
            (Word::IndicatorsTable, ZhHant) => "指標（關鍵數字）",
            (Word::IndicatorsTable, ZhHans) => "指标（关键数字）",
            (Word::Row, En) => "Row",
            (Word::Row, ZhHant) => "列",
            (Word::Row, ZhHans) => "行",
            (Word::RowsCut, En) => "Only the first {n} rows are shown as a table; edit the others in the sheet text below.",
            (Word::RowsCut, ZhHant) => "表格只顯示前 {n} 列；其餘請在下方的工作表文字中編輯。",
            (Word::RowsCut, ZhHans) => "表格只显示前 {n} 行；其余请在下方的工作表文字中编辑。",
            (Word::EmptySheet, En) => "No rows yet: paste the cells from your spreadsheet into the sheet text below.",
            (Word::EmptySheet, ZhHant) => "還沒有資料列：請把試算表的儲存格貼到下方的工作表文字中。",
            (Word::EmptySheet, ZhHans) => "还没有数据行：请把电子表格的单元格粘贴到下方的工作表文字中。",
            (Word::AddMilestone, En) => "Add a milestone",
            (Word::AddMilestone, ZhHant) => "新增大事",
            (Word::AddMilestone, ZhHans) => "新增大事",
            (Word::AddIndicator, En) => "Add an indicator",
            (Word::AddIndicator, ZhHant) => "新增指標",
            (Word::AddIndicator, ZhHans) => "新增指标",
            (Word::Preview, En) => "Preview",
            (Word::Preview, ZhHant) => "預覽",
            (Word::Preview, ZhHans) => "预览",
            (Word::PreviewLanguage, En) => "Widget language",
            (Word::PreviewLanguage, ZhHant) => "圖表語言",
            (Word::PreviewLanguage, ZhHans) => "图表语言",
            (Word::Theme, En) => "Theme",
            (Word::Theme, ZhHant) => "主題",
            (Word::Theme, ZhHans) => "主题",
            (Word::Light, En) => "Light",
            (Word::Light, ZhHant) => "淺色",
            (Word::Light, ZhHans) => "浅色",
            (Word::Dark, En) => "Dark",
            (Word::Dark, ZhHant) => "深色",
            (Word::Dark, ZhHans) => "深色",
            (Word::Width, En) => "Width",
            (Word::Width, ZhHant) => "寬度",
            (Word::Width, ZhHans) => "宽度",
            (Word::Phone, En) => "Phone (390 px)",
            (Word::Phone, ZhHant) => "手機（390 px）",
            (Word::Phone, ZhHans) => "手机（390 px）",
            (Word::Tablet, En) => "Tablet (768 px)",
            (Word::Tablet, ZhHant) => "平板（768 px）",
            (Word::Tablet, ZhHans) => "平板（768 px）",
            (Word::Desktop, En) => "Desktop (1280 px)",
            (Word::Desktop, ZhHant) => "桌面（1280 px）",
            (Word::Desktop, ZhHans) => "桌面（1280 px）",
            (Word::FixProblems, En) => "Fix the {n} problems above to see the preview.",
            (Word::FixProblems, ZhHant) => "請先修正上方的 {n} 個問題，再查看預覽。",
            (Word::FixProblems, ZhHans) => "请先修正上方的 {n} 个问题，再查看预览。",
            (Word::Publish, En) => "Publish",
            (Word::Publish, ZhHant) => "發佈",
            (Word::Publish, ZhHans) => "发布",
            (Word::PublishSteps, En) => "Download the JSON file and put it on your web server; type its address below; then paste the embed code into your page.",
            (Word::PublishSteps, ZhHant) => "下載 JSON 檔並放到你的網站伺服器上，在下方填寫其網址，再把嵌入碼貼到你的網頁中。",
            (Word::PublishSteps, ZhHans) => "下载 JSON 文件并放到你的网站服务器上，在下方填写其网址，再把嵌入码粘贴到你的网页中。",
            (Word::DataUrl, En) => "Address where you will host the JSON file",
            (Word::DataUrl, ZhHant) => "JSON 檔的網址（你將放置的位置）",
            (Word::DataUrl, ZhHans) => "JSON 文件的网址（你将放置的位置）",
            (Word::ArticleUrl, En) => "Address of the article (linked from the summary)",
            (Word::ArticleUrl, ZhHant) => "文章網址（摘要中的連結）",
            (Word::ArticleUrl, ZhHans) => "文章网址（摘要中的链接）",
            (Word::Snippet, En) => "Embed code (in the widget's language, with a summary for readers without JavaScript)",
            (Word::Snippet, ZhHant) => "嵌入碼（使用圖表的語言，附給無 JavaScript 讀者的摘要）",
            (Word::Snippet, ZhHans) => "嵌入码（使用图表的语言，附给无 JavaScript 读者的摘要）",
            (Word::Copy, En) => "Copy the embed code",
            (Word::Copy, ZhHant) => "複製嵌入碼",
            (Word::Copy, ZhHans) => "复制嵌入码",
            (Word::Copied, En) => "Copied.",
            (Word::Copied, ZhHant) => "已複製。",
            (Word::Copied, ZhHans) => "已复制。",
            (Word::CopyFailed, En) => "The code is selected: press Ctrl+C (⌘C) to copy it.",
            (Word::CopyFailed, ZhHant) => "已選取嵌入碼：請按 Ctrl+C（⌘C）複製。",
            (Word::CopyFailed, ZhHans) => "已选取嵌入码：请按 Ctrl+C（⌘C）复制。",
            (Word::ReadArticle, En) => "Read the article",
            (Word::ReadArticle, ZhHant) => "閱讀全文",
            (Word::ReadArticle, ZhHans) => "阅读全文",
            (Word::About, En) => "About this graphic",
            (Word::About, ZhHant) => "關於本圖表",
            (Word::About, ZhHans) => "关于本图表",
            (Word::AboutHint, En) => "The title and source shown with the graphic, in each language; a missing translation falls back to the default language.",
            (Word::AboutHint, ZhHant) => "圖表的標題與出處，每種語言各一；缺少的翻譯以預設語言顯示。",
            (Word::AboutHint, ZhHans) => "图表的标题与出处，每种语言各一；缺少的翻译以默认语言显示。",
            (Word::MetaTitle, En) => "Title (required)",
            (Word::MetaTitle, ZhHant) => "標題（必填）",
            (Word::MetaTitle, ZhHans) => "标题（必填）",
            (Word::MetaSubtitle, En) => "Subtitle",
            (Word::MetaSubtitle, ZhHant) => "副標題",
            (Word::MetaSubtitle, ZhHans) => "副标题",
            (Word::SourceAuthor, En) => "Article's author (required)",
            (Word::SourceAuthor, ZhHant) => "文章作者（必填）",
            (Word::SourceAuthor, ZhHans) => "文章作者（必填）",
            (Word::SourceTitle, En) => "Article's title",
            (Word::SourceTitle, ZhHant) => "文章標題",
            (Word::SourceTitle, ZhHans) => "文章标题",
            (Word::SourcePublication, En) => "Publication",
            (Word::SourcePublication, ZhHant) => "刊物",
            (Word::SourcePublication, ZhHans) => "刊物",
            (Word::SourceUrl, En) => "Article's address (https://…)",
            (Word::SourceUrl, ZhHant) => "文章網址（https://…）",
            (Word::SourceUrl, ZhHans) => "文章网址（https://…）",
            (Word::Period, En) => "Period shown (required: 2025, 2025-Q3, 2025-10…)",
            (Word::Period, ZhHant) => "涵蓋期間（必填：2025、2025-Q3、2025-10…）",
            (Word::Period, ZhHans) => "涵盖期间（必填：2025、2025-Q3、2025-10…）",
            (Word::DefaultLanguage, En) => "Default language",
            (Word::DefaultLanguage, ZhHant) => "預設語言",
            (Word::DefaultLanguage, ZhHans) => "默认语言",
            (Word::ReplaceConfirm, En) => "Replace your draft? The changes you made in it will be lost.",
            (Word::ReplaceConfirm, ZhHant) => "要取代目前的草稿嗎？您所做的修改將會遺失。",
            (Word::ReplaceConfirm, ZhHans) => "要替换当前的草稿吗？您所做的修改将会丢失。",
            (Word::DraftNotKept, En) => "Draft not kept: this browser's storage is full or blocked. Download your work so as not to lose it.",
            (Word::DraftNotKept, ZhHant) => "草稿未能保存：本瀏覽器的儲存空間已滿或被封鎖。請下載您的資料，以免遺失。",
            (Word::DraftNotKept, ZhHans) => "草稿未能保存：本浏览器的存储空间已满或被阻止。请下载您的数据，以免丢失。",
            (Word::NotUtf8, En) => "This file is not UTF-8 text (perhaps Big5 or GBK). In your spreadsheet, save it as \"CSV UTF-8\" and open it again.",
            (Word::NotUtf8, ZhHant) => "此檔案不是 UTF-8 文字（可能是 Big5 或 GBK）。請在試算表中另存為「CSV UTF-8」後再開啟。",
            (Word::NotUtf8, ZhHans) => "此文件不是 UTF-8 文本（可能是 Big5 或 GBK）。请在电子表格中另存为“CSV UTF-8”后再打开。",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_written_and_simplified_where_it_should_be() {
        let traditional = "陣數為應處問題實際檔欄無載網機稱組單參個項範圍須類別錄資顯語開關標記時間點據錯誤這們請檢體隱號續價則從線與後將佔繪製塊於連結讀儲餘輯試貼內標載預覽淺寬鐵碼讀覽發佈範選複製將刪會輸";
        for word in Word::ALL {
            for lang in Lang::ALL {
                assert!(!word.text(lang).trim().is_empty(), "{word:?} {lang}");
            }
            let hans = word.text(Lang::ZhHans);
            assert!(!hans.chars().any(|c| traditional.contains(c)), "{word:?}: {hans}");
        }
    }

    #[test]
    fn every_count_has_its_place_in_every_language() {
        for lang in Lang::ALL {
            for word in [Word::FixProblems, Word::RowsCut] {
                assert_eq!(word.text(lang).matches("{n}").count(), 1, "{word:?} {lang}");
            }
        }
    }
}
