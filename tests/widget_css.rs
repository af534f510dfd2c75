//! The stylesheet compiled into the Wasm is style/widget.css without its
//! comments and line breaks (build.rs): nothing else may change.

const SOURCE: &str = include_str!("../style/widget.css");
const SHIPPED: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        match rest[start + 2..].find("*/") {
            Some(end) => rest = &rest[start + 2 + end + 2..],
            None => panic!("style/widget.css: a comment is never closed"),
        }
    }
    out + rest
}

fn no_whitespace(css: &str) -> String {
    css.chars().filter(|c| !c.is_ascii_whitespace()).collect()
}

#[test]
fn only_comments_and_whitespace_are_dropped() {
    assert_eq!(no_whitespace(SHIPPED), no_whitespace(&without_comments(SOURCE)));
    assert!(!SHIPPED.contains("/*") && !SHIPPED.contains('\n') && !SHIPPED.contains("  "));
    assert!(SHIPPED.len() < SOURCE.len());
}

#[test]
fn spaces_between_words_stay() {
    // A descendant selector or a list of values needs its space.
    assert!(SHIPPED.contains("system-ui, -apple-system, 'Segoe UI'"), "{}", &SHIPPED[..200]);
}
