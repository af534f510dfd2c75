//! A small valid data file, for tests that break it one piece at a time
//! (`#[path = "support/sample.rs"] mod sample;`).

use serde_json::{json, Value};

/// The same text in every language.
pub fn text(s: &str) -> Value {
    json!({"zh-Hant": s, "zh-Hans": s, "en": s})
}

/// One category, one indicator and one milestone, linked to each other.
pub fn valid() -> Value {
    json!({
        "version": 1,
        "meta": {"title": text("Title"), "source": {"author": text("A")}, "period": "2025", "default_language": "zh-Hant"},
        "categories": [{"id": "c", "name": text("C"), "color": "blue"}],
        "indicators": [{
            "id": "i", "value": 12, "label": text("L"), "description": text("D"), "category": "c",
            "chart": "streak", "source": [{"kind": "article", "note": text("N")}], "milestones": ["m"]
        }],
        "milestones": [{
            "id": "m", "date": "2025-10-26", "title": text("T"), "description": text("D"),
            "category": "c", "source": [{"kind": "report", "date": "2025-10-27", "note": text("N")}]
        }]
    })
}
