#![cfg(not(target_arch = "wasm32"))]
//! A count in wire bytes is a claim: the decoder must not reserve room for
//! it before the bytes show it could be true. The bytes allocated are
//! counted, so this is its own test binary with one test.

use serde_json::json;
use tiexi_infographic::data::parse_dataset;
use tiexi_infographic::data::validate::limits;
use tiexi_infographic::data::wire::{decode, encode, HEADER_LEN};

#[path = "support/counting_allocator.rs"]
mod counting_allocator;
use counting_allocator::peak_during;

/// The most bytes in use at once while `bytes` are decoded, which must fail.
fn peak_refusing(bytes: &[u8]) -> usize {
    peak_during(|| assert!(decode(bytes).is_err(), "the bytes are refused"))
}

fn varint(mut n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    while n >= 0x80 {
        out.push(n as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
    out
}

#[test]
fn counts_past_the_bytes_left_are_refused_before_room_is_made_for_them() {
    // A valid file with no milestones: its wire ends with their count (0)
    // and the count of problems (0).
    let t = json!({"zh-Hant": "t", "zh-Hans": "t", "en": "t"});
    let file = serde_json::to_vec(&json!({
        "meta": {"title": t, "source": {"author": t}, "period": "2025"},
        "categories": [{"id": "c", "name": t, "color": "blue"}],
        "indicators": [],
        "milestones": []
    }))
    .expect("JSON");
    let checked = parse_dataset(&file);
    assert!(checked.dataset.is_some(), "{:?}", checked.problems);
    let wire = encode(&checked, &file);
    assert!(wire.ends_with(&[0, 0]));
    assert!(decode(&wire).is_ok());

    // As many milestones as a file may have, in a few bytes: room for
    // them would be megabytes.
    let mut claim = wire[..wire.len() - 2].to_vec();
    claim.extend(varint(limits::MAX_MILESTONES));
    claim.extend([0; 8]);
    let peak = peak_refusing(&claim);
    assert!(peak < 16 * 1024, "{peak} bytes allocated for {} bytes of input", claim.len());

    // As many problems as can be listed, in a few bytes, with no dataset.
    let mut claim = wire[..HEADER_LEN].to_vec();
    claim.push(0);
    claim.extend(varint(limits::MAX_PROBLEMS + 1));
    claim.extend([0; 8]);
    let peak = peak_refusing(&claim);
    assert!(peak < 1024, "{peak} bytes allocated for {} bytes of input", claim.len());
}
