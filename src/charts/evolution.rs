//! "Évolution": services in each phase group on 1 January of every year, stacked, the selected
//! year highlighted. Year Y is the situation on 1 January Y+1 (beta.gouv.fr's "bilan Y"). A time
//! series: its years are never folded into one bar.

use super::bar_chart::{BarChart, Category, Orientation, Series};
use super::keys::{CategoryKey, SeriesKey};
use super::table::{Cell, DataTable};
use super::theme::{OTHER, group_color};
use super::units::ValueKind;
use super::{ChartData, Folding};
use crate::data::{Dataset, Date, Filter, KeyFigures, PhaseGroup, reference_date};
use crate::text;

/// One bar per year from the first year of the data to the last whose 1 January has passed,
/// plus today (or the selected year if it lies ahead).
pub fn evolution_chart(dataset: &Dataset, filter: &Filter, today: Date) -> ChartData {
    let first = dataset.first_year().unwrap_or(today.year());
    // (year of the bilan, or None for today; the date described)
    let mut points: Vec<(Option<i32>, Date)> = (first..today.year())
        .map(|y| (Some(y), Date::first_of_january(y + 1)))
        .filter(|(_, date)| *date <= today)
        .collect();
    // On 1 January, today is the last bilan: no second bar for the same day.
    if points.last().is_none_or(|(_, date)| *date < today) {
        points.push((None, today));
    }
    // The selected year's bar: its bilan, or today for the current year (not over yet).
    let selected_date = filter.year.map(|y| reference_date(Some(y), today));
    let dates: Vec<Date> = points.iter().map(|&(_, date)| date).collect();
    let figures: Vec<KeyFigures> = dataset.key_figures_on(filter, &dates);
    let with_other = figures.iter().any(|f| f.other > 0);
    let mut series: Vec<Series> = PhaseGroup::ALL
        .into_iter()
        .map(|g| Series { key: SeriesKey::Group(g), label: text::phase_group_label(g).into(), color: group_color(g) })
        .collect();
    if with_other {
        series.push(Series { key: SeriesKey::OtherPhases, label: text::OTHER_PHASES.into(), color: OTHER });
    }
    let values_of = |f: &KeyFigures| -> Vec<u64> {
        let mut values: Vec<u64> = PhaseGroup::ALL.into_iter().map(|g| f.of_group(g) as u64).collect();
        if with_other {
            values.push(f.other as u64);
        }
        values
    };
    let categories = points
        .iter()
        .zip(&figures)
        .map(|(&(year, date), f)| Category {
            key: year.map_or(CategoryKey::Today, CategoryKey::Year),
            label: year.map_or_else(|| text::TODAY_SHORT.to_owned(), |y| y.to_string()),
            full_label: text::evolution_point(year, date),
            values: values_of(f),
            note: None,
            detail: None,
            highlighted: selected_date == Some(date),
        })
        .collect();

    let title = text::CHART_EVOLUTION.to_owned();
    let mut columns = vec![text::COLUMN_DATE.to_owned()];
    columns.extend(series.iter().map(|s| s.label.clone()));
    columns.push(text::COLUMN_TOTAL.to_owned());
    let rows = points
        .iter()
        .zip(&figures)
        .map(|(&(year, date), f)| {
            let mut cells = vec![Cell::text(text::evolution_point(year, date))];
            cells.extend(values_of(f).into_iter().map(|v| Cell::count(v as usize)));
            cells.push(Cell::count(f.total));
            cells
        })
        .collect();
    let table = DataTable { caption: title.clone(), columns, rows };
    let summary = match (points.first().zip(figures.first()), figures.last()) {
        (Some(((_, first_date), first)), Some(last)) => {
            // The last bar is today's, or a bilan's when the chart is seen from an earlier day.
            let to = points.last().and_then(|&(year, date)| year.map(|_| date));
            text::evolution_summary(*first_date, first.total, to, last.total)
        }
        _ => text::NO_SERVICE.to_owned(),
    };
    let chart = BarChart {
        orientation: Orientation::Vertical,
        series,
        categories,
        value_kind: ValueKind::Count,
        empty_message: text::NO_SERVICE.to_owned(),
    };
    ChartData { title, chart, table, summary, folding: Folding::Never }
}
