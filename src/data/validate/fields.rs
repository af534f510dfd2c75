//! The reader's primitives: a field of each JSON shape (object, array,
//! string, number, URL, date, localized text, qualifier, id), each
//! reporting what it expected where.

use super::*;
use crate::data::date::PartialDate;
use crate::data::json::Value;
use crate::data::lang::{Lang, Localized};
use crate::data::problem::{ProblemKind, Shape};
use crate::data::text_rules::{bad_id_char, clip_echo, field_path, has_visible, index_path, key_path};

impl Reader {
    pub(super) fn object<'a>(
        &mut self,
        v: &'a Value,
        path: &str,
        allowed: &'static [&'static str],
    ) -> Option<Obj<'a>> {
        let Some(map) = v.as_object() else {
            self.report(path, ProblemKind::WrongShape { expected: Shape::Object });
            return None;
        };
        for key in map.keys() {
            if !allowed.contains(&key.as_str()) {
                self.report(&key_path(path, key), ProblemKind::UnknownField { allowed });
            }
        }
        Some(Obj { map, path: path.to_owned() })
    }

    pub(super) fn required<'a>(&mut self, o: &Obj<'a>, key: &str) -> Option<&'a Value> {
        let v = o.get(key);
        if v.is_none() {
            self.report(&o.at(key), ProblemKind::Missing);
        }
        v
    }

    pub(super) fn array<'a>(&mut self, v: &'a Value, path: &str, limit: usize) -> Option<&'a [Value]> {
        let Some(items) = v.as_array() else {
            self.report(path, ProblemKind::WrongShape { expected: Shape::Array });
            return None;
        };
        if items.len() > limit {
            self.report(path, ProblemKind::TooMany { count: items.len(), limit });
            return None;
        }
        Some(items)
    }

    pub(super) fn string(&mut self, v: &Value, path: &str) -> Option<String> {
        let Some(s) = v.as_str() else {
            self.report(path, ProblemKind::WrongShape { expected: Shape::String });
            return None;
        };
        let chars = s.chars().count();
        if s.trim().is_empty() {
            self.report(path, ProblemKind::Empty);
            None
        } else if !has_visible(s) {
            self.report(path, ProblemKind::Invisible);
            None
        } else if chars > limits::MAX_CHARS {
            self.report(path, ProblemKind::StringTooLong { chars, limit: limits::MAX_CHARS });
            None
        } else {
            Some(s.to_owned())
        }
    }

    pub(super) fn one_of<T: Copy>(
        &mut self,
        v: &Value,
        path: &str,
        table: &[(&'static str, T)],
    ) -> Option<T> {
        let mut names = Vec::new();
        for (name, _) in table {
            names.push(*name);
        }
        self.one_of_names(v, path, names).map(|at| table[at].1)
    }

    /// `one_of`'s work, for every table's type: the name's place in `names`.
    fn one_of_names(&mut self, v: &Value, path: &str, names: Vec<&'static str>) -> Option<usize> {
        let s = self.string(v, path)?;
        let found = names.iter().position(|name| *name == s);
        if found.is_none() {
            self.report(path, ProblemKind::NotOneOf { got: clip_echo(&s), allowed: names });
        }
        found
    }

    pub(super) fn number(&mut self, v: &Value, path: &str, min: f64, max: f64) -> Option<f64> {
        let Some(n) = v.as_f64() else {
            self.report(path, ProblemKind::WrongShape { expected: Shape::Number });
            return None;
        };
        if !(min..=max).contains(&n) {
            self.report(path, ProblemKind::OutOfRange { got: n, min, max });
            return None;
        }
        Some(n)
    }

    pub(super) fn url(&mut self, v: &Value, path: &str) -> Option<String> {
        let s = self.string(v, path)?;
        // Only web addresses: a `javascript:` link in a source line would run
        // script in the host page when a reader clicks it.
        // And an address names a host: "https://" alone links nowhere.
        let lower = s.to_ascii_lowercase();
        let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
        let host_first = rest.and_then(|r| r.chars().next());
        let names_host = host_first.is_some_and(|c| !matches!(c, '/' | '?' | '#'));
        if names_host && !s.contains(|c: char| c.is_whitespace() || c.is_control()) {
            Some(s)
        } else {
            self.report(path, ProblemKind::BadUrl { got: clip_echo(&s) });
            None
        }
    }

    pub(super) fn date(&mut self, v: &Value, path: &str) -> Option<PartialDate> {
        let s = self.string(v, path)?;
        match PartialDate::parse(&s) {
            Ok(d) => Some(d),
            Err(_) => {
                let kind = match PartialDate::range_precisions(&s) {
                    Some((start, end)) if start != end => ProblemKind::MixedPrecision { got: clip_echo(&s) },
                    _ => ProblemKind::BadDate { got: clip_echo(&s) },
                };
                self.report(path, kind);
                None
            }
        }
    }

    pub(super) fn text(&mut self, v: &Value, path: &str) -> Option<Localized> {
        let Some(map) = v.as_object() else {
            self.report(path, ProblemKind::WrongShape { expected: Shape::Text });
            return None;
        };
        let mut found: Vec<(Lang, String)> = Vec::new();
        let mut ok = true;
        for (tag, value) in map.iter() {
            let at = key_path(path, tag);
            match Lang::from_tag(tag) {
                Some(lang) => match self.string(value, &at) {
                    Some(s) => found.push((lang, s)),
                    None => ok = false,
                },
                None => {
                    self.report(&at, ProblemKind::UnknownLanguage { tag: clip_echo(tag) });
                    ok = false;
                }
            }
        }
        let default = self.default_lang.unwrap_or(Lang::ZhHant);
        let Some(base) = found.iter().find(|(l, _)| *l == default).map(|(_, s)| s.clone()) else {
            if ok {
                self.report(&field_path(path, default.tag()), ProblemKind::Missing);
            }
            return None;
        };
        let mut text = Localized::same(&base);
        for lang in Lang::ALL {
            match found.iter().find(|(l, _)| *l == lang) {
                Some((_, s)) => text.set(lang, s.clone()),
                None => self.report(
                    &field_path(path, lang.tag()),
                    ProblemKind::MissingTranslation { lang, fallback: default },
                ),
            }
        }
        ok.then_some(text)
    }

    pub(super) fn opt_text(&mut self, o: &Obj, key: &str) -> Option<Localized> {
        o.get(key).and_then(|v| self.text(v, &o.at(key)))
    }

    pub(super) fn req_text(&mut self, o: &Obj, key: &str) -> Option<Localized> {
        self.required(o, key).and_then(|v| self.text(v, &o.at(key)))
    }

    /// An optional `qualifier` (exact when absent).
    pub(super) fn qualifier(&mut self, o: &Obj) -> Option<Qualifier> {
        match o.get("qualifier") {
            Some(v) => self.one_of(v, &o.at("qualifier"), &Qualifier::ALL),
            None => Some(Qualifier::Exact),
        }
    }

    /// The item's id; `first_use` is the path of the same id on an earlier
    /// item, if one has it.
    pub(super) fn id(&mut self, o: &Obj, first_use: Option<String>) -> Option<String> {
        let id = self.required(o, "id").and_then(|v| self.string(v, &o.at("id")))?;
        if let Some(c) = bad_id_char(&id) {
            let at = id.chars().take_while(|&d| d != c).count();
            self.report(&o.at("id"), ProblemKind::BadIdChar { code: c as u32, at });
            return None;
        }
        if let Some(first) = first_use {
            self.report(&o.at("id"), ProblemKind::DuplicateId { id: clip_echo(&id), first });
            return None;
        }
        Some(id)
    }

    pub(super) fn id_list(&mut self, o: &Obj, key: &str) -> Vec<(String, String)> {
        let Some(v) = o.get(key) else {
            return Vec::new();
        };
        let path = o.at(key);
        let Some(items) = self.array(v, &path, limits::MAX_SMALL_LIST) else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let at = index_path(&path, i);
                self.string(item, &at).map(|s| (s, at))
            })
            .collect()
    }
}
