//! The "About this graphic" form: the title, subtitle and source in each
//! language, the article's address, the period and the default language,
//! written into the draft's `meta` as the author types. A problem the
//! validator finds there is shown at its input, as the tables show theirs.

use super::meta::{default_language, MetaField, MetaText};
use super::preview::language_name;
use super::state::{CellProblem, EditorState};
use super::table::{is_error, messages};
use super::words::Word;
use crate::data::sheet::Place;
use crate::data::Lang;
use leptos::prelude::*;
use std::collections::HashMap;

/// The form.
#[component]
pub fn AboutGraphic(state: EditorState) -> impl IntoView {
    let lang = state.lang;
    let word = move |w: Word| move || w.text(lang.get());
    let at_fields = Memo::new(move |_| {
        let lang = lang.get();
        let default = state.base.with(default_language);
        let mut at: HashMap<MetaField, Vec<CellProblem>> = HashMap::new();
        state.outcome.with(|o| {
            for problem in &o.problems {
                if let Place::Json(path) = &problem.place {
                    if let Some(field) = MetaField::at(path, default) {
                        let shown =
                            CellProblem { severity: problem.severity(), text: problem.describe(lang) };
                        at.entry(field).or_default().push(shown);
                    }
                }
            }
        });
        at
    });
    let texts = MetaText::ALL
        .map(|text| {
            let legend = match text {
                MetaText::Title => Word::MetaTitle,
                MetaText::Subtitle => Word::MetaSubtitle,
                MetaText::SourceAuthor => Word::SourceAuthor,
                MetaText::SourceTitle => Word::SourceTitle,
                MetaText::SourcePublication => Word::SourcePublication,
            };
            let inputs = Lang::ALL
                .map(|l| {
                    field(
                        state,
                        at_fields,
                        MetaField::Text(text, l),
                        Signal::derive(move || language_name(l).to_owned()),
                    )
                })
                .collect_view();
            view! { <fieldset class="meta-text"><legend>{word(legend)}</legend>{inputs}</fieldset> }
        })
        .collect_view();
    let url_label = Signal::derive(move || Word::SourceUrl.text(lang.get()).to_owned());
    let period_label = Signal::derive(move || Word::Period.text(lang.get()).to_owned());
    let default_id = MetaField::DefaultLanguage.id();
    view! {
        <section class="about" aria-labelledby="about-heading">
            <h2 id="about-heading">{word(Word::About)}</h2>
            <p class="note">{word(Word::AboutHint)}</p>
            {texts}
            {field(state, at_fields, MetaField::SourceUrl, url_label)}
            {field(state, at_fields, MetaField::Period, period_label)}
            <label for=default_id.clone()>{word(Word::DefaultLanguage)}</label>
            <select id=default_id on:change=move |ev| {
                let tag = event_target_value(&ev);
                state.base.update(|b| MetaField::DefaultLanguage.set(b, &tag));
            }>
                {Lang::ALL.map(|l| view! {
                    <option value=l.tag() selected=move || state.base.with(default_language) == l>{language_name(l)}</option>
                }).collect_view()}
            </select>
        </section>
    }
}

/// One labelled input of the form, with its problems under it.
fn field(
    state: EditorState,
    at_fields: Memo<HashMap<MetaField, Vec<CellProblem>>>,
    field: MetaField,
    label: Signal<String>,
) -> impl IntoView {
    let id = field.id();
    let message_id = format!("{id}-problem");
    let problems = Memo::new(move |_| at_fields.with(|m| m.get(&field).cloned()));
    let described = message_id.clone();
    let kind = if field == MetaField::SourceUrl { "url" } else { "text" };
    view! {
        <div class="meta-field" class:has-problem=move || problems.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <input
                type=kind
                id=id
                spellcheck="false"
                aria-invalid=move || problems.with(|p| p.as_ref().is_some_and(|p| is_error(p))).then_some("true")
                aria-describedby=move || problems.with(Option::is_some).then(|| described.clone())
                prop:value=move || state.base.with(|b| field.value(b))
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    // The summary's link follows the article's address,
                    // unless the author gave it one of its own.
                    if field == MetaField::SourceUrl {
                        let was = state.base.with_untracked(|b| field.value(b));
                        if state.article_url.with_untracked(|a| *a == was) {
                            state.article_url.set(value.clone());
                        }
                    }
                    state.base.update(|b| field.set(b, &value));
                }
            />
            {move || problems.get().map(|p| messages(message_id.clone(), p))}
        </div>
    }
}
