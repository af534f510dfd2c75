//! The encoder, for the checker and the native tool: everything that turns
//! a problem into words stays on this side.

use super::{source_hash, Reported, MAGIC, VERSION};
use crate::data::date::{DatePoint, PartialDate};
use crate::data::lang::{Lang, Localized};
use crate::data::model::*;
use crate::data::problem::{Problem, ProblemKind, Severity};
use crate::data::validate::Checked;

impl Reported {
    /// Writes a problem out in every language.
    pub fn from_problem(p: &Problem) -> Reported {
        let severity = p.severity();
        let errors = match p.kind {
            ProblemKind::MoreProblems { errors, .. } => errors,
            _ => usize::from(severity == Severity::Error),
        };
        Reported { severity, errors, messages: Lang::ALL.map(|lang| p.message(lang)) }
    }
}

/// The wire bytes of a checked file; `source` is the JSON text it was read
/// from, of which only the hash is kept.
pub fn encode(checked: &Checked, source: &[u8]) -> Vec<u8> {
    let mut w = Writer { out: Vec::new() };
    w.out.extend_from_slice(&MAGIC);
    w.out.push(VERSION);
    w.out.extend_from_slice(&source_hash(source).to_le_bytes());
    match &checked.dataset {
        Some(ds) => {
            w.out.push(1);
            w.dataset(ds);
        }
        None => w.out.push(0),
    }
    w.varint(checked.problems.len());
    for p in &checked.problems {
        w.reported(&Reported::from_problem(p));
    }
    w.out
}

struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn varint(&mut self, n: usize) {
        // The decoder reads 32 bits at most; nothing in a file of at most
        // 4 MB counts past that.
        let mut n = n as u64;
        while n >= 0x80 {
            self.out.push(n as u8 | 0x80);
            n >>= 7;
        }
        self.out.push(n as u8);
    }

    fn flag(&mut self, b: bool) {
        self.out.push(u8::from(b));
    }

    fn f64(&mut self, x: f64) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }

    fn string(&mut self, s: &str) {
        self.varint(s.len());
        self.out.extend_from_slice(s.as_bytes());
    }

    fn localized(&mut self, text: &Localized) {
        for lang in Lang::ALL {
            self.string(text.get(lang));
        }
    }

    fn lang(&mut self, lang: Lang) {
        self.out.push(lang as u8);
    }

    fn point(&mut self, p: DatePoint) {
        let (tag, year, rest): (u8, i32, &[u8]) = match p {
            DatePoint::Year(y) => (0, y, &[]),
            DatePoint::Quarter(y, q) => (1, y, &[q]),
            DatePoint::Month(y, m) => (2, y, &[m]),
            DatePoint::Day(y, m, d) => (3, y, &[m, d]),
        };
        self.out.push(tag);
        // Zig-zag: small years of either sign stay short.
        self.varint(((year << 1) ^ (year >> 31)) as u32 as usize);
        self.out.extend_from_slice(rest);
    }

    fn date(&mut self, d: PartialDate) {
        match d {
            PartialDate::Point(p) => {
                self.out.push(0);
                self.point(p);
            }
            PartialDate::Range(a, b) => {
                self.out.push(1);
                self.point(a);
                self.point(b);
            }
        }
    }

    fn dataset(&mut self, ds: &Dataset) {
        self.meta(&ds.meta);
        self.varint(ds.categories.len());
        for c in &ds.categories {
            self.category(c);
        }
        self.varint(ds.indicators.len());
        for i in &ds.indicators {
            self.indicator(i);
        }
        self.varint(ds.milestones.len());
        for m in &ds.milestones {
            self.milestone(m);
        }
    }

    fn meta(&mut self, m: &Meta) {
        self.localized(&m.title);
        self.localized(&m.subtitle);
        self.source(&m.source);
        self.lang(m.default_lang);
        self.date(m.period);
        self.varint(m.ui.len());
        for (lang, key, text) in &m.ui {
            self.lang(*lang);
            self.varint(*key as usize);
            self.string(text);
        }
    }

    fn source(&mut self, s: &Source) {
        self.optional_localized(s.title.as_ref());
        self.optional_localized(s.publication.as_ref());
        self.localized(&s.author);
        self.optional_string(s.url.as_deref());
        self.optional_date(s.published);
    }

    fn optional_localized(&mut self, text: Option<&Localized>) {
        self.flag(text.is_some());
        if let Some(t) = text {
            self.localized(t);
        }
    }

    fn optional_string(&mut self, s: Option<&str>) {
        self.flag(s.is_some());
        if let Some(s) = s {
            self.string(s);
        }
    }

    fn optional_date(&mut self, d: Option<PartialDate>) {
        self.flag(d.is_some());
        if let Some(d) = d {
            self.date(d);
        }
    }

    fn category(&mut self, c: &Category) {
        self.string(&c.id);
        self.localized(&c.name);
        self.out.push(match c.color {
            ColorToken::Blue => 0,
            ColorToken::Orange => 1,
            ColorToken::Green => 2,
            ColorToken::Purple => 3,
            ColorToken::Red => 4,
            ColorToken::Teal => 5,
        });
    }

    fn qualifier(&mut self, q: Qualifier) {
        self.out.push(match q {
            Qualifier::Exact => 0,
            Qualifier::Over => 1,
            Qualifier::About => 2,
            Qualifier::UpTo => 3,
        });
    }

    fn sources(&mut self, refs: &[SourceRef]) {
        self.varint(refs.len());
        for r in refs {
            self.out.push(match r.kind {
                SourceKind::Article => 0,
                SourceKind::Report => 1,
            });
            self.localized(&r.note);
            self.optional_date(r.date);
            self.optional_string(r.url.as_deref());
        }
    }

    fn part(&mut self, p: &Part) {
        self.localized(&p.label);
        self.f64(p.value);
        self.qualifier(p.qualifier);
    }

    fn indices(&mut self, list: &[usize]) {
        self.varint(list.len());
        for &i in list {
            self.varint(i);
        }
    }

    fn indicator(&mut self, i: &Indicator) {
        self.string(&i.id);
        self.f64(i.value);
        self.localized(&i.unit);
        self.out.push(match i.format {
            ValueFormat::Number => 0,
            ValueFormat::Compact => 1,
            ValueFormat::Usd => 2,
            ValueFormat::Percent => 3,
        });
        self.qualifier(i.qualifier);
        self.localized(&i.label);
        self.localized(&i.description);
        self.varint(i.category);
        self.sources(&i.source);
        self.out.push(match i.chart {
            ChartKind::Streak => 0,
            ChartKind::Units => 1,
            ChartKind::Ring => 2,
            ChartKind::Duration => 3,
            ChartKind::Area => 4,
            ChartKind::Pictogram => 5,
            ChartKind::Stack => 6,
            ChartKind::Batch => 7,
        });
        self.varint(i.parts.len());
        for p in &i.parts {
            self.part(p);
        }
        self.flag(i.reference.is_some());
        if let Some(p) = &i.reference {
            self.part(p);
        }
        self.optional_date(i.period);
        self.indices(&i.milestones);
    }

    fn milestone(&mut self, m: &Milestone) {
        self.string(&m.id);
        self.date(m.date);
        self.localized(&m.title);
        self.localized(&m.description);
        self.varint(m.category);
        self.sources(&m.source);
        self.out.push(m.importance);
        self.indices(&m.indicators);
    }

    fn reported(&mut self, r: &Reported) {
        self.out.push(match r.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
        });
        self.varint(r.errors);
        for m in &r.messages {
            self.string(m);
        }
    }
}
