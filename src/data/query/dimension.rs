//! The filters of a view, typed: each [`Dimension`] names what it narrows on and its URL
//! parameter, and an [`OptionKey`] is one of its options (a checklist's box), typed by its
//! dimension rather than a string the page would have to parse back.

use crate::data::model::Phase;
use crate::data::model::ids::{IncubatorId, MinistryId, ThemeId};
use crate::data::query::Filter;

/// A filter of the explorer (and of the embeds that share its view).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Incubator,
    /// `domaine_ministeriel` slugs (`non-renseigne` for the services whose sponsors name none).
    Ministry,
    /// Theme keys, folded (`education`).
    Theme,
    Phase,
    Year,
}

impl Dimension {
    /// In the order the URL writes them.
    pub const ALL: [Dimension; 5] =
        [Dimension::Incubator, Dimension::Ministry, Dimension::Theme, Dimension::Phase, Dimension::Year];

    /// Its parameter in the URL (`?incubateur=dinum,anct&annee=2023`), also its name in element
    /// ids (`filtre-<param>-recherche`).
    pub const fn param(self) -> &'static str {
        match self {
            Dimension::Incubator => "incubateur",
            Dimension::Ministry => "ministere",
            Dimension::Theme => "thematique",
            Dimension::Phase => "phase",
            Dimension::Year => "annee",
        }
    }

    /// Whether it takes several values (comma-separated, or the parameter repeated); the year
    /// takes one.
    pub fn several(self) -> bool {
        self != Dimension::Year
    }

    /// The dimension of a URL parameter.
    pub fn of_param(param: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.param() == param)
    }
}

/// One option of a filter of several values: an incubator, a ministry, a theme or a phase.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OptionKey {
    Incubator(IncubatorId),
    Ministry(MinistryId),
    Theme(ThemeId),
    Phase(Phase),
}

impl OptionKey {
    pub fn dimension(&self) -> Dimension {
        match self {
            OptionKey::Incubator(_) => Dimension::Incubator,
            OptionKey::Ministry(_) => Dimension::Ministry,
            OptionKey::Theme(_) => Dimension::Theme,
            OptionKey::Phase(_) => Dimension::Phase,
        }
    }

    /// As the URL writes it.
    pub fn as_str(&self) -> &str {
        match self {
            OptionKey::Incubator(id) => &id.0,
            OptionKey::Ministry(id) => id.as_str(),
            OptionKey::Theme(id) => id.as_str(),
            OptionKey::Phase(phase) => phase.name(),
        }
    }
}

impl Filter {
    /// Whether `key` is selected.
    pub fn has(&self, key: &OptionKey) -> bool {
        match key {
            OptionKey::Incubator(id) => self.incubators.contains(id),
            OptionKey::Ministry(id) => self.ministries.contains(id),
            OptionKey::Theme(id) => self.themes.contains(id),
            OptionKey::Phase(phase) => self.phases.contains(phase),
        }
    }

    /// This filter with `key` added, or removed if it was selected.
    pub fn toggle(&self, key: &OptionKey) -> Filter {
        match key {
            OptionKey::Incubator(id) => self.toggle_incubator(id),
            OptionKey::Ministry(id) => self.toggle_ministry(id),
            OptionKey::Theme(id) => self.toggle_theme(id),
            OptionKey::Phase(phase) => self.toggle_phase(phase),
        }
    }

    /// How many values of `dimension` are selected (0 or 1 for the year).
    pub fn ticked(&self, dimension: Dimension) -> usize {
        match dimension {
            Dimension::Incubator => self.incubators.len(),
            Dimension::Ministry => self.ministries.len(),
            Dimension::Theme => self.themes.len(),
            Dimension::Phase => self.phases.len(),
            Dimension::Year => usize::from(self.year.is_some()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_dimension_has_its_own_parameter_found_again() {
        for dimension in Dimension::ALL {
            assert_eq!(Dimension::of_param(dimension.param()), Some(dimension));
        }
        assert_eq!(Dimension::of_param("source"), None);
        assert_eq!(Dimension::ALL.iter().filter(|d| !d.several()).count(), 1, "the year alone takes one value");
    }

    #[test]
    fn an_option_is_ticked_then_unticked_in_its_own_dimension() {
        let keys = [
            OptionKey::Incubator(IncubatorId("dinum".into())),
            OptionKey::Ministry(MinistryId("justice".into())),
            OptionKey::Theme(ThemeId("education".into())),
            OptionKey::Phase(Phase::Construction),
        ];
        for key in &keys {
            let on = Filter::default().toggle(key);
            assert!(on.has(key), "{key:?}");
            for dimension in Dimension::ALL {
                assert_eq!(on.ticked(dimension), usize::from(dimension == key.dimension()), "{key:?} {dimension:?}");
            }
            assert_eq!(on.toggle(key), Filter::default(), "{key:?}");
        }
        assert_eq!(keys.map(|k| k.as_str().to_owned()), ["dinum", "justice", "education", "construction"]);
    }
}
