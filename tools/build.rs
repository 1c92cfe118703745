//! The accessibility statement's figures, computed at build time from the RGAA audit grid
//! (`public/accessibilite/grille-rgaa.csv`) by the module the tests check (`src/audit/grid.rs`):
//! the app carries the counts and the criteria not met, not the 26 kB grid. A grid that module
//! refuses (a criterion missing or judged twice, an unknown status…) fails the build.

#[allow(dead_code)]
#[path = "../src/audit/grid.rs"]
mod audit;

fn main() {
    println!("cargo::rerun-if-changed=public/accessibilite/grille-rgaa.csv");
    println!("cargo::rerun-if-changed=src/audit/grid.rs");
    let audit = audit::Audit::of_csv(audit::GRID_CSV)
        .unwrap_or_else(|error| panic!("public/accessibilite/grille-rgaa.csv: {error:?}"));
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("audit_summary.rs");
    std::fs::write(&out, audit.summary_source(audit::GRID_CSV.len()))
        .unwrap_or_else(|error| panic!("{}: {error}", out.display()));
}
