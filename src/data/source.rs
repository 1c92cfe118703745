//! Where the data comes from: the bundled copy (described by `data/source.json`) or the live API.

use serde::Deserialize;

use super::date::Date;
use super::report::FormatError;

/// The live API of beta.gouv.fr, the version the dashboard reads.
pub const LIVE_API: &str = "https://beta.gouv.fr/api/v2.7/";

/// The description of a copy of the data (`public/data/source.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
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

    /// The repository commit page, when both are known.
    pub fn commit_url(&self) -> Option<String> {
        match (&self.repository, &self.commit) {
            (Some(repository), Some(commit)) => Some(format!("{}/tree/{commit}", repository.trim_end_matches('/'))),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_bundled_source_description() {
        let info = SourceInfo::parse(include_str!("../../public/data/source.json")).unwrap();
        assert_eq!(info.published, Some("2026-08-20".parse().unwrap()));
        assert_eq!(info.api, LIVE_API);
        assert_eq!(info.commit_url().unwrap(), "https://github.com/betagouv/beta.gouv.fr/tree/693fb7c4d863");
    }

    #[test]
    fn a_bad_publication_date_is_just_unknown() {
        let info = SourceInfo::parse(r#"{"label":"x","published":"hier","api":"a"}"#).unwrap();
        assert_eq!(info.published, None);
    }
}
