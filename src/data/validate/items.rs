//! The two kinds of item: an indicator (a key figure and its chart) and
//! a milestone (a dated event).

use super::*;
use crate::data::chart_rules::chart_problems;
use crate::data::date::PartialDate;
use crate::data::json::Value;
use crate::data::lang::Localized;
use crate::data::problem::{ProblemKind, Shape};
use crate::data::text_rules::index_path;

impl Reader {
    pub(super) fn indicator(
        &mut self,
        v: &Value,
        path: &str,
        categories: &Targets,
        first_use: Option<String>,
        period: Option<PartialDate>,
    ) -> Option<(Indicator, Vec<(String, String)>)> {
        let o = self.object(v, path, INDICATOR_FIELDS)?;
        let id = self.id(&o, first_use);
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
                    // As `sources`: every part read, then all or nothing.
                    let mut parts = Vec::new();
                    let mut ok = true;
                    for (i, p) in items.iter().enumerate() {
                        match self.part(p, &index_path(&at, i)) {
                            Some(p) => parts.push(p),
                            None => ok = false,
                        }
                    }
                    ok.then_some(parts)
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
        // Each `let … else` drops what was read in one place: a `?` per
        // field would drop the fields before it at each of a dozen exits.
        let (Some(chart), Some(value), Some(parts), Some(reference)) = (chart, value, parts, reference)
        else {
            return None;
        };
        let found = chart_problems(chart, value, &parts, &reference, path);
        if !found.is_empty() {
            for (at, kind) in found {
                self.report(&at, kind);
            }
            return None;
        }
        let (
            Some(id),
            Some(unit),
            Some(format),
            Some(qualifier),
            Some(label),
            Some(description),
            Some(category),
            Some(source),
            Some(period),
        ) = (id, unit, format, qualifier, label, description, category, source, ind_period)
        else {
            return None;
        };
        Some((
            Indicator {
                id,
                value,
                unit,
                format,
                qualifier,
                label,
                description,
                category,
                source,
                chart,
                parts,
                reference,
                period,
                milestones: Vec::new(),
            },
            links,
        ))
    }

    pub(super) fn milestone(
        &mut self,
        v: &Value,
        path: &str,
        categories: &Targets,
        first_use: Option<String>,
        period: Option<PartialDate>,
    ) -> Option<RawMilestone> {
        let o = self.object(v, path, MILESTONE_FIELDS)?;
        let id = self.id(&o, first_use);
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
                        self.report(&at, ProblemKind::OutOfRange { got: n, min: 1.0, max: 3.0 });
                        None
                    }
                    None => {
                        self.report(&at, ProblemKind::WrongShape { expected: Shape::Integer });
                        None
                    }
                }
            }
            None => Some(2),
        };
        let links = self.id_list(&o, "indicators");
        // As for an indicator: what was read dropped in one place.
        let (
            Some(id),
            Some(date),
            Some(title),
            Some(description),
            Some(category),
            Some(source),
            Some(importance),
        ) = (id, date, title, description, category, source, importance)
        else {
            return None;
        };
        Some(RawMilestone {
            m: Milestone {
                id,
                date,
                title,
                description,
                category,
                source,
                importance,
                indicators: Vec::new(),
            },
            links,
        })
    }
}
