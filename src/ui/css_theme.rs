//! The canvases' theme as the widget's own stylesheet resolves it. Hosts
//! theme the widget with `--tiexi-*` custom properties, style/widget.css
//! turns them into the palette and font on `.tx-root` (`--tx-*`, with a
//! dark and a forced-colours variant), and this reads them back, so the
//! canvases draw in whatever the HTML around them shows.

use super::state::Inputs;
use crate::draw::{Theme, ThemeMode, FONT_PROPERTY};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleDeclaration, HtmlElement};

/// Reads the theme again and hands it to the canvases if it changed (they
/// repaint then; an unchanged theme repaints nothing).
pub fn refresh(inputs: Inputs, root: &HtmlElement) {
    let theme = read_theme(root, inputs.theme.get_untracked());
    if inputs.css_theme.get_untracked() != theme {
        inputs.css_theme.set(theme);
    }
}

/// The theme `root` (the widget's `.tx-root`) resolves now: one computed
/// style of the root and one short-lived probe element per read, whatever
/// is drawn with it. Anything missing falls back to the built-in theme for
/// `mode`, field by field.
pub fn read_theme(root: &HtmlElement, mode: ThemeMode) -> Theme {
    let Some(window) = web_sys::window() else { return Theme::new(mode) };
    let Ok(Some(resolved)) = window.get_computed_style(root) else { return Theme::new(mode) };
    // The browser turns any colour syntax into rgb() or color(srgb …): a
    // name, hsl(), color-mix(), a system colour in forced-colours mode. The
    // probe sits in the root, so it resolves them in the root's context.
    let Some(probe) = window
        .document()
        .and_then(|d| d.create_element("span").ok())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return Theme::new(mode);
    };
    probe.set_class_name("tx-probe");
    if root.append_child(&probe).is_err() {
        return Theme::new(mode);
    }
    let probed = window.get_computed_style(&probe).ok().flatten();
    let theme = Theme::from_style(mode, |name| {
        let text = resolved.get_property_value(name).ok()?;
        let text = text.trim();
        if text.is_empty() {
            None
        } else if name == FONT_PROPERTY {
            accepted(&probe, "font-family", text).then(|| text.to_owned())
        } else {
            computed_colour(&probe, probed.as_ref()?, text)
        }
    });
    probe.remove();
    theme
}

/// `text` as the browser computes it, in sRGB where it can, so the Rust
/// side parses one syntax; `None` if it is not a colour.
fn computed_colour(probe: &HtmlElement, probed: &CssStyleDeclaration, text: &str) -> Option<String> {
    // Browsers without color-mix() (Chromium before 111) take the colour
    // as written; their computed colours are rgb() anyway.
    let in_srgb = format!("color-mix(in srgb, {text}, {text})");
    [in_srgb.as_str(), text].into_iter().find(|value| accepted(probe, "color", value))?;
    probed.get_property_value("color").ok()
}

/// Sets `property` on the probe; whether the browser took the value (an
/// invalid one leaves the property unset).
fn accepted(probe: &HtmlElement, property: &str, value: &str) -> bool {
    let style = probe.style();
    let _ = style.remove_property(property);
    let _ = style.set_property(property, value);
    style.get_property_value(property).is_ok_and(|set| !set.is_empty())
}
