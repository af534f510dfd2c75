//! Parts of the widget written as HTML text have one handler on their
//! container instead of one per element: these find which element of the
//! text an event was for, and walk the elements the text made.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// The element matching `selector` that `ev` happened in (its target or an
/// ancestor), if any.
pub fn event_element(ev: &Event, selector: &str) -> Option<Element> {
    let target: Element = ev.target()?.dyn_into().ok()?;
    target.closest(selector).ok().flatten()
}

/// Calls `each` with every child element of `parent`, in order.
pub fn for_each_child(parent: &Element, mut each: impl FnMut(&Element)) {
    let mut child = parent.first_element_child();
    while let Some(el) = child {
        each(&el);
        child = el.next_element_sibling();
    }
}
