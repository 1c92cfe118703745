//! The crash screen, shown when the wasm traps.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Replaces the page with a message that the app stopped, and a button to reload it. Plain DOM:
/// the app's own rendering may be what failed.
pub fn show_crash() {
    let Some(document) = super::window().and_then(|w| w.document()) else { return };
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
        if let Some(window) = super::window() {
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

/// Shows [`show_crash`] when the wasm traps (out of memory, `unreachable`): the browser reports
/// it as an uncaught `WebAssembly.RuntimeError`.
pub fn on_fatal_error() {
    let Some(window) = super::window() else { return };
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
