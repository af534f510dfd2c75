//! The key figures: a card each with the number, its label, a mini-chart
//! and a tooltip with the exact value, its period and its source. Reachable
//! by Tab; the tooltip follows focus as well as the pointer.
//!
//! The cards are written as escaped HTML text into their grid, with one
//! set of handlers on the grid for all of them: a typed view per card
//! costs about 4 KB of Wasm (its view, state and event code) for markup
//! that only changes with the language. What changes later is written in
//! place (texts, the two state classes), so a focused card keeps focus.

use super::canvas_measure::with_measure;
use super::chart_canvas::{paint_canvas, use_content_width};
use super::delegated::event_element;
use super::download::save_png;
use super::paint_queue;
use super::source_list::source_items;
use super::state::{Inputs, Selection};
use crate::data::file_name::download_name;
use crate::data::format::{format_date, indicator_value, parts_text, value_with_parts};
use crate::data::text_rules::html_escaped;
use crate::data::Dataset;
use crate::data::Lang;
use crate::draw::Theme;
use crate::layout::mini_chart::{layout_mini_chart, mini_chart_height};
use crate::layout::Mark;
use crate::ui::erased::effect;
use crate::ui::listeners::{bubbling, capturing, listen_on, Heard};
use crate::ui::markup::find;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlCanvasElement, KeyboardEvent};

/// Heard on the grid for all its cards. Entering, leaving, focus and blur
/// do not bubble: the grid hears them in their capture phase.
const GRID_EVENTS: [Heard; 6] = [
    capturing("mouseenter"),
    capturing("mouseleave"),
    capturing("focus"),
    capturing("blur"),
    bubbling("click"),
    bubbling("keydown"),
];

/// The text of a chart's accessible name: the figure, what it counts, and
/// its parts where they tell more (a sum's amounts, a part that is a bound).
pub fn chart_name(ds: &Dataset, index: usize, lang: crate::data::Lang) -> String {
    let ind = &ds.indicators[index];
    let name = format!("{} {}", indicator_value(ind, lang), ind.label.get(lang));
    match parts_text(ind, lang) {
        Some(parts) if lang.is_cjk() => format!("{name}：{parts}"),
        Some(parts) => format!("{name}: {parts}"),
        None => name,
    }
}

/// The marks of a card's mini-chart at a width, measured on its canvas.
fn card_marks(
    ds: &Dataset,
    index: usize,
    canvas: &HtmlCanvasElement,
    w: f64,
    lang: Lang,
    theme: &Theme,
) -> Vec<Mark> {
    let ind = &ds.indicators[index];
    let color = ds.categories[ind.category].color;
    with_measure(Some(canvas), &theme.font_family, |m| {
        layout_mini_chart(ind, color, w, mini_chart_height(w), lang, m)
    })
}

/// Saves card `index`'s chart as a PNG, drawn again at the width it has on
/// screen (at least 200 px) with `canvas` (the card's own) measuring text.
pub fn save_card_png(inputs: Inputs, ds: &Dataset, index: usize, canvas: &HtmlCanvasElement) {
    let w = canvas.get_bounding_client_rect().width().max(200.0);
    let theme = inputs.palette().on_card();
    let marks = card_marks(ds, index, canvas, w, inputs.lang.get_untracked(), &theme);
    if let Some(parent) = canvas.parent_node() {
        let name = download_name(&ds.indicators[index].id, "png");
        save_png(&parent, &name, w, mini_chart_height(w), &marks, &theme);
    }
}

/// The cards' grid (its `.tx-grid` under `root`), holding the first `due`
/// cards: `due` counts up while the widget is built, a few cards a job,
/// so no build is a long task.
pub fn grid(inputs: Inputs, selection: Selection, ds: Arc<Dataset>, due: RwSignal<usize>, root: &Element) {
    let Some(grid) = find(root, ".tx-grid") else { return };
    let cards = grid.clone();
    // The cards' effects belong to the grid: made inside the effect below,
    // they would be ended by its next run.
    let owner = Owner::current();
    effect(move || {
        let due = due.get().min(ds.indicators.len());
        for index in cards.child_element_count() as usize..due {
            let _ = cards.insert_adjacent_html("beforeend", &card_html(&ds, index));
            let Some(card) = cards.last_element_child() else { return };
            let ds = ds.clone();
            let bring_to_life = move || card_effects(inputs, selection, ds, index, card);
            match &owner {
                Some(owner) => owner.with(bring_to_life),
                None => bring_to_life(),
            }
        }
    });

    // One tooltip at a time across the widget: the open card is the shared
    // hovered indicator, so tapping another card or Escape anywhere closes it.
    let show = move |index: usize, on: bool| {
        let now = selection.hovered_indicator.get_untracked();
        if on {
            selection.hovered_indicator.set(Some(index));
        } else if now == Some(index) {
            selection.hovered_indicator.set(None);
        }
    };
    // Entering, leaving, focus and blur do not bubble: the grid hears them
    // in their capture phase, and only the card's own (not a child's) count,
    // as they would with a listener on each card.
    let on_card_itself = move |ev: &Event, on: bool| {
        if let Some(card) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            if card.class_list().contains("tx-card") {
                show(card_index(&card), on);
            }
        }
    };
    listen_on(grid, &GRID_EVENTS, move |ev| match ev.type_().as_str() {
        "mouseenter" | "focus" => on_card_itself(&ev, true),
        "mouseleave" | "blur" => on_card_itself(&ev, false),
        "click" => {
            let Some(index) = event_card(&ev) else { return };
            // A tap on a touch screen both focuses and clicks: keep it open.
            if selection.hovered_indicator.get_untracked() != Some(index) {
                show(index, true);
            }
            selection.chosen_indicator.set(Some(index));
        }
        "keydown" => {
            let Some(index) = event_card(&ev) else { return };
            let key = ev.unchecked_ref::<KeyboardEvent>().key();
            if key == "Escape" && selection.hovered_indicator.get_untracked() == Some(index) {
                ev.stop_propagation();
                show(index, false);
            }
        }
        _ => {}
    });
}

/// Card `index`'s markup; its texts are written by [`card_effects`].
fn card_html(ds: &Dataset, index: usize) -> String {
    let ind = &ds.indicators[index];
    format!(
        r#"<article class="tx-card" data-category="{}" data-indicator="{}" tabindex="0" aria-describedby="tx-tip-{index}"><div class="tx-card-text"></div><canvas class="tx-mini-chart" role="img"></canvas><div id="tx-tip-{index}" class="tx-tooltip" role="tooltip"></div></article>"#,
        ds.categories[ind.category].color.name(),
        html_escaped(&ind.id),
    )
}

/// The position of a card in its grid, which is its indicator's index.
fn card_index(card: &Element) -> usize {
    let mut index = 0;
    let mut before = card.previous_element_sibling();
    while let Some(el) = before {
        index += 1;
        before = el.previous_element_sibling();
    }
    index
}

/// The index of the card `ev` happened in, if any.
fn event_card(ev: &Event) -> Option<usize> {
    event_element(ev, ".tx-card").map(|card| card_index(&card))
}

/// What keeps card `index` up to date: its texts in the reader's language,
/// its mini-chart painted at its width, and its linked and open states.
fn card_effects(inputs: Inputs, selection: Selection, ds: Arc<Dataset>, index: usize, card: Element) {
    let (Some(text), Some(canvas)) =
        (card.first_element_child(), card.query_selector("canvas").ok().flatten())
    else {
        return;
    };
    let Some(tip) = canvas.next_element_sibling() else { return };
    let Ok(canvas) = canvas.dyn_into::<HtmlCanvasElement>() else { return };
    let lang = inputs.lang;
    let tip_state = tip.clone();

    // The category, the figure and its label; the chart's name; the exact
    // figure, its period, what it counts and its sources.
    let ds_text = ds.clone();
    let canvas_name = canvas.clone();
    effect(move || {
        let lang = lang.get();
        let ind = &ds_text.indicators[index];
        text.set_inner_html(&format!(
            r#"<p class="tx-category"><bdi>{}</bdi></p><p class="tx-figure"><bdi>{}</bdi></p><p class="tx-label"><bdi>{}</bdi></p>"#,
            html_escaped(ds_text.categories[ind.category].name.get(lang)),
            html_escaped(&indicator_value(ind, lang)),
            html_escaped(ind.label.get(lang)),
        ));
        let _ = canvas_name.set_attribute("aria-label", &chart_name(&ds_text, index, lang));
        let date = ind
            .period
            .map(|p| format!(r#"<p class="tx-tip-date">{}</p>"#, html_escaped(&format_date(p, lang))))
            .unwrap_or_default();
        tip.set_inner_html(&format!(
            r#"<p class="tx-tip-value"><bdi>{}</bdi></p>{date}<p class="tx-tip-desc"><bdi>{}</bdi></p><ul class="tx-tip-sources">{}</ul>"#,
            html_escaped(&value_with_parts(ind, lang)),
            html_escaped(ind.description.get(lang)),
            source_items(inputs, &ind.source, lang),
        ));
    });

    let width = use_content_width(&canvas);
    let ds_draw = ds.clone();
    let canvas_draw = canvas.clone();
    let paint_key = paint_queue::new_key();
    effect(move || {
        let (w, dpr, theme, lang) = (width.get(), inputs.dpr.get(), inputs.palette().on_card(), lang.get());
        if w < 1.0 {
            return; // hidden: draw once shown
        }
        let (ds, el) = (ds_draw.clone(), canvas_draw.clone());
        paint_queue::schedule(paint_key, move || {
            let h = mini_chart_height(w);
            // The height follows the width (two narrow columns on a
            // phone); whole pixels, so no float is formatted.
            let _ = web_sys::HtmlElement::style(&el).set_property("height", &format!("{}px", h as u32));
            let marks = card_marks(&ds, index, &el, w, lang, &theme);
            paint_canvas(&el, w, h, dpr, &marks, &theme);
        });
    });

    // Linked milestones light up when this card is pointed at, and the card
    // lights up when one of its milestones is; the open card shows its
    // tooltip. Classes switched here rather than by `class:` bindings,
    // which would bring Leptos's class machinery.
    let linked = ds.indicators[index].milestones.clone();
    effect(move || {
        let hm = selection.hovered_milestone.get();
        let sm = selection.selected_milestone.get();
        let is_linked = [hm, sm].iter().flatten().any(|m| linked.contains(m));
        let open = selection.hovered_indicator.get() == Some(index);
        let _ = card.class_list().toggle_with_force("tx-linked", is_linked);
        let _ = tip_state.class_list().toggle_with_force("tx-open", open);
    });
}
