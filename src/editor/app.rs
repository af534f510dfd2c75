//! The editor's page: where to start, the two sheets as tables (and as
//! text, for pasting), every problem at its cell and in one list, the live
//! preview, and publishing. On a wide screen the editing and the preview
//! sit side by side; on a phone they stack.

use super::meta_view::AboutGraphic;
use super::preview::{language_name, Preview};
use super::publish_view::Publish;
use super::start::{built_in, template};
use super::start_view::StartControls;
use super::state::{EditorState, SheetState};
use super::storage;
use super::table::SheetTable;
use super::words::Word;
use crate::data::sheet::{Place, SheetProblem};
use crate::data::{Lang, Severity};
use leptos::prelude::*;

/// The editor, mounted on its own page, with the draft kept from the last
/// visit or else the built-in dataset.
#[component]
pub fn EditorApp() -> impl IntoView {
    let kept = storage::load();
    // A kept draft is the author's work, unless it is a start untouched.
    let started = kept.as_ref().is_none_or(|d| *d == built_in() || *d == template());
    let state = EditorState::new(kept.unwrap_or_else(built_in), started);
    let lang = state.lang;
    let word = move |w: Word| move || w.text(lang.get());
    // The page's language follows the author's, for screen readers.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().tag());
        }
    });
    let outcome = state.outcome;
    view! {
        <main class="editor">
            <header class="top">
                <h1>{word(Word::Title)}</h1>
                <label class="inline" for="lang">{word(Word::Language)}</label>
                <select id="lang" on:change=move |ev| {
                    if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                        lang.set(l);
                    }
                }>
                    {Lang::ALL.map(|l| view! {
                        <option value=l.tag() selected=move || lang.get() == l>{language_name(l)}</option>
                    }).collect_view()}
                </select>
            </header>
            <div class="columns">
                <div class="edit-column">
                    <StartControls state />
                    <AboutGraphic state />
                    <section class="sheets" aria-labelledby="sheets-heading">
                        <h2 id="sheets-heading">{word(Word::Sheets)}</h2>
                        <p>{word(Word::PasteHint)}</p>
                        <SheetTable state sheet=state.milestones caption=Word::MilestonesTable add=Word::AddMilestone />
                        {sheet_text("milestones", Word::MilestonesSheet, state.milestones, lang)}
                        <SheetTable state sheet=state.indicators caption=Word::IndicatorsTable add=Word::AddIndicator />
                        {sheet_text("indicators", Word::IndicatorsSheet, state.indicators, lang)}
                    </section>
                    <section class="problems" aria-labelledby="problems-heading">
                        <h2 id="problems-heading">{word(Word::Problems)}</h2>
                        <p hidden=move || !outcome.with(|o| o.problems.is_empty())>{word(Word::NoProblems)}</p>
                        <ul id="problems">
                            {move || outcome.with(|o| o.problems.iter().map(|p| problem_item(p, lang.get())).collect_view())}
                        </ul>
                    </section>
                </div>
                <div class="side-column">
                    <Preview state />
                    <Publish state />
                </div>
            </div>
        </main>
    }
}

/// A sheet's whole text, for pasting a spreadsheet's cells.
fn sheet_text(id: &'static str, label: Word, sheet: SheetState, lang: RwSignal<Lang>) -> impl IntoView {
    let area = NodeRef::<leptos::html::Textarea>::new();
    // Brought up to date when the text settles, and only if it differs:
    // on a big sheet each write is megabytes, too much for every key typed
    // in a cell, and while the author types here it already holds the text.
    let catch_up = move || {
        if let Some(area) = area.get_untracked() {
            sheet.text.with_untracked(|text| {
                if area.value() != *text {
                    area.set_value(text);
                }
            });
        }
    };
    Effect::new(move |_| {
        sheet.settled.track();
        area.track();
        catch_up();
    });
    view! {
        <label for=id>{move || label.text(lang.get())}</label>
        // Focused within a pause after a cell edit, it first takes that
        // edit, so typing here does not undo it.
        <textarea id=id rows="6" spellcheck="false" wrap="off" node_ref=area
            on:focus=move |_| catch_up()
            on:input=move |ev| sheet.text.set(event_target_value(&ev))></textarea>
    }
}

/// One problem, marked with its place (`Milestones!B2`, in English so a
/// page or a test can find it in any language) and its severity.
fn problem_item(problem: &SheetProblem, lang: Lang) -> impl IntoView {
    let place = match &problem.place {
        Place::Cell(cell) => cell.address(Lang::En),
        Place::Json(path) => path.clone(),
    };
    let severity = match problem.severity() {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    view! { <li data-place=place class=severity>{problem.message(lang)}</li> }
}
