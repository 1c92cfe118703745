//! The time-lapse: the programme's history, year by year from 1 January 2014 to today.
//!
//! Frame Y shows the situation the explorer shows for `annee=Y` (1 January Y+1, today for the
//! current year), so a frame's figures are the explorer's. Between two frames the bars grow.

use crate::charts::{ChartData, evolution_chart, incubators_chart};
use crate::data::{Dataset, Date, Filter, reference_date};

/// The first frame's year: its date is 1 January 2014.
pub const FIRST_YEAR: i32 = 2013;
/// How long a frame lasts at speed 1, in milliseconds…
pub const YEAR_MILLIS: f64 = 1_600.0;
/// …of which the bars spend this share growing, then hold still.
pub const GROWING: f64 = 0.6;

/// One year of the time-lapse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    /// The explorer's `annee`.
    pub year: i32,
    /// The day described: 1 January `year + 1`, or today.
    pub date: Date,
}

/// The frames from 1 January 2014 (or the data's first year, if later) to today, one per year.
pub fn frames(dataset: &Dataset, today: Date) -> Vec<Frame> {
    let first = dataset.first_year().map_or(FIRST_YEAR, |y| y.max(FIRST_YEAR)).min(today.year());
    let mut frames: Vec<Frame> =
        (first..=today.year()).map(|year| Frame { year, date: reference_date(Some(year), today) }).collect();
    // On 1 January the last bilan is today: one frame for one day.
    frames.dedup_by_key(|f| f.date);
    frames
}

/// The filter of a frame: the visitor's, with the frame's year.
pub fn frame_filter(filter: &Filter, frame: Frame) -> Filter {
    Filter { year: Some(frame.year), ..filter.clone() }
}

/// A frame's two charts: services per incubator on its date, and the evolution up to its date.
pub fn frame_charts(dataset: &Dataset, filter: &Filter, frame: Frame) -> (ChartData, ChartData) {
    let filter = frame_filter(filter, frame);
    let incubators = incubators_chart(dataset, &dataset.situation(&filter, frame.date));
    // The evolution as seen on the frame's date: its bilans so far, the frame's own highlighted.
    let evolution = evolution_chart(dataset, &filter, frame.date);
    (incubators, evolution)
}

/// Where a time-lapse playing at `speed` for `elapsed` milliseconds stands: the frame, and how
/// far its bars have grown from the previous frame's (0 to 1). It stops on the last frame.
pub fn position(elapsed: f64, speed: f64, frames: usize) -> (usize, f64) {
    if frames == 0 {
        return (0, 1.0);
    }
    let per_frame = YEAR_MILLIS / speed.max(0.01);
    let elapsed = if elapsed.is_finite() { elapsed.max(0.0) } else { 0.0 };
    let index = (elapsed / per_frame).floor() as usize;
    if index >= frames - 1 {
        return (frames - 1, 1.0);
    }
    let grown = ((elapsed - index as f64 * per_frame) / (per_frame * GROWING)).min(1.0);
    (index, grown)
}

/// The elapsed time at which frame `index` has fully grown (to resume playing from a frame).
pub fn elapsed_at(index: usize, speed: f64) -> f64 {
    (index as f64 + GROWING) * YEAR_MILLIS / speed.max(0.01)
}

/// Whether a time-lapse at `elapsed` has reached its last frame.
pub fn finished(elapsed: f64, speed: f64, frames: usize) -> bool {
    elapsed >= (frames.saturating_sub(1)) as f64 * YEAR_MILLIS / speed.max(0.01)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_grows_then_holds_then_moves_on_and_stops_at_the_end() {
        assert_eq!(position(0.0, 1.0, 5), (0, 0.0));
        let (i, t) = position(YEAR_MILLIS * GROWING / 2.0, 1.0, 5);
        assert_eq!(i, 0);
        assert!((t - 0.5).abs() < 1e-9);
        assert_eq!(position(YEAR_MILLIS * 0.9, 1.0, 5), (0, 1.0));
        assert_eq!(position(YEAR_MILLIS * 1.0, 1.0, 5), (1, 0.0));
        assert_eq!(position(YEAR_MILLIS * 1.0, 2.0, 5).0, 2, "twice as fast");
        assert_eq!(position(1e12, 1.0, 5), (4, 1.0));
        assert_eq!(position(f64::NAN, 1.0, 5), (0, 0.0));
        assert_eq!(position(10.0, 1.0, 0), (0, 1.0));
        assert_eq!(position(elapsed_at(2, 1.0), 1.0, 5), (2, 1.0));
        assert!(finished(4.0 * YEAR_MILLIS, 1.0, 5) && !finished(3.9 * YEAR_MILLIS, 1.0, 5));
    }
}
