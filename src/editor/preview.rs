//! The real widget beside the editor: the reader's own loader
//! (`../embed.js`, linked from editor.html) given the validated JSON as a
//! `src` it can fetch (a blob address), in the chosen language, theme and
//! width. The loader re-reads the data whenever `src` changes and follows
//! `lang` and `theme` live, so the widget is made once and then only told
//! what changed. Shown only while the data has no errors.

use super::state::EditorState;
use super::words::Word;
use crate::data::Lang;
use leptos::prelude::*;
use web_sys::{Blob, BlobPropertyBag, Element, Url};

/// The widths an author can preview at: a phone, a tablet, a desktop
/// column.
pub const WIDTHS: [(u32, Word); 3] = [(390, Word::Phone), (768, Word::Tablet), (1280, Word::Desktop)];

/// The preview and its controls.
#[component]
pub fn Preview(state: EditorState) -> impl IntoView {
    let lang = state.lang;
    let word = move |w: Word| move || w.text(lang.get());
    let frame = NodeRef::<leptos::html::Div>::new();
    let errors = Memo::new(move |_| state.error_count());
    let valid = Memo::new(move |_| state.outcome.with(|o| o.dataset.is_some()));
    // The JSON the widget shows, once per settled change of the data.
    let json = Memo::new(move |_| state.outcome.with(|o| o.dataset.is_some().then(|| o.json.clone())));
    let shown_url = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let (Some(frame), Some(json)) = (frame.get(), json.get()) else { return };
        let Some(url) = blob_url(&json) else { return };
        match widget_in(&frame) {
            Some(widget) => {
                let _ = widget.set_attribute("src", &url);
            }
            // Made with its first data, so the loader never starts on the
            // built-in dataset only to drop it.
            None => {
                if let Some(widget) = make_widget(state, &url) {
                    let _ = frame.append_child(&widget);
                }
            }
        }
        // The loader has dropped its request for the previous data.
        if let Some(old) = shown_url.get_value() {
            let _ = Url::revoke_object_url(&old);
        }
        shown_url.set_value(Some(url));
    });
    Effect::new(move |_| {
        let (lang, dark) = (state.preview_lang.get(), state.preview_dark.get());
        if let Some(widget) = frame.get().and_then(|f| widget_in(&f)) {
            let _ = widget.set_attribute("lang", lang.tag());
            let _ = widget.set_attribute("theme", if dark { "dark" } else { "light" });
        }
    });
    let problems_text = move || Word::FixProblems.text(lang.get()).replace("{n}", &errors.get().to_string());
    view! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{word(Word::Preview)}</h2>
            <div class="controls">
                <label>
                    {word(Word::PreviewLanguage)}
                    <select id="preview-lang" on:change=move |ev| {
                        if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                            state.preview_lang.set(l);
                        }
                    }>
                        {Lang::ALL.map(|l| view! {
                            <option value=l.tag() selected=move || state.preview_lang.get() == l>{language_name(l)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    {word(Word::Theme)}
                    <select id="preview-theme" on:change=move |ev| state.preview_dark.set(event_target_value(&ev) == "dark")>
                        <option value="light" selected=move || !state.preview_dark.get()>{word(Word::Light)}</option>
                        <option value="dark" selected=move || state.preview_dark.get()>{word(Word::Dark)}</option>
                    </select>
                </label>
                <label>
                    {word(Word::Width)}
                    <select id="preview-width" on:change=move |ev| {
                        if let Ok(w) = event_target_value(&ev).parse() {
                            state.preview_width.set(w);
                        }
                    }>
                        {WIDTHS.map(|(w, name)| view! {
                            <option value=w.to_string() selected=move || state.preview_width.get() == w>{word(name)}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <p class="preview-blocked" role="status" hidden=move || valid.get()>{problems_text}</p>
            <div class="preview-scroll" hidden=move || !valid.get()>
                <div class="preview-frame" id="preview-frame" node_ref=frame
                    style:width=move || format!("{}px", state.preview_width.get())
                    style:background=move || if state.preview_dark.get() { "#111" } else { "#fff" }>
                </div>
            </div>
        </section>
    }
}

/// The `<tiexi-infographic>` element, made once with its first data.
fn make_widget(state: EditorState, src: &str) -> Option<Element> {
    let element = document().create_element("tiexi-infographic").ok()?;
    let _ = element.set_attribute("src", src);
    let _ = element.set_attribute("loading", "eager");
    let _ = element.set_attribute("lang", state.preview_lang.get_untracked().tag());
    let _ = element.set_attribute("theme", if state.preview_dark.get_untracked() { "dark" } else { "light" });
    Some(element)
}

fn widget_in(frame: &web_sys::HtmlDivElement) -> Option<Element> {
    frame.query_selector("tiexi-infographic").ok().flatten()
}

/// A blob address holding `json`, which the loader fetches like any file.
fn blob_url(json: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&json.into());
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

/// A language's name in itself, as language pickers write them.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHant => "繁體中文",
        Lang::ZhHans => "简体中文",
        Lang::En => "English",
    }
}
