#![cfg(not(target_arch = "wasm32"))]
//! `text_rules::fill_in`, the reader's placeholder filler (it avoids
//! `str::replace` for size: see its comment), does what `str::replace`
//! does for any template, placeholder and value.

use proptest::prelude::*;
use tiexi_infographic::data::text_rules::fill_in;

/// Text mixing ASCII, braces, CJK and other multi-byte characters, so
/// placeholders and matches straddle character boundaries often.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('{'),
            Just('}'),
            Just('n'),
            Just('0'),
            Just('é'),
            Just('鐵'),
            Just('😀'),
            any::<char>()
        ],
        0..max,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn fill_in_is_replace_for_any_non_empty_placeholder(template in text(40), placeholder in text(4), value in text(6)) {
        prop_assume!(!placeholder.is_empty());
        prop_assert_eq!(fill_in(&template, &placeholder, &value), template.replace(&placeholder, &value));
    }

    #[test]
    fn fill_in_fills_the_templates_the_widget_uses(template in text(30), count in 0usize..100_000) {
        let with = format!("{template}{{n}}{template}");
        prop_assert_eq!(fill_in(&with, "{n}", &count.to_string()), with.replace("{n}", &count.to_string()));
    }
}
