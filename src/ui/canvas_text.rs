//! Canvas text that no host stylesheet can change. Chromium resolves a 2D
//! context's text settings from the canvas element's CSS (letter-spacing,
//! word-spacing, font-kerning, text-rendering, font-stretch,
//! font-variant-caps, direction) unless the context sets them itself, so a
//! host's `* { letter-spacing: 3px }` would widen every chart label and
//! change the timeline's layout. The widget's stylesheet resets those
//! properties too (style/widget.css); this pins them on the context, so
//! measuring and drawing never depend on CSS at all.

use wasm_bindgen::JsValue;
use web_sys::CanvasRenderingContext2d;

/// Each text property with the value the charts are designed for and a
/// different valid value. Chromium ignores an assignment equal to the
/// context's own value even while CSS decides the effective one, so each
/// is first set to the other value and then to the intended one.
const PINNED: [(&str, &str, &str); 7] = [
    ("letterSpacing", "0px", "1px"),
    ("wordSpacing", "0px", "1px"),
    ("fontKerning", "auto", "none"),
    ("textRendering", "auto", "optimizeSpeed"),
    ("fontStretch", "normal", "condensed"),
    ("fontVariantCaps", "normal", "small-caps"),
    ("direction", "ltr", "rtl"),
];

/// Sets the context's text properties explicitly. Resizing a canvas resets
/// its context, so call this after every resize. Browsers without one of
/// the properties simply keep an unused field on the object.
pub fn pin_text_settings(ctx: &CanvasRenderingContext2d) {
    for (name, value, other) in PINNED {
        let key = JsValue::from_str(name);
        let _ = js_sys::Reflect::set(ctx, &key, &JsValue::from_str(other));
        let _ = js_sys::Reflect::set(ctx, &key, &JsValue::from_str(value));
    }
}
