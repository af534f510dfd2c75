//! The starting points on the page: the built-in dataset, an empty
//! template, a file opened or dropped (a JSON data file, or a CSV file of
//! one sheet), and "Start over", which forgets the draft.

use super::browser::{carries_files, first_file, read_text};
use super::draft::Draft;
use super::start::{built_in, from_json_file, template, with_csv_file};
use super::state::EditorState;
use super::storage;
use super::words::Word;
use crate::data::sheet::SheetKind;
use crate::data::{Lang, Problem};
use leptos::prelude::*;
use web_sys::{Blob, DragEvent};

/// What opening a file did, for the status line.
#[derive(Clone, Debug, PartialEq)]
enum Opened {
    /// Nothing opened yet.
    Nothing,
    /// The file is in the editor now.
    Done(String),
    /// A JSON file that is not a JSON object: the validator's reasons.
    NotJson(String, Vec<Problem>),
    /// A CSV file whose header row names neither sheet.
    NotASheet(String),
    /// A file that is not UTF-8 text.
    NotUtf8(String),
}

/// The start controls, and the page-wide drop target.
#[component]
pub fn StartControls(state: EditorState) -> impl IntoView {
    let lang = state.lang;
    let word = move |w: Word| move || w.text(lang.get());
    let opened = RwSignal::new(Opened::Nothing);
    let open = move |(name, file): (String, Blob)| {
        read_text(&file, move |text| match text {
            None => opened.set(Opened::NotUtf8(name)),
            Some(text) => {
                if may_replace(state) {
                    opened.set(open_text(state, name, &text));
                }
            }
        });
    };
    let start = move |draft: fn() -> Draft| {
        if may_replace(state) {
            state.load(draft());
            opened.set(Opened::Nothing);
        }
    };
    // A file dropped anywhere on the page opens, instead of the browser
    // leaving the editor to show it. Only files: text dragged into an
    // input or the sheet's text is left to the browser.
    let over = window_event_listener(leptos::ev::dragover, |ev: DragEvent| {
        if carries_files(&ev) {
            ev.prevent_default();
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev: DragEvent| {
        if !carries_files(&ev) {
            return;
        }
        ev.prevent_default();
        let dropped = js_sys::Reflect::get(&ev, &"dataTransfer".into()).ok();
        if let Some(file) = dropped.and_then(|d| first_file(&d)) {
            open(file);
        }
    });
    on_cleanup(move || {
        over.remove();
        drop.remove();
    });
    let start_over = move |_| {
        let sure = window().confirm_with_message(Word::StartOverConfirm.text(lang.get_untracked()));
        if sure.unwrap_or(false) {
            storage::clear();
            state.load(built_in());
            opened.set(Opened::Nothing);
        }
    };
    view! {
        <section class="start" aria-labelledby="start-heading">
            <h2 id="start-heading">{word(Word::StartFrom)}</h2>
            <div class="buttons">
                <button id="start-built-in" type="button" on:click=move |_| start(built_in)>{word(Word::BuiltIn)}</button>
                <button id="start-template" type="button" on:click=move |_| start(template)>{word(Word::Template)}</button>
                <button id="start-over" type="button" on:click=start_over>{word(Word::StartOver)}</button>
            </div>
            <label for="open-file">{word(Word::OpenFile)}</label>
            <input id="open-file" type="file" accept=".json,.csv,.tsv,.txt,application/json,text/csv"
                on:change=move |ev| {
                    let input: web_sys::HtmlInputElement = event_target(&ev);
                    if let Some(file) = first_file(&input) {
                        open(file);
                    }
                    // The same file chosen again is opened again.
                    input.set_value("");
                } />
            <p class="note">{word(Word::DropHint)}" "{word(Word::DraftKept)}</p>
            <p id="draft-status" class="draft-lost" role="status">
                {move || (!state.draft_kept.get()).then(|| Word::DraftNotKept.text(lang.get()))}
            </p>
            <div id="open-status" role="status">{move || status(opened.get(), lang.get())}</div>
        </section>
    }
}

/// Whether the draft may be replaced: it is as it started, or the author
/// says so (as Start over asks).
fn may_replace(state: EditorState) -> bool {
    !state.edited()
        || window()
            .confirm_with_message(Word::ReplaceConfirm.text(state.lang.get_untracked()))
            .unwrap_or(false)
}

/// Puts a file's text into the editor: a JSON data file replaces the
/// draft, a CSV file the sheet its header row names.
fn open_text(state: EditorState, name: String, text: &str) -> Opened {
    let json = name.to_lowercase().ends_with(".json")
        || text.trim_start_matches('\u{feff}').trim_start().starts_with('{');
    if json {
        return match from_json_file(text.as_bytes()) {
            Ok(mut draft) => {
                // The author's hosting address stays as they typed it.
                draft.data_url = state.data_url.get_untracked();
                state.load(draft);
                Opened::Done(name)
            }
            Err(problems) => Opened::NotJson(name, problems),
        };
    }
    match with_csv_file(&state.draft(), text) {
        Some((draft, kind)) => {
            let text = match kind {
                SheetKind::Milestones => draft.milestones,
                SheetKind::Indicators => draft.indicators,
            };
            state.sheet(kind).load(text);
            state.mark_started();
            Opened::Done(name)
        }
        None => Opened::NotASheet(name),
    }
}

fn status(opened: Opened, lang: Lang) -> impl IntoView {
    let (head, name, reasons) = match opened {
        Opened::Nothing => return None,
        Opened::Done(name) => (Word::Opened, name, vec![]),
        Opened::NotJson(name, problems) => {
            (Word::FileRefused, name, problems.iter().map(|p| p.message(lang)).collect())
        }
        Opened::NotASheet(name) => (Word::FileRefused, name, vec![Word::NotASheet.text(lang).to_owned()]),
        Opened::NotUtf8(name) => (Word::FileRefused, name, vec![Word::NotUtf8.text(lang).to_owned()]),
    };
    let class = if reasons.is_empty() { "opened" } else { "refused" };
    Some(view! {
        <p class=class>{head.text(lang)}" "<strong>{name}</strong></p>
        <ul>{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
    })
}
