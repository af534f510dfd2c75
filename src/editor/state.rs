//! The editor's state, built in one place: the author's language, the two
//! sheets (their text as typed, and the same text once the author pauses),
//! what reading them gives, the problems by cell, and the publishing and
//! preview settings. Everything slow (splitting a sheet, validating,
//! storing the draft, redrawing the preview) follows the paused text, so
//! typing never waits for it.

use super::draft::Draft;
use super::grid::SheetGrid;
use super::patch;
use super::storage;
use crate::data::sheet::{read_sheets, Place, SheetKind, SheetOutcome};
use crate::data::{Lang, Severity};
use leptos::prelude::*;
use serde_json::Value;
use std::collections::HashMap;
use std::time::Duration;

/// How long the author pauses before the sheets are read again.
pub const SETTLE: Duration = Duration::from_millis(300);

/// One sheet: its text and the grid the table shows.
#[derive(Clone, Copy)]
pub struct SheetState {
    /// Which sheet.
    pub kind: SheetKind,
    /// The text as typed (the text area and the table write here).
    pub text: RwSignal<String>,
    /// The text once the author has paused for `SETTLE`.
    pub settled: RwSignal<String>,
    /// The settled text as a grid.
    pub grid: Memo<SheetGrid>,
    /// Counts the loads: a load within a pause after a cell edit may leave
    /// the settled text (and so the grid) as it was, and the table's inputs
    /// must still drop what was typed in them.
    pub loads: RwSignal<u32>,
}

impl SheetState {
    fn new(kind: SheetKind, text: String) -> SheetState {
        let text = RwSignal::new(text);
        let settled = settled_after_pause(text);
        let grid = Memo::new(move |_| settled.with(|t| SheetGrid::parse(kind, t)));
        SheetState { kind, text, settled, grid, loads: RwSignal::new(0) }
    }

    /// Reads the text as typed now, not after the pause (a download or a
    /// copy must hold the last keystroke).
    pub fn settle(&self) {
        settle_now(self.text, self.settled);
    }

    /// Replaces the sheet at once (a new start, a file), without waiting.
    pub fn load(&self, text: String) {
        self.text.set(text.clone());
        self.settled.set(text);
        self.loads.update(|n| *n += 1);
    }

    /// The author typed `value` into the cell at row `number`, column
    /// `column` of the table. Written into the text as it is now (an edit
    /// in the text area not yet settled is kept), that cell only.
    pub fn edit_cell(&self, number: usize, column: usize, value: &str) {
        if let Some(text) = self.text.with_untracked(|t| patch::set_cell(t, number, column, value)) {
            self.text.set(text);
        }
    }

    /// Adds a row to the table at once (not after a pause: the author is
    /// about to type in it); returns its number.
    pub fn add_row(&self) -> Option<usize> {
        let (text, number) = self.text.with_untracked(|t| patch::add_row(t))?;
        self.load(text);
        Some(number)
    }

    /// The id prefix of this sheet's inputs and messages.
    pub fn prefix(&self) -> &'static str {
        match self.kind {
            SheetKind::Milestones => "m",
            SheetKind::Indicators => "i",
        }
    }
}

/// Where a problem is shown in a table: a sheet, a row number and a
/// column index (`None`: the row as a whole).
pub type CellKey = (SheetKind, usize, Option<usize>);

/// A problem as shown at its cell.
#[derive(Clone, Debug, PartialEq)]
pub struct CellProblem {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in the author's language, without the place.
    pub text: String,
}

/// The whole editor's state.
#[derive(Clone, Copy)]
pub struct EditorState {
    /// The editor's language.
    pub lang: RwSignal<Lang>,
    /// The part of the file no sheet holds, as typed in the form.
    pub base: RwSignal<Value>,
    /// The same once the author pauses: what is read, validated and kept
    /// (on a big sheet, reading it all again for each key would block
    /// typing).
    settled_base: RwSignal<Value>,
    /// The milestones sheet.
    pub milestones: SheetState,
    /// The indicators sheet.
    pub indicators: SheetState,
    /// The settled sheets read and validated.
    pub outcome: Memo<SheetOutcome>,
    /// The problems by the cell they are shown at.
    pub at_cells: Memo<HashMap<CellKey, Vec<CellProblem>>>,
    /// Where the author will host the JSON file.
    pub data_url: RwSignal<String>,
    /// The article the summary links to.
    pub article_url: RwSignal<String>,
    /// The preview's (and the snippet's) language.
    pub preview_lang: RwSignal<Lang>,
    /// The preview's theme.
    pub preview_dark: RwSignal<bool>,
    /// The preview's width in CSS pixels.
    pub preview_width: RwSignal<u32>,
    /// Whether the browser kept the draft the last time it changed.
    pub draft_kept: RwSignal<bool>,
    /// The draft as it started (a start chosen, a file opened); `None`
    /// for a draft kept from an earlier visit, which is the author's work.
    origin: StoredValue<Option<Draft>>,
}

impl EditorState {
    /// The state of a draft, kept in the browser as it changes; `started`
    /// when the draft is a starting point untouched (replacing it then
    /// loses nothing).
    pub fn new(draft: Draft, started: bool) -> EditorState {
        let origin = StoredValue::new(started.then(|| draft.clone()));
        let lang = RwSignal::new(Lang::ZhHant);
        let base = RwSignal::new(draft.base);
        let settled_base = settled_after_pause(base);
        let milestones = SheetState::new(SheetKind::Milestones, draft.milestones);
        let indicators = SheetState::new(SheetKind::Indicators, draft.indicators);
        let outcome = Memo::new(move |_| {
            settled_base.with(|b| {
                milestones.settled.with(|m| indicators.settled.with(|i| read_sheets(b, Some(m), Some(i))))
            })
        });
        let at_cells = Memo::new(move |_| {
            let lang = lang.get();
            outcome.with(|o| problems_by_cell(o, lang))
        });
        let state = EditorState {
            lang,
            base,
            settled_base,
            milestones,
            indicators,
            outcome,
            at_cells,
            data_url: RwSignal::new(draft.data_url),
            article_url: RwSignal::new(draft.article_url),
            preview_lang: RwSignal::new(Lang::En),
            preview_dark: RwSignal::new(false),
            preview_width: RwSignal::new(390),
            draft_kept: RwSignal::new(true),
            origin,
        };
        // Kept as the author pauses, so a reload loses nothing.
        Effect::new(move |_| state.draft_kept.set(storage::save(&state.draft())));
        state
    }

    /// The draft as it stands (the settled sheets).
    pub fn draft(&self) -> Draft {
        Draft {
            base: self.settled_base.get(),
            milestones: self.milestones.settled.get(),
            indicators: self.indicators.settled.get(),
            data_url: self.data_url.get(),
            article_url: self.article_url.get(),
        }
    }

    /// The draft as typed, not waiting for the pause.
    fn draft_now(&self) -> Draft {
        Draft {
            base: self.base.get_untracked(),
            milestones: self.milestones.text.get_untracked(),
            indicators: self.indicators.text.get_untracked(),
            data_url: self.data_url.get_untracked(),
            article_url: self.article_url.get_untracked(),
        }
    }

    /// Whether the author has changed the draft since it started: then
    /// replacing it is asked first.
    pub fn edited(&self) -> bool {
        let now = self.draft_now();
        self.origin.with_value(|o| o.as_ref() != Some(&now))
    }

    /// The draft as it is now is where the author starts from (a file
    /// opened into it).
    pub fn mark_started(&self) {
        self.origin.set_value(Some(self.draft_now()));
    }

    /// Both sheets read as typed now (see `SheetState::settle`).
    pub fn settle(&self) {
        settle_now(self.base, self.settled_base);
        self.milestones.settle();
        self.indicators.settle();
    }

    /// Starts again from `draft`.
    pub fn load(&self, draft: Draft) {
        self.origin.set_value(Some(draft.clone()));
        self.base.set(draft.base.clone());
        self.settled_base.set(draft.base);
        self.milestones.load(draft.milestones);
        self.indicators.load(draft.indicators);
        self.data_url.set(draft.data_url);
        self.article_url.set(draft.article_url);
    }

    /// The sheet of `kind`.
    pub fn sheet(&self, kind: SheetKind) -> SheetState {
        match kind {
            SheetKind::Milestones => self.milestones,
            SheetKind::Indicators => self.indicators,
        }
    }

    /// How many errors stop the data from being used.
    pub fn error_count(&self) -> usize {
        self.outcome.with(|o| o.errors().count())
    }
}

/// A copy of `typed` that follows it once the author pauses for `SETTLE`.
fn settled_after_pause<T>(typed: RwSignal<T>) -> RwSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let settled = RwSignal::new(typed.get_untracked());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        typed.track();
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || settle_now(typed, settled), SETTLE).ok();
        timer.set_value(handle);
    });
    settled
}

/// `settled` made equal to `typed` now, if it is not.
fn settle_now<T>(typed: RwSignal<T>, settled: RwSignal<T>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let now = typed.get_untracked();
    if settled.with_untracked(|s| *s != now) {
        settled.set(now);
    }
}

fn problems_by_cell(outcome: &SheetOutcome, lang: Lang) -> HashMap<CellKey, Vec<CellProblem>> {
    let mut at: HashMap<CellKey, Vec<CellProblem>> = HashMap::new();
    for problem in &outcome.problems {
        if let Place::Cell(cell) = &problem.place {
            let mut text = problem.describe(lang);
            // Without its column the row's message must say which one.
            if let (None, Some(header)) = (cell.index, &cell.header) {
                text = format!("{header}: {text}");
            }
            let shown = CellProblem { severity: problem.severity(), text };
            at.entry((cell.sheet, cell.row, cell.index)).or_default().push(shown);
        }
    }
    at
}
