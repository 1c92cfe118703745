//! The ids of services, incubators, organisations, ministries and themes: plain strings with their own types. A leaf of the data
//! core (it uses no other module of it), so that the model, the load report and the compact file
//! can all name them.

use std::fmt;

/// The id of a service ("startup d'État"), its slug on beta.gouv.fr: `mobilic`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ServiceId(pub String);

/// The id of an incubator, normalised (no `/incubateurs/` prefix): `dinum`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IncubatorId(pub String);

impl IncubatorId {
    /// Normalises an id as the published files write it: `/incubateurs/x`, ` x `,
    /// `/incubateurs/ x` → `x` (the prefix stripped, then the spaces).
    pub fn normalised(raw: &str) -> IncubatorId {
        let trimmed = raw.trim();
        let bare = trimmed.strip_prefix("/incubateurs/").unwrap_or(trimmed);
        IncubatorId(bare.trim_matches('/').trim().to_owned())
    }
}

/// The id of an organisation of `organisations.json`, which services name as their sponsors,
/// normalised (no `/organisations/` prefix): `dinum`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OrganisationId(pub String);

impl OrganisationId {
    /// Normalises a sponsor as `startups.json` writes it: `/organisations/x`, ` x ` → `x`.
    pub fn normalised(raw: &str) -> OrganisationId {
        OrganisationId(raw.trim().trim_start_matches("/organisations/").to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A ministry, the `domaine_ministeriel` slug of `organisations.json` as published (`justice`), or
/// [`MinistryId::NOT_STATED`] for a service none of whose sponsors names one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MinistryId(pub String);

impl MinistryId {
    /// The key of the services none of whose sponsors has a ministry ("Non renseigné").
    pub const NOT_STATED: &'static str = "non-renseigne";

    pub fn not_stated() -> MinistryId {
        MinistryId(Self::NOT_STATED.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A theme: a spelling of `thematiques` folded by [`crate::data::fold::slug`] ("Éducation",
/// "education " → `education`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ThemeId(pub String);

impl ThemeId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Each id is written as its text.
macro_rules! display_as_text {
    ($($id:ty),*) => {$(
        impl fmt::Display for $id {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    )*};
}

display_as_text!(ServiceId, IncubatorId, OrganisationId, MinistryId, ThemeId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incubator_ids_lose_their_prefix_and_spaces() {
        assert_eq!(IncubatorId::normalised("/incubateurs/dinum"), IncubatorId("dinum".into()));
        assert_eq!(IncubatorId::normalised(" dinum "), IncubatorId("dinum".into()));
        assert_eq!(IncubatorId::normalised("dinum"), IncubatorId("dinum".into()));
        assert_eq!(IncubatorId::normalised("/incubateurs/ dinum "), IncubatorId("dinum".into()));
    }

    #[test]
    fn organisation_ids_lose_their_prefix_and_spaces() {
        assert_eq!(OrganisationId::normalised(" /organisations/dinum "), OrganisationId("dinum".into()));
        assert_eq!(OrganisationId::normalised("dinum"), OrganisationId("dinum".into()));
        assert_eq!(OrganisationId::normalised("dinum").to_string(), "dinum");
    }
}
