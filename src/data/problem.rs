//! Problems found in a data file: each one says where (a JSON path such as
//! `milestones[3].date`) and what was expected, in the reader's language.

use super::json::SyntaxError;
use super::lang::Lang;
use super::text_rules::quoted;
use std::fmt;

/// An error stops the dataset from being shown; a warning is only logged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The dataset cannot be shown.
    Error,
    /// The dataset is shown, with a fallback.
    Warning,
}

/// The JSON shape a field should have had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A JSON object.
    Object,
    /// A JSON array.
    Array,
    /// A JSON string.
    String,
    /// A finite JSON number.
    Number,
    /// A whole number.
    Integer,
    /// An object with one string per language.
    Text,
}

impl Shape {
    fn name(self, lang: Lang) -> &'static str {
        // In `Lang::ALL` order, as every message table below.
        const NAMES: [[&str; 3]; 6] = [
            ["物件", "对象", "an object"],
            ["陣列", "数组", "an array"],
            ["字串", "字符串", "a string"],
            ["數字", "数字", "a number"],
            ["整數", "整数", "a whole number"],
            [
                "按語言分列的文字物件（zh-Hant、zh-Hans、en）",
                "按语言分列的文字对象（zh-Hant、zh-Hans、en）",
                "an object of texts by language (zh-Hant, zh-Hans, en)",
            ],
        ];
        NAMES[self as usize][lang as usize]
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The bytes are not JSON: what is wrong at which line and column
    /// (both from 1; a column counts bytes).
    Syntax { line: usize, column: usize, detail: SyntaxError },
    /// The file is larger than the widget accepts.
    FileTooLarge { bytes: usize, limit: usize },
    /// The value has the wrong JSON type.
    WrongShape { expected: Shape },
    /// A required field is absent.
    Missing,
    /// A field the format does not define (often a typo).
    UnknownField { allowed: &'static [&'static str] },
    /// A value outside a fixed list.
    NotOneOf { got: String, allowed: Vec<&'static str> },
    /// An id used twice.
    DuplicateId { id: String, first: String },
    /// A link to an id that does not exist.
    DanglingLink { id: String, target: &'static str },
    /// A language tag the widget does not know.
    UnknownLanguage { tag: String },
    /// A language missing from a text; the default language is shown instead.
    MissingTranslation { lang: Lang, fallback: Lang },
    /// A date that does not parse.
    BadDate { got: String },
    /// A date outside the dataset's period.
    DateOutOfRange { got: String, period: String },
    /// An empty or blank string.
    Empty,
    /// A string over the length cap.
    StringTooLong { chars: usize, limit: usize },
    /// A list over the count cap.
    TooMany { count: usize, limit: usize },
    /// A number outside its allowed range.
    OutOfRange { got: f64, min: f64, max: f64 },
    /// A web address that is not http(s).
    BadUrl { got: String },
    /// The data file could not be fetched (network, HTTP status, time-out).
    Unreachable { detail: String },
    /// A string with nothing to see: only spaces, invisible or
    /// direction-control characters.
    Invisible,
    /// An id holding a control or format character (`code`, at character
    /// `at`): it would look like another id, or like nothing.
    BadIdChar { code: u32, at: usize },
    /// A date range whose two ends are known to different precisions.
    MixedPrecision { got: String },
    /// An `area` chart that would need more grid cells than it can draw.
    TooManyCells { cells: f64, limit: usize, min_reference: f64 },
    /// Problems past the reporting cap: counted, not listed.
    MoreProblems { count: usize, errors: usize },
}

/// The message of `ProblemKind::Unreachable`, which the reader also writes
/// itself (`wire::Reported::unreachable`): a fetch fails before any checker
/// runs.
pub const UNREACHABLE: [&str; 3] =
    ["無法載入資料檔：{0}", "无法加载数据文件：{0}", "the data file could not be loaded: {0}"];

/// One located problem.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// JSON path of the offending value (`$` for the whole file).
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// Whether the problem stops the data from being shown.
    pub fn severity(&self) -> Severity {
        match self.kind {
            ProblemKind::MissingTranslation { .. } => Severity::Warning,
            ProblemKind::MoreProblems { errors: 0, .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The problem in the reader's language, path first.
    pub fn message(&self, lang: Lang) -> String {
        let mut out = self.path.clone();
        out.push_str(": ");
        self.describe(lang, &mut out);
        out
    }

    /// Each kind's message is one template per language, in `Lang::ALL`
    /// order, filled by `fill`: one builder instead of three `format!`s per
    /// kind, all three built for every message.
    fn describe(&self, lang: Lang, out: &mut String) {
        use ProblemKind as K;
        let mut say = |texts: [&str; 3], args: &[&dyn fmt::Display]| fill(out, texts[lang as usize], args);
        match &self.kind {
            K::Syntax { line, column, detail } => say(
                [
                    "第 {0} 行第 {1} 列不是有效的 JSON（{2}）",
                    "第 {0} 行第 {1} 列不是有效的 JSON（{2}）",
                    "not valid JSON at line {0}, column {1} ({2})",
                ],
                &[line, column, &syntax_detail(*detail)[lang as usize]],
            ),
            K::FileTooLarge { bytes, limit } => say(
                [
                    "檔案有 {0} 位元組，上限為 {1} 位元組",
                    "文件有 {0} 字节，上限为 {1} 字节",
                    "the file is {0} bytes; at most {1} bytes are accepted",
                ],
                &[bytes, limit],
            ),
            K::WrongShape { expected } => {
                say(["應為{0}", "应为{0}", "expected {0}"], &[&expected.name(lang)])
            }
            K::Missing => say(["缺少必填欄位", "缺少必填字段", "required field is missing"], &[]),
            K::UnknownField { allowed } => say(
                ["未知欄位；可用欄位：{0}", "未知字段；可用字段：{0}", "unknown field; expected one of: {0}"],
                &[&allowed.join(", ")],
            ),
            K::NotOneOf { got, allowed } => say(
                ["應為 {0} 之一，實際為 {1}", "应为 {0} 之一，实际为 {1}", "expected one of {0}, got {1}"],
                &[&allowed.join(", "), &quoted(got)],
            ),
            K::DuplicateId { id, first } => say(
                ["id {0} 已在 {1} 使用", "id {0} 已在 {1} 使用", "id {0} is already used at {1}"],
                &[&quoted(id), first],
            ),
            K::DanglingLink { id, target } => {
                // The target is a field's English name; Chinese readers get
                // the thing it names in their own words.
                let names = match *target {
                    "category" => ["類別", "类别", "category"],
                    "indicator" => ["指標", "指标", "indicator"],
                    "milestone" => ["大事", "大事", "milestone"],
                    _ => ["項目", "项目", target],
                };
                say(
                    ["找不到 id 為 {1} 的{0}", "找不到 id 为 {1} 的{0}", "no {0} has the id {1}"],
                    &[&names[lang as usize], &quoted(id)],
                )
            }
            K::UnknownLanguage { tag } => say(
                [
                    "未知語言 {0}；應為 zh-Hant、zh-Hans 或 en",
                    "未知语言 {0}；应为 zh-Hant、zh-Hans 或 en",
                    "unknown language {0}; expected zh-Hant, zh-Hans or en",
                ],
                &[&quoted(tag)],
            ),
            K::MissingTranslation { lang: missing, fallback } => say(
                [
                    "缺少 {0} 文字，改以 {1} 顯示",
                    "缺少 {0} 文字，改以 {1} 显示",
                    "no {0} text; showing the {1} text instead",
                ],
                &[missing, fallback],
            ),
            K::BadDate { got } => say(
                [
                    "應為 YYYY、YYYY-Qn、YYYY-MM 或 YYYY-MM-DD（或 起/迄），實際為 {0}",
                    "应为 YYYY、YYYY-Qn、YYYY-MM 或 YYYY-MM-DD（或 起/止），实际为 {0}",
                    "expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD (or start/end), got {0}",
                ],
                &[&quoted(got)],
            ),
            K::MixedPrecision { got } => say(
                [
                    "日期範圍 {0} 的起迄須為同一精度（同為年、季、月或日）",
                    "日期范围 {0} 的起止须为同一精度（同为年、季、月或日）",
                    "the two ends of the range {0} must be written to the same precision (both years, quarters, months or days)",
                ],
                &[&quoted(got)],
            ),
            K::DateOutOfRange { got, period } => say(
                ["日期 {0} 超出期間 {1}", "日期 {0} 超出期间 {1}", "date {0} is outside the period {1}"],
                &[got, period],
            ),
            K::Empty => say(["不可為空字串", "不可为空字符串", "expected a non-empty string"], &[]),
            K::StringTooLong { chars, limit } => say(
                [
                    "文字有 {0} 個字元，上限為 {1}",
                    "文字有 {0} 个字符，上限为 {1}",
                    "the text has {0} characters; at most {1} are accepted",
                ],
                &[chars, limit],
            ),
            K::TooMany { count, limit } => say(
                ["共 {0} 項，上限為 {1} 項", "共 {0} 项，上限为 {1} 项", "{0} items; at most {1} are accepted"],
                &[count, limit],
            ),
            K::OutOfRange { got, min, max } => say(
                [
                    "應為 {0} 至 {1} 的數字，實際為 {2}",
                    "应为 {0} 至 {1} 的数字，实际为 {2}",
                    "expected a number from {0} to {1}, got {2}",
                ],
                &[min, max, got],
            ),
            K::Unreachable { detail } => say(UNREACHABLE, &[detail]),
            K::BadUrl { got } => say(
                [
                    "應為含主機名稱的 http:// 或 https:// 網址，實際為 {0}",
                    "应为含主机名的 http:// 或 https:// 网址，实际为 {0}",
                    "expected an http:// or https:// address with a host, got {0}",
                ],
                &[&quoted(got)],
            ),
            K::Invisible => say(
                [
                    "文字沒有可見的字元（只有空白、隱形字元或文字方向控制字元）",
                    "文字没有可见的字符（只有空白、隐形字符或文字方向控制字符）",
                    "the text has nothing visible (only spaces, invisible or direction-control characters)",
                ],
                &[],
            ),
            K::BadIdChar { code, at } => say(
                [
                    "id 不可含控制字元或隱形格式字元；第 {0} 個字元為 U+{1}",
                    "id 不可含控制字符或隐形格式字符；第 {0} 个字符为 U+{1}",
                    "ids may not contain control or invisible formatting characters; found U+{1} at character {0}",
                ],
                &[&(at + 1), &format!("{code:04X}")],
            ),
            K::TooManyCells { cells, limit, min_reference } => say(
                [
                    "方塊將佔參照單位 {0} 格，卡片最多繪製 {1} 格；參照值至少應為 {2}",
                    "方块将占参照单位 {0} 格，卡片最多绘制 {1} 格；参照值至少应为 {2}",
                    "the square would cover {0} cells of the reference; a card draws at most {1}: use a reference of at least {2}",
                ],
                &[cells, limit, min_reference],
            ),
            K::MoreProblems { count, errors } => say(
                [
                    "另有 {0} 處問題（其中 {1} 處錯誤）未列出；請先修正以上問題再檢查",
                    "另有 {0} 处问题（其中 {1} 处错误）未列出；请先修正以上问题再检查",
                    "{0} more problems ({1} of them errors) not listed; fix the ones above and check again",
                ],
                &[count, errors],
            ),
        }
    }
}

/// Writes a message template, each `{n}` (one digit) replaced by `args[n]`.
fn fill(out: &mut String, template: &str, args: &[&dyn fmt::Display]) {
    use fmt::Write;
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let n = usize::from(rest.as_bytes()[at + 1] - b'0');
        let _ = write!(out, "{}", args[n]);
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
}

/// A syntax error in each language, in `Lang::ALL` order like the
/// message tables.
fn syntax_detail(error: SyntaxError) -> [&'static str; 3] {
    use SyntaxError as E;
    match error {
        E::EndInValue => {
            ["檔案在應有值之處結束", "文件在应有值之处结束", "the file ends where a value should be"]
        }
        E::EndInString => ["檔案在字串中途結束", "文件在字符串中途结束", "the file ends inside a string"],
        E::EndInArray => ["檔案在陣列中途結束", "文件在数组中途结束", "the file ends inside an array"],
        E::EndInObject => ["檔案在物件中途結束", "文件在对象中途结束", "the file ends inside an object"],
        E::ExpectedColon => ["鍵之後應為 `:`", "键之后应为 `:`", "expected `:` after the key"],
        E::ExpectedCommaOrArrayEnd => ["應為 `,` 或 `]`", "应为 `,` 或 `]`", "expected `,` or `]`"],
        E::ExpectedCommaOrObjectEnd => ["應為 `,` 或 `}`", "应为 `,` 或 `}`", "expected `,` or `}`"],
        E::ExpectedLiteral => {
            ["應為 true、false 或 null", "应为 true、false 或 null", "expected true, false or null"]
        }
        E::ExpectedValue => ["應為一個值", "应为一个值", "expected a value"],
        E::InvalidEscape => ["字串中的跳脫序列無效", "字符串中的转义序列无效", "invalid escape in a string"],
        E::InvalidNumber => ["數字格式無效", "数字格式无效", "invalid number"],
        E::NumberOutOfRange => ["數字過大", "数字过大", "number too large"],
        E::InvalidUtf8 => ["文字不是 UTF-8 編碼", "文字不是 UTF-8 编码", "text that is not UTF-8"],
        E::ControlCharacter => [
            "字串中有控制字元（換行、定位字元等）；請寫成跳脫序列，如 \\n",
            "字符串中有控制字符（换行、制表符等）；请写成转义序列，如 \\n",
            "a control character (line break, tab…) inside a string; write it as an escape such as \\n",
        ],
        E::KeyMustBeString => ["應為雙引號括住的鍵", "应为双引号括住的键", "expected a key in double quotes"],
        E::LoneSurrogate => [
            "\\u 跳脫序列只有半個字元（代理字元不成對）",
            "\\u 转义序列只有半个字符（代理字符不成对）",
            "a \\u escape holds half a character (a surrogate without its pair)",
        ],
        E::TrailingComma => ["右括號前多了逗號", "右括号前多了逗号", "a comma before a closing bracket"],
        E::TrailingCharacters => ["資料之後還有其他文字", "数据之后还有其他文字", "more text after the data"],
        E::TooDeep => [
            "陣列與物件巢狀超過 127 層",
            "数组与对象嵌套超过 127 层",
            "arrays and objects nested more than 127 deep",
        ],
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: {}", self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One problem of every kind.
    fn every_kind() -> Vec<ProblemKind> {
        use ProblemKind as K;
        let mut kinds = vec![
            K::Syntax { line: 3, column: 9, detail: SyntaxError::ExpectedCommaOrObjectEnd },
            K::FileTooLarge { bytes: 5_000_000, limit: 4_194_304 },
            K::Missing,
            K::UnknownField { allowed: &["id", "date"] },
            K::NotOneOf { got: "pink".into(), allowed: vec!["blue", "green"] },
            K::DuplicateId { id: "a".into(), first: "$.milestones[0].id".into() },
            K::UnknownLanguage { tag: "fr".into() },
            K::MissingTranslation { lang: Lang::En, fallback: Lang::ZhHant },
            K::BadDate { got: "2025-13".into() },
            K::DateOutOfRange { got: "2024".into(), period: "2025".into() },
            K::Empty,
            K::StringTooLong { chars: 5000, limit: 2000 },
            K::TooMany { count: 20_000, limit: 10_000 },
            K::OutOfRange { got: -1.0, min: 0.0, max: 5.0 },
            K::BadUrl { got: "ftp://x".into() },
            K::Unreachable { detail: "HTTP 404".into() },
            K::Invisible,
            K::BadIdChar { code: 0x200b, at: 2 },
            K::MixedPrecision { got: "2025/2025-10".into() },
            K::TooManyCells { cells: 2000.0, limit: 1000, min_reference: 2.0 },
            K::MoreProblems { count: 5, errors: 3 },
        ];
        for expected in
            [Shape::Object, Shape::Array, Shape::String, Shape::Number, Shape::Integer, Shape::Text]
        {
            kinds.push(K::WrongShape { expected });
        }
        for target in ["category", "indicator", "milestone"] {
            kinds.push(K::DanglingLink { id: "一".into(), target });
        }
        for detail in SyntaxError::ALL {
            kinds.push(K::Syntax { line: 1, column: 2, detail });
        }
        kinds
    }

    #[test]
    fn simplified_messages_use_simplified_characters() {
        // Characters whose Simplified form differs: one in a zh-Hans
        // message is a Traditional text that was not converted.
        let traditional = "陣數為應處問題實際檔欄無載網機稱組單參個項範圍須類別錄資顯語開關標記時間點據錯誤這們請檢體隱號續價則從線與後將佔繪製塊";
        for kind in every_kind() {
            let message = Problem { path: "$".into(), kind }.message(Lang::ZhHans);
            assert!(!message.chars().any(|c| traditional.contains(c)), "{message}");
        }
    }

    #[test]
    fn chinese_messages_name_link_targets_in_chinese() {
        for kind in every_kind().into_iter().filter(|k| matches!(k, ProblemKind::DanglingLink { .. })) {
            for lang in [Lang::ZhHant, Lang::ZhHans] {
                let message = Problem { path: "$".into(), kind: kind.clone() }.message(lang);
                assert!(
                    !message.chars().any(|c| c.is_ascii_alphabetic() && c != 'i' && c != 'd'),
                    "{message}"
                );
            }
        }
    }
}
