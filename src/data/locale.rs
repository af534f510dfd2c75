//! The widget's own words (headings, labels, messages) per language, as one
//! enum of keys: a lookup cannot name a string that does not exist, and the
//! macro below takes exactly three texts per key, so no language can be
//! missing. A data file may override any of them under `meta.ui` by key;
//! these are the defaults.

use super::lang::Lang;

macro_rules! ui_texts {
    ($($(#[doc = $doc:expr])+ $name:ident = $key:literal [$hant:literal, $hans:literal, $en:literal],)+) => {
        /// A string of the widget's own that readers see or hear.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum UiText {
            $($(#[doc = $doc])+ $name,)+
        }

        impl UiText {
            /// Every key, in declaration order.
            pub const ALL: &'static [UiText] = &[$(UiText::$name,)+];
            /// The keys a data file may override under `meta.ui`, in the
            /// same order.
            pub const KEYS: &'static [&'static str] = &[$($key,)+];

            /// The key a data file uses for this string.
            pub const fn key(self) -> &'static str {
                UiText::KEYS[self as usize]
            }

            /// The default text in zh-Hant, zh-Hans and en (`Lang::ALL` order).
            pub const fn texts(self) -> [&'static str; 3] {
                // A table, not a match: one load instead of a jump per key.
                const TEXTS: &[[&str; 3]] = &[$([$hant, $hans, $en],)+];
                TEXTS[self as usize]
            }
        }
    };
}

ui_texts! {
    /// Heading of the key figures.
    Indicators = "indicators" ["關鍵指標", "关键指标", "Key figures"],
    /// Heading of the timeline.
    Timeline = "timeline" ["2025 大事記", "2025 大事记", "2025 milestones"],
    /// What assistive technology calls the timeline chart (its role).
    TimelineRole = "timeline_role" ["時間軸", "时间轴", "timeline"],
    /// Label before a source.
    Source = "source" ["資料來源", "资料来源", "Source"],
    /// Label before the article's author.
    Author = "author" ["撰文", "撰文", "By"],
    /// A source that is the article itself.
    Article = "article" ["原文", "原文", "Article"],
    /// A source that is a public report.
    Report = "report" ["公開報道", "公开报道", "Public report"],
    /// Short label for a milestone known only to the year (kept for data
    /// files that override it).
    YearOnly = "year_only" ["僅知年份", "仅知年份", "Year only"],
    /// The band of milestones known only to the year.
    YearOnlyNote = "year_only_note" ["只知年份、未知月日的事項", "只知年份、未知月日的事项", "Dated to the year only; month not reported"],
    /// Shown while a data file loads.
    Loading = "loading" ["載入中…", "加载中…", "Loading…"],
    /// Title of the error box.
    ErrorTitle = "error_title" ["資料無法顯示", "数据无法显示", "The data could not be shown"],
    /// After the number of problems, when there are several.
    ErrorCount = "error_count" ["處問題", "处问题", "problems"],
    /// After the number of problems, when there is one.
    ErrorCountOne = "error_count_one" ["處問題", "处问题", "problem"],
    /// The text equivalent of the charts.
    DataTable = "data_table" ["圖表數據（文字版）", "图表数据（文字版）", "Chart data as text"],
    /// The timeline's accessible description; `{n}` is the number of milestones.
    TimelineSummary = "timeline_summary" ["{n} 項大事；完整列表見「圖表數據（文字版）」", "{n} 项大事；完整列表见“图表数据（文字版）”", "{n} milestones; the full list is in “Chart data as text”"],
    /// Column of figures.
    Figure = "figure" ["數值", "数值", "Figure"],
    /// Column of dates.
    Date = "date" ["日期", "日期", "Date"],
    /// Column of events.
    Event = "event" ["事項", "事项", "Event"],
    /// Column of categories.
    Category = "category" ["類別", "类别", "Category"],
    /// Closes the detail panel.
    Close = "close" ["關閉", "关闭", "Close"],
    /// Links from a milestone to its figures.
    Related = "related" ["相關", "相关", "Related"],
    /// The reference a figure is compared with.
    Reference = "reference" ["參照", "参照", "Reference"],
    /// The zoom controls' group.
    Zoom = "zoom" ["縮放時間軸", "缩放时间轴", "Zoom the timeline"],
    /// Zooms in.
    ZoomIn = "zoom_in" ["放大", "放大", "Zoom in"],
    /// Zooms out.
    ZoomOut = "zoom_out" ["縮小", "缩小", "Zoom out"],
    /// Shows the whole year again.
    ZoomReset = "zoom_reset" ["全年", "全年", "Whole year"],
    /// Moves the zoomed window earlier.
    PanBack = "pan_back" ["較早", "较早", "Earlier"],
    /// Moves the zoomed window later.
    PanForward = "pan_forward" ["較晚", "较晚", "Later"],
    /// The download control.
    Download = "download" ["下載", "下载", "Download"],
    /// The data downloads.
    GetData = "get_data" ["下載資料", "下载数据", "Get the data"],
    /// The charts' PNG downloads.
    ChartsPng = "charts_png" ["圖表圖片（PNG）", "图表图片（PNG）", "Charts as PNG images"],
    /// A chart's PNG download (kept for data files that override it; the
    /// download control names each chart instead).
    DownloadPng = "download_png" ["下載圖表", "下载图表", "download the chart"],
    /// Opens a quoted title.
    QuoteOpen = "quote_open" ["〈", "〈", "“"],
    /// Closes a quoted title.
    QuoteClose = "quote_close" ["〉", "〉", "”"],
}

impl UiText {
    /// The default text in one language.
    pub const fn default_text(self, lang: Lang) -> &'static str {
        self.texts()[lang as usize]
    }

    /// The string a data file names by `key`, if any.
    pub fn from_key(key: &str) -> Option<UiText> {
        UiText::ALL.iter().copied().find(|t| t.key() == key)
    }

    /// "problem" or "problems" (and the Chinese measure word) for a count.
    pub fn problems(count: usize) -> UiText {
        if count == 1 {
            UiText::ErrorCountOne
        } else {
            UiText::ErrorCount
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_every_language() {
        for text in UiText::ALL {
            for (lang, s) in Lang::ALL.iter().zip(text.texts()) {
                assert!(!s.trim().is_empty(), "{} in {lang}", text.key());
            }
        }
    }

    #[test]
    fn keys_are_unique_and_read_back() {
        let mut keys = UiText::KEYS.to_vec();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), UiText::ALL.len());
        for (i, text) in UiText::ALL.iter().enumerate() {
            assert_eq!(*text as usize, i);
            assert_eq!(UiText::from_key(text.key()), Some(*text));
        }
        assert_eq!(UiText::from_key("nope"), None);
    }

    #[test]
    fn simplified_texts_use_simplified_characters() {
        // Characters whose Traditional form differs; one in a zh-Hans text
        // is a copy that was not converted.
        let traditional = "關鍵記時間軸來開報僅載顯處問題圖數據項見類別縮較資陣";
        for text in UiText::ALL {
            let s = text.default_text(Lang::ZhHans);
            assert!(!s.chars().any(|c| traditional.contains(c)), "{}: {s}", text.key());
        }
    }
}
