//! The visible error: what failed and where, in the reader's language. Never
//! a blank box.

use super::state::Inputs;
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::data::{Problem, ProblemKind};
use crate::ui::erased::text;
use leptos::prelude::*;
use std::sync::Arc;

/// Lists every located problem that stops the data from being shown.
#[component]
pub fn ErrorView(inputs: Inputs, problems: Arc<Vec<Problem>>) -> impl IntoView {
    let lang = inputs.lang;
    // Past the reporting cap the last problem counts the rest: the title
    // says how many there are in all, not how many are listed.
    let count: usize = problems
        .iter()
        .map(|p| match p.kind {
            ProblemKind::MoreProblems { errors, .. } => errors,
            _ => 1,
        })
        .sum();
    let problems2 = problems.clone();
    view! {
        <div class="tx-error" role="alert">
            // One text rather than a view of five pieces.
            <p class="tx-error-title">
                {text(move || format!("{} ({count} {})", inputs.ui(UiText::ErrorTitle), inputs.ui(UiText::problems(count))))}
            </p>
            // Escaped HTML text: messages echo the data file's own words.
            <ul inner_html=text(move || {
                let lang = lang.get();
                problems2
                    .iter()
                    .take(20)
                    .map(|p| format!("<li><code>{}</code></li>", html_escaped(&p.message(lang))))
                    .collect::<String>()
            })></ul>
        </div>
    }
}
