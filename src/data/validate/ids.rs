//! Id lookups without a hash table: a list's ids sorted once, through the
//! widget's one sort, and found by binary search. O(n log n) whatever ids
//! a file holds (a hash of attacker-chosen strings needs a random key, and
//! SipHash and its table were a few kilobytes of Wasm for a few lookups).

use crate::data::json::Value;
use crate::data::order::sort_indices;

/// Ids by position (each names the item at its position), sorted once.
pub(super) struct Ids {
    keys: Vec<String>,
    /// Positions into `keys` in id order; equal ids stay in position order.
    order: Vec<usize>,
}

impl Ids {
    pub(super) fn new(keys: Vec<String>) -> Ids {
        let mut order: Vec<usize> = (0..keys.len()).collect();
        sort_indices(&mut order, &|a, b| keys[a].cmp(&keys[b]));
        Ids { keys, order }
    }

    /// The first position whose id is `id`.
    pub(super) fn get(&self, id: &str) -> Option<usize> {
        let at = self.order.partition_point(|&i| self.keys[i].as_str() < id);
        self.order.get(at).copied().filter(|&i| self.keys[i] == id)
    }
}

/// A list's ids as links find them: the items read, by their position in
/// the dataset, and the items refused, whose links are not reported again
/// (one mistake yields one message, not a cascade).
pub(super) struct Targets {
    pub(super) read: Ids,
    pub(super) refused: Ids,
}

/// An item's `id` as written, whatever else is wrong with the item.
pub(super) fn raw_id(item: &Value) -> Option<&str> {
    item.get("id").and_then(Value::as_str)
}

/// A list's ids, gathered before its items are read: an item whose id an
/// earlier item already has is a duplicate, and its message names the first.
pub(super) struct Seen {
    list: &'static str,
    /// Per item, the first item with the same id (itself when none is earlier).
    first: Vec<usize>,
}

impl Seen {
    pub(super) fn new(list: &'static str, items: &[Value]) -> Seen {
        let mut keys = Vec::new();
        for item in items {
            // An empty id is refused before duplicates are looked for:
            // it stands for "no id" here.
            keys.push(raw_id(item).unwrap_or_default().to_owned());
        }
        let ids = Ids::new(keys);
        let mut first = Vec::new();
        for (i, key) in ids.keys.iter().enumerate() {
            first.push(if key.is_empty() { i } else { ids.get(key).unwrap_or(i) });
        }
        Seen { list, first }
    }

    /// The path of the id item `index` repeats, if an earlier item has it.
    /// The earliest item with an id is the one the duplicates point at: an
    /// id is valid or not by itself, so the first use of a valid id is read.
    pub(super) fn first_use(&self, index: usize) -> Option<String> {
        let first = self.first[index];
        (first < index).then(|| format!("{}[{first}].id", self.list))
    }
}
