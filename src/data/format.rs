//! Writing figures the way each language's newspapers do: 60億美元 and
//! US$6 billion are the same figure, counted in different big units.

use super::date::{DatePoint, PartialDate};
use super::lang::Lang;
use super::model::{ChartKind, Indicator, Part, Qualifier, ValueFormat};

/// Writes a number with at most two decimals, no trailing zeros, and
/// thousands separators (`1,234.5`).
pub fn plain_number(n: f64) -> String {
    let rounded = (n * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let whole = abs.trunc() as u64;
    let cents = ((abs - abs.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if cents > 0 {
        let frac = format!("{cents:02}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
    }
    if negative {
        out.insert(0, '-');
    }
    out
}

/// A large number in the language's own big units: 萬/億 count by 10⁴ and
/// 10⁸, English by thousand, million and billion.
pub fn compact_number(n: f64, lang: Lang) -> String {
    let steps: &[(f64, &str)] = match lang {
        Lang::ZhHant => &[(1e8, "億"), (1e4, "萬")],
        Lang::ZhHans => &[(1e8, "亿"), (1e4, "万")],
        Lang::En => &[(1e9, " billion"), (1e6, " million"), (1e3, " thousand")],
    };
    for (size, word) in steps {
        if n.abs() >= *size {
            return format!("{}{word}", plain_number(n / size));
        }
    }
    plain_number(n)
}

fn qualify(text: String, q: Qualifier, lang: Lang) -> String {
    // Every qualifier is a word before the figure: one concatenation, not
    // a `format!` per qualifier and language.
    let word = match (q, lang) {
        (Qualifier::Exact, _) => return text,
        (Qualifier::Over, Lang::En) => "over ",
        (Qualifier::Over, Lang::ZhHant) => "超過",
        (Qualifier::Over, Lang::ZhHans) => "超过",
        (Qualifier::About, Lang::En) => "about ",
        (Qualifier::About, Lang::ZhHant) => "約",
        (Qualifier::About, Lang::ZhHans) => "约",
        (Qualifier::UpTo, Lang::En) => "up to ",
        (Qualifier::UpTo, Lang::ZhHant | Lang::ZhHans) => "最高",
    };
    word.to_owned() + &text
}

/// Joins a figure and its unit: CJK sets them together (12個季度), English
/// with a space (12 quarters), and no unit leaves the figure alone.
fn with_unit(figure: String, unit: &str, lang: Lang) -> String {
    if unit.is_empty() {
        figure
    } else if lang.is_cjk() || unit.starts_with('%') {
        format!("{figure}{unit}")
    } else {
        format!("{figure} {unit}")
    }
}

/// Formats a value in a format, with its unit and qualifier.
pub fn format_value(value: f64, format: ValueFormat, unit: &str, qualifier: Qualifier, lang: Lang) -> String {
    let figure = match format {
        ValueFormat::Number => with_unit(plain_number(value), unit, lang),
        ValueFormat::Compact => with_unit(compact_number(value, lang), unit, lang),
        ValueFormat::Percent => format!("{}%", plain_number(value)),
        ValueFormat::Usd => match lang {
            Lang::En => format!("US${}", compact_number(value, lang)),
            Lang::ZhHant | Lang::ZhHans => format!("{}美元", compact_number(value, lang)),
        },
    };
    qualify(figure, qualifier, lang)
}

/// The headline figure of an indicator, ready to print.
pub fn indicator_value(ind: &Indicator, lang: Lang) -> String {
    format_value(ind.value, ind.format, ind.unit.get(lang), ind.qualifier, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usd_counts_in_each_languages_big_units() {
        let f = |l| format_value(6e9, ValueFormat::Usd, "", Qualifier::Exact, l);
        assert_eq!(f(Lang::ZhHant), "60億美元");
        assert_eq!(f(Lang::ZhHans), "60亿美元");
        assert_eq!(f(Lang::En), "US$6 billion");
    }

    #[test]
    fn compact_counts_with_units_and_bounds() {
        let f = |l, unit| format_value(5e6, ValueFormat::Compact, unit, Qualifier::Over, l);
        assert_eq!(f(Lang::ZhHant, "人次"), "超過500萬人次");
        assert_eq!(f(Lang::ZhHans, "人次"), "超过500万人次");
        assert_eq!(f(Lang::En, "visits"), "over 5 million visits");
    }

    #[test]
    fn plain_numbers_keep_the_articles_unit() {
        let f = |l, unit| format_value(6.2, ValueFormat::Number, unit, Qualifier::Exact, l);
        assert_eq!(f(Lang::En, "km²"), "6.2 km²");
        assert_eq!(f(Lang::ZhHant, "平方公里"), "6.2平方公里");
        assert_eq!(format_value(100.0, ValueFormat::Percent, "", Qualifier::Exact, Lang::En), "100%");
        assert_eq!(
            format_value(1.25e9, ValueFormat::Usd, "", Qualifier::About, Lang::En),
            "about US$1.25 billion"
        );
    }

    #[test]
    fn separators_and_decimals() {
        assert_eq!(plain_number(1234567.0), "1,234,567");
        assert_eq!(plain_number(0.5), "0.5");
        assert_eq!(plain_number(12.0), "12");
        assert_eq!(plain_number(4.8), "4.8");
        assert_eq!(plain_number(-1000.25), "-1,000.25");
    }
}

/// The figure written out in full, for tooltips and the text table
/// (`US$1,250,000,000`, `超過5,000,000人次／年`): no rounding into big
/// units. A rounded figure ("about") keeps the precision its source gave
/// it, so it is written as on the card (`約60億美元`, never
/// `約6,000,000,000美元`).
pub fn exact_value(ind: &Indicator, lang: Lang) -> String {
    if !ind.qualifier.has_full_precision() {
        return indicator_value(ind, lang);
    }
    let unit = ind.unit.get(lang);
    let figure = match ind.format {
        ValueFormat::Usd => match lang {
            Lang::En => format!("US${}", plain_number(ind.value)),
            _ => format!("{}美元", plain_number(ind.value)),
        },
        ValueFormat::Percent => format!("{}%", plain_number(ind.value)),
        ValueFormat::Number | ValueFormat::Compact => with_unit(plain_number(ind.value), unit, lang),
    };
    qualify(figure, ind.qualifier, lang)
}

/// A part's amount in its indicator's format, with the part's own
/// qualifier: `最高48億美元`, `up to US$4.8 billion`. Counted parts carry no
/// unit: their label says what they count.
pub fn part_value(ind: &Indicator, part: &Part, lang: Lang) -> String {
    format_value(part.value, ind.format, "", part.qualifier, lang)
}

/// The parts of a figure as one line (`首付款12.5億美元；里程碑付款最高48億美元`,
/// `US$1.25 billion up front; up to US$4.8 billion in milestone payments`),
/// where the parts say something the headline does not: the amounts of a
/// sum, or a part that is only a bound. `None` for other indicators, whose
/// parts their chart labels already show.
pub fn parts_text(ind: &Indicator, lang: Lang) -> Option<String> {
    let telling = ind.chart == ChartKind::Stack || ind.parts.iter().any(|p| p.qualifier != Qualifier::Exact);
    if !telling || ind.parts.is_empty() {
        return None;
    }
    // Written in place rather than joined: `join` is a generic the reader
    // links for this line alone (about 1 KB of Wasm).
    let mut line = String::new();
    for (i, p) in ind.parts.iter().enumerate() {
        let (value, label) = (part_value(ind, p, lang), p.label.get(lang));
        if lang.is_cjk() {
            line.push_str(if i == 0 { "" } else { "；" });
            line.push_str(label);
            line.push_str(&value);
        } else {
            line.push_str(if i == 0 { "" } else { "; " });
            line.push_str(&value);
            line.push(' ');
            line.push_str(label);
        }
    }
    Some(line)
}

/// The figure with its parts, for the places that have room for both (the
/// tooltip's value line, the text table, the CSV): `約60億美元（首付款…）`.
pub fn value_with_parts(ind: &Indicator, lang: Lang) -> String {
    let value = exact_value(ind, lang);
    match (parts_text(ind, lang), lang.is_cjk()) {
        (Some(parts), true) => format!("{value}（{parts}）"),
        (Some(parts), false) => format!("{value} ({parts})"),
        (None, _) => value,
    }
}

/// English month names, January first.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as precise as it is known, in the reader's language: a year-only
/// date never gains a month, a month never gains a day.
pub fn format_date(date: PartialDate, lang: Lang) -> String {
    let point = |p: DatePoint| match (p, lang) {
        (DatePoint::Year(y), Lang::En) => format!("{y}"),
        (DatePoint::Year(y), _) => format!("{y}年"),
        (DatePoint::Quarter(y, q), Lang::En) => format!("Q{q} {y}"),
        (DatePoint::Quarter(y, q), _) => format!("{y}年第{q}季"),
        (DatePoint::Month(y, m), Lang::En) => format!("{} {y}", ENGLISH_MONTHS[usize::from(m - 1)]),
        (DatePoint::Month(y, m), _) => format!("{y}年{m}月"),
        (DatePoint::Day(y, m, d), Lang::En) => format!("{d} {} {y}", ENGLISH_MONTHS[usize::from(m - 1)]),
        (DatePoint::Day(y, m, d), _) => format!("{y}年{m}月{d}日"),
    };
    match date {
        PartialDate::Point(p) => point(p),
        PartialDate::Range(a, b) => format!("{} – {}", point(a), point(b)),
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn dates_print_only_the_known_precision() {
        let f = |s: &str, l| PartialDate::parse(s).map(|d| format_date(d, l)).unwrap_or_default();
        assert_eq!(f("2025", Lang::En), "2025");
        assert_eq!(f("2025", Lang::ZhHant), "2025年");
        assert_eq!(f("2025-10", Lang::En), "October 2025");
        assert_eq!(f("2025-10", Lang::ZhHans), "2025年10月");
        assert_eq!(f("2025-10-26", Lang::En), "26 October 2025");
        assert_eq!(f("2025-10-26", Lang::ZhHant), "2025年10月26日");
        assert_eq!(f("2025-Q3", Lang::En), "Q3 2025");
        assert_eq!(f("2025-05-20/2025-07-24", Lang::En), "20 May 2025 – 24 July 2025");
    }
}
