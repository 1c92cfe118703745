//! The FAST chart, by promotion or by incubator, with the toggle between the two.

use leptos::callback::{Callable, Callback};
use leptos::prelude::*;

use crate::charts::CategoryKey;
use crate::modes::blocks::Block;
use crate::text;
use crate::web::components::{ChartPanel, PanelOptions};
use crate::web::derived::Derived;

/// How the FAST chart groups amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FundingView {
    ByPromotion,
    ByIncubator,
}

#[component]
pub fn FundingPanel(
    derived: Derived,
    /// What clicking an incubator's bar does, given its id; and a promotion's, given its number.
    /// Without them, bars only show their figures.
    #[prop(optional_no_strip)]
    on_incubator: Option<Callback<CategoryKey>>,
    #[prop(optional_no_strip)] on_promotion: Option<Callback<CategoryKey>>,
    #[prop(optional)] options: PanelOptions,
) -> impl IntoView {
    let grouping = RwSignal::new(FundingView::ByPromotion);
    let data = Signal::derive(move || match grouping.get() {
        FundingView::ByPromotion => derived.funding_by_promotion.get(),
        FundingView::ByIncubator => derived.funding_by_incubator.get(),
    });
    let subtitle = Signal::derive(move || derived.filter.with(|f| text::funding_subtitle(f.year)));
    let (on_select, hint) = match (on_incubator, on_promotion) {
        (Some(on_incubator), Some(on_promotion)) => (
            Some(Callback::new(move |key: CategoryKey| match grouping.get_untracked() {
                FundingView::ByPromotion => on_promotion.run(key),
                FundingView::ByIncubator => on_incubator.run(key),
            })),
            Some(Signal::derive(move || match grouping.get() {
                FundingView::ByPromotion => text::HINT_PICK_PROMOTION_YEAR.to_owned(),
                FundingView::ByIncubator => text::HINT_FOCUS_INCUBATOR.to_owned(),
            })),
        ),
        _ => (None, None),
    };
    view! {
        <ChartPanel
            id=Block::Funding.id()
            data=data
            subtitle=subtitle
            source=derived.source_line.get_untracked()
            on_select=on_select
            select_hint=hint
            options=options
        >
            // The DSFR's segmented control: radio buttons, one group per chart.
            <fieldset class="fr-segmented fr-segmented--sm fr-segmented--no-legend segmented">
                <legend class="fr-segmented__legend">{text::FUNDING_VIEW_LABEL}</legend>
                <div class="fr-segmented__elements">
                    {[
                        (FundingView::ByPromotion, "promotion", text::FUNDING_BY_PROMOTION),
                        (FundingView::ByIncubator, "incubateur", text::FUNDING_BY_INCUBATOR),
                    ]
                        .map(|(view, value, label)| {
                            let id = format!("fast-par-{value}");
                            view! {
                                <div class="fr-segmented__element">
                                    <input
                                        type="radio"
                                        name="fast-regroupement"
                                        id=id.clone()
                                        value=value
                                        // The attribute for the page's first view, the property after.
                                        checked=grouping.get_untracked() == view
                                        prop:checked=move || grouping.get() == view
                                        on:change=move |_| grouping.set(view)
                                    />
                                    <label class="fr-label segmented__option" for=id>{label}</label>
                                </div>
                            }
                        })}
                </div>
            </fieldset>
        </ChartPanel>
    }
}
