//! The thin glue between the host page and the app: `embed.js` defines the
//! `<tiexi-infographic>` element, watches its attributes and the page, and
//! drives one `Widget` per element through this API.

pub mod events;
pub mod panic_report;
pub mod style;

use crate::data::wire::{self, Delivered, Reported};
use crate::data::Lang;
use crate::draw::{Theme, ThemeMode};
use crate::ui::css_theme;
use crate::ui::erased::effect;
use crate::ui::state::Loaded;
use crate::ui::{app, Inputs, Selection};
use leptos::prelude::*;
use std::any::Any;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

/// Runs once when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    panic_report::install();
}

/// One mounted widget. Dropping it (`free()` from JavaScript) unmounts the
/// view and releases its reactive graph.
#[wasm_bindgen]
pub struct Widget {
    inputs: Inputs,
    selection: Selection,
    container: HtmlElement,
    registration: u32,
    // Field order is drop order: the view's owner ends (the view clears
    // itself away), then the owner disposes every signal and effect of
    // this instance.
    _mounted: Box<dyn Any>,
    _owner: Owner,
}

/// The built-in dataset as the checker would hand it over (`data::wire`),
/// made from data/tiexi-2025.json by `tiexi-validate --write-wire`;
/// loader/finish-dist.mjs stops a release whose copy is older than the
/// JSON, and `tests/built_in_wire.rs` fails.
const BUILT_IN: &[u8] = include_bytes!("../../data/tiexi-2025.wire");

fn report(delivered: &Delivered) -> js_sys::Array {
    let errors = js_sys::Array::new();
    for p in &delivered.problems {
        let text = format!("tiexi-infographic: {p}");
        if p.severity == crate::data::Severity::Warning {
            web_sys::console::warn_1(&text.into());
        } else {
            web_sys::console::error_1(&text.into());
            errors.push(&p.message(Lang::En).into());
        }
    }
    errors
}

impl Drop for Widget {
    fn drop(&mut self) {
        panic_report::unregister(self.registration);
    }
}

impl Widget {
    /// Shows a validation outcome, keeps a requested selection, and returns
    /// the error messages for `tiexi:error`.
    fn show(&self, delivered: Delivered) -> js_sys::Array {
        let errors = report(&delivered);
        self.selection.selected_milestone.set(None);
        self.selection.dismiss();
        self.inputs.data.set(Loaded::from_delivered(delivered));
        if let Some(id) = self.inputs.selected_id.get_untracked() {
            self.select(Some(id.to_string()));
        }
        errors
    }

    /// Shows what `bytes`, the checker's answer, say (`data::wire`).
    fn show_wire(&self, bytes: &[u8]) -> js_sys::Array {
        match wire::decode(bytes) {
            Ok(delivered) => self.show(delivered),
            // Only a checker and reader from different builds, or a bug,
            // can get here: say so rather than show nothing.
            Err(_) => self.use_data_error(
                "the checked data could not be read (the widget's files are from different builds?)",
            ),
        }
    }

    /// Checks `json` as the checker's Wasm would and shows the outcome.
    /// For tests and native callers: not exported, so the reader's Wasm
    /// links no validation.
    pub fn use_data(&self, json: &str) -> js_sys::Array {
        let checked = crate::data::parse_dataset(json.as_bytes());
        self.use_checked(&wire::encode(&checked, b""), json)
    }
}

#[wasm_bindgen]
impl Widget {
    /// Mounts a widget into `root` (an open shadow root) with the built-in
    /// data, in `lang` (a loose tag) and the resolved theme.
    #[wasm_bindgen(constructor)]
    pub fn new(root: ShadowRoot, lang: &str, dark: bool, dpr: f64) -> Result<Widget, JsValue> {
        style::adopt(&root)?;
        let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
        let container: HtmlElement = document.create_element("div")?.dyn_into()?;
        container.set_class_name("tx-root");
        // Inside a boundary that stops whatever the host passes down
        // (style/widget.css): on the root itself, that reset would also
        // drop the language its lang attribute gives.
        let boundary = document.create_element("div")?;
        boundary.set_class_name("tx-boundary");
        boundary.append_child(&container)?;
        root.append_child(&boundary)?;
        // Effects created below, before mounting, need the executor running.
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let host: web_sys::Element = root.host();
        let host_for_panics = host.clone();
        let kept = container.clone();
        let owner = Owner::new();
        let (inputs, selection, handle) = owner.with(|| {
            let mode = if dark { ThemeMode::Dark } else { ThemeMode::Light };
            let inputs = Inputs {
                lang: RwSignal::new(Lang::resolve(lang)),
                theme: RwSignal::new(mode),
                data: RwSignal::new(Loaded::Loading),
                dpr: RwSignal::new(if dpr > 0.0 { dpr } else { 1.0 }),
                selected_id: RwSignal::new(None),
                raw_json: RwSignal::new(None),
                json_url: RwSignal::new(None),
                view: RwSignal::new(crate::data::contract::VIEWS[0]),
                // Until the stylesheet is read, as the mount below does.
                css_theme: RwSignal::new(Theme::new(mode)),
            };
            let selection = Selection::new();
            events::announce_selections(host, inputs, selection);
            let (themed, shown_in) = (container.clone(), container);
            // The widget's view has an owner of its own, so that it ends
            // (its effects stop, its listeners go, `app::show` clears the
            // root) before the signals above are disposed. Written by
            // hand, there is no view for Leptos to mount.
            let handle = Owner::new();
            handle.with(|| {
                // The theme class sits on our own root, inside the shadow
                // root, so the host element's attributes stay the host's.
                effect(move || {
                    let dark = inputs.theme.get() == ThemeMode::Dark;
                    let _ = themed.class_list().toggle_with_force("tx-dark", dark);
                    // The reader's language may differ from the page's: say so,
                    // so screen readers pick the right voice (WCAG 3.1.2).
                    let _ = themed.set_attribute("lang", inputs.lang.get().tag());
                    // The canvases take the palette the class selects (a
                    // change of language reads it again, and changes nothing).
                    css_theme::refresh(inputs, &themed);
                });
                app::show(shown_in.into(), inputs, selection);
            });
            (inputs, selection, handle)
        });
        let registration = panic_report::register(host_for_panics, kept.clone(), inputs.lang);
        Ok(Widget {
            inputs,
            selection,
            container: kept,
            registration,
            _mounted: Box::new(handle),
            _owner: owner,
        })
    }

    /// Shows the built-in dataset; returns the error messages (none).
    /// `json_url` is where its data file is published (dist/), which the
    /// JSON download fetches: the reader's Wasm holds the dataset only in
    /// its wire form.
    pub fn use_default_data(&self, json_url: &str) -> js_sys::Array {
        self.inputs.raw_json.set(None);
        self.inputs.json_url.set(Some(json_url.into()));
        self.show_wire(BUILT_IN)
    }

    /// Shows what the checker (src/bin/tiexi-check.rs) made of a data file
    /// the page supplied: `wire` is its answer, `json` the file's text (for
    /// the JSON download). Returns the error messages, each with its JSON
    /// path, for the `tiexi:error` event.
    pub fn use_checked(&self, wire: &[u8], json: &str) -> js_sys::Array {
        self.inputs.raw_json.set(Some(json.into()));
        self.inputs.json_url.set(None);
        self.show_wire(wire)
    }

    /// Shows that the data file could not be fetched or checked; returns
    /// the message.
    pub fn use_data_error(&self, detail: &str) -> js_sys::Array {
        self.show(Delivered { dataset: None, problems: vec![Reported::unreachable(detail)] })
    }

    /// Shows the loading state (while a `src` is fetched).
    pub fn show_loading(&self) {
        self.inputs.data.set(Loaded::Loading);
    }

    /// Sets the language from a loose tag, resolved as the loader resolves
    /// it (loader/contract.json): an unknown tag gives the default language.
    pub fn set_lang(&self, tag: &str) {
        self.inputs.lang.set(Lang::resolve(tag));
    }

    /// Shows one of the contract's views (`both`, `indicators`, `timeline`);
    /// an unknown name shows the default.
    pub fn set_view(&self, view: &str) {
        let view = crate::data::contract::view_named(view);
        let _ = self.container.set_attribute("data-view", view);
        self.inputs.view.set(view);
    }

    /// Sets the resolved theme.
    pub fn set_dark(&self, dark: bool) {
        self.inputs.theme.set(if dark { ThemeMode::Dark } else { ThemeMode::Light });
    }

    /// Reads the canvases' colours and font from the widget's stylesheet
    /// again, and repaints them if they changed. The loader calls it when
    /// the host may have restyled the widget: forced colours switched, a
    /// `style` or `class` changed on the element, `<html>` or `<body>`.
    pub fn refresh_theme(&self) {
        css_theme::refresh(self.inputs, &self.container);
    }

    /// Closes any open hover tooltip (Escape pressed anywhere on the page).
    pub fn dismiss_tooltips(&self) {
        self.selection.dismiss();
    }

    /// Selects a milestone by id (the `selected` attribute or a deep link);
    /// `None` or an unknown id clears the selection. Returns whether found.
    pub fn select(&self, id: Option<String>) -> bool {
        self.inputs.selected_id.set(id.as_deref().map(std::sync::Arc::from));
        let found = match (self.inputs.data.get_untracked(), id) {
            (Loaded::Ready(ds), Some(id)) => ds.milestones.iter().position(|m| m.id == id),
            _ => None,
        };
        self.selection.selected_milestone.set(found);
        found.is_some()
    }

    /// Whether every chart is drawn: no paint of any widget on the page is
    /// still waiting in the queue (the loader shows the widget then).
    pub fn is_painted(&self) -> bool {
        crate::ui::paint_queue::is_idle()
    }

    /// Sets the device pixel ratio (zoom, another monitor).
    pub fn set_dpr(&self, dpr: f64) {
        if dpr > 0.0 && (dpr - self.inputs.dpr.get_untracked()).abs() > 1e-6 {
            self.inputs.dpr.set(dpr);
        }
    }
}
