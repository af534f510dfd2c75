//! The view state shared by every part of one widget instance.

use crate::data::locale::UiText;
use crate::data::wire::{Delivered, Reported};
use crate::data::{Dataset, Lang, Severity};
use crate::draw::{Theme, ThemeMode};
use leptos::prelude::*;
use std::sync::Arc;

/// What the host decides, through attributes: all signals, so changing an
/// attribute re-renders in place.
#[derive(Clone, Copy)]
pub struct Inputs {
    /// Reader's language.
    pub lang: RwSignal<Lang>,
    /// `light`, `dark` or `auto` resolved by the browser.
    pub theme: RwSignal<ThemeMode>,
    /// The data, or the problems that stop it from being shown.
    pub data: RwSignal<Loaded>,
    /// Device pixel ratio (changes with zoom and monitor).
    pub dpr: RwSignal<f64>,
    /// The milestone to select first (the `selected` attribute).
    pub selected_id: RwSignal<Option<Arc<str>>>,
    /// The data file as received, for the JSON download.
    pub raw_json: RwSignal<Option<Arc<str>>>,
    /// Where the built-in data file is published, for the JSON download
    /// when there is no `raw_json` (the reader's Wasm holds no JSON copy).
    pub json_url: RwSignal<Option<Arc<str>>>,
    /// Which parts to show (`both`, `indicators`, `timeline`: the `view`
    /// option, loader/contract.json).
    pub view: RwSignal<&'static str>,
    /// The canvases' colours and font as the widget's stylesheet resolves
    /// them (`css_theme::refresh`); read through `palette()`.
    pub css_theme: RwSignal<Theme>,
}

/// The data as the widget holds it.
#[derive(Clone)]
pub enum Loaded {
    /// Waiting for data (a `src` fetch).
    Loading,
    /// Ready to show.
    Ready(Arc<Dataset>),
    /// Not showable: every error, located.
    Failed(Arc<Vec<Reported>>),
}

impl Loaded {
    /// Turns the checker's outcome into what the widget shows.
    pub fn from_delivered(delivered: Delivered) -> Loaded {
        match delivered.dataset {
            Some(ds) => Loaded::Ready(Arc::new(ds)),
            None => Loaded::Failed(Arc::new(
                delivered.problems.into_iter().filter(|p| p.severity == Severity::Error).collect(),
            )),
        }
    }
}

/// What the reader is pointing at and has chosen; shared by the indicator
/// cards and the timeline so each highlights what the other names.
#[derive(Clone, Copy)]
pub struct Selection {
    /// Milestone under the pointer or keyboard focus.
    pub hovered_milestone: RwSignal<Option<usize>>,
    /// Milestone chosen (detail panel open).
    pub selected_milestone: RwSignal<Option<usize>>,
    /// Indicator under the pointer or focus (its tooltip is open).
    pub hovered_indicator: RwSignal<Option<usize>>,
    /// Indicator clicked or tapped (reported as `tiexi:select`).
    pub chosen_indicator: RwSignal<Option<usize>>,
}

impl Selection {
    /// A fresh selection.
    pub fn new() -> Selection {
        Selection {
            hovered_milestone: RwSignal::new(None),
            selected_milestone: RwSignal::new(None),
            hovered_indicator: RwSignal::new(None),
            chosen_indicator: RwSignal::new(None),
        }
    }
}

impl Selection {
    /// Closes every hover tooltip (Escape anywhere, WCAG 1.4.13).
    pub fn dismiss(&self) {
        self.hovered_indicator.set(None);
        self.hovered_milestone.set(None);
    }
}

impl Default for Selection {
    fn default() -> Self {
        Selection::new()
    }
}

impl Inputs {
    /// The theme's colours and font for drawing, as the widget's CSS
    /// shows them (a canvas on a card takes `.on_card()`).
    pub fn palette(&self) -> Theme {
        self.css_theme.get()
    }

    /// A UI string in the reader's language, with the dataset's override.
    pub fn ui(&self, key: UiText) -> String {
        let lang = self.lang.get();
        if let Loaded::Ready(ds) = self.data.get() {
            if let Some((_, _, text)) = ds.meta.ui.iter().find(|(l, k, _)| *l == lang && *k == key) {
                return text.clone();
            }
        }
        key.default_text(lang).to_owned()
    }
}
