//! The whole widget: heading, indicator cards, timeline, text equivalent and
//! source line; or the located error when the data cannot be shown.

use super::chart_canvas::use_content_width;
use super::download_menu::DownloadMenu;
use super::error_view::ErrorView;
use super::indicator_card::IndicatorGrid;
use super::paint_queue;
use super::part_tabs::{Part, PartTabList, PartTabs};
use super::state::{Inputs, Loaded, Selection};
use super::text_equivalent::TextEquivalent;
use super::timeline::TimelineView;
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::data::Dataset;
use crate::ui::erased::{flag, maybe_attr, text};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
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
    // Built in paint-queue jobs, a few cards at a time and then the
    // timeline and what follows it, so no build of it is one long task.
    // (The loader shows the widget once all is drawn.)
    let total = ds.indicators.len();
    // How many cards are due: the grid adds them as this counts up.
    let cards_due = RwSignal::new(CARDS_PER_JOB.min(total));
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
    let rest = move || {
        view! {
            <div
                class="tx-part"
                id=PartTabs::panel_id(Part::Timeline)
                role=maybe_attr(tabs.role())
                aria-labelledby=maybe_attr(tabs.labelled_by(Part::Timeline))
                hidden=flag(tabs.hidden(Part::Timeline))
            >
                <TimelineView inputs=inputs selection=selection ds=d4.clone() png_requests=timeline_png />
            </div>
            <TextEquivalent inputs=inputs ds=d5.clone() />
            <DownloadMenu inputs=inputs ds=d6.clone() timeline_png=timeline_png />
            <SourceLine inputs=inputs ds=d6.clone() />
        }
    };
    // The rest appears once and stays: built by hand after the cards'
    // section when its job comes, under this component's owner, and
    // taken down with it. A reactive `Option` would compile its build
    // twice over, and the machinery to switch it, for a view that never
    // switches back.
    let section = NodeRef::<leptos::html::Section>::new();
    let owner = Owner::current();
    build_in_jobs(
        cards_due,
        total,
        Box::new(move || {
            let (Some(owner), Some(section)) = (owner, section.get_untracked()) else { return };
            let Some(parent) = section.parent_element() else { return };
            owner.with(|| {
                let mut built = rest().build();
                built.mount(&parent, section.next_sibling().as_ref());
                let built = SendWrapper::new(built);
                on_cleanup(move || built.take().unmount());
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

/// The source line: the article's title, author and publication.
#[component]
fn SourceLine(inputs: Inputs, ds: Arc<Dataset>) -> impl IntoView {
    let lang = inputs.lang;
    view! {
        <footer class="tx-source" inner_html=text(move || {
            let lang = lang.get();
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
        })></footer>
    }
}
