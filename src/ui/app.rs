//! The whole widget: heading, indicator cards, timeline, text equivalent and
//! source line; or the located error when the data cannot be shown.

use super::chart_canvas::use_content_width;
use super::download_menu;
use super::error_view::ErrorView;
use super::indicator_card::IndicatorGrid;
use super::markup::{bind, Target};
use super::paint_queue;
use super::part_tabs::{Part, PartTabList, PartTabs};
use super::state::{Inputs, Loaded, Selection};
use super::text_equivalent;
use super::timeline::{self, TimelineState};
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::data::Dataset;
use crate::ui::erased::{flag, maybe_attr, text};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::sync::Arc;

/// The root component of one widget instance.
#[component]
pub fn App(inputs: Inputs, selection: Selection) -> impl IntoView {
    // An enum of the three views rather than `into_any`: type-erased views
    // carry more code than the three arms. The loading text is boxed
    // reactive text like the widget's other texts, not a string of its
    // own type (and it follows the language in place).
    move || match inputs.data.get() {
        Loaded::Loading => {
            EitherOf3::A(view! { <p class="tx-loading">{text(move || inputs.ui(UiText::Loading))}</p> })
        }
        Loaded::Failed(problems) => EitherOf3::B(view! { <ErrorView inputs=inputs problems=problems /> }),
        Loaded::Ready(ds) => EitherOf3::C(view! { <Ready inputs=inputs selection=selection ds=ds /> }),
    }
}

#[component]
fn Ready(inputs: Inputs, selection: Selection, ds: Arc<Dataset>) -> impl IntoView {
    let lang = inputs.lang;
    let (d1, d2, d3, d4, d5, d6) = (ds.clone(), ds.clone(), ds.clone(), ds.clone(), ds.clone(), ds.clone());
    // Built over several frames, a few cards at a time and then the
    // timeline and what follows it, so no build and no layout of it is one
    // long task. (The loader shows the widget once all is drawn.)
    let total = ds.indicators.len();
    // How many cards are due: the grid adds them as this counts up.
    let cards_due = RwSignal::new(CARDS_PER_FRAME.min(total));
    // A probe the stylesheet's phone query widens to 1 px: the parts are
    // tabs exactly where the cards go to two columns (part_tabs.rs).
    let probe = NodeRef::<leptos::html::Div>::new();
    // The download control asks the timeline for its PNG by counting up.
    let timeline_png = RwSignal::new(0usize);
    let tabs = PartTabs::new(inputs, selection, use_content_width(probe), move || {
        if let Some(probe) = probe.get_untracked() {
            super::reserved_height::release(&probe);
        }
    });
    // The rest appears once and stays: written as HTML text after the
    // cards' section when its frame comes, wired under this component's
    // owner, and taken down with it. Typed views of it compiled about
    // 11 KB of Wasm (markup.rs); a reactive `Option` would have compiled
    // its build twice over, with the machinery to switch it, for a view
    // that never switches back.
    let section = NodeRef::<leptos::html::Section>::new();
    let owner = Owner::current();
    build_in_frames(
        cards_due,
        total,
        Box::new(move || {
            let (Some(owner), Some(section)) = (owner, section.get_untracked()) else { return };
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
                // The four elements just written.
                let mut written = Vec::new();
                let mut next = section.next_element_sibling();
                while let (Some(el), true) = (next, written.len() < 4) {
                    next = el.next_element_sibling();
                    written.push(el);
                }
                let (Some(panel), Some(parent)) = (written.first(), section.parent_element()) else { return };
                bind(panel, Target::Attr("role"), Box::new(move || tabs.role()().map(str::to_owned)));
                bind(
                    panel,
                    Target::Attr("aria-labelledby"),
                    Box::new(move || tabs.labelled_by(Part::Timeline)().map(str::to_owned)),
                );
                let hidden = tabs.hidden(Part::Timeline);
                bind(panel, Target::Attr("hidden"), Box::new(move || hidden().then(String::new)));
                timeline::wire(state, timeline_png, panel);
                text_equivalent::wire(inputs, d5, &parent);
                download_menu::wire(inputs, d6.clone(), timeline_png, &parent);
                if let Some(footer) = written.last() {
                    bind(footer, Target::Html, Box::new(move || Some(source_line(inputs, &d6))));
                }
                let written = SendWrapper::new(written);
                on_cleanup(move || written.take().iter().for_each(web_sys::Element::remove));
            });
        }),
    );
    view! {
        <div class="tx-narrow-probe" aria-hidden="true" node_ref=probe></div>
        <header class="tx-header" inner_html=text(move || {
            let lang = lang.get();
            format!(
                r#"<h2 class="tx-title"><bdi>{}</bdi></h2><p class="tx-subtitle"><bdi>{}</bdi></p>"#,
                html_escaped(d1.meta.title.get(lang)),
                html_escaped(d2.meta.subtitle.get(lang)),
            )
        })></header>
        <PartTabList inputs=inputs tabs=tabs ds=ds.clone() />
        <section
            node_ref=section
            class="tx-indicators tx-part"
            id=PartTabs::panel_id(Part::Indicators)
            role=maybe_attr(tabs.role())
            aria-labelledby=maybe_attr(move || tabs.labelled_by(Part::Indicators)().or(Some("tx-indicators-h")))
            hidden=flag(tabs.hidden(Part::Indicators))
        >
            <h3 id="tx-indicators-h">{text(move || inputs.ui(UiText::Indicators))}</h3>
            <IndicatorGrid inputs=inputs selection=selection ds=d3 due=cards_due />
        </section>
    }
}

/// Cards added per frame while the widget is built.
const CARDS_PER_FRAME: usize = 5;

/// After each frame: the next cards, and once all `total` are there, the
/// rest (`build_rest`).
fn build_in_frames(cards_due: RwSignal<usize>, total: usize, build_rest: Box<dyn FnOnce()>) {
    paint_queue::schedule_after_frame(move || {
        // Nothing to do if the widget went away meanwhile.
        let Some(due) = cards_due.try_get_untracked() else { return };
        if due < total {
            let _ = cards_due.try_set((due + CARDS_PER_FRAME).min(total));
            build_in_frames(cards_due, total, build_rest);
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
        r#"<span><bdi>{}</bdi>: {cited}<bdi>{}</bdi> <bdi class="tx-source-author">{}</bdi>{publication}</span>"#,
        e(&inputs.ui(UiText::Source)),
        e(&inputs.ui(UiText::Author)),
        e(src.author.get(lang)),
    )
}
