//! One download control for everything a reader may take away: the data
//! (CSV, JSON) and the PNG of any chart. A disclosure (`<details>`), so it
//! opens with Enter or Space and screen readers announce it as expandable,
//! without ten PNG buttons competing with the figures on the cards.
//!
//! Its list is written as one HTML string (data text escaped) with one
//! click handler for every button: a view per button costs about 9 KB of
//! Wasm in typed view code, for a list that only changes with the language.

use super::delegated::event_element;
use super::download::{save_fetched, save_text};
use super::indicator_card::save_card_png;
use super::state::Inputs;
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped as escaped;
use crate::data::{Dataset, Lang};
use crate::ui::listeners::{bubbling, listen_on, Heard};
use crate::ui::markup::{bind, find, Target};
use leptos::prelude::*;
use std::fmt::Write;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// Heard on the menu: a click on any of its buttons.
const CLICK: [Heard; 1] = [bubbling("click")];

/// The menu's body: the data downloads, then a PNG per chart (the timeline
/// first, then each card's, named by its label).
fn menu_html(inputs: Inputs, ds: &Dataset, lang: Lang, view: &str) -> String {
    // Only what the `view` option shows.
    let (timeline, cards) = (view != "indicators", view != "timeline");
    let ui = |t: UiText| escaped(&inputs.ui(t));
    let mut html = String::new();
    let _ = write!(
        html,
        r#"<p class="tx-download-head" id="tx-download-data">{}</p><ul class="tx-download-list" aria-labelledby="tx-download-data"><li><button type="button" class="tx-button" data-download="csv">CSV</button></li><li><button type="button" class="tx-button" data-download="json">JSON</button></li></ul><p class="tx-download-head" id="tx-download-png">{}</p><ul class="tx-download-list" aria-labelledby="tx-download-png">"#,
        ui(UiText::GetData),
        ui(UiText::ChartsPng),
    );
    if timeline {
        let _ = write!(
            html,
            r#"<li><button type="button" class="tx-button" data-download="timeline-png">{}</button></li>"#,
            ui(UiText::Timeline)
        );
    }
    for (n, ind) in ds.indicators.iter().enumerate().filter(|_| cards) {
        let _ = write!(
            html,
            r#"<li><button type="button" class="tx-button" data-download="png" data-card="{n}" data-indicator="{}"><bdi>{}</bdi></button></li>"#,
            escaped(&ind.id),
            escaped(ind.label.get(lang)),
        );
    }
    html.push_str("</ul>");
    html
}

/// The download control, as HTML text: its summary and body are written
/// by `wire`.
pub const MARKUP: &str =
    r#"<details class="tx-download"><summary></summary><div class="tx-download-body"></div></details>"#;

/// The download control written from [`MARKUP`] under `root`, with the
/// timeline's PNG asked of the timeline through `timeline_png` (a request
/// counter it watches).
pub fn wire(inputs: Inputs, ds: Arc<Dataset>, timeline_png: RwSignal<usize>, root: &web_sys::Element) {
    let Some(menu) = find(root, ".tx-download") else { return };
    let lang = inputs.lang;
    let ds_html = ds.clone();
    if let Some(summary) = find(root, ".tx-download > summary") {
        bind(&summary, Target::Text, Box::new(move || Some(inputs.ui(UiText::Download))));
    }
    if let Some(body) = find(root, ".tx-download-body") {
        bind(
            &body,
            Target::Html,
            Box::new(move || Some(menu_html(inputs, &ds_html, lang.get(), inputs.view.get()))),
        );
    }
    listen_on(menu.clone(), &CLICK, move |ev| {
        let button = event_element(&ev, "button[data-download]");
        let Some(button) = button else { return };
        let lang = lang.get_untracked();
        match button.get_attribute("data-download").as_deref() {
            Some("csv") => {
                let csv = crate::data::export::dataset_csv(&ds, lang);
                save_text(&menu, &format!("tiexi-data-{}.csv", lang.tag()), "text/csv;charset=utf-8", &csv);
            }
            Some("json") => {
                if let Some(json) = inputs.raw_json.get_untracked() {
                    save_text(&menu, "tiexi-data.json", "application/json", &json);
                } else if let Some(url) = inputs.json_url.get_untracked() {
                    save_fetched(&menu, "tiexi-data.json", "application/json", &url);
                }
            }
            Some("timeline-png") => timeline_png.update(|n| *n = n.wrapping_add(1)),
            Some("png") => {
                let Some(n) = button.get_attribute("data-card").and_then(|n| n.parse::<usize>().ok()) else {
                    return;
                };
                if n >= ds.indicators.len() {
                    return;
                }
                // The card's own canvas measures the text, in its font.
                let selector = format!(".tx-grid > :nth-child({}) .tx-mini-chart", n + 1);
                let canvas = menu
                    .closest(".tx-root")
                    .ok()
                    .flatten()
                    .and_then(|root| root.query_selector(&selector).ok().flatten())
                    .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok());
                if let Some(canvas) = canvas {
                    save_card_png(inputs, &ds, n, &canvas);
                }
            }
            _ => {}
        }
    });
}
