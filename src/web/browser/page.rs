//! The page itself: its boot message, address, title, description, size, zoom, focus, theme
//! attributes, and the system settings it follows.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Removes the static "Chargement…" line of index.html once the app runs.
pub fn remove_boot_message() {
    if let Some(boot) = super::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
}

/// The path the app is served under (`/tableau-de-bord` for `<base href="/tableau-de-bord/">`),
/// empty at the root.
pub fn base_path() -> String {
    let base = super::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten());
    let path = base.and_then(|b| web_sys::Url::new(&b).ok()).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_owned()
}

/// Windows wide enough to show the filters beside the figures (as in the CSS).
pub const WIDE_SCREEN: &str = "(min-width: 62em)";

/// Whether the window is [`WIDE_SCREEN`].
pub fn is_wide_screen() -> bool {
    super::window().and_then(|w| w.match_media(WIDE_SCREEN).ok().flatten()).is_some_and(|query| query.matches())
}

/// Device pixels per CSS pixel (2 on most phones), for crisp canvases.
pub fn device_pixel_ratio() -> f64 {
    super::window().map_or(1.0, |w| w.device_pixel_ratio()).clamp(1.0, 4.0)
}

pub fn set_document_title(title: &str) {
    if let Some(document) = super::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
    RENDERED_HEAD.with_borrow_mut(|head| head.title = Some(title.to_owned()));
}

/// Gives the page the title `title` returns, now and whenever what it reads changes.
pub fn follow_document_title(title: impl Fn() -> String + 'static) {
    set_document_title(&leptos::prelude::untrack(&title));
    Effect::new(move |_| set_document_title(&title()));
}

/// What a page rendered natively set in its `<head>` (its first view's title and description).
#[derive(Debug, Clone, Default)]
pub struct RenderedHead {
    pub title: Option<String>,
    pub description: Option<String>,
}

thread_local! {
    static RENDERED_HEAD: std::cell::RefCell<RenderedHead> = std::cell::RefCell::new(RenderedHead::default());
}

/// The title and description set since the last call (natively, by the page just rendered).
#[cfg(not(target_arch = "wasm32"))]
pub fn take_rendered_head() -> RenderedHead {
    RENDERED_HEAD.take()
}

/// The dashboard's own address, ending with `/` (`https://example.org/tableau-de-bord/`).
pub fn app_url() -> String {
    let origin = super::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    format!("{origin}{}/", base_path())
}

/// Whether the visitor's system asks for a dark theme, followed live.
pub fn system_dark() -> Signal<bool> {
    let dark = RwSignal::new(prefers_dark());
    if let Some(list) = super::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten()) {
        let changed = Closure::<dyn Fn()>::new(move || {
            _ = dark.try_set(prefers_dark());
        });
        let _ = list.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
        // Once per page, for the page's life.
        changed.forget();
    }
    dark.into()
}

/// The system's own colours while it forces them (Windows contrast themes, `forced-colors:
/// active`), followed live; `None` while it does not.
pub fn forced_system_colours() -> Signal<Option<crate::modes::colours::SystemColours>> {
    let colours = RwSignal::new(read_forced_colours());
    let window = super::window();
    // The forced palette may change with the light or dark system setting too.
    for query in ["(forced-colors: active)", "(prefers-color-scheme: dark)"] {
        if let Some(list) = window.as_ref().and_then(|w| w.match_media(query).ok().flatten()) {
            let changed = Closure::<dyn Fn()>::new(move || {
                _ = colours.try_set(read_forced_colours());
            });
            let _ = list.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
            // Once per page, for the page's life.
            changed.forget();
        }
    }
    colours.into()
}

/// `CanvasText` and `Canvas` as the page computes them, while colours are forced: read on an
/// element of the page's own, set through the CSSOM (a strict CSP forbids `style` attributes).
fn read_forced_colours() -> Option<crate::modes::colours::SystemColours> {
    if !media_matches("(forced-colors: active)") {
        return None;
    }
    let window = super::window()?;
    let document = window.document()?;
    let probe = document.create_element("span").ok()?.dyn_into::<web_sys::HtmlElement>().ok()?;
    let style = probe.style();
    let _ = style.set_property("color", "CanvasText");
    let _ = style.set_property("background-color", "Canvas");
    let _ = style.set_property("position", "absolute");
    document.body()?.append_child(&probe).ok()?;
    let computed = window.get_computed_style(&probe).ok().flatten();
    let read = |property: &str| computed.as_ref().and_then(|c| c.get_property_value(property).ok()).unwrap_or_default();
    let colours = crate::modes::colours::SystemColours::of_computed(&read("color"), &read("background-color"));
    probe.remove();
    colours
}

/// Sets the page's colour scheme as the DSFR does (`data-fr-theme` on the root element), and
/// marks it transparent for `fond=transparent`.
pub fn set_theme(dark: bool, transparent: bool) {
    let Some(root) = super::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.set_attribute("data-fr-theme", if dark { "dark" } else { "light" });
    let _ = root.class_list().toggle_with_force("transparent", transparent);
}

/// Has the browser build, unseen, the icons a first tick or a first filter chip draws (the DSFR's
/// SVG images, `style/dsfr.mjs`), after the page's first paint: a visitor's first click does not
/// pay for them (~40 ms at the phone profile).
pub fn warm_icons() {
    if cfg!(target_arch = "wasm32") {
        super::after_paint(|| {
            let root = super::window().and_then(|w| w.document()).and_then(|d| d.document_element());
            if let Some(root) = root {
                let _ = root.class_list().add_1("warm-icons");
            }
        });
    }
}

/// Whether the visitor's system asks for a dark theme.
pub fn prefers_dark() -> bool {
    media_matches("(prefers-color-scheme: dark)")
}

/// Whether the visitor's system asks for less motion.
pub fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

fn media_matches(query: &str) -> bool {
    super::window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|q| q.matches())
}

/// The window's inner size in CSS pixels.
pub fn window_size() -> (f64, f64) {
    let Some(window) = super::window() else { return (1280.0, 800.0) };
    let get = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    (get(window.inner_width()), get(window.inner_height()))
}

/// Enters full screen, or leaves it.
pub fn toggle_full_screen() {
    let Some(document) = super::window().and_then(|w| w.document()) else { return };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Moves the focus to the element `id` (made focusable by script if it is not) and scrolls to it;
/// false if there is none.
pub fn focus_element(id: &str) -> bool {
    let Some(element) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    let _ = element.focus();
    element.scroll_into_view();
    true
}

/// How much larger than 16 px the visitor's text is (2 at 200 % text), for chart text to follow.
pub fn text_zoom() -> f64 {
    let Some(window) = super::window() else { return 1.0 };
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return 1.0 };
    let size = window
        .get_computed_style(&root)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("font-size").ok())
        .and_then(|value| value.trim_end_matches("px").parse::<f64>().ok())
        .unwrap_or(16.0);
    (size / 16.0).clamp(1.0, 3.0)
}

/// Sets the page's `<meta name="description">`.
pub fn set_meta_description(text: &str) {
    RENDERED_HEAD.with_borrow_mut(|head| head.description = Some(text.to_owned()));
    let Some(document) = super::window().and_then(|w| w.document()) else { return };
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", text);
    }
}

/// Calls `on_loaded` each time the page has finished loading web fonts.
pub fn on_fonts_loaded(on_loaded: impl Fn() + 'static) {
    let Some(fonts) = super::window().and_then(|w| w.document()).map(|d| d.fonts()) else { return };
    let callback = Closure::<dyn Fn()>::new(on_loaded);
    let _ = fonts.add_event_listener_with_callback("loadingdone", callback.as_ref().unchecked_ref());
    // Listens as long as the page lives.
    callback.forget();
}
