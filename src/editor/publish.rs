//! What an author pastes into their page: the widget's stylesheet and
//! loader, and the element naming where the JSON file will be hosted,
//! holding a summary of the data for readers without JavaScript (and
//! search engines). The loader shows the element's children until the
//! widget is drawn, then hides them (a slot in its shadow root), so the
//! summary needs no `<noscript>`. Every data text is escaped here.

use super::words::Word;
use crate::data::format::indicator_value;
use crate::data::text_rules::html_escaped;
use crate::data::{Dataset, Lang};

/// Where the snippet finds the widget, and what it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SnippetInput<'a> {
    /// The folder holding `embed.js` and `embed.css`, ending in `/`.
    pub widget_base: &'a str,
    /// Where the author will host the JSON file.
    pub data_url: &'a str,
    /// The article the summary links to (only an `http(s)://` address is
    /// linked).
    pub article_url: &'a str,
    /// The language of the widget and of the summary.
    pub lang: Lang,
}

/// The no-JavaScript summary: the title, each key figure as
/// "label: value unit", and a link to the article.
pub fn fallback_summary(ds: &Dataset, lang: Lang, article_url: &str) -> String {
    let mut html = format!("  <p><strong>{}</strong></p>\n", html_escaped(ds.meta.title.get(lang)));
    if !ds.indicators.is_empty() {
        html.push_str("  <ul>\n");
        for ind in &ds.indicators {
            let label = html_escaped(ind.label.get(lang));
            let value = html_escaped(&indicator_value(ind, lang));
            html.push_str(&format!("    <li>{label}: {value}</li>\n"));
        }
        html.push_str("  </ul>\n");
    }
    let url = Some(article_url.trim())
        .filter(|u| !u.is_empty())
        .or(ds.meta.source.url.as_deref())
        .filter(|u| is_web_address(u));
    if let Some(url) = url {
        let words = html_escaped(Word::ReadArticle.text(lang));
        html.push_str(&format!("  <p><a href=\"{}\">{words}</a></p>\n", html_escaped(url)));
    }
    html
}

/// The whole snippet: the stylesheet in the head, the loader, and the
/// element with its summary inside.
pub fn embed_snippet(ds: &Dataset, input: &SnippetInput) -> String {
    let base = html_escaped(input.widget_base);
    let summary = fallback_summary(ds, input.lang, input.article_url);
    format!(
        "<link rel=\"stylesheet\" href=\"{base}embed.css\">\n\
         <script type=\"module\" src=\"{base}embed.js\"></script>\n\n\
         <tiexi-infographic src=\"{src}\" lang=\"{lang}\">\n{summary}</tiexi-infographic>\n",
        src = html_escaped(input.data_url.trim()),
        lang = input.lang.tag(),
    )
}

/// Whether a link may go in the summary: a web address, never a
/// `javascript:` one.
fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset::default_dataset_or_none;

    fn default_dataset() -> Dataset {
        default_dataset_or_none().expect("the built-in dataset is valid")
    }

    fn input(article_url: &str) -> SnippetInput<'_> {
        SnippetInput {
            widget_base: "https://cdn.example.org/tiexi/",
            data_url: "https://example.org/graphics/tiexi-data.json",
            article_url,
            lang: Lang::En,
        }
    }

    #[test]
    fn the_snippet_loads_the_widget_with_the_data_and_a_summary() {
        let ds = default_dataset();
        let snippet = embed_snippet(&ds, &input("https://news.example.org/tiexi-2025"));
        assert!(snippet.starts_with(
            "<link rel=\"stylesheet\" href=\"https://cdn.example.org/tiexi/embed.css\">\n\
             <script type=\"module\" src=\"https://cdn.example.org/tiexi/embed.js\"></script>\n"
        ));
        assert!(snippet.contains(
            "<tiexi-infographic src=\"https://example.org/graphics/tiexi-data.json\" lang=\"en\">\n  <p><strong>Shenyang&#39;s Tiexi district in 2025"
        ));
        assert!(snippet.contains("<li>in a row with GDP ahead of the national average: 12 quarters</li>"));
        assert!(snippet.contains("<a href=\"https://news.example.org/tiexi-2025\">Read the article</a>"));
        assert_eq!(snippet.matches("<li>").count(), ds.indicators.len());
        assert!(snippet.ends_with("</tiexi-infographic>\n"));
    }

    #[test]
    fn the_summary_is_in_the_chosen_language() {
        let ds = default_dataset();
        let summary = fallback_summary(&ds, Lang::ZhHans, "https://news.example.org/a");
        assert!(summary.contains("<strong>沈阳铁西 2025"));
        assert!(summary.contains("阅读全文"));
    }

    #[test]
    fn data_texts_and_addresses_cannot_break_out() {
        let mut ds = default_dataset();
        ds.meta.title.set(Lang::En, "</p><script>alert(1)</script>".into());
        ds.indicators[0].label.set(Lang::En, "a<b & \"c\"".into());
        let snippet = embed_snippet(&ds, &SnippetInput { data_url: "x\" onload=\"evil()", ..input("") });
        assert!(!snippet.contains("<script>alert"));
        assert!(snippet.contains("&lt;/p&gt;&lt;script&gt;"));
        assert!(snippet.contains("<li>a&lt;b &amp; &quot;c&quot;: "));
        assert!(snippet.contains("src=\"x&quot; onload=&quot;evil()\""));
    }

    #[test]
    fn only_web_addresses_are_linked() {
        let ds = default_dataset();
        assert!(!fallback_summary(&ds, Lang::En, "javascript:alert(1)").contains("<a "));
        assert!(!fallback_summary(&ds, Lang::En, "").contains("<a "));
        assert!(
            fallback_summary(&ds, Lang::En, "HTTPS://x.example/").contains("<a href=\"HTTPS://x.example/\">")
        );
    }
}
