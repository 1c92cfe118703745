//! Small view components, each given the signals it shows.

mod key_figures;
mod layout;
mod load_report;
mod status;
mod year_select;

pub use key_figures::KeyFiguresView;
pub use layout::{SiteFooter, SiteHeader};
pub use load_report::{IgnoredNotice, LoadReportView, SourceNote};
pub use status::{LoadFailure, Loading};
pub use year_select::YearSelect;
