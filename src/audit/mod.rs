//! The dashboard's RGAA audit: its grid (`public/accessibilite/grille-rgaa.csv`), read and counted
//! by [`grid`] (also at build time: `tools/build.rs` includes that file), and the published
//! summary the statement and the footer show ([`SUMMARY`]), which the build computes from the grid
//! so that the app carries its counts and its criteria not met, not the whole grid. Not the
//! dashboard's data: a module of its own, which uses nothing else of the program.

// An item only this crate uses says so (`pub(crate)`): the compiler then finds it dead once unused.
#![warn(unreachable_pub)]

pub mod grid;

pub use grid::{Counts, GRID_PATH, Level, NotMet, Summary, TopicSummary};

include!(concat!(env!("OUT_DIR"), "/audit_summary.rs"));

#[cfg(test)]
mod tests {
    use super::grid::{Audit, GRID_CSV};
    use super::*;

    #[test]
    fn the_summary_built_is_the_grids() {
        let audit = Audit::of_csv(GRID_CSV).expect("the published grid");
        assert_eq!(SUMMARY.counts, audit.counts);
        assert_eq!(SUMMARY.topics, audit.topics.as_slice());
        let not_met: Vec<String> = audit.not_met().map(|c| c.label()).collect();
        assert_eq!(SUMMARY.not_met.iter().map(|c| c.label).collect::<Vec<_>>(), not_met);
        assert_eq!(SUMMARY.grid_bytes, GRID_CSV.len());
        assert_eq!(SUMMARY.level(), audit.level());
    }
}
