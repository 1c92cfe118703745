//! A block of the registry (`modes::blocks`), built as it says: the key figures, a chart panel of
//! the view's data, or the FAST panel. The explorer, the embeds and the presentation show their
//! blocks through it, each with its own panel options.

use leptos::callback::Callback;
use leptos::prelude::*;

use crate::charts::{CategoryKey, ChartData};
use crate::modes::blocks::{Block, Build, Chart};
use crate::text;
use crate::web::components::{ChartPanel, FundingPanel, KeyFiguresView, PanelOptions};
use crate::web::derived::Derived;

/// What clicking a bar does, in the explorer (an embed's and a slide's bars only show figures).
#[derive(Debug, Clone, Copy)]
pub struct BlockActions {
    /// An incubator's bar: the view of that incubator.
    pub focus_incubator: Callback<CategoryKey>,
    /// A ministry's bar: the view of that ministry.
    pub focus_ministry: Callback<CategoryKey>,
    /// A year's bar (or today's): the view of that year.
    pub pick_year: Callback<CategoryKey>,
    /// A promotion's bar: the view of its year.
    pub pick_promotion: Callback<CategoryKey>,
}

#[component]
pub fn BlockView(
    block: Block,
    derived: Derived,
    /// How it shows (its title, an "Intégrer" button, its size on a slide).
    #[prop(optional)]
    options: PanelOptions,
    #[prop(optional_no_strip)] actions: Option<BlockActions>,
) -> impl IntoView {
    match block.build() {
        Build::KeyFigures => view! {
            <KeyFiguresView figures=derived.figures.into() caption=derived.caption titled=options.titled
                embeddable=options.embed.is_some()/>
        }
        .into_any(),
        Build::Funding => view! {
            <FundingPanel derived=derived options=options on_incubator=actions.map(|a| a.focus_incubator)
                on_promotion=actions.map(|a| a.pick_promotion)/>
        }
        .into_any(),
        Build::Chart(chart) => {
            let (data, subtitle): (Signal<ChartData>, Signal<String>) = match chart {
                Chart::Incubators => (derived.incubators.into(), derived.caption),
                Chart::Evolution => (derived.evolution.into(), Signal::stored(text::EVOLUTION_SUBTITLE.to_owned())),
                Chart::Ministries => (derived.ministries.into(), derived.caption),
                Chart::Transparency => (derived.transparency.into(), derived.transparency_subtitle),
            };
            // What a bar does, and the hint that says it.
            let select = actions.and_then(|a| match chart {
                Chart::Incubators => Some((a.focus_incubator, text::HINT_FOCUS_INCUBATOR)),
                Chart::Evolution => Some((a.pick_year, text::HINT_PICK_YEAR)),
                Chart::Ministries => Some((a.focus_ministry, text::HINT_FOCUS_MINISTRY)),
                Chart::Transparency => None,
            });
            view! {
                <ChartPanel
                    id=block.id()
                    data=data
                    subtitle=subtitle
                    source=derived.source_line.get_untracked()
                    on_select=select.map(|(on_select, _)| on_select)
                    select_hint=select.map(|(_, hint)| Signal::stored(hint.to_owned()))
                    options=options
                />
            }
            .into_any()
        }
    }
}
