//! The data core: reading beta.gouv.fr's published files into a clean domain model, and the
//! questions the dashboard asks of it. Plain Rust, no browser types: tested natively.

pub mod audit;
pub mod audit_published;
pub mod bilan;
mod coded;
pub mod compact;
mod date;
mod fast_text;
pub mod fold;
mod ids;
mod json;
pub use json::text_of_bytes;
pub mod listing;
mod load;
mod model;
pub mod order;
mod query;
mod report;
mod source;
pub mod synthetic;
pub mod transfer;
pub mod url_query;

pub use date::{Date, DateError, DateTime, YearMonth};
pub use fast_text::{FastComment, MAX_PLAUSIBLE_EUR, parse_amount, parse_fast_comment, plausible_euros};
pub use ids::{IncubatorId, MinistryId, OrganisationId, ServiceId, ThemeId};
pub use load::{FIRST_PLAUSIBLE_YEAR, SourceTexts, YEARS_AHEAD, load, plausible_years, unescape_html};
pub use model::{
    Accessibility, Dataset, FastAward, FastPromotion, FastSource, Incubator, Links, Organisation, Phase, PhaseGroup,
    PhaseSpan, Published, Service,
};
pub use query::{
    Entry, FastTotal, Filter, IncubatorCounts, IncubatorFunding, KeyFigures, MinistryCounts, PromotionFunding,
    Selection, Situation, Transparency, reference_date,
};
pub use report::{
    DataFile, Encoding, FetchError, FileReport, FileStatus, FormatError, JsonErrorKind, JsonKind, LoadError,
    LoadReport, MAX_FILE_BYTES, Outcome, Problem, RecordIssue, Section, SectionReport,
};
pub use source::{
    BUNDLED_PUBLISHED, DEFAULT_COMPACT, DataSource, LIVE_API, RejectedSource, SAVED_AT_HEADER, SavedCopy, SourceInfo,
};
