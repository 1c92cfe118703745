//! "Services par incubateur": one bar per incubator, stacked by phase, largest first. The shape
//! of every chart of services per group ([`stacked_by_phase`]), which services per ministry share.
//! A service counts under each of its incubators: a slide may fold the last bars into one, which
//! counts their services once each ([`Folding::Union`]), never by adding the bars.

use std::collections::BTreeMap;

use super::bar_chart::{BarChart, Category, Orientation, Series};
use super::keys::{CategoryKey, SeriesKey};
use super::table::{Cell, DataTable};
use super::theme::phase_color;
use super::units::ValueKind;
use super::{ChartData, FoldedBar, Folding};
use crate::data::order;
use crate::data::{Dataset, Date, Phase, Situation};
use crate::text;

pub fn incubators_chart(dataset: &Dataset, situation: &Situation) -> ChartData {
    let counts = situation.counts_by_incubator();
    let order: Vec<_> = counts.iter().map(|row| row.incubator.clone()).collect();
    let unions = situation.incubator_unions(&order);
    let rows: Vec<GroupRow> = counts
        .iter()
        .map(|row| GroupRow {
            key: CategoryKey::Incubator(row.incubator.clone()),
            label: dataset.incubator_title(&row.incubator).to_owned(),
            by_phase: &row.by_phase,
            total: row.total,
        })
        .collect();
    let summary = match largest(rows.iter()) {
        Some((names, total)) => text::incubators_summary(rows.len(), &names, total),
        None => text::NO_SERVICE.to_owned(),
    };
    stacked_by_phase(text::CHART_INCUBATORS, text::COLUMN_INCUBATOR, &rows, &unions, situation.date, summary)
}

/// The names of the rows with the most services (several on a tie), and that count.
pub(super) fn largest<'a>(rows: impl Iterator<Item = &'a GroupRow<'a>> + Clone) -> Option<(Vec<&'a str>, usize)> {
    let most = rows.clone().map(|row| row.total).max()?;
    Some((rows.filter(|row| row.total == most).map(|row| row.label.as_str()).collect(), most))
}

/// One bar of a chart of services per group: its key, its label, its services by phase.
pub(super) struct GroupRow<'a> {
    pub key: CategoryKey,
    pub label: String,
    pub by_phase: &'a BTreeMap<Phase, usize>,
    pub total: usize,
}

/// Services per group on `date`, one horizontal bar per row (in their order) stacked by phase,
/// with its table (`column` names the groups) and `summary`; `unions[k]`: the services of the rows
/// from `k` on, each once, by phase (what a bar standing for them counts).
pub(super) fn stacked_by_phase(
    title: &str,
    column: &str,
    rows: &[GroupRow],
    unions: &[BTreeMap<Phase, usize>],
    date: Date,
    summary: String,
) -> ChartData {
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
            detail: None,
            highlighted: false,
        })
        .collect();
    let tails = unions
        .iter()
        .map(|by_phase| FoldedBar {
            values: phases.iter().map(|p| by_phase.get(p).copied().unwrap_or(0) as u64).collect(),
            note: Some(text::format_count(by_phase.values().sum())),
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
    ChartData { title: title.to_owned(), chart, table, summary, folding: Folding::Union(tails) }
}
