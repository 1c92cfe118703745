//! How a chart's numbers are written: its values by kind (counts, euros, shares), in
//! [`crate::text`]'s French formats, and lengths as CSS takes them. A leaf of the charts.

use crate::text::{format_eur, format_eur_short, format_int, format_percent, format_share};

/// How a chart's values read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A number of services or laureates.
    Count,
    /// An amount in euros.
    Euros,
    /// A share of a whole, in tenths of a percent (356 is 35,6 %).
    Share,
}

impl ValueKind {
    /// The full value, as in tables and tooltips: `12`, `4 160 000 €`.
    pub fn format(self, value: u64) -> String {
        match self {
            ValueKind::Count => format_int(value),
            ValueKind::Euros => format_eur(value),
            ValueKind::Share => format_share(value),
        }
    }

    /// A short tick label: `12`, `300 k€`, `1,5 M€`, `20 %`.
    pub fn format_tick(self, value: u64) -> String {
        match self {
            ValueKind::Count => format_int(value),
            ValueKind::Euros => format_eur_short(value),
            ValueKind::Share if value.is_multiple_of(10) => format_percent(value / 10),
            ValueKind::Share => format_share(value),
        }
    }
}

/// A length in CSS pixels to a tenth, as a style property takes it (`12.3px`).
pub fn css_px(value: f64) -> String {
    format!("{}px", tenths(value, '.'))
}

/// `value` to a tenth, with `point` as decimal separator (`12.3`), written from whole numbers:
/// float formatting's machinery is 15 kB of WebAssembly, and its exact mode slow there.
pub fn tenths(value: f64, point: char) -> String {
    let tenths = (value * 10.0).round();
    let tenths = if tenths.is_finite() { tenths as i64 } else { 0 };
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}{point}{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_in_full_and_ticks_short() {
        let plain = |s: String| s.replace(['\u{a0}', '\u{202f}'], " ");
        assert_eq!(plain(ValueKind::Euros.format(4_160_000)), "4 160 000 €");
        assert_eq!(plain(ValueKind::Euros.format_tick(1_500_000)), "1,5 M€");
        assert_eq!(plain(ValueKind::Share.format_tick(200)), "20 %");
        assert_eq!(plain(ValueKind::Share.format_tick(205)), "20,5 %");
    }

    #[test]
    fn css_lengths_are_written_to_a_tenth() {
        assert_eq!(css_px(12.34), "12.3px");
        assert_eq!(css_px(-0.46), "-0.5px");
        assert_eq!(css_px(0.0), "0.0px");
        assert_eq!(css_px(f64::NAN), "0.0px");
        assert_eq!(tenths(1.54, ','), "1,5");
        assert_eq!(tenths(-3.0, '.'), "-3.0");
    }
}
