//! The format's version and its records, as written in the file.

use serde::{Deserialize, Serialize};

use crate::data::date::{Date, YearMonth};

/// The version of the format this code writes; it reads it and every earlier one.
pub const FORMAT: u32 = 2;

/// The format that wrote problems as French sentences.
pub(super) const SENTENCES: u32 = 1;

#[derive(Serialize, Deserialize)]
pub(super) struct IncubatorRecord {
    pub(super) id: String,
    pub(super) title: String,
    /// A short name for charts (the title without its article, cut to keep its acronym).
    pub(super) label: String,
}

#[derive(Serialize, Deserialize)]
pub(super) struct OrganisationRecord {
    pub(super) id: String,
    pub(super) name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) acronym: Option<String>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct ServiceRecord {
    pub(super) id: String,
    pub(super) name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(super) pitch: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) link: Option<String>,
    pub(super) incubators: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) sponsors: Vec<String>,
    /// `[name, start]` pairs, in order. End dates are not written: a phase lasts until the next.
    pub(super) phases: Vec<(String, Date)>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct PromotionRecord {
    pub(super) number: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) month: Option<YearMonth>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct AwardRecord {
    pub(super) service: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) promotion: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) amount_eur: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) event_date: Option<Date>,
}
