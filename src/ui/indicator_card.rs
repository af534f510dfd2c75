//! One key figure: the number, its label, a mini-chart and a tooltip with the
//! exact value, its period and its source. Reachable by Tab; the tooltip
//! follows focus as well as the pointer.

use super::canvas_measure::with_measure;
use super::chart_canvas::{paint_canvas, use_content_width};
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
use crate::ui::erased::{effect, handler, text};
use leptos::html::Canvas;
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::HtmlCanvasElement;

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

/// A card for `ds.indicators[index]`.
#[component]
pub fn IndicatorCard(inputs: Inputs, selection: Selection, ds: Arc<Dataset>, index: usize) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let width = use_content_width(canvas);
    // One tooltip at a time across the widget: the open card is the shared
    // hovered indicator, so tapping another card or Escape anywhere closes it.
    let open = move || selection.hovered_indicator.get() == Some(index);
    let lang = inputs.lang;
    let ind = ds.indicators[index].clone();
    let category = ds.categories[ind.category].clone();

    let ds_draw = ds.clone();
    let paint_key = paint_queue::new_key();
    effect(move || {
        let (w, dpr, theme, lang) = (width.get(), inputs.dpr.get(), inputs.palette().on_card(), lang.get());
        let Some(el) = canvas.get() else { return };
        if w < 1.0 {
            return; // hidden: draw once shown
        }
        let ds = ds_draw.clone();
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
    // lights up when one of its milestones is.
    let linked = ind.milestones.clone();
    let highlighted = move || {
        let hm = selection.hovered_milestone.get();
        let sm = selection.selected_milestone.get();
        [hm, sm].iter().flatten().any(|m| linked.contains(m))
    };
    let show = move |on: bool| {
        let now = selection.hovered_indicator.get_untracked();
        if on {
            selection.hovered_indicator.set(Some(index));
        } else if now == Some(index) {
            selection.hovered_indicator.set(None);
        }
    };

    // The two states are classes switched on the card and its tooltip
    // (found from the canvas between them) by one effect: the widget's
    // only `class:` bindings would bring Leptos's class machinery.
    effect(move || {
        let (linked, open) = (highlighted(), open());
        let Some(canvas) = canvas.get() else { return };
        if let Some(card) = canvas.parent_element() {
            let _ = card.class_list().toggle_with_force("tx-linked", linked);
        }
        if let Some(tip) = canvas.next_element_sibling() {
            let _ = tip.class_list().toggle_with_force("tx-open", open);
        }
    });
    let ds_name = ds.clone();
    let ind_fig = ind.clone();
    let ind_label = ind.clone();
    let ind_tip = ind.clone();
    let tip_id = format!("tx-tip-{index}");
    let described_by = tip_id.clone();
    view! {
        <article
            class="tx-card"
            data-category=category.color.name()
            data-indicator=ind.id.clone()
            tabindex="0"
            aria-describedby=described_by
            on:mouseenter=handler(move |_| show(true))
            on:mouseleave=handler(move |_| show(false))
            on:focus=handler(move |_| show(true))
            on:blur=handler(move |_| show(false))
            on:click=handler(move |_| {
                let opened = selection.hovered_indicator.get_untracked() == Some(index);
                // A tap on a touch screen both focuses and clicks: keep it open.
                if !opened {
                    show(true);
                }
                selection.chosen_indicator.set(Some(index));
            })
            on:keydown=handler(move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Escape" && selection.hovered_indicator.get_untracked() == Some(index) {
                    ev.stop_propagation();
                    show(false);
                }
            })
        >
            // The category, the figure and its label as escaped HTML text:
            // one string instead of three typed views per card.
            <div class="tx-card-text" inner_html=text(move || {
                let lang = lang.get();
                format!(
                    r#"<p class="tx-category"><bdi>{}</bdi></p><p class="tx-figure"><bdi>{}</bdi></p><p class="tx-label"><bdi>{}</bdi></p>"#,
                    html_escaped(category.name.get(lang)),
                    html_escaped(&indicator_value(&ind_fig, lang)),
                    html_escaped(ind_label.label.get(lang)),
                )
            })></div>
            <canvas
                node_ref=canvas
                class="tx-mini-chart"
                role="img"
                aria-label=text(move || chart_name(&ds_name, index, lang.get()))
            ></canvas>
            // The exact figure, its period, what it counts and its sources,
            // written as escaped HTML text (one string, not a view per line).
            <div id=tip_id class="tx-tooltip" role="tooltip" inner_html=text(move || {
                let lang = lang.get();
                let date = ind_tip
                    .period
                    .map(|p| format!(r#"<p class="tx-tip-date">{}</p>"#, html_escaped(&format_date(p, lang))))
                    .unwrap_or_default();
                format!(
                    r#"<p class="tx-tip-value"><bdi>{}</bdi></p>{date}<p class="tx-tip-desc"><bdi>{}</bdi></p><ul class="tx-tip-sources">{}</ul>"#,
                    html_escaped(&value_with_parts(&ind_tip, lang)),
                    html_escaped(ind_tip.description.get(lang)),
                    source_items(inputs, &ind_tip.source, lang),
                )
            })></div>
        </article>
    }
}
