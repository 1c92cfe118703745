//! Where the data comes from: the bundled copy (described by `data/source.json`) or the live API.

use serde::{Deserialize, Serialize};

use crate::data::model::date::{Date, DateTime};
use crate::data::model::report::FormatError;
use crate::data::web_address;

/// The live API of beta.gouv.fr, the version the dashboard reads.
pub const LIVE_API: &str = "https://beta.gouv.fr/api/v2.7/";

/// The compact dataset shipped with the app, loaded by default.
pub const DEFAULT_COMPACT: &str = "data/tableau-de-bord.json";

/// The copy of the published files shipped with the app (`fast.json` is read from here when
/// the files come from the live API, which does not publish it).
pub const BUNDLED_PUBLISHED: &str = "data/beta.gouv.fr/";

/// Where the data is read from: the `source` URL parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DataSource {
    /// A compact file (`…/x.json`), same origin; by default [`DEFAULT_COMPACT`].
    Compact(String),
    /// A same-origin folder of published files (`…/`): `startups.json`, `incubators.json`,
    /// `organisations.json`, and optionally `fast.json` and `source.json`.
    Published(String),
    /// beta.gouv.fr's live API (`?source=beta.gouv.fr`), with the bundled `fast.json`.
    Live,
}

/// A `source` the dashboard will not read: another site than beta.gouv.fr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedSource(pub String);

impl DataSource {
    pub const PARAM: &'static str = "source";
    pub const LIVE_VALUE: &'static str = "beta.gouv.fr";

    /// Reads `?source=`: `beta.gouv.fr`, or a same-origin path (`data/x.json`, `data/copie/`).
    /// Absent or empty gives the default compact file; anything pointing to another site is
    /// rejected (and the default used), since the page must not read data from anywhere.
    pub fn from_param(value: Option<&str>) -> Result<DataSource, RejectedSource> {
        let value = value.map(str::trim).unwrap_or_default();
        match value {
            "" => Ok(DataSource::default()),
            DataSource::LIVE_VALUE | "https://beta.gouv.fr" | "https://beta.gouv.fr/" | LIVE_API => {
                Ok(DataSource::Live)
            }
            path if !is_same_origin_path(path) => Err(RejectedSource(path.to_owned())),
            path if path.ends_with(".json") => Ok(DataSource::Compact(path.to_owned())),
            path if path.ends_with('/') => Ok(DataSource::Published(path.to_owned())),
            path => Ok(DataSource::Published(format!("{path}/"))),
        }
    }

    /// The value of `?source=` that selects this source (`None` for the default).
    pub fn to_param(&self) -> Option<String> {
        match self {
            DataSource::Compact(path) if path == DEFAULT_COMPACT => None,
            DataSource::Compact(path) | DataSource::Published(path) => Some(path.clone()),
            DataSource::Live => Some(DataSource::LIVE_VALUE.to_owned()),
        }
    }
}

impl Default for DataSource {
    fn default() -> DataSource {
        DataSource::Compact(DEFAULT_COMPACT.to_owned())
    }
}

/// A relative or absolute path on this site: no scheme, no host (`//x`), no backslash, no
/// control or space character.
fn is_same_origin_path(path: &str) -> bool {
    !path.contains(':')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// The description of a copy of the data: `source.json` beside the published files, and the
/// `source` of the compact file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// What the copy is, in words.
    pub label: String,
    /// When beta.gouv.fr published what was copied (`2026-08-20`).
    #[serde(default, deserialize_with = "lenient_date")]
    pub published: Option<Date>,
    /// The API address the copy mirrors.
    pub api: String,
    /// The commit of the beta.gouv.fr repository the copy comes from.
    #[serde(default)]
    pub commit: Option<String>,
    #[serde(default)]
    pub repository: Option<String>,
}

fn lenient_date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Date>, D::Error> {
    let text: Option<String> = Option::deserialize(deserializer)?;
    Ok(text.and_then(|t| t.parse().ok()))
}

impl SourceInfo {
    pub fn parse(text: &str) -> Result<SourceInfo, FormatError> {
        serde_json::from_str(text).map_err(|e| FormatError::from_serde(&e))
    }

    /// The repository commit page, when both are known and the repository is an http(s) address
    /// (a `javascript:` one is not a link the page makes).
    pub fn commit_url(&self) -> Option<String> {
        let repository = web_address(self.repository.as_deref()?)?;
        Some(format!("{}/tree/{}", repository.trim_end_matches('/'), self.commit.as_deref()?))
    }

    /// The API the copy mirrors, if it is an http(s) address; else the live API.
    pub fn api_address(&self) -> &str {
        web_address(&self.api).unwrap_or(LIVE_API)
    }
}

/// The header `public/sw.js` (the service worker) puts on the copies it saves: when it saved
/// them, in ISO 8601 UTC (`2026-11-29T13:05:00.000Z`). A response that has it came from the saved
/// copy, not from the network.
pub const SAVED_AT_HEADER: &str = "x-beta-dashboard-saved-at";

/// Data read from the copy this browser saved for offline use, because the network failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SavedCopy {
    /// When the copy was saved, in the visitor's time zone; None if that could not be read.
    pub saved: Option<DateTime>,
}

impl SavedCopy {
    /// What the page shows, given the [`SAVED_AT_HEADER`] of each file it read (None for a file
    /// that came from the network) and a reader of those stamps: a saved copy as soon as one file
    /// is, dated by the oldest file (the data is as old as its oldest part); None if every file
    /// came from the network.
    pub fn of_files<'a>(
        stamps: impl IntoIterator<Item = Option<&'a str>>,
        read: impl Fn(&str) -> Option<DateTime>,
    ) -> Option<SavedCopy> {
        let stamps: Vec<&str> = stamps.into_iter().flatten().collect();
        if stamps.is_empty() {
            return None;
        }
        // An unreadable stamp makes the date unknown rather than wrong.
        let read: Option<Vec<DateTime>> = stamps.into_iter().map(|s| read(s.trim())).collect();
        Some(SavedCopy { saved: read.and_then(|moments| moments.into_iter().min()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_bundled_source_description() {
        let info = SourceInfo::parse(include_str!("../../../public/data/beta.gouv.fr/source.json")).unwrap();
        assert_eq!(info.published, Some("2026-08-20".parse().unwrap()));
        assert_eq!(info.api, LIVE_API);
        assert_eq!(info.commit_url().unwrap(), "https://github.com/betagouv/beta.gouv.fr/tree/693fb7c4d863");
    }

    #[test]
    fn only_http_addresses_of_a_source_description_become_links() {
        let text =
            r#"{"label": "x", "api": "javascript:alert(1)", "commit": "abc", "repository": " JavaScript:alert(2)"}"#;
        let info = SourceInfo::parse(text).unwrap();
        assert_eq!(info.api_address(), LIVE_API);
        assert_eq!(info.commit_url(), None);
        let text = r#"{"label": "x", "api": "https://copie.example.fr/api/", "commit": "abc", "repository": "https://forge.example.fr/depot/"}"#;
        let info = SourceInfo::parse(text).unwrap();
        assert_eq!(info.api_address(), "https://copie.example.fr/api/");
        assert_eq!(info.commit_url().unwrap(), "https://forge.example.fr/depot/tree/abc");
    }

    #[test]
    fn source_param_reads_the_live_api_a_compact_file_or_a_folder() {
        assert_eq!(DataSource::from_param(None), Ok(DataSource::Compact(DEFAULT_COMPACT.into())));
        assert_eq!(DataSource::from_param(Some("  ")), Ok(DataSource::default()));
        assert_eq!(DataSource::from_param(Some("beta.gouv.fr")), Ok(DataSource::Live));
        assert_eq!(DataSource::from_param(Some(LIVE_API)), Ok(DataSource::Live));
        assert_eq!(DataSource::from_param(Some("data/x.json")), Ok(DataSource::Compact("data/x.json".into())));
        assert_eq!(DataSource::from_param(Some("/copie/")), Ok(DataSource::Published("/copie/".into())));
        assert_eq!(
            DataSource::from_param(Some("data/beta.gouv.fr")),
            Ok(DataSource::Published(BUNDLED_PUBLISHED.into()))
        );
    }

    #[test]
    fn source_param_never_points_to_another_site() {
        for value in [
            "https://evil.example/x.json",
            "//evil.example/x.json",
            "javascript:alert(1)",
            "data:,{}",
            "\\\\evil\\x",
            "a b.json",
        ] {
            assert_eq!(DataSource::from_param(Some(value)), Err(RejectedSource(value.into())), "{value}");
        }
    }

    #[test]
    fn source_param_round_trips() {
        for source in [
            DataSource::default(),
            DataSource::Live,
            DataSource::Compact("a/b.json".into()),
            DataSource::Published("c/".into()),
        ] {
            assert_eq!(DataSource::from_param(source.to_param().as_deref()), Ok(source));
        }
    }

    /// Reads `YYYY-MM-DDTHH:MM…` as is (the browser converts to local time).
    fn naive(stamp: &str) -> Option<DateTime> {
        let date = stamp.get(..10)?.parse().ok()?;
        DateTime::new(date, stamp.get(11..13)?.parse().ok()?, stamp.get(14..16)?.parse().ok()?)
    }

    #[test]
    fn data_from_the_network_is_not_a_saved_copy() {
        assert_eq!(SavedCopy::of_files([None, None], naive), None);
        assert_eq!(SavedCopy::of_files([], naive), None);
    }

    #[test]
    fn a_saved_copy_is_as_old_as_its_oldest_file() {
        let copy =
            SavedCopy::of_files([Some("2026-11-29T14:05:00.000Z"), None, Some("2026-11-28T09:30:00.000Z")], naive);
        let expected = DateTime::new("2026-11-28".parse().unwrap(), 9, 30);
        assert_eq!(copy, Some(SavedCopy { saved: expected }));
    }

    #[test]
    fn an_unreadable_stamp_leaves_the_copy_undated() {
        let copy = SavedCopy::of_files([Some("2026-11-29T14:05:00.000Z"), Some("hier")], naive);
        assert_eq!(copy, Some(SavedCopy { saved: None }));
    }

    #[test]
    fn a_bad_publication_date_is_just_unknown() {
        let info = SourceInfo::parse(r#"{"label":"x","published":"hier","api":"a"}"#).unwrap();
        assert_eq!(info.published, None);
    }
}
