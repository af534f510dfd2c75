//! On a narrow widget (a phone) the two parts, key figures and milestones,
//! become two tabs at the top, so the timeline is one tap from the top
//! instead of ten cards down. A real tab pattern (WAI-ARIA APG, automatic
//! activation): one Tab stop, arrow keys, Home and End move between the
//! tabs. Wider widgets show both parts one after the other, with no tabs and
//! no tab roles.

use super::state::{Inputs, Selection};
use crate::data::locale::UiText;
use leptos::prelude::*;

/// One of the widget's two parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The key figures (indicator cards).
    Indicators,
    /// The 2025 milestones (timeline).
    Timeline,
}

impl Part {
    const BOTH: [Part; 2] = [Part::Indicators, Part::Timeline];

    fn tab_id(self) -> &'static str {
        match self {
            Part::Indicators => "tx-tab-indicators",
            Part::Timeline => "tx-tab-timeline",
        }
    }

    fn panel_id(self) -> &'static str {
        match self {
            Part::Indicators => "tx-panel-indicators",
            Part::Timeline => "tx-panel-timeline",
        }
    }

    fn name(self) -> UiText {
        match self {
            Part::Indicators => UiText::Indicators,
            Part::Timeline => UiText::Timeline,
        }
    }
}

/// Whether the parts are tabs now, and which one is shown.
#[derive(Clone, Copy)]
pub struct PartTabs {
    /// The widget is narrow and shows both parts (`view` is `both`).
    pub tabbed: Memo<bool>,
    /// The part shown while tabbed.
    pub active: RwSignal<Part>,
}

impl PartTabs {
    /// Tabs while `narrow` (style/widget.css's phone query, read through a
    /// probe element so the stylesheet alone decides the width). A
    /// milestone selected while tabbed (the `selected` option, a deep link)
    /// brings the milestones forward, where it can be seen. The first
    /// change of tab gives up the height reserved for the widget before it
    /// loaded (`release`): it was measured with the key figures shown.
    pub fn new(
        inputs: Inputs,
        selection: Selection,
        narrow: Signal<bool>,
        release: impl Fn() + 'static,
    ) -> PartTabs {
        let tabbed = Memo::new(move |_| narrow.get() && inputs.view.get() == crate::data::contract::VIEWS[0]);
        let active = RwSignal::new(Part::Indicators);
        // (tabbed, selected, ever tabbed) as last seen: a switch needs a
        // selection that is new, or one made before the widget first
        // became tabbed (a deep link read before the width was known).
        Effect::new(move |seen: Option<(bool, Option<usize>, bool)>| {
            let (tabbed_now, selected) = (tabbed.get(), selection.selected_milestone.get());
            let (_, was_selected, ever_tabbed) = seen.unwrap_or((false, None, false));
            let first_tabbed = tabbed_now && !ever_tabbed;
            if tabbed_now && selected.is_some() && (selected != was_selected || first_tabbed) {
                active.set(Part::Timeline);
            }
            (tabbed_now, selected, ever_tabbed || tabbed_now)
        });
        Effect::new(move |first: Option<()>| {
            active.track();
            if first.is_some() {
                release();
            }
        });
        PartTabs { tabbed, active }
    }

    /// Whether `part` is out of sight behind the other tab.
    pub fn hidden(self, part: Part) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
        move || self.tabbed.get() && self.active.get() != part
    }

    /// The panel's role while tabbed, none otherwise.
    pub fn role(self) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
        move || self.tabbed.get().then_some("tabpanel")
    }

    /// The id of the tab that labels `part`'s panel, while tabbed.
    pub fn labelled_by(self, part: Part) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
        move || self.tabbed.get().then_some(part.tab_id())
    }

    /// The panel id of `part`.
    pub fn panel_id(part: Part) -> &'static str {
        part.panel_id()
    }
}

/// The tab list, shown only while the parts are tabs.
#[component]
pub fn PartTabList(inputs: Inputs, tabs: PartTabs, title: Signal<String>) -> impl IntoView {
    let list = NodeRef::<leptos::html::Div>::new();
    let choose = move |part: Part, focus: bool| {
        tabs.active.set(part);
        if focus {
            let tab = list
                .get_untracked()
                .and_then(|l| l.query_selector(&format!("#{}", part.tab_id())).ok().flatten());
            if let Some(tab) =
                tab.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
            {
                let _ = tab.focus();
            }
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        // Alt+Arrow is the browser's Back and Forward.
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let now = tabs.active.get_untracked();
        let other = if now == Part::Indicators { Part::Timeline } else { Part::Indicators };
        let next = match ev.key().as_str() {
            "ArrowLeft" | "ArrowRight" => other,
            "Home" => Part::Indicators,
            "End" => Part::Timeline,
            _ => return,
        };
        ev.prevent_default();
        choose(next, true);
    };
    move || {
        tabs.tabbed.get().then(|| {
            view! {
                <div class="tx-tabs" role="tablist" aria-label=title node_ref=list on:keydown=on_key>
                    {Part::BOTH
                        .into_iter()
                        .map(|part| {
                            let selected = move || tabs.active.get() == part;
                            view! {
                                <button
                                    type="button"
                                    role="tab"
                                    class="tx-tab"
                                    id=part.tab_id()
                                    aria-controls=part.panel_id()
                                    aria-selected=move || if selected() { "true" } else { "false" }
                                    tabindex=move || if selected() { "0" } else { "-1" }
                                    on:click=move |_| choose(part, false)
                                >
                                    {move || inputs.ui(part.name())}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            }
        })
    }
}
