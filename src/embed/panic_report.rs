//! A panic must never leave a reader with a blank box or the host with a
//! silent failure. The hook logs the panic, replaces every live widget's
//! content with a short message in its reader's language, and fires
//! `tiexi:error` on its element. (With `panic = "abort"` the module cannot
//! continue afterwards; the loader shows the same message on later calls.)

use super::events::emit;
use crate::data::Lang;
use leptos::prelude::*;
use std::cell::RefCell;
use web_sys::{Element, HtmlElement};

struct Live {
    id: u32,
    host: Element,
    container: HtmlElement,
    lang: RwSignal<Lang>,
}

thread_local! {
    static LIVE: RefCell<Vec<Live>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

/// Registers a mounted widget; returns the id to unregister it with.
pub fn register(host: Element, container: HtmlElement, lang: RwSignal<Lang>) -> u32 {
    let id = NEXT_ID.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    LIVE.with(|l| l.borrow_mut().push(Live { id, host, container, lang }));
    id
}

/// Forgets an unmounted widget.
pub fn unregister(id: u32) {
    LIVE.with(|l| l.borrow_mut().retain(|w| w.id != id));
}

fn message(lang: Lang) -> &'static str {
    crate::data::contract::STOPPED[lang as usize]
}

/// Installs the hook (once, at module start).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        // The message and its place in our source, on the console and in
        // the event (console_error_panic_hook would add a JavaScript stack
        // trace of Wasm frames, 1.4 KB of code for little a host can use).
        let text = info.to_string();
        web_sys::console::error_1(&format!("tiexi-infographic: {text}").into());
        let detail = js_sys::Object::new();
        let messages = js_sys::Array::of1(&text.into());
        let _ = js_sys::Reflect::set(&detail, &"messages".into(), &messages);
        LIVE.with(|l| {
            // The panic may have happened while the registry was borrowed.
            let Ok(live) = l.try_borrow() else { return };
            for w in live.iter() {
                let lang = w.lang.try_get_untracked().unwrap_or(crate::data::contract::DEFAULT_LANG);
                w.container.set_text_content(Some(message(lang)));
                let _ = w.container.set_attribute("role", "alert");
                emit(&w.host, "tiexi:error", &detail);
            }
        });
    }));
}
