//! The stylesheet compiled into the Wasm is style/widget.css without its
//! comments, the whitespace no token needs, and each block's last ';'
//! (build.rs): nothing else may change.

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

/// Without any whitespace, and without the ';' that may end a block.
fn tokens(css: &str) -> String {
    css.chars().filter(|c| !c.is_ascii_whitespace()).collect::<String>().replace(";}", "}")
}

#[test]
fn only_comments_whitespace_and_last_semicolons_are_dropped() {
    assert_eq!(tokens(SHIPPED), tokens(&without_comments(SOURCE)));
    assert!(!SHIPPED.contains(";}"));
    assert!(!SHIPPED.contains("/*") && !SHIPPED.contains('\n') && !SHIPPED.contains("  "));
    assert!(SHIPPED.len() < SOURCE.len());
}

#[test]
fn spaces_between_words_stay() {
    // A descendant selector or two values need their space; quoted text
    // keeps its own; after ':' or ',' none is needed.
    for kept in [
        ".tx-root *",
        "4px solid var(--tx-cat)",
        "'Segoe UI'",
        "contain:layout paint",
        "system-ui,-apple-system",
    ] {
        assert!(SHIPPED.contains(kept), "{kept:?} in {}", &SHIPPED[..300]);
    }
}
