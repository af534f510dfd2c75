//! Component tests in headless Chromium (wasm-bindgen-test): the widget
//! mounted in a shadow root as embed.js mounts it, driven like a reader.
#![cfg(target_arch = "wasm32")]

use tiexi_infographic::embed::Widget;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlCanvasElement, HtmlElement, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit,
    ShadowRoot, ShadowRootInit, ShadowRootMode,
};

wasm_bindgen_test_configure!(run_in_browser);

/// Waits until effects and ResizeObserver callbacks have run and the paint
/// queue (the widget builds and paints over several frames) has been idle
/// at three checks in a row, as the loader does before showing the widget.
async fn settle() {
    // 20 ms steps for up to 10 s; three idle steps in a row mean the paint
    // queue has drained. A queue that never drains is a bug (a paint that
    // re-queues itself, a layout that never ends): fail here, loudly,
    // rather than let the test go on to check a half-painted widget.
    let mut idle = 0;
    for _ in 0..500 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let window = web_sys::window().expect("window");
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        idle = if tiexi_infographic::ui::paint_queue::is_idle() { idle + 1 } else { 0 };
        if idle >= 3 {
            return;
        }
    }
    panic!("the paint queue was still busy after 10 s");
}

struct Mounted {
    host: HtmlElement,
    root: ShadowRoot,
    widget: Widget,
}

impl Mounted {
    fn new(lang: &str, dpr: f64, width_px: u32) -> Mounted {
        let document = web_sys::window().and_then(|w| w.document()).expect("document");
        let host: HtmlElement = document.create_element("div").expect("div").dyn_into().expect("html");
        let _ = host.style().set_property("width", &format!("{width_px}px"));
        document.body().expect("body").append_child(&host).expect("append");
        let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).expect("shadow");
        let widget = Widget::new(root.clone(), lang, false, dpr).unwrap_or_else(|e| panic!("widget: {e:?}"));
        Mounted { host, root, widget }
    }

    fn one(&self, selector: &str) -> Element {
        self.root.query_selector(selector).ok().flatten().unwrap_or_else(|| panic!("no {selector}"))
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).expect("query");
        (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()).collect()
    }

    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.host.remove();
    }
}

fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let ev = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    let _ = target.dispatch_event(&ev);
}

fn mouse(target: &Element, kind: &str) {
    let init = MouseEventInit::new();
    init.set_bubbles(kind != "mouseenter" && kind != "mouseleave");
    let ev = MouseEvent::new_with_mouse_event_init_dict(kind, &init).expect("event");
    let _ = target.dispatch_event(&ev);
}

#[wasm_bindgen_test]
async fn renders_the_default_dataset_with_crisp_canvases() {
    let m = Mounted::new("zh-Hant", 2.0, 900);
    let errors = m.widget.use_default_data("tiexi-2025.json");
    assert_eq!(errors.length(), 0);
    settle().await;
    assert_eq!(m.text(".tx-title"), "瀋陽鐵西 2025：關鍵數字與大事記");
    assert_eq!(m.all(".tx-card").len(), 10);
    for canvas in m.all("canvas.tx-mini-chart") {
        let canvas: HtmlCanvasElement = canvas.dyn_into().expect("canvas");
        let css = canvas.get_bounding_client_rect().width();
        assert!(css > 50.0, "card chart has a width");
        assert_eq!(f64::from(canvas.width()), (css * 2.0).round(), "backing store is CSS width × dpr");
        assert_eq!(canvas.get_attribute("role").as_deref(), Some("img"));
        assert!(canvas.get_attribute("aria-label").is_some_and(|l| !l.is_empty()));
    }
    let streak = m.one("[data-indicator=gdp-streak] canvas");
    assert_eq!(streak.get_attribute("aria-label").as_deref(), Some("12個季度 地區生產總值連續跑贏全國平均"));
}

#[wasm_bindgen_test]
async fn card_tooltip_opens_on_hover_and_focus_and_closes_on_escape() {
    let m = Mounted::new("en", 1.0, 900);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    let card = m.one("[data-indicator=\"3sbio-order\"]");
    let tip = m.one("[data-indicator=\"3sbio-order\"] [role=tooltip]");
    assert!(!tip.class_list().contains("tx-open"));
    mouse(&card, "mouseenter");
    settle().await;
    assert!(tip.class_list().contains("tx-open"));
    assert!(tip.text_content().unwrap_or_default().contains(
        "about US$6 billion (US$1.25 billion up front; up to US$4.8 billion in milestone payments)"
    ));
    assert!(tip.text_content().unwrap_or_default().contains("20 May 2025"));
    key(&card, "Escape");
    settle().await;
    assert!(!tip.class_list().contains("tx-open"));
    let _ = card.dyn_ref::<HtmlElement>().map(|c| c.focus());
    settle().await;
    assert!(tip.class_list().contains("tx-open"), "the tooltip follows keyboard focus");
}

#[wasm_bindgen_test]
async fn timeline_keyboard_journey_announces_and_opens_the_detail_panel() {
    let m = Mounted::new("en", 1.0, 900);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    let chart = m.one(".tx-timeline-chart");
    assert_eq!(chart.get_attribute("tabindex").as_deref(), Some("0"));
    key(&chart, "Home");
    settle().await;
    let live = m.text("[aria-live=polite].tx-sr-only");
    assert_eq!(live, "3SBio's deal with Pfizer, about US$6 billion", "first dated milestone first");
    key(&chart, "ArrowRight");
    settle().await;
    assert_eq!(m.text("[aria-live=polite].tx-sr-only"), "3SBio–Pfizer agreement takes effect");
    key(&chart, "End");
    settle().await;
    let last = m.text("[aria-live=polite].tx-sr-only");
    // The panel opens inside a live region that was there before it.
    let slot = m.one(".tx-detail-slot");
    assert_eq!(slot.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(slot.child_element_count(), 0);
    key(&chart, "Enter");
    settle().await;
    assert_eq!(m.text(".tx-detail h4"), last);
    assert!(slot.is_same_node(Some(&m.one(".tx-detail-slot"))), "the same region");
    assert_eq!(m.all("[aria-live]").len(), 2, "the announcement and the panel's slot, no region per panel");
    key(&chart, "Escape");
    key(&chart, "Escape");
    settle().await;
    assert!(m.root.query_selector(".tx-detail").ok().flatten().is_none());
}

#[wasm_bindgen_test]
async fn the_legend_filters_the_timeline() {
    let m = Mounted::new("en", 1.0, 900);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    let buttons = m.all(".tx-legend-item");
    assert_eq!(buttons.len(), 6);
    let future = &buttons[4];
    assert_eq!(future.get_attribute("aria-pressed").as_deref(), Some("true"));
    let _ = future.dyn_ref::<HtmlElement>().map(|b| b.click());
    settle().await;
    assert_eq!(future.get_attribute("aria-pressed").as_deref(), Some("false"));
    let chart = m.one(".tx-timeline-chart");
    key(&chart, "Home");
    settle().await;
    assert_eq!(
        m.text("[aria-live=polite].tx-sr-only"),
        "Hongyuan lists on the Beijing Stock Exchange",
        "hidden category is skipped"
    );
}

#[wasm_bindgen_test]
async fn bad_data_shows_located_errors_in_the_readers_language() {
    let m = Mounted::new("zh-Hans", 1.0, 600);
    let errors = m.widget.use_data(
        r#"{"meta": {}, "categories": [], "indicators": [], "milestones": [{"id": "x", "date": "2025-13"}]}"#,
    );
    assert!(errors.length() > 0);
    settle().await;
    let alert = m.text("[role=alert]");
    assert!(alert.contains("数据无法显示"), "{alert}");
    assert!(alert.contains("$.milestones[0].date"), "{alert}");
}

#[wasm_bindgen_test]
async fn markup_in_data_renders_as_text() {
    let m = Mounted::new("en", 1.0, 600);
    let json = tiexi_infographic::data::default_dataset::DEFAULT_DATASET_JSON
        .replace("3SBio's deal with Pfizer, about US$6 billion", "<img src=x onerror=alert(1)>");
    m.widget.use_data(&json);
    settle().await;
    // The milestone's title is read in the text table, built when opened.
    let _ = m.one("details").set_attribute("open", "");
    settle().await;
    assert!(m.root.query_selector("img").ok().flatten().is_none());
    assert!(m.root.text_content().unwrap_or_default().contains("<img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test]
async fn language_and_theme_change_in_place() {
    let m = Mounted::new("zh-Hant", 1.0, 600);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    m.widget.set_lang("en");
    m.widget.set_dark(true);
    settle().await;
    assert_eq!(m.text(".tx-title"), "Shenyang's Tiexi district in 2025: key figures and milestones");
    assert!(m.one(".tx-root").class_list().contains("tx-dark"));
}

#[wasm_bindgen_test]
async fn the_widget_declares_its_own_language() {
    let m = Mounted::new("en", 1.0, 600);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    assert_eq!(m.one(".tx-root").get_attribute("lang").as_deref(), Some("en"));
    m.widget.set_lang("zh-CN");
    settle().await;
    assert_eq!(m.one(".tx-root").get_attribute("lang").as_deref(), Some("zh-Hans"));
}

/// The default dataset with `edit` applied.
fn edited_default(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value =
        serde_json::from_str(tiexi_infographic::data::default_dataset::DEFAULT_DATASET_JSON).expect("json");
    edit(&mut v);
    v.to_string()
}

#[wasm_bindgen_test]
async fn a_direction_override_in_the_article_title_stays_inside_the_title() {
    // Before: a U+202E in the title ran on to the end of the source line,
    // so the author's name was drawn reversed, to the left of the title.
    let m = Mounted::new("en", 1.0, 1000);
    let json = edited_default(|v| {
        v["meta"]["source"]["title"] =
            serde_json::json!({"zh-Hant": "\u{202E}標題", "zh-Hans": "\u{202E}标题", "en": "\u{202E}Title"});
    });
    assert_eq!(m.widget.use_data(&json).length(), 0);
    settle().await;
    let title = m.one(".tx-source .tx-source-title").get_bounding_client_rect();
    let author = m.one(".tx-source .tx-source-author").get_bounding_client_rect();
    assert!(
        author.left() >= title.right(),
        "author at {} left of the title's end {}",
        author.left(),
        title.right()
    );
    assert_eq!(m.text(".tx-source-author"), "Wang Yiqiao");
}

#[wasm_bindgen_test]
async fn the_source_line_is_punctuated_as_its_language_is() {
    // Chinese ends the label with a full-width colon and quotes the title
    // in its own brackets; English with ": " and curly quotes.
    for (lang, opening) in [("zh-Hant", "資料來源：〈"), ("zh-Hans", "资料来源：〈"), ("en", "Source: “")]
    {
        let m = Mounted::new(lang, 1.0, 1000);
        m.widget.use_default_data("tiexi-2025.json");
        settle().await;
        let line = m.text(".tx-source");
        assert!(line.starts_with(opening), "{lang}: {line:?}");
    }
}

#[wasm_bindgen_test]
async fn the_timeline_canvas_has_a_short_name() {
    // Before: the name listed every milestone (625 KB at 20,000).
    let m = Mounted::new("en", 1.0, 1000);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    let name = m.one(".tx-timeline-base").get_attribute("aria-label").unwrap_or_default();
    assert!(name.starts_with("2025 milestones: ") && name.contains("the full list is in"), "{name}");
    assert!(name.contains(": 10 milestones;") && !name.contains("{n}"), "the count is filled in: {name}");
    assert!(name.len() < 120, "{name}");
    m.widget.set_lang("zh-Hant");
    settle().await;
    let name = m.one(".tx-timeline-base").get_attribute("aria-label").unwrap_or_default();
    assert!(name.contains("10 項大事") && !name.contains("{n}") && name.chars().count() < 60, "{name}");
}

#[wasm_bindgen_test]
async fn the_text_table_is_built_when_opened_and_in_slices() {
    // Before: every row was built with the widget, all in one task.
    use tiexi_infographic::ui::text_equivalent::SLICE_ROWS;
    let n = 5_000;
    let json = edited_default(|v| {
        let first = v["milestones"][0].clone();
        let many: Vec<serde_json::Value> = (0..n)
            .map(|i| {
                let mut m = first.clone();
                m["id"] = serde_json::json!(format!("m{i}"));
                m["indicators"] = serde_json::json!([]);
                m
            })
            .collect();
        v["milestones"] = serde_json::Value::from(many);
        if let Some(inds) = v["indicators"].as_array_mut() {
            for ind in inds {
                if let Some(o) = ind.as_object_mut() {
                    o.remove("milestones");
                }
            }
        }
    });
    let m = Mounted::new("en", 1.0, 1000);
    let problems = m.widget.use_data(&json);
    assert_eq!(problems.length(), 0);
    settle().await;
    assert_eq!(m.all("tr[data-milestone]").len(), 0, "nothing is built before the table is opened");

    // Count the tasks that add rows: a mutation observer's callback runs
    // once after each task that changed the table.
    let batches = std::rc::Rc::new(std::cell::RefCell::new(Vec::<u32>::new()));
    let seen = batches.clone();
    let callback =
        wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
            let added: u32 = records
                .iter()
                .filter_map(|r| r.dyn_into::<web_sys::MutationRecord>().ok())
                .map(|r| r.added_nodes().length())
                .sum();
            seen.borrow_mut().push(added);
        });
    let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).expect("observer");
    let init = web_sys::MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    observer.observe_with_options(&m.root, &init).expect("observe");
    let _ = m.one("details").set_attribute("open", "");
    settle().await;
    observer.disconnect();
    assert_eq!(m.all("tr[data-milestone]").len(), n);
    let batches = batches.borrow();
    assert!(batches.len() >= 2, "rows built over several tasks: {batches:?}");
    assert!(
        batches.iter().all(|&added| (added as usize) < n),
        "no task builds every row: {batches:?} (slices of {SLICE_ROWS})"
    );
}

/// A canvas in the page inside an element with `style`, and its 2D context.
fn styled_canvas(style: &str) -> (HtmlElement, web_sys::CanvasRenderingContext2d) {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let holder: HtmlElement = document.create_element("div").expect("div").dyn_into().expect("html");
    holder.set_attribute("style", style).expect("style");
    let canvas: HtmlCanvasElement =
        document.create_element("canvas").expect("canvas").dyn_into().expect("canvas");
    holder.append_child(&canvas).expect("append");
    document.body().expect("body").append_child(&holder).expect("append");
    let ctx = tiexi_infographic::ui::chart_canvas::context_2d(&canvas).expect("2d");
    (holder, ctx)
}

#[wasm_bindgen_test]
fn canvas_text_ignores_the_css_around_the_canvas() {
    use tiexi_infographic::layout::TextMeasure;
    use tiexi_infographic::ui::canvas_measure::CanvasMeasure;
    let family = "sans-serif";
    let text = "Tiexi 2025: AV To 鐵西";
    let hostile_css =
        "letter-spacing: 5px; word-spacing: 20px; font-kerning: none; text-rendering: optimizeSpeed; \
         font-stretch: condensed; font-variant-caps: small-caps; direction: rtl";
    let (plain, plain_ctx) = styled_canvas("");
    let (hostile, hostile_ctx) = styled_canvas(hostile_css);
    hostile_ctx.set_font(&format!("13px {family}"));
    let unpinned = hostile_ctx.measure_text(text).expect("measure").width();
    let plain_measure = CanvasMeasure::new(plain_ctx, family);
    let clean = plain_measure.width(text, 13.0);
    let clean_larger = plain_measure.width(text, 14.0);
    assert!(
        unpinned > clean + 50.0,
        "the browser applies the element's CSS to canvas text: {unpinned} vs {clean}"
    );
    let pinned = CanvasMeasure::new(hostile_ctx, family).width(text, 13.0);
    assert_eq!(pinned, clean, "measured exactly as on a canvas with no CSS around it");
    // CSS that reaches a canvas after it was first measured on (a reader's
    // text-spacing stylesheet) changes no later measurement on it, though
    // each new size makes the browser resolve the font again.
    plain.set_attribute("style", hostile_css).expect("style");
    assert_eq!(plain_measure.width(text, 13.0), clean, "CSS that came later changes nothing");
    assert_eq!(plain_measure.width(text, 14.0), clean_larger, "nor at another size");
    plain.remove();
    hostile.remove();
}

#[wasm_bindgen_test]
async fn the_canvases_read_the_hosts_theme_in_any_colour_syntax() {
    use tiexi_infographic::draw::{Rgb, Theme, ThemeMode};
    use tiexi_infographic::ui::css_theme::read_theme;
    let m = Mounted::new("en", 1.0, 600);
    let style = m.host.style();
    for (name, value) in [
        ("--tiexi-background", "hsl(210 33% 20%)"),
        ("--tiexi-card", "lavender"),
        ("--tiexi-accent", "color-mix(in srgb, red 50%, blue)"),
        ("--tiexi-font", "'Test Font', monospace"),
        ("--tiexi-background-dark", "not-a-colour"),
        ("--tiexi-card-dark", "rgb(1 2 3 / 50%)"),
    ] {
        style.set_property(name, value).expect("custom property");
    }
    let root: HtmlElement = m.one(".tx-root").dyn_into().expect("html");
    let light = read_theme(&root, ThemeMode::Light);
    assert_eq!(light.background, Rgb(34, 51, 68));
    assert_eq!(light.card, Rgb(230, 230, 250));
    assert_eq!(light.focus, Rgb(128, 0, 128));
    assert_eq!(light.font_family, "'Test Font', monospace");
    assert_eq!(light.ink, Theme::new(ThemeMode::Light).ink, "what the host does not set stays ours");
    assert_eq!(m.all(".tx-probe").len(), 0, "the probe is gone after the read");
    m.widget.set_dark(true);
    settle().await;
    let dark = read_theme(&root, ThemeMode::Dark);
    let built_in = Theme::new(ThemeMode::Dark);
    assert_eq!(dark.background, built_in.background, "an invalid colour keeps the built-in one");
    assert_eq!(
        dark.card,
        Rgb(1, 2, 3).over(128, built_in.background),
        "a translucent card as seen over the background"
    );
    assert_eq!(dark.categories, built_in.categories);
}

#[wasm_bindgen_test]
async fn legend_and_zoom_buttons_keep_focus_when_the_language_changes() {
    let m = Mounted::new("en", 1.0, 900);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    let focused = || m.root.active_element();
    // A legend button: renamed in place, still the focused element.
    let legend = m.all(".tx-legend-item").swap_remove(4);
    let _ = legend.dyn_ref::<HtmlElement>().map(|b| b.focus());
    let before = legend.text_content().unwrap_or_default();
    m.widget.set_lang("zh-Hant");
    settle().await;
    assert_eq!(focused(), Some(legend.clone()), "the legend button keeps focus");
    assert!(legend.is_connected(), "the same button, not a new one");
    let after = legend.text_content().unwrap_or_default();
    assert!(after != before && !after.is_empty(), "renamed: {before} → {after}");
    assert_eq!(m.all(".tx-legend-item")[4].text_content().unwrap_or_default(), after);
    // A zoom button: its name and the reset button's face follow too.
    let zoom_in = m.one(".tx-zoom [data-zoom=in]");
    let reset = m.one(".tx-zoom [data-zoom=reset]");
    let _ = zoom_in.dyn_ref::<HtmlElement>().map(|b| b.focus());
    let (name_before, face_before) = (zoom_in.get_attribute("aria-label"), reset.text_content());
    m.widget.set_lang("en");
    settle().await;
    assert_eq!(focused(), Some(zoom_in.clone()), "the zoom button keeps focus");
    assert_eq!(zoom_in.get_attribute("aria-label").as_deref(), Some("Zoom in"));
    assert!(zoom_in.get_attribute("aria-label") != name_before, "renamed from {name_before:?}");
    assert!(reset.text_content() != face_before && reset.get_attribute("aria-label") == reset.text_content());
    assert_eq!(zoom_in.text_content().as_deref(), Some("+"), "a symbol's face stays");
}

#[wasm_bindgen_test]
async fn the_focused_tab_keeps_focus_when_the_language_changes() {
    // Narrow enough for the two parts' tabs.
    let m = Mounted::new("en", 1.0, 360);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    let tab: HtmlElement = m.one("#tx-tab-timeline").dyn_into().expect("a tab is an HTML element");
    let _ = tab.focus();
    let before = tab.text_content().unwrap_or_default();
    m.widget.set_lang("zh-Hant");
    settle().await;
    assert_eq!(m.root.active_element(), Some(tab.clone().into()), "the tab keeps focus");
    assert!(tab.is_connected(), "the same tab, not a new one");
    let after = tab.text_content().unwrap_or_default();
    assert!(after != before && !after.is_empty(), "renamed: {before} → {after}");
    assert_eq!(m.text("#tx-tab-indicators"), "關鍵指標", "the other tab is renamed too");
    assert_eq!(m.all("[role=tab]").len(), 2, "no second set of tabs");
    // Still a working tab list after the change.
    let _ = m.one("#tx-tab-indicators").dyn_into::<HtmlElement>().map(|t| t.click());
    settle().await;
    assert_eq!(m.one("#tx-tab-indicators").get_attribute("aria-selected").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn zoom_buttons_that_can_do_nothing_are_aria_disabled_and_keep_focus() {
    let m = Mounted::new("en", 1.0, 900);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    let focused = || m.root.active_element();
    let button = |action: &str| m.one(&format!(".tx-zoom [data-zoom={action}]"));
    let press = |b: &Element| {
        let _ = b.dyn_ref::<HtmlElement>().map(|b| {
            b.focus().ok();
            b.click();
        });
    };
    let unavailable = |b: &Element| b.get_attribute("aria-disabled").as_deref() == Some("true");
    let (zoom_in, reset, back, forward) = (button("in"), button("reset"), button("back"), button("forward"));
    // The whole year is shown: nothing to reset, nowhere to pan.
    for b in [&reset, &back, &forward] {
        assert!(unavailable(b), "{:?} is aria-disabled", b.get_attribute("data-zoom"));
        assert!(!b.has_attribute("disabled"), "never `disabled`, which drops focus");
    }
    // Clicking an unavailable button does nothing.
    press(&back);
    settle().await;
    assert!(unavailable(&reset), "the window did not move");
    assert_eq!(focused(), Some(back.clone()), "and the button keeps focus");
    press(&zoom_in);
    settle().await;
    assert!(!unavailable(&reset) && !unavailable(&forward) && !zoom_in.has_attribute("aria-disabled"));
    // Pan to the end of the year with the keyboard's button: the button
    // becomes unavailable under the reader's focus and keeps it.
    let mut presses = 0;
    while !unavailable(&forward) && presses < 40 {
        press(&forward);
        settle().await;
        presses += 1;
    }
    assert!(unavailable(&forward), "the end of the year was reached in {presses} presses");
    assert_eq!(focused(), Some(forward.clone()), "the forward button keeps focus at the end");
    assert!(!unavailable(&back));
    // "Whole year" resets the window and keeps focus, now unavailable.
    press(&reset);
    settle().await;
    assert!(unavailable(&reset) && unavailable(&back) && unavailable(&forward));
    assert_eq!(focused(), Some(reset.clone()), "the reset button keeps focus");
}

/// Starts recording every change under `target` (attributes, text,
/// children) as "action attribute" strings; the returned function hands
/// over what was recorded since the last call.
fn record_changes(target: &Element) -> js_sys::Function {
    const START: &str = r#"
        const seen = [];
        new MutationObserver((list) => {
            for (const m of list) {
                const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
                seen.push(`${el.closest("[data-zoom]")?.dataset.zoom ?? "group"} ${m.attributeName ?? m.type}`);
            }
        }).observe(target, { attributes: true, childList: true, characterData: true, subtree: true });
        return () => seen.splice(0).join(", ");
    "#;
    js_sys::Function::new_with_args("target", START)
        .call1(&wasm_bindgen::JsValue::NULL, target)
        .expect("observer")
        .dyn_into()
        .expect("a function")
}

#[wasm_bindgen_test]
async fn moving_the_window_rewrites_only_the_zoom_buttons_whose_state_changes() {
    let m = Mounted::new("en", 1.0, 900);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    let click = |action: &str| {
        let _ = m.one(&format!(".tx-zoom [data-zoom={action}]")).dyn_ref::<HtmlElement>().map(|b| b.click());
    };
    let changes = record_changes(&m.one(".tx-zoom"));
    let take =
        || changes.call0(&wasm_bindgen::JsValue::NULL).ok().and_then(|v| v.as_string()).unwrap_or_default();
    // What was written since the last look, in a fixed order.
    let take_sorted = || {
        let mut written: Vec<String> = take().split(", ").map(str::to_owned).collect();
        written.sort();
        written
    };
    // From the whole year to a zoomed window: back, forward and reset
    // become available, and that is all that is written.
    click("in");
    settle().await;
    assert_eq!(take_sorted(), ["back aria-disabled", "forward aria-disabled", "reset aria-disabled"]);
    // A window that moves (as on every pointer move of a drag) but leaves
    // every button as it was writes nothing.
    let window = || m.one(".tx-timeline-chart").get_attribute("data-window");
    let before = window();
    click("in");
    settle().await;
    click("back");
    settle().await;
    assert_ne!(window(), before, "the window moved");
    assert_eq!(take(), "", "nothing written while the buttons stay as they are");
    // Back to the whole year: the three become unavailable again.
    click("reset");
    settle().await;
    assert_eq!(take_sorted(), ["back aria-disabled", "forward aria-disabled", "reset aria-disabled"]);
    assert_eq!(m.one(".tx-zoom [data-zoom=reset]").get_attribute("aria-disabled").as_deref(), Some("true"));
    // A new language renames the buttons: the recording sees writes.
    m.widget.set_lang("zh-Hant");
    settle().await;
    let renamed = take();
    for action in ["in", "out", "back", "forward", "reset"] {
        assert!(renamed.contains(&format!("{action} aria-label")), "{action} renamed: {renamed}");
    }
    assert_eq!(m.one(".tx-zoom [data-zoom=reset]").text_content().as_deref(), Some("全年"));
}

#[wasm_bindgen_test]
async fn a_card_closes_its_tooltip_when_left_or_blurred_and_a_click_chooses_it() {
    let m = Mounted::new("en", 1.0, 900);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    let card = m.one("[data-indicator=\"3sbio-order\"]");
    let tip = m.one("[data-indicator=\"3sbio-order\"] [role=tooltip]");
    // The grid hears entering and leaving in their capture phase; a child
    // of the card entered or left (its canvas) changes nothing.
    mouse(&card, "mouseenter");
    settle().await;
    assert!(tip.class_list().contains("tx-open"));
    mouse(&m.one("[data-indicator=\"3sbio-order\"] canvas"), "mouseleave");
    settle().await;
    assert!(tip.class_list().contains("tx-open"), "a child's leave is not the card's");
    mouse(&card, "mouseleave");
    settle().await;
    assert!(!tip.class_list().contains("tx-open"), "leaving the card closes its tooltip");
    let _ = card.dyn_ref::<HtmlElement>().map(|c| c.focus());
    settle().await;
    assert!(tip.class_list().contains("tx-open"));
    let _ = card.dyn_ref::<HtmlElement>().map(|c| c.blur());
    settle().await;
    assert!(!tip.class_list().contains("tx-open"), "blur closes the tooltip");
    // A click opens it and tells the host which figure was chosen.
    let chosen = std::rc::Rc::new(std::cell::RefCell::new(String::new()));
    let heard = chosen.clone();
    let on_select = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::CustomEvent)>::new(
        move |ev: web_sys::CustomEvent| {
            let detail = ev.detail();
            let field = |k: &str| js_sys::Reflect::get(&detail, &k.into()).ok().and_then(|v| v.as_string());
            *heard.borrow_mut() =
                format!("{}:{}", field("type").unwrap_or_default(), field("id").unwrap_or_default());
        },
    );
    let _ = m.host.add_event_listener_with_callback("tiexi:select", on_select.as_ref().unchecked_ref());
    mouse(&m.one("[data-indicator=\"3sbio-order\"] canvas"), "click");
    settle().await;
    assert!(tip.class_list().contains("tx-open"), "a click (a tap) opens the tooltip");
    assert_eq!(chosen.borrow().as_str(), "indicator:3sbio-order");
    let _ = m.host.remove_event_listener_with_callback("tiexi:select", on_select.as_ref().unchecked_ref());
}

/// The listeners alive in the page, counted through a wrapped
/// `addEventListener` and `removeEventListener` (wrapped at the first call).
fn live_listeners() -> u32 {
    const COUNT: &str = r#"
        if (!globalThis.__txLive) {
            const live = [];
            const capture = (o) => typeof o === "boolean" ? o : !!(o && o.capture);
            const at = (t, type, fn, o) => live.findIndex((e) => e[0] === t && e[1] === type && e[2] === fn && e[3] === capture(o));
            const add = EventTarget.prototype.addEventListener;
            const remove = EventTarget.prototype.removeEventListener;
            EventTarget.prototype.addEventListener = function (type, fn, o) {
                if (fn && !(o && o.once) && at(this, type, fn, o) < 0) live.push([this, type, fn, capture(o)]);
                return add.call(this, type, fn, o);
            };
            EventTarget.prototype.removeEventListener = function (type, fn, o) {
                const i = at(this, type, fn, o);
                if (i >= 0) live.splice(i, 1);
                return remove.call(this, type, fn, o);
            };
            globalThis.__txLive = () => live.length;
        }
        return globalThis.__txLive();
    "#;
    let count = js_sys::Function::new_no_args(COUNT).call0(&wasm_bindgen::JsValue::NULL).expect("count");
    count.as_f64().expect("a number") as u32
}

#[wasm_bindgen_test]
async fn listeners_do_not_pile_up_when_the_data_is_replaced() {
    // Wide, and narrow enough for the two parts' tabs.
    for (width, tabs) in [(900, 0), (360, 2)] {
        let before = live_listeners();
        let m = Mounted::new("en", 1.0, width);
        m.widget.use_default_data("tiexi-2025.json");
        settle().await;
        assert_eq!(m.all("[role=tab]").len(), tabs, "tabs at {width} px");
        let listening = live_listeners();
        // The card grid 6 (enter, leave, focus and blur caught on their way
        // down; click, keydown), legend, zoom, detail, menu and table 1
        // each, the timeline 9 (7 on its overlay, 2 on the chart), the
        // tabs 2 (click, keydown) where there are tabs.
        assert_eq!(listening, before + 20 + tabs as u32, "every part listens, once ({width} px)");
        for _ in 0..5 {
            m.widget.use_default_data("tiexi-2025.json");
            settle().await;
        }
        assert_eq!(live_listeners(), listening, "each new view's listeners replace the last's ({width} px)");
        if tabs > 0 {
            // The tab list is built again each time the widget turns
            // narrow: its listeners move to the new list, never pile up.
            for w in ["900px", "360px", "900px", "360px"] {
                let _ = m.host.style().set_property("width", w);
                settle().await;
            }
            assert_eq!(m.all("[role=tab]").len(), tabs, "tabs again at {width} px");
            assert!(live_listeners() <= listening, "the rebuilt tab lists' listeners replace the last's");
            let second: HtmlElement =
                m.all("[role=tab]")[1].clone().dyn_into().expect("a tab is an HTML element");
            second.click();
            settle().await;
            assert_eq!(
                second.get_attribute("aria-selected").as_deref(),
                Some("true"),
                "the rebuilt tabs still switch"
            );
        }
        drop(m);
        settle().await;
        assert_eq!(live_listeners(), before, "an unmounted widget leaves no listener behind ({width} px)");
    }
}

#[wasm_bindgen_test]
async fn new_data_replaces_the_cards_of_the_old() {
    let m = Mounted::new("en", 1.0, 900);
    m.widget.use_default_data("tiexi-2025.json");
    settle().await;
    assert!(m.text(".tx-card .tx-card-text").contains("in a row with GDP ahead of the national average"));
    // The same number of indicators, one label changed: every card shows
    // the new data, and follows the language as before.
    let json = tiexi_infographic::data::default_dataset::DEFAULT_DATASET_JSON
        .replace("in a row with GDP ahead of the national average", "quarters of new data");
    assert_eq!(m.widget.use_data(&json).length(), 0);
    settle().await;
    assert!(
        m.text(".tx-card .tx-card-text").contains("quarters of new data"),
        "{}",
        m.text(".tx-card .tx-card-text")
    );
    m.widget.set_lang("zh-Hant");
    settle().await;
    assert!(m.text(".tx-card .tx-card-text").contains("地區生產總值連續跑贏全國平均"));
    assert_eq!(m.all(".tx-card").len(), 10);
}
