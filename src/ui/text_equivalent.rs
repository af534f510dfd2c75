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
use crate::data::{Dataset, Lang};
use crate::ui::erased::effect;
use crate::ui::listeners::{bubbling, listen_on, Heard};
use crate::ui::markup::{bind, find, Target};
use leptos::prelude::*;
use std::sync::Arc;

/// Milestone rows built per paint-queue job.
pub const SLICE_ROWS: usize = 250;

/// Heard on the `<details>`: its opening and closing.
const TOGGLE: [Heard; 1] = [bubbling("toggle")];

/// Slices needed for `rows` rows.
pub fn slices_for(rows: usize) -> usize {
    rows.div_ceil(SLICE_ROWS)
}

/// Appends the milestone rows slice by slice, one slice after each frame,
/// to the last table of `details`, until every row is there; a job left
/// over from an earlier language or an earlier opening does nothing.
fn grow(details: web_sys::Element, ds: Arc<Dataset>, lang: Lang, slice: usize, generation: RwSignal<usize>) {
    let started = generation.get_untracked();
    schedule_after_frame(move || {
        if generation.try_get_untracked() != Some(started) || slice >= slices_for(ds.milestones.len()) {
            return;
        }
        let end = ((slice + 1) * SLICE_ROWS).min(ds.milestones.len());
        let mut html = String::from("<tbody>");
        for m in &ds.milestones[slice * SLICE_ROWS..end] {
            let cells =
                [&format_date(m.date, lang), m.title.get(lang), ds.categories[m.category].name.get(lang)];
            row(&mut html, "milestone", &m.id, cells, [false, true, true]);
        }
        html.push_str("</tbody>");
        if let Some(table) = details.last_element_child() {
            let _ = table.insert_adjacent_html("beforeend", &html);
        }
        grow(details, ds, lang, slice + 1, generation);
    });
}

/// The collapsible section, as HTML text: its summary, written by `wire`.
pub const MARKUP: &str = r#"<details class="tx-text-equivalent"><summary></summary></details>"#;

/// The collapsible section written from [`MARKUP`] under `root`, with both
/// tables.
///
/// The tables are HTML text written into the `<details>` after its summary
/// (data text escaped), not typed views: they change only with the
/// language, and a typed view per row, cell and keyed slice cost about
/// 10 KB of Wasm.
pub fn wire(inputs: Inputs, ds: Arc<Dataset>, root: &web_sys::Element) {
    let lang = inputs.lang;
    let Some(details) = find(root, ".tx-text-equivalent") else { return };
    let tables_in = details.clone();
    if let Some(summary) = find(root, ".tx-text-equivalent > summary") {
        bind(&summary, Target::Text, Box::new(move || Some(inputs.ui(UiText::DataTable))));
    }
    let opened = RwSignal::new(false);
    // Counts rebuilds, so that a queued slice of an older language or an
    // earlier opening is dropped.
    let generation = RwSignal::new(0usize);
    effect(move || {
        let lang = lang.get();
        let open = opened.get();
        let el = tables_in.clone();
        generation.update_untracked(|g| *g += 1);
        // Everything after the summary is the tables'; the summary stays.
        while let Some(last) = el.last_element_child() {
            if last.tag_name().eq_ignore_ascii_case("summary") {
                break;
            }
            last.remove();
        }
        if open {
            let _ = el.insert_adjacent_html("beforeend", &tables(&inputs, &ds, lang));
            grow(el, ds.clone(), lang, 0, generation);
        }
    });
    listen_on(details, &TOGGLE, move |ev| {
        let Some(el) = ev.target() else { return };
        let open = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlDetailsElement>(el).open();
        if open != opened.get_untracked() {
            opened.set(open);
        }
    });
}

/// Both tables: the indicators whole, the milestones' head only (their
/// rows come in slices, `grow`).
fn tables(inputs: &Inputs, ds: &Dataset, lang: Lang) -> String {
    let ui = |key| html_escaped(&inputs.ui(key));
    let head = |caption, cols: [UiText; 3]| {
        format!(
            r#"<table><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead>"#,
            ui(caption),
            ui(cols[0]),
            ui(cols[1]),
            ui(cols[2]),
        )
    };
    let mut html = head(UiText::Indicators, [UiText::Figure, UiText::Event, UiText::Date]);
    html.push_str("<tbody>");
    for ind in &ds.indicators {
        let period = ind.period.map(|p| format_date(p, lang)).unwrap_or_default();
        row(
            &mut html,
            "indicator",
            &ind.id,
            [&value_with_parts(ind, lang), ind.label.get(lang), &period],
            [true, true, false],
        );
    }
    html.push_str("</tbody></table>");
    html.push_str(&head(UiText::Timeline, [UiText::Date, UiText::Event, UiText::Category]));
    html.push_str("</table>");
    html
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
