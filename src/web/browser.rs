//! The few things only the browser knows or does: today's date, timers, element sizes,
//! downloads, the document title.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::data::Date;
use crate::modes::embed::HostTheme;

/// Today in the visitor's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8);
    // The browser's calendar only gives valid days; 1970-01-01 stands in if it ever did not.
    Date::new(year, month, day).unwrap_or_else(|| Date::first_of_january(1970))
}

/// The day of an HTTP date (`Thu, 20 Aug 2026 10:00:00 GMT`), in the visitor's time zone.
pub fn http_date(text: &str) -> Option<Date> {
    let millis = js_sys::Date::parse(text);
    if millis.is_nan() {
        return None;
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis));
    Date::new(date.get_full_year() as i32, date.get_month() as u8 + 1, date.get_date() as u8)
}

/// A moment written in ISO 8601 (`2026-11-29T13:05:00.000Z`), in the visitor's time zone.
pub fn local_date_time(text: &str) -> Option<crate::data::DateTime> {
    let millis = js_sys::Date::parse(text);
    if millis.is_nan() {
        return None;
    }
    let moment = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis));
    let date = Date::new(moment.get_full_year() as i32, moment.get_month() as u8 + 1, moment.get_date() as u8)?;
    crate::data::DateTime::new(date, moment.get_hours() as u8, moment.get_minutes() as u8)
}

/// Removes the static "Chargement…" line of index.html once the app runs.
pub fn remove_boot_message() {
    if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
}

/// A flag that turns true after `millis` (e.g. to say that loading is slow).
pub fn flag_after(millis: u32) -> ReadSignal<bool> {
    let (flag, set_flag) = signal(false);
    // Setting a disposed signal is a no-op: no need to cancel the timer.
    set_timeout(move || _ = set_flag.try_set(true), std::time::Duration::from_millis(millis.into()));
    flag
}

/// The path the app is served under (`/tableau-de-bord` for `<base href="/tableau-de-bord/">`),
/// empty at the root.
pub fn base_path() -> String {
    let base = web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten());
    let path = base.and_then(|b| web_sys::Url::new(&b).ok()).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_owned()
}

/// Whether the window is wide enough to show the filters beside the figures (as in the CSS).
pub fn is_wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 62em)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// Device pixels per CSS pixel (2 on most phones), for crisp canvases.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).clamp(1.0, 4.0)
}

pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Watches an element's size; stops when dropped.
pub struct SizeObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl SizeObserver {
    /// Calls `on_width` with the element's content width in CSS pixels now and whenever it changes.
    pub fn width(element: &web_sys::Element, on_width: impl Fn(f64) + 'static) -> Option<SizeObserver> {
        SizeObserver::watch(element, move |entry| on_width(entry.content_rect().width()))
    }

    /// Calls `on_height` with the element's border-box height now and whenever it changes.
    pub fn height(element: &web_sys::Element, on_height: impl Fn(f64) + 'static) -> Option<SizeObserver> {
        let target = element.clone();
        SizeObserver::watch(element, move |_| on_height(target.get_bounding_client_rect().height()))
    }

    fn watch(
        element: &web_sys::Element,
        on_resize: impl Fn(&web_sys::ResizeObserverEntry) + 'static,
    ) -> Option<SizeObserver> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                on_resize(entry);
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(SizeObserver { observer, _callback: callback })
    }
}

impl Drop for SizeObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Offers `bytes` as a file to download.
pub fn download_text(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    click_link(file_name, &url);
    // Some browsers read the file after the click returns: free it a little later.
    set_timeout(move || _ = web_sys::Url::revoke_object_url(&url), std::time::Duration::from_secs(10));
}

/// Offers a canvas's picture as a PNG file.
pub fn download_canvas_png(file_name: &str, canvas: &web_sys::HtmlCanvasElement) {
    if let Ok(url) = canvas.to_data_url_with_type("image/png") {
        click_link(file_name, &url);
    }
}

fn click_link(file_name: &str, url: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(link) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(url);
    link.set_download(file_name);
    link.click();
}

/// A new canvas element, not in the page (for rendering downloads).
pub fn offscreen_canvas(width: u32, height: u32) -> Option<web_sys::HtmlCanvasElement> {
    let document = web_sys::window()?.document()?;
    let canvas = document.create_element("canvas").ok()?.dyn_into::<web_sys::HtmlCanvasElement>().ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    Some(canvas)
}

/// The dashboard's own address, ending with `/` (`https://example.org/tableau-de-bord/`).
pub fn app_url() -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    format!("{origin}{}/", base_path())
}

/// Tells the page that holds this one in an iframe how tall it is:
/// `{type: "beta-dashboard:resize", height, id}`. Does nothing outside an iframe.
pub fn post_height(height: f64, id: Option<&str>) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let message = js_sys::Object::new();
    let set = |key: &str, value: wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    };
    set("type", crate::modes::embed::RESIZE_MESSAGE.into());
    set("height", height.ceil().into());
    set("id", id.map_or(wasm_bindgen::JsValue::NULL, Into::into));
    // Any host may embed the dashboard; the message only says a height.
    let _ = parent.post_message(&message, "*");
}

/// Applies a resize message from one of this page's iframes (the "Intégrer" preview) to it.
pub fn on_resize_messages() -> leptos::prelude::WindowListenerHandle {
    window_event_listener(leptos::ev::message, |event: web_sys::MessageEvent| {
        let data = event.data();
        let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
        if field("type").and_then(|t| t.as_string()).as_deref() != Some(crate::modes::embed::RESIZE_MESSAGE) {
            return;
        }
        let Some(height) = field("height").and_then(|h| h.as_f64()).filter(|h| *h > 0.0 && *h < 100_000.0) else {
            return;
        };
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let frames = document.get_elements_by_tag_name("iframe");
        for i in 0..frames.length() {
            let Some(frame) = frames.item(i).and_then(|f| f.dyn_into::<web_sys::HtmlIFrameElement>().ok()) else {
                continue;
            };
            let same = match (frame.content_window(), event.source()) {
                (Some(window), Some(source)) => {
                    wasm_bindgen::JsValue::from(window) == wasm_bindgen::JsValue::from(source)
                }
                _ => false,
            };
            if same {
                let _ = web_sys::HtmlElement::style(&frame).set_property("height", &format!("{}px", height.ceil()));
                // As `integration.js` does: the preview of `theme=auto` takes this page's theme.
                if let Some(source) = frame.content_window() {
                    post_theme(&source, page_theme());
                }
            }
        }
    })
}

/// This page's theme as the DSFR marks it on the root element.
fn page_theme() -> HostTheme {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    let attribute = |name: &str| root.as_ref().and_then(|r| r.get_attribute(name));
    HostTheme::of_page(attribute("data-fr-theme").as_deref(), attribute("data-fr-scheme").as_deref())
}

/// Posts `{type: "beta-dashboard:theme", theme}` to an embed of this dashboard (same origin).
fn post_theme(frame: &web_sys::Window, theme: HostTheme) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &crate::modes::embed::THEME_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"theme".into(), &theme.value().into());
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let _ = frame.post_message(&message, &origin);
}

/// The theme the page that holds this one in an iframe relays (`integration.js`): `None` until
/// it sends one. Only messages from the parent window, of the theme type and a known value, count.
pub fn host_theme() -> ReadSignal<Option<HostTheme>> {
    let theme = RwSignal::new(None);
    let in_frame = web_sys::window()
        .and_then(|w| Some((w.parent().ok().flatten()?, w)))
        .filter(|(parent, window)| parent != window);
    if let Some((parent, _)) = in_frame {
        let parent = wasm_bindgen::JsValue::from(parent);
        let handle = window_event_listener(leptos::ev::message, move |event: web_sys::MessageEvent| {
            if event.source().map(wasm_bindgen::JsValue::from).as_ref() != Some(&parent) {
                return;
            }
            let data = event.data();
            let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok().and_then(|v| v.as_string());
            if let Some(relayed) = HostTheme::from_message(field("type").as_deref(), field("theme").as_deref())
                && theme.get_untracked() != Some(relayed)
            {
                theme.set(Some(relayed));
            }
        });
        on_cleanup(move || handle.remove());
    }
    theme.read_only()
}

/// Whether the visitor's system asks for a dark theme, followed live.
pub fn system_dark() -> Signal<bool> {
    let dark = RwSignal::new(prefers_dark());
    if let Some(list) = web_sys::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten()) {
        let changed = Closure::<dyn Fn()>::new(move || {
            _ = dark.try_set(prefers_dark());
        });
        let _ = list.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
        // Once per page, for the page's life.
        changed.forget();
    }
    dark.into()
}

/// Sets the page's colour scheme as the DSFR does (`data-fr-theme` on the root element), and
/// marks it transparent for `fond=transparent`.
pub fn set_theme(dark: bool, transparent: bool) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.set_attribute("data-fr-theme", if dark { "dark" } else { "light" });
    let _ = root.class_list().toggle_with_force("transparent", transparent);
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
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|q| q.matches())
}

/// The window's inner size in CSS pixels.
pub fn window_size() -> (f64, f64) {
    let Some(window) = web_sys::window() else { return (1280.0, 800.0) };
    let get = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    (get(window.inner_width()), get(window.inner_height()))
}

/// Enters full screen, or leaves it.
pub fn toggle_full_screen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Milliseconds since the page opened (a clock that never goes back).
pub fn now_millis() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The time of day, as hours and minutes.
pub fn clock() -> (u8, u8) {
    let now = js_sys::Date::new_0();
    (now.get_hours() as u8, now.get_minutes() as u8)
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Moves the focus to the element `id` (made focusable by script if it is not) and scrolls to it;
/// false if there is none.
pub fn focus_element(id: &str) -> bool {
    let Some(element) = web_sys::window()
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

const THEME_KEY: &str = "beta-dashboard:theme";

/// The theme the visitor chose here before: Some(true) for dark.
pub fn stored_dark_choice() -> Option<bool> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    match storage.get_item(THEME_KEY).ok().flatten()?.as_str() {
        "sombre" => Some(true),
        "clair" => Some(false),
        _ => None,
    }
}

pub fn store_dark_choice(dark: bool) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(THEME_KEY, if dark { "sombre" } else { "clair" });
    }
}

/// How much larger than 16 px the visitor's text is (2 at 200 % text), for chart text to follow.
pub fn text_zoom() -> f64 {
    let Some(window) = web_sys::window() else { return 1.0 };
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
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", text);
    }
}

/// Calls `on_loaded` each time the page has finished loading web fonts.
pub fn on_fonts_loaded(on_loaded: impl Fn() + 'static) {
    let Some(fonts) = web_sys::window().and_then(|w| w.document()).map(|d| d.fonts()) else { return };
    let callback = Closure::<dyn Fn()>::new(on_loaded);
    let _ = fonts.add_event_listener_with_callback("loadingdone", callback.as_ref().unchecked_ref());
    // Listens as long as the page lives.
    callback.forget();
}

/// Replaces the page with a message that the app stopped, and a button to reload it. Plain DOM:
/// the app's own rendering may be what failed.
pub fn show_crash() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("arret").is_some() {
        return;
    }
    web_sys::console::error_1(&crate::text::CRASH_TITLE.into());
    let element = |tag: &str, text: &str| {
        let e = document.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        Some(e)
    };
    let (Some(panel), Some(title), Some(body_text), Some(button)) = (
        document.create_element("div").ok(),
        element("h1", crate::text::CRASH_TITLE),
        element("p", crate::text::CRASH_BODY),
        element("button", crate::text::RETRY),
    ) else {
        return;
    };
    panel.set_id("arret");
    let _ = panel.set_attribute("class", "fr-container crash");
    let _ = panel.set_attribute("role", "alert");
    let _ = button.set_attribute("type", "button");
    let _ = button.set_attribute("class", "fr-btn button");
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
    reload.forget();
    for child in [&title, &body_text, &button] {
        let _ = panel.append_child(child);
    }
    body.set_text_content(None);
    let _ = body.append_child(&panel);
}

/// Registers the service worker (`sw.js`, beside `index.html`, see its comments) that keeps the
/// app and its last data for offline use, for the whole app: its scope is the app's base path.
/// Done once the page has loaded, not to compete with it. A browser without service workers (or a
/// page not served over HTTPS, or a sandboxed iframe) just has no offline mode: a console warning
/// says so, and nothing else changes.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    let loaded = window.document().is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        spawn_registration();
        return;
    }
    // `load` fires once.
    let on_load = Closure::once_into_js(spawn_registration);
    let _ = window.add_event_listener_with_callback("load", on_load.unchecked_ref());
}

fn spawn_registration() {
    leptos::task::spawn_local(async {
        if let Err(error) = register_worker().await {
            web_sys::console::warn_2(&crate::text::OFFLINE_UNAVAILABLE.into(), &error);
        }
    });
}

async fn register_worker() -> Result<(), wasm_bindgen::JsValue> {
    use js_sys::Reflect;
    let navigator = web_sys::window().ok_or("no window")?.navigator();
    // Through Reflect, which catches what the browser throws: reading `serviceWorker` throws in
    // a sandboxed iframe, and it is undefined where service workers are not offered.
    let container = Reflect::get(&navigator, &"serviceWorker".into())?;
    if container.is_undefined() {
        return Err("navigator.serviceWorker absent".into());
    }
    let register = Reflect::get(&container, &"register".into())?.dyn_into::<js_sys::Function>()?;
    let base = base_path();
    let options = js_sys::Object::new();
    Reflect::set(&options, &"scope".into(), &format!("{base}/").into())?;
    let promise = register.call2(&container, &format!("{base}/sw.js").into(), &options)?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await?;
    Ok(())
}

/// Shows [`show_crash`] when the wasm traps (out of memory, `unreachable`): the browser reports
/// it as an uncaught `WebAssembly.RuntimeError`.
pub fn on_fatal_error() {
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn(web_sys::ErrorEvent)>::new(|event: web_sys::ErrorEvent| {
        let error = event.error();
        let is_trap = js_sys::Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|name| name.as_string())
            .is_some_and(|name| name == "RuntimeError");
        if is_trap {
            show_crash();
        }
    });
    let _ = window.add_event_listener_with_callback("error", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Runs a job (a chart's drawing) at most once per animation frame, with what is current when it
/// runs: at once when it has not run in the current frame, else once at the next frame, however
/// many times it was asked for meanwhile.
#[derive(Clone)]
pub struct OncePerFrame(std::rc::Rc<OncePerFrameState>);

struct OncePerFrameState {
    job: Box<dyn Fn()>,
    ran_this_frame: std::cell::Cell<bool>,
    asked_again: std::cell::Cell<bool>,
}

impl OncePerFrame {
    pub fn new(job: impl Fn() + 'static) -> OncePerFrame {
        OncePerFrame(std::rc::Rc::new(OncePerFrameState {
            job: Box::new(job),
            ran_this_frame: std::cell::Cell::new(false),
            asked_again: std::cell::Cell::new(false),
        }))
    }

    pub fn request(&self) {
        if self.0.ran_this_frame.get() {
            self.0.asked_again.set(true);
        } else {
            self.run();
        }
    }

    fn run(&self) {
        (self.0.job)();
        self.0.ran_this_frame.set(true);
        let this = self.clone();
        request_animation_frame(move || {
            this.0.ran_this_frame.set(false);
            if this.0.asked_again.replace(false) {
                this.run();
            }
        });
    }
}

/// Runs `job` in a task after the next frame is painted.
pub fn after_paint(job: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(job, std::time::Duration::ZERO));
}

/// Whether an element is on screen or near it (within `margin`), kept up to date by an
/// `IntersectionObserver`; stops when dropped.
pub struct OnScreen {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl OnScreen {
    /// Calls `on_change` with whether `element` is within `margin` (CSS, e.g. `"200px"`) of the
    /// viewport, now (as soon as the browser knows) and whenever that changes.
    pub fn watch(element: &web_sys::Element, margin: &str, on_change: impl Fn(bool) + 'static) -> Option<OnScreen> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let last = entries.get(entries.length().saturating_sub(1));
            if let Some(entry) = last.dyn_ref::<web_sys::IntersectionObserverEntry>() {
                on_change(entry.is_intersecting());
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(margin);
        let observer =
            web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
        observer.observe(element);
        Some(OnScreen { observer, _callback: callback })
    }
}

impl Drop for OnScreen {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// A canvas's 2D drawing context.
pub fn context_2d(canvas: &web_sys::HtmlCanvasElement) -> Option<web_sys::CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}
