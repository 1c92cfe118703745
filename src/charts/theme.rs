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

    #[test]
    fn every_fill_contrasts_three_to_one_with_white() {
        let fills = Phase::CURRENT
            .iter()
            .map(phase_color)
            .chain(PhaseGroup::ALL.into_iter().map(group_color))
            .chain([OTHER, FUNDING]);
        for color in fills {
            let ratio = 1.05 / (luminance(color) + 0.05);
            assert!(ratio >= 3.0, "{} contrasts {ratio:.2}:1 with white", color.hex());
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
