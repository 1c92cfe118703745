//! The dashboard's blocks, in one registry: the key figures and each chart, with their id in the
//! page, their name in URLs (`/embed/<slug>`, `diapos=<slug>,…`), their title and how each is
//! built. The explorer shows them in this order, the embeds and the presentation offer each, and
//! the prerender renders an embed of each.

use crate::data::Published;

/// A block of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Block {
    KeyFigures,
    Incubators,
    Funding,
    Evolution,
    /// Services per ministry of their sponsors.
    Ministries,
    /// What the services publish: statistics, budget, impact, source code, accessibility.
    Transparency,
}

/// How a block is built from the data of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Build {
    /// The key figures' tiles.
    KeyFigures,
    /// One chart panel (`chart`) of the filtered situation.
    Chart(Chart),
    /// The FAST chart, by promotion or by incubator, with its toggle.
    Funding,
}

/// The charts drawn in one panel, without a control of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    /// Services per incubator; a bar focuses its incubator.
    Incubators,
    /// Services per year; a bar picks its year.
    Evolution,
    /// Services per ministry of their sponsors; a bar focuses its ministry.
    Ministries,
    /// What the services publish; its bars only show their figures.
    Transparency,
}

/// Where a block cannot be shown, and why (a stated reason, which the registry test accepts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exclusion {
    /// Not offered as an embed.
    Embed(&'static str),
    /// Not offered as a slide.
    Slide(&'static str),
}

impl Block {
    /// In the explorer's order, which is the presentation's and the list of embeds'.
    pub const ALL: [Block; 6] = [
        Block::KeyFigures,
        Block::Incubators,
        Block::Funding,
        Block::Evolution,
        Block::Ministries,
        Block::Transparency,
    ];

    /// Its name in URLs: `/embed/<slug>`, `diapos=<slug>`.
    pub fn slug(self) -> &'static str {
        match self {
            Block::KeyFigures => "chiffres",
            Block::Incubators => "incubateurs",
            Block::Funding => "fast",
            Block::Evolution => "evolution",
            Block::Ministries => "ministeres",
            Block::Transparency => "transparence",
        }
    }

    /// The block named `slug` in a URL (spaces around and case ignored).
    pub fn from_slug(slug: &str) -> Option<Block> {
        super::by_slug(Block::ALL, Block::slug, slug)
    }

    /// Its title, as its heading gives it (an embed's page title names it).
    pub fn title(self) -> &'static str {
        match self {
            Block::KeyFigures => crate::text::KEY_FIGURES,
            Block::Incubators => crate::text::CHART_INCUBATORS,
            Block::Funding => crate::text::CHART_FUNDING,
            Block::Evolution => crate::text::CHART_EVOLUTION,
            Block::Ministries => crate::text::CHART_MINISTRIES,
            Block::Transparency => crate::text::CHART_TRANSPARENCY,
        }
    }

    /// The id of its element in the page (a prefix of its parts' ids: `<id>-table`…).
    pub fn id(self) -> &'static str {
        match self {
            Block::KeyFigures => "key-figures",
            Block::Incubators => "graphique-incubateurs",
            Block::Funding => "graphique-fast",
            Block::Evolution => "graphique-evolution",
            Block::Ministries => "graphique-ministeres",
            Block::Transparency => "graphique-transparence",
        }
    }

    pub fn build(self) -> Build {
        match self {
            Block::KeyFigures => Build::KeyFigures,
            Block::Incubators => Build::Chart(Chart::Incubators),
            Block::Funding => Build::Funding,
            Block::Evolution => Build::Chart(Chart::Evolution),
            Block::Ministries => Build::Chart(Chart::Ministries),
            Block::Transparency => Build::Chart(Chart::Transparency),
        }
    }

    /// Whether the data holds what it shows: the ministries only from the files that publish
    /// them (before v2.7 they did not). The explorer and the presentation leave it out otherwise.
    pub fn shown_with(self, published: Published) -> bool {
        match self {
            Block::Ministries => published.ministries,
            _ => true,
        }
    }

    /// Where it cannot be shown, with the reason. None today: every block is embeddable and
    /// presentable.
    pub fn exclusions(self) -> &'static [Exclusion] {
        &[]
    }

    pub fn embeddable(self) -> bool {
        !self.exclusions().iter().any(|e| matches!(e, Exclusion::Embed(_)))
    }

    pub fn presentable(self) -> bool {
        !self.exclusions().iter().any(|e| matches!(e, Exclusion::Slide(_)))
    }
}

/// What a way of showing blocks lacks: each block of `all` that is neither in `offered` nor
/// excluded, for a stated reason, by `excluded`.
pub fn missing(all: &[Block], offered: &[Block], excluded: impl Fn(Block) -> bool) -> Vec<Block> {
    all.iter().copied().filter(|b| !offered.contains(b) && !excluded(*b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_block_is_found_by_its_slug_and_has_its_own_id() {
        for block in Block::ALL {
            assert_eq!(Block::from_slug(block.slug()), Some(block));
            assert_eq!(Block::ALL.iter().filter(|b| b.id() == block.id()).count(), 1, "{}", block.id());
        }
        assert_eq!(Block::from_slug("FAST"), Some(Block::Funding));
        assert_eq!(Block::from_slug("carte"), None);
    }

    #[test]
    fn a_block_left_out_without_a_reason_is_found() {
        // As if the presentation had forgotten the ministries (it once did, issue 27).
        let slides = [Block::KeyFigures, Block::Incubators, Block::Funding, Block::Evolution, Block::Transparency];
        assert_eq!(missing(&Block::ALL, &slides, |b| !b.presentable()), [Block::Ministries]);
        // A stated reason excuses it.
        assert!(missing(&Block::ALL, &slides, |b| b == Block::Ministries).is_empty());
        assert!(missing(&Block::ALL, &Block::ALL, |_| false).is_empty());
    }

    #[test]
    fn only_the_ministries_need_a_part_of_the_data() {
        let none = Published::default();
        let with = Published { ministries: true, ..Published::default() };
        for block in Block::ALL {
            assert_eq!(block.shown_with(none), block != Block::Ministries, "{}", block.slug());
            assert!(block.shown_with(with), "{}", block.slug());
        }
    }
}
