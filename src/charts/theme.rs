//! Colours and type of the charts, after the DSFR. Every fill contrasts at least 3:1 with the
//! white that separates stacked pieces (WCAG 1.4.11); tables carry the same data for everyone.

use crate::data::{Phase, PhaseGroup};

/// A colour, independent of any drawing backend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn to_plotters(self) -> plotters::style::RGBColor {
        plotters::style::RGBColor(self.0, self.1, self.2)
    }

    /// `#000091`, for CSS and SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Marianne where installed, else Arial, as the DSFR.
pub const FONT_FAMILY: &str = "Marianne, Arial, sans-serif";
pub const TEXT: Rgb = Rgb(0x16, 0x16, 0x16);
pub const GRID: Rgb = Rgb(0xe5, 0xe5, 0xe5);
pub const AXIS: Rgb = Rgb(0x66, 0x66, 0x66);
/// Background of the highlighted category (blue-france-950).
pub const HIGHLIGHT: Rgb = Rgb(0xec, 0xec, 0xfe);
/// FAST amounts (blue-france-sun-113).
pub const FUNDING: Rgb = Rgb(0x00, 0x00, 0x91);

pub fn phase_color(phase: &Phase) -> Rgb {
    match phase {
        Phase::Investigation => Rgb(0xb3, 0x40, 0x00),
        Phase::Construction => Rgb(0x6a, 0x6a, 0xf4),
        Phase::Acceleration => Rgb(0x00, 0x00, 0x91),
        Phase::Consolidation | Phase::Success => Rgb(0x3b, 0x8a, 0x2a),
        Phase::Transfere | Phase::Transfer => Rgb(0x00, 0x81, 0x6f),
        Phase::Opere => Rgb(0x1b, 0x4d, 0x2b),
        Phase::AbandonInvestigation => Rgb(0x7a, 0x7a, 0x7a),
        Phase::Abandon => Rgb(0x3a, 0x3a, 0x3a),
        Phase::Alumni | Phase::Other(_) => OTHER,
    }
}

/// Phases of no group (purple-glycine).
pub const OTHER: Rgb = Rgb(0xa5, 0x58, 0xa0);

/// The colours a chart is painted with: the light theme, or the dark one (`?theme=sombre`, or the
/// visitor's system setting). Charts are built with light fills; the dark palette maps each to a
/// lighter counterpart that keeps 3:1 against the dark background.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Palette {
    #[default]
    Light,
    Dark,
}

impl Palette {
    /// The page background (also the edge between stacked pieces).
    pub fn background(self) -> Rgb {
        match self {
            Palette::Light => Rgb(0xff, 0xff, 0xff),
            Palette::Dark => Rgb(0x16, 0x16, 0x16),
        }
    }

    pub fn text(self) -> Rgb {
        match self {
            Palette::Light => TEXT,
            Palette::Dark => Rgb(0xce, 0xce, 0xce),
        }
    }

    pub fn grid(self) -> Rgb {
        match self {
            Palette::Light => GRID,
            Palette::Dark => Rgb(0x35, 0x35, 0x35),
        }
    }

    pub fn axis(self) -> Rgb {
        match self {
            Palette::Light => AXIS,
            Palette::Dark => Rgb(0x92, 0x92, 0x92),
        }
    }

    pub fn highlight(self) -> Rgb {
        match self {
            Palette::Light => HIGHLIGHT,
            Palette::Dark => Rgb(0x1b, 0x1b, 0x35),
        }
    }

    /// The colour a fill chosen for the light theme takes in this palette.
    pub fn fill(self, light: Rgb) -> Rgb {
        if self == Palette::Light {
            return light;
        }
        match (light.0, light.1, light.2) {
            (0xb3, 0x40, 0x00) => Rgb(0xfc, 0x5d, 0x00),
            (0x00, 0x00, 0x91) => Rgb(0x85, 0x85, 0xf6),
            (0x6a, 0x6a, 0xf4) => Rgb(0xca, 0xca, 0xfb),
            (0x1b, 0x4d, 0x2b) => Rgb(0x6f, 0xe4, 0x9d),
            (0x18, 0x75, 0x3c) => Rgb(0x27, 0xa6, 0x58),
            (0x3a, 0x3a, 0x3a) => Rgb(0xc1, 0xc1, 0xc1),
            _ => light,
        }
    }
}

pub fn group_color(group: PhaseGroup) -> Rgb {
    match group {
        PhaseGroup::Investigation => Rgb(0xb3, 0x40, 0x00),
        PhaseGroup::Accompaniment => Rgb(0x00, 0x00, 0x91),
        PhaseGroup::Perennial => Rgb(0x18, 0x75, 0x3c),
        PhaseGroup::Abandoned => Rgb(0x7a, 0x7a, 0x7a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(c: Rgb) -> f64 {
        let f = |v: u8| {
            let c = f64::from(v) / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * f(c.0) + 0.7152 * f(c.1) + 0.0722 * f(c.2)
    }

    fn all_fills() -> Vec<Rgb> {
        Phase::CURRENT
            .iter()
            .map(phase_color)
            .chain(PhaseGroup::ALL.into_iter().map(group_color))
            .chain([OTHER, FUNDING])
            .collect()
    }

    fn contrast(a: Rgb, b: Rgb) -> f64 {
        let (l1, l2) = (luminance(a), luminance(b));
        (l1.max(l2) + 0.05) / (l1.min(l2) + 0.05)
    }

    #[test]
    fn every_fill_contrasts_three_to_one_with_the_background_of_each_palette() {
        for palette in [Palette::Light, Palette::Dark] {
            for color in all_fills() {
                let shown = palette.fill(color);
                let ratio = contrast(shown, palette.background());
                assert!(ratio >= 3.0, "{palette:?}: {} contrasts {ratio:.2}:1", shown.hex());
            }
            assert!(contrast(palette.text(), palette.background()) >= 4.5, "{palette:?} text");
        }
    }

    #[test]
    fn dark_fills_of_one_group_stay_distinct() {
        for group in PhaseGroup::ALL {
            let colors: std::collections::HashSet<Rgb> =
                group.phases().iter().map(|p| Palette::Dark.fill(phase_color(p))).collect();
            assert_eq!(colors.len(), group.phases().len(), "{group:?}");
        }
    }

    #[test]
    fn phases_of_one_group_have_distinct_colours() {
        for group in PhaseGroup::ALL {
            let colors: std::collections::HashSet<Rgb> = group.phases().iter().map(phase_color).collect();
            assert_eq!(colors.len(), group.phases().len(), "{group:?}");
        }
    }
}
