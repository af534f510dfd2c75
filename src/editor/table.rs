//! A sheet as an editable table: a column per header, a row per item, an
//! input per cell. A problem is shown at its cell: the input is marked
//! invalid and described by the message written under it. Only the first
//! rows are built (`shown_rows`: at most 200, and at most 12,000 inputs);
//! the text area holds them all.

use super::grid::shown_rows;
use super::state::{CellProblem, EditorState, SheetState};
use super::words::Word;
use crate::data::sheet::columns::column_letters;
use crate::data::Severity;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The table of one sheet.
#[component]
pub fn SheetTable(state: EditorState, sheet: SheetState, caption: Word, add: Word) -> impl IntoView {
    let lang = state.lang;
    let prefix = sheet.prefix();
    let grid = sheet.grid;
    let width = Memo::new(move |_| grid.with(|g| g.width()));
    // A row is rebuilt when its number or the number of columns changes;
    // otherwise its inputs stay (and keep the focus) as the text changes.
    let shown = Memo::new(move |_| shown_rows(width.get()));
    let rows = move || {
        let width = width.get();
        grid.with(|g| {
            g.rows.iter().take(shown.get()).enumerate().map(|(i, r)| (i, r.number, width)).collect::<Vec<_>>()
        })
    };
    let header = move || {
        (0..width.get())
            .map(|c| {
                let text = move || grid.with(|g| g.header.as_ref().and_then(|h| h.cells.get(c)).cloned());
                view! {
                    <th scope="col" id=format!("{prefix}-col-{c}")>
                        <span class="col-letter">{column_letters(c)}</span>
                        " "
                        {text}
                    </th>
                }
            })
            .collect_view()
    };
    let cut = move || grid.with(|g| g.rows.len() > shown.get());
    let empty = move || grid.with(|g| g.rows.is_empty());
    view! {
        // The name sits above the scrolled box (a caption would scroll
        // away sideways with the columns).
        <h3 class="table-name" id=format!("{prefix}-caption")>{move || caption.text(lang.get())}</h3>
        <div class="table-scroll" role="region" aria-labelledby=format!("{prefix}-caption") tabindex="0">
            <table class="sheet-table" id=format!("{prefix}-table") aria-labelledby=format!("{prefix}-caption")>
                <thead>
                    <tr>
                        <th scope="col" id=format!("{prefix}-col-row")>{move || Word::Row.text(lang.get())}</th>
                        {header}
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=rows
                        key=|key| *key
                        children=move |(index, number, width)| view! { <SheetRow state sheet index number width /> }
                    />
                </tbody>
            </table>
        </div>
        <p class="note" hidden=move || !empty()>{move || Word::EmptySheet.text(lang.get())}</p>
        <button type="button" class="add-row" id=format!("{prefix}-add") on:click=move |_| {
            if let Some(number) = sheet.add_row() {
                focus_later(format!("{prefix}-{number}-1"));
            }
        }>{move || add.text(lang.get())}</button>
        <p class="note" hidden=move || !cut()>
            {move || Word::RowsCut.text(lang.get()).replace("{n}", &shown.get().to_string())}
        </p>
    }
}

/// One item's row: its number and its cells, then, when the row as a
/// whole has problems (a required column the sheet lacks, a language
/// falling back), a row of its own holding them under it, kept in view at
/// the table's left edge.
#[component]
fn SheetRow(
    state: EditorState,
    sheet: SheetState,
    index: usize,
    number: usize,
    width: usize,
) -> impl IntoView {
    let prefix = sheet.prefix();
    let kind = sheet.kind;
    let row_id = format!("{prefix}-row-{number}");
    let message_id = format!("{row_id}-problem");
    let row_problems = Memo::new(move |_| state.at_cells.with(|m| m.get(&(kind, number, None)).cloned()));
    let cells = (0..width).map(|c| view! { <SheetCell state sheet index number column=c /> }).collect_view();
    let described = message_id.clone();
    view! {
        <tr>
            <th scope="row" id=row_id aria-describedby=move || row_problems.with(Option::is_some).then(|| described.clone())>
                {number}
                <span class="row-mark" aria-hidden="true" hidden=move || row_problems.with(Option::is_none)>" ⚠"</span>
            </th>
            {cells}
        </tr>
        {move || row_problems.get().map(|p| view! {
            <tr class="row-problems">
                <td colspan=width + 1>{messages(message_id.clone(), p)}</td>
            </tr>
        })}
    }
}

/// One cell's input and the problems found in it.
#[component]
fn SheetCell(
    state: EditorState,
    sheet: SheetState,
    index: usize,
    number: usize,
    column: usize,
) -> impl IntoView {
    let prefix = sheet.prefix();
    let kind = sheet.kind;
    let id = format!("{prefix}-{number}-{column}");
    let message_id = format!("{id}-problem");
    let problems = Memo::new(move |_| state.at_cells.with(|m| m.get(&(kind, number, Some(column))).cloned()));
    let invalid = move || problems.with(|p| p.as_ref().is_some_and(|p| is_error(p)));
    let described = message_id.clone();
    view! {
        <td class:has-problem=move || problems.with(Option::is_some)>
            <input
                type="text"
                id=id
                spellcheck="false"
                aria-labelledby=format!("{prefix}-col-{column} {prefix}-row-{number}")
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=move || problems.with(Option::is_some).then(|| described.clone())
                prop:value=move || {
                    sheet.loads.track();
                    sheet.grid.with(|g| g.cell(index, column).to_owned())
                }
                on:input=move |ev| sheet.edit_cell(number, column, &event_target_value(&ev))
            />
            {move || problems.get().map(|p| messages(message_id.clone(), p))}
        </td>
    }
}

pub(super) fn is_error(problems: &[CellProblem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

/// The messages shown at a cell or a row, as one paragraph the input
/// points to.
pub(super) fn messages(id: String, problems: Vec<CellProblem>) -> impl IntoView {
    let class = if is_error(&problems) { "cell-problem error" } else { "cell-problem warning" };
    let text = problems.into_iter().map(|p| p.text).collect::<Vec<_>>().join(" · ");
    view! { <p class=class id=id>{text}</p> }
}

/// Focuses the input `id` once the table has drawn it (the author goes on
/// typing in the row they added).
fn focus_later(id: String) {
    request_animation_frame(move || {
        let input = document().get_element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(input) = input {
            let _ = input.focus();
        }
    });
}
