//! The time-lapse: services per incubator and the evolution, played year by year from
//! 1 January 2014 to today, bars growing between years; play/pause and a year scrubber.
//! With `prefers-reduced-motion`, it steps from year to year without animation.

use leptos::callback::{Callable, Callback};
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

    let (incubators_shown, evolution_shown) = use_growing_charts(derived, frames, at);

    let last_tick = use_clock(playing, elapsed, move |elapsed| finished(elapsed, speed, count()));

    let toggle = move || {
        if !playing.get_untracked() && finished(elapsed.get_untracked(), speed, count()) {
            elapsed.set(0.0);
        }
        last_tick.set_value(browser::now_millis());
        playing.update(|p| *p = !*p);
    };
    let scrub = move |i: usize| {
        playing.set(false);
        elapsed.set(elapsed_at(i, speed));
    };
    let date = Signal::derive(move || frame.get().map(|f| text::timelapse_date(f.date, today)).unwrap_or_default());
    let subtitle = Signal::derive(move || frame.get().map(|f| text::situation_on(f.date)).unwrap_or_default());
    let charts = [("historique-incubateurs", incubators_shown), ("historique-evolution", evolution_shown)];

    view! {
        <div class="timelapse" data-playing=move || playing.get().to_string()>
            <TimeLapseControls
                date=date
                playing=playing.into()
                on_toggle=Callback::new(move |()| toggle())
                last=Signal::derive(move || count().saturating_sub(1))
                index=index.into()
                on_scrub=Callback::new(scrub)
            />
            <div class="timelapse__charts">
                {charts.map(|(id, data)| view! {
                    <ChartPanel
                        id=id
                        data=data
                        subtitle=subtitle
                        source=derived.source_line.get_untracked()
                        options=PanelOptions { compact: true, ..options }
                    />
                }).into_iter().collect_view()}
            </div>
        </div>
    }
}

/// The time-lapse's head: the date shown, play or pause, and the year scrubber (from 0 to
/// `last`, at `index`).
#[component]
fn TimeLapseControls(
    date: Signal<String>,
    playing: Signal<bool>,
    on_toggle: Callback<()>,
    last: Signal<usize>,
    index: Signal<usize>,
    /// Given the frame the scrubber was moved to.
    on_scrub: Callback<usize>,
) -> impl IntoView {
    view! {
        <div class="timelapse__head">
            <p class="timelapse__date" data-testid="timelapse-date">{date}</p>
            <div class="timelapse__controls">
                // Named by what it does, no pressed state: as the presentation's pause (RGAA 7.1).
                <button type="button" class="fr-btn button" data-testid="timelapse-play" on:click=move |_| on_toggle.run(())>
                    {move || if playing.get() { text::PAUSE } else { text::PLAY }}
                </button>
                <label class="timelapse__scrubber">
                    <span>{text::YEAR_LABEL}</span>
                    <input
                        type="range"
                        min="0"
                        max=move || last.get().to_string()
                        step="1"
                        prop:value=move || index.get().to_string()
                        aria-valuetext=date
                        on:input=move |ev| {
                            if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                                on_scrub.run(i)
                            }
                        }
                    />
                </label>
            </div>
        </div>
    }
}

/// The clock: while `playing`, the `elapsed` time moves on, at every tick; once `finished` (at the
/// last frame), it stops. Gives the time of the last tick, which a restart sets.
fn use_clock(
    playing: RwSignal<bool>,
    elapsed: RwSignal<f64>,
    finished: impl Fn(f64) -> bool + 'static,
) -> StoredValue<f64> {
    let last_tick = StoredValue::new(browser::now_millis());
    let ticker = set_interval_with_handle(
        move || {
            let now = browser::now_millis();
            let step = now - last_tick.get_value();
            last_tick.set_value(now);
            if playing.get_untracked() {
                elapsed.update(|e| *e += step);
                if finished(elapsed.get_untracked()) {
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
    last_tick
}

/// The two charts of the time-lapse at `at` (a frame's index, and how far its bars have grown
/// from the frame before): the incubators' and the evolution's. A frame's charts are computed when
/// the frame changes, not at every picture; before any frame, an empty chart.
fn use_growing_charts(
    derived: Derived,
    frames: Memo<Vec<Frame>>,
    at: Memo<(usize, f64)>,
) -> (Signal<ChartData>, Signal<ChartData>) {
    let index = Memo::new(move |_| at.get().0);
    let charts_of = move |frame: Option<Frame>| -> Option<(ChartData, ChartData)> {
        let frame = frame?;
        Some(derived.loaded.with(|l| derived.filter.with(|f| frame_charts(&l.dataset, f, frame))))
    };
    let current = Memo::new(move |_| charts_of(frames.with(|f| f.get(index.get()).copied())));
    let previous = Memo::new(move |_| {
        let i = index.get();
        charts_of(i.checked_sub(1).and_then(|p| frames.with(|f| f.get(p).copied())))
    });
    let growing = move |pick: fn(&(ChartData, ChartData)) -> &ChartData| {
        let grown = Memo::new(move |_| {
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
        });
        Signal::derive(move || grown.get().unwrap_or_else(empty_chart))
    };
    (growing(|c| &c.0), growing(|c| &c.1))
}

/// A chart without bars, shown before the first frame.
fn empty_chart() -> ChartData {
    ChartData {
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
    }
}
