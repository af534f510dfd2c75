//! Parts of the widget written into the page as HTML text and then kept up
//! to date by hand: an attribute, the text or the HTML inside an element,
//! each following the signals its value reads.
//!
//! A typed view compiles Leptos's building of every element and attribute
//! it has, inlined into one function per view: for the part of the widget
//! after the cards (the timeline, the text equivalent, the downloads and
//! the source line) that was about 11 KB of Wasm. Here every binding is one
//! boxed closure and the same few functions.

use crate::ui::erased::effect;
use leptos::prelude::*;
use web_sys::Element;

/// What a binding writes on its element.
#[derive(Clone, Copy)]
pub enum Target {
    /// An attribute; `None` leaves it out.
    Attr(&'static str),
    /// The element's text.
    Text,
    /// The HTML inside the element (escaped data text only).
    Html,
}

/// A value to write, read again whenever a signal it read changes.
pub type Value = Box<dyn FnMut() -> Option<String>>;

fn write(el: &Element, target: Target, value: Option<&str>) {
    match (target, value) {
        (Target::Attr(name), Some(v)) => {
            let _ = el.set_attribute(name, v);
        }
        (Target::Attr(name), None) => {
            let _ = el.remove_attribute(name);
        }
        (Target::Text, v) => el.set_text_content(v),
        (Target::Html, v) => el.set_inner_html(v.unwrap_or_default()),
    }
}

/// Writes `value` on `el` now, as a typed view would while it is built,
/// and again whenever it changes (only then: the HTML of an unchanged
/// value is not written again, so no element in it is replaced).
pub fn bind(el: &Element, target: Target, mut value: Value) {
    let mut last = untrack(&mut value);
    write(el, target, last.as_deref());
    let el = el.clone();
    effect(move || {
        let now = value();
        if now != last {
            write(&el, target, now.as_deref());
            last = now;
        }
    });
}

/// Writes `html` (one element) at the end of `parent`; the element.
pub fn append(parent: &Element, html: &str) -> Option<Element> {
    parent.insert_adjacent_html("beforeend", html).ok()?;
    parent.last_element_child()
}

/// The element under `root` matching `selector`, if any.
pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}
