//! A chart as an SVG document: vector graphics for a page that is printed (the bilan), drawn by
//! the same [`draw`] as the canvas, on plotters' SVG backend.

use plotters::prelude::{IntoDrawingArea, SVGBackend};

use super::bar_chart::{BarChart, draw};
use super::theme::Palette;

/// The width of a chart printed on A4 portrait within 15 mm margins (180 mm), in CSS pixels.
pub const PRINT_WIDTH: f64 = 680.0;

/// `chart` laid out `width` CSS pixels wide, as an SVG document of that width (its height follows
/// from the content) in the colours of `palette`. Text from the data is escaped by the backend.
/// `None` only if drawing fails, which the SVG backend does not do on a string.
pub fn svg(chart: &BarChart, width: f64, palette: Palette) -> Option<String> {
    let layout = chart.layout(width, 1.0);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (layout.width, layout.height)).into_drawing_area();
        draw(&root, chart, &layout, palette).ok()?;
    }
    Some(at_laid_out_sizes(&out))
}

/// plotters' SVG backend writes a font's size divided by 1.24 (its own text metrics): the sizes
/// are put back to those the layout measured text with, as the canvas draws them.
fn at_laid_out_sizes(svg: &str) -> String {
    const ATTRIBUTE: &str = "font-size=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find(ATTRIBUTE) {
        let (before, after) = rest.split_at(at + ATTRIBUTE.len());
        out.push_str(before);
        let end = after.find('"').unwrap_or(after.len());
        match after[..end].parse::<f64>() {
            Ok(size) => out.push_str(&super::units::tenths(size * 1.24, '.')),
            Err(_) => out.push_str(&after[..end]),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::units::ValueKind;
    use crate::charts::{Category, CategoryKey, Orientation, Series, SeriesKey};

    fn chart() -> BarChart {
        BarChart {
            orientation: Orientation::Horizontal,
            series: vec![Series {
                key: SeriesKey::Count,
                label: "Services".into(),
                color: super::super::theme::FUNDING,
            }],
            categories: vec![Category {
                key: CategoryKey::NoIncubator,
                label: "<b> & c".into(),
                full_label: "L'Incubateur".into(),
                values: vec![12],
                note: Some("12".into()),
                detail: None,
                highlighted: false,
            }],
            value_kind: ValueKind::Count,
            empty_message: "Aucun service".into(),
        }
    }

    #[test]
    fn the_svg_is_as_wide_as_asked_with_its_texts_escaped() {
        let out = svg(&chart(), 680.0, Palette::Light).unwrap();
        assert!(out.starts_with("<svg width=\"680\" height=\""), "{}", &out[..60]);
        assert!(out.contains("viewBox=\"0 0 680 "));
        assert!(out.contains("&lt;b&gt; &amp; c"), "markup in the data is text");
        assert!(!out.contains("<b>"));
        assert!(!out.contains("style="), "no style attribute: a strict CSP forbids them");
        assert!(out.trim_end().ends_with("</svg>"));
        // Text at the sizes the layout measured it with: 13 px names, 12 px notes and ticks.
        let sizes: std::collections::BTreeSet<&str> =
            out.split("font-size=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
        assert_eq!(sizes.into_iter().collect::<Vec<_>>(), ["12.0", "13.0"]);
    }

    #[test]
    fn the_chart_is_drawn_in_the_palette_asked_for() {
        for palette in [Palette::Light, Palette::Dark] {
            let out = svg(&chart(), 400.0, palette).unwrap().to_lowercase();
            assert!(out.contains(&format!("fill=\"{}\"", palette.text().hex())), "{palette:?} text");
            let bar = palette.fill(super::super::theme::FUNDING).hex();
            assert!(out.contains(&format!("fill=\"{bar}\"")), "{palette:?} bar");
        }
    }
}
