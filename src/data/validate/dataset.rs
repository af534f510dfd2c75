//! The file as a whole: its top-level fields, `meta`, the UI overrides,
//! the source and the categories, and the period every date falls in.

use super::ids::{raw_id, Ids};
use super::*;
use crate::data::date::PartialDate;
use crate::data::json::Value;
use crate::data::json_echo::echo;
use crate::data::lang::Lang;
use crate::data::locale::UiText;
use crate::data::problem::{ProblemKind, Shape};
use crate::data::text_rules::{clip_echo, index_path, key_path};

/// Keeps a refused item's id, if it has one, for links to skip.
fn refuse(refused: &mut Vec<String>, item: &Value) {
    if let Some(id) = raw_id(item) {
        refused.push(id.to_owned());
    }
}

impl Reader {
    pub(super) fn dataset(&mut self, root: &Value) -> Option<Dataset> {
        let o = self.object(root, "$", ROOT_FIELDS)?;
        if let Some(v) = o.get("version") {
            // A number equal to 1, as JSON Schema's `const: 1` reads it:
            // `1.0` is the same number.
            if v.as_f64() != Some(1.0) {
                let got = clip_echo(&echo(v));
                self.report(&o.at("version"), ProblemKind::NotOneOf { got, allowed: vec!["1"] });
            }
        }
        let meta = self.required(&o, "meta").and_then(|v| self.meta(v));
        let period = meta.as_ref().map(|m| m.period);

        let mut categories = Vec::new();
        let mut refused = Vec::new();
        if let Some(items) = self
            .required(&o, "categories")
            .and_then(|v| self.array(v, "$.categories", limits::MAX_CATEGORIES))
        {
            let seen = Seen::new("$.categories", items);
            for (i, item) in items.iter().enumerate() {
                match self.category(item, &index_path("$.categories", i), seen.first_use(i)) {
                    Some(c) => categories.push(c),
                    None => refuse(&mut refused, item),
                }
            }
        }
        let mut ids = Vec::new();
        for c in &categories {
            ids.push(c.id.clone());
        }
        let category_ids = Targets { read: Ids::new(ids), refused: Ids::new(refused) };

        let mut raw_indicators = Vec::new();
        let mut refused = Vec::new();
        if let Some(items) = self
            .required(&o, "indicators")
            .and_then(|v| self.array(v, "$.indicators", limits::MAX_INDICATORS))
        {
            let seen = Seen::new("$.indicators", items);
            for (i, item) in items.iter().enumerate() {
                let path = index_path("$.indicators", i);
                match self.indicator(item, &path, &category_ids, seen.first_use(i), period) {
                    Some(ind) => raw_indicators.push(ind),
                    None => refuse(&mut refused, item),
                }
            }
        }
        let mut ids = Vec::new();
        for (ind, _) in &raw_indicators {
            ids.push(ind.id.clone());
        }
        let indicator_ids = Targets { read: Ids::new(ids), refused: Ids::new(refused) };

        let mut raw_milestones = Vec::new();
        let mut refused = Vec::new();
        if let Some(items) = self
            .required(&o, "milestones")
            .and_then(|v| self.array(v, "$.milestones", limits::MAX_MILESTONES))
        {
            let seen = Seen::new("$.milestones", items);
            for (i, item) in items.iter().enumerate() {
                let path = index_path("$.milestones", i);
                match self.milestone(item, &path, &category_ids, seen.first_use(i), period) {
                    Some(m) => raw_milestones.push(m),
                    None => refuse(&mut refused, item),
                }
            }
        }
        // Timeline order: by date, bigger news first on the same date.
        let raw_milestones = crate::data::order::sorted(raw_milestones, &|a, b| {
            (a.m.date.start().sort_key(), std::cmp::Reverse(a.m.importance), &a.m.id).cmp(&(
                b.m.date.start().sort_key(),
                std::cmp::Reverse(b.m.importance),
                &b.m.id,
            ))
        });
        let mut ids = Vec::new();
        for r in &raw_milestones {
            ids.push(r.m.id.clone());
        }
        let milestone_ids = Targets { read: Ids::new(ids), refused: Ids::new(refused) };

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

    pub(super) fn meta(&mut self, v: &Value) -> Option<Meta> {
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

    pub(super) fn ui(&mut self, v: &Value) -> Option<Vec<(Lang, UiText, String)>> {
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
        for (tag, strings) in map.iter() {
            let path = key_path("$.meta.ui", tag);
            let Some(lang) = Lang::from_tag(tag) else {
                self.report(&path, ProblemKind::UnknownLanguage { tag: clip_echo(tag) });
                ok = false;
                continue;
            };
            let Some(o) = self.object(strings, &path, keys) else {
                ok = false;
                continue;
            };
            for (key, value) in o.map.iter() {
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

    pub(super) fn source(&mut self, v: &Value) -> Option<Source> {
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

    pub(super) fn category(&mut self, v: &Value, path: &str, first_use: Option<String>) -> Option<Category> {
        let o = self.object(v, path, CATEGORY_FIELDS)?;
        let id = self.id(&o, first_use);
        let name = self.req_text(&o, "name");
        let color = self.required(&o, "color").and_then(|v| self.one_of(v, &o.at("color"), &ColorToken::ALL));
        Some(Category { id: id?, name: name?, color: color? })
    }

    pub(super) fn in_period(&mut self, date: PartialDate, period: Option<PartialDate>, path: &str) -> bool {
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
}
