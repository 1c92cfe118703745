//! A chart drawn as SVG in the page (vector: sharp at any zoom, and on paper): the bilan's. Twice,
//! from the same chart: at its box's width in the page's palette for the screen, and at the
//! printed page's width in the light palette for paper (the stylesheet shows each in its medium).
//! No bar to focus or click: its summary and its table, beside it, say its values.

use leptos::prelude::*;

use crate::charts::{ChartData, PRINT_WIDTH, Palette, svg};
use crate::text;
use crate::web::browser::{self, SizeObserver};
use crate::web::components::ChartPalette;

/// The width a first view draws the chart at (the bilan's column on a desktop, CSS pixels).
const FIRST_VIEW_WIDTH: f64 = 880.0;

#[component]
pub fn ChartSvg(data: Signal<ChartData>) -> impl IntoView {
    let palette = use_context::<ChartPalette>().map_or(Signal::stored(Palette::Light), |p| p.0);
    // Laid out for a narrower width and shown at the box's: text comes out as large as the page's.
    let zoom = browser::text_zoom();
    let width = RwSignal::new(0.0_f64);
    let screen_box = NodeRef::<leptos::html::Div>::new();
    let observer = StoredValue::new_local(None::<SizeObserver>);
    screen_box.on_load(move |element| {
        observer.set_value(SizeObserver::width(&element, move |w| width.set(w)));
    });
    let screen = Memo::new(move |_| {
        let (width, palette) = (width.get(), palette.get());
        // Rendered at build time (a first view), at the width of the page's column on a desktop.
        let width = if cfg!(target_arch = "wasm32") { width } else { FIRST_VIEW_WIDTH };
        if width <= 0.0 {
            return String::new();
        }
        data.with(|d| svg(&d.chart, width / zoom, palette)).unwrap_or_default()
    });
    let paper = Memo::new(move |_| data.with(|d| svg(&d.chart, PRINT_WIDTH, Palette::Light)).unwrap_or_default());
    view! {
        // An image with its short alternative; the summary before it and the table after it describe it.
        <div class="chart-svg" role="img" aria-label=move || text::bilan_chart_label(&data.read().title)>
            // Its drawings are for the eye: the alternative above, not their many texts, is read.
            <div class="chart-svg__screen" aria-hidden="true" node_ref=screen_box inner_html=screen></div>
            <div class="chart-svg__paper" aria-hidden="true" inner_html=paper></div>
        </div>
    }
}
