//! The decoder: the only part of the wire the reader links, so it is kept
//! small (one plain function per type, no formatting) and strict. Whatever
//! the bytes, it returns rather than panics, allocates no more than the
//! bytes could fill, and checks every index it hands on, so the code that
//! reads the dataset may index with them as it does after validation.

use super::{header_hash, Delivered, Reported, WireError, HEADER_LEN};
use crate::data::date::{DatePoint, PartialDate};
use crate::data::lang::{Lang, Localized};
use crate::data::locale::UiText;
use crate::data::model::*;
use crate::data::problem::Severity;
use crate::data::validate::limits;

type Read<T> = Result<T, WireError>;

// The fewest bytes an item of the big lists can take (each string's length
// and each list's count a byte, a year a byte, a value 8), so a count
// reserves little more than the items the bytes can hold: a milestone is
// some 250 bytes in memory. Too large a figure here would refuse good data;
// tests/wire.rs sends a dataset of items this small.
const LEAST_CATEGORY: usize = 1 + 3 + 1;
const LEAST_INDICATOR: usize = 1 + 8 + 3 + 1 + 1 + 3 + 3 + 1 + 1 + 1 + 1 + 1 + 1 + 1;
const LEAST_MILESTONE: usize = 1 + 3 + 3 + 3 + 1 + 1 + 1 + 1;
const LEAST_REPORTED: usize = 1 + 1 + 3;

/// Reads wire bytes back into a dataset and its problems.
pub fn decode(bytes: &[u8]) -> Result<Delivered, WireError> {
    // The hash is for the build, which checks the wire is not stale.
    if header_hash(bytes).is_none() {
        return Err(WireError { at: 0 });
    }
    let mut r = Reader { bytes, at: HEADER_LEN };
    let dataset = if r.flag()? { Some(r.dataset()?) } else { None };
    let start = r.at;
    // The listed problems and the one that counts the rest.
    let n = r.count(limits::MAX_PROBLEMS + 1, LEAST_REPORTED)?;
    let mut problems = Vec::with_capacity(n);
    for _ in 0..n {
        problems.push(r.reported()?);
    }
    // A dataset is delivered exactly when there is no error: one with
    // errors would be shown as if it had passed, and neither would leave
    // an error box that lists nothing.
    if dataset.is_some() == problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(WireError { at: start });
    }
    if r.at != bytes.len() {
        return Err(r.error());
    }
    Ok(Delivered { dataset, problems })
}

/// Bytes being read, and how far. `at` never passes the end: it only moves
/// past bytes that were there.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn error(&self) -> WireError {
        WireError { at: self.at }
    }

    fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.at)
    }

    fn byte(&mut self) -> Read<u8> {
        let b = *self.bytes.get(self.at).ok_or(self.error())?;
        self.at += 1;
        Ok(b)
    }

    /// The next `n` bytes, if there are that many.
    fn take(&mut self, n: usize) -> Read<&'a [u8]> {
        let taken = self.bytes.get(self.at..).and_then(|rest| rest.get(..n)).ok_or(self.error())?;
        self.at += taken.len();
        Ok(taken)
    }

    /// An unsigned LEB128 varint of 32 bits at most, so it fits a `usize`
    /// on the 32-bit Wasm.
    fn varint(&mut self) -> Read<usize> {
        let start = self.at;
        let mut n: u32 = 0;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            let bits = u32::from(b & 0x7f);
            // The fifth byte may only hold the top four bits.
            if shift == 28 && (bits > 0x0f || b & 0x80 != 0) {
                return Err(WireError { at: start });
            }
            n |= bits << shift;
            if b & 0x80 == 0 {
                return Ok(n as usize);
            }
            shift += 7;
        }
    }

    /// A list's count. Every item takes `least` bytes at least, so a count
    /// past what the bytes left can hold cannot be true: it is refused
    /// before room is made for it.
    fn count(&mut self, max: usize, least: usize) -> Read<usize> {
        let start = self.at;
        let n = self.varint()?;
        if n > max || n > self.remaining() / least {
            return Err(WireError { at: start });
        }
        Ok(n)
    }

    /// An index into a list of `len` items.
    fn index(&mut self, len: usize) -> Read<usize> {
        let start = self.at;
        let i = self.varint()?;
        if i >= len {
            return Err(WireError { at: start });
        }
        Ok(i)
    }

    /// An enum's tag, one of `count`.
    fn tag(&mut self, count: u8) -> Read<u8> {
        let start = self.at;
        let t = self.byte()?;
        if t >= count {
            return Err(WireError { at: start });
        }
        Ok(t)
    }

    fn flag(&mut self) -> Read<bool> {
        Ok(self.tag(2)? == 1)
    }

    fn f64(&mut self) -> Read<f64> {
        let start = self.at;
        let bytes = self.take(8)?;
        let x = f64::from_le_bytes(bytes.try_into().map_err(|_| WireError { at: start })?);
        // Validation lets no NaN or infinity through; drawing assumes none.
        if !x.is_finite() {
            return Err(WireError { at: start });
        }
        Ok(x)
    }

    fn string(&mut self) -> Read<&'a str> {
        let start = self.at;
        let len = self.varint()?;
        let text = self.take(len).ok().and_then(|bytes| std::str::from_utf8(bytes).ok());
        text.ok_or(WireError { at: start })
    }

    fn owned(&mut self) -> Read<String> {
        Ok(self.string()?.to_owned())
    }

    fn optional_string(&mut self) -> Read<Option<String>> {
        Ok(if self.flag()? { Some(self.owned()?) } else { None })
    }

    fn localized(&mut self) -> Read<Localized> {
        let zh_hant = self.string()?;
        let zh_hans = self.string()?;
        let en = self.string()?;
        Ok(Localized::new(zh_hant, zh_hans, en))
    }

    fn optional_localized(&mut self) -> Read<Option<Localized>> {
        Ok(if self.flag()? { Some(self.localized()?) } else { None })
    }

    fn lang(&mut self) -> Read<Lang> {
        let start = self.at;
        let t = self.byte()?;
        Lang::ALL.get(usize::from(t)).copied().ok_or(WireError { at: start })
    }

    /// A zig-zag year, of the four digits a data file can write.
    fn year(&mut self) -> Read<i32> {
        let start = self.at;
        let z = self.varint()? as u32;
        let year = (z >> 1) as i32 ^ -((z & 1) as i32);
        if !(0..=9999).contains(&year) {
            return Err(WireError { at: start });
        }
        Ok(year)
    }

    /// A calendar point as `DatePoint::parse` accepts it: the timeline
    /// works out days from it without checking again.
    fn point(&mut self) -> Read<DatePoint> {
        let start = self.at;
        let tag = self.tag(4)?;
        let year = self.year()?;
        let point = match tag {
            0 => DatePoint::Year(year),
            1 => DatePoint::Quarter(year, self.byte()?),
            2 => DatePoint::Month(year, self.byte()?),
            _ => {
                let month = self.byte()?;
                DatePoint::Day(year, month, self.byte()?)
            }
        };
        if !point.is_on_calendar() {
            return Err(WireError { at: start });
        }
        Ok(point)
    }

    /// A point, or a range as `PartialDate::parse` accepts it: two
    /// different points of one year and precision, in order.
    fn date(&mut self) -> Read<PartialDate> {
        let start = self.at;
        if !self.flag()? {
            return Ok(PartialDate::Point(self.point()?));
        }
        let a = self.point()?;
        let b = self.point()?;
        PartialDate::range(a, b).map_err(|_| WireError { at: start })
    }

    fn optional_date(&mut self) -> Read<Option<PartialDate>> {
        Ok(if self.flag()? { Some(self.date()?) } else { None })
    }

    /// A list of indices into a list of `len` items, `max` of them at most.
    fn indices(&mut self, max: usize, len: usize) -> Read<Vec<usize>> {
        let n = self.count(max, 1)?;
        let mut list = Vec::with_capacity(n);
        for _ in 0..n {
            list.push(self.index(len)?);
        }
        Ok(list)
    }

    fn dataset(&mut self) -> Read<Dataset> {
        let meta = self.meta()?;
        let n = self.count(limits::MAX_CATEGORIES, LEAST_CATEGORY)?;
        let mut categories = Vec::with_capacity(n);
        for _ in 0..n {
            categories.push(self.category()?);
        }
        let n = self.count(limits::MAX_INDICATORS, LEAST_INDICATOR)?;
        let mut indicators = Vec::with_capacity(n);
        for _ in 0..n {
            indicators.push(self.indicator(categories.len())?);
        }
        let n = self.count(limits::MAX_MILESTONES, LEAST_MILESTONE)?;
        let mut milestones = Vec::with_capacity(n);
        for _ in 0..n {
            milestones.push(self.milestone(categories.len(), indicators.len())?);
        }
        // The indicators come first, so their links to milestones are
        // checked once the milestones are counted.
        if indicators.iter().any(|i| i.milestones.iter().any(|&m| m >= milestones.len())) {
            return Err(self.error());
        }
        Ok(Dataset { meta, categories, indicators, milestones })
    }

    fn meta(&mut self) -> Read<Meta> {
        let title = self.localized()?;
        let subtitle = self.localized()?;
        let source = self.source()?;
        let default_lang = self.lang()?;
        let period = self.date()?;
        // A data file overrides each string once per language at most.
        let n = self.count(Lang::ALL.len() * UiText::ALL.len(), 1)?;
        let mut ui = Vec::with_capacity(n);
        for _ in 0..n {
            let lang = self.lang()?;
            let start = self.at;
            let key = *UiText::ALL.get(self.varint()?).ok_or(WireError { at: start })?;
            ui.push((lang, key, self.owned()?));
        }
        Ok(Meta { title, subtitle, source, default_lang, period, ui })
    }

    fn source(&mut self) -> Read<Source> {
        // Fields are read in the order written, which is the wire's order.
        Ok(Source {
            title: self.optional_localized()?,
            publication: self.optional_localized()?,
            author: self.localized()?,
            url: self.optional_string()?,
            published: self.optional_date()?,
        })
    }

    fn category(&mut self) -> Read<Category> {
        Ok(Category {
            id: self.owned()?,
            name: self.localized()?,
            color: match self.tag(6)? {
                0 => ColorToken::Blue,
                1 => ColorToken::Orange,
                2 => ColorToken::Green,
                3 => ColorToken::Purple,
                4 => ColorToken::Red,
                _ => ColorToken::Teal,
            },
        })
    }

    fn qualifier(&mut self) -> Read<Qualifier> {
        Ok(match self.tag(4)? {
            0 => Qualifier::Exact,
            1 => Qualifier::Over,
            2 => Qualifier::About,
            _ => Qualifier::UpTo,
        })
    }

    fn sources(&mut self) -> Read<Vec<SourceRef>> {
        let n = self.count(limits::MAX_SMALL_LIST, 1)?;
        let mut refs = Vec::with_capacity(n);
        for _ in 0..n {
            refs.push(SourceRef {
                kind: if self.flag()? { SourceKind::Report } else { SourceKind::Article },
                note: self.localized()?,
                date: self.optional_date()?,
                url: self.optional_string()?,
            });
        }
        Ok(refs)
    }

    fn part(&mut self) -> Read<Part> {
        Ok(Part { label: self.localized()?, value: self.f64()?, qualifier: self.qualifier()? })
    }

    fn indicator(&mut self, categories: usize) -> Read<Indicator> {
        Ok(Indicator {
            id: self.owned()?,
            value: self.f64()?,
            unit: self.localized()?,
            format: match self.tag(4)? {
                0 => ValueFormat::Number,
                1 => ValueFormat::Compact,
                2 => ValueFormat::Usd,
                _ => ValueFormat::Percent,
            },
            qualifier: self.qualifier()?,
            label: self.localized()?,
            description: self.localized()?,
            category: self.index(categories)?,
            source: self.sources()?,
            chart: match self.tag(8)? {
                0 => ChartKind::Streak,
                1 => ChartKind::Units,
                2 => ChartKind::Ring,
                3 => ChartKind::Duration,
                4 => ChartKind::Area,
                5 => ChartKind::Pictogram,
                6 => ChartKind::Stack,
                _ => ChartKind::Batch,
            },
            parts: {
                let n = self.count(limits::MAX_SMALL_LIST, 1)?;
                let mut parts = Vec::with_capacity(n);
                for _ in 0..n {
                    parts.push(self.part()?);
                }
                parts
            },
            reference: if self.flag()? { Some(self.part()?) } else { None },
            period: self.optional_date()?,
            // Checked against the milestones' count once it is known.
            milestones: self.indices(limits::MAX_MILESTONES, limits::MAX_MILESTONES)?,
        })
    }

    fn milestone(&mut self, categories: usize, indicators: usize) -> Read<Milestone> {
        Ok(Milestone {
            id: self.owned()?,
            date: self.date()?,
            title: self.localized()?,
            description: self.localized()?,
            category: self.index(categories)?,
            source: self.sources()?,
            importance: {
                let start = self.at;
                match self.byte()? {
                    i @ 1..=3 => i,
                    _ => return Err(WireError { at: start }),
                }
            },
            indicators: self.indices(limits::MAX_INDICATORS, indicators)?,
        })
    }

    fn reported(&mut self) -> Read<Reported> {
        let start = self.at;
        let severity = if self.flag()? { Severity::Warning } else { Severity::Error };
        let errors = self.varint()?;
        // A warning stands for no error; an error for one at least, and
        // so few that the error box's sum of them cannot overflow.
        let plausible = match severity {
            Severity::Warning => errors == 0,
            Severity::Error => (1..=usize::MAX / (limits::MAX_PROBLEMS + 1)).contains(&errors),
        };
        if !plausible {
            return Err(WireError { at: start });
        }
        Ok(Reported { severity, errors, messages: [self.owned()?, self.owned()?, self.owned()?] })
    }
}
