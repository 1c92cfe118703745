//! The colours a chart's canvas is painted in. A canvas is a picture: forced colours (Windows
//! contrast themes, `forced-colors: active`) repaint the page around it, not what is drawn on it.
//! So under forced colours the chart follows the system's own colours, `CanvasText` on `Canvas`
//! as the page computes them, whatever the page's or the embed's theme says: light text on a
//! dark system background, dark text on a light one. Otherwise it follows the theme.

use crate::charts::Palette;
use crate::charts::theme::Rgb;

/// The system's text and background colours, as the page computes `CanvasText` and `Canvas`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SystemColours {
    pub text: Rgb,
    pub background: Rgb,
}

impl SystemColours {
    /// From two computed colours (`rgb(255, 255, 255)`), if both read.
    pub fn of_computed(text: &str, background: &str) -> Option<SystemColours> {
        Some(SystemColours { text: computed_rgb(text)?, background: computed_rgb(background)? })
    }

    /// Whether the system paints light text on a dark background.
    pub fn is_dark(self) -> bool {
        luminance(self.background) < luminance(self.text)
    }
}

/// The palette of a chart: under forced colours, the one whose text and background stand as the
/// system's do; otherwise the theme's.
pub fn chart_palette(dark_theme: bool, forced: Option<SystemColours>) -> Palette {
    let dark = forced.map_or(dark_theme, SystemColours::is_dark);
    if dark { Palette::Dark } else { Palette::Light }
}

/// A colour as `getComputedStyle` writes it, `rgb(r, g, b)` or `rgba(r, g, b, a)`; `None` for
/// anything else (a transparent one included: it is no colour to paint on).
pub fn computed_rgb(css: &str) -> Option<Rgb> {
    let css = css.trim();
    let inner = css.strip_prefix("rgba(").or_else(|| css.strip_prefix("rgb("))?.strip_suffix(')')?;
    let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
    let channel = |i: usize| parts.get(i)?.parse::<u8>().ok();
    let opaque = match parts.len() {
        3 => true,
        4 => parts[3].parse::<f64>().is_ok_and(|alpha| alpha > 0.0),
        _ => false,
    };
    opaque.then_some(())?;
    Some(Rgb(channel(0)?, channel(1)?, channel(2)?))
}

/// WCAG relative luminance.
fn luminance(c: Rgb) -> f64 {
    let f = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * f(c.0) + 0.7152 * f(c.1) + 0.0722 * f(c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computed_colours_are_read_and_anything_else_is_none() {
        assert_eq!(computed_rgb("rgb(255, 255, 0)"), Some(Rgb(255, 255, 0)));
        assert_eq!(computed_rgb(" rgba(0, 0, 0, 1) "), Some(Rgb(0, 0, 0)));
        assert_eq!(computed_rgb("rgba(0, 0, 0, 0)"), None);
        assert_eq!(computed_rgb("rgb(256, 0, 0)"), None);
        assert_eq!(computed_rgb("Canvas"), None);
        assert_eq!(computed_rgb("rgb(1, 2)"), None);
    }

    #[test]
    fn under_forced_colours_the_chart_follows_the_system_not_the_theme() {
        let dark_system = SystemColours::of_computed("rgb(255, 255, 255)", "rgb(0, 0, 0)");
        let light_system = SystemColours::of_computed("rgb(0, 0, 0)", "rgb(255, 255, 255)");
        // A Windows contrast theme of yellow text on a dark blue background.
        let night_sky = SystemColours::of_computed("rgb(255, 255, 0)", "rgb(0, 0, 64)");
        for theme_dark in [false, true] {
            assert_eq!(chart_palette(theme_dark, dark_system), Palette::Dark);
            assert_eq!(chart_palette(theme_dark, night_sky), Palette::Dark);
            assert_eq!(chart_palette(theme_dark, light_system), Palette::Light);
        }
        assert_eq!(chart_palette(true, None), Palette::Dark);
        assert_eq!(chart_palette(false, None), Palette::Light);
    }

    #[test]
    fn the_palette_chosen_reads_on_the_system_background() {
        // Its text keeps at least 4.5:1 against the system's background, and its background is
        // on the same side as the system's.
        let contrast = |a: Rgb, b: Rgb| {
            let (l1, l2) = (luminance(a), luminance(b));
            (l1.max(l2) + 0.05) / (l1.min(l2) + 0.05)
        };
        for (text, background) in [
            ("rgb(255, 255, 255)", "rgb(0, 0, 0)"),
            ("rgb(0, 0, 0)", "rgb(255, 255, 255)"),
            ("rgb(255, 255, 0)", "rgb(0, 0, 64)"),
            ("rgb(0, 0, 0)", "rgb(255, 250, 239)"),
        ] {
            let system = SystemColours::of_computed(text, background).unwrap();
            let palette = chart_palette(false, Some(system));
            assert!(contrast(palette.text(), system.background) >= 4.5, "{text} on {background}: {palette:?}");
        }
    }
}
