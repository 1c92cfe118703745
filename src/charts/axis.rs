//! Value axes: round tick steps (their labels: [`super::units::ValueKind::format_tick`]).

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
    use crate::charts::units::ValueKind;

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
    fn share_ticks_are_whole_percents_up_to_the_whole() {
        let plain = |s: String| s.replace(['\u{a0}', '\u{202f}'], " ");
        let ticks = nice_ticks(1000, 5);
        assert_eq!(ticks, [0, 200, 400, 600, 800, 1000]);
        let labels: Vec<String> = ticks.iter().map(|&t| plain(ValueKind::Share.format_tick(t))).collect();
        assert_eq!(labels, ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]);
        assert_eq!(plain(ValueKind::Share.format(356)), "35,6 %");
    }
}
