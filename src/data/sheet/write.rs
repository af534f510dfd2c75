//! A dataset written as the two sheets, with the columns the reader reads:
//! what "export to a spreadsheet" gives an author, and the templates in
//! `docs/`. Reading the sheets back gives the same dataset.

use super::super::export::formula_like;
use super::super::lang::{Lang, Localized};
use super::super::model::{
    ChartKind, Dataset, Indicator, Milestone, Part, SourceKind, SourceRef, ValueFormat,
};
use super::columns::{CellKind, Column, PartField, SheetKind, SourceField};

/// A sheet as headers and rows of cell texts.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The header row.
    pub headers: Vec<String>,
    /// One row per item, as many cells as headers.
    pub rows: Vec<Vec<String>>,
}

/// The milestones sheet of a dataset, in timeline order.
pub fn milestones_sheet(ds: &Dataset) -> Sheet {
    let groups = ds.milestones.iter().map(|m| m.source.len()).max().unwrap_or(0).max(1);
    let columns = SheetKind::Milestones.columns(groups, 0);
    let rows = ds.milestones.iter().map(|m| columns.iter().map(|&c| milestone_cell(ds, m, c)).collect());
    Sheet { headers: columns.iter().map(|c| c.header()).collect(), rows: rows.collect() }
}

/// The indicators sheet of a dataset, in display order.
pub fn indicators_sheet(ds: &Dataset) -> Sheet {
    let sources = ds.indicators.iter().map(|i| i.source.len()).max().unwrap_or(0).max(1);
    let parts = ds.indicators.iter().map(|i| i.parts.len()).max().unwrap_or(0).max(1);
    let columns = SheetKind::Indicators.columns(sources, parts);
    let rows = ds.indicators.iter().map(|i| columns.iter().map(|&c| indicator_cell(ds, i, c)).collect());
    Sheet { headers: columns.iter().map(|c| c.header()).collect(), rows: rows.collect() }
}

fn milestone_cell(ds: &Dataset, m: &Milestone, column: Column) -> String {
    match column {
        Column::Field("id", _) => m.id.clone(),
        Column::Field("date", _) => m.date.to_string(),
        Column::Field("category", _) => ds.categories[m.category].id.clone(),
        Column::Field("importance", _) => m.importance.to_string(),
        Column::Field("indicators", _) => ids(m.indicators.iter().map(|&i| &ds.indicators[i].id)),
        Column::Text("title", lang) => m.title.get(lang).to_owned(),
        Column::Text("description", lang) => m.description.get(lang).to_owned(),
        Column::Source(n, field) => source_cell(&m.source, n, field),
        _ => String::new(),
    }
}

fn indicator_cell(ds: &Dataset, ind: &Indicator, column: Column) -> String {
    match column {
        Column::Field("id", _) => ind.id.clone(),
        Column::Field("category", _) => ds.categories[ind.category].id.clone(),
        Column::Field("chart", _) => chart_name(ind.chart).to_owned(),
        Column::Field("value", CellKind::Number) => number(ind.value),
        Column::Field("qualifier", _) => ind.qualifier.name().to_owned(),
        Column::Field("format", _) => format_name(ind.format).to_owned(),
        Column::Field("period", _) => ind.period.map(|p| p.to_string()).unwrap_or_default(),
        Column::Field("milestones", _) => ids(ind.milestones.iter().map(|&m| &ds.milestones[m].id)),
        Column::Text("unit", lang) => ind.unit.get(lang).to_owned(),
        Column::Text("label", lang) => ind.label.get(lang).to_owned(),
        Column::Text("description", lang) => ind.description.get(lang).to_owned(),
        Column::Part(n, field) => ind.parts.get(n - 1).map(|p| part_cell(p, field)).unwrap_or_default(),
        Column::Reference(field) => ind.reference.as_ref().map(|p| part_cell(p, field)).unwrap_or_default(),
        Column::Source(n, field) => source_cell(&ind.source, n, field),
        _ => String::new(),
    }
}

fn ids<'a>(ids: impl Iterator<Item = &'a String>) -> String {
    ids.map(String::as_str).collect::<Vec<_>>().join(", ")
}

/// The shortest text that reads back as the same double (`6.2`, `12`).
fn number(value: f64) -> String {
    value.to_string()
}

fn text(text: &Localized, lang: Lang) -> String {
    text.get(lang).to_owned()
}

fn part_cell(part: &Part, field: PartField) -> String {
    match field {
        PartField::Label(lang) => text(&part.label, lang),
        PartField::Value => number(part.value),
        PartField::Qualifier => part.qualifier.name().to_owned(),
    }
}

fn source_cell(sources: &[SourceRef], n: usize, field: SourceField) -> String {
    let Some(source) = n.checked_sub(1).and_then(|i| sources.get(i)) else { return String::new() };
    match field {
        SourceField::Kind => match source.kind {
            SourceKind::Article => "article".to_owned(),
            SourceKind::Report => "report".to_owned(),
        },
        SourceField::Note(lang) => text(&source.note, lang),
        SourceField::Date => source.date.map(|d| d.to_string()).unwrap_or_default(),
        SourceField::Url => source.url.clone().unwrap_or_default(),
    }
}

fn chart_name(kind: ChartKind) -> &'static str {
    ChartKind::ALL.iter().find(|(_, k)| *k == kind).map_or("units", |(name, _)| name)
}

fn format_name(format: ValueFormat) -> &'static str {
    match format {
        ValueFormat::Number => "number",
        ValueFormat::Compact => "compact",
        ValueFormat::Usd => "usd",
        ValueFormat::Percent => "percent",
    }
}

impl Sheet {
    /// The sheet as a CSV file: a byte order mark (so Excel reads the
    /// Chinese as UTF-8), commas, CRLF line ends.
    pub fn to_csv(&self) -> String {
        format!("\u{feff}{}", self.delimited(','))
    }

    /// The sheet as tab-separated text, as a spreadsheet puts a range on
    /// the clipboard (for pasting into one).
    pub fn to_tsv(&self) -> String {
        self.delimited('\t')
    }

    fn delimited(&self, delimiter: char) -> String {
        let mut out = String::new();
        for row in std::iter::once(&self.headers).chain(&self.rows) {
            let cells: Vec<String> = row.iter().map(|c| cell(c, delimiter)).collect();
            out.push_str(&cells.join(&delimiter.to_string()));
            out.push_str("\r\n");
        }
        out
    }
}

/// Whether the writer puts an apostrophe before a cell's text: when a
/// spreadsheet would run it as a formula, apostrophes it already starts
/// with set aside (`'=x` gets one too). The reader removes one apostrophe
/// exactly when what follows passes this test, so any text reads back.
pub(super) fn needs_apostrophe(text: &str) -> bool {
    formula_like(text.trim_start_matches('\''))
}

/// One cell's text: quoted when it holds a separator, a quote or a line
/// break (or starts with a quote, which the reader would take as opening
/// one), and defused by `needs_apostrophe`.
fn cell(text: &str, delimiter: char) -> String {
    let text = if needs_apostrophe(text) { format!("'{text}") } else { text.to_owned() };
    if text.starts_with('"') || text.contains([delimiter, '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_only_when_they_must_be() {
        assert_eq!(cell("plain text", ','), "plain text");
        assert_eq!(cell("a, b", ','), "\"a, b\"");
        assert_eq!(cell("a, b", '\t'), "a, b");
        assert_eq!(cell("say \"hi\"", '\t'), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines", '\t'), "\"two\nlines\"");
    }

    #[test]
    fn formula_like_texts_are_defused_reversibly() {
        assert_eq!(cell("=1+1", ','), "'=1+1");
        assert_eq!(cell("'=1+1", ','), "''=1+1");
        assert_eq!(cell("'quoted", ','), "'quoted");
        assert_eq!(cell("''=x", ','), "'''=x");
        assert_eq!(cell("-", ','), "'-");
    }
}
