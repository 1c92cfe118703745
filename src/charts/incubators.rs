//! "Services par incubateur": one bar per incubator, stacked by phase, largest first.

use super::ChartData;
use super::axis::ValueKind;
use super::bar_chart::{BarChart, Category, CategoryKey, Orientation, Series, SeriesKey};
use super::table::{Cell, DataTable};
use super::theme::phase_color;
use crate::data::order;
use crate::data::{Dataset, Phase, Situation};
use crate::text;

pub fn incubators_chart(dataset: &Dataset, situation: &Situation) -> ChartData {
    let counts = situation.counts_by_incubator();
    let mut phases: Vec<Phase> = counts.iter().flat_map(|c| c.by_phase.keys().cloned()).collect();
    order::sort(&mut phases);
    phases.dedup();

    let series = phases
        .iter()
        .map(|p| Series {
            key: SeriesKey::Phase(p.clone()),
            label: text::phase_label(p).to_owned(),
            color: phase_color(p),
        })
        .collect();
    let categories = counts
        .iter()
        .map(|row| {
            let title = dataset.incubator_title(&row.incubator);
            Category {
                key: CategoryKey::Incubator(row.incubator.clone()),
                label: title.to_owned(),
                full_label: title.to_owned(),
                values: phases.iter().map(|p| row.by_phase.get(p).copied().unwrap_or(0) as u64).collect(),
                note: Some(text::format_count(row.total)),
                highlighted: false,
            }
        })
        .collect();

    let title = text::CHART_INCUBATORS.to_owned();
    let mut columns = vec![text::COLUMN_INCUBATOR.to_owned()];
    columns.extend(phases.iter().map(|p| text::phase_label(p).to_owned()));
    columns.push(text::COLUMN_TOTAL.to_owned());
    let rows = counts
        .iter()
        .map(|row| {
            let mut cells = vec![Cell::text(dataset.incubator_title(&row.incubator))];
            cells.extend(phases.iter().map(|p| Cell::count(row.by_phase.get(p).copied().unwrap_or(0))));
            cells.push(Cell::count(row.total));
            cells
        })
        .collect();
    let table = DataTable { caption: text::chart_caption(&title, situation.date), columns, rows };

    let summary = match counts.first() {
        Some(largest) => {
            text::incubators_summary(counts.len(), dataset.incubator_title(&largest.incubator), largest.total)
        }
        None => text::NO_SERVICE.to_owned(),
    };
    let chart = BarChart {
        orientation: Orientation::Horizontal,
        series,
        categories,
        value_kind: ValueKind::Count,
        empty_message: text::NO_SERVICE.to_owned(),
    };
    ChartData { title, chart, table, summary }
}
