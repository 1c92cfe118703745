//! The published audit, as the statement and the footer show it: computed by `tools/build.rs` from
//! `public/accessibilite/grille-rgaa.csv` with [`super::audit`], so that the app carries its
//! counts and its criteria not met, not the whole grid.

// `NotMet` is named only while a criterion is not met.
#[allow(unused_imports)]
use super::audit::{Counts, NotMet, Summary, TopicSummary};

include!(concat!(env!("OUT_DIR"), "/audit_summary.rs"));

#[cfg(test)]
mod tests {
    use super::super::audit::{Audit, GRID_CSV};
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
