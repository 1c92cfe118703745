//! The format's version and its records, as written in the file.

use serde::{Deserialize, Serialize};

use crate::data::model::date::{Date, YearMonth};
use crate::data::model::{Accessibility, Published};

/// The version of the format this code writes; it reads it and every earlier one.
pub const FORMAT: u32 = 4;

/// The format that wrote problems as French sentences.
pub(super) const SENTENCES: u32 = 1;

#[derive(Serialize, Deserialize)]
pub(super) struct IncubatorRecord {
    pub(super) id: String,
    pub(super) title: String,
    /// A short name for charts (the title without its article, cut to keep its acronym).
    pub(super) label: String,
    /// The id of the organisation that runs it, `owner` in `incubators.json` (format 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) owner: Option<String>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct OrganisationRecord {
    pub(super) id: String,
    pub(super) name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) acronym: Option<String>,
    /// Its `domaine_ministeriel` slug (format 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) ministry: Option<String>,
}

/// A theme: its folded key and its label (format 3).
#[derive(Serialize, Deserialize)]
pub(super) struct ThemeRecord {
    pub(super) key: String,
    pub(super) label: String,
}

/// The names of the transparency links in a service's `links` (format 3).
pub(super) const LINK_STATS: &str = "stats";
pub(super) const LINK_BUDGET: &str = "budget";
pub(super) const LINK_IMPACT: &str = "impact";
pub(super) const LINK_REPOSITORY: &str = "code";

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
    /// Its theme keys (format 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) themes: Vec<String>,
    /// The transparency pages it publishes, by name: `stats`, `budget`, `impact`, `code` (format 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) links: Vec<String>,
    /// `totalement`, `partiellement` or `non-conforme`; absent when not stated (format 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) accessibility: Option<String>,
}

/// The name of an accessibility status in the file; none for "not stated".
pub(super) fn accessibility_name(status: Accessibility) -> Option<&'static str> {
    match status {
        Accessibility::Totalement => Some("totalement"),
        Accessibility::Partiellement => Some("partiellement"),
        Accessibility::NonConforme => Some("non-conforme"),
        Accessibility::NotStated => None,
    }
}

pub(super) fn accessibility_of(name: &str) -> Accessibility {
    Accessibility::ALL.into_iter().find(|&a| accessibility_name(a) == Some(name)).unwrap_or_default()
}

/// The names of the fields the source published, in the file's `published` list (format 3).
pub(super) fn published_names(published: &Published) -> Vec<&'static str> {
    let flags = [
        ("ministries", published.ministries),
        ("themes", published.themes),
        ("stats", published.stats),
        ("budget", published.budget),
        ("impact", published.impact),
        ("repository", published.repository),
        ("accessibility", published.accessibility),
    ];
    flags.into_iter().filter(|(_, on)| *on).map(|(name, _)| name).collect()
}

pub(super) fn published_of(names: &[String]) -> Published {
    let has = |name: &str| names.iter().any(|n| n == name);
    Published {
        ministries: has("ministries"),
        themes: has("themes"),
        stats: has("stats"),
        budget: has("budget"),
        impact: has("impact"),
        repository: has("repository"),
        accessibility: has("accessibility"),
    }
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
