//! Sorting with one compiled sort for the whole program.
//!
//! Each `sort_by` of another element type or comparator compiles its own copy of the standard
//! library's sort (about 4 kB of WebAssembly each: there were sixteen, a twentieth of the app).
//! [`sort_by`] sorts positions — always `usize` — with a comparator behind a reference, so that
//! one copy serves every call; the elements are then moved into place. It is stable, as
//! `slice::sort_by`.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` by the key `key` gives, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by the key `key` gives, computed once for each item, stably.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions(items.len(), &|a, b| keys[a].cmp(&keys[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` in their natural order, stably.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` gives them (stable): the program's one call of
/// the standard sort (clippy.toml's `disallowed-methods` keeps it so).
#[allow(clippy::disallowed_methods)]
fn positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..5, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut standard = items;
            standard.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, standard);
        }
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum"];
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "apple"]);
    }

    #[test]
    fn a_cached_key_is_computed_once_per_item_and_sorts_stably() {
        let calls = std::cell::Cell::new(0);
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum"];
        sort_by_cached_key(&mut words, |w| {
            calls.set(calls.get() + 1);
            w.len()
        });
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "apple"]);
        assert_eq!(calls.get(), 5);
    }

    #[test]
    fn natural_order() {
        let mut numbers = vec![3, 1, 2];
        sort(&mut numbers);
        assert_eq!(numbers, [1, 2, 3]);
    }
}
