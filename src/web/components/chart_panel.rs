//! A chart on a canvas (crisp on HiDPI screens, redrawn when its width changes), with focusable
//! bar pieces that show a tooltip (buttons when a click acts on them, images otherwise), its data
//! as a table ("Vue tableau", always read by screen readers; on a slide, shown in the chart's
//! place), and CSV and PNG downloads.

use leptos::callback::{Callable, Callback};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

use crate::charts::fit::widest_zoom;
use crate::charts::{CategoryKey, ChartData, DataTable, Fit, Layout, Palette, css_px, draw, tenths};
use crate::modes::blocks::Block;
use crate::text;
use crate::web::browser::{self, SizeObserver, set_timeout};
use crate::web::components::chart_pieces::{PieceButtons, piece_of_event};
use crate::web::components::{DataTableView, EmbedButton};
use crate::web::nearness::{follow_when_near, near_screen};

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
    /// On a slide, the least zoom a chart may be drawn at to fit its box (its explorer size at the
    /// visitor's text size); below it the box grows.
    pub least_zoom: Signal<f64>,
    /// On a slide, the height (CSS pixels) a chart's box takes at least when the chart needs it
    /// (a small screen, where the page scrolls: [`crate::modes::presentation::chart_least_height`]).
    pub least_box: Signal<f64>,
    /// Without downloads (an embed, a slide).
    pub compact: bool,
    /// Whether the title shows (it stays for screen readers).
    pub titled: bool,
    /// The block an "Intégrer" button offers to embed.
    pub embed: Option<Block>,
    /// On a slide: the chart fills the height the page's layout gives it (measured), drawn as
    /// large as it allows, its last bars in one where its folding allows
    /// ([`crate::charts::Folding`]); the box is never shorter than the chart's least height.
    pub fill: bool,
}

impl Default for PanelOptions {
    fn default() -> Self {
        PanelOptions {
            zoom: Signal::stored(crate::web::browser::text_zoom()),
            least_zoom: Signal::stored(crate::web::browser::text_zoom()),
            least_box: Signal::stored(0.0),
            compact: false,
            titled: true,
            embed: None,
            fill: false,
        }
    }
}

impl PanelOptions {
    /// The explorer's: everything as default, with an "Intégrer" button offering `block`.
    pub fn embeddable(block: Block) -> Self {
        PanelOptions { embed: Some(block), ..PanelOptions::default() }
    }
}

/// Height a tooltip may take above its bar (CSS pixels) before it goes below instead.
const TOOLTIP_ROOM: f64 = 48.0;

/// Width in CSS pixels of downloaded images, drawn at [`EXPORT_SCALE`] times that in pixels.
const EXPORT_WIDTH: f64 = 1000.0;
/// Device pixels per CSS pixel of downloaded images: sharp when printed or shown on a HiDPI screen.
const EXPORT_SCALE: f64 = 2.0;

/// Half the widest tooltip (CSS pixels, as in the CSS): a tooltip's centre keeps that far from the
/// chart's edges.
const TOOLTIP_HALF_WIDTH: f64 = 130.0;

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
    let palette = use_context::<ChartPalette>().map_or(Signal::stored(Palette::Light), |p| p.0);
    let panel = NodeRef::<leptos::html::Section>::new();
    let chart_box = NodeRef::<leptos::html::Div>::new();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let PlacedChart { data, palette, zoom, layout } = use_placed_chart(panel, chart_box, data, palette, options);
    use_painting(canvas, layout, zoom, palette, data, use_context::<FontsReady>());
    let table_shown = RwSignal::new(false);
    let downloads = (!options.compact).then(|| use_downloads(data, subtitle, source));
    let hint_id = select_hint.map(|_| format!("{id}-hint"));

    view! {
        <section class="chart-panel" class:chart-panel--table=move || table_shown.get()
            aria-labelledby=format!("{id}-title") id=id node_ref=panel>
            <ChartPanelHead id=id titled=options.titled title=Signal::derive(move || data.read().title.clone())
                subtitle=subtitle table_shown=table_shown downloads=downloads embed=options.embed extra=children/>
            <p class="chart-panel__summary">{move || data.read().summary.clone()}</p>
            {select_hint.map(|hint| view! { <p class="chart-panel__hint" id=format!("{id}-hint")>{hint}</p> })}
            <div class="chart" node_ref=chart_box>
                // An image with its short alternative; the summary, the bars and the table describe it.
                {super::chart_picture::chart_picture(canvas, id, move || data.read().title.clone(), data.into())}
                <ChartHits id=id layout=layout data=data zoom=zoom on_select=on_select hint_id=hint_id/>
            </div>
            <div id=format!("{id}-table") class="chart-panel__table" class:visually-hidden=move || !table_shown.get()>
                <DataTableView table=use_table(data, table_shown) shown=table_shown/>
            </div>
        </section>
    }
}

/// A chart as shown in its panel: its data and palette (far from the screen, followed after the
/// next paint), the zoom it is drawn at and its layout.
struct PlacedChart {
    data: Memo<ChartData>,
    palette: Signal<Palette>,
    zoom: Memo<f64>,
    layout: Memo<Option<Layout>>,
}

/// Places `data`'s chart in `panel`: as wide as the panel; on a slide (`options.fill`), as large as
/// its box (`chart_box`) allows, its last bars in one where its folding allows; never wider than
/// its panel. Far from the screen, the chart follows its data and the theme after the next paint.
fn use_placed_chart(
    panel: NodeRef<leptos::html::Section>,
    chart_box: NodeRef<leptos::html::Div>,
    data: Signal<ChartData>,
    palette: Signal<Palette>,
    options: PanelOptions,
) -> PlacedChart {
    let PanelOptions { zoom, least_zoom, least_box, fill, .. } = options;
    let width = use_measured_width(panel);
    let near = near_screen(panel);
    let data = follow_when_near(data, near);
    let palette = follow_when_near(palette, near);
    // On a slide, the height the layout gives the chart (CSS pixels; 0 until measured).
    let room = use_measured_height(fill, chart_box);
    let fitted = Memo::new(move |_| {
        let (width, room, zoom) = (width.get(), room.get(), zoom.get());
        if fill && width > 0.0 && room > 0.0 {
            data.with(|d| d.fit(width, room, zoom, least_zoom.get()))
        } else {
            Fit { data: data.get(), zoom: widest_zoom(width, zoom) }
        }
    });
    if fill {
        use_least_box_height(chart_box, data, width.into(), zoom, least_zoom, least_box);
    }
    let zoom = Memo::new(move |_| fitted.with(|f| f.zoom));
    let data = Memo::new(move |_| fitted.with(|f| f.data.clone()));
    // The chart placed at the container's width: recomputed when the data or the width changes,
    // and only then; everything below reads it in place (`with`), never copies it.
    // A zoomed chart is laid out for a narrower width on a denser screen: everything, text
    // included, comes out `zoom` times larger at the same width.
    let layout = Memo::new(move |_| {
        let (width, zoom) = (width.get(), zoom.get());
        let height = (fill && room.get() > 0.0).then(|| room.get() / zoom);
        (width > 0.0)
            .then(|| data.with(|data| data.chart.layout_in(width / zoom, height, browser::device_pixel_ratio() * zoom)))
    });
    PlacedChart { data, palette, zoom, layout }
}

/// The chart's table. Hidden ("Vue tableau" off), it is read by screen readers and find-in-page,
/// not seen: it follows the chart's data after the next paint, the chart first; shown, at once.
fn use_table(data: Memo<ChartData>, shown: RwSignal<bool>) -> Signal<DataTable> {
    follow_when_near(Signal::derive(move || data.read().table.clone()), shown.read_only())
}

/// The downloads of a chart: its table as CSV, its image as PNG with `subtitle` and `source`
/// under it.
fn use_downloads(data: Memo<ChartData>, subtitle: Signal<String>, source: String) -> (Callback<()>, Callback<()>) {
    let csv = Callback::new(move |()| data.with_untracked(download_csv));
    let png = Callback::new(move |()| {
        let note = format!("{} — {source}", subtitle.get_untracked());
        data.with_untracked(|d| download_png(d, &note));
    });
    (csv, png)
}

/// The chart's bar pieces over its canvas, in a group named after the chart, with their tooltip:
/// hovering or focusing a piece shows its value; the arrows, Home and End move between them;
/// clicking one runs `on_select` with its category (on touch, a first tap shows its value, a
/// second acts).
#[component]
fn ChartHits(
    id: &'static str,
    layout: Memo<Option<Layout>>,
    data: Memo<ChartData>,
    zoom: Memo<f64>,
    on_select: Option<Callback<CategoryKey>>,
    hint_id: Option<String>,
) -> impl IntoView {
    let TooltipTiming { hovered, show: show_piece, hide_soon } = use_tooltip_timing();
    // On touch, a first tap shows a bar's value, a second acts: whether the tap began on a bar
    // whose value was already shown (the tap's own focus shows it too).
    let tap_on_shown = StoredValue::new(None::<bool>);
    let active = RwSignal::new(0_usize);
    let group = NodeRef::<leptos::html::Div>::new();
    let focus_piece = use_piece_buttons(group, id, on_select.is_some(), hint_id, layout, data, zoom, hovered, active);
    let on_key = move |ev: KeyboardEvent| {
        let Some(i) = piece_of_event(&ev) else { return };
        if ev.key() == "Escape" {
            hovered.set(None);
            return;
        }
        let last = layout.with_untracked(|l| l.as_ref().map_or(0, |l| l.segments.len())).saturating_sub(1);
        let Some(next) = piece_after_key(&ev.key(), i, last) else { return };
        ev.prevent_default();
        active.set(next);
        focus_piece(next);
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(i) = piece_of_event(&ev) else { return };
        if tap_on_shown.get_value() == Some(false) {
            tap_on_shown.set_value(None);
            show_piece(i);
            active.set(i);
            return;
        }
        let key = layout.with_untracked(|l| {
            let category = l.as_ref()?.segments.get(i)?.category;
            data.with_untracked(|d| d.chart.categories.get(category).map(|c| c.key.clone()))
        });
        if let (Some(key), Some(on_select)) = (key, on_select) {
            on_select.run(key)
        }
    };
    // One listener per kind of event, on the group, for all its buttons.
    view! {
        <div
            class="chart__hits"
            role="group"
            node_ref=group
            aria-label=move || {
                let pieces = if on_select.is_some() { text::CHART_PIECES } else { text::CHART_BARS };
                format!("{}{}{pieces}", data.read().title, text::COLON)
            }
            on:mouseover=move |ev| { if let Some(i) = piece_of_event(&ev) { show_piece(i) } }
            on:mouseout=move |ev| { if piece_of_event(&ev).is_some() { hide_soon() } }
            on:focusin=move |ev| { if let Some(i) = piece_of_event(&ev) { show_piece(i); active.set(i); } }
            on:focusout=move |ev| { if piece_of_event(&ev).is_some() { hovered.set(None) } }
            on:pointerdown=move |ev: leptos::ev::PointerEvent| {
                if let Some(i) = piece_of_event(&ev) {
                    let touch = ev.pointer_type() == "touch";
                    tap_on_shown.set_value(touch.then(|| hovered.get_untracked() == Some(i)));
                }
            }
            on:keydown=on_key
            on:click=on_click
        ></div>
        <ChartTooltip hovered=hovered layout=layout zoom=zoom data=data
            on_enter=Callback::new(show_piece) on_leave=Callback::new(move |()| hide_soon())/>
    }
}

/// The piece a key moves to from piece `i` of `0..=last`, if it moves: the arrows to the next or
/// the previous, Home to the first, End to the last.
fn piece_after_key(key: &str, i: usize, last: usize) -> Option<usize> {
    match key {
        "ArrowRight" | "ArrowDown" => Some((i + 1).min(last)),
        "ArrowLeft" | "ArrowUp" => Some(i.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// A chart panel's head: its title (shown when `titled`, always there for screen readers) and
/// subtitle, then its controls: `extra` ones (a view toggle), the table view's switch, the
/// downloads (CSV, PNG) where there are, and the "Intégrer" button of its `embed`.
#[component]
fn ChartPanelHead(
    id: &'static str,
    titled: bool,
    title: Signal<String>,
    subtitle: Signal<String>,
    table_shown: RwSignal<bool>,
    downloads: Option<(Callback<()>, Callback<()>)>,
    embed: Option<Block>,
    extra: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="chart-panel__head">
            <div>
                <h2 id=format!("{id}-title") class="chart-panel__title" class:visually-hidden=!titled>
                    {title}
                </h2>
                <p class="chart-panel__subtitle">{subtitle}</p>
            </div>
            <div class="chart-panel__actions">
                {extra.map(|c| c())}
                <button
                    type="button"
                    class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary"
                    aria-pressed=move || table_shown.get().to_string()
                    on:click=move |_| table_shown.update(|s| *s = !*s)
                >
                    {text::TABLE_VIEW}
                </button>
                {downloads.map(|(csv, png)| view! {
                    <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=move |_| csv.run(())>
                        {text::DOWNLOAD_CSV}
                    </button>
                    <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" on:click=move |_| png.run(())>
                        {text::DOWNLOAD_PNG}
                    </button>
                })}
                {embed.map(|block| view! { <EmbedButton block=block title=title/> })}
            </div>
        </div>
    }
}

/// The width of `element` (CSS pixels; 0 until measured), followed.
fn use_measured_width(element: NodeRef<leptos::html::Section>) -> RwSignal<f64> {
    let width = RwSignal::new(0.0_f64);
    let observer = StoredValue::new_local(None::<SizeObserver>);
    element.on_load(move |element| {
        observer.set_value(SizeObserver::width(&element, move |w| width.set(w)));
    });
    width
}

/// Paints the chart on `canvas` ([`paint`]) when its layout changes (a new layout means new data
/// or a new width), and when the theme or the fonts do: at most once per animation frame, with
/// what is current then.
fn use_painting(
    canvas: NodeRef<leptos::html::Canvas>,
    layout: Memo<Option<Layout>>,
    zoom: Memo<f64>,
    palette: Signal<Palette>,
    data: Memo<ChartData>,
    fonts: Option<FontsReady>,
) {
    let scratch = StoredValue::new_local(None::<web_sys::HtmlCanvasElement>);
    // How many times the canvas was drawn.
    let draws = StoredValue::new(0_u32);
    let painting = browser::OncePerFrame::new(move || {
        // Asked for before the chart went (a slide changed): nothing left to draw.
        let _ = layout.try_with_untracked(|placed| {
            let (Some(placed), Some(Some(canvas)), Some(zoom), Some(palette)) =
                (placed, canvas.try_get_untracked(), zoom.try_get_untracked(), palette.try_get_untracked())
            else {
                return;
            };
            let _ = data.try_with_untracked(|data| paint(&canvas, scratch, placed, zoom, palette, data, draws));
        });
    });
    Effect::new(move |_| {
        if let Some(fonts) = fonts {
            fonts.0.track();
        }
        palette.track();
        layout.track();
        painting.request();
    });
}

/// The height of `element` (CSS pixels; 0 until measured), followed, when `measured`: on a
/// slide, the room the page's layout gives the chart.
fn use_measured_height(measured: bool, element: NodeRef<leptos::html::Div>) -> RwSignal<f64> {
    let height = RwSignal::new(0.0_f64);
    if measured {
        let observer = StoredValue::new_local(None::<SizeObserver>);
        element.on_load(move |element| {
            observer.set_value(SizeObserver::height(&element, move |h| height.set(h)));
        });
    }
    height
}

/// On a slide, the chart's box (`chart_box`) is never shorter than the chart at its least (the
/// page scrolls rather than the chart running over what follows it); on a small screen, than
/// most of the screen (`least_box`), when the chart needs that much.
fn use_least_box_height(
    chart_box: NodeRef<leptos::html::Div>,
    data: Signal<ChartData>,
    width: Signal<f64>,
    zoom: Signal<f64>,
    least_zoom: Signal<f64>,
    least_box: Signal<f64>,
) {
    Effect::new(move |_| {
        let (width, least_zoom) = (width.get(), least_zoom.get());
        let least = data.with(|d| {
            let wanted = d.natural_height(width, zoom.get()).min(least_box.get());
            d.least_height(width, least_zoom).max(wanted)
        });
        if let Some(element) = chart_box.get() {
            let _ = web_sys::HtmlElement::style(&element).set_property("min-height", &css_px(least));
        }
    });
}

/// The bars' buttons in `group`, following the layout (those of pieces still there stay, with their
/// focus), the `active` one the group's tab stop. Gives the function that focuses a bar's button.
#[allow(clippy::too_many_arguments)] // Each is one signal or one name of the panel.
fn use_piece_buttons(
    group: NodeRef<leptos::html::Div>,
    id: &'static str,
    selectable: bool,
    hint_id: Option<String>,
    layout: Memo<Option<Layout>>,
    data: Memo<ChartData>,
    zoom: Memo<f64>,
    hovered: RwSignal<Option<usize>>,
    active: RwSignal<usize>,
) -> impl Fn(usize) + Copy {
    let pieces = StoredValue::new_local(None::<PieceButtons>);
    Effect::new(move |_| {
        let Some(element) = group.get() else { return };
        let targets = layout.with(|placed| {
            placed.as_ref().map(|placed| data.with_untracked(|d| d.targets(placed, zoom.get_untracked())))
        });
        let Some(targets) = targets else { return };
        hovered.set(None);
        let mut tab_stop = 0;
        pieces.update_value(|pieces| {
            let pieces =
                pieces.get_or_insert_with(|| PieceButtons::new(element.into(), id, selectable, hint_id.clone()));
            tab_stop = pieces.update(&targets, active.get_untracked());
        });
        if active.get_untracked() != tab_stop {
            active.set(tab_stop);
        }
    });
    Effect::new(move |_| {
        let index = active.get();
        pieces.update_value(|pieces| pieces.iter_mut().for_each(|p| p.set_active(index)));
    });
    move |index: usize| pieces.with_value(|p| p.iter().for_each(|p| p.focus(index)))
}

/// The tooltip of the `hovered` bar: above it, unless it would cover the legend (then below);
/// centred on it but never past the chart's edges; once placed, kept whole in the window. The
/// pointer on it keeps it (`on_enter`), leaving it hides it soon (`on_leave`).
#[component]
fn ChartTooltip(
    hovered: RwSignal<Option<usize>>,
    layout: Memo<Option<Layout>>,
    zoom: Memo<f64>,
    data: Memo<ChartData>,
    on_enter: Callback<usize>,
    on_leave: Callback<()>,
) -> impl IntoView {
    move || {
        let i = hovered.get()?;
        let (segment, r, chart_width, plot_top) = layout.with(|placed| {
            let placed = placed.as_ref()?;
            let segment = placed.segments.get(i)?.clone();
            let scale = placed.scale / zoom.get_untracked();
            let r = segment.rect.scaled(scale);
            Some((segment, r, placed.width as f64 / scale, placed.plot.y / scale))
        })?;
        let below = r.y - TOOLTIP_ROOM < plot_top;
        let top = if below { r.y + r.h } else { r.y };
        let x = (r.x + r.w / 2.0).clamp(
            TOOLTIP_HALF_WIDTH.min(chart_width / 2.0),
            (chart_width - TOOLTIP_HALF_WIDTH).max(chart_width / 2.0),
        );
        let text = data.with(|d| d.tooltip(segment.category, segment.series));
        // Turned over its bar, or moved sideways, when it would run past an edge of the window (a
        // short chart, a bar at the screen's edge, large text).
        let tip = NodeRef::<leptos::html::Div>::new();
        tip.on_load(move |element| keep_in_window(&element, below, (r.y, r.y + r.h)));
        Some(view! {
            <div
                node_ref=tip
                class="chart__tooltip"
                class:chart__tooltip--below=below
                role="tooltip"
                style:left=css_px(x)
                style:top=css_px(top)
                on:mouseenter=move |_| on_enter.run(i)
                on:mouseleave=move |_| on_leave.run(())
            >
                {text}
            </div>
        })
    }
}

/// A tooltip's timing: which bar's tooltip shows (`hovered`), `show` it at once, `hide_soon`: a
/// tooltip stays while the pointer moves from its bar onto it (WCAG 1.4.13), leaving hides it
/// [`TOOLTIP_HIDE_DELAY`] later unless the pointer arrived somewhere that shows it again. Escape
/// hides it, however it was opened.
struct TooltipTiming<S, H> {
    hovered: RwSignal<Option<usize>>,
    show: S,
    hide_soon: H,
}

/// How long a tooltip stays once the pointer left its bar: time to reach the tooltip itself.
const TOOLTIP_HIDE_DELAY: std::time::Duration = std::time::Duration::from_millis(300);

fn use_tooltip_timing() -> TooltipTiming<impl Fn(usize) + Copy, impl Fn() + Copy> {
    let hovered = RwSignal::new(None::<usize>);
    // Each show or hide takes a new ticket: a hide still waiting when another came is void.
    let hide_ticket = StoredValue::new(0_u32);
    let show = move |i: usize| {
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
            TOOLTIP_HIDE_DELAY,
        );
    };
    browser::on_window_event(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && hovered.get_untracked().is_some() {
            hovered.set(None);
        }
    });
    TooltipTiming { hovered, show, hide_soon }
}

/// Paints `placed` (the layout of `data`'s chart) on `canvas` at `zoom`, in `palette`. The chart is
/// drawn on a canvas out of the page (`scratch`, made once), then copied: a canvas in the page
/// resolves its font against the page's style at each text, which forces the browser to restyle
/// the page mid-update. `draws` counts the paintings, in `data-draws` (benchmarks and tests watch
/// it), beside the smallest text and the plot's top (tests check them).
fn paint(
    canvas: &web_sys::HtmlCanvasElement,
    scratch: StoredValue<Option<web_sys::HtmlCanvasElement>, LocalStorage>,
    placed: &Layout,
    zoom: f64,
    palette: Palette,
    data: &ChartData,
    draws: StoredValue<u32>,
) {
    let scale = placed.scale / zoom;
    let Some(off_page) = scratch.try_with_value(|s| s.clone()).flatten().or_else(|| {
        let created = browser::offscreen_canvas(placed.width, placed.height)?;
        scratch.set_value(Some(created.clone()));
        Some(created)
    }) else {
        return;
    };
    // A canvas is cleared (and its memory given back) when sized: only when its size changes.
    // The canvas out of the page only grows (sizing one costs more than clearing part of it).
    grow_or_clear(&off_page, placed.width, placed.height);
    if resize_or_clear(canvas, placed.width, placed.height) {
        // Sizes through the CSSOM, not a `style` attribute: a strict CSP forbids those.
        let style = web_sys::HtmlElement::style(canvas);
        let _ = style.set_property("width", &css_px(placed.width as f64 / scale));
        let _ = style.set_property("height", &css_px(placed.height as f64 / scale));
    }
    if let Some(backend) = CanvasBackend::with_canvas_object(off_page.clone())
        && let Err(error) = draw(&backend.into_drawing_area(), &data.chart, placed, palette)
    {
        leptos::logging::error!("{}", text::console_line(text::CHART_DRAW_FAILED, format!("{error:?}")));
    }
    if let Some(context) = browser::context_2d(canvas) {
        let (w, h) = (f64::from(placed.width), f64::from(placed.height));
        let _ = context.draw_image_with_html_canvas_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
            &off_page, 0.0, 0.0, w, h, 0.0, 0.0, w, h,
        );
    }
    draws.update_value(|n| *n += 1);
    let _ = canvas.set_attribute("data-draws", &draws.get_value().to_string());
    // The smallest text drawn, in CSS pixels (tests check a slide's is readable).
    let smallest = placed.labels.iter().map(|l| l.size).fold(f64::INFINITY, f64::min) / scale;
    let _ = canvas.set_attribute("data-smallest-text", &tenths(smallest, '.'));
    // Where the bars begin, below the legend (tests check tooltips keep off it).
    let _ = canvas.set_attribute("data-plot-top", &tenths(placed.plot.y / scale, '.'));
}

/// Downloads the chart's table as CSV (with a byte-order mark, for spreadsheets).
fn download_csv(data: &ChartData) {
    let csv = format!("\u{feff}{}", data.table.to_csv());
    browser::download_text(&format!("{}.csv", data.table.file_stem()), "text/csv;charset=utf-8", &csv);
}

/// Downloads the chart as a PNG image [`EXPORT_WIDTH`] wide, `note` (its date and source) under it.
fn download_png(data: &ChartData, note: &str) {
    let placed = data.chart.layout(EXPORT_WIDTH, EXPORT_SCALE);
    let (w, h) = ChartData::export_size(&placed);
    let Some(canvas) = browser::offscreen_canvas(w, h) else { return };
    if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone())
        && data.draw_export(&backend.into_drawing_area(), &placed, note).is_ok()
    {
        browser::download_canvas_png(&format!("{}.png", data.table.file_stem()), &canvas);
    }
}

/// The least room kept between a tooltip and the window's edges, in CSS pixels.
const WINDOW_MARGIN: f64 = 4.0;
/// The gap between a tooltip and its bar, in CSS pixels (as in the CSS).
const TOOLTIP_GAP: f64 = 6.0;

/// Keeps a tooltip just shown whole in the window: if it runs past the bottom (placed below its
/// bar) or the top (above it), it goes to the other side when it fits there; if it runs past a
/// side, it moves in. `bar` is its bar's top and bottom in the chart's box.
fn keep_in_window(tip: &web_sys::HtmlDivElement, below: bool, bar: (f64, f64)) {
    let Some(chart) = tip.parent_element() else { return };
    let (width, height) = browser::window_size();
    let box_top = chart.get_bounding_client_rect().top();
    let rect = tip.get_bounding_client_rect();
    let style = web_sys::HtmlElement::style(tip);
    let (bar_top, bar_bottom) = (box_top + bar.0, box_top + bar.1);
    if below && rect.bottom() > height - WINDOW_MARGIN && bar_top - TOOLTIP_GAP - rect.height() >= WINDOW_MARGIN {
        let _ = tip.class_list().remove_1("chart__tooltip--below");
        let _ = style.set_property("top", &css_px(bar.0));
    } else if !below && rect.top() < WINDOW_MARGIN && bar_bottom + TOOLTIP_GAP + rect.height() <= height - WINDOW_MARGIN
    {
        let _ = tip.class_list().add_1("chart__tooltip--below");
        let _ = style.set_property("top", &css_px(bar.1));
    }
    let shift = if rect.left() < WINDOW_MARGIN {
        WINDOW_MARGIN - rect.left()
    } else if rect.right() > width - WINDOW_MARGIN {
        (width - WINDOW_MARGIN - rect.right()).max(WINDOW_MARGIN - rect.left())
    } else {
        0.0
    };
    if shift != 0.0 {
        let _ = style.set_property("margin-left", &css_px(shift));
    }
}

/// Gives `canvas` this size in device pixels, which clears it, or clears it when it has it
/// already. Whether the size changed.
fn resize_or_clear(canvas: &web_sys::HtmlCanvasElement, width: u32, height: u32) -> bool {
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
        true
    } else {
        if let Some(context) = browser::context_2d(canvas) {
            context.clear_rect(0.0, 0.0, width.into(), height.into());
        }
        false
    }
}

/// Makes `canvas` at least this size in device pixels, or clears that much of it.
fn grow_or_clear(canvas: &web_sys::HtmlCanvasElement, width: u32, height: u32) {
    if canvas.width() < width || canvas.height() < height {
        canvas.set_width(canvas.width().max(width));
        canvas.set_height(canvas.height().max(height));
    } else if let Some(context) = browser::context_2d(canvas) {
        context.clear_rect(0.0, 0.0, width.into(), height.into());
    }
}
