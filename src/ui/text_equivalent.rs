//! The charts' facts as real text: a table of the figures and a table of the
//! milestones, for screen readers, search, copy and paste, and anyone who
//! prefers reading to pictures.
//!
//! The tables are built only when the section is opened, and the milestone
//! rows in slices of `SLICE_ROWS`, one slice per frame: 20,000 milestones
//! are 20,000 rows, which built in one task would freeze the page for a
//! second. A language change rebuilds them the same way.

use super::paint_queue::schedule_after_frame;
use super::state::Inputs;
use crate::data::format::{format_date, value_with_parts};
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::data::Dataset;
use leptos::prelude::*;
use std::sync::Arc;

/// Milestone rows built per paint-queue job.
pub const SLICE_ROWS: usize = 250;

/// Slices needed for `rows` rows.
pub fn slices_for(rows: usize) -> usize {
    rows.div_ceil(SLICE_ROWS)
}

/// Adds the next slice after the next frame until `shown` covers every row;
/// a job left over from an earlier language does nothing. A frame apart,
/// not merely a task apart: the rows of a slice are built by an effect
/// after the job that asks for them, so jobs in one task would pile their
/// slices into that effect.
fn grow(shown: RwSignal<usize>, total: usize, generation: RwSignal<u64>) {
    let started = generation.get_untracked();
    schedule_after_frame(move || {
        if generation.try_get_untracked() != Some(started) {
            return;
        }
        let now = shown.get_untracked();
        if now < total {
            shown.set(now + 1);
            grow(shown, total, generation);
        }
    });
}

/// A collapsible section with both tables.
#[component]
pub fn TextEquivalent(inputs: Inputs, ds: Arc<Dataset>) -> impl IntoView {
    let lang = inputs.lang;
    let opened = RwSignal::new(false);
    // Slices of milestone rows shown, and a count of rebuilds so that a
    // queued slice of an older language is dropped.
    let shown = RwSignal::new(0usize);
    let generation = RwSignal::new(0u64);
    let total = slices_for(ds.milestones.len());
    Effect::new(move |_| {
        let _ = lang.get();
        if opened.get() {
            generation.update(|g| *g += 1);
            shown.set(0);
            grow(shown, total, generation);
        }
    });
    // Rows as HTML text (data text escaped), one string per body: a typed
    // view per row and cell costs kilobytes of Wasm for rows that only
    // change with the language.
    let ds_ind = ds.clone();
    let indicators = move || {
        let lang = lang.get();
        let mut html = String::new();
        for ind in &ds_ind.indicators {
            let period = ind.period.map(|p| format_date(p, lang)).unwrap_or_default();
            row(
                &mut html,
                "indicator",
                &ind.id,
                [&value_with_parts(ind, lang), ind.label.get(lang), &period],
                [true, true, false],
            );
        }
        html
    };
    let slice = move |s: usize| {
        let lang = lang.get_untracked();
        let end = ((s + 1) * SLICE_ROWS).min(ds.milestones.len());
        let mut html = String::new();
        for m in &ds.milestones[s * SLICE_ROWS..end] {
            let cells =
                [&format_date(m.date, lang), m.title.get(lang), ds.categories[m.category].name.get(lang)];
            row(&mut html, "milestone", &m.id, cells, [false, true, true]);
        }
        html
    };
    view! {
        <details
            class="tx-text-equivalent"
            on:toggle=move |ev| {
                let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                if open != opened.get_untracked() {
                    opened.set(open);
                }
            }
        >
            <summary>{move || inputs.ui(UiText::DataTable)}</summary>
            {move || opened.get().then(|| {
                let (indicators, slice) = (indicators.clone(), slice.clone());
                let each = move || -> Vec<(u64, usize)> {
                    let g = generation.get_untracked();
                    (0..shown.get()).map(|s| (g, s)).collect()
                };
                view! {
                <table>
                    <caption>{move || inputs.ui(UiText::Indicators)}</caption>
                    <thead><tr>
                        <th scope="col">{move || inputs.ui(UiText::Figure)}</th>
                        <th scope="col">{move || inputs.ui(UiText::Event)}</th>
                        <th scope="col">{move || inputs.ui(UiText::Date)}</th>
                    </tr></thead>
                    <tbody inner_html=indicators.clone()></tbody>
                </table>
                <table>
                    <caption>{move || inputs.ui(UiText::Timeline)}</caption>
                    <thead><tr>
                        <th scope="col">{move || inputs.ui(UiText::Date)}</th>
                        <th scope="col">{move || inputs.ui(UiText::Event)}</th>
                        <th scope="col">{move || inputs.ui(UiText::Category)}</th>
                    </tr></thead>
                    // A body per slice (a table may have several).
                    <For
                        each=each
                        key=|k: &(u64, usize)| *k
                        children=move |(_, s)| view! { <tbody inner_html=slice(s)></tbody> }
                    />
                </table>
            }})}
        </details>
    }
}

/// One table row: `<tr data-{kind}="{id}">` and its cells, data text
/// escaped, the cells marked `isolate` in a `<bdi>` (a right-to-left
/// override in one cell must not reorder the next).
fn row(html: &mut String, kind: &str, id: &str, cells: [&str; 3], isolate: [bool; 3]) {
    html.push_str("<tr data-");
    html.push_str(kind);
    html.push_str("=\"");
    html.push_str(&html_escaped(id));
    html.push_str("\">");
    for (cell, bdi) in cells.iter().zip(isolate) {
        html.push_str(if bdi { "<td><bdi>" } else { "<td>" });
        html.push_str(&html_escaped(cell));
        html.push_str(if bdi { "</bdi></td>" } else { "</td>" });
    }
    html.push_str("</tr>");
}
