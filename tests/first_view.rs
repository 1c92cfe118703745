//! Each page's first view, rendered natively as `./dev build` renders it (src/web/prerender): every
//! page renders without a browser (a browser call in a component's body would panic here), holds
//! the figures the core computes, its charts as SVG with their alternative, and nothing the strict
//! CSP forbids.

mod common;

use beta_dashboard::charts::incubators_chart;
use beta_dashboard::data::Filter;
use beta_dashboard::modes::blocks::Block;
use beta_dashboard::text;
use beta_dashboard::web::prerender::{Prerender, page, routes, stylesheet};
use common::{read, today};

/// Trunk's page, as `tools/strict-csp.mjs` leaves it, in small.
const TEMPLATE: &str = "<!doctype html><html data-app-boot=\"boot-1.js\" data-fr-scheme=light lang=fr><meta charset=utf-8>\
    <title>Tableau de bord de beta.gouv.fr</title><meta content=\"d\" name=description>\
    <link crossorigin href=/a.js rel=modulepreload><link as=fetch href=/a_bg.wasm rel=preload type=application/wasm>\
    </head><body><div class=boot id=boot role=status>Chargement du tableau de bord…</div>\
    <noscript><p class=boot>JavaScript</p></noscript></body></html>";

fn prerender() -> Prerender {
    Prerender::of_compact(&read("public/data/tableau-de-bord.json"), "data/tableau-de-bord.json", today())
        .expect("the bundled data file reads")
}

#[test]
fn every_page_renders_natively_with_its_title_and_notices() {
    let prerender = prerender();
    for route in routes() {
        let html = page(TEMPLATE, &route, &prerender).unwrap_or_else(|e| panic!("/{}: {e}", route.path));
        assert!(html.contains("<div id=\"premier-rendu\" class=\"first-view\">"), "/{}", route.path);
        assert!(html.contains(&format!("data-first-view=\"{}\"", route.path)), "/{}", route.path);
        assert!(html.contains(&format!("data-first-view-day=\"{}\"", today())), "/{}", route.path);
        assert!(
            !html.contains("<title>Tableau de bord de beta.gouv.fr</title>") || route.path.is_empty(),
            "/{}: the page's own title",
            route.path
        );
        // Each page's notices speak of it; the statement, whole without the app, has none.
        match text::without_wasm(today(), route.notice_page()) {
            Some(notice) => {
                assert!(html.contains(&notice), "/{}: the notice without WebAssembly", route.path);
                assert_eq!(html.matches("<noscript").count(), 1, "/{}: one <noscript>, the page's", route.path);
            }
            None => {
                assert_eq!(route.path, "accessibilite");
                assert!(
                    !html.contains("first-view__notice") && !html.contains("<noscript"),
                    "/{}: no notice",
                    route.path
                );
            }
        }
        assert!(!html.contains(" style=\""), "/{}: no style attribute (the strict CSP)", route.path);
        assert!(!html.contains("<script>"), "/{}: no inline script (the strict CSP)", route.path);
        assert_eq!(route.app_after_paint, html.contains("data-app-after-paint"), "/{}", route.path);
        assert_eq!(route.app_after_paint, !html.contains("rel=modulepreload"), "/{}", route.path);
    }
}

#[test]
fn the_explorer_s_first_view_holds_the_key_figures_and_the_charts_as_svg() {
    let prerender = prerender();
    let explorer = routes().into_iter().find(|r| r.path.is_empty()).expect("the explorer is rendered");
    let html = page(TEMPLATE, &explorer, &prerender).unwrap();
    let dataset = &prerender.loaded.dataset;
    let figures = dataset.situation(&Filter::default(), today()).key_figures();
    let shown = format!("<dd class=\"figure__value\">{}</dd>", text::format_count(figures.total));
    assert!(html.contains(&shown), "the total {shown}");
    // Every chart as an image with its alternative, drawn as SVG, its table beside it.
    for id in Block::ALL.into_iter().filter(|b| *b != Block::KeyFigures).map(Block::id) {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
        assert!(html.contains(&format!("id=\"{id}-table\"")), "{id}: its table");
    }
    assert!(html.matches("role=\"img\" aria-label=\"Graphique en barres").count() >= 4, "charts as images");
    assert!(html.matches("<svg ").count() >= 8, "two drawings a chart");
    // The incubators' chart's table: its first row is the largest incubator, with its total.
    let chart = incubators_chart(dataset, &dataset.situation(&Filter::default(), today()));
    let first = &chart.table.rows[0];
    assert!(html.contains(&format!("<th scope=\"row\">{}</th>", first[0].display())), "the table's first row");
    // The stylesheet sizes each chart's box, for every width.
    let css = stylesheet();
    assert!(css.contains("#graphique-incubateurs .chart__first-view { height:"), "{}", &css[..300.min(css.len())]);
    assert!(css.contains("[data-fr-theme=\"dark\"] .c0"), "dark colours");
}
