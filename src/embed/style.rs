//! The widget's stylesheet, adopted by its shadow root: host CSS cannot reach
//! in, ours cannot leak out, and a constructed sheet needs no inline `<style>`
//! (which a strict Content Security Policy would block).

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, ShadowRoot};

/// The widget's CSS (style/widget.css), compiled in without its comments
/// and line breaks (build.rs).
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Adopts the widget's stylesheet into `root`.
pub fn adopt(root: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(WIDGET_CSS)?;
    let sheets = js_sys::Array::of1(&sheet);
    root.set_adopted_style_sheets(&sheets);
    Ok(())
}
