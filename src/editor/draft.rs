//! The author's work in progress, as kept in the browser between visits:
//! the part of the file no sheet holds (title, source, categories), the
//! two sheets' text and the publishing fields. Written as JSON under one
//! versioned key; a stored draft that does not read back is ignored, never
//! trusted.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The `localStorage` key. A new draft layout gets a new key, so an old
/// browser's draft is never misread.
pub const DRAFT_KEY: &str = "tiexi-editor-draft-v1";

/// Where the JSON file will be hosted, until the author says.
pub const DATA_URL_PLACEHOLDER: &str = "https://example.org/graphics/tiexi-data.json";

/// Everything the author has written so far.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The data file without its `milestones` and `indicators`: what the
    /// sheets complete.
    pub base: Value,
    /// The milestones sheet's text.
    pub milestones: String,
    /// The indicators sheet's text.
    pub indicators: String,
    /// Where the author will host the JSON file (the snippet's `src`).
    #[serde(default)]
    pub data_url: String,
    /// The article the no-JavaScript summary links to.
    #[serde(default)]
    pub article_url: String,
}

impl Draft {
    /// A draft of a data file `root`'s non-sheet part and two sheets.
    pub fn new(root: &Value, milestones: String, indicators: String) -> Draft {
        let mut base: Map<String, Value> = root.as_object().cloned().unwrap_or_default();
        base.remove("milestones");
        base.remove("indicators");
        let article_url =
            root.pointer("/meta/source/url").and_then(Value::as_str).unwrap_or_default().to_owned();
        Draft {
            base: Value::Object(base),
            milestones,
            indicators,
            data_url: DATA_URL_PLACEHOLDER.to_owned(),
            article_url,
        }
    }

    /// The draft as stored.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A stored draft, if it reads back as one (a base that is an object).
    pub fn from_stored(text: &str) -> Option<Draft> {
        serde_json::from_str::<Draft>(text).ok().filter(|d| d.base.is_object())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_draft_reads_back_as_stored() {
        let root = json!({"meta": {"source": {"url": "https://news.example.org/a"}}, "milestones": [1]});
        let draft = Draft::new(&root, "id\tdate\n".into(), "id\n\"a\tb\"\n".into());
        assert_eq!(draft.base, json!({"meta": {"source": {"url": "https://news.example.org/a"}}}));
        assert_eq!(draft.article_url, "https://news.example.org/a");
        assert_eq!(Draft::from_stored(&draft.to_stored()), Some(draft));
    }

    #[test]
    fn anything_else_in_storage_is_ignored() {
        for stored in
            ["", "null", "{}", "[1]", r#"{"base": 1, "milestones": "", "indicators": ""}"#, "{\"base\""]
        {
            assert_eq!(Draft::from_stored(stored), None, "{stored}");
        }
        let old = r#"{"base": {}, "milestones": "m", "indicators": "i"}"#;
        assert_eq!(Draft::from_stored(old).map(|d| d.data_url), Some(String::new()));
    }
}
