//! What the pieces of a chart stand for — its series, its bars, each piece of a bar — named by the
//! domain's keys, never by their text: a click acts on a bar's key, an animation matches bars and
//! series by key, and a page keeps the same element for the same piece from one drawing to the
//! next. A leaf: the bar engine and every chart build on it, it builds on the data alone.

use crate::data::{IncubatorId, Indicator, MinistryId, Phase, PhaseGroup};

/// What a series stands for: an animation matches series by it, without reading anything back
/// from text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SeriesKey {
    /// Services in a phase ("Services par incubateur").
    Phase(Phase),
    /// Services in a phase group ("Évolution").
    Group(PhaseGroup),
    /// Services in a phase outside the four groups.
    OtherPhases,
    /// FAST amounts.
    Amount,
    /// A count of services, in a chart of one series (transparency).
    Count,
}

/// What a bar stands for: a click acts on it, and an animation matches bars by it, without
/// reading anything back from text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CategoryKey {
    Incubator(IncubatorId),
    Ministry(MinistryId),
    /// Services or awards under no incubator.
    NoIncubator,
    Promotion(u32),
    /// Awards whose promotion is unknown.
    UnknownPromotion,
    /// The situation on 1 January after this year.
    Year(i32),
    /// The situation today.
    Today,
    /// The bars a slide has no room for, in one ("12 autres"), their members each counted once
    /// ([`super::Folding`]).
    Others,
    /// A line of the transparency block.
    Transparency(Indicator),
}

/// What a piece stands for: its category and its series. Unique within a chart.
pub type PieceKey = (CategoryKey, usize);
