//! Every word the dashboard shows, in French, in one place: labels, messages, and the wording of
//! the load report. Code names stay in English; what people read is here.
//!
//! One file per subject (the page's frame, figures, charts, filters, the list, the source, the
//! load report, errors, embeds, the presentation), all re-exported here: `text::X` wherever it lives.

// An item only this crate uses says so (`pub(crate)`): the compiler then finds it dead once unused.
#![warn(unreachable_pub)]

mod bilan;
mod charts;
mod embed;
mod errors;
mod figures;
mod filters;
mod first_view;
mod format;
mod list;
mod page;
mod presentation;
mod report;
mod source;

pub mod accessibility;

pub use crate::data::fold::{slug, without_article};
pub use bilan::*;
pub use charts::*;
pub use embed::*;
pub use errors::*;
pub use figures::*;
pub use filters::*;
pub use first_view::*;
pub use format::{
    UNIT_SPACE, format_count, format_date_long, format_eur, format_eur_short, format_int, format_month, format_percent,
    format_share, format_tenths, plural, share_tenths,
};
pub use list::*;
pub use page::*;
pub use presentation::*;
pub use report::*;
pub use source::*;

/// A colon as French typography writes it, after a no-break space.
pub const COLON: &str = "\u{a0}: ";
pub const NO_ID: &str = "sans identifiant";
pub const UNKNOWN: &str = "inconnu";
