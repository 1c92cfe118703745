//! Charts on a slide: what folding may do to them (never add up bars that are not parts of one
//! whole; a bar standing for several groups counts their services once each and names them), how
//! they fit the box a slide gives them, and how their labels fit: never on top of each other, never
//! out of the canvas, every bar of a time series named or one in n named, counting back from the
//! last. On the bundled snapshot, on the tests' day.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use beta_dashboard::charts::bar_chart::{Align, Baseline, Label, Layout};
use beta_dashboard::charts::labels::text_width;
use beta_dashboard::charts::{
    CategoryKey, ChartData, Folding, Orientation, SeriesKey, evolution_chart, funding_by_incubator_chart,
    funding_by_promotion_chart, incubators_chart, ministries_chart, transparency_chart,
};
use beta_dashboard::data::{Dataset, FastTotal, Filter, IncubatorId, MinistryId, Phase};

mod common;
use common::{load_published, published_file, today};

static DATASET: LazyLock<Dataset> = LazyLock::new(|| load_published(&published_file("startups.json"), true));

/// The filters the checks run under: none, a past year, a phase, a ministry.
fn filters() -> Vec<Filter> {
    let mut ministry = Filter::default();
    ministry.ministries.insert(MinistryId("environnement".into()));
    vec![
        Filter::default(),
        Filter { year: Some(2021), ..Filter::default() },
        Filter::default().toggle_phase(&Phase::Construction),
        ministry,
    ]
}

/// Every chart of the dashboard under `filter`.
fn charts(filter: &Filter) -> Vec<ChartData> {
    let situation = DATASET.situation(filter, today());
    vec![
        incubators_chart(&DATASET, &situation),
        ministries_chart(&situation),
        evolution_chart(&DATASET, filter, today()),
        funding_by_promotion_chart(&DATASET, filter),
        funding_by_incubator_chart(&DATASET, filter),
        transparency_chart(&situation.transparency(DATASET.published), situation.date),
    ]
}

/// The boxes of the slides' charts at the sizes the presentation is checked at, in CSS pixels
/// (width, height), roughly what is left of 320×256 up to 1920×1080, and the wanted zoom.
const BOXES: [(f64, f64, f64); 9] = [
    (288.0, 60.0, 1.0),
    (343.0, 420.0, 1.0),
    (343.0, 150.0, 2.0),
    (760.0, 150.0, 1.0),
    (980.0, 330.0, 1.07),
    (1230.0, 420.0, 1.33),
    (1230.0, 260.0, 2.67),
    (1860.0, 680.0, 2.0),
    (720.0, 650.0, 2.0),
];

#[test]
fn a_time_series_and_the_transparency_lines_are_never_folded_whatever_the_box() {
    for filter in filters() {
        for data in charts(&filter) {
            let time_series = matches!(data.chart.categories.first().map(|c| &c.key), Some(CategoryKey::Year(_)))
                || data.chart.orientation == Orientation::Vertical;
            let lines = matches!(data.chart.categories.first().map(|c| &c.key), Some(CategoryKey::Transparency(_)));
            if !(time_series || lines) {
                continue;
            }
            assert_eq!(data.folding, Folding::Never, "{}", data.title);
            assert_eq!(data.folded(2).chart, data.chart, "{}", data.title);
            for (width, height, zoom) in BOXES {
                let fit = data.fit(width, height, zoom, 1.0);
                assert_eq!(fit.data.chart.categories, data.chart.categories, "{} in {width}×{height}", data.title);
            }
        }
    }
}

/// The services of a situation under any of `groups` (by `of`), each once, by phase.
fn union_by_phase<K: PartialEq>(
    situation: &beta_dashboard::data::Situation,
    groups: &[K],
    of: impl Fn(&beta_dashboard::data::Service) -> Vec<K>,
) -> BTreeMap<Phase, u64> {
    let mut counts = BTreeMap::new();
    for entry in &situation.entries {
        if of(entry.service).iter().any(|g| groups.contains(g)) {
            *counts.entry(entry.phase.clone()).or_default() += 1;
        }
    }
    counts
}

/// A folded bar's values by phase (its zeros left out).
fn by_phase(data: &ChartData, values: &[u64]) -> BTreeMap<Phase, u64> {
    data.chart
        .series
        .iter()
        .zip(values)
        .filter(|(_, v)| **v > 0)
        .map(|(s, v)| match &s.key {
            SeriesKey::Phase(p) => (p.clone(), *v),
            other => panic!("{other:?}"),
        })
        .collect()
}

#[test]
fn a_folded_bar_counts_each_service_once_and_names_what_it_stands_for() {
    let mut co_incubated_folded = false;
    for filter in filters() {
        let situation = DATASET.situation(&filter, today());
        let incubators = incubators_chart(&DATASET, &situation);
        let ministries = ministries_chart(&situation);
        for (data, kind) in [(incubators, "incubators"), (ministries, "ministries")] {
            let count = data.chart.categories.len();
            for bars in 2..count {
                let shown = data.folded(bars);
                assert_eq!(shown.chart.categories.len(), bars);
                assert_eq!(shown.table, data.table, "the table keeps every row");
                let others = shown.chart.categories.last().unwrap();
                assert_eq!(others.key, CategoryKey::Others);
                let rest = &data.chart.categories[bars - 1..];
                let want = if kind == "incubators" {
                    let ids: Vec<IncubatorId> = rest
                        .iter()
                        .map(|c| match &c.key {
                            CategoryKey::Incubator(id) => id.clone(),
                            other => panic!("{other:?}"),
                        })
                        .collect();
                    let shown_incubators = |s: &beta_dashboard::data::Service| {
                        s.incubators
                            .iter()
                            .filter(|i| filter.incubators.is_empty() || filter.incubators.contains(*i))
                            .cloned()
                            .collect()
                    };
                    let union = union_by_phase(&situation, &ids, shown_incubators);
                    let sum: u64 = rest.iter().map(|c| c.total()).sum();
                    co_incubated_folded |= sum != union.values().sum::<u64>();
                    union
                } else {
                    let ids: Vec<MinistryId> = rest
                        .iter()
                        .map(|c| match &c.key {
                            CategoryKey::Ministry(id) => id.clone(),
                            other => panic!("{other:?}"),
                        })
                        .collect();
                    let shown_ministries = |s: &beta_dashboard::data::Service| {
                        s.ministries
                            .iter()
                            .filter(|m| filter.ministries.is_empty() || filter.ministries.contains(*m))
                            .cloned()
                            .collect()
                    };
                    union_by_phase(&situation, &ids, shown_ministries)
                };
                assert_eq!(by_phase(&shown, &others.values), want, "{kind}, {bars} bars, {filter:?}");
                let total: u64 = want.values().sum();
                assert_eq!(others.note.as_deref().map(|n| n.replace('\u{202f}', "")), Some(total.to_string()));
                // Its tooltip (the piece's accessible name) names every category it stands for,
                // and says its services are counted once.
                assert_eq!(others.label, format!("{} autres", rest.len()));
                let series = others.values.iter().position(|v| *v > 0).unwrap();
                let tooltip = shown.tooltip(bars - 1, series);
                for category in rest {
                    assert!(tooltip.contains(&category.full_label), "{tooltip} names {}", category.full_label);
                }
                assert!(tooltip.contains("distinct"), "{tooltip}");
            }
        }
    }
    assert!(co_incubated_folded, "some folded bars share services: the check can tell a union from a sum");
}

#[test]
fn a_folded_bar_of_fast_by_incubator_sums_each_award_once() {
    for filter in filters() {
        let data = funding_by_incubator_chart(&DATASET, &filter);
        let rows = DATASET.fast_by_incubator(&filter);
        for bars in 2..data.chart.categories.len() {
            let shown = data.folded(bars);
            let others = shown.chart.categories.last().unwrap();
            let rest: BTreeSet<Option<IncubatorId>> = rows[bars - 1..].iter().map(|r| r.incubator.clone()).collect();
            let mut want = FastTotal::default();
            let mut laureates = 0;
            for award in DATASET.fast_awards_for(&filter) {
                let service = DATASET.service(&award.service);
                let groups: Vec<Option<IncubatorId>> = match service {
                    Some(s) if !s.incubators.is_empty() => s
                        .incubators
                        .iter()
                        .filter(|i| filter.incubators.is_empty() || filter.incubators.contains(*i))
                        .map(|i| Some(i.clone()))
                        .collect(),
                    _ => vec![None],
                };
                if groups.iter().any(|g| rest.contains(g)) {
                    want.amount_eur += award.amount_eur.unwrap_or(0);
                    laureates += 1;
                }
            }
            want.laureates = laureates;
            assert_eq!(others.values, vec![want.amount_eur], "{bars} bars");
            assert!(others.note.as_deref().unwrap().starts_with(&format!("{laureates} lauréat")), "{:?}", others.note);
        }
    }
}

#[test]
fn on_a_slide_a_chart_is_as_large_as_its_box_allows_and_never_taller_than_its_least_height() {
    for filter in filters() {
        for data in charts(&filter) {
            for (width, height, zoom) in BOXES {
                let least_zoom = 1.0_f64.min(zoom);
                let fit = data.fit(width, height, zoom, least_zoom);
                assert!(fit.zoom <= zoom + 1e-9, "{} zoom {} > {zoom}", data.title, fit.zoom);
                // Never wider than its box: its least width at most the box's.
                assert!(200.0 * fit.zoom <= width + 1e-6, "{} at {width}: zoom {}", data.title, fit.zoom);
                let laid = fit.data.chart.layout_in(width / fit.zoom, Some(height / fit.zoom), 1.0);
                let drawn = f64::from(laid.height) * fit.zoom;
                let least = data.least_height(width, least_zoom);
                if least <= height {
                    assert!(drawn <= height + fit.zoom + 1.0, "{} in {width}×{height}: {drawn} high", data.title);
                } else {
                    // Too short a box: the least height, which the box is made to take.
                    assert!(
                        (drawn - least).abs() <= fit.zoom + 1.0,
                        "{} in {width}×{height}: {drawn} vs {least}",
                        data.title
                    );
                }
                // A larger zoom only where it fits.
                if fit.zoom < zoom - 1e-9 && data.folding == Folding::Never {
                    let bigger = data.chart.layout_in(width / zoom, Some(height / zoom), 1.0);
                    assert!(f64::from(bigger.height) > height / zoom, "{} shrunk for nothing", data.title);
                }
            }
        }
    }
}

/// A label's box, estimated as the layout estimates text (generously), in device pixels.
fn label_box(label: &Label) -> (f64, f64, f64, f64) {
    let width = text_width(&label.text, label.size) * if label.bold { 1.08 } else { 1.0 };
    let x = match label.pos.0 {
        Align::Left => label.x,
        Align::Center => label.x - width / 2.0,
        Align::Right => label.x - width,
    };
    let y = match label.pos.1 {
        Baseline::Top => label.y,
        Baseline::Center => label.y - label.size / 2.0,
        Baseline::Bottom => label.y - label.size,
    };
    (x, y, width, label.size)
}

fn overlaps(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    let tolerance = 0.5;
    a.0 + a.2 > b.0 + tolerance
        && b.0 + b.2 > a.0 + tolerance
        && a.1 + a.3 > b.1 + tolerance
        && b.1 + b.3 > a.1 + tolerance
}

/// What is wrong with the labels of `layout`: two on top of each other, or one out of the canvas.
fn label_problems(layout: &Layout) -> Vec<String> {
    let mut problems = Vec::new();
    let boxes: Vec<_> = layout.labels.iter().map(label_box).collect();
    for (i, (a, la)) in boxes.iter().zip(&layout.labels).enumerate() {
        let (w, h) = (f64::from(layout.width), f64::from(layout.height));
        if a.0 < -0.5 || a.1 < -0.5 || a.0 + a.2 > w + 0.5 || a.1 + a.3 > h + 0.5 {
            problems.push(format!("«{}» out of the canvas {w}×{h}: {a:?}", la.text));
        }
        for (b, lb) in boxes.iter().zip(&layout.labels).skip(i + 1) {
            if overlaps(*a, *b) {
                problems.push(format!("«{}» {a:?} on «{}» {b:?}", la.text, lb.text));
            }
        }
    }
    problems
}

#[test]
fn chart_labels_never_overlap_nor_leave_the_canvas_in_the_explorer_or_on_a_slide() {
    for filter in filters() {
        for data in charts(&filter) {
            for width in [200.0, 260.0, 343.0, 480.0, 600.0, 900.0, 1230.0] {
                let problems = label_problems(&data.chart.layout(width, 1.0));
                assert!(problems.is_empty(), "{} at {width}: {problems:#?}", data.title);
            }
            for (width, height, zoom) in BOXES {
                let fit = data.fit(width, height, zoom, 1.0_f64.min(zoom));
                for scale in [1.0, 2.0] {
                    let layout = fit.data.chart.layout_in(width / fit.zoom, Some(height / fit.zoom), scale * fit.zoom);
                    let problems = label_problems(&layout);
                    assert!(problems.is_empty(), "{} in {width}×{height}: {problems:#?}", data.title);
                }
            }
        }
    }
}

/// The categories of a vertical layout whose name is written under them.
fn named(data: &ChartData, layout: &Layout) -> BTreeSet<usize> {
    let bottom = layout.plot.y + layout.plot.h;
    layout
        .labels
        .iter()
        .filter(|l| l.pos == (Align::Center, Baseline::Top) && l.y > bottom)
        .filter_map(|l| {
            // The bar it is under (a name at the canvas' edge is moved in a little).
            let distance = |c: &usize| (layout.bands[*c].x + layout.bands[*c].w / 2.0 - l.x).abs();
            (0..layout.bands.len()).min_by(|a, b| distance(a).total_cmp(&distance(b))).filter(|&c| {
                data.chart.categories[c].label.contains(&l.text) || l.text.contains(&data.chart.categories[c].label)
            })
        })
        .collect()
}

#[test]
fn every_bar_of_a_time_series_is_named_or_one_in_n_counting_back_from_the_last() {
    for filter in filters() {
        let series = [evolution_chart(&DATASET, &filter, today()), funding_by_promotion_chart(&DATASET, &filter)];
        for data in series {
            let count = data.chart.categories.len();
            let Some(last) = count.checked_sub(1) else { continue };
            let highlighted = data.chart.categories.iter().position(|c| c.highlighted);
            for width in [260.0, 300.0, 343.0, 390.0, 480.0, 760.0, 1230.0] {
                let layout = data.chart.layout(width, 1.0);
                let named = named(&data, &layout);
                if named.len() == count {
                    continue;
                }
                assert!(named.contains(&last), "{} at {width}: the last bar is named ({named:?})", data.title);
                // A stride, the same all along, bent only around the highlighted bar.
                let unbent: Vec<usize> =
                    named.iter().copied().filter(|c| highlighted.is_none_or(|h| *c != h)).collect();
                let stride = unbent.windows(2).map(|w| w[1] - w[0]).min().unwrap_or(count);
                for c in 0..count {
                    let near_highlight = highlighted.is_some_and(|h| h.abs_diff(c) < stride);
                    let expected = (last - c) % stride == 0 && !near_highlight || Some(c) == highlighted;
                    assert_eq!(named.contains(&c), expected, "{} at {width}: bar {c} ({named:?})", data.title);
                }
                assert!(stride <= 3, "{} at {width}: one bar in {stride}", data.title);
            }
        }
    }
    // On a phone, each FAST promotion has its name, on two lines ("FAST" over "12").
    let data = funding_by_promotion_chart(&DATASET, &Filter::default());
    let layout = data.chart.layout(343.0, 1.0);
    assert_eq!(named(&data, &layout).len(), data.chart.categories.len(), "{:?}", layout.labels);
}

#[test]
fn the_names_of_horizontal_bars_stay_distinct_however_narrow() {
    for filter in filters() {
        for data in charts(&filter).into_iter().filter(|d| d.chart.orientation == Orientation::Horizontal) {
            for width in [200.0, 240.0, 300.0, 343.0, 400.0, 519.0, 520.0, 700.0, 1200.0] {
                let layout = data.chart.layout(width, 1.0);
                let names = band_names(&layout);
                let distinct: BTreeSet<&String> = names.iter().collect();
                assert_eq!(distinct.len(), names.len(), "{} at {width}: {names:?}", data.title);
            }
        }
    }
    // The transparency block's statuses, on a phone at 200 % text (a chart 200 px wide), keep the
    // words that tell them apart.
    let filter = Filter::default();
    let situation = DATASET.situation(&filter, today());
    let data = transparency_chart(&situation.transparency(DATASET.published), situation.date);
    let layout = data.chart.layout(200.0, 1.0);
    let names = band_names(&layout);
    for status in ["partiellement conforme", "non conforme", "totalement conforme", "non déclarée"] {
        assert!(names.iter().any(|t| t.ends_with(status)), "{status} in {names:?}");
    }
}

/// Each bar's name in a horizontal layout: its lines (in its band, at the names' size), joined.
fn band_names(layout: &Layout) -> Vec<String> {
    layout
        .bands
        .iter()
        .map(|band| {
            let lines: Vec<&str> = layout
                .labels
                .iter()
                .filter(|l| l.size == 13.0 && l.y > band.y && l.y <= band.y + band.h)
                .map(|l| l.text.as_str())
                .collect();
            lines.join(" ")
        })
        .collect()
}
