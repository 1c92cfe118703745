//! The dashboard's charts, pure: domain figures → a [`BarChart`] (drawn with plotters on any
//! backend: canvas in the browser, SVG in tests) and the same figures as a [`DataTable`].

// An item only this crate uses says so (`pub(crate)`): the compiler then finds it dead once unused.
#![warn(unreachable_pub)]

pub mod animation;
pub mod axis;
pub mod bar_chart;
mod evolution;
pub mod fit;
mod funding;
mod incubators;
pub mod keys;
pub mod labels;
mod ministries;
mod svg;
pub mod table;
pub mod targets;
pub mod theme;
mod transparency;
pub mod units;

pub use animation::tween;
pub use bar_chart::{BarChart, Category, Layout, Orientation, Rect, Segment, Series, draw};
pub use evolution::evolution_chart;
pub use fit::Fit;
pub use funding::{funding_by_incubator_chart, funding_by_promotion_chart};
pub use incubators::incubators_chart;
pub use keys::{CategoryKey, PieceKey, SeriesKey};
pub use ministries::ministries_chart;
pub use svg::{PRINT_WIDTH, svg};
pub use table::{Cell, DataTable};
pub use targets::Target;
pub use theme::Palette;
pub use transparency::transparency_chart;
pub use units::{ValueKind, css_px, tenths};

/// A chart ready to show: its title, the bars, the table of its data, a sentence that says what a
/// sighted reader would see at a glance (or what the chart cannot show, such as unknown FAST
/// amounts), and whether a slide short of room may fold its last bars into one ([`Folding`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub title: String,
    pub chart: BarChart,
    pub table: DataTable,
    pub summary: String,
    pub folding: Folding,
}

/// Whether a chart's last bars may be put into one when a slide has no room for them, and what
/// that bar then holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Folding {
    /// Never: its bars are not parts of one whole (the years of a time series, the promotions of
    /// FAST, the lines of the transparency block, which overlap). A short slide draws them
    /// smaller, or its table gives them.
    #[default]
    Never,
    /// Its bars are groups (incubators, ministries) whose members may be in several: `tails[k]`
    /// is the one bar standing for the categories from `k` on, each member counted once.
    Union(Vec<FoldedBar>),
}

/// The values and note of a bar standing for several categories.
#[derive(Debug, Clone, PartialEq)]
pub struct FoldedBar {
    /// One value per series: the members of any of the categories, each once.
    pub values: Vec<u64>,
    /// Written at its end, as the other bars' notes.
    pub note: Option<String>,
}

/// Height of the title band added to downloaded images, in CSS pixels.
const EXPORT_HEADER: f64 = 64.0;

impl ChartData {
    /// The size of the downloadable image of a chart laid out as `layout`: the chart with its
    /// title and a source line above it.
    pub fn export_size(layout: &Layout) -> (u32, u32) {
        (layout.width, layout.height + (EXPORT_HEADER * layout.scale).round() as u32)
    }

    /// Draws the downloadable image: title, `subtitle` (date and source), then the chart.
    pub fn draw_export<DB: plotters::prelude::DrawingBackend>(
        &self,
        root: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
        layout: &Layout,
        subtitle: &str,
    ) -> Result<(), plotters::prelude::DrawingAreaErrorKind<DB::ErrorType>> {
        use plotters::prelude::*;
        let s = layout.scale;
        root.fill(&WHITE)?;
        let (header, body) = root.split_vertically((EXPORT_HEADER * s).round() as u32);
        let color = theme::TEXT.to_plotters();
        let title = TextStyle::from((theme::FONT_FAMILY, 18.0 * s).into_font().style(FontStyle::Bold)).color(&color);
        let small = TextStyle::from((theme::FONT_FAMILY, 12.0 * s).into_font()).color(&color);
        header.draw(&Text::new(self.title.clone(), (0, (8.0 * s) as i32), title))?;
        header.draw(&Text::new(subtitle.to_owned(), (0, (36.0 * s) as i32), small))?;
        draw(&body, &self.chart, layout, theme::Palette::Light)
    }

    /// What a tooltip (and the piece's accessible name) says of one bar piece: "Incubateur X —
    /// Construction : 12 services (sur 45)", "Page d'impact : 15,9 % (105 services sur 662)". A
    /// bar standing for several categories names them, and counts each service once.
    pub fn tooltip(&self, category: usize, series: usize) -> String {
        let Some(c) = self.chart.categories.get(category) else { return String::new() };
        let kind = self.chart.value_kind;
        let several = c.key == CategoryKey::Others;
        let with_unit = |n: u64| match kind {
            ValueKind::Count if several => crate::text::distinct_services(n as usize),
            ValueKind::Count => crate::text::services_count_label(n as usize),
            ValueKind::Euros | ValueKind::Share => kind.format(n),
        };
        let value = c.values.get(series).copied().unwrap_or(0);
        match (self.chart.series.get(series), self.chart.series.len()) {
            (Some(s), n) if n > 1 => {
                crate::text::tooltip_piece(&c.full_label, &s.label, &with_unit(value), &kind.format(c.total()))
            }
            _ => crate::text::tooltip_bar(&c.full_label, &with_unit(value), c.detail.as_deref().or(c.note.as_deref())),
        }
    }
}
