//! Reads a data file into a `Dataset`, collecting every problem with its JSON
//! path instead of stopping at the first. The walk is by hand over
//! `serde_json::Value` (not derived) because derived deserializers stop at the
//! first error and cannot say which array element was wrong.

use super::chart_rules::chart_problems;
use super::date::PartialDate;
use super::json_echo::echo;
use super::lang::{Lang, Localized};
use super::locale::UiText;
use super::model::*;
use super::problem::{Problem, ProblemKind, Severity, Shape};
use super::text_rules::{bad_id_char, clip_echo, has_visible, key_path};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Every id lookup of the reader, by id: one map type for all of them, so
/// the Wasm carries one hash table's code instead of one per key type.
type Ids = HashMap<String, usize>;

/// The ids read so far in one list, with the path of each one's first use
/// (a duplicate's message names it).
#[derive(Default)]
struct Seen {
    ids: Ids,
    paths: Vec<String>,
}

/// Caps that keep a hostile or broken file from freezing a reader's phone.
pub mod limits {
    /// Largest accepted file.
    pub const MAX_BYTES: usize = 4 * 1024 * 1024;
    /// Longest accepted string, in characters.
    pub const MAX_CHARS: usize = 2000;
    /// Most categories.
    pub const MAX_CATEGORIES: usize = 12;
    /// Most indicators.
    pub const MAX_INDICATORS: usize = 100;
    /// Most milestones (the timeline is built for thousands).
    pub const MAX_MILESTONES: usize = 20_000;
    /// Most sources per item, parts per indicator, and links per item.
    pub const MAX_SMALL_LIST: usize = 20;
    /// Most problems reported one by one; the rest are counted in one more.
    pub const MAX_PROBLEMS: usize = 100;
    /// Most periods in a `streak` (one cell each).
    pub const MAX_STREAK: usize = 60;
    /// Most icons in one part of a `units` chart.
    pub const MAX_UNITS_PER_PART: usize = 40;
    /// Most icons in a `pictogram`.
    pub const MAX_PICTOGRAM_ICONS: usize = 40;
    /// Largest batch (cells) in a `batch` chart.
    pub const MAX_BATCH: usize = 400;
    /// Most reference cells an `area` square may cover: a 20 × 20 grid, whose
    /// cells are still a few pixels wide on a card.
    pub const MAX_AREA_CELLS: usize = 400;
}

/// The outcome of reading a file: the dataset if no error was found, and every
/// problem (warnings included) either way.
#[derive(Debug)]
pub struct Checked {
    /// The dataset, when there were no errors.
    pub dataset: Option<Dataset>,
    /// Every problem, in document order.
    pub problems: Vec<Problem>,
}

impl Checked {
    /// Only the problems that stop the data from being shown.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity() == Severity::Error)
    }

    /// Only the warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity() == Severity::Warning)
    }
}

/// Reads and validates a data file.
pub fn parse_dataset(bytes: &[u8]) -> Checked {
    // A byte order mark is not JSON, but editors on Windows write one and a
    // browser drops it when it decodes a fetched file: accept it likewise.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let fail = |kind| Checked { dataset: None, problems: vec![Problem { path: "$".into(), kind }] };
    if bytes.len() > limits::MAX_BYTES {
        return fail(ProblemKind::FileTooLarge { bytes: bytes.len(), limit: limits::MAX_BYTES });
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(value) => validate_value(&value),
        Err(e) => fail(ProblemKind::Syntax { line: e.line(), column: e.column(), detail: e.to_string() }),
    }
}

/// Validates an already parsed JSON value.
pub fn validate_value(root: &Value) -> Checked {
    let mut r = Reader::default();
    let dataset = r.dataset(root);
    let has_errors = r.omitted_errors > 0 || r.problems.iter().any(|p| p.severity() == Severity::Error);
    if r.omitted > 0 {
        let kind = ProblemKind::MoreProblems { count: r.omitted, errors: r.omitted_errors };
        r.problems.push(Problem { path: "$".into(), kind });
    }
    Checked { dataset: if has_errors { None } else { dataset }, problems: r.problems }
}

const ROOT_FIELDS: &[&str] = &["$schema", "version", "meta", "categories", "indicators", "milestones"];
const META_FIELDS: &[&str] = &["title", "subtitle", "source", "default_language", "period", "ui"];
const SOURCE_FIELDS: &[&str] = &["title", "publication", "author", "url", "published"];
const CATEGORY_FIELDS: &[&str] = &["id", "name", "color"];
const INDICATOR_FIELDS: &[&str] = &[
    "id",
    "value",
    "unit",
    "format",
    "qualifier",
    "label",
    "description",
    "category",
    "source",
    "chart",
    "parts",
    "reference",
    "period",
    "milestones",
];
const MILESTONE_FIELDS: &[&str] =
    &["id", "date", "title", "description", "category", "source", "importance", "indicators"];
const REF_FIELDS: &[&str] = &["kind", "note", "date", "url"];
const PART_FIELDS: &[&str] = &["label", "value", "qualifier"];

/// An optional field read as `Some(valid)` when present: `Some(None)` when
/// absent, `None` when present but invalid (already reported).
fn present<T>(field: Option<Option<T>>) -> Option<Option<T>> {
    match field {
        None => Some(None),
        Some(v) => v.map(Some),
    }
}

/// An object being read: reports unknown keys once, and missing ones on ask.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    fn at(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
    default_lang: Option<Lang>,
    /// Ids of items that were refused: links to them are not reported again,
    /// so one mistake yields one message, not a cascade.
    /// Keyed `target:id` (a target is a fixed word without a colon).
    broken: Ids,
    /// Problems found past `MAX_PROBLEMS`, counted instead of listed (a
    /// file of a million unknown keys must not make a million messages).
    omitted: usize,
    /// How many of those stop the data from being shown.
    omitted_errors: usize,
}

fn broken_key(target: &str, id: &str) -> String {
    format!("{target}:{id}")
}

/// A milestone before links are resolved (links need every id first).
struct RawMilestone {
    m: Milestone,
    links: Vec<(String, String)>,
}

impl Reader {
    fn report(&mut self, path: impl Into<String>, kind: ProblemKind) {
        let problem = Problem { path: path.into(), kind };
        if self.problems.len() < limits::MAX_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.omitted += 1;
            self.omitted_errors += usize::from(problem.severity() == Severity::Error);
        }
    }

    fn mark_broken(&mut self, target: &'static str, item: &Value) {
        if let Some(id) = item.get("id").and_then(Value::as_str) {
            self.broken.insert(broken_key(target, id), 0);
        }
    }

    fn object<'a>(&mut self, v: &'a Value, path: &str, allowed: &'static [&'static str]) -> Option<Obj<'a>> {
        let Some(map) = v.as_object() else {
            self.report(path, ProblemKind::WrongShape { expected: Shape::Object });
            return None;
        };
        for key in map.keys() {
            if !allowed.contains(&key.as_str()) {
                self.report(key_path(path, key), ProblemKind::UnknownField { allowed });
            }
        }
        Some(Obj { map, path: path.to_owned() })
    }

    fn required<'a>(&mut self, o: &Obj<'a>, key: &str) -> Option<&'a Value> {
        let v = o.get(key);
        if v.is_none() {
            self.report(o.at(key), ProblemKind::Missing);
        }
        v
    }

    fn array<'a>(&mut self, v: &'a Value, path: &str, limit: usize) -> Option<&'a [Value]> {
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

    fn string(&mut self, v: &Value, path: &str) -> Option<String> {
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

    fn one_of<T: Copy>(&mut self, v: &Value, path: &str, table: &[(&'static str, T)]) -> Option<T> {
        let s = self.string(v, path)?;
        let found = table.iter().find(|(name, _)| *name == s).map(|(_, t)| *t);
        if found.is_none() {
            let allowed = table.iter().map(|(n, _)| *n).collect();
            self.report(path, ProblemKind::NotOneOf { got: clip_echo(&s), allowed });
        }
        found
    }

    fn number(&mut self, v: &Value, path: &str, min: f64, max: f64) -> Option<f64> {
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

    fn url(&mut self, v: &Value, path: &str) -> Option<String> {
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

    fn date(&mut self, v: &Value, path: &str) -> Option<PartialDate> {
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

    fn text(&mut self, v: &Value, path: &str) -> Option<Localized> {
        let Some(map) = v.as_object() else {
            self.report(path, ProblemKind::WrongShape { expected: Shape::Text });
            return None;
        };
        let mut found: Vec<(Lang, String)> = Vec::new();
        let mut ok = true;
        for (tag, value) in map {
            let at = key_path(path, tag);
            match Lang::from_tag(tag) {
                Some(lang) => match self.string(value, &at) {
                    Some(s) => found.push((lang, s)),
                    None => ok = false,
                },
                None => {
                    self.report(at, ProblemKind::UnknownLanguage { tag: clip_echo(tag) });
                    ok = false;
                }
            }
        }
        let default = self.default_lang.unwrap_or(Lang::ZhHant);
        let Some(base) = found.iter().find(|(l, _)| *l == default).map(|(_, s)| s.clone()) else {
            if ok {
                self.report(format!("{path}.{default}"), ProblemKind::Missing);
            }
            return None;
        };
        let mut text = Localized::same(&base);
        for lang in Lang::ALL {
            match found.iter().find(|(l, _)| *l == lang) {
                Some((_, s)) => text.set(lang, s.clone()),
                None => self.report(
                    format!("{path}.{lang}"),
                    ProblemKind::MissingTranslation { lang, fallback: default },
                ),
            }
        }
        ok.then_some(text)
    }

    fn opt_text(&mut self, o: &Obj, key: &str) -> Option<Localized> {
        o.get(key).and_then(|v| self.text(v, &o.at(key)))
    }

    fn req_text(&mut self, o: &Obj, key: &str) -> Option<Localized> {
        self.required(o, key).and_then(|v| self.text(v, &o.at(key)))
    }

    /// An optional `qualifier` (exact when absent).
    fn qualifier(&mut self, o: &Obj) -> Option<Qualifier> {
        match o.get("qualifier") {
            Some(v) => self.one_of(v, &o.at("qualifier"), &Qualifier::ALL),
            None => Some(Qualifier::Exact),
        }
    }

    fn id(&mut self, o: &Obj, seen: &mut Seen) -> Option<String> {
        let id = self.required(o, "id").and_then(|v| self.string(v, &o.at("id")))?;
        if let Some(c) = bad_id_char(&id) {
            let at = id.chars().take_while(|&d| d != c).count();
            self.report(o.at("id"), ProblemKind::BadIdChar { code: c as u32, at });
            return None;
        }
        if let Some(&first) = seen.ids.get(&id) {
            let first = seen.paths[first].clone();
            self.report(o.at("id"), ProblemKind::DuplicateId { id: clip_echo(&id), first });
            return None;
        }
        seen.ids.insert(id.clone(), seen.paths.len());
        seen.paths.push(o.at("id"));
        Some(id)
    }

    fn id_list(&mut self, o: &Obj, key: &str) -> Vec<(String, String)> {
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
                let at = format!("{path}[{i}]");
                self.string(item, &at).map(|s| (s, at))
            })
            .collect()
    }

    fn resolve(&mut self, links: &[(String, String)], ids: &Ids, target: &'static str) -> Vec<usize> {
        let mut out = Vec::new();
        for (id, path) in links {
            match ids.get(id) {
                Some(&i) => out.push(i),
                None if self.broken.contains_key(&broken_key(target, id)) => {}
                None => self.report(path.clone(), ProblemKind::DanglingLink { id: clip_echo(id), target }),
            }
        }
        out
    }

    fn category_of(&mut self, o: &Obj, categories: &Ids) -> Option<usize> {
        let path = o.at("category");
        let id = self.required(o, "category").and_then(|v| self.string(v, &path))?;
        let found = categories.get(&id).copied();
        if found.is_none() && !self.broken.contains_key(&broken_key("category", &id)) {
            self.report(path, ProblemKind::DanglingLink { id: clip_echo(&id), target: "category" });
        }
        found
    }

    fn sources(&mut self, o: &Obj) -> Option<Vec<SourceRef>> {
        let path = o.at("source");
        let items = self.required(o, "source").and_then(|v| self.array(v, &path, limits::MAX_SMALL_LIST))?;
        if items.is_empty() {
            self.report(&path, ProblemKind::Missing);
            return None;
        }
        let refs: Vec<Option<SourceRef>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| self.source_ref(item, &format!("{path}[{i}]")))
            .collect();
        refs.into_iter().collect()
    }

    fn source_ref(&mut self, v: &Value, path: &str) -> Option<SourceRef> {
        let o = self.object(v, path, REF_FIELDS)?;
        let kinds = [("article", SourceKind::Article), ("report", SourceKind::Report)];
        let kind = self.required(&o, "kind").and_then(|v| self.one_of(v, &o.at("kind"), &kinds));
        let note = self.req_text(&o, "note");
        let date = o.get("date").map(|v| self.date(v, &o.at("date")));
        let url = o.get("url").map(|v| self.url(v, &o.at("url")));
        Some(SourceRef { kind: kind?, note: note?, date: present(date)?, url: present(url)? })
    }

    fn part(&mut self, v: &Value, path: &str) -> Option<Part> {
        let o = self.object(v, path, PART_FIELDS)?;
        let label = self.req_text(&o, "label");
        let value = self.required(&o, "value").and_then(|v| self.number(v, &o.at("value"), 0.0, 1e15));
        let qualifier = self.qualifier(&o);
        Some(Part { label: label?, value: value?, qualifier: qualifier? })
    }

    fn dataset(&mut self, root: &Value) -> Option<Dataset> {
        let o = self.object(root, "$", ROOT_FIELDS)?;
        if let Some(v) = o.get("version") {
            // A number equal to 1, as JSON Schema's `const: 1` reads it:
            // `1.0` is the same number.
            if v.as_f64() != Some(1.0) {
                let got = clip_echo(&echo(v));
                self.report(o.at("version"), ProblemKind::NotOneOf { got, allowed: vec!["1"] });
            }
        }
        let meta = self.required(&o, "meta").and_then(|v| self.meta(v));
        let period = meta.as_ref().map(|m| m.period);

        let mut category_ids = Ids::new();
        let mut categories = Vec::new();
        if let Some(items) = self
            .required(&o, "categories")
            .and_then(|v| self.array(v, "$.categories", limits::MAX_CATEGORIES))
        {
            let mut seen = Seen::default();
            for (i, item) in items.iter().enumerate() {
                match self.category(item, &format!("$.categories[{i}]"), &mut seen) {
                    Some(c) => {
                        category_ids.insert(c.id.clone(), categories.len());
                        categories.push(c);
                    }
                    None => self.mark_broken("category", item),
                }
            }
        }

        let mut raw_indicators = Vec::new();
        let mut seen = Seen::default();
        if let Some(items) = self
            .required(&o, "indicators")
            .and_then(|v| self.array(v, "$.indicators", limits::MAX_INDICATORS))
        {
            for (i, item) in items.iter().enumerate() {
                let path = format!("$.indicators[{i}]");
                match self.indicator(item, &path, &category_ids, &mut seen, period) {
                    Some(ind) => raw_indicators.push(ind),
                    None => self.mark_broken("indicator", item),
                }
            }
        }

        let mut raw_milestones = Vec::new();
        let mut seen = Seen::default();
        if let Some(items) = self
            .required(&o, "milestones")
            .and_then(|v| self.array(v, "$.milestones", limits::MAX_MILESTONES))
        {
            for (i, item) in items.iter().enumerate() {
                let path = format!("$.milestones[{i}]");
                match self.milestone(item, &path, &category_ids, &mut seen, period) {
                    Some(m) => raw_milestones.push(m),
                    None => self.mark_broken("milestone", item),
                }
            }
        }
        // Timeline order: by date, bigger news first on the same date.
        raw_milestones.sort_by(|a, b| {
            (a.m.date.start().sort_key(), std::cmp::Reverse(a.m.importance), &a.m.id).cmp(&(
                b.m.date.start().sort_key(),
                std::cmp::Reverse(b.m.importance),
                &b.m.id,
            ))
        });

        let indicator_ids: Ids =
            raw_indicators.iter().enumerate().map(|(i, (ind, _))| (ind.id.clone(), i)).collect();
        let milestone_ids: Ids =
            raw_milestones.iter().enumerate().map(|(i, r)| (r.m.id.clone(), i)).collect();

        let mut indicators = Vec::new();
        for (mut ind, links) in raw_indicators {
            ind.milestones = self.resolve(&links, &milestone_ids, "milestone");
            indicators.push(ind);
        }
        let mut milestones = Vec::new();
        for raw in raw_milestones {
            let mut m = raw.m;
            m.indicators = self.resolve(&raw.links, &indicator_ids, "indicator");
            milestones.push(m);
        }
        // A link written on one side only is still a link: make it mutual so
        // hovering either end highlights the other.
        for (i, ind) in indicators.iter().enumerate() {
            for &m in &ind.milestones {
                if !milestones[m].indicators.contains(&i) {
                    milestones[m].indicators.push(i);
                }
            }
        }
        for (m, ms) in milestones.iter().enumerate() {
            for &i in &ms.indicators {
                if !indicators[i].milestones.contains(&m) {
                    indicators[i].milestones.push(m);
                }
            }
        }

        Some(Dataset { meta: meta?, categories, indicators, milestones })
    }

    fn meta(&mut self, v: &Value) -> Option<Meta> {
        let o = self.object(v, "$.meta", META_FIELDS)?;
        // The default language comes first: every text falls back to it.
        let default_lang = match o.get("default_language") {
            None => Some(Lang::ZhHant),
            Some(v) => {
                let tags: Vec<(&'static str, Lang)> = Lang::ALL.iter().map(|l| (l.tag(), *l)).collect();
                self.one_of(v, &o.at("default_language"), &tags)
            }
        };
        self.default_lang = default_lang;
        let title = self.req_text(&o, "title");
        let subtitle = self.opt_text(&o, "subtitle");
        let source = self.required(&o, "source").and_then(|v| self.source(v));
        let period = self.required(&o, "period").and_then(|v| self.date(v, "$.meta.period"));
        let ui = match o.get("ui") {
            Some(v) => self.ui(v)?,
            None => Vec::new(),
        };
        Some(Meta {
            title: title?,
            subtitle: subtitle.unwrap_or_default(),
            source: source?,
            default_lang: default_lang?,
            period: period?,
            ui,
        })
    }

    fn ui(&mut self, v: &Value) -> Option<Vec<(Lang, UiText, String)>> {
        let map = match v.as_object() {
            Some(m) => m,
            None => {
                self.report("$.meta.ui", ProblemKind::WrongShape { expected: Shape::Object });
                return None;
            }
        };
        let keys = UiText::KEYS;
        let mut out = Vec::new();
        let mut ok = true;
        for (tag, strings) in map {
            let path = key_path("$.meta.ui", tag);
            let Some(lang) = Lang::from_tag(tag) else {
                self.report(path, ProblemKind::UnknownLanguage { tag: clip_echo(tag) });
                ok = false;
                continue;
            };
            let Some(o) = self.object(strings, &path, keys) else {
                ok = false;
                continue;
            };
            for (key, value) in o.map {
                if let Some(text) = UiText::from_key(key) {
                    match self.string(value, &o.at(key)) {
                        Some(s) => out.push((lang, text, s)),
                        None => ok = false,
                    }
                } else {
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    fn source(&mut self, v: &Value) -> Option<Source> {
        let o = self.object(v, "$.meta.source", SOURCE_FIELDS)?;
        let title = self.opt_text(&o, "title");
        let publication = self.opt_text(&o, "publication");
        let author = self.req_text(&o, "author");
        let url = o.get("url").map(|v| self.url(v, &o.at("url")));
        let published = o.get("published").map(|v| self.date(v, &o.at("published")));
        Some(Source {
            title,
            publication,
            author: author?,
            url: present(url)?,
            published: present(published)?,
        })
    }

    fn category(&mut self, v: &Value, path: &str, seen: &mut Seen) -> Option<Category> {
        let o = self.object(v, path, CATEGORY_FIELDS)?;
        let id = self.id(&o, seen);
        let name = self.req_text(&o, "name");
        let color = self.required(&o, "color").and_then(|v| self.one_of(v, &o.at("color"), &ColorToken::ALL));
        Some(Category { id: id?, name: name?, color: color? })
    }

    fn in_period(&mut self, date: PartialDate, period: Option<PartialDate>, path: &str) -> bool {
        let Some(period) = period else { return true };
        let (a, b) = date.day_span();
        let (pa, pb) = period.day_span();
        let inside = date.year() == period.year() && a >= pa && b <= pb;
        if !inside {
            self.report(
                path,
                ProblemKind::DateOutOfRange { got: date.to_string(), period: period.to_string() },
            );
        }
        inside
    }

    fn indicator(
        &mut self,
        v: &Value,
        path: &str,
        categories: &Ids,
        seen: &mut Seen,
        period: Option<PartialDate>,
    ) -> Option<(Indicator, Vec<(String, String)>)> {
        let o = self.object(v, path, INDICATOR_FIELDS)?;
        let id = self.id(&o, seen);
        let value = self.required(&o, "value").and_then(|v| self.number(v, &o.at("value"), 0.0, 1e15));
        let unit = match o.get("unit") {
            Some(v) => self.text(v, &o.at("unit")),
            None => Some(Localized::default()),
        };
        let formats = [
            ("number", ValueFormat::Number),
            ("compact", ValueFormat::Compact),
            ("usd", ValueFormat::Usd),
            ("percent", ValueFormat::Percent),
        ];
        let format = match o.get("format") {
            Some(v) => self.one_of(v, &o.at("format"), &formats),
            None => Some(ValueFormat::Number),
        };
        let qualifier = self.qualifier(&o);
        let label = self.req_text(&o, "label");
        let description = self.req_text(&o, "description");
        let category = self.category_of(&o, categories);
        let source = self.sources(&o);
        let chart = self.required(&o, "chart").and_then(|v| self.one_of(v, &o.at("chart"), &ChartKind::ALL));
        let parts = match o.get("parts") {
            Some(v) => {
                let at = o.at("parts");
                self.array(v, &at, limits::MAX_SMALL_LIST).and_then(|items| {
                    let parts: Vec<Option<Part>> =
                        items.iter().enumerate().map(|(i, p)| self.part(p, &format!("{at}[{i}]"))).collect();
                    parts.into_iter().collect::<Option<Vec<_>>>()
                })
            }
            None => Some(Vec::new()),
        };
        let reference = match o.get("reference") {
            Some(v) => self.part(v, &o.at("reference")).map(Some),
            None => Some(None),
        };
        let ind_period = match o.get("period") {
            Some(v) => {
                let at = o.at("period");
                self.date(v, &at).filter(|d| self.in_period(*d, period, &at)).map(Some)
            }
            None => Some(None),
        };
        let links = self.id_list(&o, "milestones");
        let (chart, value, parts, reference) = (chart?, value?, parts?, reference?);
        let found = chart_problems(chart, value, &parts, &reference, path);
        if !found.is_empty() {
            for (at, kind) in found {
                self.report(at, kind);
            }
            return None;
        }
        Some((
            Indicator {
                id: id?,
                value,
                unit: unit?,
                format: format?,
                qualifier: qualifier?,
                label: label?,
                description: description?,
                category: category?,
                source: source?,
                chart,
                parts,
                reference,
                period: ind_period?,
                milestones: Vec::new(),
            },
            links,
        ))
    }

    fn milestone(
        &mut self,
        v: &Value,
        path: &str,
        categories: &Ids,
        seen: &mut Seen,
        period: Option<PartialDate>,
    ) -> Option<RawMilestone> {
        let o = self.object(v, path, MILESTONE_FIELDS)?;
        let id = self.id(&o, seen);
        let date_path = o.at("date");
        let date = self
            .required(&o, "date")
            .and_then(|v| self.date(v, &date_path))
            .filter(|d| self.in_period(*d, period, &date_path));
        let title = self.req_text(&o, "title");
        let description = self.req_text(&o, "description");
        let category = self.category_of(&o, categories);
        let source = self.sources(&o);
        let importance = match o.get("importance") {
            Some(v) => {
                // A whole number, as JSON Schema's `integer` reads it: `2.0`
                // is the whole number 2.
                let at = o.at("importance");
                match v.as_f64().filter(|n| n.fract() == 0.0) {
                    Some(n) if (1.0..=3.0).contains(&n) => Some(n as u8),
                    Some(n) => {
                        self.report(at, ProblemKind::OutOfRange { got: n, min: 1.0, max: 3.0 });
                        None
                    }
                    None => {
                        self.report(at, ProblemKind::WrongShape { expected: Shape::Integer });
                        None
                    }
                }
            }
            None => Some(2),
        };
        let links = self.id_list(&o, "indicators");
        Some(RawMilestone {
            m: Milestone {
                id: id?,
                date: date?,
                title: title?,
                description: description?,
                category: category?,
                source: source?,
                importance: importance?,
                indicators: Vec::new(),
            },
            links,
        })
    }
}
