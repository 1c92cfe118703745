//! The presentation (`/presentation`): one slide at a time, full screen, type readable from the
//! back of a room, driven by the keys a presenter's clicker sends; optionally advancing by
//! itself (`auto`) and re-reading the data (`rafraichir`) without a blank frame.

use std::sync::Arc;
use std::time::Duration;

use leptos::callback::{Callable, Callback};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::data::query::url_query::{IgnoredValue, first_value};
use crate::data::{DataSource, Date, Published, SavedCopy};
use crate::modes::presentation::{Command, PresentationOptions, Slide, chart_least_height, step, zoom};
use crate::text;
use crate::web::api::{self, Loaded};
use crate::web::browser::{self, set_interval_with_handle};
use crate::web::components::{BlockView, IgnoredNotice, PanelOptions, TimeLapse};
use crate::web::derived::Derived;

/// What the last reading of the data gave.
#[derive(Debug, Clone, PartialEq)]
enum Freshness {
    /// Read at this time (hours, minutes).
    Read((u8, u8)),
    /// The last reading failed at `at`, with `error`; the data of `shown` stays.
    Failed { at: (u8, u8), error: String, shown: (u8, u8) },
    /// Read at `at` from the copy this browser saved, the network having failed.
    Offline { at: (u8, u8), copy: SavedCopy, data_date: Option<Date> },
}

impl Freshness {
    /// `loaded`, read at `at`.
    fn of(loaded: &Loaded, at: (u8, u8)) -> Freshness {
        match loaded.saved {
            Some(copy) => Freshness::Offline { at, copy, data_date: loaded.data_date() },
            None => Freshness::Read(at),
        }
    }
}

/// How often the auto-advance timer looks whether the next slide is due (milliseconds): short
/// enough that a slide never stays noticeably longer than `auto` says.
const AUTO_TICK_MILLIS: u64 = 200;

#[component]
pub fn Presentation(loaded: Arc<Loaded>) -> impl IntoView {
    let (options, source) = read_address();
    crate::web::theme::SiteTheme::provide();
    browser::set_meta_description(text::PRESENTATION_DESCRIPTION);
    browser::set_document_title(text::PRESENTATION_TITLE);
    let freshness = RwSignal::new(Freshness::of(&loaded, browser::clock()));
    let data = RwSignal::new(loaded);
    let derived = Derived::new(data.into(), browser::today());

    let slides = shown_slides(&options, data.with_untracked(|l| l.dataset.published));
    let count = slides.len();
    let current = RwSignal::new(0_usize);
    let paused = RwSignal::new(false);
    let (size, text_zoom) = use_window_size();

    // While the time-lapse plays, the show waits for it to reach today.
    let timelapse_playing = RwSignal::new(false);
    let auto_millis = options.auto.map(|s| s * 1000.0);
    let go = use_commands(count, current, paused, auto_millis, timelapse_playing.into());
    // The one-letter shortcuts (F, P) can be turned off, and stay as the visitor left them.
    let letters = RwSignal::new(browser::stored_letter_shortcuts());
    use_slide_keys(letters.into(), go);

    // Re-reading the data, which the room can stop and restart (RGAA 13.1: a refresh the user
    // controls).
    let refresh_stopped = RwSignal::new(false);
    if let Some(seconds) = options.refresh {
        use_refresh(seconds, source, data, freshness, refresh_stopped.into());
    }
    let refreshing = options.refresh.is_some();

    let ignored = use_ignored(&options, derived);
    let (announcement, slug) = use_slide_names(&slides, current.into());
    let panel = slide_panel(size, text_zoom);

    view! {
        <div class="presentation" data-diapo=slug>
            <h1 class="visually-hidden">{text::PRESENTATION_TITLE}</h1>
            <IgnoredNotice ignored=ignored/>
            <div class="presentation__slide">
                <CurrentSlide
                    slides=slides
                    current=current.into()
                    derived=derived
                    options=panel
                    speed=options.speed
                    timelapse_playing=timelapse_playing
                />
            </div>
            // The slide's number and title are said when it changes, not its whole content.
            <p class="visually-hidden" role="status" data-testid="slide-announcement">{announcement}</p>
            <p class="presentation__source">{derived.source_line}</p>
            <SlideBar
                go=Callback::new(go)
                current=current.into()
                count=count
                paused=auto_millis.map(|_| paused.into())
                refresh_stopped=refreshing.then_some(refresh_stopped)
                letters=letters
                freshness=freshness.into()
                refreshing=refreshing
            />
        </div>
    }
}

/// Read once: a presentation is set up by its address (its options, the data's source).
fn read_address() -> (PresentationOptions, DataSource) {
    let query = crate::web::query::PageQuery::get().read();
    let options = query.with_untracked(|q| PresentationOptions::from_query(|key| first_value(q.get_all(key))));
    let source = query
        .with_untracked(|q| DataSource::from_param(first_value(q.get_all(DataSource::PARAM)).as_deref()))
        .unwrap_or_default();
    (options, source)
}

/// What a command does: full screen, pause, or a move among the `count` slides. With `auto`
/// (`auto_millis`), slides advance by themselves unless `paused` or while the time-lapse is
/// playing; moving by hand restarts the wait.
fn use_commands(
    count: usize,
    current: RwSignal<usize>,
    paused: RwSignal<bool>,
    auto_millis: Option<f64>,
    timelapse_playing: Signal<bool>,
) -> impl Fn(Command) + Copy + Send + Sync + 'static {
    let next_at = StoredValue::new(browser::now_millis() + auto_millis.unwrap_or(0.0));
    let go = move |command: Command| match command {
        Command::FullScreen => browser::toggle_full_screen(),
        Command::Pause => paused.update(|p| *p = !*p),
        _ => {
            current.update(|i| *i = step(*i, count, command));
            next_at.set_value(browser::now_millis() + auto_millis.unwrap_or(0.0));
        }
    };
    if let Some(millis) = auto_millis {
        use_auto_advance(millis, next_at, Signal::derive(move || paused.get() || timelapse_playing.get()), move || {
            go(Command::Next)
        });
    }
    go
}

/// What the URL asked for in vain: its filters' values, then the presentation's own options.
fn use_ignored(options: &PresentationOptions, derived: Derived) -> Signal<Vec<IgnoredValue>> {
    let ignored: Vec<IgnoredValue> =
        options.ignored.iter().map(|(param, value)| IgnoredValue::BadOption(param, value.clone())).collect();
    Signal::derive(move || {
        let mut all = derived.url_filter.with(|u| u.ignored.clone());
        all.extend(ignored.iter().cloned());
        all
    })
}

/// What is said of the `current` slide when it changes ("Diapositive 2 sur 7 : …"), and its name
/// (`data-diapo`).
fn use_slide_names(
    slides: &[Slide],
    current: Signal<usize>,
) -> (impl Fn() -> String + Send + Sync + use<>, impl Fn() -> Option<&'static str> + Send + Sync + use<>) {
    let count = slides.len();
    let titles: Vec<&'static str> = slides.iter().map(|s| s.title()).collect();
    let names: Vec<&'static str> = slides.iter().map(|s| s.slug()).collect();
    let announcement = move || {
        let index = current.get().min(count - 1);
        text::slide_announcement(index + 1, count, titles.get(index).copied().unwrap_or_default())
    };
    (announcement, move || names.get(current.get()).copied())
}

/// The `current` slide: a block of the dashboard, or the time-lapse (which says when it plays).
#[component]
fn CurrentSlide(
    slides: Vec<Slide>,
    current: Signal<usize>,
    derived: Derived,
    options: impl Fn() -> PanelOptions + Send + Sync + Copy + 'static,
    speed: f64,
    timelapse_playing: RwSignal<bool>,
) -> impl IntoView {
    let count = slides.len();
    move || match slides[current.get().min(count - 1)] {
        Slide::Block(block) => view! { <BlockView block=block derived=derived options=options()/> }.into_any(),
        Slide::TimeLapse => view! {
            <TimeLapse derived=derived speed=speed autoplay=true playing_out=timelapse_playing options=options()/>
        }
        .into_any(),
    }
}

/// The slides shown: those asked for that the data's version can fill (a slide the data cannot
/// fill, ministries before v2.7, is left out as the explorer leaves its block out); never none.
fn shown_slides(options: &PresentationOptions, published: Published) -> Vec<Slide> {
    let slides: Vec<Slide> = options.slides.iter().copied().filter(|s| s.shown_with(published)).collect();
    if slides.is_empty() { Slide::ALL.into_iter().filter(|s| s.shown_with(published)).collect() } else { slides }
}

/// How a slide's block shows: compact, drawn larger on a large screen and with large text, each
/// chart filling the height the slide's layout leaves it (style/main.css, "presentation").
fn slide_panel(size: RwSignal<(f64, f64)>, text_zoom: RwSignal<f64>) -> impl Fn() -> PanelOptions + Copy {
    let zoom_level = Memo::new(move |_| zoom(size.get().0, text_zoom.get()));
    let least_box = Memo::new(move |_| {
        let (width, height) = size.get();
        chart_least_height(width, height, text_zoom.get())
    });
    move || PanelOptions {
        zoom: zoom_level.into(),
        least_zoom: text_zoom.into(),
        least_box: least_box.into(),
        compact: true,
        fill: true,
        ..PanelOptions::default()
    }
}

/// The window's size (CSS pixels) and the browser's text size (the root font size against 16 px,
/// which the charts' text follows), followed as the window is resized.
fn use_window_size() -> (RwSignal<(f64, f64)>, RwSignal<f64>) {
    let size = RwSignal::new(browser::window_size());
    let text_zoom = RwSignal::new(browser::text_zoom());
    browser::on_window_event(ev::resize, move |_| {
        size.set(browser::window_size());
        text_zoom.set(browser::text_zoom());
    });
    (size, text_zoom)
}

/// Calls `next` when the time `next_at` (milliseconds) has come, unless `waiting`, which pushes
/// it `millis` further; the timer stops with the page.
fn use_auto_advance(millis: f64, next_at: StoredValue<f64>, waiting: Signal<bool>, next: impl Fn() + 'static) {
    let timer = set_interval_with_handle(
        move || {
            let now = browser::now_millis();
            if waiting.get_untracked() {
                next_at.set_value(now + millis);
            } else if now >= next_at.get_value() {
                next();
            }
        },
        Duration::from_millis(AUTO_TICK_MILLIS),
    )
    .ok();
    on_cleanup(move || timer.into_iter().for_each(|t| t.clear()));
}

/// The keys of a keyboard or a presenter's clicker, as commands given to `go` (the one-letter
/// ones while `letters` is on); a focused control keeps its own keys.
fn use_slide_keys(letters: Signal<bool>, go: impl Fn(Command) + 'static) {
    browser::on_window_event(ev::keydown, move |event: ev::KeyboardEvent| {
        if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
            return;
        }
        let Some(command) = Command::of_key(&event.key(), letters.get_untracked()) else { return };
        // A focused control keeps its own keys: the year scrubber its arrows, a button its space.
        let tag = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|e| e.tag_name());
        let own_keys = match tag.as_deref() {
            Some("INPUT" | "SELECT" | "TEXTAREA") => !matches!(command, Command::FullScreen | Command::Pause),
            Some("BUTTON") => event.key() == " ",
            _ => false,
        };
        if !own_keys {
            event.prevent_default();
            go(command);
        }
    });
}

/// Re-reads the data every `seconds` unless `stopped`: the new data replaces the old only if it
/// was read whole (the charts whose figures did not change are not redrawn); `freshness` says
/// when, or what failed.
fn use_refresh(
    seconds: f64,
    source: DataSource,
    data: RwSignal<Arc<Loaded>>,
    freshness: RwSignal<Freshness>,
    stopped: Signal<bool>,
) {
    let busy = StoredValue::new(false);
    let timer = set_interval_with_handle(
        move || {
            if busy.get_value() || stopped.get_untracked() {
                return;
            }
            busy.set_value(true);
            let source = source.clone();
            spawn_local(async move {
                let result = api::load_data(source, api::Reading::Again).await;
                let at = browser::clock();
                match result {
                    Ok(new) => {
                        _ = freshness.try_set(Freshness::of(&new, at));
                        _ = data.try_set(new);
                    }
                    Err(error) => {
                        let shown = match freshness.get_untracked() {
                            Freshness::Read(t)
                            | Freshness::Failed { shown: t, .. }
                            | Freshness::Offline { at: t, .. } => t,
                        };
                        _ = freshness.try_set(Freshness::Failed { at, error: error.to_string(), shown });
                    }
                }
                busy.set_value(false);
            });
        },
        Duration::from_secs_f64(seconds),
    )
    .ok();
    on_cleanup(move || timer.into_iter().for_each(|t| t.clear()));
}

/// The presenter's bar: previous and next, the slide's number, pause (with `auto`), full screen,
/// the refresh's stop (with `rafraichir`), the letter shortcuts' switch and the data's freshness.
#[component]
fn SlideBar(
    go: Callback<Command>,
    current: Signal<usize>,
    count: usize,
    /// Whether the slides are paused, when they advance by themselves.
    paused: Option<Signal<bool>>,
    /// Whether the refresh is stopped, when the data is re-read.
    refresh_stopped: Option<RwSignal<bool>>,
    letters: RwSignal<bool>,
    freshness: Signal<Freshness>,
    refreshing: bool,
) -> impl IntoView {
    let toggle_letters = move |_| {
        letters.update(|on| *on = !*on);
        browser::store_letter_shortcuts(letters.get_untracked());
    };
    let status = move || match freshness.get() {
        Freshness::Read(at) => refreshing.then(|| text::updated_at(at)),
        Freshness::Failed { at, error, shown } => Some(text::refresh_failed(at, &error, shown)),
        // Said with or without `rafraichir`: the room sees a saved copy.
        Freshness::Offline { at, copy, data_date } => Some(text::refresh_offline(at, copy, data_date)),
    };
    view! {
        <div class="presentation__bar">
            <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=move |_| go.run(Command::Previous)
                aria-label=text::PREVIOUS_SLIDE>"←"</button>
            <p class="presentation__count" data-testid="slide-count">
                {move || text::slide_count(current.get() + 1, count)}
            </p>
            <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=move |_| go.run(Command::Next)
                aria-label=text::NEXT_SLIDE>"→"</button>
            // A button named by what it does, as the time-lapse's and the refresh's (RGAA 7.1).
            {paused.map(|paused| view! {
                <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" data-testid="pause-slides"
                    on:click=move |_| go.run(Command::Pause)>
                    {move || if paused.get() { text::RESUME_SLIDES } else { text::PAUSE_SLIDES }}
                </button>
            })}
            <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=move |_| go.run(Command::FullScreen)>
                {text::FULL_SCREEN}
            </button>
            {refresh_stopped.map(|stopped| view! {
                <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" data-testid="refresh-toggle"
                    on:click=move |_| stopped.update(|stopped| *stopped = !*stopped)>
                    {move || if stopped.get() { text::RESUME_REFRESH } else { text::STOP_REFRESH }}
                </button>
            })}
            <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" data-testid="letter-shortcuts"
                aria-pressed=move || letters.get().to_string() on:click=toggle_letters title=text::LETTER_SHORTCUTS_HELP>
                {text::LETTER_SHORTCUTS}
            </button>
            <p class="presentation__status" role="status" data-testid="freshness"
                class:presentation__status--error=move || !matches!(freshness.get(), Freshness::Read(_))>
                {status}
            </p>
            <crate::web::components::StatementLink class="presentation__statement"/>
        </div>
    }
}
