//! The charts render to SVG without a browser: the same functions draw on the page's canvas.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use beta_dashboard::charts::theme::{FUNDING, Palette, Rgb, phase_color};
use beta_dashboard::charts::{
    CategoryKey, ChartData, draw, evolution_chart, funding_by_incubator_chart, funding_by_promotion_chart,
    incubators_chart, ministries_chart, transparency_chart,
};
use beta_dashboard::data::{Dataset, Date, Filter, IncubatorId, Phase, SourceTexts, load};
use plotters::prelude::*;

mod common;
use common::{load_published, published_file, today};

static DATASET: LazyLock<Dataset> = LazyLock::new(|| load_published(&published_file("startups.json"), true));

/// Renders a chart to SVG at `width` CSS pixels and `scale` device pixels per CSS pixel.
fn svg(data: &ChartData, width: f64, scale: f64) -> String {
    let layout = data.chart.layout(width, scale);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (layout.width, layout.height)).into_drawing_area();
        draw(&root, &data.chart, &layout, Palette::Light).unwrap();
    }
    out
}

/// A colour as SVG writes it: `#000091`.
fn hex(color: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", color.0, color.1, color.2)
}

fn count_fill(svg: &str, hex: &str) -> usize {
    svg.to_lowercase().matches(&format!("fill=\"{}\"", hex.to_lowercase())).count()
}

/// Text as the SVG writes it (plotters escapes markup characters).
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('\'', "&apos;").replace('"', "&quot;")
}

/// One rectangle per non-zero (group, phase) pair, in that phase's colour, plus its legend swatch.
fn one_piece_per_group_and_phase<'a>(svg: &str, groups: impl Iterator<Item = &'a BTreeMap<Phase, usize>> + Clone) {
    for phase in Phase::CURRENT {
        let pieces = groups.clone().filter(|by_phase| by_phase.get(&phase).copied().unwrap_or(0) > 0).count();
        let swatch = usize::from(pieces > 0);
        assert_eq!(count_fill(svg, &hex(phase_color(&phase))), pieces + swatch, "{phase}");
    }
}

#[test]
fn services_per_incubator_draws_one_bar_per_incubator_stacked_by_phase_with_a_legend() {
    let filter = Filter { year: Some(2023), ..Filter::default() };
    let situation = DATASET.situation(&filter, today());
    let data = incubators_chart(&DATASET, &situation);
    let rows = situation.counts_by_incubator();
    assert_eq!(data.chart.categories.len(), rows.len());
    let out = svg(&data, 900.0, 1.0);
    one_piece_per_group_and_phase(&out, rows.iter().map(|r| &r.by_phase));
    // Legend: every phase label present; bars: largest incubator first, named.
    for series in &data.chart.series {
        assert!(out.contains(&escaped(&series.label)), "legend {}", series.label);
    }
    let first = &data.chart.categories[0];
    assert_eq!(first.full_label, DATASET.incubator_title(&rows[0].incubator));
    // Names are written right-aligned beside the bars, in the bars' order; legend entries are left-aligned.
    let layout = data.chart.layout(900.0, 1.0);
    let written = layout.labels.iter().find(|l| l.pos.0 == beta_dashboard::charts::bar_chart::Align::Right).unwrap();
    assert_eq!(written.text, "Incubateur des Territoires (ANCT)");
    assert!(out.contains(&escaped(&written.text)), "label {} drawn", written.text);
    assert!(data.chart.categories.windows(2).all(|w| w[0].total() >= w[1].total()), "sorted by total");
}

#[test]
fn services_per_ministry_draws_one_bar_per_ministry_stacked_by_phase_largest_first() {
    let filter = Filter { year: Some(2023), ..Filter::default() };
    let situation = DATASET.situation(&filter, today());
    let data = ministries_chart(&situation);
    let rows = situation.counts_by_ministry();
    assert!(rows.len() >= 10, "{} ministries", rows.len());
    assert_eq!(data.chart.categories.len(), rows.len());
    let out = svg(&data, 900.0, 1.0);
    one_piece_per_group_and_phase(&out, rows.iter().map(|r| &r.by_phase));
    // Ministries by their French names, largest first; "Non renseigné" is a bar like the others.
    let first = &data.chart.categories[0];
    assert_eq!(first.key, CategoryKey::Ministry(rows[0].ministry.clone()));
    assert_eq!(first.full_label, beta_dashboard::text::ministry_label(rows[0].ministry.as_str()));
    assert!(!first.full_label.contains('-'), "a label, not a slug: {}", first.full_label);
    assert!(data.chart.categories.windows(2).all(|w| w[0].total() >= w[1].total()), "sorted by total");
    let layout = data.chart.layout(900.0, 1.0);
    for label in layout.labels.iter().filter(|l| l.pos.0 == beta_dashboard::charts::bar_chart::Align::Right) {
        assert!(out.contains(&escaped(&label.text)), "label {} drawn", label.text);
    }
    // A service counts once per ministry of its sponsors: the bars add up to at least the services.
    let bars: u64 = data.chart.categories.iter().map(|c| c.total()).sum();
    assert!(bars >= situation.key_figures().total as u64);
}

#[test]
fn transparency_draws_a_bar_per_published_line_against_the_total() {
    let filter = Filter::default();
    let situation = DATASET.situation(&filter, today());
    let t = situation.transparency(DATASET.published);
    let data = transparency_chart(&t, situation.date);
    assert_eq!(data.chart.categories.len(), 9, "the total, four links, four statuses");
    // Bars are shares, in tenths of a percent: the total is the whole, no line above it.
    assert_eq!(data.chart.categories[0].total(), 1000);
    assert!(data.chart.categories.iter().all(|c| c.total() <= 1000), "no line above the total");
    let out = svg(&data, 900.0, 1.0);
    // One bar per non-empty line, in the one series' colour (no legend for one series).
    let bars = data.chart.categories.iter().filter(|c| c.total() > 0).count();
    assert_eq!(count_fill(&out, &hex(FUNDING)), bars);
    for category in &data.chart.categories {
        let note = category.note.as_deref().unwrap();
        assert!(out.contains(&escaped(note)), "share {note} written");
    }
}

#[test]
fn long_incubator_titles_are_shortened_to_fit_beside_or_above_their_bars() {
    use beta_dashboard::charts::bar_chart::Align;
    use beta_dashboard::charts::labels::text_width;
    let filter = Filter::default();
    let situation = DATASET.situation(&filter, today());
    let data = incubators_chart(&DATASET, &situation);
    let names = |layout: &beta_dashboard::charts::Layout, align: Align| -> Vec<(String, f64)> {
        layout
            .labels
            .iter()
            .filter(|l| l.pos.0 == align && l.size >= 13.0)
            .map(|l| (l.text.clone(), text_width(&l.text, l.size)))
            .collect()
    };
    // Wide: names right-aligned beside the bars, within the room left of the plot.
    let wide = data.chart.layout(900.0, 1.0);
    let beside = names(&wide, Align::Right);
    assert_eq!(beside.len(), data.chart.categories.len());
    assert!(beside.iter().all(|(_, w)| *w <= wide.plot.x), "{beside:?}");
    assert!(beside.iter().any(|(text, _)| text.contains("(ANCT)")), "acronyms kept: {beside:?}");
    // Phone: names on their own line above the bars, within the chart's width.
    let phone = data.chart.layout(375.0, 1.0);
    let above: Vec<_> = names(&phone, Align::Left)
        .into_iter()
        .filter(|(t, _)| !data.chart.series.iter().any(|s| &s.label == t))
        .collect();
    assert_eq!(above.len(), data.chart.categories.len());
    assert!(above.iter().all(|(_, w)| *w <= phone.width as f64), "{above:?}");
    assert!(above.iter().any(|(text, _)| text == "Incubateur des Territoires (ANCT)"), "{above:?}");
    assert!(phone.segments.iter().all(|s| s.rect.x >= 0.0 && s.rect.x + s.rect.w <= phone.width as f64));
}

#[test]
fn hidpi_rendering_doubles_the_pixels_not_the_layout() {
    let filter = Filter::default();
    let situation = DATASET.situation(&filter, today());
    let data = incubators_chart(&DATASET, &situation);
    let one = data.chart.layout(800.0, 1.0);
    let two = data.chart.layout(800.0, 2.0);
    assert_eq!(two.width, one.width * 2);
    assert!(svg(&data, 800.0, 2.0).contains(&format!("width=\"{}\"", two.width)));
}

#[test]
fn fast_per_promotion_draws_a_bar_per_promotion_with_laureates_and_unknown_amounts() {
    let data = funding_by_promotion_chart(&DATASET, &Filter::default());
    let promotions = DATASET.fast_by_promotion(&Filter::default());
    assert_eq!(data.chart.categories.len(), promotions.len());
    let out = svg(&data, 900.0, 1.0);
    let bars = promotions.iter().filter(|p| p.amount_eur > 0).count();
    assert_eq!(count_fill(&out, &hex(FUNDING)), bars, "one bar per funded promotion, no legend for one series");
    assert!(out.contains("lauréats"));
    // The table also lists the promotions whose laureates are not published, with empty cells.
    let unpublished = DATASET.promotions_without_awards(&Filter::default());
    assert_eq!(unpublished.iter().map(|p| p.number).collect::<Vec<_>>(), (1..=11).collect::<Vec<_>>());
    assert_eq!(data.table.rows.len(), promotions.len() + unpublished.len());
    assert_eq!(data.table.rows[0][0].display(), "FAST 1 - Juin 2019");
    assert_eq!(data.table.rows[0][2].raw(), "");
    assert!(data.summary.contains("FAST 1 à FAST 11 ne sont pas publiés"), "{}", data.summary);
    // The summary adds the amounts of every award once: fast.json's 46 awards, 8 627 000 € (added
    // up by hand).
    assert!(
        data.summary.replace(['\u{202f}', '\u{a0}'], " ").starts_with("8 627 000 € pour 46 lauréats."),
        "{}",
        data.summary
    );
}

#[test]
fn fast_without_fast_json_says_which_laureates_have_no_amount() {
    let startups = published_file("startups.json");
    let dataset = load(&SourceTexts {
        startups: Ok(&startups),
        incubators: Err(beta_dashboard::data::FetchError::Status(404)),
        organisations: Err(beta_dashboard::data::FetchError::Status(404)),
        fast: Err(beta_dashboard::data::FetchError::Status(404)),
        today: today(),
    })
    .unwrap();
    let data = funding_by_promotion_chart(&dataset, &Filter::default());
    // Of the snapshot's 38 `fast` events (counted by hand), "Bilan du Fast" names no award; of the
    // 37 laureates, 10 have no amount (9 empty texts, "Lauréat du FAST 13.").
    assert!(data.summary.contains("37 lauréats. 10 lauréats au montant inconnu"), "{}", data.summary);
    let unknown_column: usize = data.table.rows.iter().map(|r| r[4].raw().parse::<usize>().unwrap()).sum();
    assert_eq!(unknown_column, 10);
    assert!(data.chart.categories.iter().any(|c| c.note.as_deref().is_some_and(|n| n.contains("montant inconnu"))));
}

#[test]
fn a_year_whose_laureates_are_not_published_says_so_rather_than_none() {
    let filter = Filter { year: Some(2019), ..Filter::default() };
    let data = funding_by_promotion_chart(&DATASET, &filter);
    let layout = data.chart.layout(600.0, 1.0);
    assert!(layout.empty);
    let said: Vec<&str> = layout.labels.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(said.join(" "), "Les lauréats de FAST 1 et FAST 2 ne sont pas publiés dans les données.");
    assert_eq!(data.table.rows.len(), 2);
}

#[test]
fn fast_by_incubator_follows_the_incubator_filter() {
    let filter = Filter { incubators: [IncubatorId("dinum".into())].into_iter().collect(), ..Filter::default() };
    let data = funding_by_incubator_chart(&DATASET, &filter);
    assert_eq!(data.chart.categories.len(), 1);
    assert_eq!(data.chart.categories[0].key, CategoryKey::Incubator(IncubatorId("dinum".into())));
    let out = svg(&data, 600.0, 1.0);
    assert_eq!(count_fill(&out, &hex(FUNDING)), 1);
}

#[test]
fn evolution_has_a_bar_per_year_and_today_and_highlights_the_selected_year() {
    let filter = Filter { year: Some(2020), ..Filter::default() };
    let data = evolution_chart(&DATASET, &filter, today());
    let first = DATASET.first_year().unwrap();
    let keys: Vec<&CategoryKey> = data.chart.categories.iter().map(|c| &c.key).collect();
    assert_eq!(keys.first(), Some(&&CategoryKey::Year(first)));
    assert_eq!(keys.last(), Some(&&CategoryKey::Today));
    assert_eq!(keys.len(), (first..2026).count() + 1);
    let highlighted: Vec<&CategoryKey> =
        data.chart.categories.iter().filter(|c| c.highlighted).map(|c| &c.key).collect();
    assert_eq!(highlighted, [&CategoryKey::Year(2020)]);
    // Each bar adds up to the key figures of its date.
    let bilan_2020 = DATASET.situation(&filter, today()).key_figures();
    let bar = data.chart.categories.iter().find(|c| c.key == CategoryKey::Year(2020)).unwrap();
    assert_eq!(bar.total(), bilan_2020.total as u64);
    let out = svg(&data, 800.0, 1.0);
    assert!(out.contains("En accompagnement"));
    assert!(out.contains("#ECECFE") || out.contains("#ececfe"), "highlight band drawn");
}

#[test]
fn the_current_year_highlights_today_and_on_new_years_day_today_is_the_last_bilan() {
    let current = Filter { year: Some(2026), ..Filter::default() };
    let data = evolution_chart(&DATASET, &current, today());
    let highlighted: Vec<&CategoryKey> =
        data.chart.categories.iter().filter(|c| c.highlighted).map(|c| &c.key).collect();
    assert_eq!(highlighted, [&CategoryKey::Today]);
    let new_year: Date = "2026-01-01".parse().unwrap();
    let data = evolution_chart(&DATASET, &Filter { year: Some(2025), ..Filter::default() }, new_year);
    let last = data.chart.categories.last().map(|c| &c.key);
    assert_eq!(last, Some(&CategoryKey::Year(2025)), "no second bar for the same day");
    assert!(data.chart.categories.last().unwrap().highlighted);
}

#[test]
fn an_empty_selection_draws_a_message_not_a_blank() {
    let filter = Filter { phases: [Phase::Other("nulle-part".into())].into_iter().collect(), ..Filter::default() };
    let situation = DATASET.situation(&filter, today());
    let data = incubators_chart(&DATASET, &situation);
    let out = svg(&data, 500.0, 1.0);
    assert!(out.contains("Aucun service ne correspond"));
}

#[test]
fn every_chart_table_has_the_chart_title_as_caption_and_rectangular_rows() {
    let filter = Filter::default();
    let situation = DATASET.situation(&filter, today());
    for data in [
        incubators_chart(&DATASET, &situation),
        funding_by_promotion_chart(&DATASET, &filter),
        funding_by_incubator_chart(&DATASET, &filter),
        evolution_chart(&DATASET, &filter, today()),
    ] {
        assert!(data.table.caption.starts_with(&data.title), "{}", data.table.caption);
        assert!(data.table.rows.iter().all(|r| r.len() == data.table.columns.len()), "{}", data.title);
        let csv = data.table.to_csv();
        assert_eq!(csv.lines().count(), data.table.rows.len() + 1);
    }
}

#[test]
fn tooltips_name_the_incubator_the_phase_and_the_count() {
    let filter = Filter { year: Some(2023), ..Filter::default() };
    let situation = DATASET.situation(&filter, today());
    let data = incubators_chart(&DATASET, &situation);
    let layout = data.chart.layout(900.0, 1.0);
    let segment = &layout.segments[0];
    let tip = data.tooltip(segment.category, segment.series);
    let category = &data.chart.categories[segment.category];
    assert!(tip.starts_with(&category.full_label), "{tip}");
    assert!(tip.contains(&data.chart.series[segment.series].label), "{tip}");
    assert!(tip.contains("service"), "{tip}");
}

#[test]
fn the_downloadable_image_has_the_title_and_source_above_the_chart() {
    let filter = Filter::default();
    let data = funding_by_promotion_chart(&DATASET, &filter);
    let layout = data.chart.layout(800.0, 2.0);
    let (width, height) = ChartData::export_size(&layout);
    assert!(height > layout.height);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        data.draw_export(&root, &layout, "Source : beta.gouv.fr").unwrap();
    }
    assert!(out.contains(&escaped(&data.title)));
    assert!(out.contains("Source : beta.gouv.fr"));
    assert_eq!(count_fill(&out, &hex(FUNDING)), data.chart.categories.iter().filter(|c| c.total() > 0).count());
}

#[test]
fn time_lapse_frames_run_from_new_year_2014_to_today_with_the_explorers_figures() {
    use beta_dashboard::modes::timelapse::{frame_charts, frames};
    let frames = frames(&DATASET, today());
    assert_eq!(frames[0].date, "2014-01-01".parse().unwrap());
    assert_eq!(frames.last().unwrap().date, today());
    assert_eq!(frames.len(), (today().year() - 2013 + 1) as usize);
    let filter = Filter::default();
    for frame in &frames {
        let (incubators, evolution) = frame_charts(&DATASET, &filter, *frame);
        let explorer = Filter { year: Some(frame.year), ..Filter::default() };
        // The explorer's incubator chart for `annee=Y`: the same table, row for row.
        let same = incubators_chart(&DATASET, &DATASET.situation(&explorer, today()));
        assert_eq!(incubators.table, same.table, "{}", frame.year);
        // The evolution grows a bar a year, its last the frame's, highlighted, as in the explorer.
        let full = evolution_chart(&DATASET, &explorer, today());
        assert!(evolution.chart.categories.last().unwrap().highlighted, "{}", frame.year);
        for (row, category) in evolution.table.rows.iter().zip(&evolution.chart.categories) {
            let i = full.chart.categories.iter().position(|c| c.full_label == category.full_label).unwrap();
            assert_eq!(row, &full.table.rows[i], "{} {}", frame.year, category.full_label);
        }
    }
}

#[test]
fn the_dark_palette_paints_lighter_fills_and_text() {
    use beta_dashboard::charts::Palette;
    let data = funding_by_promotion_chart(&DATASET, &Filter::default());
    let layout = data.chart.layout(800.0, 1.0);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (layout.width, layout.height)).into_drawing_area();
        draw(&root, &data.chart, &layout, Palette::Dark).unwrap();
    }
    assert_eq!(count_fill(&out, &hex(FUNDING)), 0);
    assert!(count_fill(&out, &hex(Palette::Dark.fill(FUNDING))) > 0);
    assert!(out.to_lowercase().contains(&hex(Palette::Dark.text())));
}
