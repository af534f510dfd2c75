//! The graphic's own fields, the data file's `meta`: its title and
//! subtitle, the article it comes from, the period it shows and the
//! language that fills missing translations. No sheet holds them, so the
//! editor's "About this graphic" form writes them into the draft's base,
//! one string at a time, and shows the validator's `$.meta…` problems at
//! their inputs.

use crate::data::Lang;
use serde_json::{Map, Value};

/// A text of `meta`, written in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MetaText {
    /// `title` (required).
    Title,
    /// `subtitle`.
    Subtitle,
    /// `source.author` (required).
    SourceAuthor,
    /// `source.title`.
    SourceTitle,
    /// `source.publication`.
    SourcePublication,
}

impl MetaText {
    /// Every text, in the form's order.
    pub const ALL: [MetaText; 5] = [
        MetaText::Title,
        MetaText::Subtitle,
        MetaText::SourceAuthor,
        MetaText::SourceTitle,
        MetaText::SourcePublication,
    ];

    /// Its keys under `meta`.
    fn keys(self) -> &'static [&'static str] {
        match self {
            MetaText::Title => &["title"],
            MetaText::Subtitle => &["subtitle"],
            MetaText::SourceAuthor => &["source", "author"],
            MetaText::SourceTitle => &["source", "title"],
            MetaText::SourcePublication => &["source", "publication"],
        }
    }
}

/// One input of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MetaField {
    /// A text in one language.
    Text(MetaText, Lang),
    /// `source.url`, the article's address.
    SourceUrl,
    /// `period`, what the timeline shows (`2025`).
    Period,
    /// `default_language`.
    DefaultLanguage,
}

impl MetaField {
    /// Its keys under `meta`.
    fn keys(self) -> Vec<&'static str> {
        match self {
            MetaField::Text(text, lang) => [text.keys(), &[lang.tag()]].concat(),
            MetaField::SourceUrl => vec!["source", "url"],
            MetaField::Period => vec!["period"],
            MetaField::DefaultLanguage => vec!["default_language"],
        }
    }

    /// The path the validator reports its problems at (every key is plain).
    pub fn path(self) -> String {
        format!("$.meta.{}", self.keys().join("."))
    }

    /// The id of its input.
    pub fn id(self) -> String {
        format!("meta-{}", self.keys().join("-"))
    }

    /// Its text in the draft's base; empty when missing or not a string
    /// (typing then replaces what was there).
    pub fn value(self, base: &Value) -> String {
        let mut at = base.get("meta");
        for key in self.keys() {
            at = at.and_then(|v| v.get(key));
        }
        at.and_then(Value::as_str).unwrap_or_default().to_owned()
    }

    /// Writes `value` into the base, making `meta` (and `source`) an
    /// object where it is not one; an empty value takes the key out, and a
    /// text left without any language goes, so the validator says it is
    /// missing rather than empty.
    pub fn set(self, base: &mut Value, value: &str) {
        let keys = self.keys();
        let Some((last, parents)) = keys.split_last() else { return };
        let mut at = object(object(base).entry("meta").or_insert(Value::Null));
        for key in parents {
            at = object(at.entry(*key).or_insert(Value::Null));
        }
        if value.is_empty() {
            at.remove(*last);
        } else {
            at.insert((*last).to_owned(), Value::String(value.to_owned()));
        }
        // An emptied text (not an emptied `source`: its author is required).
        if let MetaField::Text(text, _) = self {
            if at.is_empty() {
                if let Some(meta) = base.get_mut("meta").and_then(Value::as_object_mut) {
                    match text.keys() {
                        [key] => meta.remove(*key),
                        [parent, key] => {
                            meta.get_mut(*parent).and_then(Value::as_object_mut).and_then(|p| p.remove(*key))
                        }
                        _ => None,
                    };
                }
            }
        }
    }

    /// Every input, in the form's order.
    pub fn all() -> Vec<MetaField> {
        let texts = MetaText::ALL.iter().flat_map(|&t| Lang::ALL.iter().map(move |&l| MetaField::Text(t, l)));
        texts.chain([MetaField::SourceUrl, MetaField::Period, MetaField::DefaultLanguage]).collect()
    }

    /// The input a problem at `path` is shown at: its own, or for a text
    /// as a whole (missing, not an object) its default language's.
    pub fn at(path: &str, default: Lang) -> Option<MetaField> {
        let all = MetaField::all();
        if let Some(field) = all.iter().find(|f| f.path() == path) {
            return Some(*field);
        }
        let text = MetaText::ALL.into_iter().find(|t| path == format!("$.meta.{}", t.keys().join(".")))?;
        Some(MetaField::Text(text, default))
    }
}

/// The language that fills missing translations in `base`.
pub fn default_language(base: &Value) -> Lang {
    Lang::from_tag(&MetaField::DefaultLanguage.value(base)).unwrap_or(Lang::ZhHant)
}

/// `value` as an object, made one if it is not.
fn object(value: &mut Value) -> &mut Map<String, Value> {
    if !value.is_object() {
        *value = Value::Object(Map::new());
    }
    match value {
        Value::Object(map) => map,
        _ => unreachable!("just made an object"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_field_reads_and_writes_its_string_in_the_base() {
        let mut base = json!({"meta": {"title": {"en": "Old"}, "period": "2025"}, "categories": []});
        let title = MetaField::Text(MetaText::Title, Lang::En);
        assert_eq!(title.value(&base), "Old");
        title.set(&mut base, "New");
        MetaField::Text(MetaText::SourceAuthor, Lang::ZhHant).set(&mut base, "記者");
        MetaField::SourceUrl.set(&mut base, "https://news.example.org/a");
        assert_eq!(
            base,
            json!({"meta": {"title": {"en": "New"}, "period": "2025",
                "source": {"author": {"zh-Hant": "記者"}, "url": "https://news.example.org/a"}}, "categories": []})
        );
        assert_eq!(title.id(), "meta-title-en");
        assert_eq!(MetaField::SourceUrl.path(), "$.meta.source.url");
    }

    #[test]
    fn an_emptied_text_goes_and_a_broken_meta_is_replaced() {
        let mut base = json!({"meta": {"title": {"en": "Old"}, "source": {"author": {"en": "A"}}}});
        MetaField::Text(MetaText::Title, Lang::En).set(&mut base, "");
        MetaField::Text(MetaText::SourceAuthor, Lang::En).set(&mut base, "");
        assert_eq!(base, json!({"meta": {"source": {}}}));
        let mut broken = json!({"meta": "not an object"});
        assert_eq!(MetaField::Period.value(&broken), "");
        MetaField::Period.set(&mut broken, "2026");
        assert_eq!(broken, json!({"meta": {"period": "2026"}}));
    }

    #[test]
    fn problems_find_their_inputs() {
        let en_title = MetaField::Text(MetaText::Title, Lang::En);
        assert_eq!(MetaField::at("$.meta.title.en", Lang::ZhHant), Some(en_title));
        assert_eq!(MetaField::at("$.meta.title", Lang::En), Some(en_title));
        assert_eq!(
            MetaField::at("$.meta.source.author", Lang::ZhHans),
            Some(MetaField::Text(MetaText::SourceAuthor, Lang::ZhHans))
        );
        assert_eq!(MetaField::at("$.meta.period", Lang::En), Some(MetaField::Period));
        assert_eq!(MetaField::at("$.meta.ui", Lang::En), None);
        assert_eq!(MetaField::all().len(), 18);
        assert_eq!(default_language(&json!({"meta": {"default_language": "en"}})), Lang::En);
        assert_eq!(default_language(&json!({})), Lang::ZhHant);
    }
}
