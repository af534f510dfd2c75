#![cfg(not(target_arch = "wasm32"))]
//! How much memory our JSON reader takes for a hostile file, against
//! serde_json, which the widget read its data with before. The bytes
//! allocated are counted, so these are their own test binary: one test,
//! its cases one after another, nothing else allocating beside them.

use tiexi_infographic::data::json;

#[path = "support/counting_allocator.rs"]
mod counting_allocator;
use counting_allocator::peak_during;

/// The most bytes in use at once while `read` runs, beyond those before.
fn peak_of(read: impl FnOnce() -> bool) -> usize {
    peak_during(|| assert!(read(), "the text is JSON"))
}

/// `item` repeated in an array to about 1 MiB.
fn array_of(item: &str) -> Vec<u8> {
    let n = (1 << 20) / (item.len() + 1);
    format!("[{}]", vec![item; n].join(",")).into_bytes()
}

#[test]
fn hostile_files_take_no_more_memory_than_serde_json_took() {
    for text in [array_of("{}"), array_of("[]"), array_of("0"), array_of("{\"a\":0}"), array_of("{\"\":{}}")]
    {
        let theirs = peak_of(|| serde_json::from_slice::<serde_json::Value>(&text).is_ok());
        let ours = peak_of(|| json::parse(&text).is_ok());
        // Room for the two to grow their lists differently, not for more.
        assert!(
            ours <= theirs + theirs / 4,
            "{}…: ours {ours} bytes, serde_json {theirs}",
            String::from_utf8_lossy(&text[..20])
        );
    }
    // A key written over and over takes room for one: serde_json's map
    // dropped each value as the next came (634 bytes).
    let text = format!("{{{}}}", vec!["\"a\":0"; (1 << 20) / 6].join(","));
    let ours = peak_of(|| json::parse(text.as_bytes()).is_ok());
    assert!(ours < 64 * 1024, "{{\"a\":0,\"a\":0,…}}: ours {ours} bytes");
}
