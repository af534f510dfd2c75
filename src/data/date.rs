//! Calendar dates that are only as precise as the source: a year, a quarter,
//! a month, a day, or a range of those. They are plain calendar values with
//! no time zone; nothing here goes near a clock, so a reader in New York and
//! one in Shenyang see the same day.

use std::fmt;

/// A single calendar point known to some precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePoint {
    /// Only the year is known.
    Year(i32),
    /// The quarter (1–4) is known.
    Quarter(i32, u8),
    /// The month (1–12) is known.
    Month(i32, u8),
    /// The day is known.
    Day(i32, u8, u8),
}

/// A milestone's date: one point, or a range between two points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartialDate {
    /// A single point (`2025`, `2025-Q3`, `2025-10`, `2025-10-26`).
    Point(DatePoint),
    /// A range written `start/end` (`2025-05-20/2025-07-24`).
    Range(DatePoint, DatePoint),
}

/// How precisely a date is known; drives where the timeline may draw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Year only: drawn in the separate year band, never on the month axis.
    Year,
    /// A quarter: spans its three months.
    Quarter,
    /// A month: spans its month.
    Month,
    /// A day: a point on its day.
    Day,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError;

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, or two of them as start/end")
    }
}

/// Whether `year` has a 29 February (proleptic Gregorian calendar).
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days in the year (365 or 366).
pub fn days_in_year(year: i32) -> u16 {
    if is_leap_year(year) {
        366
    } else {
        365
    }
}

/// Zero-based day of the year of a valid calendar day.
pub fn day_of_year(year: i32, month: u8, day: u8) -> u16 {
    let before: u16 = (1..month).map(|m| u16::from(days_in_month(year, m))).sum();
    before + u16::from(day) - 1
}

fn parse_number(text: &str, digits: usize) -> Option<u32> {
    if text.len() != digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl DatePoint {
    /// Parses one point; the strict format is the whole contract.
    pub fn parse(text: &str) -> Result<DatePoint, DateError> {
        let parts: Vec<&str> = text.split('-').collect();
        let year = parts.first().and_then(|y| parse_number(y, 4)).ok_or(DateError)? as i32;
        // One or two digits: each fits a u8.
        let small = |t: &str, digits| parse_number(t, digits).map(|n| n as u8).ok_or(DateError);
        let point = match parts.as_slice() {
            [_] => DatePoint::Year(year),
            [_, q] if q.starts_with('Q') => DatePoint::Quarter(year, small(&q[1..], 1)?),
            [_, m] => DatePoint::Month(year, small(m, 2)?),
            [_, m, d] => DatePoint::Day(year, small(m, 2)?, small(d, 2)?),
            _ => return Err(DateError),
        };
        if point.is_on_calendar() {
            Ok(point)
        } else {
            Err(DateError)
        }
    }

    /// Whether the point exists: a quarter 1–4, a month 1–12, a day its
    /// month has. What `parse` accepts, and what the wire decoder holds
    /// the checker's bytes to.
    pub fn is_on_calendar(self) -> bool {
        match self {
            DatePoint::Year(_) => true,
            DatePoint::Quarter(_, q) => (1..=4).contains(&q),
            DatePoint::Month(_, m) => (1..=12).contains(&m),
            // `days_in_month` gives no days to a month that is not one.
            DatePoint::Day(y, m, d) => d >= 1 && d <= days_in_month(y, m),
        }
    }

    /// The year the point falls in.
    pub fn year(self) -> i32 {
        match self {
            DatePoint::Year(y)
            | DatePoint::Quarter(y, _)
            | DatePoint::Month(y, _)
            | DatePoint::Day(y, _, _) => y,
        }
    }

    /// How precisely the point is known.
    pub fn precision(self) -> Precision {
        match self {
            DatePoint::Year(_) => Precision::Year,
            DatePoint::Quarter(..) => Precision::Quarter,
            DatePoint::Month(..) => Precision::Month,
            DatePoint::Day(..) => Precision::Day,
        }
    }

    /// The first and last day covered, as zero-based days of the point's year.
    pub fn day_span(self) -> (u16, u16) {
        match self {
            DatePoint::Year(y) => (0, days_in_year(y) - 1),
            DatePoint::Quarter(y, q) => {
                let first = 3 * q - 2;
                let last = 3 * q;
                (day_of_year(y, first, 1), day_of_year(y, last, days_in_month(y, last)))
            }
            DatePoint::Month(y, m) => (day_of_year(y, m, 1), day_of_year(y, m, days_in_month(y, m))),
            DatePoint::Day(y, m, d) => {
                let n = day_of_year(y, m, d);
                (n, n)
            }
        }
    }

    /// A sortable key: the first day covered, then the precision, so that a
    /// month sorts before the days inside it.
    pub fn sort_key(self) -> (i32, u16, Precision) {
        (self.year(), self.day_span().0, self.precision())
    }
}

impl fmt::Display for DatePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DatePoint::Year(y) => write!(f, "{y:04}"),
            DatePoint::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            DatePoint::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            DatePoint::Day(y, m, d) => write!(f, "{y:04}-{m:02}-{d:02}"),
        }
    }
}

impl PartialDate {
    /// Parses a point or a `start/end` range; the end must not come before
    /// the start, both must be of one year (the timeline shows one year) and
    /// of one precision (`2025-03-31/2025-03` says the same day twice over;
    /// `2025/2025-03` is a year that ends in March).
    pub fn parse(text: &str) -> Result<PartialDate, DateError> {
        match text.split_once('/') {
            None => DatePoint::parse(text).map(PartialDate::Point),
            Some((a, b)) => PartialDate::range(DatePoint::parse(a)?, DatePoint::parse(b)?),
        }
    }

    /// A range from `start` to `end`, if the format allows one: `parse`'s
    /// rules, which the wire decoder holds the checker's bytes to as well.
    pub fn range(start: DatePoint, end: DatePoint) -> Result<PartialDate, DateError> {
        let ordered = start.year() == end.year() && start.day_span().0 <= end.day_span().1;
        if ordered && start != end && start.precision() == end.precision() {
            Ok(PartialDate::Range(start, end))
        } else {
            Err(DateError)
        }
    }

    /// The precisions of a range's two ends, when both parse as points (to
    /// say which rule a refused range broke).
    pub fn range_precisions(text: &str) -> Option<(Precision, Precision)> {
        let (a, b) = text.split_once('/')?;
        Some((DatePoint::parse(a).ok()?.precision(), DatePoint::parse(b).ok()?.precision()))
    }

    /// The point a range starts at, or the point itself.
    pub fn start(self) -> DatePoint {
        match self {
            PartialDate::Point(p) | PartialDate::Range(p, _) => p,
        }
    }

    /// The point a range ends at, or the point itself.
    pub fn end(self) -> DatePoint {
        match self {
            PartialDate::Point(p) | PartialDate::Range(_, p) => p,
        }
    }

    /// The coarsest precision of the two ends: a range from a day to a month
    /// is only as precise as the month.
    pub fn precision(self) -> Precision {
        self.start().precision().min(self.end().precision())
    }

    /// First and last covered day of the year, zero-based.
    pub fn day_span(self) -> (u16, u16) {
        (self.start().day_span().0, self.end().day_span().1)
    }

    /// The year of the date.
    pub fn year(self) -> i32 {
        self.start().year()
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Point(p) => p.fmt(f),
            PartialDate::Range(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_precision_parses_and_prints_back() {
        for text in ["2025", "2025-Q3", "2025-10", "2025-10-26", "2025-05-20/2025-07-24", "2025-10/2025-12"] {
            assert_eq!(PartialDate::parse(text).map(|d| d.to_string()), Ok(text.to_owned()));
        }
    }

    #[test]
    fn impossible_or_loose_dates_are_refused() {
        for text in [
            "2025-13",
            "2025-00",
            "2025-02-29",
            "2025-04-31",
            "25-10",
            "2025-1",
            "2025-10-1",
            "2025-Q5",
            "2025-Q0",
            "2025/10",
            "2025-10-26T00:00",
            " 2025",
            "",
            "2025-12/2025-01",
            "2024-12/2025-01",
            "2025/2025",
            "２０２５",
            // Ends of different precisions.
            "2025-03-31/2025-03",
            "2025/2025-03",
            "2025-05-20/2025-07",
            "2025-Q1/2025-05",
        ] {
            assert_eq!(PartialDate::parse(text), Err(DateError), "{text:?}");
        }
        assert!(PartialDate::parse("2024-02-29").is_ok(), "2024 is a leap year");
    }

    #[test]
    fn spans_cover_exactly_the_known_period() {
        let day = |s: &str| PartialDate::parse(s).map(PartialDate::day_span);
        assert_eq!(day("2025-01-01"), Ok((0, 0)));
        assert_eq!(day("2025-12-31"), Ok((364, 364)));
        assert_eq!(day("2025-10"), Ok((273, 303)));
        assert_eq!(day("2025-Q1"), Ok((0, 89)));
        assert_eq!(day("2025"), Ok((0, 364)));
        assert_eq!(day("2024"), Ok((0, 365)));
    }

    #[test]
    fn a_range_is_as_precise_as_its_ends() {
        let range = PartialDate::parse("2025-05/2025-07").ok();
        assert_eq!(range.map(PartialDate::precision), Some(Precision::Month));
        assert_eq!(
            PartialDate::range_precisions("2025-03-31/2025-03"),
            Some((Precision::Day, Precision::Month))
        );
        assert_eq!(PartialDate::range_precisions("2025-03-31"), None);
    }
}
