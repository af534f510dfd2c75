//! Events the host page can listen to on the element. `tiexi:ready` and
//! `tiexi:error` come from the loader, which knows when loading ends;
//! `tiexi:select` comes from here, where selections happen.

use crate::ui::erased::effect;
use crate::ui::state::Loaded;
use crate::ui::{Inputs, Selection};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Dispatches a bubbling, composed event with a `detail` on `host`.
pub fn emit(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(ev) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&ev);
    }
}

fn detail(kind: &str, id: &str) -> JsValue {
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&obj, &"id".into(), &id.into());
    obj.into()
}

/// Fires `tiexi:select` with `{type: "milestone" | "indicator", id}` on
/// every selection.
pub fn announce_selections(host: Element, inputs: Inputs, selection: Selection) {
    let host = send_wrapper::SendWrapper::new(host);
    let host2 = host.clone();
    effect(move || {
        let milestone = selection.selected_milestone.get();
        let Loaded::Ready(ds) = inputs.data.get_untracked() else { return };
        if let Some(m) = milestone.and_then(|m| ds.milestones.get(m)) {
            emit(&host, "tiexi:select", &detail("milestone", &m.id));
        }
    });
    effect(move || {
        let indicator = selection.chosen_indicator.get();
        let Loaded::Ready(ds) = inputs.data.get_untracked() else { return };
        if let Some(i) = indicator.and_then(|i| ds.indicators.get(i)) {
            emit(&host2, "tiexi:select", &detail("indicator", &i.id));
        }
    });
}
