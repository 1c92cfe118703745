//! "Services par incubateur": one bar per incubator, stacked by phase, largest first. The shape
//! of every chart of services per group ([`stacked_by_phase`]), which services per ministry share.

use std::collections::BTreeMap;

use super::ChartData;
use super::axis::ValueKind;
use super::bar_chart::{BarChart, Category, CategoryKey, Orientation, Series, SeriesKey};
use super::table::{Cell, DataTable};
use super::theme::phase_color;
use crate::data::order;
use crate::data::{Dataset, Date, Phase, Situation};
use crate::text;

pub fn incubators_chart(dataset: &Dataset, situation: &Situation) -> ChartData {
    let counts = situation.counts_by_incubator();
    let rows: Vec<GroupRow> = counts
        .iter()
        .map(|row| GroupRow {
            key: CategoryKey::Incubator(row.incubator.clone()),
            label: dataset.incubator_title(&row.incubator).to_owned(),
            by_phase: &row.by_phase,
            total: row.total,
        })
        .collect();
    let summary = match rows.first() {
        Some(largest) => text::incubators_summary(rows.len(), &largest.label, largest.total),
        None => text::NO_SERVICE.to_owned(),
    };
    stacked_by_phase(text::CHART_INCUBATORS, text::COLUMN_INCUBATOR, &rows, situation.date, summary)
}

/// One bar of a chart of services per group: its key, its label, its services by phase.
pub(super) struct GroupRow<'a> {
    pub key: CategoryKey,
    pub label: String,
    pub by_phase: &'a BTreeMap<Phase, usize>,
    pub total: usize,
}

/// Services per group on `date`, one horizontal bar per row (in their order) stacked by phase,
/// with its table (`column` names the groups) and `summary`.
pub(super) fn stacked_by_phase(title: &str, column: &str, rows: &[GroupRow], date: Date, summary: String) -> ChartData {
    let mut phases: Vec<Phase> = rows.iter().flat_map(|r| r.by_phase.keys().cloned()).collect();
    order::sort(&mut phases);
    phases.dedup();
    let count = |row: &GroupRow, p: &Phase| row.by_phase.get(p).copied().unwrap_or(0);

    let series = phases
        .iter()
        .map(|p| Series {
            key: SeriesKey::Phase(p.clone()),
            label: text::phase_label(p).to_owned(),
            color: phase_color(p),
        })
        .collect();
    let categories = rows
        .iter()
        .map(|row| Category {
            key: row.key.clone(),
            label: row.label.clone(),
            full_label: row.label.clone(),
            values: phases.iter().map(|p| count(row, p) as u64).collect(),
            note: Some(text::format_count(row.total)),
            highlighted: false,
        })
        .collect();

    let mut columns = vec![column.to_owned()];
    columns.extend(phases.iter().map(|p| text::phase_label(p).to_owned()));
    columns.push(text::COLUMN_TOTAL.to_owned());
    let table_rows = rows
        .iter()
        .map(|row| {
            let mut cells = vec![Cell::text(&row.label)];
            cells.extend(phases.iter().map(|p| Cell::count(count(row, p))));
            cells.push(Cell::count(row.total));
            cells
        })
        .collect();
    let table = DataTable { caption: text::chart_caption(title, date), columns, rows: table_rows };
    let chart = BarChart {
        orientation: Orientation::Horizontal,
        series,
        categories,
        value_kind: ValueKind::Count,
        empty_message: text::NO_SERVICE.to_owned(),
    };
    ChartData { title: title.to_owned(), chart, table, summary }
}
