//! Downloads without a server: the data as CSV or JSON, a chart as a PNG
//! at twice its CSS size. Files are built in the page and handed to the
//! browser through a temporary link inside our shadow root.

use crate::draw::Theme;
use crate::layout::Mark;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Node, Url};

/// Saves `text` as a file named `name`.
pub fn save_text(widget_node: &Node, name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else { return };
    click_link(widget_node, name, &url);
    let _ = Url::revoke_object_url(&url);
}

/// Saves marks drawn at 2× as a PNG named `name`.
pub fn save_png(widget_node: &Node, name: &str, css_w: f64, css_h: f64, marks: &[Mark], theme: &Theme) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(canvas) = document.create_element("canvas") else { return };
    let Ok(canvas) = canvas.dyn_into::<HtmlCanvasElement>() else { return };
    // A PNG has no page behind it: paint the theme's background first.
    let background = Mark::Rect {
        rect: crate::layout::Rect::new(0.0, 0.0, css_w, css_h),
        paint: crate::layout::Paint::Background,
    };
    let mut all = vec![background];
    all.extend_from_slice(marks);
    super::chart_canvas::paint_canvas(&canvas, css_w, css_h, 2.0, &all, theme);
    if let Ok(url) = canvas.to_data_url_with_type("image/png") {
        click_link(widget_node, name, &url);
    }
}

/// Clicks a temporary link to `href` placed in the root of `widget_node` (our
/// shadow root), outside every element we listen on: in the element that
/// asked for it, its click would reach that element's listener again while
/// it runs, or a card's, which would take it for the reader choosing the
/// card. A page of our own (the editor's) has no shadow root; its root is
/// the document, which takes no second element, so the link goes into
/// `widget_node` there.
fn click_link(widget_node: &Node, name: &str, href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(a) = document.create_element("a") else { return };
    let Ok(a) = a.dyn_into::<HtmlAnchorElement>() else { return };
    a.set_href(href);
    a.set_download(name);
    a.set_hidden(true);
    let root = widget_node.get_root_node();
    let parent = if root.node_type() == Node::DOCUMENT_FRAGMENT_NODE { root } else { widget_node.clone() };
    if parent.append_child(&a).is_ok() {
        a.click();
        a.remove();
    }
}
