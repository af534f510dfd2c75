//! Publishing: the JSON file to download (exactly the bytes the validator
//! accepted, so the widget reads it as they were checked), where it will
//! be hosted, and the embed snippet to copy.

use super::browser::copy_to_clipboard;
use super::publish::{embed_snippet, SnippetInput};
use super::state::EditorState;
use super::words::Word;
use crate::ui::download::save_text;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;

/// What the copy button last did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Selected,
}

/// The publishing section.
#[component]
pub fn Publish(state: EditorState) -> impl IntoView {
    let lang = state.lang;
    let word = move |w: Word| move || w.text(lang.get());
    let valid = Memo::new(move |_| state.outcome.with(|o| o.dataset.is_some()));
    let snippet = Memo::new(move |_| {
        let base = widget_base();
        let data_url = state.data_url.get();
        let article_url = state.article_url.get();
        let lang = state.preview_lang.get();
        state.outcome.with(|o| {
            o.dataset.as_ref().map(|ds| {
                let input =
                    SnippetInput { widget_base: &base, data_url: &data_url, article_url: &article_url, lang };
                embed_snippet(ds, &input)
            })
        })
    });
    let copied = RwSignal::new(Copied::Not);
    let snippet_box = NodeRef::<leptos::html::Textarea>::new();
    let download = move |_| {
        state.settle();
        let json = state.outcome.with(|o| o.dataset.is_some().then(|| o.json.clone()));
        if let (Some(json), Some(body)) = (json, document().body()) {
            save_text(&body, "tiexi-data.json", "application/json", &json);
        }
    };
    let copy = move |_| {
        state.settle();
        let Some(text) = snippet.get_untracked() else { return };
        let select = move || {
            if let Some(area) = snippet_box.get_untracked() {
                let area: &HtmlTextAreaElement = area.unchecked_ref();
                let _ = area.focus();
                area.select();
            }
            copied.set(Copied::Selected);
        };
        copy_to_clipboard(&text, move || copied.set(Copied::Done), select);
    };
    view! {
        <section class="publish" aria-labelledby="publish-heading">
            <h2 id="publish-heading">{word(Word::Publish)}</h2>
            <p>{word(Word::PublishSteps)}</p>
            <button id="download" type="button" disabled=move || !valid.get() on:click=download>
                {word(Word::Download)}
            </button>
            <label for="data-url">{word(Word::DataUrl)}</label>
            <input id="data-url" type="url" inputmode="url" spellcheck="false" prop:value=move || state.data_url.get()
                on:input=move |ev| state.data_url.set(event_target_value(&ev)) />
            <label for="article-url">{word(Word::ArticleUrl)}</label>
            <input id="article-url" type="url" inputmode="url" spellcheck="false" prop:value=move || state.article_url.get()
                on:input=move |ev| state.article_url.set(event_target_value(&ev)) />
            <label for="snippet">{word(Word::Snippet)}</label>
            <textarea id="snippet" readonly rows="10" spellcheck="false" node_ref=snippet_box
                prop:value=move || snippet.get().unwrap_or_default()></textarea>
            <button id="copy" type="button" disabled=move || !valid.get() on:click=copy>{word(Word::Copy)}</button>
            <span id="copy-status" role="status">
                {move || match copied.get() {
                    Copied::Not => "",
                    Copied::Done => Word::Copied.text(lang.get()),
                    Copied::Selected => Word::CopyFailed.text(lang.get()),
                }}
            </span>
        </section>
    }
}

/// The folder the editor's page is in, one up: where the reader's
/// `embed.js` and `embed.css` are (dist/editor/ sits in dist/).
fn widget_base() -> String {
    let here = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base("../", &here).map(|u| u.href()).unwrap_or_else(|_| "./".to_owned())
}
