//! Small view components, each given the signals it shows.

mod bilan_link;
mod block_view;
mod chart_panel;
mod chart_picture;
mod chart_pieces;
mod chart_svg;
mod data_table;
mod embed_dialog;
mod filters;
mod funding_panel;
mod key_figures;
mod layout;
mod load_report;
mod services_list;
mod status;
mod timelapse;
mod year_select;

pub use bilan_link::BilanLink;
pub use block_view::{BlockActions, BlockView};
pub use chart_panel::{ChartPalette, ChartPanel, FontsReady, PanelOptions};
pub use chart_svg::ChartSvg;
pub use data_table::DataTableView;
pub use embed_dialog::{EmbedButton, ViewFilter};
pub use filters::{
    ActiveFilters, CheckOption, Checklist, ChecklistFilter, FiltersResults, IncubatorFilter, IncubatorOption,
    PhaseFilter,
};
pub use funding_panel::FundingPanel;
pub use key_figures::KeyFiguresView;
pub use layout::{ChartsTarget, SiteFooter, SiteHeader, StatementLink};
pub use load_report::{IgnoredNotice, LoadReportView, OfflineNotice, SourceNote};
pub use services_list::ServicesList;
pub use status::{LoadFailure, Loading};
pub use timelapse::TimeLapse;
pub use year_select::{YearSelect, use_quick_steps};
