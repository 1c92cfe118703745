//! A chart on a canvas (crisp on HiDPI screens, redrawn when its width changes), with focusable
//! bar pieces that show a tooltip and act on click, its data as a table ("Vue tableau", always
//! read by screen readers), and CSV and PNG downloads.

use leptos::callback::{Callable, Callback};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

use crate::charts::{CategoryKey, ChartData, Layout, Palette, draw};
use crate::modes::embed::Block;
use crate::text;
use crate::web::browser::{self, SizeObserver};
use crate::web::components::{DataTableView, EmbedButton};

/// The colours charts are painted in, provided by a page that is not in the light theme.
#[derive(Debug, Clone, Copy)]
pub struct ChartPalette(pub Signal<Palette>);

/// Counts the web fonts loaded so far: charts drawn before Marianne arrived are drawn again.
#[derive(Debug, Clone, Copy)]
pub struct FontsReady(pub ReadSignal<u32>);

impl FontsReady {
    pub fn provide() {
        let (loaded, set_loaded) = signal(0_u32);
        browser::on_fonts_loaded(move || set_loaded.update(|n| *n += 1));
        provide_context(FontsReady(loaded));
    }
}

/// How a chart panel shows, besides its data.
#[derive(Debug, Clone, Copy)]
pub struct PanelOptions {
    /// How many times larger than in the explorer the chart is drawn (text included).
    pub zoom: Signal<f64>,
    /// Without downloads (an embed, a slide).
    pub compact: bool,
    /// Whether the title shows (it stays for screen readers).
    pub titled: bool,
    /// The block an "Intégrer" button offers to embed.
    pub embed: Option<Block>,
    /// The height the chart must fit in (CSS pixels): bars beyond are added up in a last one.
    pub fit_height: Option<Signal<f64>>,
}

impl Default for PanelOptions {
    fn default() -> Self {
        PanelOptions {
            zoom: Signal::stored(crate::web::browser::text_zoom()),
            compact: false,
            titled: true,
            embed: None,
            fit_height: None,
        }
    }
}

/// The smallest side of a bar piece's pointer target, in CSS pixels.
const MIN_TARGET: f64 = 8.0;

/// Height a tooltip may take above its bar (CSS pixels) before it goes below instead.
const TOOLTIP_ROOM: f64 = 48.0;

/// Width in CSS pixels of downloaded images, drawn at twice that in pixels.
const EXPORT_WIDTH: f64 = 1000.0;

#[component]
pub fn ChartPanel(
    /// A prefix for element ids, unique in the page.
    id: &'static str,
    data: Signal<ChartData>,
    /// The date (and source) the chart describes, shown under its title and written in downloads.
    subtitle: Signal<String>,
    /// Where the data comes from, written in downloaded images.
    source: String,
    /// What clicking a bar does, given its category key (nothing, if none).
    #[prop(optional_no_strip)]
    on_select: Option<Callback<CategoryKey>>,
    /// Says what clicking a bar does.
    #[prop(optional_no_strip)]
    select_hint: Option<Signal<String>>,
    #[prop(optional)] options: PanelOptions,
    /// Controls shown next to the title (a view toggle).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let PanelOptions { zoom, compact, titled, embed, fit_height } = options;
    let palette = use_context::<ChartPalette>().map_or(Signal::stored(Palette::Light), |p| p.0);
    let fonts = use_context::<FontsReady>();
    let container = NodeRef::<leptos::html::Div>::new();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let width = RwSignal::new(0.0_f64);
    let hovered = RwSignal::new(None::<usize>);
    // A tooltip stays while the pointer moves from its bar onto it (WCAG 1.4.13): leaving hides
    // it a moment later, unless the pointer arrived somewhere that keeps it.
    let hide_ticket = StoredValue::new(0_u32);
    let show_piece = move |i: usize| {
        hide_ticket.update_value(|t| *t = t.wrapping_add(1));
        hovered.set(Some(i));
    };
    let hide_soon = move || {
        hide_ticket.update_value(|t| *t = t.wrapping_add(1));
        let ticket = hide_ticket.get_value();
        set_timeout(
            move || {
                if hide_ticket.try_get_value() == Some(ticket) {
                    _ = hovered.try_set(None);
                }
            },
            std::time::Duration::from_millis(300),
        );
    };
    // Escape hides a tooltip, however it was opened.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && hovered.get_untracked().is_some() {
            hovered.set(None);
        }
    });
    on_cleanup(move || escape.remove());
    // On touch, a first tap shows a bar's value, a second acts: whether the tap began on a bar
    // whose value was already shown (the tap's own focus shows it too).
    let tap_on_shown = StoredValue::new(None::<bool>);
    let active = RwSignal::new(0_usize);
    let table_shown = RwSignal::new(false);
    let observer = StoredValue::new_local(None::<SizeObserver>);
    // How many times the canvas was drawn, in `data-draws` (benchmarks and tests watch it).
    let draws = StoredValue::new(0_u32);

    // The chart as shown: folded to fit its height, on a slide.
    let data = Memo::new(move |_| match fit_height {
        Some(height) if width.get() > 0.0 => {
            let zoom = zoom.get();
            data.with(|d| d.fitted(width.get() / zoom, height.get() / zoom, text::other_bars))
        }
        _ => data.get(),
    });

    container.on_load(move |element| {
        observer.set_value(SizeObserver::width(&element, move |w| width.set(w)));
    });

    // The chart placed at the container's width: recomputed when the data or the width changes,
    // and only then; everything below reads it in place (`with`), never copies it.
    // A zoomed chart is laid out for a narrower width on a denser screen: everything, text
    // included, comes out `zoom` times larger at the same width.
    let layout = Memo::new(move |_| {
        let (width, zoom) = (width.get(), zoom.get());
        (width > 0.0).then(|| data.with(|data| data.chart.layout(width / zoom, browser::device_pixel_ratio() * zoom)))
    });

    // Paint when the layout changes (a new layout means new data or a new width), and when the
    // theme or the fonts do.
    Effect::new(move |_| {
        if let Some(fonts) = fonts {
            fonts.0.track();
        }
        layout.with(|placed| {
            let Some(placed) = placed else { return };
            if let Some(canvas) = canvas.get() {
                canvas.set_width(placed.width);
                canvas.set_height(placed.height);
                let scale = placed.scale / zoom.get_untracked();
                // Sizes through the CSSOM, not a `style` attribute: a strict CSP forbids those.
                let style = web_sys::HtmlElement::style(&canvas);
                let _ = style.set_property("width", &format!("{}px", placed.width as f64 / scale));
                let _ = style.set_property("height", &format!("{}px", placed.height as f64 / scale));
                data.with_untracked(|data| {
                    if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone())
                        && let Err(error) = draw(&backend.into_drawing_area(), &data.chart, placed, palette.get())
                    {
                        leptos::logging::error!("{} : {error:?}", text::CHART_DRAW_FAILED);
                    }
                });
                draws.update_value(|n| *n += 1);
                let _ = canvas.set_attribute("data-draws", &draws.get_value().to_string());
                // The smallest text drawn, in CSS pixels (tests check a slide's is readable).
                let smallest = placed.labels.iter().map(|l| l.size).fold(f64::INFINITY, f64::min) / scale;
                let _ = canvas.set_attribute("data-smallest-text", &format!("{smallest:.1}"));
                // Where the bars begin, below the legend (tests check tooltips keep off it).
                let _ = canvas.set_attribute("data-plot-top", &format!("{:.1}", placed.plot.y / scale));
            }
            // Rebuilding the bars' buttons drops the focus: put it back on the same place.
            let had_focus = focused_piece(id);
            hovered.set(None);
            active.update(|a| *a = (*a).min(placed.segments.len().saturating_sub(1)));
            if had_focus {
                request_animation_frame(move || focus_piece(id, active.get_untracked()));
            }
        });
    });

    let download_csv = move |_| {
        data.with_untracked(|d| {
            let csv = format!("\u{feff}{}", d.table.to_csv());
            browser::download_text(&format!("{}.csv", d.table.file_stem()), "text/csv;charset=utf-8", &csv);
        });
    };
    let download_png = move |_: leptos::ev::MouseEvent| {
        data.with_untracked(|d| {
            let placed = d.chart.layout(EXPORT_WIDTH, 2.0);
            let (w, h) = ChartData::export_size(&placed);
            let Some(canvas) = browser::offscreen_canvas(w, h) else { return };
            if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
                let note = format!("{} — {source}", subtitle.get_untracked());
                let drawn = d.draw_export(&backend.into_drawing_area(), &placed, &note);
                if drawn.is_ok() {
                    browser::download_canvas_png(&format!("{}.png", d.table.file_stem()), &canvas);
                }
            }
        });
    };

    let hit_areas = move |placed: &Layout| {
        let scale = placed.scale / zoom.get_untracked();
        placed
            .segments
            .iter()
            .enumerate()
            .map(|(i, segment)| {
                // A thin piece gets a target of at least MIN_TARGET pixels, centred on it.
                let r = segment.rect.scaled(scale);
                let (w, h) = (r.w.max(MIN_TARGET), r.h.max(MIN_TARGET));
                let (left, top) =
                    (format!("{:.1}px", r.x - (w - r.w) / 2.0), format!("{:.1}px", r.y - (h - r.h) / 2.0));
                let (width, height) = (format!("{w:.1}px"), format!("{h:.1}px"));
                let label = data.with_untracked(|d| d.tooltip(segment.category, segment.series));
                let key = data.with_untracked(|d| d.chart.categories.get(segment.category).map(|c| c.key.clone()));
                let count = placed.segments.len();
                let on_key = move |ev: KeyboardEvent| {
                    let next = match ev.key().as_str() {
                        "ArrowRight" | "ArrowDown" => (i + 1).min(count - 1),
                        "ArrowLeft" | "ArrowUp" => i.saturating_sub(1),
                        "Home" => 0,
                        "End" => count - 1,
                        "Escape" => {
                            hovered.set(None);
                            return;
                        }
                        _ => return,
                    };
                    ev.prevent_default();
                    active.set(next);
                    focus_piece(id, next);
                };
                view! {
                    <button
                        type="button"
                        class="chart__hit"
                        id=format!("{id}-piece-{i}")
                        style:left=left
                        style:top=top
                        style:width=width
                        style:height=height
                        tabindex=move || if active.get() == i { 0 } else { -1 }
                        aria-label=label
                        aria-describedby=select_hint.map(|_| format!("{id}-hint"))
                        on:mouseenter=move |_| show_piece(i)
                        on:mouseleave=move |_| hide_soon()
                        on:focus=move |_| { show_piece(i); active.set(i); }
                        on:blur=move |_| hovered.set(None)
                        on:pointerdown=move |ev: leptos::ev::PointerEvent| {
                            let touch = ev.pointer_type() == "touch";
                            tap_on_shown.set_value(touch.then(|| hovered.get_untracked() == Some(i)));
                        }
                        on:keydown=on_key
                        on:click=move |_| {
                            if tap_on_shown.get_value() == Some(false) {
                                tap_on_shown.set_value(None);
                                show_piece(i);
                                active.set(i);
                                return;
                            }
                            if let (Some(key), Some(on_select)) = (key.clone(), on_select) {
                                on_select.run(key)
                            }
                        }
                    ></button>
                }
            })
            .collect::<Vec<_>>()
    };
    let pieces = move || layout.with(|placed| placed.as_ref().map(hit_areas).unwrap_or_default());

    let tooltip = move || {
        let i = hovered.get()?;
        let (segment, r, chart_width, plot_top) = layout.with(|placed| {
            let placed = placed.as_ref()?;
            let segment = placed.segments.get(i)?.clone();
            let scale = placed.scale / zoom.get_untracked();
            let r = segment.rect.scaled(scale);
            Some((segment, r, placed.width as f64 / scale, placed.plot.y / scale))
        })?;
        // Above its bar, unless it would cover the legend: then below.
        let below = r.y - TOOLTIP_ROOM < plot_top;
        let top = if below { r.y + r.h } else { r.y };
        // Centred on its bar, but never past the chart's edges (half the widest tooltip).
        let x = (r.x + r.w / 2.0).clamp(130.0_f64.min(chart_width / 2.0), (chart_width - 130.0).max(chart_width / 2.0));
        let text = data.with(|d| d.tooltip(segment.category, segment.series));
        Some(view! {
            <div
                class="chart__tooltip"
                class:chart__tooltip--below=below
                role="tooltip"
                style:left=format!("{x:.1}px")
                style:top=format!("{top:.1}px")
                on:mouseenter=move |_| show_piece(i)
                on:mouseleave=move |_| hide_soon()
            >
                {text}
            </div>
        })
    };

    view! {
        <section class="chart-panel" aria-labelledby=format!("{id}-title") id=id>
            <div class="chart-panel__head">
                <div>
                    <h2 id=format!("{id}-title") class="chart-panel__title" class:visually-hidden=!titled>
                        {move || data.read().title.clone()}
                    </h2>
                    <p class="chart-panel__subtitle">{subtitle}</p>
                </div>
                <div class="chart-panel__actions">
                    {children.map(|c| c())}
                    <button
                        type="button"
                        class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary"
                        aria-pressed=move || table_shown.get().to_string()
                        on:click=move |_| table_shown.update(|s| *s = !*s)
                    >
                        {text::TABLE_VIEW}
                    </button>
                    {(!compact).then(|| view! {
                        <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=download_csv>
                            {text::DOWNLOAD_CSV}
                        </button>
                        <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=download_png>
                            {text::DOWNLOAD_PNG}
                        </button>
                    })}
                    {embed.map(|block| view! { <EmbedButton block=block title=Signal::derive(move || data.read().title.clone())/> })}
                </div>
            </div>
            <p class="chart-panel__summary">{move || data.read().summary.clone()}</p>
            {select_hint.map(|hint| view! { <p class="chart-panel__hint" id=format!("{id}-hint")>{hint}</p> })}
            <div class="chart" node_ref=container>
                <canvas node_ref=canvas aria-hidden="true"></canvas>
                <div class="chart__hits" role="group" aria-label=move || format!("{} : {}", data.read().title, text::CHART_PIECES)>
                    {pieces}
                </div>
                {tooltip}
            </div>
            <div id=format!("{id}-table") class="chart-panel__table" class:visually-hidden=move || !table_shown.get()>
                <DataTableView table=Signal::derive(move || data.read().table.clone()) shown=table_shown/>
            </div>
        </section>
    }
}

/// Whether a bar button of chart `id` has the focus.
fn focused_piece(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|e| e.id().starts_with(&format!("{id}-piece-")))
}

fn focus_piece(id: &str, index: usize) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("{id}-piece-{index}")))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
