//! Where the focusable pieces go over a drawn chart: one target per bar piece, in CSS pixels, at
//! least [`MIN_TARGET`] on each side however thin the piece, named by what it stands for (its
//! category and series), so that a page can keep the same element for the same piece from one
//! layout to the next.

use super::ChartData;
use super::bar_chart::{Layout, Rect};
use super::keys::PieceKey;

/// The smallest side of a piece's pointer target, in CSS pixels (WCAG 2.5.8 asks for 24 with
/// spacing; bars are drawn as they are, the target is centred on the thin ones).
pub const MIN_TARGET: f64 = 8.0;

/// One piece's target.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub key: PieceKey,
    /// In CSS pixels from the chart's top left corner.
    pub rect: Rect,
    /// What the piece says: its category, series and value ([`ChartData::tooltip`]).
    pub label: String,
}

impl ChartData {
    /// The target of each piece of `layout` (laid out from this chart), in the order of its
    /// segments, for a chart drawn `zoom` times larger than its layout's CSS size.
    pub fn targets(&self, layout: &Layout, zoom: f64) -> Vec<Target> {
        let scale = layout.scale / zoom;
        layout
            .segments
            .iter()
            .filter_map(|segment| {
                let category = self.chart.categories.get(segment.category)?;
                let r = segment.rect.scaled(scale);
                let (w, h) = (r.w.max(MIN_TARGET), r.h.max(MIN_TARGET));
                Some(Target {
                    key: (category.key.clone(), segment.series),
                    rect: Rect { x: r.x - (w - r.w) / 2.0, y: r.y - (h - r.h) / 2.0, w, h },
                    label: self.tooltip(segment.category, segment.series),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::keys::{CategoryKey, SeriesKey};
    use crate::charts::units::ValueKind;
    use crate::charts::{BarChart, Category, Orientation, Series, theme::Rgb};
    use crate::data::PhaseGroup;

    fn data() -> ChartData {
        let category = |year: i32, values: Vec<u64>| Category {
            key: CategoryKey::Year(year),
            label: year.to_string(),
            full_label: year.to_string(),
            values,
            note: None,
            detail: None,
            highlighted: false,
        };
        let chart = BarChart {
            orientation: Orientation::Vertical,
            series: vec![
                Series { key: SeriesKey::Group(PhaseGroup::Investigation), label: "A".into(), color: Rgb(0, 0, 145) },
                Series { key: SeriesKey::Group(PhaseGroup::Abandoned), label: "B".into(), color: Rgb(102, 102, 102) },
            ],
            categories: vec![category(2020, vec![100, 0]), category(2021, vec![99, 1])],
            value_kind: ValueKind::Count,
            empty_message: String::new(),
        };
        ChartData {
            title: "T".into(),
            chart,
            table: crate::charts::DataTable { caption: String::new(), columns: vec![], rows: vec![] },
            summary: String::new(),
            folding: crate::charts::Folding::Never,
        }
    }

    #[test]
    fn each_piece_has_a_target_named_by_its_category_and_series() {
        let data = data();
        let layout = data.chart.layout(400.0, 2.0);
        let targets = data.targets(&layout, 1.0);
        let keys: Vec<&PieceKey> = targets.iter().map(|t| &t.key).collect();
        assert_eq!(keys, [&(CategoryKey::Year(2020), 0), &(CategoryKey::Year(2021), 0), &(CategoryKey::Year(2021), 1)]);
        assert!(targets[2].label.contains("B"), "{}", targets[2].label);
    }

    #[test]
    fn a_thin_piece_gets_a_target_of_the_least_size_centred_on_it() {
        let data = data();
        let layout = data.chart.layout(400.0, 2.0);
        let thin = &layout.segments[2];
        assert!(thin.rect.h / 2.0 < MIN_TARGET);
        let target = &data.targets(&layout, 1.0)[2];
        assert_eq!(target.rect.h, MIN_TARGET);
        let centre = |y: f64, h: f64| y + h / 2.0;
        assert!((centre(target.rect.y, target.rect.h) - centre(thin.rect.y / 2.0, thin.rect.h / 2.0)).abs() < 1e-9);
    }

    #[test]
    fn a_zoomed_chart_has_its_targets_zoomed_too() {
        let data = data();
        // A chart 400 px wide at zoom 2 is the chart of 200 px, twice as large.
        let plain = data.targets(&data.chart.layout(200.0, 1.0), 1.0);
        let zoomed = data.targets(&data.chart.layout(200.0, 2.0), 2.0);
        assert!((zoomed[0].rect.w - 2.0 * plain[0].rect.w).abs() < 1.0);
        assert!((zoomed[0].rect.h - 2.0 * plain[0].rect.h).abs() < 1.0);
    }
}
