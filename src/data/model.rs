//! The validated dataset: what the rest of the widget reads. Every value here
//! has passed `validate`, so layout and drawing never re-check it.

use super::date::PartialDate;
use super::lang::{Lang, Localized};
use super::locale::UiText;

/// A whole dataset: one article's indicators and milestones.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// Title, source and UI strings.
    pub meta: Meta,
    /// The article's themes, in display order.
    pub categories: Vec<Category>,
    /// The key figures, in display order.
    pub indicators: Vec<Indicator>,
    /// The dated events, sorted by date.
    pub milestones: Vec<Milestone>,
}

/// Title, source line and language settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    /// The infographic's headline.
    pub title: Localized,
    /// One line under the headline.
    pub subtitle: Localized,
    /// Where the facts come from.
    pub source: Source,
    /// The language the data was written in; fills missing translations.
    pub default_lang: Lang,
    /// The period the timeline shows (a year, usually).
    pub period: PartialDate,
    /// UI strings the data overrides, per language.
    pub ui: Vec<(Lang, UiText, String)>,
}

/// The article the data comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// The article's title, where it differs from the infographic's.
    pub title: Option<Localized>,
    /// The publication's name, where known.
    pub publication: Option<Localized>,
    /// The author's name.
    pub author: Localized,
    /// The article's address, where known.
    pub url: Option<String>,
    /// The article's publication date, where known.
    pub published: Option<PartialDate>,
}

/// A theme of the article, with its colour slot.
#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    /// Stable identifier used by indicators and milestones.
    pub id: String,
    /// Display name.
    pub name: Localized,
    /// A colour token from the theme palette.
    pub color: ColorToken,
}

/// The palette slots a category can use. The theme decides the actual
/// colours, so light, dark and forced-colours modes all stay legible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColorToken {
    /// Blue.
    Blue,
    /// Orange.
    Orange,
    /// Green.
    Green,
    /// Purple.
    Purple,
    /// Red.
    Red,
    /// Teal.
    Teal,
}

impl ColorToken {
    /// Every token, as written in the data file.
    pub const ALL: [(&'static str, ColorToken); 6] = [
        ("blue", ColorToken::Blue),
        ("orange", ColorToken::Orange),
        ("green", ColorToken::Green),
        ("purple", ColorToken::Purple),
        ("red", ColorToken::Red),
        ("teal", ColorToken::Teal),
    ];

    /// The token's name in the data file and in CSS custom properties.
    pub fn name(self) -> &'static str {
        ColorToken::ALL.iter().find(|(_, t)| *t == self).map_or("blue", |(n, _)| n)
    }
}

/// How an indicator's value is written out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueFormat {
    /// A plain number followed by the unit: `12 quarters`, `12個季度`.
    Number,
    /// A large number in words of the language: `5 million`, `500萬`.
    Compact,
    /// US dollars in words of the language: `US$6 billion`, `60億美元`.
    Usd,
    /// A percentage: `100%`.
    Percent,
}

/// Whether the figure is exact, rounded or a bound, as the sources word it.
/// Every place that prints a figure prints its qualifier too, so a rounded
/// or capped figure never reads as an exact one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// The figure is exact.
    Exact,
    /// The article says "over" the figure (a floor).
    Over,
    /// The source says "about" the figure (rounded).
    About,
    /// The source says "up to" the figure (a ceiling, not a sure amount).
    UpTo,
}

impl Qualifier {
    /// Every qualifier, as written in the data file.
    pub const ALL: [(&'static str, Qualifier); 4] = [
        ("exact", Qualifier::Exact),
        ("over", Qualifier::Over),
        ("about", Qualifier::About),
        ("up-to", Qualifier::UpTo),
    ];

    /// The qualifier's name in the data file (and the CSV's column).
    pub fn name(self) -> &'static str {
        Qualifier::ALL.iter().find(|(_, q)| *q == self).map_or("exact", |(n, _)| n)
    }

    /// Whether the figure may be written out to the last digit: only an
    /// exact figure or a stated bound has that precision; a rounded one
    /// must keep the precision the source gave it.
    pub fn has_full_precision(self) -> bool {
        self != Qualifier::About
    }
}

/// The mini-chart that fits an indicator's meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// A strip of cells, one per period of a streak (quarters).
    Streak,
    /// Icons for counted things, one group per breakdown part.
    Units,
    /// A ring filled to a share.
    Ring,
    /// A bar of a duration against a reference period.
    Duration,
    /// A square scaled to an area, on a grid of a stated reference unit.
    Area,
    /// One icon per round unit of a large count (visitors).
    Pictogram,
    /// A stacked bar of the parts of a sum.
    Stack,
    /// A grid of a batch with the one in question marked.
    Batch,
}

impl ChartKind {
    /// Every kind, as written in the data file.
    pub const ALL: [(&'static str, ChartKind); 8] = [
        ("streak", ChartKind::Streak),
        ("units", ChartKind::Units),
        ("ring", ChartKind::Ring),
        ("duration", ChartKind::Duration),
        ("area", ChartKind::Area),
        ("pictogram", ChartKind::Pictogram),
        ("stack", ChartKind::Stack),
        ("batch", ChartKind::Batch),
    ];
}

/// Where a claim comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRef {
    /// The article, or a checked public report.
    pub kind: SourceKind,
    /// The section of the article, or the report's publisher and title.
    pub note: Localized,
    /// The report's date, where it has one.
    pub date: Option<PartialDate>,
    /// The report's address, where known.
    pub url: Option<String>,
}

/// The two kinds of source the data may cite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// The article itself.
    Article,
    /// A dated public report that confirms a fact or a date.
    Report,
}

/// One part of an indicator's value (six universities of twelve partners).
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// What the part counts.
    pub label: Localized,
    /// Its value.
    pub value: f64,
    /// Exact, "over", "about" or "up to".
    pub qualifier: Qualifier,
}

/// A key figure of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    /// Stable identifier.
    pub id: String,
    /// The figure.
    pub value: f64,
    /// The unit written after the figure (may be empty).
    pub unit: Localized,
    /// How to write the figure.
    pub format: ValueFormat,
    /// Exact, "over", "about" or "up to".
    pub qualifier: Qualifier,
    /// Short label under the figure.
    pub label: Localized,
    /// One or two sentences of context.
    pub description: Localized,
    /// Index into `Dataset::categories`.
    pub category: usize,
    /// Where the figure comes from.
    pub source: Vec<SourceRef>,
    /// The mini-chart to draw.
    pub chart: ChartKind,
    /// The parts of the figure, for charts that show them.
    pub parts: Vec<Part>,
    /// A reference the chart measures against (months in a year, parks in a
    /// batch), with its label; required by the kinds that compare.
    pub reference: Option<Part>,
    /// The period the figure refers to (the date shown in the tooltip).
    pub period: Option<PartialDate>,
    /// Indices into `Dataset::milestones`.
    pub milestones: Vec<usize>,
}

/// A dated event of the year.
#[derive(Clone, Debug, PartialEq)]
pub struct Milestone {
    /// Stable identifier (also used in the `selected` attribute).
    pub id: String,
    /// When it happened, as precisely as known.
    pub date: PartialDate,
    /// Headline.
    pub title: Localized,
    /// A sentence or two.
    pub description: Localized,
    /// Index into `Dataset::categories`.
    pub category: usize,
    /// Where the date comes from.
    pub source: Vec<SourceRef>,
    /// 1 (minor) to 3 (major); decides which labels win space.
    pub importance: u8,
    /// Indices into `Dataset::indicators`.
    pub indicators: Vec<usize>,
}
