//! The whole widget: heading, indicator cards, timeline, text equivalent and
//! source line; or the located error when the data cannot be shown.

use super::chart_canvas::use_content_width;
use super::markup::{append, bind, find, Target};
use super::part_tabs::{self, Part, PartTabs};
use super::state::{Inputs, Loaded, Selection};
use super::text_equivalent;
use super::timeline::{self, TimelineState};
use super::{download_menu, error_view, indicator_card, paint_queue};
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::data::Dataset;
use crate::ui::erased::effect;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::sync::Arc;
use web_sys::Element;

/// Shows the widget in `root` (its `.tx-root`): the loading text, the
/// located errors or the data, written again whenever the data changes.
///
/// Written by hand as HTML text (data text escaped) and kept up to date
/// by bindings (markup.rs) rather than typed views: Leptos compiled the
/// building of every element and attribute of each view, about 11 KB of
/// Wasm for the part after the cards alone. The widget's one kind of
/// effect (a render effect, written at once, is machinery of its own): the
/// first view is written as soon as the code that mounted the widget is
/// done, before anything is drawn.
pub fn show(root: Element, inputs: Inputs, selection: Selection) {
    effect(move || {
        let data = inputs.data.get();
        untrack(|| {
            // What a view wrote goes before the next is written, and when
            // the widget is removed: this run's owner ends with it.
            let written = SendWrapper::new(root.clone());
            on_cleanup(move || written.set_text_content(None));
            match data {
                Loaded::Loading => {
                    if let Some(p) = append(&root, r#"<p class="tx-loading"></p>"#) {
                        bind(&p, Target::Text, Box::new(move || Some(inputs.ui(UiText::Loading))));
                    }
                }
                Loaded::Failed(problems) => error_view::show(inputs, problems, &root),
                Loaded::Ready(ds) => ready(inputs, selection, ds, &root),
            }
        });
    });
}

/// The data shown: heading, cards, then (a few tasks later) the timeline,
/// text equivalent, downloads and source line.
fn ready(inputs: Inputs, selection: Selection, ds: Arc<Dataset>, root: &Element) {
    let lang = inputs.lang;
    let (d1, d4, d5, d6) = (ds.clone(), ds.clone(), ds.clone(), ds.clone());
    // Built in paint-queue jobs, a few cards at a time and then the
    // timeline and what follows it, so no build of it is one long task.
    // (The loader shows the widget once all is drawn.)
    let total = ds.indicators.len();
    // How many cards are due: the grid adds them as this counts up.
    let cards_due = RwSignal::new(CARDS_PER_JOB.min(total));
    let _ = root.insert_adjacent_html(
        "beforeend",
        &format!(
            r#"<div class="tx-narrow-probe" aria-hidden="true"></div><header class="tx-header"></header><section class="tx-indicators tx-part" id="{}"><h3 id="tx-indicators-h"></h3><div class="tx-grid"></div></section>"#,
            PartTabs::panel_id(Part::Indicators)
        ),
    );
    let (Some(header), Some(section)) = (find(root, ".tx-header"), find(root, ".tx-indicators")) else {
        return;
    };
    // A probe the stylesheet's phone query widens to 1 px: the parts are
    // tabs exactly where the cards go to two columns (part_tabs.rs).
    let Some(probe) = find(root, ".tx-narrow-probe") else { return };
    // The download control asks the timeline for its PNG by counting up.
    let timeline_png = RwSignal::new(0usize);
    let tabs = PartTabs::new(inputs, selection, use_content_width(&probe), move || {
        super::reserved_height::release(&probe);
    });
    bind(
        &header,
        Target::Html,
        Box::new(move || {
            let lang = lang.get();
            Some(format!(
                r#"<h2 class="tx-title"><bdi>{}</bdi></h2><p class="tx-subtitle"><bdi>{}</bdi></p>"#,
                html_escaped(d1.meta.title.get(lang)),
                html_escaped(d1.meta.subtitle.get(lang)),
            ))
        }),
    );
    part_tabs::tab_list(inputs, tabs, ds.clone(), header);
    tabs.bind_panel(&section, Part::Indicators, Some("tx-indicators-h"));
    if let Some(h) = find(&section, "#tx-indicators-h") {
        bind(&h, Target::Text, Box::new(move || Some(inputs.ui(UiText::Indicators))));
    }
    indicator_card::grid(inputs, selection, ds, cards_due, &section);
    // The rest appears once and stays: written after the cards' section
    // when its job comes, under this view's owner, and taken down with
    // it.
    let owner = Owner::current();
    build_in_jobs(
        cards_due,
        total,
        Box::new(move || {
            let (Some(owner), Some(parent)) = (owner, section.parent_element()) else { return };
            owner.with(|| {
                let state = TimelineState::new(inputs, selection, d4);
                let html = untrack(|| {
                    format!(
                        r#"<div class="tx-part" id="{}">{}</div>{}{}<footer class="tx-source"></footer>"#,
                        PartTabs::panel_id(Part::Timeline),
                        timeline::markup(state),
                        text_equivalent::MARKUP,
                        download_menu::MARKUP,
                    )
                });
                let _ = section.insert_adjacent_html("afterend", &html);
                let Some(panel) = section.next_element_sibling() else { return };
                tabs.bind_panel(&panel, Part::Timeline, None);
                timeline::wire(state, timeline_png, &panel);
                text_equivalent::wire(inputs, d5, &parent);
                download_menu::wire(inputs, d6.clone(), timeline_png, &parent);
                if let Some(footer) = find(&parent, ".tx-source") {
                    bind(&footer, Target::Html, Box::new(move || Some(source_line(inputs, &d6))));
                }
            });
        }),
    );
}

/// Cards added per paint-queue job while the widget is built.
const CARDS_PER_JOB: usize = 5;

/// The next cards, one job at a time, and once all `total` are there, the
/// rest (`build_rest`). Tasks, not frames: a frame per step cost the reader
/// about five frames before the widget showed; a task per step costs next
/// to nothing, and a long dataset is still many short tasks.
fn build_in_jobs(cards_due: RwSignal<usize>, total: usize, build_rest: Box<dyn FnOnce()>) {
    paint_queue::schedule(paint_queue::new_key(), move || {
        // Nothing to do if the widget went away meanwhile.
        let Some(due) = cards_due.try_get_untracked() else { return };
        if due < total {
            let _ = cards_due.try_set((due + CARDS_PER_JOB).min(total));
            // The grid builds the cards in its effect, which runs in this
            // task's microtasks once the job has returned: the queue's
            // clock would not see that work and would run every step in
            // one task. The next step comes in a task of its own.
            paint_queue::end_task();
            build_in_jobs(cards_due, total, build_rest);
        } else {
            build_rest();
        }
    });
}

/// The source line, as escaped HTML text: the article's title, author
/// and publication.
fn source_line(inputs: Inputs, ds: &Dataset) -> String {
    let lang = inputs.lang.get();
    let src = &ds.meta.source;
    let e = html_escaped;
    // Every piece of data text sits in its own <bdi>: a right-to-left
    // override in the article's title must not turn the author and
    // publication after it around. Escaped HTML text: one string,
    // not a view per piece.
    let link = |text: &str, url: &str| {
        format!(r#"<a href="{}" target="_blank" rel="noopener noreferrer">{}</a>"#, e(url), e(text))
    };
    let cited = match (src.title.as_ref().map(|t| t.get(lang)), src.url.as_deref()) {
        (Some(t), Some(u)) => format!(
            r#"{}<bdi class="tx-source-title">{}</bdi>{} · "#,
            e(&inputs.ui(UiText::QuoteOpen)),
            link(t, u),
            e(&inputs.ui(UiText::QuoteClose))
        ),
        (Some(t), None) => format!(
            r#"{}<bdi class="tx-source-title">{}</bdi>{} · "#,
            e(&inputs.ui(UiText::QuoteOpen)),
            e(t),
            e(&inputs.ui(UiText::QuoteClose))
        ),
        (None, Some(u)) => format!(r#"<bdi class="tx-source-title">{}</bdi> · "#, link(u, u)),
        (None, None) => String::new(),
    };
    let publication = src
        .publication
        .as_ref()
        .map(|p| format!(r#" · <bdi class="tx-source-publication">{}</bdi>"#, e(p.get(lang))))
        .unwrap_or_default();
    format!(
        r#"<span><bdi>{}</bdi>{}{cited}<bdi>{}</bdi> <bdi class="tx-source-author">{}</bdi>{publication}</span>"#,
        e(&inputs.ui(UiText::Source)),
        // Chinese ends a label with the full-width colon and no space.
        if lang.is_cjk() { "：" } else { ": " },
        e(&inputs.ui(UiText::Author)),
        e(src.author.get(lang)),
    )
}
