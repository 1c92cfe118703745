//! The compact dataset: one JSON file holding exactly what the dashboard shows, written by
//! `./dev data` from beta.gouv.fr's published files and loaded by the app by default.
//!
//! Format 4 (documented in README.md, "The compact file"): a `format` number, where the data
//! comes from, the load report of the published files (each problem as data, a `code` and its
//! fields, [`coded`], worded by `crate::text` when shown), then one record per line — incubators,
//! referenced organisations, services (with dated phases), FAST promotions and awards — sorted
//! by id, so that two versions diff line by line. Format 3 adds which optional fields the source
//! published, each organisation's ministry, a table of themes, and per service its themes,
//! transparency links (as presence) and accessibility status; format 2 files, without them, are
//! still read (those fields not published). Format 4 adds each incubator's `owner` (the id of the
//! organisation that runs it, which the bilan's network shows) and keeps the organisations owners
//! name as well as those sponsors name; format 3 files, without owners, are still read. Reading is
//! lenient like the published files': a bad record is skipped and reported, the others are kept.
//! Format 1, the same but for its problems, written as French sentences, is still read: they come
//! back as such.

pub(crate) mod coded;
mod dates;
mod read;
mod records;
mod report;
mod write;

pub use read::{Compact, Reader, read, read_from_reader};
pub use records::FORMAT;
pub use write::write;
