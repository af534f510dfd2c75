//! One download control for everything a reader may take away: the data
//! (CSV, JSON) and the PNG of any chart. A disclosure (`<details>`), so it
//! opens with Enter or Space and screen readers announce it as expandable,
//! without ten PNG buttons competing with the figures on the cards.

use super::download::save_text;
use super::indicator_card::save_card_png;
use super::state::Inputs;
use crate::data::locale::UiText;
use crate::data::Dataset;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// What a download button saves.
#[derive(Clone, Copy)]
enum Export {
    Csv,
    Json,
    /// The chart of card `n`.
    Card(usize),
    /// The timeline (drawn by the timeline, which holds its layout).
    Timeline,
}

/// The download control, with the timeline's PNG asked of the timeline
/// through `timeline_png` (a request counter it watches).
#[component]
pub fn DownloadMenu(inputs: Inputs, ds: Arc<Dataset>, timeline_png: RwSignal<u32>) -> impl IntoView {
    let menu = NodeRef::<leptos::html::Details>::new();
    let lang = inputs.lang;
    // Stored, so `save` is Copy and every button can hold it.
    let ds_save = StoredValue::new(ds.clone());
    let save = move |what: Export| {
        let Some(menu) = menu.get_untracked() else { return };
        let lang = lang.get_untracked();
        match what {
            Export::Csv => {
                let csv = ds_save.with_value(|ds| crate::data::export::dataset_csv(ds, lang));
                save_text(&menu, &format!("tiexi-data-{}.csv", lang.tag()), "text/csv;charset=utf-8", &csv);
            }
            Export::Json => {
                if let Some(json) = inputs.raw_json.get_untracked() {
                    save_text(&menu, "tiexi-data.json", "application/json", &json);
                }
            }
            Export::Card(n) => {
                // The card's own canvas measures the text, in its font.
                let selector = format!(".tx-grid > :nth-child({}) .tx-mini-chart", n + 1);
                let canvas = menu
                    .closest(".tx-root")
                    .ok()
                    .flatten()
                    .and_then(|root| root.query_selector(&selector).ok().flatten())
                    .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok());
                if let Some(canvas) = canvas {
                    ds_save.with_value(|ds| save_card_png(inputs, ds, n, &canvas));
                }
            }
            Export::Timeline => timeline_png.update(|n| *n = n.wrapping_add(1)),
        }
    };
    let button = move |what: Export, key: &'static str, label: Signal<String>| {
        let indicator = match what {
            Export::Card(n) => Some(ds_save.with_value(|ds| ds.indicators[n].id.clone())),
            _ => None,
        };
        view! {
            <li>
                <button
                    type="button"
                    class="tx-button"
                    data-download=key
                    data-indicator=indicator
                    on:click=move |_| save(what)
                >
                    {label}
                </button>
            </li>
        }
    };
    let charts = {
        let ds = ds.clone();
        (0..ds.indicators.len())
            .map(|n| {
                let ds = ds.clone();
                let label = Signal::derive(move || ds.indicators[n].label.get(lang.get()).to_owned());
                button(Export::Card(n), "png", label)
            })
            .collect_view()
    };
    let ui = move |text: UiText| Signal::derive(move || inputs.ui(text));
    view! {
        <details class="tx-download" node_ref=menu>
            <summary>{ui(UiText::Download)}</summary>
            <div class="tx-download-body">
                <p class="tx-download-head" id="tx-download-data">{ui(UiText::GetData)}</p>
                <ul class="tx-download-list" aria-labelledby="tx-download-data">
                    {button(Export::Csv, "csv", Signal::derive(|| "CSV".to_owned()))}
                    {button(Export::Json, "json", Signal::derive(|| "JSON".to_owned()))}
                </ul>
                <p class="tx-download-head" id="tx-download-png">{ui(UiText::ChartsPng)}</p>
                <ul class="tx-download-list" aria-labelledby="tx-download-png">
                    {button(Export::Timeline, "timeline-png", ui(UiText::Timeline))}
                    {charts}
                </ul>
            </div>
        </details>
    }
}
