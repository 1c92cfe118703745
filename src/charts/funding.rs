//! "Financement FAST": amounts per promotion (or per incubator), with the number of laureates;
//! laureates whose amount is unknown are counted and said, never drawn as 0 €. Promotions are a
//! time series, never folded; a bar standing for several incubators counts each award once.

use super::bar_chart::{BarChart, Category, Orientation, Series};
use super::keys::{CategoryKey, SeriesKey};
use super::table::{Cell, DataTable};
use super::theme::FUNDING;
use super::units::ValueKind;
use super::{ChartData, FoldedBar, Folding};
use crate::data::order;
use crate::data::{Dataset, Filter, IncubatorFunding, PromotionFunding};
use crate::text;

fn amount_series() -> Vec<Series> {
    vec![Series { key: SeriesKey::Amount, label: text::COLUMN_AMOUNT.into(), color: FUNDING }]
}

fn funding_cells(amount: u64, laureates: usize, unknown: usize) -> [Cell; 3] {
    [Cell::euros(amount), Cell::count(laureates), Cell::count(unknown)]
}

fn funding_columns(first: &str) -> Vec<String> {
    [first, text::COLUMN_AMOUNT, text::COLUMN_LAUREATES, text::COLUMN_UNKNOWN_AMOUNT].map(str::to_owned).to_vec()
}

/// Amount per promotion of the filter's year (all promotions without a year).
pub fn funding_by_promotion_chart(dataset: &Dataset, filter: &Filter) -> ChartData {
    let rows = dataset.fast_by_promotion(filter);
    let categories = rows
        .iter()
        .map(|row: &PromotionFunding| Category {
            key: row.promotion.map_or(CategoryKey::UnknownPromotion, CategoryKey::Promotion),
            label: row.promotion.map_or_else(|| text::UNKNOWN_SHORT.to_owned(), text::fast_promotion_title),
            full_label: text::promotion_name(row.promotion, row.title.as_deref()),
            values: vec![row.amount_eur],
            note: Some(text::laureates_note(row.laureates, row.laureates_with_unknown_amount)),
            detail: None,
            highlighted: false,
        })
        .collect();
    let title = text::CHART_FUNDING.to_owned();
    let mut columns = funding_columns(text::COLUMN_PROMOTION);
    columns.insert(1, text::COLUMN_MONTH.to_owned());
    let month_cell =
        |month: Option<crate::data::YearMonth>| month.map_or(Cell::Missing, |m| Cell::text(text::format_month(m)));
    // Promotions whose laureates are not published are listed with empty cells, never as 0 €.
    let unpublished = dataset.promotions_without_awards(filter);
    let mut table_rows: Vec<(Option<u32>, Vec<Cell>)> = rows
        .iter()
        .map(|row| {
            let mut cells =
                vec![Cell::text(text::promotion_name(row.promotion, row.title.as_deref())), month_cell(row.month)];
            cells.extend(funding_cells(row.amount_eur, row.laureates, row.laureates_with_unknown_amount));
            (row.promotion, cells)
        })
        .collect();
    table_rows.extend(unpublished.iter().map(|p| {
        let name = text::promotion_name(Some(p.number), p.title.as_deref());
        (Some(p.number), vec![Cell::text(name), month_cell(p.month), Cell::Missing, Cell::Missing, Cell::Missing])
    }));
    order::sort_by_key(&mut table_rows, |(number, _)| number.unwrap_or(u32::MAX));
    let table = DataTable {
        caption: text::funding_caption(&title, filter.year),
        columns,
        rows: table_rows.into_iter().map(|(_, cells)| cells).collect(),
    };
    let unpublished: Vec<u32> = unpublished.iter().map(|p| p.number).collect();
    let mut summary = funding_summary(dataset, filter);
    if !unpublished.is_empty() {
        summary = format!("{summary} {}", text::unpublished_promotions(&unpublished));
    }
    let chart = BarChart {
        orientation: Orientation::Vertical,
        series: amount_series(),
        categories,
        value_kind: ValueKind::Euros,
        empty_message: if unpublished.is_empty() {
            text::NO_FAST.to_owned()
        } else {
            text::unpublished_promotions(&unpublished)
        },
    };
    ChartData { title, chart, table, summary, folding: Folding::Never }
}

/// Amount per incubator of the awards the filter selects.
pub fn funding_by_incubator_chart(dataset: &Dataset, filter: &Filter) -> ChartData {
    let rows = dataset.fast_by_incubator(filter);
    let title_of = |row: &IncubatorFunding| -> String {
        row.incubator
            .as_ref()
            .map_or_else(|| text::NO_INCUBATOR.to_owned(), |id| dataset.incubator_title(id).to_owned())
    };
    let categories = rows
        .iter()
        .map(|row| Category {
            key: row.incubator.clone().map_or(CategoryKey::NoIncubator, CategoryKey::Incubator),
            label: title_of(row),
            full_label: title_of(row),
            values: vec![row.amount_eur],
            note: Some(text::laureates_note(row.laureates, row.laureates_with_unknown_amount)),
            detail: None,
            highlighted: false,
        })
        .collect();
    let order: Vec<_> = rows.iter().map(|row| row.incubator.clone()).collect();
    let tails = dataset
        .fast_incubator_unions(filter, &order)
        .into_iter()
        .map(|total| FoldedBar {
            values: vec![total.amount_eur],
            note: Some(text::laureates_note(total.laureates, total.laureates_with_unknown_amount)),
        })
        .collect();
    let title = text::CHART_FUNDING_BY_INCUBATOR.to_owned();
    let table_rows = rows
        .iter()
        .map(|row| {
            let mut cells = vec![Cell::text(title_of(row))];
            cells.extend(funding_cells(row.amount_eur, row.laureates, row.laureates_with_unknown_amount));
            cells
        })
        .collect();
    let table = DataTable {
        caption: text::funding_caption(&title, filter.year),
        columns: funding_columns(text::COLUMN_INCUBATOR),
        rows: table_rows,
    };
    let summary = funding_summary(dataset, filter);
    let chart = BarChart {
        orientation: Orientation::Horizontal,
        series: amount_series(),
        categories,
        value_kind: ValueKind::Euros,
        empty_message: text::NO_FAST.to_owned(),
    };
    ChartData { title, chart, table, summary, folding: Folding::Union(tails) }
}

/// Totals over the selected awards, each counted once (a co-incubated laureate appears under
/// each of its incubators in the chart).
fn funding_summary(dataset: &Dataset, filter: &Filter) -> String {
    let total = dataset.fast_total(filter);
    text::funding_summary(total.amount_eur, total.laureates, total.laureates_with_unknown_amount)
}
