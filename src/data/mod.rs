//! The data core, by concern: the domain model ([`model`]), reading it from beta.gouv.fr's
//! published files or from the compact file ([`read`]), and the questions the dashboard asks of it
//! ([`query`]); beside them, small leaves every part uses: accent folding ([`fold`]), the one sort
//! ([`order`]), web addresses ([`web_address`]); and synthetic sets for benchmarks
//! ([`synthetic`]). Plain Rust, no browser types: tested natively. What the rest of the program
//! uses is re-exported here: `data::Dataset`, `data::Filter`, `data::load`…

// An item only this crate uses says so (`pub(crate)`): the compiler then finds it dead once unused.
#![warn(unreachable_pub)]

pub mod fold;
pub mod model;
pub mod order;
pub mod query;
pub mod read;
pub mod synthetic;
mod web_address;

pub use model::date::{Date, DateError, DateTime, YearMonth};
pub use model::ids::{IncubatorId, MinistryId, OrganisationId, ServiceId, ThemeId};
pub use model::report::{
    DataFile, Encoding, FetchError, FileReport, FileStatus, FormatError, JsonErrorKind, JsonKind, LoadError,
    LoadReport, MAX_FILE_BYTES, Outcome, Problem, ReaderError, RecordIssue, Section, SectionReport,
};
pub use model::{
    Accessibility, Dataset, FastAward, FastPromotion, FastSource, Incubator, Links, Organisation, Parts, Phase,
    PhaseGroup, PhaseSpan, Published, Service, Themes,
};
pub use query::{
    Entry, FastTotal, Filter, IncubatorCounts, IncubatorFunding, Indicator, KeyFigures, MinistryCounts,
    PromotionFunding, Selection, Situation, Transparency, reference_date,
};
pub use read::published::{FIRST_PLAUSIBLE_YEAR, MAX_PLAUSIBLE_EUR, SourceTexts, YEARS_AHEAD, load};
pub use read::source::{
    BUNDLED_PUBLISHED, DEFAULT_COMPACT, DataSource, LIVE_API, RejectedSource, SAVED_AT_HEADER, SavedCopy, SourceInfo,
};
pub use read::text_of_bytes;
pub use web_address::web_address;
