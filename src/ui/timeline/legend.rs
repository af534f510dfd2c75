//! The category legend: each category's colour, shape and name, as toggle
//! buttons that filter the timeline.

use super::state::{is_hidden, TimelineState};
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::layout::glyph::Glyph;
use crate::ui::delegated::{event_element, for_each_child};
use crate::ui::erased::effect;
use crate::ui::listeners::{bubbling, listen_on, Heard};
use crate::ui::markup::{bind, find, Target};
use leptos::prelude::*;
use web_sys::Element;

/// Heard on the group: a click on any of its buttons.
const CLICK: [Heard; 1] = [bubbling("click")];

/// The legend's group of toggle buttons, as HTML text.
///
/// The buttons are escaped HTML text with one click handler on the group
/// (a typed view per button cost kilobytes of Wasm), written once; their
/// names follow the language and `aria-pressed` the filter on the buttons
/// themselves (`wire`), so a focused button stays focused while it toggles
/// or is renamed.
pub fn markup(state: TimelineState) -> String {
    let lang = state.inputs.lang.get_untracked();
    let hidden = state.hidden_categories.get_untracked();
    let ds = state.ds();
    let mut html = String::from(r#"<div class="tx-legend" role="group">"#);
    for (i, c) in ds.categories.iter().enumerate() {
        html.push_str(&format!(
            r#"<button type="button" class="tx-legend-item" data-category="{}" data-index="{i}" aria-pressed="{}"><span class="tx-swatch" data-shape="{}" aria-hidden="true"></span><bdi>{}</bdi></button>"#,
            c.color.name(),
            !is_hidden(hidden, i),
            Glyph::nth(i).css_index(),
            html_escaped(c.name.get(lang)),
        ));
    }
    html.push_str("</div>");
    html
}

/// Keeps the legend written from [`markup`] under `root` up to date, and
/// filters the timeline on its clicks.
pub fn wire(state: TimelineState, root: &Element) {
    let (inputs, hidden) = (state.inputs, state.hidden_categories);
    let Some(group) = find(root, ".tx-legend") else { return };
    bind(&group, Target::Attr("aria-label"), Box::new(move || Some(inputs.ui(UiText::Category))));
    let buttons = group.clone();
    effect(move || {
        let (hidden, lang) = (hidden.get(), inputs.lang.get());
        let ds = state.ds();
        for_each_child(&buttons, |button| {
            let index = button.get_attribute("data-index").and_then(|i| i.parse::<usize>().ok());
            let pressed = index.is_some_and(|i| !is_hidden(hidden, i));
            let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
            // The name is the button's last element, its <bdi>.
            if let (Some(c), Some(name)) =
                (index.and_then(|i| ds.categories.get(i)), button.last_element_child())
            {
                name.set_text_content(Some(c.name.get(lang)));
            }
        });
    });
    listen_on(group, &CLICK, move |ev| {
        let button = event_element(&ev, "button[data-index]");
        let Some(i) =
            button.and_then(|b| b.get_attribute("data-index")).and_then(|i| i.parse::<usize>().ok())
        else {
            return;
        };
        if i < usize::BITS as usize {
            hidden.update(|h| *h ^= 1 << i);
        }
    });
}
