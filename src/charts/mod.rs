//! The dashboard's charts, pure: domain figures → a [`BarChart`] (drawn with plotters on any
//! backend: canvas in the browser, SVG in tests) and the same figures as a [`DataTable`].

pub mod axis;
pub mod bar_chart;
mod evolution;
mod funding;
mod incubators;
pub mod labels;
pub mod table;
pub mod theme;

pub use bar_chart::{BarChart, Category, Layout, Orientation, Rect, Segment, Series, draw};
pub use evolution::evolution_chart;
pub use funding::{funding_by_incubator_chart, funding_by_promotion_chart};
pub use incubators::incubators_chart;
pub use table::{Cell, DataTable};

/// A chart ready to show: its title, the bars, the table of its data, and a sentence that says
/// what a sighted reader would see at a glance (or what the chart cannot show, such as unknown
/// FAST amounts).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub title: String,
    pub chart: BarChart,
    pub table: DataTable,
    pub summary: String,
}

impl ChartData {
    /// What a tooltip says of one bar piece: "Incubateur X — Construction : 12 services (sur 45)".
    pub fn tooltip(&self, category: usize, series: usize) -> String {
        let Some(c) = self.chart.categories.get(category) else { return String::new() };
        let kind = self.chart.value_kind;
        let with_unit = |n: u64| match kind {
            axis::ValueKind::Count => {
                format!("{} {}", kind.format(n), crate::text::plural(n as usize, "service", "services"))
            }
            axis::ValueKind::Euros => kind.format(n),
        };
        let value = c.values.get(series).copied().unwrap_or(0);
        match (self.chart.series.get(series), self.chart.series.len()) {
            (Some(s), n) if n > 1 => {
                format!("{} — {} : {} (sur {})", c.full_label, s.label, with_unit(value), kind.format(c.total()))
            }
            _ => match &c.note {
                Some(note) => format!("{} : {} ({note})", c.full_label, with_unit(value)),
                None => format!("{} : {}", c.full_label, with_unit(value)),
            },
        }
    }
}
