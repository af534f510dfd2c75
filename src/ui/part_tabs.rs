//! On a narrow widget (a phone) the two parts, key figures and milestones,
//! become two tabs at the top, so the timeline is one tap from the top
//! instead of ten cards down. A real tab pattern (WAI-ARIA APG, automatic
//! activation): one Tab stop, arrow keys, Home and End move between the
//! tabs. Wider widgets show both parts one after the other, with no tabs and
//! no tab roles.

use super::delegated::event_element;
use super::state::{Inputs, Selection};
use crate::data::locale::UiText;
use crate::data::Dataset;
use crate::ui::erased::effect;
use crate::ui::listeners::{bubbling, listen_on, Heard};
use crate::ui::markup::{bind, Target};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};

/// Heard on the tab list: a click on a tab, a key on the focused one.
const TAB_EVENTS: [Heard; 2] = [bubbling("click"), bubbling("keydown")];

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

    fn of(timeline_shown: bool) -> Part {
        if timeline_shown {
            Part::Timeline
        } else {
            Part::Indicators
        }
    }

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
    pub tabbed: RwSignal<bool>,
    /// The part shown while tabbed.
    /// Whether the milestones' tab is the one shown (a `bool` rather than
    /// a signal of `Part`: one signal type less in the Wasm); read it
    /// through `active`.
    timeline_shown: RwSignal<bool>,
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
        probe_width: RwSignal<f64>,
        release: impl Fn() + 'static,
    ) -> PartTabs {
        // A signal kept by an effect rather than a memo: the widget's only
        // memo would bring Leptos's memo machinery for one yes or no.
        let wanted = move || probe_width.get() > 0.5 && inputs.view.get() == crate::data::contract::VIEWS[0];
        let tabbed = RwSignal::new(false);
        effect(move || {
            let now = wanted();
            if tabbed.get_untracked() != now {
                tabbed.set(now);
            }
        });
        let timeline_shown = RwSignal::new(false);
        // (tabbed, selected, ever tabbed) as last seen: a switch needs a
        // selection that is new, or one made before the widget first
        // became tabbed (a deep link read before the width was known).
        // What the effects last saw lives in their closures (one boxed
        // effect type for the whole widget, see erased.rs).
        let (mut was_selected, mut ever_tabbed) = (None, false);
        effect(move || {
            let (tabbed_now, selected) = (tabbed.get(), selection.selected_milestone.get());
            let first_tabbed = tabbed_now && !ever_tabbed;
            if tabbed_now && selected.is_some() && (selected != was_selected || first_tabbed) {
                timeline_shown.set(true);
            }
            (was_selected, ever_tabbed) = (selected, ever_tabbed || tabbed_now);
        });
        let mut first = true;
        effect(move || {
            timeline_shown.track();
            if !first {
                release();
            }
            first = false;
        });
        PartTabs { tabbed, timeline_shown }
    }

    /// The part shown while tabbed.
    pub fn active(self) -> Part {
        Part::of(self.timeline_shown.get())
    }

    /// The part shown while tabbed, without subscribing to it.
    fn active_untracked(self) -> Part {
        Part::of(self.timeline_shown.get_untracked())
    }

    /// Whether `part` is out of sight behind the other tab.
    pub fn hidden(self, part: Part) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
        move || self.tabbed.get() && self.active() != part
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

    /// Makes `el` the panel of `part`: a tab panel while tabbed, labelled
    /// by its tab (otherwise by `heading`, if any), out of sight behind the
    /// other tab.
    pub fn bind_panel(self, el: &Element, part: Part, heading: Option<&'static str>) {
        let (role, labelled_by, hidden) = (self.role(), self.labelled_by(part), self.hidden(part));
        bind(el, Target::Attr("role"), Box::new(move || role().map(str::to_owned)));
        bind(
            el,
            Target::Attr("aria-labelledby"),
            Box::new(move || labelled_by().or(heading).map(str::to_owned)),
        );
        bind(el, Target::Attr("hidden"), Box::new(move || hidden().then(String::new)));
    }
}

/// The tab list, written after `header` only while the parts are tabs.
///
/// The two tabs are HTML text with one click and one key handler on the
/// list (a typed view per tab cost kilobytes of Wasm), written once per
/// list. Their names, which follow the language, and which tab is
/// selected are set on the buttons themselves, so the focused tab stays
/// the same element through both (writing the list's HTML again on a
/// language change dropped the keyboard reader's focus).
pub fn tab_list(inputs: Inputs, tabs: PartTabs, ds: Arc<Dataset>, header: Element) {
    let buttons = move || {
        let active = tabs.active_untracked();
        Part::BOTH
            .into_iter()
            .map(|part| {
                let selected = part == active;
                format!(
                    r#"<button type="button" role="tab" class="tx-tab" id="{}" aria-controls="{}" aria-selected="{selected}" tabindex="{}"></button>"#,
                    part.tab_id(),
                    part.panel_id(),
                    if selected { "0" } else { "-1" },
                )
            })
            .collect::<String>()
    };
    // Written each time the widget becomes narrow, removed when it widens:
    // the bindings, listeners and effect made here end with that run.
    effect(move || {
        if !tabs.tabbed.get() {
            return;
        }
        let _ = header.insert_adjacent_html("afterend", r#"<div class="tx-tabs" role="tablist"></div>"#);
        let Some(list) = header.next_element_sibling() else { return };
        // The list is named by the widget's title.
        let ds = ds.clone();
        bind(
            &list,
            Target::Attr("aria-label"),
            Box::new(move || Some(ds.meta.title.get(inputs.lang.get()).to_owned())),
        );
        list.set_inner_html(&buttons());
        let tabs_in = list.clone();
        let tab = move |part: Part| -> Option<web_sys::HtmlElement> {
            let found = tabs_in.query_selector(&format!("#{}", part.tab_id())).ok().flatten()?;
            found.dyn_into().ok()
        };
        let shown = tab.clone();
        effect(move || {
            let active = tabs.active();
            for part in Part::BOTH {
                if let Some(button) = shown(part) {
                    let selected = part == active;
                    let _ = button.set_attribute("aria-selected", if selected { "true" } else { "false" });
                    button.set_tab_index(if selected { 0 } else { -1 });
                    button.set_text_content(Some(&inputs.ui(part.name())));
                }
            }
        });
        listen_on(list.clone(), &TAB_EVENTS, move |ev| on_tab_event(tabs, &tab, &ev));
        let list = SendWrapper::new(list);
        on_cleanup(move || list.remove());
    });
}

/// A click on a tab, or a key on the focused one; `tab` finds a part's tab.
fn on_tab_event(tabs: PartTabs, tab: &dyn Fn(Part) -> Option<web_sys::HtmlElement>, ev: &Event) {
    let choose = |part: Part, focus: bool| {
        tabs.timeline_shown.set(part == Part::Timeline);
        if let Some(button) = tab(part).filter(|_| focus) {
            let _ = button.focus();
        }
    };
    if ev.type_() == "click" {
        let id = event_element(ev, "[role=tab]").map(|t| t.id());
        if let Some(part) = Part::BOTH.into_iter().find(|p| id.as_deref() == Some(p.tab_id())) {
            choose(part, false);
        }
        return;
    }
    let ev: &KeyboardEvent = ev.unchecked_ref();
    // Alt+Arrow is the browser's Back and Forward.
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let now = tabs.active_untracked();
    let other = if now == Part::Indicators { Part::Timeline } else { Part::Indicators };
    let next = match ev.key().as_str() {
        "ArrowLeft" | "ArrowRight" => other,
        "Home" => Part::Indicators,
        "End" => Part::Timeline,
        _ => return,
    };
    ev.prevent_default();
    choose(next, true);
}
