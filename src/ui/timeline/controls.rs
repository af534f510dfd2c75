//! The buttons under the chart: zoom in and out, pan back and forward,
//! show the whole year (its PNG is in the download control). The same actions as the keys and
//! gestures, for readers who use neither.

use super::input::ZOOM_STEP;
use super::state::{TimelineState, WHOLE_YEAR};
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::ui::delegated::{event_element, for_each_child};
use crate::ui::erased::effect;
use crate::ui::listeners::{bubbling, listen_on, Heard};
use crate::ui::markup::{bind, find, Target};
use leptos::prelude::*;
use web_sys::Element;

/// Heard on the group: a click on any of its buttons.
const CLICK: [Heard; 1] = [bubbling("click")];

/// How far a pan button moves, in windows.
const BUTTON_PAN: f64 = 0.5;

/// Each button: its action (`data-zoom`), its name and its face (`None`:
/// the name).
const BUTTONS: [(&str, UiText, Option<&str>); 5] = [
    ("in", UiText::ZoomIn, Some("+")),
    ("out", UiText::ZoomOut, Some("−")),
    ("back", UiText::PanBack, Some("‹")),
    ("forward", UiText::PanForward, Some("›")),
    ("reset", UiText::ZoomReset, None),
];

/// Whether the button for `action` does nothing at `window`.
///
/// Shown with `aria-disabled`, not `disabled`: a disabled button loses
/// focus, so a keyboard reader who pans to the end of the year, or
/// presses "whole year", would be dropped at the top of the page. An
/// aria-disabled button keeps focus, is announced as unavailable, and its
/// click is ignored below.
fn disabled(action: &str, window: (f64, f64)) -> bool {
    match action {
        "back" => window.0 <= 0.0,
        "forward" => window.1 >= 1.0,
        "reset" => window == WHOLE_YEAR,
        _ => false,
    }
}

/// The zoom group, as HTML text.
///
/// Escaped HTML text with one click handler on the group (a typed view per
/// button cost kilobytes of Wasm), written once; names follow the language
/// and `aria-disabled` the window on the buttons themselves (`wire`), so
/// a focused button stays focused through both.
pub fn markup(state: TimelineState) -> String {
    let (inputs, window) = (state.inputs, state.window.get_untracked());
    let mut html = String::from(r#"<div class="tx-zoom" role="group">"#);
    for (action, name, face) in BUTTONS {
        let name = html_escaped(&untrack(|| inputs.ui(name)));
        html.push_str(&format!(
            r#"<button type="button" class="tx-button" data-zoom="{action}" aria-label="{name}"{}>{}</button>"#,
            if disabled(action, window) { r#" aria-disabled="true""# } else { "" },
            face.unwrap_or(&name),
        ));
    }
    html.push_str("</div>");
    html
}

/// Keeps the zoom group written from [`markup`] under `root` up to date,
/// and zooms and pans on its clicks.
pub fn wire(state: TimelineState, root: &Element) {
    let (inputs, window) = (state.inputs, state.window);
    let Some(group) = find(root, ".tx-zoom") else { return };
    bind(&group, Target::Attr("aria-label"), Box::new(move || Some(inputs.ui(UiText::Zoom))));
    let buttons = group.clone();
    // This runs on every change of the window, which is every pointer
    // move of a drag: the buttons are renamed only when the language has
    // changed, and `aria-disabled` is written only where it changes.
    let mut named = None;
    effect(move || {
        let (window, lang) = (window.get(), inputs.lang.get());
        let rename = named != Some(lang);
        named = Some(lang);
        let mut k = 0;
        for_each_child(&buttons, |button| {
            let action = button.get_attribute("data-zoom").unwrap_or_default();
            let off = disabled(&action, window);
            if off != button.get_attribute("aria-disabled").is_some() {
                let _ = if off {
                    button.set_attribute("aria-disabled", "true")
                } else {
                    button.remove_attribute("aria-disabled")
                };
            }
            // Children are the buttons of `BUTTONS`, in order.
            if let (true, Some((_, name, face))) = (rename, BUTTONS.get(k)) {
                let name = inputs.ui(*name);
                let _ = button.set_attribute("aria-label", &name);
                if face.is_none() {
                    button.set_text_content(Some(&name));
                }
            }
            k += 1;
        });
    });
    listen_on(group, &CLICK, move |ev| {
        let action = event_element(&ev, "button[data-zoom]:not([aria-disabled])")
            .and_then(|b| b.get_attribute("data-zoom"));
        match action.as_deref() {
            Some("in") => state.zoom_by(ZOOM_STEP, None),
            Some("out") => state.zoom_by(1.0 / ZOOM_STEP, None),
            Some("back") => state.reframe(|a| a.shifted(-BUTTON_PAN)),
            Some("forward") => state.reframe(|a| a.shifted(BUTTON_PAN)),
            Some("reset") => window.set(WHOLE_YEAR),
            _ => {}
        }
    });
}
