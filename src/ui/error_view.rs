//! The visible error: what failed and where, in the reader's language. Never
//! a blank box.

use super::state::Inputs;
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::data::wire::Reported;
use crate::ui::markup::{append, bind, Target};
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::Element;

/// Lists every located problem that stops the data from being shown, at
/// the end of `root`.
pub fn show(inputs: Inputs, problems: Arc<Vec<Reported>>, root: &Element) {
    let lang = inputs.lang;
    // Past the reporting cap the last problem counts the rest: the title
    // says how many there are in all, not how many are listed.
    let count: usize = problems.iter().map(|p| p.errors).sum();
    let Some(error) =
        append(root, r#"<div class="tx-error" role="alert"><p class="tx-error-title"></p><ul></ul></div>"#)
    else {
        return;
    };
    // One text rather than five pieces.
    if let Some(title) = error.first_element_child() {
        bind(
            &title,
            Target::Text,
            Box::new(move || {
                Some(format!(
                    "{} ({count} {})",
                    inputs.ui(UiText::ErrorTitle),
                    inputs.ui(UiText::problems(count))
                ))
            }),
        );
    }
    // Escaped HTML text: messages echo the data file's own words.
    if let Some(list) = error.last_element_child() {
        bind(
            &list,
            Target::Html,
            Box::new(move || {
                let lang = lang.get();
                Some(
                    problems
                        .iter()
                        .take(20)
                        .map(|p| format!("<li><code>{}</code></li>", html_escaped(p.message(lang))))
                        .collect(),
                )
            }),
        );
    }
}
