//! "Services par ministère": one bar per ministry of the services' sponsors, stacked by phase,
//! largest first. A service counts under each ministry of its sponsors, once per ministry: a
//! slide's bar standing for several ministries counts their services once each.

use super::ChartData;
use super::incubators::{GroupRow, largest, stacked_by_phase};
use super::keys::CategoryKey;
use crate::data::{MinistryId, Situation};
use crate::text;

pub fn ministries_chart(situation: &Situation) -> ChartData {
    let counts = situation.counts_by_ministry();
    let order: Vec<_> = counts.iter().map(|row| row.ministry.clone()).collect();
    let unions = situation.ministry_unions(&order);
    let rows: Vec<GroupRow> = counts
        .iter()
        .map(|row| GroupRow {
            key: CategoryKey::Ministry(row.ministry.clone()),
            label: text::ministry_label(row.ministry.as_str()),
            by_phase: &row.by_phase,
            total: row.total,
        })
        .collect();
    // "Non renseigné" is not a ministry: said apart.
    let stated = |row: &&GroupRow| row.key != CategoryKey::Ministry(MinistryId::not_stated());
    let named = rows.iter().filter(stated).count();
    let largest = largest(rows.iter().filter(stated));
    let largest = largest.as_ref().map(|(names, total)| (names.as_slice(), *total));
    let without = rows.iter().find(|row| !stated(row)).map_or(0, |row| row.total);
    let summary =
        if rows.is_empty() { text::NO_SERVICE.to_owned() } else { text::ministries_summary(named, largest, without) };
    stacked_by_phase(text::CHART_MINISTRIES, text::COLUMN_MINISTRY, &rows, &unions, situation.date, summary)
}
