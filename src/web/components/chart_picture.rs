//! The image of a chart: in the browser, the canvas the app paints; in a first view rendered at
//! build time, the same chart as SVG (`crate::web::prerender`).

use leptos::prelude::*;

use crate::charts::ChartData;
use crate::text;

/// The chart's image for panel `id`, named after its title.
#[cfg(target_arch = "wasm32")]
pub fn chart_picture(
    canvas: NodeRef<leptos::html::Canvas>,
    _id: &'static str,
    data: impl Fn() -> String + Send + Sync + Copy + 'static,
    _chart: Signal<ChartData>,
) -> AnyView {
    view! { <canvas node_ref=canvas role="img" aria-label=move || text::chart_image_label(&data())></canvas> }
        .into_any()
}

/// The chart's image for panel `id`, named after its title.
#[cfg(not(target_arch = "wasm32"))]
pub fn chart_picture(
    _canvas: NodeRef<leptos::html::Canvas>,
    id: &'static str,
    title: impl Fn() -> String + Send + Sync + Copy + 'static,
    chart: Signal<ChartData>,
) -> AnyView {
    chart.with_untracked(|data| crate::web::prerender::chart_picture(id, data, text::chart_image_label(&title())))
}
