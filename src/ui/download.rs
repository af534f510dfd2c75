//! Downloads without a server: the data as CSV or JSON, a chart as a PNG
//! at twice its CSS size. Files are built in the page and handed to the
//! browser through a temporary link inside our shadow root, whose click
//! goes no further than the link.

use crate::draw::Theme;
use crate::layout::Mark;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, Event, HtmlAnchorElement, HtmlCanvasElement, Node, Response, Url};

/// Saves `text` as a file named `name`.
pub fn save_text(anchor_parent: &Node, name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else { return };
    click_link(anchor_parent, name, &url);
    let _ = Url::revoke_object_url(&url);
}

/// Saves the file published at `url` under `name`, once fetched: a link's
/// `download` name is ignored across origins, and the widget's files are
/// often served from another origin than the article (which they allow,
/// as the loader's module import needs). Nothing happens if the fetch fails.
pub fn save_fetched(anchor_parent: &Node, name: &'static str, mime: &'static str, url: &str) {
    let Some(window) = web_sys::window() else { return };
    let parent = anchor_parent.clone();
    // Promise callbacks rather than an async block: one spawned future
    // type less in the reader's Wasm. Each callback is handed to JS once
    // its promise holds it, and freed when the promise has settled and the
    // garbage collector takes the function. Every rejection is handled, so
    // none reaches the host page as an unhandled one.
    let on_response = Closure::once(move |response: JsValue| {
        let Ok(response) = response.dyn_into::<Response>() else { return };
        // An error page (a partial deploy, a CDN's 404) is not the data.
        if !response.ok() {
            return;
        }
        let Ok(text) = response.text() else { return };
        let on_text = Closure::once(move |text: JsValue| {
            if let Some(text) = text.as_string() {
                save_text(&parent, name, mime, &text);
            }
        });
        IGNORED.with(|ignored| {
            let _ = text.then2(&on_text, ignored);
        });
        let _ = on_text.into_js_value();
    });
    IGNORED.with(|ignored| {
        let _ = window.fetch_with_str(url).then2(&on_response, ignored);
    });
    let _ = on_response.into_js_value();
}

thread_local! {
    /// Takes a rejection and does nothing with it: a download that fails
    /// saves no file and raises no error in the host page.
    static IGNORED: Closure<dyn FnMut(JsValue)> = Closure::new(|_: JsValue| {});
}

/// Saves marks drawn at 2× as a PNG named `name`.
pub fn save_png(anchor_parent: &Node, name: &str, css_w: f64, css_h: f64, marks: &[Mark], theme: &Theme) {
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
        click_link(anchor_parent, name, &url);
    }
}

/// Clicks a temporary link to `href` in `parent`. The link's click ends at
/// the link: bubbling, it would reach the listener of the element that
/// asked for it while that listener still runs, a card's listener, which
/// would take it for the reader choosing the card, and the host page, which
/// would hear a second click on the widget. The download is the link's
/// default action, which stopping the click's propagation keeps.
fn click_link(parent: &Node, name: &str, href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(a) = document.create_element("a") else { return };
    let Ok(a) = a.dyn_into::<HtmlAnchorElement>() else { return };
    a.set_href(href);
    a.set_download(name);
    a.set_hidden(true);
    let stop = Closure::<dyn Fn(Event)>::new(|ev: Event| ev.stop_propagation());
    let _ = a.add_event_listener_with_callback("click", stop.as_ref().unchecked_ref());
    if parent.append_child(&a).is_ok() {
        a.click();
        a.remove();
    }
    // The click was dispatched synchronously; the listener goes before its
    // closure is freed.
    let _ = a.remove_event_listener_with_callback("click", stop.as_ref().unchecked_ref());
}
