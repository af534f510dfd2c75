//! The editor's page: two sheets to paste into, the problems at their
//! cells in the author's language, and the download of the JSON. The sheets
//! start as the built-in dataset, so the author sees every column filled.

use super::words::Word;
use crate::data::sheet::{indicators_sheet, milestones_sheet, read_sheets, Place, SheetProblem};
use crate::data::{parse_dataset, Lang, Severity};
use crate::ui::download::save_text;
use leptos::prelude::*;

/// The built-in dataset: its title, source and categories complete the
/// sheets, and its rows are the sheets the editor starts with.
const BUILT_IN: &str = include_str!("../../data/tiexi-2025.json");

/// The editor, mounted on its own page.
#[component]
pub fn EditorApp() -> impl IntoView {
    // Our own file, checked by tests/default_dataset.rs: a broken build
    // shows every problem instead of panicking.
    let base: serde_json::Value = serde_json::from_str(BUILT_IN).unwrap_or_default();
    let (start_milestones, start_indicators) = match parse_dataset(BUILT_IN.as_bytes()).dataset {
        Some(ds) => (milestones_sheet(&ds).to_tsv(), indicators_sheet(&ds).to_tsv()),
        None => (String::new(), String::new()),
    };
    let lang = RwSignal::new(Lang::ZhHant);
    let milestones = RwSignal::new(start_milestones);
    let indicators = RwSignal::new(start_indicators);
    let outcome = Memo::new(move |_| read_sheets(&base, Some(&milestones.get()), Some(&indicators.get())));
    let word = move |w: Word| move || w.text(lang.get());
    let sheet = move |id: &'static str, label: Word, text: RwSignal<String>| {
        view! {
            <label for=id>{word(label)}</label>
            <textarea id=id rows="8" spellcheck="false" prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
        }
    };
    let download = move |_| {
        let json = outcome.with(|o| o.json.clone());
        if let Some(body) = document().body() {
            save_text(&body, "tiexi-data.json", "application/json", &json);
        }
    };
    view! {
        <main class="editor">
            <h1>{word(Word::Title)}</h1>
            <label for="lang">{word(Word::Language)}</label>
            <select id="lang" on:change=move |ev| {
                if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                    lang.set(l);
                }
            }>
                <option value="zh-Hant">"繁體中文"</option>
                <option value="zh-Hans">"简体中文"</option>
                <option value="en">"English"</option>
            </select>
            <p>{word(Word::PasteHint)}</p>
            {sheet("milestones", Word::MilestonesSheet, milestones)}
            {sheet("indicators", Word::IndicatorsSheet, indicators)}
            <section aria-live="polite">
                <h2>{word(Word::Problems)}</h2>
                <p hidden=move || !outcome.with(|o| o.problems.is_empty())>{word(Word::NoProblems)}</p>
                <ul id="problems">
                    {move || outcome.with(|o| o.problems.iter().map(|p| problem_item(p, lang.get())).collect_view())}
                </ul>
            </section>
            <button id="download" disabled=move || outcome.with(|o| o.dataset.is_none()) on:click=download>
                {word(Word::Download)}
            </button>
        </main>
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
