//! The charts' facts as real text: a table of the figures and a table of the
//! milestones, for screen readers, search, copy and paste, and anyone who
//! prefers reading to pictures.

use super::state::Inputs;
use crate::data::format::{format_date, value_with_parts};
use crate::data::Dataset;
use leptos::prelude::*;
use std::sync::Arc;

/// A collapsible section with both tables.
#[component]
pub fn TextEquivalent(inputs: Inputs, ds: Arc<Dataset>) -> impl IntoView {
    let lang = inputs.lang;
    let ds2 = ds.clone();
    view! {
        <details class="tx-text-equivalent">
            <summary>{move || inputs.ui("data_table")}</summary>
            <table>
                <caption>{move || inputs.ui("indicators")}</caption>
                <thead><tr>
                    <th scope="col">{move || inputs.ui("figure")}</th>
                    <th scope="col">{move || inputs.ui("event")}</th>
                    <th scope="col">{move || inputs.ui("date")}</th>
                </tr></thead>
                <tbody>{move || {
                    let lang = lang.get();
                    ds.indicators.iter().map(|ind| view! {
                        <tr data-indicator=ind.id.clone()>
                            <td>{value_with_parts(ind, lang)}</td>
                            <td>{ind.label.get(lang).to_owned()}</td>
                            <td>{ind.period.map(|p| format_date(p, lang)).unwrap_or_default()}</td>
                        </tr>
                    }).collect_view()
                }}</tbody>
            </table>
            <table>
                <caption>{move || inputs.ui("timeline")}</caption>
                <thead><tr>
                    <th scope="col">{move || inputs.ui("date")}</th>
                    <th scope="col">{move || inputs.ui("event")}</th>
                    <th scope="col">{move || inputs.ui("category")}</th>
                </tr></thead>
                <tbody>{move || {
                    let lang = lang.get();
                    ds2.milestones.iter().map(|m| view! {
                        <tr data-milestone=m.id.clone()>
                            <td>{format_date(m.date, lang)}</td>
                            <td>{m.title.get(lang).to_owned()}</td>
                            <td>{ds2.categories[m.category].name.get(lang).to_owned()}</td>
                        </tr>
                    }).collect_view()
                }}</tbody>
            </table>
        </details>
    }
}
