//! Reading the data: beta.gouv.fr's published files ([`published`], by the reader of published
//! files, a web worker, or `./dev data`), the compact file the page reads by default
//! ([`compact`]: written from a dataset, read back), what both share ([`json`]: lenient JSON,
//! byte order marks and encodings), where the data comes from ([`source`]: `?source=`), and what
//! the page and its reader of published files send each other ([`transfer`]).

pub mod compact;
pub(crate) mod json;
pub mod published;
pub mod source;
pub mod transfer;

pub use json::text_of_bytes;
