//! Watching elements: their size, whether they are on screen.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

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
