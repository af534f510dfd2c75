//! The columns of the two sheets: what each header means, where its cells
//! go in an item's JSON, and back from a JSON path to the header, so a
//! problem the validator finds is shown at the cell that caused it.
//! `docs/spreadsheet.md` is the author's version of this file.

use super::super::lang::Lang;
use super::super::validate::limits::MAX_SMALL_LIST;

/// The two sheets a dataset is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SheetKind {
    /// One row per milestone.
    Milestones,
    /// One row per indicator (key figure).
    Indicators,
}

impl SheetKind {
    /// The JSON array the sheet's rows become.
    pub fn array(self) -> &'static str {
        match self {
            SheetKind::Milestones => "milestones",
            SheetKind::Indicators => "indicators",
        }
    }

    /// The sheet's name in the author's language (as in `Milestones!C5`).
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SheetKind::Milestones, Lang::En) => "Milestones",
            (SheetKind::Milestones, _) => "大事",
            (SheetKind::Indicators, Lang::En) => "Indicators",
            (SheetKind::Indicators, Lang::ZhHant) => "指標",
            (SheetKind::Indicators, Lang::ZhHans) => "指标",
        }
    }

    /// The single-cell fields before the texts, in the writer's order.
    fn fields(self) -> &'static [(&'static str, CellKind)] {
        use CellKind::{Name, Number};
        match self {
            SheetKind::Milestones => {
                &[("id", Name), ("date", Name), ("category", Name), ("importance", Number)]
            }
            SheetKind::Indicators => &[
                ("id", Name),
                ("category", Name),
                ("chart", Name),
                ("value", Number),
                ("qualifier", Name),
                ("format", Name),
                ("period", Name),
            ],
        }
    }

    /// The fields written once per language, in the writer's order.
    fn texts(self) -> &'static [&'static str] {
        match self {
            SheetKind::Milestones => &["title", "description"],
            SheetKind::Indicators => &["unit", "label", "description"],
        }
    }

    /// The column of ids the item links to (the other sheet's ids).
    fn links(self) -> Column {
        match self {
            SheetKind::Milestones => Column::Field("indicators", CellKind::Links),
            SheetKind::Indicators => Column::Field("milestones", CellKind::Links),
        }
    }

    /// Every column of the sheet, with `sources` source groups and `parts`
    /// part groups (each at most 20), in the order the writer puts them.
    pub fn columns(self, sources: usize, parts: usize) -> Vec<Column> {
        let mut out: Vec<Column> = self.fields().iter().map(|&(n, kind)| Column::Field(n, kind)).collect();
        for &name in self.texts() {
            out.extend(Lang::ALL.iter().map(|&lang| Column::Text(name, lang)));
        }
        out.push(self.links());
        if self == SheetKind::Indicators {
            for n in 1..=parts.min(MAX_SMALL_LIST) {
                out.extend(PartField::all().map(|f| Column::Part(n, f)));
            }
            out.extend(PartField::all().map(Column::Reference));
        }
        for n in 1..=sources.min(MAX_SMALL_LIST) {
            out.extend(SourceField::all().map(|f| Column::Source(n, f)));
        }
        out
    }

    fn field(self, name: &str) -> Option<Column> {
        let links = self.links();
        match self.fields().iter().find(|(n, _)| *n == name) {
            Some(&(n, kind)) => Some(Column::Field(n, kind)),
            None => (links.header() == name).then_some(links),
        }
    }
}

/// How a cell's text becomes JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CellKind {
    /// A string: an id, a date, a name from a fixed list, an address.
    Name,
    /// A number; text that is not one stays text, for the validator to
    /// report at the cell.
    Number,
    /// Ids separated by commas (or `，`, `、`, `;`, `；`, line breaks).
    Links,
}

/// A field of a source group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceField {
    /// `article` or `report`.
    Kind,
    /// Which section or report, in one language.
    Note(Lang),
    /// The report's date.
    Date,
    /// The report's address.
    Url,
}

impl SourceField {
    fn all() -> impl Iterator<Item = SourceField> {
        [SourceField::Kind]
            .into_iter()
            .chain(Lang::ALL.map(SourceField::Note))
            .chain([SourceField::Date, SourceField::Url])
    }
}

/// A field of a part or of the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartField {
    /// What it counts, in one language.
    Label(Lang),
    /// Its value.
    Value,
    /// `exact`, `over`, `about` or `up-to`.
    Qualifier,
}

impl PartField {
    fn all() -> impl Iterator<Item = PartField> {
        Lang::ALL.map(PartField::Label).into_iter().chain([PartField::Value, PartField::Qualifier])
    }
}

/// What one column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// A field in one cell: `id`, `date`, `value`…
    Field(&'static str, CellKind),
    /// One language of a text: `title en`.
    Text(&'static str, Lang),
    /// A field of the n-th source group (counted from 1): `source 2 url`.
    Source(usize, SourceField),
    /// A field of the n-th part (counted from 1): `part 1 value`.
    Part(usize, PartField),
    /// A field of the chart's reference: `reference value`.
    Reference(PartField),
}

impl Column {
    /// The header as the writer writes it and the docs list it.
    pub fn header(self) -> String {
        let part = |f: PartField| match f {
            PartField::Label(lang) => format!("label {lang}"),
            PartField::Value => "value".to_owned(),
            PartField::Qualifier => "qualifier".to_owned(),
        };
        match self {
            Column::Field(name, _) => name.to_owned(),
            Column::Text(name, lang) => format!("{name} {lang}"),
            Column::Source(n, f) => match f {
                SourceField::Kind => format!("source {n} kind"),
                SourceField::Note(lang) => format!("source {n} note {lang}"),
                SourceField::Date => format!("source {n} date"),
                SourceField::Url => format!("source {n} url"),
            },
            Column::Part(n, f) => format!("part {n} {}", part(f)),
            Column::Reference(f) => format!("reference {}", part(f)),
        }
    }

    /// Reads a header: words separated by spaces, letters in any case
    /// (`Title EN` is `title en`). `None` for a header the sheet does not
    /// define.
    pub fn parse(sheet: SheetKind, header: &str) -> Option<Column> {
        let lower = header.trim().to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let group = |w: &str| w.parse::<usize>().ok().filter(|n| (1..=MAX_SMALL_LIST).contains(n));
        let parts = sheet == SheetKind::Indicators;
        match words.as_slice() {
            [name] => sheet.field(name),
            ["source", n, rest @ ..] => Some(Column::Source(group(n)?, source_field(rest)?)),
            ["part", n, rest @ ..] if parts => Some(Column::Part(group(n)?, part_field(rest)?)),
            ["reference", rest @ ..] if parts => Some(Column::Reference(part_field(rest)?)),
            [name, tag] => {
                let name = sheet.texts().iter().find(|t| *t == name)?;
                Some(Column::Text(name, lang_tag(tag)?))
            }
            _ => None,
        }
    }
}

fn lang_tag(tag: &str) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag))
}

fn source_field(words: &[&str]) -> Option<SourceField> {
    match words {
        ["kind"] => Some(SourceField::Kind),
        ["note", tag] => lang_tag(tag).map(SourceField::Note),
        ["date"] => Some(SourceField::Date),
        ["url"] => Some(SourceField::Url),
        _ => None,
    }
}

fn part_field(words: &[&str]) -> Option<PartField> {
    match words {
        ["label", tag] => lang_tag(tag).map(PartField::Label),
        ["value"] => Some(PartField::Value),
        ["qualifier"] => Some(PartField::Qualifier),
        _ => None,
    }
}

/// How one item's groups were numbered in its row: the n of each source
/// and part group that made an element of the JSON array, in array order
/// (a row may leave `source 1` empty and fill `source 2`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Groups {
    /// Source group numbers, in JSON order.
    pub sources: Vec<usize>,
    /// Part group numbers, in JSON order.
    pub parts: Vec<usize>,
}

/// The column a JSON path inside one item points at (`rest` is what follows
/// `$.milestones[3]`: `.title.en`, `.source[1].date`…); `None` for the
/// item as a whole. A path to a whole text (a missing title) points at its
/// default-language column; a missing group at its first column.
pub fn column_of_path(sheet: SheetKind, rest: &str, groups: &Groups, default: Lang) -> Option<Column> {
    let rest = rest.strip_prefix('.')?;
    let split = rest.find(['.', '[']).unwrap_or(rest.len());
    let (head, tail) = rest.split_at(split);
    let (index, tail) = array_index(tail);
    let group = |numbers: &[usize]| index.and_then(|i| numbers.get(i).copied()).or(numbers.first().copied());
    let lang_in = |t: &str| t.strip_prefix('.').and_then(lang_tag).unwrap_or(default);
    let part = |t: &str| match t {
        ".value" | "" => PartField::Value,
        ".qualifier" => PartField::Qualifier,
        t => PartField::Label(lang_in(t.strip_prefix(".label").unwrap_or(""))),
    };
    match head {
        "source" => {
            let field = match tail {
                ".date" => SourceField::Date,
                ".url" => SourceField::Url,
                t if t.starts_with(".note") => SourceField::Note(lang_in(&t[".note".len()..])),
                _ => SourceField::Kind,
            };
            Some(Column::Source(group(&groups.sources).unwrap_or(1), field))
        }
        "parts" if sheet == SheetKind::Indicators => {
            Some(Column::Part(group(&groups.parts).unwrap_or(1), part(tail)))
        }
        "reference" if sheet == SheetKind::Indicators => Some(Column::Reference(part(tail))),
        name => sheet.field(name).or_else(|| {
            let name = sheet.texts().iter().find(|t| **t == name)?;
            Some(Column::Text(name, lang_in(tail)))
        }),
    }
}

/// `[3]rest` → `(Some(3), rest)`; anything else is returned whole.
pub(super) fn array_index(path: &str) -> (Option<usize>, &str) {
    let Some(inner) = path.strip_prefix('[') else { return (None, path) };
    match inner.split_once(']') {
        Some((digits, rest)) => match digits.parse() {
            Ok(i) => (Some(i), rest),
            Err(_) => (None, path),
        },
        None => (None, path),
    }
}

/// A spreadsheet's name for a column position: A…Z, AA…
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_written_header_reads_back_as_its_column() {
        for sheet in [SheetKind::Milestones, SheetKind::Indicators] {
            let columns = sheet.columns(MAX_SMALL_LIST, MAX_SMALL_LIST);
            for column in &columns {
                assert_eq!(Column::parse(sheet, &column.header()), Some(*column), "{}", column.header());
            }
            let mut headers: Vec<String> = columns.iter().map(|c| c.header()).collect();
            headers.sort();
            headers.dedup();
            assert_eq!(headers.len(), columns.len(), "{sheet:?} headers are unique");
            assert!(columns.len() <= super::super::cells::MAX_COLUMNS);
        }
    }

    #[test]
    fn headers_are_read_in_any_case_and_spacing() {
        let sheet = SheetKind::Indicators;
        assert_eq!(Column::parse(sheet, " Label  EN "), Some(Column::Text("label", Lang::En)));
        assert_eq!(
            Column::parse(sheet, "Source 2 Note ZH-HANT"),
            Some(Column::Source(2, SourceField::Note(Lang::ZhHant)))
        );
        for unknown in ["source 0 kind", "source 21 kind", "title en", "part 1 label fr", "importance", ""] {
            assert_eq!(Column::parse(sheet, unknown), None, "{unknown:?}");
        }
        // Parts and a reference belong to indicators only.
        assert_eq!(Column::parse(SheetKind::Milestones, "part 1 value"), None);
    }

    #[test]
    fn json_paths_lead_back_to_their_columns() {
        let groups = Groups { sources: vec![2, 3], parts: vec![1, 4] };
        let at = |sheet, path| column_of_path(sheet, path, &groups, Lang::ZhHant).map(Column::header);
        let m = SheetKind::Milestones;
        let i = SheetKind::Indicators;
        assert_eq!(at(m, ".date").as_deref(), Some("date"));
        assert_eq!(at(m, ".title").as_deref(), Some("title zh-Hant"));
        assert_eq!(at(m, ".title.en").as_deref(), Some("title en"));
        assert_eq!(at(m, ".source[1].note.zh-Hans").as_deref(), Some("source 3 note zh-Hans"));
        assert_eq!(at(m, ".source[0].kind").as_deref(), Some("source 2 kind"));
        assert_eq!(at(m, ".source").as_deref(), Some("source 2 kind"));
        assert_eq!(at(m, ".indicators[1]").as_deref(), Some("indicators"));
        assert_eq!(at(i, ".parts[1].value").as_deref(), Some("part 4 value"));
        assert_eq!(at(i, ".parts[0].label.en").as_deref(), Some("part 1 label en"));
        assert_eq!(at(i, ".reference").as_deref(), Some("reference value"));
        assert_eq!(at(i, ".reference.label").as_deref(), Some("reference label zh-Hant"));
        assert_eq!(at(i, ".milestones[0]").as_deref(), Some("milestones"));
        assert_eq!(at(i, "").as_deref(), None);
    }

    #[test]
    fn column_letters_count_like_a_spreadsheet() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702].map(column_letters).into();
        assert_eq!(letters, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }
}
