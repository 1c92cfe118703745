//! A chart in a first view: SVG drawn by the same [`draw`](crate::charts::draw) as the app's
//! canvas, in a box exactly as high as the canvas the app will draw at the same width, so that
//! nothing moves when it takes over.
//!
//! The box's height follows the chart's layout, which depends on its width (a legend that wraps,
//! names above bars on narrow screens): the first views' stylesheet (`first-view-<hash>.css`,
//! [`stylesheet`]) gives it for every width, by container queries in `rem`, so that it also holds
//! under a larger text size (the app lays its charts out `zoom` times larger, `zoom` being the
//! root font size over 16 px). Inside the box, the drawing laid out for a phone or for a desktop,
//! whichever the width is nearer, fitted to the box. Its colours are classes, light or dark with
//! the page's theme.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt::Write;

use leptos::prelude::*;

use crate::charts::{BarChart, ChartData, Palette, svg};

/// The chart's width in the explorer on a 375 px wide phone, and on a 1280 px wide screen (CSS
/// pixels), and in between, an embed in a page's column: the three drawings of a first view, exact
/// at the first two.
pub const PHONE_WIDTH: f64 = 345.0;
pub const COLUMN_WIDTH: f64 = 600.0;
pub const DESKTOP_WIDTH: f64 = 888.0;
/// Below this width (CSS pixels at 16 px to the rem) the phone's drawing shows: where horizontal
/// bars get their names above them; from it, the column's, up to halfway to the desktop's.
const PHONE_UP_TO: f64 = 520.0;
const COLUMN_UP_TO: f64 = (COLUMN_WIDTH + DESKTOP_WIDTH) / 2.0;
/// The widths the box's height is worked out for: from the narrowest frame an embed fits to a
/// wall screen.
const WIDTHS: std::ops::RangeInclusive<u32> = 200..=2560;

thread_local! {
    /// The charts of the first views rendered so far, by their panel's id.
    static CHARTS: RefCell<BTreeMap<String, BarChart>> = const { RefCell::new(BTreeMap::new()) };
}

/// The chart of panel `id` as its first view shows it, in place of the app's canvas: an image
/// named `label`, as the canvas is.
pub fn picture(id: &str, data: &ChartData, label: String) -> AnyView {
    CHARTS.with_borrow_mut(|charts| charts.insert(id.to_owned(), data.chart.clone()));
    let drawing = |width: f64| classed(&data.chart, width);
    view! {
        <div class="chart__first-view" role="img" aria-label=label>
            <div class="chart__drawing chart__drawing--phone" aria-hidden="true" inner_html=drawing(PHONE_WIDTH)></div>
            <div class="chart__drawing chart__drawing--column" aria-hidden="true" inner_html=drawing(COLUMN_WIDTH)></div>
            <div class="chart__drawing chart__drawing--desktop" aria-hidden="true" inner_html=drawing(DESKTOP_WIDTH)></div>
        </div>
    }
    .into_any()
}

/// The chart drawn `width` wide, its colours as classes (`c0`, `c1`…, [`COLOURS`]), scaled to its
/// box (its own width and height attributes go).
fn classed(chart: &BarChart, width: f64) -> String {
    let (Some(light), Some(dark)) = (svg(chart, width, Palette::Light), svg(chart, width, Palette::Dark)) else {
        return String::new();
    };
    let mut out = String::with_capacity(light.len());
    let (mut rest, mut rest_dark) = (light.as_str(), dark.as_str());
    // The two drawings differ only in their colours: each `"#rrggbb"` of one is the other's at the
    // same place.
    while let (Some(at), Some(at_dark)) = (rest.find("=\"#"), rest_dark.find("=\"#")) {
        let attribute_start = rest[..at].rfind(' ').map_or(0, |i| i + 1);
        let name = &rest[attribute_start..at];
        out.push_str(&rest[..attribute_start]);
        let colour = &rest[at + 2..at + 9];
        let colour_dark = &rest_dark[at_dark + 2..at_dark + 9];
        let class = COLOURS.with_borrow_mut(|colours| {
            let next = colours.len();
            let key = (name.to_owned(), colour.to_owned(), colour_dark.to_owned());
            *colours.entry(key).or_insert(next)
        });
        let _ = write!(out, "class=\"c{class}\"");
        rest = &rest[at + 10..];
        rest_dark = &rest_dark[at_dark + 10..];
    }
    out.push_str(rest);
    // Fitted to its box: no width or height of its own.
    let out = out.replacen(" width=\"", " data-width=\"", 1).replacen(" height=\"", " data-height=\"", 1);
    out.replacen("<svg ", "<svg preserveAspectRatio=\"xMinYMin meet\" ", 1)
}

thread_local! {
    /// The colour classes: `(attribute, light colour, dark colour)` → its number.
    static COLOURS: RefCell<BTreeMap<(String, String, String), usize>> = const { RefCell::new(BTreeMap::new()) };
}

/// The first views' stylesheet: each chart's box as high as the app's canvas at every width, the
/// drawing that shows at each, and the colour classes in the light and the dark theme.
pub fn stylesheet() -> String {
    let mut css = String::from(
        "/* The charts of the first views (src/web/prerender/charts.rs), written by ./dev build. */\n\
         .first-view .chart { container-type: inline-size; }\n\
         .chart__first-view { position: relative; }\n\
         .chart__drawing, .chart__drawing svg { display: block; width: 100%; height: 100%; }\n",
    );
    let _ = writeln!(
        css,
        ".chart__drawing--phone, .chart__drawing--column {{ display: none; }}\n\
         @container (width < {phone}) {{ .chart__drawing--phone {{ display: block; }} .chart__drawing--desktop {{ display: none; }} }}\n\
         @container (width >= {phone}) and (width < {column}) {{ .chart__drawing--column {{ display: block; }} .chart__drawing--desktop {{ display: none; }} }}",
        phone = rem(PHONE_UP_TO),
        column = rem(COLUMN_UP_TO),
    );
    CHARTS.with_borrow(|charts| {
        for (id, chart) in charts {
            let ranges = height_ranges(chart);
            for (i, (from, height)) in ranges.iter().enumerate() {
                let box_rule = format!("#{id} .chart__first-view {{ height: {}; }}", rem(f64::from(*height)));
                let until = ranges.get(i + 1).map(|(next, _)| *next);
                let _ = match until {
                    None if i == 0 => writeln!(css, "{box_rule}"),
                    None => writeln!(css, "@container (width >= {}) {{ {box_rule} }}", rem(*from)),
                    Some(next) if i == 0 => writeln!(css, "@container (width < {}) {{ {box_rule} }}", rem(next)),
                    Some(next) => {
                        writeln!(
                            css,
                            "@container (width >= {}) and (width < {}) {{ {box_rule} }}",
                            rem(*from),
                            rem(next)
                        )
                    }
                };
            }
        }
    });
    COLOURS.with_borrow(|colours| {
        for ((attribute, light, dark), class) in colours {
            let property = if attribute == "stroke" { "stroke" } else { "fill" };
            let _ = writeln!(css, ".c{class} {{ {property}: {light}; }}");
            let _ = writeln!(css, "[data-fr-theme=\"dark\"] .c{class} {{ {property}: {dark}; }}");
        }
    });
    css
}

/// The chart's height at each width of [`WIDTHS`], as `(from, height)`: from `from` CSS pixels
/// wide (up to the next range's `from`), the app lays it out `height` high. Where the height
/// changes between two whole widths, the width it changes at is found to a hundredth of a pixel.
fn height_ranges(chart: &BarChart) -> Vec<(f64, u32)> {
    let height = |width: f64| chart.layout(width, 1.0).height;
    let mut ranges: Vec<(f64, u32)> = Vec::new();
    let mut previous: Option<(f64, u32)> = None;
    for width in WIDTHS {
        let width = f64::from(width);
        let h = height(width);
        match previous {
            Some((before, h_before)) if h_before != h => {
                // Bisect (before, width]: the least width with the new height.
                let (mut low, mut high) = (before, width);
                while high - low > 0.01 {
                    let mid = (low + high) / 2.0;
                    if height(mid) == h_before { low = mid } else { high = mid }
                }
                ranges.push((high, h));
            }
            None => ranges.push((width, h)),
            _ => {}
        }
        previous = Some((width, h));
    }
    ranges
}

/// CSS pixels at 16 px to the rem, in rem (`21.5625rem`).
fn rem(px: f64) -> String {
    let text = format!("{:.4}", px / 16.0);
    format!("{}rem", text.trim_end_matches('0').trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rems_are_written_short() {
        assert_eq!(rem(345.0), "21.5625rem");
        assert_eq!(rem(320.0), "20rem");
        assert_eq!(rem(520.5), "32.5312rem");
    }
}
