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

    /// `#000091`, as SVG writes it (for tests).
    #[cfg(test)]
    pub(crate) fn hex(self) -> String {
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

/// A phase's fill (light theme). Along the stacking order (investigation, construction,
/// accélération, consolidation, transféré, opéré, abandon en investigation, abandon, then the
/// others), fills alternate between dark and light tones of their group's hue, so that two
/// neighbouring pieces contrast at least 3:1 with each other, and each 3:1 with the background
/// (WCAG 1.4.11); the dark palette alternates the same way ([`Palette::fill`]).
pub fn phase_color(phase: &Phase) -> Rgb {
    match phase {
        Phase::Investigation => Rgb(0x70, 0x28, 0x00),
        Phase::Construction => Rgb(0x83, 0x83, 0xf6),
        Phase::Acceleration => Rgb(0x00, 0x00, 0x91),
        Phase::Consolidation | Phase::Success => Rgb(0x5f, 0x9f, 0x51),
        Phase::Transfere | Phase::Transfer => Rgb(0x00, 0x44, 0x3b),
        Phase::Opere => Rgb(0x26, 0xa0, 0x94),
        Phase::AbandonInvestigation => Rgb(0x3b, 0x3b, 0x3b),
        Phase::Abandon => Rgb(0x90, 0x90, 0x90),
        Phase::Alumni | Phase::Other(_) => OTHER,
    }
}

/// Phases of no group (purple-glycine, dark: it follows the light grey of abandon).
pub const OTHER: Rgb = Rgb(0x55, 0x2d, 0x53);

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
    /// The page background (for tests: what a colour must contrast with).
    #[cfg(test)]
    fn background(self) -> Rgb {
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

    /// The colour a fill chosen for the light theme takes in this palette: in the dark one, each
    /// dark tone becomes a pale one and each light tone a middle one, so that neighbours still
    /// alternate, 3:1 apart, and each keeps 3:1 against the dark background.
    pub fn fill(self, light: Rgb) -> Rgb {
        if self == Palette::Light {
            return light;
        }
        match (light.0, light.1, light.2) {
            (0x70, 0x28, 0x00) => Rgb(0xff, 0xb3, 0x79),
            (0x83, 0x83, 0xf6) => Rgb(0x58, 0x58, 0xcc),
            (0x00, 0x00, 0x91) => Rgb(0xbe, 0xbe, 0xfa),
            (0x5f, 0x9f, 0x51) => Rgb(0x32, 0x74, 0x23),
            (0x00, 0x44, 0x3b) => Rgb(0x92, 0xcf, 0xc9),
            (0x26, 0xa0, 0x94) => Rgb(0x00, 0x74, 0x68),
            (0x3b, 0x3b, 0x3b) => Rgb(0xc3, 0xc3, 0xc3),
            (0x90, 0x90, 0x90) => Rgb(0x66, 0x66, 0x66),
            (0x55, 0x2d, 0x53) => Rgb(0xda, 0xba, 0xd8),
            (0x19, 0x48, 0x28) => Rgb(0xab, 0xcd, 0xa3),
            _ => light,
        }
    }
}

/// A phase group's fill (the evolution chart, stacked in this order), alternating dark and light
/// like the phases.
pub fn group_color(group: PhaseGroup) -> Rgb {
    match group {
        PhaseGroup::Investigation => Rgb(0x70, 0x28, 0x00),
        PhaseGroup::Accompaniment => Rgb(0x83, 0x83, 0xf6),
        PhaseGroup::Perennial => Rgb(0x19, 0x48, 0x28),
        PhaseGroup::Abandoned => Rgb(0x90, 0x90, 0x90),
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

    /// The fills of a stacked bar, in stacking order: every phase (then the others), and every
    /// group (then the others), as the charts stack them.
    fn stacks() -> [Vec<Rgb>; 2] {
        let mut phases: Vec<Phase> = Phase::CURRENT.to_vec();
        phases.push(Phase::Other("pivot".into()));
        crate::data::order::sort(&mut phases);
        [
            phases.iter().map(phase_color).collect(),
            PhaseGroup::ALL.into_iter().map(group_color).chain([OTHER]).collect(),
        ]
    }

    #[test]
    fn neighbouring_pieces_of_a_stacked_bar_contrast_three_to_one_light_and_dark() {
        for palette in [Palette::Light, Palette::Dark] {
            for stack in stacks() {
                for pair in stack.windows(2) {
                    let (a, b) = (palette.fill(pair[0]), palette.fill(pair[1]));
                    let ratio = contrast(a, b);
                    assert!(ratio >= 3.0, "{palette:?}: {} beside {} contrasts {ratio:.2}:1", a.hex(), b.hex());
                }
            }
        }
    }

    #[test]
    fn the_contrast_formula_is_wcag_s() {
        // Black on white is 21:1, a colour on itself 1:1, the DSFR's grey-425 on white 5.74:1.
        assert!((contrast(Rgb(0, 0, 0), Rgb(0xff, 0xff, 0xff)) - 21.0).abs() < 1e-9);
        assert!((contrast(FUNDING, FUNDING) - 1.0).abs() < 1e-9);
        assert!((contrast(Rgb(0x66, 0x66, 0x66), Rgb(0xff, 0xff, 0xff)) - 5.74).abs() < 0.01);
    }

    /// The current phases of a group.
    fn phases(group: PhaseGroup) -> Vec<Phase> {
        Phase::CURRENT.into_iter().filter(|p| p.group() == Some(group)).collect()
    }

    #[test]
    fn dark_fills_of_one_group_stay_distinct() {
        for group in PhaseGroup::ALL {
            let colors: std::collections::HashSet<Rgb> =
                phases(group).iter().map(|p| Palette::Dark.fill(phase_color(p))).collect();
            assert_eq!(colors.len(), phases(group).len(), "{group:?}");
        }
    }

    #[test]
    fn phases_of_one_group_have_distinct_colours() {
        for group in PhaseGroup::ALL {
            let colors: std::collections::HashSet<Rgb> = phases(group).iter().map(phase_color).collect();
            assert_eq!(colors.len(), phases(group).len(), "{group:?}");
        }
    }
}
