//! The dashboard's charts, pure: domain figures → a [`BarChart`] (drawn with plotters on any
//! backend: canvas in the browser, SVG in tests) and the same figures as a [`DataTable`].

pub mod animation;
pub mod axis;
pub mod bar_chart;
mod evolution;
pub mod fit;
mod funding;
mod incubators;
pub mod labels;
mod ministries;
mod svg;
pub mod table;
pub mod targets;
pub mod theme;
mod transparency;

pub use animation::tween;
pub use bar_chart::{BarChart, Category, CategoryKey, Layout, Orientation, Rect, Segment, Series, SeriesKey, draw};
pub use evolution::evolution_chart;
pub use fit::{Fit, FoldedBar, Folding};
pub use funding::{funding_by_incubator_chart, funding_by_promotion_chart};
pub use incubators::incubators_chart;
pub use ministries::ministries_chart;
pub use svg::{PRINT_WIDTH, svg};
pub use table::{Cell, DataTable};
pub use targets::{PieceKey, Target, css_px, tenths};
pub use theme::Palette;
pub use transparency::{Indicator, transparency_chart};

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
            axis::ValueKind::Count if several => crate::text::distinct_services(n as usize),
            axis::ValueKind::Count => {
                format!("{} {}", kind.format(n), crate::text::plural(n as usize, "service", "services"))
            }
            axis::ValueKind::Euros | axis::ValueKind::Share => kind.format(n),
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
