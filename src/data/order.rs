//! One sort for the whole widget. Each `sort_by` with its own closure is a
//! separate copy of the standard library's sort in the Wasm; sorting
//! indices through one comparator type links one copy, whoever sorts what.

use std::cmp::Ordering;

/// Sorts `items` (indices into something) stably by `cmp`: equal items keep
/// their order.
pub fn sort_indices(items: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    items.sort_by(|&a, &b| cmp(a, b));
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
    }
}
