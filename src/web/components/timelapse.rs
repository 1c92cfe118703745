//! The time-lapse: services per incubator and the evolution, played year by year from
//! 1 January 2014 to today, bars growing between years; play/pause and a year scrubber.
//! With `prefers-reduced-motion`, it steps from year to year without animation.

use leptos::prelude::*;

use crate::charts::{ChartData, tween};
use crate::modes::timelapse::{self, Frame, elapsed_at, finished, frame_charts, position};
use crate::text;
use crate::web::browser::{self, set_interval_with_handle};
use crate::web::components::{ChartPanel, PanelOptions};
use crate::web::derived::Derived;

/// Milliseconds between two pictures while playing.
const TICK_MILLIS: u64 = 40;

#[component]
pub fn TimeLapse(
    derived: Derived,
    /// 1 = one year every [`timelapse::YEAR_MILLIS`].
    speed: f64,
    /// Starts playing at once.
    #[prop(optional)]
    autoplay: bool,
    /// How the two charts show (on a slide: zoomed, the incubators folded to fit).
    #[prop(optional)]
    options: PanelOptions,
    /// Told whether the time-lapse is playing (a slide show waits for it to end).
    #[prop(optional)]
    playing_out: Option<RwSignal<bool>>,
) -> impl IntoView {
    let today = derived.today;
    let frames: Memo<Vec<Frame>> = Memo::new(move |_| derived.loaded.with(|l| timelapse::frames(&l.dataset, today)));
    let count = move || frames.with(Vec::len);
    let reduced_motion = browser::prefers_reduced_motion();
    let elapsed = RwSignal::new(0.0_f64);
    let playing = RwSignal::new(autoplay);
    if let Some(out) = playing_out {
        Effect::new(move |_| out.set(playing.get()));
        on_cleanup(move || _ = out.try_set(false));
    }
    let at = Memo::new(move |_| {
        let (index, grown) = position(elapsed.get(), speed, count());
        (index, if reduced_motion { 1.0 } else { grown })
    });
    let index = Memo::new(move |_| at.get().0);
    let frame = Memo::new(move |_| frames.with(|f| f.get(index.get()).copied()));

    let charts_of = move |frame: Option<Frame>| -> Option<(ChartData, ChartData)> {
        let frame = frame?;
        Some(derived.loaded.with(|l| derived.filter.with(|f| frame_charts(&l.dataset, f, frame))))
    };
    // A frame's charts are computed when the frame changes, not at every picture.
    let current = Memo::new(move |_| charts_of(frame.get()));
    let previous = Memo::new(move |_| {
        let i = index.get();
        charts_of(i.checked_sub(1).and_then(|p| frames.with(|f| f.get(p).copied())))
    });
    let growing = move |pick: fn(&(ChartData, ChartData)) -> &ChartData| {
        Memo::new(move |_| {
            let grown = at.get().1;
            current.with(|now| {
                let now = now.as_ref().map(pick)?;
                let chart = previous.with(|before| {
                    let empty = || crate::charts::BarChart { categories: vec![], ..now.chart.clone() };
                    match before.as_ref().map(pick) {
                        Some(before) => tween(&before.chart, &now.chart, grown),
                        None => tween(&empty(), &now.chart, grown),
                    }
                });
                Some(ChartData { chart, ..now.clone() })
            })
        })
    };
    let incubators = growing(|c| &c.0);
    let evolution = growing(|c| &c.1);
    let empty = ChartData {
        title: String::new(),
        chart: crate::charts::BarChart {
            orientation: crate::charts::Orientation::Vertical,
            series: vec![],
            categories: vec![],
            value_kind: crate::charts::ValueKind::Count,
            empty_message: text::NO_SERVICE.to_owned(),
        },
        table: crate::charts::DataTable { caption: String::new(), columns: vec![], rows: vec![] },
        summary: String::new(),
        folding: crate::charts::Folding::Never,
    };
    let incubators_shown = Signal::derive({
        let empty = empty.clone();
        move || incubators.get().unwrap_or_else(|| empty.clone())
    });
    let evolution_shown = Signal::derive(move || evolution.get().unwrap_or_else(|| empty.clone()));

    // The clock: while playing, time moves on; at the last frame, it stops.
    let last_tick = StoredValue::new(browser::now_millis());
    let ticker = set_interval_with_handle(
        move || {
            let now = browser::now_millis();
            let step = now - last_tick.get_value();
            last_tick.set_value(now);
            if playing.get_untracked() {
                elapsed.update(|e| *e += step);
                if finished(elapsed.get_untracked(), speed, count()) {
                    playing.set(false);
                }
            }
        },
        std::time::Duration::from_millis(TICK_MILLIS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });

    let toggle = move |_| {
        if !playing.get_untracked() && finished(elapsed.get_untracked(), speed, count()) {
            elapsed.set(0.0);
        }
        last_tick.set_value(browser::now_millis());
        playing.update(|p| *p = !*p);
    };
    let scrub = move |ev| {
        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
            playing.set(false);
            elapsed.set(elapsed_at(i, speed));
        }
    };
    let date_label = move || frame.get().map(|f| text::timelapse_date(f.date, today)).unwrap_or_default();
    let subtitle = Signal::derive(move || frame.get().map(|f| text::situation_on(f.date)).unwrap_or_default());

    view! {
        <div class="timelapse" data-playing=move || playing.get().to_string()>
            <div class="timelapse__head">
                <p class="timelapse__date" data-testid="timelapse-date">{date_label}</p>
                <div class="timelapse__controls">
                    // Named by what it does, no pressed state: as the presentation's pause (RGAA 7.1).
                    <button type="button" class="fr-btn button" data-testid="timelapse-play" on:click=toggle>
                        {move || if playing.get() { text::PAUSE } else { text::PLAY }}
                    </button>
                    <label class="timelapse__scrubber">
                        <span>{text::YEAR_LABEL}</span>
                        <input
                            type="range"
                            min="0"
                            max=move || count().saturating_sub(1).to_string()
                            step="1"
                            prop:value=move || index.get().to_string()
                            aria-valuetext=date_label
                            on:input=scrub
                        />
                    </label>
                </div>
            </div>
            <div class="timelapse__charts">
                <ChartPanel
                    id="historique-incubateurs"
                    data=incubators_shown
                    subtitle=subtitle
                    source=derived.source_line.get_untracked()
                    options=PanelOptions { compact: true, ..options }
                />
                <ChartPanel
                    id="historique-evolution"
                    data=evolution_shown
                    subtitle=subtitle
                    source=derived.source_line.get_untracked()
                    options=PanelOptions { compact: true, ..options }
                />
            </div>
        </div>
    }
}
