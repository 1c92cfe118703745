//! "Services par ministère": one bar per ministry of the services' sponsors, stacked by phase,
//! largest first. A service counts under each ministry of its sponsors, once per ministry.

use super::ChartData;
use super::axis::ValueKind;
use super::bar_chart::{BarChart, Category, CategoryKey, Orientation, Series, SeriesKey};
use super::table::{Cell, DataTable};
use super::theme::phase_color;
use crate::data::order;
use crate::data::{Phase, Situation};
use crate::text;

pub fn ministries_chart(situation: &Situation) -> ChartData {
    let counts = situation.counts_by_ministry();
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
    let label_of = |row: &crate::data::MinistryCounts| text::ministry_label(row.ministry.as_str());
    let categories = counts
        .iter()
        .map(|row| {
            let label = label_of(row);
            Category {
                key: CategoryKey::Ministry(row.ministry.clone()),
                label: label.clone(),
                full_label: label,
                values: phases.iter().map(|p| row.by_phase.get(p).copied().unwrap_or(0) as u64).collect(),
                note: Some(text::format_count(row.total)),
                highlighted: false,
            }
        })
        .collect();

    let title = text::CHART_MINISTRIES.to_owned();
    let mut columns = vec![text::COLUMN_MINISTRY.to_owned()];
    columns.extend(phases.iter().map(|p| text::phase_label(p).to_owned()));
    columns.push(text::COLUMN_TOTAL.to_owned());
    let rows = counts
        .iter()
        .map(|row| {
            let mut cells = vec![Cell::text(label_of(row))];
            cells.extend(phases.iter().map(|p| Cell::count(row.by_phase.get(p).copied().unwrap_or(0))));
            cells.push(Cell::count(row.total));
            cells
        })
        .collect();
    let table = DataTable { caption: text::chart_caption(&title, situation.date), columns, rows };

    // "Non renseigné" is not a ministry: said apart.
    let stated = |row: &&crate::data::MinistryCounts| row.ministry.as_str() != crate::data::MinistryId::NOT_STATED;
    let named = counts.iter().filter(stated).count();
    let largest = counts.iter().find(stated).map(|row| (label_of(row), row.total));
    let without = counts.iter().find(|row| !stated(row)).map_or(0, |row| row.total);
    let summary = if counts.is_empty() {
        text::NO_SERVICE.to_owned()
    } else {
        text::ministries_summary(named, largest.as_ref().map(|(label, total)| (label.as_str(), *total)), without)
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
