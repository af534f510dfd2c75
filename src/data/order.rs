//! One sort for the whole widget. Each `sort_by` with its own closure is a
//! separate copy of a sort in the Wasm; sorting indices through one
//! comparator type links one copy, whoever sorts what. And that copy is a
//! plain merge sort, not the standard library's (about 4 KB of Wasm for
//! its run detection, pivots and small-sort networks): the widget sorts at
//! most a few tens of thousands of indices, where O(n log n) is enough.

use std::cmp::Ordering;

/// Sorts `items` (indices into something) stably by `cmp`: equal items keep
/// their order. Bottom-up merge sort: runs of 1, 2, 4 … merged pairwise
/// between two buffers, O(n log n) comparisons on any input.
pub fn sort_indices(items: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    let n = items.len();
    let mut from = items.to_vec();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = n.min(start + width);
            let end = n.min(mid + width);
            let (mut left, mut right) = (start, mid);
            for slot in &mut to[start..end] {
                // The right run's item goes first only when strictly
                // smaller: of equal items the earlier stays first.
                let take_right =
                    right < end && (left == mid || cmp(from[right], from[left]) == Ordering::Less);
                if take_right {
                    *slot = from[right];
                    right += 1;
                } else {
                    *slot = from[left];
                    left += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    items.copy_from_slice(&from);
}

/// `values` in the order `cmp` gives their indices (stable).
pub fn sorted<T>(values: Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) -> Vec<T> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    sort_indices(&mut order, &|a, b| cmp(&values[a], &values[b]));
    let mut slots: Vec<Option<T>> = values.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut items = vec![0, 1, 2, 3, 4];
        let keys = [3, 1, 3, 0, 1];
        sort_indices(&mut items, &|a, b| keys[a].cmp(&keys[b]));
        assert_eq!(items, vec![3, 1, 4, 0, 2]);
        let words = sorted(vec!["b2", "a", "b1", "c"], &|x, y| x.len().cmp(&y.len()));
        assert_eq!(words, vec!["a", "c", "b2", "b1"]);
        let mut none: Vec<usize> = Vec::new();
        sort_indices(&mut none, &|a, b| a.cmp(&b));
        assert!(none.is_empty());
    }

    // proptest is a native dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod against_std {
        use super::*;

        proptest::proptest! {
            #[test]
            fn sorts_as_the_standard_library_stable_sort(keys in proptest::collection::vec(0u8..8, 0..300)) {
                let mut ours: Vec<usize> = (0..keys.len()).collect();
                sort_indices(&mut ours, &|a, b| keys[a].cmp(&keys[b]));
                let mut std: Vec<usize> = (0..keys.len()).collect();
                std.sort_by_key(|&i| keys[i]);
                proptest::prop_assert_eq!(ours, std);
            }
        }
    }
}
