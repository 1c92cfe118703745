//! A chart as an SVG document: vector graphics for a page that is printed (the bilan), drawn by
//! the same [`draw`] as the canvas, on plotters' SVG backend.

use plotters::prelude::{IntoDrawingArea, SVGBackend};

use super::bar_chart::{BarChart, draw};
use super::theme::Palette;

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
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::axis::ValueKind;
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
