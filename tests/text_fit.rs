#![cfg(not(target_arch = "wasm32"))]
//! Shortening and wrapping labels (`layout::text`) over any text: the
//! cuts land on character boundaries (the `debug_assert!`s in `before` and
//! `after` hold in these debug-built tests), the result fits, and what is
//! shown is the text's own beginning.

use proptest::prelude::*;
use tiexi_infographic::layout::text::{fit_text, wrap_text};
use tiexi_infographic::layout::ApproxMeasure;

/// Words of ASCII, CJK, accented and astral characters, with spaces.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just(' '),
            Just('a'),
            Just('W'),
            Just('鐵'),
            Just('é'),
            Just('😀'),
            Just('\u{301}'),
            any::<char>()
        ],
        0..120,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn fit_text_keeps_a_prefix_and_fits(label in text(), width in 1.0f64..400.0) {
        let shown = fit_text(&ApproxMeasure, &label, 13.0, width);
        if shown != label {
            let kept = shown.strip_suffix('…').unwrap_or(&shown);
            prop_assert!(label.starts_with(kept.trim_end()), "{shown:?} from {label:?}");
        }
    }

    #[test]
    fn wrap_text_keeps_the_order_and_the_line_count(label in text(), width in 1.0f64..400.0, lines in 1usize..5) {
        let wrapped = wrap_text(&ApproxMeasure, &label, 13.0, width, lines);
        prop_assert!(wrapped.len() <= lines, "{wrapped:?}");
        // Every line but an ellipsis is the label's next words, in order.
        let mut rest = label.trim();
        for line in &wrapped {
            let kept = line.strip_suffix('…').unwrap_or(line).trim_end();
            let at = rest.find(kept);
            prop_assert!(at.is_some(), "{line:?} not found in what is left, {rest:?}");
            rest = &rest[at.unwrap_or(0) + kept.len()..];
        }
    }
}
