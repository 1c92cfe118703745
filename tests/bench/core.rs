//! Benchmarks of the data core on the real snapshot: prints figures, asserts nothing.
//! Run with `./dev bench` (or `cargo bench --bench core`).

// Tests sort with the standard library, an independent measure (clippy.toml keeps the
// program itself to one sort, `data::order`).
#![allow(clippy::disallowed_methods)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use beta_dashboard::charts::labels::short_label;
use beta_dashboard::charts::{evolution_chart, funding_by_promotion_chart, incubators_chart};
use beta_dashboard::data::query::listing::{ServiceIndex, SortKey, search_and_sort};
use beta_dashboard::data::read::compact;
use beta_dashboard::data::synthetic::scale_published;
use beta_dashboard::data::{Dataset, Date, FetchError, Filter, SourceInfo, SourceTexts, load};

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path)
}

/// Runs `f` repeatedly for about a second; returns the median and the number of runs.
fn measure<T>(mut f: impl FnMut() -> T) -> (Duration, usize) {
    let mut times = Vec::new();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(1) || times.len() < 5 {
        let t = Instant::now();
        black_box(f());
        times.push(t.elapsed());
    }
    times.sort();
    (times[times.len() / 2], times.len())
}

fn report(name: &str, (median, runs): (Duration, usize)) {
    println!("{name:<58} {:>10.3} ms  (median of {runs})", median.as_secs_f64() * 1000.0);
}

fn main() {
    let startups = read("public/data/beta.gouv.fr/startups.json");
    let incubators = read("public/data/beta.gouv.fr/incubators.json");
    let organisations = read("public/data/beta.gouv.fr/organisations.json");
    let fast = read("public/data/beta.gouv.fr/fast.json");
    let texts = SourceTexts {
        startups: Ok(&startups),
        incubators: Ok(&incubators),
        organisations: Ok(&organisations),
        fast: Ok(&fast),
        today: "2026-11-28".parse().unwrap(),
    };
    println!("startups.json v2.7: {} bytes", startups.len());
    report("load: parse and clean all four files", measure(|| load(&texts).unwrap()));
    let without_fast = SourceTexts { fast: Err(FetchError::Status(404)), ..texts.clone() };
    report("load without fast.json (FAST read from event text)", measure(|| load(&without_fast).unwrap()));

    let dataset = load(&texts).unwrap();
    let today: Date = "2026-11-28".parse().unwrap();
    let all = Filter::default();
    report("situation today + key figures", measure(|| dataset.situation(&all, today).key_figures()));
    report("situation today + counts per incubator", measure(|| dataset.situation(&all, today).counts_by_incubator()));
    let years: Vec<i32> = (dataset.first_year().unwrap()..=today.year()).collect();
    report(
        &format!("key figures on 1 January of {} years", years.len()),
        measure(|| {
            years
                .iter()
                .map(|&y| dataset.situation(&Filter { year: Some(y), ..Filter::default() }, today).key_figures())
                .collect::<Vec<_>>()
        }),
    );
    report(
        "FAST per promotion + per incubator",
        measure(|| (dataset.fast_by_promotion(&all), dataset.fast_by_incubator(&all))),
    );

    let info = SourceInfo::parse(&read("public/data/beta.gouv.fr/source.json")).expect("source.json");
    println!("\nLoad + aggregate (what the page does before its first charts), real data and synthetic sets:");
    println!("{:<58} {:>13} {:>13} {:>13} {:>13}", "", "published", "compact", "read only", "view only");
    for scale in [1, 10, 100] {
        let (startups, fast) = scale_published(&startups, Some(&fast), scale).expect("JSON");
        let fast = fast.expect("fast.json");
        let texts = SourceTexts {
            startups: Ok(&startups),
            incubators: Ok(&incubators),
            organisations: Ok(&organisations),
            fast: Ok(&fast),
            today: "2026-11-28".parse().unwrap(),
        };
        let dataset = load(&texts).unwrap();
        let file = compact::write(&dataset, &info, |t| short_label(t, 32));
        let published = measure(|| first_view(&load(&texts).unwrap(), today));
        let from_compact = measure(|| first_view(&compact::read(&file).unwrap().dataset, today));
        let read_only = measure(|| compact::read(&file).unwrap());
        let view_only = measure(|| first_view(&dataset, today));
        let ms = |(d, _): (Duration, usize)| d.as_secs_f64() * 1000.0;
        println!(
            "{:<58} {:>10.1} ms {:>10.1} ms {:>10.1} ms {:>10.1} ms   ({} services; {:.1} MB published, {:.1} MB compact)",
            format!("×{scale}: load + key figures + three charts + list order"),
            ms(published),
            ms(from_compact),
            ms(read_only),
            ms(view_only),
            dataset.services.len(),
            startups.len() as f64 / 1e6,
            file.len() as f64 / 1e6
        );
    }

    println!("\nKey figures the app shows (today = {today}):");
    for year in [Some(2023), None] {
        let filter = Filter { year, ..Filter::default() };
        let situation = dataset.situation(&filter, today);
        let f = situation.key_figures();
        println!(
            "  {:<28} investigation {:>3} · en accompagnement {:>3} · pérennisés {:>3} · abandonnés {:>3} · accompagnement ou pérennisés {:>3} · total {:>3}",
            match year {
                Some(y) => format!("annee={y} (au {})", situation.date),
                None => format!("aujourd'hui ({today})"),
            },
            f.investigation,
            f.accompaniment,
            f.perennial,
            f.abandoned,
            f.accompanied_or_perennial(),
            f.total
        );
    }
}

/// What the default view computes once the data is read: key figures and the three charts.
fn first_view(dataset: &Dataset, today: Date) -> usize {
    let all = Filter::default();
    let situation = dataset.situation(&all, today);
    let figures = situation.key_figures();
    let charts = [
        incubators_chart(dataset, &situation),
        funding_by_promotion_chart(dataset, &all),
        evolution_chart(dataset, &all, today),
    ];
    let order = ServiceIndex::new(dataset);
    let matches = dataset.matches(&all, situation.date);
    let list = search_and_sort(&order, &matches, "", SortKey::Name, true);
    figures.total + charts.iter().map(|c| c.table.rows.len()).sum::<usize>() + list.len()
}
