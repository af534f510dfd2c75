//! Everything the timeline remembers, built in one place: the signals the
//! reader changes (window, filter, hover, tooltip), the layout computed
//! from them, and the few actions the input handlers share.

use crate::data::locale::UiText;
use crate::data::{Dataset, Precision};
use crate::layout::timeline::{layout_timeline, Hit, TimeAxis, TimelineInput, TimelineLayout};
use crate::ui::canvas_measure::with_measure;
use crate::ui::erased::effect;
use crate::ui::paint_queue;
use crate::ui::state::{Inputs, Selection};
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::HtmlCanvasElement;

/// A computed layout, compared by identity (a new layout is a change),
/// with the data it lays out: the data rides along in the layout's signal
/// rather than in a `RwSignal<Arc<Dataset>>`, a signal type the timeline
/// alone would have (and its reactive machinery with it).
#[derive(Clone)]
pub struct SharedLayout(Arc<TimelineLayout>, Arc<Dataset>);

impl PartialEq for SharedLayout {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedLayout {
    type Target = TimelineLayout;
    fn deref(&self) -> &TimelineLayout {
        &self.0
    }
}

/// A pointer down on the chart: its id and where it is (CSS px).
pub type Pointer = (i32, f64, f64);

/// The whole year, the window before any zoom.
pub const WHOLE_YEAR: (f64, f64) = (0.0, 1.0);

/// The part of the year shown, as fractions: two signals of `f64` (a type
/// the widget has anyway) rather than one of `(f64, f64)`, whose reactive
/// machinery would be compiled for the timeline alone. Read and written as
/// a pair; a change of both ends reruns what follows it once (effects run
/// after the change, not at each set).
#[derive(Clone, Copy)]
pub struct ZoomWindow {
    start: RwSignal<f64>,
    end: RwSignal<f64>,
}

impl ZoomWindow {
    fn new((start, end): (f64, f64)) -> ZoomWindow {
        ZoomWindow { start: RwSignal::new(start), end: RwSignal::new(end) }
    }

    /// The window, followed.
    pub fn get(self) -> (f64, f64) {
        (self.start.get(), self.end.get())
    }

    /// The window, not followed.
    pub fn get_untracked(self) -> (f64, f64) {
        (self.start.get_untracked(), self.end.get_untracked())
    }

    /// Shows `(start, end)`; an end that does not change notifies nothing.
    pub fn set(self, (start, end): (f64, f64)) {
        for (signal, value) in [(self.start, start), (self.end, end)] {
            if signal.get_untracked() != value {
                signal.set(value);
            }
        }
    }
}

/// Whether `category` is switched off in the mask `hidden`.
pub fn is_hidden(hidden: usize, category: usize) -> bool {
    category < usize::BITS as usize && hidden & (1 << category) != 0
}

/// The timeline's state: signals and memos of one timeline, `Copy` so
/// every handler can hold it.
#[derive(Clone, Copy)]
pub struct TimelineState {
    /// What the host decides (language, theme, ratio).
    pub inputs: Inputs,
    /// Hover and selection shared with the indicator cards.
    pub selection: Selection,
    /// The chart's content width, 0 while hidden (followed from `wire`,
    /// once the base canvas is there).
    pub width: RwSignal<f64>,
    /// Categories switched off in the legend: bit `i` for category `i`
    /// (the data has at most 12). A `usize` rather than a list: a signal
    /// type the widget has anyway, where a `Vec` would bring reactive
    /// machinery compiled for the legend alone.
    pub hidden_categories: RwSignal<usize>,
    /// Whether the hovered milestone's (or cluster's) tooltip shows.
    pub tooltip_open: RwSignal<bool>,
    /// What the polite live region reads out.
    pub announcement: RwSignal<Option<Arc<str>>>,
    /// The part of the year shown (fractions); zoom and pan change it.
    pub window: ZoomWindow,
    /// The cluster under the pointer.
    pub hovered_cluster: RwSignal<Option<usize>>,
    /// The layout last computed.
    pub layout: RwSignal<SharedLayout>,
}

impl TimelineState {
    /// Builds the state (its layout is kept up to date by `keep_layout`,
    /// once the canvas it measures text on is there).
    pub fn new(inputs: Inputs, selection: Selection, ds: Arc<Dataset>) -> TimelineState {
        TimelineState {
            inputs,
            selection,
            width: RwSignal::new(0.0),
            hidden_categories: RwSignal::new(0),
            tooltip_open: RwSignal::new(false),
            announcement: RwSignal::new(None),
            window: ZoomWindow::new(WHOLE_YEAR),
            hovered_cluster: RwSignal::new(None),
            layout: RwSignal::new(SharedLayout(Arc::new(TimelineLayout::default()), ds)),
        }
    }

    /// The data shown.
    pub fn ds(&self) -> Arc<Dataset> {
        self.layout.with_untracked(|l| l.1.clone())
    }

    /// The layout at a width, text measured on `base` (estimated without):
    /// what is shown, or (`export`) what would be shown, for a timeline
    /// never laid out because it was hidden.
    pub fn layout_at(
        self,
        base: Option<&HtmlCanvasElement>,
        width: f64,
        window: (f64, f64),
        hidden: usize,
        lang: crate::data::Lang,
        band: &str,
    ) -> TimelineLayout {
        let ds = self.ds();
        let mut visible = Vec::with_capacity(ds.milestones.len());
        for (m, milestone) in ds.milestones.iter().enumerate() {
            if !is_hidden(hidden, milestone.category) {
                visible.push(m);
            }
        }
        let family = self.inputs.palette().font_family;
        with_measure(base, &family, |measure| {
            layout_timeline(&TimelineInput {
                dataset: &ds,
                visible: &visible,
                lang,
                width,
                measure,
                year_band_label: band,
                window,
            })
        })
    }

    /// Keeps the layout up to date, measuring text on `base`. The layout
    /// measures text, the costliest step of a paint: the first
    /// one is worked out in the paint queue (a task of its own), later ones
    /// (zoom, filter, resize) at once; never while the widget is hidden.
    /// Everything else follows the signal it sets.
    pub fn keep_layout(self, base: HtmlCanvasElement) {
        let layout_key = paint_queue::new_key();
        let (inputs, layout) = (self.inputs, self.layout);
        effect(move || {
            let w = self.width.get();
            let hidden = self.hidden_categories.get();
            let (band, lang, window) =
                (inputs.ui(UiText::YearOnlyNote), inputs.lang.get(), self.window.get());
            if w < 1.0 {
                return;
            }
            let first = layout.with_untracked(|l| l.width < 1.0);
            let base = base.clone();
            let compute = move || {
                let computed = self.layout_at(Some(&base), w, window, hidden, lang, &band);
                // Quietly nothing if the widget was removed meanwhile.
                let _ = layout.try_set(SharedLayout(Arc::new(computed), self.ds()));
            };
            paint_queue::queue_or_run(layout_key, first, compute);
        });
    }

    /// The moment of the year under a point of the chart, read through the
    /// axis the layout drew with.
    pub fn fraction_under(&self, x: f64, y: f64) -> f64 {
        self.layout.get_untracked().axis.fraction_under(x, y)
    }

    /// Changes the window through the drawn axis's geometry (the window
    /// signal may be a step ahead of the last layout).
    pub fn reframe(&self, change: impl Fn(TimeAxis) -> TimeAxis) {
        let axis = self.layout.get_untracked().axis;
        self.window.set(change(axis.with_window(self.window.get_untracked())).window);
    }

    /// Zooms by `factor` (< 1 zooms in) around a moment of the year, or
    /// around the window's middle.
    pub fn zoom_by(&self, factor: f64, at: Option<f64>) {
        self.reframe(|a| match at {
            Some(at) => a.zoomed_at(factor, at),
            None => a.zoomed_in_middle(factor),
        });
    }

    /// Whether the window shows part of the year only.
    pub fn is_zoomed(&self) -> bool {
        self.window.get_untracked() != WHOLE_YEAR
    }

    /// Every milestone reachable by keyboard, in reading order.
    pub fn order(&self) -> Vec<usize> {
        self.layout.get_untracked().reading_order().to_vec()
    }

    /// Shows what is under a point: hover, cluster hover and the tooltip.
    pub fn hover_at(&self, x: f64, y: f64) {
        let hit = self.layout.get_untracked().hit_any(x, y);
        let (milestone, cluster) = match hit {
            Some(Hit::Milestone(m)) => (Some(m), None),
            Some(Hit::Cluster(c)) => (None, Some(c)),
            None => (None, None),
        };
        if self.selection.hovered_milestone.get_untracked() != milestone {
            self.selection.hovered_milestone.set(milestone);
        }
        if self.hovered_cluster.get_untracked() != cluster {
            self.hovered_cluster.set(cluster);
        }
        self.tooltip_open.set(hit.is_some());
    }

    /// Moves the keyboard focus to a milestone: in view (panning the window
    /// over it if needed), hovered, its tooltip open and its title announced.
    pub fn move_to(&self, m: usize) {
        let ds = self.ds();
        let date = ds.milestones[m].date;
        if date.precision() != Precision::Year {
            let days = f64::from(crate::data::date::days_in_year(date.year()));
            let (a, b) = date.day_span();
            let (fa, fb) = (f64::from(a) / days, f64::from(b + 1) / days);
            let (w0, w1) = self.window.get_untracked();
            if fb <= w0 || fa >= w1 {
                self.reframe(|axis| axis.centred_on((fa + fb) / 2.0));
            }
        }
        self.hovered_cluster.set(None);
        self.selection.hovered_milestone.set(Some(m));
        self.tooltip_open.set(true);
        self.announcement.set(Some(Arc::from(ds.milestones[m].title.get(self.inputs.lang.get_untracked()))));
    }

    /// Hides the hover and its tooltip (the pointer left).
    pub fn leave(&self) {
        self.selection.hovered_milestone.set(None);
        self.hovered_cluster.set(None);
        self.tooltip_open.set(false);
    }
}
