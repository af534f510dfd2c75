//! Listeners added by hand to an element, removed and freed on cleanup.
//!
//! An `on:` in a view compiles Leptos's event plumbing once for every event
//! type it is used with, and once more for each type heard in the capture
//! phase. Here every listener of the widget is one closure type, compiled
//! once: an element's events all go to one handler, which tells them apart
//! by their type where it hears more than one.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// An event type an element hears, and whether in its capture phase: how
/// an ancestor hears the events that do not bubble (focus, mouseenter).
#[derive(Clone, Copy)]
pub struct Heard {
    kind: &'static str,
    capture: bool,
}

/// `kind` heard as it bubbles up (or at its target).
pub const fn bubbling(kind: &'static str) -> Heard {
    Heard { kind, capture: false }
}

/// `kind` heard in its capture phase, on its way down to the target.
pub const fn capturing(kind: &'static str) -> Heard {
    Heard { kind, capture: true }
}

/// Elements, each with the events it hears.
pub type Targets = Vec<(Element, &'static [Heard])>;

/// Sends the events `heard` on `el`, an element written by hand and there
/// for good, to `on_event`.
pub fn listen_on(el: Element, heard: &'static [Heard], on_event: impl Fn(Event) + 'static) {
    listen_to(vec![(el, heard)], Rc::new(on_event));
}

/// Sends the events heard on `targets` to `on_event`, from now until the
/// current owner (the view that wrote the elements) ends: the listeners go
/// and the closure is freed then, so a widget given new data many times
/// keeps no listener of the views before.
pub fn listen_to(targets: Targets, on_event: Rc<dyn Fn(Event)>) {
    // Handlers run under the owner of the view that added them, as Leptos
    // runs an `on:` handler: one that makes a signal or reads a context
    // then gets the view's, not none.
    let owner = Owner::current();
    // `Fn`, not `FnMut`: an event a handler causes (a click, a focus) may
    // reach the same listener while it runs, which wasm-bindgen refuses,
    // with an error on the host's page, for an `FnMut`.
    let listener = Closure::<dyn Fn(Event)>::new(move |ev: Event| match &owner {
        Some(owner) => owner.with(|| on_event(ev)),
        None => on_event(ev),
    });
    let f = listener.as_ref().unchecked_ref();
    for (target, heard) in &targets {
        for h in *heard {
            let _ = target.add_event_listener_with_callback_and_bool(h.kind, f, h.capture);
        }
    }
    let kept = SendWrapper::new((listener, targets));
    on_cleanup(move || {
        let (listener, targets) = kept.take();
        let f = listener.as_ref().unchecked_ref();
        for (target, heard) in &targets {
            for h in *heard {
                let _ = target.remove_event_listener_with_callback_and_bool(h.kind, f, h.capture);
            }
        }
    });
}
