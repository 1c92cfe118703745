//! Counting by group, with one hash lookup per service.
//!
//! The groups (incubators, ministries, themes) are text ids. A sorted map compares the texts
//! several times at each lookup: on 100 times the published data, a page's first render spent a
//! third of its time there. [`Tally`] finds a group's slot by its hash, then hands the groups back
//! sorted once, as the sorted map did.

use std::hash::Hash;

use rustc_hash::FxHashMap;

use crate::data::order;

/// A value `V` per group `K`, for the groups met.
pub(super) struct Tally<'k, K, V> {
    slots: FxHashMap<&'k K, usize>,
    rows: Vec<(&'k K, V)>,
}

impl<'k, K: Hash + Eq + Ord, V: Default> Tally<'k, K, V> {
    pub(super) fn new() -> Self {
        Tally { slots: FxHashMap::default(), rows: Vec::new() }
    }

    /// The value of `group`, a default one the first time it is met.
    pub(super) fn get(&mut self, group: &'k K) -> &mut V {
        let rows = &mut self.rows;
        let slot = *self.slots.entry(group).or_insert_with(|| {
            rows.push((group, V::default()));
            rows.len() - 1
        });
        &mut self.rows[slot].1
    }

    /// The groups met and their values, sorted by group.
    pub(super) fn into_sorted(self) -> Vec<(&'k K, V)> {
        let mut rows = self.rows;
        order::sort_by(&mut rows, |a, b| a.0.cmp(b.0));
        rows
    }
}

/// Each key's position in `keys` (the first, if a key is there twice), found by hash.
pub(super) fn positions<K: Hash + Eq>(keys: &[K]) -> FxHashMap<&K, usize> {
    let mut positions = FxHashMap::default();
    for (i, key) in keys.iter().enumerate() {
        positions.entry(key).or_insert(i);
    }
    positions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tally_gives_each_group_met_its_value_sorted_by_group() {
        let names = ["dinum", "anct", "dinum", "beta", "anct", "dinum"].map(String::from);
        let mut tally: Tally<String, usize> = Tally::new();
        for name in &names {
            *tally.get(name) += 1;
        }
        let counted: Vec<(&str, usize)> = tally.into_sorted().into_iter().map(|(k, n)| (k.as_str(), n)).collect();
        assert_eq!(counted, [("anct", 2), ("beta", 1), ("dinum", 3)]);
    }

    #[test]
    fn positions_keep_the_first_place_of_a_key() {
        let keys = ["b", "a", "b"].map(String::from);
        let found = positions(&keys);
        assert_eq!((found[&keys[0]], found[&keys[1]], found.len()), (0, 1, 2));
    }
}
