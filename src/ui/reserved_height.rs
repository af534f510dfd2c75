//! The height embed.css reserves for the widget before it loads (a float
//! in the element's `::before`) holds as a minimum while the widget is
//! shown. It was measured with the key figures in view; once a reader on a
//! phone switches to the milestones, a shorter part, it would leave a blank
//! below the widget. Releasing it then moves the page only in answer to the
//! reader's own tap, which is not a layout shift that counts.

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRoot};

/// From inside the shadow root an `!important` rule wins over the page's
/// own (the inner context wins for important declarations).
const RELEASED: &str = ":host::before{height:0!important}";

/// Gives up the reservation of the widget `inside` belongs to. The root
/// adopts the widget's own sheet (embed/style.rs) and then this one: with
/// more than one adopted, it is released already.
pub fn release(inside: &Element) {
    let Ok(root) = inside.get_root_node().dyn_into::<ShadowRoot>() else { return };
    let sheets = root.adopted_style_sheets();
    if sheets.length() > 1 {
        return;
    }
    let Ok(sheet) = CssStyleSheet::new() else { return };
    if sheet.replace_sync(RELEASED).is_ok() {
        sheets.push(&sheet);
        root.set_adopted_style_sheets(&sheets);
    }
}
