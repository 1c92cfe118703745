//! The figures every page shows, derived once from the data and the URL's filter: the explorer,
//! an embed and the presentation read the same memos, so they show the same figures.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::{
    ChartData, evolution_chart, funding_by_incubator_chart, funding_by_promotion_chart, incubators_chart,
    ministries_chart, transparency_chart,
};
use crate::data::query::listing::ServiceMatch;
use crate::data::query::url_query::{UrlFilter, filter_from_params};
use crate::data::{Date, Filter, KeyFigures};
use crate::text;
use crate::web::api::Loaded;

/// The memos of a page. Each recomputes only when what it reads changes, and a chart whose data
/// did not change is not redrawn (memos compare).
#[derive(Clone, Copy)]
pub struct Derived {
    pub loaded: Signal<Arc<Loaded>>,
    pub today: Date,
    /// The filter the URL asks for, and what it asked for in vain.
    pub url_filter: Memo<UrlFilter>,
    pub filter: Memo<Filter>,
    /// The services matching the filter on its date, with their phase then.
    pub matches: Memo<Vec<ServiceMatch>>,
    pub figures: Memo<KeyFigures>,
    pub incubators: Memo<ChartData>,
    /// Services per ministry of their sponsors.
    pub ministries: Memo<ChartData>,
    /// What the matching services publish (links, accessibility status).
    pub transparency: Memo<ChartData>,
    /// "Situation au … · liens publiés au 20 août 2026".
    pub transparency_subtitle: Signal<String>,
    pub evolution: Memo<ChartData>,
    pub funding_by_promotion: Memo<ChartData>,
    pub funding_by_incubator: Memo<ChartData>,
    /// The filter without its incubators, and without its phases (for options that depend on
    /// only part of it: a phase click does not recount the phase options nor recompute FAST).
    pub without_incubators: Memo<Filter>,
    pub without_phases: Memo<Filter>,
    /// "Situation au 29 novembre 2026".
    pub caption: Signal<String>,
    /// "Source : beta.gouv.fr, données du 20 août 2026".
    pub source_line: Signal<String>,
}

impl Derived {
    /// The memos of `loaded` (which may change, when a presentation re-reads the data) under the
    /// filter of the current URL.
    pub fn new(loaded: Signal<Arc<Loaded>>, today: Date) -> Derived {
        let query = crate::web::query::PageQuery::get().read();
        let url_filter = Memo::new(move |_| {
            loaded.with(|l| {
                query.with(|q| filter_from_params(|key| q.get_all(key).unwrap_or_default(), &l.dataset, today))
            })
        });
        let filter = Memo::new(move |_| url_filter.with(|u| u.filter.clone()));
        let matches =
            Memo::new(move |_| loaded.with(|l| filter.with(|f| l.dataset.matches(f, f.reference_date(today)))));
        let figures = Memo::new(move |_| {
            loaded.with(|l| {
                matches.with(|m| filter.with(|f| l.dataset.situation_from(f, f.reference_date(today), m).key_figures()))
            })
        });
        let incubators = Memo::new(move |_| {
            loaded.with(|l| {
                matches.with(|m| {
                    filter.with(|f| {
                        incubators_chart(&l.dataset, &l.dataset.situation_from(f, f.reference_date(today), m))
                    })
                })
            })
        });
        let ministries = Memo::new(move |_| {
            loaded.with(|l| {
                matches.with(|m| {
                    filter.with(|f| ministries_chart(&l.dataset.situation_from(f, f.reference_date(today), m)))
                })
            })
        });
        let transparency = Memo::new(move |_| {
            loaded.with(|l| {
                matches.with(|m| {
                    filter.with(|f| {
                        let date = f.reference_date(today);
                        transparency_chart(
                            &l.dataset.situation_from(f, date, m).transparency(l.dataset.published),
                            date,
                        )
                    })
                })
            })
        });
        let without_incubators =
            Memo::new(move |_| filter.with(|f| Filter { incubators: Default::default(), ..f.clone() }));
        let without_phases = Memo::new(move |_| filter.with(|f| Filter { phases: Default::default(), ..f.clone() }));
        let evolution = Memo::new(move |_| loaded.with(|l| filter.with(|f| evolution_chart(&l.dataset, f, today))));
        let funding_by_promotion =
            Memo::new(move |_| loaded.with(|l| without_phases.with(|f| funding_by_promotion_chart(&l.dataset, f))));
        let funding_by_incubator =
            Memo::new(move |_| loaded.with(|l| without_phases.with(|f| funding_by_incubator_chart(&l.dataset, f))));
        let caption = Signal::derive(move || filter.with(|f| text::situation_caption(f.year, f.reference_date(today))));
        let source_line =
            Signal::derive(move || loaded.with(|l| text::source_short(l.info.as_ref().and_then(|i| i.published))));
        let transparency_subtitle = Signal::derive(move || {
            loaded.with(|l| text::transparency_subtitle(&caption.get(), l.info.as_ref().and_then(|i| i.published)))
        });
        Derived {
            loaded,
            today,
            url_filter,
            filter,
            matches,
            figures,
            incubators,
            ministries,
            transparency,
            transparency_subtitle,
            evolution,
            funding_by_promotion,
            funding_by_incubator,
            without_incubators,
            without_phases,
            caption,
            source_line,
        }
    }
}
