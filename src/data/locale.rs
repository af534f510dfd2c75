//! The widget's own words (headings, labels, messages) per language. A data
//! file may override any of them under `meta.ui`; these are the defaults.

use super::lang::Lang;

/// Every UI string: key, then zh-Hant, zh-Hans and en.
pub const UI_STRINGS: &[(&str, [&str; 3])] = &[
    ("indicators", ["關鍵指標", "关键指标", "Key figures"]),
    ("timeline", ["2025 大事記", "2025 大事记", "2025 milestones"]),
    ("source", ["資料來源", "资料来源", "Source"]),
    ("author", ["撰文", "撰文", "By"]),
    ("article", ["原文", "原文", "Article"]),
    ("report", ["公開報道", "公开报道", "Public report"]),
    ("year_only", ["僅知年份", "仅知年份", "Year only"]),
    (
        "year_only_note",
        [
            "只知年份、未知月日的事項",
            "只知年份、未知月日的事项",
            "Dated to the year only; month not reported",
        ],
    ),
    ("loading", ["載入中…", "加载中…", "Loading…"]),
    ("error_title", ["資料無法顯示", "数据无法显示", "The data could not be shown"]),
    ("error_count", ["處問題", "处问题", "problems"]),
    ("data_table", ["圖表數據（文字版）", "图表数据（文字版）", "Chart data as text"]),
    (
        "timeline_summary",
        [
            "{n} 項大事；完整列表見「圖表數據（文字版）」",
            "{n} 项大事；完整列表见“图表数据（文字版）”",
            "{n} milestones; the full list is in “Chart data as text”",
        ],
    ),
    ("figure", ["數值", "数值", "Figure"]),
    ("date", ["日期", "日期", "Date"]),
    ("event", ["事項", "事项", "Event"]),
    ("category", ["類別", "类别", "Category"]),
    ("close", ["關閉", "关闭", "Close"]),
    ("related", ["相關", "相关", "Related"]),
    ("reference", ["參照", "参照", "Reference"]),
    ("zoom", ["縮放時間軸", "缩放时间轴", "Zoom the timeline"]),
    ("zoom_in", ["放大", "放大", "Zoom in"]),
    ("zoom_out", ["縮小", "缩小", "Zoom out"]),
    ("zoom_reset", ["全年", "全年", "Whole year"]),
    ("pan_back", ["較早", "较早", "Earlier"]),
    ("pan_forward", ["較晚", "较晚", "Later"]),
    ("get_data", ["下載資料", "下载数据", "Get the data"]),
    ("download_png", ["下載圖表", "下载图表", "download the chart"]),
];

/// The default text of a UI key in a language, or the key itself when the
/// key is unknown (a visible hint for developers, never a panic).
pub fn default_ui_text(key: &str, lang: Lang) -> &str {
    UI_STRINGS.iter().find(|(k, _)| *k == key).map_or(key, |(_, texts)| texts[lang as usize])
}

/// The keys a data file may override.
pub fn ui_keys() -> Vec<&'static str> {
    UI_STRINGS.iter().map(|(k, _)| *k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_every_language() {
        for (key, texts) in UI_STRINGS {
            for text in texts {
                assert!(!text.trim().is_empty(), "{key}");
            }
        }
    }

    #[test]
    fn keys_are_unique() {
        let mut keys = ui_keys();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), UI_STRINGS.len());
    }
}
