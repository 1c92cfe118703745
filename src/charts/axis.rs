//! Value axes: round tick steps, and short French labels for them.

use crate::text::{UNIT_SPACE, format_int};

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
            ValueKind::Euros => crate::text::format_eur(value),
            ValueKind::Share => crate::text::format_share(value),
        }
    }

    /// A short tick label: `12`, `300 k€`, `1,5 M€`, `20 %`.
    pub fn format_tick(self, value: u64) -> String {
        match self {
            ValueKind::Count => format_int(value),
            ValueKind::Euros => compact_euros(value),
            ValueKind::Share if value.is_multiple_of(10) => format!("{}{UNIT_SPACE}%", format_int(value / 10)),
            ValueKind::Share => crate::text::format_share(value),
        }
    }
}

/// `1 500 000` → `1,5 M€`, `300 000` → `300 k€`, `0` → `0 €`.
pub fn compact_euros(value: u64) -> String {
    let (divisor, unit) = match value {
        v if v >= 1_000_000 => (1_000_000.0, "M€"),
        v if v >= 1_000 => (1_000.0, "k€"),
        _ => (1.0, "€"),
    };
    let scaled = value as f64 / divisor;
    let text = if (scaled - scaled.round()).abs() < 0.05 {
        format_int(scaled.round() as u64)
    } else {
        super::targets::tenths(scaled, ',')
    };
    format!("{text}{UNIT_SPACE}{unit}")
}

/// Ticks from 0 to at least `max`, about `target` of them, on a 1-2-5 step.
/// Whole numbers only: counts and euros.
pub fn nice_ticks(max: u64, target: usize) -> Vec<u64> {
    let max = max.max(1);
    let raw = max as f64 / target.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(10.0 * magnitude);
    let step = (step.round() as u64).max(1);
    let top = max.div_ceil(step).saturating_mul(step);
    (0..=top / step).map(|i| i * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_cover_the_maximum_on_round_steps() {
        assert_eq!(nice_ticks(124, 5), [0, 50, 100, 150]);
        assert_eq!(nice_ticks(7, 5), [0, 2, 4, 6, 8]);
        assert_eq!(nice_ticks(0, 5), [0, 1]);
        assert_eq!(nice_ticks(2_310_000, 4), [0, 1_000_000, 2_000_000, 3_000_000]);
        for max in [1u64, 3, 9, 10, 11, 99, 101, 4_160_000] {
            let ticks = nice_ticks(max, 5);
            assert!(*ticks.last().unwrap() >= max, "{max}: {ticks:?}");
            assert!(ticks.len() <= 11, "{max}: {ticks:?}");
        }
    }

    #[test]
    fn euros_ticks_are_short() {
        let plain = |s: String| s.replace(['\u{a0}', '\u{202f}'], " ");
        assert_eq!(plain(compact_euros(0)), "0 €");
        assert_eq!(plain(compact_euros(300_000)), "300 k€");
        assert_eq!(plain(compact_euros(1_500_000)), "1,5 M€");
        assert_eq!(plain(compact_euros(2_000_000)), "2 M€");
        assert_eq!(plain(ValueKind::Euros.format(4_160_000)), "4 160 000 €");
    }

    #[test]
    fn share_ticks_are_whole_percents_up_to_the_whole() {
        let plain = |s: String| s.replace(['\u{a0}', '\u{202f}'], " ");
        let ticks = nice_ticks(1000, 5);
        assert_eq!(ticks, [0, 200, 400, 600, 800, 1000]);
        let labels: Vec<String> = ticks.iter().map(|&t| plain(ValueKind::Share.format_tick(t))).collect();
        assert_eq!(labels, ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]);
        assert_eq!(plain(ValueKind::Share.format(356)), "35,6 %");
    }
}
