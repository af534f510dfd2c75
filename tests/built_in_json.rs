#![cfg(not(target_arch = "wasm32"))]
//! The dataset compiled into the Wasm is data/tiexi-2025.json without the
//! whitespace between its tokens (build.rs): the same value, every token
//! (each string, each number) as written.

use serde_json::Value;
use tiexi_infographic::data::default_dataset::DEFAULT_DATASET_JSON;

const SOURCE: &str = include_str!("../data/tiexi-2025.json");

fn no_whitespace(json: &str) -> String {
    json.chars().filter(|c| !matches!(c, ' ' | '\t' | '\n' | '\r')).collect()
}

#[test]
fn only_whitespace_between_tokens_is_dropped() {
    let source: Value = serde_json::from_str(SOURCE).expect("the source is JSON");
    let shipped: Value = serde_json::from_str(DEFAULT_DATASET_JSON).expect("the shipped text is JSON");
    assert_eq!(shipped, source);
    // Dropping whitespace everywhere leaves the same text: nothing but
    // whitespace went, and the values above show none inside a string did.
    assert_eq!(no_whitespace(DEFAULT_DATASET_JSON), no_whitespace(SOURCE));
    assert!(!DEFAULT_DATASET_JSON.contains('\n'));
    assert!(DEFAULT_DATASET_JSON.len() < SOURCE.len());
}
