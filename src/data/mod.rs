//! The data core: reading beta.gouv.fr's published files into a clean domain model, and the
//! questions the dashboard asks of it. Plain Rust, no browser types: tested natively.

// An item only this crate uses says so (`pub(crate)`): the compiler then finds it dead once unused.
#![warn(unreachable_pub)]

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
pub use fast_text::MAX_PLAUSIBLE_EUR;
pub use ids::{IncubatorId, MinistryId, OrganisationId, ServiceId, ThemeId};
pub use load::{FIRST_PLAUSIBLE_YEAR, SourceTexts, YEARS_AHEAD, load};
pub use model::{
    Accessibility, Dataset, FastAward, FastPromotion, FastSource, Incubator, Links, Organisation, Phase, PhaseGroup,
    PhaseSpan, Published, Service,
};
pub use query::{
    Entry, FastTotal, Filter, IncubatorCounts, IncubatorFunding, Indicator, KeyFigures, MinistryCounts,
    PromotionFunding, Selection, Situation, Transparency, reference_date,
};
pub use report::{
    DataFile, Encoding, FetchError, FileReport, FileStatus, FormatError, JsonErrorKind, JsonKind, LoadError,
    LoadReport, MAX_FILE_BYTES, Outcome, Problem, ReaderError, RecordIssue, Section, SectionReport,
};
pub use source::{BUNDLED_PUBLISHED, DataSource, LIVE_API, RejectedSource, SAVED_AT_HEADER, SavedCopy, SourceInfo};
