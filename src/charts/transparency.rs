//! "Transparence des services": of the services matching the filters, how many publish a
//! statistics page, a budget page, an impact page, their source code, and each accessibility
//! status. One bar per line, its share of the services counted (the axis in percent, the first bar
//! being every service counted, 100 %), so that each bar reads against the whole; its count in its
//! tooltip and the table. A line the data's version does not publish is left out of the bars and
//! said in the table and the summary as "non publié par cette version des données", never as 0.
//! The lines overlap (a service publishes several pages): the chart is never folded.

use super::bar_chart::{BarChart, Category, Orientation, Series};
use super::keys::{CategoryKey, SeriesKey};
use super::table::{Cell, DataTable};
use super::theme::FUNDING;
use super::units::ValueKind;
use super::{ChartData, Folding};
use crate::data::{Accessibility, Date, Indicator, Transparency};
use crate::text;

/// The block for the services of a situation on `date` (`t`: [`crate::data::Situation::transparency`]).
pub fn transparency_chart(t: &Transparency, date: Date) -> ChartData {
    let title = text::CHART_TRANSPARENCY;
    let share = |count: usize| text::share_tenths(count, t.total);
    let categories = if t.total == 0 {
        Vec::new()
    } else {
        Indicator::ALL
            .into_iter()
            .filter_map(|indicator| {
                let count = indicator.count(t)?;
                let share = share(count)?;
                Some(Category {
                    key: CategoryKey::Transparency(indicator),
                    label: text::indicator_line(indicator).to_owned(),
                    full_label: text::indicator_line(indicator).to_owned(),
                    values: vec![share],
                    note: Some(text::format_share(share)),
                    detail: Some(text::share_detail(count, t.total)),
                    highlighted: false,
                })
            })
            .collect()
    };

    let unpublished = || Cell::text(text::NOT_PUBLISHED);
    let rows = Indicator::ALL
        .into_iter()
        .map(|indicator| {
            let label = Cell::text(text::indicator_line(indicator));
            match indicator.count(t) {
                Some(count) => vec![label, Cell::count(count), share(count).map_or(Cell::Missing, Cell::percent)],
                None => vec![label, unpublished(), unpublished()],
            }
        })
        .collect();
    let columns = [text::COLUMN_PUBLICATION, text::COLUMN_SERVICES, text::COLUMN_SHARE].map(str::to_owned).to_vec();
    let table = DataTable { caption: text::chart_caption(title, date), columns, rows };

    let summary = if t.total == 0 {
        text::NO_SERVICE.to_owned()
    } else {
        let line = |indicator: Indicator, label: &'static str| {
            (label, indicator.count(t).and_then(share).map(text::format_share))
        };
        let links: Vec<_> = Indicator::ALL[1..5].iter().map(|i| line(*i, text::indicator_line(*i))).collect();
        // The statuses by their names alone: "Accessibilité déclarée : totalement conforme 0,5 %".
        let statuses: Vec<_> = Accessibility::ALL
            .iter()
            .map(|a| line(Indicator::Accessibility(*a), text::accessibility_status(*a)))
            .collect();
        text::transparency_summary(t.total, &links, &statuses)
    };
    let chart = BarChart {
        orientation: Orientation::Horizontal,
        series: vec![Series { key: SeriesKey::Count, label: text::COLUMN_SHARE.to_owned(), color: FUNDING }],
        categories,
        value_kind: ValueKind::Share,
        empty_message: text::NO_SERVICE.to_owned(),
    };
    ChartData { title: title.to_owned(), chart, table, summary, folding: Folding::Never }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Published;

    fn transparency(published: Published) -> Transparency {
        Transparency { total: 8, stats: 4, budget: 2, impact: 1, repository: 6, accessibility: [1, 2, 3, 2], published }
    }

    fn date() -> Date {
        "2024-01-01".parse().expect("a date")
    }

    #[test]
    fn each_line_is_a_bar_of_its_share_of_the_total_named_as_in_its_table() {
        let chart = transparency_chart(&transparency(Published::ALL), date());
        let bars: Vec<(&str, u64, &str)> = chart
            .chart
            .categories
            .iter()
            .map(|c| (c.label.as_str(), c.values[0], c.note.as_deref().unwrap_or("")))
            .collect();
        let nbsp = |s: &str| s.replace(' ', "\u{a0}");
        assert_eq!(
            bars.iter().map(|(l, v, n)| (*l, *v, n.to_string())).collect::<Vec<_>>(),
            vec![
                ("Services retenus par les filtres", 1000, nbsp("100,0 %")),
                ("Page de statistiques publique", 500, nbsp("50,0 %")),
                ("Page de budget", 250, nbsp("25,0 %")),
                ("Page d'impact", 125, nbsp("12,5 %")),
                ("Code source publié", 750, nbsp("75,0 %")),
                ("Accessibilité\u{a0}: totalement conforme", 125, nbsp("12,5 %")),
                ("Accessibilité\u{a0}: partiellement conforme", 250, nbsp("25,0 %")),
                ("Accessibilité\u{a0}: non conforme", 375, nbsp("37,5 %")),
                ("Accessibilité\u{a0}: non déclarée", 250, nbsp("25,0 %")),
            ]
        );
        // One wording: each bar's name is its table row's, its tooltip gives the share, then the count.
        for (bar, row) in chart.chart.categories.iter().zip(&chart.table.rows) {
            assert_eq!(bar.full_label, row[0].display());
        }
        assert_eq!(
            chart.tooltip(1, 0).replace('\u{a0}', " "),
            "Page de statistiques publique : 50,0 % (4 services sur 8)"
        );
    }

    #[test]
    fn the_axis_reads_in_percent_as_the_bars_do() {
        let chart = transparency_chart(&transparency(Published::ALL), date());
        assert_eq!(chart.chart.value_kind, ValueKind::Share);
        let layout = chart.chart.layout(900.0, 1.0);
        let last = layout.ticks.last().unwrap().0;
        assert_eq!(last, 1000, "the axis ends at the whole, 100 %");
        let ticks: Vec<String> = layout.ticks.iter().map(|&(v, _)| ValueKind::Share.format_tick(v)).collect();
        for tick in &ticks {
            assert!(tick.ends_with('%'), "{ticks:?}");
            assert!(layout.labels.iter().any(|l| &l.text == tick), "{tick} is written");
        }
        assert_eq!(chart.folding, Folding::Never);
    }

    #[test]
    fn the_table_and_csv_give_counts_and_shares_of_every_line() {
        let chart = transparency_chart(&transparency(Published::ALL), date());
        assert_eq!(chart.table.rows.len(), Indicator::ALL.len());
        let csv = chart.table.to_csv();
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "Ce que le service publie;Services;Part des services (%)");
        assert_eq!(lines[1], "Services retenus par les filtres;8;\"100,0\"");
        assert_eq!(lines[4], "Page d'impact;1;\"12,5\"");
    }

    #[test]
    fn a_field_the_version_does_not_publish_is_said_never_zero() {
        let v25 = Published { budget: false, impact: false, ..Published::ALL };
        let chart = transparency_chart(&transparency(v25), date());
        let labels: Vec<&str> = chart.chart.categories.iter().map(|c| c.label.as_str()).collect();
        assert!(!labels.contains(&"Page de budget") && !labels.contains(&"Page d'impact"), "{labels:?}");
        assert_eq!(labels.len(), Indicator::ALL.len() - 2);
        let budget = &chart.table.rows[2];
        assert_eq!(budget[1].display(), text::NOT_PUBLISHED);
        assert_eq!(budget[2].display(), text::NOT_PUBLISHED);
        assert!(chart.summary.contains(&format!("page de budget\u{a0}: {}", text::NOT_PUBLISHED)), "{}", chart.summary);
        assert!(!chart.summary.contains("budget 0"), "{}", chart.summary);
    }

    #[test]
    fn the_summary_gives_every_share() {
        let summary = transparency_chart(&transparency(Published::ALL), date()).summary.replace('\u{a0}', " ");
        assert_eq!(
            summary,
            "Sur 8 services : page de statistiques publique 50,0 %, page de budget 25,0 %, page d'impact 12,5 %, \
             code source publié 75,0 %. Accessibilité déclarée : totalement conforme 12,5 %, partiellement conforme \
             25,0 %, non conforme 37,5 %, non déclarée 25,0 %."
        );
    }

    #[test]
    fn no_service_draws_nothing_and_says_so() {
        let empty = Transparency { published: Published::ALL, ..Transparency::default() };
        let chart = transparency_chart(&empty, date());
        assert!(chart.chart.categories.is_empty());
        assert_eq!(chart.summary, text::NO_SERVICE);
        assert_eq!(chart.table.rows[1][2], Cell::Missing, "no share of nothing");
    }
}
