//! The 2025 timeline: a base canvas with every mark (redrawn only when the
//! layout or theme changes) under an overlay canvas for hover and selection,
//! one Tab stop with arrow/Home/End/Enter/Escape keys, a category legend
//! that filters, a live region and a detail panel.

use super::canvas_measure::with_measure;
use super::chart_canvas::{paint_canvas, use_content_width};
use super::download::save_png;
use super::paint_queue;
use super::source_list::source_items;
use super::state::{Inputs, Selection};
use crate::data::date::days_in_year;
use crate::data::format::{format_date, indicator_value};
use crate::data::Dataset;
use crate::draw::Theme;
use crate::layout::timeline::{
    layout_timeline, milestone_marks, Hit, Place, TimeAxis, TimelineInput, TimelineLayout,
};
use crate::layout::{Mark, Paint};
use leptos::html::Canvas;
use leptos::prelude::*;
use std::sync::Arc;

fn marks_of(ds: &Dataset, layout: &TimelineLayout, item: usize, emphasis: bool) -> Vec<Mark> {
    let p = &layout.items[item];
    let cat = ds.milestones[p.index].category;
    milestone_marks(p, Paint::Category(ds.categories[cat].color), cat, emphasis)
}

/// A computed layout, compared by identity: a new layout is a change.
#[derive(Clone)]
struct SharedLayout(Arc<TimelineLayout>);

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

/// The timeline section.
#[component]
pub fn TimelineView(inputs: Inputs, selection: Selection, ds: Arc<Dataset>) -> impl IntoView {
    let base = NodeRef::<Canvas>::new();
    let overlay = NodeRef::<Canvas>::new();
    let width = use_content_width(base);
    let lang = inputs.lang;
    let hidden_categories = RwSignal::new(Vec::<usize>::new());
    let tooltip_open = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());
    // The part of the year shown (fractions); zoom and pan change it.
    let window = RwSignal::new((0.0f64, 1.0f64));
    let hovered_cluster = RwSignal::new(None::<usize>);
    // Pointers down on the chart, for drag-to-pan and pinch-to-zoom.
    let pointers = StoredValue::new(Vec::<(i32, f64, f64)>::new());

    // The layout measures text, the costliest step of a paint: the first
    // one is worked out in the paint queue (a task of its own), later ones
    // (zoom, filter, resize) at once; never while the widget is hidden.
    // Everything else follows the signal it sets.
    let layout = RwSignal::new(SharedLayout(Arc::new(TimelineLayout::default())));
    let ds_layout = ds.clone();
    let layout_key = paint_queue::new_key();
    Effect::new(move |_| {
        let w = width.get();
        let hidden = hidden_categories.get();
        let (band, lang, window) = (inputs.ui("year_only_note"), lang.get(), window.get());
        if w < 1.0 {
            return;
        }
        let family = Theme::new(inputs.theme.get_untracked()).font_family;
        let canvas = base.get_untracked();
        let ds = ds_layout.clone();
        let first = layout.with_untracked(|l| l.width < 1.0);
        let compute = move || {
            let visible: Vec<usize> =
                (0..ds.milestones.len()).filter(|&m| !hidden.contains(&ds.milestones[m].category)).collect();
            let computed = with_measure(canvas.as_ref(), &family, |measure| {
                layout_timeline(&TimelineInput {
                    dataset: &ds,
                    visible: &visible,
                    lang,
                    width: w,
                    measure,
                    year_band_label: &band,
                    window,
                })
            });
            // Quietly nothing if the widget was removed meanwhile.
            let _ = layout.try_set(SharedLayout(Arc::new(computed)));
        };
        paint_queue::queue_or_run(layout_key, first, compute);
    });

    // Base layer: repainted on layout, theme or ratio changes only.
    let ds_base = ds.clone();
    let base_key = paint_queue::new_key();
    let base_painted = StoredValue::new(false);
    Effect::new(move |_| {
        let (l, dpr, theme) = (layout.get(), inputs.dpr.get(), inputs.palette());
        let Some(el) = base.get() else { return };
        if l.width < 1.0 {
            return;
        }
        let (ds, over) = (ds_base.clone(), overlay.get_untracked());
        let paint = move || {
            let mut marks = l.static_marks.clone();
            for i in 0..l.items.len() {
                marks.extend(marks_of(&ds, &l, i, false));
            }
            // Both layers take the layout's height here, once per layout,
            // not on every hover.
            for canvas in [Some(el.clone()), over].into_iter().flatten() {
                let _ =
                    web_sys::HtmlElement::style(&canvas).set_property("height", &format!("{}px", l.height));
            }
            paint_canvas(&el, l.width, l.height, dpr, &marks, &theme);
            let _ = base_painted.try_set_value(true);
        };
        // Queued while the widget is built; at once afterwards, so the base
        // never lags the overlay drawn over it.
        paint_queue::queue_or_run(base_key, !base_painted.get_value(), paint);
    });

    // Overlay: only the hovered, selected and linked marks, so a pointer move
    // repaints a few marks, not the chart.
    let ds_over = ds.clone();
    Effect::new(move |_| {
        let (l, dpr, theme) = (layout.get(), inputs.dpr.get(), inputs.palette());
        let Some(el) = overlay.get() else { return };
        if l.width < 1.0 {
            return;
        }
        let mut focus: Vec<usize> = [selection.hovered_milestone.get(), selection.selected_milestone.get()]
            .into_iter()
            .flatten()
            .collect();
        if let Some(i) = selection.hovered_indicator.get() {
            focus.extend(ds_over.indicators.get(i).map(|ind| ind.milestones.clone()).unwrap_or_default());
        }
        // Look up only the focused milestones: the cost of a hover does not
        // grow with the number of milestones.
        let mut items = Vec::new();
        let mut clusters: Vec<usize> = hovered_cluster.get().into_iter().collect();
        for m in focus {
            match l.place_of(m) {
                Some(Place::Item(i)) if !items.contains(&i) => items.push(i),
                Some(Place::Cluster(c)) if !clusters.contains(&c) => clusters.push(c),
                _ => {}
            }
        }
        let mut marks: Vec<Mark> = items.into_iter().flat_map(|i| marks_of(&ds_over, &l, i, true)).collect();
        for c in clusters {
            if let Some(cluster) = l.clusters.get(c) {
                marks.push(Mark::Frame { rect: cluster.rect.inflate(2.0), paint: Paint::Focus, width: 2.0 });
            }
        }
        paint_canvas(&el, l.width, l.height, dpr, &marks, &theme);
    });

    let hover_at = move |x: f64, y: f64| {
        let hit = layout.get_untracked().hit_any(x, y);
        let (milestone, cluster) = match hit {
            Some(Hit::Milestone(m)) => (Some(m), None),
            Some(Hit::Cluster(c)) => (None, Some(c)),
            None => (None, None),
        };
        if selection.hovered_milestone.get_untracked() != milestone {
            selection.hovered_milestone.set(milestone);
        }
        if hovered_cluster.get_untracked() != cluster {
            hovered_cluster.set(cluster);
        }
        tooltip_open.set(hit.is_some());
    };
    // The moment of the year under a point of the chart, read through the
    // axis the layout drew with.
    let axis_fraction = move |x: f64, y: f64| layout.get_untracked().axis.fraction_under(x, y);
    // The window changed through the drawn axis's geometry: the window
    // signal may be a step ahead of the last layout.
    let reframe = move |change: &dyn Fn(TimeAxis) -> TimeAxis| {
        let axis = layout.get_untracked().axis;
        window.update(|w| *w = change(axis.with_window(*w)).window);
    };
    // Zoom around a moment (fraction of the year), or the window's middle.
    let zoom_by = move |factor: f64, at: Option<f64>| {
        reframe(&|a: TimeAxis| match at {
            Some(at) => a.zoomed_at(factor, at),
            None => a.zoomed_in_middle(factor),
        })
    };
    let order = move || layout.get_untracked().reading_order().to_vec();
    let ds_keys = ds.clone();
    let move_to = move |m: usize| {
        // Keep the milestone in view: pan the window over it if needed.
        let date = ds_keys.milestones[m].date;
        if date.precision() != crate::data::Precision::Year {
            let days = f64::from(days_in_year(date.year()));
            let (a, b) = date.day_span();
            let (fa, fb) = (f64::from(a) / days, f64::from(b + 1) / days);
            let (w0, w1) = window.get_untracked();
            if fb <= w0 || fa >= w1 {
                reframe(&|a: TimeAxis| a.centred_on((fa + fb) / 2.0));
            }
        }
        hovered_cluster.set(None);
        selection.hovered_milestone.set(Some(m));
        tooltip_open.set(true);
        announcement.set(ds_keys.milestones[m].title.get(lang.get_untracked()).to_owned());
    };
    let move_to_key = move_to.clone();
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let items = order();
        if items.is_empty() {
            return;
        }
        let current =
            selection.hovered_milestone.get_untracked().or(selection.selected_milestone.get_untracked());
        let pos = current.and_then(|c| items.iter().position(|&m| m == c));
        let key = ev.key();
        // Zoom and pan keys: + and - zoom around the current milestone, 0
        // resets, Shift+arrows pan.
        let here = current
            .and_then(|c| layout.get_untracked().anchor_of(c))
            .map(|r| axis_fraction(r.x + r.w / 2.0, r.y + r.h / 2.0));
        match key.as_str() {
            "+" | "=" => {
                zoom_by(0.5, here);
                ev.prevent_default();
                return;
            }
            "-" | "_" => {
                zoom_by(2.0, here);
                ev.prevent_default();
                return;
            }
            "0" => {
                window.set((0.0, 1.0));
                ev.prevent_default();
                return;
            }
            "ArrowRight" | "ArrowLeft" | "ArrowUp" | "ArrowDown" if ev.shift_key() => {
                let forward = key == "ArrowRight" || key == "ArrowDown";
                reframe(&|a: TimeAxis| a.shifted(if forward { 0.25 } else { -0.25 }));
                ev.prevent_default();
                return;
            }
            _ => {}
        }
        let next = match key.as_str() {
            "ArrowRight" | "ArrowDown" => Some(pos.map_or(0, |p| (p + 1).min(items.len() - 1))),
            "ArrowLeft" | "ArrowUp" => Some(pos.map_or(0, |p| p.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(items.len() - 1),
            "Enter" | " " => {
                if let Some(c) = current {
                    selection.selected_milestone.set(Some(c));
                }
                ev.prevent_default();
                None
            }
            "Escape" => {
                if tooltip_open.get_untracked() {
                    tooltip_open.set(false);
                } else {
                    selection.selected_milestone.set(None);
                }
                None
            }
            _ => return,
        };
        if let Some(n) = next {
            ev.prevent_default();
            move_to_key(items[n]);
        }
    };

    let ds_tip = ds.clone();
    let cluster_tip = move || {
        let c = hovered_cluster.get()?;
        if !tooltip_open.get() {
            return None;
        }
        let l = layout.get();
        let cluster = l.clusters.get(c)?;
        let left = cluster.rect.x.clamp(0.0, (l.width - 220.0).max(0.0));
        let top = cluster.rect.bottom() + 6.0;
        let text = format!("+{} · {}", cluster.members.len(), inputs.ui("zoom_in"));
        Some(view! {
            <div class="tx-tooltip tx-open tx-timeline-tip" role="tooltip" style:left=format!("{left}px") style:top=format!("{top}px")>
                <p class="tx-tip-value">{text}</p>
            </div>
        })
    };
    let tooltip = move || {
        let m = selection.hovered_milestone.get()?;
        if !tooltip_open.get() {
            return None;
        }
        let l = layout.get();
        let anchor = l.anchor_of(m)?;
        let ms = &ds_tip.milestones[m];
        let lang = lang.get();
        let left = anchor.x.clamp(0.0, (l.width - 220.0).max(0.0));
        let top = anchor.bottom() + 6.0;
        Some(view! {
            <div class="tx-tooltip tx-open tx-timeline-tip" role="tooltip" style:left=format!("{left}px") style:top=format!("{top}px")>
                <p class="tx-tip-value"><bdi>{ms.title.get(lang).to_owned()}</bdi></p>
                <p class="tx-tip-date">{format_date(ms.date, lang)}</p>
                <p class="tx-tip-desc"><bdi>{ds_tip.categories[ms.category].name.get(lang).to_owned()}</bdi></p>
            </div>
        })
    };

    let ds_panel = ds.clone();
    let panel = move || {
        let m = selection.selected_milestone.get()?;
        let ms = ds_panel.milestones.get(m)?.clone();
        let lang = lang.get();
        let related: Vec<(String, String)> = ms
            .indicators
            .iter()
            .map(|&i| {
                let ind = &ds_panel.indicators[i];
                (indicator_value(ind, lang), ind.label.get(lang).to_owned())
            })
            .collect();
        let sources = source_items(inputs, &ms.source, lang);
        Some(view! {
            <section class="tx-detail" aria-live="polite" data-milestone=ms.id.clone()>
                <h4><bdi>{ms.title.get(lang).to_owned()}</bdi></h4>
                <p class="tx-detail-meta">{format_date(ms.date, lang)} " · " <bdi>{ds_panel.categories[ms.category].name.get(lang).to_owned()}</bdi></p>
                <p><bdi>{ms.description.get(lang).to_owned()}</bdi></p>
                <p class="tx-detail-sub">{inputs.ui("source")}</p>
                <ul>{sources}</ul>
                {(!related.is_empty()).then(|| view! {
                    <p class="tx-detail-sub">{inputs.ui("related")}</p>
                    <ul>{related.into_iter().map(|(value, label)| view! { <li><bdi>{value}</bdi> " " <bdi>{label}</bdi></li> }).collect_view()}</ul>
                })}
                <button type="button" class="tx-button" on:click=move |_| selection.selected_milestone.set(None)>{inputs.ui("close")}</button>
            </section>
        })
    };

    let ds_legend = ds.clone();
    let ds_png = ds.clone();
    let legend = move || {
        let lang = lang.get();
        ds_legend.categories.iter().enumerate().map(|(i, c)| {
            let pressed = move || !hidden_categories.get().contains(&i);
            view! {
                <button type="button" class="tx-legend-item" data-category=c.color.name() aria-pressed=move || pressed().to_string()
                    on:click=move |_| hidden_categories.update(|h| if let Some(p) = h.iter().position(|&x| x == i) { h.remove(p); } else { h.push(i); })>
                    <span class="tx-swatch" data-shape=(i % 4).to_string() aria-hidden="true"></span>
                    <bdi>{c.name.get(lang).to_owned()}</bdi>
                </button>
            }
        }).collect_view()
    };

    // A name, not the content: the list of every milestone (625 KB at
    // 20,000) belongs to the text equivalent, which is read on request.
    let count = ds.milestones.len();
    let chart_label = move || timeline_name(&inputs.ui("timeline"), &inputs.ui("timeline_summary"), count);

    view! {
        <section class="tx-timeline" aria-labelledby="tx-timeline-h">
            <h3 id="tx-timeline-h">{move || inputs.ui("timeline")}</h3>
            <div class="tx-legend" role="group" aria-label=move || inputs.ui("category")>{legend}</div>
            <div
                class="tx-timeline-chart"
                tabindex="0"
                data-window=move || { let (a, b) = window.get(); format!("{a:.4}-{b:.4}") }
                role="group"
                aria-roledescription="timeline"
                aria-label=move || inputs.ui("timeline")
                on:keydown=on_key
                on:blur=move |_| tooltip_open.set(false)
            >
                <canvas node_ref=base class="tx-timeline-base" role="img" aria-label=chart_label></canvas>
                <canvas
                    node_ref=overlay
                    class="tx-timeline-overlay"
                    aria-hidden="true"
                    on:pointermove=move |ev: web_sys::PointerEvent| {
                        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
                        let mut gesture = None;
                        pointers.update_value(|ps| {
                            if let Some(i) = ps.iter().position(|p| p.0 == ev.pointer_id()) {
                                let before = ps.clone();
                                ps[i].1 = x;
                                ps[i].2 = y;
                                gesture = Some((before, ps.clone()));
                            }
                        });
                        match gesture {
                            // Two fingers: zoom by the change of their distance.
                            Some((before, after)) if after.len() == 2 => {
                                let dist = |v: &Vec<(i32, f64, f64)>| ((v[0].1 - v[1].1).powi(2) + (v[0].2 - v[1].2).powi(2)).sqrt().max(1.0);
                                let (mx, my) = ((after[0].1 + after[1].1) / 2.0, (after[0].2 + after[1].2) / 2.0);
                                zoom_by(dist(&before) / dist(&after), Some(axis_fraction(mx, my)));
                            }
                            // One pointer dragging while zoomed in: pan.
                            Some((before, after)) if after.len() == 1 && window.get_untracked() != (0.0, 1.0) => {
                                let axis = layout.get_untracked().axis;
                                let delta = axis.along(after[0].1, after[0].2) - axis.along(before[0].1, before[0].2);
                                if delta.abs() > 0.0 {
                                    reframe(&|a: TimeAxis| a.panned(delta));
                                }
                            }
                            _ => hover_at(x, y),
                        }
                    }
                    on:pointerdown=move |ev: web_sys::PointerEvent| {
                        pointers.update_value(|ps| ps.push((ev.pointer_id(), f64::from(ev.offset_x()), f64::from(ev.offset_y()))));
                    }
                    on:pointerup=move |ev: web_sys::PointerEvent| pointers.update_value(|ps| ps.retain(|p| p.0 != ev.pointer_id()))
                    on:pointercancel=move |ev: web_sys::PointerEvent| pointers.update_value(|ps| ps.retain(|p| p.0 != ev.pointer_id()))
                    on:pointerleave=move |ev: web_sys::PointerEvent| {
                        pointers.update_value(|ps| ps.retain(|p| p.0 != ev.pointer_id()));
                        selection.hovered_milestone.set(None);
                        hovered_cluster.set(None);
                        tooltip_open.set(false);
                    }
                    on:wheel=move |ev: web_sys::WheelEvent| {
                        // Ctrl+wheel (and trackpad pinch, which browsers send
                        // as it) zooms; a sideways wheel pans. A plain wheel
                        // scrolls the page, as readers expect.
                        if ev.ctrl_key() {
                            ev.prevent_default();
                            let at = axis_fraction(f64::from(ev.offset_x()), f64::from(ev.offset_y()));
                            zoom_by((ev.delta_y() / 300.0).exp(), Some(at));
                        } else if ev.delta_x().abs() > ev.delta_y().abs() && window.get_untracked() != (0.0, 1.0) {
                            ev.prevent_default();
                            reframe(&|a: TimeAxis| a.shifted(ev.delta_x() / 600.0));
                        }
                    }
                    on:click=move |ev: web_sys::MouseEvent| {
                        let l = layout.get_untracked();
                        match l.hit_any(f64::from(ev.offset_x()), f64::from(ev.offset_y())) {
                            Some(Hit::Milestone(m)) => {
                                selection.selected_milestone.set(Some(m));
                                move_to(m);
                            }
                            // A cluster opens up: zoom to the days it covers.
                            Some(Hit::Cluster(c)) => {
                                if let Some(cluster) = l.clusters.get(c) {
                                    let (a, b) = cluster.span;
                                    let pad = (b - a) * 0.1;
                                    window.set(TimeAxis::clamp_window((a - pad, b + pad)));
                                }
                            }
                            None => selection.selected_milestone.set(None),
                        }
                    }
                ></canvas>
                {tooltip}
                {cluster_tip}
            </div>
            <div class="tx-zoom" role="group" aria-label=move || inputs.ui("zoom")>
                <button type="button" class="tx-button" aria-label=move || inputs.ui("zoom_in") on:click=move |_| zoom_by(0.5, None)>"+"</button>
                <button type="button" class="tx-button" aria-label=move || inputs.ui("zoom_out") on:click=move |_| zoom_by(2.0, None)>"−"</button>
                <button type="button" class="tx-button" aria-label=move || inputs.ui("pan_back")
                    disabled=move || { window.get().0 <= 0.0 }
                    on:click=move |_| reframe(&|a: TimeAxis| a.shifted(-0.5))>"‹"</button>
                <button type="button" class="tx-button" aria-label=move || inputs.ui("pan_forward")
                    disabled=move || { window.get().1 >= 1.0 }
                    on:click=move |_| reframe(&|a: TimeAxis| a.shifted(0.5))>"›"</button>
                <button type="button" class="tx-button" data-download="png" aria-label=move || format!("PNG, {}: {}", inputs.ui("download_png"), inputs.ui("timeline"))
                    on:click=move |_| {
                        let l = layout.get_untracked();
                        let mut marks = l.static_marks.clone();
                        for i in 0..l.items.len() {
                            marks.extend(marks_of(&ds_png, &l, i, false));
                        }
                        if let Some(parent) = base.get_untracked().and_then(|c| c.parent_node()) {
                            save_png(&parent, "tiexi-timeline.png", l.width, l.height, &marks, &inputs.palette());
                        }
                    }>"PNG"</button>
                <button type="button" class="tx-button" aria-label=move || inputs.ui("zoom_reset")
                    disabled=move || { window.get() == (0.0, 1.0) }
                    on:click=move |_| window.set((0.0, 1.0))>{move || inputs.ui("zoom_reset")}</button>
            </div>
            <p class="tx-sr-only" aria-live="polite">{move || announcement.get()}</p>
            {panel}
        </section>
    }
}

/// The timeline canvas's accessible name: its heading and how many
/// milestones it holds, with where to read them ("{n}" in the summary
/// stands for the count).
pub fn timeline_name(heading: &str, summary: &str, count: usize) -> String {
    format!("{heading}: {}", summary.replace("{n}", &count.to_string()))
}
