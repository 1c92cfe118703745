//! The presentation (`/presentation`): one slide at a time, full screen, type readable from the
//! back of a room, driven by the keys a presenter's clicker sends; optionally advancing by
//! itself (`auto`) and re-reading the data (`rafraichir`) without a blank frame.

use std::sync::Arc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::data::query::url_query::{IgnoredValue, first_value};
use crate::data::{DataSource, Date, SavedCopy};
use crate::modes::presentation::{Command, PresentationOptions, Slide, chart_least_height, step, zoom};
use crate::text;
use crate::web::api::{self, Loaded};
use crate::web::browser::{self, set_interval_with_handle};
use crate::web::components::{ChartPanel, FundingPanel, IgnoredNotice, KeyFiguresView, PanelOptions, TimeLapse};
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

#[component]
pub fn Presentation(loaded: Arc<Loaded>) -> impl IntoView {
    let query = crate::web::query::PageQuery::get().read();
    // Read once: a presentation is set up by its address.
    let options = query.with_untracked(|q| PresentationOptions::from_query(|key| first_value(q.get_all(key))));
    let source = query
        .with_untracked(|q| DataSource::from_param(first_value(q.get_all(DataSource::PARAM)).as_deref()))
        .unwrap_or_default();
    crate::web::theme::SiteTheme::provide();
    browser::set_meta_description(text::PRESENTATION_DESCRIPTION);
    browser::set_document_title(text::PRESENTATION_TITLE);
    let freshness = RwSignal::new(Freshness::of(&loaded, browser::clock()));
    let data = RwSignal::new(loaded);
    let derived = Derived::new(data.into(), browser::today());

    // A slide the data's version cannot fill (ministries before v2.7) is left out, as the explorer
    // leaves its block out; never all of them.
    let published = data.with_untracked(|l| l.dataset.published);
    let mut slides: Vec<Slide> =
        options.slides.iter().copied().filter(|s| *s != Slide::Ministries || published.ministries).collect();
    if slides.is_empty() {
        slides = Slide::ALL.into_iter().filter(|s| *s != Slide::Ministries).collect();
    }
    let count = slides.len();
    let current = RwSignal::new(0_usize);
    let paused = RwSignal::new(false);
    let size = RwSignal::new(browser::window_size());
    // The browser's text size (the root font size against 16 px): the charts' text follows it.
    let text_zoom = RwSignal::new(browser::text_zoom());
    browser::on_window_event(ev::resize, move |_| {
        size.set(browser::window_size());
        text_zoom.set(browser::text_zoom());
    });
    let zoom_level = Memo::new(move |_| zoom(size.get().0, text_zoom.get()));

    // Slides advance every `auto` seconds unless paused; moving by hand restarts the wait.
    let auto_millis = options.auto.map(|s| s * 1000.0);
    let next_at = StoredValue::new(browser::now_millis() + auto_millis.unwrap_or(0.0));
    let go = move |command: Command| match command {
        Command::FullScreen => browser::toggle_full_screen(),
        Command::Pause => paused.update(|p| *p = !*p),
        _ => {
            current.update(|i| *i = step(*i, count, command));
            next_at.set_value(browser::now_millis() + auto_millis.unwrap_or(0.0));
        }
    };
    // While the time-lapse plays, the show waits for it to reach today.
    let timelapse_playing = RwSignal::new(false);
    if let Some(millis) = auto_millis {
        let timer = set_interval_with_handle(
            move || {
                let now = browser::now_millis();
                if paused.get_untracked() || timelapse_playing.get_untracked() {
                    next_at.set_value(now + millis);
                } else if now >= next_at.get_value() {
                    go(Command::Next);
                }
            },
            Duration::from_millis(200),
        )
        .ok();
        on_cleanup(move || timer.into_iter().for_each(|t| t.clear()));
    }
    // The one-letter shortcuts (F, P) can be turned off, and stay as the visitor left them.
    let letters = RwSignal::new(browser::stored_letter_shortcuts());
    let toggle_letters = move |_| {
        letters.update(|on| *on = !*on);
        browser::store_letter_shortcuts(letters.get_untracked());
    };
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

    // Re-reading the data: the new data replaces the old only if it was read whole; the charts
    // whose figures did not change are not redrawn.
    // The room can stop and restart it (RGAA 13.1: a refresh the user controls).
    let refresh_stopped = RwSignal::new(false);
    if let Some(seconds) = options.refresh {
        let busy = StoredValue::new(false);
        let timer = set_interval_with_handle(
            move || {
                if busy.get_value() || refresh_stopped.get_untracked() {
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
    let refreshing = options.refresh.is_some();
    let status = move || match freshness.get() {
        Freshness::Read(at) => refreshing.then(|| text::updated_at(at)),
        Freshness::Failed { at, error, shown } => Some(text::refresh_failed(at, &error, shown)),
        // Said with or without `rafraichir`: the room sees a saved copy.
        Freshness::Offline { at, copy, data_date } => Some(text::refresh_offline(at, copy, data_date)),
    };

    let ignored: Vec<IgnoredValue> =
        options.ignored.iter().map(|(param, value)| IgnoredValue::BadOption(param, value.clone())).collect();
    let ignored = Signal::derive(move || {
        let mut all = derived.url_filter.with(|u| u.ignored.clone());
        all.extend(ignored.iter().cloned());
        all
    });
    // Each chart fills the height the slide's layout leaves it (style/main.css, "presentation").
    let least_box = Memo::new(move |_| {
        let (width, height) = size.get();
        chart_least_height(width, height, text_zoom.get())
    });
    let panel = move || PanelOptions {
        zoom: zoom_level.into(),
        least_zoom: text_zoom.into(),
        least_box: least_box.into(),
        compact: true,
        fill: true,
        ..PanelOptions::default()
    };
    let speed = options.speed;
    let shown_slides = slides.clone();
    let slide = move || match shown_slides[current.get().min(count - 1)] {
        Slide::KeyFigures => {
            view! { <KeyFiguresView figures=derived.figures.into() caption=derived.caption/> }.into_any()
        }
        Slide::Incubators => view! {
            <ChartPanel id="graphique-incubateurs" data=derived.incubators.into() subtitle=derived.caption
                source=derived.source_line.get_untracked()
                options=panel()/>
        }
        .into_any(),
        Slide::Funding => view! { <FundingPanel derived=derived options=panel()/> }.into_any(),
        Slide::Evolution => view! {
            <ChartPanel id="graphique-evolution" data=derived.evolution.into()
                subtitle=Signal::stored(text::EVOLUTION_SUBTITLE.to_owned())
                source=derived.source_line.get_untracked() options=panel()/>
        }
        .into_any(),
        Slide::Ministries => view! {
            <ChartPanel id="graphique-ministeres" data=derived.ministries.into() subtitle=derived.caption
                source=derived.source_line.get_untracked() options=panel()/>
        }
        .into_any(),
        Slide::Transparency => view! {
            <ChartPanel id="graphique-transparence" data=derived.transparency.into()
                subtitle=derived.transparency_subtitle
                source=derived.source_line.get_untracked() options=panel()/>
        }
        .into_any(),
        Slide::TimeLapse => view! {
            <TimeLapse derived=derived speed=speed autoplay=true playing_out=timelapse_playing
                options=panel()/>
        }
        .into_any(),
    };
    let slide_names: Vec<&'static str> = slides.iter().map(|s| s.slug()).collect();
    let titles: Vec<&'static str> = slides.iter().map(|s| s.title()).collect();
    let announcement = move || {
        let index = current.get().min(count - 1);
        text::slide_announcement(index + 1, count, titles.get(index).copied().unwrap_or_default())
    };
    let slug = move || slide_names.get(current.get()).copied();

    view! {
        <div class="presentation" data-diapo=slug>
            <h1 class="visually-hidden">{text::PRESENTATION_TITLE}</h1>
            <IgnoredNotice ignored=ignored/>
            <div class="presentation__slide">{slide}</div>
            // The slide's number and title are said when it changes, not its whole content.
            <p class="visually-hidden" role="status" data-testid="slide-announcement">{announcement}</p>
            <p class="presentation__source">{derived.source_line}</p>
            <div class="presentation__bar">
                <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=move |_| go(Command::Previous)
                    aria-label=text::PREVIOUS_SLIDE>"←"</button>
                <p class="presentation__count" data-testid="slide-count">
                    {move || text::slide_count(current.get() + 1, count)}
                </p>
                <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=move |_| go(Command::Next)
                    aria-label=text::NEXT_SLIDE>"→"</button>
                // A button named by what it does, as the time-lapse's and the refresh's (RGAA 7.1).
                {auto_millis.map(|_| view! {
                    <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" data-testid="pause-slides"
                        on:click=move |_| go(Command::Pause)>
                        {move || if paused.get() { text::RESUME_SLIDES } else { text::PAUSE_SLIDES }}
                    </button>
                })}
                <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=move |_| go(Command::FullScreen)>
                    {text::FULL_SCREEN}
                </button>
                {refreshing.then(|| view! {
                    <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" data-testid="refresh-toggle"
                        on:click=move |_| refresh_stopped.update(|stopped| *stopped = !*stopped)>
                        {move || if refresh_stopped.get() { text::RESUME_REFRESH } else { text::STOP_REFRESH }}
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
                <crate::web::components::StatementLink class="presentation__statement" external=true/>
            </div>
        </div>
    }
}
