//! Charts on a slide: as large as the box a slide gives them allows, and folded to the bars it has
//! room for only where that is honest.
//!
//! Folding puts a chart's last bars into one ("12 autres"). That bar must say something true: the
//! bars of a time series (years, promotions) or the lines of the transparency block are not parts
//! of one whole, and adding them up gives a figure that means nothing; and a service counts under
//! each of its incubators (each ministry of its sponsors), so even those bars do not add up to a
//! count of services. Whether a chart may be folded, and what its folded bar then counts (its
//! members each once, worked out from the data), is decided where the chart is built: its
//! [`Folding`]. A chart that may not be folded is drawn smaller instead, down to a least zoom;
//! below that, the box must grow (the page scrolls), and its table gives the values in text.

use super::bar_chart::{Category, LEAST_WIDTH};
use super::keys::CategoryKey;
use super::{ChartData, Folding};
use crate::text;

/// A chart as a slide shows it: its bars (folded or not) and how many times larger than in the
/// explorer it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    pub data: ChartData,
    pub zoom: f64,
}

/// The fewest bars a folded chart keeps (its last one standing for the rest).
const LEAST_BARS: usize = 3;

/// How much smaller each try draws a chart that does not fit.
const ZOOM_STEP: f64 = 0.9;

impl ChartData {
    /// The chart with at most `bars` bars (at least two), when its [`Folding`] allows: the first
    /// `bars - 1`, then one standing for the rest ("12 autres"), which counts their members once
    /// each and names them in its tooltip. The table keeps every row. A chart that may not be
    /// folded is returned as it is.
    pub fn folded(&self, bars: usize) -> ChartData {
        let categories = &self.chart.categories;
        let bars = bars.max(2);
        let Folding::Union(tails) = &self.folding else { return self.clone() };
        if categories.len() <= bars {
            return self.clone();
        }
        let (kept, rest) = categories.split_at(bars - 1);
        let Some(tail) = tails.get(bars - 1) else { return self.clone() };
        let names: Vec<&str> = rest.iter().map(|c| c.full_label.as_str()).collect();
        let mut folded: Vec<Category> = kept.to_vec();
        folded.push(Category {
            key: CategoryKey::Others,
            label: text::other_bars(rest.len()),
            full_label: text::other_bars_named(&names),
            values: tail.values.clone(),
            note: tail.note.clone(),
            detail: None,
            highlighted: false,
        });
        let chart = super::BarChart { categories: folded, ..self.chart.clone() };
        ChartData { chart, ..self.clone() }
    }

    /// Whether the chart, laid out in a box `width` × `height` CSS pixels, fits its height.
    fn fits(&self, width: f64, height: f64) -> bool {
        f64::from(self.chart.layout_in(width, Some(height), 1.0).height) <= height + 1.0
    }

    /// Whether the chart, laid out `width` CSS pixels wide with its rows at their usual height,
    /// is at most `height` high.
    fn fits_unsqueezed(&self, width: f64, height: f64) -> bool {
        f64::from(self.chart.layout(width, 1.0).height) <= height + 1.0
    }

    /// The chart folded (when it may be) to the most bars that fit a box `width` × `height` CSS
    /// pixels at their usual height (fewer bars read better than bars closed up), keeping at least
    /// three; as it is when it fits whole or may not be folded.
    fn folded_to_fit(&self, width: f64, height: f64) -> ChartData {
        let count = self.chart.categories.len();
        if self.folding == Folding::Never || count <= LEAST_BARS || self.fits_unsqueezed(width, height) {
            return self.clone();
        }
        // More bars are taller: the most that fit, by halving.
        let (mut fitting, mut too_many) = (LEAST_BARS, count);
        while too_many - fitting > 1 {
            let middle = (fitting + too_many) / 2;
            if self.folded(middle).fits_unsqueezed(width, height) {
                fitting = middle;
            } else {
                too_many = middle;
            }
        }
        self.folded(fitting)
    }

    /// The chart as a slide shows it in a box `width` × `height` CSS pixels: drawn `zoom` times
    /// its explorer size when it fits (folded first, where its folding allows), else smaller, down
    /// to `least_zoom` (its size in the explorer at the visitor's text size). Never wider than the
    /// box: a box narrower than a chart's least width at `zoom` draws it smaller. When even the
    /// least zoom does not fit, the chart is drawn at it, as tall as it must be
    /// ([`ChartData::least_height`]): the box must grow.
    pub fn fit(&self, width: f64, height: f64, zoom: f64, least_zoom: f64) -> Fit {
        let top = widest_zoom(width, zoom);
        let least = widest_zoom(width, least_zoom).min(top);
        let mut z = top;
        loop {
            let shown = self.folded_to_fit(width / z, height / z);
            if shown.fits(width / z, height / z) || z <= least {
                return Fit { data: shown, zoom: z };
            }
            z = (z * ZOOM_STEP).max(least);
        }
    }

    /// The least height, in CSS pixels, the chart takes in a box `width` wide at `least_zoom`
    /// (as folded as it may be, its rows and plot at their least): a slide's box for it is
    /// never made smaller, so that nothing is drawn past it.
    pub fn least_height(&self, width: f64, least_zoom: f64) -> f64 {
        let z = widest_zoom(width, least_zoom);
        let shown = self.folded_to_fit(width / z, 0.0);
        f64::from(shown.chart.layout_in(width / z, Some(0.0), 1.0).height) * z
    }
}

impl ChartData {
    /// The height, in CSS pixels, the chart takes at `zoom` in a box `width` wide when nothing
    /// limits it: every bar, rows and plot at their usual size (never less than its least height).
    pub fn natural_height(&self, width: f64, zoom: f64) -> f64 {
        let z = widest_zoom(width, zoom);
        f64::from(self.chart.layout(width / z, 1.0).height) * z
    }
}

/// `zoom`, or less when a box `width` CSS pixels wide cannot hold a chart's least width at it.
pub fn widest_zoom(width: f64, zoom: f64) -> f64 {
    let zoom = if zoom.is_finite() && zoom > 0.0 { zoom } else { 1.0 };
    if width.is_finite() && width > 0.0 { zoom.min(width / LEAST_WIDTH) } else { zoom }
}
