//! Charts that move: the in-between chart of a time-lapse (bars grow from one year's values to the
//! next).

use super::bar_chart::{BarChart, Category};

/// The chart `t` of the way from `from` to `to` (0 → `from`'s values, 1 → `to` itself).
///
/// The bars are `to`'s, in its order: a bar `from` does not have grows from zero, and a bar only
/// `from` has is gone. Values are matched by category key and series key. Notes (the count at
/// the end of a bar) switch half-way.
pub fn tween(from: &BarChart, to: &BarChart, t: f64) -> BarChart {
    let t = if t.is_nan() { 1.0 } else { t.clamp(0.0, 1.0) };
    if t >= 1.0 {
        return to.clone();
    }
    let start = |category: &Category, series: usize| -> u64 {
        let Some(key) = to.series.get(series).map(|s| &s.key) else { return 0 };
        let Some(old) = from.categories.iter().find(|c| c.key == category.key) else { return 0 };
        from.series.iter().position(|s| &s.key == key).and_then(|i| old.values.get(i).copied()).unwrap_or(0)
    };
    let categories = to
        .categories
        .iter()
        .map(|category| {
            let values = category
                .values
                .iter()
                .enumerate()
                .map(|(series, &end)| {
                    let begin = start(category, series) as f64;
                    (begin + (end as f64 - begin) * t).round().max(0.0) as u64
                })
                .collect();
            let note = if t < 0.5 {
                from.categories.iter().find(|c| c.key == category.key).and_then(|c| c.note.clone())
            } else {
                category.note.clone()
            };
            Category { values, note, ..category.clone() }
        })
        .collect();
    BarChart { categories, ..to.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::bar_chart::{Orientation, Series};
    use crate::charts::keys::{CategoryKey, SeriesKey};
    use crate::charts::theme::Rgb;
    use crate::charts::units::ValueKind;

    fn series(key: &str) -> Series {
        Series {
            key: SeriesKey::Phase(crate::data::Phase::Other(key.into())),
            label: key.into(),
            color: Rgb(0, 0, 145),
        }
    }

    fn bar(key: &str, values: &[u64]) -> Category {
        Category {
            key: CategoryKey::Incubator(crate::data::IncubatorId(key.into())),
            label: key.into(),
            full_label: key.into(),
            values: values.to_vec(),
            note: Some(values.iter().sum::<u64>().to_string()),
            detail: None,
            highlighted: false,
        }
    }

    fn chart(series_keys: &[&str], bars: Vec<Category>) -> BarChart {
        BarChart {
            orientation: Orientation::Horizontal,
            series: series_keys.iter().map(|k| series(k)).collect(),
            categories: bars,
            value_kind: ValueKind::Count,
            empty_message: String::new(),
        }
    }

    #[test]
    fn tween_ends_are_the_two_charts_and_half_way_is_between() {
        let from = chart(&["a", "b"], vec![bar("x", &[2, 4])]);
        let to = chart(&["a", "b"], vec![bar("x", &[6, 4]), bar("y", &[10, 0])]);
        assert_eq!(tween(&from, &to, 1.0), to);
        let start = tween(&from, &to, 0.0);
        assert_eq!(start.categories[0].values, vec![2, 4]);
        assert_eq!(start.categories[1].values, vec![0, 0], "a new bar grows from nothing");
        let half = tween(&from, &to, 0.5);
        assert_eq!(half.categories[0].values, vec![4, 4]);
        assert_eq!(half.categories[1].values, vec![5, 0]);
        assert_eq!(half.categories[1].note.as_deref(), Some("10"), "notes switch half-way");
        assert_eq!(tween(&from, &to, 0.25).categories[0].note.as_deref(), Some("6"));
    }

    #[test]
    fn tween_matches_series_by_key_not_position() {
        let from = chart(&["b"], vec![bar("x", &[8])]);
        let to = chart(&["a", "b"], vec![bar("x", &[0, 0])]);
        assert_eq!(tween(&from, &to, 0.0).categories[0].values, vec![0, 8]);
    }

    #[test]
    fn tween_of_an_odd_t_is_clamped() {
        let from = chart(&["a"], vec![bar("x", &[0])]);
        let to = chart(&["a"], vec![bar("x", &[10])]);
        assert_eq!(tween(&from, &to, -3.0).categories[0].values, vec![0]);
        assert_eq!(tween(&from, &to, f64::NAN), to);
        assert_eq!(tween(&from, &to, 7.0), to);
    }
}
